"""The review loop: no claims.csv → extracted claims labelled unreviewed; `conflict review`
writes proposals the analyst edits, accepts or deletes; re-running never undoes them."""

import csv
import io
import shutil
from pathlib import Path

import pytest

from conflict_lib import config
from conflict_lib.analysis.ledger import ledger
from conflict_lib.claims import load_claims
from conflict_lib.claims.proposals import event_claims
from conflict_lib.claims.review import LOG_FILE, pending, review_event
from conflict_lib.claims.review_status import reviewed_title
from conflict_lib.cli import main
from conflict_lib.config import Event
from conflict_lib.corpus import load_articles
from conflict_lib.corpus.catalogue import add_articles
from conflict_lib.extract import extract_rows

BARE = Path(__file__).parent / "fixtures" / "bare" / "kalembe-2025"


@pytest.fixture
def event(tmp_path) -> Path:
    path = tmp_path / "kalembe-2025"
    add_articles(path, [BARE])
    return path


def _proposals(event: Path) -> int:
    articles = load_articles(event_path=event)
    return sum(len(extract_rows(a, t)) for a, t in zip(articles["article_id"], articles["text"],
                                                       strict=True))


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
    return list(reader.fieldnames or []), list(reader)


def _write(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)


def test_without_claims_csv_the_claims_are_extracted_and_labelled_unreviewed(event):
    claims = event_claims(Event.of(event_dir=event))
    assert len(claims) == _proposals(event) > 0
    assert set(claims["review_status"]) == {"extracted"}
    assert claims.attrs["claims_source"] == "extractor"
    assert claims.attrs["unreviewed"] is True
    report = claims.attrs["load_report"]
    assert report["balanced"] and report["rows_read"] == len(claims)
    assert "unreviewed" in reviewed_title("Casualty figures", claims)
    table = ledger(claims)
    assert len(table) and set(table["review_status"]) == {"extracted"}


def test_curated_claims_are_reviewed_and_titles_stay_plain():
    claims = event_claims(Event.of(config.DEFAULT_EVENT))
    assert set(claims["review_status"]) == {"reviewed"}
    assert claims.attrs["unreviewed"] is False
    assert reviewed_title("Casualty figures", claims) == "Casualty figures"


def test_review_writes_every_proposal_and_a_second_run_adds_nothing(event):
    result = review_event(event)
    header, rows = _read(event / "claims.csv")
    assert result.added == len(rows) == _proposals(event)
    assert {r["review_status"] for r in rows} == {"extracted"}
    assert header[-2:] == ["review_status", "proposal_fingerprint"]
    before = (event / "claims.csv").read_bytes()
    again = review_event(event)
    assert again.added == 0 and again.decided_before == len(rows)
    assert (event / "claims.csv").read_bytes() == before
    claims = event_claims(Event.of(event_dir=event))
    assert set(claims["review_status"]) == {"extracted"} and claims.attrs["unreviewed"]


def test_edits_acceptances_and_deletions_survive_a_new_review(event, tmp_path):
    review_event(event)
    path = event / "claims.csv"
    header, rows = _read(path)
    assert len(rows) >= 4
    edited, accepted, deleted = rows[0], rows[1], rows[2]
    edited["quantity_raw"] = "at least 30"  # the analyst corrects a figure
    accepted["review_status"] = "reviewed"
    rows.remove(deleted)  # rejected
    _write(path, header, rows)
    kept = path.read_bytes()
    # A later article arrives; review adds its proposals and only those.
    later = tmp_path / "later.txt"
    later.write_text(" date 2025-03-18\nMedics said on Tuesday that 16 civilians were killed "
                     "in the shelling of the market in Kalembe.\n")
    add_articles(event, [later])
    result = review_event(event)
    new_header, new_rows = _read(path)
    assert path.read_bytes().startswith(kept)  # the analyst's rows keep their bytes
    assert new_header == header
    assert result.added == len(new_rows) - len(rows) >= 1
    assert {r["article_id"] for r in new_rows[len(rows):]} == {"later"}
    assert deleted["claim_id"] not in {r["claim_id"] for r in new_rows}
    claims = event_claims(Event.of(event_dir=event))
    status = dict(zip(claims["claim_id"], claims["review_status"], strict=True))
    assert status[edited["claim_id"]] == "reviewed"  # touched: its values changed
    assert status[accepted["claim_id"]] == "reviewed"
    assert status[rows[3]["claim_id"]] == "extracted"
    assert all(status[r["claim_id"]] == "extracted" for r in new_rows[len(rows):])
    log = _read(event / LOG_FILE)[1]
    assert deleted["claim_id"] in {r["claim_id"] for r in log}


def test_an_unknown_review_status_flags_the_row_with_the_reason(event):
    review_event(event)
    path = event / "claims.csv"
    header, rows = _read(path)
    rows[0]["review_status"] = "rejected"
    _write(path, header, rows)
    claims = load_claims(event_path=event, strict=False)
    row = claims[claims["claim_id"] == rows[0]["claim_id"]].iloc[0]
    assert row["status"] == "flagged"
    assert "review_status 'rejected' is neither 'extracted' nor 'reviewed'" in row["reasons"]


def test_review_of_a_hand_curated_file_keeps_its_values_and_adds_no_duplicates(tmp_path):
    event = tmp_path / "seed"
    shutil.copytree(config.event_dir(config.DEFAULT_EVENT), event)
    before = load_claims(event_path=event)
    result = review_event(event)
    after = load_claims(event_path=event)
    curated = after.iloc[: len(before)]
    for col in ("claim_id", "quote", "claimant", "subject", "outcome", "best", "start", "end"):
        assert curated[col].tolist() == before[col].tolist(), col
    assert set(curated["review_status"]) == {"reviewed"}
    assert set(after.iloc[len(before):]["review_status"]) <= {"extracted"}
    # Proposals whose span and outcome a curated row already covers are not added.
    assert result.already_in_file > 0
    assert result.added + result.already_in_file == _proposals(event)
    covered = {(r.article_id, r.outcome, r.start) for r in curated.itertuples()}
    for r in after.iloc[len(before):].itertuples():
        assert (r.article_id, r.outcome, r.start) not in covered


def test_cli_claims_and_ledger_show_review_status(event, capsys):
    assert main(["claims", "--event-dir", str(event), "--format", "csv"]) == 0
    out = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out.out)))
    assert rows and {r["review_status"] for r in rows} == {"extracted"}
    assert "review: automatic proposals, unreviewed" in out.err
    assert main(["ledger", "--event-dir", str(event), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {r["review_status"] for r in rows} == {"extracted"}
    assert main(["review", "--event-dir", str(event)]) == 0
    assert "new proposal(s) added" in capsys.readouterr().out


def test_every_chart_built_from_unreviewed_claims_says_so_in_its_title(event, monkeypatch):
    from conflict_lib.analysis.gaps import gap_table
    from conflict_lib.runner.tables import event_tables
    from conflict_lib.viz import charts
    from conflict_lib.viz.coverage_charts import coverage_chart, timeline_chart

    monkeypatch.setenv("CONFLICT_NO_CACHE", "1")
    outcomes = ["killed", "wounded"]

    def titles(tables):
        claims, articles, ref = tables.claims, tables.articles, tables.reference_dir
        built = [
            charts.claims_chart(claims, outcomes, reference_dir=ref),
            charts.gap_chart(gap_table(claims, outcomes, reference_dir=ref)),
            coverage_chart(claims, outcomes, reference_dir=ref, articles=articles),
            timeline_chart(claims, articles, outcomes, reference_dir=ref),
        ]
        return [c.title if isinstance(c.title, str) else c.title.text for c in built]

    assert all(t.endswith("— automatic proposals, unreviewed") for t in titles(
        event_tables(event_dir=event)))
    assert not any("unreviewed" in t for t in titles(event_tables(config.DEFAULT_EVENT)))


def test_accept_marks_named_rows_reviewed_and_changes_nothing_else(event, capsys):
    review_event(event)
    waiting = pending(event)
    assert len(waiting) == len(_read(event / "claims.csv")[1])
    first, second = waiting[0]["claim_id"], waiting[1]["claim_id"]
    before = _read(event / "claims.csv")[1]
    assert main(["review", "--event-dir", str(event), "--accept", first, second]) == 0
    assert f"2 row(s) marked reviewed; {len(waiting) - 2} still pending" in capsys.readouterr().out
    after = _read(event / "claims.csv")[1]
    for old, new in zip(before, after, strict=True):
        accepted = old["claim_id"] in (first, second)
        assert new == (dict(old, review_status="reviewed") if accepted else old)
    assert main(["review", "--event-dir", str(event), "--accept", "no-such-id"]) == 2
    assert "no row with claim_id 'no-such-id'" in capsys.readouterr().err
