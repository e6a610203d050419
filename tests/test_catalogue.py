"""`conflict add`: articles copied byte-identical, the catalogue proposed, the analyst's
rows kept, and bad input stopping the add before anything in the event changes."""

import csv
import hashlib
import shutil
from pathlib import Path

import pytest

from conflict_lib import config
from conflict_lib.cli import main
from conflict_lib.corpus.catalogue import CatalogueError, add_articles

BARE = Path(__file__).parent / "fixtures" / "bare" / "kalembe-2025"


def _rows(event: Path) -> dict[str, dict[str, str]]:
    with (event / "sources.csv").open(newline="", encoding="utf-8") as handle:
        return {r["article_id"]: r for r in csv.DictReader(handle)}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def event(tmp_path) -> Path:
    path = tmp_path / "kalembe-2025"
    add_articles(path, [BARE])
    return path


def test_add_copies_every_file_byte_identical_and_proposes_the_catalogue(event):
    for source in BARE.iterdir():
        assert (event / "articles" / source.name).read_bytes() == source.read_bytes()
    rows = _rows(event)
    assert set(rows) == {"lakes-wire-0314", "kivu-morning-0315", "horizon-news-kalembe"}
    assert {r["catalogue_status"] for r in rows.values()} == {"proposed"}
    page, front, dated = (rows["horizon-news-kalembe"], rows["kivu-morning-0315"],
                          rows["lakes-wire-0314"])
    assert (page["outlet"], page["stated_date"], page["url"]) == (
        "Horizon News", "2025-03-16", "https://horizon-news.example/africa/kalembe-un-toll")
    assert page["title"] == "UN mission says at least 50 killed in Kalembe fighting"
    assert (front["outlet"], front["stated_date"], front["language"]) == (
        "Kivu Morning Post", "2025-03-15", "en")
    assert dated["stated_date"] == "2025-03-14"
    # The wire's dateline follows its headline.
    assert (dated["dateline"], dated["agency"], dated["outlet"]) == (
        "GOMA, March 14 (Lakes Wire)", "Lakes Wire", "Lakes Wire")
    for aid, row in rows.items():
        data = next(BARE.glob(f"{aid}.*")).read_bytes()
        assert row["sha256"] == hashlib.sha256(data).hexdigest()
    # Three independent reports: each its own syndication group.
    assert len({r["syndication_group"] for r in rows.values()}) == 3


def test_adding_the_same_files_again_changes_nothing(event):
    before = _snapshot(event)
    result = add_articles(event, [BARE])
    assert result.added == [] and sorted(result.unchanged) == sorted(p.stem for p in BARE.iterdir())
    assert _snapshot(event) == before


def test_a_copy_joins_the_syndication_group_of_its_original(event, tmp_path):
    copy = tmp_path / "zz-copy-of-wire.txt"
    copy.write_bytes((BARE / "lakes-wire-0314.txt").read_bytes().replace(b"Lakes Wire", b"Wire"))
    add_articles(event, [copy])
    rows = _rows(event)
    assert rows["zz-copy-of-wire"]["syndication_group"] == "lakes-wire-0314"
    assert rows["lakes-wire-0314"]["syndication_group"] == "lakes-wire-0314"


def test_reviewed_rows_are_never_overwritten(event, tmp_path):
    rows = _rows(event)
    rows["lakes-wire-0314"].update(outlet="Lakes Wire", attribution="wire copy",
                                   catalogue_status="reviewed")
    path = event / "sources.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows["lakes-wire-0314"]))
        writer.writeheader()
        writer.writerows(rows.values())
    reviewed = rows["lakes-wire-0314"]
    extra = tmp_path / "later.txt"
    extra.write_text(" date 2025-03-20\nThe army said on Thursday that calm had returned to "
                     "Kalembe after a week of fighting in which eight soldiers died.\n")
    add_articles(event, [extra])
    after = _rows(event)
    assert after["lakes-wire-0314"] == reviewed
    assert after["later"]["catalogue_status"] == "proposed"
    assert after["horizon-news-kalembe"]["catalogue_status"] == "proposed"


def test_a_hand_written_catalogue_keeps_its_values_and_is_marked_reviewed(tmp_path):
    event = tmp_path / "seed"
    shutil.copytree(config.event_dir(config.DEFAULT_EVENT), event)
    before = _rows(event)
    add_articles(event, [BARE / "lakes-wire-0314.txt"])
    after = _rows(event)
    for aid, row in before.items():
        assert {k: after[aid][k] for k in row} == row
        assert after[aid]["catalogue_status"] == "reviewed"
    assert after["lakes-wire-0314"]["catalogue_status"] == "proposed"


def test_two_files_with_one_id_are_an_error_naming_both(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = tmp_path / "a" / "report.txt"
    second = tmp_path / "b" / "report.html"
    first.write_text("Officials said four people were killed in the attack on the market.\n")
    shutil.copy(BARE / "horizon-news-kalembe.html", second)
    target = tmp_path / "event"
    with pytest.raises(CatalogueError, match=rf"{second}: article id 'report' is also the id of "
                                             rf"{first}"):
        add_articles(target, [first, second])
    assert not (target / "articles").exists()


def test_a_changed_file_under_an_existing_id_is_an_error_and_nothing_changes(event, tmp_path):
    changed = tmp_path / "lakes-wire-0314.txt"
    changed.write_bytes((BARE / "lakes-wire-0314.txt").read_bytes() + b"\nCorrection appended.\n")
    new = tmp_path / "new-one.txt"
    new.write_text("Medics said six people were killed in the shelling of the market.\n")
    before = _snapshot(event)
    with pytest.raises(CatalogueError, match=r"lakes-wire-0314\.txt: differs from .*already in "
                                             r"the event under id 'lakes-wire-0314'"):
        add_articles(event, [new, changed])
    assert _snapshot(event) == before


@pytest.mark.parametrize("name, data, message", [
    ("paywall.html", b"<html><body><p>Subscribe to read.</p></body></html>",
     "no article text found"),
    ("photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(2000), "not an HTML page"),
    ("typo.txt", b"outlet: X\nauthr: Y\n---\nSix people were killed.\n",
     "unknown front-matter key 'authr'"),
    ("when.txt", b"published: 2025-13-40\n---\nSix people were killed.\n",
     "is not a valid YYYY-MM-DD date"),
])
def test_one_bad_file_stops_the_add_and_the_event_is_unchanged(event, tmp_path, name, data,
                                                               message):
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("Medics said six people were killed in the shelling of the market.\n")
    before = _snapshot(event)
    with pytest.raises(CatalogueError, match=rf"{name}: .*{message}"):
        add_articles(event, [good, bad])
    assert _snapshot(event) == before


def test_cli_add_reports_added_and_unchanged_and_errors_in_one_line(tmp_path, capsys):
    target = tmp_path / "event"
    assert main(["add", "--event-dir", str(target), str(BARE)]) == 0
    out = capsys.readouterr()
    assert out.out.count("added ") == 3
    assert main(["add", "--event-dir", str(target), str(BARE / "lakes-wire-0314.txt")]) == 0
    assert "unchanged lakes-wire-0314" in capsys.readouterr().out
    missing = tmp_path / "nope.txt"
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK\x03\x04")
    assert main(["add", "--event-dir", str(target), str(missing), str(other)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"conflict add: error: 2 problems, nothing added: {missing}: file not found; "
                   f"{other}: not an article file (use .txt, .html or .htm)"]


def test_the_same_article_under_another_name_is_an_error_naming_both(event, tmp_path):
    twin = tmp_path / "wire-saved-twice.txt"
    twin.write_bytes((BARE / "lakes-wire-0314.txt").read_bytes())
    before = _snapshot(event)
    with pytest.raises(CatalogueError, match=rf"{twin}: same bytes as .*lakes-wire-0314\.txt: "
                                             "a duplicate article"):
        add_articles(event, [twin])
    assert _snapshot(event) == before
