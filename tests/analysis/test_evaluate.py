"""The matching rule of conflict_lib.analysis.evaluate, on small frames of our own making."""

from __future__ import annotations

import pandas as pd
import pytest

from conflict_lib.analysis.evaluate import ACCURACY_FIELDS, evaluate
from conflict_lib.cli import main

N = None


def frame(rows: list[dict]) -> pd.DataFrame:
    base = {"article_id": "a", "claimant": "fama", "subject": "fama", "outcome": "killed",
            "low": 2, "best": 2, "high": 2, "precision": "exact", "stance": "acknowledged",
            "start": 0, "end": 50, "status": "ok", "quote": "q"}
    out = pd.DataFrame([{**base, **r} for r in rows])
    return out.astype({"low": "Int64", "best": "Int64", "high": "Int64", "start": "Int64",
                       "end": "Int64"})


def test_exact_match_counts_once_each_way():
    ext = frame([{}, {}])  # the same claim extracted twice
    cur = frame([{}])
    ev = evaluate(ext, cur)
    assert (ev.n_matched, ev.precision, ev.recall) == (1, 0.5, 1.0)
    assert len(ev.false_alarms) == 1 and ev.misses.empty


def test_nulls_equal_nulls_only():
    ev = evaluate(frame([{"low": N, "best": N, "high": N}]),
                  frame([{"low": N, "best": N, "high": N}]))
    assert ev.f1 == 1.0
    ev = evaluate(frame([{"low": N, "best": N, "high": N}]), frame([{}]))
    assert ev.n_matched == 0 and len(ev.misses) == 1 and len(ev.false_alarms) == 1


@pytest.mark.parametrize("field", ["article_id", "claimant", "subject", "outcome", "high"])
def test_each_key_field_must_agree(field):
    other = {"article_id": "b", "claimant": "csp", "subject": "csp", "outcome": "wounded",
             "high": 3}[field]
    ev = evaluate(frame([{field: other}]), frame([{}]))
    assert ev.n_matched == 0


def test_overlapping_quote_is_preferred():
    cur = frame([{"claim_id": "far", "start": 500, "end": 560},
                 {"claim_id": "near", "start": 0, "end": 40}])
    ext = frame([{"claim_id": "x1", "start": 10, "end": 60}])
    ev = evaluate(ext, cur)
    assert list(ev.matches.claim_id) == ["near"]
    assert list(ev.misses.claim_id) == ["far"]


def test_flagged_rows_are_not_references():
    cur = frame([{"status": "flagged", "subject": None}, {"outcome": "wounded", "start": 60,
                                                           "end": 90}])
    ext = frame([{"subject": "wagner"}, {"outcome": "wounded", "start": 60, "end": 90}])
    ev = evaluate(ext, cur)
    assert ev.n_references == 1 and len(ev.flagged) == 1
    # the row that overlaps the flagged claim with the same outcome is set aside
    assert len(ev.unscored) == 1 and ev.false_alarms.empty
    assert (ev.precision, ev.recall) == (1.0, 1.0)


def test_unmatched_row_without_flagged_partner_is_a_false_alarm():
    cur = frame([{"status": "flagged", "start": 200, "end": 250}])
    ev = evaluate(frame([{}]), cur)
    assert len(ev.false_alarms) == 1 and ev.unscored.empty and ev.precision == 0.0


def test_span_pairs_give_field_accuracy():
    cur = frame([{"claimant": "csp", "subject": "fama", "stance": "claimed", "low": 24,
                  "best": 24, "high": 99, "precision": "vague"}])
    ext = frame([{"claimant": "csp", "subject": "fama+wagner", "stance": "claimed", "low": 24,
                  "best": 24, "high": 99, "precision": "vague", "start": 5, "end": 45}])
    ev = evaluate(ext, cur)
    assert ev.n_matched == 0 and ev.n_span_pairs == 1
    assert set(ev.field_accuracy) == set(ACCURACY_FIELDS)
    assert ev.field_accuracy["subject"] == 0.0
    assert ev.field_accuracy["claimant"] == ev.field_accuracy["best"] == 1.0


def test_span_match_needs_same_outcome_and_overlap():
    ev = evaluate(frame([{"outcome": "wounded"}]), frame([{}]))
    assert ev.n_span_pairs == 0
    ev = evaluate(frame([{"start": 100, "end": 120}]), frame([{"claimant": "csp"}]))
    assert ev.n_span_pairs == 0


def test_empty_inputs():
    ev = evaluate(frame([{}]).iloc[0:0], frame([{}]).iloc[0:0])
    assert (ev.precision, ev.recall, ev.f1) == (0.0, 0.0, 0.0)


def test_cli_evaluate_prints_scores(capsys):
    assert main(["evaluate"]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "recall" in out and "F1" in out
    assert "misses" in out and "false alarms" in out


def test_cli_extract_csv(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text(" date 2024-05-02 The army said two soldiers were killed near Gao.\n",
                    encoding="utf-8")
    assert main(["extract", str(tmp_path), "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    header = out[0].split(",")
    for col in ("article_id", "claimant", "claimant_raw", "claimant_side", "subject",
                "subject_raw", "subject_side", "outcome", "low", "best", "high", "precision",
                "stance", "quote", "start", "end"):
        assert col in header
    assert len(out) == 2 and ",fama," in out[1] and ",killed," in out[1]


def test_cli_extract_missing_path_is_one_line_error(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.txt")]) == 2
    assert "file not found" in capsys.readouterr().err
