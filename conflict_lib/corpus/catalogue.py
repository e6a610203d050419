"""``conflict add``: copy articles into an event folder and propose its catalogue.

Every file is copied byte-identical into ``articles/`` (its name, so its id, kept).
Nothing is written until every file has been read: a file that cannot be an article,
an id given to two files, or a changed file under an id the event already holds stops
the whole add with one line naming every such file, and the event stays as it was. The same file
added again is recognised by its bytes and left alone.

``sources.csv`` then gets one row per article. The tool's rows say
``catalogue_status=proposed`` and are rewritten on every add (a new article can join a
syndication group); a row with any other status - ``reviewed``, or the rows of a
catalogue written by hand before this column existed - is the analyst's and is never
changed. Mark a row ``reviewed`` to keep your edits.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from conflict_lib.atomic import atomic_write_bytes, atomic_write_text
from conflict_lib.corpus import Article, ArticleError, load_articles, read_article, read_articles
from conflict_lib.corpus.formats import ARTICLE_SUFFIXES
from conflict_lib.corpus.syndication import independent_groups

CATALOGUE_COLUMNS = (
    "article_id",
    "outlet",
    "attribution",
    "syndication_group",
    "stated_date",
    "dateline",
    "agency",
    "language",
    "sha256",
    "url",
    "title",
    "catalogue_status",
)
PROPOSED = "proposed"
REVIEWED = "reviewed"


class CatalogueError(ArticleError):
    """Files that cannot be added; one line naming each file and why."""

    @classmethod
    def of(cls, problems: list[str]) -> CatalogueError:
        if len(problems) == 1:
            return cls(problems[0])
        return cls(f"{len(problems)} problems, nothing added: " + "; ".join(problems))


@dataclass
class AddResult:
    """What an add did: ids copied in, ids already there, and per-article flags."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    flags: dict[str, list[str]] = field(default_factory=dict)
    proposed_rows: int = 0
    kept_rows: int = 0


def expand_inputs(paths: list[str | Path]) -> list[Path]:
    """Files as given, and the article files directly inside each folder, sorted."""
    files: list[Path] = []
    problems: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and _is_article(f))
            if not found:
                problems.append(f"{p}: no .txt or .html files in this folder")
            files.extend(found)
        elif not p.is_file():
            problems.append(f"{p}: file not found")
        elif not _is_article(p):
            problems.append(f"{p}: not an article file (use .txt, .html or .htm)")
        else:
            files.append(p)
    if problems:
        raise CatalogueError.of(problems)
    return files


def _is_article(path: Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith(".")


def add_articles(event_dir: str | Path, paths: list[str | Path]) -> AddResult:
    """Copy ``paths`` (files or folders) into ``event_dir/articles`` and propose
    ``sources.csv`` rows. Raises CatalogueError before writing anything."""
    event = Path(event_dir)
    folder = event / "articles"
    existing = {p.stem: p for p in folder.iterdir()} if folder.is_dir() else {}
    # The same bytes under another name would count one report twice.
    by_content = {_digest(p): p for p in existing.values() if p.is_file()}
    result = AddResult()
    incoming: dict[str, Path] = {}
    to_copy: list[tuple[Path, Article]] = []
    problems: list[str] = []
    for path in expand_inputs(paths):
        aid = path.stem
        if aid in incoming:
            problems.append(f"{path}: article id {aid!r} is also the id of {incoming[aid]}")
            continue
        incoming[aid] = path
        if aid in existing:
            problem = _compare_existing(path, existing[aid])
            if problem:
                problems.append(problem)
            elif aid not in result.unchanged:
                result.unchanged.append(aid)
            continue
        digest = _digest(path)
        if digest in by_content:
            problems.append(f"{path}: same bytes as {by_content[digest]}: a duplicate article")
            continue
        by_content[digest] = path
        try:
            to_copy.append((path, read_article(path)))
        except ValueError as err:  # ArticleError, FrontMatterError: the message names the file
            problems.append(str(err))
    if problems:
        raise CatalogueError.of(problems)
    for path, article in to_copy:
        atomic_write_bytes(folder / path.name, article.raw_bytes)
        result.added.append(article.article_id)
        if article.flags:
            result.flags[article.article_id] = list(article.flags)
    if folder.is_dir() and any(_is_article(p) for p in folder.iterdir()):
        result.proposed_rows, result.kept_rows = write_catalogue(event)
    return result


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _compare_existing(path: Path, held: Path) -> str | None:
    """Why ``path`` cannot be added next to the event's ``held`` file (None: same file)."""
    if path.suffix.lower() != held.suffix.lower():
        return f"{path}: article id {path.stem!r} is already held as {held}"
    if path.read_bytes() != held.read_bytes():
        return (
            f"{path}: differs from {held}, already in the event under id {path.stem!r}; "
            "give the new version another file name"
        )
    return None


def read_catalogue(event_dir: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of ``sources.csv`` as written (empty when absent)."""
    path = event_dir / "sources.csv"
    if not path.exists():
        return [], []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), [dict(r) for r in reader]


def write_catalogue(event_dir: Path) -> tuple[int, int]:
    """Propose ``sources.csv`` rows for every article whose row is not the analyst's.

    Returns (rows proposed, analyst rows kept as they were).
    """
    header, rows = read_catalogue(event_dir)
    had_status = "catalogue_status" in header
    analyst = {
        r["article_id"]: r
        for r in rows
        if not had_status or (r.get("catalogue_status") or "").strip() != PROPOSED
    }
    articles = read_articles(event_path=event_dir)
    frame = load_articles(event_path=event_dir)
    groups = _proposed_groups(frame)
    proposals = {a.article_id: propose_row(a, groups.get(a.article_id, a.article_id))
                 for a in articles}
    columns = header + [c for c in CATALOGUE_COLUMNS if c not in header]
    out: list[dict[str, str]] = []
    for row in rows:
        aid = row["article_id"]
        if aid in analyst:
            out.append({**row, "catalogue_status": row.get("catalogue_status") or REVIEWED}
                       if not had_status else row)
        elif aid in proposals:
            out.append(proposals.pop(aid))
    out.extend(proposals[aid] for aid in sorted(proposals) if aid not in analyst)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows({c: r.get(c) or "" for c in columns} for r in out)
    atomic_write_text(event_dir / "sources.csv", buffer.getvalue())
    kept = sum(1 for r in out if r["article_id"] in analyst)
    return len(out) - kept, kept


def _proposed_groups(frame) -> dict[str, str]:
    """article_id -> syndication group: the analyst's where given, else the computed
    cluster named after its first article id (stable when later articles join)."""
    groups = independent_groups(frame)
    members: dict[str, list[str]] = {}
    for aid, group in groups.items():
        members.setdefault(str(group), []).append(str(aid))
    return {
        aid: (min(members[g]) if g.startswith("cluster:") else g)
        for g in members
        for aid in members[g]
    }


def propose_row(article: Article, group: str) -> dict[str, str]:
    """The catalogue row the tool proposes for one article (strings, '' when unknown)."""
    meta = article.meta
    stated = article.published.isoformat() if article.published else (article.header_date_raw
                                                                        or "")
    return {
        "article_id": article.article_id,
        "outlet": meta.get("outlet") or article.dateline_agency or "",
        "attribution": "",
        "syndication_group": group,
        "stated_date": stated,
        "dateline": article.dateline or "",
        "agency": article.dateline_agency or "",
        "language": meta.get("language") or "",
        "sha256": article.sha256,
        "url": meta.get("url") or "",
        "title": meta.get("title") or "",
        "catalogue_status": PROPOSED,
    }
