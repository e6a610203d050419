"""Whose toll a figure is: the subject of a counted outcome ("put the toll at 12",
"the death toll rose to 31", "left 20 dead", "put its own losses at six martyrs"), read
from the owner of the toll, the verb's subject, or the victims counted before."""

from __future__ import annotations

import re

from conflict_lib.countries import CAPITALS, country_in
from conflict_lib.extract.agents import _owner_alias, losses_owner
from conflict_lib.extract.counted import named_after, toll_named_after
from conflict_lib.extract.enemies import other_side_of_we, their_toll_first_person
from conflict_lib.extract.mentions import _noun_groups, _np_start
from conflict_lib.extract.model import _QO, _Attribution, _Context, _Mention, _whole, own_ranks
from conflict_lib.extract.params import _PNOUN_WORD, _PRONOUN_REGION, _SUFFERED_LAST
from conflict_lib.extract.patterns import _ADVERBS_END, _PRONOUN_END
from conflict_lib.extract.story import (
    _EARLIER,
    _earlier_killed_subject,
    also_have_victims,
    civil_count,
    updated_toll_subject,
    we_have,
)
from conflict_lib.extract.subjects import (
    _DEAD_NOUN,
    _ENEMY_LEFT,
    _OUR_SIDE,
    _is_zero,
    _own_ranks,
    all_of_them,
)
from conflict_lib.extract.vocab import _belligerent
from conflict_lib.roles import is_civilian_phrase, role_of

_ENEMY_OWNER = re.compile(r"(?i)\b(?:the\s+)?(enemy|adversary|opponent)(?:'s|s')?\s+(?:own\s+)?$")


_WHO_ASIDE = re.compile(r",\s+(?:who|which)\s+[^,;.]{1,100},\s*$")


def _subject_before(ctx: _Context, si: int, pos: int) -> str:
    """The noun phrase (or pronoun) that is the subject of a verb at ``pos``."""
    sent = ctx.sentences[si]
    work = ctx.work
    end = _ADVERBS_END.search(work, max(sent.start, pos - 40), pos).start()
    aside = _WHO_ASIDE.search(work, max(sent.start, end - 120), end)
    if aside:  # "the assailants, who had come on motorcycles, had left": the assailants
        end = aside.start()
    pronoun = _PRONOUN_END.search(work, max(sent.start, end - 6), end + 1 if end < pos else end)
    if pronoun:
        return pronoun.group(1)
    for head_start, group_end in _noun_groups(ctx, si):
        if group_end == end:
            return work[_np_start(work, sent.start, head_start) : group_end]
    return ""


# what the dead wore says whose they were
_ATTIRE = re.compile(r"(?i)\s+(?:in|wearing|dressed\s+in)\s+(?:the\s+)?"
                     r"(?P<who>(?:[\w'-]+\s+){0,3}?)(?:uniforms?|fatigues|clothes|clothing|attire|dress)\b")


def _q_outcome_subject(ctx: _Context, si: int, m: re.Match[str], attr: _Attribution | None,
                       previous: list[_Mention]) -> tuple[str, str]:
    vocab = ctx.vocab
    work = ctx.work
    sent = ctx.sentences[si]
    if isinstance(m, _QO) and m.group("mod"):  # "no civilian casualties", "heavy Wagner losses"
        return work[m.start("mod") : m.end("mod")], ""
    named = named_after(ctx, si, m.end()) if isinstance(m, _QO) \
        else toll_named_after(ctx, si, m.start(), m.start("q"), m.end())
    if named:  # "22 dead worshippers", "Eleven of the dead were members of the VDP", "put
        return named, "the people the count is said to be"  # the toll at 11 policemen"
    if isinstance(m, _QO) and (enemy := their_toll_first_person(ctx, si, m.start(), m.end(),
                                                                 attr)):
        return enemy, "'their' dead in a first-person account: the speaker's adversaries"
    if not isinstance(m, _QO) and m.group("tmod"):  # "put the number of civilian dead at 17"
        return m.group("tmod"), ""
    on = vocab.on_np.match(work, m.end(), sent.end)
    if on and (_PNOUN_WORD.search(on.group("np")) or vocab.alias.search(on.group("np"))):
        return on.group("np"), ""
    dress = _ATTIRE.match(work, m.end(), sent.end)
    if dress:  # "bodies in civilian clothes", "bodies in Malian army fatigues"
        worn = dress.group("who").strip()
        if re.search(r"(?i)\bcivilian\b", worn):
            return "civilians", f"dressed: {dress.group(0).strip()!r}"
        if vocab.alias.search(worn) or (worn and role_of(worn) == "army"):
            return worn, f"dressed: {dress.group(0).strip()!r}"
        if not worn or re.fullmatch(r"(?i)(?:military|army)", worn):
            return "soldiers", f"dressed: {dress.group(0).strip()!r}"  # "in uniform"
    left = _ENEMY_LEFT.search(work, max(sent.start, m.start() - 40), m.start())
    if isinstance(m, _QO) and left:  # "the enemy left well over a hundred bodies"
        return left.group(1), "the dead the enemy left"
    toll = not isinstance(m, _QO) and re.match(
        r"(?i)(?:death\s+|casualty\s+)?toll|losses|casualties|number", m.group("o")) is not None
    if toll:
        if re.search(r"(?i)\bcivilian\s+$", work[max(sent.start, m.start() - 10) : m.start()]):
            return "civilians", "the civilian toll"  # "put the civilian death toll at three"
        owner = losses_owner(vocab, work, sent.start, m.start())  # "the army's losses"
        if owner:
            return owner, ""
        country = re.search(r"([A-Z][\w-]+)(?:'s?)?\s+$", work[max(sent.start, m.start() - 30)
                                                             : m.start()])
        if country and re.match(r"(?i)losses|casualties", m.group("o")) \
                and (country_in(country.group(1)) or CAPITALS.get(country.group(1))):
            # (a country's "death toll" is its people's, mostly civilians: not here)
            # "put Russian losses at 1,120", "Kyiv's losses": that country's forces
            return country_in(country.group(1)) or CAPITALS[country.group(1)], ""
        enemy = _ENEMY_OWNER.search(work, max(sent.start, m.start() - 30), m.start())
        if enemy:  # "the enemy's losses amounted to": the claimant's adversaries
            return enemy.group(1), ""
        its = re.search(r"(?i)\b(its|their|our)\s+(own\s+)?(?:(?:provisional|initial|"
                        r"preliminary|latest|final|new|official|overall)\s+)?$",
                        work[max(sent.start, m.start() - 32) : m.start()])
        if its and attr and _belligerent(vocab, attr.actor):  # "the army put its losses at"
            alias = _owner_alias(vocab, attr.claimant, attr.actor)
            if alias:
                return alias, f"'its' = {attr.claimant}"
        if its and its.group(2) and m.group("o2"):
            # "put its own losses at six martyrs": the claimant's, once settled
            return own_ranks(its.group(1)), "'its own losses'"
        # "the death toll among civilians rose to 31"
        on = vocab.on_np.match(work, m.end("o"), m.start("q"))
        if on and (_PNOUN_WORD.search(on.group("np")) or vocab.alias.search(on.group("np"))):
            return on.group("np"), ""
    # ("the provisional toll on the friendly side stood at six": before the figure)
    side = _OUR_SIDE.search(work, sent.start, m.start("q") if not isinstance(m, _QO)
                            else m.start())
    if side and not re.search(r"(?i)\b(?:while|whereas|but|against)\b",
                              work[side.end() : m.start()]):
        # "On our side, we deplore two dead": the claimant's own (not "..., while the
        # terrorists suffered 40 dead")
        return own_ranks(side.group(1) or "its"), "'on our side'"
    if we_have(ctx, si, m.start("q"), attr):
        return also_have_victims(ctx, si, m.start("q")) or own_ranks("our"), \
            "'we have' the count: the speaker's own"
    own = _own_ranks(ctx, si, m.end(), attr)
    if own:
        return own, "'in its own ranks'"
    window_start = max(sent.start, m.start() - 120)
    verb = _SUFFERED_LAST.search(work, window_start, m.start())
    np = _subject_before(ctx, si, verb.start()) if verb else ""
    if np and verb and re.match(r"(?i)left|lost", verb.group(0)) \
            and not (_PNOUN_WORD.search(np) or vocab.alias.search(np)
                     or _PRONOUN_REGION.match(np)):
        np = ""  # "the attack left 20 dead" says nothing of whose; "the rebels left 43 dead" does
    if np:
        if re.fullmatch(r"(?i)they", np) and (enemy := other_side_of_we(ctx, si, verb.start(),
                                                                          attr)):
            return enemy, "'they' in a first-person account: the speaker's adversaries"
        if _PRONOUN_REGION.match(np):
            if attr and attr.actor and _belligerent(vocab, attr.actor):
                alias = _owner_alias(vocab, attr.claimant, attr.actor)
                if alias:
                    return alias, f"'{np}' = {attr.claimant}"
            return "", ""
        return np, ""
    if m.group("q") and not _is_zero(m.group("q")) and previous:
        p = _whole(previous[-1])
        return p.subject, "subject carried over from " + repr(p.np or p.subject)
    risen = updated_toll_subject(ctx, si, m.start("q"), m.group("q")) \
        if toll and m.group("q") else ""
    if risen:  # "By evening the toll had risen to 17": the victims of the toll it updates
        return risen, "the victims of the toll it updates"
    every = all_of_them(ctx, si, m.end())
    if every:  # "received 14 dead and more than 40 wounded, all of them civilians"
        return every, "all of them " + every
    if toll or (isinstance(m, _QO) and _DEAD_NOUN.match(m.group("o"))):
        # a toll, or bodies and dead of no one named: the victims last counted
        back = _earlier_killed_subject(ctx, si, story=not _is_zero(m.group("q") or ""))
        if back and (is_civilian_phrase(back) or not civil_count(ctx, si, attr, back)):
            # (not a doctor's count of bodies after a party's boast of killing its enemies)
            return back, _EARLIER
    return "", ""
