"""Countries named in a phrase: by name or demonym, not inside an outlet's name; a state's
office named by its capital."""

from __future__ import annotations

import pytest

from conflict_lib.countries import countries_in, country_in, named_by_capital


@pytest.mark.parametrize(("phrase", "country"), [
    ("Ethiopian soldiers", "Ethiopia"),
    ("Mali's army", "Mali"),
    # an outlet's name holds a country that fights nobody
    ("Radio France Internationale", None),
    ("France 24 said", None),
    ("Voice of America", None),
    # ... while the country itself is still named
    ("French troops", "France"),
    # wire copy's "Congo" and "DRC" are the DR Congo; Congo-Brazzaville is not
    ("Congo army says", "DR Congo"),
    ("the DRC's armed forces", "DR Congo"),
    ("Congo-Brazzaville", None),
])
def test_country_in(phrase, country):
    assert country_in(phrase) == country


def test_countries_in_skips_outlets_and_keeps_offsets():
    text = "Radio France Internationale said Malian troops fought near the border with Niger."
    assert countries_in(text) == [(text.index("Malian"), "Mali"), (text.index("Niger"), "Niger")]


@pytest.mark.parametrize(("phrase", "office"), [
    ("The defence ministry in Moscow", "Russia's defence ministry"),
    ("officials in Kyiv", "Ukraine's officials"),
    ("the army in Khartoum", "Sudan's army"),
    # not a capital, or no office before it
    ("the governor in Kharkiv", None),
    ("Moscow", None),
])
def test_named_by_capital(phrase, office):
    assert named_by_capital(phrase) == office
