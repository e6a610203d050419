"""The working records of one article: sentences, attributions, mentions,
quantities and equipment, and the per-article context they hang on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from conflict_lib.extract.vocab import _Vocab


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int


@dataclass
class _Attribution:
    pos: int            # start of the verb
    end: int            # end of the verb
    kind: str           # "pre" (X said CLAIM), "post" (CLAIM, X said) or "both"
    claimant: str       # claimant words as written (pronouns resolved)
    actor: str | None   # resolved actor id, None if unknown
    note: str = ""


@dataclass
class _Mention:
    start: int
    end: int
    q: str
    np: str
    np_start: int
    outcome: str = ""
    o_start: int = 0
    o_end: int = 0
    subject: str = ""
    subject_note: str = ""
    kind: str = "people"
    # the group this mention counts part of ("12 killed, including two officers")
    subset_of: _Mention | None = None


def own_ranks(possessive: str) -> str:
    """The words for a speaker's own people ("its own ranks", "our own ranks"), kept as
    written until the parse settles who the speaker is; the normaliser reads them as the
    claimant's own."""
    return f"{possessive} own ranks"


def is_own_ranks(words: str) -> bool:
    """Words ``own_ranks`` wrote."""
    return words.endswith(" own ranks")


def _whole(m: _Mention) -> _Mention:
    """The group a subset belongs to ("38 people, among them 11 children": the 38)."""
    while m.subset_of is not None and m.subset_of.subject:
        m = m.subset_of
    return m


@dataclass
class _Context:
    text: str
    work: str
    low: str
    vocab: _Vocab
    sentences: list[_Sentence]
    attributions: dict[int, list[_Attribution]] = field(default_factory=dict)
    mentions: dict[int, list[_Mention]] = field(default_factory=dict)
    quantities: dict[int, list] = field(default_factory=dict)
    inside_quote: list[bool] = field(default_factory=list)
    equipment: dict[int, list] = field(default_factory=dict)
    actor_hits: list[tuple[int, int, str]] | None = None
    # the row each counted mention became, by the mention's id (its parts may be read later)
    row_of: dict[int, dict] = field(default_factory=dict)


@dataclass
class _Quantity:
    start: int
    end: int
    text: str
    magnitude: bool
    used: bool = False


class _QO:
    """A quantity before an outcome noun, shaped like a match object."""

    def __init__(self, q: _Quantity, tail: re.Match[str]) -> None:
        self._spans = {"q": (q.start, q.end), "o": tail.span("o"), None: (q.start, tail.end()),
                       "mod": tail.span("mod")}
        self._text = {"q": q.text, "o": tail.group("o"), "mod": tail.group("mod") or ""}

    def span(self, name: str | None = None) -> tuple[int, int]:
        return self._spans[name]

    def start(self, name: str | None = None) -> int:
        return self._spans[name][0]

    def end(self, name: str | None = None) -> int:
        return self._spans[name][1]

    def group(self, name: str) -> str:
        return self._text[name]


@dataclass
class _Equipment:
    start: int
    end: int
    q: str
    np: str
    o_start: int
    o_end: int
    verb: str
    passive: bool
    np_start: int
    np_end: int
    parent: _Equipment | None = None
