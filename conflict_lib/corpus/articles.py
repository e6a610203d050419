"""Reading an event's articles: header, dateline, web debris, whitespace repair.

``load_articles`` returns one row per article with the cleaned ``text`` that
claims quote, the ``raw_text`` as decoded, and a ``MappedText`` per article in
``text_map`` so any span of ``text`` maps back to bytes of the raw file.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from conflict_lib._schema import schema_problems
from conflict_lib.config import MAX_ARTICLE_BYTES, Event, resolve_event
from conflict_lib.corpus.formats import (  # noqa: F401  (decode_article, parse_header re-exported)
    ARTICLE_SUFFIXES,
    HEADER_LINE,
    decode_article,
    parse_header,
    read_body,
)
from conflict_lib.corpus.schemas import ARTICLE_COLUMNS, articles_schema
from conflict_lib.corpus.sources import read_sources
from conflict_lib.corpus.textmap import MappedText
from conflict_lib.errors import ArticleError  # re-exported: defined low, raised here

# Lines a blog template adds around the story; matched as whole lines only.
_DEBRIS = re.compile(
    r"^[ \t]*(?:Post a Comment \(\d+\)|Previous Post(?: Next Post)?|Next Post|Put your ad code here"
    r"|Share this(?: article| story)?:?|Advertisement|Read more:?|Click here to subscribe"
    r"|Related Posts?|Newer Post(?: Older Post)?|Older Post|Home)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_TYPOGRAPHY = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": "",
    "\ufeff": "",
    "\u2026": "...",
}
_TYPO_RE = re.compile("|".join(map(re.escape, _TYPOGRAPHY)))
_CRLF = re.compile(r"\r\n?")
_SPACES = re.compile(r"[ \t\f\v]+")
_TRAILING = re.compile(r"[ ]+(?=\n)|(?<=\n)[ ]+")
_BLANKS = re.compile(r"\n{3,}")
# A paragraph break inside a sentence: the line before ends mid-sentence (a
# lowercase word or comma) and is body text, not a headline.
_BROKEN_WRAP = re.compile(r"(?<=[a-z,])[ ]*\n\s*\n[ ]*(?=[A-Za-z0-9])")
_FUNCTION_WORDS = frozenset(
    [
        "of",
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "that",
        "which",
        "who",
        "whose",
        "than",
    ]
)
_MIN_BODY_LINE = 100

_MONTHS = "January February March April May June July August September October November December"
_MONTH_RE = "|".join(m for m in _MONTHS.split()) + "|" + "|".join(m[:3] for m in _MONTHS.split())
_DATELINES = [
    # "Bamako, July 27 (Reuters) -"
    re.compile(
        rf"\A(?P<place>[A-Z][A-Za-z .'-]{{1,40}}?),\s+(?P<month>{_MONTH_RE})\.?"
        r"\s+(?P<day>\d{1,2})"
        r"\s+\((?P<agency>[A-Za-z][A-Za-z .&-]{1,30})\)\s*-?\s*"
    ),
    # "BAMAKO, Mali (AP)" or "BAMAKO (AFP) -"
    re.compile(
        r"\A(?P<place>[A-Z][A-Z .'-]{1,40}?)(?:,\s+(?P<country>[A-Z][A-Za-z .'-]{1,30}?))?"
        r"\s+\((?P<agency>[A-Za-z][A-Za-z .&-]{1,30})\)\s*-?\s*"
    ),
]


@dataclass
class Article:
    """One article after cleaning. ``flags`` lists anything odd, each with its reason."""

    article_id: str
    path: Path
    raw_bytes: bytes
    raw_text: str
    mapped: MappedText
    published: dt.date | None
    header_date_raw: str | None
    dateline: str | None = None
    dateline_place: str | None = None
    dateline_agency: str | None = None
    dateline_date: dt.date | None = None
    flags: list[str] = field(default_factory=list)
    # What the file itself states (front matter or page metadata): outlet, url, title...
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.mapped.text

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw_bytes).hexdigest()


def clean_text(mapped: MappedText) -> MappedText:
    """Remove the header and web debris, straighten typography, repair broken wraps."""
    mapped = mapped.sub(_CRLF, "\n")
    mapped = mapped.sub(HEADER_LINE, "")
    mapped = mapped.sub(_DEBRIS, "")
    mapped = mapped.sub(_TYPO_RE, lambda m: _TYPOGRAPHY[m.group(0)])
    mapped = mapped.sub(_SPACES, " ")
    mapped = mapped.sub(_TRAILING, "")
    mapped = mapped.sub(_BROKEN_WRAP, _join_if_broken(mapped.text))
    mapped = mapped.sub(_BLANKS, "\n\n")
    return _strip(mapped)


def _join_if_broken(text: str):
    def repl(m: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start : m.start()]
        last_word = line.rsplit(" ", 1)[-1].lower().rstrip(",")
        if len(line) >= _MIN_BODY_LINE or last_word in _FUNCTION_WORDS:
            return " "
        return m.group(0)

    return repl


def _strip(mapped: MappedText) -> MappedText:
    text = mapped.text
    a = len(text) - len(text.lstrip())
    b = len(text.rstrip())
    if a == 0 and b == len(text):
        return mapped
    return MappedText(text[a:b], mapped.offsets[a:b], mapped.raw_len, mapped.char_starts)


def parse_dateline(text: str, published: dt.date | None) -> dict[str, object]:
    """Dateline fields at the start of the cleaned text (all None when absent)."""
    for pattern in _DATELINES:
        m = pattern.match(text)
        if not m:
            continue
        fields = m.groupdict()
        date = None
        if fields.get("month") and published is not None:
            month = _month_number(fields["month"])
            try:
                date = dt.date(published.year, month, int(fields["day"]))
                # A dateline never postdates publication: "Dec 31" under a 1 January header.
                if date > published:
                    date = dt.date(published.year - 1, month, int(fields["day"]))
            except ValueError:
                date = None
        return {
            "dateline": m.group(0).strip().rstrip("-").strip(),
            "dateline_place": fields["place"].strip().title(),
            "dateline_agency": fields["agency"].strip(),
            "dateline_date": date,
        }
    return {
        "dateline": None,
        "dateline_place": None,
        "dateline_agency": None,
        "dateline_date": None,
    }


def _month_number(name: str) -> int:
    return [m[:3].lower() for m in _MONTHS.split()].index(name[:3].lower()) + 1


def read_article(path: Path, today: dt.date | None = None) -> Article:
    """Read and clean one article file. Raises ArticleError naming the file.

    The file must pass ``check_article_file`` (a regular file under the size
    limit) before it is opened, and the read is capped at the limit anyway.
    """
    check_article_file(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as err:
        raise ArticleError(f"{path}: cannot read ({err.strerror})") from None
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{path}: grew past the {_LIMIT_TEXT} limit for one article while read")

    body = read_body(raw, path, today)
    mapped = clean_text(body.mapped)
    if not mapped.text:
        raise ArticleError(f"{path}: article is empty (no text after the header)")
    article = Article(
        path.stem, path, raw, body.raw_text, mapped, body.published, body.date_raw,
        flags=body.flags, meta=body.meta,
    )
    fields = parse_dateline(mapped.text, body.published)
    if fields["dateline"] is None:  # a saved page or front matter often opens with the headline
        fields = parse_dateline(_after_headline(mapped.text), body.published)
    for key, value in fields.items():
        setattr(article, key, value)
    return article


def _after_headline(text: str) -> str:
    """The text after a first paragraph that is a headline (short, no closing stop), else ''."""
    head, sep, rest = text.partition("\n\n")
    if sep and len(head.split()) <= 15 and not re.search(r"[.!?\"']\s*$", head):
        return rest
    return ""


# Articles are news stories: 20 MB of text is a whole archive, or the wrong file.
_LIMIT_TEXT = f"{MAX_ARTICLE_BYTES // 1_000_000} MB"
# Saved web pages are articles too (conflict_lib.corpus.webpage).


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def check_article_file(path: Path, root: Path | None = None) -> Path:
    """``path`` if it may be read as an article, else ArticleError naming it.

    Refused without opening the file: a name that is not UTF-8, a link that leads
    outside ``root`` (the event or archive folder), a folder, a FIFO, a device or
    socket (opening a FIFO would block), a file over ``MAX_ARTICLE_BYTES``.
    """
    shown = os.fsencode(path).decode("utf-8", "backslashreplace")
    try:
        os.fsencode(path.name).decode("utf-8")
    except UnicodeDecodeError:
        raise ArticleError(f"{shown}: file name is not UTF-8; rename the file") from None
    try:
        link = stat.S_ISLNK(path.lstat().st_mode)
        if link and root is not None and not path.resolve().is_relative_to(Path(root).resolve()):
            raise ArticleError(
                f"{shown}: a link to {path.resolve()}, outside {root}: refused, not read"
            )
        mode, size = (st := path.stat()).st_mode, st.st_size
    except FileNotFoundError:
        raise ArticleError(f"{shown}: file not found" + (" (broken link)" if path.is_symlink()
                                                          else "")) from None
    except OSError as err:
        raise ArticleError(f"{shown}: cannot read ({err.strerror})") from None
    if stat.S_ISDIR(mode):
        raise ArticleError(f"{shown}: is a folder, not an article file")
    if not stat.S_ISREG(mode):
        raise ArticleError(f"{shown}: {_kind(mode)}, not a regular file: refused, not read")
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{shown}: {size / 1e6:.1f} MB, over the {_LIMIT_TEXT} limit for one article"
        )
    return path


def find_article_files(folder: Path, root: Path | None = None) -> list[Path]:
    """The checked article files (``*.txt``, ``*.html``, any case) of one folder, by name.

    Hidden files are skipped; two files that would give one article id
    (``a.txt`` and ``a.TXT``) are an error.
    """
    root = root if root is not None else folder
    names = sorted(
        n for n in os.listdir(folder)
        if n.lower().endswith(ARTICLE_SUFFIXES) and not n.startswith(".")
    )
    paths = [check_article_file(folder / n, root) for n in names]
    seen: dict[str, Path] = {}
    for p in paths:
        if p.stem in seen:
            raise ArticleError(f"{p}: same article id as {seen[p.stem].name}; rename one of them")
        seen[p.stem] = p
    return paths


def _glob_root(pattern: str) -> Path:
    """The folder a glob pattern cannot leave: its parts before the first wildcard."""
    parts: list[str] = []
    for part in Path(pattern).parts:
        if glob.has_magic(part):
            break
        parts.append(part)
    return Path(*parts) if parts else Path(".")


def expand_article_paths(patterns: list[str | Path]) -> list[Path]:
    """Article files named by paths, folders (their ``*.txt``, else ``articles/*.txt``)
    and globs ('arch/**/*.txt'). A file named outright is read wherever it is; inside
    a folder or glob, links must stay inside that folder (``check_article_file``)."""
    files: list[Path] = []
    for pattern in map(str, patterns):
        path = Path(pattern)
        if path.is_dir():
            found = find_article_files(path)
            if not found and (path / "articles").is_dir():
                found = find_article_files(path / "articles", root=path)
            if not found:
                raise ArticleError(f"{pattern}: no *.txt articles in this folder")
        elif path.exists() or path.is_symlink():
            found = [check_article_file(path)]
        else:
            root = _glob_root(pattern)
            found = [check_article_file(Path(p), root)
                     for p in sorted(glob.glob(pattern, recursive=True))]
        if not found:
            raise ArticleError(f"{pattern}: file not found (no article files match)")
        files.extend(found)
    return files


def article_paths(event_path: Path) -> list[Path]:
    """The checked article files (.txt, .html, .htm) of an event's articles folder, by name;
    links must stay inside the event folder."""
    folder = event_path / "articles"
    if not folder.is_dir():
        raise ArticleError(f"{event_path}: no articles/ folder")
    paths = find_article_files(folder, root=event_path)
    if not paths:
        raise ArticleError(f"{folder}: no *.txt articles (nor *.html pages)")
    return paths


def read_articles(
    event: str | Event | None = None, event_path: str | Path | None = None
) -> list[Article]:
    """Every article of an event as ``Article`` objects, in file-name order."""
    return [read_article(p) for p in article_paths(resolve_event(event, event_path))]


def load_articles(
    event: str | Event | None = None, event_path: str | Path | None = None
) -> pd.DataFrame:
    """One typed row per article, joined with the analyst's ``sources.csv``.

    ``published`` is null when the header is missing or invalid (see ``flags``).
    ``text_map`` holds a ``MappedText`` for mapping spans back to raw bytes.
    """
    path = resolve_event(event, event_path)
    articles = read_articles(event_path=path)
    sources = read_sources(path, [a.article_id for a in articles])
    rows = []
    for a in articles:
        src = sources.get(a.article_id, {})
        flags = list(a.flags)
        if src.get("sha256") and src["sha256"] != a.sha256:
            flags.append(
                "sha256 differs from sources.csv: the file changed since it was catalogued"
            )
        rows.append(
            {
                "article_id": a.article_id,
                "outlet": src.get("outlet") or a.meta.get("outlet") or a.dateline_agency
                or "unknown",
                "attribution": src.get("attribution") or "",
                "syndication_group": src.get("syndication_group") or None,
                "language": src.get("language") or a.meta.get("language") or "en",
                "published": a.published,
                "dateline": a.dateline,
                "dateline_place": a.dateline_place,
                "dateline_agency": a.dateline_agency,
                "dateline_date": a.dateline_date,
                "n_chars": len(a.text),
                "sha256": a.sha256,
                # proposed (written by `conflict add`), reviewed, or null: no catalogue row
                "catalogue_status": (src.get("catalogue_status") or "reviewed") if src else None,
                "flags": flags,
                "text": a.text,
                "raw_text": a.raw_text,
                "text_map": a.mapped,
                "path": str(a.path),
            }
        )
    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    for col in ("published", "dateline_date"):
        frame[col] = pd.to_datetime(frame[col])
    frame = frame.astype(
        {k: v for k, v in ARTICLE_COLUMNS.items() if v not in ("object", "datetime64[s]")}
    )
    problems = schema_problems(articles_schema(), frame)
    if problems:  # a bug in this loader, not in the user's files
        raise AssertionError(f"{path}: articles table breaks its schema: {problems}")
    return frame


def articles_frame(records: Sequence[dict] | pd.DataFrame) -> pd.DataFrame:
    """An articles table as ``normalise_claims`` needs it (the columns of
    ``corpus.load_articles``), from rows that hold at least article_id and text."""
    frame = pd.DataFrame(records).copy()
    for col in ARTICLE_COLUMNS:
        if col not in frame:
            frame[col] = None
    frame["outlet"] = frame["outlet"].fillna("unknown")
    frame["syndication_group"] = frame["syndication_group"].fillna(frame["article_id"])
    frame["flags"] = [f if isinstance(f, list) else [] for f in frame["flags"]]
    for col in ("published", "dateline_date"):
        frame[col] = pd.to_datetime(frame[col])
    return frame[list(ARTICLE_COLUMNS)]


def read_article_paths(paths: Iterable[str | Path]) -> pd.DataFrame:
    """An articles table for loose article files, folders or globs (checked and found as
    ``expand_article_paths`` does), each file its own outlet-less report."""
    records = []
    for f in expand_article_paths(list(paths)):
        a = read_article(f)
        records.append({
            "article_id": a.article_id, "outlet": a.dateline_agency or "unknown",
            "attribution": "", "syndication_group": a.article_id, "language": "en",
            "published": a.published, "dateline": a.dateline, "dateline_place": a.dateline_place,
            "dateline_agency": a.dateline_agency, "dateline_date": a.dateline_date,
            "n_chars": len(a.text), "sha256": a.sha256, "flags": list(a.flags), "text": a.text,
            "raw_text": a.raw_text, "text_map": a.mapped, "path": str(a.path),
        })
    return articles_frame(records)
