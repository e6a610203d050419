"""``conflict review``: the extractor's proposals written into claims.csv for the analyst.

The loop: ``conflict review`` adds every proposal not yet decided as a claims.csv row
with ``review_status=extracted``; the analyst edits a row, writes ``reviewed`` in its
``review_status`` to accept it, or deletes it to reject it; ``conflict report`` shows
what is reviewed and labels the rest. Running review again (after new articles, or a
better extractor) adds only new proposals.

A proposal is new when no row of its article in claims.csv has the same outcome on an
overlapping quote span (the analyst's own rows count, so a hand-curated file is not
flooded with duplicates) and its key - article, quote offsets, outcome, subject - is not in
``proposals.csv``, the record of every proposal review ever wrote. That record is
what keeps a deleted (rejected) row from coming back. Rows already in claims.csv are
never rewritten: new rows are appended to the file's bytes. Only a claims.csv written
by hand before review existed gets its two review columns added (values unchanged,
its rows marked ``reviewed``).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from conflict_lib.atomic import atomic_write_bytes
from conflict_lib.claims import RAW_COLUMNS, locate_quote
from conflict_lib.claims.outcomes import normalise_outcome
from conflict_lib.claims.review_status import EXTRACTED, REVIEWED, fingerprint, row_status
from conflict_lib.config import resolve_event
from conflict_lib.corpus.articles import load_articles
from conflict_lib.extract import extract_rows
from conflict_lib.reference import event_reference_dir

REVIEW_COLUMNS = ("review_status", "proposal_fingerprint")
LOG_FILE = "proposals.csv"
LOG_COLUMNS = ("key", "claim_id", "article_id", "start", "end", "outcome", "proposal_fingerprint")


@dataclass(frozen=True)
class ReviewResult:
    """What one review run did to claims.csv."""

    path: Path
    added: int
    already_in_file: int
    decided_before: int
    rows: int

    def summary(self) -> str:
        return (
            f"{self.path}: {self.added} new proposal(s) added with review_status={EXTRACTED}; "
            f"{self.already_in_file} already covered by a row, {self.decided_before} written "
            f"before (kept, edited or deleted by the analyst); {self.rows} row(s) in all. "
            f"Edit rows, set review_status={REVIEWED} to accept, delete a row to reject it."
        )


def proposal_key(
    article_id: str, start: int, end: int, outcome: str | None, subject_raw: str
) -> str:
    """How a proposal is recognised across runs: article, quote offsets, outcome, and
    the subject's words (one sentence can give two sides' dead)."""
    return f"{article_id}:{start}:{end}:{outcome or '?'}:{subject_raw.strip().lower()}"


def _outcome(row: dict[str, str]) -> str | None:
    quote = row.get("quote", "")
    return normalise_outcome(row.get("outcome_raw"), row.get("subject_raw"), quote)[0]


def review_event(event_dir: str | Path) -> ReviewResult:
    """Append the event's new proposals to claims.csv (created when absent)."""
    path = resolve_event(event_path=event_dir)
    reference_dir = event_reference_dir(path)
    articles = load_articles(event_path=path)
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    claims_path = path / "claims.csv"
    header, rows, original = _read(claims_path)
    covered = _covered(rows, texts)
    seen = {r["key"] for r in _read(path / LOG_FILE)[1]}
    ids = {r.get("claim_id", "") for r in rows}
    new_rows: list[dict[str, str]] = []
    log_rows: list[dict[str, str]] = []
    in_file = before = 0
    for article_id, text in texts.items():
        for n, proposal in enumerate(extract_rows(article_id, text, reference_dir), start=1):
            outcome = _outcome(proposal)
            key = proposal_key(article_id, proposal["start"], proposal["end"], outcome,
                               proposal.get("subject_raw") or "")
            if key in seen:
                before += 1
                continue
            spans = covered.get((article_id, outcome), [])
            if _overlaps(spans, proposal["start"], proposal["end"]):
                in_file += 1
                continue
            row = {c: str(proposal.get(c) or "") for c in RAW_COLUMNS}
            row["claim_id"] = _unique_id(f"{article_id}-p{n:02d}", ids)
            row["review_status"] = EXTRACTED
            row["proposal_fingerprint"] = fingerprint(row)
            new_rows.append(row)
            seen.add(key)
            log_rows.append({
                "key": key, "claim_id": row["claim_id"], "article_id": article_id,
                "start": str(proposal["start"]), "end": str(proposal["end"]),
                "outcome": outcome or "", "proposal_fingerprint": row["proposal_fingerprint"],
            })
    if new_rows or not claims_path.exists():
        _write_claims(claims_path, header, rows, original, new_rows)
        _append(path / LOG_FILE, list(LOG_COLUMNS), log_rows)
    return ReviewResult(claims_path, len(new_rows), in_file, before, len(rows) + len(new_rows))


def pending(event_dir: str | Path) -> list[dict[str, str]]:
    """The claims.csv rows still awaiting review (``extracted`` and untouched), for a
    notebook cell or a script to show."""
    header, rows, _ = _read(resolve_event(event_path=event_dir) / "claims.csv")
    return [r for r in rows if row_status(r, "review_status" in header)[0] == EXTRACTED]


def accept(event_dir: str | Path, claim_ids: list[str]) -> int:
    """Mark the named claims.csv rows ``reviewed`` (the same as typing it in the file);
    returns how many changed. Unknown ids are an error naming them; nothing else changes."""
    path = resolve_event(event_path=event_dir) / "claims.csv"
    header, rows, original = _read(path)
    if "review_status" not in header:
        raise ValueError(f"{path}: no review_status column: every row is already reviewed")
    known = {r.get("claim_id", "") for r in rows}
    unknown = [c for c in claim_ids if c not in known]
    if unknown:
        raise ValueError(f"{path}: no row with claim_id {', '.join(map(repr, unknown))}")
    wanted = set(claim_ids)
    changed = 0
    for row in rows:
        if row.get("claim_id") in wanted and row.get("review_status") != REVIEWED:
            row["review_status"] = REVIEWED
            changed += 1
    if changed:
        eol = "\r\n" if b"\r\n" in original[:4096] else "\n"
        bom = "\ufeff" if original.startswith(b"\xef\xbb\xbf") else ""
        text = bom + _csv_text(header, rows, header=True, eol=eol)
        atomic_write_bytes(path, text.encode("utf-8"))
    return changed


def _read(path: Path) -> tuple[list[str], list[dict[str, str]], bytes]:
    if not path.exists():
        return [], [], b""
    data = path.read_bytes()
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    rows = [{k: v or "" for k, v in r.items() if k is not None} for r in reader]
    return list(reader.fieldnames or []), rows, data


def _covered(rows: list[dict[str, str]], texts: dict[str, str]) -> dict:
    """(article_id, outcome) -> quote spans of the rows already in claims.csv."""
    spans: dict[tuple[str, str | None], list[tuple[int, int]]] = {}
    for row in rows:
        text = texts.get(row.get("article_id", ""))
        span = locate_quote(row.get("quote", ""), text) if text else None
        if span:
            spans.setdefault((row["article_id"], _outcome(row)), []).append(span)
    return spans


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _unique_id(wanted: str, ids: set[str]) -> str:
    candidate, k = wanted, 1
    while candidate in ids:
        k += 1
        candidate = f"{wanted}-{k}"
    ids.add(candidate)
    return candidate


def _csv_text(columns: list[str], rows: list[dict[str, str]], header: bool, eol: str) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator=eol, extrasaction="ignore")
    if header:
        writer.writeheader()
    writer.writerows({c: r.get(c, "") for c in columns} for r in rows)
    return buffer.getvalue()


def _write_claims(
    path: Path, header: list[str], rows: list[dict[str, str]], original: bytes,
    new_rows: list[dict[str, str]],
) -> None:
    eol = "\r\n" if b"\r\n" in original[:4096] else "\n"
    if header and all(c in header for c in REVIEW_COLUMNS):
        # Append only: the analyst's rows keep their bytes.
        glue = b"" if original.endswith(b"\n") else eol.encode()
        added = _csv_text(header, new_rows, header=False, eol=eol).encode("utf-8")
        atomic_write_bytes(path, original + glue + added)
        return
    columns = (header or list(RAW_COLUMNS)) + [c for c in REVIEW_COLUMNS if c not in header]
    # A hand-written claims.csv: every row in it is the analyst's.
    marked = [{**r, "review_status": r.get("review_status") or REVIEWED} for r in rows]
    text = _csv_text(columns, marked + new_rows, header=True, eol=eol)
    bom = "\ufeff" if original.startswith(b"\xef\xbb\xbf") else ""
    atomic_write_bytes(path, (bom + text).encode("utf-8"))


def _append(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    original = path.read_bytes() if path.exists() else b""
    text = _csv_text(columns, rows, header=not original, eol="\n")
    atomic_write_bytes(path, original + text.encode("utf-8"))
