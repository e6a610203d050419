"""Old flat module paths still import, as the very module of the new layout."""

import importlib

import pytest

from conflict_lib._legacy import OLD_TO_NEW


@pytest.mark.parametrize(("old", "new"), sorted(OLD_TO_NEW.items()))
def test_an_old_path_is_the_new_module(old, new):
    assert importlib.import_module(old) is importlib.import_module(new)


def test_from_import_of_an_old_name_works():
    from conflict_lib.dates import reference_dates

    from conflict_lib import charts
    from conflict_lib.viz import charts as new_charts

    assert charts is new_charts
    assert reference_dates is importlib.import_module("conflict_lib.corpus.dating").reference_dates


def test_a_path_that_never_existed_still_fails():
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("conflict_lib.nonexistent")
