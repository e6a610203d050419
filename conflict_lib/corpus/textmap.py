"""Text edits that remember where every character came from in the raw bytes.

The cleaned article text is what analysts quote; the raw file is what they cite.
``MappedText`` keeps, for each cleaned character, the byte offset of the raw
character it derives from, so any quote span maps back to raw bytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

Replacement = str | Callable[[re.Match[str]], str]


@dataclass(frozen=True)
class MappedText:
    """Text plus ``offsets[i]`` = raw byte offset of ``text[i]``. ``char_starts``
    holds the byte offset of every raw character, so a span can end exactly where
    its last raw character ends; ``raw_len`` is the raw size in bytes."""

    text: str
    offsets: np.ndarray
    raw_len: int
    char_starts: np.ndarray

    @classmethod
    def from_raw(cls, raw: str, encoding: str = "utf-8") -> MappedText:
        """Map a decoded string onto the byte offsets of its UTF-8 encoding."""
        data = np.frombuffer(raw.encode(encoding), dtype=np.uint8)
        # Each character starts at a byte that is not a UTF-8 continuation byte.
        offsets = np.flatnonzero((data & 0xC0) != 0x80).astype(np.int64)
        return cls(raw, offsets, len(data), offsets)

    def sub(self, pattern: re.Pattern[str], repl: Replacement) -> MappedText:
        """Like ``pattern.sub`` but carrying offsets: inserted characters take the
        offset of the start of the text they replace."""
        pieces: list[str] = []
        maps: list[np.ndarray] = []
        pos = 0
        for m in pattern.finditer(self.text):
            a, b = m.span()
            pieces.append(self.text[pos:a])
            maps.append(self.offsets[pos:a])
            new = repl(m) if callable(repl) else m.expand(repl)
            if new:
                anchor = self.offsets[a] if a < len(self.text) else self.raw_len
                pieces.append(new)
                maps.append(np.full(len(new), anchor, dtype=np.int64))
            pos = b
        if not pieces:
            return self
        pieces.append(self.text[pos:])
        maps.append(self.offsets[pos:])
        return MappedText("".join(pieces), np.concatenate(maps), self.raw_len, self.char_starts)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw byte span ``[a, b)`` covering cleaned characters ``[start, end)``."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}:{end} outside text of length {len(self.text)}")
        if start == end:
            at = self.offsets[start] if start < len(self.text) else self.raw_len
            return int(at), int(at)
        last = int(self.offsets[end - 1])
        # End where the raw character behind the last cleaned one ends (it may be
        # an expansion, "..." from "…", or be followed by stripped whitespace).
        nxt = int(np.searchsorted(self.char_starts, last, side="right"))
        b = int(self.char_starts[nxt]) if nxt < len(self.char_starts) else self.raw_len
        return int(self.offsets[start]), b
