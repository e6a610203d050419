"""The prefilter's outcome cues (a sentence without one states no loss), sentence ends
and typography folds that keep offsets, and the helpers that compose one regex from a
word list."""

from __future__ import annotations

import re
from collections.abc import Iterable

# One-to-one character folds, so that offsets into the folded copy are offsets
# into the original text (the corpus cleaner already does this for article files).
_ONE_TO_ONE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2026": ".",
})


def _words(text: str) -> list[str]:
    """A word list written as one string."""
    return text.split()


# The cheap prefilter: a sentence without one of these stems states no loss.
_CUE = re.compile(
    r"kill|dead|death|\bdie|wound|injur|hurt|captur|prisoner|captive|hostage|surrend|casualt|"
    r"martyr|to hell|\blos[st]|\blosing|\blose|fatalit|bod(?:y|ies)\b|corpse|slain|execut|"
    r"abduct|kidnap|missing|"
    r"massacr|slaughter|murder|perish|\blives\b|eliminat|neutrali|annihilat|recover(?:ed|y)|\btoll\b|detain|arrest|apprehend|"
    r"seiz|damag|destr|crash|shot down|downed|burn|torch|loot|blown up|blew up|confiscat|wreck|"
    r"took away|taking away|carried off|carrying off|made off|making off|set fire|setting fire|"
    r"ablaze|alight|gutted|on fire|succumb|harmed|buried|mourn|behead|decapitat|lynch|butcher|"
    r"to death|treated for|being treated|hospital|out of action|deplor|regrett|\bbury|burying|"
    r"(?:supreme|ultimate) price|trapped|unaccounted|rounded up|under the (?:rubble|debris)",
    re.IGNORECASE,
)


_CUE_LOW = re.compile(_CUE.pattern)


# Sentence ends: terminal punctuation (and closing quotes/brackets) before a
# capital, a digit or an opening quote; line breaks always end a sentence.
_SENT_END = re.compile(r"([.!?]+[\"')\]]*)(\s+)(?=[\"'(\[]?[A-Z0-9])|\n+")


_ABBREV = frozenset(_words(
    "mr mrs ms dr gen col lt capt maj sgt cpl brig adm gov sen rep prof st no jan feb mar apr "
    "jun jul aug sep sept oct nov dec u.s u.n e.g i.e etc vs approx cf fig lt.-col"
))


_BULLET = re.compile(r"[-*\u2022>#\s]+")


_ASCII_LOWER = str.maketrans({chr(c): chr(c + 32) for c in range(65, 91)})


_TYPOGRAPHY_CHARS = tuple(chr(c) for c in _ONE_TO_ONE)


# The prefilter on lower-cased text: literal stems only, so the regex engine can
# skip ahead on their first letters (false hits only cost a closer look).
_CUE_STEMS = _words(
    "kill dead death die wound injur hurt captur prisoner captive hostage surrend casualt lost "
    "losing lose loss fatalit bodies body corpse slain execut abduct kidnap missing massacr "
    "slaughter murder perish lives eliminat neutrali annihilat recovered recovery toll "
    "detain arrest apprehend seiz damag destr crash "
    "shot_down downed burn torch loot blown_up blew_up confiscat wreck took_away taking_away "
    "carried_off carrying_off carried_away carrying_away carted made_off making_off martyr "
    "to_hell set_fire setting_fire ablaze "
    "made_away drove_off driven_off driving_off drove_away drive_away drive_off took taken taking "
    "brought_down bringing_down sunk sank sinking "
    "alight gutted on_fire succumb harmed buried mourn behead decapitat lynch butcher to_death "
    "treated_for being_treated hospital out_of_action deplor regrett fell fallen shahadat bury "
    "supreme_price ultimate_price trapped holding "
    "affected being_held been_held was_held were_held intercept unaccounted rounded_up heard_from "
    "under_the_rubble under_the_debris"
)


_CUE_STEMS = tuple(w.replace("_", " ") for w in _CUE_STEMS)


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted({w for w in words if w}, key=lambda w: (-len(w), w)))


def _phrase_re(phrase: str) -> str:
    """A folded phrase as a regex tolerant of spacing and apostrophes."""
    out = []
    for ch in phrase:
        if ch == " ":
            out.append(r"\s+")
        elif ch == "'":
            out.append("['\u2019]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _trie_re(phrases: Iterable[str]) -> str:
    """One regex alternation for many phrases, factored as a trie (fast to scan)."""
    trie: dict = {}
    for p in phrases:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [(_phrase_re(ch) + build(child)) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return build(trie)


_CUE_SCAN = re.compile(_trie_re(_CUE_STEMS).replace("\\s+", " "))
