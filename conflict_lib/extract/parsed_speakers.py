"""Who says it, as the parse reads it: the subject of the speech verb that governs a
claim overrides the rules' reading where it names a speaker; "the group", "he" and
offices refer back to the nearest earlier speaker that fits; a speaker named only by a
surname or a title is the one the article introduced."""

from __future__ import annotations

import re

from conflict_lib.countries import country_in
from conflict_lib.extract.attribution import (
    _OFFICE_HOLDER,
    _OFFICE_REFERENCE,
    _antecedent,
)
from conflict_lib.extract.model import _Context
from conflict_lib.extract.nlp import MAX_PARSE_CHARS
from conflict_lib.extract.params import _PRONOUN_REGION, _SPEECH
from conflict_lib.extract.parse import Speaker, speaker
from conflict_lib.extract.patterns import _AGED, _CLAIM_OF, _CONTRAST, _OWN_VERB
from conflict_lib.extract.speakers import (
    _ARMED_REFERENCE,
    _DESCRIBED_GROUP,
    _GROUP_VOICE,
    ARMED_GROUP_VOICE,
    FOES_NOTE,
    THEIR_MEMBER,
    WITNESS,
    _army_spoke_before,
    _named_group,
    _opening_country,
    _same_title,
    _self_named,
    _surname_speaker,
    describes_voice,
    is_reference,
    respeak,
    state_force,
)
from conflict_lib.extract.vocab import _belligerent, _resolve, _Vocab
from conflict_lib.roles import role_of


def attribute_from_parse(ctx: _Context, rows: list[dict], docs: dict[int, object]) -> None:
    """Set each row's claimant from the parse of its sentence (``docs`` by sentence
    index; a sentence without a Doc keeps the rules' reading).

    The subject of the speech verb governing the number speaks; a pronoun or a
    reference ("the group", "the ministry") is the nearest earlier named speaker; a
    name the actors table does not know is kept as written (with its apposition when
    that names a known party), never read as the outlet.
    """
    named: list[tuple[int, str]] = []  # (offset, phrase) of speakers named so far
    for r in sorted(rows, key=lambda r: r["_at"]):
        si = r["_si"]
        doc = docs.get(si)
        if doc is None:
            sent = ctx.sentences[si]
            if sent.end - sent.start > MAX_PARSE_CHARS:
                note = f"sentence too long to parse ({sent.end - sent.start} characters)"
                r["notes"] = "; ".join(n for n in (r["notes"], note) if n)
            if r["claimant_raw"] and _names_speaker(ctx.vocab, r["claimant_raw"]):
                named.append((r["_at"], r["claimant_raw"]))
            continue
        offset = r["_at"] - ctx.sentences[si].start
        found = speaker(doc, offset)
        if found is not None and found.head_i is not None \
                and ";" in doc.text[offset : doc[found.head_i].idx]:
            found = None  # the speaker of the clause after a semicolon, not of this one
        contrast = found is not None and found.head_i is not None and r["claimant_raw"] \
            and _CONTRAST.search(doc.text, doc[found.head_i].idx, offset)
        if contrast and r["claimant_raw"] in doc.text[contrast.end() : offset]:
            found = None  # "X said ... while a Somali officer put the toll at six": the officer
        claim = list(_CLAIM_OF.finditer(doc.text, 0, offset))
        if found is not None and claim and not _SPEECH.search(doc.text, claim[-1].end(), offset) \
                and not _OWN_VERB.search(doc.text, claim[-1].end(), offset):
            found = None  # "Kyiv denied Moscow's claim that ...": the claim's owner (the rules')
        if found is None:
            if r["claimant_raw"] and _names_speaker(ctx.vocab, r["claimant_raw"]):
                named.append((r["_at"], r["claimant_raw"]))
            continue
        phrase, note = _speaker_phrase(ctx, si, r, found, named)
        if phrase is None:
            continue
        if phrase != r["claimant_raw"]:
            respeak(r, phrase, note)
        if _names_speaker(ctx.vocab, phrase):
            named.append((r["_at"], phrase))
    _surname_speaker(ctx, rows)
    _same_title(ctx, rows)
    _army_spoke_before(ctx, rows)
    _opening_country(ctx, rows)


_COLLECTIVE_REFERENCE = re.compile(r"[Tt]h(?:e|is)\s+(?:[a-z][\w-]*\s+){0,2}(?:group|movement|"
                                   r"coalition|alliance|organi[sz]ation|militia|faction)")


# whom an outlet cites: people who speak, not papers ("citing hospital records")
_CITED_VOICE = re.compile(r"(?i)\b(?:sources?|officials?|residents?|witnesses|medics|doctors|"
                          r"police|army|military|commanders?|spokes(?:man|woman|person)|"
                          r"officers?|security)\b")
_CITED_PAPER = re.compile(r"(?i)\b(?:records?|figures|data|statements?|investigation|reports?|"
                          r"documents?|tallies|tally)\b")
_MEDIA = re.compile(r"(?i)\b(?:radio|television|tv|news|agency|channel|newspaper|daily|"
                    r"broadcaster|outlet|press|media|internationale)\b|\b(?:Reuters|AFP|AP|BBC|"
                    r"RFI|Al Jazeera)\b")


def _relays(vocab: _Vocab, phrase: str) -> bool:
    """An outlet that relays what it cites: the outlet itself or a medium by its name or
    its table entry ("Radio France Internationale", "Other media relaying sources")."""
    actor = _resolve(vocab, phrase)
    if actor == "outlet" or (actor is None and _MEDIA.search(phrase)):
        return True
    entry = vocab.table.by_id.get(actor) if actor else None
    return entry is not None and entry.kind != "belligerent" \
        and bool(_MEDIA.search(entry.name))


# ", citing military sources,": whom the speaker relays
_CITING = re.compile(r"\s*,\s*(?:citing|quoting)\s+([^,;.\"]{3,80}?)\s*,")
# "the monitoring group ACLED": a name right after a phrase
_NAME_NEXT = re.compile(r"\s+([A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,4})")


def _after(text: str, phrase: str, pattern: re.Pattern[str], whole_word: bool = False
           ) -> re.Match[str] | None:
    """``pattern`` matched right after the first occurrence of ``phrase`` it follows (a
    search for the phrase, not a pattern built from it: those would fill the regex cache)."""
    at = text.find(phrase)
    while at >= 0:
        if not (whole_word and at and (text[at - 1].isalnum() or text[at - 1] in "_-")):
            found = pattern.match(text, at + len(phrase))
            if found:
                return found
        at = text.find(phrase, at + 1)
    return None
# "its director", "their head": the office of a place the sentence names
_ITS_HEAD = re.compile(r"(?i)(?:its|their)\s+(director|head|chief|manager|administrator|"
                       r"spokes(?:man|woman|person))")
_CARE_PLACE = re.compile(r"(?i)\b(hospital|clinic|morgue|health\s+cent(?:re|er)|"
                         r"medical\s+cent(?:re|er))\b")


def _speaker_phrase(ctx: _Context, si: int, row: dict, found: Speaker,
                    named: list[tuple[int, str]]) -> tuple[str | None, str]:
    """(claimant words, note) for a speaker read from the parse; None keeps the rules'."""
    vocab = ctx.vocab
    if THEIR_MEMBER.fullmatch(found.phrase) and _belligerent(vocab, _resolve(vocab,
                                                                              row["claimant_raw"])):
        return None, ""  # "one of their commanders": of the group the rules found named last
    head = _ITS_HEAD.fullmatch(found.phrase)
    sent = ctx.sentences[si]
    at = ctx.work.find(found.phrase, sent.start, sent.end)
    if at >= 0 and ctx.work.count('"', sent.start, at) % 2 and any(
            m.q and m.outcome and m.start <= at < m.end for m in ctx.mentions.get(si, ())):
        # people counted inside the quotation are not its speaker ("We lost seven men: four
        # soldiers and three volunteers," an officer said)
        return None, ""
    place = _CARE_PLACE.findall(ctx.work, sent.start, sent.end) if head else []
    if head and place:
        # "... brought to al-Awda hospital, said its director": the hospital's, a medic
        return f"{place[-1].lower()} {head.group(1)}", f"'{found.phrase}' = of the {place[-1]}"
    if found.refers and (_resolve(vocab, found.phrase) not in (None, "outlet")
                         or _self_named(found.phrase)):  # "the army spokesman"
        found = Speaker(found.phrase, False, found.how, found.described, found.head_i)
    elif not found.refers and _COLLECTIVE_REFERENCE.fullmatch(found.phrase) \
            and row["claimant_raw"].lower() == found.phrase.lower():
        # "the jihadist group" the rules left unresolved (a tagger may take "jihadist" for a
        # name): the armed group named before, if one was
        armed = [(p, c) for p, c in named if p < sent.start
                 and _belligerent(vocab, _resolve(vocab, c))]
        if armed:
            phrase = max(armed, key=lambda c: c[0])[1]
            return phrase, f"'{found.phrase}' = {phrase} (the armed group named before)"
    if found.refers:  # "the group", "he": the nearest earlier named speaker
        named_next = _after(ctx.work[sent.start : sent.end], found.phrase, _NAME_NEXT,
                            whole_word=True)
        if named_next and not _PRONOUN_REGION.match(found.phrase) \
                and _resolve(vocab, named_next.group(1)) not in (None, "outlet"):
            # "the monitoring group ACLED": the name that follows, not a reference back
            return named_next.group(1), f"'{found.phrase}' named as {named_next.group(1)}"
        rule = row["claimant_raw"]
        if rule and not is_reference(rule) and not _PRONOUN_REGION.match(rule) \
                and not rule.startswith(found.phrase):  # "The group's spokesman, Ali X,"
            return None, ""
        earlier = _antecedent(ctx, si)
        candidates = [(p, c) for p, c in named if p < ctx.sentences[si].start]
        if earlier is not None and earlier.claimant and not is_reference(earlier.claimant):
            candidates.append((earlier.pos, earlier.claimant))
        office = _OFFICE_REFERENCE.fullmatch(found.phrase)
        if office:  # "the ministry": an earlier speaker of that office, else the rules'
            candidates = [c for c in candidates if office.group(1).lower() in c[1].lower()]
            if not candidates:
                return None, ""
        if _ARMED_REFERENCE.search(found.phrase) or _GROUP_VOICE.match(found.phrase):
            # "the group", "the movement": an armed group, not the monitor that relayed it,
            # nor the army or police that spoke before ("The group's spokesman said")
            candidates = [c for c in candidates if not state_force(vocab, c[1])]
            armed = [c for c in candidates if _belligerent(vocab, _resolve(vocab, c[1]))]
            if not armed and ARMED_GROUP_VOICE.match(found.phrase):
                # "the rebel movement's spokesman" after a medic: the armed group named last
                group = _named_group(ctx, si, max(at, sent.start), outside_state=True)
                return (group, f"'{found.phrase}' = {group} (the group named last)") if group \
                    else (None, "")
            candidates = armed or candidates
        if candidates:
            phrase = max(candidates, key=lambda c: c[0])[1]
            return phrase, f"'{found.phrase}' = {phrase} (nearest earlier speaker)"
        return None, ""
    cited = _after(ctx.work[sent.start : sent.end], found.phrase, _CITING)
    if cited and _relays(vocab, found.phrase) and _CITED_VOICE.search(cited.group(1)) \
            and not _CITED_PAPER.search(cited.group(1)):
        # "Radio France Internationale, citing military sources, reported": the source cited
        return cited.group(1), f"'{found.phrase}' relays {cited.group(1)}"
    if _OFFICE_HOLDER.match(found.phrase) and _resolve(vocab, found.phrase) is None:
        return None, ""  # "agency spokesman X": the rules read whose office it is
    rule = row["claimant_raw"]
    if rule.endswith(found.phrase) and rule[: -len(found.phrase)].endswith("-"):
        return None, ""  # "Its adviser Omar Hamdan al-Nur": the parse split the name at "-"
    if rule and found.phrase in rule and len(rule) > len(found.phrase) \
            and _resolve(vocab, found.phrase) is None \
            and (_resolve(vocab, rule) is not None or role_of(rule) is not None):
        return None, ""  # the rules read the fuller name ("Army spokesman Brig. Gen. X")
    if _resolve(vocab, found.phrase) is None and found.described \
            and _resolve(vocab, found.described) is not None:
        return found.described, f"speaker read from the parse ({found.how})"
    appos = found.described[len(found.phrase):].strip(" ,") \
        if found.described.startswith(found.phrase) else ""
    if _resolve(vocab, found.phrase) is None and appos and role_of(appos) is not None \
            and country_in(found.phrase) is None:
        # "Captain X, an officer at a nearby base,": the role his apposition names (not the
        # name after a role: "A Rwandan military spokesman, Colonel X,")
        return appos, f"speaker read from the parse ({found.how}): {found.phrase}"
    named_at = ctx.work.find(found.phrase, sent.start, sent.end)
    if _resolve(vocab, found.phrase) is None and named_at >= 0 \
            and _AGED.match(ctx.work, named_at + len(found.phrase)):
        # "Samir Abu Hamad, 34, who was treated for a shrapnel wound": a person introduced by
        # age is a private person, who saw it (officials are not introduced so)
        return "a resident", f"speaker read from the parse ({found.how}): {found.phrase}, of age"
    if _resolve(vocab, found.phrase) is None and appos and WITNESS.match(appos):
        # "Musa X, a grain trader in the village,": someone who saw it, a local source
        return "a resident", f"speaker read from the parse ({found.how}): {found.phrase}, {appos}"
    rule = row["claimant_raw"]
    if _resolve(vocab, found.phrase) is None and appos and is_reference(appos) and rule \
            and _resolve(vocab, rule) not in (None, "outlet"):
        return None, ""  # "X, a spokesman for the movement,": the movement the rules traced
    if _resolve(vocab, found.phrase) is None and re.match(r"(?:an?|the)\s", appos) \
            and not found.refers and describes_voice(appos):
        # "Jean Kato, a civil society leader in the area,": the name with what he is (the
        # normaliser reads the apposition when the table does not know him)
        return f"{found.phrase}, {appos}", f"speaker read from the parse ({found.how})"
    rule = row["claimant_raw"]
    if _resolve(vocab, found.phrase) == "outlet" and rule \
            and _resolve(vocab, rule) not in (None, "outlet"):
        return None, ""  # "The Irrawaddy, citing an Arakan Army commander, reported": the source
    if FOES_NOTE in row["notes"]:
        return None, ""  # "a field commander said his men ...": the rules read his side
    if _resolve(vocab, found.phrase) is None and rule \
            and _resolve(vocab, rule) not in (None, "outlet") \
            and (role_of(found.phrase) is None or _DESCRIBED_GROUP.fullmatch(found.phrase)):
        # the rules found a party the table knows; the parse only a name or a description
        # ("the al-Qaeda-linked group"); a role such as "The army, which calls the
        # separatists terrorists," is the speaker itself
        return None, ""
    if rule and is_reference(found.phrase) and not is_reference(rule):
        return None, ""  # '"...," the source said': the speaker the rules traced it back to
    return found.phrase, f"speaker read from the parse ({found.how})"


def _names_speaker(vocab: _Vocab, phrase: str) -> bool:
    """A phrase that names its speaker: not a reference back, unless the table knows it
    ("the coalition" of a war whose table lists it)."""
    return not is_reference(phrase) or _resolve(vocab, phrase) not in (None, "outlet")

