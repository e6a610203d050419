"""Raw claim phrases → canonical actors, outcomes, stance and places.

Driven by data/reference/*.csv. Nothing is dropped: a phrase that cannot be
resolved keeps its raw text and comes back with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from conflict_lib.claims.lumps import _parts_of, _with_role_parts
from conflict_lib.claims.voices import (
    _ANONYMOUS,
    _CARE,
    _MEDICAL_WORDS,
    _OBSERVER,
    _OBSERVER_ACRONYM,
    _OBSERVER_NAME,
    _OBSERVER_WORDS,
    _PLACE_TAIL,
    _SOURCE_WORDS,
    _SPEAKER_WORDS,
    _WHO_CLAUSE,
    speaks_anonymously,
)
from conflict_lib.countries import CAPITALS, country_in, named_by_capital
from conflict_lib.extract.subjects import BETWEEN_PARTIES
from conflict_lib.militias import is_militia_phrase
from conflict_lib.reference import Actors, actors, fold, number_variant, places
from conflict_lib.regional_officials import regional_state
from conflict_lib.roles import (
    CIVIL_VOICE,
    ActorMatch,
    civilian_actor,
    family_of,
    is_civilian_phrase,
    nearest_named,
    party_by_word,
    role_actor,
)

STANCES = ("acknowledged", "aligned", "claimed", "independent")
# Claimant of a statement made in the article's own voice.
OUTLET = "outlet"
# Actors that report but are never the subject of losses.
_NON_SUBJECTS = frozenset({"outlet", "social_media", "analysts", "local_sources"})
# capitals whose name as a speaker is not the recognised state's: Sanaa, held by the
# Houthis since 2014, speaks for their authorities
_HELD_CAPITALS = frozenset({"Sanaa", "Sana'a"})


# an office a party runs: "the Houthi-run health ministry", "the RSF-controlled authority"
_RUN_BY = re.compile(r"\b([A-Z][\w']*)-(?:run|controlled|administered)\b")


# an unnamed source of a country's forces: "a Mozambican military source", "two Malian
# security sources" (a source still, as "a military source" is)
_DEMONYM_SOURCE = re.compile(r"(?i:an?|one|two|three|several)\s+(?i:senior\s+)?[A-Z][a-z]+\s+"
                             r"(?:military|security|army|intelligence)\s+sources?")
# a man who speaks unnamed ("said a man who lost relatives", "an elderly man in the
# village"): a witness, as "a woman" is ("men" alone may be fighters, so one man only)
_A_MAN = re.compile(r"(?:an?|one)\s+(?:(?:young|old|elderly|middle-aged)\s+)?man")


@lru_cache(maxsize=16384)
def resolve_claimant(
    phrase: str | None,
    reference_dir: Path | None = None,
    article_text: str = "",
    at: int | None = None,
) -> ActorMatch:
    """Who asserts a claim. An empty phrase is the outlet's own reporting; a generic
    phrase ("the army") is a role read in the article (``role_actor``)."""
    table = actors(reference_dir)
    raw = (phrase or "").strip()
    if not raw:
        return ActorMatch(
            OUTLET, table.by_id[OUTLET].side if OUTLET in table.by_id else "independent", ""
        )
    found = table.aliases.find(raw) or table.aliases.find(number_variant(raw)) \
        or table.aliases.find(_RUN_BY.sub(r"\1 ", raw))  # "the Houthi-run health ministry"
    if _DEMONYM_SOURCE.fullmatch(raw):
        # "a Mozambican military source": a source, whatever demonym the table lists
        found = next((f for f in map(table.aliases.find, _SOURCE_WORDS) if f), found)
    if speaks_anonymously(raw, article_text, at) and (
            anonymous := next((f for f in map(table.aliases.find, _SOURCE_WORDS) if f), None)):
        # "a VDP member, who asked not to be named, told AFP": an insider unnamed on purpose
        # is a source, not his party's voice
        return ActorMatch(anonymous[0], table.by_id[anonymous[0]].side, raw,
                          f"{raw!r}: unnamed on purpose, a source")
    if found and all(table.by_id[i].kind == "non-combatant" for i in found):
        # "residents and a health worker" said: people who witness speak as local sources
        found = next((f for f in map(table.aliases.find, _SOURCE_WORDS) if f), found)
    body = _OBSERVER_NAME.search(fold(raw)) or _OBSERVER_ACRONYM.search(raw)
    if (not found and (body or _OBSERVER.search(fold(raw)))) or (
            body and found and all(table.by_id[i].kind == "source" for i in found)):
        # "UNICEF", "a war monitor", "Doctors Without Borders" (not the table's "doctors"):
        # the table's observers, when it does not list the body by name
        own = table.aliases.alias_to_id.get(fold(body.group(0))) if body else None
        found = [own] if own else next(
            (f for f in map(table.aliases.find, _OBSERVER_WORDS) if f), found)
    if not found and _CARE.search(fold(raw)) and "ministry" not in fold(raw):
        # "the hospital director", "a doctor at the clinic": medics, else local sources
        found = next((f for f in map(table.aliases.find, _MEDICAL_WORDS) if f), [])
    witness = _PLACE_TAIL.sub("", _WHO_CLAUSE.sub("", raw))
    if not found and (is_civilian_phrase(fold(witness)) or _A_MAN.fullmatch(fold(witness))) \
            and not re.search(r"[A-Z]", witness[1:]):
        # "a woman who lost her husband", "a survivor", "the imam": people who witnessed
        # speak as local sources (a name is someone the table may list)
        found = next((f for f in map(table.aliases.find, _SOURCE_WORDS[-1:]) if f), [])
    voice = fold(raw)  # (whole: "local and security sources"; else the first of a pair)
    if not found and any(_ANONYMOUS.fullmatch(v)
                         for v in (voice, re.split(r"\s+and\s+", voice)[0])):
        # "two military officers", "an intelligence official": unnamed insiders are sources
        found = next((f for f in map(table.aliases.find, _SOURCE_WORDS) if f), [])
    state_office = (named_by_capital(raw) or (CAPITALS.get(raw) if raw not in _HELD_CAPITALS
                                              else None)) if not found else None
    if state_office:
        # "the defence ministry in Damascus": Syria's, whatever army the article names nearest;
        # "Kyiv said": the state whose capital it is
        who = resolve_claimant(state_office, reference_dir, article_text, at)
        if who.actor_id is not None:
            return ActorMatch(who.actor_id, who.side, raw, f"{raw!r} read as {state_office!r}")
    if not found:
        # "the commander, Col. Abdirahman Hassan": the role before the name
        role = role_actor(raw, table, article_text, at) or (
            role_actor(raw.split(",")[0], table, article_text, at)
            if "," in raw and fold(raw).startswith("the ") else None) or (
            # "the interior ministry said": the state speaks (its forces, in a war's table)
            # (a country's minister is that country's: "Egypt's foreign minister", not the
            # state of the war the article reports)
            (_country_government(raw, table, article_text, at) if country_in(raw)
             else role_actor("the government", table, article_text, at))
            if _STATE_MINISTRY.search(fold(raw)) else None)
        if role is None:
            role = regional_state(raw, table, article_text, at)
        if role is None and (voice := _ROLE_VOICE.fullmatch(raw)):
            role = role_actor(voice.group(1), table, article_text, at)
        if role is not None:
            return ActorMatch(role.actor_id, role.side, raw, role.note)
        ministry = _THE_MINISTRY.fullmatch(fold(raw))
        if ministry:  # "the ministry said": the one ministry the table knows, if one
            owners = {table.aliases.alias_to_id[a] for a in table.aliases.alias_to_id
                      if re.search(r"\bministry\b", a)
                      and (not ministry.group(1) or ministry.group(1) in a)}
            if len(owners) == 1:
                who = table.by_id[owners.pop()]
                return ActorMatch(who.actor_id, who.side, raw,
                                  f"{raw!r}: the only ministry of the table ({who.name})")
        # "the paramilitary's media office": a word only one party's names hold
        party = party_by_word(_SPEAKER_WORDS.sub(" ", fold(raw)), table, roles_too=True)
        if party is not None:
            return ActorMatch(party.actor_id, party.side, raw, party.note)
        name, _, described = raw.partition(", ")
        if described and re.match(r"(?:an?|the)\s", described):
            # "Jean Kato, a civil society leader in the area": a person the table does not
            # know speaks as what the apposition says he is
            who = resolve_claimant(described, reference_dir, article_text, at)
            if who.actor_id is not None and table.by_id[who.actor_id].kind != "belligerent":
                # (a party only by its name in the apposition, read above: not "the head of
                # the Nigerian Union of Journalists" as Nigeria's army)
                return ActorMatch(who.actor_id, who.side, raw,
                                  f"{name!r} read as {described!r}")
        return ActorMatch(None, None, raw, f"unknown claimant {raw!r}: add an alias to actors.csv")
    # "Al Jazeera reported, citing Baza" names the carrier and the source: the source claims.
    named = [i for i in found if i != OUTLET] or found
    note = None
    if len(set(named)) > 1:
        note = f"several actors named in claimant {raw!r}; took the first, {named[0]!r}"
    return ActorMatch(named[0], table.by_id[named[0]].side, raw, note)


# Words a party uses for the other side; "terrorists" in an army communiqué names
# whichever armed group the article says it fought, so it resolves the same way.
_ENEMY = re.compile(
    r"\b(?:enem\w*|adversar\w*|opponents?|foes?|attackers?|assailants?|terrorists?|"
    r"insurgents?|militants?|gunmen|bandits?|mercenar\w*|khawarij|khwarij|"
    r"invaders?|occupiers?|aggressors?|raiders?|combatants?|militiam[ae]n|militias?|elements|"
    r"extremists?|islamists?|(?:suicide\s+)?bombers?|snipers?|"
    r"criminals?|gangsters?|gang\s+members?|suspects?|prisoner|pows?)\b"
)
# words for the other side that name the table's one adversary when the article names none
_ARMED_FOE = re.compile(r"\b(?:enem\w*|adversar\w*|khawarij|khwarij)\b")
# A state's word for whoever fights it: "the army said it killed 40 fighters" (an armed
# group's own "fighters" are its losses, read before this as the claimant's own)
_STATE_ENEMY = re.compile(r"(?:(?:the|some|other|more|several|dozens\s+of)\s+)?(?:fighters?|"
                          r"armed\s+men)")
_ROLE_ENEMY = re.compile(r"\b(?:rebels?|jihadists?|separatists?)\b")
_THE_MINISTRY = re.compile(r"(?:(?:the|its)\s+)?(?:(\w+)\s+)?ministry(?:'s\s+\w+)?")
# a party's voice named by the party's role: "the rebels' military spokesman"
_ROLE_VOICE = re.compile(r"(?i)((?:the\s+)?[\w-]+(?:\s+[\w-]+)?)(?:'s|(?<=s)')\s+(?:[\w-]+\s+)?"
                         r"(?:spokes(?:man|woman|person)|commander|leader|media\s+office)")
_STATE_MINISTRY = re.compile(r"^(?:the\s+)?(?:[\w']+\s+)?(?:interior|foreign|security|"
                             r"communications?|information|home)\s+ministry\b|^(?:the\s+)?ministry\s+of\s+(?:the\s+)?"
                             r"(?:interior|foreign affairs|security|communications?|information)\b|"
                             # its ministers: "Interior Minister Ahmad X", "the prime minister"
                             r"^(?:the\s+)?(?:[\w']+\s+)?(?:prime|interior|foreign|security|home|"
                             r"information|communications?)\s+minister\b|^(?:the\s+)?minister\s+of"
                             r"\s+(?:the\s+)?(?:interior|foreign affairs|security|information)\b")
_UNNAMED_MEN = re.compile(r"(?:(?:a|an|the|\d+|\w+)\s+)?(?:man|men)")
# "six of our boys" in a fighter's words: fighters, not children
_OUR_BOYS = re.compile(r"(?:(?:some|all|both)\s+)?(?:of\s+)?(?:its|their|our|his|her)\s+(?:own\s+)?"
                       r"(?:boys|lads)")
# "soldiers", "troops" without "its": a role (the army the article names), not the claimant's
_STATE_WORDS = re.compile(r"\b(?:side|troops|forces|soldiers)$")
_COMRADES = re.compile(r"(?:(?:his|her|my|our|their)\s+)?(?:fellow\s+)?comrades?")
_GENERIC_OWN = re.compile(
    r"^(?:(?:the|some|all|both)\s+)?(?:of\s+)?"
    r"(?:(?:its|their|our|his|the group's|the movement's)\s+)?(?:own\s+)?"
    r"(?:fighters?|men|members?|combatants?|personnel|elements?|comrades?|colleagues|ranks|side|"
    r"troops|forces|soldiers|martyrs|heroes)$"  # ("we lost eleven martyrs": a side's own word)
)


def _country_government(raw: str, table: Actors, article_text: str, at: int | None
                        ) -> ActorMatch | None:
    """The state a country's minister or ministry speaks for, if the table lists it."""
    country = country_in(raw)
    found = role_actor(f"{country} government", table, article_text, at)
    if found is not None and found.actor_id is not None:
        return found
    found = role_actor("the government", table, article_text, at)  # "Yemeni government forces"
    if found is not None and found.actor_id is not None \
            and country_in(table.by_id[found.actor_id].name) == country:
        return found
    return None


def resolve_subject(
    phrase: str | None,
    reference_dir: Path | None = None,
    *,
    claimant: ActorMatch | None = None,
    own_loss: bool = False,
    article_text: str = "",
    at: int | None = None,
    span_start: int | None = None,
) -> ActorMatch:
    """Whose losses. Several actors in one phrase make a lumped subject 'fama+wagner'.

    Two relative phrases resolve through the claimant: a generic noun ("fighters",
    "its men") in an admission of loss is the claimant's own side; "the enemy"
    is the claimant's adversaries (belligerents of another side) named in the article.
    ``span_start`` (an extractor's sentence, ``[span_start, at)``) narrows "the enemy"
    to the side of the adversary named nearest that sentence; an analyst's phrase keeps
    every adversary the article names.
    """
    table = actors(reference_dir)
    raw = (phrase or "").strip()
    if _AGED_PERSON.fullmatch(raw) or (_AGE.search(raw) and is_civilian_phrase(
            _UNNAMED_MAN.sub("people", _AGE.sub("", raw)))):
        # "a 58-year-old man": a person described by age, as reports describe the victims
        # outside the fighting
        men = civilian_actor("civilians", table)
        if men is not None:
            return ActorMatch(men.actor_id, men.side, raw, f"{raw!r}: a person by age")
    found = _subject_ids(raw, reference_dir)
    if (found or any(is_militia_phrase(p) for p in _parts_of(raw, table))) and article_text:
        # ("Nigerian soldiers and militiamen": the army of the country and its militia)
        found = _with_role_parts(raw, found, table, article_text, at)
    if not found and claimant is not None and claimant.actor_id in table.by_id:
        relative = _relative_subject(raw, claimant, own_loss, article_text, table, reference_dir,
                                     at, span_start)
        if relative.actor_id is not None:
            return relative
    if not found and article_text:
        found = _with_role_parts(raw, (), table, article_text, at)
    owner = re.search(r"\(([^()]+)\)\s*$", raw)
    if not found and owner and not country_in(owner.group(1)):
        # "fighters (the rebels)": the extractor named the owner by its role
        role = role_actor(owner.group(1), table, article_text, at)
        if role is not None and role.actor_id is not None:
            return ActorMatch(role.actor_id, role.side, raw, role.note)
    if not found:
        role = role_actor(raw, table, article_text, at) or civilian_actor(raw, table) \
            or party_by_word(raw, table) or (
                # an agency's, a firm's or a witness's workmates are civilians (a soldier's
                # "colleagues" are not)
                civilian_actor("civilians", table) if _WORKMATES.fullmatch(fold(raw))
                and claimant is not None and claimant.actor_id in table.by_id
                and table.by_id[claimant.actor_id].kind != "belligerent"
                and not (re.search(r"\b(?:our|his|her|their|its)\s|colleague", fold(raw))
                         and (_ARMY_INSIDER.search(fold(claimant.raw or ""))
                              or _ARMED_VOICE.search(fold(claimant.raw or "")))) else None)
        if role is not None:
            return role
        if _ROLE_ENEMY.search(fold(raw)) and claimant is not None \
                and claimant.actor_id in table.by_id:
            # "rebels" in the army's words, when no party of the rebels' role is named: whoever
            # fights the army ("the Houthis" listed as the government's adversary)
            relative = _relative_subject(raw, claimant, own_loss, article_text, table,
                                         reference_dir, at, span_start, enemy=_ROLE_ENEMY)
            if relative.actor_id is not None:
                return relative
        if _UNNAMED_MEN.fullmatch(fold(raw)) and not own_loss and claimant is not None \
                and (claimant.side == "independent" or (
                    _struck_from_afar(article_text, span_start, at)
                    and not re.search(r"armed|gun|uniform", fold(raw))
                    and CIVIL_VOICE.search(fold(claimant.raw or ""))
                    and not _ARMED_VOICE.search(fold(claimant.raw or "")))):
            # "a drone struck a car, killing a man", in a witness's or monitor's words, or in
            # a governor's: men a strike from afar hit, not men the speaker's side fought
            men = civilian_actor("civilians", table)
            if men is not None:
                return ActorMatch(men.actor_id, men.side, raw, f"{raw!r}: unnamed men, civilians")
        both = _both_sides(raw, table, article_text, span_start, at)
        if both:
            ids = sorted(both, key=table.order)
            return ActorMatch("+".join(ids), lumped_side(ids, table), raw,
                              f"{raw!r}: fighters of both sides")
        reason = (
            "no subject given"
            if not raw
            else f"unknown subject {raw!r}: add an alias to actors.csv"
        )
        return ActorMatch(None, None, raw, reason)
    ids = sorted(set(found), key=table.order)
    return ActorMatch("+".join(ids), lumped_side(ids, table), raw)


_COMBATANTS = re.compile(r"(?:the\s+)?(?:\w+\s+)?(?:fighters|combatants|belligerents)"
                         r"(?:\s+(?:from|on|of)\s+(?:both|the two|either)\s+sides?)?")
_ONE_SIDE = re.compile(r"(?i)\bon\s+(?:the\s+)?one\s+side\b|\bon\s+the\s+other\b")
_BOTH_SIDES = re.compile(r"(?i)\b(?:from|on|of)\s+(?:both|the two|either|all)\s+sides\b")


def _both_sides(raw: str, table: Actors, article_text: str, span_start: int | None,
                at: int | None) -> tuple[str, ...]:
    """The parties whose fighters a toll lumps: "clashes between the SDF and Turkish-backed
    factions killed 37 fighters", "16 combatants from both sides" (the parties the sentence
    names, or the one it names and its one adversary in the article)."""
    if not _COMBATANTS.fullmatch(fold(raw)) or span_start is None or at is None:
        return ()
    sentence = article_text[span_start:at]  # (an extractor's quote: its whole sentence)
    between = BETWEEN_PARTIES.search(sentence)
    if between is None and not _BOTH_SIDES.search(sentence):
        return ()
    ids: list[str] = []
    for phrase in between.groups() if between else (sentence,):
        named = [i for i in table.aliases.find(phrase) if table.by_id[i].kind == "belligerent"]
        role = role_actor(phrase, table, article_text, at) if between and not named else None
        ids += named or ([role.actor_id] if role is not None and role.actor_id else [])
    ids = list(dict.fromkeys(ids))
    named = [i for i in table.aliases.find(article_text) if table.by_id[i].kind == "belligerent"]
    if len(ids) == 1 and between is None:
        # "Houthi fighters attacked government positions ... combatants from both sides":
        # the other side is the party's one adversary the article names (a clash "between"
        # two names both: "between Hamas and a clan" is no clash with the IDF)
        others = [i for i in named if table.by_id[i].side != table.by_id[ids[0]].side]
        ids += others if len(others) == 1 else []
    elif not ids and between is None and len(named) == 2:
        ids = named  # "nine fighters on both sides": the article's two
    sides = {table.by_id[i].side for i in ids}
    # (a clash "between" two parties says they fought, whatever sides a table gives them)
    # (not "between the army and the VDP on one side and JNIM on the other": three parties)
    return tuple(ids) if len(sides) >= 2 or (between and len(ids) == 2
                                             and not _ONE_SIDE.search(sentence)) else ()


@lru_cache(maxsize=16384)
def _subject_ids(raw: str, reference_dir: Path | None) -> tuple[str, ...]:
    table = actors(reference_dir)
    found = table.aliases.find(raw)
    joined = _JOINED.sub(lambda m: re.sub(r"[-/]", " and ", m.group(0)), raw)
    if joined != raw:  # "the FARDC-FDLR-Wazalendo coalition", "M23/RDF", "Boko Haram/ISWAP"
        found = tuple(dict.fromkeys([*found, *table.aliases.find(joined)]))
    return tuple(i for i in found if i not in _NON_SUBJECTS)


# acronyms and names joined by a hyphen or slash ("FARDC-FDLR", "AFC/M23"), not "al-Shabaab"
_JOINED = re.compile(r"(?<![\w-])[A-Z0-9]\w*(?:[-/][A-Z0-9]\w*)+(?![\w-])")


@lru_cache(maxsize=1024)
def _belligerents_named(article_text: str, reference_dir: Path | None) -> tuple[str, ...]:
    """Belligerent actors named anywhere in an article (scanned once per article)."""
    table = actors(reference_dir)
    return tuple(
        i for i in table.aliases.find(article_text) if table.by_id[i].kind == "belligerent"
    )


def _relative_subject(
    raw: str,
    claimant: ActorMatch,
    own_loss: bool,
    article_text: str,
    table: Actors,
    reference_dir: Path | None,
    at: int | None = None,
    span_start: int | None = None,
    enemy: re.Pattern[str] | None = None,
) -> ActorMatch:
    folded = fold(raw)
    me = table.by_id[claimant.actor_id]
    his = re.search(r"\b(?:his|her)\s", folded)  # ("six of his comrades": a soldier's)
    # ("seven comrades fell": nobody's enemies are his comrades)
    own_loss = own_loss or bool(_COMRADES.fullmatch(folded))
    if me.kind != "belligerent" and claimant.raw and (re.search(r"\b(?:our|we)\b", folded) or (
            (own_loss or his) and _GENERIC_OWN.match(folded))):
        # "two military officers" said "we lost nine men": their own side, the army
        # ("An officer who took part in the counter-attack": the officer)
        voice = re.split(r"\s+(?:and|who|whose)\s+|,", claimant.raw)[0]
        insider = role_actor(voice, table, article_text, at) or (
            # "a military source", "one security source", "an officer": the army's man, when
            # the war has one army (of two, the one his own sentence names before him: the
            # one named earlier may be the attacker)
            # ("a security source's colleagues" may be police: his own words name the army)
            _insiders_army(claimant.raw, table, article_text, span_start, at)
            if _ARMY_INSIDER.search(fold(voice)) and not (his and not own_loss) else None)
        if insider is not None and insider.actor_id in table.by_id \
                and table.by_id[insider.actor_id].kind == "belligerent":
            me = table.by_id[insider.actor_id]
    if (
        (_GENERIC_OWN.match(folded) or _OUR_BOYS.fullmatch(folded))
        and me.kind == "belligerent"
        and (re.search(r"\b(?:its|their|our|his|her)\b", folded)
             or (own_loss and not _STATE_WORDS.search(folded)))
    ):
        return ActorMatch(me.actor_id, me.side, raw, f"{raw!r} read as the claimant's own")
    # A party, or a voice of one side (a Russian channel), has an enemy; an outlet's or a
    # witness's "the attackers" does not say whose.
    if ((enemy or _ENEMY).search(folded) and me.side != "independent") or (
            _STATE_ENEMY.fullmatch(folded) and me.side == "government"):
        ids = [
            i
            for i in _belligerents_named(article_text, reference_dir)
            if table.camp(i) not in (table.camp(me.actor_id), "independent")
        ]
        if len(set(ids)) > 1 and span_start is not None and at is not None:
            # several adversaries in the article: the one named nearest the claim (before
            # it, else the first after), not all of them
            near = nearest_named(article_text, table, (span_start, at), set(ids))
            # a state's coalition fights as one (the army and its allied mercenaries), armed
            # groups of one side often fight each other: "the terrorists" of a statement
            # are the group named nearest, not every group of that side
            sides = {table.by_id[i].side for i in near if table.by_id[i].side == "government"}
            ids = [i for i in ids if i in near or table.by_id[i].side in sides] if near else ids
        if not ids and _ARMED_FOE.search(folded):
            # "the enemy" of a side whose adversary the article names only by a role ("the
            # army's advance"), Pakistan's "khwarij": the table's one adversary (not
            # "terrorists" or "assailants", who may be a group the table does not list)
            ids = table.adversaries(me.actor_id)
            ids = ids if len(ids) == 1 else []
        if ids:
            ids = sorted(set(ids), key=table.order)
            return ActorMatch(
                "+".join(ids),
                lumped_side(ids, table),
                raw,
                f"{raw!r} read as the claimant's adversaries named in the article",
            )
    return ActorMatch(None, None, raw, f"unknown subject {raw!r}: add an alias to actors.csv")


_WORKMATES = re.compile(r"(?:(?:the|our|their|its|his|her)\s+)?(?:[a-z-]+\s+)?"
                        r"(?:colleagues?|staff(?:\s+members?)?|staffers?|employees?)")


def _insiders_army(voice: str, table: Actors, article_text: str, span_start: int | None,
                   at: int | None) -> ActorMatch | None:
    """The army of an anonymous insider: the table's one army, else the army his own
    sentence names before him ("The Mozambican forces did not comment, but a military
    source said")."""
    if sum(family_of(i, table) == "army" for i in table.by_id) == 1:
        return role_actor("the army", table, article_text, at)
    found = article_text.find(voice, span_start or 0, at) if voice and at is not None else -1
    if span_start is None or found < 0:
        return None
    return role_actor("the army", table, article_text[span_start:found], None)


# an anonymous voice from inside the forces: its "our men" are the army's
_ARMY_INSIDER = re.compile(r"\b(?:(?:military|security|army)\s+(?:sources?|officials?|officers?)|"
                           r"(?:an?|one|two|the)\s+(?:senior\s+)?officers?)\b")
_ARMED_VOICE = re.compile(r"\b(?:army|troops|soldiers|police|command|general staff|brigades?|"
                          r"fighters|militia|group|spokes\w+ for the (?:army|military))\b")
_AGE = re.compile(r"(?i)\b\d{1,3}-year-old\b")
_UNNAMED_MAN = re.compile(r"(?i)\bm[ae]n\b")
# a strike from afar: its victims were not fighting the speaker
_FROM_AFAR = re.compile(r"(?i)\b(?:drones?|missiles?|shell(?:s|ing|ed)?|air\s*strikes?|strikes?|"
                        r"rockets?|bombs?|bombing|bombardment|artillery)\b")


def _struck_from_afar(article_text: str, span_start: int | None, at: int | None) -> bool:
    """Whether the sentence (``span_start`` to ``at``: the extractor's) names a strike from
    afar, and no armed men acting in a clause of their own ("..., and troops killed five
    men": which men is then not said)."""
    if span_start is None or at is None:
        return False
    sentence = article_text[span_start:at]
    return bool(_FROM_AFAR.search(sentence)) and not _ARMED_CLAUSE.search(sentence)


_ARMED_CLAUSE = re.compile(r"(?i)(?:,|;|\band\b)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:troops|police|"
                           r"soldiers|forces|army|military|gunmen|fighters)\s+(?:\w+\s+)?"
                           r"(?:killed|shot|captured|detained|arrested)\b")


_AGED_PERSON = re.compile(r"(?i)(?:an?\s+)?\d{1,3}-year-old\s+(?:man|woman|boy|girl|child|"
                          r"person|resident|farmer|shepherd|driver)")
def lumped_side(ids: list[str], table: Actors) -> str:
    """The common side of several actors, or 'mixed'."""
    sides = {table.by_id[i].side for i in ids}
    return sides.pop() if len(sides) == 1 else "mixed"


def stance(
    claimant: str | None, claimant_side: str | None, subject: str | None, subject_side: str | None
) -> str | None:
    """acknowledged (a party on its own losses), aligned (another voice of the
    subject's side), claimed (the adversary), independent. None if unresolved."""
    if claimant is None or subject is None or claimant_side is None:
        return None
    if claimant in subject.split("+"):
        return "acknowledged"
    if claimant_side == "independent":
        return "independent"
    if subject_side == claimant_side:
        return "aligned"
    return "claimed"


@dataclass(frozen=True)
class PlaceMatch:
    place_id: str | None
    precision: int | None
    raw: str
    note: str | None = None


@lru_cache(maxsize=4096)
def resolve_place(phrase: str | None, reference_dir: Path | None = None) -> PlaceMatch:
    """Canonical place named in ``phrase`` (the most precise when several)."""
    raw = (phrase or "").strip()
    if not raw:
        return PlaceMatch(None, None, "")
    table = places(reference_dir)
    found = table.aliases.find(raw)
    if not found:
        return PlaceMatch(None, None, raw, f"unknown place {raw!r}: add an alias to places.csv")
    # UCDP where_prec: lower is more precise; unknown precision sorts last.
    best = min(found, key=lambda i: table.by_id[i].precision or 99)
    return PlaceMatch(best, table.by_id[best].precision, raw)
