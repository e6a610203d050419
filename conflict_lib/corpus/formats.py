"""The article file formats an event folder may hold, read to one shape.

- ``.txt`` with a leading `` date YYYY-MM-DD`` line (the seeds' scraper convention);
- ``.txt`` with a front-matter block (``conflict_lib.corpus.frontmatter``);
- ``.html`` / ``.htm``: a saved web page (``conflict_lib.corpus.webpage``).

Each gives the text to clean (a MappedText onto the raw bytes), the stated date, the
metadata the file itself states (outlet, url, title, language) and flags.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from conflict_lib.corpus.frontmatter import parse_front_matter
from conflict_lib.corpus.textmap import MappedText
from conflict_lib.corpus.webpage import read_page
from conflict_lib.errors import ArticleError

# A leading " date YYYY-MM-DD" line, as written by the scraper that collected the seeds.
HEADER_LINE = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(\S+)[ \t]*\n?")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)



def decode_article(raw: bytes, path: Path) -> str:
    """UTF-8 text of an article file; a BOM is tolerated, other bytes are an error."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ArticleError(
            f"{path}: line {line}, byte {err.start}: not UTF-8 ({err.reason}); "
            "re-save the article as UTF-8"
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ArticleError(f"{path}: line {line}: NUL byte, this looks like a binary file")
    return text


def parse_header(
    text: str, today: dt.date | None = None
) -> tuple[dt.date | None, str | None, list[str]]:
    """The ``date YYYY-MM-DD`` header: (date or None, raw value, flags)."""
    m = HEADER_LINE.match(text)
    if not m:
        return None, None, ["no date header: published date unknown"]
    raw = m.group(1)
    try:
        date = dt.date.fromisoformat(raw)
    except ValueError:
        return None, raw, [f"header date {raw!r} is not a valid YYYY-MM-DD date"]
    if date > (today or dt.date.today()):
        return None, raw, [f"header date {raw} lies in the future"]
    return date, raw, []


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
