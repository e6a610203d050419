"""Casualty claims proposed from English news text, any war.

``extract_rows(article_id, text)`` returns raw claim rows (the schema of
``claims.csv`` plus ``start``/``end``, the offsets of ``quote`` in the cleaned
text). Normalising the proposals like curated rows is the claims layer's job
(``claims.proposals.extract_normalised``): this layer imports nothing above the corpus.

How a text is read (one module per step):

1. ``sentences``: sentences with offsets; a cheap prefilter keeps only those with an
   outcome cue and a quantity (or a zero/denial word): only these are parsed.
2. ``nlp`` and ``parse``: spaCy's English pipeline (loaded once per process, NER and
   parser only) parses the kept sentences in batches (``nlp.pipe``); a sentence
   longer than the parser's cap is read by the rules alone and flagged.
3. ``mentions``: quantities before people nouns and outcome nouns; ``binding``: the
   outcome words that touch them; ``equipment``: equipment seized, damaged, destroyed
   or shot down, lists split into counted items.
4. ``attribution``: speech verbs and their subjects, "according to X", ", X said",
   headline colon attribution, pronouns and "the group" resolved to the nearest
   earlier named speaker, reported speech carried over several sentences.
   ``parsed_speakers``: the parse decides whose speech verb governs the number;
   unknown organisations and people are kept as named (NER), never read as the
   outlet's voice; ``speakers``: title and surname speakers across the article.
5. ``subjects``: whose losses, from the head noun of the counted phrase; "its
   fighters"/"our men" as the speaker's side; subsets; zero claims; ``tolls``: whose
   toll a figure is ("put its own losses at six", "the death toll rose to 31").
   ``story``: whose dead a bare toll counts. ``owners``: whose equipment. ``parts``:
   parts and wholes of a count ("including two children", "Four of them were
   children.", a list after a colon); ``breakdowns``: a toll broken down after it was
   given ("Of the dead, 14 were soldiers and nine ..."; "Among those killed was a
   girl"); ``zeros``: zero claims said without a count ("no aircraft had been lost",
   "denied that any soldier had been captured", "without any loss").
6. ``sides``: generic words ("soldiers", "the army", "militants") are roles: the
   party of that kind the article names, else kept as written with the country
   ("soldiers (Ethiopia)"); never one war's army by default.
7. ``rows``: assembly into raw-claim rows.

Word lists and patterns live in ``cues``, ``params``, ``gear`` (equipment words) and ``patterns``,
apart from the logic.
"""

from conflict_lib.extract.rows import (
    EXTRACT_COLUMNS,
    RAW_COLUMNS,
    extract_batch,
    extract_claims,
    extract_rows,
)
from conflict_lib.extract.sentences import split_sentences

__all__ = [
    "EXTRACT_COLUMNS", "RAW_COLUMNS", "extract_batch", "extract_claims", "extract_rows",
    "split_sentences",
]
