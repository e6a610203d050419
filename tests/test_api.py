"""The public API: each name resolves to the one object its home module defines."""

import importlib
import subprocess
import sys

import pytest

from conflict_lib import api


@pytest.mark.parametrize("name", api.__all__)
def test_every_public_name_is_its_homes_object(name):
    home = importlib.import_module(api.HOMES[name])
    assert getattr(api, name) is getattr(home, name)


def test_importing_the_api_loads_neither_altair_nor_geopandas():
    code = ("import sys, conflict_lib.api as a; a.load_claims; "
            "print(sorted(m for m in ('altair', 'geopandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        api.nothing  # noqa: B018
