"""docs/SECURITY.md stays true to the tree: every test, module and setting it names exists."""

from __future__ import annotations

import re
from pathlib import Path

from server.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "SECURITY.md").read_text(encoding="utf-8")


def test_every_test_file_the_threat_model_names_exists() -> None:
    named = set(re.findall(r"\b(test_[a-z0-9_]+\.py)\b", DOC))
    present = {p.name for p in (ROOT / "tests").rglob("test_*.py")}
    assert len(named) >= 15
    assert named <= present, sorted(named - present)


def test_every_module_the_threat_model_names_exists() -> None:
    named = set(re.findall(r"`((?:server|models|sync|desktop)/[a-z0-9_/]+\.py)`", DOC))
    assert named, "the page names the modules of its rules"
    missing = sorted(p for p in named if not (ROOT / p).is_file())
    assert not missing, missing


def test_every_setting_the_threat_model_names_is_a_setting() -> None:
    named = set(re.findall(r"`KANSLI_([A-Z_]+?)(?:_\*)?`", DOC))
    fields = {name.upper() for name in Settings.model_fields}
    prefixes = {name for name in named if any(f.startswith(name + "_") for f in fields)}
    assert named - prefixes <= fields, sorted(named - prefixes - fields)
