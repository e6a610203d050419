"""The corpus tables' contracts as pandera schemas: the analyst's sources.csv and the
loaded articles table. ``read_sources`` and ``load_articles`` check them."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

SOURCE_COLUMNS = (
    "article_id",
    "outlet",
    "attribution",
    "syndication_group",
    "stated_date",
    "dateline",
    "language",
    "sha256",
)

ARTICLE_COLUMNS = {
    "article_id": "string",
    "outlet": "string",
    "attribution": "string",
    "syndication_group": "string",
    "language": "string",
    "published": "datetime64[s]",
    "dateline": "string",
    "dateline_place": "string",
    "dateline_agency": "string",
    "dateline_date": "datetime64[s]",
    "n_chars": "Int64",
    "sha256": "string",
    "catalogue_status": "string",
    "flags": "object",
    "text": "string",
    "raw_text": "string",
    "text_map": "object",
    "path": "string",
}


def sources_schema(article_ids: Sequence[str]) -> Any:
    """sources.csv, one row per catalogued article: ``article_id`` (required, non-empty,
    unique, one of the event's article files) and ``outlet`` (required); ``row`` is the
    file's row number."""
    import pandera.pandas as pa  # lazy: see _schema.schema_problems

    known = set(article_ids)
    return pa.DataFrameSchema(
        {
            "row": pa.Column(int),
            "article_id": pa.Column(
                checks=[
                    pa.Check(lambda s: s.str.len() > 0, error="empty article_id"),
                    pa.Check(
                        lambda s: (s == "") | s.isin(known),
                        error="article {!r} has no file in articles/",
                    ),
                ],
                unique=True,
                report_duplicates="exclude_first",
            ),
            "outlet": pa.Column(),
        },
        strict=False,
    )


def _is_datetime(series: pd.Series) -> bool:
    return pd.api.types.is_datetime64_any_dtype(series)


@lru_cache(maxsize=1)
def articles_schema() -> Any:
    """The articles table of ``load_articles``: the dtypes of ``ARTICLE_COLUMNS``, one
    row per article id, a non-negative length and a SHA-256 of 64 hex digits."""
    import pandera.pandas as pa  # lazy: see _schema.schema_problems

    columns = {}
    for name, dtype in ARTICLE_COLUMNS.items():
        if dtype.startswith("datetime"):
            columns[name] = pa.Column(
                checks=pa.Check(_is_datetime, error=f"{name} is not a datetime"), nullable=True
            )
        elif dtype == "object":
            columns[name] = pa.Column(nullable=True)
        else:
            columns[name] = pa.Column(dtype, nullable=True)
    columns["article_id"] = pa.Column("string", unique=True)
    columns["n_chars"] = pa.Column("Int64", pa.Check.ge(0))
    columns["sha256"] = pa.Column("string", pa.Check.str_matches(r"^[0-9a-f]{64}$"))
    return pa.DataFrameSchema(columns, strict=True, ordered=True)
