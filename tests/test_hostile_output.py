"""Hostile text on its way out: terminal escapes and bidi overrides never act on the
terminal, spreadsheet formulas never run, NUL never passes; ``extract --out``
never mixes runs, never replaces what it did not write, and fails fast."""

import csv
import hashlib
import io
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_lib import config
from conflict_lib.cli import main
from conflict_lib.runner.batch import SCHEDULER_TIMEOUT, extract_archive
from conflict_lib.safe_output import csv_safe_frame, spreadsheet_safe, terminal_safe

FIXTURE = Path(__file__).parent / "fixtures" / "events" / "fixture-raid"
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ESCAPES = {
    "clear": "\x1b[2J\x1b[H",
    "title": "\x1b]0;owned\x07",
    "hyperlink": "\x1b]8;;http://example.invalid/\x1b\\click\x1b]8;;\x1b\\",
    "c1-csi": "\x9b31m",
    "rlo": "\u202eevil\u202c",
    "isolate": "\u2067x\u2069",
    "bell-backspace": "\x07\x08\x7f",
}
FORMULAS = ['=HYPERLINK("http://example.invalid","x")', "+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A2)", "\t=1+1", "\r=1+1"]


def _unsafe(text: str) -> list[str]:
    return [c for c in text if c not in "\n" and (unicodedata.category(c) == "Cc" or c in BIDI
                                                  or c in "\u2028\u2029")]


@given(st.text())
def test_terminal_safe_leaves_no_control_or_bidi_character(text):
    assert _unsafe(terminal_safe(text).replace("\n", "")) == []


@given(st.text(alphabet=st.characters(blacklist_characters="\x00")))
def test_spreadsheet_safe_only_prefixes(text):
    out = spreadsheet_safe(text)
    assert out in (text, "'" + text)
    assert not out.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_numbers_are_not_formulas():
    frame = pd.DataFrame({
        "best": pd.array([-3, 5], dtype="Int64"), "share": [-1.5, 2.0],
        "quote": ["-3 killed", "=1+1"], "raw": pd.array(["@x", pd.NA], dtype="string"),
    })
    out = csv_safe_frame(frame)
    assert out["best"].tolist() == [-3, 5] and out["share"].tolist() == [-1.5, 2.0]
    assert out["quote"].tolist() == ["'-3 killed", "'=1+1"]
    assert out["raw"].tolist()[0] == "'@x" and pd.isna(out["raw"].tolist()[1])
    assert csv_safe_frame(frame, raw=True)["quote"].tolist() == ["-3 killed", "=1+1"]


def _hostile_event(tmp_path: Path) -> Path:
    event = tmp_path / "raid"
    shutil.copytree(FIXTURE, event)
    with (event / "claims.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    cells = [*ESCAPES.values(), *FORMULAS]
    for i, row in enumerate(rows[1:]):
        row[-1] = cells[i % len(cells)]  # notes
        row[3] = cells[(i + 3) % len(cells)] if i % 2 else row[3]  # claimant_raw
    with (event / "claims.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return event


@pytest.mark.parametrize("command", ["claims", "ledger", "evaluate"])
def test_table_output_shows_escapes_as_text(tmp_path, capsys, command):
    event = _hostile_event(tmp_path)
    assert main([command, "--event-dir", str(event), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert _unsafe(out) == []
    if command == "claims":
        assert "\\x1b[2J" in out and "\\u202eevil" in out


def test_csv_output_neutralises_formulas_and_raw_csv_keeps_them(tmp_path, capsys):
    event = _hostile_event(tmp_path)
    assert main(["claims", "--event-dir", str(event), "--format", "csv"]) == 0
    safe = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    main(["claims", "--event-dir", str(event), "--format", "csv", "--raw-csv"])
    raw = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    with (event / "claims.csv").open(newline="", encoding="utf-8") as handle:
        assert len(safe) == len(raw) == len(list(csv.reader(handle))) - 1
    for s, r in zip(safe, raw, strict=True):
        for key, value in s.items():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (key, value)
            assert "\x00" not in value and "\x00" not in r[key]
            assert value == r[key] or value == "'" + r[key]
    assert {r["notes"] for r in raw} >= set(FORMULAS[:4])


def test_error_lines_are_one_line_and_inert(tmp_path, capsys):
    event = tmp_path / "ev\x1b]0;x\x07\nnext"
    shutil.copytree(FIXTURE, event)
    (event / "claims.csv").write_bytes(b"claim_id;article_id\n")
    assert main(["claims", "--event-dir", str(event)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and _unsafe(err) == []
    assert err.startswith("conflict claims: error: ") and "claims.csv" in err


# ---------------------------------------------------------------- extract --out


def _articles(tmp_path: Path, n: int) -> list[Path]:
    folder = tmp_path / "arch"
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"a{i}.txt"
        p.write_text(f"Gao, March {i + 1} (Reuters) - Gunmen killed {i + 2} soldiers near the "
                     "town, the army said.\n", encoding="utf-8")
        paths.append(p)
    return paths


def test_overwrite_replaces_an_earlier_run_whole(tmp_path, capsys):
    paths = _articles(tmp_path, 3)
    out = tmp_path / "claims"
    extract_archive(paths, out, scheduler="synchronous", partition_size=1)
    assert sorted(p.name for p in out.iterdir()) == [f"part-0000{i}.parquet" for i in range(3)]
    assert main(["extract", str(paths[0]), "--out", str(out)]) == 2
    assert "add --overwrite" in capsys.readouterr().err
    assert len(list(out.iterdir())) == 3
    assert main(["extract", str(paths[0]), "--out", str(out), "--overwrite"]) == 0
    assert [p.name for p in out.iterdir()] == ["part-00000.parquet"]
    back = pd.read_parquet(out)
    assert set(back["article_id"]) == {"a0"}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_overwrite_never_replaces_a_folder_it_did_not_write(tmp_path, capsys):
    paths = _articles(tmp_path, 1)
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"years of work")
    assert main(["extract", str(paths[0]), "--out", str(out), "--overwrite"]) == 2
    assert "did not write" in capsys.readouterr().err
    assert (out / "thesis.docx").read_bytes() == b"years of work"


@pytest.mark.parametrize("where", ["file", "sources", "events", "holds-inputs", "in-inputs"])
def test_out_refused_before_any_work(tmp_path, capsys, monkeypatch, where):
    paths = _articles(tmp_path, 2)
    out = {"file": tmp_path / "claims.out", "sources": config.PROJ_ROOT / "data" / "x",
           "events": config.EVENTS_DIR / "x", "holds-inputs": tmp_path,
           "in-inputs": tmp_path / "arch" / "claims"}[where]
    if where == "file":
        out.write_bytes(b"not a folder")
    import conflict_lib.runner.batch as scale

    monkeypatch.setattr(scale, "extract_paths", lambda *a, **k: pytest.fail("work started"))
    assert main(["extract", str(tmp_path / "arch"), "--out", str(out), "--overwrite"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(out) in err
    assert not (config.PROJ_ROOT / "data" / "x").exists()
    assert not list(tmp_path.rglob("*.parquet")) and not (config.EVENTS_DIR / "x").exists()
    assert all(p.exists() for p in paths)


def test_unreachable_scheduler_fails_fast_with_one_line(tmp_path):
    # The bound is the connect timeout the command sets, not a wall-clock reading
    # (a shared machine's load would make that flaky); the subprocess timeout catches a hang.
    assert SCHEDULER_TIMEOUT <= 10
    paths = _articles(tmp_path, 1)
    done = subprocess.run(
        [sys.executable, "-m", "conflict_lib.cli", "extract", str(paths[0]), "--out",
         str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:1"],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "tcp://127.0.0.1:1" in done.stderr
    assert not (tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["arch"]


def test_extract_without_out_compares_no_pairs(tmp_path, capsys, monkeypatch):
    import conflict_lib.corpus.syndication as syndication

    _articles(tmp_path, 4)
    monkeypatch.setattr(syndication, "pairwise_similarity",
                        lambda *a, **k: pytest.fail("all-pairs comparison"))
    assert main(["extract", str(tmp_path / "arch")]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["article_id"] for r in rows} == {"a0", "a1", "a2", "a3"}


# ---------------------------------------------------------------- nothing else changes


def _tree_hashes(root: Path, files: list[str] | None = None) -> dict[str, str]:
    names = files if files is not None else [
        str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and not p.is_symlink()
    ]
    return {n: hashlib.sha256((root / n).read_bytes()).hexdigest()
            for n in names if (root / n).is_file()}


def test_hostile_runs_change_nothing_outside_their_output(tmp_path, capsys):
    tracked = subprocess.run(["git", "ls-files"], cwd=config.PROJ_ROOT, capture_output=True,
                             text=True, check=True).stdout.split("\n")
    tracked = [t for t in tracked if t]
    repo_before = _tree_hashes(config.PROJ_ROOT, tracked)
    event = _hostile_event(tmp_path)
    (tmp_path / "secret.txt").write_text("outside the event", encoding="utf-8")
    (event / "articles" / "999_link.txt").symlink_to(tmp_path / "secret.txt")
    work = tmp_path / "work"
    work.mkdir()
    (work / "keep.txt").write_text("a user's file", encoding="utf-8")
    tmp_before = _tree_hashes(tmp_path)
    runs = [
        ["claims", "--event-dir", str(event), "--format", "csv"],
        ["ledger", "--event-dir", str(event)],
        ["evaluate", "--event-dir", str(event)],
        ["extract", str(event), "--out", str(work), "--overwrite"],
        ["extract", str(event), "--out", str(config.PROJ_ROOT / "notebooks"), "--overwrite"],
        ["extract", str(event), "--out", str(event), "--overwrite"],
    ]
    for argv in runs:
        assert main(argv) == 2, argv
        assert capsys.readouterr().err.count("\n") == 1
    (event / "articles" / "999_link.txt").unlink()
    assert main(["extract", str(event), "--out", str(tmp_path / "fresh")]) == 0
    after = _tree_hashes(tmp_path)
    new = {k for k in after if k not in tmp_before}
    assert all(k.startswith("fresh/part-") for k in new), new
    assert {k: v for k, v in after.items() if k in tmp_before} == {
        k: v for k, v in tmp_before.items() if k != "raid/articles/999_link.txt"
    }
    assert _tree_hashes(config.PROJ_ROOT, tracked) == repo_before
