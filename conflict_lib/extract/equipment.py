"""Equipment seized, damaged, destroyed or shot down: each equipment noun read outwards
to its verb and count, lists split into counted items, and counted parts ("19 of them
over Bryansk")."""

from __future__ import annotations

import re

from conflict_lib.extract.gear import _EQ_PASS_LEAD, _EQN
from conflict_lib.extract.mentions import _np_start
from conflict_lib.extract.model import _Context, _Equipment
from conflict_lib.extract.owners import _LAUNCHED_ITEM
from conflict_lib.extract.params import _NUMBER_STOP
from conflict_lib.extract.patterns import (
    _ADJECTIVAL,
    _BULK_COUNT,
    _MORE_OF_THE_SAME,
    _QUANTITY_WORDS,
)

_HOW = re.compile(r"(?i)\bhow\s+$")
# a verb split around its object: "set two army trucks alight"
_SET_LEAD = re.compile(r"(?i)(?<![\w-])set(?:s|ting)?\s+$")
_SET_ON_FIRE = re.compile(r"(?i)\s+(?:on\s+fire|ablaze|alight)(?![\w-])")
# a place described by what lies there: "beside burned-out trucks"
_SCENERY = re.compile(r"(?i)\b(?:beside|near|next\s+to|outside|inside|behind|around|"
                      r"in\s+front\s+of)\s+(?:(?:an?|the|some|several|many|\w+)\s+)?$")


# an object after the verb: the equipment before it is the subject that acted
_ACTIVE_OBJECT = re.compile(r"(?i)(?:\s+(?:and|or)\s+[a-z]+ed)?\s+(?!(?:a|an|the)\s+(?:day|week|"
                            r"month|year|night|few)\b)(?:(?:the|a|an|some|several|dozens|scores|"
                            r"all|most|their|its)\s|(?:(?:at\s+least|about|around|more\s+than|"
                            r"over|nearly|up\s+to)\s+)?(?:\d[\d,]*|" + _NUMBER_STOP + r")\s+"
                            # (not a distance or a time: "downed about 10 km from Kyiv")
                            r"(?!(?:km|kilometres|kilometers|miles|metres|meters|hours|minutes|"
                            r"days|weeks|months|years)\b))")
# a question left open: "whether any of the missiles had been intercepted"
_UNSAID = re.compile(r"(?i)\b(?:whether|if)\s+(?:any\s+(?:of\s+)?)?(?:the\s+|its\s+|their\s+)?"
                     r"(?:[\w-]+\s+){0,2}$")


# between two counted items of one list
_NEXT_ITEM = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)")


# between an item and "... eight others": a short stretch with no count of its own
_OTHERS_GAP = re.compile(r"(?i)(?:\s+(?:intact|undamaged|in\s+working\s+order|in\s+good\s+"
                         r"condition))?\s*,?\s*(?:(?:and|while)\s+)?(?:also\s+)?")


# a tally of losses whose list goes on to equipment, with no verb of its own between
_LOSS_LIST = re.compile(
    r"(?i)\b(lost|losses)\b(?:(?!\b(?:said|says|and\s+(?:that|said)|while|but|whereas|claimed|"
    # (quotations inside the tally: 'lost "up to 215 servicemen" killed and wounded, two tanks')
    r"killed(?!\s+(?:and|or)\s+wounded)|destroyed|seized|captured|shot|downed)\b)[^.;:])*?"
    r"(?:,\s*(?:and\s+|as\s+well\s+as\s+|along\s+with\s+|plus\s+)?|"
    r"\s+(?:and|as\s+well\s+as|along\s+with|plus)\s+)$")


def _listed_loss(work: str, start: int, at: int) -> re.Match[str] | None:
    """The loss word a listed equipment count hangs from ("..., as well as three tanks")."""
    return _LOSS_LIST.search(work, max(start, at - 160), at)


# a list item with its own count: "52 tankers and three escort vehicles"
_COUNTED_ITEM = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?=(?:an?|one|\d[\d,]*|" + _NUMBER_STOP
    + r")\s)", re.IGNORECASE)


def _split_counted(work: str, e: _Equipment) -> list[_Equipment]:
    """One equipment claim per counted item of a list; uncounted items stay together."""
    cuts = list(_COUNTED_ITEM.finditer(work, e.np_start, e.np_end))
    if not cuts:
        return [e]
    parts = []
    bounds = [e.np_start] + [c.end() for c in cuts]
    ends = [c.start() for c in cuts] + [e.np_end]
    for k, (a, b) in enumerate(zip(bounds, ends, strict=True)):
        text = work[a:b]
        q, np, np_start = e.q, text, a
        if k:  # ("and two dozen motorcycles": the scale word is part of the count)
            m = re.match(r"(\S+(?:\s+(?:dozen|hundred|thousand)(?![\w-]))?)\s+", text)
            q, np, np_start = m.group(1), text[m.end():], a + m.end()
        parts.append(_Equipment(e.start if not k else a, e.end, q, np, e.o_start, e.o_end,
                                e.verb, e.passive, np_start, b))
    return parts


# a counted part of an uncounted haul: "weapons, including 12 machine guns"
_HAUL_PART = re.compile(r"(?i)[\"\u201d]?\s*,\s*(?:among\s+them|including|notably)\s+")
# (not rifles "handed in by residents", nor "that its own fighters had lost")
_NOT_TAKEN = re.compile(r"(?i)\s+(?:(?:handed|turned)\s+in|surrendered|"
                        r"that\s+(?:its|their|our)\s+own)")
# "six drones over the city on Sunday and two more before dawn": more of the same, no verb
_AND_MORE = re.compile(r"(?:\s+(?:over|in|on|near|at|around|overnight)\b[^,;.\"]{0,40}?)?"
                       r"\s+and\s+(?:another\s+)?(?P<q>\d[\d,]*|" + _NUMBER_STOP
                       + r")\s+(?:more|others)\b(?!\s+(?!(?:over|above|in|on|near|at|before|"
                       r"after|during|overnight|later|earlier)\b)[a-z])", re.IGNORECASE)


# "..., 19 of them over the Bryansk region": a counted part of the items just counted
_EQ_PART = re.compile(r"(?:\s+(?:over|in|on|near|across|at|around|inside|during|overnight|since)\b"
                      r"[^,;.\"]{0,40}?)?"
                      # (past the speaker put between: ", according to the ministry,")
                      r"(?:\s*,\s*(?:according\s+to|said|citing)\s[^,;.\"]{1,40}?(?=\s*,))?"
                      r"\s*,\s*(?P<q>\d[\d,]*|" + _NUMBER_STOP + r")\s+of\s+them\b",
                      re.IGNORECASE)


# "destroyed 87 drones over eight regions, including 31 over Bryansk and 14 that were flying
# towards Moscow": counted parts, each where it was
_EQ_INCLUDING = re.compile(r"(?:\s+(?:over|in|on|near|across|at|around|inside|overnight)\b"
                           r"[^,;.\"]{0,40}?)?\s*,\s*including\s+(?P<q>\d[\d,]*|" + _NUMBER_STOP
                           + r")(?=\s+(?:over|above|in|near|that|which|flying|heading)\b)"
                           r"|[^,;.\"]{1,60}?\s+and\s+(?P<q2>\d[\d,]*|" + _NUMBER_STOP
                           + r")(?=\s+(?:more\s+)?(?:over|above|in|near|that|which|flying|"
                           r"heading)\b)", re.IGNORECASE)


# "48 of 63 drones", "12 of some 20 projectiles": a count of the items counted after it
_N_OF = re.compile(r"(?<![\w-])(?P<q>\d[\d,]*|" + _NUMBER_STOP + r")\s+of\s+(?:some\s+|about\s+|"
                   r"around\s+|nearly\s+|almost\s+|the\s+)?$", re.IGNORECASE)


# (not a possessive: "destroyed its two tanks" says whose, which ``owners`` reads)
_DET_BEFORE = re.compile(r"(?i)(?<![\w-])(?:the|both)\s+$")


_PARTICLE_LEAD = re.compile(r"(?i)(?:up|down|off|out|over|away)\s")


# "a pick-up fitted with a heavy machine gun were recovered": the gun is the pickup's
_MOUNTED = re.compile(r"(?i)\s+(?:mounted|fitted|armed|equipped)\s+with\s+(?:an?\s+|its\s+|"
                      r"(?:\d+|two|three|four)\s+)?(?:[\w-]+\s+){0,3}?" + _EQN)


def _more_items(work: str, e: _Equipment) -> bool:
    """``e`` is "eight others" after a counted item: more of that item."""
    return e.parent is not None and bool(
        _MORE_OF_THE_SAME.fullmatch(work[e.np_start : e.np_end].rsplit(None, 1)[-1]))


def items_counted(ctx: _Context, si: int) -> list[tuple[int, int]]:
    """Spans of sentence ``si`` that count things, not people: "eight others" in "destroyed
    six vehicles and seized eight others", "two FAMa" in "carried off two FAMa trucks"."""
    return [(e.start, e.end if _more_items(ctx.work, e) else e.np_end)
            for e in _equipment(ctx, si) if _more_items(ctx.work, e) or e.q]


_STORE = re.compile(r"(?i)\b(?:depots?|caches?|stores?|warehouses?)$")


def _equipment(ctx: _Context, si: int) -> list[_Equipment]:
    """Seizures, damage, destruction and crashes of vehicles, aircraft and weapons,
    found from each equipment noun outwards."""
    if si in ctx.equipment:
        return ctx.equipment[si]
    vocab = ctx.vocab
    sent = ctx.sentences[si]
    work = ctx.work
    found: list[_Equipment] = []
    pending: list[_Equipment] = []
    mounted_end = -1
    for h in vocab.eq_scan.finditer(ctx.low, sent.start, sent.end):
        if h.start() < mounted_end:
            continue  # the gun a pickup is fitted with: part of the pickup, no item of its own
        n1 = h.end()
        mounted = _MOUNTED.match(work, n1, sent.end)
        tail = mounted_end = mounted.end() if mounted else n1
        n0 = _np_start(work, sent.start, h.start())
        if n0 < h.start() and _QUANTITY_WORDS.intersection(work[n0 : h.start()].lower().split()):
            n0 = h.start()
        verb_lead = _EQ_PASS_LEAD.match(work, n0, h.start())
        if verb_lead:  # "... and burned vehicles": the participle is the outcome, not the noun
            n0 = verb_lead.end()
        np = work[n0:n1]
        if _PARTICLE_LEAD.match(np):
            continue  # "took up arms", "laid down their weapons": an idiom, no loss
        x0, q = n0, ""
        qm = vocab.eq_q_before.search(work, max(sent.start, n0 - 40), n0)
        if qm:
            x0, q = qm.start(), qm.group("q")
            if _HOW.search(work, max(sent.start, x0 - 5), x0):
                continue  # "declined to say how many tankers were lost": no count given
            part = _N_OF.search(work, max(sent.start, x0 - 30), x0)
            if part:  # "downed 48 of 63 drones": the 48 were lost, not the 63 launched
                x0, q = part.start(), part.group("q")
            elif det := _DET_BEFORE.search(work, max(sent.start, x0 - 10), x0):
                x0 = det.start()  # "intercepted the two missiles"
        after = vocab.eq_after.match(work, tail, sent.end)
        if after is None and (owned := vocab.eq_owner_after.match(work, tail, sent.end)) \
                and not _STORE.search(np):  # (a depot or a cache is not tallied)
            after = vocab.eq_after.match(work, owned.end(), sent.end)  # "... of the army were lost"
        before = vocab.eq_before.search(work, max(sent.start, x0 - 50), x0) \
            or (vocab.eq_list_lead.search(work, max(sent.start, x0 - 70), x0) if q else None)
        fire = _SET_ON_FIRE.match(work, n1, sent.end) if not (before or after) else None
        lead = _SET_LEAD.search(work, max(sent.start, x0 - 12), x0) if fire else None
        if lead:  # "setting dozens of trucks on fire", "set two army trucks alight"
            found.append(_Equipment(lead.start(), fire.end(), q, np, lead.start(), fire.end(),
                                    "set on fire", False, n0, n1))
            continue
        acted = before or after
        if acted and acted.group("o").lower().startswith("intercept") \
                and not _LAUNCHED_ITEM.search(np):
            continue  # "intercepted three boats carrying cocaine": stopped, not destroyed
        if before and re.match(r"(?i)recovery|confiscation", before.group("o")) and (
                not q or re.search(r"(?i)\b(?:its|their|our)\s+own\b", work[x0:n1])):
            # "the recovery of weapons": a search's haul, no count; "the recovery of three of
            # its own trucks": its own, found again, not seized
            before = None
        if before and not (after and after.group("aux")):
            verb = before.group("o")
            lead = work[max(sent.start, before.start() - 12) : before.start()]
            adjectival = bool(_ADJECTIVAL.search(lead)) and verb.lower().endswith("ed") and not q
            if _SCENERY.search(lead) and verb.lower().endswith(("ed", "burnt")):
                continue  # "bodies lying beside a burned truck": where, not a loss
            found.append(_Equipment(before.start(), n1, q, np, before.start(), n1, verb,
                                    adjectival, n0, n1))
            continue
        if after and not re.search(r"(?i)\b(?:was|were|been|being|is|are)\b",
                                   after.group("aux") or "") and (
                _ACTIVE_OBJECT.match(work, after.end(), sent.end)):
            # "air defence systems intercepted and destroyed 112 drones", "army drones had
            # destroyed eight RSF vehicles": they act
            after = None
        if after and _UNSAID.search(work, max(sent.start, x0 - 40), x0):
            continue  # "did not say whether any of the missiles had been intercepted"
        if after:
            # "two gun trucks, 14 rifles and three mortar tubes were recovered": the counted
            # items listed before this one share its verb
            at, listed = x0, []
            for p in reversed(pending):
                if not _NEXT_ITEM.fullmatch(work, p.np_end, at):
                    break
                listed.insert(0, _Equipment(p.start, p.np_end, p.q, p.np, n0, after.end(),
                                            after.group("o"), True, p.np_start, p.np_end))
                at = p.start
            found.extend(listed)
            pending.clear()
            found.append(_Equipment(x0, after.end(), q, np, n0, after.end(), after.group("o"),
                                    True, n0, n1))
            continue
        compound = vocab.eq_compound.match(work, n1, sent.end)
        if compound:
            found.append(_Equipment(x0, compound.end(), q, np, n0, compound.end(),
                                    compound.group("o"), True, n0, n1))
            continue
        part = vocab.eq_of_which.match(work, n1, sent.end) \
            if not re.search(r",|\band\b", np) else None
        if part and part.group("q2") and (not _LAUNCHED_ITEM.search(np) or vocab.eq_scan.search(
                ctx.low, n1, part.start("o2"))):
            part = None  # "shot down 48 of them": of the drones or missiles launched, just before
        if part:  # "64 drones ..., of which 45 were shot down": only the part was lost
            q_, o_ = ("q", "o") if part.group("q") else ("q3", "o") if part.group("q3") \
                else ("q2", "o2")  # ("shot down 48 of them")
            found.append(_Equipment(part.start(q_), part.end(o_), part.group(q_), np,
                                    part.start(o_), part.end(o_), part.group(o_), True,
                                    n0, n1))
            continue
        loss = _listed_loss(work, sent.start, x0) if q else None
        if loss:  # "lost up to 215 servicemen, a tank and three armoured vehicles"
            found.append(_Equipment(x0, n1, q, np, loss.start(1), loss.end(1), loss.group(1),
                                    False, n0, n1))
            continue
        prev = found[-1] if found and q else None
        if prev is not None and prev.q and _NEXT_ITEM.fullmatch(work, prev.end, x0) \
                and not _BULK_COUNT.match(q):  # ("and large quantities of weapons": no tally)
            # "shot down 48 of the drones and two of the missiles": the verb is the list's
            found.append(_Equipment(x0, n1, q, np, prev.o_start, prev.o_end, prev.verb,
                                    prev.passive, n0, n1, prev))
        elif prev is not None and (not prev.q or _BULK_COUNT.match(prev.q)) \
                and _HAUL_PART.fullmatch(work, prev.end, x0) \
                and not _NOT_TAKEN.match(work, n1, sent.end):
            # "seized large quantities of arms, among them 12 heavy machine guns": a counted
            # part of an uncounted haul, with its verb
            found.append(_Equipment(x0, n1, q, np, prev.o_start, prev.o_end, prev.verb,
                                    prev.passive, n0, n1))
        elif q and not _BULK_COUNT.match(q):  # a counted item whose verb may follow the list
            pending.append(_Equipment(x0, n1, q, np, x0, n1, "", True, n0, n1))
    found = [part for e in found for part in _split_counted(work, e)]
    for e in list(found):
        part = _EQ_PART.match(work, max(e.np_end, e.o_end), sent.end) if e.q else None
        if part:  # "destroyed 46 drones over six regions, 19 of them over Bryansk": a part
            found.append(_Equipment(part.start("q"), part.end(), part.group("q"), e.np,
                                    e.o_start, e.o_end, e.verb, e.passive, e.np_start,
                                    e.np_end, e))
        # (after "19 of them over Bryansk", "and 14 over Kursk" is one more part)
        at = part.end() if part else max(e.np_end, e.o_end)
        while e.q and (inc := _EQ_INCLUDING.match(work, at, sent.end)) \
                and (inc.group("q") or at > max(e.np_end, e.o_end)):
            q = inc.group("q") or inc.group("q2")
            found.append(_Equipment(inc.start("q" if inc.group("q") else "q2"), inc.end(), q,
                                    e.np, e.o_start, e.o_end, e.verb, e.passive, e.np_start,
                                    e.np_end, e))
            at = inc.end()
    for e in [e for e in found if e.q and e.parent is None]:
        more = vocab.eq_others.search(work, e.np_end, min(sent.end, e.np_end + 60))
        if more and _OTHERS_GAP.fullmatch(work, e.np_end, more.start()) \
                and not any(e.np_end <= o.np_start < more.start() for o in found):
            # "destroyed six combat vehicles and seized eight others": more of the same
            found.append(_Equipment(more.start(), more.end(), more.group("q"), e.np,
                                    more.start("o"), more.end("o"), more.group("o"), False,
                                    more.start("q"), more.end(), e))
        again = _AND_MORE.match(work, e.np_end, sent.end) if not e.passive else None
        if again and not any(e.np_end <= o.np_start < again.end() for o in found):
            # "intercepted six drones on Sunday and two more before dawn": the same again
            found.append(_Equipment(again.start("q"), again.end(), again.group("q"), e.np,
                                    e.o_start, e.o_end, e.verb, False, again.start("q"),
                                    again.end(), e))
        elided = vocab.eq_elided.match(work, e.o_end, sent.end) if e.passive else None
        if elided and e.o_end > e.np_end:
            # "17 vehicles had been destroyed and nine seized intact": more of the same
            found.append(_Equipment(elided.start("q"), elided.end(), elided.group("q"), e.np,
                                    elided.start("o"), elided.end("o"), elided.group("o"), True,
                                    elided.start("q"), elided.end(), e))
    extra = []
    for e in found:
        r = vocab.eq_relative.match(work, e.np_end, sent.end)
        if r:
            extra.append(_Equipment(e.start, r.end("o"), e.q, e.np, r.start("o"), r.end("o"),
                                    r.group("o"), True, e.np_start, e.np_end, e))
    found.extend(extra)
    # "two field artillery guns" is one item, not also "two field artillery"
    found = [e for e in found if not any(o.np_start == e.np_start and o.np_end > e.np_end
                                         and o.o_start == e.o_start for o in found)]
    found.sort(key=lambda x: (x.o_start, x.o_end))
    ctx.equipment[si] = found
    return found
