"""Lumped subjects: a phrase that lists several parties or roles ("soldiers and Wagner
mercenaries", "Nigerian soldiers and militiamen"), split into its parts (a table's name
that is itself a list stays whole) and each generic part read as its role's party."""

from __future__ import annotations

import re

from conflict_lib.countries import country_in
from conflict_lib.militias import is_militia_phrase, militia_actor
from conflict_lib.reference import Actors, fold
from conflict_lib.roles import civilian_actor, family_of, party_by_head, role_actor, role_of

_ALLIED = re.compile(r"(?i)(?:(?:its|their|the)\s+)?(?:allied|affiliated|auxiliary)\s+"
                     r"(?:fighters|forces|groups|units|troops|militias|militiamen)")


def _parts_of(raw: str, table: Actors | None = None) -> list[str]:
    """The parts of a phrase that lists several ("soldiers, militiamen and civilians"). A
    name of the table that is itself a list ("Group for the Support of Islam and Muslims",
    "Armed Forces and authorities of Russia") is one part, and so are brackets
    ("Ukraine (armed forces and state authorities)")."""
    pattern = table.aliases.pattern if table is not None else None
    kept: dict[str, str] = {}
    text = raw.strip()
    # names kept whole before the brackets go ("assailants (Group for the Support of Islam
    # and Muslims (JNIM))": a name with its acronym) and after ("... Muslims" alone)
    for _ in range(2):
        if pattern is not None and len(fold(text)) == len(text):
            for m in reversed(list(pattern.finditer(fold(text)))):
                if len(_LIST_SEP.split(m.group(0))) > 1:
                    key = f"\ue000{len(kept)}\ue000"
                    kept[key] = text[m.start():m.end()]
                    text = text[:m.start()] + key + text[m.end():]
        text = re.sub(r"\s*\([^()]*\)", "", text).strip()  # (as folded: no space left over)
    parts = _LIST_SEP.split(text)
    for key, name in kept.items():
        parts = [p.replace(key, name) for p in parts]
    return parts


_LIST_SEP = re.compile(r"(?i)\s*(?:,|\band\b|&|\bas well as\b|\balongside\b)\s*")


def _with_role_parts(raw: str, found: tuple[str, ...], table: Actors, article_text: str,
                     at: int | None) -> tuple[str, ...]:
    """Ids of a lumped phrase whose parts mix names and roles ("soldiers and Wagner
    mercenaries"): each generic part read as its role's party in the article."""
    parts = _parts_of(raw, table)
    if len(parts) < 2:
        return found
    # "soldiers and allied fighters": the allies are on the side of the rest, the one ally
    # of theirs the article names, else no party more
    allied = [p for p in parts if _ALLIED.fullmatch(p.strip())]
    parts = [p for p in parts if p not in allied] or parts
    if not found and any(role_of(p) is None and civilian_actor(p, table) is None
                         and not is_militia_phrase(p) and country_in(p) is None
                         for p in parts if p.strip()):
        return found  # a lump of roles (or of people outside the fighting) only if all are
    extra: list[str] = []
    # (militias last: "militiamen and soldiers" are the militia on the soldiers' side)
    for part in sorted(parts, key=is_militia_phrase):
        if part.strip() and not table.aliases.find(part):
            role = role_actor(part, table, article_text, at) or civilian_actor(part, table) \
                or militia_actor(part, table, frozenset(
                    table.by_id[i].side for i in (*found, *extra))) \
                or party_by_head(part, table)  # ("volunteers and civilians": the VDP's)
            if role is not None and role.actor_id is not None:
                extra.append(role.actor_id)
            elif not found and any(civilian_actor(p, table) for p in parts):
                # "terrorists and two women", the terrorists unread: not the women alone
                return found
    ids = list(dict.fromkeys([*found, *extra]))
    if allied and ids:
        sides = {table.by_id[i].side for i in ids}
        # (an auxiliary force, not another country's army named elsewhere)
        allies = [i for i in table.aliases.find(article_text) if i not in ids
                  and table.by_id[i].kind == "belligerent" and table.by_id[i].side in sides
                  and family_of(i, table) != "army"]
        ids += allies if len(allies) == 1 else []
    return tuple(ids)
