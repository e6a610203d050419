"""Whose losses a speaker's own words put on the other side: people the speaker's clause
acted on ("JNIM said it had routed the column, killing dozens of its members"), and "their"
dead in a first-person account ("We pushed them back and they left 30 of their dead")."""

from __future__ import annotations

import re

from conflict_lib.extract.agents import _adversary, _listed_adversary, _speaker_party
from conflict_lib.extract.model import _Attribution, _Context, _Mention
from conflict_lib.extract.patterns import _DOING, _OTHER_ACTOR, _SPEAKER_CLAUSE, _TRANSITIVE
from conflict_lib.extract.vocab import _belligerent, _resolve
from conflict_lib.roles import family_of

# "30 of their dead", "their bodies", "31 of their fighters": the dead of whom "they" are
_THEIR_DEAD = re.compile(r"(?i)(?:of\s+)?their\s+(?:own\s+)?(?:dead|bodies|corpses|fighters|men|"
                         r"members|comrades|wounded)$")
_FIRST_PERSON = re.compile(r"(?i)\b(?:we|our|us)\b")
# a toll's "31 of their bodies"
_OF_THEIR_DEAD = re.compile(r"(?i)\bof\s+their\s+(?:own\s+)?(?:dead|bodies|corpses)$")
# "but they lost 20 fighters"
_THEY_LOST = re.compile(r"(?i)\bthey\s+(?:had\s+|have\s+)?(?:lost|suffered)\s+$")


def _enemy_acted_on(ctx: _Context, si: int, m: _Mention, attr: _Attribution | None) -> str:
    """The adversaries of the speaker's party, when the speaker's own clause did to ``m``
    what the outcome says ("the division said it had ... captured six fighters")."""
    if attr is None or not m.o_start or m.o_start > m.start or attr.end > m.o_start \
            or not (_TRANSITIVE.match(m.outcome or "") or _DOING.match(m.outcome or "")):
        return ""
    acts = _SPEAKER_CLAUSE.match(ctx.work, attr.end, m.o_start)
    between = ctx.work[acts.end() : m.o_start] if acts else ""
    if not acts or _OTHER_ACTOR.search(between):
        return ""  # ("said RSF fighters had captured ...": not the speaker's clause)
    party = _speaker_party(ctx, attr)
    if party and acts.group("bare") and family_of(party, ctx.vocab.table) != "army":
        return ""  # "troops" are the speaker's own only when it is an army
    return _possessor(ctx, si, m, party) or _adversary_of(ctx, si, m.start, party)


# "17 of its members", "20 of their fighters": a possessive that ends the counted phrase
_POSSESSED = re.compile(r"(?i)\b(?:its|their)\s+(?:own\s+)?[\w-]+(?:\s+[\w-]+)?$")
# a party named as the speaker's ally: "backed by Wagner", "alongside the VDP"
_ALLY_BEFORE = re.compile(r"(?i)\b(?:backed|supported|assisted|helped)\s+by\s+(?:the\s+)?$|"
                          r"\b(?:alongside|allied\s+with|with\s+its\s+allies?)\s+(?:the\s+)?$")


def _possessor(ctx: _Context, si: int, m: _Mention, party: str) -> str:
    """Whose "its" or "their" people the speaker's side acted on ("the ELN blamed the
    dissidents ... and said it had killed 17 of its members"): the last party the sentence
    names before the count that is neither the speaker's nor named as its ally, whatever
    side the table gives it (armed groups of one side fight each other)."""
    sent = ctx.sentences[si]
    if not party or not _POSSESSED.search(ctx.work, max(sent.start, m.start), m.end):
        return ""
    vocab = ctx.vocab
    named = []
    for h in reversed(list(vocab.alias_low.finditer(ctx.low, sent.start, m.start))):
        actor = _resolve(vocab, h.group(0))
        if actor == party or not _belligerent(vocab, actor):
            continue
        if _ALLY_BEFORE.search(ctx.work, max(sent.start, h.start() - 30), h.start()):
            return ""
        named.append((actor, ctx.work[h.start() : h.end()]))
    # a party of another camp first ("repelled a Boko Haram attack on a CJTF checkpoint ...
    # and killed 20 of their fighters": Boko Haram's, not the army's militia)
    camp = vocab.table.camp(party) if party in vocab.table.by_id else None
    other = [name for actor, name in named if vocab.table.camp(actor) != camp]
    return (other or [name for _, name in named] or [""])[0]


def _adversary_of(ctx: _Context, si: int, at: int, party: str) -> str:
    """The adversary of ``party`` named last before ``at``, else the one the actors table
    leaves ("" for no party)."""
    return (_adversary(ctx, si, at, party) or _listed_adversary(ctx.vocab, party)) \
        if party else ""


def their_dead_first_person(ctx: _Context, si: int, m: _Mention,
                            attr: _Attribution | None) -> str:
    """The speaker's adversaries, when a quotation in which the speaker says "we" counts
    "their" dead ("we counted 31 of their bodies"): "they" are the other side."""
    sent = ctx.sentences[si]
    phrase = ctx.work[max(sent.start, m.start - 16) : m.end].strip()
    return other_side_of_we(ctx, si, m.start, attr) if _THEIR_DEAD.search(phrase) else ""


def their_toll_first_person(ctx: _Context, si: int, start: int, end: int,
                            attr: _Attribution | None) -> str:
    """The speaker's adversaries for a count of dead ``[start, end)`` that ends "of their
    bodies" in a first-person account ("we counted 31 of their bodies")."""
    return other_side_of_we(ctx, si, start, attr) \
        if _OF_THEIR_DEAD.search(ctx.work, start, end) else ""


def they_lost_first_person(ctx: _Context, si: int, m: _Mention,
                           attr: _Attribution | None) -> str:
    """The speaker's adversaries for people "they lost" in a first-person account ("we lost
    four men but they lost 20 fighters")."""
    return other_side_of_we(ctx, si, m.start, attr) \
        if _THEY_LOST.search(ctx.work, max(0, m.start - 40), m.start) else ""


def other_side_of_we(ctx: _Context, si: int, at: int, attr: _Attribution | None) -> str:
    """The speaker's adversaries, when ``at`` is inside a quotation in which the speaker has
    said "we" or "our" before it: there "they" and "their" are the other side."""
    if attr is None:
        return ""
    sent = ctx.sentences[si]
    opened = ctx.work.rfind('"', 0, at)
    # inside a quotation: an odd number of quotation marks in the sentence before ``at``,
    # or a quotation opened in an earlier sentence and not closed since
    if opened < 0 or not (ctx.work.count('"', sent.start, at) % 2
                          or (opened < sent.start and ctx.work.count('"', 0, opened) % 2 == 0)):
        return ""
    if not _FIRST_PERSON.search(ctx.work, opened, at):
        return ""
    return _adversary_of(ctx, si, at, _speaker_party(ctx, attr))
