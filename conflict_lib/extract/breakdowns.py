"""A toll broken down after it was given, in the forms the counted mentions do not
read: "Of the dead, 14 were soldiers and nine were members of the VDP"; "Among those
killed was a 14-year-old girl"; "A fisherman ... was also among the dead". Each part is a
claim of its own: its count, the outcome of the whole, the people it names."""

from __future__ import annotations

import re
from collections.abc import Callable

from conflict_lib.extract.attribution import _claimant_for
from conflict_lib.extract.mentions import _party_counted, _people_listed, names_people
from conflict_lib.extract.model import _Context
from conflict_lib.extract.params import _NUMBER_STOP, _UNIT_NOUN
from conflict_lib.extract.patterns import _SHARE_OF

# the people a part is: up to a clause, a comma or the next part
_NP_END = r"(?=\s*(?:[,;:.)\"]|$|\s(?:who|whom|which|that|while|when|as|after|before|and\s+" \
    r"(?:\d+|[a-z]+\s+(?:were|was|are|is)|the\s+(?:rest|others|remainder|other|remaining))\b)\b))"
_HIT = (r"(?P<o>dead|killed|wounded|injured|victims|casualties|abducted|kidnapped|captured|"
        r"missing|bodies|taken\s+hostage|prisoners|captives|hostages)")
# a word of a person's description, not a clause ("a woman whose son", "a teacher who")
_WORD = r"(?!(?:who|whom|whose|which|that)\b)[\w'-]+"
# said of a person who may not be among them: a question, a condition, a denial
_OPEN = re.compile(r"(?i)\b(?:whether|if|unclear|not\s+known|did\s+not\s+say|denied|denies|deny)"
                   r"\b[^.;]{0,60}$")
# people counted as one group ("a family of six", "a couple"): read by the counts
_GROUP = re.compile(r"(?i)\b(?:family|families|couple|group)\b")
# "Of the dead,", "Of the 31 killed,", "Among the victims:"
_OF_THE = re.compile(r"(?i)\b(?:of|among)\s+(?:the|those)\s+(?:[\w,-]+\s+){0,2}?" + _HIT
                     + r"(?:\s+(?:on|in|at)\s+[^,;:.]{1,30}?)?\s*[,:]\s*")
# "29 of the dead were SNA fighters and eight were SDF fighters": the first part is a count
# the mentions read, the parts listed after it are read here
_N_OF_THE = re.compile(r"(?i)\s+of\s+(?:the|those)\s+(?:[\w,-]+\s+)?(?P<o>dead|killed|wounded|"
                       r"injured|abducted|kidnapped|captured|missing|bodies|prisoners|captives|"
                       r"hostages)\b")
_PART_VERB = re.compile(r"(?i)\s+(?:of\s+them\s+)?(?:were|was|are|is)\s+(?:(?:all|also|reportedly)"
                        r"\s+)?(?P<np>(?:[\w'()-]+\s+){0,7}?[\w'()-]+)" + _NP_END)
_PART_LINK = re.compile(r"(?i)\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|\s+while\s+)")
# "..., and the other eight members of the VDP": the last part, its verb left out
_OTHER = re.compile(r"(?i)(?:the\s+)?(?:other|remaining)\s+(?=\S)")
_ELIDED = re.compile(r"(?i)\s+(?P<np>(?:[\w'()-]+\s+){0,7}?[\w'()-]+)" + _NP_END)
# "Among those killed on Sunday was a paramedic", "Among the dead were a woman and her son"
_AMONG_WAS = re.compile(r"(?i)\bamong\s+(?:those|the\s+people|the)\s+" + _HIT
                        + r"(?:\s+[^,;:.]{1,40}?)?\s+(?:was|is|were|are)\s+(?:also\s+)?"
                        r"(?P<np>(?:a|an|the|one|his|her|their)\s+(?:" + _WORD
                        + r"\s+){0,5}?" + _WORD + r")"
                        + _NP_END)
# "A fisherman who had ferried supplies was also among the dead"
_WAS_AMONG = re.compile(r"(?i)(?<![\w-])(?<!\bof\s)(?P<np>(?:a|an|the)\s+(?:" + _WORD
                        + r"\s+){0,4}?" + _WORD + r")"
                        r"(?:\s*,[^,;.]{1,60},|\s+who\s+[^,;.]{1,60}?)?\s+(?:was|is)\s+"
                        r"(?:also\s+|reportedly\s+)?among\s+(?:those|the)\s+"
                        # ("among the eight dead": the whole's count told again)
                        r"(?:(?P<n>\d+|" + _NUMBER_STOP + r")\s+)?" + _HIT + r"\b")

# "The unit's commander": an officer of a unit is the unit's army, a role
_UNIT_OWNER = re.compile(r"(?i)^(?:the|its|their)\s+" + _UNIT_NOUN + r"'s\s+")


def with_breakdowns(ctx: _Context, si: int, rows: list[dict], make_row: Callable[..., dict]
                    ) -> list[dict]:
    """``rows`` of sentence ``si`` with the parts of a toll broken down after it."""
    sent = ctx.sentences[si]
    taken = [r["_at"] for r in rows]
    added: list[dict] = []
    parts = _parts(ctx, sent.start, sent.end)
    for m in _WAS_AMONG.finditer(ctx.work, sent.start, sent.end):
        if m["n"] and any(r["_si"] < si and r["quantity_raw"].lower() == m["n"].lower()
                          for r in ctx.row_of.values()):
            # "A lieutenant was among the nine dead": the nine told in an earlier sentence,
            # named again, not a second telling
            rows = [r for r in rows if not m.start("n") <= r["_at"] < m.end("n")]
    for head, nps in _wholes(parts).items():
        whole = [r for r in rows if head[0] <= r["_at"] < head[1]]
        if len(nps) > 1 and whole and OUTSIDE_NOTE in whole[0]["notes"]:
            # "Of the 23 dead, 15 were soldiers and the other eight VDP": the whole is theirs,
            # not people outside the fighting
            _recount(whole[0], " and ".join(nps), "the parts listed after it")
    for at, q, np, outcome, _ in parts:
        if any(at <= t < at + len(q) + len(np) + 12 for t in taken):
            continue  # read already as a count
        attr = _claimant_for(ctx, si, at)
        added.append(make_row(ctx, si, attr, np, outcome, q, [_PART_NOTE],
                              at))
        taken.append(at)
    for q in ctx.vocab.quantities.finditer(ctx.low, sent.start, sent.end):
        owner = _TO_PARTY.match(ctx.work, q.end(), sent.end)
        link = _PART_GAP.search(ctx.work, sent.start, q.start())
        first = _FIRST_BELONGED.match(ctx.work, q.end(), sent.end)
        if first and _party_counted(ctx.vocab, first.group("np")):
            # "37 of the dead belonged to factions of the SNA (and the other 15 to the SDF)":
            # of that party, whoever the count alone would be
            read = [r for r in rows if r["_at"] == q.start()]
            if read:
                _recount(read[0], first.group("np"), _PART_NOTE)
            else:
                added.append(make_row(ctx, si, _claimant_for(ctx, si, q.start()),
                                      first.group("np"), first.group("o"), q.group(0),
                                      [_PART_NOTE], q.start()))
                taken.append(q.start())
            continue
        told = [r for r in rows + added if r["_at"] < q.start() and r["subject_raw"]]
        if owner and link and told and q.start() not in taken \
                and _BELONGED.search(ctx.work, told[-1]["_at"], link.start()) \
                and _party_counted(ctx.vocab, owner.group("np")):
            # "84 of the dead belonged to the SNA and 19 to the SDF": each part is of the
            # party it belonged to
            attr = _claimant_for(ctx, si, q.start())
            added.append(make_row(ctx, si, attr, owner.group("np"), told[-1]["outcome_raw"],
                                  q.group(0), [_PART_NOTE], q.start()))
            taken.append(q.start())
    return rows + added


# "(84 of the dead) belonged to the SNA", "(and 19) to the SDF"
_BELONGED = re.compile(r"(?i)\b(?:belong(?:ed|ing|s)?\s+to|were\s+from|came\s+from)\b")
_TO_PARTY = re.compile(r"(?i)\s+(?:to|from)\s+(?P<np>(?:the\s+)?[\w'()-]+(?:\s+[\w'()-]+){0,6}?)"
                       r"(?=\s*(?:[,;:.)]|$|\s(?:and|while|in|on)\b))")
_FIRST_BELONGED = re.compile(r"(?i)\s+of\s+(?:the|those)\s+(?P<o>dead|killed|wounded|injured|"
                             r"prisoners|captives)\s+(?:belonged\s+to|were\s+from|came\s+from)\s+"
                             r"(?P<np>(?:the\s+)?[\w'()-]+(?:\s+[\w'()-]+){0,6}?)"
                             r"(?=\s*(?:[,;:.)]|$|\s(?:and|while|in|on)\b))")
_PART_GAP = re.compile(r"(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|;\s*)"
                       r"(?:the\s+(?:other|remaining)\s+)?$")


# the note of a count no party claims, read as people outside the fighting (``rows``)
OUTSIDE_NOTE = "counted by a voice outside the fighting"
_PART_NOTE = "part of a toll broken down"


def _recount(row: dict, subject: str, note: str) -> None:
    """A count read as people outside the fighting is of the people a breakdown names."""
    row.pop("_unarmed", None)
    row["subject_raw"] = subject
    kept = [n for n in row["notes"].split("; ") if n and n != OUTSIDE_NOTE]
    row["notes"] = "; ".join([*kept, note])


def _wholes(parts: list[tuple[int, str, str, str, tuple[int, int] | None]]
            ) -> dict[tuple[int, int], list[str]]:
    """The people of each part, by the span of the whole they break down ("Of the 23 dead,")."""
    out: dict[tuple[int, int], list[str]] = {}
    for _, _, np, _, head in parts:
        if head is not None:
            out.setdefault(head, []).append(np)
    return out


def _parts(ctx: _Context, start: int, end: int
           ) -> list[tuple[int, str, str, str, tuple[int, int] | None]]:
    """(offset, count, people, outcome, span of the whole) of each part in the sentence."""
    work = ctx.work
    out = []
    heads = [(h.end(), h.group("o"), None, (h.start(), h.end()))
             for h in _OF_THE.finditer(work, start, end)]
    for q in ctx.vocab.quantities.finditer(ctx.low, start, end):
        if (head := _N_OF_THE.match(work, q.end(), end)) \
                and not _SHARE_OF.match(work, q.start(), head.start("o")):
            # (not a share with no figure: "many of those killed were elderly")
            heads.append((head.end(), head.group("o"), q, None))
    for pos, o, q, whole in heads:
        other = None
        verb_at = pos  # (after "29 of the dead"; else after each part's count)
        while True:
            if q is None:
                q = ctx.vocab.quantities.match(ctx.low, pos, end)
                verb_at = q.end() if q else pos
            verb = _PART_VERB.match(work, verb_at, end) if q else None
            if verb is None and q is not None and other:
                verb = _ELIDED.match(work, verb_at, end)  # "and the other eight (were) VDP"
            if q is None or verb is None or not names_people(ctx.vocab, verb.group("np")):
                break
            out.append((q.start(), q.group(0), verb.group("np"), o, whole))
            nxt = _PART_LINK.match(work, verb.end(), end)
            if nxt is None:
                break
            pos, q = nxt.end(), None
            other = _OTHER.match(work, pos, end)
            if other:
                pos = other.end()
    for m in (*_AMONG_WAS.finditer(work, start, end), *_WAS_AMONG.finditer(work, start, end)):
        if _OPEN.search(work, max(start, m.start() - 60), m.start()) or _GROUP.search(m["np"]):
            continue  # "It is not known whether a journalist was among the dead"
        if m.re is _AMONG_WAS and re.match(r"(?i)\s*,", work[m.end() : m.end() + 2]) \
                and re.search(r"(?i)\s(?:were|are)\s", m.group(0)):
            continue  # "Among the dead were the commander, his deputy and three ...": a list
        np = _UNIT_OWNER.sub("the ", m.group("np"))
        count = _people_listed(np) if names_people(ctx.vocab, np) else ""
        if count:
            out.append((m.start("np"), count, np, m.group("o"), None))
    return out

