"""The Users list: the tenant's users as rows, filtered by what is typed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from desktop.admin.texts import role_name, roles_text
from desktop.common.rows_model import Column, RowsModel
from desktop.common.table_model import Index
from desktop.common.values import Record
from desktop.i18n import QT_TRANSLATE_NOOP, format_datetime
from sync.users import UserAccount

CONTEXT = "UsersAdmin"


def status_text(active: bool) -> str:
    """ "Active" or "Deactivated", in words (the row is dimmed too, but not only)."""
    if active:
        return QCoreApplication.translate("UsersAdmin", "Active")
    return QCoreApplication.translate("UsersAdmin", "Deactivated")


def _active(value: object, _row: Record) -> str:
    return status_text(bool(value))


def _last_sign_in(value: datetime | None, _row: Record) -> str:
    return format_datetime(value) if value else QCoreApplication.translate("UsersAdmin", "Never")


def _roles(value: Iterable[str] | None, _row: Record) -> str:
    return roles_text(list(value or ()))


#: Roles last: the longest text takes the width the window has.
COLUMNS = [
    Column("display_name", QT_TRANSLATE_NOOP("UsersAdmin", "Name"), CONTEXT),
    Column("email", QT_TRANSLATE_NOOP("UsersAdmin", "E-mail"), CONTEXT),
    Column(
        "phone",
        QT_TRANSLATE_NOOP("UsersAdmin", "Mobile phone"),
        CONTEXT,
        header_tip=QT_TRANSLATE_NOOP("UsersAdmin", "Where SMS attestation codes are sent"),
    ),
    Column("active", QT_TRANSLATE_NOOP("UsersAdmin", "Status"), CONTEXT, format=_active),
    Column(
        "last_sign_in_at",
        QT_TRANSLATE_NOOP("UsersAdmin", "Last sign-in"),
        CONTEXT,
        format=_last_sign_in,
    ),
    Column(
        "sessions",
        QT_TRANSLATE_NOOP("UsersAdmin", "Sessions"),
        CONTEXT,
        align_right=True,
        header_tip=QT_TRANSLATE_NOOP(
            "UsersAdmin", "Desktop sign-ins and web sessions that are open now"
        ),
    ),
    Column("roles", QT_TRANSLATE_NOOP("UsersAdmin", "Roles"), CONTEXT, format=_roles),
]


def as_row(user: UserAccount) -> Record:
    return {
        "id": user.id,
        "display_name": user.display_name,
        "email": user.email,
        "phone": user.phone or "",
        "roles": user.roles,
        "active": user.active,
        "last_sign_in_at": user.last_sign_in_at,
        "sessions": user.sessions,
        "user": user,
    }


class UsersModel(RowsModel):
    """Every user of the tenant, and the ones the filter lets through."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self.users: list[UserAccount] = []
        self.filter_text = ""

    def set_users(self, users: list[UserAccount]) -> None:
        self.users = list(users)
        self._refilter()

    def set_filter(self, text: str) -> None:
        self.filter_text = text.strip()
        self._refilter()

    def _refilter(self) -> None:
        words = self.filter_text.casefold().split()
        shown = [u for u in self.users if all(w in _haystack(u) for w in words)]
        self.set_rows([as_row(u) for u in shown])

    def user_at(self, row: int) -> UserAccount | None:
        found = self.row_at(row)
        return found["user"] if found else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            user = self.user_at(index.row())
            if user is not None and not user.active:
                # Dimmed, and the Status column says it in words (colour is not the only signal).
                return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
            return None
        return super().data(index, role)


def _haystack(user: UserAccount) -> str:
    names = " ".join(role_name(r) for r in user.roles)
    words = (user.display_name, user.email, user.phone or "", names, status_text(user.active))
    return " ".join(words).casefold()
