"""Claims layer: the claims table — its schema, loading the curated claims.csv, checking
quotes against articles, normalising actors/outcomes/places, and claim groups.
Imports only the layers below it (extract, corpus, text) and the foundation modules."""

from conflict_lib.claims.normalise import STANCES
from conflict_lib.claims.outcomes import OUTCOMES
from conflict_lib.claims.table import (
    CLAIM_COLUMNS,
    RAW_COLUMNS,
    RAW_OPTIONAL,
    RAW_REQUIRED,
    ClaimsError,
    LoadReport,
    load_claims,
    locate_quote,
    normalise_claims,
    normalise_row,
    read_raw_claims,
    schema_violations,
    with_claim_groups,
)

__all__ = [
    "CLAIM_COLUMNS",
    "ClaimsError",
    "LoadReport",
    "OUTCOMES",
    "RAW_COLUMNS",
    "RAW_OPTIONAL",
    "RAW_REQUIRED",
    "STANCES",
    "load_claims",
    "locate_quote",
    "normalise_claims",
    "normalise_row",
    "read_raw_claims",
    "schema_violations",
    "with_claim_groups",
]
