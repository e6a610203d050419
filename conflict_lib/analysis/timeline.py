"""Timeline: the date on which each figure first appeared in the corpus
(``timeline_table``) and the window of the fighting the claims describe (``event_window``):
pure pandas over the claim groups and the articles' reference dates."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from conflict_lib.claims.groups import claim_groups, date_text, group_label
from conflict_lib.corpus.dating import reference_dates

TIMELINE_COLUMNS = (
    "subject_label",
    "row",
    "claim_group",
    "stance",
    "article_id",
    "outlet",
    "date",
    "day",
    "basis",
    "dated",
    "first",
    "figure",
    "claimant_name",
    "quote",
)


STATED_BASES = ("header", "dateline")


DATED = ("stated date", "inferred date")


def article_dates(articles: pd.DataFrame) -> pd.DataFrame:
    """article_id, date (ISO day or None) and basis per article: the stated date where
    the corpus does not contradict it, else the inferred one (conflict_lib.corpus.dating)."""
    refs = reference_dates(articles)
    return pd.DataFrame(
        {
            "article_id": refs["article_id"].astype(str),
            "date": [None if pd.isna(d) else date_text(d) for d in refs["reference_date"]],
            "basis": refs["date_basis"].astype(str),
        }
    )


def _dated_rows(
    g: object, carriers: pd.DataFrame, dates: pd.DataFrame, outlets: pd.Series
) -> list[dict[str, object]]:
    part = []
    for c in carriers.drop_duplicates("article_id").itertuples():
        date = dates["date"].get(c.article_id)
        basis = str(dates["basis"].get(c.article_id, "unknown"))
        part.append(
            {
                "subject_label": g.subject_label,
                "row": group_label(g),
                "claim_group": g.claim_group,
                "stance": g.stance,
                "article_id": c.article_id,
                "outlet": outlets.get(c.article_id),
                "date": date,
                "day": f"{date}T00:00:00Z" if date else None,
                "basis": basis,
                "dated": DATED[0] if basis in STATED_BASES else DATED[1],
                "first": False,
                "figure": g.figure,
                "claimant_name": g.claimant_name,
                "quote": c.quote,
            }
        )
    part.sort(key=lambda r: (r["date"] or "9999", r["dated"] != DATED[0], r["article_id"]))
    if part and part[0]["date"] is not None:
        part[0]["first"] = True
    return part


def timeline_table(
    claims: pd.DataFrame,
    articles: pd.DataFrame,
    outcomes: Sequence[str] | None = None,
    reference_dir: Path | None = None,
) -> pd.DataFrame:
    """One row per (claim group, carrying article) with the article's date and its
    basis; ``first`` marks the earliest (a stated date wins a tie with an inferred one)."""
    groups = claim_groups(claims, outcomes, reference_dir=reference_dir)
    dates = article_dates(articles).set_index("article_id")
    outlets = claims.drop_duplicates("article_id").set_index("article_id")["outlet"]
    ok = claims[claims["claim_group"].isin(groups["claim_group"]) & (claims["status"] == "ok")]
    rows = []
    for g in groups.itertuples():
        rows += _dated_rows(g, ok[ok["claim_group"] == g.claim_group], dates, outlets)
    # Typed even when empty: frame[frame["first"]] must select rows, not columns.
    return pd.DataFrame(rows, columns=list(TIMELINE_COLUMNS)).astype({"first": "bool"})


def event_window(claims: pd.DataFrame) -> tuple[str, str] | None:
    """(first day, day after the last) of the fighting as the ok claims date it."""
    ok = claims[claims["status"] == "ok"]
    starts, ends = ok["event_start"].dropna(), ok["event_end"].dropna()
    if starts.empty or ends.empty:
        return None
    return date_text(starts.min()), date_text(ends.max() + pd.Timedelta(days=1))
