"""The "casualties and losses" box: every figure for each side's losses, with
who gives it and how many independent articles carry it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from conflict_lib.claims.normalise import OUTCOMES, STANCES
from conflict_lib.reference import actors

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
)


def figure_text(
    low: object, best: object, high: object, precision: str, quantity_raw: str = ""
) -> str:
    """A figure as an analyst writes it: "7", "about 20", "at least 20", "24-99"."""

    def num(v: object) -> str:
        return "?" if v is None or pd.isna(v) else str(int(v))

    if precision == "exact":
        return num(best)
    if precision == "approx":
        return f"about {num(best)}"
    if precision == "at_least":
        return f"at least {num(low)}"
    if precision == "at_most":
        return f"up to {num(high)}"
    if precision in ("range", "vague"):
        word = f' "{quantity_raw}"' if precision == "vague" and quantity_raw else ""
        return f"{num(low)}-{num(high)}{word}"
    return f'unquantified ("{quantity_raw}")' if quantity_raw else "unquantified"


def _name(actor_id: str | None, table: dict) -> str:
    if actor_id is None or pd.isna(actor_id):
        return "unresolved"
    return " + ".join(table[i].name if i in table else i for i in str(actor_id).split("+"))


def ledger(claims: pd.DataFrame, reference_dir: Path | None = None) -> pd.DataFrame:
    """One row per claim group (subject, outcome, claimant, figure), ok rows only.

    ``articles`` counts articles carrying the figure; ``independent`` counts
    syndication groups, so copies of one report count once.
    """
    table = actors(reference_dir).by_id
    ok = claims[(claims["status"] == "ok") & claims["subject"].notna() & claims["outcome"].notna()]
    rows = []
    for group, part in ok.groupby("claim_group", sort=False):
        first = part.iloc[0]
        rows.append(
            {
                "subject": first["subject"],
                "subject_name": _name(first["subject"], table),
                "outcome": first["outcome"],
                "figure": figure_text(
                    first["low"],
                    first["best"],
                    first["high"],
                    first["precision"],
                    first["quantity_raw"],
                ),
                "claimant": first["claimant"],
                "claimant_name": _name(first["claimant"], table),
                "stance": first["stance"],
                "place": ", ".join(sorted(set(part["place"].dropna()))),
                "low": first["low"],
                "best": first["best"],
                "high": first["high"],
                "precision": first["precision"],
                "articles": part["article_id"].nunique(),
                "independent": part["syndication_group"].nunique(),
                "claim_group": group,
                "claim_ids": ", ".join(part["claim_id"].astype(str)),
                "quote": first["quote"],
            }
        )
    frame = pd.DataFrame(rows, columns=list(LEDGER_COLUMNS))
    if frame.empty:
        return frame
    order = {
        "outcome": {o: i for i, o in enumerate(OUTCOMES)},
        "stance": {s: i for i, s in enumerate(STANCES)},
    }
    keys = frame.assign(
        _o=frame["outcome"].map(order["outcome"]),
        _s=frame["stance"].map(order["stance"]),
    )
    keys = keys.sort_values(["subject", "_o", "_s", "best"], na_position="last", kind="stable")
    return frame.loc[keys.index].reset_index(drop=True)


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
