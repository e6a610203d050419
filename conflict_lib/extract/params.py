"""General English word lists and regular expressions the extractor reads text with:
person nouns, outcome and speech words, unit nouns. No logic here beyond composing
patterns from word lists (the prefilter's cues live in ``cues``)."""

from __future__ import annotations

import re

from conflict_lib.extract.cues import _alt, _trie_re, _words
from conflict_lib.text import quantity as qty

# General English nouns for people; heads of a noun phrase whose losses are counted.
_PERSON_NOUNS = _words(
    "soldiers? troops? forces fighters? men man women woman children child people persons? "
    "civilians? militants? rebels? jihadists? insurgents? terrorists? separatists? guerr?illas? "
    "mercenar(?:y|ies) "
    "members? personnel servicem[ae]n officers? police(?:m[ae]n)? gendarmes? combatants? "
    "assailants? attackers? gunm[ae]n villagers? residents? others survivors? individuals? "
    "victims? comrades? elements? recruits? guards? volunteers? hostages? captives? prisoners? "
    "crew(?:\\s+members?)? pilots? commanders? leaders? staff employees? workers? herders? "
    "miners? worshippers? passengers? students? enemy enemies adversar(?:y|ies) opponents? "
    "militiam[ae]n militias? paratroopers? commandos? peacekeepers? operatives? cadres? "
    "defenders? instructors? contractors? allies fellows? sympathi[sz]ers? partisans? "
    "infantrym[ae]n marines? sentries soldiery auxiliar(?:y|ies) policem[ae]n "
    # ranks and kinds of people counted in subsets ("including a captain", "two girls")
    "captains? majors? colonels? lieutenants? sergeants? corporals? privates? generals? "
    "brigadiers? girls? boys? bab(?:y|ies) infants? toddlers? teenagers? minors? monks? nuns? "
    "priests? imams? nurses? doctors? paramedics? medics? journalists? farmers? teachers? "
    "pupils? fisherm[ae]n traders? shoppers? mourners? guests? patients? refugees? chiefs? "
    "couples? relatives? family families pedestrians? bystanders? persons? worshippers? "
    "fathers? mothers? sons? daughters? wi(?:fe|ves) husbands? uncles? nephews? nieces? "
    "cousins? grandfathers? grandmothers? brother sister "
    "laborers? labourers? "
    "peacekeepers? aid\\s+workers? health\\s+workers? rescuers? firefighters? christians? "
    "muslims? palestinians? israelis? ukrainians? russians? sudanese drivers? truckers? "
    "herdsmen shepherds? nomads? martyrs? guys lads brothers mujahids? mujahideen heroes "
    "suspects? detainees? agents? kingpins? ringleaders? warlords? dissidents? deserters? "
    # words for armed men outside armies: gangs, bandits, kidnappers, pirates, extremists
    "vigilantes? migrants? bandits? gangsters? thugs? kidnappers? raiders? outlaws? criminals? "
    "pirates? poachers? extremists? islamists? apostates? invaders? occupiers? aggressors? "
    "neighbou?rs? friends? colleagues? cadets? trainees? conscripts? reservists? "
    # trades and offices of the people a raid or a strike kills
    "pastors? clerics? preachers? bishops? catechists? shopkeepers? vendors? mechanics? "
    "tailors? butchers? cooks? engineers? lawyers? judges? mayors? councill?ors? "
    "chairm[ae]n headm[ae]n elders? watchm[ae]n porters? boatm[ae]n motorcyclists? "
    "cyclists? security\\s+guards? officials? volunteers? bombers? snipers? gunners? shooters? "
    "hostage-takers? grandchildren grandsons? granddaughters? grandparents? "
    # ranks and corps of police and armies in other wars ("two constables", "three sepoys")
    "constables? sepoys? troopers? guardsm[ae]n legionnaires? fedayeen "
    # a navy's and an air force's ("seamen" and "crewmen" serve merchant ships too)
    "sailors? airm[ae]n aviators?"
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
    r"comrades?|servicem[ae]n|recruits?|officers?|cadres?|militants?|forces|others|ranks|"
    # a party's own word for its dead: "we lost four boys", "our martyrs"
    r"boys|guys|lads|brothers|martyrs|heroes|mujahideen|mujahids?)\b",
    re.IGNORECASE,
)


# a party's own people after "its", "their", "our" ("its fighters", "our own men")
OWN_PEOPLE = (r"(?:fighters?|men|members?|combatants?|personnel|elements?|comrades?|ranks|troops|"
              r"forces|soldiers)")


_POSSESSIVE = re.compile(r"^(?:(?:the|some|all|both)\s+)?(?:of\s+)?(?:its|their|our|his|her)\s",
                         re.IGNORECASE)


_DET = r"(?:the|its|their|our|his|her|both|all|these|those|other|some\s+of\s+the|many\s+of\s+the)"


_NUMBER_STOP = _alt(qty.NUMBER_WORDS)


_OUTCOME_WORDS = (
    r"kill\w*|dead|deaths?|died|dies?|dying|martyr\w*|wound\w*|injur\w*|hurt|captur\w*|surrender\w*|"
    r"los(?:t|ing|es?|s|ses)|executed|slain|massacred|murdered|abducted|kidnapp?ed|missing|"
    r"detained|arrested|apprehended|perished|taken|seiz\w*|destroy\w*|damag\w*|crash\w*|fatalit\w*|"
    r"casualt\w*"
)


# giving or revising a toll is saying it: "put the death toll at 15", "gave a higher toll:"
_TOLL_SPEECH = (r"(?:put|raised|revised|updated|lowered|gave)\s+(?:the\s+|its\s+|their\s+|"
                r"our\s+|his\s+|her\s+|[\w-]+'s?\s+|an?\s+(?:[a-z]+\s+){0,2}|(?:own|provisional|"
                r"initial|preliminary|latest|final|official|overall)\s+){0,3}(?:death\s+)?"
                r"(?:toll|losses|account)")


_SPEECH_WORDS = (
    r"said|says|say|saying|stated|states|stating|claimed|claims|claim|claiming|reported|"
    r"reports|report|reporting|announced|announces|announce|announcing|confirmed|confirms|"
    r"confirm|confirming|acknowledged|acknowledges|acknowledge|acknowledging|admitted|admits|"
    r"admit|admitting|asserted|asserts|assert|asserting|added|adds|adding|noted|notes|noting|"
    r"told|tells|mentioned|mentions|mentioning|indicated|indicates|indicating|declared|declares|"
    r"declaring|insisted|insists|insisting|alleged|alleges|alleging|showed|shows|show|showing|"
    r"revealed|reveals|revealing|estimated|estimates|wrote|writes|posted|published|publishes|"
    r"tweeted|detailed|deplored|deplores|regretted|regrets|mourned|mourns|lamented|laments|"
    r"details|detailing|affirmed|affirms|explained|explains|specified|conceded|concedes|"
    r"cited|citing|quoted|quoting|" + _TOLL_SPEECH + r"|according|denied|denies|deny|"
    r"denying|(?<=statement\s)read|(?<=communique\s)read|(?<=message\s)read|(?<=post\s)read"
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
    r"there|here|away|off|took|made|carried|remain|remained|"
    + _NUMBER_STOP + "|" + _OUTCOME_WORDS + "|" + _SPEECH_WORDS + r")(?![\w-])"
)


_WORD = r"(?!" + _STOP + r")[A-Za-z][\w'\-]*"


_AUX = (r"(?:were\s+being|was\s+being|were|was|are|is|had\s+been|have\s+been|has\s+been|"
        r"would\s+have\s+been|"
        r"may\s+have\s+been|had|have|has|been|being|got|remain|remains|remained)")


_ADV = (r"(?:reportedly|reported|also|all|either|allegedly|later|subsequently|apparently|then|"
        r"still|now|listed\s+as|declared|presumed|"
        r"both|initially|eventually|mostly|confirmed|feared|believed\s+to\s+(?:have\s+been|be)|"
        r"said\s+to\s+have\s+been|thought\s+to\s+have\s+been|believed|seen|found|left|among\s+them|"
        r"in\s+total|in\s+all|allegedly|ultimately|immediately|in\s+fact|indeed|since|already|"
        r"been|"  # "had in fact been killed", "two had since died"
        # "seriously injured", "critically wounded", "fatally shot"
        r"[a-z]{3,}ly(?![\w-]))")


# a month is no place ("the town fell in May")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)\b")

_PART = (
    r"(?:killed|dead|died|die|wounded|injured|hurt|harmed|captured|passed\s+away|"
    # "one of them later succumbed (to his injuries)"
    r"succumbed(?:\s+to\s+(?:his|her|their|the)\s+(?:wounds|injuries))?|"
    # "six soldiers fell (in action)": fell as the dead fall, not a town or a price
    # ('had "fallen as martyrs"': the quotation may open after "had")
    r"(?:fell|(?:had|have|has)\s+[\"']?fallen)(?=[\"']?\s*(?:[,.;]|$|and\b|while\b|"
    # ("fell in the attack", "fell in the fighting")
    r"in\s+(?:the\s+)?(?:action|combat|battle|attack|ambush|assault|fighting|clashes|raid)\b|"
    r"on\s+the\s+"
    r"(?:battlefield|field\s+of\s+honou?r)|as\s+(?:martyrs|heroes)|with\s+(?:their|his|her)\s+weapons?|"
    r"in\s+the\s+line\s+of\s+duty|defending|fighting|"
    # "nine volunteers fell at Sambaogo": a place by its name
    r"(?:at|in|near)\s+(?!" + _MONTH + r")(?-i:[A-Z])[\w'-]+\s*(?:[,.;]|$|and\b|while\b|"
    r"where\b)))|"
    r"taken\s+(?:as\s+)?(?:prisoners?|captives?|hostages?)|kidnapped|abducted|missing|executed|"
    r"slain|massacred|murdered|detained|arrested|apprehended|surrendered|perished|"
    r"lost\s+(?:their|his|her)\s+li(?:ves|fe)|taken\s+away|led\s+away|carried\s+away|"
    r"(?:being\s+)?treated\s+for\s+(?:their\s+|his\s+|her\s+)?(?:wounds|injuries|gunshot\s+wounds)|"
    r"(?:being\s+)?treated\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}?hospitals?|"
    r"(?<=being\s)treated(?!\s+(?:as|like|with|fairly|well|badly))|receiving\s+treatment|"
    r"(?:(?<=been\s)|(?<=were\s)|(?<=was\s))(?:buried|lost(?![\w-]))|"
    r"hospitali[sz]ed|put\s+out\s+of\s+action|out\s+of\s+action|"
    r"(?:taken|rushed|admitted|brought|evacuated)\s+to\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}?"
    r"hospitals?(?![^.;]{0,40}\b(?:dead|bodies|morgue|pronounced|succumb))|"
    r"among\s+the\s+(?:dead|prisoners|captives|casualties|killed|wounded|injured|victims|missing)|"
    r"among\s+those\s+(?:killed|wounded|injured|captured|missing|dead|abducted|kidnapped)|"
    r"unaccounted\s+for|went\s+missing|brought\s+in\s+dead|not\s+been\s+heard\s+from|"
    # "two residents were still believed to be under the debris": missing
    r"(?:believed|feared|thought)\s+to\s+be\s+(?:still\s+)?(?:trapped\s+)?(?:under|beneath)\s+"
    r"(?:the\s+)?(?:rubble|debris|ruins)|"
    # "five soldiers paid the supreme price"; "seven others sustained gunshot injuries"
    r"paid\s+the\s+(?:supreme|ultimate)\s+price|"
    r"sustained\s+(?:(?:serious|severe|minor|light|slight|critical|gunshot|bullet|shrapnel|multiple|"
    r"various)\s+){0,2}(?:injuries|wounds)|"
    # "were trapped under the rubble": the missing of a strike, not a siege's trapped
    r"trapped\s+(?:under|beneath)\s+(?:the\s+)?(?:rubble|debris|ruins|collapsed\s+[\w-]+)"
    r"(?![^.;]{0,60}\b(?:rescued|freed|pulled\s+out|alive)\b)|"
    r"shot\s+dead|gunned\s+down|[\"']?neutrali[sz]ed[\"']?|"
    r"beheaded|decapitated|lynched|butchered|burn(?:ed|t)\s+alive|"
    r"(?:hacked|stabbed|beaten|burned|burnt|shot|clubbed)\s+to\s+death|"
    r"[\"']?eliminated[\"']?|[\"']?annihilated[\"']?|martyred|"
    r"(?:embraced|attained|achieved|gained)\s+(?:martyrdom|shahadat)|(?:sent\s+)?to\s+hell|"
    r"to\s+death)"
)


_PARTS = (_PART + r"(?:\s*,?\s+(?:and|or|and/or|or\s+even)\s+(?:(?:either|were|was|had\s+been|"
          r"have\s+been|even)\s+)?" + _PART + r")*")


_ACT = (
    r"[\"']?(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)?|captur(?:ed|ing|es?)|"
    r"los(?:t|ing|es?)|execut(?:ed|ing|es?)|abduct(?:ed|ing|s)?|kidnapp?(?:ed|ing|s)?|"
    r"massacr(?:ed|ing|es?)|slaughter(?:ed|ing|s)?|eliminat(?:ed|ing|es?)|martyr(?:ed|ing)|"
    r"neutrali[sz](?:ed|ing|es?)|annihilat(?:ed|ing|es?)|destroy(?:ed|ing)|detain(?:ed|ing|s)?|arrest(?:ed|ing|s)?|apprehend(?:ed|ing|s)?|murder(?:ed|ing|s)?|"
    r"shot\s+dead|shooting\s+dead|gunned\s+down|took|taking|take|takes|taken|"
    # "was holding three soldiers", "carried off several children": captives
    r"holding|carr(?:ied|ying)\s+(?:off|away)|seiz(?:ed|ing)|"
    r"(?:claimed|claiming|claims|cost|costing|costs)\s+the\s+lives\s+of|"
    r"round(?:ed|ing)\s+up|"  # ("rounded up at least 30 young men and drove them away")
    r"put(?:ting|s)?\s+out\s+of\s+action|"  # ("put out of action 15 soldiers")
    r"bur(?:ied|y|ying)|mourn(?:ed|ing|s)?|behead(?:ed|ing|s)?|decapitat(?:ed|ing)|"
    r"(?:hack(?:ed|ing)|stabb(?:ed|ing)|beat(?:en|ing)|burn(?:ed|t|ing)|shot|shooting)\s+to\s+death)"
)


_NOUN_OF = (
    r"(?:deaths?|killings?|loss|losses|bodies|body|corpses|remains|capture|surrender|"
    r"neutrali[sz]ations?|eliminations?|"
    r"executions?|abductions?|kidnappings?|injur(?:y|ies)|wounding|massacre|murders?|"
    r"disappearance|detention|arrests?)(?:\s+(?:and|or)\s+(?:deaths?|injur(?:y|ies)|"
    r"capture|wounding|surrender))?\s+(?:of|to|among|suffered\s+by)|"
    # "inflicted losses on Kyiv of up to 420 servicemen"
    r"losses\s+on\s+(?!the\s+(?:order|scale|level)\b)(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+of|among\s+the\s+(?:dead|"
    r"killed|wounded|injured|victims|casualties|prisoners|captives|missing)\s+(?:were|was|are|is)"
    r"(?:\s+(?:both|some|all))?|"
    # "The dead included 24 fighters, nine members of the SDF and four civilians"
    r"(?:dead|killed|wounded|injured|casualties|victims|fatalities|"
    # "The martyred soldiers included an officer"
    r"(?:martyred|slain|fallen)\s+(?:soldiers|troops|personnel|fighters|men|policemen))\s+"
    r"(?:included|include|includes|comprised|were)"
)


# Last word before a mention that can end outcome words bound to it ("killed",
# "the deaths of", "injuries to"): a cheap test before the full pattern.
_BEFORE_LAST = re.compile(
    r"of|to|among|by|both|some|all|up|off|away|dead|down|were|was|are|is|only|just|merely|"
    r"kill\w*|wound\w*|injur\w*|captur\w*|los\w*|"
    r"execut\w*|abduct\w*|kidnap\w*|massacr\w*|slaughter\w*|eliminat\w*|neutrali\w*|"
    r"annihilat\w*|destroy\w*|martyr\w*|seiz\w*|"
    r"detain\w*|arrest\w*|apprehend\w*|murder\w*|took|tak\w+|take|included|include|includes|comprised|"
    r"buried|bury|burying|mourn\w*|behead\w*|decapitat\w*|lynch\w*|butcher\w*|action|holding"
)


# verbs of losses a party takes itself ("suffered heavy losses", "sustained casualties")
_SUFFER_VERBS = r"suffered|sustained|incurred|took"
# "suffered heavy losses", "sustained some casualties": the speaker's own
_SUFFERED = re.compile(r"(?i)(?:\b(?P<who>(?:the|its|their)\s+(?:(?!(?:said|says|that|it|they|and|"
                       r"or|but|then)\b)[\w'\"-]+\s+){0,3}?(?!(?:said|says|that|it|they|and|or|but|"
                       r"then)\b)[\w'\"-]+)\s+)?"
                       r"(?:\b(?:had|has|have)\s+)?(?:also\s+)?\b(?:" + _SUFFER_VERBS + r")"
                       r"\s+(?:some\s+|many\s+|heavy\s+|significant\s+|considerable\s+|serious\s+)?$")
# a military unit, whose gear or officer a possessive names ("the unit's commander",
# "the patrol's two pick-ups")
_UNIT_NOUN = (r"(?:unit|battalion|brigade|base|post|garrison|company|regiment|convoy|patrol|camp|"
              r"detachment)")
_SUFFERED_LAST = re.compile(
    r"(?:" + _SUFFER_VERBS + r"|recorded|endured|registered|left|lost)\s+(?:behind\s+)?"
    r"[\"']?$", re.IGNORECASE)


_TAKE = re.compile(r"^(?:took|taking|take|takes|taken)$", re.IGNORECASE)


_HELD_NOUN = re.compile(r"(?:^|\s)(?:as\s+)?(?:prisoners?|captives?|hostages?)$", re.IGNORECASE)


_HELD_ONLY = re.compile(r"(?:the\s+)?(?:prisoners|captives|hostages)$", re.IGNORECASE)


_WERE_TAKEN = re.compile(r"\s+(?:were|was|had\s+been|have\s+been|being)\s+taken(?![\w-])",
                         re.IGNORECASE)


# ("took seven young men away": the particle after the object)
_TAKE_OBJECT = re.compile(r"\s+(?:(?:as\s+)?(?:prisoners?|captives?|hostages?)|away|alive)\b",
                          re.IGNORECASE)


_OUTCOME_NOUNS = (r"(?:loss(?:es)?\s+of\s+(?:human\s+)?li(?:fe|ves)|deaths?|dead|"
                  r"fatalit(?:y|ies)|casualt(?:y|ies)|losses|killed|wounded|"
                  r"injured|injur(?:y|ies)|prisoners?|captives?|hostages?|bodies|corpses|missing)")


# ("without losing a single soldier": no loss)
# (not a speaker's wish: "who asked not to be named", "not authorised to speak")
_NEGATION = re.compile(r"\b(?:not(?!\s+(?:to\s+be\s+(?:named|identified|quoted)|(?:authori[sz]ed|"
                       r"allowed|permitted)\s+to\s+(?:speak|talk|brief)))|never|n't|denied|denies|"
                       r"deny|without\s+(?:having\s+)?(?:losing|lost|suffering))\b", re.IGNORECASE)


_SPEECH = re.compile(r"(?<![\w-])(?:according\s+to|" + _SPEECH_WORDS + r")(?![\w-])",
                     re.IGNORECASE)


_SPEECH_LOW = re.compile(
    # ("a first statement had spoken of \"around 15 enemies killed\"")
    r"(?<![\w-])(?:according\s+to|(?:spoke|spoken|speaks)\s+of|" + _TOLL_SPEECH + r"|"
    # (the words of the toll phrase are no speech verbs alone: "raised its flag")
    + _trie_re(w for w in _SPEECH_WORDS.replace(_TOLL_SPEECH, "").split("|") if w.isalpha())
    + r")(?![\w-])"
)


_SPEECH_SKIP_BEFORE = re.compile(
    r"(?:\b(?:were|was|is|are|been|being|be|the|a|an|its|their|his|her|widely|officially|"
    r"first|had\s+been|have\s+been|has\s+been)|\bnot)\s+$",
    re.IGNORECASE,
)


# "details" as a noun: "declined to give details", "without further details"
_DETAILS_NOUN = re.compile(r"(?i)\b(?:give|gave|giving|provide|provided|providing|offer|offered|"
                           r"more|further|any|no|few|other|without)\s+$")
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


# "one of them", "one of its commanders", "two of the sources": a member of a group
# already named speaks
ONE_OF_THEM = re.compile(
    r"(?i)^(?:one|some|two|three|both|several|each|all|many|most|another)\s+of\s+"
    r"(?:them|those|these|its|their|his|her|the)\b(?:\s+[\w'-]+){0,2}$")

_PRONOUN_REGION = re.compile(
    r"^(?:it|they|he|she|we|this|these|him|her|them|us|the\s+other|the\s+second|one|another|"
    r"(?:one|some|two|three|both|several|each|all|many|most|another)\s+of\s+"
    r"(?:them|those|these|its|their|his|her|the)(?:\s+[\w'-]+){0,2})(?:\s+(?:also|later|further|had|has|"
    r"have|then|previously|again|earlier|too|subsequently|had\s+previously))*$",
    re.IGNORECASE,
)

_ANAPHOR_REGION = re.compile(
    r"^(?:the|this|that|a|an|(?P<own>its|their|his|her))\s+(?:(?:\w+\s+)?\w+['\u2019]s\s+"
    r"(?:\w+\s+){0,2}?|(?:\w+(?:['\u2019]s)?\s+){0,3}?)"  # (four words if one owns: "the
    # militant group's military operations spokesman")
    r"(?:statement|communiqu[eé]|"
    r"spokes(?:man|person|woman)|group|movement|coalition|alliance|organi[sz]ation|channel|"
    r"source|sources|official|officials|ministry|report|reports|blogger|video|videos|footage|"
    r"bulletin|briefing|update|dispatch|text|"
    r"post|message|account|release|press\s+release|leader|commander|"
    # ("its adviser", "its health department" point back; "an aide" or "a senior adviser"
    # is a new voice; "its director" may be a hospital's the sentence names)
    r"(?(own)(?:advis[eo]r|aide|envoy|department|office|coordinator|representative|"
    r"president|secretary|branch|wing)|(?!)))s?"
    # "a spokesman for the group", "its spokesman in Gojjam"
    r"(?:\s+(?:for|of)\s+the\s+(?:group|movement|ministry|agency|organi[sz]ation|coalition|"
    r"alliance|militia|faction|rebels)|(?(own)\s+in\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?"
    r"|(?!))|(?(own)\s+for\s+the\s+(?:area|region|district|province|state|zone)|(?!)))?"
    r"(?:\s+(?:also|later|further|had|has|have|then|previously|again|earlier|too))*$",
    re.IGNORECASE,
)


_CONTINUATION = re.compile(
    r"[\"']?(?:additionally|in\s+addition|also|moreover|furthermore|besides|it\s+also|"
    r"they\s+also|he\s+also|she\s+also)\b"
    # a tally the statement gives under a label: "Casualties: two constables dead, ..."
    r"|(?:casualties|losses|(?:the\s+)?(?:final\s+|provisional\s+)?(?:death\s+)?toll|"
    r"balance|tally)\s*:",
    re.IGNORECASE,
)


_ORG_TAIL = re.compile(
    r"(?:\s*\))?(?:\s+(?:alliance|coalition|group|movement|channel|front|forces|army|"
    r"spokesman|spokesperson|news\s+channel|telegram\s+channel|news\s+agency|agency))*",
    re.IGNORECASE,
)


_PNOUN_TAIL = re.compile(r"(?:\s+" + _PNOUN + r")+", re.IGNORECASE)


_TRAIL_JUNK = re.compile(r"(?:[\s,;:\"'(-]|\s(?:also|later|further|then|again)\b)+$")


_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$",
    re.IGNORECASE,
)


# ------------------------------------------------------------------ parse-based reading

# Lemmas of verbs whose subject asserts the clause they govern ("X said/claimed/told/
# alleged/put the toll at ...").
SPEECH_LEMMAS = frozenset(_words(
    "say claim tell allege report announce confirm acknowledge admit state add put estimate "
    "raise revise update lower "
    "deny insist declare write post publish tweet note indicate assert reveal concede explain "
    "accuse warn quote cite document give release detail affirm specify mention boast stress "
    "deplore regret mourn lament record read"
))
# Verbs that speak only with a toll as their object ("put the death toll at 15", "raised
# the toll to seven").
OBJECT_SPEECH = frozenset(_words("put give release raise revise update lower"))
TOLL_NOUNS = frozenset(_words(
    "toll number figure figures losses count tally casualties fatalities dead account version"))
# Subjects that point back to a speaker named earlier ("he", "the group", "the ministry").
PRONOUN_SPEAKERS = frozenset(_words("he she they it we i who him her them us"))
REFERRING_HEADS = frozenset(_words(
    "group movement coalition alliance organisation organization ministry statement "
    "communique spokesman spokesperson spokeswoman official channel agency militia command "
    "bulletin briefing update dispatch report study document tally summary text "
    "office department outfit faction leader commander adviser advisor aide envoy"
))
# "the interior ministry": a ministry the qualifier names speaks for itself, not back
MINISTRY_OF = frozenset(_words(
    "interior foreign health information communication communications security justice home"))
# Named-entity labels of speakers the actors table may not know.
SPEAKER_ENTS = frozenset(("ORG", "PERSON", "NORP", "GPE"))
# A headline's trailing attribution: "... killed in clash: ISPR", "... - army".
# "Ministry: At least 8,525 killed ...", "UN: 20 civilians dead": a headline opened by
# its source
HEADLINE_LEAD = re.compile(
    r"^(?P<who>(?:[A-Z][\w&.'-]*\s+(?:[\w&.'-]+\s+){0,2}?)?(?:[Mm]inistry|[Aa]rmy|[Mm]ilitary|"
    r"[Pp]olice|UN|[Oo]fficials?|[Mm]edics|[Rr]ebels|[Mm]onitor|[Ss]ources?|[Gg]overnor|"
    # "Sudan doctors' group: ...", "Sudan Doctors Network: ..."
    r"[Ss]pokesman|[Gg]roup|[Nn]etwork|[Aa]gency|[Oo]bservatory|[Cc]ommittee|[Dd]octors|"
    r"[A-Z]{2,6}))\s*:\s+\S")


HEADLINE_SOURCE = re.compile(
    r"(?::|\s[-|]\s)\s*(?P<who>[A-Z][\w&.'-]*(?:\s+(?:of|for|the|[A-Z][\w&.'-]*)){0,5}|"
    # "...: health ministry", "...: military sources": a source word closes the phrase
    r"(?:[a-z][\w'-]*\s+){0,3}(?:ministry|sources?|officials?|police|army|military|medics|"
    r"doctors?|spokes(?:man|woman|person)|governor|monitor|residents?|witness(?:es)?|agency|"
    r"rebels|officers?|commanders?|mayor|survivors?|"
    r"presidency|government|authorities|junta|statement|"
    r"militants|group|media))\s*$")
# "according to a statement/figures": a document, whose author the rules look for.
DOCUMENT_NOUNS = frozenset(_words(
    "statement communique report reports figure figures data toll tally count document post "
    "bulletin briefing update dispatch text "
    "video message release account"))
