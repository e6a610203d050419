"""Generic words as roles: "soldiers", "the army", "rebels" or "militants" name no party
by themselves. A role is read as the party of that role the article names nearest, or the
army of the country in the phrase or named in the article; never one war's army by
default. Shared by the extractor (who says, whose losses) and the claims normaliser."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from conflict_lib.countries import ISO3, army_phrases, countries_in, country_in, without_country
from conflict_lib.reference import Actors, fold, per_table, places, singular


@dataclass(frozen=True)
class ActorMatch:
    """Resolved actor phrase. ``actor_id`` is None when unresolved; lumped
    subjects join ids with '+' in the order of actors.csv."""

    actor_id: str | None
    side: str | None
    raw: str
    note: str | None = None


def _words(text: str) -> list[str]:
    return text.split()


# Words of a phrase that names a role, not a party: an army ("the army", "government
# troops"), rebels ("the separatists") or jihadists ("Islamist militants").
_ROLE_FILLER = frozenset(_words(
    "the a an its their our his her own some all both of pro other others more several many "
    "local regional senior top high-ranking deputy acting one two three four five six seven "
    "eight nine ten for first second third fourth fifth sixth seventh eighth ninth tenth "
    "captured wounded injured killed dead slain missing fallen remaining armed "
    # captives are still of their side ("11 of them detained soldiers")
    "detained imprisoned prisoner captive "
    # epithets and terms of service ("five gallant soldiers", "four professional soldiers")
    "gallant brave valiant heroic courageous fearless cowardly professional career contract "
    # a soldier in training or off duty is still the army's ("51 of them student gendarmes")
    "student trainee cadet recruit off-duty"))
_ROLES = {
    "army": frozenset(_words(
        "army armies armed forces force soldiers soldier troops troop military government "
        "junta regime authorities air gendarmes gendarme gendarmerie security national defence "
        "war armed "
        "defense servicemen personnel battalion state government-backed pro-government minister "
        "spokesman spokesperson spokeswoman media wing press office command headquarters "
        "ministry officers officer commanders commander federal regular loyalist general staff "
        # the state's own voice: "state television", "the general staff", "the presidency"
        "television tv broadcaster radio presidency presidential interior transitional interim "
        "chief "
        "joint operations centre center official officials communications information "
        # how jihadist statements name a state's soldiers
        "apostate apostates crusader crusaders "
        # units and offices of an army: "the Fifth Infantry Division", "the Director of
        # Defence Media Operations", "spokesman for army operations"
        "division divisions brigade brigades regiment regiments corps infantry garrison "
        # ranks ("Captain X"; a governor speaks for his region, which no role says)
        "captain captains colonel colonels lieutenant lieutenants sergeant "
        "sergeants brigadier general generals corporal major majors gen brig col capt maj lt sgt "
        "sepoy sepoys trooper troopers guardsman guardsmen legionnaire legionnaires "
        # an army's trainees ("a bomber struck a queue of recruits at the training camp")
        "recruits recruit cadets cadet reservists reservist conscripts conscript "
        # a navy's and an air force's people
        "navy naval sailors sailor airmen airman aviators aviator marines marine")),
    "rebels": frozenset(_words(
        "rebels rebel separatists separatist insurgents insurgent coalition alliance armed "
        "guerrillas guerrilla guerillas guerilla "
        "resistance groups group movement paramilitary paramilitaries")),
    "jihadists": frozenset(_words(
        "jihadists jihadist islamists islamist militants militant extremists extremist "
        "terrorists terrorist")),
    "police": frozenset(_words(
        "police policemen policeman policewoman policewomen constables constable officers "
        "officer agents national spokesman spokesperson spokeswoman command headquarters "
        "commissioner chief state federal security personnel inspector superintendent")),
}
# State forces of another kind stand in for a role the article's table does not fill:
# "three officers were wounded" in a war fought by the police and gangs.
_STAND_IN = {"army": "police", "police": "army"}

# People no party fights with: "people", "women", "worshippers". Read as the table's
# non-combatants when a claim counts them (``civilian_actor``); never as a speaker.
_CIVILIAN_WORDS = frozenset(_words(
    "people persons individuals civilians civilian women woman children child girls boys "
    "infants babies toddlers minors teenagers students pupils schoolchildren worshippers "
    "farmers herders fishermen traders merchants shoppers vendors passengers villagers "
    "residents inhabitants locals mourners guests patients nurses doctors workers "
    "journalists refugees migrants displaced family families members relatives bystanders "
    "pedestrians miners labourers laborers teachers elderly innocent unarmed young aid health "
    "medical humanitarian local wedding market school hospital camp including among mostly them "
    "girl girls boy boys baby monks monk nuns priests imams paramedics paramedic nurse doctor "
    "teacher farmer trader passer-by passers-by couple elderly old year-old christians "
    "muslims palestinians israelis pilgrims rescuers firefighters drivers driver truckers "
    "herdsmen shepherds nomads pregnant disabled sick one same single extended father mother son "
    "sons daughter daughters wife wives husband husbands uncle nephew niece cousin cousins "
    "grandfather grandmother brother sister groom bride teenage teen teens teenager teenagers "
    "lorry truck bus taxi gold "  # (trade qualifiers: "lorry drivers", "gold miners")
    "little newborn infant adult adults pastor pastors cleric clerics preacher preachers "
    "bishop catechist catechists shopkeeper shopkeepers vendor mechanic mechanics tailor "
    "tailors butcher butchers cook cooks lawyer lawyers judge judges headman headmen elder "
    "elders watchman watchmen porter porters boatman boatmen motorcyclist motorcyclists "
    "cyclist cyclists priest imam monk nun pupil student trader worshipper villager resident "
    "grandchildren grandchild grandson grandsons granddaughter granddaughters grandparents "
    "fisherman herder herdsman shepherd nomad schoolteacher schoolteachers apprentice "
    "apprentices shopper merchant miner labourer laborer journalist refugee passenger "
    "schoolgirl schoolgirls schoolboy schoolboys neighbours neighbour neighbors neighbor "
    "worker village chief chiefs notable notables"))

_MEMBER_WORDS = frozenset(_words("fighters fighter members member men"))
SPEAKER_TITLES = frozenset(_words("spokesman spokesperson spokeswoman commander commanders leader "
                                  "leaders chief"))
_OFFICE_WORDS = frozenset(_words("operations operation director directorate theatre sector media "
                                  "statement communique bulletin"))  # ("an army communique")
_ARMY_CORE = frozenset(_words("army military defence defense armed soldiers troops division "
                              "brigade regiment"))
# "the group", "the movement": a reference to a party named before, not a role the
# table's only party of that kind fills
_ANAPHOR_ONLY = _ROLE_FILLER | frozenset(_words(
    "group groups movement coalition alliance s fighters fighter members member men"))

# a person's name after a title: capitals, with particles ("Hassan al-Tayeb", "Ould Ahmed")
# (case-sensitive: "of the Tigray Defence Council" is no name)
# a person's name after a title (not the title's own capitalised words: "Deputy Defence
# Minister Abdullahi Jama Warsame" keeps "Defence Minister")
_NAME_TAIL = (r"(?:\s+(?:(?!(?:Minister|Ministry|Defen[cs]e|Spokes\w+|Army|Police|Military)\b)"
              r"[A-Z][\w'.-]+|(?:al|el|ad|ag|ould|bin|ibn|de|da|van|von)(?:-[\w'-]+)?)){2,5}$")


def role_of(raw: str) -> str | None:
    """The role a generic phrase names ("soldiers" → army, "a coalition of armed groups
    in the north" → rebels), or None for a name."""
    raw = re.sub(r"(?i)\s+(?:in|from|near|based\s+in|across|at|with|on)\s.*$", "", raw)
    # "Army spokesman Onyema Nwachukwu": a title before a name names the role
    raw = re.sub(_NAME_TAIL, "", raw) if re.search(
        r"\b(?i:spokes(?:man|person|woman)|commander|officer|general|colonel|captain|major|minister|"
        r"lieutenant|sergeant|brigadier|governor|mayor|inspector|superintendent|gen\.|brig\.|"
        r"col\.|capt\.|maj\.|lt\.)"
        + _NAME_TAIL, raw) else raw
    # "a 20-year-old staff sergeant": a rank, whatever the age; "a company commander", "the
    # base's deputy commander": an army's officer (a unit of soldiers, a base)
    raw = re.sub(r"(?i)\b\d{1,3}-year-old\s+|\bstaff\s+(?=sergeants?\b)|"
                 r"\b(?:company|platoon|squad|base|camp|post|unit)(?:'s)?\s+(?=(?:deputy\s+)?"
                 r"commanders?\b)", "", raw)
    # "district police spokesman": a force's local branch is the force
    raw = re.sub(r"(?i)\b(?:district|provincial|city|county)\s+(?=police\b)", "", raw)
    # "members of the junta's forces": the group after "of" names the role
    raw = re.sub(r"(?i)^.*?\b(?:members?|ranks|elements|units?|personnel|men)\s+of\s+", "", raw)
    # "the army's spokesman", "the rebels' spokesman": the possessor names the role
    words = [w.rstrip("'") for w in re.findall(r"[a-z][a-z'-]*", fold(raw).replace("'s", ""))]
    # "Tuareg-led rebels", "Iran-backed militias": who leads or backs them is not the role
    content = [w for w in words if w not in _ROLE_FILLER
               and not re.search(r"-(?:led|backed|aligned|linked|affiliated|allied)$", w)]
    if "staff" in content and "general" not in content:  # "staff members": not the general staff
        content = [w for w in content if w != "staff"]
    if "paramilitary" in content:  # "the paramilitary force": the paramilitary
        content = [w for w in content if w not in ("force", "forces")]
    # "resistance fighters", "rebel fighters": the other word names the role
    named = [w for w in content if w not in _MEMBER_WORDS]
    content = named or content
    if _ARMY_CORE.intersection(content) or "police" in content:
        # "the Director of Defence Media Operations": an office of the army, only beside an
        # army word ("the director said" is a hospital's, a UN agency's, anyone's)
        content = [w for w in content if w not in _OFFICE_WORDS]
    if not content:
        return None
    if {"local", "regional"} & set(words) and {"official", "officials", "authorities", "leader",
                                              "leaders", "chief", "chiefs"} & set(content):
        return None  # "local officials", "a regional leader": sources, not the state's forces
    if {"ministry", "minister"} & {*content} and not {"defence", "defense", "war"} & {*content}:
        return None  # a ministry or minister of health or of the interior is no army's
    # "the rebels' spokesman", "a militant commander": the title speaks for the role named
    # beside it (not "the group's spokesman": "the group" is a party named before)
    named = [w for w in content if w not in SPEAKER_TITLES]
    content = named if set(named) - _ANAPHOR_ONLY else content
    for role, vocab in _ROLES.items():
        if all(w in vocab for w in content):
            return role
    return None


def _words_of(raw: str) -> set[str]:
    """The content words of a role phrase."""
    return {w for w in re.findall(r"[a-z][a-z'-]*", fold(raw).replace("'s", ""))
            if w not in _ROLE_FILLER}


def family_of(actor_id: str, table: Actors) -> str | None:
    """The role an actor fills: a government's army (its name says "Armed Forces" or
    "army"), or a belligerent of the rebel or jihadist side."""
    a = table.by_id[actor_id]
    if a.kind != "belligerent":
        return None
    if a.side in ("rebels", "jihadists"):
        return a.side
    if _JIHADIST_SIDE.search(a.side):
        return "jihadists"
    if _REBEL_SIDE.search(a.side):  # "separatists", "guerrillas", "ethnic_armed_group"
        return "rebels"
    # a state's forces, whatever its coalition is called ("government", "russia")
    name = a.name.lower()
    if a.side != "government" and re.search(r"\barmy\b", name) and not re.search(
            r"\b(?:armed forces|military|defen[cs]e forces?|junta)\b", name) and (
            country_in(a.name) is None or _INSURGENT_NAME.search(name)):
        # "Arakan Army", "Kachin Independence Army", "Free Syrian Army": an armed group
        # called an army, not the army that "soldiers" and "troops" mean
        return "rebels"
    if re.search(r"\b(?:armed forces|army|military|defen[cs]e forces?|junta)\b", name):
        return "army"  # "Ethiopian National Defense Force"
    if "police" in name:
        return "police"
    # "Syrian government forces", "Somali security forces": a state's forces by name
    if re.search(r"\b(?:government|security|state|national) forces\b", name):
        return "army"
    # a name the table gives an army alias: "... (ENDF)" listed as "Ethiopian army"
    if actor_id in _army_aliased(table):
        return "army"
    return None


# a table's own side labels for an armed group of either role ("separatist_rebels",
# "resistance", "ethnic_armed_organisations"; "islamist_insurgents")
_JIHADIST_SIDE = re.compile(r"jihad|islamist")
_REBEL_SIDE = re.compile(r"rebel|separatis|resistance|guerrill|insurg|ethnic_armed|opposition|"
                         r"armed_group|liberation")
_INSURGENT_NAME = re.compile(r"\b(?:liberation|independence|salvation|revolutionary|republican|"
                             r"resistance|free|people's)\b")
_ARMY_ALIASED: dict[int, tuple[Actors, frozenset[str]]] = {}


def _army_aliased(table: Actors) -> frozenset[str]:
    """Actors with an alias that says army (once per table)."""
    return per_table(_ARMY_ALIASED, id(table), table, lambda: frozenset(
        i for alias, i in table.aliases.alias_to_id.items()
        # a country's army ("Ethiopian army"), not "private military company", "army auxiliaries"
        if re.fullmatch(r"[\w'-]+(?:'s)?\s+(?:army|military|armed forces)", alias)
        and country_in(alias) is not None))


def _home_country(article_text: str, at: int) -> str | None:
    """The country an article is set in, as far as ``at``: the first named as a place ("in
    southern Lebanon", "Somalia's Lower Shabelle", a town the gazetteer knows), not an
    attacker's adjective ("an Israeli drone") nor a relative clause's ("which has staged
    attacks in Kenya")."""
    for pos, country in _countries_named(article_text):
        if pos > at:
            break
        lead = article_text[max(0, pos - 40) : pos]
        if re.search(r"(?i)\b(?:which|who|that)\b[^,;.]*$", lead):
            continue
        if re.search(r"(?i)\b(?:in|across|inside|of)\s+(?:(?:the\s+)?(?:north|south|east|west|"
                     r"central|northern|southern|eastern|western|north-?\w+|south-?\w+)\s+)?$",
                     lead) or re.match(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?'s\s", article_text[pos:]) \
                or not re.match(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+[a-z]", article_text[pos:]):
            return country
    return None


# a state's forces at home: "the security forces", "government troops"
# a force's name that names a place: "the police headquarters", "an army checkpoint"
_FORCE_PLACE = re.compile(r"(?i)[\w'-]+(?:\s+(?!(?:said|says|and|in|on|at|of)\b)[\w'-]+){0,2}?"
                          r"\s+(?:headquarters|station|post|checkpoint|academy|barracks)\b")
_HOME_FORCE = re.compile(r"(?i)\b(?:security|government|state|national)\b")


def role_actor(raw: str, table: Actors, article_text: str = "", at: int | None = None
               ) -> ActorMatch | None:
    """A generic phrase read as the party of its role that the article names.

    "Ethiopian soldiers" is Ethiopia's army when the actors table names it; "the army" or
    "soldiers" is the army named nearest before ``at`` in the article (else the first named
    after), else the army of the country named nearest. None when nothing fits: the phrase
    then stays as written, flagged. Never one war's army by default."""
    country = country_in(raw)
    role = role_of(re.sub(r"\([^)]*\)", "", raw) if country is None
                 else without_country(re.sub(r"[()]", " ", raw), country))
    # "Niger says", "Ukrainian officials", "the Sudanese authorities": the state speaks
    bare = country is not None and not re.sub(
        r"(?i)\b(?:the|government|of|officials?|authorities|ministry|presidency|president|"
        r"leaders?|administration|regional|local)\b|\W", "", without_country(raw, country))
    police = [i for i in table.by_id if role == "police" and country and family_of(i, table)
              == "police" and country_in(table.by_id[i].name) in (country, None)]
    if len(police) == 1:  # "Haiti police", "Kenyan police": the country's police
        return ActorMatch(police[0], table.by_id[police[0]].side, raw, f"{raw!r}: the police")
    if country is not None and (role in ("army", "police") or bare):
        # "Ethiopian soldiers", "Russian agents", or a country speaking ("Niger says"): its
        # army's side
        return _country_army(raw, country, table)
    if role is None or not article_text:
        return None
    at = len(article_text) if at is None else at
    named = _family_positions(article_text, table, role)
    if named and role in _STAND_IN and _words_of(raw) <= _ROLES[_STAND_IN[role]]:
        # "two officers" fit the police as well as the army: whichever is named nearest
        # (not a place named after it: "near the Colombian police headquarters")
        named = sorted([*named, *(p for p in _family_positions(article_text, table,
                                                               _STAND_IN[role])
                                  if not _FORCE_PLACE.match(article_text, p[0]))])
    if not named and role in _STAND_IN and (
            _words_of(raw) <= _ROLES[_STAND_IN[role]]
            or not any(family_of(i, table) == role for i in table.by_id)):
        # the police stand in for an army the article does not name when the words fit
        # them too ("two officers") or the table lists no army ("the military said" is
        # the army of a table that lists one)
        named = _family_positions(article_text, table, _STAND_IN[role])
    if not named and table.own and not _ANAPHOR_ONLY.issuperset(
            re.findall(r"[a-z]+", fold(raw))):
        # the event's own table lists its war's parties: the one party of that role
        only = [i for i in table.by_id if family_of(i, table) == role]
        if not only and role in _STAND_IN:  # a war fought by the police has no army
            only = [i for i in table.by_id if family_of(i, table) == _STAND_IN[role]]
        if len(only) == 1:
            a = table.by_id[only[0]]
            return ActorMatch(a.actor_id, a.side, raw,
                              f"{raw!r} read as {a.name} (the event's only party of that role)")
    k = bisect_left(named, (at + 1, ""))  # the last named at or before ``at``
    if not k and role == "army" and _HOME_FORCE.search(raw):
        # "members of the security forces" before any army is named: the forces of the
        # country the article is set in, not a foreign army named later
        home = _home_country(article_text, at)
        found = _country_army(raw, home, table) if home else None
        if found is not None and found.actor_id is not None:
            return found
    pick = named[k - 1] if k else (named[0] if named else None)
    if pick is not None:
        a = table.by_id[pick[1]]
        return ActorMatch(a.actor_id, a.side, raw,
                          f"{raw!r} read as {a.name} (named in the article)")
    if role == "army":
        places = _countries_named(article_text)
        near = [c for pos, c in places if pos <= at] or [c for _, c in places]
        for c in reversed(near):
            found = _country_army(raw, c, table)
            if found.actor_id is not None:
                return found
    return None


# armed civilians: "civilian volunteers", "the army's civilian auxiliaries"
_AUXILIARY = re.compile(r"volunteer|auxiliar|vigilant|militi|guard|defen|fighter|recruit")


def is_civilian_phrase(raw: str) -> bool:
    """Every word of the phrase names people outside the fighting ("three women",
    "worshippers", "a 9-year-old girl")."""
    # "a two-year-old child": an age written in words is an age
    folded = re.sub(r"\b[a-z]+(?:-[a-z]+)?-((?:year|month)s?-old)\b", r"\1",
                    fold(raw).replace("'s", ""))
    # "community leaders", "a night watchman": people of a place, not of a party
    folded = _CIVIC.sub("elders", folded)
    words = [w for w in re.findall(r"[a-z][a-z'-]*", folded)
             if w not in _ROLE_FILLER and w != "and"  # "a woman and her son"
             and not re.fullmatch(r"\d+-(?:year|month)s?-old", w)]
    if len(words) == 2 and words[0] == "civilian" and re.fullmatch(r"[a-z]+", words[1]) \
            and not any(words[1] in role for role in _ROLES.values()) \
            and role_of(words[1]) is None and not _AUXILIARY.search(words[1]):
        return True  # "a civilian guide", "two civilian contractors": said to be civilians
    return bool(words) and all(w in _CIVILIAN_WORDS for w in words) and \
        any(w in _CIVILIAN_WORDS - _CIVILIAN_QUALIFIERS for w in words)


# words of no party ("Group for the Support of Islam and Muslims" holds "and")
_FUNCTION_WORDS = frozenset(_words("and the for with from its their our his her who which that "
                                   "into onto over under"))


def party_by_word(raw: str, table: Actors, roles_too: bool = False) -> ActorMatch | None:
    """"20 gang members": the one belligerent whose name or aliases hold a word of the
    phrase ("Viv Ansanm gang coalition"), when exactly one does. An armed group's role
    words count only with ``roles_too`` (once the role itself has found no party: "the
    paramilitary"); a state's (government, army, forces) never do, being in every war."""
    if not table.own:
        return None  # the project's shared table holds many wars: no word names one party
    roles = _ROLES["army"] | _ROLES["police"] if roles_too else set().union(*_ROLES.values())
    words = {singular(w) for w in re.findall(r"[a-z][a-z'-]*", fold(raw).replace("'s", ""))
             if w not in _ROLE_FILLER and w not in _MEMBER_WORDS and w not in roles
             and w not in _FUNCTION_WORDS and len(w) > 2}
    if not words:
        return None
    hits = {ident for ident, tokens in _name_words(table).items() if words & tokens}
    if len(hits) != 1:
        return None
    a = table.by_id[hits.pop()]
    return ActorMatch(a.actor_id, a.side, raw, f"{raw!r} read as {a.name} (a word of its name)")


_NAME_WORDS: dict[int, tuple[Actors, dict[str, set[str]]]] = {}


def party_by_head(raw: str, table: Actors) -> ActorMatch | None:
    """"19 volunteers": the one belligerent whose name's own noun the phrase ends on
    ("Volunteers for the Defence of the Homeland"); not a word that only qualifies a name
    ("Druze" of "Druze factions", "Support" of "Group for the Support of ..."), nor a people
    of a country ("Nigerians")."""
    words = re.findall(r"[a-z][a-z'-]*", fold(raw))
    if not words or not table.own or country_in(raw) is not None:
        return None
    head = singular(words[-1])
    hits = [i for i, a in table.by_id.items() if a.kind == "belligerent"
            and (name := re.findall(r"[a-z][a-z'-]*", fold(re.split(
                r"\s+(?:for|of)\s+|\s*\(", a.name)[0])))
            and singular(name[-1]) == head]
    if len(hits) != 1 or head in _FUNCTION_WORDS:
        return None
    a = table.by_id[hits[0]]
    return ActorMatch(a.actor_id, a.side, raw, f"{raw!r} read as {a.name} (its name's noun)")


def _name_words(table: Actors) -> dict[str, set[str]]:
    """The words of each belligerent's name and aliases (once per table)."""
    def build() -> dict[str, set[str]]:
        out: dict[str, set[str]] = {i: set() for i, a in table.by_id.items()
                                    if a.kind == "belligerent"}
        for alias, ident in table.aliases.alias_to_id.items():
            if ident in out:
                out[ident] |= {singular(t) for t in re.findall(r"[a-z][a-z'-]*", alias)}
        for ident in out:
            out[ident] |= {singular(t) for t in re.findall(r"[a-z][a-z'-]*",
                                                            fold(table.by_id[ident].name))}
        return out
    return per_table(_NAME_WORDS, id(table), table, build)


def country_party(raw: str, table: Actors) -> ActorMatch | None:
    """The army of the country a phrase names ("45 Ukrainian drones"), if the table lists it."""
    country = country_in(raw)
    if country is None:
        return None
    found = _country_army(raw, country, table)
    return found if found.actor_id is not None else None


def civilian_actor(raw: str, table: Actors) -> ActorMatch | None:
    """"52 people", "three women", "worshippers at a mosque": the table's non-combatant
    party, when every word of the phrase names people outside the fighting."""
    if not is_civilian_phrase(raw):
        return None
    for a in table.by_id.values():
        if a.kind == "non-combatant":
            return ActorMatch(a.actor_id, a.side, raw, f"{raw!r} read as {a.name}")
    return None


_CIVILIAN_QUALIFIERS = frozenset(_words(
    "innocent unarmed young aid health medical humanitarian local wedding market school village "
    "hospital camp including among mostly them members one same single extended lorry truck "
    "bus taxi gold"))


# a state's civil voice (a governor, a mayor, an emergency service), not its armed men's
# (their strikes' victims are theirs to name: "the IDF said an air strike killed two men")
CIVIL_VOICE = re.compile(r"(?i)\b(?:governor|mayor|administration|emergenc\w*|rescue\w*|"
                         r"civil defen[cs]e|health|hospital|prosecutors?|council)\b")
# people one can seize or abduct, as the head of a noun phrase ("seized four fishermen";
# not "seized two technicals", "seized the town")
TAKEN_PEOPLE = re.compile(r"(?i)\b(?:people|persons|civilians|villagers|residents|passengers|"
                          r"travell?ers|women|girls|boys|children|pupils|students|\w*m[ae]n|"
                          r"farmers|herders|traders|workers|hostages|soldiers|officers|troops|"
                          r"members|fighters|militants|volunteers|gendarmes|guards)\b")
_CIVIC = re.compile(r"\b(?:(?:community|traditional|religious|tribal)\s+(?:leaders?|heads?|"
                    r"elders?)|night\s+watchm[ae]n|security\s+guards?)\b")


_FAMILY_POSITIONS: dict[tuple[int, str, str], tuple[Actors, tuple[tuple[int, str], ...]]] = {}


def _family_positions(article_text: str, table: Actors, family: str
                      ) -> tuple[tuple[int, str], ...]:
    """(offset, actor_id) of the parties of one role an article names, in order (cached:
    an archive article asks thousands of times)."""
    return per_table(_FAMILY_POSITIONS, (id(table), family, article_text), table, lambda: tuple(
        (pos, i) for pos, i in _actor_positions(article_text, table)
        if family_of(i, table) == family), limit=256)


_FOREIGN_FORCE = re.compile(r"(?i)\b(?:mission|union|international|multinational|coalition|"
                            r"peacekeep\w*|task\s+force)\b")


def _country_army(raw: str, country: str, table: Actors) -> ActorMatch:
    for phrase in army_phrases(country):
        # (a table may list a state's army on the side "rebels", as the opposite camp of
        # a war between states: an alias that names the country's army still names it)
        ids = [i for i in table.aliases.find(phrase) if family_of(i, table) == "army"
               or table.by_id[i].kind == "belligerent"]
        # "Somalia says": the country's own forces before a mission deployed in it
        ids.sort(key=lambda i: (family_of(i, table) != "army",
                                bool(_FOREIGN_FORCE.search(table.by_id[i].name))))
        if ids:
            a = table.by_id[ids[0]]
            return ActorMatch(a.actor_id, a.side, raw, f"{raw!r} read as {a.name}")
    # no alias says the country's army, but a state force's name says the country and
    # that it is the state's ("Syrian government forces"; not "Syrian National Army")
    named = [a for a in table.by_id.values() if a.side == "government"
             and family_of(a.actor_id, table) == "army" and country_in(a.name) == country
             and re.search(r"(?i)\b(?:government|armed forces|defen[cs]e forces?|military|"
                           r"security forces)\b", a.name)]
    if len(named) == 1:
        return ActorMatch(named[0].actor_id, named[0].side, raw,
                          f"{raw!r} read as {named[0].name}")
    return ActorMatch(None, None, raw, f"{raw!r} is {country}'s army, which actors.csv does not "
                      "name: add it")


_COUNTRIES: dict[str, list[tuple[int, str]]] = {}


def _countries_named(article_text: str) -> list[tuple[int, str]]:
    """(offset, country) of the countries an article names or whose places it names,
    in order (cached per article: an article's rows ask many times)."""
    if article_text not in _COUNTRIES:
        if len(_COUNTRIES) > 256:
            _COUNTRIES.clear()
        _COUNTRIES[article_text] = sorted(
            [*countries_in(article_text), *_place_countries(article_text)])
    return _COUNTRIES[article_text]


def _place_countries(article_text: str) -> list[tuple[int, str]]:
    """(offset, country) of the gazetteer's places named in an article ("near Gao":
    Mali), the places table of the default reference folder."""
    table = places()
    if table.aliases.pattern is None:
        return []
    low = article_text.lower().replace("\u2019", "'").replace("\u2018", "'").replace('"', " ")
    out = []
    for m in table.aliases.pattern.finditer(low):
        place = table.by_id.get(table.aliases.alias_to_id.get(m.group(0), ""))
        if place is not None and place.country in ISO3:
            out.append((m.start(), ISO3[place.country]))
    return out


def nearest_named(article_text: str, table: Actors, span: tuple[int, int], ids: set[str]
                  ) -> list[str]:
    """Of ``ids``, the actor named first in the claim's sentence ``span``; else those
    named in the nearest sentence before it that names any ("an assault by the army,
    the FDLR and Wazalendo militiamen"); else the first named after it."""
    positions = _actor_positions(article_text, table)
    # only the positions near the span are read: an archive article names parties
    # thousands of times
    k = bisect_left(positions, (span[0], ""))
    inside = [i for pos, i in positions[k:] if pos < span[1] and i in ids]
    if inside:
        return inside[:1]
    for j in range(k - 1, -1, -1):
        last, ident = positions[j]
        if ident in ids:
            start = max(article_text.rfind(". ", 0, last), article_text.rfind("\n", 0, last)) + 1
            return list(dict.fromkeys(i for pos, i in positions[j::-1]
                                      if pos >= start and i in ids))[::-1] or [ident]
    after = next((i for _, i in positions[k:] if i in ids), None)
    return [after] if after else []


_POSITIONS: dict[tuple[int, str], tuple[Actors, tuple[tuple[int, str], ...]]] = {}


# a country's unit by its demonym ("a Ukrainian brigade", "Russian units"; not its men, who
# are as often counted victims: "four Russian soldiers were taken prisoner")
_NATIONAL_UNIT = re.compile(r"\b([A-Z][a-z]+)\s+(?:brigades?|battalions?|units?|regiments?|"
                            r"divisions?|positions)\b")


def _actor_positions(article_text: str, table: Actors) -> tuple[tuple[int, str], ...]:
    """(offset, actor_id) of every alias named in an article, in order (cached per
    article: tables are loaded once per process)."""
    def build() -> tuple[tuple[int, str], ...]:
        pattern = table.aliases.pattern
        if pattern is None:
            return ()
        # the alias pattern reads folded text; this fold keeps offsets (one char for one)
        low = article_text.lower().replace("\u2019", "'").replace("\u2018", "'").replace('"', " ")
        out = []
        for m in pattern.finditer(low):
            ident = table.aliases.alias_to_id.get(fold(m.group(0)))
            if ident is not None:
                out.append((m.start(), ident))
        taken = {pos for pos, _ in out}
        for m in _NATIONAL_UNIT.finditer(article_text):
            # "struck a Ukrainian brigade": that country's army named, if the table lists it
            country = country_in(m.group(1)) if m.start() not in taken else None
            army = _country_army(m.group(0), country, table) if country else None
            if army is not None and army.actor_id is not None:
                out.append((m.start(), army.actor_id))
        return tuple(sorted(out))
    return per_table(_POSITIONS, (id(table), article_text), table, build, limit=256)
