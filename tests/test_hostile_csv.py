"""Hostile CSV input: every record of claims.csv, sources.csv and the reference
tables is accounted for, and anything that cannot be read is one error naming
the file and the row (and line) where the trouble starts."""

import csv
import io
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflict_lib.claims import ClaimsError, load_claims, read_raw_claims
from conflict_lib.corpus.sources import SourcesError, read_sources
from conflict_lib.records import CELL_LIMIT, parse_records
from conflict_lib.reference import ReferenceError, load_actors

FIXTURE = Path(__file__).parent / "fixtures" / "events" / "fixture-raid"
# Characters str.splitlines breaks on but csv.writer leaves unquoted, and the
# characters CSV itself treats specially.
AWKWARD = "\u2028\u2029\u0085\x0c\x1c\x1d\x1e\x0b\r\n\",'; \t"


def _event(tmp_path: Path) -> Path:
    dest = tmp_path / "raid"
    shutil.copytree(FIXTURE, dest)
    return dest


def _rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def _write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)


# ---------------------------------------------------------------- records


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=1, max_value=5).flatmap(
        lambda width: st.lists(
            st.lists(
                st.text(alphabet=st.characters(blacklist_characters="\x00",
                                               blacklist_categories=("Cs",)) | st.sampled_from(
                    AWKWARD), max_size=12),
                min_size=width, max_size=width,
            ),
            max_size=8,
        ).map(lambda rows: (width, rows))
    )
)
def test_records_written_by_csv_writer_come_back_intact(data):
    width, rows = data
    header = [f"c{i}" for i in range(width)]
    # A record of one empty cell is written as "" and stays a record; a blank
    # line never comes from csv.writer.
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([header, *rows])
    got_header, records = parse_records(Path("t.csv"), buffer.getvalue(), (), ValueError)
    assert got_header == header
    assert len(records) == len(rows)
    assert [list(r.cells.values()) for r in records] == rows
    assert [r.row for r in records] == list(range(2, len(rows) + 2))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.text(alphabet=st.sampled_from(AWKWARD + "ab ,"), max_size=10), min_size=1,
                max_size=20))
def test_claims_rows_read_equals_rows_written(tmp_path, notes):
    rows = _rows(FIXTURE / "claims.csv")
    header, first = rows[0], rows[1]
    out = [header] + [first[:-1] + [n] for n in notes]
    path = tmp_path / "claims.csv"
    _write(path, out)
    got, ignored = read_raw_claims(path)
    assert len(got) == len(notes)
    assert [r["notes"] for _, r in got] == [n.strip() for n in notes]
    assert ignored == []


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\x00",
                                               blacklist_categories=("Cs",)) | st.sampled_from(
    AWKWARD), max_size=15), min_size=1, max_size=12))
def test_load_report_counts_every_record_written(tmp_path, fixture_articles, notes):
    event = tmp_path / "raid"
    if not event.exists():
        shutil.copytree(FIXTURE, event)
    rows = _rows(FIXTURE / "claims.csv")
    written = [rows[0]] + [rows[1 + i % (len(rows) - 1)][:-1] + [n] for i, n in enumerate(notes)]
    _write(event / "claims.csv", written)
    claims = load_claims(event_path=event, articles=fixture_articles, strict=False)
    report = claims.attrs["load_report"]
    assert report["rows_read"] == len(notes) == len(claims)
    assert report["balanced"]
    assert claims["notes"].tolist() == [n.strip() for n in notes]


def test_line_separators_in_unquoted_cells_keep_every_row(tmp_path):
    event = _event(tmp_path)
    rows = _rows(event / "claims.csv")
    for i, ch in enumerate("\u2028\u2029\u0085\x0c\x1c"):
        rows[1 + i % (len(rows) - 1)][-1] += f"note{ch}more"
    _write(event / "claims.csv", rows)
    assert "\u2028" in (event / "claims.csv").read_text(encoding="utf-8")  # left unquoted
    claims = load_claims(event_path=event, strict=False)
    report = claims.attrs["load_report"]
    assert report["rows_read"] == len(rows) - 1 == len(claims)
    assert report["balanced"]
    assert claims["row"].tolist() == list(range(2, len(rows) + 1))
    assert "note\u2028more" in claims["notes"].tolist()[0]


# ---------------------------------------------------------------- open quotes


@pytest.mark.parametrize(("row", "col"), [(2, -1), (3, 2), (-1, -1), (4, 0)])
def test_a_quote_left_open_names_the_row_where_it_opened(tmp_path, row, col):
    event = _event(tmp_path)
    rows = _rows(event / "claims.csv")
    row = row if row > 0 else len(rows)
    lines = []
    for i, r in enumerate(rows, start=1):
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(r)
        line = buffer.getvalue().rstrip("\n")
        if i == row:
            cells = r.copy()
            cells[col] = '"see the statement'
            line = ",".join(c if c.startswith('"') else c.replace(",", " ") for c in cells)
        lines.append(line)
    (event / "claims.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ClaimsError, match=rf"claims.csv: row {row} \(line {row}\): a quote opened"):
        load_claims(event_path=event, strict=False)


def test_open_quote_in_sources_and_reference_tables(tmp_path):
    event = _event(tmp_path)
    text = (event / "sources.csv").read_text(encoding="utf-8").splitlines()
    text[2] = text[2].split(",", 1)[0] + ',"Reuters,,,,,'
    (event / "sources.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(SourcesError, match=r"sources.csv: row 3 \(line 3\): a quote opened"):
        read_sources(event, ["000_observer", "001_reuters", "002_blog"])
    actors = event / "reference" / "actors.csv"
    lines = actors.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1] + ',"unclosed'
    actors.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ReferenceError, match=r"actors.csv: row 2 \(line 2\)"):
        load_actors(event / "reference")


def test_a_multiline_quoted_note_is_one_record(tmp_path):
    event = _event(tmp_path)
    rows = _rows(event / "claims.csv")
    rows[1][-1] = "first line\nsecond line, with a comma\n\nand a blank line"
    _write(event / "claims.csv", rows)
    claims = load_claims(event_path=event, strict=False)
    assert claims.attrs["load_report"]["rows_read"] == len(rows) - 1
    assert claims["row"].tolist()[1] == 3


# ---------------------------------------------------------------- sizes, types, encodings


@pytest.mark.parametrize("name", ["claims.csv", "sources.csv"])
def test_a_cell_over_the_csv_limit_is_one_error_naming_the_row(tmp_path, name):
    event = _event(tmp_path)
    rows = _rows(event / name)
    rows[2][-1] = "x" * (CELL_LIMIT + 1)
    _write(event / name, rows)
    with pytest.raises((ClaimsError, SourcesError), match=rf"{name}: row 3 \(line 3\): a cell is "
                       "longer than 131,072 characters"):
        load_claims(event_path=event, strict=False)


@pytest.mark.parametrize("name", ["claims.csv", "sources.csv"])
def test_a_folder_instead_of_the_file(tmp_path, name):
    event = _event(tmp_path)
    (event / name).unlink()
    (event / name).mkdir()
    with pytest.raises((ClaimsError, SourcesError), match=rf"{name}: is a folder"):
        load_claims(event_path=event, strict=False)


@pytest.mark.parametrize("name", ["claims.csv", "sources.csv"])
@pytest.mark.parametrize("encoding", ["latin-1", "utf-16"])
def test_not_utf8_names_the_file_and_line(tmp_path, name, encoding):
    event = _event(tmp_path)
    text = (event / name).read_text(encoding="utf-8").replace("army", "arm\u00e9e", 1)
    (event / name).write_bytes(text.encode(encoding, "replace"))
    expected = rf"{name}: line \d+, byte \d+: not UTF-8"
    with pytest.raises((ClaimsError, SourcesError), match=expected):
        load_claims(event_path=event, strict=False)


@pytest.mark.parametrize("name", ["claims.csv", "sources.csv", "reference/actors.csv"])
def test_nul_in_a_cell_names_the_row(tmp_path, name):
    event = _event(tmp_path)
    rows = _rows(event / name)
    rows[1][1] = rows[1][1][:2] + "\x00" + rows[1][1][2:]
    _write(event / name, rows)
    with pytest.raises((ClaimsError, SourcesError, ReferenceError),
                       match=rf"{Path(name).name}: row 2 \(line 2\): NUL character"):
        load_claims(event_path=event, strict=False)


@pytest.mark.parametrize("name", ["claims.csv", "sources.csv", "reference/actors.csv"])
def test_duplicate_header_columns_are_an_error(tmp_path, name):
    event = _event(tmp_path)
    rows = _rows(event / name)
    rows[0].append(rows[0][1])
    for r in rows[1:]:
        r.append("")
    _write(event / name, rows)
    with pytest.raises((ClaimsError, SourcesError, ReferenceError),
                       match=rf"duplicate column {rows[0][1]!r} in the header"):
        load_claims(event_path=event, strict=False)


@pytest.mark.parametrize(
    "value", ["nan", "NaN", "inf", "-inf", "Infinity", "1e400", "1e309", "-0.5", "3.5", "1e12"]
)
def test_bad_numbers_flag_their_row_and_nothing_else(tmp_path, value):
    event = _event(tmp_path)
    rows = _rows(event / "claims.csv")
    rows[0] += ["low", "best", "high"]
    for r in rows[1:]:
        r += ["", "", ""]
    rows[2][-2] = value
    _write(event / "claims.csv", rows)
    claims = load_claims(event_path=event, strict=False)
    report = claims.attrs["load_report"]
    assert report["rows_read"] == len(rows) - 1 and report["balanced"]
    bad = claims[claims["row"] == 3].iloc[0]
    assert bad["status"] == "flagged"
    assert f"best {value!r}" in bad["reasons"]
    others = claims[claims["row"] != 3]
    reference = load_claims(event_path=FIXTURE, strict=False)
    assert others["status"].tolist() == reference[reference["row"] != 3]["status"].tolist()


def test_duplicate_claim_ids_are_flagged_with_the_first_row(tmp_path):
    event = _event(tmp_path)
    rows = _rows(event / "claims.csv")
    rows[3][0] = rows[1][0]
    rows[4][0] = rows[1][0]
    _write(event / "claims.csv", rows)
    claims = load_claims(event_path=event, strict=False)
    dup = claims[claims["claim_id"] == rows[1][0]]
    assert dup["row"].tolist() == [2, 4, 5]
    assert dup["status"].tolist()[1:] == ["flagged", "flagged"]
    assert "duplicate" not in dup["reasons"].iloc[0]
    assert all("(first at row 2)" in r for r in dup["reasons"].tolist()[1:])
    assert claims.attrs["load_report"]["balanced"]


def test_fewer_fields_on_one_line_read_as_empty(tmp_path):
    event = _event(tmp_path)
    lines = (event / "claims.csv").read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].rsplit(",", 1)[0]  # the notes cell left off
    (event / "claims.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    claims = load_claims(event_path=event, strict=False)
    assert claims.iloc[0]["notes"] == ""
    assert claims.attrs["load_report"]["rows_read"] == len(lines) - 1
