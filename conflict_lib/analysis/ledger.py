"""The "casualties and losses" box: every figure for each side's losses, with
who gives it and how many independent articles carry it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from conflict_lib.claims.groups import claim_groups, figure_text

LEDGER_COLUMNS = (
    "subject",
    "subject_name",
    "outcome",
    "figure",
    "claimant",
    "claimant_name",
    "stance",
    "place",
    "low",
    "best",
    "high",
    "precision",
    "articles",
    "independent",
    "claim_group",
    "claim_ids",
    "quote",
    "review_status",
)


def ledger(claims: pd.DataFrame, reference_dir: Path | None = None) -> pd.DataFrame:
    """One row per claim group (subject, outcome, claimant, figure), ok rows only, in the
    claim groups' order (``claims.groups.claim_groups``, equipment included).

    ``articles`` counts articles carrying the figure; ``independent`` counts
    syndication groups, so copies of one report count once.
    """
    groups = claim_groups(claims, include_equipment=True, reference_dir=reference_dir)
    if groups.empty:
        return pd.DataFrame(columns=list(LEDGER_COLUMNS))
    figures = [
        figure_text(g.low, g.best, g.high, g.precision, g.quantity_raw)
        for g in groups.itertuples(index=False)
    ]
    frame = groups.assign(figure=figures, place=groups["places"])
    return frame[list(LEDGER_COLUMNS)]


def ledger_box(table: pd.DataFrame) -> dict[str, list[str]]:
    """Per subject name, lines like '7 killed (per CSP; 2 articles, 1 independent)'."""
    box: dict[str, list[str]] = {}
    for row in table.itertuples():
        outcome = row.outcome.replace("_", " ")
        where = f" at {row.place}" if row.place else ""
        line = (
            f"{row.figure} {outcome}{where} (per {row.claimant_name}, {row.stance}; "
            f"{row.articles} article{'s' if row.articles != 1 else ''}, "
            f"{row.independent} independent)"
        )
        box.setdefault(row.subject_name, []).append(line)
    return box
