"""A front-matter block at the top of a ``.txt`` article: ``key: value`` lines closed by ``---``.

    url: https://example.org/news/clash
    outlet: Example News
    published: 2025-03-14
    language: en
    title: Fighting near the town
    ---
    Body text ...

An opening ``---`` line is allowed (the YAML habit). The block is recognised only when
its first line is ``---`` or a ``key:`` line and a ``---`` line closes it, so an article
whose first line happens to read "Update: ..." stays an article. Inside a recognised
block an unknown key or an impossible date is an error naming the file and line: a
typo must not silently drop the outlet or the date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

FRONT_MATTER_KEYS = ("url", "outlet", "published", "language", "title")

_KEY_LINE = re.compile(r"^([A-Za-z][A-Za-z_ -]{0,30}?)[ \t]*:[ \t]*(.*?)[ \t]*$")
_RULE = re.compile(r"^[ \t]*---[ \t]*$")
# A block longer than this is not front matter but a body that happens to contain "---".
_MAX_LINES = 40


class FrontMatterError(ValueError):
    """A front-matter block that cannot be read; the message names file and line."""


@dataclass(frozen=True)
class FrontMatter:
    """The block's fields (lower-case keys), its length in characters, and notes."""

    fields: dict[str, str]
    length: int
    published: dt.date | None = None
    flags: list[str] = field(default_factory=list)


def parse_front_matter(
    text: str, path: Path, today: dt.date | None = None
) -> FrontMatter | None:
    """The front matter at the start of ``text`` (after a BOM), or None when there is none.

    ``length`` counts the characters of ``text`` the block occupies, closing line included.
    """
    start = 1 if text.startswith("\ufeff") else 0
    lines = text[start:].splitlines(keepends=True)[:_MAX_LINES]
    if not lines:
        return None
    body_from = 1 if _RULE.match(lines[0]) else 0
    if body_from == 0 and not _KEY_LINE.match(lines[0]):
        return None
    close = next((i for i in range(body_from, len(lines)) if _RULE.match(lines[i])), None)
    if close is None or close == body_from:
        return None
    fields: dict[str, str] = {}
    for i in range(body_from, close):
        lineno = i + 1
        line = lines[i].rstrip("\r\n")
        if not line.strip():
            continue
        m = _KEY_LINE.match(line)
        if not m:
            if body_from == 0:
                return None  # prose before a "---" rule: not a front-matter block
            raise FrontMatterError(f"{path}: line {lineno}: expected 'key: value', got {line!r}")
        key = m.group(1).strip().lower().replace(" ", "_")
        if key not in FRONT_MATTER_KEYS:
            raise FrontMatterError(
                f"{path}: line {lineno}: unknown front-matter key {key!r}; "
                f"allowed: {', '.join(FRONT_MATTER_KEYS)}"
            )
        if key in fields:
            raise FrontMatterError(f"{path}: line {lineno}: front-matter key {key!r} given twice")
        fields[key] = m.group(2)
    published, flags = None, []
    if fields.get("published"):
        lineno = next(i + 1 for i in range(body_from, close) if "published" in lines[i].lower())
        published, flags = _published(fields["published"], path, lineno, today)
    length = start + sum(len(line) for line in lines[: close + 1])
    return FrontMatter(fields, length, published, flags)


def _published(
    value: str, path: Path, lineno: int, today: dt.date | None
) -> tuple[dt.date | None, list[str]]:
    # A timestamp ("2025-03-14T09:30:00Z") states the date in its first ten characters.
    raw = value.strip()[:10]
    try:
        date = dt.date.fromisoformat(raw)
    except ValueError:
        raise FrontMatterError(
            f"{path}: line {lineno}: published {value!r} is not a valid YYYY-MM-DD date"
        ) from None
    if date > (today or dt.date.today()):
        return None, [f"front-matter date {raw} lies in the future"]
    return date, []
