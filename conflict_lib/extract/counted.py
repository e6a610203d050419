"""Who a count of dead is said to be, right after it: "22 dead worshippers", "Eleven of
the dead were members of the VDP", "fourteen bodies of Ugandan soldiers"."""

from __future__ import annotations

import re

from conflict_lib.countries import state_of
from conflict_lib.extract.mentions import _noun_groups, _np_start
from conflict_lib.extract.model import _Context
from conflict_lib.extract.params import _GENERIC

_WERE = re.compile(r"(?i)(?<=bodies)\s+of\s+(?:the\s+)?|(?<=corpses)\s+of\s+(?:the\s+)?|"
                   # "fourteen bodies of Ugandan soldiers", "Eleven of the dead were ..."
                   r"\s+(?:were|was|are|included|belonged\s+to)\s+(?:all\s+|mostly\s+|mainly\s+)?|"
                   r"\s")


def _group_at(ctx: _Context, si: int, at: int) -> tuple[int, int] | None:
    """(start, end) of the noun group of sentence ``si`` that begins at ``at``."""
    for head_start, group_end in _noun_groups(ctx, si):
        start = _np_start(ctx.work, ctx.sentences[si].start, head_start)
        if start == at or head_start == at:
            return start, group_end
    return None


def named_after(ctx: _Context, si: int, end: int) -> str:
    """The people a count of dead names right after it: "22 dead worshippers", "Eleven of
    the dead were members of the VDP" ("" when none)."""
    gap = _WERE.match(ctx.work, end, ctx.sentences[si].end)
    group = _group_at(ctx, si, gap.end()) if gap else None
    return ctx.work[group[0] : group[1]] if group else ""


# a toll of losses, casualties or injuries: whose they are is read elsewhere
_NOT_DEATHS = re.compile(r"(?i)loss|casualt|injur|wound")
# the owner of the losses a figure is put at: "put Russian losses ... at 1,090 troops"
_LOSSES_AT = re.compile(r"\b(?:put|puts|putting|estimated|estimates|gave|gives)\s+(?:the\s+)?"
                        r"(?P<owner>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|enemy|enemy's|"
                        # "put the army's losses at 300 soldiers", "its own losses at 12 men"
                        r"the\s+(?:army|military|enemy|junta|regime|militia|government)'s|"
                        r"(?:its|their)\s+own)\s+"
                        r"(?:losses|casualties|death\s+toll|toll)\b[^.;:\"]{0,60}?\bat\s+$")


def toll_named_after(ctx: _Context, si: int, start: int, q_start: int, end: int) -> str:
    """The people a toll is put at: "put the toll at 11 policemen"; a party's losses put at
    its own people, "put RSF losses at 200 fighters" (the RSF's fighters, not "fighters")."""
    sent = ctx.sentences[si]
    if not _NOT_DEATHS.search(ctx.work, max(sent.start, start - 12), q_start):
        return named_after(ctx, si, end)
    owner = _LOSSES_AT.search(ctx.work, max(sent.start, q_start - 120), q_start)
    named = named_after(ctx, si, end) if owner else ""
    if not named or not _GENERIC.fullmatch(named):
        return ""
    party = re.sub(r"'s$", "", owner.group("owner"))
    return f"{state_of(party)} {named}"  # ("Kyiv's losses": Ukraine's)


_AMONG = re.compile(r"(?i)[\"']?\s+among\s+(?!them\b|whom\b|those\b)(?:the\s+|its\s+|their\s+)?")


def named_among(ctx: _Context, si: int, end: int) -> str:
    """The people a bare count is said to be among: '"several wounded" among the troops'."""
    gap = _AMONG.match(ctx.work, end, ctx.sentences[si].end)
    group = _group_at(ctx, si, gap.end()) if gap else None
    return ctx.work[gap.end() : group[1]] if group else ""


# "shot down a military Mi-17 helicopter, killing all six people aboard": the crew and
# passengers of a force's aircraft are that force's
_ABOARD = re.compile(r"(?i)\s+(?:who\s+were\s+)?(?:aboard|on\s+board|inside\s+it)\b")
_FORCE_CRAFT = re.compile(r"(?i)\b(?P<force>military|army|junta|air\s+force|navy)\s+(?:[\w-]+\s+)?"
                          r"(?:helicopter|aircraft|plane|jet|transport\s+plane|gunship)s?\b")


def force_aboard(ctx: _Context, si: int, start: int, end: int) -> str:
    """The force whose aircraft the people counted at ``start:end`` were aboard, "" if none."""
    if not _ABOARD.match(ctx.work, end, ctx.sentences[si].end):
        return ""
    craft = list(_FORCE_CRAFT.finditer(ctx.work, ctx.sentences[si].start, start))
    return f"the {craft[-1].group('force').lower()}" if craft else ""
