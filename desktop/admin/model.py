"""The Users list: the tenant's users as rows, filtered by what is typed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from desktop.admin.texts import role_name, roles_text
from desktop.common.rows_model import Column, RowsModel
from desktop.common.table_model import Index
from desktop.common.values import Record
from desktop.i18n import QT_TRANSLATE_NOOP, format_datetime
from sync.agents import AgentRoleGrant
from sync.users import UserAccount

CONTEXT = "UsersAdmin"
#: The lists' columns, translated in context CONTEXT.
_column = partial(Column, context=CONTEXT)


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
    _column("display_name", QT_TRANSLATE_NOOP("UsersAdmin", "Name")),
    _column("email", QT_TRANSLATE_NOOP("UsersAdmin", "E-mail")),
    _column(
        "phone",
        QT_TRANSLATE_NOOP("UsersAdmin", "Mobile phone"),
        header_tip=QT_TRANSLATE_NOOP("UsersAdmin", "Where SMS attestation codes are sent"),
    ),
    _column("active", QT_TRANSLATE_NOOP("UsersAdmin", "Status"), format=_active),
    _column(
        "last_sign_in_at",
        QT_TRANSLATE_NOOP("UsersAdmin", "Last sign-in"),
        format=_last_sign_in,
    ),
    _column(
        "sessions",
        QT_TRANSLATE_NOOP("UsersAdmin", "Sessions"),
        align_right=True,
        header_tip=QT_TRANSLATE_NOOP(
            "UsersAdmin", "Desktop sign-ins and web sessions that are open now"
        ),
    ),
    _column(
        "agent_roles",
        QT_TRANSLATE_NOOP("UsersAdmin", "Agent roles"),
        format=lambda v, r: agent_roles_text(v or (), r.get("agent_names") or {}),
        header_tip=QT_TRANSLATE_NOOP(
            "UsersAdmin", "Roles in an agent organisation, and which one: the user acts for it"
        ),
    ),
    _column("roles", QT_TRANSLATE_NOOP("UsersAdmin", "Roles"), format=_roles),
]


def agent_roles_text(roles: Iterable[tuple[str, str]], names: dict[str, str]) -> str:
    """Agent roles as "Attestant (Nordisk Nätpartner AB)", by agent organisation."""
    by_agent: dict[str, list[str]] = {}
    for agent_id, role in roles:
        by_agent.setdefault(agent_id, []).append(role)
    unknown = QCoreApplication.translate("UsersAdmin", "an agent organisation not held here")
    return "; ".join(
        f"{roles_text(codes)} ({names.get(agent_id) or unknown})"
        for agent_id, codes in by_agent.items()
    )


def as_row(user: UserAccount, agent_names: dict[str, str]) -> Record:
    return {
        "id": user.id,
        "display_name": user.display_name,
        "email": user.email,
        "phone": user.phone or "",
        "roles": user.roles,
        "active": user.active,
        "last_sign_in_at": user.last_sign_in_at,
        "sessions": user.sessions,
        "agent_roles": user.agent_roles,
        "agent_names": agent_names,
        "user": user,
    }


def item_row(item: Any, *searched: object, **values: Any) -> Record:
    """A dataclass the server answered, as a list's row: its fields, then ``values`` (an
    ``id`` taken from another field, say), and the ``haystack`` a
    :class:`FilteredRowsModel` searches: the text of the ``searched`` values."""
    row: Record = {f.name: getattr(item, f.name) for f in fields(item)} | values
    row["haystack"] = " ".join(str(v) for v in searched).casefold()
    return row


class FilteredRowsModel(RowsModel):
    """Every row of a list, and the ones whose ``haystack`` has each word of the filter."""

    def __init__(self, columns: list[Column], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.all_rows: list[Record] = []
        self.filter_text = ""

    def set_all(self, rows: list[Record]) -> None:
        self.all_rows = rows
        self._refilter()

    def set_filter(self, text: str) -> None:
        self.filter_text = text.strip()
        self._refilter()

    def _refilter(self) -> None:
        words = self.filter_text.casefold().split()
        self.set_rows([r for r in self.all_rows if all(w in r["haystack"] for w in words)])


class UsersModel(FilteredRowsModel):
    """Every user of the tenant, and the ones the filter lets through."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self.users: list[UserAccount] = []
        #: Agent organisation id -> name (of this copy of the data).
        self.agent_names: dict[str, str] = {}

    def set_agent_names(self, names: dict[str, str]) -> None:
        self.agent_names = dict(names)
        self.set_users(self.users)

    def set_users(self, users: list[UserAccount]) -> None:
        self.users = list(users)
        rows = [as_row(u, self.agent_names) for u in self.users]
        for row, user in zip(rows, self.users, strict=True):
            row["haystack"] = self._haystack(user)
        self.set_all(rows)

    def user_at(self, row: int) -> UserAccount | None:
        found = self.row_at(row)
        return found["user"] if found else None

    def _haystack(self, user: UserAccount) -> str:
        names = " ".join(role_name(r) for r in user.roles)
        agents = agent_roles_text(user.agent_roles, self.agent_names)
        words = (user.display_name, user.email, user.phone or "", names, agents,
                 status_text(user.active))  # fmt: skip
        return " ".join(words).casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            user = self.user_at(index.row())
            if user is not None and not user.active:
                # Dimmed, and the Status column says it in words (colour is not the only signal).
                return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
            return None
        return super().data(index, role)


# -- an agent organisation's users ---------------------------------------------------


AGENT_COLUMNS = [
    *COLUMNS[:2],  # name and e-mail
    _column(
        "roles",
        QT_TRANSLATE_NOOP("UsersAdmin", "Roles in the agent organisation"),
        format=_roles,
    ),
    _column("granted_at", QT_TRANSLATE_NOOP("UsersAdmin", "Granted")),
]


class AgentUsersModel(FilteredRowsModel):
    """The users with a role in one agent organisation: a row per user, their roles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(AGENT_COLUMNS, parent)

    @property
    def users(self) -> list[Record]:
        return self.all_rows

    def set_grants(self, grants: list[AgentRoleGrant]) -> None:
        by_user: dict[str, Record] = {}
        for g in grants:
            row = by_user.setdefault(
                g.user_id,
                {
                    "id": g.user_id,
                    "display_name": g.display_name,
                    "email": g.email,
                    "roles": (),
                    "granted_at": g.created_at,
                },
            )
            row["roles"] = tuple(sorted((*row["roles"], g.role)))
            if g.created_at and (row["granted_at"] is None or g.created_at < row["granted_at"]):
                row["granted_at"] = g.created_at
        for row in by_user.values():
            names = " ".join(role_name(c) for c in row["roles"])
            row["haystack"] = f"{row['display_name']} {row['email']} {names}".casefold()
        self.set_all(list(by_user.values()))
