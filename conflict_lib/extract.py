"""Rule-based extraction of casualty claims from English news text.

``extract_claims(article)`` returns raw claim rows (the schema of ``claims.csv``
plus ``start``/``end``, the offsets of ``quote`` in the cleaned text), and
``extract_normalised(articles)`` runs them through the same normaliser as the
curated ledger (``claims.normalise_claims(..., origin="extracted")``).

How it reads a text, one sentence at a time (offsets kept throughout):

1. A cheap prefilter: sentences without an outcome cue (kill, dead, wound,
   captur, casualt, loss, seiz, damag, crash, ...) are skipped.
2. Mentions of people: a quantity ("two", "around 20", "dozens of", "the few",
   "no") before a noun phrase naming people ("soldiers and Wagner mercenaries");
   a noun phrase naming an actor without a quantity ("the bodies of both Malian
   soldiers and foreign fighters"); a bare quantity continuing an earlier
   mention ("... and 10 injured"); a quantity before an outcome noun ("dozens of
   dead and wounded", "no fatalities", "significant casualties on ...").
3. Each mention is bound to outcome words that touch it: before it ("killed",
   "losing", "the deaths of", "injuries to") or after it ("were killed",
   ", either killed or captured", "surrendered", "among the prisoners").
4. Equipment: seizure, damage, destruction and crashes of vehicles, aircraft and
   weapons, with their owner as written, implied by a possessive, by a crash
   (the claimant's own), by the people hit beside them, or else the adversary of
   the agent most recently named in the text.
5. Attribution: "X said/stated/claimed/... (that)", "..., X said", "said X",
   "according to X", "citing X", participles ("..., adding that") and
   coordinated verbs ("but said") that inherit the earlier speaker, pronouns and
   short references ("They", "it", "the statement") resolved to the claimant of
   the nearest earlier attribution, and sentences opened by a connective
   ("Additionally, ...") or still inside an open quotation carrying the previous
   sentence's claimant. Anything else is the outlet's own voice (``claimant_raw``
   empty). A speaker the actors table does not know is kept as written (the
   normaliser flags the row) rather than read as the outlet.
6. Whose losses: the noun phrase as written ("soldiers", "white men and Malian
   soldiers"); a generic noun ("fighters", "men", "its soldiers") lost or
   admitted by a party is that party's ("fighters (CSP-PSD)"); "others", bare
   numbers and "survivors" carry the earlier subject; prisoners taken by a party
   are its adversary's; a zero claim about a crash is the aircraft owner's.
7. Background is skipped: running tolls ("since 2012 ... has killed", "since
   then ... have been killed", "since last year") and sentences opened by a past
   year ("In 2023, ...", "Since the military seized power in 2020, ...").
8. Tolls: "the death toll among civilians rose to 31" (the noun after the toll),
   "put Wagner's losses at five killed" (a possessive owner), else the victims
   last counted as killed in the sentences before. "N of them" takes the nearest
   plural people noun before it in the sentence. Denials ("denied that any
   aircraft had been destroyed") state no claim.
9. Which army: generic army words ("soldiers", "the army said") that the actors
   table gives to one army by default read as the army named last before them in
   the article (else the first named after), so a Burkinabe or Nigerien story's
   "soldiers" are that country's (``_name_the_army``; an army is a belligerent
   whose name says "Armed Forces"); generic "jihadists" likewise read as the
   jihadist group the article names. "Terrorists"/"militants" in a non-party's
   voice are the armed group named last before them (``_name_the_militants``).

Sentences whose claims read nothing outside themselves are remembered by their
text (``_MEMO``), so syndicated and templated copies are read once; sentences
that resolve a pronoun, carry a subject or look for an adversary are always read
in their own article.

Vocabulary: actors and their aliases come from data/reference/actors.csv (via
``reference.actors``), number words, scales and quantity modifiers from
``quantity`` and vague quantifiers from quantifiers.csv. The only word lists here
are general English: person nouns, outcome words, speech verbs, function words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from conflict_lib.claims.table import CLAIM_COLUMNS, RAW_COLUMNS, normalise_claims
from conflict_lib.reference import Actors, actors, fold, quantifiers
from conflict_lib.text import quantity as qty

EXTRACT_COLUMNS = (*RAW_COLUMNS, "start", "end")

# --------------------------------------------------------------------------- text

# One-to-one character folds, so that offsets into the folded copy are offsets
# into the original text (the corpus cleaner already does this for article files).
_ONE_TO_ONE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2026": ".",
})

def _words(text: str) -> list[str]:
    """A word list written as one string."""
    return text.split()


# The cheap prefilter: a sentence without one of these stems states no loss.
_CUE = re.compile(
    r"kill|dead|death|\bdie|wound|injur|hurt|captur|prisoner|captive|hostage|surrend|casualt|"
    r"\blos[st]|\blosing|\blose|fatalit|bod(?:y|ies)\b|corpse|slain|execut|abduct|kidnap|missing|"
    r"massacr|slaughter|murder|perish|\blives\b|eliminat|neutrali|\btoll\b|detain|arrest|"
    r"seiz|damag|destr|crash|shot down|downed|burn|torch|loot|blown up|blew up|confiscat|wreck|"
    r"took away|taking away|carried off|carrying off|made off|making off",
    re.IGNORECASE,
)

_CUE_LOW = re.compile(_CUE.pattern)


def _has_cue(text: str) -> bool:
    return _CUE_LOW.search(text.lower()) is not None


# Sentence ends: terminal punctuation (and closing quotes/brackets) before a
# capital, a digit or an opening quote; line breaks always end a sentence.
_SENT_END = re.compile(r"([.!?]+[\"')\]]*)(\s+)(?=[\"'(\[]?[A-Z0-9])|\n+")
_ABBREV = frozenset(_words(
    "mr mrs ms dr gen col lt capt maj sgt cpl brig adm gov sen rep prof st no jan feb mar apr "
    "jun jul aug sep sept oct nov dec u.s u.n e.g i.e etc vs approx cf fig lt.-col"
))
_BULLET = re.compile(r"[-*\u2022>#\s]+")


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, trimmed of spaces and bullets."""
    return [(s.start, s.end) for s in _sentences(text.translate(_ONE_TO_ONE))]


_ASCII_LOWER = str.maketrans({chr(c): chr(c + 32) for c in range(65, 91)})


_TYPOGRAPHY_CHARS = tuple(chr(c) for c in _ONE_TO_ONE)


def _fold_typography(text: str) -> str:
    """Straight quotes, plain dashes and spaces, one character for one (offsets kept)."""
    for ch in _TYPOGRAPHY_CHARS:
        if ch in text:
            text = text.replace(ch, _ONE_TO_ONE[ord(ch)])
    return text


def _lower(text: str) -> str:
    """Lower case with the same length (so offsets carry over)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


# The prefilter on lower-cased text: literal stems only, so the regex engine can
# skip ahead on their first letters (false hits only cost a closer look).
_CUE_STEMS = _words(
    "kill dead death die wound injur hurt captur prisoner captive hostage surrend casualt lost "
    "losing lose loss fatalit bodies body corpse slain execut abduct kidnap missing massacr "
    "slaughter murder perish lives eliminat neutrali toll detain arrest seiz damag destr crash "
    "shot_down downed burn torch loot blown_up blew_up confiscat wreck took_away taking_away "
    "carried_off carrying_off made_off making_off"
)
_CUE_STEMS = tuple(w.replace("_", " ") for w in _CUE_STEMS)


def _sentences(work: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    pos = 0
    paragraph = 0
    cut_points: list[tuple[int, int, bool]] = []
    for m in _SENT_END.finditer(work):
        if m.group(1) is None:  # line break
            cut_points.append((m.start(), m.end(), m.group(0).count("\n") > 1))
            continue
        punct = m.group(1)
        if punct.startswith(".."):
            continue  # an ellipsis inside a quotation does not end the sentence
        if punct[0] == ".":
            word = work[max(0, m.start() - 12) : m.start()].rsplit(None, 1)
            last = word[-1].lower().lstrip("(\"'") if word else ""
            if last in _ABBREV or (len(last) == 1 and last.isalpha()):
                continue
        cut_points.append((m.start() + len(punct), m.end(), False))
    for a, b, new_paragraph in [*cut_points, (len(work), len(work), False)]:
        s, e = pos, a
        lead = _BULLET.match(work, s, e)
        if lead:
            s = lead.end()
        while e > s and work[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(_Sentence(s, e, paragraph))
        if new_paragraph:
            paragraph += 1
        pos = b
    return out


# ---------------------------------------------------------------------- vocabulary

def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted({w for w in words if w}, key=lambda w: (-len(w), w)))


def _phrase_re(phrase: str) -> str:
    """A folded phrase as a regex tolerant of spacing and apostrophes."""
    out = []
    for ch in phrase:
        if ch == " ":
            out.append(r"\s+")
        elif ch == "'":
            out.append("['\u2019]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _trie_re(phrases: Iterable[str]) -> str:
    """One regex alternation for many phrases, factored as a trie (fast to scan)."""
    trie: dict = {}
    for p in phrases:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [(_phrase_re(ch) + build(child)) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return build(trie)


_CUE_SCAN = re.compile(_trie_re(_CUE_STEMS).replace("\\s+", " "))

# General English nouns for people; heads of a noun phrase whose losses are counted.
_PERSON_NOUNS = _words(
    "soldiers? troops? forces fighters? men man women woman children child people persons? "
    "civilians? militants? rebels? jihadists? insurgents? terrorists? separatists? "
    "mercenar(?:y|ies) "
    "members? personnel servicem[ae]n officers? police(?:m[ae]n)? gendarmes? combatants? "
    "assailants? attackers? gunm[ae]n villagers? residents? others survivors? individuals? "
    "victims? comrades? elements? recruits? guards? volunteers? hostages? captives? prisoners? "
    "crew(?:\\s+members?)? pilots? commanders? leaders? staff employees? workers? herders? "
    "miners? worshippers? passengers? students? enemy enemies adversar(?:y|ies) opponents? "
    "militiam[ae]n militias? paratroopers? commandos? peacekeepers? operatives? cadres? "
    "defenders? instructors? contractors? allies fellows? sympathi[sz]ers? partisans? "
    "infantrym[ae]n marines? sentries soldiery"
)
_PNOUN = "(?:" + "|".join(_PERSON_NOUNS) + r")(?![\w-])"
_PNOUN_WORD = re.compile(r"(?<![\w-])" + _PNOUN, re.IGNORECASE)

# Nouns that stand for people already mentioned: the subject is carried over.
_CARRY = re.compile(r"^(?:the\s+|its\s+|their\s+)?(?:others?|more|rest|remainder|remaining)\b",
                    re.IGNORECASE)
_SURVIVORS = re.compile(r"\bsurvivors?\b", re.IGNORECASE)
# Generic nouns whose owner is the party that lost them ("losing seven fighters").
_GENERIC = re.compile(
    r"\b(?:fighters?|men|members?|troops?|soldiers?|people|personnel|elements?|combatants?|"
    r"comrades?|servicem[ae]n|recruits?|officers?|cadres?|militants?|forces|others|ranks)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"^(?:(?:the|some|all|both)\s+)?(?:of\s+)?(?:its|their|our|his|her)\s",
                         re.IGNORECASE)

_DET = r"(?:the|its|their|our|his|her|both|all|these|those|other|some\s+of\s+the|many\s+of\s+the)"
_NUMBER_STOP = _alt(qty.NUMBER_WORDS)
_OUTCOME_WORDS = (
    r"kill\w*|dead|deaths?|died|dies?|dying|wound\w*|injur\w*|hurt|captur\w*|surrender\w*|"
    r"los(?:t|ing|es?|s|ses)|executed|slain|massacred|murdered|abducted|kidnapp?ed|missing|"
    r"detained|arrested|perished|taken|seiz\w*|destroy\w*|damag\w*|crash\w*|fatalit\w*|"
    r"casualt\w*"
)
_SPEECH_WORDS = (
    r"said|says|say|saying|stated|states|stating|claimed|claims|claim|claiming|reported|"
    r"reports|report|reporting|announced|announces|announce|announcing|confirmed|confirms|"
    r"confirm|confirming|acknowledged|acknowledges|acknowledge|acknowledging|admitted|admits|"
    r"admit|admitting|asserted|asserts|assert|asserting|added|adds|adding|noted|notes|noting|"
    r"told|tells|mentioned|mentions|mentioning|indicated|indicates|indicating|declared|declares|"
    r"declaring|insisted|insists|insisting|alleged|alleges|alleging|showed|shows|show|showing|"
    r"revealed|reveals|revealing|estimated|estimates|wrote|writes|posted|published|publishes|"
    r"tweeted|detailed|"
    r"details|detailing|affirmed|affirms|explained|explains|specified|conceded|concedes|"
    r"cited|citing|quoted|quoting|put\s+(?:the\s+|its\s+|their\s+|our\s+|[\w-]+'s?\s+)?(?:death\s+)?(?:toll|losses)|according|denied|denies|deny|"
    r"denying"
)
_STOP = (
    r"(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|of|in|on|at|by|for|with|"
    r"from|to|into|during|near|after|before|since|over|under|between|among|amid|against|"
    r"across|around|about|through|towards?|while|when|where|as|than|per|including|alongside|"
    r"along|behind|beyond|within|without|despite|following|outside|inside|via|upon|and|or|"
    r"but|nor|so|yet|either|neither|both|which|who|whom|whose|whether|if|because|though|"
    r"although|is|are|was|were|be|been|being|am|had|has|have|having|did|do|does|will|would|"
    r"could|should|may|might|must|can|shall|got|get|also|not|no|later|reportedly|allegedly|"
    r"then|still|all|some|several|many|dozens|scores|hundreds|numerous|few|it|they|he|she|we|"
    r"there|here|away|off|took|made|carried|"
    + _NUMBER_STOP + "|" + _OUTCOME_WORDS + "|" + _SPEECH_WORDS + r")(?![\w-])"
)
_WORD = r"(?!" + _STOP + r")[A-Za-z][\w'\-]*"

_AUX = (r"(?:were|was|are|is|had\s+been|have\s+been|has\s+been|would\s+have\s+been|"
        r"may\s+have\s+been|had|have|has|been|being|got)")
_ADV = (r"(?:reportedly|reported|also|all|either|allegedly|later|subsequently|apparently|then|"
        r"still|now|listed\s+as|declared|presumed|"
        r"both|initially|eventually|mostly|confirmed|feared|believed\s+to\s+have\s+been|"
        r"said\s+to\s+have\s+been|thought\s+to\s+have\s+been|seen|found|left|among\s+them|"
        r"in\s+total|in\s+all|allegedly|ultimately|immediately)")
_PART = (
    r"(?:killed|dead|died|die|wounded|injured|hurt|captured|"
    r"taken\s+(?:as\s+)?(?:prisoners?|captives?|hostages?)|kidnapped|abducted|missing|executed|"
    r"slain|massacred|murdered|detained|arrested|surrendered|perished|lost\s+their\s+lives|"
    r"among\s+the\s+(?:dead|prisoners|captives|casualties|killed|wounded|injured|victims|missing)|"
    r"unaccounted\s+for|went\s+missing|shot\s+dead|gunned\s+down|[\"']?neutrali[sz]ed[\"']?|"
    r"[\"']?eliminated[\"']?)"
)
_PARTS = (_PART + r"(?:\s*,?\s+(?:and|or|and/or|or\s+even)\s+(?:(?:either|were|was|had\s+been|"
          r"have\s+been|even)\s+)?" + _PART + r")*")
_ACT = (
    r"[\"']?(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)?|captur(?:ed|ing|es?)|"
    r"los(?:t|ing|es?)|execut(?:ed|ing|es?)|abduct(?:ed|ing|s)?|kidnapp?(?:ed|ing|s)?|"
    r"massacr(?:ed|ing|es?)|slaughter(?:ed|ing|s)?|eliminat(?:ed|ing|es?)|"
    r"neutrali[sz](?:ed|ing|es?)|detain(?:ed|ing|s)?|arrest(?:ed|ing|s)?|murder(?:ed|ing|s)?|"
    r"shot\s+dead|shooting\s+dead|gunned\s+down|took|taking|take|takes|taken|"
    r"(?:claimed|claiming|claims|cost|costing|costs)\s+the\s+lives\s+of)"
)
_NOUN_OF = (
    r"(?:deaths?|killings?|loss|losses|bodies|body|corpses|remains|capture|surrender|"
    r"executions?|abductions?|kidnappings?|injur(?:y|ies)|wounding|massacre|murders?|"
    r"disappearance|detention|arrests?)(?:\s+(?:and|or)\s+(?:deaths?|injur(?:y|ies)|"
    r"capture|wounding|surrender))?\s+(?:of|to|among|suffered\s+by)|among\s+the\s+(?:dead|"
    r"killed|wounded|injured|victims|casualties|prisoners|captives|missing)\s+(?:were|was|are|is)"
    r"(?:\s+(?:both|some|all))?"
)
# Last word before a mention that can end outcome words bound to it ("killed",
# "the deaths of", "injuries to"): a cheap test before the full pattern.
_BEFORE_LAST = re.compile(
    r"of|to|among|by|both|some|all|up|off|dead|down|were|was|are|is|only|just|merely|kill\w*|wound\w*|injur\w*|captur\w*|los\w*|"
    r"execut\w*|abduct\w*|kidnap\w*|massacr\w*|slaughter\w*|eliminat\w*|neutrali\w*|"
    r"detain\w*|arrest\w*|murder\w*|took|tak\w+|take"
)
_SUFFERED_LAST = re.compile(
    r"(?:suffered|sustained|incurred|took|recorded|endured|registered)\s+[\"']?$", re.IGNORECASE)
_TAKE = re.compile(r"^(?:took|taking|take|takes|taken)$", re.IGNORECASE)
_HELD_NOUN = re.compile(r"(?:^|\s)(?:as\s+)?(?:prisoners?|captives?|hostages?)$", re.IGNORECASE)
_HELD_ONLY = re.compile(r"(?:the\s+)?(?:prisoners|captives|hostages)$", re.IGNORECASE)
_WERE_TAKEN = re.compile(r"\s+(?:were|was|had\s+been|have\s+been|being)\s+taken(?![\w-])",
                         re.IGNORECASE)
_TAKE_OBJECT = re.compile(r"\s+(?:as\s+)?(?:prisoners?|captives?|hostages?)\b", re.IGNORECASE)
_OUTCOME_NOUNS = (r"(?:deaths?|dead|fatalit(?:y|ies)|casualt(?:y|ies)|losses|killed|wounded|"
                  r"injured|injur(?:y|ies)|prisoners?|captives?|hostages?|bodies|missing)")
_NEGATION = re.compile(r"\b(?:not|never|n't|denied|denies|deny)\b", re.IGNORECASE)

_SPEECH = re.compile(r"(?<![\w-])(?:according\s+to|" + _SPEECH_WORDS + r")(?![\w-])",
                     re.IGNORECASE)
_SPEECH_LOW = re.compile(
    r"(?<![\w-])(?:according\s+to|put\s+(?:the\s+|its\s+|their\s+|our\s+|[\w-]+'s?\s+)?(?:death\s+)?(?:toll|losses)|"
    + _trie_re(w for w in _SPEECH_WORDS.split("|") if w.isalpha()) + r")(?![\w-])"
)
_SPEECH_SKIP_BEFORE = re.compile(
    r"(?:\b(?:were|was|is|are|been|being|be|the|a|an|its|their|his|her|widely|officially|"
    r"first|had\s+been|have\s+been|has\s+been)|\bnot)\s+$",
    re.IGNORECASE,
)
_SPEECH_SKIP_AFTER = re.compile(r"\s+(?:the\s+lives|responsibility\s+for\s+(?:the\s+)?attack"
                                r"(?![^.]*\b(?:deaths?|killing)))", re.IGNORECASE)
_THAT_WORD = re.compile(r"\bthat\b", re.IGNORECASE)
_NOUN_LIKE = frozenset(_words(
    "report reports claim claims state states show shows details notes estimates posts "
    "statement statements"
))
_DETERMINED = re.compile(
    r"\b(?:a|an|the|its|their|this|that|these|those|his|her|our|new|latest|such)\s+"
    r"(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ING = re.compile(r"ing$", re.IGNORECASE)
_COORD_BEFORE = re.compile(r"(?:,|\band|\bbut|\bwhile|\bthen)\s*(?:(?:also|later|further|"
                           r"had|has|have|then)\s+)*$", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s*(?:(?:also|later|further|then)\s+)*$", re.IGNORECASE)
_QUOTE_BEFORE = re.compile(r"[\"']\s*,?\s*$|,\s*[\"']\s*$")
_POST_AFTER = re.compile(
    r"(?!\s*[,:]\s*\")\s*(?:(?:on|in|late|earlier|later|last|this|yesterday|today|"
    r"through|via|after|before|during)\b[^,.;\"]{0,80}?|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})?\s*(?:[,.;!?]|$)"
)
_STRONG_BOUNDARY = re.compile(r"[;:\"]|\s-\s|\bwith\b", re.IGNORECASE)
_LEAD_JUNK = re.compile(
    r"^(?:[\s\"'(,-]+|(?:and|but|while|whereas|with|however|meanwhile|in\s+contrast|"
    r"additionally|also|separately|earlier|later|in\s+addition|moreover|furthermore)\b,?)+",
    re.IGNORECASE,
)
_PRONOUN_REGION = re.compile(
    r"^(?:it|they|he|she|we|this|these|him|her|them|us)(?:\s+(?:also|later|further|had|has|"
    r"have|then|previously|again|earlier|too|subsequently|had\s+previously))*$",
    re.IGNORECASE,
)
_ANAPHOR_REGION = re.compile(
    r"^(?:the|this|that|a|an|its|their|his|her)\s+(?:\w+\s+){0,2}?(?:statement|communiqu[eé]|"
    r"spokes(?:man|person|woman)|group|movement|coalition|alliance|organi[sz]ation|channel|"
    r"source|sources|official|officials|ministry|report|reports|blogger|video|videos|footage|"
    r"post|message|account|release|press\s+release|leader|commander)s?"
    r"(?:\s+(?:also|later|further|had|has|have|then|previously|again|earlier|too))*$",
    re.IGNORECASE,
)
_CONTINUATION = re.compile(
    r"[\"']?(?:additionally|in\s+addition|also|moreover|furthermore|besides|it\s+also|"
    r"they\s+also|he\s+also|she\s+also)\b",
    re.IGNORECASE,
)
_ORG_TAIL = re.compile(
    r"(?:\s*\))?(?:\s+(?:alliance|coalition|group|movement|channel|front|forces|army|"
    r"spokesman|spokesperson|news\s+channel|telegram\s+channel|news\s+agency|agency))*",
    re.IGNORECASE,
)
_PNOUN_TAIL = re.compile(r"(?:\s+" + _PNOUN + r")+", re.IGNORECASE)
_TRAIL_JUNK = re.compile(r"[\s,;:\"'(-]+$")
_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$",
    re.IGNORECASE,
)

# Equipment
_EQN = (
    r"(?:armou?red\s+personnel\s+carriers?|armou?red\s+vehicles?|military\s+vehicles?|"
    r"vehicles?|trucks?|tankers?|tanks?|pick-?ups?|helicopters?|choppers?|aircraft|"
    r"(?:air)?planes?|drones?|jets?|weapons?|arms|ammunition|equipment|materiel|artillery|"
    r"guns?|rifles?|motorcycles?|motorbikes?|cars?|boats?|apcs?|munitions?|"
    r"(?:military\s+)?supplies|depots?)(?![\w-])"
)
_EQ_ACT = (r"(?:seiz(?:ed|ing|es?)|captur(?:ed|ing|es?)|destroy(?:ed|ing|s)?|damag(?:ed|ing|es?)|"
           r"shot\s+down|shooting\s+down|shoot\s+down|down(?:ed|ing)|burn(?:ed|t|ing)|"
           r"torch(?:ed|ing)|recover(?:ed|ing)|loot(?:ed|ing)|blew\s+up|blowing\s+up|"
           r"los(?:t|ing|e)|confiscat(?:ed|ing)|wreck(?:ed|ing)|(?:took|taking|carried|carrying)\s+"
           r"(?:away|off)|ma(?:de|king)\s+off\s+with)")
_EQ_PASS = (r"(?:seized|captured|destroyed|damaged|shot\s+down|downed|burned|burnt|torched|"
            r"recovered|looted|lost|crashed|blown\s+up|confiscated|wrecked|went\s+down|"
            r"came\s+down|exploded|caught\s+fire)")
_EQ_WORD = r"(?!" + _STOP + r"|" + _EQN + r"|" + _EQ_PASS + r"(?![\w-]))[A-Za-z][\w'\-]*"
_EQ_PASS_LEAD = re.compile(_EQ_PASS + r"\s+", re.IGNORECASE)
_EQ_NOUN_OF = (r"(?:seizure|destruction|capture|loss|downing|damaging|crash)(?:\s+and\s+"
               r"(?:seizure|destruction|capture|loss|downing|damaging))?\s+of")
_EQ_INTRANSITIVE = re.compile(r"crash|went\s+down|came\s+down|exploded|caught\s+fire|\blost\b",
                              re.IGNORECASE)


@dataclass(frozen=True)
class _Vocab:
    table: Actors
    alias: re.Pattern[str]          # actor aliases, anywhere
    alias_low: re.Pattern[str]      # the same, case-sensitive, for scanning ``_Context.low``
    heads: re.Pattern[str]          # runs of actor aliases and person nouns
    quantities: re.Pattern[str]     # quantities and magnitude words
    np_link: re.Pattern[str]        # "and" between two heads of one noun phrase
    of_link: re.Pattern[str]        # "Employees of the Wagner PMC"
    qo_tail: re.Pattern[str]        # quantity + outcome noun ("dozens of dead and wounded")
    toll: re.Pattern[str]
    after: re.Pattern[str]
    after_appos: re.Pattern[str]
    before: re.Pattern[str]
    on_np: re.Pattern[str]
    object_follows: re.Pattern[str]
    eq_scan: re.Pattern[str]
    eq_q_before: re.Pattern[str]
    eq_before: re.Pattern[str]
    eq_after: re.Pattern[str]
    eq_compound: re.Pattern[str]
    eq_relative: re.Pattern[str]
    eq_owner_after: re.Pattern[str]
    resolved: dict = field(default_factory=dict, compare=False, hash=False)


def _quantity_patterns() -> tuple[str, str, str, str]:
    """(people quantity, zero phrase, magnitude word, equipment quantity) regexes."""
    rules = quantifiers()
    units = [w for w in qty.UNITS if w != "zero"]
    ones = [w for w, v in qty.UNITS.items() if 1 <= v <= 9]
    numw = f"(?:(?:{_trie_re(qty.TENS)})(?:[-\\s](?:{_trie_re(ones)}))?|{_trie_re(units)})"
    scales = _alt(s for s in qty.SCALES if s != "million")
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d.,:/]\d|[\w-])"
    nump = (f"(?:(?:(?:{numw}|a|an|one|half\\s+a|\\d+)\\s+)?(?:{scales})(?![\\w-])"
            f"(?:\\s+(?:and\\s+)?{numw}(?![\\w-]))?|{digits}|{numw}(?![\\w-]))")
    mods = [m for m in (*qty._AT_LEAST, *qty._AT_MOST, *qty._APPROX) if re.match(r"^[a-z ]+$", m)]
    mod = f"(?:{_trie_re(mods)})"
    q_num = (f"(?:{mod}\\s+)?(?:between\\s+{nump}\\s+and\\s+{nump}|{nump}"
             f"(?:\\s*(?:-|to|or)\\s*{nump})?)(?:\\s+or\\s+(?:more|so)|\\s*\\+)?")
    vague = [p for p, r in rules.items() if r.precision in ("vague", "approx")]
    zero = [p for p, r in rules.items() if r.precision == "exact" and r.low == 0]
    magnitude = [p for p, r in rules.items() if r.precision == "none"]
    mult = f"(?:{_trie_re(vague)})\\s+(?:{scales})(?![\\w-])"
    q_vague = f"(?:the\\s+)?(?:{mult}|(?:{_trie_re(vague)})(?![\\w-]))"
    q_zero = (r"(?:no\s+one|not\s+a\s+single|not\s+one|"
              + _trie_re(zero) + r")(?![\w-])")
    q_people = f"(?:{q_num}|{q_vague})"
    q_mag = f"(?:{_trie_re(magnitude)})(?![\\w-])"
    q_eq = (f"(?:(?:an?\\s+)?(?:{q_mag})\\s+(?:amounts?|numbers?|quantity|quantities|cache|"
            f"caches|stocks?|stockpiles?|haul|array)"
            f"|(?:an?|one|{digits}|{numw}|{_trie_re(vague)})(?![\\w-]))")
    return q_people, q_zero, q_mag, q_eq


@lru_cache(maxsize=8)
def _vocab(reference_dir: Path | None = None) -> _Vocab:
    table = actors(reference_dir)
    alias_body = _trie_re(table.aliases.alias_to_id)
    alias = f"(?:{alias_body})(?![\\w-])"
    head = f"(?:{alias}|{_PNOUN})"
    core = (f"(?:{_DET}\\s+){{0,2}}(?:{_WORD}\\s+){{0,3}}?{head}(?:\\s+{head})*"
            f"(?:\\s*\\[[^\\]\\n]{{1,40}}\\])?"
            f"(?:\\s+(?:of|from)\\s+(?:the\\s+)?(?:{_WORD}\\s+){{0,2}}?{alias})?")
    np = (f"{core}(?:(?:\\s*,\\s*{core})*\\s*,?\\s+(?:and|as\\s+well\\s+as|&)\\s+(?:both\\s+)?"
          f"{core})?")
    q_people, q_zero, q_mag, q_eq = _quantity_patterns()
    # Numbers first: "no fewer than 200" is a count, not the zero word "no".
    q_any = f"(?:{q_people}|{q_zero})"
    flags = re.IGNORECASE
    heads = re.compile(f"(?<![\\w-]){head}(?:\\s+{head})*")
    quantities = re.compile(
        f"(?<![\\w\\-$\u20ac\u00a3])(?:(?P<q>[\"']?(?:an?\\s+)?[\"']?(?:{q_mag})\\s+(?:numbers?|amount)"
        f"(?![\\w-])[\"']?|[\"']?(?:{q_any})[\"']?|an?(?![\\w-]))"
        f"|(?P<mag>{q_mag}))")
    np_link = re.compile(
        f"(?:\\s*\\[[^\\]\\n]{{1,40}}\\])?(?P<sep>\\s*,\\s*(?:and\\s+)?|\\s*,?\\s+(?:and|as\\s+well"
        f"\\s+as|&)\\s+)(?:both\\s+)?(?:{_DET}\\s+)?(?:{_WORD}\\s+){{0,2}}", flags)
    of_link = re.compile(f"\\s+(?:of|from)\\s+(?:the\\s+)?(?:{_WORD}\\s+){{0,2}}", flags)
    qo_tail = re.compile(
        f"\\s+(?:of\\s+(?:the\\s+)?)?(?:(?:their|its|our)\\s+)?(?:(?P<mod>{alias})\\s+)?"
        f"(?P<o>{_OUTCOME_NOUNS}(?:\\s+(?:and|or|and/or)\\s+{_OUTCOME_NOUNS})*)(?![\\w-])", flags)
    toll = re.compile(
        f"(?P<o>(?:(?:death|casualty)\\s+)?toll|losses(?=\\s+at\\s))\\s+(?:[\\w'-]+\\s+){{0,4}}?"
        f"(?:to|at|of|was|is|stood\\s+at|reached)\\s+(?P<q>{q_people})(?![\\w-])"
        f"(?:\\s+(?P<o2>killed|dead|wounded|injured)(?![\\w-]))?", flags)
    after = re.compile(
        f"(?:\\s*\\[[^\\]\\n]{{0,40}}\\])?(?:\\s*,\\s*(?:who|which|that|including|among\\s+them|"
        f"mostly|many\\s+of\\s+them|most\\s+of\\s+them)\\b[^,;.]{{0,150}},)?[\"']?"
        f"\\s+(?:(?P<aux>{_AUX})\\s+)?(?:{_ADV}\\s+){{0,3}}(?P<o>{_PARTS})(?![\\w-])", flags)
    after_appos = re.compile(
        f"\\s*,\\s*(?:(?:either|all|both|most|many|some)\\s+(?:of\\s+them\\s+)?)?(?P<o>{_PARTS})"
        f"(?![\\w-])(?=\\s*(?:[,.;:)\"]|$|(?:in|on|at|during|by|near|after|when|while|"
        f"according|following|and)\\b))", flags)
    before = re.compile(
        f"(?P<o>{_ACT}(?:\\s*,?\\s+(?:and|or|and/or)\\s+{_ACT})*|{_NOUN_OF})[\"']?\\s+"
        f"(?:(?:up|off|only|just|merely)\\s+)?[\"']?$", flags)
    on_np = re.compile(f"\\s+(?:on|among|to|within|for|in\\s+the\\s+ranks\\s+of)\\s+(?P<np>{np})",
                       flags)
    object_follows = re.compile(
        f"\\s+(?:(?:the|a|an|its|their|his|her|some|several|dozens|scores|many|at\\s+least|"
        f"around|about|more\\s+than)(?![\\w-])|\\d|{head}|{q_people})", flags)
    eq_scan = re.compile(
        f"(?<![\\w-]){_EQN}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|or)\\s+)"
        f"(?:(?:an?|\\d+|{_NUMBER_STOP})\\s+)?(?:{_EQ_WORD}\\s+){{0,2}}?{_EQN})*")
    eq_q_before = re.compile(
        f"(?<![\\w-])(?P<q>{q_eq})\\s+(?:of\\s+)?(?:(?:its|their|our|the)\\s+)?$", flags)
    eq_before = re.compile(f"(?<![\\w-])(?P<o>{_EQ_ACT}|{_EQ_NOUN_OF})\\s+$", flags)
    eq_after = re.compile(
        f"\\s*(?:\\s(?P<aux>{_AUX})\\s+)?(?:(?:{_ADV})\\s+)?"
        f"(?P<o>{_EQ_PASS}(?:\\s+(?:or|and)\\s+{_EQ_PASS})*)(?![\\w-])", flags)
    eq_compound = re.compile(r"\s+(?P<o>crash(?:es)?)(?![\w-])", flags)
    eq_relative = re.compile(
        r"\s*,?\s+(?:which|that)\s+(?:(?:later|subsequently|then|eventually|also)\s+)?"
        r"(?P<o>crashed|exploded|went\s+down|came\s+down|was\s+destroyed|caught\s+fire)"
        r"(?![\w-])", flags)
    eq_owner_after = re.compile(
        f"\\s+(?:of|belonging\\s+to|from|owned\\s+by)\\s+(?:the\\s+)?(?P<np>(?:{_WORD}\\s+){{0,2}}?"
        f"{alias})", flags)
    return _Vocab(
        table, re.compile(f"(?<![\\w-]){alias}", flags), re.compile(f"(?<![\\w-]){alias}"),
        heads, quantities, np_link, of_link,
        qo_tail, toll, after, after_appos, before, on_np, object_follows, eq_scan,
        eq_q_before, eq_before, eq_after, eq_compound, eq_relative, eq_owner_after,
    )


# -------------------------------------------------------------------- attribution

@dataclass
class _Attribution:
    pos: int            # start of the verb
    end: int            # end of the verb
    kind: str           # "pre" (X said CLAIM), "post" (CLAIM, X said) or "both"
    claimant: str       # claimant words as written (pronouns resolved)
    actor: str | None   # resolved actor id, None if unknown
    note: str = ""


@dataclass
class _Mention:
    start: int
    end: int
    q: str
    np: str
    np_start: int
    outcome: str = ""
    o_start: int = 0
    o_end: int = 0
    subject: str = ""
    subject_note: str = ""
    kind: str = "people"


@dataclass
class _Context:
    text: str
    work: str
    low: str
    vocab: _Vocab
    sentences: list[_Sentence]
    attributions: dict[int, list[_Attribution]] = field(default_factory=dict)
    mentions: dict[int, list[_Mention]] = field(default_factory=dict)
    quantities: dict[int, list] = field(default_factory=dict)
    inside_quote: list[bool] = field(default_factory=list)
    dependent: bool = False
    equipment: dict[int, list] = field(default_factory=dict)
    actor_hits: list[tuple[int, int, str]] | None = None


def _resolve(vocab: _Vocab, phrase: str) -> str | None:
    """The actor a phrase names (the first that is not the outlet), as the
    normaliser reads a claimant."""
    cache = vocab.resolved
    if phrase in cache:
        return cache[phrase]
    found = vocab.table.aliases.find(phrase)
    named = [i for i in found if i != "outlet"] or found
    cache[phrase] = named[0] if named else None
    if len(cache) > 50_000:
        cache.clear()
    return named[0] if named else None


def _trim_claimant(vocab: _Vocab, region: str) -> str:
    """The claimant words of a region: without leading connectives and comma
    segments that name nobody, and cut after the last actor named."""
    region = _LEAD_JUNK.sub("", region)
    dash = region.rfind(" - ")
    if dash >= 0 and vocab.alias.search(region, dash):
        region = region[dash + 3 :]
    while "," in region:
        head, rest = region.split(",", 1)
        if vocab.alias.search(head) or _PRONOUN_REGION.match(head.strip()):
            break
        region = _LEAD_JUNK.sub("", rest)
    hits = list(vocab.alias.finditer(region))
    if hits:
        end = hits[-1].end()
        if region.count("(", 0, end) > region.count(")", 0, end):
            close = region.find(")", end)
            end = close + 1 if close >= 0 else end
        tail = _ORG_TAIL.match(region, end)
        if tail:
            end = tail.end()
        person = _PNOUN_TAIL.match(region, end)
        if person:
            end = person.end()
        region = region[:end]
    return _TRAIL_JUNK.sub("", region).strip()


def _is_reference(region: str) -> bool:
    return bool(_PRONOUN_REGION.match(region) or _ANAPHOR_REGION.match(region))


def _sentence_attributions(ctx: _Context, si: int) -> list[_Attribution]:
    if si in ctx.attributions:
        return ctx.attributions[si]
    ctx.attributions[si] = []  # guards against cycles while resolving pronouns
    sent = ctx.sentences[si]
    work = ctx.work
    vocab = ctx.vocab
    found: list[_Attribution] = []
    for m in _SPEECH_LOW.finditer(ctx.low, sent.start, sent.end):
        v, ve = m.start(), m.end()
        verb = m.group(0).lower()
        before = work[sent.start : v]
        if _SPEECH_SKIP_BEFORE.search(before[-20:]) or _SPEECH_SKIP_AFTER.match(work, ve):
            continue
        if v > sent.start and work[v].isupper() and not verb.startswith("according"):
            continue  # a name ("Islamic State", "Reports from ...") mid-sentence, not a verb
        if verb in _NOUN_LIKE and (_DETERMINED.search(before[-30:])
                                   or _SPEECH.match(work, ve + 1, min(sent.end, ve + 12))):
            continue  # "a UN report said", "the claims", "these reports"
        if verb.startswith("according"):
            stop = _next_stop(work, ve, sent.end)
            claimant = _trim_claimant(vocab, work[ve:stop])
            attr = _make_attr(ctx, si, v, ve, "both", claimant, found) \
                or _from_region(ctx, si, (ve, stop), v, ve, "both", found, loose=True)
            if attr:
                found.append(attr)
            continue
        if verb in ("citing", "cited", "quoting", "quoted"):
            stop = _next_stop(work, ve, sent.end, cut_that=True)
            claimant = _trim_claimant(vocab, work[ve:stop])
            if vocab.alias.search(claimant):
                found.append(_Attribution(v, ve, "pre", claimant, _resolve(vocab, claimant)))
            continue
        post = _POST_AFTER.match(work, ve, sent.end)
        kind = "post" if post and not verb.startswith("show") and not _has_cue(post.group(0)) \
            and not _THAT_WORD.search(post.group(0)) else "pre"
        attr = None
        if _QUOTE_BEFORE.search(before[-6:]):
            attr = _inverted(ctx, si, v, ve, found)
        if attr is None and _ING.search(verb) and _COMMA_BEFORE.search(before):
            attr = _from_region(ctx, si, _strong_region(work, sent.start, v), v, ve, kind, found) \
                or _inherit(found, v, ve, kind) \
                or _from_region(ctx, si, (sent.start, v), v, ve, kind, found)
        elif attr is None and _COORD_BEFORE.search(before) and not _COMMA_BEFORE.search(before):
            attr = _inherit(found, v, ve, kind) \
                or _from_region(ctx, si, (sent.start, v), v, ve, kind, found)
        comma = _comma_region(work, sent.start, v)
        if attr is None and kind == "post" and comma[0] > sent.start \
                and _LEAD_JUNK.sub("", work[comma[0] : v]).strip():
            # "..., officials said.": the speaker is the words after the last comma
            attr = _from_region(ctx, si, comma, v, ve, kind, found) \
                or _from_region(ctx, si, comma, v, ve, kind, found, loose=True)
            if attr is None:
                continue
        pronoun = _PRONOUN_SPEAKER.search(before[-40:]) if attr is None else None
        if pronoun:  # "... of what it said were", "..., and they said": the pronoun speaks
            attr = _make_attr(ctx, si, v, ve, kind, pronoun.group(1), found)
        if attr is None:
            attr = _from_region(ctx, si, _comma_region(work, sent.start, v), v, ve, kind, found) \
                or _from_region(ctx, si, _strong_region(work, sent.start, v), v, ve, kind, found) \
                or _inherit(found, v, ve, kind) \
                or _from_region(ctx, si, (sent.start, v), v, ve, kind, found)
        if attr is None and _COMMA_BEFORE.search(before):
            attr = _inverted(ctx, si, v, ve, found)
        if attr is None and not _ING.search(verb):
            attr = _from_region(ctx, si, _comma_region(work, sent.start, v), v, ve, kind, found,
                                loose=True) \
                or _from_region(ctx, si, _strong_region(work, sent.start, v), v, ve, kind, found,
                                loose=True)
        if attr:
            found.append(attr)
    ctx.attributions[si] = found
    return found


_PRONOUN_SPEAKER = re.compile(
    r"(?i)(?:^|[\s,])(it|they|he|she|we)\s+(?:(?:also|later|further|had|has|have|then|"
    r"previously|earlier)\s+)*$")


def _next_stop(work: str, start: int, end: int, cut_that: bool = False) -> int:
    m = re.compile(r"[,;.]|\sthat\s" if cut_that else r"[,;]|\.(?=\s|$)").search(work, start, end)
    return m.start() if m else end


def _comma_region(work: str, start: int, v: int) -> tuple[int, int]:
    at = work.rfind(",", start, v)
    return (at + 1 if at >= 0 else start, v)


def _strong_region(work: str, start: int, v: int) -> tuple[int, int]:
    last = start
    for m in _STRONG_BOUNDARY.finditer(work, start, v):
        last = m.start() if m.group(0).lower() == "with" else m.end()
    return (last, v)


def _from_region(ctx: _Context, si: int, region: tuple[int, int], v: int, ve: int, kind: str,
                 found: list[_Attribution], loose: bool = False) -> _Attribution | None:
    text = ctx.work[region[0] : region[1]]
    if not text.strip() or _has_cue(text):
        return None  # nobody named, or the words before the verb hold a claim
    if loose:
        text = _RELATIVE.sub("", text)
        claimant = _TRAIL_JUNK.sub("", _LEAD_JUNK.sub("", text)).strip()
        return _make_attr(ctx, si, v, ve, kind, claimant, found, loose)
    claimant = _trim_claimant(ctx.vocab, text)
    return _make_attr(ctx, si, v, ve, kind, claimant, found, loose)


def _make_attr(ctx: _Context, si: int, v: int, ve: int, kind: str, claimant: str,
               found: list[_Attribution], loose: bool = False) -> _Attribution | None:
    if not claimant:
        return None
    if loose:
        # a speaker the reference table does not know: kept as written (the
        # normaliser flags it) rather than read as the outlet's own voice
        if _NP_LIKE.match(claimant) and not _has_cue(claimant) \
                and not _NOT_SPEAKER.search(claimant):
            return _Attribution(v, ve, kind, claimant, None, "speaker not in actors.csv")
        return None
    if _has_cue(claimant):
        return None  # the words before the verb hold a claim, not a speaker
    if _SPEECH_START.match(claimant):
        return None  # "..., claimed the attack through its outlet, saying": a predicate
    if ctx.vocab.alias.search(claimant) and not _PRONOUN_REGION.match(claimant):
        return _Attribution(v, ve, kind, claimant, _resolve(ctx.vocab, claimant))
    if _is_reference(claimant):
        earlier = [a for a in found if a.pos < v and a.actor]
        if earlier:
            a = earlier[-1]
            return _Attribution(v, ve, kind, a.claimant, a.actor, f"'{claimant}' = {a.claimant}")
        if _GROUP_ANAPHOR.match(claimant):
            # "JNIM fighters overran a post ..., the group said": the actor opening the sentence
            sent = ctx.sentences[si]
            first = ctx.vocab.alias_low.search(ctx.low, sent.start, v)
            if first and first.start() >= sent.start + 12:
                first = None
            actor = _resolve(ctx.vocab, first.group(0)) if first else None
            if first and actor not in (None, "outlet"):
                named = ctx.work[first.start() : first.end()]
                return _Attribution(v, ve, kind, named, actor, f"'{claimant}' = {named}")
        descriptive = _DESCRIPTIVE.match(claimant)
        ante = _antecedent(ctx, si, descriptive.group(1) if descriptive else None)
        if ante:
            return _Attribution(v, ve, kind, ante.claimant, ante.actor,
                                f"'{claimant}' = {ante.claimant} (earlier sentence)")
        if descriptive:
            return _Attribution(v, ve, kind, claimant, None, "speaker not in actors.csv")
        return _Attribution(v, ve, kind, claimant, None, f"'{claimant}' unresolved")
    return None


_SPEECH_START = re.compile(r"(?:" + _SPEECH_WORDS + r")(?![\w-])", re.IGNORECASE)
_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,]*(?:,|$)", re.IGNORECASE)
# "the rights group", "the defence ministry": a reference that describes its antecedent
_DESCRIPTIVE = re.compile(r"(?i)(?:the|this|that)\s+(?:[\w'-]+\s+){1,2}([\w'-]+)$")
_GROUP_ANAPHOR = re.compile(
    r"(?i)(?:the|this)\s+(?:group|movement|coalition|alliance|organi[sz]ation|militants|rebels|"
    r"jihadists)$")
_NP_LIKE = re.compile(r"[A-Za-z][\w'.&-]*,?(?:\s+[\w'.&()-]+,?){0,9}$")
_NOT_SPEAKER = re.compile(
    r"(?i)\b(?:was|were|is|are|had|has|have|been|be|which|who|that|there|it|they|this|these|"
    r"and|but|if|when|as|after|before|\d+)\b|[\";:]"
)


def _inherit(found: list[_Attribution], v: int, ve: int, kind: str) -> _Attribution | None:
    earlier = [a for a in found if a.pos < v]
    if not earlier:
        return None
    a = earlier[-1]
    return _Attribution(v, ve, kind, a.claimant, a.actor, a.note)


def _inverted(ctx: _Context, si: int, v: int, ve: int,
              found: list[_Attribution]) -> _Attribution | None:
    """'"...," said a statement by X' / '..., said the army.'"""
    sent = ctx.sentences[si]
    stop = _next_stop(ctx.work, ve, sent.end)
    tail = ctx.work[ve:stop]
    if _has_cue(tail) or len(tail.split()) > 25:
        return None  # "..., said the army had lost ...": a clause follows, not a speaker
    claimant = _trim_claimant(ctx.vocab, tail)
    if ctx.vocab.alias.search(claimant) or _is_reference(claimant):
        return _make_attr(ctx, si, v, ve, "post", claimant, found)
    return None


def _antecedent(ctx: _Context, si: int, head: str | None = None) -> _Attribution | None:
    """The claimant a pronoun in sentence ``si`` refers to: the last attribution
    of the nearest earlier sentence that has one (at most three back), else the
    actor that opens the previous sentence."""
    ctx.dependent = True
    for back in range(1, 4):
        j = si - back
        if j < 0:
            break
        attrs = _sentence_attributions(ctx, j)
        if head is not None:
            # a descriptive reference must name its antecedent's head noun
            attrs = [a for a in attrs if re.search(rf"(?i)\b{re.escape(head)}\b", a.claimant)]
            if attrs:
                return attrs[-1]
            continue
        if attrs:
            named = [a for a in attrs if a.actor]
            return named[-1] if named else attrs[-1]
        if back == 1:
            sent = ctx.sentences[j]
            m = ctx.vocab.alias_low.search(ctx.low, sent.start, min(sent.end, sent.start + 80))
            if m and _resolve(ctx.vocab, m.group(0)) not in (None, "outlet"):
                phrase = _trim_claimant(ctx.vocab, ctx.work[sent.start : m.end()])
                return _Attribution(sent.start, sent.start, "pre", phrase,
                                    _resolve(ctx.vocab, phrase))
    return None


def _carried_attribution(ctx: _Context, si: int) -> _Attribution | None:
    """A sentence without attribution that continues the previous one's claimant:
    opened by a connective, or inside a quotation opened earlier."""
    if si == 0:
        return None
    sent = ctx.sentences[si]
    inside_quote = ctx.inside_quote[si] if si < len(ctx.inside_quote) else False
    if not (inside_quote or _CONTINUATION.match(ctx.work, sent.start, sent.end)):
        return None
    ctx.dependent = True
    attrs = [a for a in _sentence_attributions(ctx, si - 1)]
    if not attrs:
        return None
    a = attrs[-1]
    why = "inside the quotation" if inside_quote else "connective"
    return _Attribution(sent.start, sent.start, "both", a.claimant, a.actor,
                        f"claimant carried from the previous sentence ({why})")


def _claimant_for(ctx: _Context, si: int, pos: int) -> _Attribution | None:
    attrs = _sentence_attributions(ctx, si)
    pre = [a for a in attrs if a.kind in ("pre", "both") and a.end <= pos]
    post = [a for a in attrs if a.kind in ("post", "both") and a.pos >= pos]
    if pre and post:
        return pre[-1] if pos - pre[-1].end <= post[0].pos - pos else post[0]
    if pre:
        return pre[-1]
    if post:
        return post[0]
    later = [a for a in attrs if a.pos >= pos]
    if later:
        return later[0]  # "X killed Y, the group said in a statement released through ..."
    if attrs:
        return attrs[-1]  # "..., it said, and 12 of them were captured"
    return _carried_attribution(ctx, si)


# ----------------------------------------------------------------------- mentions

def _year_like(work: str, q_start: int, q: str) -> bool:
    digits = q.strip("\"' ")
    if re.fullmatch(r"\d{4}", digits) and 1800 <= int(digits) <= 2100:
        return True
    return bool(_MONTH_BEFORE.search(work[max(0, q_start - 12) : q_start]))


_TOKEN = re.compile(r"\S+")
_MOD_TOKEN = re.compile(r"[A-Za-z][\w'\-]*")
_STOP_WORD = re.compile(_STOP, re.IGNORECASE)
_DET_WORDS = frozenset(_words("the its their our his her both all these those other"))
_QUANTITY_WORDS = frozenset(_words(
    "multiple tens handful couple number dozen dozens score scores hundred hundreds thousand "
    "thousands numerous various countless several many few some"
))
_NOUN_MODIFIER = re.compile(
    r"\s+(?:casualt(?:y|ies)|deaths?|fatalit(?:y|ies)|losses|injur(?:y|ies)|toll|dead)\b",
    re.IGNORECASE)
_COUNTED = re.compile(
    r"\d[\d,]*|the|" + _NUMBER_STOP + r"|several|dozens|some|many|few|numerous")
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom|these)\b", re.IGNORECASE)
_NUMBER_TOKEN = re.compile(
    "(?:" + "|".join(qty.TENS) + ")-(?:" + "|".join(w for w, v in qty.UNITS.items() if 0 < v < 10)
    + ")")
_ADJ_PARTICIPLES = frozenset(_words("captured wounded injured kidnapped abducted detained"))
_ACTIVE_PERFECT = re.compile(r"(?i)had|have|has")
_TRANSITIVE = re.compile(
    r"(?i)[\"']?(?:killed|wounded|injured|captured|kidnapped|abducted|executed|massacred|murdered|"
    r"detained|arrested|shot\s+dead|gunned\s+down|neutrali[sz]ed|eliminated|taken)(?![\w-])")
_Q_GAP = re.compile(r"[\"']?\s+(?:of\s+)?[\"']?")
_BRACKET = re.compile(r"\s*\[[^\]\n]{1,40}\]")


@dataclass
class _Quantity:
    start: int
    end: int
    text: str
    magnitude: bool
    used: bool = False


class _QO:
    """A quantity before an outcome noun, shaped like a match object."""

    def __init__(self, q: _Quantity, tail: re.Match[str]) -> None:
        self._spans = {"q": (q.start, q.end), "o": tail.span("o"), None: (q.start, tail.end()),
                       "mod": tail.span("mod")}
        self._text = {"q": q.text, "o": tail.group("o"), "mod": tail.group("mod") or ""}

    def span(self, name: str | None = None) -> tuple[int, int]:
        return self._spans[name]

    def start(self, name: str | None = None) -> int:
        return self._spans[name][0]

    def end(self, name: str | None = None) -> int:
        return self._spans[name][1]

    def group(self, name: str) -> str:
        return self._text[name]


def _np_start(work: str, lo: int, head_start: int) -> int:
    """Start of a noun phrase whose head starts at ``head_start``: back over up to
    three modifiers ("volunteer", "Malian") and two determiners ("both", "its")."""
    toks = list(_TOKEN.finditer(work, max(lo, head_start - 80), head_start))
    start = head_start
    mods = dets = 0
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        if work[tok.end() : start].strip():
            break
        low = tok.group(0).lower()
        if low in _DET_WORDS and dets < 2:
            dets += 1
            start = tok.start()
            continue
        if not dets and mods < 3 and low in _ADJ_PARTICIPLES and k and _COUNTED.fullmatch(
                toks[k - 1].group(0).lower()):
            mods += 1  # "six captured soldiers", "the wounded men"
            start = tok.start()
            continue
        if dets or mods >= 3 or low in _QUANTITY_WORDS or not _MOD_TOKEN.fullmatch(low) \
                or _STOP_WORD.fullmatch(low) or _NUMBER_TOKEN.fullmatch(low):
            break
        mods += 1
        start = tok.start()
    return start


def _quantities(ctx: _Context, si: int) -> list[_Quantity]:
    if si in ctx.quantities:
        return ctx.quantities[si]
    sent = ctx.sentences[si]
    found = []
    for m in ctx.vocab.quantities.finditer(ctx.low, sent.start, sent.end):
        text = ctx.work[m.start() : m.end()]
        if _year_like(ctx.work, m.start(), text):
            continue
        found.append(_Quantity(m.start(), m.end(), text, m.group("mag") is not None))
    ctx.quantities[si] = found
    return found


def _noun_groups(ctx: _Context, si: int) -> list[tuple[int, int]]:
    """(first head start, end) of each noun phrase built from runs of heads
    joined by "and" (a comma only inside an "and" list) or "of/from the"."""
    work = ctx.work
    vocab = ctx.vocab
    sent = ctx.sentences[si]
    # each group: list of heads (start, end) and the kinds of the links between them
    groups: list[tuple[list[tuple[int, int]], list[str]]] = []
    for h in vocab.heads.finditer(ctx.low, sent.start, sent.end):
        if groups:
            heads, links = groups[-1]
            last_end = heads[-1][1]
            link = vocab.np_link.fullmatch(work, last_end, h.start())
            if link and _not_people_head(vocab, ctx.low[h.start() : h.end()]):
                link = None  # "captured a soldier, and published photos"
            if link:
                sep = link.group("sep")
                links.append("comma" if "," in sep and not re.search(r"(?i)and|&", sep)
                             else "and")
                heads.append(h.span())
                continue
            if vocab.of_link.fullmatch(work, last_end, h.start()) and vocab.alias_low.match(
                    ctx.low, h.start()):
                links.append("of")
                heads.append(h.span())
                continue
        groups.append(([h.span()], []))
    out = []
    for heads, links in groups:
        # a comma joins only inside a list closed by "and": split elsewhere
        first = 0
        for i, kind in enumerate(links):
            if kind == "comma" and "and" not in links[i + 1 :]:
                out.append((heads[first][0], heads[i][1]))
                first = i + 1
        out.append((heads[first][0], heads[-1][1]))
    result = []
    for start, end in out:
        bracket = _BRACKET.match(work, end, sent.end)
        result.append((start, bracket.end() if bracket else end))
    return result


def _not_people_head(vocab: _Vocab, head: str) -> bool:
    """A head naming a source that is not people ("photos", "social media")."""
    if _PNOUN_WORD.search(head):
        return False
    actor = _resolve(vocab, head)
    return actor is not None and vocab.table.by_id[actor].kind == "source"


def _people_mentions(ctx: _Context, si: int) -> list[_Mention]:
    if si in ctx.mentions:
        return ctx.mentions[si]
    sent = ctx.sentences[si]
    work = ctx.work
    vocab = ctx.vocab
    quantities = _quantities(ctx, si)
    found: list[_Mention] = []
    for head_start, end in _noun_groups(ctx, si):
        start = _np_start(work, sent.start, head_start)
        np = work[start:end]
        if not _PNOUN_WORD.search(np):
            continue
        q = None
        for cand in reversed(quantities):
            if cand.end <= start:
                if not cand.magnitude and _Q_GAP.fullmatch(work, cand.end, start):
                    q = cand
                break
        if q is not None and q.text.lower() in ("a", "an") and \
                re.search(r"s$", np.split()[-1]) and not np.lower().endswith(("ss", "us")):
            q = None  # "a" before a plural is not a count
        if q is not None and _NOUN_MODIFIER.match(work, end, sent.end):
            continue  # "no civilian casualties": the people word modifies an outcome noun
        if q is not None:
            q.used = True
            found.append(_Mention(q.start, end, q.text, np, start))
        elif vocab.alias.search(np) or _HELD_ONLY.match(np):
            found.append(_Mention(start, end, "", np, start))
    for q in quantities:
        if not q.used and not q.magnitude and q.text.lower() not in ("a", "an"):
            them = _OF_THEM.match(work, q.end, sent.end)  # "12 of them were captured"
            end = them.end() if them else q.end
            found.append(_Mention(q.start, end, q.text, "", end, kind="alone"))
    found.sort(key=lambda x: x.start)
    ctx.mentions[si] = found
    return found


def _bind(ctx: _Context, si: int, m: _Mention) -> bool:
    """Attach outcome words touching the mention; False if none do."""
    work = ctx.work
    vocab = ctx.vocab
    sent = ctx.sentences[si]
    if m.kind == "alone":
        # a bare number must stand alone ("10 injured", "ten were hurt"), not count a noun
        nxt = _NEXT_WORD.match(work, m.end, sent.end)
        if not nxt or (nxt.group(1) and not _STOP_WORD.fullmatch(nxt.group(1).lower())):
            return False
    window = work[max(sent.start, m.start - 40) : m.start]
    owner = _POSSESSIVE_END.search(window)
    if owner:  # "killing its two pilots"
        window = window[: owner.start()] + " "
    last = window.rsplit(None, 1)[-1].strip("\"'").lower() if window.strip() else ""
    b = vocab.before.search(window) if last and _BEFORE_LAST.fullmatch(last) else None
    if b:
        words = b.group("o")
        first = words.split()[0]
        if _TAKE.match(first):
            t = _TAKE_OBJECT.match(work, m.end, sent.end)
            held = _HELD_NOUN.search(m.np)
            if held and not t and held.start() > 0:
                # "taken 14 soldiers prisoner": the noun phrase swallowed "prisoner"
                m.np = m.np[: held.start()].rstrip()
                m.outcome = f"{words} {held.group(0).strip()}"
                m.o_start = m.start - len(window) + b.start("o")
                m.o_end = m.np_start + held.end()
                return True
            if held and held.start() == 0:
                m.outcome = f"{words} {held.group(0).strip()}"
                m.o_start = m.start - len(window) + b.start("o")
                m.o_end = m.o_start + len(words)
                return True
            if not t:
                b = None
            else:
                m.outcome = f"{words} {t.group(0).strip()}"
                m.o_start = m.start - len(window) + b.start("o")
                m.o_end = t.end()
                return True
        if b is not None:
            m.outcome = words
            m.o_start = m.start - len(window) + b.start("o")
            m.o_end = m.o_start + len(words)
            return True
    if _HELD_ONLY.match(m.np):
        t = _WERE_TAKEN.match(work, m.end, sent.end)
        if t:  # "prisoners were taken"
            m.outcome = work[m.np_start : t.end()]
            m.o_start, m.o_end = m.np_start, t.end()
            return True
    a = vocab.after.match(work, m.end, sent.end)
    if a and _ACTIVE_PERFECT.fullmatch(a.group("aux") or "") and _TRANSITIVE.match(a.group("o")):
        a = None  # "its troops had killed ...": the mention is the agent, not the victim
    if a and (a.group("aux") or not vocab.object_follows.match(work, a.end(), sent.end)):
        if m.kind == "alone" and not a.group("aux") and _WORDS_BETWEEN.match(
                work[m.end : a.start("o")]):
            return False  # "10 km south of ... killed": too far for a bare number
        m.outcome = a.group("o")
        m.o_start, m.o_end = a.start("o"), a.end("o")
        return True
    a = vocab.after_appos.match(work, m.end, sent.end)
    if a and m.kind != "alone":
        m.outcome = a.group("o")
        m.o_start, m.o_end = a.start("o"), a.end("o")
        return True
    first = m.np.split(None, 1)[0].lower() if m.np else ""
    if m.q and first in _ADJ_PARTICIPLES:  # "showed at least five captured soldiers"
        m.outcome = m.np.split(None, 1)[0]
        m.o_start, m.o_end = m.np_start, m.np_start + len(m.outcome)
        return True
    return False


_WORDS_BETWEEN = re.compile(r"\s+(?:[a-z]+\s+){2,}")
_ALONE_BEFORE = re.compile(r"(?:^|[,;:(\"]|\.\.\.|\b(?:and|but|while|with|whereas|of|to|"
                           r"among|leaving|that))\s*$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"(?:\s+([A-Za-z][\w'-]*)|\s*[,.;:)\"']|\s*$)")
_POSSESSIVE_END = re.compile(r"\b(?:its|their|his|her|our)\s+$", re.IGNORECASE)


def _alone_ok(work: str, m: _Mention, sent: _Sentence) -> bool:
    """A bare quantity must continue a list ("and 10 injured") or open a clause."""
    before = work[max(sent.start, m.start - 14) : m.start]
    if m.start == sent.start or _ALONE_BEFORE.search(before):
        return True
    last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    return bool(_BEFORE_LAST.fullmatch(last))


# ------------------------------------------------------------------------ subject

def _owner_alias(vocab: _Vocab, phrase: str, actor: str | None) -> str | None:
    for hit in vocab.alias.finditer(phrase):
        if _resolve(vocab, hit.group(0)) == actor:
            return hit.group(0)
    return None


def _subject(ctx: _Context, si: int, m: _Mention, attr: _Attribution | None,
             previous: list[_Mention]) -> tuple[str, str]:
    """(subject_raw, note) of a people mention."""
    vocab = ctx.vocab
    work = ctx.work
    np = _strip_quantity_words(m.np)
    if m.kind == "alone" and _is_zero(m.q):
        zero = _zero_subject(ctx, si, m, attr)
        if zero:
            return zero, "zero claim"
    if m.kind == "alone" or _CARRY.match(np):
        them = _OF_THEM.search(work, m.start, m.end) if m.kind == "alone" else None
        if them and not previous:
            # "... the terrorists had been repelled and that several of them ...": the
            # nearest plural people noun earlier in the sentence
            heads = [h for h in vocab.heads.finditer(work, ctx.sentences[si].start, m.start)
                     if h.group(0).lower().endswith("s")]
            if heads:
                return heads[-1].group(0), "'of them' read as " + repr(heads[-1].group(0))
        if previous:
            p = previous[-1]
            return p.subject, "subject carried over from " + repr(p.np or p.subject)
        back = _previous_sentence_subject(ctx, si)
        if back:
            return back, "subject carried over from the previous sentence"
        return "", ""
    if _SURVIVORS.search(np):
        cluster = _actor_cluster(ctx, si, m.start, attr)
        if cluster:
            return cluster, "survivors of " + repr(cluster)
    if _HELD_ONLY.match(np):
        agent = _agent(ctx, si, m, attr)
        adversary = _adversary(ctx, si, m.start, agent[0]) if agent and agent[0] else ""
        if adversary:
            return adversary, f"prisoners read as the adversaries of {agent[1]} last named"
        return np, ""
    own = vocab.table.aliases.find(np)
    own = [i for i in own if vocab.table.by_id[i].kind in ("belligerent", "non-combatant")]
    possessive = bool(_POSSESSIVE.match(np)) or bool(
        re.search(r"\bof\s+(?:its|their|our)\s*$", work[max(0, m.np_start - 12) : m.np_start])) \
        or bool(_POSSESSIVE_END.search(work, max(0, m.start - 8), m.start))
    owner = None
    if possessive or (not own and _GENERIC.search(np) and _own_loss(ctx, m.outcome, attr)):
        owner = _agent(ctx, si, m, attr)
    if owner and owner[0]:
        actor, alias = owner
        base = re.sub(r"^(?:(?:the|some|all|both)\s+)?(?:of\s+)?(?:its|their|our|his|her)\s+",
                      "", np, flags=re.IGNORECASE)
        if own and actor not in own:
            return alias, f"'{np}' read as {alias}'s own"
        if not own:
            return f"{base} ({alias})", f"'{base}' read as {alias}'s own"
        return base, ""
    return np, ""


def _strip_quantity_words(np: str) -> str:
    return re.sub(r"^(?:of\s+)?(?:the\s+)?(?=\w)", "", np.strip(), flags=re.IGNORECASE) \
        if np.lower().startswith(("of ", "the ")) and not _POSSESSIVE.match(np) else np.strip()


def _own_loss(ctx: _Context, outcome: str, attr: _Attribution | None) -> bool:
    """Losing or admitting: "losing seven fighters", "admitted that five men died"."""
    if _LOSS_WORD.match(outcome):
        return True
    return attr is not None and bool(_ADMIT_VERB.match(ctx.work, attr.pos, attr.end))


_LOSS_WORD = re.compile(r"(?i)los[teis]|loss")
_ADMIT_VERB = re.compile(r"(?i)admit|acknowledg|conced")


def _belligerent(vocab: _Vocab, actor: str | None) -> bool:
    return actor is not None and actor in vocab.table.by_id and \
        vocab.table.by_id[actor].kind == "belligerent"


def _agent(ctx: _Context, si: int, m: _Mention, attr: _Attribution | None
           ) -> tuple[str, str] | None:
    """The party whose own people or equipment these are: an actor named just
    before the outcome words in the same clause, else the claimant."""
    vocab = ctx.vocab
    sent = ctx.sentences[si]
    cut = min(m.o_start or m.start, m.start)
    clause_start = max(ctx.work.rfind(",", sent.start, cut), sent.start)
    for t in _THAT.finditer(ctx.work, clause_start, cut):
        if _SPEECH.search(t.group(1)):
            clause_start = t.end()
    speaker_end = attr.end if attr and attr.end <= cut else -1
    relative = _RELATIVE_BEFORE.search(ctx.work, max(clause_start, cut - 40), cut)
    if relative:  # "a rebel assault that also damaged ...": the antecedent acts
        hits = [h for h in vocab.alias_low.finditer(ctx.low, max(clause_start, relative.start()
                                                                 - 60), relative.start())
                if _belligerent(vocab, _resolve(vocab, h.group(0)))]
        if hits:
            h = hits[-1]
            return _resolve(vocab, h.group(0)) or "", ctx.work[h.start() : h.end()]
    begin = max(clause_start, speaker_end)
    opening = _CLAUSE_OPENING.match(ctx.work, begin, cut)
    if opening:
        begin = opening.end()
    first = vocab.alias_low.search(ctx.low, begin, min(cut, begin + 30))
    if first and _belligerent(vocab, _resolve(vocab, first.group(0))) \
            and not _PRONOUN_START.match(ctx.work, begin, cut):
        return _resolve(vocab, first.group(0)) or "", ctx.work[first.start() : first.end()]
    if attr and _belligerent(vocab, attr.actor):
        alias = _owner_alias(vocab, attr.claimant, attr.actor)
        if alias:
            return attr.actor or "", alias
    return None


_THAT = re.compile(r"(\w+)\s+that\s", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:(?:also|later|then|had|has|have)\s+)*$",
                              re.IGNORECASE)
_CLAUSE_OPENING = re.compile(r"[\s\"']*(?:(?:and|but|while|whereas|that|also)\s+)*",
                             re.IGNORECASE)
_PRONOUN_START = re.compile(r"[\s\"']*(?:it|they|we|he|she)\b", re.IGNORECASE)


def _actor_cluster(ctx: _Context, si: int, pos: int, attr: _Attribution | None) -> str:
    """The last run of actor names before ``pos`` in the sentence ("a Malian army
    battalion supported by Wagner forces"), outside the claimant's words."""
    sent = ctx.sentences[si]
    lo = attr.end if attr and attr.end <= pos else sent.start
    hits = [h for h in ctx.vocab.alias_low.finditer(ctx.low, lo, pos)
            if _belligerent(ctx.vocab, _resolve(ctx.vocab, h.group(0)))]
    if not hits:
        return ""
    first = last = hits[-1]
    for h in reversed(hits[:-1]):
        gap = ctx.work[h.end() : first.start()]
        if len(gap.split()) <= 3 and not re.search(r"[,;.]", gap):
            first = h
        else:
            break
    return ctx.work[first.start() : last.end()]


def _previous_sentence_subject(ctx: _Context, si: int) -> str:
    if si == 0:
        return ""
    ctx.dependent = True
    prev = [m for m in _people_mentions(ctx, si - 1) if m.subject]
    return prev[-1].subject if prev else ""


# ---------------------------------------------------------------------- equipment

@dataclass
class _Equipment:
    start: int
    end: int
    q: str
    np: str
    o_start: int
    o_end: int
    verb: str
    passive: bool
    np_start: int
    np_end: int
    parent: _Equipment | None = None


def _equipment(ctx: _Context, si: int) -> list[_Equipment]:
    """Seizures, damage, destruction and crashes of vehicles, aircraft and weapons,
    found from each equipment noun outwards."""
    if si in ctx.equipment:
        return ctx.equipment[si]
    vocab = ctx.vocab
    sent = ctx.sentences[si]
    work = ctx.work
    found: list[_Equipment] = []
    for h in vocab.eq_scan.finditer(ctx.low, sent.start, sent.end):
        n1 = h.end()
        n0 = _np_start(work, sent.start, h.start())
        if n0 < h.start() and _QUANTITY_WORDS.intersection(work[n0 : h.start()].lower().split()):
            n0 = h.start()
        verb_lead = _EQ_PASS_LEAD.match(work, n0, h.start())
        if verb_lead:  # "... and burned vehicles": the participle is the outcome, not the noun
            n0 = verb_lead.end()
        np = work[n0:n1]
        x0, q = n0, ""
        qm = vocab.eq_q_before.search(work, max(sent.start, n0 - 40), n0)
        if qm:
            x0, q = qm.start(), qm.group("q")
        after = vocab.eq_after.match(work, n1, sent.end)
        before = vocab.eq_before.search(work, max(sent.start, x0 - 50), x0)
        if before and not (after and after.group("aux")):
            verb = before.group("o")
            lead = work[max(sent.start, before.start() - 12) : before.start()]
            adjectival = bool(_ADJECTIVAL.search(lead)) and verb.lower().endswith("ed") and not q
            found.append(_Equipment(before.start(), n1, q, np, before.start(), n1, verb,
                                    adjectival, n0, n1))
            continue
        if after:
            found.append(_Equipment(x0, after.end(), q, np, n0, after.end(), after.group("o"),
                                    True, n0, n1))
            continue
        compound = vocab.eq_compound.match(work, n1, sent.end)
        if compound:
            found.append(_Equipment(x0, compound.end(), q, np, n0, compound.end(),
                                    compound.group("o"), True, n0, n1))
    extra = []
    for e in found:
        r = vocab.eq_relative.match(work, e.np_end, sent.end)
        if r:
            extra.append(_Equipment(e.start, r.end("o"), e.q, e.np, r.start("o"), r.end("o"),
                                    r.group("o"), True, e.np_start, e.np_end, e))
    found.extend(extra)
    found.sort(key=lambda x: (x.o_start, x.o_end))
    ctx.equipment[si] = found
    return found


_ADJECTIVAL = re.compile(r"(?i)\b(?:the|alongside|with|of|and|among|beside|near|several|many)\s+$")


def _equipment_owner(ctx: _Context, si: int, e: _Equipment, attr: _Attribution | None,
                     people: list[tuple[_Mention, str]]) -> tuple[str, str]:
    vocab = ctx.vocab
    work = ctx.work
    # a possessive or a named owner
    text = f"{e.q} {e.np}" if e.q else e.np
    region = work[max(ctx.sentences[si].start, e.np_start - 14) : e.np_end]
    if re.search(r"(?i)\b(?:its|their|our|his|her)\s", region):
        agent = _agent_for_equipment(ctx, si, e, attr)
        if agent:
            return agent[1], "owner: possessive"
    named = [h for h in vocab.alias.finditer(text) if _belligerent(vocab, _resolve(vocab, h[0]))]
    if named:
        return named[0].group(0), "owner named"
    after = vocab.eq_owner_after.match(work, e.np_end, ctx.sentences[si].end)
    if after:
        return after.group("np"), "owner named"
    # a crash or a loss is the claimant's (or the agent's) own
    if _EQ_INTRANSITIVE.search(e.verb):
        agent = _agent_for_equipment(ctx, si, e, attr)
        if agent:
            return agent[1], "owner implied: own loss of the claimant"
        return "", ""
    # the people hit beside them
    before = [(m, s) for m, s in people if m.start < e.o_start and s]
    if before and e.passive:
        return before[-1][1], "owner implied: the people hit beside them"
    if e.passive and not _SEIZE_VERB.search(e.verb) and not _BY_AGENT.match(ctx.work, e.o_end,
                                                                            e.o_end + 6):
        earlier = _previous_sentence_subject(ctx, si)
        if earlier:  # "... five soldiers had died. Additionally, two vehicles were destroyed."
            return earlier, "owner implied: the people hit in the previous sentence"
    agent = _agent_for_equipment(ctx, si, e, attr)
    if agent:
        adversary = _adversary(ctx, si, e.o_start, agent[0])
        if adversary:
            return adversary, f"owner implied: the adversary of {agent[1]} last named"
    if before:
        return before[-1][1], "owner implied: the people hit in the same sentence"
    if attr and _belligerent(vocab, attr.actor) and not _EQ_INTRANSITIVE.search(e.verb):
        # "It published images of seized weapons": a party's trophies are its adversary's
        adversary = _adversary(ctx, si, e.o_start, attr.actor)  # type: ignore[arg-type]
        if adversary:
            return adversary, f"owner implied: the adversary of the claimant {attr.claimant}"
    return "", ""


_SEIZE_VERB = re.compile(r"(?i)seiz|captur|took|taken|recover|loot|confiscat")
_BY_AGENT = re.compile(r"(?i)\s+by\b")


def _agent_for_equipment(ctx: _Context, si: int, e: _Equipment, attr: _Attribution | None
                         ) -> tuple[str, str] | None:
    fake = _Mention(e.start, e.end, e.q, e.np, e.np_start, o_start=e.o_start)
    return _agent(ctx, si, fake, attr)


def _adversary(ctx: _Context, si: int, pos: int, agent: str) -> str:
    """Names of the most recently mentioned belligerents of another side than
    ``agent``'s (all of them in the sentence where they were last named)."""
    vocab = ctx.vocab
    ctx.dependent = True
    side = vocab.table.by_id[agent].side if agent in vocab.table.by_id else None
    if ctx.actor_hits is None:
        ctx.actor_hits = [(h.start(), h.end(), _resolve(vocab, h.group(0)) or "")
                          for h in vocab.alias_low.finditer(ctx.low)]
    hits = [h for h in ctx.actor_hits if h[0] < pos and _belligerent(vocab, h[2])
            and vocab.table.by_id[h[2]].side != side]
    if not hits:
        return ""
    last = hits[-1]
    sent = next((s for s in ctx.sentences if s.start <= last[0] < s.end), None)
    same = [h for h in hits if sent and sent.start <= h[0] < sent.end] or [last]
    names: list[str] = []
    seen: set[str] = set()
    for h in same:
        if h[2] not in seen:
            seen.add(h[2])
            names.append(ctx.work[h[0] : h[1]])
    return " and ".join(names)


# ------------------------------------------------------------------------ driver

def _article_parts(article) -> tuple[str, str]:
    if isinstance(article, tuple | list) and len(article) == 2:
        return str(article[0]), str(article[1])
    if isinstance(article, dict):
        return str(article["article_id"]), str(article["text"])
    if isinstance(article, pd.Series):
        return str(article["article_id"]), str(article["text"])
    return str(article.article_id), str(article.text)


def extract_claims(article, reference_dir: Path | None = None) -> pd.DataFrame:
    """Raw claims found in one article: the columns of ``claims.csv`` plus
    ``start`` and ``end`` (``quote == text[start:end]``).

    ``article`` is a row of ``load_articles`` (or anything with ``article_id`` and
    ``text``), a dict with those keys, or an ``(article_id, text)`` pair.
    """
    article_id, text = _article_parts(article)
    rows = extract_rows(article_id, text, reference_dir)
    return pd.DataFrame(rows, columns=list(EXTRACT_COLUMNS)).astype(
        {"start": "Int64", "end": "Int64"})


def extract_rows(article_id: str, text: str, reference_dir: Path | None = None) -> list[dict]:
    """Like ``extract_claims`` but as a list of dicts (no DataFrame)."""
    if not text:
        return []
    vocab = _vocab(reference_dir)
    work = text if text.isascii() else _fold_typography(text)
    low = work.lower() if work.isascii() else _lower(work)
    cues = [m.start() for m in _CUE_SCAN.finditer(low)]
    if not cues:
        return []
    ctx = _Context(text, work, low, vocab, _sentences(work))
    quotes = 0
    for k, sent in enumerate(ctx.sentences):
        if k and ctx.sentences[k - 1].paragraph != sent.paragraph:
            quotes = 0
        ctx.inside_quote.append(quotes % 2 == 1)
        quotes += work.count('"', sent.start, sent.end)
    memo = _MEMO.setdefault(reference_dir, {})
    rows: list[dict] = []
    k = 0
    for si, sent in enumerate(ctx.sentences):
        while k < len(cues) and cues[k] < sent.start:
            k += 1
        if k == len(cues):
            break
        if cues[k] >= sent.end:
            continue
        key = (work[sent.start : sent.end], ctx.inside_quote[si], si == 0)
        hit = memo.get(key)
        if hit is not None:
            rows.extend(_replay(ctx, si, hit))
            continue
        ctx.dependent = False
        found = _sentence_claims(ctx, si)
        rows.extend(found)
        if not ctx.dependent:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[key] = ([dict(r) for r in found], [m.subject for m in ctx.mentions[si]])
    if rows:
        _name_the_army(ctx, rows)
        _name_the_militants(ctx, rows)
    for n, row in enumerate(rows, start=1):
        row["article_id"] = article_id
        row["claim_id"] = f"x{article_id[:3]}-{n:02d}"
    return rows


# Words of a phrase that names an army or an armed group without saying which
# ("the army", "soldiers", "government forces", "jihadists", "Islamist militants"):
# the actors table gives such phrases to one actor by default; in an article that
# names another actor of the same kind they mean that one.
_GENERIC_WORDS = frozenset(_words(
    "the a an its their army armies armed forces force soldiers soldier troops troop military "
    "government junta rulers ruler authorities air battalion defence defense ministry "
    "jihadist jihadists islamist islamists militants militant fighters fighter"
))


@lru_cache(maxsize=4096)
def _is_generic(phrase: str) -> bool:
    words = re.findall(r"[a-z]+", phrase.lower().replace("'s", ""))
    return bool(words) and all(w in _GENERIC_WORDS for w in words)


def _family(vocab: _Vocab, actor: str | None) -> str | None:
    """Actors one generic phrase may mean: the armies (belligerents whose name says
    "Armed Forces"), or the belligerents of one non-government side."""
    a = vocab.table.by_id.get(actor) if actor else None
    if a is None or a.kind != "belligerent":
        return None
    if "armed forces" in a.name.lower():
        return "army"
    return None if a.side in ("government", "independent") else a.side


def _name_the_army(ctx: _Context, rows: list[dict]) -> None:
    """Generic words in a claimant or subject ("soldiers", "the army said",
    "jihadists") read as the actor of their kind named last before them in the
    article (else the first named after), when that is not the actor the actors
    table gives them by default."""
    vocab = ctx.vocab
    table = vocab.table.aliases
    fields = ("claimant_raw", "subject_raw")
    if not any(_is_generic(h.group(0)) for r in rows for f in fields
               for h in vocab.alias.finditer(r[f] or "")):
        return
    if ctx.actor_hits is None:
        ctx.actor_hits = [(h.start(), h.end(), _resolve(vocab, h.group(0)) or "")
                          for h in vocab.alias_low.finditer(ctx.low)]
    named: list[tuple[int, str, str, str]] = []
    for start, end, actor in ctx.actor_hits:
        family = _family(vocab, actor)
        if family:
            alias = ctx.work[start:end]
            if not _is_generic(alias):
                named.append((start, family, actor, alias))
    if not named:
        return
    for r in rows:
        for f in fields:
            text = r[f] or ""
            out, last, notes = [], 0, []
            for h in vocab.alias.finditer(text):
                actor = table.alias_to_id.get(fold(h.group(0)))
                family = _family(vocab, actor)
                if not family or not _is_generic(h.group(0)):
                    continue
                same = [n for n in named if n[1] == family]
                before = [n for n in same if n[0] < r["end"]]
                pick = before[-1] if before else same[0] if same else None
                if pick is None or pick[2] == actor:
                    continue
                out.append(text[last : h.start()] + pick[3])
                last = h.end()
                notes.append(f"'{h.group(0)}' read as {pick[3]} (named in the article)")
            if out:
                r[f] = "".join(out) + text[last:]
                r["notes"] = "; ".join(n for n in (r["notes"], *notes) if n)


# Words for armed groups that no army uses for itself.
_MILITANT_WORDS = re.compile(
    r"(?i)^(?:the\s+|some\s+|of\s+)*[\"']?(?:terrorists?|militants?|insurgents?|jihadists?|"
    r"extremists?|islamists?|armed\s+men)[\"']?$")


def _name_the_militants(ctx: _Context, rows: list[dict]) -> None:
    """"Terrorists"/"militants" in the voice of a non-party (a local source, a
    Russian channel): the armed group named last before them in the article (a
    party's "terrorists" are its adversaries, which the normaliser resolves)."""
    vocab = ctx.vocab
    todo = [r for r in rows if _MILITANT_WORDS.match((r["subject_raw"] or "").strip())
            and not _belligerent(vocab, _resolve(vocab, r["claimant_raw"] or "outlet"))
            and not vocab.alias.search(r["subject_raw"])]
    if not todo:
        return
    if ctx.actor_hits is None:
        ctx.actor_hits = [(h.start(), h.end(), _resolve(vocab, h.group(0)) or "")
                          for h in vocab.alias_low.finditer(ctx.low)]
    groups = [(a, b, actor) for a, b, actor in ctx.actor_hits if _belligerent(vocab, actor)
              and vocab.table.by_id[actor].side not in ("government", "independent")]
    specific = [g for g in groups if not _is_generic(ctx.work[g[0] : g[1]])]
    groups = specific or groups  # "ISSP" over "the jihadists"
    for r in todo:
        before = [g for g in groups if g[0] < r["end"]]
        if not before:
            continue
        a, b, _ = before[-1]
        named = ctx.work[a:b]
        r["subject_raw"] = f"{r['subject_raw']} ({named})"
        note = f"'{named}' = the armed group named last before"
        r["notes"] = f"{r['notes']}; {note}" if r["notes"] else note


# Claims of sentences that read nothing outside themselves, by sentence text
# (plus whether it opens inside a quotation, and whether it opens the article):
# syndicated and templated copies are read once.
_MEMO: dict[Path | None, dict[tuple[str, bool, bool], tuple[list[dict], list[str]]]] = {}
_MEMO_SIZE = 100_000


def _replay(ctx: _Context, si: int, hit: tuple[list[dict], list[str]]) -> list[dict]:
    sent = ctx.sentences[si]
    rows, subjects = hit
    ctx.mentions[si] = [_Mention(sent.start, sent.start, "", "", sent.start, subject=s)
                        for s in subjects]
    quote = ctx.text[sent.start : sent.end]
    return [{**r, "quote": quote, "start": sent.start, "end": sent.end} for r in rows]


def _row(ctx: _Context, si: int, attr: _Attribution | None, subject: str, outcome: str,
         q: str, notes: list[str]) -> dict:
    sent = ctx.sentences[si]
    if attr and attr.note:
        notes = [attr.note, *notes]
    return {
        "claim_id": "", "article_id": "", "quote": ctx.text[sent.start : sent.end],
        "claimant_raw": attr.claimant if attr else "", "subject_raw": subject,
        "outcome_raw": outcome, "quantity_raw": q.strip().strip(",").strip(),
        "place_raw": "", "time_raw": "", "notes": "; ".join(n for n in notes if n),
        "start": sent.start, "end": sent.end,
    }


def _sentence_claims(ctx: _Context, si: int) -> list[dict]:
    work = ctx.work
    vocab = ctx.vocab
    sent = ctx.sentences[si]
    rows: list[dict] = []
    bound: list[_Mention] = []
    used_q: list[tuple[int, int]] = []
    used_o: list[tuple[int, int]] = []
    events: list[tuple[int, str, object]] = []

    mentions = [m for m in _people_mentions(ctx, si)
                if m.kind != "alone" or _alone_ok(work, m, sent)]
    is_bound = [_bind(ctx, si, m) for m in mentions]
    for k, m in enumerate(mentions):
        if not is_bound[k] and m.kind == "people" and m.q:
            # "15 soldiers and two Wagner fighters died", "killed 20 rebels and two soldiers"
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
            prv = mentions[k - 1] if k > 0 else None
            if nxt and is_bound[k + 1] and nxt.o_start >= nxt.end \
                    and _AND_LINK.fullmatch(work, m.end, nxt.start):
                m.outcome, m.o_start, m.o_end = nxt.outcome, nxt.o_start, nxt.o_end
                is_bound[k] = True
            elif prv and is_bound[k - 1] and prv.o_end <= prv.start and prv.q \
                    and _AND_LINK.fullmatch(work, prv.end, m.start):
                m.outcome, m.o_start, m.o_end = prv.outcome, prv.o_start, prv.o_end
                is_bound[k] = True
            elif prv and is_bound[k - 1] and prv.q and (
                    _INCLUDING.fullmatch(work, prv.end, m.start)
                    or (prv.o_end <= m.start and _INCLUDING.fullmatch(work, prv.o_end, m.start))):
                # "left 12 people dead, including seven soldiers": the same outcome
                m.outcome, m.o_start, m.o_end = prv.outcome, prv.o_start, prv.o_end
                is_bound[k] = True
        if is_bound[k]:
            events.append((m.start, "people", m))
    for q in _quantities(ctx, si):
        if q.used:
            continue
        tail = vocab.qo_tail.match(work, q.end, sent.end)
        if tail:
            events.append((q.start, "q_outcome", _QO(q, tail)))
    for m in vocab.toll.finditer(work, sent.start, sent.end):
        events.append((m.start(), "toll", m))
    events.sort(key=lambda x: x[0])

    people_rows: list[tuple[_Mention, str]] = []
    if (_CUMULATIVE.search(work, sent.start, sent.end) and _PERFECT.search(work, sent.start,
                                                                           sent.end)) \
            or _YEAR_OPENING.match(work, sent.start, sent.end):
        # a running toll ("since 2012 ... has killed") or a past year's ("In 2023, ..."):
        # background, not this event
        events = []
    for _, kind, item in events:
        if kind == "people":
            m = item  # type: ignore[assignment]
            if any(not (m.end <= a or m.start >= b) for a, b in used_q) \
                    or any(o0 <= m.start and m.end <= o1 for o0, o1 in used_o):
                continue
            if _NEGATION.search(work, max(sent.start, m.start - 24), m.o_end) \
                    or _ANY.match(m.np):
                continue
            attr = _claimant_for(ctx, si, m.start)
            subject, note = _subject(ctx, si, m, attr, bound)
            if m.kind == "alone" and not subject:
                subject = _zero_subject(ctx, si, m, attr) if _is_zero(m.q) else ""
                if not subject:
                    continue
            m.subject = subject
            bound.append(m)
            used_q.append((m.start, m.end))
            used_o.append((m.o_start, m.o_end))
            rows.append(_row(ctx, si, attr, subject, m.outcome, m.q, [note]))
            people_rows.append((m, subject))
        else:
            m = item  # type: ignore[assignment]
            q0, q1 = m.span("q")
            if any(not (q1 <= a or q0 >= b) for a, b in used_q):
                continue
            attr = _claimant_for(ctx, si, m.start("q"))
            subject, note = _q_outcome_subject(ctx, si, m, attr, bound)
            q = m.group("q")
            if not subject and _is_zero(q):
                mention = _Mention(m.start(), m.end(), q, "", m.end(), kind="alone")
                subject = _zero_subject(ctx, si, mention, attr)
                note = "zero claim"
            if not subject:
                continue
            used_q.append((m.start(), m.end()))
            fake = _Mention(m.start(), m.end(), q, subject, m.start(), m.group("o"),
                            m.start("o"), m.end("o"), subject)
            bound.append(fake)
            outcome = m.group("o")
            if not isinstance(m, _QO) and m.group("o2"):  # "put its losses at five killed"
                outcome = f"{outcome} {m.group('o2')}"
            rows.append(_row(ctx, si, attr, subject, outcome, q, [note]))
            people_rows.append((fake, subject))
    ctx.mentions[si] = [*bound]

    owners: dict[int, tuple[str, str]] = {}
    for e in _equipment(ctx, si):
        attr = _claimant_for(ctx, si, e.o_start)
        if e.parent is not None and id(e.parent) in owners:
            owner, note = owners[id(e.parent)]
        else:
            owner, note = _equipment_owner(ctx, si, e, attr, people_rows)
        owners[id(e)] = (owner, note)
        if not owner:
            continue
        outcome = work[e.o_start : e.o_end]
        q = e.q
        if _ANY.match(q or e.np) and _NEGATION.search(work, max(sent.start, e.np_start - 30),
                                                       e.o_end):
            continue  # "denied that any aircraft had been destroyed", "did not lose any"
        if q and re.match(r"(?i)(?:an?\s+)?\w+\s+(?:amounts?|numbers?|quantit|cache|stock|haul|"
                          r"array)", q):
            mag = re.sub(r"(?i)^an?\s+", "", q).split()[0]
            q = mag
        rows.append(_row(ctx, si, attr, owner, outcome, q, [f"equipment: {e.np}", note]))
    rows.sort(key=lambda r: r["start"])
    return rows


_CUMULATIVE = re.compile(
    r"\b(?:since\s+(?:at\s+least\s+)?(?:1[89]|20)\d\d|since\s+then|since\s+(?:last|early|"
    r"late|mid-?)\s*(?:year|month|spring|summer|autumn|winter)|since\s+the\s+(?:start|beginning)"
    r"\s+of|over\s+the\s+(?:past|last)\s+(?:decade|"
    r"\w+\s+(?:years|decades))|in\s+recent\s+years|to\s+date|(?:so\s+far\s+)?this\s+year)\b",
    re.IGNORECASE)
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:killed|claimed|left|died|been\s+killed|cost|displaced|"
    r"lost)\b",
    re.IGNORECASE)
_ANY = re.compile(r"any\b", re.IGNORECASE)
_YEAR_OPENING = re.compile(r"(?:(?:in|since|during|by\s+the\s+end\s+of)\s+(?:1[89]|20)\d\d|"
                           r"since\s[^,.;]{0,80}?\b(?:1[89]|20)\d\d)\s*,", re.IGNORECASE)
_INCLUDING = re.compile(r"\s*,\s*(?:including|among\s+them|of\s+whom|among\s+whom)\s+",
                        re.IGNORECASE)
_AND_LINK = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|along\s+with|plus)\s+", re.IGNORECASE)


def _is_zero(q: str) -> bool:
    return bool(re.match(r"(?i)\s*(?:no|none|nobody|zero|not)\b", q))


def _zero_subject(ctx: _Context, si: int, m: _Mention, attr: _Attribution | None) -> str:
    """Whose losses a bare zero claim is about: the owner of the aircraft or
    vehicle in the same sentence, else the claimant when it is a party."""
    for e in _equipment(ctx, si):
        if _EQ_INTRANSITIVE.search(e.verb):
            owner, _ = _equipment_owner(ctx, si, e, attr, [])
            if owner:
                return owner
    if attr and _belligerent(ctx.vocab, attr.actor):
        return _owner_alias(ctx.vocab, attr.claimant, attr.actor) or ""
    return ""


_PRONOUN_END = re.compile(r"(?i)\b(it|they|we|he|she)\s+$")
_ADVERBS_END = re.compile(r"(?i)(?:\s+(?:had|has|have|also|reportedly|allegedly))*\s*$")


def _subject_before(ctx: _Context, si: int, pos: int) -> str:
    """The noun phrase (or pronoun) that is the subject of a verb at ``pos``."""
    sent = ctx.sentences[si]
    work = ctx.work
    end = _ADVERBS_END.search(work, max(sent.start, pos - 40), pos).start()
    pronoun = _PRONOUN_END.search(work, max(sent.start, end - 6), end + 1 if end < pos else end)
    if pronoun:
        return pronoun.group(1)
    for head_start, group_end in _noun_groups(ctx, si):
        if group_end == end:
            return work[_np_start(work, sent.start, head_start) : group_end]
    return ""


def _q_outcome_subject(ctx: _Context, si: int, m: re.Match[str], attr: _Attribution | None,
                       previous: list[_Mention]) -> tuple[str, str]:
    vocab = ctx.vocab
    work = ctx.work
    sent = ctx.sentences[si]
    if isinstance(m, _QO) and m.group("mod"):  # "no civilian casualties", "heavy Wagner losses"
        return work[m.start("mod") : m.end("mod")], ""
    on = vocab.on_np.match(work, m.end(), sent.end)
    if on and (_PNOUN_WORD.search(on.group("np")) or vocab.alias.search(on.group("np"))):
        return on.group("np"), ""
    toll = not isinstance(m, _QO) and re.match(r"(?i)(?:death\s+|casualty\s+)?toll|losses",
                                                m.group("o")) is not None
    if toll:
        for h in vocab.alias.finditer(work, max(sent.start, m.start() - 60), m.start()):
            if _OWNER_BEFORE.fullmatch(work, h.end(), m.start()):  # "Wagner's losses"
                return h.group(0), ""
        if re.search(r"(?i)\b(?:its|their|our)\s+(?:own\s+)?$", work[max(sent.start, m.start() - 12)
                                                                     : m.start()]) \
                and attr and _belligerent(vocab, attr.actor):  # "the army put its losses at"
            alias = _owner_alias(vocab, attr.claimant, attr.actor)
            if alias:
                return alias, f"'its' = {attr.claimant}"
        # "the death toll among civilians rose to 31"
        on = vocab.on_np.match(work, m.end("o"), m.start("q"))
        if on and (_PNOUN_WORD.search(on.group("np")) or vocab.alias.search(on.group("np"))):
            return on.group("np"), ""
    window_start = max(sent.start, m.start() - 120)
    verb = _SUFFERED_LAST.search(work, window_start, m.start())
    np = _subject_before(ctx, si, verb.start()) if verb else ""
    if np:
        if _PRONOUN_REGION.match(np):
            if attr and attr.actor and _belligerent(vocab, attr.actor):
                alias = _owner_alias(vocab, attr.claimant, attr.actor)
                if alias:
                    return alias, f"'{np}' = {attr.claimant}"
            return "", ""
        return np, ""
    if m.group("q") and not _is_zero(m.group("q")) and previous:
        p = previous[-1]
        return p.subject, "subject carried over from " + repr(p.np or p.subject)
    if toll:
        # a toll of no one named is the toll of the victims last counted
        back = _earlier_killed_subject(ctx, si)
        if back:
            return back, "toll of the victims counted earlier"
    return "", ""


_OWNER_BEFORE = re.compile(r"'s?\s+(?:own\s+)?")


def _earlier_killed_subject(ctx: _Context, si: int, reach: int = 6) -> str:
    """The subject of the last mention of people killed in the sentences before."""
    ctx.dependent = True
    for j in range(si - 1, max(-1, si - 1 - reach), -1):
        found = [m for m in ctx.mentions.get(j, []) if m.subject
                 and re.match(r"(?i)kill|dead|death|died|slain|massacr|murder|executed", m.outcome)]
        if found:
            return found[-1].subject
    return ""


# ----------------------------------------------------------------- articles frame

def articles_frame(records: Sequence[dict] | pd.DataFrame) -> pd.DataFrame:
    """An articles table as ``normalise_claims`` needs it (the columns of
    ``corpus.load_articles``), from rows that hold at least article_id and text."""
    from conflict_lib.corpus.articles import ARTICLE_COLUMNS

    frame = pd.DataFrame(records).copy()
    for col in ARTICLE_COLUMNS:
        if col not in frame:
            frame[col] = None
    frame["outlet"] = frame["outlet"].fillna("unknown")
    frame["syndication_group"] = frame["syndication_group"].fillna(frame["article_id"])
    frame["flags"] = [f if isinstance(f, list) else [] for f in frame["flags"]]
    for col in ("published", "dateline_date"):
        frame[col] = pd.to_datetime(frame[col])
    return frame[list(ARTICLE_COLUMNS)]


def read_article_paths(paths: Iterable[str | Path]) -> pd.DataFrame:
    """An articles table for loose ``.txt`` files or folders of them (a leading
    ``date YYYY-MM-DD`` line is honoured, as in ``corpus.read_article``)."""
    from conflict_lib.corpus.articles import expand_article_paths, read_article

    records = []
    for f in expand_article_paths(list(paths)):
        a = read_article(f)
        records.append({
            "article_id": a.article_id, "outlet": a.dateline_agency or "unknown",
            "attribution": "", "syndication_group": a.article_id, "language": "en",
            "published": a.published, "dateline": a.dateline, "dateline_place": a.dateline_place,
            "dateline_agency": a.dateline_agency, "dateline_date": a.dateline_date,
            "n_chars": len(a.text), "sha256": a.sha256, "flags": list(a.flags), "text": a.text,
            "raw_text": a.raw_text, "text_map": a.mapped, "path": str(a.path),
        })
    return articles_frame(records)


def extract_normalised(articles: pd.DataFrame, reference_dir: Path | None = None,
                       copy_groups: pd.Series | None = None) -> pd.DataFrame:
    """Extract every article's claims and normalise them with the curated ledger's
    normaliser (``origin="extracted"``). ``start``/``end`` are the extractor's own
    offsets (a sentence told twice in one article keeps its own place).
    ``copy_groups`` as in ``normalise_claims``: given, no pairwise comparison runs."""
    if not {"outlet", "published", "syndication_group", "text_map"} <= set(articles.columns):
        articles = articles_frame(articles)
    raw: list[dict] = []
    for article_id, text in zip(articles["article_id"], articles["text"], strict=True):
        raw.extend(extract_rows(str(article_id), str(text), reference_dir))
    if not raw:
        return pd.DataFrame(
            {c: pd.Series(dtype=t) for c, t in CLAIM_COLUMNS.items()}).astype(CLAIM_COLUMNS)
    frame = normalise_claims(raw, articles, origin="extracted", reference_dir=reference_dir,
                             copy_groups=copy_groups)
    frame["start"] = pd.array([r["start"] for r in raw], dtype="Int64")
    frame["end"] = pd.array([r["end"] for r in raw], dtype="Int64")
    maps = dict(zip(articles["article_id"], articles["text_map"], strict=True))
    spans = []
    for r in raw:
        mapped = maps.get(r["article_id"])
        try:
            spans.append(mapped.raw_span(r["start"], r["end"]) if mapped is not None
                         and not isinstance(mapped, float) else (None, None))
        except (IndexError, AttributeError):
            spans.append((None, None))
    frame["raw_start"] = pd.array([a for a, _ in spans], dtype="Int64")
    frame["raw_end"] = pd.array([b for _, b in spans], dtype="Int64")
    return frame


__all__ = [
    "EXTRACT_COLUMNS", "articles_frame", "extract_claims", "extract_normalised", "extract_rows",
    "read_article_paths", "split_sentences",
]
