"""Whose losses: the head noun of the counted phrase, generic nouns owned by the
party that lost them, prisoners as the captor's adversary, zero claims and tolls
(the owner of equipment is ``owners``')."""

from __future__ import annotations

import re

from conflict_lib.countries import state_of
from conflict_lib.extract.agents import (
    _actor_cluster,
    _adversary,
    _agent,
    _listed_adversary,
    _owner_alias,
    _speaker_party,
    own_of_clause,
    party_named,
)
from conflict_lib.extract.counted import _LOSSES_AT, named_among
from conflict_lib.extract.enemies import (
    _enemy_acted_on,
    their_dead_first_person,
    they_lost_first_person,
)
from conflict_lib.extract.equipment import _equipment
from conflict_lib.extract.gear import _EQ_INTRANSITIVE
from conflict_lib.extract.headlines import _is_headline
from conflict_lib.extract.mentions import _noun_groups, _previous_sentence_subject
from conflict_lib.extract.model import _Attribution, _Context, _Mention, _whole, own_ranks
from conflict_lib.extract.owners import equipment_owner
from conflict_lib.extract.params import (
    _CARRY,
    _GENERIC,
    _HELD_ONLY,
    _NUMBER_STOP,
    _PNOUN_WORD,
    _POSSESSIVE,
    _PRONOUN_REGION,
    _SURVIVORS,
    OWN_PEOPLE,
)
from conflict_lib.extract.patterns import (
    _ADMIT_VERB,
    _ARMED_GROUPS,
    _AUX_GAP,
    _CLAUSE_TURN,
    _GENERIC_WHOLE,
    _KILLS,
    _LOSS_WORD,
    _OBJECT_OF,
    _OF_THEM,
    _OWN_FIGHTERS,
    _PLURAL,
    _POSSESSIVE_END,
    _RANK_AND_FILE,
    _RELATIVE_WHO,
    _SUBSET_NOUN,
)
from conflict_lib.extract.speakers import GROUP_WORDS, _named_group, group_meant
from conflict_lib.extract.story import (
    _earlier_killed_subject,
    civil_claimant,
    others_subject,
)
from conflict_lib.extract.vocab import _belligerent
from conflict_lib.roles import (
    country_party,
    family_of,
    is_civilian_phrase,
    party_by_head,
    role_of,
)

# a whole of several parties ("government forces, Druze factions and civilians")
_LUMPED = re.compile(r",|\band\b")
_ROLE_PLURAL = re.compile(r"(?i)^(?:[A-Z][\w-]*\s+)?(?:soldiers|troops|officers|servicemen|"
                          r"policemen|police officers|gendarmes)$")


def _subject(ctx: _Context, si: int, m: _Mention, attr: _Attribution | None,
             previous: list[_Mention]) -> tuple[str, str]:
    """(subject_raw, note) of a people mention."""
    vocab = ctx.vocab
    work = ctx.work
    np = _strip_quantity_words(m.np)
    if m.kind == "alone" and _is_zero(m.q):
        zero = _zero_subject(ctx, si, m, attr)
        if zero:
            return zero, "zero claim"
    if m.subset_of is not None and m.subset_of.subject:
        named = _SUBSET_NOUN.match(work, m.end, ctx.sentences[si].end) if m.kind == "alone" \
            else None
        noun = named.group(1) if named else np
        if group := group_meant(ctx, si, m.start, noun):
            noun = group  # "one of the dead was a member of the group": the group named last
        if noun and (is_civilian_phrase(noun) or vocab.table.aliases.find(noun)
                     or ((_ANYONE.match(m.subset_of.subject) or _LUMPED.search(m.subset_of.subject))
                         and (role_of(noun) or party_by_head(noun, vocab.table)
                              or _ROLE_PLURAL.search(noun)))  # ("Congolese soldiers")
                     or (_GENERIC_WHOLE.fullmatch(m.subset_of.subject)
                         and _RANK_AND_FILE.fullmatch(noun))):
            # "12 people, including nine soldiers": the soldiers are the army's
            return noun, "part of " + repr(m.subset_of.np or m.subset_of.subject)
        # "including a captain", "three of them commanders": members of the group counted
        return m.subset_of.subject, "part of " + repr(m.subset_of.np or m.subset_of.subject)
    rest = _SUBSET_NOUN.match(work, m.end, ctx.sentences[si].end) if m.kind == "alone" \
        and _REST_OF.search(work, max(ctx.sentences[si].start, m.start - 16), m.start) else None
    if rest and (is_civilian_phrase(rest.group(1)) or vocab.table.aliases.find(rest.group(1))):
        # "only three of its men had died and the other 10 were villagers": the rest named
        return rest.group(1), "the rest of the dead, named"
    if group := group_meant(ctx, si, m.start, np):  # "two of the group's commanders"
        return group, "'the group' = the armed group named last"
    left = _ENEMY_LEFT.search(work, max(ctx.sentences[si].start, m.start - 40), m.start)
    if left and re.fullmatch(r"(?i)bod(?:y|ies)|corpses?", np.strip()):
        return left.group(1), "the dead the enemy left"  # "the enemy left 70 bodies"
    owner = _LOSSES_AT.search(work, max(ctx.sentences[si].start, m.start - 120), m.start)
    if owner and _GENERIC.fullmatch(np.strip()):  # "put Russian losses ... at 1,090 troops"
        return f"{owner.group('owner')} {np}", "owner of the losses put at the figure"
    had = _HAD_KILLED.search(work, max(ctx.sentences[si].start, m.start - 60), m.start)
    if had and m.o_start >= m.end and _GENERIC.fullmatch(np.strip()):
        # "the RSF had a few fighters killed": the party's own
        return f"{np} ({state_of(had.group('owner'))})", "owner of the counted: 'had ... killed'"
    lost = _NAME_LOST.search(work, max(ctx.sentences[si].start, m.start - 60), m.start)
    role = _ROLE_LOST.search(work, max(ctx.sentences[si].start, m.start - 30), m.start)
    if role and _GENERIC.fullmatch(np.strip()):
        # "The regime lost 140 soldiers" in a rebel's words: the state's men; "the army had
        # lost 20 soldiers", "the rebels lost four fighters": that role's
        word = role.group(1).lower()
        return (f"{word} {np}" if word in ("regime", "junta") else f"{np} (the {word})"), \
            "owner of the counted: who lost them"
    if lost and _GENERIC.fullmatch(np.strip()) and not _PRONOUN_REGION.match(lost.group("owner")):
        # "Russia had lost 1,080 troops": the loser's own
        return f"{np} ({state_of(lost.group('owner'))})", "owner of the counted: who lost them"
    side = _OUR_SIDE.search(work, ctx.sentences[si].start, m.start)
    if side and (m.kind == "alone" or (_GENERIC.search(np) and not vocab.alias.search(np))):
        return own_ranks(side.group(1) or "its"), "'on our side'"  # "On our side, two ..."
    if m.kind == "alone" and (own := _own_ranks(ctx, si, m.o_end or m.end, attr)):
        return own, "'in its own ranks'"
    of_own = _OF_OWN.match(work, m.end, ctx.sentences[si].end) if m.kind == "alone" else None
    if of_own:  # "lost only two of their own": the claimant's own, read once it is settled
        return own_of_clause(ctx, si, m.start, attr) or own_ranks(of_own.group(1)), \
            "'of their own'"
    every = all_of_them(ctx, si, max(m.end, m.o_end)) \
        if m.kind == "alone" or _ANYONE.fullmatch(np) else ""
    if every:  # "received 14 dead and more than 40 wounded, all of them civilians"
        return every, "all of them " + every
    # "40 other people were wounded", "four other terrorists": named anew, not carried over
    if m.kind == "alone" or (_CARRY.match(np) and not _PNOUN_WORD.search(_CARRY.sub("", np))):
        if m.kind == "alone" and (among := named_among(ctx, si, max(m.end, m.o_end))):
            return among, "the people it is counted among"  # '"several wounded" among troops'
        them = _OF_THEM.search(work, m.start, m.end) if m.kind == "alone" else None
        if them and (enemy := _their_enemy(ctx, si, m, attr)):
            return enemy, "'them' = the claimant's adversaries"
        if them:
            # "... the terrorists had been repelled and that several of them ...": the
            # nearest plural people noun earlier in the sentence, unless a count is nearer
            # ("rebel forces had "neutralised 28" of them": not the agent before the verb)
            verb_at = m.o_start if m.o_start and m.o_start < m.start else -1
            heads = [(a, b) for a, b in _noun_groups(ctx, si) if b <= m.start
                     and _PLURAL.search(ctx.low[a:b].replace("'s", ""))
                     and not (_AUX_GAP.fullmatch(work, b, max(verb_at, b))
                              # ("troops pursuing the assailants had killed five of them":
                              # the assailants are the participle's object, not the agent)
                              and not _OBJECT_OF.search(work, max(0, a - 30), a))]
            while len(heads) > 1 and _RELATIVE_WHO.search(work, heads[-2][1], heads[-1][0]) \
                    and "," in work[heads[-1][1] : m.start]:
                heads.pop()  # "local vigilantes who had chased the kidnappers, killing 13 of them"
            heads = heads or [g.span() for g in _ARMED_GROUPS.finditer(  # "an ambush by
                work, ctx.sentences[si].start, m.start)]  # terrorist groups ... 21 of them"
            if heads and (not previous or heads[-1][0] > previous[-1].end):
                # "Wazalendo and FDLR militiamen"; "the army and its allied militias": both
                pair = _AND_ITS.search(work, max(ctx.sentences[si].start, heads[-1][0] - 50),
                                       heads[-1][0])
                pair = pair if pair and (role_of(pair.group(1))
                                         or vocab.alias.search(pair.group(1))) else None
                head = work[pair.start(1) if pair else heads[-1][0] : heads[-1][1]]
                party = _speaker_party(ctx, attr) if _DEALT.search(m.outcome or "") else ""
                if party and party_named(ctx, head, m.start) == party \
                        and (foe := _adversary(ctx, si, m.start, party)
                             or _listed_adversary(vocab, party)):
                    # '"own troops engaged the khwarij" and eight of them were "sent to hell"':
                    # what a side deals, it deals its adversaries
                    return foe, "'of them' dealt by the speaker's side: its adversaries"
                return head, "'of them' read as " + repr(head)
        named = _SUBSET_NOUN.match(work, m.end, ctx.sentences[si].end) if them else None
        if named and previous and (vocab.table.aliases.find(named.group(1))
                                   or role_of(named.group(1))
                                   or party_by_head(named.group(1), vocab.table)):
            # "a toll of 13 dead, two of them soldiers": the part names its own party (and
            # what is told after it carries over from the whole, not from the part)
            m.subset_of = _whole(previous[-1])
            return named.group(1), "part of " + repr(m.subset_of.subject)
        if _WE_LOST.search(work, max(ctx.sentences[si].start, m.start - 30), m.start):
            # "The regime lost 90 soldiers and we lost four": the speaker's own, not the 90's
            return own_ranks("our"), "'we lost': the speaker's own"
        if previous:
            p = _whole(previous[-1])
            listed = _listed_with(work, previous, p)
            if listed:  # "three soldiers and five VDP ..., and a few others": all of them
                return listed, "subject carried over from the list " + repr(listed)
            return p.subject, "subject carried over from " + repr(p.np or p.subject)
        target = _struck_group(ctx, si, m) if m.kind == "alone" else ""
        if target:  # "clashed with a group of insurgents ..., killing 14"
            return target, "the people the clause attacked"
        if m.kind == "alone" and _DEAD_NOUN.match(m.outcome or "") and not _is_zero(m.q):
            story = _earlier_killed_subject(ctx, si)  # "there were more than 60 dead"
            if story:
                return story, "the story's victims"
        back = _previous_sentence_subject(ctx, si)
        if back:
            return back, "subject carried over from the previous sentence"
        if m.kind != "alone" and re.search(r"(?i)wound|injur|hurt|kill|dead|die|missing",
                                           m.outcome or "") \
                and (dead := others_subject(ctx, si, m.start, attr and attr.claimant,
                                            (attr and attr.actor) or _speaker_party(ctx, attr))):
            return dead, "others than the dead counted before"  # "30 others were wounded"
        if m.kind == "alone" and _KILLS.match(m.outcome or "") and not _is_zero(m.q) \
                and re.search(r"(?i)ing\W*$", m.outcome) and not _is_headline(ctx, si) \
                and not re.match(r"\s+of\s+(?:thousands|millions)", work[m.end:]) \
                and (agent := _agent(ctx, si, m, attr)) and agent[0] \
                and (adversary := _adversary(ctx, si, m.start, agent[0])):
            # "the army had dismantled a unit, killing 74 and arresting 52": its adversaries
            return adversary, f"the adversaries of {agent[1]}"
        return "", ""
    between = BETWEEN_PARTIES.search(work, ctx.sentences[si].start, ctx.sentences[si].end) \
        if re.fullmatch(r"(?i)(?:people|persons|individuals)", np) else None
    if between and between.start() > m.start and _GOES_ON.search(between.group(0)):
        between = None  # "..., a rights group said, as fighting between X and Y intensified"
    if between:  # "fighting between the army and the rebels killed 23 people": all of them
        return f"{between.group(1)}, {between.group(2)} and civilians", \
            f"people killed in {FIGHTING_BETWEEN}: both and civilians"
    if _SURVIVORS.search(np):
        cluster = _actor_cluster(ctx, si, m.start, attr)
        if cluster:
            return cluster, "survivors of " + repr(cluster)
    if _HELD_ONLY.match(np):
        lump = _lumped_foes(ctx, si, previous)
        if lump:  # "killed "more than 60 soldiers and militiamen", taken nine prisoners"
            return lump, "prisoners of the parties it killed in the same sentence"
        agent = _agent(ctx, si, m, attr)
        adversary = _adversary(ctx, si, m.start, agent[0]) if agent and agent[0] else ""
        if adversary:
            return adversary, f"prisoners read as the adversaries of {agent[1]} last named"
        return np, ""
    if _INFLICTED.search(work, max(ctx.sentences[si].start, (m.o_start or m.start) - 25),
                         m.o_start or m.start):
        # "inflicted losses of up to 1,385 servicemen on Ukrainian units": on whom
        on = vocab.on_np.match(work, m.end, ctx.sentences[si].end)
        if on:
            return on.group("np"), "losses inflicted on " + repr(on.group("np"))
        named = re.search(r"(?i)\bon\s+(?:the\s+)?(.+?)\s+of$", m.outcome or "")
        if named:  # "inflicted losses on Kyiv of up to 420 servicemen": Ukraine's
            return state_of(named.group(1)), \
                "losses inflicted on " + repr(named.group(1))
    own = vocab.table.aliases.find(np)
    own = [i for i in own if vocab.table.by_id[i].kind in ("belligerent", "non-combatant")]
    possessive = bool(_POSSESSIVE.match(np)) or bool(_MARTYRS.match(np)) or bool(
        re.search(r"\bof\s+(?:its|their|our)\s*$", work[max(0, m.np_start - 12) : m.np_start])) \
        or bool(_POSSESSIVE_END.search(work, max(0, m.start - 8), m.start))
    group = _GROUP_BEFORE.search(work, max(ctx.sentences[si].start, (attr.end if attr else 0)),
                                 m.start) if possessive and not own \
        and _GROUP_MEMBERS.search(np) else None
    if group and (named := _named_group(ctx, si, group.start(), back=6)):
        # "an air strike on a gathering of the same group had killed 38 of its fighters"
        return named, f"'its' = {named} ('{group.group(0).strip()}')"
    chief = _CHIEF_AND.search(work, max(ctx.sentences[si].start, m.start - 80), m.start) \
        if possessive and not own and _CHIEF_MEN.search(np) else None
    if chief and (chief["role"] or any(_belligerent(vocab, i)
                                        for i in vocab.table.aliases.find(chief["party"]))):
        # "killed a JNIM commander and eight of his men": the commander's men
        party = f"{chief['role']} {np.split()[-1]}" if chief["role"] else chief["party"]
        return party, f"'his' = the {chief['party'] or chief['role']} {chief['chief']}'s"
    if not own and ((possessive and (enemy := their_dead_first_person(ctx, si, m, attr))) or (
            _GENERIC.search(np) and (enemy := they_lost_first_person(ctx, si, m, attr)))):
        # "we counted 31 of their bodies": in the speaker's "we", "they" are the other side
        return enemy, f"'{np}' in a first-person account: the speaker's adversaries"
    if _MARTYRS.match(np) and not own and attr and not re.match(r"(?i)los", m.outcome) \
            and civil_claimant(ctx, attr.claimant, attr.actor):  # (not "we lost 11 martyrs")
        return "civilians", "martyrs a voice outside the fighting counted"  # (rescuers')
    owner = None
    if possessive or (not own and _GENERIC.search(np) and _own_loss(ctx, m.outcome, attr)):
        owner = _agent(ctx, si, m, attr)
        if owner and not possessive and attr and owner[0] == attr.actor \
                and role_of(np) == "army" \
                and _OWN_FIGHTERS.search(work, ctx.sentences[si].start, m.start):
            owner = None  # "its fighters had killed 12 ..., and 31 soldiers had lost their lives"
    elif not own:
        owner = _army_own_fate(ctx, m, np, attr)
    if owner and owner[0] and possessive and not re.search(r"(?i)\bown\b", np) and attr \
            and not _CLAUSE_TURN.search(work, attr.end, m.o_start or m.start) \
            and (enemy := _enemy_acted_on(ctx, si, m, attr)):
        # "JNIM said it had routed the column, killing dozens of its members": the speaker's
        # own clause killed them, so "its" is whom it fought, not the speaker
        return enemy, f"'{np}' the speaker's side acted on: its adversaries"
    if owner and owner[0] and possessive and not own and attr is not None \
            and owner[1] in (attr.claimant or "") and _GENERIC_OWN_NP.match(np):
        # "its fighters" of the speaker: kept as written, so the normaliser reads it
        # with the claimant the parse settles on
        return np, "'its' = the claimant"
    if owner and owner[0]:
        actor, alias = owner
        base = re.sub(r"^(?:(?:the|some|all|both)\s+)?(?:of\s+)?(?:its|their|our|his|her)\s+",
                      "", np, flags=re.IGNORECASE)
        if own and actor not in own:
            return alias, f"'{np}' read as {alias}'s own"
        if not own:
            return f"{base} ({alias})", f"'{base}' read as {alias}'s own"
        return base, ""
    if _FAMILY_MEMBERS.match(work, m.start, m.start + 90):  # "six members of the X family"
        return "civilians", "members of a family"
    whose = _of_whom(ctx, si, m, np)
    if not whose and not own and _BARE_MEMBERS.fullmatch(np) \
            and (enemy := _enemy_acted_on(ctx, si, m, attr)):
        # "it had killed 100 rebels ... and captured six fighters": the speaker's enemies
        return enemy, "fighters the speaker's side acted on: its adversaries"
    if whose:
        return f"{np} of {whose}", ""
    return np, ""


# a party's leader counted just before "his men": "a JNIM commander and eight of his men"
# ("an insurgent leader and nine of his fighters": a role's, which the normaliser reads)
_CHIEF_AND = re.compile(r"\b(?:an?|the|one)\s+(?P<party>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|"
                        r"(?P<role>rebel|insurgent|militant|jihadist|terrorist|separatist|"
                        r"guerrilla|gang|militia))\s+"
                        r"(?:[a-z]+\s+)?(?P<chief>commander|leader|emir|chief|officer|colonel|"
                        r"general|captain)\b(?:\s+[^,;.]{0,30}?)?,?\s+(?:and|as\s+well\s+as|"
                        r"along\s+with|together\s+with)\s+$")


# (his fighters, not his captives or relatives)
_CHIEF_MEN = re.compile(r"(?i)\b(?:men|fighters|soldiers|troops|bodyguards|guards|followers|"
                        r"militants|elements|comrades|lieutenants)$")


# the bodies the enemy left behind are its own dead: "the enemy left well over a hundred
# bodies in the sand" (a count of bodies right after it)
_ENEMY_LEFT = re.compile(r"(?i)\b((?:the\s+)?(?:enemy|attackers|assailants|terrorists|"
                         r"militants|rebels|insurgents|jihadists))(?:\s*,\s*(?:who|which))?\s+"
                         r"(?:(?:had|has|have)\s+)?(?:left|abandoned)\s+(?:behind\s+)?(?:well\s+)?"
                         r"(?:(?:over|more\s+than|at\s+least|around|about|some|nearly|almost|"
                         r"up\s+to)\s+)?$")


# a group the clause names as an owner before "its fighters" ("a gathering of the same
# group"): "its" points to it, not to the speaker; an army's "soldiers" never do
_GROUP_BEFORE = re.compile(r"(?i)\bof\s+(?:the|that|this)\s+(?:same\s+)?(?:armed\s+|jihadist\s+|"
                           r"militant\s+)?" + GROUP_WORDS + r"\b")
_GROUP_MEMBERS = re.compile(r"(?i)\b(?:fighters|members|militants|combatants|elements)$")
# "put Russian losses over the same period at 1,090 troops": whose losses the figure is
# a party named before its verb: "the RSF", "Russia", "Burkina Faso", "Russian forces"
_OWNER_NAME = (r"\b(?P<owner>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
               r"(?:\s+(?:forces|troops|army|military))?)\s+")
_HAD_KILLED = re.compile(_OWNER_NAME + r"(?:had|has|have)\s+$")
_NAME_LOST = re.compile(_OWNER_NAME + r"(?:had\s+|has\s+|have\s+)?lost\s+$")
_REST_OF = re.compile(r"(?i)\bthe\s+(?:other|remaining)\s+$")
_WE_LOST = re.compile(r"(?i)\bwe\s+(?:have\s+|had\s+)?(?:only\s+)?lost\s+(?:only\s+|just\s+)?$")
_ROLE_LOST = re.compile(r"(?i)\bthe\s+(regime|junta|army|military|rebels|militants|insurgents|"
                        r"jihadists|police)\s+(?:had\s+|has\s+|have\s+)?lost\s+$")


# "60 soldiers of the army and the allied Joint Forces at Um Sidr": the complement
# after "of", up to a place, time or clause word, says whose members were hit.
_OF_COMPLEMENT = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+(?=\"))?\"?(?P<whose>[^,.;:()\"]{2,90}?)(?=\s+(?:at|in|near|on|"
    r"during|after|before|when|while|who|which|that|around|outside|inside|since|by|with|from|"
    r"as|were|was|had|have|has|and\s+(?:\d|" + _NUMBER_STOP + r"))\b|\s*[,.;:()\"]|$)")
_MEMBER_HEAD = re.compile(
    r"(?i)\b(?:fighters?|men|members?|troops?|soldiers?|personnel|elements?|combatants?|"
    r"servicem[ae]n|recruits?|officers?|cadres?|militants?|ranks|forces)$")


def _of_whom(ctx: _Context, si: int, m: _Mention, np: str) -> str:
    """The party in "members of <party>" after a generic member noun: a name the
    table knows, a role ("the army"), or a capitalised name the table does not know;
    "members of the same family" names no party and is left out."""
    if not _MEMBER_HEAD.search(np) or ctx.vocab.table.aliases.find(np):
        return ""
    tail = _OF_COMPLEMENT.match(ctx.work, m.end, ctx.sentences[si].end)
    if not tail:
        return ""
    whose = tail.group("whose").strip()
    parts = re.split(r"(?i)\s*(?:,|\band\b|&)\s*", whose)
    if ctx.vocab.alias.search(whose) or any(role_of(p) for p in parts if p) \
            or re.search(r"\b[A-Z][\w'-]*[A-Za-z]", whose):
        return whose
    return ""


_WE_ACT = re.compile(r"(?i)(?:\b(?:we|they|it|he)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+)?"
                     r"(?:killed|wounded|injured|captured|neutrali[sz]ed|eliminated|took)|"
                     # "its fighters had repelled attacks on three axes, killing dozens of them"
                     r"\b(?:its|our|their)\s+(?:own\s+)?(?:fighters|forces|troops|units|men)\s+"
                     r"(?:had\s+|have\s+)?(?:repelled|repulsed|routed|thwarted|foiled|ambushed|"
                     r"attacked|engaged|pursued|struck|overran|stormed)\b(?P<span>[^.;]{0,80}?),\s+"
                     r"(?:killing|wounding|capturing))"
                     r"\s+(?:at\s+least\s+|"
                     r"more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+)?[\"']?$")


def _their_enemy(ctx: _Context, si: int, m: _Mention, attr: _Attribution | None) -> str:
    """"We killed more than 20 of them": in a party's voice, "them" are its adversaries."""
    sent = ctx.sentences[si]
    act = _WE_ACT.search(ctx.work, max(sent.start, m.start - 140), m.start)
    if not act or (act.group("span") and ctx.vocab.heads.search(act.group("span"))):
        return ""  # ("repelled the mercenaries of X, killing dozens of them": those named)
    party = _speaker_party(ctx, attr)
    return (_adversary(ctx, si, m.start, party) or _listed_adversary(ctx.vocab, party)) \
        if party else ""


# a family named or counted ("the Abu Shaaban family", "two families"), which no table lists
# ("members of the same family" reads as written); the count right before the members
_FAMILY_MEMBERS = re.compile(r"[^,;.]{0,25}?\b[Mm]embers?\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w'-]*\s+)"
                             r"{1,3}|(?:two|three|four|five|six|several|\d+)\s+)famil(?:y|ies)\b")
_BARE_MEMBERS = re.compile(r"(?i)(?:fighters|gunmen|combatants|members|elements|men)")
def _listed_with(work: str, previous: list[_Mention], last: _Mention) -> str:
    """The subjects of a count listed with ``last`` by "and" ("three soldiers and five
    VDP"), joined; "" when ``last`` stands alone or the list names one party."""
    k = next((i for i, p in enumerate(previous) if p is last), -1)
    if k < 1:
        return ""
    first = previous[k - 1]
    if first.subset_of is not None or first.outcome != last.outcome \
            or not re.fullmatch(r"\s+and\s+", work[first.end : last.start]) \
            or first.subject == last.subject:
        return ""
    return f"{first.subject} and {last.subject}"


# the note on such rows: the party tables must not read the lump as allies
FIGHTING_BETWEEN = "fighting between two parties"
# ("fighting between X and Y": the two parties; also read by the normaliser's "fighters")
BETWEEN_PARTIES = re.compile(
    # ("Clashes on Sunday between ...": the day between the word and its parties)
    r"(?i)\b(?:clashes|fighting|battles?|combat|confrontations?)(?:\s+(?:(?:late|early)\s+)?on\s+"
    r"[A-Z][a-z]+|\s+overnight)?\s+between\s+"
    r"(?:the\s+)?([^,.;]{2,60}?)\s+and\s+(?:the\s+)?([^,.;]{2,60}?)"
    r"(?=\s+(?:near|in|at|on|east|west|north|south|around|over|since|that|which|"
    r"killed|left|has|have|had|leave|leaves|kill|kills)\b|[,.;])")


# the fighting as a backdrop that goes on, not the cause of these deaths
_GOES_ON = re.compile(r"(?i)\b(?:intensified|intensifies|continued|continues|raged|rages|"
                      r"escalated|escalates|spread|spreads|persisted|dragged|grinds)\b")


def _strip_quantity_words(np: str) -> str:
    return re.sub(r"^(?:of\s+)?(?:the\s+)?(?=\w)", "", np.strip(), flags=re.IGNORECASE) \
        if np.lower().startswith(("of ", "the ")) and not _POSSESSIVE.match(np) else np.strip()


_INFLICTED = re.compile(r"(?i)\binflict(?:ed|ing|s)?\s+(?:heavy\s+)?$")


# a bare army word: "nine soldiers", "a single soldier", "troops", "servicemen"
_BARE_ARMY = re.compile(r"(?i)(?:(?:more|other|further)\s+)?(?:soldiers?|troops|servicem[ae]n|"
                        r"service\s+members?)")
# fates an army deals, not one it tells of its own men ("40 servicemen were eliminated")
_DEALT = re.compile(r"(?i)eliminat|neutrali|liquidat|destroy|hell|wiped|annihilat|by\s+our")
# a verb right before the count: the fate is told before ("had lost up to 215 servicemen
# killed and wounded", "killing up to 40 soldiers")
_VERB_THEN_COUNT = re.compile(r"(?i)\b(?:lost|\w+ing|\w+ed)\s+[\"']?$")


def _army_own_fate(ctx: _Context, m: _Mention, np: str, attr: _Attribution | None
                   ) -> tuple[str, str] | None:
    """(party, alias) of an army telling its own men's fate: a bare army word before a
    passive fate ("nine soldiers had been killed and 16 wounded", "not a single soldier
    had been taken prisoner") in the account of an army; None otherwise (the army named
    nearest, as the normaliser reads it, may be a foreign army named in between)."""
    if attr is None or not _BARE_ARMY.fullmatch(np) or m.o_start < m.end \
            or _DEALT.search(ctx.work, m.o_start, max(m.o_end, m.o_start + 30)) \
            or _VERB_THEN_COUNT.search(ctx.work, max(0, m.start - 30), m.start):
        return None
    # (a party the speaker names, or its country, not one read from a role: "the army's
    # spokesman" may be another army's than the one named nearest)
    state = country_party(attr.claimant, ctx.vocab.table) if attr.actor is None else None
    party = attr.actor if _belligerent(ctx.vocab, attr.actor) else state and state.actor_id
    if not party or family_of(party, ctx.vocab.table) != "army":
        return None
    return party, _owner_alias(ctx.vocab, attr.claimant, party) or ctx.vocab.table.by_id[party].name


def _own_loss(ctx: _Context, outcome: str, attr: _Attribution | None) -> bool:
    """Losing or admitting: "losing seven fighters", "admitted that five men died"."""
    if _LOSS_WORD.match(outcome):
        return True
    return attr is not None and bool(_ADMIT_VERB.match(ctx.work, attr.pos, attr.end))


# "acknowledged four dead and nine wounded in its own ranks", "losses on our side"
_OWN_RANKS = re.compile(r"(?i)\b(?:in|among|within|on|from)\s+(?:its|their|our)\s+(?:own\s+)?"
                        r"(?:ranks|side|troops|forces|men|fighters|soldiers)\b")


def _own_ranks(ctx: _Context, si: int, end: int, attr: _Attribution | None) -> str:
    """The claimant's own name when the clause after ``end`` places the count in its
    own ranks."""
    sent = ctx.sentences[si]
    tail = _OWN_RANKS.search(ctx.work, end, min(sent.end, end + 60))
    if not tail or re.search(r"[;.]", ctx.work[end : tail.start()]):
        return ""
    # kept as written ("its own ranks"): the normaliser reads it as the claimant's own,
    # once the parse has decided who the claimant is
    return re.sub(r"(?i)^\w+\s+", "", tail.group(0))


_OF_OWN = re.compile(r"(?i)\s+of\s+(its|their|our)\s+own\b")
# a party's martyrs are its own dead ("we mourn three martyrs")
_MARTYRS = re.compile(r"(?i)^(?:\w+\s+)?(?:martyrs|heroes)$")
_GENERIC_OWN_NP = re.compile(
    r"(?i)^(?:(?:the|some|all|both)\s+)?(?:of\s+)?(?:its|their|our)\s+(?:own\s+)?"
    + OWN_PEOPLE + "$")


# "the army and its allied militias": the party named before its allies
_AND_ITS = re.compile(r"(?i)\b([\w-]+)\s+and\s+(?:its|their)\s+(?:allied\s+|own\s+)?"
                      r"(?:[\w-]+\s+)?$")
# ("the toll on the friendly side", an army's word for its own)
_OUR_SIDE = re.compile(r"(?i)\bon\s+(?:(our|its|their)\s+(?:own\s+)?|the\s+friendly\s+)side\b")
_STRUCK = re.compile(
    r"(?i)\b(?:with|against|attacked|ambushed|targeted|engaged|fought|struck|hit|raided)\s+"
    r"(?:an?\s+group\s+of\s+|the\s+|some\s+|a\s+band\s+of\s+)?(?:[\w-]+\s+){0,2}?")


def _struck_group(ctx: _Context, si: int, m: _Mention) -> str:
    """The people a clause attacked, for a bare count after its verb ("clashed with a
    group of insurgents in the forest, killing 14"): the last plural person noun in an
    object's place before the count."""
    if m.o_end > m.start:
        return ""
    sent = ctx.sentences[si]
    heads = [h for h in ctx.vocab.heads.finditer(ctx.low, sent.start, m.o_start or m.start)
             if h.group(0).endswith("s") and _STRUCK.search(ctx.work, max(sent.start,
                                                                          h.start() - 40),
                                                            h.start())
             and _STRUCK.search(ctx.work, max(sent.start, h.start() - 40), h.start()).end()
             == h.start()]
    return ctx.work[heads[-1].start() : heads[-1].end()] if heads else ""


_DEAD_NOUN = re.compile(r"(?i)(?:bodies|dead|deaths|fatalities)$")


# a whole that names nobody's side: "people", "wounded people", "patients", "the wounded"
def all_of_them(ctx: _Context, si: int, end: int) -> str:
    """What all the people counted up to ``end`` were, when the sentence says so after
    them ("14 dead and more than 40 wounded, all of them civilians"); "" if it does not."""
    every = _ALL_OF_THEM.match(ctx.work, end, ctx.sentences[si].end)
    return every["np"] if every and (is_civilian_phrase(every["np"])
                                     or ctx.vocab.alias.fullmatch(every["np"])) else ""


# the whole counted, and what all of it was ("... and 40 wounded, all of them civilians")
_ALL_OF_THEM = re.compile(r"(?i)(?:\s+(?:and|or)\s+[^,;.]{1,40}?)?,\s+(?:all|both)\s+"
                          r"(?:of\s+them\s+)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*[,;.]|$)")
_ANYONE = re.compile(r"(?i)(?:(?:the|wounded|injured|dead|more|other)\s+)?"
                     r"(?:people|persons|individuals|patients|wounded|injured|dead|victims)\b")


def _lumped_foes(ctx: _Context, si: int, previous: list[_Mention]) -> str:
    """The several parties (not civilians) sentence ``si`` has just counted killed, whose
    prisoners it goes on to count ("killed 61 soldiers and militiamen, took nine
    prisoners"); "" when none. (Their gear is left to the rules of gear: the writers give
    "soldiers and militiamen"'s seized vehicles to the army alone as often as to both.)"""
    start = ctx.sentences[si].start
    # (by the agent's own verb before them: "had killed 61 ...", not a toll's "six dead")
    hit = [p for p in previous if p.start >= start and p.subject and p.q
           and start <= p.o_start < p.start and _KILLS.match(p.outcome or "")]
    if hit and _LUMPED.search(hit[-1].subject) and not re.search(
            r"(?i)civilian|people|villagers|residents|women|children", hit[-1].subject):
        return hit[-1].subject
    return ""


def _is_zero(q: str) -> bool:
    # (not "no fewer than 17": a floor)
    return bool(re.match(r"(?i)\s*(?:no|none|nobody|zero|not)\b(?!\s+(?:fewer|less|more)\s)", q))


def _zero_subject(ctx: _Context, si: int, m: _Mention, attr: _Attribution | None) -> str:
    """Whose losses a bare zero claim is about: the owner of the aircraft or
    vehicle in the same sentence, else the claimant when it is a party."""
    for e in _equipment(ctx, si):
        if _EQ_INTRANSITIVE.search(e.verb):
            owner, _ = equipment_owner(ctx, si, e, attr, [])
            if owner:
                return owner
    if attr and _belligerent(ctx.vocab, attr.actor):
        return _owner_alias(ctx.vocab, attr.claimant, attr.actor) or ""
    if attr and attr.actor is None and role_of(attr.claimant) == "army":
        return attr.claimant  # "the army said it suffered no losses": its own, a role
    return ""
