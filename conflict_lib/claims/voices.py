"""Words for who speaks, not whose side it is: local voices ("a civil society leader", "the
head of a youth association"), medics and unnamed insiders."""

from __future__ import annotations

import re

# what a voice is rather than whose: never the word that names the party
_SPEAKER_WORDS = re.compile(r"\b(?:spokes(?:man|woman|person)|statements?|media|office|"
                            r"channels?|officials?|sources?|ministry|command|said|says|told)\b")
_CARE = re.compile(r"\b(?:hospitals?|clinics?|morgue|medics?|doctors?|nurses?|paramedics?|"
                   r"health workers?|medical)\b")
_MEDICAL_WORDS = ("medical sources", "medics", "hospital sources", "doctors", "hospital officials",
                  "local sources")
_SOURCE_WORDS = ("security sources", "security source", "military sources", "local sources")
# international bodies, monitors and aid groups, which the table's observers row stands for
# when it does not list them by name (general knowledge, no one war's): "UNICEF", "the
# Britain-based monitor", "Doctors Without Borders", "a war monitor", "the medical charity"
_OBSERVER_NAME = re.compile(
    r"\b(?:united\s+nations|u\.n\.|world\s+health\s+organi[sz]ation|unicef|ocha|unhcr|unrwa|"
    r"ohchr|unfpa|world\s+food\s+programme|international\s+organi[sz]ation\s+for\s+migration|"
    r"red\s+cross|icrc|doctors\s+without\s+borders|m[eé]decins\s+sans\s+fronti[eè]res|msf|"
    r"amnesty|human\s+rights\s+watch|hrw|acled|airwars|insecurity\s+insight|crisis\s+group|"
    r"save\s+the\s+children|norwegian\s+refugee\s+council|international\s+rescue\s+committee|"
    r"oxfam|mercy\s+corps|alima)\b")
_OBSERVER = re.compile(
    r"\b(?:observatory|monitors?|monitoring\s+group|watchdog|"
    r"(?:rights|aid|relief|humanitarian|medical|monitoring)\s+(?:groups?|organi[sz]ations?|"
    r"agenc(?:y|ies)|charit(?:y|ies)|ngos?)|charity|ngos?|peacekeep\w*)\b")
# acronyms read in capitals only ("WHO", not "who"; "UN", not French "un"), and not the UN
# that backs a government ("the UN-recognised government")
_OBSERVER_ACRONYM = re.compile(r"\b(?:WHO|IOM|WFP|UN(?!-(?:backed|recogni[sz]ed|brokered)))\b")
_OBSERVER_WORDS = ("United Nations", "UN", "rights groups", "Human Rights Watch", "ICRC", "ACLED",
                   "Amnesty International", "monitors")
_WHO_CLAUSE = re.compile(r"(?i)\s+(?:who|whose|whom|that)\b.*$")
# where a witness was: "a trader in the town", "a farmer from the next village"
_PLACE_TAIL = re.compile(r"(?i)\s+(?:in|at|from|near)\s+(?:the\s+|a\s+)?(?:[a-z'-]+\s+){0,2}"
                         r"[a-z'-]+$")
_ANONYMOUS = re.compile(
    r"(?:(?:an?|one|two|three|four|several|some|other|another)\s+)?(?:senior\s+|local\s+)?"
    r"(?:(?:military|security|army|intelligence|police|defence|defense|"
    r"government)\s+(?:officers?|officials?|sources?)|sources)(?:\s+who\s.*)?|"
    # "two officers", "one of two officers who spoke to AFP": officers by no name (not "an
    # officer at the base", which may be a named captain's apposition: his army's voice)
    r"(?:(?:two|three|four|several|some)\s+|(?:one|another)\s+of\s+(?:the\s+)?(?:two|three|"
    r"four|several)\s+)(?:senior\s+)?officers(?:\s+(?:who|at|in|from|based)\s.*)?|"
    # "a local official", "local officials in Kaya", "a local elected official", "the district
    # commissioner", "a local administrator", "local and security sources": local sources
    r"(?:an?\s+|one\s+|two\s+|several\s+|some\s+|the\s+)?(?:(?:local\s+(?:elected\s+)?|elected\s+)"
    r"(?:officials?|sources?|administrators?)|(?:(?:deputy|assistant)\s+)?(?:district|county|"
    r"village|territorial|local)\s+(?:commissioners?|administrators?)|local\s+and\s+security\s+"
    r"sources)(?:\s+(?:in|at|of|from|for|who)\s.*)?|"
    # "a civil society leader", "the president of the local civil society": local voices
    r"(?:the\s+|an?\s+)?(?:(?:leaders?|president|coordinator|head|members?)\s+of\s+(?:the\s+)?"
    r"(?:local\s+)?civil\s+society|(?:local\s+)?civil\s+society(?:\s+(?:leaders?|groups?|"
    r"members?|president|coordinator|representatives?|activists?))?)(?:\s+(?:in|at|of)\s.*)?|"
    # "a youth leader", "the head of a youth association": people who speak for a community
    r"(?:the\s+|an?\s+)?(?:local\s+)?(?:youth|community|traditional|village|women's|"
    r"neighbou?rhood)\s+(?:leaders?|chiefs?|heads?|representatives?|activists?)"
    r"(?:\s+(?:in|at|of|from)\s.*)?|"
    r"(?:the\s+|an?\s+)?(?:head|leader|president|chair(?:man|woman|person)?|coordinator|"
    r"secretary|spokes(?:man|woman|person)|member)\s+of\s+(?:an?|the)\s+(?:local\s+)?"
    # (not an armed one: "a Wazalendo militia committee", "a self-defence committee")
    r"(?!(?:[\w'-]+\s+){0,3}?(?:militia|self-defen[cs]e|vigilan\w*|armed|parliamentary)\b)"
    r"(?:[\w'-]+\s+){0,3}(?:association|committee|union|cooperative|collective)"
    r"(?:\s+(?:in|at|of|from)\s.*)?|"
    # "the head of the village", "the head of Solle village", "the mayor of the commune":
    # a place's own leader (not "the head of the JNIM unit": a party's)
    r"(?:the\s+|an?\s+)?(?:head|chief|leader|mayor)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:village|town|commune|municipality|locality|township|community)(?:'s\s+[\w-]+)?"
    r"(?:\s+(?:of|in)\s.*)?|"
    # "the administration of a nearby displacement camp", "the camp's management": its own
    r"(?:the\s+)?(?:administration|management|manager|director|head)\s+of\s+(?:the\s+|an?\s+)?"
    r"(?!(?:[\w'-]+\s+){0,3}?(?:military|army|training)\b)(?:[\w'-]+\s+){0,3}?camp\b.*|"
    r"(?:the\s+)?camp(?:'s)?\s+(?:administration|management|manager|director|administrator)\b.*")


# a person the report does not name, from inside a party (not a commander, who speaks for
# his men): "a VDP member in the town", "two officers posted in the region", "a Mozambican
# soldier who took part in the fighting"
_UNNAMED_INSIDER = re.compile(
    r"(?i)(?:an?|one(?:\s+of\s+(?:the\s+)?(?:two|three|several|\w+))?|two|three|several|another|"
    r"the(?:\s+(?:second|other|third))?)\s+(?:[\w'-]+\s+){0,3}?(?:officers?|commanders?|soldiers?|"
    r"members?|fighters?|officials?|militiam[ae]n|policem[ae]n|servicem[ae]n|sources?|"
    r"volunteers?|troopers?|insiders?)\b(?:\s+(?:in|at|from|of|posted|based|stationed|who|"
    r"with)\b.*)?")
# the report's word that it withholds the speaker's name
_ANONYMITY = re.compile(
    r"(?i)\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously|requested\s+anonymity|"
    r"under\s+cover\s+of\s+anonymity|(?:ask(?:ed|ing)|request(?:ed|ing)|declin(?:ed|ing))\s+"
    r"(?:not\s+)?to\s+be\s+"
    r"(?:named|identified|quoted)|not\s+(?:authori[sz]ed|allowed|permitted)\s+to\s+"
    r"(?:speak|talk|brief))\b")


def speaks_anonymously(raw: str, article_text: str, at: int | None) -> bool:
    """A speaker the report leaves unnamed on purpose: an unnamed insider (``raw``) whose
    own words, or the words right after them (``at``: their end in ``article_text``, up to
    what they said), say the name is withheld."""
    if not _UNNAMED_INSIDER.fullmatch(raw.strip()) \
            or _OBSERVER_NAME.search(raw.lower()) or _OBSERVER_ACRONYM.search(raw):
        return False  # (an unnamed UN official still speaks for the UN)
    after = "" if at is None else \
        re.split(r"(?i)\bthat\b|[\":;.]", article_text[at : at + 120], maxsplit=1)[0]
    said = _ANONYMITY.search(raw) or _ANONYMITY.search(after)
    named_at = article_text.rfind(raw, 0, at) if at is not None and not said else -1
    if named_at >= 0:
        # "he said" after a quotation: the words after the insider where first written
        # ("A soldier from the unit, who asked not to be named, told Reuters ...")
        first = article_text[named_at + len(raw) : named_at + len(raw) + 120]
        said = _ANONYMITY.search(re.split(r"(?i)\bthat\b|[\":;.]", first, maxsplit=1)[0])
    # ("the officer, who was not authorised to speak": one the article may have named before)
    return said is not None and not (raw.lower().startswith("the ")
                                     and said.group(0).lower().startswith("not"))
