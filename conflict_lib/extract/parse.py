"""Batching the parse, and who asserts a claim according to the parse.

Only sentences that hold a proposed claim are parsed (the rules find them cheaply),
all at once through ``nlp.pipe``. A claim's speaker is the subject of the speech
verb that governs its number in the dependency tree ("X said it killed 84 ...",
"84 ... were killed, X said"), or the object of "according to"; a trailing headline
source ("...: ISPR") speaks for the headline. The subject is read as a noun phrase
without its relative clauses; an apposition is kept only when the name alone is not
in the actors table ("John Doe, spokesman for the army" → the army is found in it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from conflict_lib.extract.nlp import MAX_PARSE_CHARS, pipeline
from conflict_lib.extract.params import (
    DOCUMENT_NOUNS,
    HEADLINE_LEAD,
    HEADLINE_SOURCE,
    MINISTRY_OF,
    OBJECT_SPEECH,
    ONE_OF_THEM,
    PRONOUN_SPEAKERS,
    REFERRING_HEADS,
    SPEAKER_ENTS,
    SPEECH_LEMMAS,
    TOLL_NOUNS,
)

BATCH_SIZE = 256
# Sentences handed to the parser in this process (read by ``make bench``: the share of
# sentences parsed, and the parse floor measured on exactly these texts).
PARSED: list[str] = []
RECORD = False
_CLAUSE_DEPS = frozenset(("relcl", "acl", "advcl", "appos", "punct", "cc", "conj", "parataxis"))
# people a hospital admits
_PATIENTS = frozenset(("patient", "wounded", "injured", "civilian", "people", "person", "child",
                       "victim"))
_HEAD_DEPS = frozenset(("ccomp", "xcomp", "advcl", "conj", "dobj", "nsubj", "nsubjpass", "pobj",
                        "prep", "nummod", "compound", "amod", "quantmod", "npadvmod", "attr",
                        "appos", "acomp", "dep", "oprd", "agent", "relcl", "acl", "pcomp"))


@dataclass(frozen=True)
class Speaker:
    """Who asserts a claim, as the parse reads it. ``refers`` is True for a
    pronoun or a reference ("the group") to be resolved to an earlier speaker."""

    phrase: str          # the name alone ("John Doe")
    refers: bool
    how: str
    described: str = ""  # with its apposition ("John Doe, spokesman for the army")
    head_i: int | None = None


def parse_sentences(texts: Sequence[str]) -> list:
    """spaCy Docs of ``texts`` (None for a text longer than the parser's cap)."""
    keep = [i for i, t in enumerate(texts) if len(t) <= MAX_PARSE_CHARS]
    docs: list = [None] * len(texts)
    if not keep:
        return docs
    nlp = pipeline()
    if RECORD:
        PARSED.extend(texts[i] for i in keep)
    for i, doc in zip(keep, nlp.pipe((texts[i] for i in keep), batch_size=BATCH_SIZE),
                      strict=True):
        docs[i] = doc
    return docs


def speaker(doc, offset: int) -> Speaker | None:
    """The speaker of the claim whose number starts at character ``offset`` of ``doc``."""
    token = _token_at(doc, offset)
    if token is None:
        return None
    seen = 0
    node = token
    inner = None  # "X said its troops ... put Russian losses at": X speaks, not the troops
    while seen < 40:
        seen += 1
        if node is not token and _is_speech(node):
            found = _subject_of(node, token)
            if found is not None and inner is None and node.lemma_.lower() in OBJECT_SPEECH:
                inner = found
            elif found is not None:
                return found
        according = _according_to(node)
        if according is not None:
            # "JNIM said it had killed 50 soldiers, according to SITE": SITE relays JNIM
            return _speaker_above(node, token) or according
        if node.head is node:
            break
        node = node.head
    if inner is not None:
        return inner
    trailing = _trailing_speech(node, token)
    if trailing is not None:
        return trailing
    headline = HEADLINE_SOURCE.search(doc.text)
    if headline and headline.start() > len(doc.text) // 3:
        return Speaker(headline.group("who"), False, "headline source", headline.group("who"))
    lead = HEADLINE_LEAD.match(doc.text)
    if lead and offset > lead.end("who"):
        return Speaker(lead.group("who"), False, "headline source", lead.group("who"))
    return None


def _trailing_speech(root, token) -> Speaker | None:
    """"The toll had climbed to 27, a doctor at the hospital told Reuters.": a closing
    ", X told/said" the small model hangs as a second clause of the claim's verb, not as
    the verb the claim is reported by. Not a clause of its own ("..., and the army said it
    killed five": joined by "and", with what it says)."""
    for verb in root.children:
        if verb.dep_ != "conj" or verb.i < token.i or not _is_speech(verb) \
                or any(c.dep_ in ("cc", "ccomp", "xcomp") for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        first = subjects[0].left_edge.i if subjects else verb.i
        if subjects and first > 0 and verb.doc[first - 1].text == ",":
            return _phrase(subjects[0], f"subject of '{verb.text}' closing the sentence")
    return None


def _speaker_above(node, token) -> Speaker | None:
    """The subject of a speech verb that governs ``node``, if any."""
    seen = 0
    while node.head is not node and seen < 40:
        seen += 1
        if node.dep_ in ("conj", "advcl", "parataxis"):
            return None  # "A said ..., and 25 were killed, according to B": B's clause
        node = node.head
        if _is_speech(node) and node.lemma_.lower() not in OBJECT_SPEECH:
            found = _subject_of(node, token)
            if found is not None:
                return found
    return None


def _is_speech(verb) -> bool:
    """A verb of saying ("claimed the lives of" and "put pressure" are not)."""
    lemma = verb.lemma_.lower()
    if lemma not in SPEECH_LEMMAS or verb.pos_ not in ("VERB", "AUX"):
        return False
    objects = {c.lower_ for c in verb.children if c.dep_ == "dobj"}
    if lemma == "claim" and objects & {"lives", "life", "responsibility"}:
        return False
    if lemma == "admit" and {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"} & {
            "hospital", "facility", "clinic", "centre", "center", "ward", "morgue"}:
        return False  # "the facility had admitted 31 wounded": patients, not a confession
    if lemma == "admit" and any(c.dep_ == "dobj" and (c.like_num or c.lemma_.lower() in _PATIENTS)
                                for c in verb.children):
        return False  # "said it had admitted 22 wounded" (whatever its subject)
    patients = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree]
    if lemma == "admit" and any(t.like_num or t.lemma_.lower() in _PATIENTS for t in patients):
        return False  # "more than 70 wounded civilians had been admitted": patients
    if lemma in OBJECT_SPEECH:
        return bool(objects & TOLL_NOUNS)
    return True


def _token_at(doc, offset: int):
    for t in doc:
        if t.idx <= offset < t.idx + len(t.text) or t.idx >= offset:
            return t
    return None


def _according_to(verb) -> Speaker | None:
    for child in verb.children:
        if child.lower_ == "according":
            for to in child.children:
                for obj in to.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() not in DOCUMENT_NOUNS:
                        return _phrase(obj, "according to")
    return None


def _subject_of(verb, token) -> Speaker | None:
    """The subject of a speech verb nearest to it and not holding the number; a
    participle or coordinated verb without one ("..., adding that", "and said")
    takes its head verb's subject. A passive ("were reported killed") names none."""
    node = verb
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        # "..., adding that two soldiers died": the speaker of the verb it hangs from
        up = verb.head
        for _ in range(4):
            if up is not verb and _is_speech(up):
                node = up
                break
            if up.head is up:
                break
            up = up.head
    if any(c.dep_ == "nsubj" and token in c.subtree for c in verb.children):
        closing = _closing_speaker(verb, token)
        if closing is not None:
            return closing
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ == "nsubj"
                    and not any(t.i == token.i for t in c.subtree)]
        if subjects:
            nearest = min(subjects, key=lambda c: abs(c.i - node.i))
            if nearest.lower_ in ("which", "who", "that") and node.dep_ == "relcl":
                # "The ministry, which had reported that 11 soldiers died, ...": the
                # relative pronoun stands for the noun its clause hangs from
                nearest = node.head
            return _phrase(nearest, f"subject of '{verb.text}'")
        agent = [c for c in node.children if c.dep_ == "agent"]
        if agent:  # "was quoted by X"
            objs = [c for c in agent[0].children if c.dep_ == "pobj"]
            if objs:
                return _phrase(objs[0], f"agent of '{verb.text}'")
        if node.dep_ in ("advcl", "conj", "xcomp", "ccomp") and node.head is not node:
            node = node.head
            continue
        break
    return _misparsed_subject(verb, token)


def _misparsed_subject(verb, token) -> Speaker | None:
    """", the Donetsk regional governor, Oleh Tkachuk, said." closing a sentence: the
    parser sometimes hangs the speaker on the clause before as an object; the noun phrase
    just before a sentence-final speech verb is its subject."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or any(t.pos_ not in ("PUNCT", "SPACE") for t in doc[verb.i + 1:]):
        return None
    k = verb.i - 1
    while k >= 0 and (doc[k].pos_ == "PUNCT" or doc[k].dep_ in ("appos", "compound")
                      or (doc[k].pos_ == "PROPN" and doc[k].head.dep_ == "appos")):
        k -= 1
    if k < 1 or doc[k].pos_ not in ("NOUN", "PROPN") or token.i >= k \
            or doc[k].dep_ not in ("dobj", "pobj", "conj", "npadvmod", "attr") \
            or not any(t.text == "," for t in doc[max(0, doc[k].left_edge.i - 1):doc[k].i]):
        return None
    return _phrase(doc[k], f"subject of '{verb.text}'")


def _closing_speaker(verb, token) -> Speaker | None:
    """"..., killing nine soldiers including the commander, a major, two security sources
    told AFP.": the parser made the counted noun the subject of the speech verb that closes
    the sentence; its speaker is the noun phrase between the last comma and the verb."""
    doc = verb.doc
    if any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1:]):
        return None
    k = verb.i - 1
    if k <= token.i or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    j = k
    while j - 1 > token.i and doc[j - 1].dep_ in ("compound", "nummod", "amod", "det"):
        j -= 1
    if doc[j - 1].text != ",":
        return None
    phrase = doc[j : k + 1].text
    return Speaker(phrase, False, f"subject of '{verb.text}' closing the sentence", phrase, k)


def _phrase(head, how: str) -> Speaker:
    """The noun phrase headed by ``head`` without relative clauses; an apposition
    follows the name only when the name alone is unknown (decided by the caller)."""
    if head.pos_ == "PRON" and head.lower_ in PRONOUN_SPEAKERS:
        return Speaker(head.text, True, how, head.text, head.i)
    core = _span(head, keep_appos=False)
    words = core.split()
    refers = (bool(words) and words[0].lower() in ("the", "this", "that", "its", "their")
              and head.lower_ in REFERRING_HEADS and not _named(head, keep_appos=False)
              and not MINISTRY_OF.intersection(w.lower() for w in words)) \
        or bool(ONE_OF_THEM.match(core)) \
        or bool(re.match(r"(?i)the\s+same\s+(?:source|official|officer|spokes\w+)s?$", core))
    # ("one of them", "one of its commanders", "according to the same source")
    return Speaker(core, refers, how, _span(head, keep_appos=True), head.i)


def _named(head, keep_appos: bool = True) -> bool:
    """A phrase that names someone: a proper noun or an entity in its subtree ("The
    group's spokesman, Ali X," refers to the group: its apposition names only him)."""
    drop = set()
    for child in head.children:
        if (child.dep_ == "appos" and not keep_appos) or (
                child.dep_ == "prep" and child.lower_ in ("in", "at", "near")):
            # ("its spokesman in Gojjam": where he is, not who he is)
            drop.update(t.i for t in child.subtree)
    return any(t.pos_ == "PROPN" or t.ent_type_ in SPEAKER_ENTS
               for t in head.subtree if t.i not in drop)


def _span(head, keep_appos: bool) -> str:
    """Text of ``head``'s subtree, cut before relative clauses (and appositions)."""
    drop = set()
    for child in head.children:
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "appos" and not keep_appos):
            drop.update(t.i for t in child.subtree)
    tokens = [t for t in head.subtree if t.i not in drop]
    # a phrase is one stretch of words: a part the parse hangs from it across the verb
    # ("staff said ... lost 1,130 troops, nine tanks": "tanks" an apposition of "staff") is not
    at = next((k for k, t in enumerate(tokens) if t.i == head.i), 0)
    lo = hi = at
    while lo > 0 and tokens[lo - 1].i == tokens[lo].i - 1:
        lo -= 1
    while hi + 1 < len(tokens) and tokens[hi + 1].i == tokens[hi].i + 1:
        hi += 1
    tokens = tokens[lo : hi + 1]
    # a comma left dangling by a dropped clause ends the phrase
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if not tokens:
        return head.text
    doc = head.doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if not keep_appos:
        cut = [t for t in tokens if t.text == "," and t.i > head.i]
        if cut:
            end = cut[0].idx
    return doc.text[start:end].strip(" ,")
