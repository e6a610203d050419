"""The claims tables: the raw schema, loading the curated claims.csv, checking
every quote against its article, normalising, and grouping re-told claims.

Nothing read is lost: each row comes back either ``ok`` or ``flagged`` with its
reasons, and ``df.attrs["load_report"]`` accounts for every row.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from conflict_lib._schema import schema_problems
from conflict_lib.claims.groups import with_claim_groups
from conflict_lib.claims.normalise import (
    resolve_claimant,
    resolve_place,
    resolve_subject,
    stance,
)
from conflict_lib.claims.outcomes import normalise_outcome
from conflict_lib.claims.review_status import row_status
from conflict_lib.claims.schemas import (  # noqa: F401  (the column lists re-exported)
    CLAIM_COLUMNS,
    RAW_COLUMNS,
    RAW_OPTIONAL,
    RAW_REQUIRED,
    claims_schema,
    raw_claims_schema,
)
from conflict_lib.config import Event
from conflict_lib.corpus.articles import load_articles
from conflict_lib.corpus.dating import reference_dates, resolve_time_phrase
from conflict_lib.corpus.syndication import independent_groups
from conflict_lib.errors import ClaimsError  # re-exported: defined low, raised here
from conflict_lib.records import parse_records, read_text
from conflict_lib.reference import actors
from conflict_lib.roles import ActorMatch
from conflict_lib.text.quantity import IMPLAUSIBLE, Quantity, parse_quantity


@dataclass
class LoadReport:
    """Accounting of one load: rows_read == rows_ok + rows_flagged, always."""

    path: str
    rows_read: int = 0
    rows_ok: int = 0
    rows_flagged: int = 0
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def balanced(self) -> bool:
        return self.rows_read == self.rows_ok + self.rows_flagged

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "balanced": self.balanced}


def read_raw_claims(path: Path) -> tuple[list[tuple[int, dict[str, str]]], list[str]]:
    """Rows of a raw claims CSV as (row number, fields), plus ignored extra columns.

    Every CSV record of the file is one row (header = row 1). Raises ClaimsError
    naming the file (and row) for a file that cannot be a claims table.
    """
    text = read_text(path, ClaimsError)
    if not text.strip():
        raise ClaimsError(f"{path}: empty file; expected a header row: {','.join(RAW_COLUMNS)}")
    header, records = parse_records(path, text, RAW_REQUIRED, ClaimsError, header_where="row 1: ")
    ignored = [c for c in header if c not in RAW_REQUIRED + RAW_OPTIONAL]
    rows = [(r.row, {k: v.strip() for k, v in r.cells.items()}) for r in records]
    # The table's contract is the pandera schema; the CSV reading is ``records``'.
    table = pd.DataFrame([{"row": n, **r} for n, r in rows], columns=["row", *header])
    _raise_raw_problems(path, table.astype({"row": int}))
    return rows, ignored


def _raise_raw_problems(path: Path, table: pd.DataFrame) -> None:
    """ClaimsError naming the file and row of the first breach of ``raw_claims_schema``."""
    for row, problem in schema_problems(raw_claims_schema(), table)[:1]:
        hint = ""
        header = [c for c in table.columns if c != "row"]
        if len(header) == 1 and re.search(r"[;\t|]", header[0]):
            hint = " (the header has no commas: is the file separated by ';' or tabs?)"
        raise ClaimsError(f"{path}: row {row or 1}: {problem}{hint}")


# An admission of one's own losses: "they admitted losing seven fighters".
# A party mourns its own dead: "Hezbollah mourned one fighter" (not "residents mourned").
_OWN_LOSS = re.compile(r"\b(?:los(?:e|s|ing|t)|admit\w*|acknowledg\w*|conced\w*|own)\b|"
                       r"\bmourn\w*\s+(?:the\s+(?:deaths?|loss)\s+of\s+)?(?:\d+|an?|one|two|three|"
                       r"four|five|six|seven|eight|nine|ten|several|dozens)\b", re.I)

_QUOTE_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def locate_quote(quote: str, text: str) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text``: exact first, then ignoring typography and
    runs of whitespace (the loader's repairs). None when absent."""
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    words = quote.translate(_QUOTE_FOLD).replace("\u2026", "...").split()
    if not words:
        return None
    m = re.search(r"\s+".join(map(re.escape, words)), text)
    return (m.start(), m.end()) if m else None


def _override_quantity(row: dict[str, str], parsed: Quantity) -> tuple[Quantity, list[str]]:
    """Analyst-supplied low/best/high columns replace the parsed reading, if valid."""
    given = {k: row.get(k, "") for k in ("low", "best", "high")}
    if not any(given.values()):
        return parsed, []
    values: dict[str, int | None] = {}
    for key, value in given.items():
        if value == "":
            values[key] = None
            continue
        try:
            number = float(value)
        except ValueError:
            return parsed, [f"{key} {value!r} is not a number"]
        # nan, inf and 1e400 (read as inf) are not counts; checked before int().
        if not math.isfinite(number):
            return parsed, [f"{key} {value!r} is not a finite number"]
        if number < 0 or number >= IMPLAUSIBLE or number != int(number):
            return parsed, [f"{key} {value!r} is not a plausible count"]
        values[key] = int(number)
    present = [values[k] for k in ("low", "best", "high") if values[k] is not None]
    if present != sorted(present):
        return parsed, [
            f"need low <= best <= high, got {given['low']}/{given['best']}/{given['high']}"
        ]
    fallback = [values[k] for k in ("best", "low", "high") if values[k] is not None]
    best = fallback[0]
    precision = (
        "exact" if values["low"] is not None and values["low"] == values["high"] else "range"
    )
    return Quantity(values["low"], best, values["high"], precision, best), []


def _camp(match: ActorMatch, reference_dir: Path | None) -> str | None:
    """A resolved actor's camp for its stance: two states at war that the table lists with
    one side ("government") are still adversaries."""
    if match.actor_id is None:
        return match.side
    return actors(reference_dir).camps(match.actor_id)


def _written_side(match: ActorMatch, reference_dir: Path | None) -> str | None:
    """The side shown for an actor: as its table writes it ("government_ally")."""
    actor = actors(reference_dir).by_id.get(match.actor_id or "")
    return (actor.label or match.side) if actor is not None else match.side


def normalise_row(row: dict[str, str], text: str | None, reference_dir: Path | None = None,
                  *, proposed: bool = False) -> dict:
    """One raw claim → one normalised row (without article metadata or groups).
    ``proposed``: an extractor's row, whose quote is the whole sentence (see
    ``resolve_subject``)."""
    reasons: list[str] = []
    quote = row.get("quote", "")
    span = locate_quote(quote, text) if text is not None else None
    if text is None:
        reasons.append(f"article {row.get('article_id')!r} not in the event")
    elif span is None:
        reasons.append("quote not found in the article text")
    at = span[1] if span else None  # generic words read as the party named nearest before
    # a generic speaker ("the army's spokesman") is the party named nearest before the
    # speaker's own words, not before the end of a sentence that may name its enemy
    speaker = row.get("claimant_raw") or ""
    said = quote.find(speaker) if speaker and span else -1
    claimant = resolve_claimant(row.get("claimant_raw"), reference_dir, text or "",
                                span[0] + said + len(speaker) if said >= 0 else at)
    subject = resolve_subject(
        row.get("subject_raw"),
        reference_dir,
        claimant=claimant,
        own_loss=bool(_OWN_LOSS.search(f"{row.get('outcome_raw', '')} {quote}")),
        article_text=text or "",
        at=at,
        span_start=span[0] if span and proposed else None,
    )
    outcome, outcome_reason = normalise_outcome(
        row.get("outcome_raw"), row.get("subject_raw"), quote
    )
    quantity = parse_quantity(row.get("quantity_raw"))
    quantity, override_reasons = _override_quantity(row, quantity)
    place = resolve_place(row.get("place_raw"), reference_dir)
    for reason in (
        claimant.note if claimant.actor_id is None else None,
        subject.note if subject.actor_id is None else None,
        outcome_reason,
        quantity.note,
        *override_reasons,
    ):
        if reason:
            reasons.append(reason)
    # Readings worth a look that do not make the figure unusable.
    warnings = [
        w
        for w in (
            claimant.note if claimant.actor_id else None,
            subject.note if subject.actor_id else None,
            place.note,
        )
        if w
    ]
    return {
        "claim_id": row.get("claim_id") or None,
        "row": row.get("row"),
        "article_id": row.get("article_id"),
        "quote": quote,
        "start": span[0] if span else None,
        "end": span[1] if span else None,
        "claimant": claimant.actor_id,
        "claimant_raw": claimant.raw,
        "claimant_side": _written_side(claimant, reference_dir),
        "subject": subject.actor_id,
        "subject_raw": subject.raw,
        "subject_side": _written_side(subject, reference_dir),
        "outcome": outcome,
        "outcome_raw": row.get("outcome_raw", ""),
        "low": quantity.low,
        "best": quantity.best,
        "high": quantity.high,
        "precision": quantity.precision,
        "acled_estimate": quantity.acled_estimate,
        "quantity_raw": row.get("quantity_raw", ""),
        "stance": stance(claimant.actor_id, _camp(claimant, reference_dir), subject.actor_id,
                         _camp(subject, reference_dir)),
        "place": place.place_id,
        "place_raw": place.raw,
        "place_precision": place.precision,
        "time_raw": row.get("time_raw", ""),
        "status": "flagged" if reasons else "ok",
        "reasons": "; ".join(reasons),
        "warnings": "; ".join(warnings),
        "notes": row.get("notes") or "",
    }


def normalise_claims(
    raw: list[dict[str, str]],
    articles: pd.DataFrame,
    origin: str,
    reference_dir: Path | None = None,
    copy_groups: pd.Series | None = None,
) -> pd.DataFrame:
    """Normalise raw claim rows against their articles; adds provenance, absolute
    event dates, raw byte offsets and claim groups.

    ``copy_groups`` (article_id → group) says which articles are copies of one
    report; by default the analyst's syndication groups, else computed clusters.
    """
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    rows = [normalise_row(r, texts.get(r.get("article_id", "")), reference_dir,
                          proposed=origin == "extracted") for r in raw]
    frame = pd.DataFrame(rows, columns=[c for c in CLAIM_COLUMNS if c in (rows[0] if rows else {})])
    frame["origin"] = origin
    frame = _with_articles(frame, articles, copy_groups)
    frame = _with_event_dates(frame, articles)
    frame = with_claim_groups(frame)
    return _typed(frame)


def _with_articles(
    frame: pd.DataFrame, articles: pd.DataFrame, copy_groups: pd.Series | None
) -> pd.DataFrame:
    meta = articles.set_index("article_id")
    ids = frame["article_id"]
    for col in ("outlet", "published"):
        frame[col] = ids.map(meta[col]) if len(frame) else pd.Series(dtype=object)
    # Copies count once: the analyst's syndication group, else the computed cluster.
    if len(frame):
        groups = copy_groups if copy_groups is not None else independent_groups(articles)
        frame["syndication_group"] = ids.map(groups)
    else:
        frame["syndication_group"] = None
    maps = ids.map(meta["text_map"]) if len(frame) else pd.Series(dtype=object)
    spans = [
        m.raw_span(int(s), int(e))
        if isinstance(s, int) and m is not None and not pd.isna(m)
        else (None, None)
        for m, s, e in zip(maps, frame["start"], frame["end"], strict=True)
    ]
    frame["raw_start"] = [a for a, _ in spans]
    frame["raw_end"] = [b for _, b in spans]
    return frame


def _with_event_dates(frame: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    refs = reference_dates(articles).set_index("article_id")["reference_date"]
    starts, ends, precs = [], [], []
    for article_id, phrase in zip(frame["article_id"], frame["time_raw"], strict=True):
        ref = refs.get(article_id)
        span = resolve_time_phrase(phrase or "", ref) if phrase and ref is not None else None
        starts.append(span.start if span else None)
        ends.append(span.end if span else None)
        precs.append(span.date_prec if span else None)
    frame["event_start"] = pd.to_datetime(pd.Series(starts, dtype=object))
    frame["event_end"] = pd.to_datetime(pd.Series(ends, dtype=object))
    frame["date_prec"] = precs
    return frame


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    for col, dtype in CLAIM_COLUMNS.items():
        if col not in frame:
            frame[col] = None
        if dtype.startswith("datetime"):
            frame[col] = pd.to_datetime(frame[col])
        else:
            frame[col] = frame[col].astype(dtype)
    return frame[list(CLAIM_COLUMNS)].reset_index(drop=True)


def _with_review_status(frame: pd.DataFrame, raw: list[dict], has_column: bool) -> None:
    """``review_status`` per row (see ``review_status.row_status``); an unknown value flags it."""
    statuses = [row_status(r, has_column) for r in raw]
    frame["review_status"] = pd.array([s for s, _ in statuses], dtype="string")
    for i, (_, problem) in enumerate(statuses):
        if problem:
            reasons = frame.at[i, "reasons"]
            frame.at[i, "reasons"] = f"{reasons}; {problem}" if reasons else problem
            frame.at[i, "status"] = "flagged"


def schema_violations(frame: pd.DataFrame) -> list[str]:
    """What in a normalised claims table breaks its contract (``claims_schema``), one
    message each; empty when it holds."""
    return [problem for _, problem in schema_problems(claims_schema(), frame)]


def _flag_duplicate_ids(frame: pd.DataFrame) -> pd.DataFrame:
    """A claim_id used twice is flagged on every row after the first (each names
    the row that holds it first): the ledger and reviews key on claim_id."""
    first = frame.groupby("claim_id", sort=False)["row"].transform("first")
    dup = frame["claim_id"].duplicated(keep="first")
    for i in frame.index[dup]:
        reason = f"duplicate claim_id {frame.at[i, 'claim_id']!r} (first at row {first[i]})"
        old = frame.at[i, "reasons"]
        frame.at[i, "reasons"] = f"{old}; {reason}" if old and not pd.isna(old) else reason
        frame.at[i, "status"] = "flagged"
    return frame


def load_claims(
    event: str | Event | None = None,
    event_path: str | Path | None = None,
    *,
    articles: pd.DataFrame | None = None,
    strict: bool = True,
    reference_dir: Path | None = None,
) -> pd.DataFrame:
    """The normalised curated claims of an event (data/events/<event>/claims.csv).

    ``strict``: raise ClaimsError naming every row whose quote is not found in its
    article (or whose article is missing). Otherwise such rows come back flagged.
    """
    event = Event.of(event, event_path)
    reference_dir = reference_dir or event.reference_dir
    claims_path = event.path / "claims.csv"
    rows, ignored = read_raw_claims(claims_path)
    arts = articles if articles is not None else load_articles(event)
    raw = [{**r, "claim_id": r.get("claim_id") or f"row{n}", "row": n} for n, r in rows]
    frame = normalise_claims(raw, arts, origin="curated", reference_dir=reference_dir)
    # Every row carries every header column, so one row tells whether review wrote the file.
    _with_review_status(frame, raw, has_column=any("review_status" in r for _, r in rows))
    frame = _flag_duplicate_ids(frame)
    if strict:
        bad = frame[frame["start"].isna()]
        if len(bad):
            where = "; ".join(
                f"row {r.row} ({r.claim_id}): {r.reasons.split('; ')[0]}" for r in bad.itertuples()
            )
            raise ClaimsError(f"{claims_path}: {where}")
    problems = schema_violations(frame)
    if problems:  # a bug in the normaliser, not in the user's file
        raise AssertionError(f"{claims_path}: normalised table breaks its schema: {problems}")
    report = LoadReport(
        str(claims_path),
        len(rows),
        int((frame["status"] == "ok").sum()),
        int((frame["status"] == "flagged").sum()),
        ignored,
    )
    frame.attrs["load_report"] = report.as_dict()
    return frame
