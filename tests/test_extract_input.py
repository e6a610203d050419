"""Hostile article text reaches the extractor: it reads what it can, never crashes a batch."""

from __future__ import annotations

import time

from conflict_lib.extract import extract_batch
from conflict_lib.extract.nlp import MAX_PARSE_CHARS


def test_a_2000_word_sentence_is_read_by_the_rules_and_noted():
    words = " ".join(["the convoy moved slowly along the road"] * 250)
    text = f"The army said 12 soldiers were killed when {words} near the river."
    assert len(text) > MAX_PARSE_CHARS
    start = time.perf_counter()
    rows = extract_batch([("long", text)])[0]
    assert time.perf_counter() - start < 30
    assert rows and all("too long to parse" in r["notes"] for r in rows)


def test_text_of_numbers_and_symbols_and_mixed_scripts_does_not_crash_the_batch():
    numbers = " ".join(f"{i} | {i * 3}% ## {i}.{i} -- killed?" for i in range(400))
    scripts = ("Военные заявили, что 12 солдат погибли. 军方说12名士兵死亡。 "
               "قال الجيش إن 12 جنديا قتلوا. The army said 3 soldiers were killed.")
    out = extract_batch([("numbers", numbers), ("scripts", scripts), ("plain",
                         "Rebels said they killed 20 soldiers.")])
    assert len(out) == 3
    assert any(r["quantity_raw"] == "3" for r in out[1])
    assert out[2] and out[2][0]["quantity_raw"] == "20"
