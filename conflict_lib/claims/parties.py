"""Parties of a new war, proposed from the articles: names, aliases and sides.

When the reference tables do not know an event's claimants and subjects,
``propose_actors`` drafts an event ``reference/actors.csv`` (every row
``status = proposed``) so that stance works before an analyst has written
anything: ``event_actors`` uses it in memory for an event with no actors table
and saves it on request without touching reviewed rows.

Names. Claimants and subjects come from the extractor (``claimant_raw``,
``subject_raw``); inside them a party's name is a run of capitalised words
holding an organisation's head word ("Rapid Support Forces", "Darfur
Monitoring Group") or an acronym ("RSF"); anywhere in the text, a name followed
by its acronym, "Long Name (ABBR)"; and a parser's ORG entities when an entity
finder is passed (spaCy, where installed). A name the reviewed tables already give (as
an alias, a piece of one, or containing a proper one) is not proposed again.

Aliases, grouped by general rules:

* acronyms defined in the text, "Long Name (ABBR)", and acronyms that are the
  initials of a name found elsewhere ("SAF" for "Sudanese Armed Forces");
* descriptors written before a name, "the paramilitary Rapid Support Forces",
  give "the paramilitary" (a lowercase role word, ``DESCRIPTORS``);
* the army's role words ("the army", "soldiers", "troops", "Sudanese army",
  "Sudan's military") go to the event's one state force, a party whose name says
  Army, Armed Forces, Military or Defence Forces; with two or more state forces
  they stay unassigned (roles are resolved per event, never by default).

Sides, by one documented rule for every war (no per-war table):

1. Each extracted claim relates its claimant (a party) to the parties in its
   subject. A subject naming several parties ("the army and the Joint Forces")
   puts them on one side. A claimant on another party's losses with an ally cue
   ("also", "alongside", "our", "its own", "comrades", "martyrs") acknowledges
   them: same side. Otherwise it claims them: adversaries.
2. Same-side relations are merged (union-find); the merged groups are then
   two-coloured over the adversary relations (breadth-first). A relation that
   contradicts the colouring is not applied; it is written in the notes.
3. Each colour class is labelled ``government`` if one of its parties is a
   state force, ``jihadists`` if one is named as such, else ``rebels`` (a
   non-state armed side). A label already taken by another class becomes
   ``coalition_N`` so that adversaries never share a side.
4. Medics, monitors, the UN, residents, rights groups and the outlet are
   ``independent``: the project's independent rows are copied, and a named
   organisation whose name holds an independent word ("Doctors Network",
   "Monitoring Group") is proposed as an independent source.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from conflict_lib import config
from conflict_lib.claims.sides import infer_sides
from conflict_lib.corpus import read_articles
from conflict_lib.countries import army_phrases, country_in, without_country
from conflict_lib.extract import extract_rows
from conflict_lib.extract.subjects import FIGHTING_BETWEEN
from conflict_lib.reference import event_reference_dir, fold
from conflict_lib.roles import role_of

COLUMNS = ("actor_id", "name", "side", "kind", "aliases", "notes", "status")
PROPOSED = "proposed"

_ARMY_NAME = re.compile(r"\b(?:Army|Armed Forces|Military|Defen[cs]e Forces|National Guard)\b")
_JIHADIST_NAME = re.compile(r"\b(?:Islamic State|al-Qaeda|Jihad\w*|Mujahid\w*|Shabaab)\b", re.I)
_ARMY_ROLES = ("army", "military", "armed forces", "soldiers", "soldier", "troops",
               "government forces", "government troops")
DESCRIPTORS = ("paramilitary", "paramilitaries", "militia", "rebels", "rebel group", "insurgents",
               "armed group", "group", "movement", "jihadists", "militants")
# Words that make a voice independent: medics, monitors, the UN, residents, rights groups.
_INDEPENDENT = re.compile(
    r"\b(?:medic\w*|doctors?|hospital\w*|health workers?|nurses?|paramedics?|monitor\w*|"
    r"observers?|United Nations|UN|residents?|witness\w*|rights|Red Cross|Red Crescent|"
    r"aid workers?|humanitarian\w*|analysts?|researchers?|journalists?)\b",
    re.IGNORECASE,
)
_INDEPENDENT_ROLES = (
    ("medical_sources", "Medical sources", "medics;medic;doctors;a doctor;hospital sources;"
     "health workers;nurses;paramedics;medical sources;a medical source"),
    ("monitors", "Monitors and observers", "monitors;the monitors;observers;monitoring groups"),
)
_PROJECT_INDEPENDENT_KINDS = ("source", "non-combatant")
_ALLY_CUE = re.compile(
    r"\b(?:also|alongside|allied with|our|its own|their own|comrades|martyr\w*)\b", re.I
)
_FUNCTION = r"(?:of|the|for|and|de|du|des|al|el|la|le)"
_CAP_WORD = r"[A-Z][\w'\u2019-]*"
_NAME_RUN = re.compile(rf"{_CAP_WORD}(?:\s+(?:{_FUNCTION}\s+)*{_CAP_WORD})*")
_ACRONYM = re.compile(r"\b[A-Z][A-Z&-]{1,8}[a-z]?\b")
_DEFINITION = re.compile(rf"(?P<long>{_NAME_RUN.pattern})\s*\((?P<abbr>[A-Z][A-Za-z&-]{{1,9}})\)")
_LEADING = re.compile(r"^(?:(?:The|A|An|An?other)\s+|[A-Z][a-z]+(?:'s|\u2019s)\s+)+")
_NOT_NAME = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|He|She|It|They|We|"
    r"I|His|Her|Its|Their|But|And|Neither|Both)$"
)


@dataclass
class _Party:
    name: str
    aliases: set[str] = field(default_factory=set)
    first: tuple[int, int] = (0, 0)  # (article order, offset) of its first mention
    independent: bool = False

    @property
    def state_force(self) -> bool:
        return bool(_ARMY_NAME.search(self.name))


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def _clean_name(run: str) -> str:
    return _LEADING.sub("", run.strip()).strip(" ,.;:")


# Head words of an organisation's name: a run of capitals without one ("North
# Darfur", "Mohamed Hamdan") is a place or a person, not a party.
_ORGANISATION = re.compile(
    r"\b(?:Forces?|Army|Armies|Front|Movement|Group|Network|Brigades?|Militias?|Council|"
    r"Alliance|Coalition|Party|Union|Guards?|Corps|Police|Command|Battalions?|Regiments?|"
    r"Division|Units?|Committee|Organi[sz]ation|Commission|Ministry|Government|Authority|"
    r"Services?|Agency|Office|Mission|Nations|Cross|Crescent|Watch|International|Monitors?|"
    r"Monitoring|Observatory|Doctors|Liberation|Resistance|Defen[cs]e|State|Brotherhood|"
    r"Wing|Jihad|Mujahideen|Militants|Rebels|Fighters|Volunteers|Tigers)\b"
)


# The extractor writes a generic army word it could not resolve with the country it
# belongs to: "soldiers (DR Congo)", "An army spokesman (Sudan)".
_COUNTRY_NOTE = re.compile(r"\s*\((?P<country>[^()]{2,40})\)\s*$")


def _army_country(phrase: str) -> str | None:
    """The country whose army a claimant or subject phrase names: the extractor's
    bracketed note, or a demonym with an army word ("Congolese soldiers")."""
    note = _COUNTRY_NOTE.search(phrase)
    if note and country_in(note.group("country")) == note.group("country").strip():
        return note.group("country").strip()
    country = country_in(phrase)
    if country and role_of(without_country(phrase, country) or phrase) == "army":
        return country
    return None


def _candidate_names(phrase: str, acronyms: bool = True) -> list[str]:
    """Proper names in a claimant or subject phrase: runs of two or more capitalised
    words holding an organisation's head word, and acronyms."""
    names = []
    phrase = _COUNTRY_NOTE.sub("", phrase)  # "soldiers (DR Congo)": a country, not a name
    for m in _NAME_RUN.finditer(phrase):
        name = _clean_name(m.group(0))
        if len(name.split()) >= 2 and not _NOT_NAME.match(name.split()[0]) \
                and _ORGANISATION.search(name):
            names.append(name)
    if acronyms:
        names.extend(m.group(0) for m in _ACRONYM.finditer(phrase) if m.group(0) != "UN")
    return names


@dataclass(frozen=True)
class _Known:
    """What the reviewed tables already name: every alias (folded), and the proper
    ones (written with a capital) that a longer name may contain ("Baza Telegram")."""

    aliases: frozenset[str]
    proper: re.Pattern[str] | None

    def __contains__(self, name: str) -> bool:
        key = fold(name)
        if key in self.aliases or any(f" {key} " in f" {a} " for a in self.aliases):
            return True  # the name, or a piece of a longer known name ("PMC" of "Wagner PMC")
        return self.proper is not None and bool(self.proper.search(key))


def _known(name: str, known: _Known) -> bool:
    return name in known


@dataclass
class _Evidence:
    same: list[tuple[str, str, str]] = field(default_factory=list)  # (a, b, where)
    opposed: list[tuple[str, str, str]] = field(default_factory=list)


class _Proposal:
    """Names found, their grouping and the relations between them."""

    def __init__(self) -> None:
        self.parties: dict[str, _Party] = {}  # key: canonical name
        self.alias_of: dict[str, str] = {}  # folded alias → canonical name
        self.army_of: dict[str, str] = {}  # country → its army's canonical name
        self._pattern: re.Pattern[str] | None = None  # rebuilt after a new alias

    def add(self, name: str, first: tuple[int, int]) -> str:
        key = self.alias_of.get(fold(name))
        if key is None:
            key = name
            self.parties[key] = _Party(name, {name}, first)
            self.alias_of[fold(name)] = key
            self._pattern = None
        return key

    def alias(self, key: str, alias: str) -> None:
        if fold(alias) not in self.alias_of:
            self.parties[key].aliases.add(alias)
            self.alias_of[fold(alias)] = key
            self._pattern = None

    def pattern(self) -> re.Pattern[str] | None:
        if self._pattern is None and self.alias_of:
            keys = sorted(self.alias_of, key=lambda k: (-len(k), k))
            self._pattern = re.compile(
                r"(?<![\w-])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w-])")
        return self._pattern

    def find(self, phrase: str) -> list[str]:
        """Parties named in ``phrase``, in order of first mention, longest alias first."""
        rx = self.pattern()
        if rx is None or not phrase:
            return []
        found: list[str] = []
        for m in rx.finditer(fold(phrase)):
            key = self.alias_of[m.group(0)]
            if key not in found:
                found.append(key)
        country = _army_country(phrase)
        army = self.army_of.get(country) if country else None
        if army is not None and army not in found:
            found.append(army)
        return found


EntityFinder = Callable[[str], Iterable[tuple[int, int, str]]]
"""A parser's named entities of a text as (start, end, label); ORG spans are used."""


def _discover(texts: list[tuple[str, str]], claims: list[dict], known: _Known,
              entities: EntityFinder | None = None) -> _Proposal:
    prop = _Proposal()
    # 1. "Long Name (ABBR)" definitions anywhere in the text.
    for order, (_, text) in enumerate(texts):
        for m in _DEFINITION.finditer(text):
            long, abbr = _clean_name(m.group("long")), m.group("abbr")
            # The tail of the run whose initials are the acronym's capitals ("FAMa": FAM);
            # a parenthesis that is not an acronym of the name before it is not a definition.
            words, capitals = long.split(), re.sub(r"[^A-Z]", "", abbr)
            tails = [" ".join(words[i:]) for i in range(len(words) - 1)]
            long = next((t for t in tails if _initials(t).upper() == capitals), "")
            if not long or _known(long, known) or _known(abbr, known):
                continue
            key = prop.add(long, (order, m.start()))
            prop.alias(key, abbr)
    # 2. Names inside claimant and subject phrases that no table knows.
    order_of = {aid: k for k, (aid, _) in enumerate(texts)}
    for row in claims:
        for col in ("claimant_raw", "subject_raw", "quote"):
            # A whole sentence holds datelines in capitals ("PORT SUDAN"): no acronyms there.
            for name in _candidate_names(row[col] or "", acronyms=col != "quote"):
                if _known(name, known) or fold(name) in prop.alias_of or _NOT_NAME.match(name):
                    continue
                # An acronym that is the initials of a name already found is its alias.
                key = next((k for k, p in prop.parties.items()
                            if name.isupper() and _initials(p.name).upper() == name), None)
                if key is not None:
                    prop.alias(key, name)
                else:
                    prop.add(name, (order_of[row["article_id"]], row["start"] or 0))
    # 3. A parser's organisations, where one is given.
    for order, (_, text) in enumerate(texts if entities else ()):
        for start, end, label in entities(text):
            name = _clean_name(text[start:end])
            if label == "ORG" and name and not (_known(name, known) or fold(name) in prop.alias_of):
                prop.add(name, (order, start))
    for party in prop.parties.values():
        party.independent = bool(_INDEPENDENT.search(party.name))
    _country_armies(prop, claims, order_of, known)
    _descriptors(prop, texts)
    _army_roles(prop, texts)
    return prop


def _country_armies(prop: _Proposal, claims: list[dict], order_of: dict[str, int],
                    known: _Known) -> None:
    """A country's army the claims name only by role ("soldiers (DR Congo)"): the state
    force found for that country ("Sudanese Armed Forces"), else a party of its own
    ("Armed Forces of DR Congo"); the country's army phrases become its aliases, so
    the normaliser reads "Congolese soldiers" as that party."""
    for row in claims:
        for col in ("claimant_raw", "subject_raw"):
            country = _army_country(row[col] or "")
            if country is None or country in prop.army_of or \
                    any(_known(p, known) for p in army_phrases(country)):
                continue  # the reviewed tables already name that country's army
            key = next((k for k, p in prop.parties.items() if p.state_force
                        and not p.independent and country_in(p.name) == country), None)
            if key is None:
                key = prop.add(f"Armed Forces of {country}",
                               (order_of[row["article_id"]], row["start"] or 0))
            prop.army_of[country] = key
            for phrase in army_phrases(country):
                prop.alias(key, phrase)


def _descriptors(prop: _Proposal, texts: list[tuple[str, str]]) -> None:
    """"the paramilitary Rapid Support Forces" → "the paramilitary" names that party."""
    words = "|".join(map(re.escape, DESCRIPTORS))
    for key, party in list(prop.parties.items()):
        names = "|".join(map(re.escape, sorted(party.aliases, key=len, reverse=True)))
        rx = re.compile(rf"\bthe\s+(?P<d>{words})\s+(?:{names})\b")
        for _, text in texts:
            for m in rx.finditer(text):
                prop.alias(key, f"the {m.group('d')}")


def _army_roles(prop: _Proposal, texts: list[tuple[str, str]]) -> None:
    """The army's role words, and their demonym/possessive forms in the text, go to
    the event's one state force."""
    armies = [k for k, p in prop.parties.items() if p.state_force and not p.independent]
    if len(armies) != 1:
        return
    roles = "|".join(map(re.escape, _ARMY_ROLES))
    for _, text in texts:
        for m in re.finditer(rf"\b(?:[A-Z][a-z]+(?:'s|\u2019s)?\s+)?(?:{roles})\b", text):
            phrase = m.group(0)
            first = phrase.split()[0]
            if len(phrase.split()) > 1 and (_NOT_NAME.match(first.rstrip("'s")) or first in
                                            ("The", "An", "A")):
                phrase = " ".join(phrase.split()[1:])
            prop.alias(armies[0], phrase)
    for role in _ARMY_ROLES:
        prop.alias(armies[0], role)
        if not role.startswith("soldier"):
            prop.alias(armies[0], f"the {role}")


# --------------------------------------------------------------------------- sides


def _claimant_party(prop: _Proposal, row: dict) -> str | None:
    """The party that makes the claim: named in the claimant phrase, or the name the
    phrase stands in apposition to ("The Joint Forces, an alliance of ..., said")."""
    raw = row["claimant_raw"] or ""
    quote = row["quote"] or ""
    at = quote.find(raw) if raw else -1
    if at > 0 and re.match(r"(?i)an?\s", raw):
        before = prop.find(quote[:at].rstrip(" ,"))
        if before and re.search(r",\s*$", quote[:at]):
            return before[-1]
    found = prop.find(raw)
    return found[0] if found else None


_OWN = re.compile(r"(?i)^(?:(?:its|their|our|the group's)\s+)?(?:own\s+)?"
                  r"(?:fighters?|men|members?|combatants?|personnel|comrades?)\b")


def _subject_scope(row: dict) -> str:
    """The subject phrase with its "of ..." complement from the quote: the extractor
    may give "members" where the text says "members of the Brigade and the army"."""
    subject = re.sub(r"\s*\([^)]*\)$", "", row["subject_raw"] or "")
    quote = row["quote"] or ""
    at = quote.lower().rfind(subject.lower()) if subject else -1
    if at < 0:
        return subject
    tail = re.match(r"\s+of\s+([^,.;:]{1,80})", quote[at + len(subject):])
    return f"{subject} of {tail.group(1)}" if tail else subject



def _relations(prop: _Proposal, claims: list[dict]) -> _Evidence:
    ev = _Evidence()
    for row in claims:
        where = f"{row['article_id']} {row['claim_id']}"
        claimant = _claimant_party(prop, row)
        subject_raw = _subject_scope(row)
        subjects = [k for k in prop.find(subject_raw) if not prop.parties[k].independent]
        if len(subjects) > 1 and FIGHTING_BETWEEN in (row.get("notes") or ""):
            # the dead of a fight between two parties are lumped, yet they fought each other
            ev.opposed.extend((a, b, f"{where}: fought each other") for a, b in
                              zip(subjects, subjects[1:], strict=False))
        elif len(subjects) > 1:
            ev.same.extend((a, b, f"{where}: lumped in one subject") for a, b in
                           zip(subjects, subjects[1:], strict=False))
        own = _OWN.match(row["subject_raw"] or "") and not subjects  # "its own fighters"
        if claimant is None or prop.parties[claimant].independent or own:
            continue
        for s in subjects:
            if s == claimant:
                continue
            if _ALLY_CUE.search(row["quote"] or ""):
                ev.same.append((claimant, s, f"{where}: acknowledges losses of"))
            else:
                ev.opposed.append((claimant, s, f"{where}: claims losses of"))
    return ev


def _labels(prop: _Proposal, colours: dict[str, int]) -> dict[int, str]:
    labels: dict[int, str] = {}
    taken: set[str] = set()
    for cls in sorted(set(colours.values())):
        members = [prop.parties[k] for k, c in colours.items() if c == cls]
        if any(m.state_force for m in members):
            label = "government"
        elif any(_JIHADIST_NAME.search(m.name) for m in members):
            label = "jihadists"
        else:
            label = "rebels"
        if label in taken:
            label = f"coalition_{cls + 1}"
        taken.add(label)
        labels[cls] = label
    return labels


# --------------------------------------------------------------------------- the table


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", fold(text).encode("ascii", "ignore").decode()).strip("_")
    return slug if re.match(r"[a-z]", slug or "") else f"actor_{slug}"


def _acronym(party: _Party) -> str | None:
    acronyms = sorted(a for a in party.aliases if a.isupper() and len(a) <= 8)
    return acronyms[0] if acronyms else None


def _summary(key: str, ev: _Evidence) -> str:
    parts = []
    for kind, rows in (("adversary of", ev.opposed), ("same side as", ev.same)):
        others: dict[str, list[str]] = defaultdict(list)
        for a, b, where in rows:
            if key in (a, b):
                others[b if a == key else a].append(where.split(":")[0])
        for other, wheres in others.items():
            shown = ", ".join(wheres[:3]) + (" ..." if len(wheres) > 3 else "")
            parts.append(f"{kind} {other} ({len(wheres)}: {shown})")
    return "; ".join(parts)


def _table_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in rows]


def reviewed_rows(event_dir: Path) -> list[dict[str, str]]:
    path = event_dir / "reference" / "actors.csv"
    if not path.is_file():
        return []
    return [r for r in _table_rows(path) if r.get("status", "") != PROPOSED]


def _aliases_of(row: dict[str, str]) -> list[str]:
    return [row.get("name", ""), *(a.strip() for a in row.get("aliases", "").split(";"))]


def _known_aliases(event_dir: Path) -> _Known:
    """Folded names the reviewed tables already give: the event's reviewed rows when
    it has a table, else the project's actors.csv (as ``reference.table_path``)."""
    if (event_dir / "reference" / "actors.csv").is_file():
        rows = reviewed_rows(event_dir)
    else:
        rows = _table_rows(config.REFERENCE_DIR / "actors.csv")
    aliases = [a for r in rows for a in _aliases_of(r) if a]
    proper = sorted({fold(a) for a in aliases if a != a.lower()}, key=len, reverse=True)
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, proper)) + r")(?![\w-])") \
        if proper else None
    return _Known(frozenset(fold(a) for a in aliases), rx)


def _copied_rows(claims: list[dict]) -> list[dict[str, str]]:
    """Project rows kept for the event: the independent voices, and belligerents the
    claims name by a proper-name alias (one with a capital letter)."""
    phrases = " | ".join(f"{r['claimant_raw']} | {r['subject_raw']}" for r in claims)
    out = []
    for row in _table_rows(config.REFERENCE_DIR / "actors.csv"):
        if row.get("kind") in _PROJECT_INDEPENDENT_KINDS or row["side"] == "independent":
            note = "copied from data/reference/actors.csv (an independent voice)"
        elif any(a != a.lower() and re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", phrases)
                 for a in _aliases_of(row) if a):
            note = "copied from data/reference/actors.csv: named in the claims; side as reviewed"
        else:
            continue
        out.append({**{c: row.get(c, "") for c in COLUMNS}, "notes": note, "status": PROPOSED})
    return out


def _party_rows(prop: _Proposal, ev: _Evidence) -> list[dict[str, str]]:
    keys = sorted(prop.parties, key=lambda k: prop.parties[k].first)
    fighting = [k for k in keys if not prop.parties[k].independent]
    colours, conflicts = infer_sides(fighting, ev.same, ev.opposed)
    labels = _labels(prop, colours)
    ids: dict[str, str] = {}
    for k in keys:
        base = _slug(_acronym(prop.parties[k]) or prop.parties[k].name)
        ident, n = base, 2
        while ident in ids.values():
            ident, n = f"{base}_{n}", n + 1
        ids[k] = ident
    rows = []
    for k in keys:
        party = prop.parties[k]
        acronym = _acronym(party)
        side = "independent" if party.independent else labels[colours[k]]
        summary = _summary(k, ev)
        for name in ids:
            summary = re.sub(rf"\b{re.escape(name)}\b", ids[name], summary)
        own = [c for c in conflicts if k in c]
        note = ("proposed from the articles; side by the rule in conflict_lib/claims/parties.py: "
                + (summary or "no claim relates it to another party"))
        if own:
            note += "; not applied: " + "; ".join(own)
        # "Rapid Support Forces (RSF)" names the row; the bare name stays an alias.
        shown = f"{party.name} ({acronym})" if acronym not in (None, party.name) else party.name
        rows.append({
            "actor_id": ids[k],
            "name": shown,
            "side": side,
            "kind": "source" if party.independent else "belligerent",
            "aliases": ";".join(sorted(party.aliases - {shown}, key=str.lower)),
            "notes": note,
            "status": PROPOSED,
        })
    return rows


def _role_rows() -> list[dict[str, str]]:
    return [{"actor_id": i, "name": n, "side": "independent", "kind": "source", "aliases": a,
             "notes": "proposed: a general role of independent voices "
                      "(conflict_lib/claims/parties.py)",
             "status": PROPOSED} for i, n, a in _INDEPENDENT_ROLES]


def _without_collisions(rows: list[dict[str, str]], taken: set[str],
                        taken_ids: set[str]) -> list[dict[str, str]]:
    """Rows in priority order; an alias (or id) already given by an earlier row is
    dropped from a later one, and a row whose name is taken is dropped."""
    out = []
    for row in rows:
        if row["actor_id"] in taken_ids or fold(row["name"]) in taken:
            continue
        aliases = [a for a in row["aliases"].split(";") if a.strip() and fold(a) not in taken]
        taken.update(fold(a) for a in [row["name"], *aliases])
        taken_ids.add(row["actor_id"])
        out.append({**row, "aliases": ";".join(aliases)})
    return out


def _extracted(event_dir: Path) -> tuple[list[tuple[str, str]], list[dict]]:
    articles = read_articles(event_path=event_dir)
    texts = [(a.article_id, a.text) for a in articles]
    ref = event_reference_dir(event_dir)
    claims = [r for aid, text in texts for r in extract_rows(aid, text, ref)]
    return texts, claims


def propose_actors(event_dir: str | Path, entities: EntityFinder | None = None,
                   extracted: tuple[list[tuple[str, str]], list[dict]] | None = None
                   ) -> pd.DataFrame:
    """A proposed ``reference/actors.csv`` for the event (COLUMNS, every row
    ``status = proposed``), or an empty frame when the tables already know every
    party the claims name. Reviewed rows are not included (see
    ``event_actors.write_proposed_actors``). ``extracted`` gives the articles'
    (id, text) pairs and their raw claim rows when the caller has them already."""
    event_dir = Path(event_dir)
    texts, claims = extracted if extracted is not None else _extracted(event_dir)
    known = _known_aliases(event_dir)
    prop = _discover(texts, claims, known, entities)
    if not prop.parties:
        return pd.DataFrame(columns=list(COLUMNS))
    rows = _party_rows(prop, _relations(prop, claims))
    rows += _copied_rows(claims) + _role_rows()
    taken = {fold(a) for r in reviewed_rows(event_dir) for a in _aliases_of(r) if a}
    ids = {r["actor_id"] for r in reviewed_rows(event_dir)}
    return pd.DataFrame(_without_collisions(rows, taken, ids), columns=list(COLUMNS))
