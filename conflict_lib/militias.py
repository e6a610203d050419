"""Militias fighting beside a state's forces ("soldiers and militiamen"): the words for an
unnamed militia, and the one militia of a side that an event's actors table lists."""

from __future__ import annotations

import re

from conflict_lib.reference import Actors, per_table
from conflict_lib.roles import ActorMatch, family_of

# a militia fighting beside a state's forces ("soldiers and militiamen"): the words, and
# the table's names for such a party (a clan militia, a joint task force, volunteers)
_MILITIA_WORDS = re.compile(r"(?i)(?:(?:its|their|the|allied|local|clan|tribal|pro-government|"
                            r"government-backed|community)\s+)*(?:militiam[ae]n|militias?"
                            r"(?:\s+(?:members|fighters|men))?|vigilantes|auxiliaries|volunteers)")
_MILITIA_NAME = re.compile(r"(?i)\bmilitias?\b|\bmilitiam[ae]n\b|self-defen[cs]e|vigilante|"
                           r"volunteers|auxiliar|joint\s+task\s+force|home\s+guard")
_MILITIAS: dict[int, tuple[Actors, tuple[str, ...]]] = {}
_MULTINATIONAL = re.compile(r"(?i)multinational|international|mission|union|peacekeep")


def is_militia_phrase(raw: str) -> bool:
    """"militiamen", "allied militia members", "clan militias": a militia, unnamed."""
    return _MILITIA_WORDS.fullmatch(raw.strip()) is not None


def militia_actor(raw: str, table: Actors, sides: frozenset[str]) -> ActorMatch | None:
    """"militiamen" beside soldiers: the one militia of the soldiers' side the table lists."""
    if not is_militia_phrase(raw):
        return None
    militias = per_table(_MILITIAS, id(table), table, lambda: tuple(
        i for i, a in table.by_id.items() if a.kind == "belligerent" and (
            _MILITIA_NAME.search(a.name) or any(
                _MILITIA_NAME.search(alias) for alias, j in table.aliases.alias_to_id.items()
                if j == i))))
    ours = [i for i in militias if table.by_id[i].side in sides
            and not _MULTINATIONAL.search(table.by_id[i].name)]
    # (one state's militia: with two states' armies on that side, whose it is is unsaid)
    states = [i for i, a in table.by_id.items()
              if a.side in sides and family_of(i, table) == "army"]
    if len(ours) != 1 or len(states) > 1:
        return None
    a = table.by_id[ours[0]]
    return ActorMatch(a.actor_id, a.side, raw,
                      f"{raw!r} read as {a.name} (the militia of its side)")
