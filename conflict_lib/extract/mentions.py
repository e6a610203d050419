"""Quantities and mentions: counted people and the outcome words bound to them."""

from __future__ import annotations

import re

from conflict_lib.extract.gear import _EQN
from conflict_lib.extract.model import _Context, _Mention, _Quantity, _Sentence
from conflict_lib.extract.params import (
    _BEFORE_LAST,
    _HELD_NOUN,
    _HELD_ONLY,
    _MONTH,
    _MONTH_BEFORE,
    _NUMBER_STOP,
    _PART,
    _PNOUN_WORD,
    _TAKE,
    _TAKE_OBJECT,
    _WERE_TAKEN,
)
from conflict_lib.extract.patterns import (
    _ACTIVE_PERFECT,
    _ADJ_PARTICIPLES,
    _ALONE_BEFORE,
    _BRACKET,
    _COUNTED,
    _DET_WORDS,
    _MOD_TOKEN,
    _MORE,
    _NEXT_WORD,
    _NOUN_MODIFIER,
    _NUMBER_TOKEN,
    _OF_THEM,
    _POSSESSIVE_END,
    _Q_GAP,
    _QUANTITY_WORDS,
    _STOP_WORD,
    _TOKEN,
    _TRAILING_ADVERB,
    _TRANSITIVE,
    _WORDS_BETWEEN,
)
from conflict_lib.extract.vocab import INVERTED_HIT, _resolve, _Vocab, parties_named
from conflict_lib.roles import TAKEN_PEOPLE, is_civilian_phrase, role_of
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


def _quantities(ctx: _Context, si: int) -> list[_Quantity]:
    if si in ctx.quantities:
        return ctx.quantities[si]
    sent = ctx.sentences[si]
    found = []
    for m in ctx.vocab.quantities.finditer(ctx.low, sent.start, sent.end):
        text = ctx.work[m.start() : m.end()]
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


_ONE_OF_THEM = re.compile(r"(?i)[^,;.:\"]{1,60}?\s+among\s+them\b")


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
        if q is not None and q.text.lower() in ("a", "an") and _after_a_name(ctx, si, q.start):
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
            end = them.end() if them else q.end
            found.append(_Mention(q.start, end, q.text, "", end, kind="alone"))
    # "five civilian defence volunteers": one count, the longest noun phrase it counts
    longest: dict[int, _Mention] = {}
    for m in found:
        if m.q and (m.start not in longest or m.end > longest[m.start].end):
            longest[m.start] = m
    found = [m for m in found if not m.q or longest[m.start] is m]
    found.sort(key=lambda x: x.start)
    ctx.mentions[si] = found
    return found


_SUSTAINED = re.compile(r"(?i)\s+(?:(?:sustained|suffered)\s+(?:[\w-]+\s+){0,2}(?:injuries|wounds)|"
                        r"(?:seriously|critically|badly|slightly|lightly|gravely|severely)\s+"
                        r"(?:wounded|injured|hurt))\b")


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


# a toll given as people of each party ("the death toll rose to 19 soldiers and ...")
_FARED = re.compile(r"(?i)\s+(?:were\s+|had\s+been\s+)?(?:wounded|injured|hurt|killed|dead|missing|"
                    r"kidnapped|abducted|captured)\b")
_TOLL_AT = re.compile(r"(?i)(?<!injury\s)(?<!casualty\s)(?<!kidnapping\s)(?<!abduction\s)"
                      r"\b(?P<o>(?:death\s+)?toll)\s+(?:(?:now|has|had|was|is|finally)\s+)*"
                      r"(?:stands?|stood|rose|risen|climbed|reached|was|is)\s+(?:at|to)\s+"
                      r"(?:(?:at\s+least|about|around|some|nearly|more\s+than)\s+)?$")


# people counted with their wounds: "23 residents with gunshot wounds", "12 people suffering
# from shrapnel wounds"
_WITH_WOUNDS = re.compile(r"(?i)\s+(?:with|suffering\s+(?:from\s+)?)(?:\s+[\w-]+){0,2}?\s+"
                          r"(?P<o>(?:gunshot\s+|shrapnel\s+|stab\s+)?(?:wounds|injuries))\b")
_EARLIER_HURT = re.compile(r"(?i)\s+(?:sustained|suffered|from\s+(?:earlier|previous|past|last))|"
                           r"[^.;]{0,40}\b(?:this\s+year|last\s+(?:week|month|year)|since\s+(?:the\s+"
                           r"(?:start|beginning|outbreak|war)|\d{4}|" + _MONTH + r")|"
                           r"earlier\s+(?:fighting|attacks|strikes))")


def _bind(ctx: _Context, si: int, m: _Mention) -> bool:
    """Attach outcome words touching the mention; False if none do."""
    work = ctx.work
    vocab = ctx.vocab
    sent = ctx.sentences[si]
    if m.kind == "alone" and (part := _OF_THE_HIT.match(work, m.end, sent.end)):
        # "26 of the wounded were referred", "nine of the dead were children"
        m.outcome = part.group(1)
        m.o_start, m.o_end = part.start(1), part.end(1)
        m.end = part.end()
        return True
    if m.kind == "alone":
        more = _MORE.match(work, m.end, sent.end)
        if more:  # "dozens more were wounded": more of the people just counted
            m.end = more.end()
        # a bare number must stand alone ("10 injured", "ten were hurt"), not count a noun
        nxt = _NEXT_WORD.match(work, m.end, sent.end)
        if not nxt or (nxt.group(1) and not _STOP_WORD.fullmatch(nxt.group(1).lower())
                       and not _TRAILING_ADVERB.fullmatch(nxt.group(1))
                       and not _SUSTAINED.match(work, m.end, sent.end)
                       and not _TAKE_OBJECT.match(work, m.end, sent.end)):
            # (but "and two sustained light injuries", "five seriously wounded", "taking 17
            # of them prisoner")
            return False
    # "killed, according to the army, 15 fighters": the verb before the aside (blanked)
    aside = re.compile(r",\s*according\s+to\s+[^,;.\"]{1,60},\s*$").search(
        work, max(sent.start, m.start - 90), m.start)
    lo = max(sent.start, (aside.start() if aside else m.start) - 40)
    window = work[lo : aside.start()].ljust(m.start - lo) if aside else work[lo : m.start]
    if inverted := INVERTED_HIT.fullmatch(work, sent.start, m.start):  # "Killed in X were"
        m.outcome, m.o_start, m.o_end = inverted["o"], inverted.start("o"), inverted.end("o")
        return True
    toll = _TOLL_AT.search(work, max(sent.start, m.start - 60), m.start) if m.np else None
    if toll and _FARED.match(work, m.end, sent.end):
        toll = None  # "the toll stands at 40 civilians wounded and 12 killed": as they fared
    if toll:  # "the toll stands at 19 volunteers and eight civilians": the dead, by party
        m.outcome = toll.group("o")
        m.o_start, m.o_end = toll.start("o"), toll.end("o")
        return True
    owner = _POSSESSIVE_END.search(window)
    if owner:  # "killing its two pilots"
        window = window[: owner.start()] + " "
    last = window.rsplit(None, 1)[-1].strip("\"'").lower() if window.strip() else ""
    b = vocab.before.search(window) if last and _BEFORE_LAST.fullmatch(last) else None
    if b and re.match(r"(?i)[\"']?destroy", b.group("o")) and (
            not re.search(r"(?i)(?:s|men)[\"']?$", _OF_TAIL.split(m.np, 1)[0])
            or _GEAR_NEXT.match(work, m.end)):
        # "destroyed a Ukrainian tank": things, unless many people are named ("86
        # members of the extremist group")
        b = None
    if b and re.match(r"(?i)[\"']?seiz", b.group("o")) and (
            not TAKEN_PEOPLE.search(m.np) or work[m.end : m.end + 1] in ("'", "\u2019")):
        # "seized two technicals", "seized four soldiers' rifles": gear; "seized four
        # fishermen": people taken
        b = None
    if b:
        words = b.group("o")
        first = words.split()[0]
        if _TAKE.match(first):
            t = _TAKE_OBJECT.match(work, m.end, sent.end)
            away = re.match(r"[\"']?\s+(away|off)\b", window[b.end("o"):])
            if away and (_HURT.search(m.np) or _RESCUERS.search(window)):
                away = None  # "Ambulances took away 20 wounded people": to hospital
            if away:  # "They took away 63 people": carried off, captured
                m.outcome = f"{words} {away.group(1)}"
                m.o_start = m.start - len(window) + b.start("o")
                m.o_end = m.o_start + len(words)
                return True
            held = _HELD_NOUN.search(m.np)
            if held and not t and held.start() > 0:
                # "taken 14 soldiers prisoner": the noun phrase swallowed "prisoner"
                m.np = m.np[: held.start()].rstrip()
                m.outcome = f"{words} {held.group(0).strip()}"
                m.o_start = m.start - len(window) + b.start("o")
                m.o_end = m.np_start + held.end()
                return True
            if held and held.start() == 0:
                m.outcome = f"{words} {held.group(0).strip()}"
                m.o_start = m.start - len(window) + b.start("o")
                m.o_end = m.o_start + len(words)
                return True
            if t and t.group(0).strip().lower() == "away" and (
                    _HURT.search(m.np) or _RESCUERS.search(window)):
                t = None  # "Ambulances took nine wounded soldiers away": to hospital
            if not t:
                b = None
            else:
                m.outcome = f"{words} {t.group(0).strip()}"
                m.o_start = m.start - len(window) + b.start("o")
                m.o_end = t.end()
                return True
        if b is not None and (
                (re.match(r"(?i)carr", first) and (_HURT.search(m.np) or _RESCUERS.search(window)))
                or (first.lower() == "holding" and not _PNOUN_WORD.search(m.np))):
            # "carried off their five wounded comrades": to safety; "holding three RSF
            # positions": places, not captives
            b = None
        if b is not None:
            m.outcome = words
            m.o_start = m.start - len(window) + b.start("o")
            m.o_end = m.o_start + len(words)
            both = _KILLED_OR_WOUNDED.match(work, m.end, sent.end)
            if both:  # "had lost 1,130 troops killed or wounded"
                m.outcome, m.o_start, m.o_end = both.group(1), both.start(1), both.end(1)
            return True
    if _HELD_ONLY.match(m.np):
        t = _WERE_TAKEN.match(work, m.end, sent.end)
        if t:  # "prisoners were taken"
            m.outcome = work[m.np_start : t.end()]
            m.o_start, m.o_end = m.np_start, t.end()
            return True
    hurt = _WITH_WOUNDS.match(work, m.end, sent.end) if m.q and m.np else None
    if hurt and _EARLIER_HURT.match(work, hurt.end(), sent.end):
        hurt = None  # "40 patients with war injuries from earlier fighting": not this clash
    if hurt:  # "23 residents with gunshot wounds had been brought in": the wounded
        m.outcome, m.o_start, m.o_end = hurt.group("o"), hurt.start("o"), hurt.end("o")
        return True
    a = vocab.after.match(work, m.end, sent.end)
    appos = work[a.start("appos") : work.find(",", a.end("appos"))] \
        if a and a.group("appos") else ""
    if appos and (not m.q or is_civilian_phrase(m.np) and (
            _ARMED_APPOSITION.search(appos) or parties_named(vocab, appos))
            and not re.match(r"[\s,]*[\w-]+\s+of\s+them\b", appos)):  # (a part: read with it)
        # "The battalion commander, a major, was captured": the count is "a major"; "five
        # people, two of them M23 fighters, were killed", "four people, a police officer and
        # three civilians": not all civilians, left unread ("two members of the CJTF, a
        # vigilante group beside the army" describes them)
        a = None
    if a and a.group("o").lower().startswith("trapped") \
            and _FREED.search(work, max(sent.start, m.start - 30), m.start):
        a = None  # "Rescuers freed 12 people trapped under the rubble": found, not missing
    if a and _ACTIVE_PERFECT.fullmatch(a.group("aux") or "") and _TRANSITIVE.match(a.group("o")) \
            and not re.search(r"(?i)\bbeen\b", work[a.end("aux") : a.start("o")]):
        # "its troops had killed ...": the mention is the agent, not the victim ("had in
        # fact been killed" is passive)
        a = None
    if a and not a.group("aux") and vocab.object_follows.match(work, a.end(), sent.end):
        # "hacked 14 farmers to death and beheaded two others": the second verb has its
        # own object; the first outcome is this mention's
        one = _ONE_PART.match(work, a.start("o"), a.end("o"))
        if one and one.end() < a.end("o") \
                and not vocab.object_follows.match(work, one.end(), sent.end):
            m.outcome = one.group(0)
            m.o_start, m.o_end = one.start(), one.end()
            return True
    if a and (a.group("aux") or not vocab.object_follows.match(work, a.end(), sent.end)):
        if m.kind == "alone" and not a.group("aux") and _WORDS_BETWEEN.match(
                work[m.end : a.start("o")]):
            return False  # "10 km south of ... killed": too far for a bare number
        m.outcome = a.group("o")
        m.o_start, m.o_end = a.start("o"), a.end("o")
        return True
    a = vocab.after_appos.match(work, m.end, sent.end)
    if a and m.kind != "alone":
        m.outcome = a.group("o")
        m.o_start, m.o_end = a.start("o"), a.end("o")
        return True
    first = m.np.split(None, 1)[0].lower() if m.np else ""
    if m.q and first in _ADJ_PARTICIPLES:  # "showed at least five captured soldiers"
        m.outcome = m.np.split(None, 1)[0]
        m.o_start, m.o_end = m.np_start, m.np_start + len(m.outcome)
        return True
    dead = _MARTYRS.search(m.np) if m.q else None
    if dead:  # "we have had 11 martyrs and 30 wounded": a side's dead, not its wounded
        m.outcome = dead.group(0)
        m.o_end = m.np_start + len(m.np)
        m.o_start = m.o_end - len(m.outcome)
        return True
    return False


_MARTYRS = re.compile(r"(?i)\bmartyrs$")


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
