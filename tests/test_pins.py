"""Every installed distribution is pinned: nbval's reference outputs depend on it."""

import re
from importlib.metadata import distributions

from conflict_lib import config


def test_constraints_pin_every_installed_distribution():
    pins = {}
    for line in (config.PROJ_ROOT / "constraints.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    installed = {
        re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower(): d.version for d in distributions()
    }
    installed.pop("conflict-lib", None)
    for tool in ("pip", "setuptools", "wheel"):  # the installer, not the project's environment
        installed.pop(tool, None)
    unpinned = sorted(set(installed) - set(pins))
    assert not unpinned, f"installed but not in constraints.txt: {unpinned}"
    assert {n: v for n, v in installed.items() if pins.get(n, v) != v} == {}
