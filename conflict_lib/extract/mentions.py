"""Quantities and mentions: the counted people of a sentence (the outcome words bound to
them are read in ``binding``)."""

from __future__ import annotations

import re

from conflict_lib.extract.gear import _EQN
from conflict_lib.extract.model import _Context, _Mention, _Quantity, _Sentence
from conflict_lib.extract.params import (
    _BEFORE_LAST,
    _HELD_ONLY,
    _MONTH_BEFORE,
    _NUMBER_STOP,
    _PART,
    _PNOUN_WORD,
)
from conflict_lib.extract.patterns import (
    _ADJ_PARTICIPLES,
    _ALONE_BEFORE,
    _BRACKET,
    _COUNTED,
    _DET_WORDS,
    _MOD_TOKEN,
    _NOUN_MODIFIER,
    _NUMBER_TOKEN,
    _OF_THEM,
    _Q_GAP,
    _QUANTITY_WORDS,
    _STOP_WORD,
    _TOKEN,
)
from conflict_lib.extract.vocab import _resolve, _Vocab
from conflict_lib.roles import is_civilian_phrase, role_of
from conflict_lib.text.numbers import NUMBER_WORDS

_HURT = re.compile(r"(?i)\b(?:wounded|injured|dead|bodies|casualties|hurt)\b")
_RESCUERS = re.compile(r"(?i)\b(?:ambulances?|rescuers?|medics?|paramedics?|"
                       r"red\s+(?:cross|crescent))\b")


def _year_like(work: str, q_start: int, q: str) -> bool:
    digits = q.strip("\"' ")
    if re.fullmatch(r"\d{4}", digits) and 1800 <= int(digits) <= 2100:
        return True
    return bool(_MONTH_BEFORE.search(work[max(0, q_start - 12) : q_start]))


# "three of them children": a pronoun ends the noun phrase before it
_PRONOUNS = frozenset(("them", "whom", "those", "these", "they", "it", "us", "we"))


def _np_start(work: str, lo: int, head_start: int) -> int:
    """Start of the noun phrase headed at ``head_start``: three modifiers, two determiners."""
    toks = list(_TOKEN.finditer(work, max(lo, head_start - 80), head_start))
    start = head_start
    mods = dets = 0
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        if work[tok.end() : start].strip():
            break
        low = tok.group(0).lower()
        if low in _DET_WORDS and dets < 2:
            dets += 1
            start = tok.start()
            continue
        if not dets and mods < 3 and low in _ADJ_PARTICIPLES and k and _COUNTED.fullmatch(
                toks[k - 1].group(0).lower()):
            mods += 1  # "six captured soldiers", "the wounded men"
            start = tok.start()
            continue
        if low[:1] in "\"'" and not dets and mods < 3 and _MOD_TOKEN.fullmatch(low[1:]) \
                and not _STOP_WORD.fullmatch(low[1:]):
            start = tok.start() + 1  # 41 "apostate soldiers": the quote opens the phrase
            break
        if low == "single" and k > 1 and toks[k - 1].group(0).lower() == "a" \
                and toks[k - 2].group(0).lower() == "not":
            break  # "not a single civilian": part of the count
        if _ABBREVIATED_STATE.fullmatch(tok.group(0)) and not dets and mods < 3:
            mods += 1  # "two US drones", "a U.S. MQ-9 Reaper drone" (not the pronoun "us")
            start = tok.start()
            continue
        if dets or mods >= 3 or low in _QUANTITY_WORDS or low in _PRONOUNS \
                or not _MOD_TOKEN.fullmatch(low) \
                or _STOP_WORD.fullmatch(low) or _NUMBER_TOKEN.fullmatch(low):
            break
        mods += 1
        start = tok.start()
    return start


# a state's initials: "US", "U.S.", "UK", "U.K."
_ABBREVIATED_STATE = re.compile(r"U\.?S\.?|U\.?K\.?")


_HOW = re.compile(r"\bhow\s+$")
_DATELINE_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")


def _quantities(ctx: _Context, si: int) -> list[_Quantity]:
    if si in ctx.quantities:
        return ctx.quantities[si]
    sent = ctx.sentences[si]
    found = []
    at = sent.start
    while m := ctx.vocab.quantities.search(ctx.low, at, sent.end):
        at = max(m.end(), m.start() + 1)
        text = ctx.work[m.start() : m.end()]
        dash = _DATELINE_DASH.search(text)
        if dash and _year_like(ctx.work, m.start(), text):
            at = m.start() + dash.end()  # "BAMAKO, Oct 14 - Nine soldiers": a date, then a count
            continue
        if _year_like(ctx.work, m.start(), text) or (
                text.lower().startswith(("many", "much"))
                and _HOW.search(ctx.low, max(sent.start, m.start() - 5), m.start())):
            continue  # ("without saying how many soldiers had been hurt": no count)
        found.append(_Quantity(m.start(), m.end(), text, m.group("mag") is not None))
    ctx.quantities[si] = found
    return found


def _noun_groups(ctx: _Context, si: int) -> list[tuple[int, int]]:
    """(first head start, end) of each noun phrase of heads joined by "and" or "of/from the"."""
    work = ctx.work
    vocab = ctx.vocab
    sent = ctx.sentences[si]
    # each group: list of heads (start, end) and the kinds of the links between them
    groups: list[tuple[list[tuple[int, int]], list[str]]] = []
    for h in vocab.heads.finditer(ctx.low, sent.start, sent.end):
        if groups:
            heads, links = groups[-1]
            last_end = heads[-1][1]
            link = vocab.np_link.fullmatch(work, last_end, h.start())
            if link and _not_people_head(vocab, ctx.low[h.start() : h.end()]):
                link = None  # "captured a soldier, and published photos"
            if link and len(heads) == 1 and re.match(r",\s*and\b", link.group("sep").strip()) \
                    and _VERB_NEXT.match(work, h.end()):
                link = None  # "We lost 62 men, and the terrorists left": a new clause
            if link:
                sep = link.group("sep")
                links.append("comma" if "," in sep and not re.search(r"(?i)and|&", sep)
                             else "and")
                heads.append(h.span())
                continue
            gap = work[last_end : h.start()]
            paren = _PAREN_OPEN.fullmatch(gap) and work.startswith(")", h.end())
            if paren or (_AND_OF.fullmatch(gap) and vocab.alias_low.match(ctx.low, h.start())):
                # "members of the Malian Armed Forces (FAMa) and of the Africa Corps" (an
                # acronym in brackets closes no list)
                links.append("paren" if paren else "and")
                heads.append(h.span())
                continue
            if vocab.of_link.fullmatch(work, last_end, h.start()) and (
                    vocab.alias_low.match(ctx.low, h.start())
                    or role_of(work[h.start() : h.end()]) is not None
                    or is_civilian_phrase(work[h.start() : h.end()])):  # "members of his family"
                links.append("of")
                heads.append(h.span())
                continue
        groups.append(([h.span()], []))
    out = []
    for heads, links in groups:
        # a comma joins only inside a list closed by "and": split elsewhere
        first = 0
        for i, kind in enumerate(links):
            if kind == "comma" and "and" not in links[i + 1 :]:
                out.append((heads[first][0], heads[i][1]))
                first = i + 1
        out.append((heads[first][0], heads[-1][1]))
    result = []
    for start, end in out:
        bracket = _BRACKET.match(work, end, sent.end)
        result.append((start, bracket.end() if bracket else end))
    return result


_PAREN_OPEN = re.compile(r"\s*\(")
_AND_OF = re.compile(r"(?:\s*\([^()]{1,20}\))?\)?\s*,?\s+and\s+of\s+(?:the\s+)?")


# a finite verb after a head: the head opens a clause of its own
_VERB_NEXT = re.compile(r"(?i)\s+(?:left|fled|took|were|was|had|have|has|are|is|attacked|"
                        r"stormed|retreated|withdrew|escaped|seized|burned|said|also|then)\b")


_ONE_PART = re.compile(_PART, re.IGNORECASE)
_KILLED_OR_WOUNDED = re.compile(r"(?i)\s+((?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured))\b")
_OF_THE_HIT = re.compile(r"(?i)\s+of\s+the\s+(dead|wounded|injured|killed|missing|"
                         r"abducted|kidnapped|hostages)\b")


# the head of a phrase before its owner ("members" of "86 members of the extremist group")
_OF_TAIL = re.compile(r"(?i)\s+(?:of|from)\s")
# people found or freed, not lost ("Rescuers freed 12 people trapped under the rubble")
_FREED = re.compile(r"(?i)\b(?:freed|rescued|pulled|saved|evacuated|extricated)\b[^.;]*$")
# an apposition that names fighters ("two of them Hamas fighters", "one of them a commander";
# "members" of a party are named by the party's alias)
_ARMED_APPOSITION = re.compile(r"(?i)\b(?:fighters?|soldiers?|troops?|militants?|rebels?|"
                               r"commanders?|officers?|police\w*|militiam[ae]n|"
                               r"gunm[ae]n|combatants?|jihadists?|insurgents?)\b")


def names_people(vocab: _Vocab, np: str) -> bool:
    """A phrase that names people: a people noun, non-combatants, a role or a party."""
    return bool(_PNOUN_WORD.search(np) or is_civilian_phrase(np) or role_of(np)
                or vocab.alias_low.search(np.lower()))


def _party_counted(vocab: _Vocab, np: str) -> bool:
    """A counted noun phrase that is a belligerent's name ("five VDP")."""
    actor = _resolve(vocab, np)
    return actor is not None and vocab.table.by_id[actor].kind == "belligerent" \
        and np.strip().lower() not in ("a", "an")


def _not_people_head(vocab: _Vocab, head: str) -> bool:
    """A head naming a source that is not people ("photos", "social media")."""
    if _PNOUN_WORD.search(head):
        return False
    actor = _resolve(vocab, head)
    return actor is not None and vocab.table.by_id[actor].kind == "source"


# "a family of seven": the family's size is the count
_FAMILY_OF = re.compile(r"(?i)(?<=family)\s+of\s+(\d+|[a-z]+(?:-[a-z]+)?)\b"
                        r"(?=\s*[,.;]|\s+(?:was|were|had|in|at|on|as|when|and|who|from))")


# a part of a count named person by person: "including the father of the groom",
# "among them the imam and his son"
_PART_LEAD = re.compile(r"(?i)\b(?:including|among\s+them|among\s+whom|among\s+the\s+dead\s+"
                        r"(?:were|was))\s+$")
# a counted noun and "of" before "a": "four members of (a group)"
_COUNTED_OF = re.compile(r"(?i)\b(?:\d[\d,]*|" + _NUMBER_STOP + r")\s+(?P<np>(?:(?!(?:the|in|for|"
                         r"over|after|during|at|on|killing|death|murder)\b)[\w'-]+\s+){1,3}?of\s+)$")
# "killing its driver", "shot dead the village chief and his son": people a verb names
_OBJECT_LEAD = re.compile(r"(?i)\b(?:(?:kill|wound|injur|abduct|kidnapp?|execut|behead)(?:ed|ing)|"
                          r"shot\s+dead|shooting\s+dead)\s+$")
_PERSON = re.compile(r"(?i)(?:the|his|her|their|its|an?)\s+(?:[\w'-]+\s+){0,2}?"
                     r"(?!(?:children|people|women|\w*men|police|family|staff|crew|enemy|militia|army|"
                     r"personnel|rest|others?)\b)[\w'-]*[^s\W]\b"
                     r"(?:\s+of\s+(?:the\s+)?[\w'-]+)?")
_COUNTED_PERSONS = re.compile(r"(?i)(?:(?:his|her|their|its)\s+(two|three|four|five|six|seven|"
                              r"eight|nine|ten)\s+[\w'-]+|an?\s+(?:[\w'-]+\s+)?couple)")


def _named_members(work: str, sent_start: int, start: int, np: str) -> str:
    """The count of people a subset names one by one, "" when it is not such a list."""
    if not _PART_LEAD.search(work, max(sent_start, start - 25), start):
        return ""
    return _people_listed(np)


def _people_listed(np: str, at_least: int = 1) -> str:
    """"the imam and his son": how many people, one by one ("" when not such a list)."""
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", np.strip())
    if not 0 < len(parts) <= 4:
        return ""
    total = 0
    for part in parts:
        counted = _COUNTED_PERSONS.fullmatch(part)  # "her two children", "an elderly couple"
        if counted:
            total += NUMBER_WORDS.get(counted.group(1).lower(), 0) if counted.group(1) else 2
        elif _PERSON.fullmatch(part):
            total += 1
        else:
            return ""
    return str(total) if total >= at_least else ""


_GEAR_NEXT = re.compile(r"\s+" + _EQN, re.IGNORECASE)


def _after_a_name(ctx: _Context, si: int, at: int) -> bool:
    """The words before ``at`` are a comma after a party's name."""
    sent = ctx.sentences[si]
    comma = ctx.work.rfind(",", sent.start, at)
    if comma < 0 or ctx.work[comma + 1 : at].strip():
        return False
    named = [h for h in ctx.vocab.alias_low.finditer(ctx.low, max(sent.start, comma - 60), comma)
             if h.end() == comma]
    # "killed nine villagers, a village chief among them": people counted, then one of them
    counted = _ONE_OF_THEM.match(ctx.work, at, sent.end) and any(
        not ctx.work[q.end : h.start()].strip() for h in named for q in _quantities(ctx, si))
    return bool(named) and not counted


# an ordinal that counts one more of those just counted ("; a fourth was wounded")
_ONE_MORE = re.compile(r"(?i)(?:[;,]\s+|\band\s+)(?P<q>an?\s+(?:second|third|fourth|fifth|sixth|"
                       r"seventh|eighth|ninth|tenth))(?=\s+(?:was|died|is|had|has|remains|"
                       r"remained)\b)")
_ONE_OF_THEM = re.compile(r"(?i)[^,;.:\"]{1,60}?\s+among\s+them\b")
# "including the base commander, a major,": the rank of the one person named before
_ONE_PERSON_END = re.compile(r"(?i)\b(?:the|his|her|its|their)\s+(?:[\w'-]+\s+){0,2}?(?:commander|"
                            r"officer|chief|leader|head|spokes(?:man|woman|person))\s*,\s*$")
_RANK = re.compile(r"(?i)(?:captain|major|colonel|lieutenant(?:-colonel)?|general|sergeant|"
                   r"corporal|brigadier|commandant)")
_APPOSITION_END = re.compile(r"\s*(?:[,.;]|$)")


def _rank_apposition(work: str, sent: _Sentence, at: int, np: str, end: int) -> bool:
    """"including the base commander, a major,": the rank of the one person named just
    before, not a second person."""
    return bool(_RANK.fullmatch(np) and _ONE_PERSON_END.search(work, max(sent.start, at - 60), at)
                and _APPOSITION_END.match(work, end, sent.end))


def _people_mentions(ctx: _Context, si: int) -> list[_Mention]:
    if si in ctx.mentions:
        return ctx.mentions[si]
    sent = ctx.sentences[si]
    work = ctx.work
    vocab = ctx.vocab
    quantities = _quantities(ctx, si)
    found: list[_Mention] = []
    for head_start, end in _noun_groups(ctx, si):
        start = _np_start(work, sent.start, head_start)
        np = work[start:end]
        q = None
        for cand in reversed(quantities):
            if cand.end <= start:
                if not cand.magnitude and _Q_GAP.fullmatch(work, cand.end, start):
                    q = cand
                break
        if not _PNOUN_WORD.search(np) and not (q is not None and _party_counted(vocab, np)):
            continue  # "five VDP", "12 Wazalendo": a party's name counts its members
        counted = _COUNTED_OF.search(work, max(sent.start, q.start - 40), q.start) \
            if q is not None and q.text.lower() in ("a", "an") else None
        if counted and names_people(vocab, re.sub(r"\s+of\s+$", "", counted["np"])) \
                and (c := next((c for c in quantities if c.start == counted.start()), None)):
            # "four members of a vigilante group": the four are counted, not the group
            q, start = c, counted.start("np")
            np = work[start:end]
        if q is not None and q.text.lower() in ("a", "an") and (
                _after_a_name(ctx, si, q.start) or _rank_apposition(work, sent, q.start, np, end)):
            continue  # "the Katiba Macina, an al-Qaida-linked group": an apposition, not a count
        if q is not None and q.text.lower() in ("a", "an") and \
                re.search(r"s$", np.split()[-1]) and not np.lower().endswith(("ss", "us")):
            q = None  # "a" before a plural is not a count
        if q is not None and _NOUN_MODIFIER.match(work, end, sent.end):
            continue  # "no civilian casualties": the people word modifies an outcome noun
        if q is not None:
            q.used = True
            size = _FAMILY_OF.match(work, end, sent.end) if q.text.lower() in ("a", "an") else None
            if size and (size.group(1).isdigit() or size.group(1).lower() in NUMBER_WORDS):
                # "killing a family of seven": seven people
                found.append(_Mention(q.start, size.end(), size.group(1), np, start))
                continue
            pair = _people_listed(f"{q.text} {np}", at_least=2) \
                if q.text.lower() in ("a", "an") else ""
            found.append(_Mention(q.start, end, pair or q.text, np, start))  # "a woman and her son"
        elif (named := _named_members(work, sent.start, start, np)):
            found.append(_Mention(start, end, named, np, start, kind="named"))  # "the imam"
        elif _OBJECT_LEAD.search(work, max(sent.start, start - 25), start) and \
                (named := _people_listed(np)):
            # "killing its driver": the minibus's, a civilian, not the claimant's own
            plain = re.sub(r"(?i)^(?:its|his|her|their)\s+", "", np)
            found.append(_Mention(start, end, named, plain if is_civilian_phrase(plain) else np,
                                  start))
        elif (vocab.alias.search(np) or _HELD_ONLY.match(np)) and not re.search(
                r"(?i)\bof\s+(?:them|whom)\s+[a-z]+ed\s+$",
                work[max(sent.start, start - 30) : start]):
            # (not "11 of them detained soldiers": a part's adjective, no capture)
            found.append(_Mention(start, end, "", np, start))
    for q in quantities:
        if not q.used and not q.magnitude and q.text.lower() not in ("a", "an") \
                and not _SPAN_UNIT.match(work, q.end, sent.end):  # ("died two days after")
            them = _OF_THEM.match(work, q.end, sent.end)  # "12 of them were captured"
            party = None if them else _FROM_PARTY.match(work, q.end, sent.end)
            if party and (vocab.alias.search(party["np"]) or role_of(party["np"])):
                # "31 from the Syrian National Army and 15 from the SDF": its members
                found.append(_Mention(q.start, party.end("np"), q.text, party["np"],
                                      party.start("np")))
                continue
            end = them.end() if them else q.end
            found.append(_Mention(q.start, end, q.text, "", end, kind="alone"))
    for one in _ONE_MORE.finditer(work, sent.start, sent.end):
        if any(m.q and m.start < one.start() for m in found):
            # "losing three fighters; a fourth was wounded": one more of those counted
            found.append(_Mention(one.start("q"), one.end("q"), "1", "", one.end("q"),
                                  kind="alone"))
    # "five civilian defence volunteers": one count, the longest noun phrase it counts
    longest: dict[int, _Mention] = {}
    for m in found:
        if m.q and (m.start not in longest or m.end > longest[m.start].end):
            longest[m.start] = m
    found = [m for m in found if not m.q or longest[m.start] is m]
    found.sort(key=lambda x: x.start)
    ctx.mentions[si] = found
    return found


# a count of a party's members by where they came from: "31 from the SDF"
_FROM_PARTY = re.compile(r"\s+from\s+(?:the\s+)?(?P<np>[^,;.:()\"]{2,60}?)"
                         r"(?=\s*[,;.:()\"]|\s+(?:and|were|had|died|killed)\b|\s*$)")


# a count of time or distance, no people: "two days", "three hours", "40 km"
_SPAN_UNIT = re.compile(r"(?i)\s+(?:days?|hours?|weeks?|months?|years?|minutes?|nights?|"
                        r"kilometres?|kilometers?|km|miles?|metres?|meters?)\b")


# a sentence that opens on another time or scene ("Two days earlier, 14 others ...")
_ELSEWHERE = re.compile(r"(?i)\s*[\"']?(?:meanwhile|separately|elsewhere|earlier|later|"
                        r"in\s+(?:a\s+)?(?:separate|another)\b|(?:\w+\s+)?(?:days?|weeks?|"
                        r"hours?|months?)\s+(?:earlier|later|before|after)\b|on\s+\w+day\b|"
                        r"last\s+(?:week|month|year)\b)")


def _previous_sentence_subject(ctx: _Context, si: int) -> str:
    if si == 0:
        return ""
    prev = [m for m in _people_mentions(ctx, si - 1) if m.subject]
    here = not _ELSEWHERE.match(ctx.work, ctx.sentences[si].start, ctx.sentences[si].end)
    if here and len(prev) > 1 and prev[-1].subset_of is None and prev[-2].subset_of is None \
            and prev[-1].outcome == prev[-2].outcome and prev[-1].subject != prev[-2].subject \
            and re.fullmatch(r"\s*,?\s+and\s+", ctx.work[prev[-2].end : prev[-1].start]):
        # "killed 19 volunteers and eight civilians. Eleven others were wounded": both
        return f"{prev[-2].subject} and {prev[-1].subject}"
    return prev[-1].subject if prev else ""





def _alone_ok(work: str, m: _Mention, sent: _Sentence) -> bool:
    """A bare quantity must continue a list ("and 10 injured") or open a clause."""
    before = work[max(sent.start, m.start - 14) : m.start]
    if m.start == sent.start or _ALONE_BEFORE.search(before) or (
            # "and the other five were civilians" (not "the other 17 dead were ...")
            re.search(r"(?i)\b(?:other|remaining)\s*$", before)
            and re.match(r"\s+(?:were|was)\s", work[m.end : m.end + 6])):
        return True
    last = before.rsplit(None, 1)[-1].strip("\"'").lower() if before.strip() else ""
    return bool(_BEFORE_LAST.fullmatch(last))  # '"neutralising about twenty of them"'
