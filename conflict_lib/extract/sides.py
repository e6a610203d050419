"""Generic words as roles: "soldiers", "the army", "rebels", "militants" are read as
the party of that role the article names (``normalise.role_actor``: the army named
nearest, or the army of the country in the phrase or named nearest), else kept as
written with the country ("soldiers (Ethiopia)"); never one war's army by default.
"Terrorists"/"militants" in a non-party's voice are the armed group named last."""

from __future__ import annotations

import re

from conflict_lib.countries import countries_in, country_in, named_by_capital, without_country
from conflict_lib.extract.agents import _actor_hits, _adversary, _listed_adversary, _speaker_party
from conflict_lib.extract.model import _Attribution, _Context, _Mention
from conflict_lib.extract.patterns import _KILLS, _MILITANT_WORDS
from conflict_lib.extract.vocab import _belligerent, _resolve
from conflict_lib.reference import fold
from conflict_lib.roles import SPEAKER_TITLES, family_of, role_actor, role_of


def _name_the_roles(ctx: _Context, rows: list[dict]) -> None:
    """A generic claimant or subject that no party of the article fills keeps its
    words and gains the country it belongs to ("Ethiopian soldiers" → "soldiers
    (Ethiopia)"; "the army" in a story datelined in Sudan → "the army (Sudan)")."""
    table = ctx.vocab.table
    places: list[tuple[int, str]] | None = None
    for r in rows:
        for f in ("claimant_raw", "subject_raw"):
            phrase = (r[f] or "").strip()
            if not phrase or "(" in phrase or table.aliases.find(phrase):
                continue
            country = country_in(phrase)
            bare = without_country(phrase, country) or phrase if country else phrase
            role = role_of(bare)
            if role != "army":
                continue
            if country is None and role_actor(phrase, table, ctx.text, r["start"]) is not None:
                continue  # the normaliser reads it as the army the article names
            if country is None:
                if places is None:
                    places = countries_in(ctx.work)
                near = [c for pos, c in places if pos < r["start"]] or [c for _, c in places]
                country = near[-1] if near else None
            if country is None:
                continue
            written = f"{without_country(phrase, country) or phrase} ({country})"
            found = role_actor(written, table)
            if found is not None and found.actor_id is not None:
                continue
            r[f] = written
            note = f"'{phrase}' kept as {written}: no party of that country in actors.csv"
            r["notes"] = f"{r['notes']}; {note}" if r["notes"] else note


def _name_the_army(ctx: _Context, rows: list[dict]) -> None:
    """An event's own actors table may make generic words aliases of its parties
    ("soldiers" of its army): in an article that names another party of that role
    they read as the one named last before them (else the first named after)."""
    vocab = ctx.vocab
    table = vocab.table.aliases
    fields = ("claimant_raw", "subject_raw")
    if not any(_generic(h.group(0)) for r in rows for f in fields
               for h in vocab.alias.finditer(r[f] or "")):
        return
    _actor_hits(ctx)
    named: list[tuple[int, str, str, str]] = []
    for start, end, actor in ctx.actor_hits:
        family = _family_of(vocab, actor)
        if family:
            alias = ctx.work[start:end]
            if not _generic(alias):
                named.append((start, family, actor, alias))
    if not named:
        return
    for r in rows:
        for f in fields:
            text = r[f] or ""
            out, last, notes = [], 0, []
            for h in vocab.alias.finditer(text):
                actor = table.alias_to_id.get(fold(h.group(0)))
                family = _family_of(vocab, actor)
                if not family or not _generic(h.group(0)) or _titled(h.group(0)):
                    continue
                same = [n for n in named if n[1] == family]
                before = [n for n in same if n[0] < r["end"]]
                pick = before[-1] if before else same[0] if same else None
                if pick is None or pick[2] == actor:
                    continue
                out.append(text[last : h.start()] + pick[3])
                last = h.end()
                notes.append(f"'{h.group(0)}' read as {pick[3]} (named in the article)")
            if out:
                r[f] = "".join(out) + text[last:]
                r["notes"] = "; ".join(n for n in (r["notes"], *notes) if n)


def _generic(phrase: str) -> bool:
    # ("the defence ministry in Damascus" names its state by the capital; "regime troops",
    # "government soldiers" name the state's own, not any party called an army)
    return role_of(phrase) is not None and named_by_capital(phrase) is None \
        and not _STATE_WORD.search(phrase)


_STATE_WORD = re.compile(r"(?i)\b(?:regime|junta|government|pro-government|federal|state)\b")


def _titled(phrase: str) -> bool:
    # an alias that names a party's office holder ("police commander") is that party's
    # voice, not a generic word another party of the role could fill
    return bool(SPEAKER_TITLES.intersection(fold(phrase).split()))


def _family_of(vocab, actor: str | None) -> str | None:
    return family_of(actor, vocab.table) if actor and actor in vocab.table.by_id else None


def _name_the_militants(ctx: _Context, rows: list[dict]) -> None:
    """"Terrorists"/"militants" in the voice of a non-party (a local source, a
    Russian channel): the armed group named last before them in the article (a
    party's "terrorists" are its adversaries, which the normaliser resolves)."""
    vocab = ctx.vocab
    todo = [r for r in rows if _MILITANT_WORDS.match((r["subject_raw"] or "").strip())
            and not _belligerent(vocab, _resolve(vocab, r["claimant_raw"] or "outlet"))
            and not vocab.alias.search(r["subject_raw"])]
    if not todo:
        return
    _actor_hits(ctx)
    groups = [(a, b, actor) for a, b, actor in ctx.actor_hits if _belligerent(vocab, actor)
              and vocab.table.by_id[actor].side not in ("government", "independent")
              and _family_of(vocab, actor) not in ("army", "police")]
    specific = [g for g in groups if role_of(ctx.work[g[0] : g[1]]) is None]
    groups = specific or groups  # "ISSP" over "the jihadists"
    for r in todo:
        before = [g for g in groups if g[0] < r["end"]]
        if not before:
            continue
        a, b, _ = before[-1]
        named = ctx.work[a:b]
        r["subject_raw"] = f"{r['subject_raw']} ({named})"
        note = f"'{named}' = the armed group named last before"
        r["notes"] = f"{r['notes']}; {note}" if r["notes"] else note


# what an army strikes with, named just before the verb ("the Israeli strikes killed"), or
# the party accused "of" the killing
_AGENT_TAIL = re.compile(r"(?i)(?:\b(?:strikes?|raids?|jets?|drones?|shelling|bombardment|"
                         r"artillery|forces|troops|army|military)|\bof)\s+$")


_SAID = re.compile(r"(?i)\b(?:said|says|say|told|reported|added|claimed|stated)\b")
# verbs of killing (not "lost", "captured": an army's own losses, or the living)
_KILLING = re.compile(r"(?i)[\"']?(?:kill|execut|eliminat|neutrali|martyr)")
# a side's own men named by a possessive ("the RSF said its troops killed")
_OWN_MEN = re.compile(r"(?i)\b(?:its|their|our|his|her)\s+(?:[\w-]+\s+)?(?:troops|forces|army|"
                      r"military|jets|drones|strikes|fighters)\s+$")
# soldiers who turned on their army
_TURNED = re.compile(r"(?i)\s*,?\s+who\s+(?:had\s+)?(?:mutinied|defected|deserted|rebelled)")


def killed_by_its_own(ctx: _Context, si: int, m: _Mention, subject: str
                      ) -> tuple[str, str] | None:
    """"The Israeli strikes killed three soldiers", "accused Israel of killing six soldiers":
    soldiers an army kills are not its own but its adversaries named nearest."""
    if not subject or not m.o_end <= m.start or role_of(subject) != "army" \
            or not _KILLING.match(m.outcome or ""):
        return None  # (not "the army lost 40 soldiers": its own)
    sent = ctx.sentences[si]
    lo = max(sent.start, ctx.work.rfind(",", sent.start, m.o_start) + 1, m.o_start - 50)
    said = list(_SAID.finditer(ctx.work, lo, m.o_start))
    lo = said[-1].end() if said else lo  # (the killer, not the speaker before "said")
    lead = ctx.work[lo : m.o_start]
    if not _AGENT_TAIL.search(lead) or _OWN_MEN.search(lead) \
            or _TURNED.match(ctx.work, m.end, sent.end):
        return None  # ("its troops killed 40 soldiers": the speaker's; soldiers who mutinied)
    agents = [h[2] for h in _actor_hits(ctx) if lo <= h[0] < m.o_start and h[2]]
    country = country_in(lead)
    found = role_actor(f"{country} army", ctx.vocab.table) if country and not agents else None
    agent = agents[-1] if agents else (found.actor_id if found is not None else None)
    victim = role_actor(subject, ctx.vocab.table, ctx.text, m.start)
    if agent is None or victim is None or victim.actor_id != agent:
        return None
    # soldiers an army kills from afar are another state's army the article names, when it
    # names one ("Israeli strikes killed four soldiers" in Lebanon: the Lebanese army's),
    # whatever side labels the table gives the two
    table = ctx.vocab.table
    armies: dict[str, str] = {}
    for a, b, actor in _actor_hits(ctx):
        if actor != agent and _belligerent(ctx.vocab, actor) and family_of(actor, table) == "army" \
                and (actor not in armies or role_of(ctx.work[a:b]) is None):
            armies[actor] = ctx.work[a:b]  # (a name of its own, not a role read anew)
    adversary = armies.popitem()[1] if len(armies) == 1 else \
        _adversary(ctx, si, m.start, agent) or _listed_adversary(ctx.vocab, agent)
    return (adversary, f"'{subject}' killed by {agent}: its adversaries") if adversary else None


# "said it had repulsed an attack ..., killing 27 'coalition fighters'": the speaker acts
_SPEAKER_ACTS = re.compile(r"(?i)\s+(?:that\s+)?(?:it|they|we|(?:its|their|our)\s+[\w-]+)\b")
_NEW_CLAUSE = re.compile(r"(?i),?\s+and\s+that\s|;|\bwhile\b")


def not_its_own(ctx: _Context, si: int, m: _Mention, attr: _Attribution | None,
                subject: str) -> tuple[str, str] | None:
    """Whose losses a party's kills are not: the speaker's own words for the people it says
    it killed or captured, or the soldiers an army's strikes killed (each read as the
    adversaries named nearest); None when they stand."""
    return _in_its_words(ctx, si, m, attr, subject) or killed_by_its_own(ctx, si, m, subject)


def _in_its_words(ctx: _Context, si: int, m: _Mention, attr: _Attribution | None,
                  subject: str) -> tuple[str, str] | None:
    """A party that says it killed or captured people does not mean its own: when the
    words it uses for them ("coalition fighters") read as its own side, they are its
    adversaries named nearest."""
    if attr is None or not subject or m.o_end > m.start or not _KILLS.match(m.outcome or ""):
        return None
    party = _speaker_party(ctx, attr)
    acts = _SPEAKER_ACTS.match(ctx.work, attr.end, m.o_start) if attr.end <= m.o_start else None
    if not party or not acts or _NEW_CLAUSE.search(ctx.work, acts.end(), m.o_start):
        return None  # ("its air defences intercepted two drones, and that shrapnel wounded")
    hit = _resolve(ctx.vocab, subject)
    if hit is None:
        found = role_actor(subject, ctx.vocab.table, ctx.text, m.start)
        hit = found.actor_id if found is not None else None
    if hit != party:
        return None
    adversary = _adversary(ctx, si, m.start, party)
    return (adversary, f"'{subject}' in {attr.claimant}'s words: its adversaries") \
        if adversary else None
