"""The package's shape, checked from its source: layers import only downward, no import
cycles, imports at the top of modules, Altair only in the viz layer, modules under 600
lines. The layer order is the README's layout table."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "conflict_lib"

# Lowest first; a module may import its own layer or any layer before it.
LAYERS = (
    ("foundation", ("conflict_lib", "_schema", "config", "errors", "atomic", "reference",
                    "countries", "roles", "militias", "regional_officials", "basemap", "geo",
                    "gazetteer", "records",
                    "safe_output")),
    ("text", ("text",)),
    ("corpus", ("corpus",)),
    ("extract", ("extract",)),
    ("claims", ("claims",)),
    ("analysis", ("analysis",)),
    ("viz", ("viz",)),
    ("runner", ("runner",)),
    ("edge", ("cli", "api")),
)
RANK = {part: rank for rank, (_, parts) in enumerate(LAYERS) for part in parts}
# Heavy imports deferred to the call that needs them: each carries a comment saying why.
LAZY_OK = {
    "papermill", "nbconvert", "nbformat", "traitlets.config", "jupyter_client.manager",
    "dask.bag", "distributed", "pandera.pandas", "trafilatura", "spacy",
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer(module: str) -> int:
    parts = module.split(".")
    return RANK[parts[1] if len(parts) > 1 else parts[0]]


def imports(path: Path) -> list[tuple[str, int, bool]]:
    """(imported module, line, at module top) for every import in ``path``."""
    tree = ast.parse(path.read_text())
    top = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
            names += [f"{node.module}.{a.name}" for a in node.names
                      if f"{node.module}.{a.name}" in MODULES]
        else:
            continue
        found += [(n, node.lineno, id(node) in top) for n in names]
    return found


def package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for name, path in MODULES.items():
        for target, _, _ in imports(path):
            while target and target not in MODULES:  # conflict_lib.x.y -> its module
                target = target.rpartition(".")[0]
            if target.startswith("conflict_lib") and target != name:
                graph[name].add(target)
    return graph


def test_every_module_has_a_layer():
    assert [m for m in MODULES if m.split(".")[-1] not in RANK and
            (len(m.split(".")) < 2 or m.split(".")[1] not in RANK)] == []


def test_layers_import_only_downward():
    upward = [
        f"{name} ({LAYERS[layer(name)][0]}) imports {target} ({LAYERS[layer(target)][0]})"
        for name, targets in package_graph().items()
        for target in targets
        if target != "conflict_lib" and layer(target) > layer(name)
    ]
    assert upward == []


def cycles_in(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every back edge of a depth-first walk, as the cycle it closes."""
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return cycles


def test_the_import_graph_has_no_cycle():
    assert cycles_in(package_graph()) == []


def test_the_cycle_finder_finds_the_old_dates_syndication_cycle():
    old = {"dates": {"syndication"}, "syndication": {"dates"}, "claims": {"dates"}}
    assert cycles_in(old) == [["dates", "syndication", "dates"]]


def test_imports_are_at_the_top_or_say_why_not():
    hidden = []
    for name, path in MODULES.items():
        lines = path.read_text().splitlines()
        for target, lineno, at_top in imports(path):
            if at_top or (target in LAZY_OK and "#" in lines[lineno - 1]):
                continue
            hidden.append(f"{name}:{lineno} imports {target} inside a function")
    assert hidden == []


def test_altair_only_in_the_viz_layer():
    outside = [
        name for name, path in MODULES.items()
        if any(t.split(".")[0] in ("altair", "vl_convert") for t, _, _ in imports(path))
        and not name.startswith("conflict_lib.viz")
    ]
    assert outside == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_modules_stay_under_600_lines(name):
    assert len(MODULES[name].read_text().splitlines()) <= 600


def test_the_checker_sees_an_upward_import(tmp_path):
    """The graph test can fail: a text-layer module importing the viz layer is caught."""
    path = tmp_path / "bad.py"
    path.write_text("from conflict_lib.viz.charts import claims_chart\n")
    (target, _, at_top), *_ = imports(path)
    assert at_top and layer(target) > layer("conflict_lib.text.quantity")
