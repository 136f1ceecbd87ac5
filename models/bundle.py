"""Where Kansli's data files are: the source tree, or the unpacked bundle when frozen.

The workstation bundle (PyInstaller, ``installer/kansli.spec``) keeps the packages'
data files (translations, help, server templates and locale, migrations) in the same
layout under ``sys._MEIPASS`` as in the source tree, so every lookup goes through
``data_path`` with a path relative to the tree's root; ``installer/bundle_data.py``
lists what the bundle collects and tests/deploy/test_bundle.py checks the two agree.
"""

from __future__ import annotations

import sys
from pathlib import Path


def frozen() -> bool:
    """True in a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def root() -> Path:
    """The folder holding ``models/``, ``server/``, ``desktop/`` and ``resources/``."""
    if frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]  # set by PyInstaller
    return Path(__file__).resolve().parents[1]


def data_path(*parts: str) -> Path:
    """A data file or folder, by its path relative to the root (``"server", "locale"``)."""
    return root().joinpath(*parts)


def server_command() -> list[str]:
    """The command line that runs ``kansli-server`` with this interpreter or bundle."""
    if frozen():
        # The bundle's one executable runs the server when told so (installer/kansli_entry.py).
        return [sys.executable, "--kansli-server"]
    return [sys.executable, "-m", "server"]
