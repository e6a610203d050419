"""Sentence splitting with offsets, typography folds that keep offsets, and the
cheap prefilter that decides which sentences can hold a claim."""

from __future__ import annotations

import re

from conflict_lib.extract.cues import (
    _ABBREV,
    _ASCII_LOWER,
    _BULLET,
    _CUE_LOW,
    _ONE_TO_ONE,
    _SENT_END,
    _TYPOGRAPHY_CHARS,
)
from conflict_lib.extract.model import _Sentence
from conflict_lib.extract.params import _NUMBER_STOP


def _has_cue(text: str) -> bool:
    return _CUE_LOW.search(text.lower()) is not None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, trimmed of spaces and bullets."""
    return [(s.start, s.end) for s in _sentences(text.translate(_ONE_TO_ONE))]


def _fold_typography(text: str) -> str:
    """Straight quotes, plain dashes and spaces, one character for one (offsets kept)."""
    for ch in _TYPOGRAPHY_CHARS:
        if ch in text:
            text = text.replace(ch, _ONE_TO_ONE[ord(ch)])
    return text


def _lower(text: str) -> str:
    """Lower case with the same length (so offsets carry over)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def _sentences(work: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    pos = 0
    paragraph = 0
    cut_points: list[tuple[int, int, bool]] = []
    for m in _SENT_END.finditer(work):
        if m.group(1) is None:  # line break
            cut_points.append((m.start(), m.end(), m.group(0).count("\n") > 1))
            continue
        punct = m.group(1)
        if punct.startswith(".."):
            continue  # an ellipsis inside a quotation does not end the sentence
        if punct[0] == ".":
            word = work[max(0, m.start() - 12) : m.start()].rsplit(None, 1)
            last = word[-1].lower().lstrip("(\"'") if word else ""
            if last in _ABBREV or (len(last) == 1 and last.isalpha()):
                continue
        cut_points.append((m.start() + len(punct), m.end(), False))
    for a, b, new_paragraph in [*cut_points, (len(work), len(work), False)]:
        s, e = pos, a
        lead = _BULLET.match(work, s, e)
        if lead:
            s = lead.end()
        while e > s and work[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(_Sentence(s, e, paragraph))
        if new_paragraph:
            paragraph += 1
        pos = b
    return out


# a count quoted as the speaker put it, inside the reporter's sentence: 'losing "only three
# brothers"', 'seized "hundreds" of small arms', 'lost "not a single fighter"'; a short
# fragment with no clause mark, opening on a figure (not a quoted speech: '"We lost three,"')
_QUOTED_COUNT = re.compile(
    r'(?<![\w,.])"(?=(?:only|just|up\s+to|more\s+than|over|nearly|almost|about|around|'
    r'at\s+least|not\s+(?:a\s+single|one)|no|dozens|hundreds|scores|thousands|several|'
    r"a\s+(?:dozen|few)|\d|" + _NUMBER_STOP + r')\b)[^"\n.,;:!?]{1,60}"(?![\w])', re.IGNORECASE)


def unquote_counts(work: str) -> str:
    """``work`` with the quote marks around a quoted count blanked (offsets kept), so the
    count reads as the reporter's own words would."""
    if '"' not in work:
        return work
    # (both marks become spaces before the words, so that no double space falls between
    # the count and the noun after it: '"more than 50" soldiers')
    work = _QUOTED_COUNT.sub(lambda m: (" " + m.group(0)[1:-1] + ",")
                             if _CLAUSE_AFTER.match(work, m.end())
                             else "  " + m.group(0)[1:-1], work)
    # ... and the people a count names in quotes: 'killed 47 "apostate soldiers" and allied
    # militiamen' (the marks move after the words, the count keeps its noun next to it)
    return _COUNTED_QUOTE.sub(lambda m: m.group(1) + m.group(2) + (
        ", " if _CLAUSE_AFTER.match(work, m.end()) else "  "), work)


_COUNTED_QUOTE = re.compile(r"(\b(?:\d+(?:,\d{3})*|" + _NUMBER_STOP
                            + r')\s)"([a-z][^"\n.,;:!?]{1,40})"(?=\s*[,.;:)]|\s+(?:and|or)\s)',
                            re.IGNORECASE)
# '"nine soldiers of the junta" and captured a truck': the quote closed the noun phrase
# before a new verb (not '"47 soldiers" and allied militiamen')
_CLAUSE_AFTER = re.compile(r"\s+(?:and|or)\s+(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|ing)\s+"
                           r"(?:an?|the|its|their|his|her|some|several|\d+|two|three|four|five)\b")
