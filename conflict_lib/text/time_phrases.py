"""Time phrases to absolute spans of days: "July 25-27", "last Friday", "two days ago".

Relative phrases ("on Thursday and Friday", "yesterday") only mean something against a
reference date, the day the article was written; the corpus layer (``corpus.dating``)
decides that date. Plain text rules: no pandas, no files.

Precision follows UCDP GED ``date_prec``: 1 exact day, 2 a span of 2-6 days,
3 a week, 4 a month, 5 a year.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from conflict_lib.text.numbers import NUMBER_WORDS


@dataclass(frozen=True)
class TimeSpan:
    """An absolute span of days, both ends inclusive; unresolved when start is None.

    ``date_prec`` is the UCDP GED code (None when unresolved); ``basis`` says how the
    span was derived, or why it could not be.
    """

    start: dt.date | None
    end: dt.date | None
    date_prec: int | None
    basis: str

    @property
    def resolved(self) -> bool:
        return self.start is not None


def _unresolved(reason: str) -> TimeSpan:
    return TimeSpan(None, None, None, reason)


def _prec(start: dt.date, end: dt.date) -> int:
    days = (end - start).days + 1
    if days <= 1:
        return 1
    if days <= 6:
        return 2
    if days <= 14:
        return 3
    if days <= 31:
        return 4
    return 5


def _span(start: dt.date, end: dt.date, basis: str, prec: int | None = None) -> TimeSpan:
    return TimeSpan(start, end, prec if prec is not None else _prec(start, end), basis)


# --- vocabulary -------------------------------------------------------------------------

_MONTH_NAMES = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]
_MONTHS = {name: i + 1 for i, name in enumerate(_MONTH_NAMES)}
_MONTHS.update({name[:3]: i + 1 for i, name in enumerate(_MONTH_NAMES)})
_MONTHS["sept"] = 9
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# "a day ago", "an hour": the article counts as one here, unlike in a casualty figure.
_COUNT_WORDS = {"a": 1, "an": 1, **NUMBER_WORDS}

_M = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_D = r"\d{1,2}(?:st|nd|rd|th)?"
_Y = r"\d{4}"
_TO = r"\s*(?:-|to|through|thru|until|till|and)\s*"
_N = r"(?:\d{1,3}|" + "|".join(_COUNT_WORDS) + r")"
_WD = r"(?:" + "|".join(_WEEKDAYS) + r")"

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# "July 25-27", "July 30 - August 2, 2024", "between July 25 and July 27"
_MD_RANGE = re.compile(rf"\b({_M})\s+({_D}){_TO}(?:({_M})\s+)?({_D})\b(?:,?\s+({_Y})\b)?")
# "25-27 July 2024", "30 July to 2 August"
_DM_RANGE = re.compile(
    rf"\b({_D})(?:\s+(?:of\s+)?({_M}))?{_TO}({_D})\s+(?:of\s+)?({_M})(?:,?\s+({_Y})\b)?"
)
_MD = re.compile(rf"\b({_M})\s+({_D})\b(?:,?\s+({_Y})\b)?")
_DM = re.compile(rf"\b({_D})\s+(?:of\s+)?({_M})(?:,?\s+({_Y})\b)?")
_MONTH_ONLY = re.compile(
    rf"(?:\b(in|during|since|throughout|until|by|of|early|mid|late|end of|beginning of|start of)"
    rf"[\s-]+)?\b({_M})(?:\s+({_Y}))?\b"
)
_YEAR_ONLY = re.compile(r"\b(1[89]\d{2}|2\d{3})\b")
_WEEKDAY = re.compile(rf"\b(last\s+|this\s+|past\s+)?({_WD})s?\b")
_WEEKDAY_RANGE = re.compile(rf"\b({_WD})\s*(?:-|to|through|thru|until|till)\s*({_WD})\b")
_DURATION = re.compile(rf"\b({_N})[\s-]+(day|days|week|weeks|hour|hours|month|months)\b")
_AGO = re.compile(rf"\b({_N})\s+(day|days|week|weeks)\s+ago\b")
_PAST_N = re.compile(rf"\b(?:past|last|previous)\s+({_N})\s+(day|days|hours)\b")
_SINCE = re.compile(r"^\W*since\b")


def _number(token: str) -> int:
    return int(token) if token.isdigit() else _COUNT_WORDS[token]


def _day(token: str) -> int:
    return int(re.match(r"\d+", token).group(0))


def _month(token: str) -> int:
    return _MONTHS[token.rstrip(".")]


def _on_or_before(month: int, day: int, reference: dt.date) -> dt.date:
    """The date with this month and day on or before ``reference`` (latest such year)."""
    year = reference.year
    if (month, day) > (reference.month, reference.day):
        year -= 1
    if month == 2 and day == 29:
        while not _is_leap(year):
            year -= 1
    return dt.date(year, month, day)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _weekday_on_or_before(weekday: int, reference: dt.date) -> dt.date:
    return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)


# --- explicit dates ---------------------------------------------------------------------


def date_or_reason(year: int, month: int, day: int) -> dt.date | str:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return f"{year:04d}-{month:02d}-{day:02d} is not a calendar date"


def _explicit_range(
    start_md: tuple[int, int], end_md: tuple[int, int], year: str | None,
    reference: dt.date | None, text: str,
) -> TimeSpan:
    (sm, sd), (em, ed) = start_md, end_md
    if year:
        end = date_or_reason(int(year), em, ed)
        basis = f"explicit dates {text!r}"
    elif reference is None:
        return _unresolved(f"{text!r} has no year and there is no reference date")
    else:
        try:
            end = _on_or_before(em, ed, reference)
        except ValueError:
            return _unresolved(f"{text!r}: {em:02d}-{ed:02d} is not a calendar date")
        basis = f"explicit dates {text!r}, year from reference {reference.isoformat()}"
    if isinstance(end, str):
        return _unresolved(end)
    start_year = end.year if (sm, sd) <= (em, ed) else end.year - 1
    start = date_or_reason(start_year, sm, sd)
    if isinstance(start, str):
        return _unresolved(start)
    if sm == em and sd > ed:
        return _unresolved(f"{text!r}: the range ends before it starts")
    return _span(start, end, basis)


def _explicit_date(month: int, day: int, year: str | None, reference: dt.date | None,
                   text: str) -> TimeSpan:
    return _explicit_range((month, day), (month, day), year, reference, text)


def _explicit(phrase: str, reference: dt.date | None) -> TimeSpan | None:
    if m := _ISO.search(phrase):
        date = date_or_reason(int(m[1]), int(m[2]), int(m[3]))
        if isinstance(date, str):
            return _unresolved(date)
        return _span(date, date, f"explicit date {m[0]!r}")
    if m := _MD_RANGE.search(phrase):
        start_month = _month(m[1])
        end_month = _month(m[3]) if m[3] else start_month
        return _explicit_range((start_month, _day(m[2])), (end_month, _day(m[4])), m[5],
                               reference, m[0])
    if m := _DM_RANGE.search(phrase):
        end_month = _month(m[4])
        start_month = _month(m[2]) if m[2] else end_month
        return _explicit_range((start_month, _day(m[1])), (end_month, _day(m[3])), m[5],
                               reference, m[0])
    if m := _MD.search(phrase):
        return _explicit_date(_month(m[1]), _day(m[2]), m[3], reference, m[0])
    if m := _DM.search(phrase):
        return _explicit_date(_month(m[2]), _day(m[1]), m[3], reference, m[0])
    return None


def _month_span(phrase: str, reference: dt.date | None) -> TimeSpan | None:
    for m in _MONTH_ONLY.finditer(phrase):
        qualifier, name, year = m[1], m[2], m[3]
        # "may" and "march" are also verbs: a bare month counts only with a year, a
        # preposition or qualifier before it, or as the whole phrase.
        if not (qualifier or year or phrase.strip(" .,;:") == name):
            continue
        month = _month(name)
        if year:
            y = int(year)
        elif reference is None:
            return _unresolved(f"{m[0]!r} has no year and there is no reference date")
        else:
            y = reference.year if month <= reference.month else reference.year - 1
        first = dt.date(y, month, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        part = {"early": (1, 10), "beginning of": (1, 10), "start of": (1, 10), "mid": (11, 20),
                "late": (21, last.day), "end of": (21, last.day)}.get(qualifier or "")
        if part:
            return _span(first.replace(day=part[0]), first.replace(day=part[1]),
                         f"part of a month {m[0]!r}")
        return _span(first, last, f"month {m[0]!r}", prec=4)
    return None


def _year_span(phrase: str) -> TimeSpan | None:
    if m := _YEAR_ONLY.search(phrase):
        year = int(m[1])
        return _span(dt.date(year, 1, 1), dt.date(year, 12, 31), f"year {m[1]}", prec=5)
    return None


# --- relative phrases -------------------------------------------------------------------


def _weekdays(phrase: str, reference: dt.date) -> TimeSpan | None:
    if m := _WEEKDAY_RANGE.search(phrase):
        first, last = _WEEKDAYS.index(m[1]), _WEEKDAYS.index(m[2])
        end = _weekday_on_or_before(last, reference)
        start = end - dt.timedelta(days=(last - first) % 7)
        return _span(start, end, f"weekdays {m[0]!r}: the latest {m[2].title()} on or before "
                                 f"reference {reference.isoformat()}")
    found = list(_WEEKDAY.finditer(phrase))
    if not found:
        return None
    days = [_WEEKDAYS.index(m[2]) for m in found]
    strict = any((m[1] or "").strip() in ("last", "past") for m in found)
    latest = reference - dt.timedelta(days=1) if strict else reference
    rule = "before" if strict else "on or before"
    if re.search(r"\b(?:last|previous|past) week\b", phrase):
        latest = reference - dt.timedelta(days=reference.weekday() + 1)  # Sunday of last week
        rule = "in the calendar week before"
    # Several weekdays ("Thursday and Friday"): place them as compactly as possible,
    # ending on the latest possible day on or before the reference.
    candidates = []
    for anchor in dict.fromkeys(days):
        end = _weekday_on_or_before(anchor, latest)
        start = min(end - dt.timedelta(days=(anchor - d) % 7) for d in days)
        candidates.append(((end - start).days, -end.toordinal(), start, end))
    _, _, start, end = min(candidates)
    names = " and ".join(m[2].title() for m in found)
    return _span(start, end, f"weekday {names}: the most recent {rule} "
                             f"reference {reference.isoformat()}")


_RELATIVE_DAYS = [
    (re.compile(r"\bday before yesterday\b"), -2, -2),
    (re.compile(r"\b(?:last night|overnight)\b"), -1, 0),
    (re.compile(r"\byesterday\b"), -1, -1),
    (re.compile(r"\b(?:today|this morning|this afternoon|this evening|tonight)\b"), 0, 0),
]


def _relative(phrase: str, reference: dt.date) -> TimeSpan | None:
    ref = reference.isoformat()
    for pattern, a, b in _RELATIVE_DAYS:
        if m := pattern.search(phrase):
            return _span(reference + dt.timedelta(days=a), reference + dt.timedelta(days=b),
                         f"{m[0]!r} relative to reference {ref}")
    if m := re.search(r"\b(?:over|at|during|on|this|last|past)\s+(?:the\s+)?weekend\b", phrase):
        saturday = _weekday_on_or_before(5, reference)
        if m[0].startswith(("last", "past")) and reference - saturday <= dt.timedelta(days=1):
            saturday -= dt.timedelta(days=7)  # said during a weekend: the one before
        end = min(saturday + dt.timedelta(days=1), reference)
        return _span(saturday, end, f"{m[0]!r}: the latest weekend begun on or before {ref}")
    if _WEEKDAY.search(phrase):
        return _weekdays(phrase, reference)
    monday = reference - dt.timedelta(days=reference.weekday())
    if m := re.search(r"\b(?:last|previous|past)\s+week\b", phrase):
        return _span(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1),
                     f"{m[0]!r}: the calendar week before reference {ref}", prec=3)
    if m := re.search(r"\bthis week\b", phrase):
        return _span(monday, reference, f"{m[0]!r}: Monday up to reference {ref}", prec=3)
    first = reference.replace(day=1)
    if m := re.search(r"\b(?:last|previous|past)\s+month\b", phrase):
        last_month_end = first - dt.timedelta(days=1)
        return _span(last_month_end.replace(day=1), last_month_end,
                     f"{m[0]!r}: the calendar month before reference {ref}", prec=4)
    if m := re.search(r"\bthis month\b", phrase):
        return _span(first, reference, f"{m[0]!r}: up to reference {ref}", prec=4)
    if m := re.search(r"\b(?:last|previous|past)\s+year\b", phrase):
        return _span(dt.date(reference.year - 1, 1, 1), dt.date(reference.year - 1, 12, 31),
                     f"{m[0]!r}: the calendar year before reference {ref}", prec=5)
    if m := re.search(r"\bthis year\b", phrase):
        return _span(dt.date(reference.year, 1, 1), reference, f"{m[0]!r}: up to {ref}", prec=5)
    if m := _AGO.search(phrase):
        days = _number(m[1]) * (7 if m[2].startswith("week") else 1)
        day = reference - dt.timedelta(days=days)
        return _span(day, day, f"{m[0]!r} before reference {ref}")
    if m := _PAST_N.search(phrase):
        days = math.ceil(_number(m[1]) / 24) if m[2] == "hours" else _number(m[1])
        return _span(reference - dt.timedelta(days=days), reference,
                     f"{m[0]!r} up to reference {ref}")
    return None


def normalise_phrase(phrase: str) -> str:
    # Lower-case "may" and "march" are verbs, not months: keep them from matching.
    text = re.sub(r"\b(may|march)\b", r"\1_", phrase).lower()
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-")
    return re.sub(r"\s+", " ", text).strip()


def as_date(value: object) -> dt.date | None:
    """A ``datetime.date`` from a date, datetime or Timestamp; None for null or anything else."""
    if isinstance(value, dt.datetime):  # also pd.Timestamp and pd.NaT (NaT != NaT)
        return None if value != value else value.date()
    if isinstance(value, dt.date):
        return value
    return None


def resolve_time_phrase(phrase: str, reference: dt.date | None) -> TimeSpan:
    """Absolute span of a time phrase read on ``reference`` (the day the article was written).

    Explicit dates win over relative words; a date without a year takes the latest year
    that puts it on or before the reference; a weekday is the most recent such day on or
    before the reference ("last Friday": strictly before). A bare duration ("two days of
    fighting") has no anchor and stays unresolved. Never raises: anything it cannot read
    comes back with start = end = None and the reason in ``basis``.
    """
    if not isinstance(phrase, str):
        return _unresolved(f"not a text phrase: {type(phrase).__name__}")
    reference = as_date(reference)
    text = normalise_phrase(phrase[:500])
    if not text:
        return _unresolved("empty phrase")
    try:
        span = _resolve(text, reference)
    except Exception as err:  # the contract is never to raise; the reason keeps the error
        return _unresolved(f"could not resolve {text!r}: {type(err).__name__}: {err}")
    if span.resolved and _SINCE.search(text) and reference is not None and span.start <= reference:
        span = _span(span.start, reference, f"{span.basis}; 'since' extends it to {reference}")
    return span


def _resolve(text: str, reference: dt.date | None) -> TimeSpan:
    span = _explicit(text, reference)
    if span is not None:
        return _check_weekday(span, text)
    if reference is not None:
        span = _relative(text, reference)
        if span is not None:
            return span
    span = _month_span(text, reference) or _year_span(text)
    if span is not None:
        return span
    if reference is None and (_WEEKDAY.search(text) or re.search(
            r"\b(?:yesterday|today|tonight|overnight|weekend|week|month|year|ago)\b", text)):
        return _unresolved(f"{text!r} is relative and there is no reference date")
    if m := _DURATION.search(text):
        return _unresolved(f"{m[0]!r} is a duration without an anchor date")
    return _unresolved(f"no date, weekday or relative day found in {text!r}")


def _check_weekday(span: TimeSpan, text: str) -> TimeSpan:
    """Note, without overriding the date, a weekday that contradicts a single explicit date."""
    if not span.resolved or span.start != span.end:
        return span
    named = [_WEEKDAYS.index(m[2]) for m in _WEEKDAY.finditer(text)]
    if named and span.start.weekday() not in named:
        actual = _WEEKDAYS[span.start.weekday()].title()
        return TimeSpan(span.start, span.end, span.date_prec,
                        f"{span.basis}; the phrase names a weekday but "
                        f"{span.start.isoformat()} was a {actual}")
    return span


# --- dates written out in running text (used to date articles) --------------------------


def month_days(text: str, day_first: bool = True) -> list[tuple[int, int, str | None]]:
    """Every "June 3[, 2024]" (and, unless ``day_first`` is False, "3 June[ 2024]") in
    ``text`` as (month, day, year or None): the month-first form first, in reading order."""
    lowered = normalise_phrase(text)
    found = []
    forms = ((_MD, (1, 2, 3)), (_DM, (2, 1, 3))) if day_first else ((_MD, (1, 2, 3)),)
    for pattern, order in forms:
        for m in pattern.finditer(lowered):
            found.append((_month(m[order[0]]), _day(m[order[1]]), m[order[2]]))
    return found
