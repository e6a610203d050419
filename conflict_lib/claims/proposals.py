"""An event's claims whether or not an analyst has curated them.

With a ``claims.csv`` the claims are the analyst's file (each row ``reviewed`` or, for
rows ``conflict review`` wrote and nobody touched, ``extracted``). Without one, the
extractor proposes every claim (``review_status=extracted``), so a bare folder of
articles still gets the whole series; ``claims.attrs["review_label"]`` says what
every title must then say.
"""

from __future__ import annotations

import pandas as pd

from conflict_lib.claims.review_status import EXTRACTED, mark
from conflict_lib.claims.table import LoadReport, load_claims
from conflict_lib.config import Event
from conflict_lib.corpus.articles import load_articles
from conflict_lib.extract import extract_normalised

CLAIMS_FILE = "claims.csv"


def extracted_claims(event: Event, articles: pd.DataFrame) -> pd.DataFrame:
    """The extractor's normalised claims of an event, marked ``extracted``."""
    claims = extract_normalised(articles, reference_dir=event.reference_dir)
    claims["review_status"] = pd.array([EXTRACTED] * len(claims), dtype="string")
    report = LoadReport(
        f"{event.path} (extracted: no {CLAIMS_FILE})",
        len(claims),
        int((claims["status"] == "ok").sum()),
        int((claims["status"] == "flagged").sum()),
    )
    claims.attrs["load_report"] = report.as_dict()
    return mark(claims, "extractor")


def event_claims(
    event: Event, *, articles: pd.DataFrame | None = None, strict: bool = False
) -> pd.DataFrame:
    """The curated claims when the event has a claims.csv, else the extracted ones."""
    if (event.path / CLAIMS_FILE).exists():
        return mark(load_claims(event, articles=articles, strict=strict), CLAIMS_FILE)
    return extracted_claims(event, articles if articles is not None else load_articles(event))
