"""The report runner: offline HTML, failures named by notebook and cell, atomic outputs."""

import os
import re
from pathlib import Path

import nbformat
import pytest

from conflict_lib import config
from conflict_lib.runner.report import ReportError, check_writable, run_report, series


def _notebook(folder: Path, name: str, body: str) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    params = nbformat.v4.new_code_cell("event = 'x'\nevent_dir = None\nfigures_dir = None")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell("# test"), params, nbformat.v4.new_code_cell(body)]
    path = folder / name
    nbformat.write(nb, path)
    return path


@pytest.fixture
def tiny_series(tmp_path, monkeypatch):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    monkeypatch.setattr(config, "FIGURES_DIR", tmp_path / "figures")
    return notebooks


def test_html_has_no_remote_script_and_escapes_article_text(tiny_series, tmp_path):
    _notebook(
        tiny_series,
        "01_ok.ipynb",
        "import pandas as pd\n"
        "pd.DataFrame({'quote': ['<script>alert(1)</script> <img src=x onerror=alert(2)>']})",
    )
    out = tmp_path / "out"
    runs = run_report(
        config.DEFAULT_EVENT, out=out, notebooks_dir=tiny_series, progress=lambda _: None
    )
    html = runs[0].html.read_text()
    assert not re.search(r"<script[^>]+src=[\"']?https?:", html, re.I)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "<img src=x onerror" not in html
    assert (out / "01_ok.ipynb").exists()


def test_failure_names_notebook_and_cell_and_leaves_nothing_that_looks_complete(
    tiny_series, tmp_path
):
    _notebook(tiny_series, "01_bad.ipynb", "raise RuntimeError('boom')")
    out = tmp_path / "out"
    with pytest.raises(ReportError, match=r"01_bad\.ipynb: cell .*RuntimeError: boom"):
        run_report(
            config.DEFAULT_EVENT, out=out, notebooks_dir=tiny_series, progress=lambda _: None
        )
    assert not (out / "01_bad.ipynb").exists() and not (out / "01_bad.html").exists()
    assert (out / "01_bad.FAILED.ipynb").exists()
    assert not list(out.glob("*.partial*"))


def test_only_selects_and_rejects_unknown_numbers(tiny_series):
    _notebook(tiny_series, "01_a.ipynb", "1")
    _notebook(tiny_series, "02_b.ipynb", "2")
    assert [p.name for p in series(["02"], tiny_series)] == ["02_b.ipynb"]
    with pytest.raises(ReportError, match="no notebook numbered 07"):
        series(["07"], tiny_series)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_output_is_a_clear_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    with pytest.raises(ReportError, match="not writable"):
        check_writable(locked / "out")


def test_output_that_is_a_file_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ReportError, match="not writable"):
        check_writable(blocker / "out")


HOSTILE = "tests/fixtures/events/fixture-xss"


def test_hostile_article_text_is_rendered_as_text_in_every_report(tmp_path, monkeypatch):
    # The fixture's article and claims hold <script>, <img onerror>, an <iframe>,
    # a javascript: link and Markdown: none may reach a reader's browser as markup.
    monkeypatch.setattr(config, "FIGURES_DIR", tmp_path / "figures")
    runs = run_report(event_path=HOSTILE, out=tmp_path / "out", progress=lambda _: None)
    assert runs
    for run in runs:
        html = run.html.read_text()
        assert "<script>alert" not in html, run.notebook
        assert "<img src=x" not in html and "<iframe" not in html, run.notebook
        assert not re.search(r"href=[\"']?javascript:", html, re.I), run.notebook
        assert not re.search(r"<script[^>]+src=[\"']?https?:", html, re.I), run.notebook
