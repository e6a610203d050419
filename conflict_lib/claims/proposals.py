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

from conflict_lib.claims.event_actors import ATTR, materialise, proposed_reference
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
    raw = [row for rows in extract_batch(_pairs(articles), reference_dir) for row in rows]
    return _normalised(raw, articles, reference_dir, copy_groups)


def _pairs(articles: pd.DataFrame) -> list[tuple[str, str]]:
    return list(zip(articles["article_id"].astype(str), articles["text"].astype(str),
                    strict=True))


def _normalised(raw: list[dict], articles: pd.DataFrame, reference_dir: Path | None,
                copy_groups: pd.Series | None = None) -> pd.DataFrame:
    """Raw extracted rows normalised like curated rows, with the extractor's offsets
    and their spans in the raw bytes."""
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
    return _fold_retellings(frame, articles)


# how far apart a paraphrase and the quotation that repeats it may be (characters)
_RETELLING_SPAN = 600
_SAME_CLAIM = ["claimant", "subject", "outcome", "low", "best", "high"]


def _fold_retellings(frame: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One claim told twice by one speaker, in the report's words and then in a direct
    quotation a few sentences on ("nine soldiers were killed, an officer said ... "We lost
    nine men," he said"), is one claim: the quotation's row is folded into the other's
    notes, its place kept there. A headline is a claim of its own, so it folds nothing."""
    headline = {str(a): _headline_end(str(t)) for a, t in
                zip(articles["article_id"], articles["text"], strict=True)}
    keyed = frame[frame["claimant"].notna() & (frame["best"].notna() | frame["low"].notna())]
    fold: dict[int, int] = {}
    for _, group in keyed.groupby(["article_id", *_SAME_CLAIM], dropna=False, sort=False):
        head = headline.get(str(group["article_id"].iloc[0]), -1)
        said = [j for j in group.index
                if int(group.at[j, "start"]) > head and not _quoted(group.at[j, "quote"])]
        for i in group.index:
            near = [j for j in said if abs(int(group.at[j, "start"]) - int(group.at[i, "start"]))
                    <= _RETELLING_SPAN]
            if near and _quoted(group.at[i, "quote"]):
                fold[i] = near[0]
    if not fold:
        return frame
    for i, j in fold.items():
        told = f"told again in a quotation at {frame.at[i, 'start']}-{frame.at[i, 'end']}"
        frame.at[j, "notes"] = "; ".join(n for n in (frame.at[j, "notes"], told)
                                         if isinstance(n, str) and n)
    return frame.drop(index=list(fold)).reset_index(drop=True)


def _quoted(quote: object) -> bool:
    return isinstance(quote, str) and quote.lstrip().startswith(('"', "\u201c"))


def _headline_end(text: str) -> int:
    """Where an article's headline ends (its first line, when that has no full stop); -1
    when it opens on a sentence."""
    first = text.split("\n", 1)[0].rstrip()
    return len(first) if first and first[-1] not in '.!?"' else -1


def extracted_claims(event: Event, articles: pd.DataFrame) -> pd.DataFrame:
    """The extractor's normalised claims of an event, marked ``extracted``.

    An event with no actors table of its own whose parties the project's table does
    not know is read with the parties proposed from its articles
    (``event_actors.proposed_reference``, kept in ``claims.attrs``; nothing is
    written): the extraction is run again with that table, as it would be once the
    analyst writes it with ``conflict parties --write``. Rows the proposed table
    cannot resolve either stay, flagged with the reason.
    """
    if not {"outlet", "published", "syndication_group", "text_map"} <= set(articles.columns):
        articles = articles_frame(articles)
    pairs = _pairs(articles)
    raw = [row for rows in extract_batch(pairs, event.reference_dir) for row in rows]
    tables = proposed_reference(event.path, event.reference_dir, extracted=(pairs, raw))
    if tables is None:
        claims = _normalised(raw, articles, event.reference_dir)
    else:
        claims = extract_normalised(articles, reference_dir=materialise(tables))
    claims["review_status"] = pd.array([EXTRACTED] * len(claims), dtype="string")
    report = LoadReport(
        f"{event.path} (extracted: no {CLAIMS_FILE})",
        len(claims),
        int((claims["status"] == "ok").sum()),
        int((claims["status"] == "flagged").sum()),
    )
    claims.attrs["load_report"] = report.as_dict()
    if tables is not None:
        claims.attrs[ATTR] = tables
    return mark(claims, "extractor")


def event_claims(
    event: Event, *, articles: pd.DataFrame | None = None, strict: bool = False
) -> pd.DataFrame:
    """The curated claims when the event has a claims.csv, else the extracted ones;
    either read with the parties proposed from the articles when the event has no
    actors table and the project's does not know its parties."""
    if (event.path / CLAIMS_FILE).exists():
        claims = load_claims(event, articles=articles, strict=strict)
        if (claims["claimant"].isna() | claims["subject"].isna()).any():
            # Parties the tables do not know: read with the proposed ones, if any
            # (only then is it worth extracting the articles to propose them).
            tables = proposed_reference(event.path, event.reference_dir)
            if tables is not None:
                claims = load_claims(event, articles=articles, strict=strict,
                                     reference_dir=materialise(tables))
                claims.attrs[ATTR] = tables
        return mark(claims, CLAIMS_FILE)
    return extracted_claims(event, articles if articles is not None else load_articles(event))
