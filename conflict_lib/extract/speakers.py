"""Speakers across an article: a speaker named only by a title or a surname is the one
the article introduced ("..., governor says"; "Akpovi said"), and which phrases name a
speaker at all."""

from __future__ import annotations

import re
from bisect import bisect_right

from conflict_lib.countries import CAPITALS, country_in
from conflict_lib.extract.model import _Attribution, _Context
from conflict_lib.extract.params import _ANAPHOR_REGION, _PRONOUN_REGION, MINISTRY_OF, OWN_PEOPLE
from conflict_lib.extract.patterns import _NEW_SOURCE, _OPENING_OFFICER, _OPENING_SPEAKER
from conflict_lib.extract.vocab import _belligerent, _resolve, _Vocab
from conflict_lib.reference import number_variant, singular
from conflict_lib.roles import family_of, party_by_word, role_actor, role_of

# "Governor Ivan Fedorov", "Regional governor Oleh Syniehubov": a title before a name
_TITLE_NAME = re.compile(
    r"(?:[A-Z][a-z-]+\s+)?((?:[Gg]overnor|[Mm]ayor|[Mm]inister|[Ss]pokes(?:man|woman|person)|"
    r"[Cc]ommander|[Pp]refect|[Aa]dministrator|[Pp]resident|[Cc]hief))(?:\s+[A-Z][\w'.-]+){1,3}")


# an apposition that makes a named speaker a witness: "a trader", "a farmer in X",
# "a resident of Y", "a survivor", "the village chief"
WITNESS = re.compile(
    r"(?i)(?:an?|the|one|another)\s+(?:[\w-]+\s+){0,2}?(?:trader|farmer|herder|resident|villager|"
    r"survivor|witness|teacher|shopkeeper|vendor|driver|fisherman|mechanic|student|"
    r"father|mother|relative|neighbou?r|elder|imam|pastor|priest|merchant|notable)s?\b|"
    # "who lives in a village near the base", "who fled the town": someone who was there
    r"who\s+(?:lives|lived|farms|fled|survived|witnessed|saw|escaped)\b")


def _resolves(vocab: _Vocab, phrase: str) -> bool:
    """The table names the phrase, in the singular or plural ("a local elected official"
    for "local elected officials")."""
    return any(_resolve(vocab, p) not in (None, "outlet")
               for p in (phrase, number_variant(phrase)) if p)


# a note that a speaker phrase was read as another: "'Agency spokesman X' = ..."
_READ_AS = re.compile(r"'([^']+)' = ")


# a sentence that opens on a country ("In Russia, the defence ministry said ...")
_IN_COUNTRY = re.compile(r"\s*In\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s*,")


def _opening_country(ctx: _Context, rows: list[dict]) -> None:
    """"In Russia, the defence ministry said ...", "In Moscow, the Defence Ministry said":
    a state office named by its role in a sentence that opens on a country or its capital
    is that country's ("the defence ministry (Russia)"), not the army the article named
    last; and so when a later sentence refers back to it ("the ministry said")."""
    leads = {k: lead for k, s in enumerate(ctx.sentences)
             if (lead := _IN_COUNTRY.match(ctx.work, s.start, s.end))}
    starts = [s.start for s in ctx.sentences] if leads else []
    for r in rows if leads else ():
        claimant = r["claimant_raw"] or ""
        if not claimant or country_in(claimant) is not None or role_of(claimant) is None:
            continue
        named = ctx.work.rfind(claimant, 0, r["end"])  # where it is named: here or before
        lead = leads.get(bisect_right(starts, named) - 1) if named >= 0 else None
        if lead is None or named < lead.end():
            continue
        # (the country's own name: "In Russian-held Donetsk," names a place, not a state)
        country = CAPITALS.get(lead.group(1)) or (
            lead.group(1) if country_in(lead.group(1)) == lead.group(1) else None)
        if country and _resolve(ctx.vocab, claimant) is None:
            r["claimant_raw"] = f"{claimant} ({country})"


def _surname_speaker(ctx: _Context, rows: list[dict]) -> None:
    """A speaker named by surname alone ('..., Akpovi said') is the person the article
    introduced with a title ("government spokesman Romuald Akpovi")."""
    introduced: dict[str, tuple[int, str] | None] = {}  # surname → (offset, phrase), once
    holders: dict[str, list[dict]] = {}  # a capitalised word → the rows whose speaker holds it
    # "Agency spokesman Raed al-Dahshan" read earlier as the agency's: by last word, once
    read_as: dict[str, dict] = {}
    for o in rows:
        for phrase in _READ_AS.findall(o["notes"] or ""):
            read_as.setdefault(phrase.split()[-1].split("-")[-1], o)
    for r in rows:
        raw = (r["claimant_raw"] or "").strip()
        # "Akpovi", "Lt. Col. Prosper Mwamba": a name alone, the table's or not
        if not re.fullmatch(r"(?:[A-Z][\w'.-]*\s+){0,4}[A-Z][\w'-]{2,}", raw) \
                or _resolve(ctx.vocab, raw) is not None or role_of(raw) is not None \
                or country_in(raw) is not None:  # ("Syria says": the state, no person)
            continue
        if raw not in introduced:
            earlier = read_as.get(raw.split()[-1].split("-")[-1])
            introduced[raw] = (earlier["start"], earlier["claimant_raw"]) \
                if earlier is not None and earlier is not r and earlier["start"] < r["start"] \
                else _introduction(ctx, raw, r["end"])
            if introduced[raw] is None and (earlier := _spoke_before(raw, r, rows, holders)):
                introduced[raw] = (earlier["start"], earlier["claimant_raw"])
        found = introduced[raw]
        if found is not None and found[0] < r["end"]:
            respeak(r, found[1], f"'{raw}' = {found[1]} (introduced earlier)")


def _spoke_before(name: str, row: dict, rows: list[dict], holders: dict[str, list[dict]]
                  ) -> dict | None:
    """The first earlier row whose speaker phrase holds the name and more ("Ahmed Yusuf,
    the district commissioner" for a later "Yusuf"): how the article introduced him. The
    rows are indexed by the capitalised words of their speakers once (an archive article
    names thousands)."""
    if not holders:
        for o in rows:
            for w in set(re.findall(r"[A-Z][\w'-]+", o["claimant_raw"] or "")):
                holders.setdefault(w, []).append(o)
    word = re.compile(rf"\b{re.escape(name)}\b")
    return next((o for o in holders.get(name.split()[-1], ()) if o["start"] < row["start"]
                 and o["claimant_raw"] != name and word.search(o["claimant_raw"])), None)


# how far back a name's introduction is looked for: a wire story's length (a search of the
# whole text per name made a 5 MB archive file quadratic)
_INTRODUCED_WITHIN = 6000


# a finite verb or an outcome: the words before "<comma> Name" are a clause, not an office
_CLAUSE = re.compile(r"(?i)\b(?:were|was|is|are|had|has|have|said|says|killed|dead|died|"
                     r"wounded|injured)\b")


def _introduction(ctx: _Context, surname: str, end: int) -> tuple[int, str] | None:
    """(offset, "title first-name surname") where the article first names ``surname``,
    within a story's length before ``end``, with words the table or a role reads."""
    first = re.compile(rf"(?i)\b{re.escape(surname)}\b").search(
        ctx.work, max(0, end - _INTRODUCED_WITHIN), end)
    if first is None:
        return None
    start = first.start()
    particle = re.search(r"(?i)\b(?:al|el|ad|ag|ould|bin|ibn)-$",
                         ctx.work[max(0, start - 6) : start])
    if particle:  # "Khalid al-Tayeb" ... "Tayeb said": the particle belongs to the name
        start -= len(particle.group(0))
        surname = particle.group(0) + surname
    before = ctx.work[max(0, start - 80) : start]
    words = re.split(r"[,.;:\"()]|\n", before)[-1].split()[-7:]
    for k in range(len(words)):
        phrase = " ".join([*words[k:], surname])
        if _resolve(ctx.vocab, phrase) is not None or role_of(phrase) is not None:
            return start, phrase
    titled = _TITLE_NAME.search(" ".join([*words, surname]))
    if titled and titled.end() == len(" ".join([*words, surname])):
        return start, titled.group(0)  # "Governor Oleh Marchuk": his title, read later
    # "The Director of Defence Media Operations, Maj.-Gen. Samuel X," and "Samuel X,
    # spokesman for army operations,": the office in apposition to the name
    title = re.search(r"([A-Za-z][A-Za-z' -]{2,60}),\s+(?:[A-Z][\w'.-]*\s+){0,4}$", before)
    # (after the rest of the name: "Asres Mengistu, a spokesman for ...", read later "Asres")
    after = re.match(r"(?:\s+[A-Z][\w'.-]+){0,3},\s+([a-z][\w' ()-]{2,100})[,.]",
                     ctx.work[first.end() : first.end() + 140])
    for office in (title.group(1) if title else "", after.group(1) if after else ""):
        office = office.strip()
        if _CLAUSE.search(office):
            continue  # "Four children were among the dead, Governor X wrote": a clause
        if office and (_resolve(ctx.vocab, office) is not None or role_of(office) is not None):
            return start, office
        if office and WITNESS.match(office):  # "Musa X, a grain trader in the village,"
            return start, "a resident"
    return None


# words every armed group's name may hold ("the New York-based group" is no party's)
_COLLECTIVE = re.compile(r"(?i)\b(?:groups?|movements?|coalition|alliance|organi[sz]ation|"
                         r"network|front)\b")


def respeak(row: dict, phrase: str, note: str) -> None:
    """Give ``row`` the speaker ``phrase``, the note saying why first."""
    row["claimant_raw"] = phrase
    row["notes"] = "; ".join(n for n in (note, row["notes"]) if n)


_ROLE_TITLE = re.compile(r"(?i)(?:the\s+)?(?:army|military|armed\s+forces|police)")
# a party's people, not a title: "its soldiers", "their own men"
_POSSESSED = re.compile(r"(?i)(?:its|their|his|her|our)\s+(?:[\w-]+\s+)?" + OWN_PEOPLE)


def _same_title(ctx: _Context, rows: list[dict]) -> None:
    """A speaker named only by a title ("..., governor says" in a headline; "the
    minister") is the speaker the article names with that title ("regional governor
    Oleh Syniehubov said"): of several, the nearest named before (a headline: the
    first after)."""
    vocab = ctx.vocab
    titled: list[tuple[dict, re.Match[str]]] = []
    for r in rows:
        raw = (r["claimant_raw"] or "").strip()
        if _resolve(vocab, raw) is not None or _POSSESSED.fullmatch(raw):
            continue  # ("its soldiers": the party's people, no title)
        # (a title ends in lower case, "Burkina army", "the New York-based group", or is
        # one word, "Congo"; "The Arakan Army" is a name)
        title = re.fullmatch(r"(?:[Tt]he\s+|[Aa]n?\s+)?((?:[A-Z][\w-]+\s+){0,2}[a-z][a-z-]*"
                             r"(?:\s+[a-z][a-z-]*){0,2}|[A-Z][a-z-]+)", raw) \
            or _TITLE_NAME.fullmatch(raw)
        if title and not _resolves(vocab, raw) and country_in(raw) is None \
                and party_by_word(_COLLECTIVE.sub(" ", raw), vocab.table, roles_too=True) is None \
                and not _ROLE_TITLE.fullmatch(raw):  # ("the army": not the Baloch Liberation Army)
            # ("The paramilitary group" names the one party called paramilitary)
            # ("a doctor": the table knows "doctors"; "Somalia says": the state, not a title)
            titled.append((r, title))
    if not titled:
        return
    # the words of every speaker the table reads, indexed once (an archive article holds
    # thousands of rows)
    by_word: dict[str, list[tuple[int, str]]] = {}
    # (and titled names the table does not read, "regional governor Oleh Syniehubov": what a
    # headline's "governor says" means, read after it; a later "the regional governor" in
    # the body may be another region's, so only a headline looks there)
    named_by_word: dict[str, list[tuple[int, str]]] = {}
    headline_end = ctx.sentences[0].end if ctx.sentences else -1
    in_headline = any(r["start"] < headline_end for r, _ in titled)
    known: dict[str, bool] = {}
    for o in rows:
        phrase = o["claimant_raw"] or ""
        if phrase not in known:
            known[phrase] = bool(phrase) and _resolves(vocab, phrase)
        index = by_word if known[phrase] else named_by_word \
            if in_headline and _TITLE_NAME.search(phrase) else None
        if index is not None:
            for w in {singular(w) for w in re.findall(r"[a-z][a-z-]*", phrase.lower())}:
                index.setdefault(w, []).append((o["start"], phrase))
    for r, title in titled:
        raw = (r["claimant_raw"] or "").strip()
        headline = r["start"] < headline_end
        # "health ministry spokesman": the spokesman, else the ministry, the article names
        for word in reversed(title.group(1).split()):
            key = singular(word.lower())
            fuller = [c for c in by_word.get(key, []) if c[1] != raw]
            before = [c for c in fuller if c[0] <= r["start"]]
            if headline:
                fuller += [c for c in named_by_word.get(key, []) if c[1] != raw]
            if fuller:
                if not before and _TITLE_NAME.fullmatch(raw):
                    break  # "Governor Oleh Marchuk" is no governor named after him
                pick = before[-1] if before else min(fuller)
                if _another_region(ctx, r, raw, pick[1]):
                    break  # "... in the neighbouring Dnipropetrovsk region, its governor said"
                respeak(r, pick[1], f"'{raw}' = {pick[1]} (the speaker the article names with "
                                    "that title)")
                break


# an army by its role only: "the army", "the military's spokesman for the sector"
_BARE_ARMY = re.compile(r"(?i)(?:the\s+)?(?:army|military|armed\s+forces)(?:'s?\s+(?:[\w-]+\s+)?"
                        r"(?:spokes(?:man|woman|person)|commander|statement)"
                        r"(?:\s+(?:for|in)\s+the\s+[\w-]+)?)?")


def _army_spoke_before(ctx: _Context, rows: list[dict]) -> None:
    """"the army's spokesman" after "The Congolese army said": of two armies the table
    lists, the one that spoke before, not a foreign army named in between ("the Rwandan
    soldiers it accuses of fighting beside them")."""
    table = ctx.vocab.table
    armies = {i for i in table.by_id if family_of(i, table) == "army"}
    if len(armies) < 2:
        return
    spoke: list[str] = []
    for r in sorted(rows, key=lambda r: r["start"]):
        raw = (r["claimant_raw"] or "").strip()
        if _resolve(ctx.vocab, raw) in armies:
            spoke.append(raw)
        elif spoke and _BARE_ARMY.fullmatch(raw):
            respeak(r, spoke[-1], f"'{raw}' = {spoke[-1]} (the army that spoke before)")


_REGION = re.compile(r"(?i)\b(?:region|province|oblast|governorate|state|district|county)\b")


def _another_region(ctx: _Context, row: dict, raw: str, named: str) -> bool:
    """"Its governor" after a region named in its own sentence, where the titled speaker
    named before is of a country that sentence does not name ("The governor of Russia's
    Belgorod region" before "... in the Dnipropetrovsk region, its governor said")."""
    sent = ctx.sentences[row["_si"]]
    before = ctx.work[sent.start : max(sent.start, ctx.work.find(raw, sent.start, sent.end))]
    country = country_in(named)
    return bool(re.match(r"(?i)(?:its|their)\s", raw) and _REGION.search(before)
                and country and country_in(before) != country)


def describes_voice(apposition: str) -> bool:
    """Whether an apposition may say whose voice a person is: not one that names a country
    with no armed role ("the head of the Nigerian Union of Journalists" is no army's)."""
    return country_in(apposition) is None or role_of(apposition) is not None


# the words an armed group is referred back to by ("the group", "the militants")
GROUP_WORDS = r"(?:group|movement|militia|faction|outfit|insurgents|rebels|jihadists|militants)"
_ARMED_REFERENCE = re.compile(r"(?i)\b" + GROUP_WORDS + "$")


# "the group's spokesman", "the movement's media wing": the voice of an armed group
# ("the militant group's military spokesman": a word for what kind of group it is)
_GROUP_KINDS = r"(?:militant|armed|jihadist|rebel|insurgent|islamist|extremist|separatist)"
_GROUP_VOICE = re.compile(r"(?i)(?:the|this)\s+(?:" + _GROUP_KINDS + r"\s+)?" + GROUP_WORDS
                          + r"(?:'s|')\s")
ARMED_GROUP_VOICE = re.compile(r"(?i)(?:the|this)\s+" + _GROUP_KINDS + r"\s+" + GROUP_WORDS
                               + r"(?:'s|')\s")  # "the rebel movement's spokesman": armed


def _groups_named(ctx: _Context, si: int, v: int, back: int):
    """(sentence index, alias match, actor) of each belligerent named in sentence ``si``
    before ``v`` and in the ``back`` sentences before it, the nearest sentence first."""
    vocab = ctx.vocab
    for j in range(si, max(-1, si - back - 1), -1):
        sent = ctx.sentences[j]
        for m in vocab.alias_low.finditer(ctx.low, sent.start, v if j == si else sent.end):
            actor = _resolve(vocab, m.group(0))
            if _belligerent(vocab, actor):
                yield j, m, actor


def _named_group(ctx: _Context, si: int, v: int, back: int = 3, outside_state: bool = False
                 ) -> str:
    """The armed group outside the state's forces named last before ``v``, in this
    sentence or the ``back`` before it (whether or not it spoke); with ``outside_state``,
    one of the government's side only when no other is named."""
    last: dict[int, re.Match[str]] = {}
    other: dict[int, re.Match[str]] = {}
    for j, m, actor in _groups_named(ctx, si, v, back):
        if family_of(actor, ctx.vocab.table) not in ("army", "police"):
            last[j] = m  # (the last in its sentence)
            if ctx.vocab.table.by_id[actor].side != "government":
                other[j] = m
    if outside_state and other:
        last = other
    if not last:
        return ""
    m = last[max(last)]
    return ctx.work[m.start() : m.end()]


def armed_group_voice(ctx: _Context, si: int, v: int, ve: int, kind: str, claimant: str,
                      found: list[_Attribution]) -> _Attribution | None:
    """"The rebel movement's spokesman said": the armed group that spoke last, else the one
    named last outside the state's forces, else the party its words name (the table's
    rebels); never a source or an army that spoke before. None for other speakers."""
    if not ARMED_GROUP_VOICE.match(claimant):
        return None
    armed = [a for a in found if a.pos < v and _belligerent(ctx.vocab, a.actor)
             and not state_force(ctx.vocab, a.claimant)]
    if armed:
        return _Attribution(v, ve, kind, armed[-1].claimant, armed[-1].actor,
                            f"'{claimant}' = {armed[-1].claimant}")
    if group := _named_group(ctx, si, v, outside_state=True):
        return _Attribution(v, ve, kind, group, _resolve(ctx.vocab, group),
                            f"'{claimant}' = {group} (the group named last)")
    return _Attribution(v, ve, kind, claimant, None, "speaker not in actors.csv")


# an unnamed private person with a clause of his own: "a man who lost relatives", "a woman
# whose sons were killed"
PERSON_WHO = re.compile(r"(?i)\s*((?:an?|one|another)\s+(?:(?:young|old|elderly|middle-aged)\s+)?"
                         r"(?:man|woman|mother|father|survivor|resident|villager|farmer|trader))"
                         r",?\s+(?:who|whose)\b")


# a member of a group the report has just named: "one of their commanders (in Masisi)", "a
# commander of one of the groups"
THEIR_MEMBER = re.compile(
    r"(?i)(?:(?:one|two|a|an)\s+of\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:commanders|leaders|members|"
    r"fighters|officials|spokesmen)|an?\s+(?:[\w-]+\s+)?(?:commander|leader|member|fighter|"
    r"official)\s+of\s+one\s+of\s+(?:the|those|these)\s+(?:groups|militias|factions))"
    r"(?:\s+(?:in|at|from|near)\s+.*)?")


# "a member of the group", "the group's local commanders", "the militia's elements"
_OF_THE_GROUP = re.compile(r"(?i)\bof\s+the\s+(?:group|movement|organi[sz]ation)$")
_THE_GROUPS = re.compile(r"(?i)^(?:(?:the|this)\s+)?(?:same\s+)?(?:group|movement|militia|"
                         r"organi[sz]ation|outfit|gang)(?:'s|')\s+(?P<rest>\w.*)$")
_GROUP_OF = re.compile(r"(?i)\bgroup\s+of\b")  # ("a group of traders": not the armed group)


def group_meant(ctx: _Context, si: int, at: int, noun: str) -> str:
    """The people of "the group" a noun names ("a member of the group", "the group's
    commanders"): of the armed group named last before ``at``; "" when the noun names no
    group, or after "a group of" people ("a group of traders")."""
    owned = _THE_GROUPS.match(noun)
    if not (owned or _OF_THE_GROUP.search(noun)) \
            or _GROUP_OF.search(ctx.work, max(0, at - 400), at):
        return ""
    # ("the group's fighters" after al-Shabaab's boast of killing "apostate militiamen", a
    # pro-government militia: the group, not the militia; "the militia's elements": either)
    group = _named_group(ctx, si, at, back=3, outside_state="militia" not in noun.lower())
    return f"{group} {owned.group('rest')}" if group and owned else group


# a group described by its creed, not named: "the al Qaeda-linked group" (not by a patron:
# "the Ankara-backed faction" may be on the state's side)
_DESCRIBED_GROUP = re.compile(
    r"(?i)(?:the|this)\s+(?:[\w'-]+\s+)?(?:[\w'-]+-(?:linked|affiliated|inspired)|islamist|"
    r"jihadist|salafi(?:st)?|extremist|militant)\s+(?:armed\s+|militant\s+)?" + GROUP_WORDS)


def _described_group(ctx: _Context, si: int, v: int, back: int = 3) -> str:
    """"The al Qaeda-linked group said": the one jihadist group (or, in a table that lists
    none on that side, the one armed group outside the state's side) named in this sentence
    before ``v`` or the ``back`` before it; "" when none or several are."""
    table = ctx.vocab.table
    wanted = "jihadists" if any(a.side == "jihadists" for a in table.by_id.values()) \
        else "rebels"
    named: dict[str, tuple[int, re.Match[str]]] = {}
    for j, m, actor in _groups_named(ctx, si, v, back):
        if table.by_id[actor].side == wanted and named.get(actor, (j,))[0] == j:
            named[actor] = (j, m)  # (where it is named last)
    if len(named) != 1:
        return ""
    _, m = next(iter(named.values()))
    return ctx.work[m.start() : m.end()]


def _opener(ctx: _Context, j: int) -> re.Match[str] | None:
    """The speaker who opens sentence ``j``, if one does ("The army issued a statement.")."""
    sent = ctx.sentences[j]
    return _OPENING_SPEAKER.match(ctx.work, sent.start, sent.end) \
        or _OPENING_OFFICER.match(ctx.work, sent.start, sent.end)


def state_army(vocab: _Vocab, actor: str) -> bool:
    """A belligerent that is a state's army or police (the Baloch Liberation Army is not)."""
    return vocab.table.by_id[actor].side == "government" \
        and family_of(actor, vocab.table) in ("army", "police")


def state_force(vocab: _Vocab, phrase: str) -> bool:
    """A speaker that is an army or a police force, by its party or its role."""
    actor = _resolve(vocab, phrase)
    if _belligerent(vocab, actor):
        return state_army(vocab, actor)
    return role_of(phrase) in ("army", "police")


# Collective nouns that refer back ("the militant group"), not a qualifier naming a side.
_ANAPHOR_NOUNS = frozenset(("group", "groups", "movement", "coalition", "alliance",
                            "organisation", "organization", "armed"))


def _self_named(region: str) -> bool:
    """"An army spokesman", "an RSF spokesman", "a rebel commander": the words between
    the determiner and the head name the speaker's own party or role, so the phrase is
    a speaker of its own, not a reference to the last one named ("the spokesman")."""
    # ("a spokesman for the group"; "The statement, signed by spokesman X": the statement)
    words = re.split(r"(?i)\s+(?:for|of)\s+the\s|,", region)[0].split()
    if len(words) < 3 or words[0].lower() not in ("the", "this", "that", "a", "an"):
        return False
    for k, word in enumerate(words[1:-1], start=1):
        bare = re.sub(r"(?:'s|\u2019s)$", "", word)
        if bare.lower() in _ANAPHOR_NOUNS:
            if bare != word:
                return False  # "the group's military operations spokesman": the group's
            continue
        if re.fullmatch(r"(?i)(?:group|movement)(?:'s|\u2019s)", words[k + 1]) \
                and (role_of(" ".join(words[: k + 2])) is None
                     or re.fullmatch(_GROUP_KINDS, bare, re.I)):
            continue  # ("the militant/rebel group's spokesman": what kind of group, no role)
        if any(c.isupper() for c in bare) or role_of(bare) is not None \
                or bare.lower() in MINISTRY_OF:  # "the interior ministry": a speaker of its own
            return True
    return False


# a fighter who gives no party: "a field commander standing beside burned trucks", "one
# rebel fighter"
_UNNAMED_FIGHTER = re.compile(r"(?i)((?:an?|one)\s+(?:(?:field|rebel|militia|local|senior|"
                              r"unit|frontline)\s+)?(?:commander|fighter|combatant|militiaman))"
                              r"(?:\s+(?:standing|speaking|seen|filmed|sitting|wearing)\b.*)?")
FOES_NOTE = "(his men fought its foes)"
# ... whose men killed or took others: "said his men had killed 150 army soldiers"
_OUR_MEN_KILLED = re.compile(r"(?i)[^.;]{0,40}?\b(?:(?:his|their|our)\s+(?:men|fighters|forces|"
                             r"troops|comrades|unit)|we)\s[^.;]{0,80}?\b(?:kill(?:ed|ing)|"
                             r"captur(?:ed|ing)|neutrali[sz](?:ed|ing)|eliminat(?:ed|ing))\s+"
                             r"(?P<victims>[^.;,]{1,60})")

_ARMY_MEN = re.compile(r"(?i)(?:(?:more\s+than|at\s+least|about|some|over)\s+)?[\d,]+\s+"
                       r"(?P<np>(?:\w+\s+)?(?:soldiers|troops|servicemen))\b")


def fighter_voice(ctx: _Context, region: str, v: int, ve: int, kind: str
                  ) -> _Attribution | None:
    """An unnamed fighter who says his men killed another party's men speaks for the
    table's one adversary of the victims ("a field commander standing beside burned
    trucks said his men had killed 150 army soldiers": the army's foe). None when the
    table leaves it open."""
    fighter = _UNNAMED_FIGHTER.fullmatch(region.strip())
    told = _OUR_MEN_KILLED.match(ctx.work, ve) if fighter else None
    if told is None:
        return None
    vocab = ctx.vocab
    victims = told.group("victims")
    hit = vocab.alias.search(victims)
    victim = _resolve(vocab, hit.group(0)) if hit else None
    if victim is None and (army := _ARMY_MEN.match(victims)):
        found = role_actor(army.group("np"), vocab.table, ctx.text, told.start("victims"))
        victim = found.actor_id if found else None
    foes = vocab.table.adversaries(victim) if _belligerent(vocab, victim) else []
    if len(foes) != 1:  # (the table's one foe: not al-Shabaab's army or the AU mission)
        return None
    foe = vocab.table.by_id[foes[0]].name
    return _Attribution(v, ve, kind, foe, _resolve(vocab, foe),
                        f"'{fighter.group(1)}' = {foe} {FOES_NOTE}")


def bare_name(work: str, start: int, comma: int) -> bool:
    """The words between the comma at ``comma`` and the one before are a name alone
    ("the group's spokesman, Ahmed Ag Ali, told AFP"), not a description ("Captain X, an
    officer at a nearby base, told Reuters")."""
    lo = work.rfind(",", start, comma - 1)
    return lo >= 0 and _NAME_ALONE.fullmatch(work, lo + 1, comma - 1) is not None


_NAME_ALONE = re.compile(r"\s*(?:(?:[A-Z][\w'.-]*|al|ag|bin|ibn|de|el|ould|wa)\s*){1,6}")


# "the communiqué said": the document an earlier sentence introduced ("In a communiqué
# read on state television, the general staff gave a toll of ...")
_DOCUMENT_REFERENCE = re.compile(r"(?i)(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?"
                                  r"(statement|communiqu[eé]|release|bulletin)")


def document_author(ctx: _Context, si: int, claimant: str) -> str:
    """The party that issued the document a ``claimant`` ("the communiqué") names, as an
    earlier sentence (at most three back) introduces it: "In a communiqué read on state
    television, the general staff of FAMa gave ...", "The RSF issued a statement ..."; ""
    if none does."""
    doc = _DOCUMENT_REFERENCE.fullmatch(claimant)  # (its carrier cut by the caller)
    if doc is None:
        return ""
    noun = doc.group(1)
    stem = re.escape(noun[:-1] if noun.lower().startswith("communiq") else noun)
    opens = re.compile(rf"(?i)in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?{stem}\w*"
                       r"[^,.;]{0,100},\s+")
    issued = re.compile(rf"(?i)\s+(?:issued|released|published|put\s+out|read\s+out)\s+"
                        rf"(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{stem}")
    for j in range(si - 1, max(-1, si - 4), -1):
        sent = ctx.sentences[j]
        head = opens.match(ctx.work, sent.start, sent.end)
        if head:
            # the sentence's subject after the opening phrase
            found = ctx.vocab.alias_low.search(ctx.low, head.end(), min(sent.end, head.end() + 80))
        elif verb := issued.search(ctx.work, sent.start, sent.end):
            found = None
            for m in ctx.vocab.alias_low.finditer(ctx.low, max(sent.start, verb.start() - 80),
                                                  verb.start()):
                found = m  # the last party named before the verb
        else:
            continue
        if found and _resolve(ctx.vocab, found.group(0)) not in (None, "outlet"):
            return ctx.work[found.start() : found.end()]
        return ""
    return ""


# a speaker's name after his office, between commas or not ("Its spokesman, Ali Ag Mohamed",
# "the group's spokesman Abu Musab")
APPOSED_NAME = re.compile(r",\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4},?\s*$")
# a name right after a person's office, with no comma
TITLED_NAME = re.compile(r"((?i:spokes(?:man|woman|person)|commander|leader|official|advis[eo]r))"
                          r"\s+[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|(?:al|bin|ibn|ag|abu|el|de)"
                          r"(?:-[A-Z][\w'.-]*)?)){0,4}\s*$")  # ("Omar Hamdan al-Nur")


# a document's carrier after it: "the statement carried by the national news agency AIB"
CARRIED_BY = re.compile(r"(?i)\b(statement|communiqu[eé]|release|bulletin|message)\s+"
                        r"(?:carried|relayed|broadcast|published|aired|posted|read\s+out)\s+"
                        r"(?:by|on|in)\s+[^,;]{1,80}$")
# where a speaker stood: "an RSF field commander standing beside a burning truck said"
POSTURE = re.compile(r"(?i)\s+(?:standing|sitting|speaking|posing|kneeling|surrounded|flanked)"
                     r"\s+(?:(?:beside|next\s+to|in\s+front\s+of|near|by|among|on|at|outside|"
                     r"inside|amid|over)\s+)?[^,;\"]{1,60}?\s*$")


def is_reference(region: str) -> bool:
    """Words before a speech verb that refer to a speaker named earlier ("the group's
    spokesman", "it", "the statement carried by ..."), not a new one."""
    region = APPOSED_NAME.sub("", region)  # "Its spokesman, Ali Ag Mohamed": its spokesman
    region = TITLED_NAME.sub(r"\1", region)  # "the group's spokesman Abu Musab"
    region = CARRIED_BY.sub(r"\1", region)  # "the statement carried by the news agency AIB"
    head = region.split(",")[0]
    if head != region and (_ANAPHOR_REGION.match(head) or _PRONOUN_REGION.fullmatch(head)) \
            and not _self_named(head):
        # "The statement, signed by the division's commander, ...": the statement; "Two of
        # them, reached by telephone, ...": those named before
        return True
    return bool(_PRONOUN_REGION.match(region)
                or (_ANAPHOR_REGION.match(region) and not _self_named(region)
                    and not _NEW_SOURCE.match(region)))
