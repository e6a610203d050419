"""Assembly into raw-claim rows: the per-article driver, one row per claim, and the
article tables that ``conflict extract``/``evaluate`` pass in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from conflict_lib.extract.attribution import _claimant_for, _sentence_attributions, without_said
from conflict_lib.extract.background import background
from conflict_lib.extract.binding import _bind
from conflict_lib.extract.breakdowns import OUTSIDE_NOTE, with_breakdowns
from conflict_lib.extract.counted import force_aboard
from conflict_lib.extract.cues import _CUE_SCAN
from conflict_lib.extract.equipment import items_counted
from conflict_lib.extract.gear_rows import equipment_rows
from conflict_lib.extract.headlines import _is_headline, families_of, name_headline_victims
from conflict_lib.extract.mentions import (
    _alone_ok,
    _people_mentions,
    _quantities,
)
from conflict_lib.extract.model import _QO, _Attribution, _Context, _Mention
from conflict_lib.extract.params import _NEGATION, _NUMBER_STOP, _SUFFERED
from conflict_lib.extract.parse import parse_sentences
from conflict_lib.extract.parsed_speakers import attribute_from_parse
from conflict_lib.extract.parts import (
    _COLON_PART,
    _VAGUE,
    _as_many,
    _counted_before,
    _fares_as,
    _includes,
    _mostly_fighters,
    _name_mixed_tolls,
    _named_end,
    _one_count,
    _part_before,
    _place_or_state,
    _place_sibling,
    _split_part,
    _whole_before,
    comma_breakdown,
    earlier_figure,
    list_heads,
    rest_of_parts,
    toll_told_before,
)
from conflict_lib.extract.patterns import (
    _AND_LINK,
    _ANY,
    _CAPTIVE,
    _DATELINE,
    _DEAD_OF,
    _DENIAL,
    _DENIED_CLAUSE,
    _INCLUDING,
    _LIST_LINK,
    _NEXT_PART,
    _NO_FIGURE,
    _NO_FIGURE_GIVEN,
    _NO_MENTION,
    _OF_THEM,
    _PRONOUN_SPEAKER,
    _SET_FREE,
    _SHARE_OF,
    _SUBSET_GAP,
    _SUCCUMBED,
    _THEN_KILLED,
    _WHAT_THEY_WERE,
)
from conflict_lib.extract.sentences import _fold_typography, _lower, _sentences, unquote_counts
from conflict_lib.extract.sides import (
    _name_the_army,
    _name_the_militants,
    _name_the_roles,
    not_its_own,
)
from conflict_lib.extract.story import (
    _EARLIER,
    civil_claimant,
    civilian_scene,
    enemy_boast,
    more_of_rising_toll,
    own_unit_hit,
    unarmed_claimant,
    unarmed_voice,
)
from conflict_lib.extract.subjects import (
    _is_zero,
    _subject,
    _zero_subject,
)
from conflict_lib.extract.tolls import _q_outcome_subject
from conflict_lib.extract.vocab import _resolve, _vocab
from conflict_lib.extract.zeros import with_zero_claims
from conflict_lib.roles import is_civilian_phrase

# The raw-claim row every proposal is (the columns a curated claims.csv holds too),
# with the extractor's own offsets into the cleaned text.
RAW_COLUMNS = (
    "claim_id", "article_id", "quote", "claimant_raw", "subject_raw", "outcome_raw",
    "quantity_raw", "place_raw", "time_raw", "notes",
)
EXTRACT_COLUMNS = (*RAW_COLUMNS, "start", "end")


# a count, not a magnitude ("heavy casualties")
_FIGURE = re.compile(r"(?i)\d|\b(?:" + _NUMBER_STOP
                     + r"|dozens?|scores|hundreds)\b")


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
    return extract_batch([(article_id, text)], reference_dir)[0]


def extract_batch(articles: Sequence[tuple[str, str]], reference_dir: Path | None = None
                  ) -> list[list[dict]]:
    """Raw claim rows of each ``(article_id, text)``: the rules propose claims in every
    article, then the sentences holding one are parsed together (``nlp.pipe``) and the
    parse decides who asserts each claim."""
    read = [_read_rules(str(text or ""), reference_dir) for _, text in articles]
    wanted = [(k, si) for k, (ctx, rows) in enumerate(read)
              for si in sorted({r["_si"] for r in rows})]
    docs = parse_sentences([_sentence_text(read[k][0], si) for k, si in wanted])
    parsed: dict[int, dict[int, object]] = {}
    for (k, si), doc in zip(wanted, docs, strict=True):
        parsed.setdefault(k, {})[si] = doc
    out = []
    for k, ((ctx, rows), (article_id, _)) in enumerate(zip(read, articles, strict=True)):
        if rows:
            attribute_from_parse(ctx, rows, parsed.get(k, {}))
            _name_the_army(ctx, rows)
            _name_the_roles(ctx, rows)
            _name_the_militants(ctx, rows)
            name_headline_victims(rows)
            rows[:] = [r for r in rows if not r.pop("_unarmed", False)
                       or unarmed_claimant(ctx, r["claimant_raw"],
                                            _resolve(ctx.vocab, r["claimant_raw"]))]
            for j, r in enumerate(rows):
                if r.pop("_earlier", False) and civil_claimant(ctx, r["claimant_raw"]) \
                        and enemy_boast(ctx, rows[:j], r["subject_raw"], r["claimant_raw"]):
                    # a doctor's "19 bodies" after a party's boast: people outside the fighting
                    r["subject_raw"] = "civilians"
                    r["notes"] = r["notes"].replace(_EARLIER, OUTSIDE_NOTE)
        for n, row in enumerate(rows, start=1):
            # (rows come only from an article the rules read, so ``ctx`` is set)
            row["claimant_raw"] = without_said(ctx.vocab, _DATELINE.sub("", row["claimant_raw"]))
            row.pop("_at")
            row.pop("_si")
            if row.pop("_headline", None):
                row["notes"] = "; ".join(n for n in ("headline", row["notes"]) if n)
            row["article_id"] = str(article_id)
            row["claim_id"] = f"x{str(article_id)[:3]}-{n:02d}"
        out.append(rows)
    return out


# "..., killing nine soldiers, two military officers told Reuters": the speaker, not an item
# ("..., an elected official in the commune said": where he is, then the verb)
_SPEAKS_NEXT = re.compile(r"(?i)\s+(?:\w+\s+|(?:in|at|from|of|near)\s+(?:the\s+|a\s+)?[\w'-]+"
                          r"(?:\s+[\w'-]+)?\s+)?(?:told|said|says|say|reported|confirmed|added)\b")
# "Two soldiers, five volunteers killed": a comma list of counts shares the outcome after it
_COMMA_LINK = re.compile(r"\s*,\s*")


def _civilian_part(work: str, m: _Mention, mentions: list[_Mention]) -> str:
    """"killed at least 12, including four children": a bare count whose named part is
    people outside the fighting counts people."""
    later = [n for n in mentions if n.start >= m.end and n.np]
    if later and _INCLUDING.fullmatch(work, m.o_end if m.o_end > m.end else m.end,
                                      later[0].start) and is_civilian_phrase(later[0].np):
        return f"people (including {later[0].np})"
    return ""


def _bodies_found(before: str, outcome: str) -> str:
    """"The bodies of the four missing soldiers were found": the missing are dead."""
    found = re.search(r"(?i)\b(bodies|remains)\s+of\s+(?:the\s+)?$", before)
    return found.group(1) if found and outcome.strip().lower() == "missing" else outcome


def _sentence_text(ctx: _Context, si: int) -> str:
    sent = ctx.sentences[si]
    return ctx.work[sent.start : sent.end]


# "the RSF fighters fled, leaving behind": who left the bodies
_FLED_LEAVING = re.compile(r"(?i)\b(?P<who>(?:the\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:had\s+)?"
                           r"(?:fled|withdrew|retreated|escaped|pulled\s+back)\b[^,;.]{0,40}?,?"
                           r"\s+leaving\s+(?:behind\s+)?(?:(?:at\s+least|some|about|more\s+than)\s+)?$")


def _read_rules(text: str, reference_dir: Path | None) -> tuple[_Context | None, list[dict]]:
    """The rules' claims of one article (the prefilter skips sentences with no cue)."""
    if not text:
        return None, []
    vocab = _vocab(reference_dir)
    work = unquote_counts(text if text.isascii() else _fold_typography(text))
    low = work.lower() if work.isascii() else _lower(work)
    cues = [m.start() for m in _CUE_SCAN.finditer(low)]
    if not cues:
        return None, []
    ctx = _Context(text, work, low, vocab, _sentences(work))
    quotes = 0
    for k, sent in enumerate(ctx.sentences):
        if k and ctx.sentences[k - 1].paragraph != sent.paragraph:
            quotes = 0
        ctx.inside_quote.append(quotes % 2 == 1)
        quotes += work.count('"', sent.start, sent.end)
    rows: list[dict] = []
    k = 0
    counted_before = False
    for si, sent in enumerate(ctx.sentences):
        while k < len(cues) and cues[k] < sent.start:
            k += 1
        if (k == len(cues) or cues[k] >= sent.end) and not (
                counted_before and _NEXT_PART.match(work, sent.start, sent.end)):
            counted_before = False  # "Four of them were children." needs no cue of its own
            continue
        found = _sentence_claims(ctx, si)
        found = with_breakdowns(ctx, si, with_zero_claims(ctx, si, found, _row), _row)
        rows.extend(found)
        counted_before = any(m.q and m.outcome for m in ctx.mentions.get(si, ()))
    _name_mixed_tolls(ctx)
    _mostly_fighters(ctx)
    return ctx, rows


def _row(ctx: _Context, si: int, attr: _Attribution | None, subject: str, outcome: str,
         q: str, notes: list[str], at: int) -> dict:
    """One raw-claim row; ``at`` (the offset of its number or outcome words) is kept
    in ``_at`` until the parse has read who says it."""
    sent = ctx.sentences[si]
    if attr and attr.note:
        notes = [attr.note, *notes]
    return {
        "claim_id": "", "article_id": "", "quote": ctx.text[sent.start : sent.end],
        "claimant_raw": attr.claimant if attr else "", "subject_raw": subject,
        "outcome_raw": outcome, "quantity_raw": q.strip().strip(",").strip(),
        "place_raw": "", "time_raw": "", "notes": "; ".join(n for n in notes if n),
        "start": sent.start, "end": sent.end, "_at": at, "_si": si,
        "_headline": _is_headline(ctx, si),
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
                if m.kind != "alone" or _alone_ok(work, m, sent)
                or _place_or_state(work, m, sent.end)]
    is_bound = [m.kind != "named" and _bind(ctx, si, m) for m in mentions]
    counted: dict[int, _Mention] = {}  # counts read as "<number> <outcome>", by offset
    for k, m in enumerate(mentions):
        # (past the speaker: "17 people, residents said, among them three women")
        j = k - 1 - (k > 1 and not mentions[k - 1].q
                     and bool(_SPEAKS_NEXT.match(work, mentions[k - 1].end, sent.end)))
        prv = mentions[j] if j >= 0 else None
        if prv is not None and is_bound[j] and prv.q and m.kind == "people" and m.q \
                and _includes(work, prv, m) and (not is_bound[k] or (
                    m.o_start >= m.end
                    and any(m.end <= q.start < m.o_start for q in _quantities(ctx, si)))):
            # "Eight people were killed, among them a woman and her child, and at least 11
            # were wounded": the part fares as its whole; the later outcome is the 11's
            _fares_as(m, prv, part=True)
            is_bound[k] = True
        if m.kind != "named":
            continue  # a person named alone counts only as part of a group just counted
        if prv and is_bound[j] and prv.q and _includes(work, prv, m):
            # "19 people, including the father of the groom": one of the 19, as they fared
            _fares_as(m, prv, part=True)
            is_bound[k] = True
    for k, m in enumerate(mentions):
        if not is_bound[k] and m.q and k and is_bound[k - 1] and mentions[k - 1].q \
                and (gap := _COLON_PART.fullmatch(work, max(mentions[k - 1].end,
                                                            mentions[k - 1].o_end), m.start)
                     or comma_breakdown(work, mentions, k, is_bound)) \
                and not _VAGUE.search(m.q) \
                and (m.kind == "people" or gap.group(0).rstrip().endswith(":")):
            # (in brackets, counted people: "(41 members of the security forces, ...)", not
            # "(three more than first reported)")
            # "52 people had been killed around the dam: 37 fighters from the factions, 11
            # SDF members and four civilians": parts of the count before the colon
            _fares_as(m, mentions[k - 1], part=True)
            is_bound[k] = True
        elif is_bound[k] and m.q and m.subset_of is None and (
                (m.kind == "alone" and _DEAD_OF.match(work, m.end - 12, m.end))
                or sent.start <= m.o_start < m.o_end <= m.start) \
                and (whole := _whole_before(ctx, si, m)):
            # "Nine of the dead were VDP members.", "The dead included 120 SDF fighters and
            # 19 civilians": parts of that toll ("The victims included": as the toll fared)
            m.subset_of = whole
            m.outcome = m.outcome if families_of(m.outcome) else whole.outcome
        elif is_bound[k] and m.q and m.subset_of is None and k and mentions[k - 1].subset_of \
                and mentions[k - 1].o_start == m.o_start < m.start \
                and _LIST_LINK.fullmatch(work, mentions[k - 1].end, m.start):
            m.subset_of = mentions[k - 1].subset_of  # (the parts listed after the first)
            m.outcome = mentions[k - 1].outcome
        elif not is_bound[k] and m.q and (whole := _whole_before(ctx, si, m)):
            # "Four of them were children.", "They included 52 fighters, ...": parts of the
            # count the sentence before ended on
            _fares_as(m, whole, part=True)
            is_bound[k] = True
        elif not is_bound[k] and (prv := earlier_figure(ctx, si, mentions, k, is_bound,
                                                                  counted)):
            _fares_as(m, prv)  # "risen to 31 dead, ... up from 12 in its first statement"
            is_bound[k] = True
        elif not is_bound[k] and (part := rest_of_parts(work, mentions, k, sent.end, is_bound)):
            _fares_as(m, part)  # "... and the other five civilians": the rest of that whole
            m.subset_of = part.subset_of
            is_bound[k] = True
        elif not is_bound[k] and m.kind == "people" and m.q:
            # "15 soldiers and two Wagner fighters died", "killed 20 rebels and two soldiers"
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
            prv = mentions[k - 1] if k > 0 else None
            if nxt and is_bound[k + 1] and nxt.o_start >= nxt.end and nxt.q \
                    and (_AND_LINK.fullmatch(work, m.end, nxt.start)
                         or _COMMA_LINK.fullmatch(work, m.end, nxt.start)) \
                    and not ("," in work[m.end : nxt.start]
                             and _part_before(work, mentions, k, is_bound, sent.end)):
                # (not "eight children and three women, and 40 others were injured": the
                # women are of the list before them)
                if _AND_LINK.fullmatch(work, m.end, nxt.start) and _one_count(m, nxt, work):
                    continue  # "Two men and a woman were killed": three, counted in ``nxt``
                _fares_as(m, nxt)
                is_bound[k] = True
            elif prv and is_bound[k - 1] and _place_sibling(work, m, prv, sent.end):
                _fares_as(m, prv)  # "... fell at Sambaogo and five others at Dargoussé"
                is_bound[k] = True
            elif prv and prv.end >= m.end:
                continue  # inside a phrase already counted ("a nurse and her two children")
            elif (part := _part_before(work, mentions, k, is_bound, sent.end)) is not None \
                    and not _SPEAKS_NEXT.match(work, m.end, sent.end):
                if _AND_LINK.fullmatch(work, part.end, m.start) and _one_count(m, part, work):
                    continue  # "a grandmother and her two grandchildren": three, in ``part``
                _fares_as(m, part)
                m.subset_of = part.subset_of  # a part listed on is a part of the same whole
                is_bound[k] = True
            elif prv and is_bound[k - 1] and prv.q and _includes(work, prv, m):
                # "left 12 people dead, including seven soldiers": the same outcome
                _fares_as(m, prv, part=True)
                is_bound[k] = True
            elif (whole := _counted_before(ctx, si, m.start, counted, _INCLUDING,
                                           tolls=True)) is not None:
                # "recovered 18 bodies, among them seven women": parts of the count
                _fares_as(m, whole, part=True)
                is_bound[k] = True
        elif not is_bound[k] and (prv := next(
                (mentions[j] for j in range(k - 1, -1, -1) if is_bound[j] and mentions[j].q),
                None)) is not None and _split_part(work, m, prv, sent.end):
            # "killed 12 civilians, eight in the camp and four more in Daraja Oula": the
            # toll split by place, each part as the whole fared ("two in critical condition"),
            # past the parties named between ("after clashes between M23 and Wazalendo")
            _fares_as(m, prv.subset_of or prv, part=True)
            is_bound[k] = True
        elif not is_bound[k] and m.kind == "alone" and _OF_THEM.search(work, m.start, m.end) \
                and (prv := mentions[k - 1] if k > 0 and is_bound[k - 1] and mentions[k - 1].q
                     else _counted_before(ctx, si, m.start, counted)) \
                and _SUBSET_GAP.fullmatch(work, prv.o_end if m.start > prv.o_end > prv.end
                                          else prv.end, m.start) \
                and not _is_zero(m.q) and not _NO_FIGURE.fullmatch(m.q.strip()):
            # "nine wounded, two of them seriously", "46 fighters, three of them commanders",
            # "treated 60 wounded, 19 of them children" (the whole's verb may come after the
            # part: "Five civilians, three of them children, were killed")
            _fares_as(m, prv, part=True)
            is_bound[k] = True
        if is_bound[k] and m.subset_of is None and k > 0 and mentions[k - 1].q \
                and _INCLUDING.fullmatch(work, mentions[k - 1].end, m.start):
            m.subset_of = mentions[k - 1]  # "Four soldiers, including a captain, died"
        if is_bound[k]:
            events.append((m.start, "people", m))
    events += [(mentions[k].start, "people", mentions[k]) for k in list_heads(work, mentions,
                                                                               is_bound)]
    for q in _quantities(ctx, si):
        if q.used:
            continue
        tail = vocab.qo_tail.match(work, q.end, sent.end)
        if tail:
            events.append((q.start, "q_outcome", _QO(q, tail)))
    for m in [*vocab.toll.finditer(work, sent.start, sent.end),
              *vocab.toll_first.finditer(work, sent.start, sent.end)]:
        events.append((m.start(), "toll", m))
    events.sort(key=lambda x: x[0])

    people_rows: list[tuple[_Mention, str]] = []
    events = [e for e in events if not background(work, sent.start, sent.end, e[0])]
    # "destroyed six vehicles and seized eight others", "carried off two FAMa trucks": things
    things = items_counted(ctx, si)
    for _, kind, item in events:
        if kind == "people":
            m = item  # type: ignore[assignment]
            if any(a <= m.start < b and m.end <= b for a, b in things):
                continue
            if any(not (m.end <= a or m.start >= b) for a, b in used_q) \
                    or any(o0 <= m.start and m.end <= o1 for o0, o1 in used_o) \
                    or (not m.q and any(a <= m.o_start < b for a, b in used_q)):
                continue  # ("Eleven of the dead were members of the VDP": counted once)
            first = min(m.start, m.o_start) if m.o_start >= sent.start else m.start
            if (not m.q and _SHARE_OF.search(work, max(sent.start, first - 24), first)) or (
                    m.kind == "alone" and _NO_FIGURE.fullmatch(m.q.strip())
                    and _OF_THEM.search(work, m.start, m.end)):
                continue  # "Most of the dead were women", "many of those killed": no figure
            if (_SET_FREE.search(work, max(sent.start, m.start - 30), m.start) and _CAPTIVE.search(
                    m.outcome)) or (m.outcome.lower().startswith("round")
                                    and _THEN_KILLED.search(work, m.end, sent.end)):
                continue  # "rescued 47 kidnapped victims": freed; "rounded up ... and shot them"
            denial = _ANY.match(m.np) and _DENIAL.search(work, max(sent.start, m.start - 60),
                                                         m.start)
            # "not a single civilian was killed": the negation is the count, a zero
            not_one = _is_zero(m.q) and m.q.lower().startswith("not")
            # ("had not been heard from": the outcome's own "not" says missing)
            o_end = m.o_start if m.outcome.lower().startswith("not ") else m.o_end
            if not denial and (_NEGATION.search(work, m.end if not_one
                                                else max(sent.start, m.start - 24), o_end)
                               or _ANY.match(m.np)
                               or _DENIED_CLAUSE.search(work, sent.start, m.start)):
                continue
            if m.q and _is_zero(m.q) and _WHAT_THEY_WERE.match(work, max(m.end, m.o_end),
                                                                sent.end):
                continue  # "none of the dead had been armed": what they were, no count
            if not m.q and _NO_MENTION.search(work, max(sent.start, m.start - 40), m.start):
                continue  # "It made no mention of the civilians killed": nothing said
            if not m.q and is_civilian_phrase(m.np) and re.match(
                    r"(?i)among\s+the\s+(?:dead|victims|casualties|killed|wounded|injured)",
                    m.outcome):
                continue  # "women and children were among the dead": a part with no figure
            carried = m.o_start < sent.start  # its outcome is the sentence before's
            attr = _claimant_for(ctx, si, m.start)
            if carried and all(_PRONOUN_SPEAKER.search(work, sent.start, a.pos)
                               for a in _sentence_attributions(ctx, si)):
                # "Among them were three children, he said.": the whole's speaker
                attr = _claimant_for(ctx, si - 1, m.o_start)
            elif attr is None and m.subset_of is not None and m.subset_of.start < sent.start:
                # "Two of the dead were soldiers.": a part of the toll before, in its voice
                attr = _claimant_for(ctx, si - 1, m.subset_of.start)
            elif attr is None and (told := toll_told_before(ctx, si, m)) is not None:
                attr = told  # "Three children were among the dead.": of the toll just told
            subject, note = _subject(ctx, si, m, attr, bound)
            if is_civilian_phrase(subject) and (force := force_aboard(ctx, si, m.start, m.end)):
                subject, note = force, "people aboard the force's aircraft"
            flipped = not_its_own(ctx, si, m, attr, subject)
            if flipped:
                subject, note = flipped
            if denial:  # "denied that any civilians were killed": the denier claims zero
                subject = _ANY.sub("", subject, count=1).strip()
                m.q, note = "no", "denial: zero claimed"
            if m.kind == "alone" and not subject:
                subject = _zero_subject(ctx, si, m, attr) if _is_zero(m.q) else \
                    _civilian_part(work, m, mentions)
                if not subject and not _is_headline(ctx, si) and not (
                        m.subset_of is not None and id(m.subset_of) in ctx.row_of):
                    # (a headline's "kills four" is a claim whose victims are unnamed, and so
                    # is a part of a toll kept with its victims unnamed: "12 of them critically")
                    if (named := _named_end(work, m, sent.end)) > m.end:
                        used_q.append((m.end, named))  # (its "a civilian driver" is no count)
                    continue
            m.subject = subject
            bound.append(m)
            used_q.append((m.start, _named_end(work, m, sent.end)))
            used_o.append((m.o_start, m.o_end))
            q = _as_many(work, sent, m.start, m.end, bound[:-1]) or m.q
            outcome = m.outcome
            if re.match(r"(?i)(?:of\s+the\s+)?(?:wounded|injured)$", outcome.strip()) and (
                    died := _SUCCUMBED.match(work, max(m.end, m.o_end), sent.end)):
                outcome = died.group(1)  # "three of the wounded later died"
            outcome = _bodies_found(work[sent.start : m.start], outcome)
            rows.append(_row(ctx, si, attr, subject, outcome, q, [note], m.start))
            ctx.row_of[id(m)] = rows[-1]
            if carried:  # the quote holds the count it is part of
                start = ctx.sentences[si - 1].start
                rows[-1].update(start=start, quote=ctx.text[start : sent.end])
            people_rows.append((m, subject))
        else:
            m = item  # type: ignore[assignment]
            q0, q1 = m.span("q")
            if any(not (q1 <= a or q0 >= b) for a, b in used_q) or (kind == "toll" and any(
                    p.np and p.outcome and p.start <= q0 < p.end for p in mentions)):
                continue  # ("the toll stands at 19 volunteers": the volunteers are counted)
            if more_of_rising_toll(ctx, si, work[m.start() : m.end()]):
                continue  # "the toll had risen to 17 after three more bodies were found"
            if _is_zero(m.group("q")) and (_NO_FIGURE_GIVEN.match(work, m.end("o"), sent.end)
                                           or _WHAT_THEY_WERE.match(work, m.end(), sent.end)):
                continue  # "gave no casualty figures": no count given, not a count of none
            attr = _claimant_for(ctx, si, m.start("q"))
            subject, note = _q_outcome_subject(ctx, si, m, attr, bound)
            q = _as_many(work, sent, q0, q1, bound) or m.group("q")
            if q0 in counted:  # its parts ("19 of them children") are parts of this
                counted[q0].subject = subject
            suffered = _SUFFERED.search(work, max(sent.start, q0 - 90), q0)
            if not subject and suffered and suffered.group("who"):
                # "said the extremist group had suffered heavy losses": that group's
                subject, note = suffered.group("who"), "losses of the one that suffered them"
            fled = _FLED_LEAVING.search(work, max(sent.start, q0 - 90), q0) \
                if re.match(r"(?i)bodies|dead|corpses", m.group("o")) else None
            if not subject and fled:
                # "the rebels fled, leaving behind 17 bodies": the dead they left are theirs
                subject, note = fled.group("who"), "bodies the fleeing side left behind"
            own = "zero claim" if _is_zero(q) else "losses the speaker suffered" if suffered \
                else "toll of the speaker's unit that came under attack" \
                if not isinstance(m, _QO) and own_unit_hit(ctx, si, attr) else ""
            if not subject and own:
                # "suffered no losses", "had suffered heavy losses"; "a unit had come under
                # attack ... The provisional toll stands at 19 dead": the speaker's own side
                mention = _Mention(m.start(), m.end(), q, "", m.end(), kind="alone")
                subject, note = _zero_subject(ctx, si, mention, attr) or (
                    "security forces" if own.startswith("toll of") else ""), own  # (a source's)
            if not subject and civilian_scene(ctx, si, before=bool(_FIGURE.search(q))):
                # "recovered 29 bodies from the chapel": people at a place of civilians
                # (a scene set before holds a figure, not "many of the wounded")
                subject, note = "civilians", "victims at a place civilians gather"
            unheard = attr is None or not attr.claimant
            pending = False
            if not subject and not _is_headline(ctx, si) and _FIGURE.search(q) \
                    and (unheard or unarmed_voice(ctx, attr)) \
                    and not any(p.q and p.np and p.start <= q0 < p.end for p in mentions):
                # "So far, 14 dead and 52 wounded," the regional administration wrote; "we
                # counted 19 bodies", a local leader said: a count no party claims as its
                # enemies' or its own is of people outside the fighting. When the rules hear
                # no speaker ("Doctors at the hospital said"), the parse's decides.
                subject, note = "civilians", OUTSIDE_NOTE
                pending = unheard
            if not subject and not (isinstance(m, _QO) and _is_headline(ctx, si)):
                continue  # a headline's "leaves 20 dead" is a claim whose victims are unnamed
            used_q.append((m.start(), m.end()))
            fake = _Mention(m.start(), m.end(), q, subject, m.start(), m.group("o"),
                            m.start("o"), m.end("o"), subject)
            bound.append(fake)
            outcome = m.group("o")
            if isinstance(m, _QO) and (died := _SUCCUMBED.match(work, m.end(), sent.end)):
                outcome = died.group(1)  # "three of the wounded succumbed": now dead
            if not isinstance(m, _QO) and m.group("o2"):  # "put its losses at five killed"
                outcome = f"{outcome} {m.group('o2')}"
            outcome = _bodies_found(work[sent.start : m.start()], outcome)
            rows.append(_row(ctx, si, attr, subject, outcome, q, [note], m.start("q")))
            ctx.row_of[id(fake)] = rows[-1]  # (a whole its named parts may add to)
            if q0 in counted:  # (whose parts point to it)
                ctx.row_of[id(counted[q0])] = rows[-1]
            if pending:
                rows[-1]["_unarmed"] = True
            elif unheard and note == _EARLIER and not is_civilian_phrase(subject):
                rows[-1]["_earlier"] = True  # (unless the parse hears a civil voice)
            people_rows.append((fake, subject))
    ctx.mentions[si] = [*bound]

    rows += equipment_rows(ctx, si, people_rows, _row)
    rows.sort(key=lambda r: r["start"])
    return rows
