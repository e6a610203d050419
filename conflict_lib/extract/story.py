"""The story's victims: whose dead a bare toll counts ("there were more than 60 dead",
"put the number of dead at 13"), read from the people counted killed before in the same
story."""

from __future__ import annotations

import re

from conflict_lib.extract.model import _Attribution, _Context, _whole
from conflict_lib.extract.vocab import _belligerent, _resolve
from conflict_lib.roles import CIVIL_VOICE, is_civilian_phrase, party_by_head, role_actor, role_of
from conflict_lib.text.quantity import parse_quantity


def _earlier_killed_subject(ctx: _Context, si: int, story: bool = True) -> str:
    """The story's victims: of the people counted killed before, the group counted most
    often (civilians however named), the first on a tie. "There are more than 200 dead"
    and "a UN estimate of 200 dead" count the massacre's victims, not the militiamen a
    group boasted of in between. Not ``story`` ("no fatalities were reported"): the
    group counted last."""
    if not story:
        for j in range(si - 1, max(-1, si - 7), -1):
            found = [m for m in ctx.mentions.get(j, []) if m.subject and _KILLED_OUTCOME.search(
                m.outcome)]
            if found:
                return found[0].subject  # the group counted first, not a subset after it
        return ""
    tally: dict[str, list] = {}
    # the story so far: not a distant background, nor a story the report has turned from
    # ("Meanwhile, a drone strike hit a market, killing nine people")
    first = max(0, si - 12)
    turns = [j for j in range(first, si) if _NEW_STORY.match(ctx.work, ctx.sentences[j].start)]
    first = max(turns, default=first)
    for j in range(first, si):
        for k, m in enumerate(ctx.mentions.get(j, [])):
            if m.subject and m.subset_of is None and _KILLED_OUTCOME.search(m.outcome):
                key = "civilians" if is_civilian_phrase(m.subject) else \
                    (_resolve(ctx.vocab, m.subject) or m.subject.lower())
                entry = tally.setdefault(key, [0, (-j, -k), m.subject])
                entry[0] += 1
    if not tally:
        return ""
    return max(tally.values(), key=lambda e: (e[0], e[1]))[2]  # a tie: the first counted


# a toll that rises: "the toll had risen to 17", "bringing the death toll to 21"
_RISES = r"(?:risen|rose|rise|climbed|increased|jumped)"
_RISEN_TO = re.compile(r"(?i)\b(?:" + _RISES + r"|bringing\s+(?:the|its)\s+(?:death\s+)?toll)"
                       r"\s+to\s+(?:at\s+least\s+)?$")


def updated_toll_subject(ctx: _Context, si: int, start: int, q: str) -> str:
    """Whose dead a rising toll counts ("By evening the toll had risen to 17"): the victims
    of the last smaller killed count told before in the same story, which it updates (not
    the fighters a party boasted of in between, whose count is no smaller)."""
    if not _RISEN_TO.search(ctx.work, max(ctx.sentences[si].start, start - 40), start):
        return ""
    now = parse_quantity(q).best
    if now is None:
        return ""
    for j in range(si - 1, max(-1, si - 8), -1):
        for m in reversed(ctx.mentions.get(j, [])):
            if m.q and m.subject and m.subset_of is None and _KILLED_OUTCOME.search(m.outcome) \
                    and not _AMONG.search(m.outcome):  # ("Among the dead are nine": a part)
                before = parse_quantity(m.q).best
                if before is not None and before < now:
                    return m.subject
        if _NEW_STORY.match(ctx.work, ctx.sentences[j].start):
            break
    return ""


def more_of_rising_toll(ctx: _Context, si: int, counted: str) -> bool:
    """``counted`` ("three more bodies") is what raised a toll the sentence says rose ("the
    toll had risen to 17 after three more bodies were found"): part of that toll, no claim."""
    sent = ctx.sentences[si]
    return bool(_MORE.search(counted)) and bool(_TOLL_ROSE.search(ctx.work, sent.start, sent.end))


_MORE = re.compile(r"(?i)\b(?:more|other|further)\b")
_TOLL_ROSE = re.compile(r"(?i)\btoll\b[^.;]{0,40}?\b" + _RISES + r"\s+to\b")
_AMONG = re.compile(r"(?i)\bamong\b")
_NEW_STORY = re.compile(r"(?i)\s*(?:meanwhile|separately|elsewhere|in\s+(?:a\s+)?(?:separate|"
                        r"another)\s+(?:incident|attack|development))\b")
_KILLED_OUTCOME = re.compile(r"(?i)kill|dead|death|died|slain|massacr|murder|executed|buried|lives|"
                             r"bodies")


def civilian_scene(ctx: _Context, si: int, before: bool = True) -> bool:
    """Whether a toll that names no victims is told at a place civilians gather: "29 bodies
    were recovered from the chapel", or (``before``) after a strike on such a place in the
    sentence before, same paragraph, no new story: "The strike hit the cattle market ... The
    health department put the toll at 31 dead." Not where a military place is named, nor
    where either sentence names fighters ("struck militants gathered at a market")."""
    sent = ctx.sentences[si]
    scene = [sent]
    prev = ctx.sentences[si - 1] if si else None
    if before and prev is not None and prev.paragraph == sent.paragraph \
            and "\n" not in ctx.work[prev.end : sent.start] \
            and not _NEW_STORY.match(ctx.work, sent.start) \
            and _STRIKE_ON.search(ctx.work, prev.start, prev.end) \
            and not any(_ARMED_PEOPLE.search(ctx.work, s.start, s.end) for s in (prev, sent)):
        scene.append(prev)
    if any(_MILITARY_PLACE.search(ctx.work, s.start, s.end) for s in scene):
        return False
    return any(_CIVILIAN_PLACE.search(ctx.work, s.start, s.end) for s in scene)


_STRIKE_ON = re.compile(r"(?i)\b(?:strike|shell(?:s|ing)?|bomb(?:s|ing)?|drone|air\s*raid|missile|"
                        r"rocket|artillery)\b[^.;]{0,60}?\b(?:hit|struck|on|targeted|slammed)\b")
_ARMED_PEOPLE = re.compile(r"(?i)\b(?:soldiers?|troops|fighters?|militants?|terrorists?|"
                           r"insurgents?|rebels?|jihadists?|gunmen|attackers|assailants|"
                           r"militiam[ae]n|combatants|policem[ae]n|officers)\b")


_CIVILIAN_PLACE = re.compile(r"(?i)\b(?:chapel|church|mosque|market(?:place)?|school|wedding|"
                             r"funeral|displacement\s+camp|camp\s+for\s+displaced|shelter|"
                             r"bakery|bus\s+station|hospital\s+ward|village\s+square)s?\b")
_MILITARY_PLACE = re.compile(r"(?i)\b(?:base|camp|post|outpost|checkpoint|barracks|garrison|"
                             r"position|convoy|patrol)s?\b")


# gear counted before "others" in its own sentence: the others are more of that gear
_GEAR_BEFORE = re.compile(r"(?i)\b(?:vehicles?|pick-?ups?|trucks?|tanks?|drones?|motorcycles?|"
                          r"motorbikes?|weapons?|guns?|rifles?|boats?|canoes?|technicals?|"
                          r"aircraft|helicopters?|launchers?|cars?)\b")


def others_subject(ctx: _Context, si: int, start: int, speaker: str | None,
                   party: str = "") -> str:
    """Whose "others" a count is when nothing in its sentence says ("At least 30 others were
    wounded, he said."): the people the same speaker (or its ``party``) counted killed in
    the three sentences before. Not after gear in its own sentence ("lost three pick-ups,
    and two others"), nor when another voice speaks ("Doctors in El Obeid said 12 others
    were wounded")."""
    if not speaker or _GEAR_BEFORE.search(ctx.work, ctx.sentences[si].start, start):
        return ""
    # "The network said" after "The Sudan Doctors Network said": the same voice
    head = re.fullmatch(r"(?i)(?:the|this|its)\s+(?:[\w-]+\s+)?([\w-]+)", speaker)
    for j in range(si - 1, max(-1, si - 4), -1):
        found = [m for m in ctx.mentions.get(j, []) if m.subject and m.subset_of is None
                 and _KILLED_OUTCOME.search(m.outcome)]
        for m in found:
            row = ctx.row_of.get(id(m))
            said = row["claimant_raw"] if row else ""
            if not said:
                continue
            role = role_actor(said, ctx.vocab.table, ctx.text, m.start)
            if said == speaker or (_resolve(ctx.vocab, said) or "-") \
                    in (_resolve(ctx.vocab, speaker), party) \
                    or (party and role is not None and role.actor_id == party) \
                    or (head and head.group(1).lower() in said.lower().split()):
                return m.subject
        if found:
            return ""
    return ""


# the state's or both sides' voice, never one outside the fighting
_STATE_WORD = re.compile(r"(?i)\b(?:government|army|military|ministry|junta|forces|police|"
                         r"troops|command|presidency|authorities|sides?|both)\b")
# a civil office that bears the word: "the regional military administration" governs a
# Ukrainian region (not a junta's "military administration", nor a military hospital)
_CIVIL_MILITARY = re.compile(r"(?i)\b(?:regional|city|oblast|district|municipal)\s+military\s+"
                             r"(administrations?)\b")
_ARMED_WORD = re.compile(r"(?i)\b(?:army|military|troops|forces|police|command|junta|"
                         r"defen[cs]e ministry|ministry of defen[cs]e)\b")


def unarmed_voice(ctx: _Context, attr: _Attribution | None) -> bool:
    """A claimant that is neither a belligerent nor a role of one (a medic, a local leader,
    a regional administration, a monitor)."""
    return attr is not None and unarmed_claimant(ctx, attr.claimant, attr.actor)


def unarmed_claimant(ctx: _Context, claimant: str, actor: str | None) -> bool:
    if not claimant or actor == "outlet" or _resolve(ctx.vocab, claimant) == "outlet":
        return False  # the outlet's own voice
    claimant = _CIVIL_MILITARY.sub(r"\1", claimant)
    if CIVIL_VOICE.search(claimant) and not _ARMED_WORD.search(claimant):
        # a state's civil office (a governor, a health ministry, rescuers) counts the dead
        # its region buried, not the men its army fought
        return True
    if _STATE_WORD.search(claimant):
        return False  # ("a government statement": the state's voice)
    if actor is not None:
        return not _belligerent(ctx.vocab, actor)
    return role_of(claimant) is None


# the speaker's unit was the target: "had come under attack", "was ambushed"
_UNIT = (r"\b(?:units?|posts?|bases?|convoys?|patrols?|positions?|camps?|garrisons?|"
         r"detachments?|outposts?|checkpoints?|troops|soldiers|columns?|barracks)\b")
_CAME_UNDER = re.compile(r"(?i)" + _UNIT + r"[^.;]{0,80}?\b(?:came|come|comes|coming)\s+under\s+"
                         r"(?:attack|fire)|" + _UNIT + r"\s+(?:was|were|had\s+been|has\s+been)\s+"
                         r"(?:attacked|ambushed|targeted)\b")


# "JNIM fighters attacked the post": the attackers, then the army's post they hit
_TARGET = (r"(?:an?|the|two|several)\s+(?:[\w'-]+\s+){0,3}?(?:posts?|bases?|outposts?|"
           r"garrisons?|checkpoints?|barracks|detachments?|patrols?|convoys?|positions?|"
           r"columns?|camps?|units?)\b")
_ATTACKED_UNIT = re.compile(r"(?i)(?P<agent>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:had\s+)?"
                            r"(?:attacked|ambushed|stormed|overran|raided)\s+" + _TARGET)
# ... or the attack named as a noun: "The attack on an army base near Djibo left 15 dead"
_ATTACK_ON = re.compile(r"(?i)\b(?:attack|assault|raid|ambush)\s+on\s+" + _TARGET)
# attackers no table names: "gunmen attacked an army convoy", "armed men stormed the post"
_UNNAMED_ATTACKERS = re.compile(r"(?i)\b(?:gunmen|assailants|attackers|bandits|raiders|"
                                r"armed\s+men)$")
# ... whose target is said to be the army's ("an army convoy", "a military position"; not "a
# convoy of buses", "a camp for displaced people"), as a convoy, camp or unit must be
_ARMY_TARGET = re.compile(r"(?i)\b(?:army|military|troops'?|soldiers'|gendarmerie|gendarmes'?)\s+"
                          r"(?:[\w'-]+\s+)?[\w'-]+$")
_ANY_UNIT = re.compile(r"(?i)\b(?:convoys?|positions?|columns?|camps?|units?)$")
# another scene than the unit's: a village, a market, "a separate attack", civilians named
_OTHER_SCENE = re.compile(r"(?i)\b(?:separate|villages?|markets?|where|all\s+(?:of\s+them\s+)?"
                          r"civilians)\b")


def own_unit_hit(ctx: _Context, si: int, attr: _Attribution | None) -> bool:
    """A party's statement that a unit, post, base, convoy or troops came under attack,
    in this sentence or the one before: a toll it gives with no party named is its own
    (and so is an army voice's, after another party "attacked the post")."""
    army_voice = attr is not None and (role_of(attr.claimant) == "army"
                                       or bool(_ARMED_SPEAKER.search(attr.claimant or "")))
    if attr is None or not (_belligerent(ctx.vocab, attr.actor) or army_voice):
        return False
    toll = ctx.sentences[si]
    if _OTHER_SCENE.search(ctx.work, toll.start, toll.end):
        return False  # "In a separate attack on a village, the toll ...", "all of them civilians"
    for j in (si - 1, si):
        if j < 0:
            continue
        sent = ctx.sentences[j]
        if _CAME_UNDER.search(ctx.work, sent.start, sent.end):
            return True
        hit = _ATTACKED_UNIT.search(ctx.work, sent.start, sent.end)
        target = hit or _ATTACK_ON.search(ctx.work, sent.start, sent.end)
        if target is None or _OTHER_SCENE.search(ctx.work, target.end(), sent.end) or not (
                _ARMY_TARGET.search(target.group(0)) or not _ANY_UNIT.search(target.group(0))):
            # ("attacked an army post and a nearby village": whose dead is unsaid; "a convoy of
            # buses", "a camp for displaced people"; a post is the army's)
            continue
        if hit is None:  # "the attack on an army base": by attackers the sentence does not name
            if army_voice:
                return True
            continue
        agent = _resolve(ctx.vocab, hit.group("agent"))
        if agent and army_voice and _belligerent(ctx.vocab, agent) and (
                agent in ctx.vocab.table.adversaries(attr.actor) if attr.actor
                else ctx.vocab.table.by_id[agent].side != "government"):
            return True  # (its adversary attacked: not its ally's raid, nor its own)
        if agent is None and army_voice and (
                role_of(hit.group("agent")) in ("jihadists", "rebels")
                or _UNNAMED_ATTACKERS.search(hit.group("agent"))):
            return True  # "gunmen attacked an army convoy", "militants stormed the base"
    return False


# a first-person count of what one has: "we have 30 wounded", "we also had two dead"
_WE_HAVE = re.compile(r"(?i)\bwe\s+(?:also\s+|now\s+|still\s+|already\s+)?(?:have|had|'ve|"
                      r"have\s+had|have\s+got|'ve\s+got|deplore)"
                      r"\s+(?:(?:also|so\s+far|now)\s+)?$")
# a speaker of an armed side, named by a word of its service ("a security source")
_ARMED_SPEAKER = re.compile(r"(?i)\b(?:security|military|army|officers?|soldiers?|commanders?|"
                            r"fighters?|militiam[ae]n|spokesm[ae]n)\b")


def we_have(ctx: _Context, si: int, at: int, attr: _Attribution | None) -> bool:
    """"We also have about 30 wounded," a security source said: the count at ``at`` is of
    the armed speaker's own side (not a nurse's "we have 30 wounded", nor "we counted 12
    bodies" the enemy left)."""
    sent = ctx.sentences[si]
    return bool(attr and _WE_HAVE.search(ctx.work, max(sent.start, at - 40), at)
                and (_ARMED_SPEAKER.search(attr.claimant or "")
                     or (attr.actor and _belligerent(ctx.vocab, attr.actor))))


_LOST = re.compile(r"(?i)los[ti]")
_ALSO_HAVE = re.compile(r"(?i)\bwe\s+(?:have\s+|had\s+)?also\s+|\balso\s+(?:have|had)\s+")


def also_have_victims(ctx: _Context, si: int, at: int) -> str:
    """"Of the dead, 14 were soldiers and nine VDP. 'We also have about 30 wounded'": the
    wounded an armed speaker adds are of the dead's people, every party counted among them
    (the whole and its parts, or a list "14 soldiers and 22 VDP"), when they are several."""
    sent = ctx.sentences[si]
    if not _ALSO_HAVE.search(ctx.work, max(sent.start, at - 40), at):
        return ""
    for j in range(si, max(-1, si - 3), -1):
        found = [m for m in ctx.mentions.get(j, ()) if m.subject and m.start < at
                 and (_KILLED_OUTCOME.search(m.outcome or "") or _LOST.match(m.outcome or ""))]
        if not found:
            continue
        # the people counted, each once: a whole's parts rather than the whole; of the
        # speaker's side only ("we" has no civilians, nor the terrorists it killed)
        names = list(dict.fromkeys(m.subject for m in found
                                   if not any(p.subset_of is m for p in found)))
        if any(not _ours(ctx, n) for n in names):
            return ""
        if len({_resolve(ctx.vocab, n) or n.lower() for n in names}) > 1:
            return " and ".join(names)
        whole = _whole(found[-1])  # a part of a lump counted before ("Of the dead, 14 were")
        return whole.subject if whole is not found[-1] and " and " in whole.subject else ""
    return ""


def _ours(ctx: _Context, name: str) -> bool:
    """Forces of a state's side, named by role or as a party of the table that is not of
    the jihadists' or rebels' side ("soldiers", "VDP")."""
    actor = _resolve(ctx.vocab, name)
    side = ctx.vocab.table.by_id[actor].side if actor else ""
    return role_of(name) in ("army", "police") or (
        actor is not None and ctx.vocab.table.by_id[actor].kind == "belligerent"
        and side not in ("jihadists", "rebels")) or (
        not actor and (named := party_by_head(name, ctx.vocab.table)) is not None
        and named.side not in ("jihadists", "rebels"))


def civil_count(ctx: _Context, si: int, attr: _Attribution | None, victims: str) -> bool:
    """A voice outside the fighting (a doctor, a herder, a prosecutor; not "the second
    officer" or "a presidential spokesman" the table does not know) that counts bodies after a
    party boasted of killing ``victims``: the bodies it saw are not those enemies."""
    # (within a story's length: every earlier sentence made a 5 MB archive file quadratic)
    earlier = [ctx.row_of[id(m)] for j in range(max(0, si - 80), si)
               for m in ctx.mentions.get(j, ()) if id(m) in ctx.row_of]
    return attr is not None and civil_claimant(ctx, attr.claimant, attr.actor) \
        and enemy_boast(ctx, earlier, victims, attr.claimant)


def civil_claimant(ctx: _Context, claimant: str, actor: str | None = None) -> bool:
    """Neither a belligerent, a role of one, nor a speaker named by an armed word."""
    actor = actor or _resolve(ctx.vocab, claimant)
    return unarmed_claimant(ctx, claimant, actor) and not _ARMED_SPEAKER.search(claimant or "")


def enemy_boast(ctx: _Context, earlier: list[dict], victims: str, claimant: str) -> bool:
    """``victims`` were last counted by a party as its enemies' dead: not its own losses
    ("killing 12 soldiers, the army said"), nor a count by a source outside the fighting,
    nor by this same voice."""
    told = [r for r in earlier if r["subject_raw"] == victims]
    if not told:
        return True  # (counted by no row kept: no party is known to have counted them)
    if any(r["claimant_raw"] == claimant for r in told):
        return False
    by = told[-1]["claimant_raw"] or ""
    party = _resolve(ctx.vocab, by)
    if party is None and (role := role_actor(by, ctx.vocab.table, ctx.text, told[-1].get("_at"))):
        party = role.actor_id  # "Mali army says dozens of rebels killed"
    if not party or not _belligerent(ctx.vocab, party):
        return False
    own = _resolve(ctx.vocab, victims)
    if own is None and role_of(victims) is not None:
        # "killing 12 soldiers, the Ukrainian army said": soldiers of the army that speaks
        role = role_actor(victims, ctx.vocab.table, ctx.text, told[-1].get("_at"))
        own = role.actor_id if role is not None else None
    return own != party


# the note of a count of the victims counted before
_EARLIER = "toll of the victims counted earlier"
