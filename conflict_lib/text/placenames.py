"""Candidate place names in an article's text, with their offsets.

A general English rule, not a list of one war's places: a run of capitalised
words (joined by "el", "al", "de", "Um", hyphens and the like) that follows a
locative preposition ("in", "at", "near", "from", "outside", "of", "towards",
"around", ...) or the words "town", "village", "city" ("the town of Mellit");
plus the place of an all-capitals dateline ("PORT SUDAN, March 14 -"). Runs that
are organisations ("... Forces", "... Network", "United Nations"), months,
weekdays or the actors' own names are not places. Named entities (GPE, LOC,
FAC) from a parser can be passed in and are taken as candidates too.

Every candidate keeps its article and character offsets in the cleaned text, so
a name no gazetteer knows is listed for the analyst with where it was written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_PREPOSITIONS = (
    "in|at|near|from|outside|of|towards|toward|to|around|across|into|between|"
    "inside|along|north of|south of|east of|west of|beyond|through|via|reached|entered|fled"
)
_JOINERS = r"(?:el|al|ad|as|ash|an|ar|at|de|du|da|di|la|le|les|van|von|bin|ibn|wadi|um|umm|abu)"
_CAP = r"(?:[A-Z][\w'\u2019]*(?:-[A-Za-z][\w'\u2019]*)*)"
_RUN = rf"{_CAP}(?:\s+(?:{_JOINERS}[- ])?{_CAP}|\s+{_JOINERS}-{_CAP})*"
_AFTER_PREP = re.compile(
    rf"\b(?:{_PREPOSITIONS})\s+(?:the\s+(?:town|village|city|region|state|province|"
    rf"district|area|camp)\s+of\s+|the\s+)?(?P<name>{_RUN})"
)
_AFTER_NOUN = re.compile(
    rf"\b(?:town|village|city|camp|locality|capital|commune)\s+(?:of\s+)?(?P<name>{_RUN})"
)
_DATELINE = re.compile(r"\A\s*(?P<name>[A-Z][A-Z .'\u2019-]{1,40}[A-Z])(?:\s*\([^)]*\))?,")
# Words that end an organisation's name, and time words: never a place.
_NOT_PLACE = re.compile(
    r"\b(?:Forces?|Army|Armed|Network|Group|Council|Ministry|Front|Movement|Party|Union|"
    r"Nations|Organi[sz]ation|Committee|Agency|Office|Programme|Program|Fund|Court|Coalition|"
    r"Alliance|Brigade|Battalion|Division|Corps|Police|Guard|Service|Services|Monitor|"
    r"Doctors|Red Cross|Crescent|Association|Institute|University|Press|News|Reuters|Times|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr|President|General|"
    r"Minister|Spokesman|Commander|Colonel|Captain|One|Two|Three|Four|Five|Six|Seven|Eight|"
    r"Nine|Ten|Dozens|Hundreds|Thousands|Several|Some|Many)\b"
)
_LEADING = re.compile(r"^(?:The|A|An|This|That|Its|Their|His|Her)\s+")


@dataclass(frozen=True)
class PlaceMention:
    """A candidate place name as written, in one article, at [start, end) of its text."""

    article_id: str
    name: str
    start: int
    end: int
    how: str  # 'preposition', 'noun', 'dateline' or the entity label

    def context(self, text: str, width: int = 60) -> str:
        """The words around the mention, on one line."""
        lo, hi = max(0, self.start - width), min(len(text), self.end + width)
        return " ".join(text[lo:hi].split())


def _clean(name: str) -> str:
    # "Mali's Tuareg rebels": the place is the possessor.
    return re.split(r"(?:'s|\u2019s)\b", _LEADING.sub("", name.strip()))[0]


# "the Sudanese army", "a Congolese town": a demonym used as an adjective.
_DEMONYM = re.compile(
    r"^(?:[A-Z][a-z]+\s)?[A-Z][a-z]+(?:ese|ian|ean|ican|ish|ch|ien|ienne|ais|aise)$"
)


def _keep(name: str, excluded: set[str], following: str) -> bool:
    if len(name) < 2 or _NOT_PLACE.search(name) or name.casefold() in excluded:
        return False
    if name.isupper() and len(name) <= 5:  # an acronym ("RSF") is a party, not a place
        return False
    return not (_DEMONYM.match(name) and re.match(r"\s+[a-z]", following))


def find_place_mentions(
    article_id: str,
    text: str,
    exclude: Iterable[str] = (),
    entities: Iterable[tuple[int, int, str]] = (),
) -> list[PlaceMention]:
    """Candidate place names in ``text``, in order, without overlaps.

    ``exclude``: names that are not places here (the actors' names and aliases).
    ``entities``: optional (start, end, label) spans from a parser; GPE, LOC and
    FAC spans are candidates.
    """
    excluded = {e.casefold() for e in exclude}
    found: dict[tuple[int, int], PlaceMention] = {}

    def add(start: int, end: int, how: str) -> None:
        raw = text[start:end]
        name = _clean(raw)
        if not name:
            return
        start += raw.find(name)
        end = start + len(name)
        if not _keep(name, excluded, text[end : end + 3]):
            return
        if any(s <= start < e or start <= s < end for s, e in found):
            return
        found[(start, end)] = PlaceMention(article_id, name, start, end, how)

    m = _DATELINE.match(text)
    if m:
        add(m.start("name"), m.end("name"), "dateline")
    for s, e, label in entities:
        if label in ("GPE", "LOC", "FAC"):
            add(s, e, label)
    for rx, how in ((_AFTER_NOUN, "noun"), (_AFTER_PREP, "preposition")):
        for m in rx.finditer(text):
            add(m.start("name"), m.end("name"), how)
    return sorted(found.values(), key=lambda p: p.start)


def display_name(name: str) -> str:
    """A dateline's "PORT SUDAN" as "Port Sudan"; other names as written."""
    return name.title() if name.isupper() else name
