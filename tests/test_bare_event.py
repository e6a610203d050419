"""End to end: a bare folder of invented articles about a clash outside the Sahel goes
through `conflict add` and `conflict report`; a folder holding only articles/ renders too."""

import json
import shutil
from pathlib import Path

import pytest

from conflict_lib import config
from conflict_lib.cli import main

BARE = Path(__file__).parent / "fixtures" / "bare" / "kalembe-2025"
SERIES = ("01_sources", "02_claims", "03_map", "04_casualties")


def _checkout_files() -> dict[str, int]:
    watched = [config.PROJ_ROOT / d for d in ("data", "figures", "notebooks")]
    return {str(p): p.stat().st_mtime_ns for d in watched for p in d.rglob("*") if p.is_file()}


def _outputs_text(notebook: Path) -> str:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    parts = []
    for cell in cells:
        for output in cell.get("outputs", []):
            parts.append("".join(output.get("text", "")))
            parts.append("".join(output.get("data", {}).get("text/plain", "")))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Both events rendered once: (added event, its report, articles-only event, its report)."""
    root = tmp_path_factory.mktemp("bare")
    with pytest.MonkeyPatch.context() as mp:
        # Figures and the table cache go to the test's folder, not the checkout; the
        # notebook kernels inherit the environment.
        mp.setattr(config, "FIGURES_DIR", root / "figures")
        mp.setattr(config, "CACHE_DIR", root / "cache")
        mp.setenv("CONFLICT_FIGURES_DIR", str(root / "figures"))
        mp.setenv("CONFLICT_CACHE_DIR", str(root / "cache"))
        before = _checkout_files()
        added, only = root / "kalembe-2025", root / "kalembe-only"
        assert main(["add", "--event-dir", str(added), str(BARE)]) == 0
        shutil.copytree(BARE, only / "articles")
        for event, out in ((added, root / "report"), (only, root / "report-only")):
            assert main(["report", "--event-dir", str(event), "--out", str(out)]) == 0
        assert _checkout_files() == before, "the report wrote into the checkout"
    return added, root / "report", only, root / "report-only"


@pytest.mark.parametrize("which", [1, 3], ids=["after-add", "articles-only"])
def test_every_notebook_of_the_series_renders(rendered, which):
    out = rendered[which]
    for name in SERIES:
        assert (out / f"{name}.ipynb").is_file(), name
        assert (out / f"{name}.html").is_file(), name
    assert not list(out.glob("*.FAILED.ipynb"))


@pytest.mark.parametrize("which", [1, 3], ids=["after-add", "articles-only"])
def test_the_claims_come_from_the_invented_articles(rendered, which):
    text = _outputs_text(rendered[which] / "02_claims.ipynb")
    # Claims the invented articles state, as the extractor proposes them (quotes are
    # shown cut to the notebook's column width).
    assert "The United Nations mission in Congo said" in text
    assert "said eight soldiers were killed" in text


def test_the_added_event_keeps_the_page_metadata(rendered):
    text = _outputs_text(rendered[1] / "01_sources.ipynb")
    assert "Horizon News" in text and "Kivu Morning Post" in text


def test_the_report_of_another_war_never_names_the_sahel_event(rendered):
    for name in SERIES:
        text = _outputs_text(rendered[1] / f"{name}.ipynb")
        assert "Tinzaouaten" not in text and "FAMa" not in text, name


def test_every_claims_notebook_says_the_claims_are_unreviewed(rendered):
    for name in ("02_claims", "04_casualties"):
        assert "unreviewed" in _outputs_text(rendered[1] / f"{name}.ipynb"), name


def test_an_event_with_no_claim_gives_empty_typed_tables(tmp_path, monkeypatch):
    from conflict_lib.analysis.timeline import timeline_table
    from conflict_lib.runner.tables import event_tables

    monkeypatch.setenv("CONFLICT_NO_CACHE", "1")
    (tmp_path / "calm" / "articles").mkdir(parents=True)
    (tmp_path / "calm" / "articles" / "talks.txt").write_text(
        " date 2025-04-02\nTalks between the government and the rebel alliance resumed in "
        "Nairobi on Tuesday, officials said. The delegations agreed to meet again next week.\n")
    tables = event_tables(event_dir=tmp_path / "calm")
    assert tables.claims.empty and tables.claims.attrs["claims_source"] == "extractor"
    dated = timeline_table(tables.claims, tables.articles, ["killed"])
    assert dated[dated["first"]].columns.tolist() == dated.columns.tolist()
