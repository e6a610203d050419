"""Whether a counted phrase is bound to an outcome: the outcome words touching it ("12
soldiers were killed", "killing 12", "12 dead", "the toll rose to 12 soldiers"), or none,
so that a number with no fate (a distance, a convoy's size) makes no claim."""

from __future__ import annotations

import re

from conflict_lib.extract.mentions import (
    _ARMED_APPOSITION,
    _FREED,
    _GEAR_NEXT,
    _HURT,
    _KILLED_OR_WOUNDED,
    _OF_TAIL,
    _OF_THE_HIT,
    _ONE_PART,
    _RESCUERS,
)
from conflict_lib.extract.model import _Context, _Mention
from conflict_lib.extract.params import (
    _BEFORE_LAST,
    _HELD_NOUN,
    _HELD_ONLY,
    _MONTH,
    _PNOUN_WORD,
    _TAKE,
    _TAKE_OBJECT,
    _WERE_TAKEN,
)
from conflict_lib.extract.patterns import (
    _ACTIVE_PERFECT,
    _ADJ_PARTICIPLES,
    _MORE,
    _NEXT_WORD,
    _POSSESSIVE_END,
    _STOP_WORD,
    _TRAILING_ADVERB,
    _TRANSITIVE,
    _WORDS_BETWEEN,
)
from conflict_lib.extract.vocab import INVERTED_HIT, parties_named
from conflict_lib.roles import TAKEN_PEOPLE, is_civilian_phrase

_SUSTAINED = re.compile(r"(?i)\s+(?:(?:sustained|suffered)\s+(?:[\w-]+\s+){0,2}(?:injuries|wounds)|"
                        r"(?:seriously|critically|badly|slightly|lightly|gravely|severely)\s+"
                        r"(?:wounded|injured|hurt))\b")


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
        if m.np and (a.group("where") or "").startswith("of "):
            # "20 members of the escort had been wounded": the people of what they belong to
            m.np = work[m.np_start : a.end("where")]
            m.end = a.end("where")
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
