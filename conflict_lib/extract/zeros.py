"""Zero claims said without a counted mention: "no aircraft had been lost", "denied that
any soldier had been captured", "had not lost a single fighter", "returned to base
without any loss". The mention rules read a zero only as a count before its outcome
("no civilians were killed", "lost no fighters"); these are the other ways reporting
says that a side lost nobody, and a denial is a claim of its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from conflict_lib.extract.attribution import _claimant_for
from conflict_lib.extract.gear import _EQN
from conflict_lib.extract.mentions import names_people
from conflict_lib.extract.model import _Attribution, _Context, _Mention
from conflict_lib.extract.params import _PNOUN_WORD
from conflict_lib.extract.patterns import _UNTOLD
from conflict_lib.extract.subjects import _is_zero, _zero_subject
from conflict_lib.roles import country_party, is_civilian_phrase, role_of

# what a side can be said to have lost none of
_LOSS_NOUN = r"(?:loss(?:es)?|casualt(?:y|ies)|injur(?:y|ies)|deaths?|fatalit(?:y|ies))"
_BE = r"(?:(?:was|were|had|has|have|been|being|is|are)\s+){1,3}"
# ("affected" by the strike, not by floods; "held" captive or by a party, not "held
# responsible" or "held in Belarus")
_PASSIVE = (r"(?:killed|lost|hurt|harmed|injured|wounded|captured|kidnapped|abducted|died|"
            r"affected(?=\s*[,.;\"]|\s+by\s+(?:the\s+|this\s+|its\s+)?(?:[a-z]+\s+)?(?:strike|"
            r"attack|shelling|bombardment|operation|raid|fire|assault|bombing)s?\b)|"
            r"taken\s+(?:prisoner|captive|hostage)|held\s+(?:captive|prisoner|hostage)|"
            r"held(?=\s+by\b)|destroyed|shot\s+down|downed|recorded|reported)")
# a phrase of up to five words that is the head of a negated subject ("no member of the
# security forces"); not "no longer", "no doubt"
_NP = (r"(?!(?:longer|doubt|matter|sooner|more|less|further|other|one\s+knows)\b)"
       r"[a-z][\w'-]*(?:\s+(?!(?:was|were|had|has|have|is|are|been|who|whom|whose|which|that)"
       r"\b)[a-z][\w'-]*){0,4}?")

# "No civilian was affected", "no aircraft had been lost", "No loss was recorded on the
# friendly side", "no member of the security forces was being held"
_NONE_WAS = re.compile(r"(?i)\b(?:no|not\s+a\s+single|not\s+one)\s+(?P<np>" + _NP + r")\s+"
                       + _BE + r"(?:also\s+|ever\s+)?(?P<o>" + _PASSIVE + r")(?![\w-])")
# "denied that any soldier had been taken prisoner" ("... that any post had fallen or that
# any soldier had been captured")
_ANY_WAS = re.compile(r"(?i)\bany\s+(?P<np>" + _NP + r")\s+" + _BE + r"(?P<o>" + _PASSIVE
                      + r")(?![\w-])")
# a denial that governs the "any" right after it ("denied that any ...", "... or that any")
_DENIED = re.compile(r"(?i)\b(?:denied|denies|deny|denying)\s+(?:(?:reports?|claims?)\s+)?"
                     r"(?:that\s+)?(?:[^.;]{0,60}?\s(?:or|and)\s+that\s+)?$")
# "denied losing any men", "had not lost a single fighter", "did not lose any soldiers",
# "without losing a single soldier"
_NOT_LOST = re.compile(r"(?i)\b(?:(?:denied|denies|deny|denying)\s+(?:having\s+)?(?:lost|losing)"
                       r"|(?:had|has|have|did|do|does)\s*[\"']?(?:not|n't|never)\s+(?:lost|lose)"
                       r"|without\s+(?:having\s+)?(?:lost|losing))"
                       r"\s+[\"']?(?:a\s+single|any|one|a)\s+(?P<np>[a-z][\w'-]*)")
# "returned to their bases without any loss", "repelled without any casualty on our side",
# "suffered no further losses"
_WITHOUT = re.compile(r"(?i)\b(?:without\s+(?:any\s+|a\s+single\s+)?|(?:suffered|sustained|"
                      r"incurred|recorded|reported)\s+no\s+(?:further|other|additional|more)\s+)"
                      r"(?P<np>" + _LOSS_NOUN + r")(?![\w-])"
                      # ("without any loss of civilian life", "... injuries to passengers")
                      r"(?!\s+(?:of|to|for)\b|\s+among\s+(?!our|its|their))")
_WITHOUT_ANY = re.compile(r"(?i)\bwithout\s+$")
_DENIAL_VERB = re.compile(r"(?i)(?:denied|denies|deny|denying)\b")
# things, not people: "no civilian infrastructure was affected"
_THING = re.compile(r"(?i)\b(?:infrastructure|areas?|buildings?|homes?|houses?|property|objects?|"
                    r"sites?|facilit(?:y|ies)|targets?|structures?|installations?)$")
# whose losses a phrase names as the speaker's own
_OWN_SIDE = re.compile(r"(?i)\s*(?:on|in|among)\s+(?:our|its|their|the\s+friendly|the\s+"
                       r"government|our\s+own)\s+(?:side|ranks|troops|forces|men)\b")
_GEAR_NOUN = re.compile(r"(?i)(?:^|\s)" + _EQN + r"$")
# gear of no party ("not a single aid truck")
_CIVIL_GEAR = re.compile(r"(?i)\b(?:aid|civilian|commercial|relief|humanitarian)\b")
_LOSS_ONLY = re.compile(r"(?i)" + _LOSS_NOUN)
# the subject of the clause that lost nobody: "the guerrillas had not lost", "the army
# suffered no further losses"
_CLAUSE_OPEN = re.compile(r"(?i)(?:\bthat|,|\bsaid|\bsays|\btold\s+\w+|[\"'])\s*")
_CLAUSE_SUBJECT = re.compile(r"(?i)(?P<who>(?:(?:the|its|their|our|his|her)\s+)?"
                             r"(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+")


@dataclass
class ZeroClaim:
    """A zero claim's parts for a row: who says it, whose, what outcome, where."""

    attr: _Attribution | None
    subject: str
    outcome: str
    at: int
    end: int
    note: str


def with_zero_claims(ctx: _Context, si: int, rows: list[dict], make_row: Callable[..., dict]
                     ) -> list[dict]:
    """``rows`` of sentence ``si`` with its zero claims added (``make_row`` builds a row);
    a row the counts read from the same words ("aircraft had been lost") gives way."""
    zeros = zero_claims(ctx, si, rows)
    # a row with no figure, or with "a" of "not a single", for the same words gives way
    kept = [r for r in rows if not (r["quantity_raw"].lower() in ("", "a", "one", "single")
                                    and any(z.at <= r["_at"] < z.end for z in zeros))]
    return kept + [make_row(ctx, si, z.attr, z.subject, z.outcome, "no", [z.note], z.at)
                   for z in zeros]


def zero_claims(ctx: _Context, si: int, rows: list[dict]) -> list[ZeroClaim]:
    """Zero claims of sentence ``si`` that its counted mentions (``rows``) did not read."""
    sent = ctx.sentences[si]
    work = ctx.work
    done = [r["_at"] for r in rows if _is_zero(r["quantity_raw"])]
    found: list[ZeroClaim] = []
    spans: list[tuple[int, int]] = []
    for m in _matches(work, sent.start, sent.end):
        if any(m.start() - 8 <= at <= m.end() for at in done) \
                or any(a < m.end() and m.start() < b for a, b in spans):
            continue  # read already as a count, or by a wider structure
        claim = _claim(ctx, si, m)
        if claim is not None:
            found.append(claim)
            spans.append(m.span())
    return found


def _matches(work: str, start: int, end: int) -> list[re.Match[str]]:
    out = list(_NONE_WAS.finditer(work, start, end))
    out += [m for m in _ANY_WAS.finditer(work, start, end)
            if _DENIED.search(work, max(start, m.start() - 100), m.start())
            # ("... without any civilian being harmed")
            or _WITHOUT_ANY.search(work, max(start, m.start() - 9), m.start())]
    out += list(_NOT_LOST.finditer(work, start, end))
    out += list(_WITHOUT.finditer(work, start, end))
    return sorted(out, key=lambda m: (m.start(), -m.end()))


def _claim(ctx: _Context, si: int, m: re.Match[str]) -> ZeroClaim | None:
    np = m.group("np").strip()
    if _UNTOLD.match(np):
        return None  # "made no mention of soldiers being captured": nothing said, no zero
    verb = m.group("o").lower() if "o" in m.re.groupindex else ""
    loss = _LOSS_ONLY.fullmatch(np)
    if verb in ("recorded", "reported") and not loss:
        return None  # "no incident was reported": only losses are recorded
    attr = _claimant_for(ctx, si, m.start())
    own = _OWN_SIDE.match(ctx.work, m.end())
    mention = _Mention(m.start(), m.end(), "no", "", m.end(), kind="alone")
    if _GEAR_NOUN.search(np):
        if _CIVIL_GEAR.search(np):
            return None  # "not a single aid truck": no party's losses
        # "no aircraft had been lost": the speaker's own, unless the item names its army
        named = ctx.vocab.alias_low.search(np.lower())
        state = country_party(np, ctx.vocab.table)
        owner = np[named.start() : named.end()] if named else \
            ctx.vocab.table.by_id[state.actor_id].name if state and state.actor_id \
            else _zero_subject(ctx, si, mention, attr)
        verb = verb or "lost"  # "had not lost a single aircraft"
        if not owner or verb not in ("lost", "destroyed", "shot down", "downed"):
            return None
        return ZeroClaim(attr, owner, f"{verb} {np}", m.start(), m.end(),
                         "zero claim: equipment")
    people = names_people(ctx.vocab, np) and not _THING.search(np)
    if m.re is _NOT_LOST and not people:
        return None  # "had not lost a single battle", "has never lost a city"
    if loss or own or m.re is _NOT_LOST or np.lower() == "one":
        # "without any casualty on our side", "had not lost a single fighter": the
        # losses of the side that speaks (a civilian subject stays civilians)
        subject = np if people and is_civilian_phrase(np) else \
            _clause_subject(ctx, si, m) or _zero_subject(ctx, si, mention, attr)
        outcome = np if loss else verb or "lost"
    elif people:
        subject, outcome = np, verb
    else:
        return None
    if not subject:
        return None
    denied = _DENIAL_VERB.match(m.group(0)) or _DENIED.search(
        ctx.work, max(ctx.sentences[si].start, m.start() - 100), m.start())
    note = "denial: zero claimed" if denied else "zero claim"
    return ZeroClaim(attr, subject, outcome, m.start(), m.end(), note)


def _clause_subject(ctx: _Context, si: int, m: re.Match[str]) -> str:
    """The party that "had not lost" or "suffered no further losses", when the clause
    names one before its verb (else the speaker's side is read)."""
    if m.re is _NOT_LOST and _DENIAL_VERB.match(m.group(0)):
        return ""  # "denied losing any men": the denier's
    sent = ctx.sentences[si]
    opens = [o.end() for o in _CLAUSE_OPEN.finditer(ctx.work, sent.start, m.start())]
    who = _CLAUSE_SUBJECT.fullmatch(ctx.work, opens[-1] if opens else sent.start, m.start())
    if who is None or m.re is _WITHOUT and not re.match(r"(?i)(?:suffered|sustained|incurred|"
                                                        r"recorded|reported)", m.group(0)):
        return ""
    phrase = who.group("who")
    party = ctx.vocab.alias_low.search(phrase.lower()) or role_of(phrase) \
        or _PNOUN_WORD.search(phrase)
    return phrase if party and not re.match(r"(?i)(?:its|their|our|his|her)\b", phrase) else ""
