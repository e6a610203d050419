"""Generic words as roles: "soldiers", "the army", "rebels", "militants" are read as
the party of that role the article names (``normalise.role_actor``: the army named
nearest, or the army of the country in the phrase or named nearest), else kept as
written with the country ("soldiers (Ethiopia)"); never one war's army by default.
"Terrorists"/"militants" in a non-party's voice are the armed group named last."""

from __future__ import annotations

from conflict_lib.countries import countries_in, country_in, named_by_capital, without_country
from conflict_lib.extract.agents import _actor_hits
from conflict_lib.extract.model import _Context
from conflict_lib.extract.patterns import _MILITANT_WORDS
from conflict_lib.extract.vocab import _belligerent, _resolve
from conflict_lib.reference import fold
from conflict_lib.roles import family_of, role_actor, role_of


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
                if not family or not _generic(h.group(0)):
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
    # ("the defence ministry in Damascus" names its state by the capital)
    return role_of(phrase) is not None and named_by_capital(phrase) is None


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
