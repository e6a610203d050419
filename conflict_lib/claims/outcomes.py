"""Outcome words of a claim ("killed", "seized two pick-ups") → the canonical outcome.

Equipment or people is decided by the outcome words, the subject, and the words right
after the outcome in the quote.
"""

from __future__ import annotations

import re
from functools import lru_cache

from conflict_lib.reference import fold
from conflict_lib.roles import TAKEN_PEOPLE

OUTCOMES = (
    "killed",
    "wounded",
    "captured",
    "killed_or_wounded",
    "killed_or_captured",
    "missing",
    "equipment_seized",
    "equipment_destroyed",
)

_KILLED = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|die|dying|fatalit\w*|slain|slaughter\w*|massacr\w*|"
    r"martyr\w*|shahadat|to hell|fell|fallen|"
    r"perish\w*|bodies|corpses|lives|los(?:e|s|ing|t)|execut(?:ed|ing|ions?|es?)\b|eliminat\w*|"
    r"neutrali[sz]\w*|annihilat\w*|buried|bury|burying|mourn\w*|succumb\w*|behead\w*|decapitat\w*|"
    r"lynch\w*|butcher\w*|to death|burn\w* alive|(?:supreme|ultimate) price)\b"
)
_WOUNDED = re.compile(r"\b(?:wound\w*|injur\w*|hurt|maimed|hospitali[sz]ed|treated|treatment|"
                      r"hospitals?)\b")
_CAPTURED = re.compile(
    r"\b(?:captur\w*|prisoners?|surrender\w*|hostages?|abduct\w*|kidnap\w*|detain\w*|"
    r"arrest\w*|apprehend\w*|taken prisoner|taken captive|(?:taken|took|taking) alive|captives?|"
    r"taken away|led away|carried away|took away|taking away|carried off|carrying off|"
    r"carrying away|marched off|held|holding|rounded up|rounding up)\b"
)
_SEIZED_WORD = re.compile(r"\bseiz(?:ed|ing)\b")
_ROUNDED_UP = re.compile(r"\bround(?:ed|ing) up\b")
_SUCCUMBED = re.compile(r"\b(?:succumb\w*|died (?:of|from))\b")
_MISSING = re.compile(r"\b(?:missing|unaccounted|trapped|under the (?:rubble|debris|ruins)|"
                      r"heard from)\b")
# "harmed" says hurt or killed without saying which ("no civilians were harmed")
# ("affected" and, in _CAPTURED, "held" are emitted only by the extractor's zero claims,
# "no civilian was affected by the strike", "no member ... was being held by its fighters")
_CASUALTIES = re.compile(r"\b(?:casualt\w*|losses|casualty toll|harmed|affected|out of action)\b")
# A bare "toll" ("the toll rose to 15") is, in reporting, the death toll.
_TOLL = re.compile(r"\btoll\b")
_EQUIPMENT = re.compile(
    r"\b(?:vehicles?|trucks?|lorr(?:y|ies)|(?:mini)?bus(?:es)?|tankers?|tanks?|armou?red|"
    r"weapons?|equipment|arms|ammunition|"
    r"helicopters?|aircraft|planes?|drones?|jets?|pick-?ups?|cars?|convoy|artillery|"
    r"munitions?|materiel|materials?|guns?|rifles?|depots?|bases?|camps?|positions?|"
    r"motorcycles?|motorbikes?|technicals|mortars?|launchers?|howitzers?|boats?|vessels?|"
    r"(?:motor|speed)boats?|canoes?|pirogues?|barges?|bulldozers?|humvees?|mraps?|"
    r"battle-?wagons?)\b"
)
_DESTROYED = re.compile(
    r"\b(?:destr\w*|damag\w*|crash\w*|shot down|downed|burn\w*|torched|blew up|blown up|"
    r"brought down|bringing down|sunk|sank|sinking|intercept\w*|"
    r"hit|struck|obliterat\w*|wreck\w*|crippl\w*|disabled|set(?:ting)? fire|on fire|ablaze|"
    r"alight|gutted)\b"
)
_SEIZED = re.compile(r"\b(?:seiz\w*|captur\w*|took|taken|cap?tured|recover\w*|loot\w*|grab\w*|"
                     r"carr(?:ied|ying)\s+(?:off|away)|cart(?:ed|ing)\s+(?:off|away)|"
                     r"ma(?:de|king)\s+(?:off|away)|"
                     r"dr(?:ove|iven|iving|ive)\s+(?:off|away)|confiscat\w*)\b")
_LOST = re.compile(r"\blos(?:e|s|ing|t)\b")
_DAILY = re.compile(r"\b(?:(?:over|in) the (?:past|previous|last) "
                    r"(?:24 hours|day)|daily (?:update|tally|briefing|report|statement))\b")
_PERSONNEL = re.compile(r"\bservicem[ae]n\b")
_LIVES = re.compile(r"\bli(?:ves|fe)\b")


_PEOPLE = re.compile(
    r"\b(?:prisoners?|survivors?|soldiers?|troops|fighters?|men|members?|people|personnel|"
    r"civilians?|mercenar\w*|rebels?|militants?|officers?|hostages?|captives?|combatants?|"
    r"terrorists?|extremists?|insurgents?|jihadists?|islamists?|gunmen|attackers?|assailants?|"
    r"bandits?|elements|servicem[ae]n|militiam[ae]n|suspects?|gendarmes?|policem[ae]n|"
    r"operatives?|separatists?|recruits?)\b"
    # (not the words that also qualify gear: "RSF police vehicles", "militia trucks")
)


def _words_after(cue: str, quote: str, n: int = 8) -> str:
    """The ``n`` words after ``cue`` in ``quote``: what a verb like "captured" acts on."""
    at = fold(quote).find(fold(cue)) if cue else -1
    if at < 0:
        return ""
    return " ".join(fold(quote)[at + len(fold(cue)) :].split()[:n])


def _is_equipment(text: str, subject_raw: str, after: str) -> bool:
    # (the speaker named in brackets is whose, not what: "men (an officer at the base)")
    subject_raw = re.sub(r"\s*\([^)]*\)", "", subject_raw)
    if _EQUIPMENT.search(text) or _EQUIPMENT.search(subject_raw):
        return True
    if _PEOPLE.search(subject_raw) or _LIVES.search(text):
        return False  # "two civilians lost their lives when artillery shells fell"
    people = _PEOPLE.search(after)
    gear = _EQUIPMENT.search(after)
    return bool(gear) and (people is None or gear.start() < people.start())


@lru_cache(maxsize=16384)
def normalise_outcome(
    outcome_raw: str | None, subject_raw: str | None = None, quote: str | None = None
) -> tuple[str | None, str | None]:
    """(canonical outcome, reason when None).

    Equipment or people is decided by the outcome words, the subject, and the words
    right after the outcome in the quote ("captured armoured vehicles" vs "captured
    the few survivors"). Damage, crashes and destruction with no people word are
    equipment losses.
    """
    text = fold(outcome_raw or "")
    if not text:
        return None, "no outcome given"
    after = _words_after(text, quote or "")
    equipment = _is_equipment(text, fold(subject_raw or ""), after)
    killed = bool(_KILLED.search(text))
    # "succumbed to his injuries": dead of them, not wounded
    wounded = bool(_WOUNDED.search(text)) and not _SUCCUMBED.search(text)
    # ("rounded up and executed": killed; rounded up alone: taken)
    captured = bool(_CAPTURED.search(_ROUNDED_UP.sub("", text))) or (
        not killed and bool(_ROUNDED_UP.search(text))) or (
        # "seized four fishermen": people taken, not gear
        not equipment and _SEIZED_WORD.fullmatch(text) is not None
        and (TAKEN_PEOPLE.search(" ".join(after.split()[:4])) is not None
             or TAKEN_PEOPLE.search(fold(subject_raw or "")) is not None))
    if not equipment and _DESTROYED.search(text) and _PEOPLE.search(fold(subject_raw or "")) \
            and not _EQUIPMENT.search(after):
        killed = True  # "destroyed more than 120 extremists": people destroyed are killed
    if equipment or not (killed or wounded or captured):
        seized = _SEIZED.search(text)
        destroyed = _DESTROYED.search(text) or (_LOST.search(text) if equipment else None)
        if seized and (not destroyed or seized.start() < destroyed.start()):
            return "equipment_seized", None
        if destroyed:
            return "equipment_destroyed", None
    if killed and _LOST.search(text) and not _KILLED.search(_LOST.sub("", text)) \
            and (_PERSONNEL.search(fold(subject_raw or "")) or _DAILY.search(fold(quote or ""))) \
            and not _LIVES.search(text):
        # a ministry's daily "lost up to 215 servicemen", "lost 1,130 troops in a day": its
        # daily losses count dead and wounded
        return "killed_or_wounded", None
    killed = killed or (bool(_TOLL.search(text)) and not _CASUALTIES.search(text)
                        and not (wounded or captured))
    if killed and captured and not wounded:
        return "killed_or_captured", None
    if (killed and wounded) or (_CASUALTIES.search(text) and not (killed or captured)):
        return "killed_or_wounded", None
    if killed:
        return "killed", None
    if wounded:
        return "wounded", None
    if captured:
        return "captured", None
    if _MISSING.search(text):
        return "missing", None
    return None, f"unknown outcome {outcome_raw!r}"
