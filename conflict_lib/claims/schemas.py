"""The claims tables' contracts as pandera schemas: the raw claims a curator or an
extractor writes (``RAW_COLUMNS``) and the normalised claims table every chart and count
reads (``CLAIM_COLUMNS``). ``load_claims`` checks both; ``schema_violations`` lists what
breaks the normalised one."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pandas as pd

from conflict_lib.claims.normalise import STANCES
from conflict_lib.claims.outcomes import OUTCOMES
from conflict_lib.claims.review_status import REVIEW_STATUSES
from conflict_lib.extract.rows import RAW_COLUMNS
from conflict_lib.text.quantity import PRECISIONS

# The columns every raw claim row has: the extractor's proposals and a curated claims.csv.
RAW_REQUIRED = RAW_COLUMNS[1:7]


RAW_OPTIONAL = (
    "claim_id", "place_raw", "time_raw", "notes", "low", "best", "high",
    "review_status", "proposal_fingerprint",  # written by `conflict review`
)


CLAIM_COLUMNS = {
    "claim_id": "string",
    "article_id": "string",
    "outlet": "string",
    "published": "datetime64[s]",
    "syndication_group": "string",
    "quote": "string",
    "start": "Int64",
    "end": "Int64",
    "raw_start": "Int64",
    "raw_end": "Int64",
    "claimant": "string",
    "claimant_raw": "string",
    "claimant_side": "string",
    "subject": "string",
    "subject_raw": "string",
    "subject_side": "string",
    "outcome": "string",
    "outcome_raw": "string",
    "low": "Int64",
    "best": "Int64",
    "high": "Int64",
    "precision": "string",
    "acled_estimate": "Int64",
    "quantity_raw": "string",
    "stance": "string",
    "place": "string",
    "place_raw": "string",
    "place_precision": "Int64",
    "time_raw": "string",
    "event_start": "datetime64[s]",
    "event_end": "datetime64[s]",
    "date_prec": "Int64",
    "claim_group": "string",
    "group_articles": "Int64",
    "group_independent": "Int64",
    "status": "string",
    "reasons": "string",
    "warnings": "string",
    "notes": "string",
    "origin": "string",
    "row": "Int64",
    "review_status": "string",
}


@lru_cache(maxsize=1)
def raw_claims_schema() -> Any:
    """Raw claims, one row per claim as written: the ``RAW_REQUIRED`` columns present,
    every field text (empty allowed: such rows come back flagged, not refused); ``row`` is
    the file's row number. Other columns are allowed (ignored, and reported)."""
    import pandera.pandas as pa  # lazy: see _schema.schema_problems

    columns = {"row": pa.Column(int)}
    columns |= {name: pa.Column(nullable=False) for name in RAW_REQUIRED}
    columns |= {name: pa.Column(nullable=False, required=False) for name in RAW_OPTIONAL}
    return pa.DataFrameSchema(columns, strict=False)


def _is_datetime(series: pd.Series) -> bool:
    return pd.api.types.is_datetime64_any_dtype(series)


def _ordered(a: str, b: str) -> Any:
    def check(frame: pd.DataFrame) -> bool:
        both = frame[a].notna() & frame[b].notna()
        return not (frame.loc[both, a] > frame.loc[both, b]).any()

    return check


def _complete_when_ok(column: str) -> Any:
    return lambda frame: not frame.loc[frame["status"] == "ok", column].isna().any()


@lru_cache(maxsize=1)
def claims_schema() -> Any:
    """The normalised claims table: the columns and dtypes of ``CLAIM_COLUMNS`` (any
    datetime resolution), the vocabularies of outcome, stance, precision and status,
    low <= best <= high and no negative count, every ``ok`` row complete (claimant,
    subject, outcome, offsets) and every ``flagged`` row saying why."""
    import pandera.pandas as pa  # lazy: see _schema.schema_problems

    vocab = {"outcome": OUTCOMES, "stance": STANCES, "precision": PRECISIONS,
             "status": ("ok", "flagged"), "review_status": REVIEW_STATUSES}
    columns = {}
    for name, dtype in CLAIM_COLUMNS.items():
        if dtype.startswith("datetime"):
            checks = [pa.Check(_is_datetime, error=f"column {name} is not a datetime")]
            columns[name] = pa.Column(checks=checks, nullable=True)
            continue
        checks = []
        if name in vocab:
            allowed = vocab[name]
            checks.append(pa.Check.isin(allowed, error=f"{name} {{!r}} not in {allowed}"))
        if name in ("low", "best", "high"):
            checks.append(pa.Check.ge(0, error="negative counts"))
        columns[name] = pa.Column(dtype, checks, nullable=True)
    table_checks = [
        pa.Check(_ordered(a, b), error=f"{a} > {b} in some rows")
        for a, b in (("low", "best"), ("best", "high"), ("low", "high"))
    ]
    table_checks += [
        pa.Check(_complete_when_ok(c), error=f"ok rows with no {c}")
        for c in ("claimant", "subject", "outcome", "start", "end")
    ]
    table_checks.append(
        pa.Check(
            lambda f: not (f.loc[f["status"] != "ok", "reasons"].fillna("") == "").any(),
            error="flagged rows without a reason",
        )
    )
    return pa.DataFrameSchema(columns, checks=table_checks, strict=False)
