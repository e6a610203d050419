"""Dating articles: the reference date of each article, and date anomalies.

Relative phrases ("on Thursday and Friday", "yesterday") only mean something
against a reference date: the day the article was written. That date is taken
from the article (header, dateline) unless it is missing or contradicts the rest
of the corpus, in which case the corpus consensus stands in, and the basis says so.
The phrase rules themselves live in ``conflict_lib.text.time_phrases``.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics

import pandas as pd

from conflict_lib.corpus.syndication import THRESHOLD
from conflict_lib.text.time_phrases import (  # noqa: F401  (TimeSpan, resolve_time_phrase re-exported)
    TimeSpan,
    as_date,
    date_or_reason,
    month_days,
    resolve_time_phrase,
)

# More than this many days between an article's stated date and the corpus
# consensus is a contradiction, not a late follow-up: news about one clash comes
# out within days, a weekly or monthly round-up within a month.
MAX_GAP_DAYS = 30

BASIS_HEADER = "header"
BASIS_DATELINE = "dateline"
BASIS_DATELINE_YEAR = "dateline (year from corpus consensus)"
BASIS_NO_DATE = "corpus consensus (no header)"
BASIS_ANOMALOUS = "corpus consensus (stated date anomalous)"
BASIS_UNKNOWN = "unknown (no dated article in the corpus)"


# --- reference dates and anomalies ------------------------------------------------------


def stated_dates(articles: pd.DataFrame) -> pd.DataFrame:
    """Per article: ``stated_date`` (the later of header and dateline date) and its source."""
    rows = []
    for row in articles.itertuples(index=False):
        published = as_date(getattr(row, "published", None))
        dateline = as_date(getattr(row, "dateline_date", None))
        candidates = [(d, s) for d, s in ((published, BASIS_HEADER), (dateline, BASIS_DATELINE))
                      if d is not None]
        stated, source = max(candidates, key=lambda c: c[0]) if candidates else (None, None)
        rows.append({"article_id": row.article_id, "published": published,
                     "dateline_date": dateline, "stated_date": stated, "stated_source": source})
    return pd.DataFrame(rows, columns=["article_id", "published", "dateline_date",
                                       "stated_date", "stated_source"])


def _majority(stated: pd.DataFrame, max_gap_days: int) -> tuple[set[str], set[str]]:
    """(agreeing ids, contradicting ids) among dated articles.

    Each dated article's support is how many dated articles lie within ``max_gap_days``
    of it. The best-supported dates define the consensus; an article far from the
    consensus and less supported than it contradicts the corpus. With no majority (two
    lone dates far apart) nobody is flagged: the dates alone cannot say who is wrong.
    """
    dated = stated.dropna(subset=["stated_date"])
    dates = dict(zip(dated["article_id"], dated["stated_date"], strict=True))
    support = {a: sum(abs((d - e).days) <= max_gap_days for e in dates.values())
               for a, d in dates.items()}
    if not support:
        return set(), set()
    top = max(support.values())
    core = [dates[a] for a, s in support.items() if s == top]
    centre = statistics.median_low(core)
    outliers = {a for a, d in dates.items()
                if abs((d - centre).days) > max_gap_days and support[a] < top}
    return set(dates) - outliers, outliers


def _consensus(stated: pd.DataFrame, ids: set[str]) -> dt.date | None:
    dates = stated.loc[stated["article_id"].isin(ids), "stated_date"].dropna().tolist()
    # The lower median: an actual article date, never a day between two of them.
    return statistics.median_low(dates) if dates else None


def _dateline_near(dateline: object, centre: dt.date, max_gap_days: int) -> dt.date | None:
    """The month and day of a dateline ("NIAMEY, June 3 (Reuters)") in the year that puts
    it nearest ``centre``; None without a month and day or when further than the tolerance."""
    found = month_days(dateline, day_first=False) if isinstance(dateline, str) else []
    if not found:
        return None
    month, day, _ = found[0]
    candidates = []
    for year in (centre.year - 1, centre.year, centre.year + 1):
        date = date_or_reason(year, month, day)
        if isinstance(date, dt.date):
            candidates.append((abs((date - centre).days), date))
    if not candidates:
        return None
    gap, date = min(candidates)
    return date if gap <= max_gap_days else None


def reference_dates(articles: pd.DataFrame, max_gap_days: int = MAX_GAP_DAYS) -> pd.DataFrame:
    """Per article the date that relative phrases are read against, and why.

    Columns: article_id, published, dateline_date, stated_date (the later of the two; null
    when neither is known), reference_date, date_basis: ``header``, ``dateline``,
    ``dateline (year from corpus consensus)`` (a dateline with month and day but no year
    to read it in), ``corpus consensus (no header)``, ``corpus consensus (stated date
    anomalous)``. The consensus is the lower median of the stated dates of the articles
    that do not contradict the corpus (see ``date_anomalies``). The index holds the
    article ids too (unnamed, so merging on the column stays unambiguous).
    """
    stated = stated_dates(articles)
    agreeing, outliers = _majority(stated, max_gap_days)
    consensus = _consensus(stated, agreeing)
    datelines = (dict(zip(articles["article_id"], articles["dateline"], strict=True))
                 if "dateline" in articles else {})
    refs, bases = [], []
    for row in stated.itertuples(index=False):
        if row.article_id in outliers:
            ref, basis = consensus, BASIS_ANOMALOUS
        elif row.stated_date is not None:
            ref, basis = row.stated_date, row.stated_source
        elif consensus is not None and (
                near := _dateline_near(datelines.get(row.article_id), consensus, max_gap_days)):
            ref, basis = near, BASIS_DATELINE_YEAR
        else:
            ref, basis = consensus, BASIS_NO_DATE
        refs.append(ref)
        bases.append(basis if ref is not None else BASIS_UNKNOWN)
    out = stated.drop(columns="stated_source")
    out["reference_date"] = refs
    out["date_basis"] = bases
    for col in ("published", "dateline_date", "stated_date", "reference_date"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[s]")
    out.index = pd.Index(out["article_id"].tolist())
    return out.astype({"article_id": "string", "date_basis": "string"})


ANOMALY_COLUMNS = ["article_id", "kind", "stated_date", "other_date", "gap_days", "reason"]
_YEAR_MENTION = re.compile(r"(?<![\d-])(19[5-9]\d|20\d{2})(?![\d-])")


def usable_dates(claims: pd.DataFrame) -> pd.Series:
    """Per article id its stated date when the corpus does not contradict it, else null:
    a date that ``reference_dates`` overrules (e.g. a misdated copy) is never shown as a
    publication date. Judged among the articles of ``claims`` (article_id, published)."""
    articles = claims[["article_id", "published"]].drop_duplicates("article_id")
    if articles.empty:
        return pd.Series(dtype="datetime64[s]")
    refs = reference_dates(articles.reset_index(drop=True))
    stated = refs["date_basis"].isin([BASIS_HEADER, BASIS_DATELINE])
    return refs["stated_date"].where(stated).set_axis(refs["article_id"].tolist())


def _later_mentions(text: str, stated: dt.date) -> list[tuple[dt.date, str]]:
    """Dates the text itself mentions that lie after ``stated`` (explicit years and dates)."""
    found = []
    for m in _YEAR_MENTION.finditer(text):
        if int(m[1]) > stated.year:
            found.append((dt.date(int(m[1]), 1, 1), f"the year {m[1]}"))
    for month, day, year in month_days(text):
        if not year:
            continue
        date = date_or_reason(int(year), month, day)
        if isinstance(date, dt.date) and date > stated:
            found.append((date, f"the date {date.isoformat()}"))
    return sorted(set(found))


def date_anomalies(
    articles: pd.DataFrame,
    max_gap_days: int = MAX_GAP_DAYS,
    similarity: pd.DataFrame | None = None,
    similar_above: float | None = None,
) -> pd.DataFrame:
    """Stated dates that contradict the corpus or the article itself; one row per finding.

    Kinds: ``corpus gap`` (more than ``max_gap_days`` from the consensus of the other
    articles), ``mentions later date`` (the text names a year or date after its own
    stated date; a plan for a later year shows here too, so read the reason), and, when
    a ``pairwise_similarity`` table is given, ``re-tells later reporting`` (the text
    derives from an article stated more than ``max_gap_days`` later: combined score at
    least ``similar_above``, by default the syndication threshold).
    ``gap_days`` is stated minus other date, in days (negative: stated earlier).
    """
    stated = stated_dates(articles)
    agreeing, outliers = _majority(stated, max_gap_days)
    texts = (dict(zip(articles["article_id"], articles["text"], strict=True))
             if "text" in articles else {})
    rows = []
    for row in stated.itertuples(index=False):
        if row.stated_date is None:
            continue
        if row.article_id in outliers:
            others = agreeing - {row.article_id}
            centre = _consensus(stated, others)
            gap = (row.stated_date - centre).days
            rows.append(_row(row, "corpus gap", centre, gap,
                             f"stated date {row.stated_date.isoformat()} is {abs(gap)} days "
                             f"{'before' if gap < 0 else 'after'} {centre.isoformat()}, the "
                             f"median stated date of the {len(others)} other dated articles "
                             f"(tolerance {max_gap_days} days)"))
        mentions = _later_mentions(str(texts.get(row.article_id) or ""), row.stated_date)
        if mentions:
            date, what = mentions[-1]
            gap = (row.stated_date - date).days
            rows.append(_row(row, "mentions later date", date, gap,
                             f"stated date {row.stated_date.isoformat()} precedes {what} that "
                             f"the article itself mentions ({abs(gap)} days later)"))
    if similarity is not None:
        rows.extend(_retells_later(stated, similarity, max_gap_days, similar_above))
    out = pd.DataFrame(rows, columns=ANOMALY_COLUMNS)
    for col in ("stated_date", "other_date"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[s]")
    return out.astype(
        {"article_id": "string", "kind": "string", "reason": "string", "gap_days": "Int64"})


def _row(row: object, kind: str, other: dt.date, gap: int, reason: str) -> dict[str, object]:
    return {"article_id": row.article_id, "kind": kind, "stated_date": row.stated_date,
            "other_date": other, "gap_days": gap, "reason": reason}


def _retells_later(stated: pd.DataFrame, similarity: pd.DataFrame, max_gap_days: int,
                   similar_above: float | None) -> list[dict[str, object]]:
    if similar_above is None:
        similar_above = THRESHOLD
    dates = dict(zip(stated["article_id"], stated["stated_date"], strict=True))
    best: dict[str, tuple[float, str]] = {}
    for pair in similarity.itertuples(index=False):
        for a, b in ((pair.a, pair.b), (pair.b, pair.a)):
            da, db = dates.get(a), dates.get(b)
            if da is None or db is None or (db - da).days <= max_gap_days:
                continue
            if pair.score >= similar_above and pair.score > best.get(a, (-1.0, ""))[0]:
                best[a] = (float(pair.score), b)
    rows = []
    for row in stated.itertuples(index=False):
        if row.article_id not in best:
            continue
        score, later = best[row.article_id]
        other = dates[later]
        gap = (row.stated_date - other).days
        rows.append(_row(row, "re-tells later reporting", other, gap,
                         f"stated date {row.stated_date.isoformat()} is {abs(gap)} days before "
                         f"{other.isoformat()}, the stated date of {later}, whose reporting it "
                         f"re-tells (combined similarity {score:.2f})"))
    return rows
