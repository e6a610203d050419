"""The article file formats an event folder may hold, read to one shape.

- ``.txt`` with a leading `` date YYYY-MM-DD`` line (the seeds' scraper convention);
- ``.txt`` with a front-matter block (``conflict_lib.frontmatter``);
- ``.html`` / ``.htm``: a saved web page (``conflict_lib.webpage``).

Each gives the text to clean (a MappedText onto the raw bytes), the stated date, the
metadata the file itself states (outlet, url, title, language) and flags.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from conflict_lib.corpus import ARTICLE_SUFFIXES, decode_article, parse_header
from conflict_lib.frontmatter import parse_front_matter
from conflict_lib.textmap import MappedText

__all__ = ["ARTICLE_SUFFIXES", "HTML_SUFFIXES", "Body", "read_body"]
HTML_SUFFIXES = (".html", ".htm")


@dataclass
class Body:
    """An article file read to text, before the shared cleaning."""

    raw_text: str
    mapped: MappedText
    published: dt.date | None
    date_raw: str | None
    meta: dict[str, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)


def read_body(raw: bytes, path: Path, today: dt.date | None = None) -> Body:
    """Any supported article file → Body. Raises ArticleError (or FrontMatterError)
    naming the file."""
    if path.suffix.lower() in HTML_SUFFIXES:
        return _html_body(raw, path, today)
    text = decode_article(raw, path)
    front = parse_front_matter(text, path, today)
    mapped = MappedText.from_raw(text)
    if front is None:
        published, header_raw, flags = parse_header(text.lstrip("\ufeff"), today)
        return Body(text, mapped, published, header_raw, {}, flags)
    rest = MappedText(
        text[front.length :], mapped.offsets[front.length :], mapped.raw_len, mapped.char_starts
    )
    flags = list(front.flags)
    if front.published is None and not flags:
        flags.append("no published date in the front matter: published date unknown")
    return Body(text, rest, front.published, front.fields.get("published"), front.fields, flags)


def _html_body(raw: bytes, path: Path, today: dt.date | None) -> Body:
    from conflict_lib.webpage import read_page

    page = read_page(raw, path)
    flags = list(page.flags)
    stated = page.meta.get("published")
    published = None
    if stated:
        try:
            published = dt.date.fromisoformat(stated[:10])
        except ValueError:
            flags.append(f"page date {stated!r} is not a YYYY-MM-DD date")
        if published and published > (today or dt.date.today()):
            flags.append(f"page date {stated} lies in the future")
            published = None
    else:
        flags.append("no publication date in the page: published date unknown")
    return Body(page.raw_text, page.mapped, published, stated, page.meta, flags)
