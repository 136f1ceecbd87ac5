"""Every QSettings option of the desktop, declared once with its default (Picard ``options.py``).

UI state (geometry, column layout, last filters) and personal preferences
live here; business settings that must be shared live in the database and
sync. Read and write through :class:`Settings`, never through raw keys.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

OPTIONS: dict[str, Option[Any]] = {}


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: its key, its default and so its type."""

    key: str
    default: T

    def __post_init__(self) -> None:
        if self.key in OPTIONS:
            raise ValueError(f"option {self.key} declared twice")
        OPTIONS[self.key] = self


# -- connection and sync --------------------------------------------------------
SERVER_URL = Option("server/url", "http://127.0.0.1:8000")
LOGIN_EMAIL = Option("login/email", "")
LOGIN_REMEMBER = Option("login/remember", True)
#: The organisation chosen at the last sign-in ("" when the user has only one).
LOGIN_TENANT = Option("login/tenant", "")
#: JSON: the organisations the server offered then, [{"slug", "name"}, ...].
LOGIN_TENANTS = Option("login/tenants", "[]")
SYNC_INTERVAL_SECONDS = Option("sync/interval_seconds", 60)

# -- language ---------------------------------------------------------------------
#: "" follows the system locale; "sv" or "en" chooses.
LANGUAGE = Option("ui/language", "")

# -- printing ---------------------------------------------------------------------
PRINT_BLANK_ROWS = Option("print/blank_rows", 8)
PRINT_ORGANISATION_NAME = Option("print/organisation_name", "")
PRINT_SHOW_EMAIL = Option("print/show_email", True)

# -- approval requests ------------------------------------------------------------
#: Days after a request before a reminder is sent without asking (the user may override).
REMINDER_MIN_DAYS = Option("approval/reminder_min_days", 3)
#: Sending more e-mails than this at once asks first, naming the count.
CONFIRM_MAILS_ABOVE = Option("approval/confirm_mails_above", 20)

# -- window and lists -------------------------------------------------------------
WINDOW_GEOMETRY = Option("window/geometry", b"")
WINDOW_STATE = Option("window/state", b"")
#: JSON: [{"name": ..., "status": ..., "search": ...}, ...] saved by the user.
PARTICIPANT_SAVED_FILTERS = Option("participants/saved_filters", "[]")
LAST_EXPORT_DIR = Option("export/last_dir", "")


def header_key(list_name: str) -> str:
    """Key of a list's header state (column order, widths, sort)."""
    return f"columns/{list_name}"


def splitter_key(name: str) -> str:
    return f"splitters/{name}"


class Settings:
    """Typed access to QSettings through the declared options."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else QSettings()

    def get(self, option: Option[T]) -> T:
        raw = self.q.value(option.key, None)
        if raw is None:
            return option.default
        # QSettings.value() is untyped (a QVariant); _convert makes it the default's type.
        return cast(T, _convert(raw, option.default))

    def set(self, option: Option[T], value: T) -> None:
        if isinstance(value, bytes):
            self.q.setValue(option.key, QByteArray(value))
        else:
            self.q.setValue(option.key, value)

    def get_bytes(self, key: str) -> QByteArray:
        """A state blob by dynamic key (``header_key``, ``splitter_key``)."""
        raw = self.q.value(key, None)
        return raw if isinstance(raw, QByteArray) else QByteArray()

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.q.setValue(key, value)

    def saved_filters(self) -> list[dict[str, str]]:
        try:
            data = json.loads(self.get(PARTICIPANT_SAVED_FILTERS))
        except ValueError:
            return []
        return [d for d in data if isinstance(d, dict) and d.get("name")]

    def set_saved_filters(self, filters: list[dict[str, str]]) -> None:
        self.set(PARTICIPANT_SAVED_FILTERS, json.dumps(filters, ensure_ascii=False))

    def sync(self) -> None:
        self.q.sync()


def _convert(raw: Any, default: object) -> object:
    """QSettings' INI backend gives strings back; make them the default's type."""
    if isinstance(default, bool):
        if isinstance(raw, str):
            return raw.lower() in ("true", "1", "yes")
        return bool(raw)
    if isinstance(default, int):
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default
    if isinstance(default, bytes):
        return bytes(raw.data()) if isinstance(raw, QByteArray) else default
    if isinstance(default, str):
        return str(raw)
    return raw
