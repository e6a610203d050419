"""Where a speaker's words lie in a sentence: the stretch before a speech verb bounded by
a comma, a contrast or a strong boundary; where an "according to" phrase stops; and the
subject before a clause's first verb ("The ministry blamed X and said": the ministry), and
the party a sentence opens on, which a relative clause's "it" speaks for."""

from __future__ import annotations

import re

from conflict_lib.extract.model import _Context
from conflict_lib.extract.params import _STRONG_BOUNDARY
from conflict_lib.extract.patterns import _CONTRAST
from conflict_lib.extract.vocab import _resolve


def _next_stop(work: str, start: int, end: int, cut_that: bool = False) -> int:
    m = re.compile(r"[,;.]|\sthat\s" if cut_that else r"[,;]|\.(?=\s|$)").search(work, start, end)
    return m.start() if m else end


def _comma_region(work: str, start: int, v: int) -> tuple[int, int]:
    at = work.rfind(",", start, v)
    # ("... killed 34 soldiers while a Somali officer put the toll at six": a clause of its own)
    contrast = [m.end() for m in _CONTRAST.finditer(work, max(at + 1, start), v)]
    return (contrast[-1] if contrast else at + 1 if at >= 0 else start, v)


_BOTH_CLAIMING = re.compile(r"(?i)\bwith\s+(?:each|both|either|neither|the\s+two|all)\s+"
                            r"(?:sides?|parties|camps?|belligerents)\s+$")


def _strong_region(work: str, start: int, v: int) -> tuple[int, int]:
    last = start
    for m in _STRONG_BOUNDARY.finditer(work, start, v):
        last = m.start() if m.group(0).lower() == "with" else m.end()
    return (last, v)


# a verb before the party a sentence names: the party is its object, not its opener
# ("The ministry blamed the Islamic State"; not "the Iran-backed Houthis", "armed men")
_VERB_BEFORE = re.compile(r"(?<![\w-])(?:(?!armed\b)[a-z]+ed|says?|said|claims?|accuses?|"
                          r"blames?|denies|condemns?)\b(?!-)")


def subject_region(work: str, start: int, v: int) -> tuple[int, int]:
    """The words from ``start`` up to the first verb before ``v`` (all of them if none):
    in "The ministry blamed the Islamic State and said", the ministry speaks, not the party
    its first verb acts on."""
    verb = _VERB_BEFORE.search(work, start + 1, v)
    return (start, verb.start() if verb else v)


# a relative clause's pronoun speaker ("..., which it said killed 16 villagers")
_WHICH_IT = re.compile(r"(?i),\s*(?:which|what|whom)\s+(?:it|they)\s+$")


_CONNECTIVE = re.compile(r"(?:[A-Z][a-z]+(?:\s+[A-Z]?[a-z]+)?,\s+)?(?:the\s+)?")


def _opening_party(ctx: _Context, si: int, v: int) -> str:
    """The party a sentence opens on as its subject, after a connective ("Meanwhile,
    Amnesty International has called ..."); "" if it opens otherwise."""
    sent = ctx.sentences[si]
    lead = _CONNECTIVE.match(ctx.work, sent.start, v)
    at = lead.end() if lead else sent.start
    hit = ctx.vocab.alias_low.match(ctx.low, at, v)
    if hit is None or _resolve(ctx.vocab, hit.group(0)) in (None, "outlet") \
            or not re.match(r"\s+[a-z]", ctx.work[hit.end() : hit.end() + 2]):
        return ""
    return ctx.work[at : hit.end()]
