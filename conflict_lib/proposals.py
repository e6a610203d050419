"""An event's claims whether or not an analyst has curated them.

With a ``claims.csv`` the claims are the analyst's file (each row ``reviewed`` or, for
rows ``conflict review`` wrote and nobody touched, ``extracted``). Without one, the
extractor proposes every claim (``review_status=extracted``), so a bare folder of
articles still gets the whole series; ``claims.attrs["review_label"]`` says what
every title must then say.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from conflict_lib.claims import LoadReport, load_claims
from conflict_lib.config import resolve_event
from conflict_lib.reference import event_reference_dir
from conflict_lib.reviewstatus import EXTRACTED, mark

CLAIMS_FILE = "claims.csv"


def extracted_claims(
    event_path: Path, articles: pd.DataFrame, reference_dir: Path | None = None
) -> pd.DataFrame:
    """The extractor's normalised claims of an event, marked ``extracted``."""
    from conflict_lib.extract import extract_normalised

    claims = extract_normalised(articles, reference_dir=reference_dir)
    claims["review_status"] = pd.array([EXTRACTED] * len(claims), dtype="string")
    report = LoadReport(
        f"{event_path} (extracted: no {CLAIMS_FILE})",
        len(claims),
        int((claims["status"] == "ok").sum()),
        int((claims["status"] == "flagged").sum()),
    )
    claims.attrs["load_report"] = report.as_dict()
    return mark(claims, "extractor")


def event_claims(
    event: str | None = None,
    event_path: str | Path | None = None,
    *,
    articles: pd.DataFrame | None = None,
    strict: bool = False,
    reference_dir: Path | None = None,
) -> pd.DataFrame:
    """The curated claims when the event has a claims.csv, else the extracted ones."""
    from conflict_lib.corpus import load_articles

    path = resolve_event(event, event_path)
    reference_dir = reference_dir or event_reference_dir(path)
    if (path / CLAIMS_FILE).exists():
        claims = load_claims(
            event_path=path, articles=articles, strict=strict, reference_dir=reference_dir
        )
        return mark(claims, CLAIMS_FILE)
    arts = articles if articles is not None else load_articles(event_path=path)
    return extracted_claims(path, arts, reference_dir)
