"""The one direction of imports: desktop -> sync -> models <- server, and desktop never
imports server (it reaches the server over HTTP through sync only)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FORBIDDEN = {
    "models": {
        "PySide6",
        "PyQt5",
        "PyQt6",
        "requests",
        "httpx",
        "fastapi",
        "starlette",
        "uvicorn",
        "server",
        "sync",
        "desktop",
    },
    "sync": {"PySide6", "PyQt5", "PyQt6", "server", "desktop", "fastapi"},
    "server": {"PySide6", "PyQt5", "PyQt6", "desktop", "sync"},
    "desktop": {"server", "fastapi", "starlette", "uvicorn"},
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_only_what_its_layer_may(package: str) -> None:
    offenders = []
    for path in sorted((ROOT / package).rglob("*.py")):
        bad = imported_roots(path) & FORBIDDEN[package]
        if bad:
            offenders.append(f"{path.relative_to(ROOT)} imports {', '.join(sorted(bad))}")
    assert offenders == []


def test_the_layer_check_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport requests\n")
    assert imported_roots(bad) >= {"PySide6", "requests"}
