"""Scoring extracted claims against the curated ledger.

Matching rule
-------------
* References are the curated rows with ``status == "ok"``. Flagged curated rows
  (an unresolved actor, outcome or quantity, or a quote not found) are not
  references; they are listed apart in ``Evaluation.flagged``.
* An extracted row and a reference **match** when they have the same
  ``article_id``, ``claimant``, ``subject`` and ``outcome`` and the same
  ``(low, best, high)``; a null equals a null and nothing else; a lumped subject
  ("fama+wagner") is a set, whatever order its parts are written in.
* Matching is one-to-one and greedy: among all candidate pairs, pairs whose
  quote spans overlap come first (the larger overlap first), then the pair whose
  quotes start closest; each row is used at most once.
* Precision = matched / scored extracted rows, recall = matched / references,
  F1 their harmonic mean. An extracted row left unmatched is a false alarm,
  unless it *span-matches* a flagged curated row (below) that no other extracted
  row took: the reference for that claim is itself uncertain, so the row is set
  aside as ``unscored`` rather than counted either way.
* **Span match** (the looser report, used for per-field accuracy): same
  ``article_id``, overlapping quote spans (``[start, end)`` in the cleaned text)
  and the same ``outcome``; one-to-one, greedy, the pair agreeing on most
  fields first, then the larger overlap. ``field_accuracy`` is, per field
  (claimant, subject, outcome, low, best, high, precision, stance), the share of
  span-matched pairs that agree on it (nulls equal).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from conflict_lib.claims.proposals import extract_normalised
from conflict_lib.claims.table import load_claims
from conflict_lib.config import Event
from conflict_lib.corpus.articles import load_articles

KEY_FIELDS = ("claimant", "subject", "outcome", "low", "best", "high")
ACCURACY_FIELDS = ("claimant", "subject", "outcome", "low", "best", "high", "precision", "stance")
SHOW_COLUMNS = ("article_id", "claim_id", "claimant", "subject", "outcome", "low", "best", "high",
                "precision", "stance", "start", "end", "quote")


@dataclass
class Evaluation:
    """Scores of extracted claims against curated references (see module docstring)."""

    precision: float
    recall: float
    f1: float
    n_extracted: int
    n_scored: int
    n_references: int
    n_matched: int
    field_accuracy: dict[str, float]
    n_span_pairs: int
    matches: pd.DataFrame = field(repr=False)
    misses: pd.DataFrame = field(repr=False)
    false_alarms: pd.DataFrame = field(repr=False)
    flagged: pd.DataFrame = field(repr=False)
    unscored: pd.DataFrame = field(repr=False)
    span_pairs: pd.DataFrame = field(repr=False)

    def summary(self) -> str:
        lines = [
            f"references (curated, ok): {self.n_references}; flagged curated rows: "
            f"{len(self.flagged)}",
            f"extracted: {self.n_extracted} ({self.n_scored} scored, {len(self.unscored)} set "
            f"aside against flagged rows)",
            f"matched: {self.n_matched}",
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}",
            f"per-field accuracy over {self.n_span_pairs} span-matched pairs:",
        ]
        lines += [f"  {k:<10} {v:.3f}" for k, v in self.field_accuracy.items()]
        return "\n".join(lines)


def _same(a: object, b: object) -> bool:
    na, nb = _isna(a), _isna(b)
    if na or nb:
        return na and nb
    if isinstance(a, str) and isinstance(b, str) and "+" in a:
        return sorted(a.split("+")) == sorted(b.split("+"))  # a lumped subject is a set
    return a == b


def _isna(v: object) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _overlap(a: pd.Series, b: pd.Series) -> int:
    if any(_isna(v) for v in (a["start"], a["end"], b["start"], b["end"])):
        return 0
    return max(0, min(int(a["end"]), int(b["end"])) - max(int(a["start"]), int(b["start"])))


def _distance(a: pd.Series, b: pd.Series) -> int:
    if _isna(a["start"]) or _isna(b["start"]):
        return 10**9
    return abs(int(a["start"]) - int(b["start"]))


def _greedy(candidates: list[tuple[tuple, int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs from (score, i, j) candidates, best score first."""
    used_i: set[int] = set()
    used_j: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates, key=lambda c: c[0], reverse=True):
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        pairs.append((i, j))
    return pairs


def _by_article(frame: pd.DataFrame) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for pos, aid in enumerate(frame["article_id"].astype(str)):
        out.setdefault(aid, []).append(pos)
    return out


def _pairs(ext: pd.DataFrame, ref: pd.DataFrame, rank) -> list[tuple[int, int]]:
    """One-to-one greedy pairs within each article; ``rank(a, b)`` is the pair's
    priority, or None when the two rows cannot pair."""
    refs_by = _by_article(ref)
    candidates = []
    for i in range(len(ext)):
        a = ext.iloc[i]
        for j in refs_by.get(str(a["article_id"]), []):
            key = rank(a, ref.iloc[j])
            if key is not None:
                candidates.append((key, i, j))
    return _greedy(candidates)


def _full_rank(a: pd.Series, b: pd.Series) -> tuple | None:
    if not all(_same(a[f], b[f]) for f in KEY_FIELDS):
        return None
    ov = _overlap(a, b)
    return (ov > 0, ov, -_distance(a, b))


def _span_rank(a: pd.Series, b: pd.Series) -> tuple | None:
    ov = _overlap(a, b)
    if ov <= 0 or not _same(a["outcome"], b["outcome"]):
        return None
    return (sum(_same(a[f], b[f]) for f in ACCURACY_FIELDS), ov)


def _show(frame: pd.DataFrame) -> pd.DataFrame:
    cols = [c for c in SHOW_COLUMNS if c in frame.columns]
    return frame[cols].reset_index(drop=True)


def evaluate(extracted: pd.DataFrame, curated: pd.DataFrame) -> Evaluation:
    """Precision, recall, F1 and per-field accuracy of ``extracted`` (normalised
    claims, e.g. ``extract.extract_normalised``) against ``curated``
    (``claims.load_claims``), under the matching rule of the module docstring."""
    ext = _with_fields(extracted)
    curated = _with_fields(curated)
    status = curated["status"] if "status" in curated else pd.Series("ok", index=curated.index)
    ok = (status.fillna("") == "ok").to_numpy()
    ref = curated[ok].reset_index(drop=True)
    flagged = curated[~ok].reset_index(drop=True)

    pairs = _pairs(ext, ref, _full_rank)
    matched_ext = {i for i, _ in pairs}
    matched_ref = {j for _, j in pairs}

    rest = ext.drop(index=list(matched_ext))
    aside_pairs = _pairs(rest, flagged, _span_rank) if len(flagged) and len(rest) else []
    aside = {rest.index[i] for i, _ in aside_pairs}
    false_idx = [i for i in range(len(ext)) if i not in matched_ext and i not in aside]

    n_scored = len(ext) - len(aside)
    n_matched = len(pairs)
    precision = n_matched / n_scored if n_scored else 0.0
    recall = n_matched / len(ref) if len(ref) else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    spans = _pairs(ext, ref, _span_rank)
    accuracy = {
        f: (sum(_same(ext.iloc[i][f], ref.iloc[j][f]) for i, j in spans) / len(spans)
            if spans else 0.0)
        for f in ACCURACY_FIELDS
    }
    match_rows = []
    for i, j in sorted(pairs, key=lambda p: (str(ref.iloc[p[1]]["article_id"]),
                                              _int(ref.iloc[p[1]]["start"]))):
        a, b = ext.iloc[i], ref.iloc[j]
        match_rows.append({
            "article_id": b["article_id"], "claim_id": b.get("claim_id"),
            "extracted_id": a.get("claim_id"), **{f: b[f] for f in KEY_FIELDS},
            "quote": b.get("quote"), "extracted_quote": a.get("quote"),
        })
    span_rows = []
    for i, j in spans:
        a, b = ext.iloc[i], ref.iloc[j]
        span_rows.append({
            "article_id": b["article_id"], "claim_id": b.get("claim_id"),
            "extracted_id": a.get("claim_id"),
            **{f"{f}_curated": b[f] for f in ACCURACY_FIELDS},
            **{f"{f}_extracted": a[f] for f in ACCURACY_FIELDS},
        })
    return Evaluation(
        precision=precision, recall=recall, f1=f1, n_extracted=len(ext), n_scored=n_scored,
        n_references=len(ref), n_matched=n_matched, field_accuracy=accuracy,
        n_span_pairs=len(spans), matches=pd.DataFrame(match_rows),
        misses=_show(ref.drop(index=list(matched_ref))),
        false_alarms=_show(ext.iloc[false_idx]), flagged=_show(flagged),
        unscored=_show(ext.iloc[sorted(aside)]), span_pairs=pd.DataFrame(span_rows),
    )


def _with_fields(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.reset_index(drop=True).copy()
    for col in (*ACCURACY_FIELDS, "article_id", "start", "end", "quote", "claim_id"):
        if col not in frame.columns:
            frame[col] = None
    return frame


def _int(v: object) -> int:
    return -1 if _isna(v) else int(v)  # type: ignore[arg-type]


def evaluate_event(
    event: str | Event | None = None,
    event_path: str | Path | None = None,
    reference_dir: Path | None = None,
) -> Evaluation:
    """Extract an event's articles and score them against its curated claims.csv."""
    event = Event.of(event, event_path)
    reference_dir = reference_dir or event.reference_dir
    articles = load_articles(event)
    curated = load_claims(event, articles=articles, strict=False, reference_dir=reference_dir)
    extracted = extract_normalised(articles, reference_dir=reference_dir)
    return evaluate(extracted, curated)
