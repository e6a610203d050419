"""Who acts in a clause and who is its adversary: the party named before the outcome
words, a claimant named by its role, the parties an article names and the adversaries of
one of them; whose "their own" a source tells. Read by ``subjects`` (whose losses) and
``sides``."""

from __future__ import annotations

import re
from bisect import bisect_right

from conflict_lib.countries import named_by_capital
from conflict_lib.extract.model import _Attribution, _Context, _Mention
from conflict_lib.extract.params import _SPEECH
from conflict_lib.extract.patterns import (
    _CLAUSE_OPENING,
    _DATELINE,
    _OWNER_BEFORE,
    _PRONOUN_START,
    _RELATIVE_BEFORE,
    _THAT,
)
from conflict_lib.extract.vocab import _belligerent, _resolve, _Vocab
from conflict_lib.roles import country_party, role_actor, role_of


def _owner_alias(vocab: _Vocab, phrase: str, actor: str | None) -> str | None:
    for hit in vocab.alias.finditer(phrase):
        if _resolve(vocab, hit.group(0)) == actor:
            return hit.group(0)
    return None


# a role owning what follows: "the army's", "the rebels'", "government forces' own"
_ROLE_OWNER = re.compile(r"(?i)\b((?:the\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*)(?:'s|s')\s+"
                         r"(?:own\s+)?$")


def losses_owner(vocab: _Vocab, work: str, start: int, at: int) -> str:
    """Whose losses the toll word at ``at`` is: the party or the role named as its owner
    right before it ("Wagner's losses", "the army's losses"); "" when none is."""
    for h in vocab.alias.finditer(work, max(start, at - 60), at):
        if _OWNER_BEFORE.fullmatch(work, h.end(), at):
            return h.group(0)
    role = _ROLE_OWNER.search(work, max(start, at - 40), at)
    # ("the group's losses": a party named before, not a role)
    return role.group(1) if role and role_of(role.group(1)) and not re.search(
        r"(?i)\b(?:group|movement|organi[sz]ation)$", role.group(1)) else ""


def _agent(ctx: _Context, si: int, m: _Mention, attr: _Attribution | None
           ) -> tuple[str, str] | None:
    """The party whose own people or equipment these are: an actor named just
    before the outcome words in the same clause, else the claimant."""
    vocab = ctx.vocab
    sent = ctx.sentences[si]
    cut = min(m.o_start or m.start, m.start)
    clause_start = max(ctx.work.rfind(",", sent.start, cut), sent.start)
    for t in _THAT.finditer(ctx.work, clause_start, cut):
        # "said that", "said on Saturday that", "said in a statement that"
        if _SPEECH.search(ctx.work, max(clause_start, t.start() - 40), t.end()) \
                or t.group(1).lower() == "and":  # ("said X had been killed ... and that")
            clause_start = t.end()
    speaker_end = attr.end if attr and attr.end <= cut else -1
    # "and JNIM lost dozens of fighters": the party just before the loss verb
    for h in reversed(list(vocab.alias_low.finditer(ctx.low, max(clause_start, cut - 60), cut))):
        if _AUX_ONLY.fullmatch(ctx.work, h.end(), cut) and h.start() >= speaker_end \
                and _belligerent(vocab, _resolve(vocab, h.group(0))):
            return _resolve(vocab, h.group(0)) or "", ctx.work[h.start() : h.end()]
        break
    state = _COUNTRY_BEFORE.search(ctx.work, max(clause_start, cut - 40), cut)
    army = (country_party(state.group(1), vocab.table)
            or country_party(state.group(1).split()[-1], vocab.table)) if state else None
    if state and army is not None and state.start(1) >= speaker_end:
        return army.actor_id or "", state.group(1)  # "that Russia had lost 1,100 troops"
    relative = _RELATIVE_BEFORE.search(ctx.work, max(clause_start, cut - 40), cut)
    if relative:  # "a rebel assault that also damaged ...": the antecedent acts
        hits = [h for h in vocab.alias_low.finditer(ctx.low, max(clause_start, relative.start()
                                                                 - 60), relative.start())
                if _belligerent(vocab, _resolve(vocab, h.group(0)))]
        if hits:
            h = hits[-1]
            return _resolve(vocab, h.group(0)) or "", ctx.work[h.start() : h.end()]
        roles = list(_PARTY_ROLE.finditer(ctx.work, max(clause_start, relative.start() - 60),
                                          relative.start()))
        found = role_actor(roles[-1].group(0), vocab.table, ctx.text, roles[-1].start()) \
            if roles else None
        if found is not None and found.actor_id is not None:
            # "a rebel assault that also damaged ...": the party of that role acts
            return found.actor_id, roles[-1].group(0)
    begin = max(clause_start, speaker_end)
    opening = _CLAUSE_OPENING.match(ctx.work, begin, cut)
    if opening:
        begin = opening.end()
    # ", killing 70 junta soldiers and taking 113 prisoners": a participle's objects
    # are not its agent
    participle = re.match(r"[\s,]*\w+ing\b", ctx.work[begin:cut]) is not None
    first = None if participle else vocab.alias_low.search(ctx.low, begin, min(cut, begin + 30))
    if first and _ACTED_BEFORE.search(ctx.work, begin, first.start()):
        first = None  # "troops killed 12 ISWAP fighters and destroyed ...": an object, no agent
    if first and _belligerent(vocab, _resolve(vocab, first.group(0))) \
            and not _PRONOUN_START.match(ctx.work, begin, cut):
        return _resolve(vocab, first.group(0)) or "", ctx.work[first.start() : first.end()]
    dateline = _DATELINE.match(ctx.work[sent.start : cut])  # ("BAMAKO (AFP) - ")
    lead = sent.start + (dateline.end() if dateline else 0)
    opener = vocab.alias_low.search(ctx.low, lead, min(cut, lead + 16)) \
        if _PARTICIPLE_CLAUSE.fullmatch(ctx.work, clause_start, cut) and speaker_end < 0 \
        and re.match(r"\w+ing\b", ctx.work[cut : cut + 20]) else None
    if opener and _belligerent(vocab, _resolve(vocab, opener.group(0))):
        # "Ukrainian forces repelled a Russian assault, destroying 19 armoured vehicles": the
        # participle's agent is the sentence's subject
        return _resolve(vocab, opener.group(0)) or "", ctx.work[opener.start() : opener.end()]
    role = _near(_ROLE_SUBJECT.match(ctx.work, begin, sent.end), cut)
    if role and not first:  # "that the rebels had lost nearly 40 fighters"
        found = role_actor(role.group(1), vocab.table, ctx.text, role.start(1))
        if found is not None and found.actor_id is not None:
            return found.actor_id, role.group(1)
    enemy = _near(_ENEMY_SUBJECT.match(ctx.work, begin, sent.end), cut)
    speaker = _speaker_party(ctx, attr) if enemy and not first else ""
    if speaker:
        # "He said the attackers had lost more than 30 fighters": the speaker's enemy
        names = _adversary(ctx, si, enemy.start(1), speaker) \
            or _listed_adversary(vocab, speaker)  # (the table's one adversary, if none named)
        actor = _resolve(vocab, names.split(" and ")[0]) if names else None
        if actor:
            return actor, names.split(" and ")[0]
    if attr and _belligerent(vocab, attr.actor):
        alias = _owner_alias(vocab, attr.claimant, attr.actor)
        if alias:
            return attr.actor or "", alias
    return _role_claimant(ctx, attr)


def _near(subject: re.Match[str] | None, cut: int) -> re.Match[str] | None:
    """A role subject "left" or "abandoned" its dead only just before the count ("left the
    bodies of 19 of their fighters"), not in an earlier clause ("... and that troops had
    recovered five weapons")."""
    if subject is not None and subject.group("left") and cut - subject.end() > 30:
        return None
    return subject


_PARTICIPLE_CLAUSE = re.compile(r",\s*(?:and\s+)?")  # ", destroying 19 vehicles"
_COUNTRY_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
                             r"(?:(?:had|has|have|also|reportedly)\s+)*$")
# a verb between the clause's opening and a party's name: the name is its object
_ACTED_BEFORE = re.compile(r"(?i)\b(?:killed|killing|neutrali[sz]ed|captured|seized|destroyed|"
                           r"shot|wounded|attacked|ambushed|repelled|routed)\b")
_AUX_ONLY = re.compile(r"(?i)\s+(?:(?:had|has|have|also|reportedly|then|only|allegedly)\s+)*")


def party_named(ctx: _Context, words: str, at: int) -> str | None:
    """The party ``words`` name: a name of the table, else their role's party in the
    article ("officers" in a police spokesman's account, "own troops" in an army's)."""
    named = _resolve(ctx.vocab, words)
    role = None if named else role_actor(words, ctx.vocab.table, ctx.text, at)
    return named or (role.actor_id if role is not None else None)


def _speaker_party(ctx: _Context, attr: _Attribution | None) -> str:
    """The party the speaker speaks for: the actor it names, else its role's party."""
    if attr is not None and _belligerent(ctx.vocab, attr.actor):
        return attr.actor or ""
    return (_role_claimant(ctx, attr) or ("", ""))[0]


def _role_claimant(ctx: _Context, attr: _Attribution | None) -> tuple[str, str] | None:
    """A claimant named by its role ("the army said", "the rebels said"): the party of
    that role the article names, as the normaliser will read it."""
    if attr is None or attr.actor is not None or not attr.claimant:
        return None
    # ("the defence ministry in Moscow" as "Russia's defence ministry")
    found = role_actor(named_by_capital(attr.claimant) or attr.claimant, ctx.vocab.table,
                       ctx.text, attr.pos)
    if found is None or not _belligerent(ctx.vocab, found.actor_id):
        return None
    return found.actor_id or "", attr.claimant


# "the attackers had lost": people the speaker names by what they did to it
# ("the militants had left the bodies of 19 of their fighters": their own dead)
_ENEMY_SUBJECT = re.compile(
    r"[\s\"']*((?:the\s+)?(?:attackers|assailants|raiders|enemy|aggressors|terrorists|gunmen))\s+"
    r"(?:(?:had|has|have|also)\s+)*(?:lost|suffered|sustained|(?P<left>left|abandoned))\b",
    re.IGNORECASE)
_ROLE_SUBJECT = re.compile(
    r"[\s\"']*((?:the\s+)?(?:rebels|militants|insurgents|jihadists|separatists|army|soldiers|"
    r"troops|militia|junta|military))\s+(?:(?:had|has|have|also)\s+)*"
    r"(?:lost|suffered|sustained|admitted|(?P<left>left|abandoned))\b", re.IGNORECASE)


def _actor_cluster(ctx: _Context, si: int, pos: int, attr: _Attribution | None) -> str:
    """The last run of actor names before ``pos`` in the sentence ("a Malian army
    battalion supported by Wagner forces"), outside the claimant's words."""
    sent = ctx.sentences[si]
    lo = attr.end if attr and attr.end <= pos else sent.start
    hits = [h for h in ctx.vocab.alias_low.finditer(ctx.low, lo, pos)
            if _belligerent(ctx.vocab, _resolve(ctx.vocab, h.group(0)))]
    if not hits:
        return ""
    first = last = hits[-1]
    for h in reversed(hits[:-1]):
        gap = ctx.work[h.end() : first.start()]
        if len(gap.split()) <= 3 and not re.search(r"[,;.]", gap):
            first = h
        else:
            break
    return ctx.work[first.start() : last.end()]


def _listed_adversary(vocab: _Vocab, agent: str) -> str:
    """The adversary the actors table implies when the text names none ("al-Shabaab said
    it seized four technicals"): the only belligerent of another side, or an armed group's
    state adversary listed first. "" when the table leaves it open (an army fighting several
    groups)."""
    if agent not in vocab.table.by_id:
        return ""
    side = vocab.table.by_id[agent].side
    others = [vocab.table.by_id[i] for i in vocab.table.adversaries(agent)]
    if len(others) == 1 or (others and side != "government"
                            and {a.side for a in others} == {"government"}):
        return others[0].name
    return ""


def _adversary(ctx: _Context, si: int, pos: int, agent: str) -> str:
    """Names of the most recently mentioned belligerents of another side than
    ``agent``'s (all of them in the sentence where they were last named)."""
    vocab = ctx.vocab
    camp = vocab.table.camp(agent) if agent in vocab.table.by_id else None
    _actor_hits(ctx)
    hits = [h for h in ctx.actor_hits if h[0] < pos and _belligerent(vocab, h[2])
            and vocab.table.camp(h[2]) != camp]
    if not hits:
        return ""
    last = hits[-1]
    sent = next((s for s in ctx.sentences if s.start <= last[0] < s.end), None)
    same = [h for h in hits if sent and sent.start <= h[0] < sent.end] or [last]
    names: list[str] = []
    seen: set[str] = set()
    for h in same:
        if h[2] not in seen:
            seen.add(h[2])
            words = ctx.work[h[0] : h[1]]
            # an army word read as the army named before it ("troops") by its name, which
            # read again elsewhere could be another army's
            names.append(words if _resolve(vocab, words) == h[2] else vocab.table.by_id[h[2]].name)
    return " and ".join(names)


_ARMY_WORDS = re.compile(r"(?<![\w-])(?:soldiers|troops|the army|government forces|the military)"
                         r"(?![\w-])")


_PARTY_ROLE = re.compile(r"(?<![\w-])(?:rebels?|separatists?|jihadists?|insurgents?|soldiers|"
                         r"troops|army|military)(?![\w-])", re.IGNORECASE)


def _actor_hits(ctx: _Context) -> list[tuple[int, int, str]]:
    """(start, end, actor id) of every party named in the article: its aliases, and
    generic army words read as the army the article names nearest before them."""
    if ctx.actor_hits is None:
        vocab = ctx.vocab
        hits = [(h.start(), h.end(), _resolve(vocab, h.group(0)) or "")
                for h in vocab.alias_low.finditer(ctx.low)]
        # (sorted spans and a bisect: an archive file names parties tens of thousands of times)
        taken = sorted({(a, b) for a, b, _ in hits})
        starts = [a for a, _ in taken]
        for h in _ARMY_WORDS.finditer(ctx.low):
            k = bisect_right(starts, h.start())
            if any(a <= h.start() < b for a, b in taken[max(0, k - 3) : k]):
                continue
            role = role_actor(h.group(0), vocab.table, ctx.text, h.start())
            if role is not None and role.actor_id is not None:
                hits.append((h.start(), h.end(), role.actor_id))
        ctx.actor_hits = sorted(hits)
    return ctx.actor_hits


# the clause's subject before "... six of their own": "that the rebels had buried"
_OWN_CLAUSE = re.compile(r"(?:\bthat\s+|,\s*|\bsaid\s+)(?P<who>(?i:the)\s+[a-z][\w'-]+|"
                         r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+(?:(?:had|have|has)\s+)?"
                         r"[a-z]+(?:ed|ied)\s+$")


def own_of_clause(ctx: _Context, si: int, start: int, attr: _Attribution | None) -> str:
    """Whose "six of their own" are when a source tells it ("a civil society leader said
    the rebels had buried six of their own dead"): the clause's subject, if it names a
    party or a role; "" when the speaker is a party (its own) or no subject is named."""
    if attr is not None and _belligerent(ctx.vocab, attr.actor):
        return ""
    sent = ctx.sentences[si]
    clause = _OWN_CLAUSE.search(ctx.work, max(sent.start, start - 80), start)
    who = clause.group("who") if clause else ""
    return who if who and (ctx.vocab.alias.fullmatch(who) or role_of(who)) else ""
