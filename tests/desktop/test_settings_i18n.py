"""Settings (declared options, the dialog) and the Swedish translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from desktop import settings as options
from desktop.i18n import TRANSLATIONS_DIR, Translations, resolve_language
from desktop.settings import Settings
from desktop.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]


def test_every_option_has_a_default_and_round_trips(tmp_path) -> None:
    s = Settings(QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    assert options.SYNC_INTERVAL_SECONDS.key in options.OPTIONS
    assert s.get(options.PRINT_BLANK_ROWS) == 8 and s.get(options.LOGIN_REMEMBER) is True
    s.set(options.PRINT_BLANK_ROWS, 12)
    s.set(options.LOGIN_REMEMBER, False)
    s.set(options.WINDOW_GEOMETRY, b"\x01\x02")
    s.sync()
    again = Settings(QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    assert again.get(options.PRINT_BLANK_ROWS) == 12
    assert again.get(options.LOGIN_REMEMBER) is False
    assert again.get(options.WINDOW_GEOMETRY) == b"\x01\x02"


def test_settings_dialog_saves_and_reports_a_language_change(qtbot, settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.blank_rows.setValue(10)
    dialog.organisation.setText("Mittuniversitetet")
    dialog.interval.setValue(120)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    with qtbot.waitSignals([dialog.language_changed, dialog.sync_interval_changed]):
        dialog.save()
    assert settings.get(options.PRINT_BLANK_ROWS) == 10
    assert settings.get(options.PRINT_ORGANISATION_NAME) == "Mittuniversitetet"
    assert settings.get(options.SYNC_INTERVAL_SECONDS) == 120
    assert settings.get(options.LANGUAGE) == "sv"


def test_language_follows_the_system_unless_chosen() -> None:
    swedish = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert resolve_language("", swedish) == "sv"
    assert resolve_language("", german) == "en"
    assert resolve_language("en", swedish) == "en"
    assert resolve_language("sv", german) == "sv"


def test_swedish_translation_is_complete_and_compiled() -> None:
    ts = TRANSLATIONS_DIR / "kansli_sv.ts"
    assert (TRANSLATIONS_DIR / "kansli_sv.qm").stat().st_mtime >= ts.stat().st_mtime - 1
    root = ET.parse(ts).getroot()  # noqa: S314
    messages = list(root.iter("message"))
    assert len(messages) > 300
    unfinished = [
        m.find("source").text for m in messages if m.find("translation").get("type")
    ]  # fmt: skip
    assert unfinished == []
    # lupdate loses the class of strings it could not place; those would never be translated.
    assert all((c.find("name").text or "") for c in root.iter("context"))


def test_translation_file_covers_every_string_in_the_code(tmp_path) -> None:
    fresh = tmp_path / "check.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)

    def texts(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()  # noqa: S314
        return {
            (c.find("name").text, m.find("source").text)
            for c in root.iter("context")
            for m in c.iter("message")
            if m.find("translation").get("type") != "obsolete"
        }

    missing = texts(fresh) - texts(TRANSLATIONS_DIR / "kansli_sv.ts")
    assert missing == set(), "run resources/translations/update.py"


def test_swedish_is_loaded_and_switched_back(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    t = Translations()
    try:
        assert t.install("sv")
        assert QCoreApplication.translate("MainWindow", "Courses") == "Utbildningar"
        assert QCoreApplication.translate("Printing", "Page %1 of %2") == "Sida %1 av %2"
        assert QCoreApplication.translate("SyncStatus", "%n pending", "", 3) == "3 väntar"
        assert QLocale().language() == QLocale.Language.Swedish
    finally:
        assert t.install("en")
    assert QCoreApplication.translate("MainWindow", "Courses") == "Courses"
    assert QCoreApplication.translate("AgentOrdersView", "%n order(s)", "", 1) == "1 order"


def test_a_code_is_shown_in_the_language_and_an_unknown_code_as_it_is(qtbot) -> None:
    from desktop.courses.view import round_status_text

    t = Translations()
    try:
        assert t.install("sv")
        assert round_status_text("planned") == "Planerad"
        assert round_status_text("postponed") == "postponed"
    finally:
        assert t.install("en")
    assert round_status_text("planned") == "Planned"


def test_placeholders_are_filled_in_turn() -> None:
    from desktop.i18n import filled

    assert filled("%1 of %2 (%1)", 3, "ten") == "3 of ten (3)"
    # One at a time, as the .replace chains it stands for: a value may hold a later mark.
    assert filled("%1 and %2", "%2", "b") == "b and b"
    assert filled("no marks", 1) == "no marks"


def test_the_fiscal_year_months_are_named_in_the_language(qtbot, offline_ctx, swedish) -> None:  # type: ignore[no-untyped-def]
    from desktop.accounting.settings import AccountingOptionsDialog

    dialog = AccountingOptionsDialog(offline_ctx)
    qtbot.addWidget(dialog)
    months = [dialog.year_start.itemText(i) for i in range(dialog.year_start.count())]
    assert months[0] == "januari" and months[6] == "juli" and len(months) == 12
    assert [dialog.year_start.itemData(i) for i in range(12)] == list(range(1, 13))
