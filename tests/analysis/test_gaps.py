"""The gap table: the arithmetic of acknowledged against claimed figures, checked
against the claims table itself."""

import pandas as pd
import pytest

from conflict_lib.analysis import gaps as gap_analysis


def _lowest_positive_acknowledged(rows, subject, outcome):
    rows = rows[
        (rows["subject"] == subject)
        & (rows["outcome"] == outcome)
        & (rows["stance"] == "acknowledged")
        & rows["best"].notna()
    ]
    positive = rows[rows["best"] > 0]
    return int((positive if len(positive) else rows)["best"].min()) if len(rows) else None


def _highest_claimed_lower_bound(rows, subject, outcome):
    rows = rows[
        (rows["subject"] == subject)
        & (rows["outcome"] == outcome)
        & (rows["stance"] == "claimed")
        & (rows["precision"] != "none")
    ]
    bounds = [
        int(r.low) if r.precision in ("at_least", "range", "vague") else int(r.best)
        for r in rows.itertuples()
    ]
    return max(bounds) if bounds else None


def test_gap_for_a_single_subject_matches_the_claims_table(claims, usable):
    gaps = gap_analysis.gap_table(claims).set_index(["subject", "outcome"])
    row = gaps.loc[("csp", "killed")]
    ack = _lowest_positive_acknowledged(usable, "csp", "killed")
    claimed = _highest_claimed_lower_bound(usable, "csp", "killed")
    assert (row["acknowledged"], row["claimed"]) == (ack, claimed)
    assert row["difference"] == claimed - ack
    assert row["ratio"] == pytest.approx(round(claimed / ack, 1))
    assert f"{row['ratio']:g}×" in row["text"] or f"{claimed / ack:.1f}×" in row["text"]


def test_gap_for_a_lump_sums_what_the_sides_acknowledged(claims, usable):
    gaps = gap_analysis.gap_table(claims).set_index(["subject", "outcome"])
    row = gaps.loc[("fama+wagner", "killed_or_captured")]
    parts = [
        _lowest_positive_acknowledged(usable, s, o)
        for s in ("fama", "wagner")
        for o in ("killed", "captured")
    ]
    expected = sum(p for p in parts if p is not None)
    assert row["acknowledged"] == expected
    assert row["acknowledged_basis"].startswith("sum of")
    claimed = _highest_claimed_lower_bound(usable, "fama+wagner", "killed_or_captured")
    assert row["claimed"] == claimed and row["claimed_bound"] == "≥"
    assert row["summary"] == f"claimed ≥ {claimed / expected:g}× acknowledged"


def test_gap_rows_with_a_missing_side_say_so(claims):
    gaps = gap_analysis.gap_table(claims)
    no_claim = gaps[gaps["claimed"].isna() & gaps["acknowledged"].notna()]
    no_ack = gaps[gaps["acknowledged"].isna() & gaps["claimed"].notna()]
    assert len(no_claim) and no_claim["summary"].str.contains("no adversary figure").all()
    assert len(no_ack) and (no_ack["summary"] == "no acknowledged figure").all()
    assert gaps.loc[gaps["ratio"].notna(), "text"].str.contains("× acknowledged").all()


@pytest.mark.parametrize(
    ("precision", "low", "best", "high", "expected"),
    [
        ("exact", 7, 7, 7, (7, "=")),
        ("approx", 20, 20, 20, (20, "≈")),
        ("at_least", 20, 20, None, (20, "≥")),
        ("vague", 24, 24, 99, (24, "≥")),
        ("at_most", None, 30, 30, (30, "≤")),
        ("none", None, None, None, (None, None)),
    ],
)
def test_figure_value_reads_bounds_honestly(precision, low, best, high, expected):
    row = pd.Series({"precision": precision, "low": low, "best": best, "high": high})
    assert gap_analysis.figure_value(row) == expected
