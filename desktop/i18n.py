"""Language: the shipped Swedish translation, chosen by the system locale or the settings.

Strings are English in code (``self.tr`` / ``QCoreApplication.translate``);
``resources/translations/kansli_sv.qm`` is compiled from ``kansli_sv.ts``
with ``pyside6-lrelease``. Qt's own strings (dialog buttons, print preview)
come from the ``qtbase_sv.qm`` that PySide6 ships. Dates are shown
ISO-style (2026-11-23) in both languages; numbers follow the locale.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models.bundle import data_path

TRANSLATIONS_DIR = data_path("resources", "translations")
LANGUAGES = ("en", "sv")

#: Qt's ``QT_TRANSLATE_NOOP(context, source)``: marks ``source`` for lupdate and returns it
#: unchanged. PySide6's stub declares it ``(object, object) -> object``, which makes every
#: marked string an ``object``; this is the same function, typed as what it does.
#: Import it from here; lupdate finds the calls by name, wherever it comes from.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)


def filled(text: str, *values: object) -> str:
    """``text`` with its placeholders ``%1``, ``%2`` … replaced by ``values`` in turn (the
    way the translated texts mark them; one at a time, as ``.replace`` chains did)."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def code_text(context: str, texts: Mapping[str, str]) -> Callable[[str], str]:
    """The function giving a stored code's text in the user's language: ``texts`` maps codes
    to source texts marked with :data:`QT_TRANSLATE_NOOP` in ``context``; a code it lacks
    is shown as it is."""

    def text(code: str) -> str:
        return QCoreApplication.translate(context, texts.get(code, code))

    return text


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the setting when it names one, else the system's (sv or en)."""
    if setting in LANGUAGES:
        return setting
    system = system or QLocale.system()
    return "sv" if system.language() == QLocale.Language.Swedish else "en"


def locale_for(language: str) -> QLocale:
    if language == "sv":
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class Translations:
    """The translators installed on the application; swapped when the language changes."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> bool:
        """Install ``language`` (removing the previous one); False if its file is missing."""
        app = QCoreApplication.instance()
        assert app is not None, "translations are installed on a running application"
        for tr in self._installed:
            app.removeTranslator(tr)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(locale_for(language))
        ours = QTranslator(app)
        # kansli_en.qm carries the English plural forms ("1 order", "2 orders").
        if not ours.load(f"kansli_{language}", str(TRANSLATIONS_DIR)):
            return False
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for tr in (ours, qt):
            if tr is qt and (language == "en" or not tr.load(f"qtbase_{language}", qt_dir)):
                continue
            app.installTranslator(tr)
            self._installed.append(tr)
        return True


# -- formatting -------------------------------------------------------------------


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def _local(value: datetime | None, pattern: str) -> str:
    """A stored time (UTC when it says no zone) in the user's time zone; "" for None."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime(pattern)


def format_datetime(value: datetime | None) -> str:
    """A stored UTC time in the user's time zone, ``2026-11-23 14:02``."""
    return _local(value, "%Y-%m-%d %H:%M")


def format_time(value: datetime | None) -> str:
    """A stored UTC time of day in the user's time zone, ``14:02``."""
    return _local(value, "%H:%M")


def format_number(value: int | float) -> str:
    return QLocale().toString(value)
