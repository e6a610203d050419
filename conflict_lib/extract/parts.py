"""Parts and wholes of a count: a part named after its whole ("12 people, including
two children", "Four of them were children.", "...: 37 fighters, 11 SDF members and four
civilians"), counts listed together that fare alike or are one count ("two men and a
woman"), and a toll named by the parties its parts add up to."""

from __future__ import annotations

import re

from conflict_lib.extract.attribution import _claimant_for
from conflict_lib.extract.headlines import families_of
from conflict_lib.extract.mentions import _quantities
from conflict_lib.extract.model import _Attribution, _Context, _Mention, _whole
from conflict_lib.extract.patterns import (
    _CONDITION_PART,
    _GENERIC_WHOLE,
    _INCLUDING,
    _LIST_LINK,
    _MORE_OF_THE_SAME,
    _NEXT_PART,
    _NO_FIGURE,
    _PLACE_LEAD,
    _PLACE_NEXT,
    _PLACE_PART,
    _SET_FREE,
    _SUBSET_GAP,
    _SUBSET_NOUN,
)
from conflict_lib.extract.subjects import _is_zero
from conflict_lib.roles import is_civilian_phrase
from conflict_lib.text.numbers import NUMBER_WORDS

_AMONG_THEM_AFTER = re.compile(r"(?i)\s+among\s+them\b")


def _count_of(q: str) -> int | None:
    q = q.strip().strip("\"'").lower()  # ('"Eight of our men, ...')
    if q in ("a", "an", "one"):
        return 1
    if q.isdigit():
        return int(q)
    return NUMBER_WORDS.get(q)


def _includes(work: str, whole: _Mention, part: _Mention) -> bool:
    """"12 people, including seven soldiers": ``part`` follows ``whole`` (or its outcome)
    after "including", "among them"."""
    return bool(_INCLUDING.fullmatch(work, whole.end, part.start)
                or (whole.o_end <= part.start
                    and _INCLUDING.fullmatch(work, whole.o_end, part.start))
                # "killed nine civilians at Kantchari, a village chief among them"
                or (_AMONG_THEM_AFTER.match(work, part.end)
                    and _SUBSET_GAP.fullmatch(work, max(whole.end, whole.o_end), part.start)))


def _fares_as(m: _Mention, other: _Mention, part: bool = False) -> None:
    """``m`` takes the outcome of the count it is listed with (as its part, if ``part``)."""
    m.outcome, m.o_start, m.o_end = other.outcome, other.o_start, other.o_end
    if part:
        m.subset_of = other


def _civilian_like(np: str) -> bool:
    """People outside the fighting, or "men" beside them ("two men and a woman")."""
    return is_civilian_phrase(np) or re.fullmatch(
        r"(?i)(?:(?!armed|uniformed|gun)\w+\s+)?m[ae]n", np.strip()) is not None


def _one_count(part: _Mention, kept: _Mention, work: str) -> bool:
    """Two counted phrases joined by "and" that are one count of people outside the
    fighting, one of them a single person: "two men and a woman", "a grandmother and her two
    grandchildren". The total goes to ``kept``; others ("20 rebels and two soldiers") stay
    apart."""
    a, b = _count_of(part.q), _count_of(kept.q)
    if a is None or b is None or 1 not in (a, b) or part.subset_of:
        return False
    first, last = sorted((part, kept), key=lambda m: m.start)
    if re.search(r"(?i)\b(?:our|their|its)\b", work[first.start : first.end]):
        return False  # "seven of our men, and a woman": a side's own, then a civilian
    if kept.subset_of is not None and not re.search(r"(?i)\b(?:his|her|their)\s*$",
                                                    work[first.end : last.start]):
        return False  # parts are split by kind ("among them four women and a child")
    # (an officer and his soldiers stay apart: writers split "a major and two soldiers")
    same = _civilian_like(first.np) and _civilian_like(last.np) \
        and (is_civilian_phrase(first.np) or is_civilian_phrase(last.np))
    if not same:
        return False
    kept.q, kept.start, kept.np = str(a + b), first.start, last.np
    kept.end = max(kept.end, last.end)
    return True


# the words between a count and a list of its parts after a colon
# (or in brackets: "has killed 94 people in two days (41 members of the security forces, ...)")
_COLON_PART = re.compile(r"[^:;.\"()]{0,80}(?::|\()\s*")
# "Several of them were in critical condition": a part with no figure adds no claim
_VAGUE = re.compile(r"(?i)\b(?:some|many|most|all|few|several|a\s+number|numerous|dozens|"
                    r"scores|hundreds)\b")


_COMMA_GAP = re.compile(r"\s*,\s*")
_ANY_WHOLE = re.compile(r"(?i)(?:of\s+)?(?:(?:the|these|those)\s+)?(?:people|persons|dead|bodies|"
                        r"victims)")


def comma_breakdown(work: str, mentions: list[_Mention], k: int, is_bound: list[bool]) -> bool:
    """"We lost seven of our men, four soldiers and three volunteers": counted people listed
    after a comma that add up to the count before it, which names no party, are its parts
    (not "five soldiers, two policemen and three civilians": a list of three). The parts
    after the first (``k``, which the caller binds) are bound here."""
    whole = mentions[k - 1]
    np = (whole.np or "").strip()
    if not (_GENERIC_WHOLE.fullmatch(re.sub(r"(?i)^of\s+", "", np)) or _ANY_WHOLE.fullmatch(np)) \
            or not _COMMA_GAP.fullmatch(work, whole.end if whole.o_start > mentions[k].start
                                        else max(whole.end, whole.o_end), mentions[k].start):
        return False
    counts: list[int | None] = []
    civilian = []
    for j in range(k, len(mentions)):
        m = mentions[j]
        if m.kind != "people" or not m.q or (
                counts and not _LIST_LINK.fullmatch(work, mentions[j - 1].end, m.start)):
            break
        counts.append(_count_of(m.q))
        civilian.append(_civilian_like(m.np))
    if _civilian_like(np) and all(civilian):
        return False  # "14 men, nine women and five children": a list of three
    if len(counts) < 2 or None in counts or sum(counts) != _count_of(whole.q):
        return False
    for j in range(k + 1, k + len(counts)):
        _fares_as(mentions[j], whole, part=True)
        is_bound[j] = True
    return True


def list_heads(work: str, mentions: list[_Mention], is_bound: list[bool]) -> list[int]:
    """"Fourteen soldiers, nine volunteers and two civilians were killed": the first items of
    a list fare as the items after them, which were bound only once the first was passed.
    Binds them (right to left) and returns their indices."""
    heads = []
    for k in range(len(mentions) - 2, -1, -1):
        m, nxt, bound = mentions[k], mentions[k + 1], is_bound[k + 1]
        if not bound and k + 2 < len(mentions) and is_bound[k + 2] \
                and mentions[k + 2].start <= nxt.start:
            # "three residents and a journalist": one count, kept in the later mention
            nxt, bound = mentions[k + 2], True
        if not is_bound[k] and bound and m.kind == "people" and m.q and nxt.q \
                and nxt.o_start >= nxt.end and _COMMA_GAP.fullmatch(work, m.end, nxt.start):
            _fares_as(m, nxt)
            is_bound[k] = True
            heads.append(k)
    return heads


# a speaker's opening before the parts: "A source close to Hezbollah told AFP that"
_SAID_THAT = re.compile(r"(?i)[^,;.\"]{1,80}?\b(?:said|says|told\s+[A-Z]\w*|added)"
                        r"(?:\s+on\s+\w+day)?\s+(?:that\s+)?")


def _whole_before(ctx: _Context, si: int, m: _Mention) -> _Mention | None:
    """The count the sentence before ended on, when this sentence opens on parts of it
    ("Four of them were children.") and ``m`` is the first of those parts."""
    sent = ctx.sentences[si]
    said = _SAID_THAT.match(ctx.work, sent.start, sent.end)
    opening = _NEXT_PART.match(ctx.work, sent.start, sent.end)
    if not opening and said and (told := _NEXT_PART.match(ctx.work, said.end(), sent.end)) \
            and not re.search(r"(?i)\bvictims\b", told.group(0)):
        opening = told  # ("the army said five of the victims were soldiers": not read yet)
    if not si or not opening or _is_zero(m.q) or _VAGUE.search(m.q):
        return None
    at = opening.start("alone") if opening.group("alone") else opening.end()
    if m.start != at and not (opening.start() <= m.start < at and opening.group("alone")):
        return None
    counts = [p for p in ctx.mentions.get(si - 1, ()) if p.q and p.outcome]
    fate = families_of(opening.group(0)) if not opening.group("alone") else set()
    if fate:  # "Of the dead, 14 were soldiers": the dead counted, not the wounded after them
        counts = [p for p in counts if families_of(p.outcome) == fate]
    return _whole(counts[-1]) if counts else None


_AT_LEAST = re.compile(r"(?i)^\s*at\s+least\s+")  # ("at least 31 ..., 18 of them ... the other 13")
# a whole of several forces: "31 members of the security forces, 18 of them soldiers and
# the other 13 auxiliaries of the VDP"
_FORCES_WHOLE = re.compile(r"(?i)(?:members\s+of\s+)?(?:the\s+)?(?:[\w']+\s+)?(?:security|"
                           r"defen[cs]e(?:\s+and\s+security)?)\s+forces")


def _name_mixed_tolls(ctx: _Context) -> None:
    """"52 people were killed: 37 fighters of the factions, 11 SDF members and four
    civilians": people whose parts add up to them, some of them fighters, are those parts
    together, not civilians (nor only the speaker's: "seven of our men, four soldiers and
    three volunteers")."""
    parts: dict[int, list[_Mention]] = {}
    wholes: dict[int, _Mention] = {}
    for found in ctx.mentions.values():
        for m in found:
            if m.subset_of is not None and id(m) in ctx.row_of:
                parts.setdefault(id(m.subset_of), []).append(m)
                wholes[id(m.subset_of)] = m.subset_of
    for key, members in parts.items():
        whole, row = wholes[key], ctx.row_of.get(key)
        counts = [_count_of(p.q) for p in members]
        subjects = [ctx.row_of[id(p)]["subject_raw"] for p in members]
        if row is None:
            continue
        if len(members) < 2 or None in counts \
                or sum(counts) != _count_of(_AT_LEAST.sub("", whole.q)) \
                or not (is_civilian_phrase(row["subject_raw"] or "")
                        or _GENERIC_WHOLE.fullmatch(row["subject_raw"] or "")
                        or _FORCES_WHOLE.fullmatch(row["subject_raw"] or "")) \
                or all(is_civilian_phrase(s) for s in subjects if s) or not all(subjects) \
                or (row["subject_raw"] in subjects  # (a part the whole named, not itself)
                    and not _FORCES_WHOLE.fullmatch(row["subject_raw"] or "")):
            _mixed_kinds(row, [ctx.row_of[id(p)] for p in members])
            continue
        row["subject_raw"] = " and ".join(dict.fromkeys(subjects))
        row["notes"] = "; ".join(n for n in (row["notes"], "the parts it adds up to") if n)


# "At least 27 people were killed ..., most of them members of the VDP": a toll of people
# whose greater part, with no figure, is fighters
_MOSTLY = re.compile(r"(?i)[^.;:]{0,120}?,\s*(?:most|many|the\s+majority|the\s+bulk)\s+of\s+"
                     r"(?:them|whom)\s+(?:were\s+|being\s+)?(?P<np>[^,.;:\"]{3,90})|"
                     r"[^.;:]{0,120}?,\s*mostly\s+(?P<np2>[^,.;:\"]{3,90})")


# the party itself, first: "members of the VDP", "Malian soldiers" (not "in RSF shelling",
# "relatives of RSF commanders", "women fleeing JNIM")
_MOSTLY_HEAD = re.compile(r"(?i)(?:(?:members|fighters|soldiers|militants|combatants)\s+of\s+)?"
                          r"(?:the\s+)?(.*)")
_FIGHTERS = re.compile(r"(?:[A-Z][\w'-]*\s+){0,2}(?:soldiers|troops|fighters|militiam[ae]n|"
                       r"militants|rebels|jihadists|police(?:m[ae]n)?|officers|gendarmes|"
                       r"volunteers|auxiliaries|servicem[ae]n)")


def _mostly_fighters(ctx: _Context) -> None:
    """People killed, "most of them" soldiers or members of a named party: the toll is
    that party's and the civilians' together (not civilians alone)."""
    for si, found in ctx.mentions.items():
        sent = ctx.sentences[si]
        for m in found:
            row = ctx.row_of.get(id(m))
            if row is None or m.subset_of is not None \
                    or not is_civilian_phrase(row["subject_raw"] or ""):
                continue
            most = _MOSTLY.match(ctx.work, max(m.end, m.o_end), sent.end)
            np = (most.group("np") or most.group("np2")).strip() if most else ""
            head = _MOSTLY_HEAD.match(np).group(1) if np else ""
            if head and not is_civilian_phrase(np) and (
                    ctx.vocab.alias.match(head) or _FIGHTERS.fullmatch(head)):
                row["subject_raw"] = f"{row['subject_raw']} and {np}"
                row["notes"] = "; ".join(n for n in (row["notes"], "most of them fighters")
                                         if n)


_SERVING = re.compile(r"(?i)\b(?:wom[ae]n|doctors?|nurses?|medics?|paramedics?|drivers?|cooks?|"
                      r"mechanics?|engineers?)\b")
# ... unless said to be civilians ("one of them a civilian driver")
_CIVILIAN_WORD = re.compile(r"(?i)\bcivilian")


def _same_fate(a: str | None, b: str | None) -> bool:
    """Outcome words that say the same ("toll dead" and "dead"; "were killed" and "two of
    the dead": one family, and only one, "killed or wounded" being both)."""
    if a == b or bool(a and b and a.split()[-1].lower() == b.split()[-1].lower()):
        return True
    fa, fb = families_of(a or ""), families_of(b or "")
    return len(fa) == 1 and fa == fb



def _mixed_kinds(row: dict, parts: list[dict]) -> bool:
    """"nine people, among them two soldiers"; "19 soldiers, including a civilian guide":
    a toll whose named part is of the other kind (armed or not) counts both kinds, so its
    victims are the whole and that part together. Its part keeps its own row."""
    whole = row["subject_raw"] or ""
    civilian = is_civilian_phrase(whole)
    # (not women, doctors or drivers among fighters: they serve in armies too)
    other = [p["subject_raw"] for p in parts
             if p["subject_raw"] and _same_fate(p["outcome_raw"], row["outcome_raw"])
             # (another voice's part says what it knows, not what the whole's speaker said)
             and p["claimant_raw"] == row["claimant_raw"]
             and is_civilian_phrase(p["subject_raw"]) != civilian
             and (civilian or not _SERVING.search(p["subject_raw"])
                  or _CIVILIAN_WORD.search(p["subject_raw"]))]
    if not whole or not other:
        return False
    row["subject_raw"] = " and ".join(dict.fromkeys([whole, *other]))
    row["notes"] = "; ".join(n for n in (row["notes"], "a part of the other kind") if n)
    return True


def _place_or_state(work: str, m: _Mention, end: int) -> bool:
    """A bare count followed by a place ("eight in the camp") or by the state of the
    wounded ("two in critical condition"): a part of a toll, not a count alone."""
    return bool(_PLACE_PART.match(work, m.end, end) or _CONDITION_PART.match(work, m.end, end))


def _place_sibling(work: str, m: _Mention, prv: _Mention, end: int) -> bool:
    """"Nine volunteers fell at Sambaogo and five others at Dargoussé": ``m`` ("five
    others") counts more people of ``prv``'s kind at another place, as they fared."""
    return bool(prv.q and prv.outcome and _MORE_OF_THE_SAME.fullmatch(m.np.strip())
                and _PLACE_PART.match(work, m.end, end)
                and _PLACE_LEAD.fullmatch(work, max(prv.end, prv.o_end), m.start))


def _split_part(work: str, m: _Mention, prv: _Mention, end: int) -> bool:
    """``m`` is a part of the toll ``prv`` counted (or of the toll ``prv`` is a part of),
    split by place: "killed 12 civilians, eight in the camp and four more in Daraja Oula";
    or a part of the wounded by their state ("two in critical condition")."""
    if m.kind != "alone" or not prv.q or _is_zero(m.q) or _NO_FIGURE.fullmatch(m.q.strip()):
        return False
    if not (_PLACE_PART.match(work, m.end, end) or (
            _CONDITION_PART.match(work, m.end, end)
            and re.match(r"(?i)wound|injur|hurt", prv.outcome))):
        return False
    return bool((prv.kind == "alone" and prv.subset_of
                 and _PLACE_NEXT.fullmatch(work, prv.end, m.start))
                or _PLACE_LEAD.fullmatch(work, max(prv.end, prv.o_end), m.start))


def _named_end(work: str, m: _Mention, end: int) -> int:
    """Where a part ends with the people it names: "one of them a civilian driver" (one
    count, not a second one in "a driver"), "12 of them soldiers, and 15 civilians"."""
    if m.kind == "alone" and m.subset_of is not None \
            and (named := _SUBSET_NOUN.match(work, m.end, end)):
        return named.end(1)
    return m.end


def _part_before(work: str, mentions: list[_Mention], k: int, is_bound: list[bool],
                 end: int) -> _Mention | None:
    """The count listed just before mention ``k``: "41 of them civilians and 22 soldiers"
    (past the people it names, themselves a mention with no count)."""
    j = k - 1
    if j > 0 and not mentions[j].q and _named_end(work, mentions[j - 1], end) >= mentions[j].end:
        j -= 1
    prv = mentions[j] if j >= 0 else None
    # (a part whose whole's verb comes after the list: "36 people, among them 14 soldiers
    # and 19 VDP members, were killed")
    if prv is not None and is_bound[j] and prv.q and (prv.o_end <= prv.start or (
            prv.subset_of is not None and prv.o_start >= mentions[k].end)) \
            and _LIST_LINK.fullmatch(work, _named_end(work, prv, end), mentions[k].start):
        return prv
    return None


# "has risen to 31 dead, ..., up from 12 in its first statement": the toll it was before
_UP_FROM = re.compile(r"(?i)\b(?:up|down)\s+from\s+(?:the\s+)?$")
_UP_FROM_GAP = re.compile(r"(?i)(?:\s*,[^.;]{0,60}?)?,?\s+(?:up|down)\s+from\s+(?:the\s+)?")


def earlier_figure(ctx: _Context, si: int, mentions: list[_Mention], k: int,
                   is_bound: list[bool], counted: dict[int, _Mention]) -> _Mention | None:
    """The toll a bare figure after "up from" was an earlier count of (as the toll fared:
    the same speaker's earlier figure, a claim of its own)."""
    m = mentions[k]
    if m.kind != "alone" or not m.q or not _UP_FROM.search(ctx.work, max(0, m.start - 14),
                                                            m.start):
        return None
    return _counted_before(ctx, si, m.start, counted, _UP_FROM_GAP, tolls=True) or next(
        (mentions[j] for j in range(k - 1, -1, -1) if is_bound[j] and mentions[j].q
         and mentions[j].outcome), None)


def _counted_before(ctx: _Context, si: int, at: int, counted: dict[int, _Mention],
                    gap: re.Pattern[str] = _SUBSET_GAP, tolls: bool = False
                    ) -> _Mention | None:
    """The "<number> <outcome>" count ("60 wounded") that a part at ``at`` follows after
    ``gap`` (", " before "19 of them"; ", among them" before "seven women"), or with
    ``tolls`` a toll ("raised the toll to seven, among them ...")."""
    sent = ctx.sentences[si]
    for q in _quantities(ctx, si):
        tail = None if q.start >= at else ctx.vocab.qo_tail.match(ctx.work, q.end, sent.end)
        if tail and _SET_FREE.search(ctx.work, max(sent.start, q.start - 30), q.start):
            continue  # "released 33 hostages, including eight children": freed, not taken
        if tail and gap.fullmatch(ctx.work, tail.end(), at):
            counted[q.start] = _Mention(q.start, tail.end(), q.text, "", q.start,
                                        tail.group("o"), *tail.span("o"))
            return counted[q.start]
    for t in ctx.vocab.toll.finditer(ctx.work, sent.start, at):
        # "raised the toll to seven, among them a 14-year-old girl"
        if tolls and gap.fullmatch(ctx.work, t.end(), at):
            counted[t.start("q")] = _Mention(t.start("q"), t.end(), t.group("q"), "",
                                             t.start("q"), "killed", *t.span("o"))
            return counted[t.start("q")]
    return None


# "Seven of the dead were soldiers and the other five civilians": the rest of the whole
# (past the part's own fate: "only three of its men had died and that the other 10 were")
_THE_OTHER = re.compile(r"(?i)(?:\s+(?:had\s+|have\s+|were\s+|was\s+)?(?:been\s+)?(?:died|killed|"
                        r"dead|wounded|injured))?\s*(?:[,;]\s*)?(?:and\s+(?:that\s+)?|while\s+|"
                        r"with\s+)?the\s+(?:other|remaining)\s+")


def rest_of_parts(work: str, mentions: list[_Mention], k: int, end: int,
                  is_bound: list[bool]) -> _Mention | None:
    """The part before mention ``k`` when ``k`` counts "the other" or "the remaining" people
    of the same whole, naming them ("... and the other five were civilians"; "the dead
    included 19 soldiers and six VDP members; the other two were traders")."""
    m = mentions[k]
    # (past the people the part names: "one of the dead was a member of the group")
    prv = next((p for p in reversed(mentions[max(0, k - 2) : k]) if p.subset_of), None)
    if prv is None and k and m.kind == "alone" and is_bound[k - 1] and mentions[k - 1].q \
            and mentions[k - 1].kind == "people" and mentions[k - 1].outcome:
        prv = mentions[k - 1]  # the last of a list of the dead ("the other two were traders")
    if prv is None or not m.q or m.kind not in ("alone", "people") \
            or not _THE_OTHER.fullmatch(work, _named_end(work, prv, end), m.start) \
            or (m.kind == "alone" and not _SUBSET_NOUN.match(work, m.end, end)):
        return None
    return prv


_AS_MANY = re.compile(r"(?i)\bas\s+many\b")


def _as_many(work: str, sent, start: int, end: int, earlier: list[_Mention]) -> str | None:
    """"three were martyred and as many injured": the number counted just before."""
    if earlier and earlier[-1].q and _AS_MANY.search(work, max(sent.start, start - 4), end) \
            and not re.match(r"\s+as\b", work[end : end + 4]):
        return earlier[-1].q
    return None


def toll_told_before(ctx: _Context, si: int, m: _Mention) -> _Attribution | None:
    """The speaker of the toll the sentence before ended on, when ``m`` is people counted
    "among the dead" (or the wounded) with no speaker of its own: a part of that toll."""
    if not si or not re.match(r"(?i)among\s+(?:the|those)\s", m.outcome or ""):
        return None
    told = [p for p in ctx.mentions.get(si - 1, ()) if p.q and p.outcome]
    return _claimant_for(ctx, si - 1, told[-1].start) if told else None
