"""The spaCy pipeline the extractor reads grammar with, and the parse-based speaker."""

from __future__ import annotations

import pytest

from conflict_lib.extract import extract_rows
from conflict_lib.extract import nlp as nlp_mod
from conflict_lib.extract.parse import parse_sentences, speaker


def test_the_loaded_pipeline_is_an_english_parser_with_entities():
    nlp = nlp_mod.pipeline()
    assert nlp.lang == "en"
    assert nlp.meta["version"].startswith("3.8")
    assert "Explosion" in nlp.meta.get("author", "")
    # what the extractor reads: dependencies, lemmas of verbs, named entities
    for component in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"):
        assert component in nlp.pipe_names
    assert not set(nlp_mod.UNUSED) & set(nlp.pipe_names)


def test_the_pipeline_is_loaded_once_per_process():
    assert nlp_mod.pipeline() is nlp_mod.pipeline()


def test_load_order(monkeypatch):
    monkeypatch.setenv(nlp_mod.MODEL_ENV, "en_core_web_trf")
    assert nlp_mod.model_name() == "en_core_web_trf"
    monkeypatch.delenv(nlp_mod.MODEL_ENV)
    monkeypatch.setattr(nlp_mod, "find_spec", lambda name: None)
    assert nlp_mod.model_name() == nlp_mod.PINNED
    monkeypatch.setattr(nlp_mod, "find_spec", lambda name: object())
    assert nlp_mod.model_name() == nlp_mod.OFFICIAL


def test_a_missing_pipeline_is_a_clear_error(monkeypatch):
    monkeypatch.setenv(nlp_mod.MODEL_ENV, "en_no_such_pipeline")
    with pytest.raises(nlp_mod.ModelError, match="en_no_such_pipeline"):
        nlp_mod.pipeline()


def _speaker(text: str, number: str):
    doc = parse_sentences([text])[0]
    return speaker(doc, text.index(number))


@pytest.mark.parametrize(
    ("text", "number", "phrase"),
    [
        # an apposition does not hide the speaker
        ("The Northern Front, a coalition of armed groups in the hills, said it killed 84 "
         "soldiers.", "84", "The Northern Front"),
        ("Sixty fighters were killed, the army's spokesman told reporters.", "Sixty",
         "the army's spokesman"),
        ("According to the Karenni Defence Force, 31 soldiers died.", "31",
         "the Karenni Defence Force"),
        ("Four soldiers martyred in clash with terrorists: ISPR", "Four", "ISPR"),
        ("Medics put the number of dead at 17.", "17", "Medics"),
    ],
)
def test_the_speech_verb_governing_the_number_names_the_speaker(text, number, phrase):
    found = _speaker(text, number)
    assert found is not None and found.phrase == phrase


def test_a_passive_report_names_no_speaker():
    assert _speaker("Twelve soldiers were reported killed in the raid.", "Twelve") is None


def test_the_attack_claiming_lives_is_not_a_speaker():
    assert _speaker("The attack claimed the lives of 12 soldiers.", "12") is None


def test_a_pronoun_speaker_is_the_nearest_earlier_named_one():
    rows = extract_rows("a", "Gebre Tesfaye, a commander of the Tigray Defence Council, spoke "
                             "to reporters on Monday. He alleged that 602 Ethiopian soldiers "
                             "were killed.")
    assert [r["claimant_raw"] for r in rows] == ["Gebre Tesfaye"]


def test_an_unknown_organisation_is_kept_as_named_not_the_outlet():
    rows = extract_rows("a", "The Popular Resistance of the Valley said on Sunday that its "
                             "fighters killed 40 soldiers.")
    assert rows and rows[0]["claimant_raw"] == "The Popular Resistance of the Valley"
