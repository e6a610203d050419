"""Patterns compiled once per actors table: actor aliases, quantities (from
``conflict_lib.text.quantity`` and quantifiers.csv), noun phrases and outcome bindings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from conflict_lib.countries import named_by_capital
from conflict_lib.extract.cues import _alt, _trie_re
from conflict_lib.extract.gear import _EQ_ACT, _EQ_NOUN_OF, _EQ_PASS, _EQ_WORD, _EQN
from conflict_lib.extract.params import (
    _ACT,
    _ADV,
    _AUX,
    _DET,
    _NOUN_OF,
    _NUMBER_STOP,
    _OUTCOME_NOUNS,
    _PARTS,
    _PNOUN,
    _WORD,
)
from conflict_lib.extract.patterns import _BULK_NOUN, _MORE_WORDS, _ONE_MORE
from conflict_lib.reference import Actors, actors, quantifiers
from conflict_lib.text import quantity as qty


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
    toll_first: re.Pattern[str]     # the figure before the toll: "raised to 17 the number of"
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
    eq_of_which: re.Pattern[str]
    eq_list_lead: re.Pattern[str]
    eq_others: re.Pattern[str]      # "destroyed six vehicles and seized eight others"
    eq_elided: re.Pattern[str]      # "... were destroyed and nine seized intact"
    resolved: dict = field(default_factory=dict, compare=False, hash=False)


# words that end a list's first item: a clause, a place, a time
_LIST_STOP = (r"(?:in|on|at|near|from|with|after|before|when|while|as|that|which|who|where|"
              r"killing|wounding|leaving|during|since|and|or|but|said|says)")


def _quantity_patterns() -> tuple[str, str, str, str]:
    """(people quantity, zero phrase, magnitude word, equipment quantity) regexes."""
    rules = quantifiers()
    units = [w for w in qty.UNITS if w != "zero"]
    ones = [w for w, v in qty.UNITS.items() if 1 <= v <= 9]
    numw = f"(?:(?:{_trie_re(qty.TENS)})(?:[-\\s](?:{_trie_re(ones)}))?|{_trie_re(units)})"
    scales = _alt(s for s in qty.SCALES if s != "million")
    # ("12-15 civilians": a range, read whole below; not "12-year-old")
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d.,:/]\d|\w|-(?!\d{1,3}\s))"
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
    q_eq = (f"(?:{mod}\\s+)?"  # "some thirty motorbikes", "at least two tanks"
            f"(?:(?:an?\\s+)?(?:{q_mag})\\s+{_BULK_NOUN}"
            # "a dozen motorcycles", "three dozen rifles", "a hundred vehicles"
            f"|(?:(?:{numw}|an?|half\\s+a|\\d+)\\s+)?(?:{scales})(?![\\w-])"
            f"|(?:an?|one|{digits}|{numw}|{_trie_re(vague)})(?![\\w-]))")
    return q_people, q_zero, q_mag, q_eq


# "17 enemy bodies", "12 civilian deaths": a word for the side before an outcome noun
_ENEMY_MOD = (r"(?:enemy|insurgent|militant|rebel|terrorist|jihadist|civilian|"
              r"(?:soldiers|fighters|militants|rebels|insurgents|terrorists)')(?![\w-])")


# "(three militiamen who were guiding the patrol) had also been (killed)"
_HAD_BEEN = r"had\s+(?:also|since|reportedly|later)?\s*been"


# how bodies were found ("five headless bodies", "12 charred bodies")
_BODY_STATE = (r"(?:headless|decapitated|charred|burned|burnt|mutilated|decomposed|"
               r"bullet-riddled|unidentified|lifeless)")


# "militiamen" of the VDP", "members of his family"
_OWNER_DET = r"[\"\u201c]?(?:(?:the|his|her|their|its|our|one)\s+)?[\"\u201c]?"


@lru_cache(maxsize=8)
def _vocab(reference_dir: Path | None = None) -> _Vocab:
    table = actors(reference_dir)
    words = table.aliases.word_acronyms  # "WHO", "US": in capitals only
    alias_body = _trie_re(k for k in table.aliases.alias_to_id if k not in words)
    if words:
        alias_body += "|(?-i:" + "|".join(sorted(re.escape(w.upper()) for w in words)) + ")"
    alias = f"(?:{alias_body})(?![\\w-])"
    # the lower-cased text cannot tell "US" from "us": there every alias matches
    alias_any_case = f"(?:{_trie_re(table.aliases.alias_to_id)})(?![\\w-])"
    head = f"(?:{alias}|{_PNOUN})"
    # ("Boko Haram/ISWAP terrorists": two names joined by a slash)
    core = (f"(?:{_DET}\\s+){{0,2}}(?:{_WORD}\\s+){{0,3}}?{head}(?:(?:\\s+|/){head})*"
            f"(?:\\s*\\[[^\\]\\n]{{1,40}}\\])?"
            f"(?:[\"\u201d]?\\s+(?:of|from)\\s+{_OWNER_DET}(?:{_WORD}\\s+){{0,2}}?"
            f"(?:{alias}|famil(?:y|ies)(?![\\w-])))?")  # "members of his family"
    np = (f"{core}(?:(?:\\s*,\\s*{core})*\\s*,?\\s+(?:and|as\\s+well\\s+as|&)\\s+(?:both\\s+)?"
          f"{core})?")
    q_people, q_zero, q_mag, q_eq = _quantity_patterns()
    # Numbers first: "no fewer than 200" is a count, not the zero word "no".
    q_any = f"(?:{q_people}|{q_zero})"
    flags = re.IGNORECASE
    # ('Malian soldiers and Russian "mercenaries"': a head quoted)
    heads = re.compile(f"(?<![\\w-]){head}(?:(?:\\s+[\"\u201c]?|/){head})*")
    quantities = re.compile(
        f"(?<![\\w\\-$\u20ac\u00a3])(?:(?P<q>[\"']?(?:an?\\s+)?[\"']?(?:{q_mag})\\s+(?:numbers?|amount)"
        f"(?![\\w-])[\"']?|[\"']?(?:{q_any})[\"']?|an?(?![\\w-])"
        # (not the "a" of "half a million": a scale, no count of one)
        f"(?!\\s+(?:million|thousand|hundred|billion)s?(?![\\w-])))"
        # ("light injuries", "serious wounds": how bad, not how many)
        f"|(?P<mag>{q_mag})(?!\\s+(?:injuries|wounds)(?![\\w-])))")
    np_link = re.compile(
        f"(?:\\s*\\[[^\\]\\n]{{1,40}}\\])?(?P<sep>\\s*,\\s*(?:and\\s+)?|\\s*,?\\s+(?:and|as\\s+well"
        f"\\s+as|&)\\s+)(?:both\\s+)?(?:{_DET}\\s+)?[\"']?(?:{_WORD}\\s+){{0,2}}", flags)
    of_link = re.compile(f"[\"\u201d]?\\s+(?:of|from)\\s+{_OWNER_DET}(?:{_WORD}\\s+){{0,2}}", flags)
    qo_tail = re.compile(
        # ("14 more bodies were found": more of the dead)
        f"\\s+(?:of\\s+(?:the\\s+)?)?(?:(?:their|its|our)\\s+)?(?:(?:more|other|further)\\s+)?"
        f"(?:{_BODY_STATE}\\s+)?"
        f"(?:(?P<mod>{alias}|{_ENEMY_MOD})\\s+)?"
        f"(?P<o>{_OUTCOME_NOUNS}(?:\\s+(?:and|or|and/or)\\s+{_OUTCOME_NOUNS})*)(?![\\w-])", flags)
    toll = re.compile(
        f"(?P<o>(?:(?:death|casualty|injury)\\s+)?toll|losses(?=(?:\\s+[\\w'-]+){{0,9}}?\\s+(?:at|amounted|"
        f"totall?ed|stood|reached|numbered)\\s)"
        # "our losses are 11 dead", "its casualties were three killed": a side's own tally
        f"|(?:(?<=\\bour\\s)|(?<=\\bits\\s)|(?<=\\btheir\\s))(?:losses|casualties)"
        f"(?=\\s+(?:are|were|stand\\s+at)\\s)"
        f"|number\\s+of\\s+"
        f"(?:(?P<tmod>[\\w-]+(?:\\s+[\\w-]+){{0,2}}?)\\s+)?(?:dead|deaths|fatalities|casualties|killed|martyrs|"
        f"wounded|bodies|"
        f"injured)(?=(?:\\s+[\\w'-]+){{0,18}}?\\s+(?:at|to|stood|reached|rose)\\b))"
        # "the number of people killed by ... in the city of Zaporizhzhia rose to 19": a
        # long way to the figure (commas and all) only when the toll rises to it, and not
        # through a war's or a year's toll or a clause of its own ("..., but the number of")
        f"\\s+(?:(?:[\\w'-]+\\s+){{0,9}}?|(?:(?!(?:but|since|war|wars|siege|campaign|coup|"
        f"floods?|insurgency|conflict|year)\\b)[\\w'()-]+,?\\s+){{10,30}}?(?=(?:rose|climbed|"
        f"risen|increased|jumped)\\s+to\\s)(?:[\\w'-]+\\s+))"
        # ("put the toll higher, at 21")
        f"(?:(?:higher|lower),\\s+)?"
        f"(?:to|at|of|was|is|are|were|stand\\s+at|stood\\s+at|reached|totall?ed|numbered)\\s+"
        f"(?P<q>{q_people})"
        f"(?![\\w-])"
        f"(?:\\s+[\"']?(?P<o2>(?:killed|dead)\\s+(?:and|or)\\s+(?:wounded|injured)|killed|dead|"
        # "put its own losses at six \"martyrs\"": a party's martyrs are its dead
        f"wounded|injured|martyrs)(?![\\w-]))?", flags)
    # "raised to 17 the number of soldiers killed", "brought to 40 the death toll": the
    # figure before the toll it sets (the groups are the toll's)
    toll_first = re.compile(
        f"(?<![\\w-])(?:rais\\w*|revis\\w*|brought|bring\\w*|increas\\w*|lower\\w*|put|"
        f"puts|putting|push\\w*|took|taking|takes)\\s+to\\s+(?P<q>{q_people})\\s+the\\s+"
        f"(?P<o>(?:(?:provisional|official|overall|new|latest)\\s+)?(?:death\\s+|casualty\\s+)?"
        f"toll|number\\s+of\\s+(?:(?P<tmod>[\\w-]+(?:\\s+[\\w-]+){{0,2}}?)\\s+)?(?:dead|deaths|"
        f"fatalities|casualties|killed|wounded|injured|bodies|victims|missing))(?![\\w-])"
        f"(?P<o2>(?!))?", flags)
    after = re.compile(
        f"(?:\\s*\\[[^\\]\\n]{{0,40}}\\])?(?:\\s*,\\s*(?:who|which|that|including|among\\s+them|"
        f"mostly|many\\s+of\\s+them|most\\s+of\\s+them|aged|ages|from|both\\s+(?:aged|from|members))"
        # (closed by a quotation mark: '"at least 40 civilians, including women" had been')
        f"\\b(?:[^,;.]|(?<=\\d)[,.](?=\\d{{3}})){{0,150}}(?:,|[\"\u201d](?=\\s))"
        # "six people, two of them children, were killed"; "two civilians, a shepherd and
        # his nephew, died" (with "were" or "died" next: "..., two of them children, killed
        # when" lists the part)
        f"|\\s*,\\s*(?P<appos>(?:at\\s+least\\s+)?[\\w-]+\\s+of\\s+them|an?"
        # "11 of its personnel, seven soldiers and four militiamen, were killed"
        f"|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s[^,;.]{{1,120}},"
        f"(?=\\s+(?:also\\s+)?(?:were|was|had|have|has|are|is|died|perished)\\s)"
        # "11 members of the VDP, the army's civilian auxiliaries, were also among the dead";
        # "four civilians, herders watering their animals, were killed"
        f"|\\s*,\\s*(?:(?:the|all|both|its|their|his|her)\\s|[a-z][\\w-]*s\\s)[^,;.\"]{{1,60}},"
        f"(?=\\s+(?:also\\s+)?(?:were|was|had|have|has|are|is|died|perished)\\s))?"
        # "Two children, aged 6 and 13, were among the dead"
        f"(?:\\s*,\\s*aged\\s+\\d{{1,3}}(?:\\s*(?:,|and|to|-)\\s*\\d{{1,3}})*\\s*,)?[\"']?"
        # "four others in the patrol were wounded", "nine fighters on both sides died", "20
        # members of the escort had been wounded"
        f"(?:\\s+(?P<where>(?:in|on|at|aboard|inside|near|from|of)\\s+"
        f"(?:the\\s+|a\\s+|an\\s+|their\\s+|its\\s+)?[a-z][\\w'-]*(?:\\s+[a-z][\\w'-]*)??)"
        f"(?=\\s+(?:{_AUX}\\s|(?:died|perished)\\b)))?"
        # "two men who tried to run were shot dead"
        # (not "an officer who asked not to be named said 12 soldiers were killed": a speaker)
        # ("four soldiers who were still unaccounted for": the aux right after "who")
        f"(?:\\s+(?:who|that)"
        f"(?:\\s+(?:(?!(?:said|says|told|added|claimed)\\b)[^,;.\"\\d]){{1,50}}?)?"
        f"(?=\\s+(?:were|was|{_HAD_BEEN})\\s)"
        # '12 terrorists belonging to the "Fitna al Khawarij" were sent to hell'
        f"|\\s+(?:belonging\\s+to|affiliated\\s+(?:with|to)|loyal\\s+to|linked\\s+to)\\s+"
        f"[^,;.]{{1,50}}?(?=\\s+(?:were|was|{_HAD_BEEN})\\s))?"
        f"\\s+(?:(?P<aux>{_AUX})\\s+)?(?:{_ADV}\\s+){{0,3}}[\"']?(?P<o>{_PARTS}|bodies|corpses)"
        f"(?![\\w-])", flags)
    after_appos = re.compile(
        f"\\s*,\\s*(?:(?:either|all|both|most|many|some)\\s+(?:of\\s+them\\s+)?)?(?P<o>{_PARTS})"
        f"(?![\\w-])(?=\\s*(?:[,.;:)\"]|$|(?:in|on|at|during|by|near|after|when|while|"
        f"according|following|and)\\b))", flags)
    before = re.compile(
        f"(?P<o>{_ACT}(?:\\s*,?\\s+(?:and|or|and/or)\\s+{_ACT})*|{_NOUN_OF})[\"']?\\s+"
        f"(?:(?:up|off|away|only|just|merely|all)\\s+)?[\"']?$", flags)  # ("killed all eight")
    # "among the soldiers", "no losses were recorded among X", "on the side of the FAMa"
    on_np = re.compile(f"(?:\\s+(?:were|was|had\\s+been|have\\s+been|has\\s+been)\\s+"
                       f"(?:recorded|reported|suffered|sustained|registered))?"
                       # "heavy losses in lives (and equipment) on the rebels"
                       f"(?:\\s+in\\s+(?:lives|life|men|personnel|manpower)(?:\\s+and\\s+"
                       f"(?:equipment|materiel|hardware))?)?"
                       f"\\s+(?:on\\s+the\\s+side\\s+of|on|among|to|within|for|"
                       f"in\\s+the\\s+ranks\\s+of)\\s+(?P<np>{np})", flags)
    # (not a span of time or way: "died two days after the attack", "a day later")
    object_follows = re.compile(
        f"(?!\\s+(?:\\d[\\d,]*|[a-z]+(?:[\\s-][a-z]+)?)\\s+(?:days?|hours?|weeks?|months?|years?|"
        f"minutes?|nights?|km|"
        f"kilometres?|miles?)(?![\\w-]))"
        f"\\s+(?:(?:the|a|an|its|their|his|her|some|several|dozens|scores|many|at\\s+least|"
        f"around|about|more\\s+than)(?![\\w-])|\\d|{head}|{q_people})", flags)
    eq_scan = re.compile(
        f"(?<![\\w-]){_EQN}(?:\\s+{_EQN})*(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|or)\\s+)"
        f"(?:(?:an?|\\d+|{_NUMBER_STOP})\\s+)?(?:{_EQ_WORD}\\s+){{0,3}}?{_EQN}(?:\\s+{_EQN})*)*")
    eq_q_before = re.compile(  # (four "technicals": a word quoted as the group's own)
        f"(?<![\\w-])(?P<q>{q_eq})\\s+(?:of\\s+)?(?:(?:its|their|our|the)\\s+)?[\"']?$", flags)
    # "downed or electronically suppressed 61 of the drones": two verbs share the count
    eq_before = re.compile(f"(?<![\\w-])(?P<o>{_EQ_ACT}(?:\\s+(?:or|and)\\s+(?:[a-z]+ly\\s+)?"
                           f"[a-z]+ed)?|{_EQ_NOUN_OF})\\s+$", flags)
    # "destroyed the RSF's forward operations room, 12 combat vehicles and two trucks": the
    # verb before a list whose first item is no equipment and is not counted
    # ("set fire to the barracks and four armoured vehicles"; "seized a large quantity of
    # arms, including four vehicles": a counted part of the first item)
    eq_list_lead = re.compile(
        f"(?<![\\w-])(?P<o>destroy(?:ed|ing|s)?|seiz(?:ed|ing|es?)|captur(?:ed|ing|es?)|"
        f"burn(?:ed|t|ing)|torch(?:ed|ing)|recover(?:ed|ing)|confiscat(?:ed|ing)|"
        f"set(?:ting)?\\s+fire\\s+to|ma(?:de|king)\\s+off\\s+with|dr(?:ove|iving)\\s+off\\s+with|"
        f"carr(?:ied|ying)\\s+(?:off|away))\\s+"
        f"(?:the|a|an|its|their|his)\\s+(?:(?!{_LIST_STOP}\\b)[a-z][\\w'-]*\\s+){{0,5}}"
        f"(?!{_LIST_STOP}\\b)[a-z][\\w'-]*(?:\\s*,\\s*(?:including\\s+|among\\s+them\\s+)?|"
        f"\\s+and\\s+)$", flags)
    # "launched 64 drones at the country, of which 45 were shot down", "... and that air
    # defences shot down 48 of them"
    eq_of_which = re.compile(
        f"[^.;:]{{0,70}}?\\b(?P<o2>{_EQ_ACT})\\s+(?P<q2>{q_eq})\\s+of\\s+them\\b|"
        f"[^.;:]{{0,60}}?,\\s*(?:(?:of\\s+which|of\\s+them|of\\s+these)\\s+(?P<q>{q_eq})|"
        # "launched 51 drones overnight, 38 of which were shot down"
        f"(?:[^.;:]{{0,50}}?\\b(?:that|and)\\s+)?(?P<q3>{q_eq})\\s+of\\s+(?:which|them|these))\\s+"
        f"(?:were|was|had\\s+been|have\\s+been)\\s+(?:(?:{_ADV})\\s+)?"
        f"(?P<o>{_EQ_PASS}(?:\\s+(?:or|and)\\s+{_EQ_PASS})*)(?![\\w-])", flags)
    eq_after = re.compile(
        f"\\s*(?:\\s(?P<aux>{_AUX})\\s+)?(?:(?:{_ADV})\\s+)?"
        f"(?P<o>{_EQ_PASS}(?:\\s+(?:or|and)\\s+{_EQ_PASS})*)(?![\\w-])", flags)
    eq_compound = re.compile(r"\s+(?P<o>crash(?:es)?)(?![\w-])", flags)
    eq_relative = re.compile(
        r"\s*,?\s+(?:which|that)\s+(?:(?:later|subsequently|then|eventually|also)\s+)?"
        r"(?P<o>crashed|exploded|went\s+down|came\s+down|was\s+destroyed|caught\s+fire)"
        r"(?![\w-])", flags)
    eq_owner_after = re.compile(
        f"\\s+(?:of|belonging\\s+to|from|(?:owned|used|driven|operated|flown)\\s+by)\\s+(?:the\\s+)?"
        f"(?P<np>(?:{_WORD}\\s+|(?:killed|dead|slain|fleeing|captured)\\s+){{0,2}}?"
        f"(?:{alias}|{_PNOUN}|army|military))(?![\\w-])", flags)
    # "recovered from the killed terrorists"
    # ("... and captured 12 more fighters", "took 15 others hostage": people)
    # "17 vehicles were destroyed and nine seized intact": more of the same, its verb elided
    eq_elided = re.compile(f"\\s+and\\s+(?P<q>{q_eq})\\s+(?:(?:more|others?)\\s+)?"
                           f"(?:(?:were|was)\\s+)?(?P<o>{_EQ_PASS})(?![\\w-])"
                           f"(?!\\s+(?:by|with|from)\\b)", flags)
    eq_others = re.compile(f"(?<![\\w-])(?P<o>{_EQ_ACT})\\s+(?P<q>{q_eq})\\s+"
                           f"(?:{_MORE_WORDS}|{_ONE_MORE})"
                           f"(?![\\w-])(?!\\s+(?!(?:in|on|at|near|intact|undamaged|and|as|"
                           f"during|from|while|before|after|when|that|which|belonging)\\b)[a-z])",
                           flags)
    return _Vocab(
        table, re.compile(f"(?<![\\w-]){alias}", flags),
        re.compile(f"(?<![\\w-]){alias_any_case}"),
        heads, quantities, np_link, of_link,
        qo_tail, toll, toll_first, after, after_appos, before, on_np, object_follows, eq_scan,
        eq_q_before, eq_before, eq_after, eq_compound, eq_relative, eq_owner_after,
        eq_of_which, eq_list_lead, eq_others, eq_elided,
    )


def _resolve(vocab: _Vocab, phrase: str) -> str | None:
    """The actor a phrase names (the first that is not the outlet), as the
    normaliser reads a claimant."""
    cache = vocab.resolved
    if phrase in cache:
        return cache[phrase]
    found = vocab.table.aliases.find(phrase)
    if not found and (state_office := named_by_capital(phrase)):
        found = vocab.table.aliases.find(state_office)  # "the defence ministry in Moscow"
    named = [i for i in found if i != "outlet"] or found
    cache[phrase] = named[0] if named else None
    if len(cache) > 50_000:
        cache.clear()
    return named[0] if named else None


def _belligerent(vocab: _Vocab, actor: str | None) -> bool:
    return actor is not None and actor in vocab.table.by_id and \
        vocab.table.by_id[actor].kind == "belligerent"


# "Killed in the shelling were four soldiers": the outcome opens the sentence, the count
# follows its verb
INVERTED_HIT = re.compile(r"\s*[\"']?(?P<o>killed|wounded|injured|abducted|kidnapped)\s+"
                          r"(?:in|during|at|on|by)\s+[^,;.\"]{1,60}?\s+(?:were|was)\s+$",
                          re.IGNORECASE)


def parties_named(vocab: _Vocab, text: str) -> list[re.Match[str]]:
    """The aliases in ``text`` that name a belligerent, in order."""
    return [h for h in vocab.alias.finditer(text) if _belligerent(vocab, _resolve(vocab, h[0]))]
