"""Run the notebook series with papermill and export HTML next to each result.

Each executed notebook is written under a temporary name and renamed only when
its run succeeded, so a report that looks complete always is.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from conflict_lib import config
from conflict_lib.atomic import atomic_write_text
from conflict_lib.errors import ReportError  # re-exported: defined low, raised here

KERNEL = "python3"
TEMPLATES = Path(__file__).parent.parent / "templates"


@dataclass(frozen=True)
class NotebookRun:
    notebook: str
    output: Path
    html: Path
    seconds: float


def series(only: list[str] | None = None, notebooks_dir: Path | None = None) -> list[Path]:
    """The numbered notebooks (NN_name.ipynb), optionally only those whose number is listed."""
    folder = notebooks_dir or config.NOTEBOOKS_DIR
    paths = sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))
    if only:
        wanted = {o.strip().zfill(2) for o in only if o.strip()}
        unknown = wanted - {p.name[:2] for p in paths}
        if unknown:
            raise ReportError(
                f"no notebook numbered {', '.join(sorted(unknown))}; "
                f"the series is {', '.join(p.name for p in paths)}"
            )
        paths = [p for p in paths if p.name[:2] in wanted]
    return paths


def _isolate_kernels() -> None:
    """Resolve kernel 'python3' to this environment's ipykernel, not a kernelspec
    in the user's home (which could point at another Python)."""
    share = Path(sys.prefix) / "share" / "jupyter"
    os.environ["JUPYTER_DATA_DIR"] = str(share)
    os.environ["JUPYTER_PATH"] = str(share)
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")


def check_writable(folder: Path) -> Path:
    """Create ``folder`` if needed and prove it is writable, else ReportError."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as err:
        raise ReportError(f"output directory {folder} is not writable ({err.strerror})") from None
    return folder


def run_notebook(notebook: Path, out_dir: Path, parameters: dict[str, object]) -> NotebookRun:
    """Execute one notebook with papermill into ``out_dir``, then export HTML."""
    import papermill as pm  # lazy: ~1 s of imports that `conflict --help` should not pay

    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / notebook.name
    partial = out_dir / f".{notebook.stem}.partial.ipynb"
    try:
        pm.execute_notebook(
            str(notebook),
            str(partial),
            parameters=parameters,
            kernel_name=KERNEL,
            # No cwd: papermill would chdir the whole process while notebooks run in
            # threads side by side. Notebooks take every path from conflict_lib.config.
            progress_bar=False,
            log_output=False,
            # Saving after every cell rewrites megabytes of chart output each time.
            request_save_on_cell_execute=False,
        )
    except pm.PapermillExecutionError as err:
        failed = out_dir / f"{notebook.stem}.FAILED.ipynb"
        os.replace(partial, failed)
        raise ReportError(
            f"{notebook.name}: cell {err.exec_count} (index {err.cell_index}) failed: "
            f"{err.ename}: {err.evalue}  (executed copy: {failed})"
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    html = export_html(partial, final.with_suffix(".html"))
    os.replace(partial, final)
    return NotebookRun(notebook.name, final, html, time.perf_counter() - started)


_EXPORT_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _exporter():
    # Loading the Jinja templates is most of an export's cost: do it once per run.
    from nbconvert import HTMLExporter  # lazy, as papermill: heavy, only when exporting

    return HTMLExporter(
        extra_template_basedirs=[str(TEMPLATES)], template_name="offline", sanitize_html=True
    )


def export_html(notebook: Path, target: Path) -> Path:
    """HTML of an executed notebook that opens offline: the ``offline`` template
    drops every CDN script of JupyterLab's template; charts are embedded PNG."""
    import nbformat  # lazy, as papermill: only when exporting

    node = nbformat.read(notebook, as_version=4)
    with _EXPORT_LOCK:  # one exporter is shared by the notebooks run side by side
        body, _ = _exporter().from_notebook_node(node)
    return atomic_write_text(target, body)


def run_report(
    event: str | config.Event | None = None,
    event_path: str | Path | None = None,
    out: Path | None = None,
    only: list[str] | None = None,
    progress: Callable[[str], None] = print,
    notebooks_dir: Path | None = None,
    jobs: int | None = None,
) -> list[NotebookRun]:
    """Render the series for one event into ``out`` (default reports/<event>/);
    figures go to figures/<event>/. Raises ReportError naming the failed notebook."""
    resolved = config.Event.of(event, event_path)
    event_dir, event_id = resolved.path, resolved.id
    out_dir = check_writable(Path(out) if out else config.reports_dir(event_id))
    figures = check_writable(config.figures_dir(event_id))
    _isolate_kernels()
    parameters = {
        "event": event_id,
        "event_dir": str(event_dir.resolve()),
        "figures_dir": str(figures.resolve()),
    }
    notebooks = series(only, notebooks_dir)
    total = len(notebooks)

    def run(notebook: Path) -> NotebookRun:
        progress(f"[{notebooks.index(notebook) + 1}/{total}] {notebook.name} ...")
        result = run_notebook(notebook, out_dir, parameters)
        progress(f"    {notebook.name} done in {result.seconds:.1f} s -> {_shown(result.html)}")
        return result

    # The notebooks are independent once the data is loaded: run them side by side,
    # longest first (by the last run's times) so the workers finish together.
    workers = max(1, min(jobs or os.cpu_count() or 1, total, 4))
    durations = _last_durations()
    order = sorted(notebooks, key=lambda nb: (-durations.get(nb.name, 0.0), nb.name))
    if not durations:
        order = list(reversed(notebooks))  # chart-heavy notebooks come last in the series
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {nb: pool.submit(run, nb) for nb in order}
        runs = [futures[nb].result() for nb in notebooks]
    _record_durations(runs)
    return runs


_DURATIONS = "report-durations.json"


def _last_durations() -> dict[str, float]:
    try:
        return json.loads((config.CACHE_DIR / _DURATIONS).read_text())
    except (OSError, ValueError):
        return {}


def _record_durations(runs: list[NotebookRun]) -> None:
    durations = {**_last_durations(), **{r.notebook: round(r.seconds, 2) for r in runs}}
    with contextlib.suppress(OSError):
        atomic_write_text(config.CACHE_DIR / _DURATIONS, json.dumps(durations, sort_keys=True))


def _shown(path: Path) -> str:
    """``path`` relative to the working directory when it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
