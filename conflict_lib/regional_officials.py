"""A region's governor or administration speaks for the state that holds the region
("Kharkiv governor Oleh X said", "the Moscow-installed head of the region"): which state
that is, read from the places the title and the sentences around the claim name."""

from __future__ import annotations

import re

from conflict_lib.countries import ISO3, country_in
from conflict_lib.gazetteer import town_country
from conflict_lib.reference import Actors
from conflict_lib.roles import ActorMatch, _country_army

# the weapon or force a country's adjective names is the attacker's, not the region's
_ATTACKER = re.compile(r"(?i)\b[\w-]+(?:'s)?\s+(?:drones?|missiles?|shell(?:ing|s)?|(?:air\s*)?"
                       r"strikes?|attacks?|artillery|forces|troops|army|military|bombs?|"
                       r"rockets?|aircraft|jets?)\b")
# A region's governor or administration speaks for the state that holds the region
# ("Kharkiv governor Oleh X said", "the Moscow-installed head of the region").
_REGIONAL_TITLE = re.compile(
    r"(?i)(?<!bank\s)(?<!former\s)\b(?:governor|regional\s+(?:military\s+)?administration|"
    r"oblast\s+administration|head\s+of\s+the\s+(?:[\w-]+\s+)?(?:region|oblast|province))\b")
# a place whose country says whose region: "in the Kharkiv region", "governor of Belgorod"
_REGION_PLACE = re.compile(
    r"\b(?:[Ii]n|of|[Oo]ver)\s+(?:the\s+)?([A-Z][\w'-]+)|"
    r"\b([A-Z][\w'-]+)\s+(?:region|oblast|province|governorate|state|regional|governor)\b")


def _title_of_name(raw: str, article_text: str) -> str:
    """The regional title given to a named person somewhere in the article ("Ivan X,
    governor of the Zaporizhzhia region", "governor Ivan X"), with its place words."""
    if not re.fullmatch(r"[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}", raw):
        return ""
    name = re.escape(raw)
    m = re.search(rf"{name},\s+(?:the\s+|its\s+)?[^,.;]{{0,60}}|"
                  rf"[^,.;]{{0,40}}\b(?i:governor),?\s+(?:[A-Z][\w'.-]+\s+){{0,2}}{name}",
                  article_text)
    return m.group(0) if m and _REGIONAL_TITLE.search(m.group(0)) else ""


def regional_state(raw: str, table: Actors, article_text: str = "", at: int | None = None
                   ) -> ActorMatch | None:
    """The state whose region a governor or regional administration speaks for: the
    country of the city the title names ("Kharkiv governor"), else of the country it
    names, else the same read in the claim's sentence and then the three before it;
    None when the phrase holds no such title or no country is found."""
    title = raw if _REGIONAL_TITLE.search(raw) else _title_of_name(raw, article_text)
    if not title:
        return None
    at = len(article_text) if at is None else at
    # (a person's name, or a title said once: not a bare "the governor" two regions share)
    intro = article_text.find(raw) if raw and (re.search(r"[A-Z][\w'-]+\s+[A-Z][\w'-]+", raw)
                                               or article_text.count(raw) == 1) else -1
    if 0 <= intro < at:  # ("..., he said": the official's region is where he was introduced)
        at = intro
    starts = [m.end() for m in re.finditer(r"[.!?]\s+|\n", article_text[:at])]
    back = [0, *starts][-4:]
    end = article_text.find(". ", at)
    end = len(article_text) if end < 0 else end
    # the title, then the claim's sentence widened one sentence back at a time
    windows = [title, *(article_text[s:end] for s in reversed(back))]
    for k, text in enumerate(windows):
        place = next((ISO3[iso] for m in _REGION_PLACE.finditer(text)
                      if (iso := town_country(m.group(1) or m.group(2))) in ISO3), None)
        if k == 0:  # the title's own country first: "the Russian-installed governor of Kherson"
            country = country_in(re.sub(r"-(?=installed|appointed|backed|controlled)", " ",
                                        text)) or place
        else:
            # in a sentence, the region's city first, and never the attacker's adjective
            # ("Russian artillery killed three in the Zaporizhzhia region, its governor said")
            country = place or country_in(_ATTACKER.sub(" ", text))
        if country is not None:
            found = _country_army(raw, country, table)
            if found.actor_id is not None:
                return ActorMatch(found.actor_id, found.side, raw,
                                  f"{raw!r}: a regional official of {country}")
    return None
