"""Coverage: which article carries which figure, and whether as an independent report
or a copy (``coverage_table``, ``coverage_matrix``): pure pandas over the claim groups."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from conflict_lib.analysis.timeline import STATED_BASES, article_dates
from conflict_lib.claims.groups import claim_groups, date_text, group_label, joined_text

COPY_KINDS = (
    "first carrier in its syndication group",
    "copy: same syndication group as an earlier carrier",
)


TOTAL_COLUMN = "carried by:\nindep. / all"


COVERAGE_COLUMNS = (
    "subject_label",
    "row",
    "claim_group",
    "stance",
    "article_id",
    "column",
    "syndication_group",
    "outlet",
    "published",
    "kind",
    "claim_ids",
    "quote",
    "figure",
    "claimant_name",
    "articles",
    "independent",
    "count_text",
)


def _wrap(text: str, width: int = 11) -> str:
    """Break a column label into lines (joined by a newline) of about ``width`` chars."""
    lines: list[str] = []
    for word in str(text).split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def article_table(claims: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The articles of the claims table in reading order: syndication group, then the
    articles with a stated date by date, then those whose date is only inferred (an
    undated copy cannot be shown to precede a dated carrier), then id. With
    ``articles`` the date is the one ``conflict_lib.corpus.dating`` reads the article on, marked
    '~' when inferred; without, the published date (undated articles last)."""
    arts = (
        claims[["article_id", "outlet", "published", "syndication_group"]]
        .drop_duplicates("article_id")
        .copy()
    )
    arts["syndication_group"] = arts["syndication_group"].fillna(arts["article_id"])
    if articles is not None:
        dates = article_dates(articles).set_index("article_id")
        arts["day"] = arts["article_id"].map(dates["date"])
        arts["stated"] = arts["article_id"].map(dates["basis"]).isin(STATED_BASES)
    else:
        arts["day"] = arts["published"].map(lambda d: None if pd.isna(d) else date_text(d))
        arts["stated"] = arts["day"].notna()
    arts["date"] = [
        "no date" if d is None or pd.isna(d) else d if stated else f"~{d}"
        for d, stated in zip(arts["day"], arts["stated"], strict=True)
    ]
    arts["column"] = [
        f"{_wrap(r.outlet)}\n{r.date}\n#{str(r.article_id)[:3]}" for r in arts.itertuples()
    ]
    arts["_day"] = arts["day"].fillna("9999")
    arts["_inferred"] = ~arts["stated"]
    return (
        arts.sort_values(["syndication_group", "_inferred", "_day", "article_id"], kind="stable")
        .drop(columns=["_day", "_inferred"])
        .reset_index(drop=True)
    )


def _carrier_rows(
    g: object, carriers: pd.DataFrame, meta: pd.DataFrame, order: dict[str, int]
) -> list[dict[str, object]]:
    rows = []
    seen: set[str] = set()
    for article_id in sorted(carriers["article_id"].unique(), key=order.__getitem__):
        art = meta.loc[article_id]
        kind = COPY_KINDS[1] if art["syndication_group"] in seen else COPY_KINDS[0]
        seen.add(art["syndication_group"])
        here = carriers[carriers["article_id"] == article_id]
        rows.append(
            {
                "subject_label": g.subject_label,
                "row": group_label(g),
                "claim_group": g.claim_group,
                "stance": g.stance,
                "article_id": article_id,
                "column": art["column"],
                "syndication_group": art["syndication_group"],
                "outlet": art["outlet"],
                "published": art["date"],
                "kind": kind,
                "claim_ids": joined_text(here["claim_id"]),
                "quote": here["quote"].iloc[0],
                "figure": g.figure,
                "claimant_name": g.claimant_name,
                "articles": g.articles,
                "independent": g.independent,
                "count_text": None,
            }
        )
    return rows


def coverage_table(
    claims: pd.DataFrame,
    outcomes: Sequence[str] | None = None,
    reference_dir: Path | None = None,
    articles: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per (claim group, carrying article). ``kind`` says whether the article
    is the first in its syndication group to carry the figure or a copy of an earlier
    one (order within a group: stated dates first, by date, then inferred or missing
    ones; pass ``articles`` to date undated articles as ``conflict_lib.corpus.dating`` does)."""
    groups = claim_groups(claims, outcomes, reference_dir=reference_dir)
    arts = article_table(claims, articles)
    order = {a: i for i, a in enumerate(arts["article_id"])}
    meta = arts.set_index("article_id")
    ok = claims[claims["claim_group"].isin(groups["claim_group"]) & (claims["status"] == "ok")]
    rows = []
    for g in groups.itertuples():
        rows += _carrier_rows(g, ok[ok["claim_group"] == g.claim_group], meta, order)
    return pd.DataFrame(rows, columns=list(COVERAGE_COLUMNS))


def coverage_matrix(
    claims: pd.DataFrame,
    outcomes: Sequence[str] | None = None,
    reference_dir: Path | None = None,
    articles: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Claim groups × articles: 1 where the article carries the figure, else 0."""
    cells = coverage_table(claims, outcomes, reference_dir, articles)
    arts = article_table(claims, articles)
    matrix = pd.crosstab(cells["claim_group"], cells["article_id"]).reindex(
        index=list(dict.fromkeys(cells["claim_group"])),
        columns=list(arts["article_id"]),
        fill_value=0,
    )
    return matrix.clip(upper=1)


def coverage_totals(cells: pd.DataFrame) -> pd.DataFrame:
    totals = cells.drop_duplicates("claim_group").copy()
    totals["column"] = TOTAL_COLUMN
    totals["syndication_group"] = "carried by"
    totals["kind"] = None
    totals["count_text"] = [f"{r.independent} / {r.articles}" for r in totals.itertuples()]
    return totals
