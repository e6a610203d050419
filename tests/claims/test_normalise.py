"""Actors, outcomes, stance and places from raw phrases of our own making."""

import pytest

from conflict_lib.claims.normalise import (
    resolve_claimant,
    resolve_subject,
    stance,
)
from conflict_lib.claims.outcomes import normalise_outcome


@pytest.mark.parametrize(
    ("phrase", "actor", "side"),
    [
        ("A spokesman for the Malian army", "fama", "government"),
        ("FAMa", "fama", "government"),
        ("the CSP-DPA", "csp", "rebels"),
        ("Mossa Ag Inzoma, a member of the separatist movement", "csp", "rebels"),
        # the table lists the plural; the singular is the same kind of voice
        ("a pro-Wagner Telegram channel", "ru_milbloggers", "government"),
        ("The Ministry of Hope", None, None),
        ("Russian military bloggers", "ru_milbloggers", "government"),
        ("Local sources", "local_sources", "independent"),
        ("JNIM", "jnim", "jihadists"),
        ("", "outlet", "independent"),
        ("Al Jazeera, citing the Baza Telegram news channel", "baza", "government"),
    ],
)
def test_claimants(phrase, actor, side):
    match = resolve_claimant(phrase)
    assert (match.actor_id, match.side) == (actor, side)
    assert match.raw == phrase.strip()


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        # international bodies, monitors and aid groups the table does not list by name:
        # its observers' row (general knowledge, no one war's)
        ("UNICEF", "intl_observers"),
        ("the WHO", "intl_observers"),
        ("Doctors Without Borders", "intl_observers"),
        ("the Britain-based war monitor", "intl_observers"),
        ("a medical charity running the clinic", "intl_observers"),
        # ... not a doctor, an aid worker on the spot, a pronoun, nor a government the UN backs
        ("a doctor at the district hospital", "local_sources"),
        ("an aid worker in the camp", "local_sources"),
        ("who", None),
        ("the UN-backed government of Libya", None),
    ],
)
def test_observers_by_kind(phrase, actor):
    assert resolve_claimant(phrase).actor_id == actor


def test_unknown_claimant_is_kept_raw_and_flagged():
    match = resolve_claimant("The Ministry of Magic")
    assert match.actor_id is None and match.raw == "The Ministry of Magic"
    assert "unknown claimant" in match.note


@pytest.mark.parametrize(
    ("phrase", "subject", "side"),
    [
        # generic words are roles, not one war's parties: alone they name nobody
        ("soldiers", None, None),
        ("rebels", None, None),
        ("Malian soldiers and Wagner mercenaries", "fama+wagner", "government"),
        ("Ethiopian soldiers", None, None),
        ("civilians", "civilians", "independent"),
        ("the enemy", None, None),
        # names joined by a hyphen or a slash are each named; "al-Shabaab"-style names not split
        ("fighters of the FAMa-Wagner coalition", "fama+wagner", "government"),
        ("JNIM/CSP positions", "csp+jnim", "mixed"),
    ],
)
def test_subjects(phrase, subject, side):
    match = resolve_subject(phrase)
    assert (match.actor_id, match.side) == (subject, side)


STORY = ("Malian troops and Wagner fought the CSP near Kidal. Later, Burkinabe forces "
         "crossed the border. ")


@pytest.mark.parametrize(
    ("phrase", "at", "subject"),
    [
        ("soldiers", 20, "fama"),                 # the army named nearest before
        ("soldiers", len(STORY), "bf_army"),      # ... which later is Burkina Faso's
        ("the army", 0, "fama"),                  # none before: the first named after
        ("rebels", len(STORY), "csp"),
        ("Wagner fighters and government troops", 30, "fama+wagner"),
        ("soldiers and rebels", 30, "fama+csp"),
        ("Nigerien soldiers", 30, "niger_army"),  # the country in the phrase decides
        ("jihadists", 30, None),                  # no jihadist group in the story
    ],
)
def test_generic_words_are_roles_read_in_the_article(phrase, at, subject):
    assert resolve_subject(phrase, article_text=STORY, at=at).actor_id == subject


def test_generic_army_of_a_country_the_table_does_not_know_is_flagged():
    match = resolve_subject("soldiers (Ethiopia)", article_text="Fighting in Tigray.")
    assert match.actor_id is None and "Ethiopia" in match.note


def test_the_global_table_holds_no_generic_alias():
    from conflict_lib.reference import actors
    from conflict_lib.roles import role_of

    table = actors()
    generic = [a for a in table.aliases.alias_to_id if role_of(a) is not None]
    assert generic == []


@pytest.mark.parametrize(
    ("outcome", "context", "expected"),
    [
        ("killed", None, "killed"),
        ("were slain", None, "killed"),
        ("losing", "soldiers", "killed"),
        ("injured", None, "wounded"),
        ("killed and injured", None, "killed_or_wounded"),
        ("dead and wounded", None, "killed_or_wounded"),
        ("casualties", None, "killed_or_wounded"),
        ("either killed or taken prisoner", None, "killed_or_captured"),
        ("surrendered", None, "captured"),
        ("taken hostage", None, "captured"),
        ("missing", None, "missing"),
        ("seized", "armoured vehicles and trucks", "equipment_seized"),
        ("captured", "pick-up trucks", "equipment_seized"),
        ("damaging", "a helicopter", "equipment_destroyed"),
        ("shot down", "a drone", "equipment_destroyed"),
    ],
)
def test_outcomes(outcome, context, expected):
    assert normalise_outcome(outcome, context) == (expected, None)


def test_unknown_outcome_has_a_reason():
    outcome, reason = normalise_outcome("celebrated", None)
    assert outcome is None and "celebrated" in reason


@pytest.mark.parametrize(
    ("claimant", "cside", "subject", "sside", "expected"),
    [
        ("fama", "government", "fama", "government", "acknowledged"),
        ("csp", "rebels", "csp", "rebels", "acknowledged"),
        ("fama", "government", "fama+wagner", "government", "acknowledged"),
        ("baza", "government", "wagner", "government", "aligned"),
        ("csp", "rebels", "fama+wagner", "government", "claimed"),
        ("fama", "government", "csp", "rebels", "claimed"),
        ("local_sources", "independent", "wagner", "government", "independent"),
        (None, None, "wagner", "government", None),
    ],
)
def test_stance(claimant, cside, subject, sside, expected):
    assert stance(claimant, cside, subject, sside) == expected


def test_terrorists_in_a_communique_are_the_armed_group_the_article_names():
    army = resolve_claimant("The Burkinabe army")
    text = "JNIM said it attacked. The Burkinabe army said dozens of terrorists were neutralised."
    match = resolve_subject("terrorists", claimant=army, article_text=text)
    assert match.actor_id == "jnim" and "adversaries" in match.note


def test_an_outlet_has_no_enemy():
    outlet = resolve_claimant("")
    match = resolve_subject("the attackers", claimant=outlet, article_text="JNIM and FAMa fought.")
    assert match.actor_id is None


def test_a_voice_of_one_side_has_an_enemy_too():
    channel = resolve_claimant("The Baza Telegram channel")
    text = "Wagner fighters were ambushed by CSP rebels near the border."
    match = resolve_subject("the enemy", claimant=channel, article_text=text)
    assert match.actor_id == "csp"


@pytest.mark.parametrize(
    ("phrase", "subject"),
    [
        # a party whose own name is a list is one party, not the party and "Muslims"
        ("the Group for the Support of Islam and Muslims", "jnim"),
        ("fighters of the Group for the Support of Islam and Muslims", "jnim"),
        # ... with its acronym in brackets, as the extractor writes a party's full name
        ("Group for the Support of Islam and Muslims (JNIM)", "jnim"),
        # a real list still lumps its parties
        ("the Group for the Support of Islam and Muslims and Malian soldiers", "fama+jnim"),
    ],
)
def test_a_name_that_is_itself_a_list_is_one_party(phrase, subject):
    text = f"Fighting near Boni. {phrase} lost men, the army said."
    match = resolve_subject(phrase, article_text=text, at=len("Fighting near Boni. "))
    assert match.actor_id == subject
