"""The embedded event's curated claims, shared by the analysis tests."""

import pandas as pd
import pytest

from conflict_lib.claims.table import load_claims

EVENT = "tinzaouaten-2024"
PEOPLE = ("killed", "wounded", "captured", "killed_or_wounded", "killed_or_captured", "missing")


@pytest.fixture(scope="module")
def claims(seed_articles: pd.DataFrame) -> pd.DataFrame:
    return load_claims(EVENT, articles=seed_articles, strict=False)


@pytest.fixture(scope="module")
def usable(claims: pd.DataFrame) -> pd.DataFrame:
    """ok claims about people with a subject: the rows the gap and coverage tables count."""
    return claims[
        (claims["status"] == "ok") & claims["subject"].notna() & claims["outcome"].isin(PEOPLE)
    ]
