"""Whose equipment a seizure, a loss or a downing is: a possessive, an owner named in or
after the item, a country or an army word in it, the people hit beside it, or the
adversary of the party that took or destroyed it."""

from __future__ import annotations

import re

from conflict_lib.extract.agents import (
    _adversary,
    _agent,
    _listed_adversary,
    _speaker_party,
    party_named,
)
from conflict_lib.extract.gear import _EQ_INTRANSITIVE
from conflict_lib.extract.mentions import _previous_sentence_subject
from conflict_lib.extract.model import _Attribution, _Context, _Equipment, _Mention, is_own_ranks
from conflict_lib.extract.params import _UNIT_NOUN
from conflict_lib.extract.patterns import _BY_AGENT, _SEIZE_VERB
from conflict_lib.extract.vocab import _belligerent, _resolve, _Vocab, parties_named
from conflict_lib.roles import country_party, role_of


def _owner_within(vocab: _Vocab, work: str, start: int, end: int) -> re.Match[str] | None:
    """"seized two pick-up trucks mounted with machine guns from the VDP": the owner after
    a short description of the equipment, when it names a party."""
    found = vocab.eq_owner_after.search(work, start, min(end, start + 45))
    if found and not re.search(r"[,;.]", work[start : found.start()]) \
            and vocab.alias.search(found.group("np")):
        return found
    return None


# ("military vehicles": a kind of gear, not whose)
_ARMY_GEAR = re.compile(r"(?i)(?:the\s+)?(army|police)\s")
# vehicles of trade and travel, not of war (one item, not "armored vehicles, trucks, and tankers")
_CIVIL_GEAR = re.compile(r"(?i)(?:(?!army|military)[\w-]+\s+){0,2}(?:tankers?|lorr(?:y|ies)|"
                         r"(?:mini)?bus(?:es)?)|(?:[\w-]+\s+)?(?:civilian|commercial|cargo|"
                         r"passenger|merchant|private|aid|relief)\s+(?:[\w-]+\s+)?"
                         r"(?:vehicles?|trucks?|cars?|boats?|vessels?|ships?|convoys?)")
_WAR_GEAR = re.compile(r"(?i)\b(?:armou?red|tanks?|weapons|arms|ammunition|rifles|guns|artillery|"
                       r"military|army|drones?|missiles?|apcs?|technicals|mortars?)\b")
_SHOT_DOWN = re.compile(r"(?i)shot\s+down|shooting\s+down|shoot\s+down|downed|downing|"
                        r"intercept|br(?:ought|inging)\s+down|s[au]nk|sinking")


# a party named as one body, which "its" can point back to
_COLLECTIVE_END = re.compile(r"(?i)\b(?:militia|group|army|movement|organi[sz]ation|coalition|"
                             r"faction|gang|unit|battalion|brigade|junta)$")


# owners a list's first item names: a party, or the word a party uses for its enemy
_HOSTILE_WORDS = (r"(?:attackers|assailants|enemy|terrorists|militants|insurgents|rebels|"
                  r"militia|jihadists|gangs?|bandits)")
_HOSTILE = re.compile(r"(?i)" + _HOSTILE_WORDS)
# words for attackers who take or burn gear ("the assailants made off with a pickup")
_RAIDER_WORDS = (r"(?:attackers|assailants|gunmen|militants|insurgents|jihadists|terrorists|"
                 r"raiders|bandits|enemy|gang\s+members|gangs?|gangsters)")
# someone else's hand before a seizure ("and gunmen took four vehicles")
_OTHER_HAND = re.compile(r"(?i)" + _HOSTILE_WORDS + "|" + _RAIDER_WORDS
                         + r"|gunm[ae]n|fighters|kidnappers")
_OWN_CLAUSE = re.compile(r"(?i)\b(?:that|but|while|whereas|lost|losing|own)\b|;")
_POSSESSOR = re.compile(r"(?<![\w-])(?P<np>(?:[A-Z][\w-]*\s+){0,2}[\w-]+)(?:'s|(?<=s)')\s")
# an owner in the possessive: "the attackers' pickups"; after a list's lead word, its first item's
_NP_OWNER = re.compile(r"(?:the\s+)?(?P<np>[\w-]+(?:\s+[\w-]+){0,2}?)(?:'s|(?<=s)')\s")
_LIST_OWNER = re.compile(r"\s+" + _NP_OWNER.pattern)
# an army unit's (not a convoy's or a camp's: traders', the displaced)
_ARMY_UNIT = re.compile(r"(?i)(?:army\s+)?(?:(?!convoy\b|camp\b)" + _UNIT_NOUN + r"|column)")
_ENEMY_GEAR = re.compile(r"(?i)enemy(?:'s)?\s")
# gear another left: "motorcycles abandoned by the enemy", "left behind by the assailants"
_LEFT_BY = re.compile(r"(?i),?\s+(?:that\s+had\s+been\s+|which\s+had\s+been\s+)?(?:abandoned|"
                      r"left(?:\s+behind)?)\s+by\s+(?:the\s+)?(?P<np>[\w-]+(?:\s+[\w-]+)?)")


def equipment_owner(ctx: _Context, si: int, e: _Equipment, attr: _Attribution | None,
                    people: list[tuple[_Mention, str]]) -> tuple[str, str]:
    """(owner words, note) of a seized, lost or destroyed item; ("", "") if nothing says."""
    vocab = ctx.vocab
    work = ctx.work
    # a possessive or a named owner
    text = f"{e.q} {e.np}" if e.q else e.np
    region = work[max(ctx.sentences[si].start, e.np_start - 14) : e.np_end]
    hit = [s for m, s in people if m.start < e.np_start and s]
    if re.search(r"(?i)\btheir\s", region):
        # "two of the attackers' pickups and 17 of their motorcycles": the list's owner
        prior = [m for m in _POSSESSOR.finditer(work, max(ctx.sentences[si].start, e.start - 60),
                                                e.start)
                 if (vocab.alias.search(m.group("np")) or _HOSTILE.fullmatch(m.group("np")))
                 # (one list: not "... and that its fighters lost three of their (own) ...")
                 and not _OWN_CLAUSE.search(work[m.end() : e.np_end])]
        if prior:
            return prior[-1].group("np"), "owner: 'their' = the owner of the item before"
    if hit and (re.search(r"(?i)\btheir\s", region) or (
            re.search(r"(?i)\bits\s", region) and _COLLECTIVE_END.search(hit[-1])
            and not re.match(r"(?i)los", e.verb))):  # ("and lost two of its tanks": own)
        # "neutralised 12 terrorists, destroying four of their vehicles": theirs; "killing
        # hundreds of the Dagalo militia and destroying 12 of its combat vehicles": its
        return hit[-1], "owner: 'their' = the people hit before"
    if re.search(r"(?i)\b(?:its|their|our|his|her)\s", region):
        agent = _agent_for_equipment(ctx, si, e, attr)
        if agent:
            return agent[1], "owner: possessive"
    named = parties_named(vocab, text)
    if named:
        return named[0].group(0), "owner named"
    left = _LEFT_BY.match(work, e.np_end, ctx.sentences[si].end)
    if left and (_HOSTILE.fullmatch(left.group("np"))
                 or _belligerent(vocab, _resolve(vocab, left.group("np")))):
        # "recovered 19 motorcycles abandoned by the enemy": the enemy's
        return left.group("np"), "owner: who left them behind"
    party = _speaker_party(ctx, attr) if _ENEMY_GEAR.match(e.np) else ""
    if party:  # "several enemy vehicles had been destroyed": the speaker's foe's
        foe = _adversary(ctx, si, e.o_start, party) or _listed_adversary(vocab, party)
        return (foe, f"owner: the enemy of {attr.claimant}") if foe else ("", "")
    own = _NP_OWNER.match(e.np)
    if own and (vocab.alias.search(own.group("np")) or _HOSTILE.fullmatch(own.group("np"))
                or (role_of(own.group("np")) in ("army", "police")
                    and (e.o_start < e.np_start or re.match(
                        r"\s+(?:were|was|had\s+been|have\s+been|being)\b", work[e.np_end :]))
                    )):  # (not "the army's drones destroyed five pickups": the weapon)
        # "two of the attackers' pickups", "two of the army's armoured vehicles"
        return own.group("np"), "owner: possessive"
    if own and e.passive and _ARMY_UNIT.fullmatch(own.group("np")):
        # "two of the patrol's armoured vehicles were destroyed": an army unit's, read as the
        # army the article names (not a convoy's or a camp's: traders', the displaced; a
        # column's the rebels "destroyed" is whoever they fought)
        return "the army", f"owner: the {own.group('np')}'s"
    lead = _LIST_OWNER.search(work, e.start, e.np_start) if e.start < e.np_start else None
    if lead and (vocab.alias.search(lead.group("np")) or _HOSTILE.fullmatch(lead.group("np"))):
        # "destroyed the attackers' command post, six pickup trucks and 60 motorcycles":
        # the owner of the list's first item owns the rest
        return lead.group("np"), "owner: the list's first item"
    after = vocab.eq_owner_after.match(work, e.np_end, ctx.sentences[si].end) or \
        _owner_within(vocab, work, e.np_end, ctx.sentences[si].end) or \
        (vocab.eq_owner_after.match(work, e.o_end, ctx.sentences[si].end) if e.passive else None)
    if after:  # "rifles of the army", "weapons were recovered from the killed terrorists"
        return after.group("np"), "owner named"
    state = country_party(text, vocab.table)
    if state is not None:  # "downed 45 Ukrainian drones"
        return vocab.table.by_id[state.actor_id].name, "owner: the army of the country named"
    launcher = _launcher(ctx, si, e) if _LAUNCHED_ITEM.search(e.np) and (
        _SHOT_DOWN.search(e.verb) or re.match(r"(?i)destroy", e.verb)) else ""
    if launcher:  # "Russia launched 112 drones ..., and 87 of the drones were shot down"
        return launcher, "owner: the party that launched them"
    if _CIVIL_GEAR.fullmatch(e.np) and not _EQ_INTRANSITIVE.search(e.verb) \
            and not _WAR_GEAR.search(work, min(e.o_start, e.np_start),
                                     min(ctx.sentences[si].end, e.np_end + 30)):
        # "35 fuel tankers set ablaze", "two passenger buses"; not in a list of war gear
        # ("seized five armoured vehicles and two fuel tankers", "12 lorries of ammunition"),
        # nor a party's own loss ("the army said it had lost five fuel tankers")
        return "civilians", "owner: civilian vehicles"
    if gear := _ARMY_GEAR.match(e.np):  # "shot down two army drones": a role, read in the article
        force = gear.group(1).lower()
        return f"the {force}", f"owner: the {force} named in the item"
    listed = [s for m, s in people if e.o_start <= m.start < e.start and s]
    if listed and e.o_start < e.np_start and re.match(r"(?i)lost|losses", e.verb):
        # "lost 215 servicemen, a tank and three armoured vehicles": the same party's
        return listed[-1], "owner implied: the losses listed with them"
    # a crash or a loss is the claimant's (or the agent's) own
    if _EQ_INTRANSITIVE.search(e.verb):
        agent = _agent_for_equipment(ctx, si, e, attr)
        if agent:
            return agent[1], "owner implied: own loss of the claimant"
        return "", ""
    # the people hit beside them
    before = [(m, s) for m, s in people if m.start < e.o_start and s]
    shooter = (attr.actor if attr and _belligerent(vocab, attr.actor) else None) \
        if _SHOT_DOWN.search(e.verb) else None
    if shooter:  # "its air defences shot down 31 drones": the enemy's aircraft
        adversary = _adversary(ctx, si, e.o_start, shooter)
        if adversary:
            return adversary, f"owner implied: what {attr.claimant} shot down is its adversary's"
    if before and e.passive:
        return before[-1][1], "owner implied: the people hit beside them"
    if e.passive and not _SEIZE_VERB.search(e.verb) and not _BY_AGENT.match(ctx.work, e.o_end,
                                                                            e.o_end + 6):
        earlier = _previous_sentence_subject(ctx, si)
        if earlier:  # "... five soldiers had died. Additionally, two vehicles were destroyed."
            return earlier, "owner implied: the people hit in the previous sentence"
    if _raiders_took(ctx, si, e) or (e.passive and _BY_RAIDERS.match(work, e.o_end)
                                     and _military(work, e)):
        # "the assailants made off with a pickup and set fire to two armoured vehicles" (in
        # any voice: "the insurgents burned four armoured vehicles, a CJTF member said")
        return "the army", "owner implied: military gear attackers took or burned"
    agent = _agent_for_equipment(ctx, si, e, attr)
    if agent:
        adversary = _adversary(ctx, si, e.o_start, agent[0])
        if adversary:
            return adversary, f"owner implied: the adversary of {agent[1]} last named"
    party = _speaker_party(ctx, attr)
    if before and party and not e.passive and agent is not None and agent[0] == party \
            and not _OTHER_HAND.search(work, max(ctx.sentences[si].start, e.o_start - 40),
                                       e.o_start):
        # "its men ... killing 23 of them for the loss of four soldiers, and had recovered
        # 14 motorcycles", "42 of its servicemen were killed and its forces destroyed two
        # launchers": the speaker's side took or wrecked them, and not its own gear (unlike
        # "it lost 12 soldiers and the terrorists seized three vehicles")
        before = [(m, s) for m, s in before  # (nor its own ranks: "its own toll")
                  if party_named(ctx, s, m.start) != party and not is_own_ranks(s)]
    if before:
        return before[-1][1], "owner implied: the people hit in the same sentence"
    if party and not _EQ_INTRANSITIVE.search(e.verb):
        # "It published images of seized weapons": a party's trophies are its adversary's
        adversary = _adversary(ctx, si, e.o_start, party)
        if adversary:
            return adversary, f"owner implied: the adversary of the claimant {attr.claimant}"
    adversary = _listed_adversary(vocab, agent[0]) if agent else ""
    if adversary:
        return adversary, f"owner implied: the adversary of {agent[1]} in the actors table"
    # (counted vehicles and arms only: "weapons", "a logistics depot", "an arms cache"
    # beside them are not tallied)
    enemy = _enemy_hit_before(ctx, si, party) if party and e.q and not _STORES.search(e.np) \
        and not _EQ_INTRANSITIVE.search(e.verb) else ""
    if enemy:  # "neutralised 23 terrorists. ... had also recovered 17 motorcycles": theirs
        return enemy, f"owner implied: the enemy {attr.claimant} counted just before"
    return "", ""


# attackers named by a word for them, as the subject of the verb that took or burned the
# item (not its object: "neutralised 12 terrorists and destroyed five vehicles")
_RAIDERS = re.compile(r"(?i)(?:^|[,;:]\s*|\b(?:that|said|and|as|while|when)\s+)(?:the\s+)?"
                      + _RAIDER_WORDS + r"(?:\s*,[^,.;]{1,80},)?(?:\s+(?:had|have|has|also|"
                      r"then|reportedly))*\s+(?:[a-z]+\s+[^.;]{1,80}?\s*(?:,|\band)\s+)?$")
# gear only an army fields, or gear a unit is said to own ("the unit's vehicles")
_MILITARY_GEAR = re.compile(r"(?i)\b(?:armou?red|apcs?|tanks?|technicals?|gun\s*trucks?|military|"
                            r"army|machine[\s-]+guns?|" + _UNIT_NOUN + r"'s)(?![\w-])")
_ARMED_WITH = re.compile(r"(?i)\s+(?:mounted|fitted|armed)\s+with\b")  # "a pickup mounted with"


def _raiders_took(ctx: _Context, si: int, e: _Equipment) -> bool:
    """Attackers, by a word for them, took or burned gear only an army fields (trucks or
    motorcycles near a base may be anyone's: traders', villagers', aid convoys')."""
    sent = ctx.sentences[si]
    # (the clause from the sentence's start, so that "^" is where the sentence opens)
    return bool(_RAIDERS.search(ctx.work[sent.start : e.o_start])) and _military(ctx.work, e)


def _military(work: str, e: _Equipment) -> bool:
    return bool(_MILITARY_GEAR.search(work, e.np_start, e.np_end)
                or _ARMED_WITH.match(work, e.np_end))


# "four armoured vehicles had been set ablaze by the insurgents"
_BY_RAIDERS = re.compile(r"(?i)\s+by\s+(?:the\s+)?" + _RAIDER_WORDS + r"(?![\w-])")


_STORES = re.compile(r"(?i)\b(?:depots?|caches?|arms|weapons?|ammunition|equipment|materiel|"
                     r"supplies|munitions?)$")


def _enemy_hit_before(ctx: _Context, si: int, party: str) -> str:
    """The people of another camp than ``party`` (or its word for its enemy) last counted
    in the two sentences before ``si``."""
    vocab = ctx.vocab
    camp = vocab.table.camp(party) if party in vocab.table.by_id else None
    for j in range(si - 1, max(-1, si - 3), -1):
        for m in reversed(ctx.mentions.get(j, ())):
            if not (m.q and m.subject):
                continue
            actor = _resolve(vocab, m.subject)
            if _HOSTILE.fullmatch(m.subject) or (_belligerent(vocab, actor)
                                                 and vocab.table.camp(actor) != camp):
                return m.subject
    return ""


def _agent_for_equipment(ctx: _Context, si: int, e: _Equipment, attr: _Attribution | None
                         ) -> tuple[str, str] | None:
    fake = _Mention(e.start, e.end, e.q, e.np, e.np_start, o_start=e.o_start)
    return _agent(ctx, si, fake, attr)


# "Russia had launched 112 drones and two missiles": the launcher names whose they are
_LAUNCHED_WORD = r"(?:drones?|missiles?|rockets?|shaheds?|uavs?)\b"
_LAUNCHED_ITEM = re.compile(r"(?i)\b" + _LAUNCHED_WORD)
_LAUNCH_VERB = (r"\s+(?:had\s+|has\s+|have\s+)?(?:launched|fired)\s+(?:[\w,-]+\s+){0,5}?"
                + _LAUNCHED_WORD)
_LAUNCHED = re.compile(_LAUNCH_VERB, re.IGNORECASE)


_NAME_LAUNCHED = re.compile(r"\b([A-Z][\w'-]+)(?=" + _LAUNCH_VERB + ")")


def _launcher(ctx: _Context, si: int, e: _Equipment) -> str:
    """The party said to have launched drones or missiles ("Russia had launched 112
    drones"), in this sentence before the downed item or in the one before; asked only
    for downed or destroyed drones and missiles."""
    vocab = ctx.vocab
    for j in (si, si - 1):
        if j < 0:
            continue
        sent = ctx.sentences[j]
        end = e.np_start if j == si else sent.end
        hits = [h for h in vocab.alias.finditer(ctx.work, sent.start, end)
                if _LAUNCHED.match(ctx.work, h.end())
                and _belligerent(vocab, _resolve(vocab, h.group(0)))]
        if hits:
            return hits[-1].group(0)
        for named in reversed(list(_NAME_LAUNCHED.finditer(ctx.work, sent.start, end))):
            state = country_party(named.group(1), vocab.table)
            if state is not None and state.actor_id:  # "Russia launched": its army's
                return vocab.table.by_id[state.actor_id].name
    return ""


# between two counted items of one list: "three Russian tanks and 11 armoured vehicles"
_LIST_GAP = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
                       r"(?:[\w-]+\s+){1,3}")
# an item's own words on whose it is: "12 motorbikes abandoned by residents"
_ITEM_OWNER = re.compile(r"(?i)\s+(?:of|belonging|abandoned|owned|from|left|used|driven|operated|"
                         r"flown)\b")
