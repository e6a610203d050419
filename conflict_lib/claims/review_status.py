"""Whether a claim row is an automatic proposal or the analyst's, and how to say so.

``conflict review`` writes each proposal into claims.csv with ``review_status=extracted``
and a ``proposal_fingerprint``: a hash of the values it proposed. A row counts as
the analyst's (``reviewed``) when its status says so, when its values no longer match
the fingerprint (the analyst edited it), or when it carries no fingerprint (typed by
hand; a claims.csv without a review_status column is hand-curated throughout). So an
analyst accepts a row by writing ``reviewed``, edits a row by editing it, and rejects a
row by deleting it; a rejected proposal is remembered in ``proposals.csv`` and never
comes back.
"""

from __future__ import annotations

import hashlib

import pandas as pd

EXTRACTED = "extracted"
REVIEWED = "reviewed"
REVIEW_STATUSES = (EXTRACTED, REVIEWED)
# The values a proposal consists of: what the analyst reviews.
PROPOSAL_FIELDS = (
    "article_id", "quote", "claimant_raw", "subject_raw", "outcome_raw", "quantity_raw",
    "place_raw", "time_raw",
)
UNREVIEWED_LABEL = "automatic proposals, unreviewed"


def fingerprint(row: dict[str, str]) -> str:
    """A short hash of the proposed values (whitespace at the ends ignored)."""
    joined = "\x1f".join((row.get(f) or "").strip() for f in PROPOSAL_FIELDS)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def row_status(row: dict[str, str], has_column: bool) -> tuple[str, str | None]:
    """(review status, problem or None) of one claims.csv row."""
    if not has_column:
        return REVIEWED, None
    status = (row.get("review_status") or "").strip().lower()
    if status == REVIEWED:
        return REVIEWED, None
    if status not in ("", EXTRACTED):
        return REVIEWED, (
            f"review_status {row.get('review_status')!r} is neither {EXTRACTED!r} nor "
            f"{REVIEWED!r}; delete the row to reject it"
        )
    stored = (row.get("proposal_fingerprint") or "").strip()
    if stored and stored == fingerprint(row):
        return EXTRACTED, None
    return REVIEWED, None


def review_label(claims: pd.DataFrame) -> str:
    """'' when every claim is reviewed; else what a title should say about the rest."""
    if "review_status" not in claims or claims.empty:
        return ""
    extracted = int((claims["review_status"] != REVIEWED).sum())
    if extracted == 0:
        return ""
    if extracted == len(claims):
        return UNREVIEWED_LABEL
    return f"{extracted} of {len(claims)} claims {UNREVIEWED_LABEL}"


def reviewed_title(title: str, claims: pd.DataFrame) -> str:
    """``title`` with the review label appended when some claims are unreviewed."""
    label = claims.attrs.get("review_label", review_label(claims))
    return f"{title} — {label}" if label else title


def mark(claims: pd.DataFrame, source: str) -> pd.DataFrame:
    """Record where the claims come from and the title label in ``claims.attrs``."""
    claims.attrs["claims_source"] = source
    claims.attrs["review_label"] = review_label(claims)
    claims.attrs["unreviewed"] = bool(claims.attrs["review_label"])
    return claims
