"""The notebook series: every notebook is parameterised, pinned to the project's
kernel, and renders under papermill for another event than the embedded one."""

import json
import re

import nbformat
import papermill as pm
import pytest

from conflict_lib import config
from conflict_lib.runner.report import ReportError, run_report, series

NOTEBOOKS = series()
FIXTURE = "tests/fixtures/events/fixture-raid"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_has_a_parameters_cell_and_the_python3_kernel(path):
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged 'parameters'"
    assert nb.metadata["kernelspec"]["name"] == "python3"
    params = pm.inspect_notebook(str(path))
    assert {"event", "event_dir", "figures_dir"} <= set(params)
    assert json.loads(params["event"]["default"]) == config.DEFAULT_EVENT


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_outputs_have_no_errors(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.execution_count is not None, (
                "committed notebooks are executed: their outputs are the nbval reference"
            )
            assert all(o.output_type != "error" for o in cell.outputs)


@pytest.fixture(scope="module")
def fixture_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    runs = run_report(event_path=FIXTURE, out=out, progress=lambda _: None)
    return out, out / "figures", runs


def test_series_renders_for_another_event(fixture_report):
    out, figures, runs = fixture_report
    assert [r.notebook for r in runs] == [p.name for p in NOTEBOOKS]
    for run in runs:
        html = run.html.read_text()
        assert not re.search(r"<script[^>]+src=[\"']?https?:", html, re.I)
        nb = nbformat.read(run.output, as_version=4)
        injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert injected and "fixture-raid" in injected[0].source


def test_charts_are_embedded_images_in_the_html(fixture_report):
    _, figures, runs = fixture_report
    pngs = sum(run.html.read_text().count("data:image/png;base64") for run in runs)
    written = list((figures / "fixture-raid").glob("*.png"))
    assert written and pngs >= len(written)
    for png in written:
        assert png.with_suffix(".svg").exists()


def test_wrong_parameter_type_fails_naming_it(tmp_path):
    with pytest.raises(
        ReportError, match=r"02_claims\.ipynb: cell .*parameter 'event' must be str"
    ):
        from conflict_lib.runner.report import run_notebook

        run_notebook(config.NOTEBOOKS_DIR / "02_claims.ipynb", tmp_path, {"event": 42})


def _shown_outputs(cell) -> list[str]:
    """What a cell shows, as text: streams and text/plain, without chart images and
    without the lines that say whether figure files were written (only a report does)."""
    shown = []
    stream = ""  # a kernel may send one printed text in several messages ("…km." then "\n")
    for output in [*cell.get("outputs", []), None]:
        if output is not None and output.output_type == "stream":
            stream += output.text
            continue
        shown += [line for line in stream.splitlines()
                  if not line.startswith(("saved ", "wrote ", "figures_dir is None"))]
        stream = ""
        if output is not None and "text/plain" in output.get("data", {}):
            shown.append(output.data["text/plain"])
    return shown


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_a_warm_kernel_gives_the_outputs_of_a_fresh_one(path, rendered_reports):
    # The report runs several notebooks in turn on one kernel, reset in between; the
    # committed notebooks were each run in a kernel of their own (make notebooks).
    committed = {c.id: c for c in nbformat.read(path, as_version=4).cells}
    executed = nbformat.read(rendered_reports["embedded"] / path.name, as_version=4)
    compared = 0
    for cell in executed.cells:
        if cell.cell_type == "code" and cell.id in committed:
            assert _shown_outputs(cell) == _shown_outputs(committed[cell.id]), cell.source[:80]
            compared += 1
    assert compared >= 3


@pytest.fixture(scope="module")
def embedded_names() -> set[str]:
    """Proper names of the embedded event: every place its articles name (located or
    not, with the spellings they use) and every party its claims name (actors.csv
    names and capitalised aliases of the belligerents and media among claimants and
    subjects). Derived from the event's data, not typed here."""
    import pandas as pd

    from conflict_lib.analysis.event_places import event_places
    from conflict_lib.reference import actors

    path = config.event_dir(config.DEFAULT_EVENT)
    named = event_places(path)
    names = set(named.located["name"]) | set(named.unlocated["name"])
    names |= {w for spelled in named.located["written_as"] for w in spelled.split("; ")}
    claims = pd.read_csv(path / "claims.csv", dtype=str)
    table = actors(config.event_reference_dir(path))
    raw = set(claims["claimant_raw"].dropna()) | set(claims["subject_raw"].dropna())
    ids = {i for phrase in raw for i in table.aliases.find(phrase)}
    rows = pd.read_csv(config.REFERENCE_DIR / "actors.csv", dtype=str).fillna("")
    parties = rows[rows["actor_id"].isin(ids) & rows["kind"].isin(["belligerent", "media"])]
    for row in parties.itertuples():
        names |= {row.name, *(a for a in row.aliases.split(";") if a[:1].isupper())}
    return {n for n in names if len(n) > 2}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_markdown_cell_names_a_place_or_party_of_the_embedded_event(path, embedded_names):
    assert len(embedded_names) > 10, "the embedded event's names were not derived"
    nb = nbformat.read(path, as_version=4)
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    found = sorted(n for n in embedded_names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", prose))
    assert not found, f"{path.name} prose states facts of one event: {found}"
