"""The SQL behind the Participants list: filter, search (FTS5) and sort in the database.

``ids_sql`` gives the ordered registration ids of a query (the model holds
only those); ``rows_sql`` loads the display rows of a batch of ids.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.common.values import day, sql_time, utc
from desktop.local_index import match_expression


class Status(enum.StrEnum):
    """What the Status filter offers; "" is all."""

    ALL = ""
    NOT_APPROVED = "not_approved"
    NOT_REQUESTED = "not_requested"
    REQUESTED = "requested"
    APPROVED = "approved"
    CANCELLED = "cancelled"


STATUS_FILTER_TITLES = {
    Status.ALL: QT_TRANSLATE_NOOP("Participants", "Any status"),
    Status.NOT_APPROVED: QT_TRANSLATE_NOOP("Participants", "Not yet approved"),
    Status.NOT_REQUESTED: QT_TRANSLATE_NOOP("Participants", "Approval not requested"),
    Status.REQUESTED: QT_TRANSLATE_NOOP("Participants", "Waiting for approval"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Participants", "Approved"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Participants", "Cancelled"),
}

_STATUS_WHERE = {
    Status.NOT_APPROVED: "r.status = 'registered' AND r.approved_at IS NULL",
    Status.NOT_REQUESTED: (
        "r.status = 'registered' AND r.approved_at IS NULL AND r.approval_requested_at IS NULL"
    ),
    Status.REQUESTED: (
        "r.status = 'registered' AND r.approved_at IS NULL AND r.approval_requested_at IS NOT NULL"
    ),
    Status.APPROVED: "r.status = 'registered' AND r.approved_at IS NOT NULL",
    Status.CANCELLED: "r.status = 'cancelled'",
}


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    #: SQL of the sort key, and the joins it needs.
    sort: str
    joins: frozenset[str] = frozenset()


_EMAIL_SQL = (
    "(SELECT e.address FROM person_email e WHERE e.person_id = r.participant_id "
    "AND e.deleted_at IS NULL ORDER BY e.is_primary DESC, e.position LIMIT 1)"
)
_STATUS_RANK = (
    "CASE WHEN r.status = 'cancelled' THEN 3 WHEN r.approved_at IS NOT NULL THEN 2 "
    "WHEN r.approval_requested_at IS NOT NULL THEN 1 ELSE 0 END"
)

COLUMNS = (
    Column(
        "participant",
        QT_TRANSLATE_NOOP("Participants", "Participant"),
        "p.last_name COLLATE NOCASE {dir}, p.first_name COLLATE NOCASE {dir}",
        frozenset({"p"}),
    ),
    Column(
        "organisation",
        QT_TRANSLATE_NOOP("Participants", "Organisation"),
        "o.name IS NULL, o.name COLLATE NOCASE {dir}",
        frozenset({"p", "o"}),
    ),
    Column(
        "email",
        QT_TRANSLATE_NOOP("Participants", "E-mail"),
        f"{_EMAIL_SQL} IS NULL, {_EMAIL_SQL} {{dir}}",
    ),
    Column(
        "round",
        QT_TRANSLATE_NOOP("Participants", "Round"),
        "cr.starts_on {dir}, cr.name COLLATE NOCASE {dir}",
        frozenset({"cr"}),
    ),
    Column("status", QT_TRANSLATE_NOOP("Participants", "Status"), f"{_STATUS_RANK} {{dir}}"),
    Column(
        "manager",
        QT_TRANSLATE_NOOP("Participants", "Approving manager"),
        "COALESCE(m.last_name || ' ' || m.first_name, r.form_manager_name) IS NULL, "
        "COALESCE(m.last_name || ' ' || m.first_name, r.form_manager_name) COLLATE NOCASE {dir}",
        frozenset({"m"}),
    ),
    Column(
        "requested",
        QT_TRANSLATE_NOOP("Participants", "Approval requested"),
        "r.approval_requested_at IS NULL, r.approval_requested_at {dir}",
    ),
    Column(
        "approved",
        QT_TRANSLATE_NOOP("Participants", "Approved date"),
        "r.approved_at IS NULL, r.approved_at {dir}",
    ),
    Column(
        "approved_by",
        QT_TRANSLATE_NOOP("Participants", "Approved via e-mail"),
        "r.approved_by_email IS NULL, r.approved_by_email {dir}",
    ),
    Column("created", QT_TRANSLATE_NOOP("Participants", "Created"), "r.created_at {dir}"),
)
COLUMN_KEYS = [c.key for c in COLUMNS]

_JOINS = {
    "p": "JOIN person p ON p.id = r.participant_id",
    "o": "LEFT JOIN organisation o ON o.id = COALESCE(r.organisation_id, p.organisation_id)",
    "cr": "JOIN course_round cr ON cr.id = r.round_id",
    "m": "LEFT JOIN person m ON m.id = r.approving_manager_id",
}


@dataclass(frozen=True)
class ParticipantQuery:
    """What the list shows: filters, search and sort."""

    search: str = ""
    status: Status = Status.ALL
    round_id: str | None = None
    requested_before: datetime | None = None
    approved_since: datetime | None = None
    sort_key: str = "created"
    descending: bool = True

    def with_(self, **changes: Any) -> ParticipantQuery:
        return replace(self, **changes)


@dataclass(frozen=True)
class SavedFilter:
    key: str
    title: str
    status: Status = Status.ALL
    search: str = ""
    builtin: bool = True
    extra: dict[str, str] = field(default_factory=dict)

    def title_text(self) -> str:
        return (
            QCoreApplication.translate("Participants", self.title) if self.builtin else self.title
        )

    def apply(self, query: ParticipantQuery, now: datetime | None = None) -> ParticipantQuery:
        now = now or datetime.now(UTC)
        q = query.with_(
            status=self.status, search=self.search, requested_before=None, approved_since=None
        )
        if self.key == "requested_7d":
            q = q.with_(requested_before=now - timedelta(days=7))
        elif self.key == "approved_week":
            local = now.astimezone()
            monday = (local - timedelta(days=local.weekday())).replace(
                hour=0, minute=0, second=0, microsecond=0
            )
            q = q.with_(approved_since=monday.astimezone(UTC))
        return q


BUILTIN_FILTERS = (
    SavedFilter("all", QT_TRANSLATE_NOOP("Participants", "All registrations")),
    SavedFilter(
        "not_approved", QT_TRANSLATE_NOOP("Participants", "Not yet approved"), Status.NOT_APPROVED
    ),
    SavedFilter(
        "requested_7d",
        QT_TRANSLATE_NOOP("Participants", "Requested more than 7 days ago"),
        Status.REQUESTED,
    ),
    SavedFilter(
        "approved_week", QT_TRANSLATE_NOOP("Participants", "Approved this week"), Status.APPROVED
    ),
)


def _where(query: ParticipantQuery) -> tuple[list[str], dict[str, Any], set[str]]:
    where = ["r.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    joins: set[str] = set()
    if query.status != Status.ALL:
        where.append(_STATUS_WHERE[query.status])
    if query.round_id:
        where.append("r.round_id = :round_id")
        params["round_id"] = query.round_id
    if query.requested_before is not None:
        where.append("r.approval_requested_at < :requested_before")
        params["requested_before"] = sql_time(query.requested_before)
    if query.approved_since is not None:
        where.append("r.approved_at >= :approved_since")
        params["approved_since"] = sql_time(query.approved_since)
    match = match_expression(query.search)
    if match is not None:
        hits = (
            "SELECT hp.id FROM person_fts f JOIN person hp ON hp.rowid = f.rowid "
            "WHERE person_fts MATCH :match"
        )
        where.append(f"(r.participant_id IN ({hits}) OR r.approving_manager_id IN ({hits}))")
        params["match"] = match
    return where, params, joins


def ids_sql(query: ParticipantQuery) -> tuple[str, dict[str, Any]]:
    """SQL for the ordered ids of the registrations ``query`` shows."""
    where, params, joins = _where(query)
    column = next((c for c in COLUMNS if c.key == query.sort_key), COLUMNS[-1])
    joins |= column.joins
    direction = "DESC" if query.descending else "ASC"
    join_sql = " ".join(_JOINS[j] for j in ("p", "o", "cr", "m") if j in joins)
    order = column.sort.format(dir=direction)
    sql = (
        f"SELECT r.id FROM registration r {join_sql} WHERE {' AND '.join(where)} "
        f"ORDER BY {order}, r.id {direction}"
    )
    return sql, params


def total_sql(query: ParticipantQuery) -> tuple[str, dict[str, Any]]:
    """SQL for the number of registrations before filters and search (the N of "n of N")."""
    if query.round_id:
        return (
            "SELECT count(*) FROM registration WHERE deleted_at IS NULL AND round_id = :round_id",
            {"round_id": query.round_id},
        )
    return "SELECT count(*) FROM registration WHERE deleted_at IS NULL", {}


ROWS_SELECT = f"""
SELECT r.id, r.participant_id, p.first_name, p.last_name, o.name, {_EMAIL_SQL},
       r.round_id, cr.name, cr.starts_on, r.status, r.approval_requested_at,
       r.approval_request_count, r.approved_at, r.approved_by_email, r.created_at,
       r.approving_manager_id, m.first_name, m.last_name, r.form_manager_name,
       r.form_manager_email,
       EXISTS (SELECT 1 FROM pending_row pr WHERE pr.table_name = 'registration'
               AND pr.row_id = r.id)
FROM registration r
JOIN person p ON p.id = r.participant_id
JOIN course_round cr ON cr.id = r.round_id
LEFT JOIN person m ON m.id = r.approving_manager_id
LEFT JOIN organisation o ON o.id = COALESCE(r.organisation_id, p.organisation_id)
"""


def rows_sql(count: int) -> str:
    """SQL loading the rows of ``count`` ids (bound as :id0 ... :idN)."""
    marks = ", ".join(f":id{i}" for i in range(count))
    return f"{ROWS_SELECT} WHERE r.id IN ({marks})"


@dataclass(slots=True)
class ParticipantRow:
    """One registration as the list shows it."""

    id: str
    participant_id: str
    first_name: str
    last_name: str
    organisation: str | None
    email: str | None
    round_id: str
    round_name: str
    round_starts_on: Any
    status: str
    approval_requested_at: datetime | None
    approval_request_count: int
    approved_at: datetime | None
    approved_by_email: str | None
    created_at: datetime | None
    manager_id: str | None
    manager_first_name: str | None
    manager_last_name: str | None
    form_manager_name: str | None
    form_manager_email: str | None
    pending: bool

    @classmethod
    def from_sql(cls, r: Any) -> ParticipantRow:
        return cls(
            r[0],
            r[1],
            r[2] or "",
            r[3] or "",
            r[4],
            r[5],
            r[6],
            r[7] or "",
            day(r[8]),
            r[9],
            utc(r[10]),
            r[11] or 0,
            utc(r[12]),
            r[13],
            utc(r[14]),
            r[15],
            r[16],
            r[17],
            r[18],
            r[19],
            bool(r[20]),
        )

    @property
    def participant_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def manager_name(self) -> str:
        if self.manager_id:
            return f"{self.manager_first_name or ''} {self.manager_last_name or ''}".strip()
        return self.form_manager_name or self.form_manager_email or ""

    @property
    def approval_status(self) -> Status:
        if self.status == "cancelled":
            return Status.CANCELLED
        if self.approved_at is not None:
            return Status.APPROVED
        if self.approval_requested_at is not None:
            return Status.REQUESTED
        return Status.NOT_REQUESTED


STATUS_TEXT = {
    Status.NOT_REQUESTED: QT_TRANSLATE_NOOP("Participants", "Not requested"),
    Status.REQUESTED: QT_TRANSLATE_NOOP("Participants", "Waiting for approval"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Participants", "Approved"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Participants", "Cancelled"),
}


def status_text(row: ParticipantRow) -> str:
    text = QCoreApplication.translate("Participants", STATUS_TEXT[row.approval_status])
    if row.pending:
        text += " · " + QCoreApplication.translate("Participants", "pending")
    return text
