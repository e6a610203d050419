"""Who says it: speech verbs and their subjects, "according to X", ", X said",
inverted and coordinated verbs, pronouns and "the group" resolved to the nearest earlier
named speaker, and sentences carried by a connective or an open quotation."""

from __future__ import annotations

import re
from dataclasses import replace

from conflict_lib.extract.model import _Attribution, _Context
from conflict_lib.extract.params import (
    _COMMA_BEFORE,
    _CONTINUATION,
    _COORD_BEFORE,
    _DETAILS_NOUN,
    _DETERMINED,
    _ING,
    _LEAD_JUNK,
    _NOUN_LIKE,
    _ORG_TAIL,
    _PNOUN_TAIL,
    _POST_AFTER,
    _PRONOUN_REGION,
    _QUOTE_BEFORE,
    _SPEECH,
    _SPEECH_LOW,
    _SPEECH_SKIP_AFTER,
    _SPEECH_SKIP_BEFORE,
    _THAT_WORD,
    _TRAIL_JUNK,
)
from conflict_lib.extract.patterns import (
    _AGAINST_TAIL,
    _AGED,
    _APPOSITION,
    _CLAIM_BY,
    _CLAIM_OF,
    _DESCRIPTIVE,
    _GROUP_ANAPHOR,
    _NOT_SPEAKER,
    _NP_LIKE,
    _OWN_VERB,
    _PER,
    _PERSON,
    _PRONOUN_SPEAKER,
    _QUOTED_FRAGMENT,
    _RELATIVE,
    _REVISED,
    _REVISER,
    _SAID_CLAUSE,
    _SAID_TAIL,
    _SAME_SOURCE,
    _SPEECH_START,
    _TOLL_DOCUMENT,
    _WHO_SAID,
)
from conflict_lib.extract.regions import (
    _BOTH_CLAIMING,
    _VERB_BEFORE,
    _WHICH_IT,
    _comma_region,
    _next_stop,
    _opening_party,
    _strong_region,
    subject_region,
)
from conflict_lib.extract.sentences import _has_cue
from conflict_lib.extract.speakers import (
    _ARMED_REFERENCE,
    _DESCRIBED_GROUP,
    _GROUP_VOICE,
    APPOSED_NAME,
    CARRIED_BY,
    PERSON_WHO,
    POSTURE,
    THEIR_MEMBER,
    WITNESS,
    _described_group,
    _named_group,
    _opener,
    _self_named,
    armed_group_voice,
    bare_name,
    describes_voice,
    document_author,
    fighter_voice,
    is_reference,
    state_army,
    state_force,
)
from conflict_lib.extract.vocab import _belligerent, _resolve, _Vocab
from conflict_lib.roles import family_of, party_by_word, role_of


def without_said(vocab: _Vocab, claimant: str) -> str:
    """A speaker phrase cut before the verb it ran on into ("X told Reuters by phone"), unless
    what follows names a party's own channel ("told Al-Masirah TV"), and before "against"."""
    claimant = _AGAINST_TAIL.sub("", claimant)
    tail = _SAID_TAIL.search(claimant)
    if tail is None or tail.start() == 0 or any(
            _resolve(vocab, h.group(0)) not in (None, "outlet")
            for h in vocab.alias.finditer(tail.group(0))):
        return claimant
    return claimant[: tail.start()]


def _trim_claimant(vocab: _Vocab, region: str) -> str:
    """The claimant words of a region: without leading connectives and comma segments
    that name nobody, and cut after the last actor named."""
    region = _LEAD_JUNK.sub("", region)
    # "X told Reuters by phone, adding that ...": the speaker is X, not whom X told
    region = without_said(vocab, region)
    dash = region.rfind(" - ")
    if dash >= 0 and vocab.alias.search(region, dash):
        region = region[dash + 3 :]
    while "," in region:
        head, rest = region.split(",", 1)
        if vocab.alias.search(head) or _PRONOUN_REGION.match(head.strip()) \
                or is_reference(head.strip()):  # "The statement, signed by X,": the statement
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


def _sentence_attributions(ctx: _Context, si: int) -> list[_Attribution]:
    if si in ctx.attributions:
        return ctx.attributions[si]
    ctx.attributions[si] = []  # guards against cycles while resolving pronouns
    sent = ctx.sentences[si]
    work = ctx.work
    vocab = ctx.vocab
    found: list[_Attribution] = []
    pers = list(_PER.finditer(work, sent.start, sent.end))
    for m in [*pers, *_SPEECH_LOW.finditer(ctx.low, sent.start, sent.end)]:
        v, ve = m.start(), m.end()
        verb = "according to" if any(m is p for p in pers) else m.group(0).lower()  # "Per X"
        before = work[sent.start : v]
        if _SPEECH_SKIP_BEFORE.search(before[-20:]) or _SPEECH_SKIP_AFTER.match(work, ve) \
                or (verb == "details" and _DETAILS_NOUN.search(before[-20:])):
            continue
        if v > sent.start and work[v].isupper() and not verb.startswith("according"):
            continue  # a name ("Islamic State", "Reports from ...") mid-sentence, not a verb
        if _REVISED.match(verb) and not _REVISER.search(before[-40:]):
            continue  # "New RSF attacks raised the toll to 50": the attacks do not speak
        by = _CLAIM_BY.match(work, ve, sent.end) if verb in _NOUN_LIKE else None
        if by:  # "dismissed claims by the separatists that they had killed nine soldiers"
            attr = _make_attr(ctx, si, v, ve, "pre", _trim_claimant(vocab, by.group(1)), found)
            if attr:
                found.append(attr)
                continue
        if verb in _NOUN_LIKE and (_DETERMINED.search(before[-30:])
                                   or _SPEECH.match(work, ve + 1, min(sent.end, ve + 12))):
            continue  # "a UN report said", "the claims", "these reports"
        if verb.startswith("according"):
            stop = _next_stop(work, ve, sent.end)
            claimant = _trim_claimant(vocab, work[ve:stop])
            if _TOLL_DOCUMENT.fullmatch(claimant) and (ante := _antecedent(ctx, si)):
                # "..., according to the provisional toll": the toll of the speaker before
                found.append(_Attribution(v, ve, "both", ante.claimant, ante.actor,
                                          f"'{claimant}' = {ante.claimant}'s"))
                continue
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
        if _ING.search(verb) and _BOTH_CLAIMING.search(before):
            continue  # "..., with each side claiming heavy losses": no one party's words
        if _QUOTE_BEFORE.search(before[-6:]):
            attr = _inverted(ctx, si, v, ve, found)
        if attr is None and _ING.search(verb) and _COMMA_BEFORE.search(before):
            attr = _from_region(ctx, si, _strong_region(work, sent.start, v), v, ve, kind, found) \
                or _inherit(found, v, ve, kind) \
                or _from_region(ctx, si, (sent.start, v), v, ve, kind, found)
        elif attr is None and _COORD_BEFORE.search(before) and not _COMMA_BEFORE.search(before):
            attr = _inherit(found, v, ve, kind) \
                or _from_region(ctx, si, subject_region(work, sent.start, v), v, ve, kind, found)
        comma = _comma_region(work, sent.start, v)
        if attr is None and comma[0] > sent.start and not work[comma[0] : v].strip() \
                and (not re.match(r"\s+(?:the\b|an?\b|[A-Z])", work[ve : ve + 4])
                     or verb.startswith("t") and bare_name(work, sent.start, comma[0])) \
                and not any(a.pos >= _comma_region(work, sent.start, comma[0] - 1)[0]
                            for a in found):  # (", citing X, reported": X is cited)
            # "..., Major X, a Somali army officer, said": the apposition, else the name,
            # between the commas before ("one resident, Faadumo X, said": the resident)
            comma = _comma_region(work, sent.start, comma[0] - 1)
            name = _comma_region(work, sent.start, comma[0] - 1) if comma[0] > sent.start \
                else comma
            read = [a for a in (_from_region(ctx, si, name, v, ve, kind, found),
                                _from_region(ctx, si, comma, v, ve, kind, found)) if a]
            if WITNESS.fullmatch(witness := work[name[0] : name[1]].strip(' "\u201d,')):
                read = [a for a in [_make_attr(ctx, si, v, ve, kind, witness, found, True)] if a]
            attr = next((a for a in read if a.actor), None) or (read[0] if read else None) \
                or _from_region(ctx, si, comma, v, ve, kind, found, loose=True)
            if attr is None:
                continue
        if attr is None and kind == "post" and comma[0] > sent.start \
                and _LEAD_JUNK.sub("", work[comma[0] : v]).strip():
            # "..., officials said.": the speaker is the words after the last comma
            attr = _from_region(ctx, si, comma, v, ve, kind, found) \
                or _from_region(ctx, si, comma, v, ve, kind, found, loose=True)
            if attr is None:
                continue
        who = _WHO_SAID.search(before) if attr is None else None
        if who:  # "..., according to the president of the civil society, who said ...":
            # the relative pronoun speaks for the phrase just before its comma
            head = (sent.start, sent.start + who.start())
            attr = _inherit([a for a in found if a.end >= _comma_region(work, *head)[0]],
                            v, ve, kind) \
                or _from_region(ctx, si, _comma_region(work, *head), v, ve, kind, found) \
                or _inherit(found, v, ve, kind) \
                or _from_region(ctx, si, _comma_region(work, *head), v, ve, kind, found,
                                loose=True)
        pronoun = _PRONOUN_SPEAKER.search(before[-40:]) if attr is None else None
        opening = _opening_party(ctx, si, v) if pronoun and _WHICH_IT.search(before[-30:]) \
            else ""
        if opening:  # "Amnesty International has called for ..., which it said killed 16":
            attr = _make_attr(ctx, si, v, ve, kind, opening, found)  # the sentence's subject
        if pronoun and attr is None:  # "... of what it said were", "..., and they said"
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
    for c in _CLAIM_OF.finditer(work, sent.start, sent.end):  # "Moscow's claim that"
        noun = "noun" if c.group("noun") else "noun2"
        owner = _trim_claimant(vocab, c.group("owner") or c.group("by"))
        attr = _make_attr(ctx, si, c.start(noun), c.end(noun), "pre", owner, found) \
            or _make_attr(ctx, si, c.start(noun), c.end(noun), "pre", owner, found, loose=True)
        denier = [a for a in found if a.pos < attr.pos] if attr else []
        own = _OWN_VERB.search(work, c.end(), sent.end)
        if attr:  # (the owner, not the speaker of "denied", claims what follows) ...
            found = sorted([*(a for a in found if a.pos != attr.pos), attr], key=lambda a: a.pos)
        if attr and denier and own:  # ... up to the denier's own verb ("and put its losses")
            found = sorted([*found, replace(denier[-1], pos=own.start(), end=own.end())],
                           key=lambda a: a.pos)
    ctx.attributions[si] = found
    return found


def _from_region(ctx: _Context, si: int, region: tuple[int, int], v: int, ve: int, kind: str,
                 found: list[_Attribution], loose: bool = False) -> _Attribution | None:
    # "an RSF field commander standing beside a burning truck said": where he stood is no claim
    text = POSTURE.sub("", ctx.work[region[0] : region[1]])
    if fighter := fighter_voice(ctx, text, v, ve, kind):
        return fighter  # "a field commander said his men had killed 150 army soldiers"
    if not text.strip() or _has_cue(text):
        return None  # nobody named, or the words before the verb hold a claim
    if loose:
        text = _RELATIVE.sub("", text)
        claimant = _TRAIL_JUNK.sub("", _LEAD_JUNK.sub("", text)).strip()
        return _make_attr(ctx, si, v, ve, kind, claimant, found, loose)
    claimant = _trim_claimant(ctx.vocab, text)
    return _make_attr(ctx, si, v, ve, kind, claimant, found, loose)


_A_ROLE = "a role, read in the article"
# "the ministry", "the agency": an office refers to an earlier speaker of that office only
_OFFICES = (r"(ministry|agency|presidency|observatory|monitor|network|committee|commission|"
            r"mission|office)")
_OFFICE_REFERENCE = re.compile(r"(?i)(?:the|this)\s+" + _OFFICES)
_BARE_ROLE = re.compile(r"(?i)the\s+(?:army|military|armed\s+forces|junta|police|rebels|"
                        r"separatists|insurgents|jihadists|militants|government)")


def _make_attr(ctx: _Context, si: int, v: int, ve: int, kind: str, claimant: str,
               found: list[_Attribution], loose: bool = False) -> _Attribution | None:
    if not claimant or re.fullmatch(r"[a-z]+ing", claimant) \
            or re.match(r"(?i)(?:among\s+(?:them|whom)|including|of\s+whom)\b", claimant):
        # "..., making reports difficult to verify": a participle, no speaker; "..., among
        # them eleven VDP ..., and said": a part of a count, no speaker
        return None
    office = _OFFICE_HOLDER.match(claimant)
    if office and _resolve(ctx.vocab, claimant) is None:
        # "agency spokesman Mahmoud X" after "the civil defence agency said": that agency
        ante = _antecedent(ctx, si, office.group(1))
        if ante is not None:
            return _Attribution(v, ve, kind, ante.claimant, ante.actor,
                                f"'{claimant}' = of {ante.claimant} (named earlier)")
    if loose and not (APPOSED_NAME.search(claimant) and is_reference(claimant)):
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
    claimant = CARRIED_BY.sub(r"\1", claimant)  # (a carrier the table does not know)
    if _self_named(claimant):
        if _DESCRIBED_GROUP.fullmatch(claimant) \
                and party_by_word(claimant, ctx.vocab.table) is None \
                and (group := _described_group(ctx, si, v)):
            # "the al Qaeda-linked group", "the Islamist group": described, not named
            return _Attribution(v, ve, kind, group, _resolve(ctx.vocab, group),
                                f"'{claimant}' = {group} (the one such group named)")
        return _Attribution(v, ve, kind, claimant, None, "speaker not in actors.csv")
    if _BARE_ROLE.fullmatch(claimant) and role_of(claimant) is not None:
        # "..., while the army acknowledged losing four men": a role speaks for itself
        return _Attribution(v, ve, kind, claimant, None, _A_ROLE)
    if is_reference(claimant) and (_GROUP_VOICE.match(claimant) or _GROUP_ANAPHOR.match(
            claimant)) and _state_voice_before(ctx, si, [a for a in found if a.pos < v]):
        group = _named_group(ctx, si, v, outside_state=True)
        if group:  # "The group's military spokesman said": the armed group named last
            return _Attribution(v, ve, kind, group, _resolve(ctx.vocab, group),
                                f"'{claimant}' = {group} (the group named last)")
    if said := armed_group_voice(ctx, si, v, ve, kind, claimant, found):
        return said
    if THEIR_MEMBER.fullmatch(claimant) and (group := _named_group(ctx, si, v, back=1)):
        # "the Wazalendo, pro-government militias ... One of their commanders said": of the
        # armed group named last, not the speaker before it
        return _Attribution(v, ve, kind, group, _resolve(ctx.vocab, group),
                            f"'{claimant}' = of {group} (the group named last)")
    if is_reference(claimant):
        group = bool(_ARMED_REFERENCE.search(claimant) or _GROUP_VOICE.match(claimant))
        earlier = [a for a in found if a.pos < v and (a.actor or a.note == _A_ROLE)
                   and not (group and state_force(ctx.vocab, a.claimant))]  # (not the army)
        sent = ctx.sentences[si]
        if not earlier and re.match(r"(?i)(?:its|their)\s", claimant):
            # "The Sudanese army did not comment, but its spokesman said": the party this
            # sentence named before the possessive, though it said nothing itself
            owners = [m for m in ctx.vocab.alias_low.finditer(ctx.low, sent.start, v)
                      if _resolve(ctx.vocab, m.group(0)) not in (None, "outlet")]
            if owners:
                named = ctx.work[owners[-1].start() : owners[-1].end()]
                return _Attribution(v, ve, kind, named, _resolve(ctx.vocab, named),
                                    f"'{claimant}' = {named} (named before it)")
        if earlier:
            a = earlier[-1]
            return _Attribution(v, ve, kind, a.claimant, a.actor, f"'{claimant}' = {a.claimant}")
        if _GROUP_ANAPHOR.match(claimant):
            # "JNIM fighters overran a post ..., the group said": the actor opening the sentence
            first = ctx.vocab.alias_low.search(ctx.low, sent.start, v)
            if first and first.start() >= sent.start + 12:
                first = None
            actor = _resolve(ctx.vocab, first.group(0)) if first else None
            if first and actor not in (None, "outlet"):
                named = ctx.work[first.start() : first.end()]
                return _Attribution(v, ve, kind, named, actor, f"'{claimant}' = {named}")
        if author := document_author(ctx, si, claimant):  # "the communiqué said"
            return _Attribution(v, ve, kind, author, _resolve(ctx.vocab, author),
                                f"'{claimant}' = of {author} (named earlier)")
        descriptive = _DESCRIPTIVE.match(claimant) or _OFFICE_REFERENCE.fullmatch(claimant)
        ante = _antecedent(ctx, si, descriptive.group(1) if descriptive else None)
        if ante is None and _SAME_SOURCE.fullmatch(claimant):
            # "according to the same source": a source before, else whoever spoke before
            ante = _antecedent(ctx, si)
        state = ante is not None and state_force(ctx.vocab, ante.claimant)
        if (_ARMED_REFERENCE.search(claimant) or _GROUP_VOICE.match(claimant)) \
                and not (ante and _belligerent(ctx.vocab, ante.actor) and not state):
            # "the group" is an armed group, not the army that spoke before
            ante = _armed_antecedent(ctx, si) or (None if state else ante)
        if ante:
            return _Attribution(v, ve, kind, ante.claimant, ante.actor,
                                f"'{claimant}' = {ante.claimant} (earlier sentence)")
        if descriptive:
            return _Attribution(v, ve, kind, claimant, None, "speaker not in actors.csv")
        return _Attribution(v, ve, kind, claimant, None, f"'{claimant}' unresolved")
    return None


def _inherit(found: list[_Attribution], v: int, ve: int, kind: str) -> _Attribution | None:
    earlier = [a for a in found if a.pos < v]
    if not earlier:
        return None
    a = earlier[-1]
    return _Attribution(v, ve, kind, a.claimant, a.actor, a.note)


def _inverted(ctx: _Context, si: int, v: int, ve: int,
              found: list[_Attribution]) -> _Attribution | None:
    """'"...," said a statement by X' / '..., said the army.'"""
    if re.match(r"(?i)t(?:old|ell)", ctx.work[v:ve]):
        return None  # "..., the commander told the agency": who is told does not speak
    sent = ctx.sentences[si]
    stop = _next_stop(ctx.work, ve, sent.end)
    tail = ctx.work[ve:stop]
    person = PERSON_WHO.match(tail)
    if person and _QUOTE_BEFORE.search(ctx.work[max(sent.start, v - 6) : v]):
        # '"...," said a man who lost relatives': a private person, whatever his clause tells
        return _make_attr(ctx, si, v, ve, "post", person.group(1), found, loose=True)
    if _has_cue(tail) or len(tail.split()) > 25 or _SAID_CLAUSE.match(tail):
        return None  # "..., said the army had lost ...": a clause follows, not a speaker
    claimant = _trim_claimant(ctx.vocab, tail)
    if ctx.vocab.alias.search(claimant) or is_reference(claimant) or _self_named(claimant):
        return _make_attr(ctx, si, v, ve, "post", claimant, found)
    if _PERSON.fullmatch(claimant) and _AGED.match(ctx.work, stop, sent.end):
        # "..., said Samir Abu Hamad, 34, who ...": a private person, introduced by age
        return _make_attr(ctx, si, v, ve, "post", "a resident", found, loose=True)
    if re.match(r"[A-Z]", claimant) and _QUOTE_BEFORE.search(ctx.work[max(sent.start, v - 6) : v]):
        # '"...," said Sheikh Ali Hassan, the group's spokesman': a name the table does not know
        return _make_attr(ctx, si, v, ve, "post", claimant, found, loose=True)
    appos = _APPOSITION.match(ctx.work, stop, sent.end)
    if _PERSON.fullmatch(claimant) and appos and describes_voice(appos.group(1)):
        # "..., said Jean Kato, a civil society leader in the area.": a person the table does
        # not know, with what he is (the normaliser reads the apposition)
        return _make_attr(ctx, si, v, ve, "post", f"{claimant}, {appos.group(1)}", found,
                          loose=True)
    return None


def _antecedent(ctx: _Context, si: int, head: str | None = None) -> _Attribution | None:
    """The claimant a pronoun in sentence ``si`` refers to: the last attribution of the
    nearest earlier sentence that has one (at most three back), or a speaker that opens one
    of those sentences ("A spokesman for X dismissed the figures."), else the actor that
    opens the previous sentence."""
    for back in range(1, 4):
        j = si - back
        if j < 0:
            break
        attrs = _sentence_attributions(ctx, j)
        if head is not None:
            # a descriptive reference must name its antecedent's head noun
            stem = re.escape(re.sub(r"(?i)s$", "", head))  # "the same source" ~ "two sources"
            attrs = [a for a in attrs if re.search(rf"(?i)\b{stem}s?\b", a.claimant)]
            if attrs:
                return attrs[-1]
            continue
        if attrs:
            named = [a for a in attrs if a.actor]
            return named[-1] if named else attrs[-1]
        opener = _opener(ctx, j)
        if back > 1 and opener:  # "A spokesman for X dismissed the figures. "...," he said."
            phrase = opener.group("who")
            return _Attribution(ctx.sentences[j].start, ctx.sentences[j].start, "pre", phrase,
                                _resolve(ctx.vocab, phrase), "speaker not in actors.csv")
        if back == 1:
            sent = ctx.sentences[j]
            m = ctx.vocab.alias_low.search(ctx.low, sent.start, min(sent.end, sent.start + 80))
            if m and (m.start() - sent.start > 30 or _VERB_BEFORE.search(
                    ctx.work, sent.start, m.start())):
                # the actor must open the sentence, not be named in its middle or as the
                # object of its verb ("The ministry blamed the Islamic State ...")
                m = None
            if m and _resolve(ctx.vocab, m.group(0)) not in (None, "outlet"):
                phrase = _trim_claimant(ctx.vocab, ctx.work[sent.start : m.end()])
                return _Attribution(sent.start, sent.start, "pre", phrase,
                                    _resolve(ctx.vocab, phrase))
            opener = _opener(ctx, j)
            if opener:  # "The army issued a statement.", "The Rapid Support Forces said ..."
                phrase = opener.group("who")
                return _Attribution(sent.start, sent.start, "pre", phrase,
                                    _resolve(ctx.vocab, phrase), "speaker not in actors.csv")
    return None


def _armed_antecedent(ctx: _Context, si: int) -> _Attribution | None:
    """"The group said": the armed group that spoke last in the three sentences before,
    not the monitor or outlet that relayed it, nor a state's army (no "group")."""
    for j in range(si - 1, max(-1, si - 4), -1):
        armed = [a for a in _sentence_attributions(ctx, j)
                 if _belligerent(ctx.vocab, a.actor) and not state_army(ctx.vocab, a.actor)]
        if armed:
            return armed[-1]
    return None


def _carried_attribution(ctx: _Context, si: int) -> _Attribution | None:
    """A sentence without attribution that continues the previous one's claimant:
    opened by a connective, or inside a quotation opened earlier."""
    if si == 0:
        return None
    sent = ctx.sentences[si]
    inside_quote = ctx.inside_quote[si] if si < len(ctx.inside_quote) else False
    prev = ctx.sentences[si - 1]
    # a quotation that follows a quoted speaker's words goes on in the same voice:
    # '"We lost four men," he said. "We killed more than 20 of them."'
    next_quote = ctx.work.startswith('"', sent.start) and '"' in ctx.work[prev.start : prev.end] \
        and ctx.sentences[si - 1].paragraph >= sent.paragraph - 1
    # "..., it added. Weapons were also recovered ...": the same report goes on
    also = prev.paragraph == sent.paragraph and _ALSO.search(ctx.work, sent.start, sent.end)
    # 'The troops "repelled the aggression", killing 14': a fragment quoted from the
    # statement just reported, in the outlet's paraphrase
    fragment = prev.paragraph == sent.paragraph and not next_quote \
        and _QUOTED_FRAGMENT.search(ctx.work, sent.start, sent.end) \
        and not _SPEECH.search(ctx.work, sent.start, sent.end)  # (a speaker of its own)
    if not (inside_quote or next_quote or also or fragment
            or _CONTINUATION.match(ctx.work, sent.start, sent.end)):
        return None
    attrs = [a for a in _sentence_attributions(ctx, si - 1)]
    if not attrs:
        return None
    a = attrs[-1]
    why = "inside the quotation" if inside_quote else "a quoted fragment" if fragment \
        else "connective"
    return _Attribution(sent.start, sent.start, "both", a.claimant, a.actor,
                        f"claimant carried from the previous sentence ({why})")


def _claimant_for(ctx: _Context, si: int, pos: int) -> _Attribution | None:
    # "...leaves 12 dead; police say 20 gang members killed": a speaker after a semicolon
    # speaks for its own clause only
    # (not inside a quotation the speaker closes: '"...: on our side 12 soldiers fell; on
    # the enemy side ...," the statement said')
    opened = ctx.work.count('"', ctx.sentences[si].start, pos) % 2 == 1
    attrs = [a for a in _sentence_attributions(ctx, si)
             if not (a.pos > pos and ";" in ctx.work[pos : a.pos]
                     and not (opened and ctx.work.count('"', pos, a.pos) == 1))]
    pre = [a for a in attrs if a.kind in ("pre", "both") and a.end <= pos]
    post = [a for a in attrs if a.kind in ("post", "both") and a.pos >= pos]
    if pre and post:
        # (a "both" attribution after the claim is an "according to X")
        if pre[-1].kind == "pre" and post[0].kind == "both" \
                and not re.search(r"[;:\"]|,?\s(?:and|but|while|whereas)\s",
                                  ctx.work[pre[-1].end : pos]):
            # "JNIM said it had killed 50 soldiers, according to SITE": SITE relays JNIM
            return pre[-1]
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
    return _carried_attribution(ctx, si) or _quote_closed_later(ctx, si)


_ALSO = re.compile(r"(?i)\b(?:were|was|had\s+been|have\s+been)\s+also\b|\balso\s+(?:were|was)\b")


def _quote_closed_later(ctx: _Context, si: int) -> _Attribution | None:
    """'"I counted 31 bodies myself. Some could not be named," he said.': a quotation
    opened here speaks with the attribution after it closes."""
    sent = ctx.sentences[si]
    if not ctx.work.startswith('"', sent.start) or ctx.work.count('"', sent.start, sent.end) != 1:
        return None
    for j in range(si + 1, min(len(ctx.sentences), si + 4)):
        nxt = ctx.sentences[j]
        if '"' in ctx.work[nxt.start : nxt.end]:
            after = [a for a in _sentence_attributions(ctx, j)
                     if a.pos > ctx.work.index('"', nxt.start, nxt.end)]
            if not after:
                return None
            a = after[0]
            return _Attribution(sent.start, sent.start, "both", a.claimant, a.actor,
                                "claimant of the quotation, named where it closes")
    return None


# "agency spokesman X", "ministry spokeswoman X": the holder of an office named before
_OFFICE_HOLDER = re.compile(r"(?i)(?:the\s+)?" + _OFFICES + r"(?:'s)?\s+(?:spokes(?:man|woman|"
                            r"person)|director|head|chief)\b")


def _state_voice_before(ctx: _Context, si: int, here: list[_Attribution]) -> bool:
    """Whether the speaker before (if any; ``here``: this sentence's before it) is a state's
    officer, so that "the group" cannot be that speaker (after "Emergency Lawyers, a rights
    group, said ...", "The group's spokesman said" is the rights group's)."""
    ante = here[-1] if here else _antecedent(ctx, si)
    if ante is None:
        return True
    if _belligerent(ctx.vocab, ante.actor):
        return family_of(ante.actor, ctx.vocab.table) in ("army", "police")
    role = role_of(ante.claimant)
    return role in ("army", "police")
