"""An event's claims whether or not an analyst has curated them, and the extractor's
proposals normalised like curated rows (``extract_normalised``).

With a ``claims.csv`` the claims are the analyst's file (each row ``reviewed`` or, for
rows ``conflict review`` wrote and nobody touched, ``extracted``). Without one, the
extractor proposes every claim (``review_status=extracted``), so a bare folder of
articles still gets the whole series; ``claims.attrs["review_label"]`` says what
every title must then say.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from conflict_lib.claims.review_status import EXTRACTED, mark
from conflict_lib.claims.schemas import CLAIM_COLUMNS
from conflict_lib.claims.table import LoadReport, load_claims, normalise_claims
from conflict_lib.config import Event
from conflict_lib.corpus.articles import articles_frame, load_articles
from conflict_lib.extract import extract_batch

CLAIMS_FILE = "claims.csv"


def extract_normalised(
    articles: pd.DataFrame,
    reference_dir: Path | None = None,
    copy_groups: pd.Series | None = None,
) -> pd.DataFrame:
    """Extract every article's claims and normalise them with the curated ledger's
    normaliser (``origin="extracted"``). ``start``/``end`` are the extractor's own
    offsets (a sentence told twice in one article keeps its own place). ``copy_groups``
    (article id → group) skips the pairwise copy detection, e.g. for loose files that
    are each their own report."""
    if not {"outlet", "published", "syndication_group", "text_map"} <= set(articles.columns):
        articles = articles_frame(articles)
    pairs = list(zip(articles["article_id"].astype(str), articles["text"].astype(str),
                     strict=True))
    raw = [row for rows in extract_batch(pairs, reference_dir) for row in rows]
    if not raw:
        return pd.DataFrame(
            {c: pd.Series(dtype=t) for c, t in CLAIM_COLUMNS.items()}).astype(CLAIM_COLUMNS)
    frame = normalise_claims(
        raw, articles, origin="extracted", reference_dir=reference_dir, copy_groups=copy_groups
    )
    frame["start"] = pd.array([r["start"] for r in raw], dtype="Int64")
    frame["end"] = pd.array([r["end"] for r in raw], dtype="Int64")
    maps = dict(zip(articles["article_id"], articles["text_map"], strict=True))
    spans = []
    for r in raw:
        mapped = maps.get(r["article_id"])
        try:
            spans.append(mapped.raw_span(r["start"], r["end"]) if mapped is not None
                         and not isinstance(mapped, float) else (None, None))
        except (IndexError, AttributeError):
            spans.append((None, None))
    frame["raw_start"] = pd.array([a for a, _ in spans], dtype="Int64")
    frame["raw_end"] = pd.array([b for _, b in spans], dtype="Int64")
    return frame


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
