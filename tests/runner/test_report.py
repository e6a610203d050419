"""The report runner: offline HTML, failures named by notebook and cell, atomic outputs."""

import io
import os
import re
from pathlib import Path

import nbformat
import pytest

from conflict_lib import config
from conflict_lib.runner.report import Progress, ReportError, check_writable, run_report, series
from conflict_lib.runner.runlock import LOCK_NAME, output_lock


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


HOSTILE = "tests/fixtures/events/fixture-xss"


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



def test_hostile_article_text_is_rendered_as_text_in_every_report(rendered_reports):
    # The fixture's article and claims hold <script>, <img onerror>, an <iframe>,
    # a javascript: link and Markdown: none may reach a reader's browser as markup.
    pages = sorted(rendered_reports["hostile"].glob("*.html"))
    assert len(pages) >= 2
    for page in pages:
        html = page.read_text()
        assert "<script>alert" not in html, page.name
        assert "<img src=x" not in html and "<iframe" not in html, page.name
        assert not re.search(r"href=[\"']?javascript:", html, re.I), page.name
        assert not re.search(r"<script[^>]+src=[\"']?https?:", html, re.I), page.name


def test_reader_pages_show_no_path_of_the_machine(rendered_reports):
    # Papermill's injected parameters hold absolute paths: the reader's HTML drops them.
    machine_paths = {str(config.PROJ_ROOT), str(rendered_reports["embedded"]), str(Path.home())}
    for folder in rendered_reports.values():
        for page in folder.glob("*.html"):
            html = page.read_text()
            leaked = [p for p in machine_paths if p != "/" and p in html]
            assert not leaked, (page.name, leaked)
            assert "injected-parameters" not in html


def test_with_code_keeps_the_code_and_titles_each_page(tiny_series, tmp_path):
    _notebook(tiny_series, "01_ok.ipynb", "answer = 6 * 7\nprint(answer)")
    out = tmp_path / "out"
    run_report(config.DEFAULT_EVENT, out=out, notebooks_dir=tiny_series,
               progress=lambda _: None, with_code=True)
    html = (out / "01_ok.html").read_text()
    assert "answer = 6" in html.replace("<span class=\"o\">*</span>", "*") or "answer" in html
    assert "<title>test · tinzaouaten-2024</title>" in html
    run_report(config.DEFAULT_EVENT, out=out, notebooks_dir=tiny_series, progress=lambda _: None)
    assert "answer" not in (out / "01_ok.html").read_text().split("<body", 1)[1]


def test_default_and_out_runs_put_figures_where_they_belong(tiny_series, tmp_path):
    body = ("from pathlib import Path\n"
            "Path(figures_dir, 'f.svg').write_text('x')")
    _notebook(tiny_series, "01_fig.ipynb", body)
    out = tmp_path / "out"
    run_report(config.DEFAULT_EVENT, out=out, notebooks_dir=tiny_series, progress=lambda _: None)
    assert (out / "figures" / config.DEFAULT_EVENT / "f.svg").exists()
    assert not (tmp_path / "figures").exists()  # config.FIGURES_DIR is untouched by --out


@pytest.mark.parametrize("inside", ["notebooks", "conflict_lib", "data", "event"])
def test_out_among_the_sources_is_refused(inside, tmp_path):
    event_dir = Path(HOSTILE)
    target = {
        "notebooks": config.NOTEBOOKS_DIR,
        "conflict_lib": config.PROJ_ROOT / "conflict_lib" / "sub",
        "data": config.DATA_DIR / "events" / "x",
        "event": event_dir / "out",
    }[inside]
    with pytest.raises(ReportError, match="inside .*reports never write among the sources"):
        run_report(event_path=event_dir, out=target, progress=lambda _: None)
    assert not (event_dir / "out").exists()


def test_a_second_run_into_the_same_folder_names_the_run_that_holds_it(tmp_path):
    held = rf"in use by another report run \(pid {os.getpid()}"
    with output_lock(tmp_path), pytest.raises(ReportError, match=held):
        run_report(config.DEFAULT_EVENT, out=tmp_path, progress=lambda _: None)
    assert not (tmp_path / LOCK_NAME).exists()


def test_a_lock_left_by_a_dead_run_is_taken_over(tmp_path):
    import json
    import socket

    dead = {"pid": 999999999, "host": socket.gethostname(), "started": "yesterday"}
    (tmp_path / LOCK_NAME).write_text(json.dumps(dead))
    with output_lock(tmp_path) as lock:
        assert str(os.getpid()) in lock.read_text()


def test_a_failure_removes_older_outputs_and_a_success_removes_the_stale_failure(
    tiny_series, tmp_path
):
    nb = _notebook(tiny_series, "01_flip.ipynb", "1")
    out = tmp_path / "out"
    quiet = {"notebooks_dir": tiny_series, "progress": lambda _: None}
    run_report(config.DEFAULT_EVENT, out=out, **quiet)
    assert (out / "01_flip.html").exists() and (out / "01_flip.ipynb").exists()
    _notebook(tiny_series, "01_flip.ipynb", "raise ValueError('bad data')")
    with pytest.raises(ReportError, match="bad data"):
        run_report(config.DEFAULT_EVENT, out=out, **quiet)
    assert sorted(p.name for p in out.glob("01_flip*")) == ["01_flip.FAILED.ipynb"]
    _notebook(tiny_series, nb.name, "2")
    run_report(config.DEFAULT_EVENT, out=out, **quiet)
    assert sorted(p.name for p in out.glob("01_flip*")) == ["01_flip.html", "01_flip.ipynb"]
    assert not [p for p in out.iterdir() if "partial" in p.name or p.name == LOCK_NAME]


def test_only_with_no_number_is_an_error(tiny_series, tmp_path, capsys):
    from conflict_lib.cli import main

    _notebook(tiny_series, "01_a.ipynb", "1")
    for only in (["", ""], ["", " "]):
        with pytest.raises(ReportError, match="--only names no notebook"):
            series(only, tiny_series)
    assert main(["report", "--only", ",", "--out", str(tmp_path / "out")]) == 2
    assert "--only names no notebook" in capsys.readouterr().err


def test_an_event_folder_with_a_space_in_its_name_renders(tiny_series, tmp_path):
    import shutil

    spaced = tmp_path / "raid at dawn"
    shutil.copytree(HOSTILE, spaced)
    _notebook(tiny_series, "01_ok.ipynb", "print(event)")
    runs = run_report(event_path=spaced, out=tmp_path / "out", notebooks_dir=tiny_series,
                      progress=lambda _: None)
    assert "raid-at-dawn" in runs[0].output.read_text()


def test_progress_shows_counts_and_time_left_on_a_terminal_only():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    run = type("Run", (), {"notebook": "01_a.ipynb", "seconds": 2.0})()
    tty, pipe = Terminal(), io.StringIO()
    for stream in (tty, pipe):
        progress = Progress(total=2, workers=1, stream=stream)
        progress.finished(run)
    assert re.search(r"\[1/2\] 01_a\.ipynb .*notebooks/min .*about \d+ s left", tty.getvalue())
    assert pipe.getvalue() == ""


def test_the_report_prints_no_jupyter_noise(tmp_path):
    # Run as a user does, output piped: no TCP warning, no KeyboardInterrupt, nothing
    # but the path of the index page.
    import subprocess
    import sys

    done = subprocess.run(
        [str(Path(sys.executable).parent / "conflict"), "report", "--event-dir", HOSTILE,
         "--out", str(tmp_path / "out"), "--only", "02"],
        capture_output=True, text=True, cwd=config.PROJ_ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr
    assert done.stdout.strip() == str(tmp_path / "out" / "index.html")
