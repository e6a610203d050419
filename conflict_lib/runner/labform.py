"""Notebooks in the exact form JupyterLab saves them, so opening one changes nothing.

JupyterLab rewrites a notebook on open when its kernelspec differs from the running
kernel's, and on save writes numbers as JavaScript does (``1.0`` becomes ``1``).
Lab autosaves, so a notebook committed in another form is modified by merely
opening it, and the nbval reference with it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat

KERNEL = "python3"


def kernelspec(name: str = KERNEL) -> dict[str, str]:
    """The kernelspec block Lab writes for this environment's kernel ``name``."""
    spec_file = Path(sys.prefix) / "share" / "jupyter" / "kernels" / name / "kernel.json"
    spec = json.loads(spec_file.read_text())
    return {"display_name": spec["display_name"], "language": spec["language"], "name": name}


def _as_javascript(value: object) -> object:
    """Numbers as JSON.parse/JSON.stringify leave them: integral floats become ints."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dict):
        return {k: _as_javascript(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_javascript(v) for v in value]
    return value


def lab_form(text: str) -> str:
    """``text`` (a notebook's JSON) as JupyterLab would save it."""
    data = _as_javascript(json.loads(text))
    data.setdefault("metadata", {})["kernelspec"] = kernelspec()
    node = nbformat.from_dict(data)
    written = nbformat.writes(node, version=nbformat.NO_CONVERT)
    return written if written.endswith("\n") else written + "\n"  # as nbformat.write does


def rewrite(path: Path) -> bool:
    """Rewrite ``path`` in Lab's form; True if it changed."""
    before = path.read_text(encoding="utf-8")
    after = lab_form(before)
    if after != before:
        path.write_text(after, encoding="utf-8")
    return after != before


def main(argv: list[str] | None = None) -> int:
    """Rewrite each notebook named in ``argv`` in Lab's form (``make notebooks`` calls it)."""
    for name in argv if argv is not None else sys.argv[1:]:
        if rewrite(Path(name)):
            print(f"{name}: rewritten in JupyterLab's form")
    return 0

