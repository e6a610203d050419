"""Regular expressions of the attribution, mention, subject and assembly steps (apart
from their logic, as in ``params``)."""

from __future__ import annotations

import re

from conflict_lib.extract.cues import _words
from conflict_lib.extract.params import _MONTH, _NUMBER_STOP, _SPEECH_WORDS, _STOP
from conflict_lib.text import quantity as qty

_PRONOUN_SPEAKER = re.compile(
    r"(?i)(?:^|[\s,])(it|they|he|she|we)\s+(?:(?:also|later|further|had|has|have|then|"
    r"previously|earlier)\s+)*$")

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


_TOKEN = re.compile(r"\S+")


# a modifier word of a noun phrase; an age is one ("a 15-year-old girl"), a calibre too
# ("four 120mm mortars")
_MOD_TOKEN = re.compile(r"[A-Za-z][\w'\-]*|\d{1,3}-year-old|\d{2,3}(?:\.\d)?mm")


_STOP_WORD = re.compile(_STOP, re.IGNORECASE)


_DET_WORDS = frozenset(_words("the its their our his her both all these those other"))


_QUANTITY_WORDS = frozenset(_words(
    "multiple tens handful couple number dozen dozens score scores hundred hundreds thousand "
    "thousands numerous various countless several many few some"
))


_NOUN_MODIFIER = re.compile(
    r"\s+(?:casualt(?:y|ies)|deaths?|fatalit(?:y|ies)|losses|injur(?:y|ies)|toll)\b",
    re.IGNORECASE)


_COUNTED = re.compile(
    r"\d[\d,]*|the|" + _NUMBER_STOP + r"|several|dozens|some|many|few|numerous")


_OF_THEM = re.compile(r"[\"']?\s+of\s+(?:them|those|whom|these)\b", re.IGNORECASE)


_NUMBER_TOKEN = re.compile(
    "(?:" + "|".join(qty.TENS) + ")-(?:" + "|".join(w for w, v in qty.UNITS.items() if 0 < v < 10)
    + ")")


_ADJ_PARTICIPLES = frozenset(_words("captured wounded injured kidnapped abducted detained"))


_ACTIVE_PERFECT = re.compile(r"(?i)had|have|has")


_TRANSITIVE = re.compile(
    r"(?i)[\"']?(?:killed|wounded|injured|captured|kidnapped|abducted|executed|massacred|murdered|"
    r"detained|arrested|shot\s+dead|gunned\s+down|neutrali[sz]ed|eliminated|martyred|taken)"
    r"(?![\w-])")


_Q_GAP = re.compile(r"[\"']?\s+(?:of\s+)?[\"']?")


_BRACKET = re.compile(r"\s*\[[^\]\n]{1,40}\]")


_WORDS_BETWEEN = re.compile(r"\s+(?:[a-z]+\s+){2,}")


_ALONE_BEFORE = re.compile(r"(?:^|[,;:(\"]|\.\.\.|\b(?:and|but|while|with|whereas|of|to|"
                           r"among|leaving|that|said|says|say|told|added|reported|stated|confirmed|announced|"
                           r"another|further|(?:up|down)\s+from(?:\s+the)?))\s*$",
                           re.IGNORECASE)


_NEXT_WORD = re.compile(r"(?:\s+([A-Za-z][\w'-]*)|\s*[,.;:)\"']|\s*$)")


# words of time or manner after a bare count ("and wounded 38 overnight", "wounded 12
# Tuesday", "five and seven respectively"): the number still stands alone
_TRAILING_ADVERB = re.compile(r"(?i)overnight|yesterday|today|tonight|earlier|recently|"
                              r"respectively|altogether|(?:mon|tues|wednes|thurs|fri|satur|sun)day")


_POSSESSIVE_END = re.compile(r"\b(?:its|their|his|her|our)\s+$", re.IGNORECASE)


_LOSS_WORD = re.compile(r"(?i)los[teis]|loss")


_ADMIT_VERB = re.compile(r"(?i)admit|acknowledg|conced")


_THAT = re.compile(r"(\w+)\s+that\s", re.IGNORECASE)

_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:(?:also|later|then|had|has|have)\s+)*$",
                              re.IGNORECASE)


_CLAUSE_OPENING = re.compile(r"[\s\"']*(?:(?:and|but|while|whereas|that|also)\s+)*",
                             re.IGNORECASE)


_PRONOUN_START = re.compile(r"[\s\"']*(?:it|they|we|he|she)\b", re.IGNORECASE)


_ADJECTIVAL = re.compile(r"(?i)\b(?:the|alongside|with|of|and|among|beside|near|several|many)\s+$")


_SEIZE_VERB = re.compile(r"(?i)seiz|captur|took|taken|recover|loot|confiscat")


_BY_AGENT = re.compile(r"(?i)\s+by\b")

# Words for armed groups that no army uses for itself.
_MILITANT_WORDS = re.compile(
    r"(?i)^(?:the\s+|some\s+|of\s+)*[\"']?(?:terrorists?|militants?|insurgents?|jihadists?|"
    r"extremists?|islamists?|armed\s+men|attackers?|assailants?|gunmen|raiders|"
    r"(?:suicide\s+)?bombers?)[\"']?$")


# "since January", "since mid-March": a running toll of the months since (not "since October 7")
_SINCE_MONTH = r"since\s+(?:mid-|early\s+|late\s+)?" + _MONTH
_CUMULATIVE = re.compile(
    r"\b(?:since\s+(?:at\s+least\s+)?(?:1[89]|20)\d\d|since\s+then|since\s+(?:last|early|"
    r"late|mid-?)\s*(?:year|month|spring|summer|autumn|winter)|since\s+the\s+(?:start|beginning)"
    r"\s+of(?!\s+(?:the\s+)?(?:week|weekend|day|attack|assault)\b)|over\s+the\s+(?:past|last)\s+(?:decade|"
    r"\w+\s+(?:years|decades))|in\s+recent\s+years|to\s+date|(?:so\s+far\s+)?this\s+year|"
    # "since the army seized power in July 2023"; a toll "since October 7" or "since the war
    # began" is often the very claim of a ministry's report, and is kept
    r"since\s[^,.;:]{0,60}?\b(?:1[89]|20)\d\d(?:s|'s)?|"
    + _SINCE_MONTH + r"(?!\s+\d)|"
    # "the insurgency, which began in 2009, has killed"; "the war has killed"
    r"(?:began|started|erupted|broke\s+out)\s+in\s+(?:1[89]|20)\d\d|"
    # "the insurgency that began in northeast Nigeria in 2009"
    r"(?:insurgency|war|conflict|rebellion)\s+(?:that|which)\s+(?:began|started|erupted|broke\s+"
    r"out)\s+[^.;,]{0,40}?\bin\s+(?:1[89]|20)\d\d|"
    r"(?:insurgency|war|conflict|violence|rebellion|crisis)\b[^.;]{0,80}?\b(?:has|have)\s+"
    r"(?:so\s+far\s+|now\s+)?(?:killed|left|claimed|cost)|"
    # "the conflict has since killed thousands" (a week's "violence ... has since killed 30"
    # is the event's toll)
    r"(?:insurgency|war|conflict|rebellion|invasion|offensive)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:has|have)\s+(?:since|already)\s+"
    r"(?:killed|left|claimed|cost)|"
    # "launched its full-scale invasion in February 2022 ... have been killed since."
    r"(?:invasion|offensive|insurgency|war|uprising)\b[^.;]{0,30}?\bin\s+(?:\w+\s+)?"
    r"(?:1[89]|20)\d\d\b[^.;]{0,120}?\bsince\s*(?=[.;]|$)|"
    # "since Russia launched its full-scale invasion", "since the ceasefire took effect",
    # "since the coup"; not "since the attack began" (the event's own), nor a day's ("since
    # the RSF launched an assault on Friday", "since the ceasefire collapsed on Tuesday")
    r"(?:"
    r"since\s+(?:[\w'-]+\s+){0,3}?(?:launched|took\s+effect|invaded|seized\s+power)\b|"
    r"since\s+the\s+(?:(?:full-scale|military|\d{4})\s+)?(?:coup|invasion|ceasefire|truce|"
    r"takeover)\b|"
    r"since\s+the\s+(?:insurgency|rebellion|uprising|invasion|war|conflict)\s+(?:began|started|"
    r"erupted|broke\s+out)\b|"
    # "have been killed in the war" (not "in the war's deadliest attack", "in the war-torn
    # east", "in the conflict in Sudan this week")
    r"(?:killed|died)\s+(?:in|during|throughout)\s+the\s+(?:war|conflict|insurgency)(?![\w'-]))"
    r"(?![^.;]{0,60}\b(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|this\s+week|"
    r"last\s+week|this\s+month|overnight|yesterday|today)\b)|"
    # "during the 14 months of hostilities", "in two years of war"
    r"(?:during|in|over)\s+(?:the\s+)?(?:\w+\s+)?(?:months|years)\s+of\s+(?:war|fighting|conflict|"
    r"hostilities|insurgency))\b",
    re.IGNORECASE)


# a whole war's running toll named as such
_OVERALL_TOLL = re.compile(r"(?i)\b(?:(?:overall|cumulative|aggregate)\s+(?:death\s+)?"
                           r"(?:toll|number\s+of\s+(?:dead|deaths|fatalities))\b"
                           # "since October 2023", "of the war": the war's, not the attack's
                           r"(?=[^.;]{0,40}\b(?:since|war|conflict|insurgency)\b)|"
                           # "..., bringing the toll since October 2023 to more than 55,000"
                           r"bringing\s+(?:(?:the|its|their)\s+)?(?:[\w-]+'s\s+)?(?:death\s+)?toll\s+(?:since|in|of)\s+"
                           r"(?:the\s+war|the\s+conflict|(?:\w+\s+)?(?:1[89]|20)\d\d|the\s+(?:[\w-]+\s+)?"
                           r"(?:offensive|invasion|war|insurgency)\s+(?:began|started)))|"
                           # "a civil war in which an estimated 400,000 people died"
                           # (a war of years, not "a communal conflict that killed 40")
                           r"(?:-year|years?-long|decade-long|civil)\s+(?:war|conflict|"
                           r"insurgency)\s+(?:in\s+which|that\s+"
                           r"(?:killed|left|claimed))\b")


# "had been killed ... since January": a running toll in a report of it (with a month only)
_HAD_PERFECT = re.compile(r"(?i)\bhad\s+(?:\w+\s+)?(?:killed|been\s+killed|documented|recorded|"
                          r"verified|registered|risen|climbed)\b")
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:killed|claimed|left|died|been\s+killed|cost|displaced|"
    r"lost|caused|been\s+blamed\s+for|been\s+responsible\s+for|(?:been\s+)?kidnapped|"
    r"(?:been\s+)?abducted|"
    r"been\s+involved\s+in\s+(?:the\s+)?(?:deaths?|killings?)|"
    # a monitor's count ("has recorded more than 13,000 civilian deaths since ...")
    r"recorded|documented|verified|registered|risen|climbed)\b|"
    r"\b(?:were|was)\s+killed\s+(?:in\s+\w+\s+)?during\s+the\b",
    re.IGNORECASE)


_ANY = re.compile(r"any\b", re.IGNORECASE)


# a toll of last year or month ("more than 5,600 people were killed in gang violence last year"):
# background to the event reported
_LAST_YEAR = re.compile(r"(?i)\b(?:(?:were|was|had\s+been)\s+(?:killed|wounded|injured|kidnapped|"
                        r"abducted)|killed|died)\b[^.,;]{0,60}?(?<!since\s)\b(?:last|the\s+"
                        r"previous)\s+(?:year|month)\b(?!'s)")


# a period's toll in a report ("killed in the first half of the year", "between October
# and June"): background to the event, in its own clause
_PERIOD = re.compile(r"(?i)\bin\s+the\s+first\s+(?:half|quarter|(?:\w+\s+)?(?:weeks|months))"
                     r"\s+of\s+(?:the|this|last)\s+year\b|"
                     r"\bbetween\s+" + _MONTH + r"\s+(?:\d{4}\s+)?and\s+" + _MONTH + "|"
                     # "... over the past year", "in the past two months", "for the past
                     # fortnight, during which ..."
                     r"(?<!lasted\s)(?<!operation\s)(?<!operations\s)(?<!offensive\s)"
                     r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:year|fortnight|"
                     r"(?:\w+\s+)?(?:months|years))\b")
# a past war, by its years, as what killed: "the 2013-2018 civil war, which ..., killed
# 400,000" (not "the worst fighting since the 1983-2005 civil war")
_PAST_WAR = re.compile(r"(?i)\b(?:19|20)\d\d\s*(?:-|–|to)\s*(?:19|20)?\d\d\s+(?:civil\s+)?"
                       r"(?:war|conflict|insurgency|genocide)(?:\s*,\s*(?:which|that)\b[^,;.]{1,100},)?"
                       r"\s+(?:had\s+|has\s+)?(?:killed|left|claimed|cost)\b")


# a sentence that tells how the war began, with its year ("The war began when Hamas-led
# militants stormed southern Israel on Oct. 7, 2023, killing about 1,200"; not "The conflict
# erupted after gunmen killed 12 farmers on Saturday"), or what last year was
_ORIGIN = re.compile(r"(?i)(?:the\s+)?(?:war|conflict|insurgency)\s+(?:began|started|erupted|"
                     r"broke\s+out|was\s+(?:triggered|sparked))\s+(?:when|with|by|after)\b"
                     r"(?=[^;]{0,150}?\b(?:1[89]|20)\d\d\b)|"  # (past "Oct. 7, 2023")
                     r"last\s+year\s+was\b")


_YEAR_OPENING = re.compile(r"(?:in|during)\s+(?:1[89]|20)\d\d\s+(?=an?\s|the\s)|"  # (no comma)
                           r"(?:(?:in|since|during|by\s+the\s+end\s+of)\s+(?:(?:January|February|"
                           r"March|April|May|June|July|August|September|October|November|"
                           r"December)\s+)?(?:1[89]|20)\d\d|"
                           r"since\s[^,.;]{0,80}?\b(?:1[89]|20)\d\d|"
                           # "A year earlier, an ambush on the same road had killed 70"
                           r"(?:an?|one|two|three|four|five|six|several)\s+(?:years?|months?)\s+"
                           r"(?:earlier|ago|before)|(?:in\s+[A-Z][a-z]+\s+)?last\s+(?:year|"
                           + _MONTH + r"|spring|summer|autumn|winter))\s*,",
                           re.IGNORECASE)


# where and when, between a count and its part: "in Kobe", "on Tuesday", "across the Gaza
# Strip", "by mid-afternoon", "since the weekend", "yesterday" (two at most)
_ADJUNCTS = (r"(?:\s+(?:(?:in|at|on|near|across|around|inside|outside|from|since|during|over|by|"
             r"throughout|late|early|last)\s+[^,;.\"]{1,40}?|overnight|yesterday|today|there|"
             r"so\s+far|thus\s+far|to\s+date|altogether)){0,2}")
# "12 people, including two children"; "killed 12 people on Tuesday, among them two
# children"; "17 people, residents said, among them three women"
_INCLUDING = re.compile(_ADJUNCTS +
                        r"(?:\s*,\s*(?:[\w'-]+\s+){1,5}?(?:said|says|told\s+[A-Z]\w*))?"
                        r"[\"\u201d]?\s*,?\s*(?:including|among\s+them|of\s+whom|among\s+whom)\s+",
                        re.IGNORECASE)


# a sentence that opens on parts of the count the sentence before ended on: "Four of them
# were children.", "They included 52 fighters and 19 civilians, it said.", "Among them were
# three children."
_NEXT_PART = re.compile(r"[\"']?(?:(?P<alone>(?:(?:at\s+least|about|some|nearly|around)\s+)?"
                        r"[\w,-]+\s+of\s+(?:them|those|these|whom|the\s+(?:dead|killed|victims))\s+"
                        r"(?:were|was|are|is|had)\b)|"
                        r"(?:they|those\s+killed|those\s+wounded|those\s+injured|"
                        # "The dead included ...", "Its toll also included ..."
                        r"the\s+(?:dead|victims|(?:martyred|slain|fallen)\s+[a-z]+)|"
                        r"(?:its|the|their|his|her)\s+(?:death\s+)?"
                        r"(?:toll|count))\s+(?:also\s+)?"
                        r"(?:included|include|includes)\s+|among\s+them\s+(?:were|are)\s+|"
                        # "Among the dead are nine volunteers" (not "... were a lieutenant
                        # and ...", "... were the group's commander, ...": people one by one)
                        r"among\s+(?:the|those)\s+(?:dead|killed|victims)\s+(?:were|are)\s+"
                        r"(?!(?:an?|the|his|her|its|their)\s)|"
                        # "Of the dead, 14 were soldiers."
                        r"of\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured),?\s+"
                        r"(?=[\w-]+\s+(?:were|was|are|is)\b))",
                        re.IGNORECASE)


# "more than 30 wounded, some of them badly": a part with no figure adds no claim
_NO_FIGURE = re.compile(r"(?i)(?:some|many|most|all|a few|few|a number)")
# between a count and the part of it that follows: "nine wounded, two of them seriously"
# ("30 people in the village, six of them children", "23 wounded since Sunday, three of them")
_SUBSET_GAP = re.compile(r"(?:\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+"
                         r"(?:admitted|treated|hospitali[sz]ed|brought|taken|evacuated|"
                         r"found|recovered|counted|identified|buried|pulled|dug|retrieved|"
                         r"in\s+(?:the\s+)?hospital)"
                         # "brought out of the rubble", "pulled from the debris"
                         r"(?:\s+(?:in|out))?(?:\s+(?:of|from)\s+[^,;.\"]{1,40}?)?"
                         # "19 wounded civilians had been admitted overnight, seven of them"
                         r"(?:\s+(?:overnight|yesterday|today))?)?"
                         # "killed when bombs fell on the market, three of them women"
                         + _ADJUNCTS + r"(?:\s+(?:when|as)\s+[^,;.\"]{1,80}?)?\s*[,:;]\s*"
                         r"(?:and\s+|with\s+)?")


# items of a list after the outcome words: "included 24 fighters from the factions,
# nine members of the SDF and four civilians"
_LIST_LINK = re.compile(r"(?:\s+(?:of|from|in)\s+[^,;.\"]{1,60}?)?[\"\u201d]?"
                        r"(?:\s*,\s*(?:and\s+)?|\s*,?\s*"
                        r"(?:and|as\s+well\s+as|along\s+with|plus)\s+)"
                        r"(?:(?:his|her|their)\s+)?", re.IGNORECASE)  # "a woman and her two sons"


_AND_LINK = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|along\s+with|plus)\s+"
                       r"(?:(?:his|her|their)\s+)?", re.IGNORECASE)


_PRONOUN_END = re.compile(r"(?i)\b(it|they|we|he|she)\s+$")


_ADVERBS_END = re.compile(r"(?i)(?:\s+(?:had|has|have|also|reportedly|allegedly))*\s*$")


_OWNER_BEFORE = re.compile(r"'s?\s+(?:own\s+)?")


# A sentence opened by someone who speaks or publishes: the antecedent of a pronoun
# in the next sentence ("The army issued a statement. It said ...").
_OPENING_SPEAKER = re.compile(
    r"(?P<who>(?:(?:The|A|An)\s+)?(?:[A-Z][\w'&.-]*\s+){0,6}?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:[A-Z][\w'&.-]*|army|military|junta|government|ministry|rebels|militants|group|"
    r"movement|forces|police|spokes(?:man|woman|person)|official|officer|commander|minister|"
    r"governor)(?:\s+(?:for|of|at|from|in)\s+[^,.;\"]{1,80}?)?)"  # "A spokesman for the X in Y"
    r"(?:,[^,.;]{1,100},)?\s+(?:(?:also|later|then|has|had)\s+)?(?:issued|said|"
    r"says|published|released|announced|posted|claimed|stated|reported|confirmed|denied|"
    r"acknowledged|admitted|told|gave|shared|circulated|put\s+out|spoke|wrote|addressed|"
    r"appeared|briefed|rejected|dismissed|disputed|refuted|contested|insisted|accused|blamed)\b")

# ... or by an armed force's officer whose name ends in a lowercase particle ("Army spokesman
# Brigadier General Osman al-Tayeb dismissed that account.")
_OPENING_OFFICER = re.compile(
    r"(?P<who>(?:(?:The|A|An)\s+)?(?:[A-Z][\w'&.-]*\s+){0,3}(?:[a-z]+\s+)?(?:spokes(?:man|woman|"
    r"person)|commander|officer)\s+(?:[A-Z][\w'&.-]*\s+){1,5}(?:al|el|ad|as|ash|at|az|bin|ibn|"
    r"abu)-[A-Z][\w'&.-]*)(?:,[^,.;]{1,100},)?\s+(?:(?:also|later|then|has|had)\s+)?(?:said|"
    r"told|rejected|dismissed|denied|disputed|briefed|addressed|spoke|gave|issued)\b")

# "Per Emergency Lawyers, a rights group, at least 19 of the dead were women", "..., per
# the NNA", "per the health ministry": according to
_PER = re.compile(r"(?<![\w-])[\"']?[Pp]er(?=\s+(?:the\s+)?[A-Z]|\s+the\s+[a-z]+\s+"
                  r"(?:ministry|agency|army|military|police|monitor)\b)")
# "..., according to the provisional toll": a toll whose author spoke before
_TOLL_DOCUMENT = re.compile(r"(?i)(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}"
                            r"(?:toll|tally|count|figures?)")

# A denial of any loss ("denied that any civilians were killed") claims zero.
_DENIAL = re.compile(r"(?i)\b(?:denied|denies|deny|denying|rejected|dismissed)\s+(?:reports\s+)?"
                     r"(?:that\s+)?$")
# a count inside what a speaker denies ("Kigali denied that its troops had killed 30
# soldiers"): no claim of the denier's (not after a comma: "..., saying two had died", nor in
# a clause of its own: "denied responsibility for the shelling that killed 40 people")
_DENIED_CLAUSE = re.compile(r"(?i)\b(?:denied|denies|deny|denying)\s+(?:(?:reports|claims|"
                            r"accusations)\s+)?(?:that\s+)?(?:(?!\b(?:and|but|while|saying|"
                            r"said|says|claimed|claiming|insisted|adding|added|that|which|where|who)\b)"
                            r"[^,;:.\"]){0,70}$")
# A dateline opening the first paragraph ("OUAGADOUGOU - ", "BAMAKO (AFP) - ").
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .'-]*)?(?:\s*\([^)]*\))?\s*[-:]+\s+")
# a speaker phrase that ran on into its verb: "spokesman X said in a statement"
# no word said about people ("made no mention of soldiers being captured"): no zero claim
_UNTOLD = re.compile(r"(?i)(?:mention|word|news|sign|indication|details?|figures?|information|"
                     r"confirmation|comment)\s+(?:of|on|about|for)\b")
# ... and people counted after "made no mention of" (no zero and no claim: "It made no
# mention of the civilians killed")
_NO_MENTION = re.compile(r"(?i)\b(?:made|makes|make|gave|gives|give)\s+no\s+mention\s+of\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+)?$|\bdid\s+not\s+mention\s+(?:the\s+)?"
                         r"(?:[\w-]+\s+)?$")
_SAID_TAIL = re.compile(r"\s+(?:said|says|told|tells|added|adds|wrote|posted)\b.*$"
                        # "an officer who spoke to AFP": whom he spoke to is not who speaks
                        r"|,?\s+(?:who\s+)?(?:spoke|talked|speaking|talking)\s+(?:to|with)\b.*$")
# whom a speaker acts against is not whom it speaks for: "the spokesman for the army's
# operations against the ADF" speaks for the army
_AGAINST_TAIL = re.compile(r"(?<=\w)\s+(?:(?:fighting|operating|battling)\s+)?against\s.*$")
# "dozens more were wounded": more of the people just counted.
_MORE = re.compile(r"\s+(?:more|others|other\s+people)(?![\w-])", re.IGNORECASE)
# a count's noun that is only "more of the same" ("eight others", "five more")
_MORE_WORDS = r"(?:others|more)"
# "destroyed two army vehicles and seized a third": one more of the same
_ONE_MORE = r"(?<=\ba\s)(?:third|fourth|fifth|sixth)"
_MORE_OF_THE_SAME = re.compile(r"(?i)" + _MORE_WORDS + "|third|fourth|fifth|sixth")


# a quantity of things in bulk ("a large quantity", "huge stocks"): no tally
_BULK_NOUN = r"(?:amounts?|numbers?|quantity|quantities|caches?|stocks?|stockpiles?|haul|array)"
_BULK_COUNT = re.compile(r"(?i)(?:an?\s+)?\w+\s+" + _BULK_NOUN)


# A count split by place: "killed 12 civilians, eight in the camp and four more in Daraja"
# (a place, not a state: "two in critical condition" are the wounded's part, read apart)
_PLACE_PART = re.compile(r"\s+(?:more\s+|others?\s+)?(?:in|at|inside|near)\s+(?!(?:a\s+|an\s+)?"
                         # ("one in four of them children": a share, not a place)
                         r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|every)\b)"
                         r"(?!(?:a\s+|an\s+)?"
                         r"(?:critical|serious|stable|grave|good|hospital|custody|detention|"
                         r"captivity|total|all)\b)(?:the\s+|a\s+|an\s+)?[A-Za-z]", re.IGNORECASE)
# a part of the wounded by their state: "wounded 14 people, two in critical condition"
_CONDITION_PART = re.compile(r"\s+(?:more\s+|others?\s+)?(?:(?:were|are|remain(?:ed)?|was|is)\s+)?"
                             r"in\s+(?:a\s+)?(?:critical|serious|grave|life-threatening)\s+"
                             r"condition", re.IGNORECASE)
# what lies between the count and its first place: the times, places and cause of the
# whole ("on Monday in two villages after clashes between M23 and Wazalendo"), then a
# comma, "including" or "and" ("17 people in Kobou and four more in Sinda")
_PLACE_LEAD = re.compile(r"(?:\s+(?:in|at|on|near|across|around|inside|over|during|after|"
                         r"following)\s+[^,;.\"]{1,60}?){0,3}"
                         r"(?:\s*[,;:(]\s*(?:including\s+|among\s+them\s+)?|"
                         r"\s*,?\s*(?:including|and)\s+)", re.IGNORECASE)
# between two places of one split: "eight in the camp and four more in Daraja Oula"
_PLACE_NEXT = re.compile(r"[^;.\"]{1,90}?(?:\s*,\s*(?:and\s+)?|\s*,?\s*and\s+)", re.IGNORECASE)


_SAME_SOURCE = re.compile(r"(?i)the\s+same\s+sources?")
# a person's name: two to five capitalised words, particles allowed ("Abu", "al-Tayeb")
_PERSON = re.compile(r"(?:(?:[A-Z][a-z']+(?:-[A-Z]?[a-z']+)*|(?:al|el|ag|ould|bin|ibn|de|da|van|"
                     r"von)-?[\w'-]*)\s+){1,4}[A-Z][a-z']+(?:-[A-Z]?[a-z']+)*")
# a person's age after the name: "Amna Ali, 41,"
_AGED = re.compile(r"\s*,\s*\d{1,2}\s*,")
# what the person is, after the name: ", a civil society leader in the area." (to the end)
_APPOSITION = re.compile(r",\s+((?:an?|the)\s+[^,;:\"]{3,80}?)\s*[.;]?\s*$")


# revising a toll is saying it only for someone who can: "he had raised the toll to seven"
_REVISED = re.compile(r"(?i)(?:raised|revised|updated|lowered)\b")
_REVISER = re.compile(r"(?i)\b(?:he|she|it|they|we|ministry|agency|governor|official|officials|"
                      r"spokes(?:man|woman|person)|authorities|service|department|hospital|"
                      r"doctors|medics|monitor|observatory|army|police|group)\s+"
                      r"(?:(?:had|has|have|later|then|also)\s+)*$")


# the claims of someone other than the one who speaks of them
_CLAIM_BY = re.compile(r"\s+(?:by|from)\s+([^,;:.\"]{2,60}?)\s+that\b")
# a claim relayed by another speaker, often inside a denial: "Kyiv denied Moscow's claim that
# 300 soldiers had been killed", "dismissing as false al-Shabaab's assertion that it had
# killed dozens", "a claim by the ADF, circulated online, that 15 soldiers had died"
_CLAIM_OF = re.compile(r"(?:(?P<owner>(?:(?:al-)?[A-Z][\w.-]*|the\s+[a-z]+)"
                       r"(?:[\s-](?:al-)?[A-Z][\w.-]*){0,4})(?:'s|\u2019s|(?<=s)')\s+(?:[a-z]+\s+)?(?P<noun>claims?|assertions?|allegations?)|"
                       r"\b(?P<noun2>claims?|assertions?|allegations?)\s+by\s+(?P<by>[^,;:.\"]{2,60}?)"
                       r"(?:,[^,;:.\"]{1,60},)?)\s+that\b")
_WHO_SAID = re.compile(r"(?i),\s*who\s+(?:(?:also|later|had|has|then)\s+)?$")


# (words of a statement, a verb in them: not a name, a nickname or an operation's title)
_QUOTED_FRAGMENT = re.compile(r'(?<=\s)"(?=[a-z])[^"\n]{0,78}?\b[a-z]+(?:ed|ing)\b[^"\n]{0,78}"'
                              r'(?=[\s,.;])')


# a clause that contrasts with the one before it, with a subject of its own
_CONTRAST = re.compile(r"(?i)\s(?:while|whereas)\s+(?=(?:the|an?|its|their)\s)")


# people set free, not taken ("released 33 hostages", "rescued 47 kidnapped victims"); "no
# casualty figures" (no count given, not a count of none)
_SET_FREE = re.compile(r"(?i)\b(?:released|freed|rescued|returned|exchanged|swapped|"
                       r"handed\s+over)\s+(?:\w+\s+)?$")
_CAPTIVE = re.compile(r"(?i)kidnap|abduct|hostage|captive|captur|held|taken|detain")
# people rounded up "and executed them", "before executing them" (killed, not taken), or
# "and drove them to safety" (saved)
_THEN_KILLED = re.compile(r"(?i)\b(?:(?:and|then|later|before)\s+(?:then\s+|later\s+)?"
                          r"(?:execut|kill|shoot|shot|massacr|murder)\w*\s+(?:them|all)\b|"
                          r"(?:were|was)\s+later\s+"
                          r"(?:executed|killed|shot|found\s+dead)|to\s+safety\b)")
_NO_FIGURE_GIVEN = re.compile(r"\s*(?:figures?|tolls?|numbers?|details|counts?)\b")
# "none of the dead had been armed": what they were, not a count of none
_WHAT_THEY_WERE = re.compile(r"(?i)\s+(?:had\s+been|were|was)\s+(?:armed|(?:an?\s+)?"
                             r"(?:combatants?|fighters?|militants?))\b")


# "nine of the dead": a count of the dead just told, before what they were
_DEAD_OF = re.compile(r"(?i).*\bof\s+the\s+(?:dead|killed)$")
# a share of the dead with no figure of its own: "Most of the dead were women"
_SHARE_OF = re.compile(r"(?i)\b(?:most|many|some|all|several|half|none)\s+of\s+(?:the|those)\s+$")


# verbs of a party's own acts on others: killing, capture, seizure
_KILLS = re.compile(r"(?i)[\"']?(?:kill|captur|neutrali|eliminat|wound|took|taking|seiz|execut|"
                    r"abduct|arrest|detain|annihilat)")


# "three of the wounded succumbed": counted among the wounded, now dead
_SUCCUMBED = re.compile(r"(?i)\s+(?:(?:had|have|has|later|since|subsequently)\s+)*"
                        r"(succumbed|died|passed\s+away)\b")


# after "said", a clause ("... Bo Thura, said a fighter jet dropped two bombs", "said the
# militiamen had attacked"), not an inverted speaker ("..., said a commander who asked ...")
# (not a speaker's own participle: "said a statement released the same evening by the army",
# "said an officer contacted the next morning")
_SAID_CLAUSE = re.compile(r"(?i)^(?:(?!\bwho\b|\bwhich\b)[^,])*?\b(?!(?:statement|report|"
                          r"communiqu\w+|bulletin|message|video|post|officer|official|source|"
                          r"spokes\w+|commander|leader|officials|sources|officers|who|which|that)\b)"
                          r"[\w'-]+\s+"
                          r"[a-z]{3,}ed\s+(?!the\s+(?:same|next|following|previous|day|week|"
                          r"month|year|night|morning|evening)\b)(?:an?|the|its|their|his|her|"
                          r"\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several)\b|"
                          r"^(?:(?!\bwho\b|\bwhich\b)[^,])*?\b(?:had|has|have)\s+(?:been\s+)?[a-z]+ed\b")


# "A local official", "a security source": an indefinite source is someone new
_NEW_SOURCE = re.compile(r"(?i)^an?\s+(?:[\w'-]+\s+){0,3}?(?:officials?|sources?|bloggers?|"
                         r"leaders?|commanders?)$")


# the speaker's clause going on: "said it had routed the column, killing dozens of ..."
_DOING = re.compile(r"(?i)[\"']?(?:kill|wound|captur|neutrali[sz]|eliminat|execut)ing\b")
# another actor doing something in the clause: "... when the army captured six fighters"
_OTHER_ACTOR = re.compile(r"\b(?:(?i:army|troops|soldiers|forces|police|rebels|militants|militia|"
                          r"fighters|jihadists|insurgents|gunmen)|[A-Z][\w-]+)\s+"
                          r"(?:(?:had|have|has)\s+)?(?:[a-z]+ed|took|shot)\b")
# the speaker's clause turning to another agent before a count: "said it had pulled out
# after army air strikes killed 20 of its fighters", "..., while the militants had killed"
_CLAUSE_TURN = re.compile(r"(?i)\b(?:after|because|when|while|but|as|since|until|then|and\s+that)"
                          r"\b|\b(?:strikes?|shelling|shells|jets?|drones?|bomb\w*|artillery|"
                          r"raids?)\b")
# the speaker acting, right after its speech verb: "said it had killed ..., and captured"
_SPEAKER_CLAUSE = re.compile(r"(?i)\s+(?:(?:that|on\s+\w+)\s+)?(?:it|we|they|he|she|"
                             r"(?:its|our|their)\s+(?:own\s+)?(?:troops|forces|fighters|units|"
                             r"men|soldiers)|(?P<bare>troops|soldiers|units))\s+"
                             r"(?:(?:also|then|later)\s+)?"
                             r"(?:had|has|have|killed|captured|neutrali[sz]ed|eliminated|"
                             # "troops repelled an ELN attack ..., killing four of its members"
                             r"arrested|repelled|repulsed|routed|ambushed|thwarted|foiled|"
                             r"pursued|engaged)\b")

# a whole that names no party: "seven of our men, four soldiers and three volunteers"
# (with the owner the extractor may have added: "men (an army officer)")
_GENERIC_WHOLE = re.compile(r"(?i)(?:(?:our|their|its|his)\s+(?:own\s+)?)?(?:men|fighters|"
                            r"members|personnel|comrades|combatants|dead|casualties)"
                            r"(?:\s+\([^()]*\))?")
# the rank and file of a force, which a breakdown of such a whole names by party (not a rank:
# "seven of our men, including a captain" are the speaker's)
_RANK_AND_FILE = re.compile(r"(?i)(?:[\w-]+\s+)?(?:soldiers|troops|gendarmes|policem[ae]n|"
                            r"police\s+officers|militiam[ae]n|volunteers|auxiliaries|"
                            r"servicem[ae]n|conscripts|reservists)")


# the noun after "two of them": "two of them children", "three of them senior commanders",
# "nine of them were members of the VDP"
_SUBSET_NOUN = re.compile(r"\s+(?:(?:were|was)\s+)?((?:(?:an?\s+)?(?:members?|fighters?)|soldiers)"
                          r"\s+of\s+"
                          r"(?:the\s+)?[^,.;:()\"]{1,60}?|(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                          r"(?=\s*[,.;:()\"]|\s+(?:and|"
                          r"were|was|in|at|on|who|from|near|beside)\b|\s*$)", re.IGNORECASE)


# "of them" and its antecedent (read by ``subjects``)
_RELATIVE_WHO = re.compile(r"(?i)\b(?:who|whom|which)\b")
# a plural noun in a group ("terrorists of the Katiba Macina"), not "its" or "this"
_PLURAL = re.compile(r"\b(?!(?:this|its|his|hers|was|has|is|us|thus|news)\b)[a-z]{2,}(?:s|men)\b")
_AUX_GAP = re.compile(r"(?i)\s+(?:(?:had|has|have|were|was|also|then|reportedly)\s+)*[\"']?")
# groups whose members "them" counts: "an ambush by terrorist groups and neutralised 21 of them"
_ARMED_GROUPS = re.compile(r"(?i)\b(?:terrorist|armed|jihadist|rebel|militant|extremist|criminal)"
                           r"\s+(?:groups|factions|gangs|militias|cells)\b")
# a noun phrase that is the object of a participle or a preposition before it
_OBJECT_OF = re.compile(r"(?i)\b(?:\w+ing|against|with|by|after)\s+(?:the\s+|their\s+|its\s+)?"
                        r"(?:[\w-]+\s+)?$")
# a speaker's own named as fighters: its "soldiers" in the same sentence are the enemy's
_OWN_FIGHTERS = re.compile(r"(?i)\b(?:(?:its|their|our)\s+(?:own\s+)?(?:members|combatants)|"
                           r"fighters?|mujahideen|guerrillas?)\b")
# the denier's own verb after the claim it denied: "... and put its own losses at seven"
_OWN_VERB = re.compile(r"(?i)\b(?:and|but|while)\s+(?:\w+\s+)?(?:put|gave|said|added|insisted|"
                       r"acknowledged|admitted|reported|confirmed|conceded)\b")
