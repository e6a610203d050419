"""Notebook parameters of the wrong type fail with a message naming the parameter."""

import pytest

from conflict_lib.runner.parameters import ParameterError, check_common, expect, expect_list


def test_good_parameters_pass():
    check_common("tinzaouaten-2024", None, "figures/x")
    assert expect("padding_km", 150, int, float) == 150
    assert expect_list("places", ["kidal", "gao"], str) == ["kidal", "gao"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: expect("padding_km", "wide", int, float),
            "'padding_km' must be int or float, got str",
        ),
        (lambda: expect("padding_km", True, int, float), "got bool"),
        (lambda: expect_list("places", "kidal", str), "'places' must be list or tuple"),
        (lambda: expect_list("places", ["kidal", 3], str), r"'places\[\]' must be str, got int"),
        (lambda: check_common(42, None, None), "'event' must be str"),
        (lambda: check_common("tinzaouaten-2024", 3.5, None), "'event_dir' must be str or Path"),
    ],
)
def test_wrong_types_are_named(call, message):
    with pytest.raises(ParameterError, match=message):
        call()


@pytest.mark.parametrize("event", ["../etc", "a/b", "..", "", "x\\y"])
def test_event_ids_that_escape_the_events_folder_are_refused(event):
    with pytest.raises(ValueError, match="invalid event id"):
        check_common(event, None, None)
