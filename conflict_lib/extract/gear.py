"""Words for equipment: the nouns of vehicles, aircraft and arms, the verbs that seize,
destroy or lose them, and their passives (the patterns built from them are ``vocab``'s)."""

from __future__ import annotations

import re

from conflict_lib.extract.params import _STOP

_EQN = (
    r"(?:(?:armou?red\s+)?(?:personnel|troop)\s+carriers?|armou?red\s+vehicles?|military\s+vehicles?|"
    r"vehicles?|trucks?|lorr(?:y|ies)|(?:mini)?bus(?:es)?|tankers?|tanks?|pick-?ups?|"
    r"helicopters?|choppers?|aircraft|"
    # (the longer name first: "four artillery systems, two tanks" is one list)
    r"artillery\s+systems?|"
    r"(?:air)?planes?|drones?|jets?|weapons?|arms|ammunition|equipment|materiel|artillery|"
    r"guns?|rifles?|firearms?|kalashnikovs?|ak-?47s|motorcycles?|motorbikes?|cars?|boats?|apcs?|munitions?|"
    r"(?:motor|speed)boats?|canoes?|pirogues?|barges?|bulldozers?|humvees?|mraps?|"
    r"battle[\s-]?wagons?|"
    r"technicals|technical(?=\s*[,.;]|\s+(?:mounted|fitted|armed|carrying|and|was|were)\b)|mortar\s+tubes?|mortars?|launchers?|howitzers?|cannons?|vessels?|ships?|missiles?|"
    r"air\s+defen[cs]e\s+systems?|radars?|landing\s+craft|"
    r"(?:military\s+)?supplies|depots?)(?![\w-])"
)


_EQ_ACT = (r"(?:seiz(?:ed|ing|es?)|captur(?:ed|ing|es?)|destroy(?:ed|ing|s)?|damag(?:ed|ing|es?)|"
           r"shot\s+down|shooting\s+down|shoot\s+down|down(?:ed|ing)|burn(?:ed|t|ing)|"
           r"intercept(?:ed|ing|s)?|"
           r"br(?:ought|inging)\s+down|s[au]nk|sinking|"
           r"torch(?:ed|ing)|recover(?:ed|ing|s)?|loot(?:ed|ing)|bl(?:ew|own|owing)\s+up|"
           r"los(?:t|ing|e)|confiscat(?:ed|ing)|wreck(?:ed|ing)|(?:took|taking|carried|carrying|carted|"
           r"carting)\s+"
           r"(?:away|off)|ma(?:de|king)\s+(?:off|away)\s+with|dr(?:ove|iven|iving|ive)\s+(?:off|away)"
           r"(?:\s+(?:with|in))?|(?:took|taken|taking)(?!\s+(?:up|over|part|place|control|power|aim|hold))|"
           r"set(?:ting)?\s+fire\s+to|"
           r"set(?:ting)?\s+ablaze|gutt(?:ed|ing))")


_EQ_PASS = (r"(?:seized|captured|destroyed|damaged|shot\s+down|downed|burned|burnt|torched|"
            r"intercepted|"
            r"brought\s+down|sunk|"
            r"recovered|looted|lost|crashed|blown\s+up|confiscated|wrecked|went\s+down|"
            r"came\s+down|exploded|caught\s+fire|set\s+(?:on\s+fire|ablaze|alight)|gutted|"
            r"burned\s+out|burnt\s+out|left\s+(?:burning|ablaze|in\s+flames|on\s+fire|in\s+ruins))")


# a modifier of an equipment noun ("U.S.-made Bradley fighting vehicle")
_EQ_WORD = (r"(?!" + _STOP + r"|" + _EQN + r"|" + _EQ_PASS + r"(?![\w-]))"
            r"(?:[A-Za-z](?:[\w'\-]|\.(?=[\w-]))*|\d{2,3}(?:\.\d)?mm)")


_EQ_PASS_LEAD = re.compile(_EQ_PASS + r"\s+", re.IGNORECASE)


_EQ_NOUN_OF = (r"(?:seizure|destruction|capture|loss|downing|damaging|crash|recovery|"
               r"confiscation)(?:\s+and\s+"
               r"(?:seizure|destruction|capture|loss|downing|damaging))?\s+of")


_EQ_INTRANSITIVE = re.compile(r"crash|went\s+down|came\s+down|exploded|caught\s+fire|\blost\b",
                              re.IGNORECASE)
