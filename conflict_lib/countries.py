"""Countries and their demonyms, for reading generic army words as roles.

"Ethiopian soldiers", "Russia's troops" and "the army of Sudan" name a country's
army without naming an actor; ``country_in`` finds the country so that the
phrase can be read as that country's army (or kept as "soldiers (Ethiopia)").
General English, no event-specific data: the countries of recent armed conflicts
and their neighbours.
"""

from __future__ import annotations

import re
from functools import lru_cache

# country: demonyms (the adjective first; the country name itself also matches)
_DEMONYMS = {
    "Afghanistan": "Afghan", "Algeria": "Algerian", "Armenia": "Armenian",
    "Azerbaijan": "Azerbaijani;Azeri", "Benin": "Beninese", "Burkina Faso": "Burkinabe;Burkinabè",
    "Burundi": "Burundian", "Cameroon": "Cameroonian",
    "Central African Republic": "Central African",
    "Chad": "Chadian", "Colombia": "Colombian",
    # (Reuters' "Congo" is the DR Congo; "Congo-Brazzaville" is not matched)
    "DR Congo": "Congolese;Congo;DRC;Democratic Republic of Congo;Democratic Republic of the Congo",
    "Egypt": "Egyptian", "Eritrea": "Eritrean", "Ethiopia": "Ethiopian", "Georgia": "Georgian",
    "Ghana": "Ghanaian", "Haiti": "Haitian", "India": "Indian", "Iran": "Iranian",
    "Iraq": "Iraqi", "Israel": "Israeli", "Ivory Coast": "Ivorian", "Jordan": "Jordanian",
    "Kenya": "Kenyan", "Lebanon": "Lebanese", "Libya": "Libyan", "Mali": "Malian",
    "Mauritania": "Mauritanian", "Mexico": "Mexican", "Morocco": "Moroccan",
    "Mozambique": "Mozambican", "Myanmar": "Myanmar;Burmese", "Niger": "Nigerien",
    "Nigeria": "Nigerian", "Pakistan": "Pakistani", "Palestine": "Palestinian",
    "Philippines": "Filipino;Philippine", "Russia": "Russian", "Rwanda": "Rwandan",
    "Saudi Arabia": "Saudi", "Senegal": "Senegalese", "Somalia": "Somali",
    "South Sudan": "South Sudanese", "Sudan": "Sudanese", "Syria": "Syrian",
    "Tanzania": "Tanzanian", "Togo": "Togolese", "Turkey": "Turkish", "Uganda": "Ugandan",
    "Ukraine": "Ukrainian", "United States": "American;US;U.S.", "Yemen": "Yemeni",
    "Zambia": "Zambian", "France": "French", "Britain": "British",
}
# ISO 3166-1 alpha-3 codes (the gazetteer's country column) of the countries above.
ISO3 = {
    "AFG": "Afghanistan", "DZA": "Algeria", "ARM": "Armenia", "AZE": "Azerbaijan",
    "BEN": "Benin", "BFA": "Burkina Faso", "BDI": "Burundi", "CMR": "Cameroon",
    "CAF": "Central African Republic", "TCD": "Chad", "COL": "Colombia", "COD": "DR Congo",
    "EGY": "Egypt", "ERI": "Eritrea", "ETH": "Ethiopia", "GEO": "Georgia", "GHA": "Ghana",
    "HTI": "Haiti", "IND": "India", "IRN": "Iran", "IRQ": "Iraq", "ISR": "Israel",
    "CIV": "Ivory Coast", "JOR": "Jordan", "KEN": "Kenya", "LBN": "Lebanon", "LBY": "Libya",
    "MLI": "Mali", "MRT": "Mauritania", "MEX": "Mexico", "MAR": "Morocco",
    "MOZ": "Mozambique", "MMR": "Myanmar", "NER": "Niger", "NGA": "Nigeria",
    "PAK": "Pakistan", "PSE": "Palestine", "PHL": "Philippines", "RUS": "Russia",
    "RWA": "Rwanda", "SAU": "Saudi Arabia", "SEN": "Senegal", "SOM": "Somalia",
    "SSD": "South Sudan", "SDN": "Sudan", "SYR": "Syria", "TZA": "Tanzania", "TGO": "Togo",
    "TUR": "Turkey", "UGA": "Uganda", "UKR": "Ukraine", "USA": "United States",
    "YEM": "Yemen", "ZMB": "Zambia", "FRA": "France", "GBR": "Britain",
}
# Words for an army or its members: with a country they name that country's army.
ARMY_WORDS = ("army", "armed forces", "military", "soldiers", "soldier", "troops", "forces")


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    lookup: dict[str, str] = {}
    for country, demonyms in _DEMONYMS.items():
        lookup[country.lower()] = country
        for d in demonyms.split(";"):
            lookup[d.lower()] = country
    words = sorted(lookup, key=len, reverse=True)
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w-])(?:{body})(?:'s)?(?![\w-])", re.IGNORECASE), lookup


# outlets whose names hold a country ("Radio France Internationale said 20 soldiers
# died" names no French soldiers): their country word names no party
_OUTLET_NAMES = re.compile(r"(?i)\bRadio\s+France(?:\s+Internationale)?\b|\bFrance\s*(?:24|"
                           r"Info|Inter|T[ée]l[ée]visions)\b|\bVoice\s+of\s+America\b|"
                           r"\bTimes\s+of\s+Israel\b|\bSudan\s+Tribune\b")


def _without_outlets(text: str) -> str:
    """``text`` with outlets' names blanked (offsets kept)."""
    return _OUTLET_NAMES.sub(lambda m: " " * len(m.group(0)), text) \
        if _OUTLET_NAMES.search(text) else text


def country_in(phrase: str) -> str | None:
    """The country a phrase names by name or demonym ("Ethiopian soldiers" →
    "Ethiopia"), or None; not an outlet's ("Radio France Internationale")."""
    pattern, lookup = _pattern()
    m = pattern.search(_without_outlets(phrase))
    if not m:
        return None
    word = m.group(0).lower()
    return lookup.get(word[:-2] if word.endswith("'s") else word)


def countries_in(text: str) -> list[tuple[int, str]]:
    """(offset, country) of every country named in ``text``, in order (not in an outlet's
    name)."""
    pattern, lookup = _pattern()
    out = []
    for m in pattern.finditer(_without_outlets(text)):
        word = m.group(0).lower()
        out.append((m.start(), lookup[word[:-2] if word.endswith("'s") else word]))
    return out


def army_phrases(country: str) -> list[str]:
    """Ways of naming a country's army, to look up in an actors table."""
    names = [country, *_DEMONYMS.get(country, "").split(";")]
    out = [f"{country}'s army", f"{country}'s military", f"army of {country}"]
    for n in names:
        if n:
            out += [f"{n} {w}" for w in ARMY_WORDS]
    return out


def without_country(phrase: str, country: str) -> str:
    """The phrase without its country word ("Ethiopian soldiers" → "soldiers"; "" when
    nothing else is left)."""
    names = [country, *_DEMONYMS.get(country, "").split(";")]
    body = "|".join(re.escape(n) for n in sorted(filter(None, names), key=len, reverse=True))
    out = re.sub(rf"(?i)\b(?:{body})(?:'s)?\s*", "", phrase).strip()
    return out


# Capitals that reporting uses for their governments ("Kyiv's losses", "Moscow says").
CAPITALS = {
    "Kabul": "Afghanistan", "Algiers": "Algeria", "Yerevan": "Armenia", "Baku": "Azerbaijan",
    "Ouagadougou": "Burkina Faso", "Bujumbura": "Burundi", "Yaounde": "Cameroon",
    "Bangui": "Central African Republic", "N'Djamena": "Chad", "Bogota": "Colombia",
    "Kinshasa": "DR Congo", "Cairo": "Egypt", "Asmara": "Eritrea", "Addis Ababa": "Ethiopia",
    "Tbilisi": "Georgia", "Port-au-Prince": "Haiti", "New Delhi": "India", "Tehran": "Iran",
    "Baghdad": "Iraq", "Jerusalem": "Israel", "Beirut": "Lebanon", "Tripoli": "Libya",
    "Bamako": "Mali", "Maputo": "Mozambique", "Naypyitaw": "Myanmar", "Niamey": "Niger",
    "Abuja": "Nigeria", "Islamabad": "Pakistan", "Moscow": "Russia", "Kigali": "Rwanda",
    "Riyadh": "Saudi Arabia", "Mogadishu": "Somalia", "Juba": "South Sudan",
    "Khartoum": "Sudan", "Damascus": "Syria", "Ankara": "Turkey", "Kampala": "Uganda",
    "Kyiv": "Ukraine", "Kiev": "Ukraine", "Washington": "United States", "Sanaa": "Yemen",
    "Paris": "France", "London": "Britain",
}


def state_of(name: str) -> str:
    """A capital as the state it speaks for ("Kyiv had lost 140 servicemen": Ukraine); any
    other name as it is."""
    return CAPITALS.get(name, name)


# "the defence ministry in Moscow", "officials in Kyiv": an office of the state whose
# capital it is
_IN_CAPITAL = re.compile(r"^(?:[Tt]he\s+)?(?P<office>(?:[\w'-]+\s+){0,3}?(?i:ministry|army|"
                         r"military|government|officials|authorities|command|presidency|"
                         r"forces|junta))\s+(?:in|from)\s+(?P<city>"
                         + "|".join(map(re.escape, sorted(CAPITALS, key=len, reverse=True)))
                         + r")$")


def named_by_capital(raw: str) -> str | None:
    """"The defence ministry in Damascus" → "Syria's defence ministry"; None when the
    phrase names no office in a capital."""
    m = _IN_CAPITAL.match(raw.strip())
    if m is None or country_in(m.group("office")):
        return None  # ("US officials in Kyiv" are no Ukrainian office)
    return f"{CAPITALS[m.group('city')]}'s {m.group('office')}"
