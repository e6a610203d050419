"""Speakers across an article: a speaker named only by a title or a surname is the one
the article introduced ("..., governor says"; "Akpovi said"), and which phrases name a
speaker at all."""

from __future__ import annotations

import re

from conflict_lib.extract.model import _Context
from conflict_lib.extract.vocab import _resolve, _Vocab
from conflict_lib.roles import role_of

# "Governor Ivan Fedorov", "Regional governor Oleh Syniehubov": a title before a name
_TITLE_NAME = re.compile(
    r"(?:[A-Z][a-z-]+\s+)?((?:[Gg]overnor|[Mm]ayor|[Mm]inister|[Ss]pokes(?:man|woman|person)|"
    r"[Cc]ommander|[Pp]refect|[Aa]dministrator|[Pp]resident|[Cc]hief))(?:\s+[A-Z][\w'.-]+){1,3}")


def _resolves(vocab: _Vocab, phrase: str) -> bool:
    """The table names the phrase, in the singular or plural ("a local elected official"
    for "local elected officials")."""
    if _resolve(vocab, phrase) not in (None, "outlet"):
        return True
    words = re.sub(r"(?i)^(?:an?|the|one)\s+", "", phrase.strip()).split()
    if not words:
        return False
    last = words[-1]
    words[-1] = last[:-1] if last.endswith("s") and not last.endswith("ss") else last + "s"
    return _resolve(vocab, " ".join(words)) not in (None, "outlet")


def _surname_speaker(ctx: _Context, rows: list[dict]) -> None:
    """A speaker named by surname alone ('..., Akpovi said') is the person the article
    introduced with a title ("government spokesman Romuald Akpovi")."""
    for r in rows:
        raw = (r["claimant_raw"] or "").strip()
        if not re.fullmatch(r"[A-Z][\w'-]{2,}", raw) or _resolve(ctx.vocab, raw) is not None:
            continue
        first = re.search(rf"(?i)\b{re.escape(raw)}\b", ctx.work)
        if first is None or first.start() >= r["start"]:
            continue
        before = ctx.work[max(0, first.start() - 80) : first.start()]
        clause = re.split(r"[,.;:\"()]|\n", before)[-1]
        words = clause.split()[-7:]
        for k in range(len(words)):
            phrase = " ".join([*words[k:], raw])
            if _resolve(ctx.vocab, phrase) is not None or role_of(phrase) is not None:
                r["claimant_raw"] = phrase
                note = f"'{raw}' = {phrase} (introduced earlier)"
                r["notes"] = "; ".join(n for n in (note, r["notes"]) if n)
                break


def _same_title(ctx: _Context, rows: list[dict]) -> None:
    """A speaker named only by a title ("..., governor says" in a headline; "the
    minister") is the speaker the article names with that title ("regional governor
    Oleh Syniehubov said"), when exactly one such speaker resolves to a party."""
    vocab = ctx.vocab
    for r in rows:
        raw = (r["claimant_raw"] or "").strip()
        if _resolve(vocab, raw) is not None:
            continue
        title = re.fullmatch(r"(?i)(?:the\s+|a\s+|an\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})",
                             raw) or _TITLE_NAME.fullmatch(raw)
        if not title:
            continue
        if _resolves(vocab, raw):
            continue  # "a doctor" the table already knows (as "doctors")
        fuller: list[dict] = []
        # "health ministry spokesman": the spokesman, else the ministry, the article names
        for word in reversed(title.group(1).split()):
            head = re.escape(re.sub(r"(?i)s$", "", word))
            fuller = [o for o in rows if o is not r and o["claimant_raw"]
                      and re.search(rf"(?i)\b{head}s?\b", o["claimant_raw"])
                      and _resolves(vocab, o["claimant_raw"])]
            if fuller:
                break
        if fuller:
            # the one holding that title; of several, the nearest named before (a
            # headline: the first after)
            before = [o for o in fuller if o["start"] <= r["start"]]
            pick = before[-1] if before else min(fuller, key=lambda o: o["start"])
            r["claimant_raw"] = pick["claimant_raw"]
            note = f"'{raw}' = {r['claimant_raw']} (the speaker the article names with that title)"
            r["notes"] = "; ".join(n for n in (note, r["notes"]) if n)
