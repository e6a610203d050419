"""A saved web page as an article: trafilatura's main text, mapped back to the page's bytes.

trafilatura decides what the article is (main text, title, site name, date, canonical
URL) and drops navigation, ads, comment widgets and scripts; nothing in the page is
ever run. Its text is then aligned with the page's own visible characters (text
outside tags, comments and script/style blocks, entities decoded), line by line and
ignoring whitespace, so every character of the article text carries the byte offset
of the raw character (or entity) it came from. A line trafilatura wrote that the page
does not hold character for character (a "- " list marker, a table's " | ") keeps
only the characters found in the page; a line not found at all is left out and
flagged. A quote's raw span therefore holds exactly its characters, with markup and
entities between them.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from conflict_lib.config import MAX_ARTICLE_BYTES
from conflict_lib.corpus.textmap import MappedText
from conflict_lib.errors import ArticleError

# A page larger than this is refused before parsing: saved pages with inline images
# reach a few MB; the article limit is far beyond that and bounds the time on one file.
MAX_PAGE_BYTES = MAX_ARTICLE_BYTES
# Below these the extraction is flagged for a look (a teaser, a paywall stub, a page of
# links): 400 characters is about three sentences; 15% of the visible text means the
# page is mostly something other than the article.
SHORT_TEXT = 400
BOILERPLATE_SHARE = 0.15
# trafilatura falls back to whatever text a page has (a menu, "404", "Subscribe to
# read"), so an article must hold prose: 20 words in lines of sentences (about two
# sentences); fewer is no article at all.
MIN_PROSE_WORDS = 20
_SENTENCE_LINE = re.compile(r"(?:\S+\s+){5,}\S*[.!?][\"')\u201d\u2019]?\s*$")

_RAW_TEXT_ELEMENTS = "script|style|noscript|template|textarea|svg|math|iframe|object|title"
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    rf"|<({_RAW_TEXT_ELEMENTS})\b(?:\"[^\"]*\"|'[^']*'|[^'\">])*>.*?(?:</\1\s*>|\Z)"
    r"|<![^>]*>|<\?.*?(?:\?>|\Z)"
    r"|</?[A-Za-z](?:\"[^\"]*\"|'[^']*'|[^'\">])*>",
    re.DOTALL | re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_TOKEN = re.compile(f"(?:{_MARKUP.pattern})|(?:{_ENTITY.pattern})", re.DOTALL | re.IGNORECASE)
# Characters that never decide a match: whitespace, soft hyphens, zero-width marks.
_IGNORABLE = re.compile(r"[\s\u00ad\u200b\u200c\u200d\u2060\ufeff]+")
_HTML_SIGN = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|main|p|div)\b", re.I)
_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_LIST_MARK = re.compile(r"^\s*(?:[-*\u2022|]\s+)+")
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I)


@dataclass
class Page:
    """One page's article text before cleaning, with metadata and flags."""

    raw_text: str
    mapped: MappedText
    meta: dict[str, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Visible:
    """The page's visible non-whitespace characters and their raw byte offsets."""

    chars: str
    offsets: np.ndarray
    unit_starts: np.ndarray
    raw_len: int


def decode_page(raw: bytes, path: Path) -> tuple[str, np.ndarray]:
    """The page as text and the byte offset of each of its characters.

    UTF-8 first; otherwise a single-byte charset the page declares (windows-1252,
    ISO-8859-x). Anything else is an error naming the file.
    """
    if not _HTML_SIGN.search(raw[:65536]):
        head = raw[:8].decode("ascii", "replace").encode("unicode_escape").decode()
        raise ArticleError(
            f"{path}: not an HTML page (no <html>, <body> or <p> tag in the first 64 KB; "
            f"starts with {head!r})"
        )
    if b"\x00" in raw[:65536]:
        raise ArticleError(f"{path}: NUL bytes: this looks like a binary file, not an HTML page")
    body = raw[3:] if raw.startswith(codecs.BOM_UTF8) else raw
    skip = len(raw) - len(body)
    try:
        text = body.decode("utf-8")
        mapped = MappedText.from_raw(text)
        return text, mapped.char_starts + skip
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(raw[:4096])
    codec = _single_byte_codec(declared.group(1).decode("ascii") if declared else "")
    if codec is None:
        raise ArticleError(
            f"{path}: not UTF-8 and no single-byte charset declared; re-save the page as UTF-8"
        )
    return raw.decode(codec, errors="replace"), np.arange(len(raw), dtype=np.int64)


def _single_byte_codec(name: str) -> str | None:
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    single = info.name in ("latin-1", "iso8859-1", "ascii") or re.fullmatch(
        r"(?:cp125\d|iso8859-\d+|windows-125\d)", info.name
    )
    return info.name if single else None


def visible_text(doc: str, byte_of: np.ndarray, raw_len: int) -> _Visible:
    """Every visible non-ignorable character of ``doc`` with its byte offset, and the
    byte offsets where a raw unit starts (a character, an entity or a tag)."""
    parts: list[str] = []
    offsets: list[int] = []
    inside = np.zeros(len(doc) + 1, dtype=np.int32)  # +1 at a unit's second char, -1 after

    def add_text(a: int, b: int) -> None:
        for m in re.finditer(r"[^\s\u00ad\u200b\u200c\u200d\u2060\ufeff]+", doc[a:b]):
            parts.append(m.group(0))
            offsets.extend(range(a + m.start(), a + m.end()))

    pos = 0
    for m in _TOKEN.finditer(doc):
        a, b = m.span()
        add_text(pos, a)
        if b - a > 1:
            inside[a + 1] += 1
            inside[b] -= 1
        if m.group(0).startswith("&"):
            decoded = _IGNORABLE.sub("", html.unescape(m.group(0)))
            parts.append(decoded)
            offsets.extend([a] * len(decoded))
        pos = b
    add_text(pos, len(doc))
    starts = np.cumsum(inside[:-1]) == 0
    index = np.asarray(offsets, dtype=np.int64)
    return _Visible("".join(parts), byte_of[index] if len(index) else index,
                    byte_of[starts], raw_len)


def _align_line(line: str, visible: _Visible, cursor: int) -> tuple[str, list[int], int] | None:
    """``line`` as found in the page from ``cursor`` on (else anywhere): its text and
    byte offsets, and the new cursor. Characters the page lacks are dropped."""
    for candidate in (line, _LIST_MARK.sub("", line), line.replace(" | ", " ")):
        compact = _IGNORABLE.sub("", candidate)
        if not compact:
            return None
        at = visible.chars.find(compact, cursor)
        if at < 0:
            at = visible.chars.find(compact)
        if at < 0:
            continue
        text: list[str] = []
        offs: list[int] = []
        k = at
        for ch in candidate.strip():
            if _IGNORABLE.fullmatch(ch):
                if text and text[-1] != " ":
                    text.append(" ")
                    offs.append(int(visible.offsets[k]))  # the next found character
                continue
            text.append(ch)
            offs.append(int(visible.offsets[k]))
            k += 1
        return "".join(text), offs, at + len(compact)
    return None


def align(extracted: str, visible: _Visible, title: str | None = None) -> tuple[MappedText, int]:
    """The extracted text as a MappedText onto the raw bytes, and how many of its
    lines were not found in the page (left out)."""
    pieces: list[str] = []
    offs: list[int] = []
    missing = 0
    cursor = 0
    lines = [ln for ln in extracted.splitlines() if ln.strip()]
    if title and lines:
        # The headline carries claims too; trafilatura keeps it apart from the text.
        first = visible.chars.find(_IGNORABLE.sub("", lines[0]))
        head = visible.chars.rfind(_IGNORABLE.sub("", title), 0, max(first, 0))
        if head >= 0 and _IGNORABLE.sub("", title) != _IGNORABLE.sub("", lines[0]):
            lines.insert(0, title)
            cursor = head
    for line in lines:
        found = _align_line(line, visible, cursor)
        if found is None:
            missing += 1
            continue
        text, line_offs, cursor = found
        if pieces:
            pieces.append("\n\n")
            offs.extend([line_offs[0]] * 2)
        pieces.append(text)
        offs.extend(line_offs)
    mapped = MappedText(
        "".join(pieces), np.asarray(offs, dtype=np.int64), visible.raw_len, visible.unit_starts
    )
    return mapped, missing


def _extract(doc: str) -> tuple[str, dict[str, str]]:
    import trafilatura  # lazy: ~0.5 s of lxml/justext imports, paid only for saved pages

    result = trafilatura.bare_extraction(
        doc, include_comments=False, include_tables=True, include_images=False,
        with_metadata=True, deduplicate=False,
    )
    if result is None:
        return "", {}
    text = result.text or ""
    meta = {
        "title": result.title or "",
        "outlet": result.sitename or "",
        "published": result.date or "",
        "url": result.url or "",
        "language": result.language or "",
    }
    if not meta["language"]:  # the page's own declaration, when trafilatura names none
        declared = _HTML_LANG.search(doc[:4096])
        meta["language"] = declared.group(1).lower() if declared else ""
    return text, {k: v for k, v in meta.items() if v}


def read_page(raw: bytes, path: Path) -> Page:
    """The article in a saved page. Raises ArticleError naming the file for a page
    that is not HTML, too large, or holds no article text."""
    if len(raw) > MAX_PAGE_BYTES:
        raise ArticleError(
            f"{path}: {len(raw) / 1e6:.1f} MB, larger than the {MAX_PAGE_BYTES / 1e6:g} MB "
            "a saved article page can be; save the article alone"
        )
    doc, byte_of = decode_page(raw, path)
    text, meta = _extract(doc)
    if not text.strip():
        raise ArticleError(
            f"{path}: no article text found in the page (a paywall, an error page or a "
            "page of links?)"
        )
    visible = visible_text(doc, byte_of, len(raw))
    mapped, missing = align(text, visible, meta.get("title"))
    flags = []
    if missing:
        flags.append(f"{missing} line(s) of the extracted text not found in the page: left out")
    if not mapped.text.strip():
        raise ArticleError(f"{path}: the extracted text could not be found in the page's bytes")
    prose = sum(len(ln.split()) for ln in mapped.text.splitlines() if _SENTENCE_LINE.search(ln))
    if prose < MIN_PROSE_WORDS:
        raise ArticleError(
            f"{path}: no article text found in the page, only {prose} words of sentences "
            "(a paywall, an error page or a page of links?)"
        )
    body = len(_IGNORABLE.sub("", mapped.text))
    if body < SHORT_TEXT:
        flags.append(f"short main text ({body} characters): a teaser or a paywall stub?")
    share = body / max(len(visible.chars), 1)
    if share < BOILERPLATE_SHARE:
        flags.append(
            f"mostly boilerplate: the article is {share:.0%} of the page's visible text; "
            "check the extraction"
        )
    return Page(doc, mapped, meta, flags)
