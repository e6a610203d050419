"""Parties of a new war proposed from the articles: aliases, sides, stance, and
the rule that reviewed rows are never overwritten."""

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from conflict_lib import config
from conflict_lib.analysis.ledger import ledger
from conflict_lib.claims import event_actors, parties, sides
from conflict_lib.claims.proposals import event_claims, extract_normalised
from conflict_lib.config import Event
from conflict_lib.corpus.articles import read_article_paths
from conflict_lib.corpus.catalogue import add_articles
from conflict_lib.reference import load_actors

DARFUR = Path(__file__).parent / "fixtures" / "events" / "fixture-darfur"
BARE = Path(__file__).parent / "fixtures" / "bare" / "kalembe-2025"
RAID = Path(__file__).parent / "fixtures" / "events" / "fixture-raid"


@pytest.fixture
def darfur(tmp_path) -> Path:
    """A writable copy of the invented Darfur event (articles only)."""
    return Path(shutil.copytree(DARFUR, tmp_path / "fixture-darfur"))


@pytest.fixture(scope="module")
def proposed() -> pd.DataFrame:
    return parties.propose_actors(DARFUR).set_index("actor_id")


def _aliases(table: pd.DataFrame, ident: str) -> set[str]:
    return {a for a in table.loc[ident, "aliases"].split(";") if a}


# ------------------------------------------------------------------ alias grouping


def test_acronym_defined_in_the_text_and_its_descriptor_are_one_party(proposed):
    # "the paramilitary Rapid Support Forces (RSF)" in the first article.
    assert proposed.loc["rsf", "name"] == "Rapid Support Forces (RSF)"
    assert {"RSF", "the paramilitary"} <= _aliases(proposed, "rsf")


def test_the_armys_role_words_go_to_the_one_state_force(proposed):
    saf = _aliases(proposed, "saf")
    # Possessive and demonym forms as the articles write them, and the bare roles.
    assert {"Sudan's army", "Sudanese army", "the army", "soldiers", "troops"} <= saf
    assert not any("army" in a for a in _aliases(proposed, "rsf"))


def test_acronym_grouping_rules_on_invented_names():
    texts = [("a1", "The Free Velor Front (FVF) said... The Velorian Defence Forces (VDF) "
                    "said. Forces Armées du Nord (FAN) too. A ceasefire (which failed) held.")]
    prop = parties._discover(texts, [], parties._Known(frozenset(), None))
    groups = {p.name: p.aliases for p in prop.parties.values()}
    assert groups["Free Velor Front"] == {"Free Velor Front", "FVF"}
    assert groups["Velorian Defence Forces"] >= {"VDF", "army", "the army", "soldiers"}
    # "(which failed)" is no acronym: not a definition.
    assert all("ceasefire" not in name.lower() for name in groups)


def test_a_known_name_is_not_proposed_again():
    # Every party of the embedded event and of fixture-raid is in a reviewed table.
    assert parties.propose_actors(config.event_dir("tinzaouaten-2024")).empty
    assert parties.propose_actors(RAID).empty


# ------------------------------------------------------------------ side inference


def test_sides_follow_the_claims(proposed):
    # RSF claims losses of the army and the Joint Forces (lumped): adversaries;
    # the army says Joint Forces fighters "were also killed": same side.
    assert proposed.loc["saf", "side"] == proposed.loc["joint_forces", "side"] == "government"
    assert proposed.loc["rsf", "side"] == "rebels"
    assert "adversary of saf" in proposed.loc["rsf", "notes"]


def _owner(table: pd.DataFrame, alias: str) -> str:
    """The id of the row that names ``alias`` (as its name or one of its aliases)."""
    owners = [i for i, r in table.iterrows()
              if alias.lower() in {a.lower() for a in [r["name"], *r["aliases"].split(";")]}]
    assert len(owners) == 1, (alias, owners)
    return owners[0]


def test_medics_monitors_and_named_monitors_are_independent(proposed):
    for ident in ("sudan_doctors_network", "darfur_monitoring_group",
                  "monitors", "outlet", "local_sources", "intl_observers"):
        assert proposed.loc[ident, "side"] == "independent", ident
    # Medics are a role of independent voices whichever row names them (the project's
    # local_sources row now lists medics and doctors; a second row would own them twice).
    for word in ("medics", "doctors", "monitors", "residents", "United Nations"):
        assert proposed.loc[_owner(proposed, word), "side"] == "independent", word
    assert (proposed["status"] == "proposed").all()


def test_two_colouring_with_same_side_merge():
    same = [("b", "c", "lumped")]
    opposed = [("a", "b", "x"), ("d", "a", "y"), ("e", "f", "z")]
    colours, conflicts = sides.infer_sides(["a", "b", "c", "d", "e", "f"], same, opposed)
    assert colours["b"] == colours["c"] == colours["d"] != colours["a"]
    assert colours["e"] != colours["f"]
    # e/f are a separate war: their classes differ from a's and b's.
    assert {colours["e"], colours["f"]}.isdisjoint({colours["a"], colours["b"]})
    assert conflicts == []


def test_a_contradiction_is_reported_not_applied():
    colours, conflicts = sides.infer_sides(
        ["a", "b", "c"], [("a", "b", "lumped")], [("a", "b", "art1 x1"), ("a", "c", "k"),
                                                   ("b", "c", "k2"), ("c", "a", "k3")])
    assert colours["a"] == colours["b"] != colours["c"]
    assert any("art1 x1" in c for c in conflicts)


def test_three_mutual_adversaries_flag_an_odd_cycle():
    _, conflicts = sides.infer_sides(
        ["a", "b", "c"], [], [("a", "b", "1"), ("b", "c", "2"), ("c", "a", "3")])
    assert any("odd length" in c for c in conflicts)


# ------------------------------------------------------------------ the written table


def test_written_table_loads_and_gives_stance_without_a_hand_made_file(darfur):
    path = event_actors.write_proposed_actors(darfur)
    assert path == darfur / "reference" / "actors.csv"
    table = load_actors(path.parent)
    assert table.by_id["rsf"].side != table.by_id["saf"].side
    claims = extract_normalised(read_article_paths([darfur]), reference_dir=path.parent)
    by = {(r.claimant, r.subject, int(r.best)): r.stance
          for r in claims.dropna(subset=["claimant", "subject", "best"]).itertuples()}
    assert by[("saf", "saf", 7)] == "acknowledged"  # "the army said it lost seven soldiers"
    assert by[("rsf", "saf+joint_forces", 60)] == "claimed"
    assert by[("saf", "joint_forces", 4)] == "aligned"  # Joint Forces fighters "also killed"
    assert by[("sudan_doctors_network", "civilians", 23)] == "independent"


def test_reviewed_rows_are_never_overwritten(darfur):
    ref = darfur / "reference"
    ref.mkdir()
    reviewed = ("actor_id,name,side,kind,aliases,notes,status\n"
                "rsf,Rapid Support Forces,rebels,belligerent,RSF;Hemedti's forces,"
                "analyst's row,reviewed\n"
                "old_guess,Old Guess,rebels,belligerent,Old Guess,,proposed\n")
    (ref / "actors.csv").write_text(reviewed, encoding="utf-8")
    event_actors.write_proposed_actors(darfur)
    with (ref / "actors.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0] == {"actor_id": "rsf", "name": "Rapid Support Forces", "side": "rebels",
                       "kind": "belligerent", "aliases": "RSF;Hemedti's forces",
                       "notes": "analyst's row", "status": "reviewed"}
    ids = [r["actor_id"] for r in rows]
    assert ids.count("rsf") == 1 and "old_guess" not in ids  # old proposals replaced
    assert "saf" in ids
    # No proposed row repeats an alias of the reviewed one.
    proposed_aliases = {a.lower() for r in rows[1:] for a in r["aliases"].split(";")}
    assert not {"rsf", "rapid support forces", "the paramilitary"} & proposed_aliases
    load_actors(ref)  # still a valid table: no alias owned twice


def test_nothing_is_written_when_nothing_is_unknown(tmp_path):
    event = Path(shutil.copytree(RAID, tmp_path / "raid"))
    before = (event / "reference" / "actors.csv").read_bytes()
    assert event_actors.write_proposed_actors(event) is None
    assert (event / "reference" / "actors.csv").read_bytes() == before


def test_parties_command_prints_then_writes(darfur, capsys):
    from conflict_lib.cli import main

    assert main(["parties", "--event-dir", str(darfur), "--format", "csv"]) == 0
    assert "Rapid Support Forces (RSF)" in capsys.readouterr().out
    assert not (darfur / "reference").exists()  # printing writes nothing
    assert main(["parties", "--event-dir", str(darfur), "--write"]) == 0
    assert (darfur / "reference" / "actors.csv").is_file()


def test_another_invented_war_gets_its_own_parties_and_sides(make_event):
    # Invented names and places: nothing here is in any reference table.
    event = make_event({
        "000_a.txt": (
            b" date 2031-05-02\n"
            b"The Northern Highlands Liberation Movement (NHLM) said its fighters killed 40 "
            b"soldiers of the Velorian Defence Forces near the hill town of Karsk. The army "
            b"said it lost six soldiers and that 30 NHLM fighters were killed.\n\n"
            b"Doctors at the district hospital said 9 civilians were killed.\n"),
        "001_b.txt": (
            b" date 2031-05-03\n"
            b"The Highland Volunteer Brigade, a militia allied to the army, said two of its "
            b"men were killed. The NHLM said it had killed 12 members of the Highland "
            b"Volunteer Brigade and the army.\n"),
    })
    table = parties.propose_actors(event).set_index("actor_id")
    assert table.loc["nhlm", "name"] == "Northern Highlands Liberation Movement (NHLM)"
    army = table[table["name"] == "Velorian Defence Forces"].index[0]
    brigade = table[table["name"] == "Highland Volunteer Brigade"].index[0]
    assert {"the army", "soldiers"} <= _aliases(table, army)
    assert table.loc[army, "side"] == table.loc[brigade, "side"] == "government"
    assert table.loc["nhlm", "side"] == "rebels"


def test_a_parsers_organisations_are_candidate_parties():
    text = "Fighters of Kessa Watchmen attacked. The Kessa Watchmen lost 3 men."
    at = text.find("Kessa")

    def finder(t):
        return [(at, at + len("Kessa Watchmen"), "ORG"), (0, 8, "NORP")]

    prop = parties._discover([("a1", text)], [], parties._Known(frozenset(), None), finder)
    assert list(prop.parties) == ["Kessa Watchmen"]  # no organisation head word, found by NER


# ------------------------------------------------------------------ a country's army, by role


def test_a_countrys_army_named_only_by_role_gets_a_party(make_event):
    # The extractor keeps an unresolved army word with its country ("soldiers (DR
    # Congo)"): the country is no acronym "DR", and its army becomes a party.
    event = make_event({"000_a.txt": (
        b" date 2031-05-02\n"
        b"GOMA, DR Congo - The Kivu Hills Front (KHF) said it killed 14 soldiers near the "
        b"village of Orn. An army spokesman said three soldiers were killed and that 20 KHF "
        b"fighters died in the attack.\n")})
    table = parties.propose_actors(event).set_index("actor_id")
    assert "dr" not in table.index and not (table["name"] == "DR").any()
    army = table[table["name"] == "Armed Forces of DR Congo"].index[0]
    assert {"Congolese soldiers", "Congolese army"} <= _aliases(table, army)
    assert table.loc[army, "side"] == "government"
    assert table.loc["khf", "side"] == "rebels"


# ------------------------------------------------------------------ in memory, for a bare folder


def test_a_bare_folder_is_read_with_proposed_parties_and_nothing_is_written(tmp_path):

    event = tmp_path / "kalembe-2025"
    add_articles(event, [BARE])
    before = sorted(p.relative_to(event) for p in event.rglob("*"))
    claims = event_claims(Event.of(event_dir=event))
    assert sorted(p.relative_to(event) for p in event.rglob("*")) == before  # nothing written
    assert event_actors.ATTR in claims.attrs
    folder = event_actors.reference_dir_of(claims, None)
    table = load_actors(folder)
    army = next(i for i, a in table.by_id.items() if a.name == "Armed Forces of DR Congo")
    alk = table.aliases.alias_to_id["alk"]
    ok = claims[claims["status"] == "ok"]
    said = {(r.claimant, r.subject, r.outcome, int(r.best), r.stance) for r in ok.itertuples()}
    # "An army spokesman ... said eight soldiers were killed"; "The ALK said ... its
    # fighters had killed 35 soldiers"; "He said the army killed 27 rebels".
    assert (army, army, "killed", 8, "acknowledged") in said
    assert (alk, army, "killed", 35, "claimed") in said
    assert (army, alk, "killed", 27, "claimed") in said
    # Nothing lost: every row the proposed parties cannot resolve stays, with its reason;
    # "A civil society group in Masisi said 12 civilians were killed" is a local voice.
    flagged = claims[claims["status"] == "flagged"]
    assert flagged["reasons"].str.len().gt(0).all()
    civil = claims[claims["quote"].str.startswith("A civil society group")]
    assert len(civil) == 1 and civil.iloc[0]["claimant"] == "local_sources"
    assert int(civil.iloc[0]["best"]) == 12
    assert len(ledger(claims, folder)) > 0
    assert set(ledger(claims, folder)["claimant_name"]) >= {"Armed Forces of DR Congo"}


def test_the_events_own_actors_table_wins_over_proposals(tmp_path):

    event = tmp_path / "kalembe-2025"
    add_articles(event, [BARE])
    (event / "reference").mkdir()
    (event / "reference" / "actors.csv").write_text(
        "actor_id,name,side,kind,aliases,notes,status\n"
        "alk,Alliance for the Liberation of Kivu,rebels,belligerent,ALK,analyst's,reviewed\n"
        "outlet,The outlet's own reporting,independent,source,the outlet,,reviewed\n",
        encoding="utf-8")
    claims = event_claims(Event.of(event_dir=event))
    assert event_actors.ATTR not in claims.attrs
    assert "alk" in set(claims["claimant"].dropna())
    # The analyst's table names no army: its soldiers stay unresolved, flagged, not guessed.
    assert not claims["subject"].dropna().str.contains("army|armed_forces").any()
    assert (claims["status"] == "flagged").any()
