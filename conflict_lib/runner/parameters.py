"""Checks for notebook parameters: papermill passes whatever the caller typed,
so each notebook checks its parameters first and fails with a clear message."""

from __future__ import annotations

from pathlib import Path

from conflict_lib.config import validate_event_id
from conflict_lib.errors import ParameterError  # re-exported: defined low, raised here


def expect(name: str, value: object, *types: type, optional: bool = False) -> object:
    """Return ``value`` if it is one of ``types`` (or None when ``optional``)."""
    if value is None and optional:
        return value
    # bool is an int subclass, but True is never a sensible distance or count.
    if isinstance(value, bool) and bool not in types:
        raise ParameterError(f"parameter {name!r} must be {_names(types)}, got bool {value!r}")
    if not isinstance(value, types):
        raise ParameterError(
            f"parameter {name!r} must be {_names(types)}, got {type(value).__name__} {value!r}"
        )
    return value


def expect_list(name: str, value: object, item: type) -> list:
    """A list (or tuple) whose items are all of type ``item``."""
    expect(name, value, list, tuple)
    for element in value:  # type: ignore[union-attr]
        expect(f"{name}[]", element, item)
    return list(value)  # type: ignore[arg-type]


def check_common(event: object, event_dir: object, figures_dir: object) -> None:
    """The parameters every notebook of the series takes."""
    expect("event", event, str)
    validate_event_id(event)  # type: ignore[arg-type]
    expect("event_dir", event_dir, str, Path, optional=True)
    expect("figures_dir", figures_dir, str, Path, optional=True)


def _names(types: tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in types)
