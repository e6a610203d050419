"""Hostile article files: only an event's own regular files are read. Links that
leave the folder, FIFOs, devices, sockets and folders named ``*.txt`` are refused
before they are opened; an oversized file is refused by its size; nothing hangs."""

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conflict_lib.corpus import (
    MAX_ARTICLE_BYTES,
    ArticleError,
    expand_article_paths,
    load_articles,
    read_article,
)
from conflict_lib.corpus.articles import read_article_paths

FIXTURE = Path(__file__).parent / "fixtures" / "events" / "fixture-raid"
BODY = b" date 2024-03-04\nGao, March 3 (Reuters) - Gunmen killed six soldiers, the army said.\n"


def _event(tmp_path: Path) -> Path:
    dest = tmp_path / "raid"
    shutil.copytree(FIXTURE, dest)
    return dest


def _conflict(*argv: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """The CLI in a child process, so a regression that blocks fails instead of hanging."""
    return subprocess.run(
        [sys.executable, "-m", "conflict_lib.cli", *argv],
        capture_output=True, text=True, timeout=timeout,
    )


def test_a_link_leaving_the_event_is_refused(tmp_path):
    event = _event(tmp_path)
    secret = tmp_path / "outside.txt"
    secret.write_bytes(BODY.replace(b"six", b"SECRET-SIX"))
    (event / "articles" / "999_link.txt").symlink_to(secret)
    with pytest.raises(ArticleError, match=r"999_link.txt: a link to .*outside.txt, outside"):
        load_articles(event_path=event)
    for argv in (["claims", "--event-dir", str(event)], ["extract", str(event)],
                 ["extract", str(event / "articles" / "*.txt")]):
        done = _conflict(*argv)
        assert done.returncode == 2, argv
        assert "SECRET-SIX" not in done.stdout + done.stderr
        assert done.stderr.count("\n") == 1 and "outside" in done.stderr


def test_a_relative_link_climbing_out_is_refused_and_one_inside_is_read(tmp_path):
    event = _event(tmp_path)
    (tmp_path / "elsewhere.txt").write_bytes(BODY)
    (event / "articles" / "998_up.txt").symlink_to(Path("..") / ".." / "elsewhere.txt")
    with pytest.raises(ArticleError, match="998_up.txt: a link to"):
        load_articles(event_path=event)
    (event / "articles" / "998_up.txt").unlink()
    (event / "originals").mkdir()
    (event / "originals" / "kept.txt").write_bytes(BODY)
    (event / "articles" / "998_in.txt").symlink_to(Path("..") / "originals" / "kept.txt")
    assert "998_in" in load_articles(event_path=event)["article_id"].tolist()


@pytest.mark.parametrize("kind", ["fifo", "folder", "socket", "broken-link"])
def test_things_that_are_not_files_are_refused_without_opening(tmp_path, kind):
    event = _event(tmp_path)
    target = event / "articles" / "997_odd.txt"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    elif kind == "socket":
        sock = socket.socket(socket.AF_UNIX)
        try:
            sock.bind(str(target))
        except OSError:  # path too long for AF_UNIX on this machine
            pytest.skip("cannot bind a socket here")
    else:
        target.symlink_to(event / "articles" / "gone.txt")
    expected = {"fifo": "a FIFO", "folder": "is a folder", "socket": "a socket",
                "broken-link": "broken link"}[kind]
    for argv in (["claims", "--event-dir", str(event)], ["extract", str(event)],
                 ["extract", str(target)]):
        done = _conflict(*argv, timeout=60)
        assert done.returncode == 2
        # A folder named outright is searched as a folder (and holds no articles).
        named_folder = kind == "folder" and argv[-1] == str(target)
        assert ("no *.txt articles" if named_folder else expected) in done.stderr
        assert "997_odd.txt" in done.stderr
        assert "Traceback" not in done.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_passed_to_extract_fail_at_once(device):
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    done = _conflict("extract", device, timeout=30)
    assert done.returncode == 2
    assert "character device" in done.stderr and device in done.stderr


def test_a_file_over_the_size_limit_is_refused_by_its_size(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:  # sparse: costs no disk and is never read
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(ArticleError, match=r"huge.txt: 20.0 MB, over the 20 MB limit"):
        read_article(big)
    at_limit = tmp_path / "fine.txt"
    at_limit.write_bytes(BODY + b" " * (MAX_ARTICLE_BYTES - len(BODY)))
    assert read_article(at_limit).article_id == "fine"


def test_upper_case_suffix_is_read_and_a_clash_is_an_error(tmp_path):
    event = _event(tmp_path)
    (event / "articles" / "003_upper.TXT").write_bytes(BODY)
    assert "003_upper" in load_articles(event_path=event)["article_id"].tolist()
    assert "003_upper" in read_article_paths([event / "articles"])["article_id"].tolist()
    (event / "articles" / "003_upper.txt").write_bytes(BODY)
    with pytest.raises(ArticleError, match="same article id"):
        load_articles(event_path=event)


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_an_error_naming_it(tmp_path):
    event = _event(tmp_path)
    name = os.fsdecode(b"005_caf\xe9.txt")
    (event / "articles" / name).write_bytes(BODY)
    with pytest.raises(ArticleError, match=r"005_caf\\xe9.txt: file name is not UTF-8"):
        load_articles(event_path=event)
    done = _conflict("claims", "--event-dir", str(event))
    assert done.returncode == 2 and "file name is not UTF-8" in done.stderr


def test_one_finder_for_events_and_extract(tmp_path):
    event = _event(tmp_path)
    (event / "articles" / ".hidden.txt").write_bytes(BODY)
    (event / "articles" / "notes.md").write_bytes(BODY)
    from_event = [Path(p).name for p in load_articles(event_path=event)["path"]]
    for given in ([event], [event / "articles"], [str(event / "articles" / "*.txt")]):
        assert [p.name for p in expand_article_paths(given)] == from_event


@pytest.mark.parametrize("name", ["claims.csv", "sources.csv"])
def test_a_fifo_for_a_table_is_refused_without_opening(tmp_path, name):
    event = _event(tmp_path)
    (event / name).unlink()
    os.mkfifo(event / name)
    done = _conflict("claims", "--event-dir", str(event), timeout=60)
    assert done.returncode == 2
    assert f"{name}: not a regular file" in done.stderr and done.stderr.count("\n") == 1


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses names that are not UTF-8")
def test_an_event_folder_name_that_is_not_utf8_gives_one_line(tmp_path):
    event = tmp_path / os.fsdecode(b"ev\xff")
    shutil.copytree(FIXTURE, event)
    (event / "claims.csv").write_bytes(b"\xff\xfe not utf-8")
    done = _conflict("claims", "--event-dir", str(event))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "claims.csv: line 1, byte 0: not UTF-8" in done.stderr


def test_the_table_cache_refuses_before_hashing_a_link_out(tmp_path, monkeypatch):
    from conflict_lib.runner import tables

    event = _event(tmp_path)
    secret = tmp_path / "outside.txt"
    secret.write_bytes(BODY)
    (event / "articles" / "999_link.txt").symlink_to(secret)
    monkeypatch.setattr(tables, "input_key", lambda paths: pytest.fail("inputs hashed"))
    with pytest.raises(ArticleError, match="outside"):
        tables.event_tables(event_dir=event)
