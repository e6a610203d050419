"""The articles' geographic statements, read and checked against measured distances:
distance phrases ("hundreds of kilometers away") and border phrases ("near the Algerian
border", "border town"). Pure text and pandas: the measurements come in as numbers
(``geo`` measures them), so this module never loads a map.

A distance phrase is read with the quantity reader (``text.quantity``, driven by
data/reference/quantifiers.csv): "hundreds" literally means at least 200, "several
hundred" 300-900; miles become km. A border phrase is read as "within ``near_km`` of the
border" (UCDP's 25 km radius for "near a known point", ``geo.NEAR_KM``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import pandas as pd

from conflict_lib.text.quantity import parse_quantity

KM_PER_MILE = 1.609344
STATEMENT_COLUMNS = ("article", "kind", "statement", "read as (km)", "measured", "km", "holds")

DISTANCE_PHRASE = re.compile(
    r"\b((?:(?:several|a few|many)\s+)?(?:hundreds?|dozens?|tens|thousands?|\d[\d,.]*)\s+"
    r"(?:of\s+)?(kilomet(?:er|re)s?|km|miles?))\s+away\b",
    re.IGNORECASE,
)


def border_phrase(aliases: Sequence[str]) -> re.Pattern[str]:
    """"near / on / at / along / close to / by the <border alias>", or "border town /
    village / district"; ``aliases`` are the border's names from places.csv."""
    names = "|".join(map(re.escape, aliases))
    return re.compile(
        rf"\b(?:near|on|at|along|close to|by)\s+the\s+(?:{names})\b"
        r"|\bborder (?:town|village|district)\b",
        re.IGNORECASE,
    )


def distance_km(phrase: str, unit: str) -> tuple[float | None, float | None]:
    """(low, high) in km of a distance phrase's number ("several hundred", "120") in
    ``unit`` (kilometres or miles); None for an open end."""
    quantity = parse_quantity(phrase)
    per_unit = KM_PER_MILE if unit.lower().startswith("mile") else 1.0
    low = None if quantity.low is None else quantity.low * per_unit
    high = None if quantity.high is None else quantity.high * per_unit
    return low, high


def km_range_text(low: float | None, high: float | None) -> str:
    """'300–900', '≥ 200', '≤ 25'."""
    if low is not None and high is not None:
        return f"{low:,.0f}–{high:,.0f}"
    return f"≥ {low:,.0f}" if low is not None else f"≤ {high:,.0f}"


def _within(km: float, low: float | None, high: float | None) -> bool:
    return (low is None or km >= low) and (high is None or km <= high)


def geographic_statements(
    articles: Iterable[object] | pd.DataFrame,
    border_aliases: Sequence[str],
    *,
    distance_km_measured: float,
    distance_label: str,
    border_km_measured: float,
    border_label: str,
    near_km: float,
) -> pd.DataFrame:
    """Every distance and border statement of the articles (objects or rows with
    ``article_id`` and ``text``), one row each in reading order, with how it reads in km,
    what it is compared with, and whether it ``holds``. A distance phrase is compared with
    ``distance_km_measured`` (the one pair of places the articles relate), a border phrase
    with ``border_km_measured`` against ``near_km``."""
    border = border_phrase(border_aliases)
    rows = []
    items = articles.itertuples(index=False) if isinstance(articles, pd.DataFrame) else articles
    for article in items:
        article_id, text = article.article_id, str(article.text)
        for m in DISTANCE_PHRASE.finditer(text):
            low, high = distance_km(m.group(1), m.group(2))
            rows.append((article_id, "distance", m.group(0), km_range_text(low, high),
                         distance_label, round(distance_km_measured, 1),
                         _within(distance_km_measured, low, high)))
        for m in border.finditer(text):
            rows.append((article_id, "border", m.group(0), km_range_text(None, near_km),
                         border_label, round(border_km_measured, 1),
                         border_km_measured <= near_km))
    return pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))
