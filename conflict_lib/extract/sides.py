"""Generic words as roles: "soldiers", "the army", "jihadists", "militants" read
as the party of that kind the article names, else kept as written."""

from __future__ import annotations

import re
from functools import lru_cache

from conflict_lib.extract.attribution import _resolve
from conflict_lib.extract.model import _Context
from conflict_lib.extract.patterns import _GENERIC_WORDS, _MILITANT_WORDS
from conflict_lib.extract.subjects import _belligerent
from conflict_lib.extract.vocab import _Vocab
from conflict_lib.reference import fold


@lru_cache(maxsize=4096)
def _is_generic(phrase: str) -> bool:
    words = re.findall(r"[a-z]+", phrase.lower().replace("'s", ""))
    return bool(words) and all(w in _GENERIC_WORDS for w in words)


def _family(vocab: _Vocab, actor: str | None) -> str | None:
    """Actors one generic phrase may mean: the armies (belligerents whose name says
    "Armed Forces"), or the belligerents of one non-government side."""
    a = vocab.table.by_id.get(actor) if actor else None
    if a is None or a.kind != "belligerent":
        return None
    if "armed forces" in a.name.lower():
        return "army"
    return None if a.side in ("government", "independent") else a.side


def _name_the_army(ctx: _Context, rows: list[dict]) -> None:
    """Generic words in a claimant or subject ("soldiers", "the army said",
    "jihadists") read as the actor of their kind named last before them in the
    article (else the first named after), when that is not the actor the actors
    table gives them by default."""
    vocab = ctx.vocab
    table = vocab.table.aliases
    fields = ("claimant_raw", "subject_raw")
    if not any(_is_generic(h.group(0)) for r in rows for f in fields
               for h in vocab.alias.finditer(r[f] or "")):
        return
    if ctx.actor_hits is None:
        ctx.actor_hits = [(h.start(), h.end(), _resolve(vocab, h.group(0)) or "")
                          for h in vocab.alias_low.finditer(ctx.low)]
    named: list[tuple[int, str, str, str]] = []
    for start, end, actor in ctx.actor_hits:
        family = _family(vocab, actor)
        if family:
            alias = ctx.work[start:end]
            if not _is_generic(alias):
                named.append((start, family, actor, alias))
    if not named:
        return
    for r in rows:
        for f in fields:
            text = r[f] or ""
            out, last, notes = [], 0, []
            for h in vocab.alias.finditer(text):
                actor = table.alias_to_id.get(fold(h.group(0)))
                family = _family(vocab, actor)
                if not family or not _is_generic(h.group(0)):
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
    if ctx.actor_hits is None:
        ctx.actor_hits = [(h.start(), h.end(), _resolve(vocab, h.group(0)) or "")
                          for h in vocab.alias_low.finditer(ctx.low)]
    groups = [(a, b, actor) for a, b, actor in ctx.actor_hits if _belligerent(vocab, actor)
              and vocab.table.by_id[actor].side not in ("government", "independent")]
    specific = [g for g in groups if not _is_generic(ctx.work[g[0] : g[1]])]
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
