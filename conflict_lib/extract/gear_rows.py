"""Rows of equipment seized, destroyed or shot down, each with its owner, and of the crews
killed in it ("blew up a Merkava tank, killing its crew")."""

from __future__ import annotations

import re
from collections.abc import Callable

from conflict_lib.extract.attribution import _claimant_for
from conflict_lib.extract.equipment import _equipment, _more_items
from conflict_lib.extract.model import _Context, _Mention
from conflict_lib.extract.owners import _ITEM_OWNER, _LIST_GAP, _STORES, equipment_owner
from conflict_lib.extract.params import _NEGATION
from conflict_lib.extract.patterns import _ANY, _BULK_COUNT


def equipment_rows(ctx: _Context, si: int, people_rows: list[tuple[_Mention, str]],
                   make_row: Callable[..., dict]) -> list[dict]:
    """The rows of sentence ``si``'s equipment (``people_rows``: the people counted in it,
    whose side may own the gear beside them; ``make_row`` builds a row)."""
    work = ctx.work
    sent = ctx.sentences[si]
    rows: list[dict] = []
    owners: dict[int, tuple[str, str]] = {}
    attrs = {}
    crews: set[int] = set()
    prev = None
    items = _equipment(ctx, si)
    for e in items:
        attr = attrs[id(e)] = _claimant_for(ctx, si, e.o_start)
        if e.parent is not None and id(e.parent) in owners:
            owner, note = owners[id(e.parent)]
        else:
            owner, note = equipment_owner(ctx, si, e, attr, people_rows)
        if (not owner or note == "owner: civilian vehicles") and prev is not None \
                and prev.o_start == e.o_start and owners[id(prev)][0] \
                and _LIST_GAP.fullmatch(work, prev.np_end, e.np_start) \
                and not _ITEM_OWNER.match(work, e.np_end, sent.end):
            # "destroyed three Russian tanks and 11 armoured vehicles", "three FAMa trucks and
            # two tankers": the list's owner (not "12 motorbikes abandoned by residents")
            owner, note = owners[id(prev)][0], "owner: the item listed before"
        prev = e
        owners[id(e)] = (owner, note)
    for e, nxt in reversed(list(zip(items, items[1:], strict=False))):
        if (not owners[id(e)][0] or owners[id(e)][1].startswith("owner implied")) \
                and owners[id(nxt)][0] and nxt.o_start == e.o_start \
                and not _STORES.search(e.np) \
                and _LIST_GAP.fullmatch(work, e.np_end, nxt.np_start) \
                and ctx.vocab.eq_owner_after.match(work, nxt.np_end, sent.end):
            # "Two armoured vehicles and a pick-up belonging to the army were destroyed": the
            # owner named after a list's last item owns the list (not a depot or a cache
            # beside them, which are not tallied)
            owners[id(e)] = (owners[id(nxt)][0], "owner named after the list")
    for e in items:
        attr = attrs[id(e)]
        owner, note = owners[id(e)]
        if not owner:
            continue
        outcome = work[e.o_start : e.o_end]
        if _more_items(work, e):
            outcome = f"{outcome} {e.np}"  # "destroyed nine others": nine more vehicles
        elif re.match(r"(?i)(?:lost|loss(?:es)?|took|taken)\b", outcome):
            # "lost ... three tanks", "losses at ... a tank": things lost, not people
            outcome = f"{'lost' if outcome.lower().startswith('loss') else outcome} {e.np}"
        q = e.q
        if _ANY.match(q or e.np) and _NEGATION.search(work, max(sent.start, e.np_start - 30),
                                                       e.o_end):
            continue  # "denied that any aircraft had been destroyed", "did not lose any"
        if q and _BULK_COUNT.match(q):
            mag = re.sub(r"(?i)^an?\s+", "", q).split()[0]
            q = mag
        rows.append(make_row(ctx, si, attr, owner, outcome, q, [f"equipment: {e.np}", note],
                         e.o_start))
        crew = _CREW.match(work, max(e.np_end, e.o_end), sent.end)
        if crew and crew.start("o") not in crews:
            crews.add(crew.start("o"))  # (once, for the item nearest before it)
            rows.append(make_row(ctx, si, attr, owner, crew.group("o"), crew.group("q") or "",
                                 [f"the crew of the {e.np}", note], crew.start("o")))
    return rows


# "blew up a Merkava tank east of Khan Younis, killing its crew", "... and killed its crew",
# 'destroyed a troop carrier, "killing or wounding its crew of four"': the people in it,
# the item's owner's, counted only when the crew is
_CREW = re.compile(r"(?i)[^.;:\"]{0,60}?(?:\s*,\s*|\s+and\s+)[\"']?(?P<o>killing(?:\s+(?:and|or)\s+"
                   r"wounding)?|killed(?:\s+(?:and|or)\s+wounded)?)\s+(?:all\s+(?:of\s+)?|"
                   r"members\s+of\s+)?(?:its|their|the)\s+crews?(?![\w-])"
                   r"(?:\s+of\s+(?P<q>\d+|two|three|four|five|six|seven))?")
