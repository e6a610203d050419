"""Counts that are background to the event an article reports: a war's running toll
("since 2012 the insurgency has killed 40,000"), a past year's ("In 2023, ..."; "...
were killed in gang violence last year") and an overall toll ("bringing the overall
toll since October 2023 to 68,000"). Each is background in its own clause only, so the
event's count beside it stands ("12 soldiers were killed on Monday, in a war that has
killed thousands")."""

from __future__ import annotations

import re

from conflict_lib.extract.params import _MONTH
from conflict_lib.extract.patterns import (
    _CUMULATIVE,
    _HAD_PERFECT,
    _LAST_YEAR,
    _ORIGIN,
    _OVERALL_TOLL,
    _PAST_WAR,
    _PERFECT,
    _PERIOD,
    _YEAR_OPENING,
)

# where one clause of a sentence ends and the next begins
_CLAUSE_BREAK = re.compile(r"(?i);|,\s+(?:and|but|while|where|which|in\s+a|amid|as|adding|saying|"
                           r"bringing|(?:in\s+)?the\s+(?:deadliest|bloodiest|worst|heaviest))\s|"
                           # "killed 40 on Sunday and more than 300 between April and May"
                           r"\s+and\s+(?=(?:more\s+than\s+|at\s+least\s+|over\s+|some\s+)?\d)")
# a clause that turns to another time: "; on Monday ...", ", and on Thursday they ..."
_LATER_CLAUSE = re.compile(r"(?i)(?:;|,\s+(?:and|but|while)|\.)\s+(?:on|this|last|late|early)\s+"
                           r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|"
                           r"month|morning|evening|night)\b")
# a record the event sets ("the deadliest day since the ceasefire", "the worst attack in the
# first quarter of this year"): the event's, not a running toll
_RECORD = re.compile(r"(?i)\b(?:deadliest|bloodiest|worst|heaviest|(?:largest|biggest|fiercest)"
                     r"(?=\s+(?:(?:[\w-]+\s+)?(?:attack|assault|raid|strike|barrage|bombardment|"
                     r"offensive|battle|fighting|clashes|ambush|massacre)\b|since\b)|\s*$))\b"
                     r"[^,;.]{0,40}$")
# a start that may be the event's own ("had been killed since then", "since Russia launched
# the barrage at dawn"): a running toll only in the present perfect
# (not "since Russia launched its full-scale invasion": the war's)
_SINCE_START = re.compile(r"(?i)since\s+(?:then|(?:[\w'-]+\s+){0,3}?launched)\b"
                          r"(?!\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:full-scale\s+)?(?:invasion|war)\b)")
# a relative clause of the running time: "a group that has documented abuses since ..."
_WHO_HAS = re.compile(r"(?i)\b(?:that|which|who)\s+(?:has|have|had)\b")
# a party's standing record: "is blamed for thousands of civilian deaths"
_BLAMED_RECORD = re.compile(r"(?i)\b(?:is|are|has\s+been|have\s+been)\s+(?:widely\s+|also\s+)?"
                            r"(?:blamed|held\s+responsible)\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?"
                            r"(?:thousands|hundreds|tens\s+of\s+thousands)\s+of\b")
# a running toll of a round of fighting: "... have been killed since fighting resumed in
# December" (in the present perfect only, as every running toll)
_SINCE_FIGHTING = re.compile(r"(?i)\bsince\s+(?:the\s+)?(?:fighting|clashes|hostilities)\s+"
                             r"(?:(?:on|in|around|near|along)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?"
                             r"\s+)?(?:resumed|began|erupted|broke\s+out|started|flared)\b")
# a clause that opens on last month's or last year's time, with or without its comma ("Last
# month an ambush near X killed 12 soldiers"; "...; last month it killed 20 at a camp")
_LAST_OPENING = re.compile(r"(?i)(?:in\s+[A-Z][a-z]+\s+|earlier\s+)?last\s+(?:year|month|"
                           + _MONTH + r")\b(?!'s)")
_CLAUSE_OPENING = re.compile(r";\s+")
# a clause that opens on a month alone, no day: "In March, ISWAP overran a base ...";
# "...; in April, the army said it had killed 300" (a report dates its own clash by the day)
_MONTH_OPENING = re.compile(r"(?:[Ii]n|[Ee]arly\s+in|[Ll]ate\s+in)\s+(?:(?:early|late|mid-?)\s*)?"
                            + _MONTH + r"\s*,")
# a relative clause that names the war: "150,000 have been killed in Sudan, where the war"
_RELATIVE = re.compile(r"(?i),\s+(?:where|which)\s")


# an earlier event a report sets its own against: "the deadliest since July 2024, when rebels
# killed dozens of Wagner fighters", "three weeks after 34 soldiers were killed in an ambush"
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
           r"december)")
_EARLIER_EVENT = re.compile(
    r"(?i)\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTHS + r"(?:\s+\d{4})?|\d{4}|"
    r"last\s+(?:year|month|week))\s*,\s+when\s|"
    # "The camp was already attacked in March, when nine soldiers died"
    r"\bin\s+(?:(?:early|late|mid-?)\s*)?" + _MONTHS + r"(?:\s+\d{4})?\s*,\s+when\s|"
    r"\b(?:days?|weeks?|months?|years?)\s+after\s+(?=(?:at\s+least\s+|more\s+than\s+|some\s+|"
    r"about\s+|nearly\s+)?\d|(?:[\w'-]+\s+){1,4}?(?:killed|ambushed|massacred)\b)")


def background(work: str, start: int, end: int, at: int) -> bool:
    """Whether the count at ``at`` in the sentence ``work[start:end]`` is background."""
    opening = _YEAR_OPENING.match(work, start, end) or _LAST_OPENING.match(work, start, end) \
        or _MONTH_OPENING.match(work, start, end)
    if opening:  # "In 2022, ... killed 20, and on Thursday they killed four more": that clause
        after = _LATER_CLAUSE.search(work, opening.end(), end)
        return at < (after.start() if after else end)
    if _ORIGIN.match(work, start, end):
        return True
    return any(lo <= at < hi for lo, hi in _background_spans(work, start, end))


def _background_spans(work: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for running in [*_CUMULATIVE.finditer(work, start, end),
                    *_SINCE_FIGHTING.finditer(work, start, end)]:
        breaks = list(_CLAUSE_BREAK.finditer(work, start, running.start()))
        lo = breaks[-1].end() if breaks else start
        if _RECORD.search(work, lo, running.start()):
            continue
        after = _CLAUSE_BREAK.search(work, running.end(), end)
        # (a later clause stays the event's unless it runs a toll too: ", and authorities
        # say more than 330 have been killed since")
        hi = after.start() if after and not _PERFECT.search(work, after.end(), end) else end
        if _WHO_HAS.search(work, breaks[-1].start() if breaks else start, running.end()) \
                and not _PERFECT.search(work, running.end(), end) \
                and not _HAD_PERFECT.search(work, running.end(), end):
            # "a rights group that has documented abuses since the war began, said ... 31":
            # the relative clause's time, not the sentence's
            comma = work.find(",", running.end(), end)
            hi = min(hi, comma if comma >= 0 else end)
        if breaks and _RELATIVE.match(breaks[-1].group(0)) and _PERFECT.search(work, start, lo):
            lo = start  # "150,000 have been killed in Sudan, where the war ...": both
        had = _HAD_PERFECT.search(work, lo, running.start()) \
            if not _SINCE_START.match(work, running.start(), end) else None
        if _PERFECT.search(work, lo, hi) or (had and not re.search(
                r",\D", work[had.end() : running.start()])):  # (a clause's comma, not 61,000's)
            # ("since 2012 ... has killed", "had been killed ... since January")
            spans.append((lo, hi))
    for period in _PERIOD.finditer(work, start, end):
        # "more than 4,800 people were killed between October and June": that clause's
        lo = max([b.end() for b in _CLAUSE_BREAK.finditer(work, start, period.start())]
                 or [start])
        if _RECORD.search(work, lo, period.start()):
            continue
        after = _CLAUSE_BREAK.search(work, period.end(), end)
        spans.append((lo, after.start() if after else end))
    for war in _PAST_WAR.finditer(work, start, end):
        # "The 2013-2018 civil war, which the fighting threatens to reignite, killed 400,000":
        # what it killed, to the end of its clause
        after = _CLAUSE_BREAK.search(work, war.end(), end)
        spans.append((war.start(), after.start() if after else end))
    for record in _BLAMED_RECORD.finditer(work, start, end):
        # "The ADF ... is blamed for thousands of civilian deaths": its record, no event's
        after = _CLAUSE_BREAK.search(work, record.end(), end)
        spans.append((record.start(), after.start() if after else end))
    for clause in _CLAUSE_OPENING.finditer(work, start, end):
        # "...; last month it killed at least 20 soldiers at a camp", "...; in April, ...": that
        # clause's
        if _LAST_OPENING.match(work, clause.end(), end) \
                or _MONTH_OPENING.match(work, clause.end(), end):
            after = _CLAUSE_BREAK.search(work, clause.end(), end)
            spans.append((clause.end(), after.start() if after else end))
    for last in _LAST_YEAR.finditer(work, start, end):
        # "more than 5,600 people were killed ... last year": that clause's count only
        clause = max(work.rfind(", ", start, last.start()),  # (not "5,600")
                     work.rfind(";", start, last.start()), start)
        spans.append((clause, last.end()))
    for earlier in _EARLIER_EVENT.finditer(work, start, end):
        # "... since March, when assailants killed more than 70 people": that clause's
        after = _CLAUSE_BREAK.search(work, earlier.end(), end)
        spans.append((earlier.start(), after.start() if after else end))
    for whole in _OVERALL_TOLL.finditer(work, start, end):
        # "61 bodies ..., bringing the overall toll since October 2023 to 68,000": the 61 stay
        spans.append((whole.start(), whole.end() + 81))
    return spans
