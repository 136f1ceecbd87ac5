"""What can be checked of the workstation bundle without building it (installer/build and
installer/smoke-test build and run it; they take minutes).

The data files the spec collects (installer/bundle_data.py) are laid out as in a bundle
under a fake ``sys._MEIPASS``, and every place the app finds a file (models.bundle) finds
it there: translations, the manual, the server's templates, page texts and migrations.
"""

from __future__ import annotations

import gettext
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from alembic.script import ScriptDirectory

# Imported here, not while a test pretends to be frozen: their paths are set on import.
from desktop import help as desktop_help
from desktop import i18n as desktop_i18n
from models import bundle
from server import db
from server import i18n as server_i18n
from server.demo import template
from server.services import passwords
from server.web import templates
from tests.utils.servers import REPO


def _bundle_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bundle_data", REPO / "installer" / "bundle_data.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundle's data layout in ``tmp_path``, and this process pretending to be frozen."""
    for source, folder in _bundle_data().expand(REPO):
        target = tmp_path / folder
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    return tmp_path


def test_the_app_finds_its_data_files_in_a_bundle_layout(frozen: Path) -> None:
    assert bundle.frozen() and bundle.root() == frozen
    qm = bundle.data_path("resources", "translations", "kansli_sv.qm")
    assert qm.read_bytes() == (REPO / "resources/translations/kansli_sv.qm").read_bytes()
    assert bundle.data_path("resources", "help", "manual_sv.html").is_file()
    sv = gettext.translation("messages", bundle.data_path("server", "locale"), ["sv"])
    assert isinstance(sv, gettext.GNUTranslations)
    templates = sorted(
        p.relative_to(REPO / "server") for p in (REPO / "server/templates").rglob("*.html")
    )
    bundled = sorted(
        p.relative_to(frozen / "server") for p in (frozen / "server/templates").rglob("*.html")
    )
    assert bundled == templates and templates
    assert bundle.data_path("server", "services", "common_passwords.json").is_file()
    migrations = ScriptDirectory(str(bundle.data_path("server", "migrations")))
    source = ScriptDirectory(str(REPO / "server" / "migrations"))
    assert migrations.get_current_head() == source.get_current_head()
    assert (frozen / "server/migrations/env.py").is_file()
    # The demo's server is the bundle's own executable, told to be the server.
    assert bundle.server_command() == [sys.executable, "--kansli-server"]


def test_the_demo_template_key_reads_the_migrations_from_the_bundle(frozen: Path) -> None:
    names = [name for name, _ in template._code()]
    assert "env.py" not in names
    versions = sorted(p.name for p in (frozen / "server/migrations/versions").glob("*.py"))
    assert set(versions) <= set(names) and versions


def test_the_modules_find_their_files_through_models_bundle() -> None:
    assert bundle.data_path("resources", "translations") == desktop_i18n.TRANSLATIONS_DIR
    assert bundle.data_path("resources", "help") == desktop_help.HELP_DIR
    assert bundle.data_path("server", "locale") == server_i18n.LOCALE_DIR
    assert bundle.data_path("server", "templates") == templates.TEMPLATES
    assert bundle.data_path("server", "migrations") == db.MIGRATIONS
    assert bundle.data_path("server", "services", "common_passwords.json") == passwords._LIST
    # No other module finds a file next to its source: that breaks in the bundle.
    allowed = {
        "models/bundle.py",
        "server/demo/template.py",  # hashes its modules' code, compiled when frozen
        "server/locale/update.py",  # a developer's script
        # Reads other modules' sources for PySide6's import hook; a frozen module (no .py
        # file) goes to PySide6's own test.
        "desktop/qt_workarounds.py",
    }
    found = []
    for package in ("models", "sync", "server", "desktop"):
        for path in (REPO / package).rglob("*.py"):
            rel = path.relative_to(REPO).as_posix()
            if rel not in allowed and re.search(r"\b__file__\b", path.read_text(encoding="utf-8")):
                found.append(rel)
    assert found == []


def test_the_bundles_program_runs_the_server_when_told() -> None:
    entry = REPO / "installer" / "kansli_entry.py"
    done = subprocess.run(  # the source tree's interpreter stands in for the bundle's
        [sys.executable, str(entry), "--kansli-server", "--help"],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "kansli-server" in done.stdout and "after-restore" in done.stdout
