"""The SQL behind the Participants list: filter, search (FTS5) and sort in the database.

``ids_statements`` (or ``ids_sql``, as one statement) gives the ordered
registration ids of a query (the model holds only those); ``rows_sql`` loads
the display rows of a batch of ids. Ids come from ``participant_sort``, the
sort-key table :mod:`desktop.local_index` keeps: one row per live
registration, one index per sort column, so a sort walks an index.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.common.values import day, sql_time, utc
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.local_index import SORT_TABLE, match_expression, sort_index


class Status(enum.StrEnum):
    """What the Status filter offers; "" is all."""

    ALL = ""
    NOT_APPROVED = "not_approved"
    NOT_REQUESTED = "not_requested"
    REQUESTED = "requested"
    APPROVED = "approved"
    CANCELLED = "cancelled"
    #: Waiting for approval, and the request mail failed (the server says which:
    #: :class:`desktop.participants.approval_failures.ApprovalFailures`).
    REQUEST_FAILED = "request_failed"


STATUS_FILTER_TITLES = {
    Status.ALL: QT_TRANSLATE_NOOP("Participants", "Any status"),
    Status.NOT_APPROVED: QT_TRANSLATE_NOOP("Participants", "Not yet approved"),
    Status.NOT_REQUESTED: QT_TRANSLATE_NOOP("Participants", "Approval not requested"),
    Status.REQUESTED: QT_TRANSLATE_NOOP("Participants", "Waiting for approval"),
    Status.REQUEST_FAILED: QT_TRANSLATE_NOOP("Participants", "Approval request failed"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Participants", "Approved"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Participants", "Cancelled"),
}

#: The status filters on ``participant_sort.status_class`` (see desktop.local_index):
#: 0 registered, not requested; 1 registered, requested; 2 registered, approved;
#: 3 cancelled. The class is in every sort index, so the filter reads no table rows.
_STATUS_WHERE = {
    Status.NOT_APPROVED: "s.status_class IN (0, 1)",
    Status.NOT_REQUESTED: "s.status_class = 0",
    Status.REQUESTED: "s.status_class = 1",
    Status.APPROVED: "s.status_class = 2",
    Status.CANCELLED: "s.status_class = 3",
}


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    #: The sort keys: columns of the sort-key table (``participant_sort``), each
    #: with its collation; every column has an index on these keys and the id.
    keys: tuple[str, ...]
    #: The key column whose empty values (NULL) sort last both ways, if any.
    nulls_last: str | None = None


_EMAIL_SQL = (
    "(SELECT e.address FROM person_email e WHERE e.person_id = r.participant_id "
    "AND e.deleted_at IS NULL ORDER BY e.is_primary DESC, e.position LIMIT 1)"
)


def _blank_last(key: str, title: str, column: str, *, nocase: bool = False) -> Column:
    """A column sorted on one ``column`` of the sort-key table whose empty values (NULL)
    sort last both ways; ``nocase`` compares its text without case."""
    keys = (f"{column} COLLATE NOCASE" if nocase else column,)
    return Column(key, title, keys, nulls_last=column)


COLUMNS = (
    Column(
        "participant",
        QT_TRANSLATE_NOOP("Participants", "Participant"),
        ("s.last_name COLLATE NOCASE", "s.first_name COLLATE NOCASE"),
    ),
    _blank_last(
        "organisation",
        QT_TRANSLATE_NOOP("Participants", "Organisation"),
        "s.organisation",
        nocase=True,
    ),
    _blank_last("email", QT_TRANSLATE_NOOP("Participants", "E-mail"), "s.email"),
    Column(
        "round",
        QT_TRANSLATE_NOOP("Participants", "Round"),
        ("s.round_starts_on", "s.round_name COLLATE NOCASE"),
    ),
    Column("status", QT_TRANSLATE_NOOP("Participants", "Status"), ("s.status_rank",)),
    _blank_last(
        "manager",
        QT_TRANSLATE_NOOP("Participants", "Approving manager"),
        "s.manager",
        nocase=True,
    ),
    _blank_last(
        "requested", QT_TRANSLATE_NOOP("Participants", "Approval requested"), "s.requested_at"
    ),
    _blank_last("approved", QT_TRANSLATE_NOOP("Participants", "Approved date"), "s.approved_at"),
    _blank_last(
        "approved_by", QT_TRANSLATE_NOOP("Participants", "Approved via e-mail"), "s.approved_by"
    ),
    Column("created", QT_TRANSLATE_NOOP("Participants", "Created"), ("s.created_at",)),
)
COLUMN_KEYS = [c.key for c in COLUMNS]


@dataclass(frozen=True)
class ParticipantQuery:
    """What the list shows: filters, search and sort."""

    search: str = ""
    status: Status = Status.ALL
    round_id: str | None = None
    requested_before: datetime | None = None
    approved_since: datetime | None = None
    #: With :attr:`Status.REQUEST_FAILED`: the registrations whose request failed.
    failed_ids: tuple[str, ...] = ()
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


def _where(query: ParticipantQuery) -> tuple[list[str], dict[str, object]]:
    where: list[str] = []
    params: dict[str, object] = {}
    if query.status == Status.REQUEST_FAILED:
        marks = ", ".join(f":failed{i}" for i in range(len(query.failed_ids)))
        where.append(f"s.status_class = 1 AND s.id IN ({marks})" if marks else "0")
        params.update({f"failed{i}": rid for i, rid in enumerate(query.failed_ids)})
    elif query.status != Status.ALL:
        where.append(_STATUS_WHERE[query.status])
    if query.round_id:
        where.append("s.round_id = :round_id")
        params["round_id"] = query.round_id
    # Date ranges as the rowids of an index range: a short range ("approved this
    # week") is then a few look-ups and a small sort, not a walk of every row.
    if query.requested_before is not None:
        where.append(
            f"s.rowid IN (SELECT rowid FROM {SORT_TABLE} WHERE requested_at < :requested_before)"
        )
        params["requested_before"] = sql_time(query.requested_before)
    if query.approved_since is not None:
        where.append(
            f"s.rowid IN (SELECT rowid FROM {SORT_TABLE} WHERE approved_at >= :approved_since)"
        )
        params["approved_since"] = sql_time(query.approved_since)
    match = match_expression(query.search)
    if match is not None:
        # The registrations of the persons found, as participant or as approving
        # manager: person_fts rowids are person rowids, which the sort table keeps.
        hits = (
            f"SELECT ps.rowid FROM person_fts f JOIN {SORT_TABLE} ps "
            "ON ps.{0} = f.rowid WHERE person_fts MATCH :match"
        )
        where.append(
            f"s.rowid IN ({hits.format('participant_row')} UNION ALL {hits.format('manager_row')})"
        )
        params["match"] = match
    return where, params


def _column(query: ParticipantQuery) -> Column:
    return next((c for c in COLUMNS if c.key == query.sort_key), COLUMNS[-1])


def _select(where: list[str], order: str, table: str | None = None) -> str:
    condition = f"WHERE {' AND '.join(where)} " if where else ""
    return f"SELECT s.id FROM {table or f'{SORT_TABLE} s'} {condition}ORDER BY {order}"


def ids_sql(query: ParticipantQuery) -> tuple[str, dict[str, object]]:
    """SQL for the ordered ids of the registrations ``query`` shows, as one statement.

    :func:`ids_statements` gives the same ids faster for the model.
    """
    where, params = _where(query)
    column = _column(query)
    direction = "DESC" if query.descending else "ASC"
    keys = [f"{k} {direction}" for k in column.keys]
    if column.nulls_last:
        keys.insert(0, f"{column.nulls_last} IS NULL")
    return _select(where, ", ".join([*keys, f"s.id {direction}"])), params


def ids_statements(
    query: ParticipantQuery, *, walk_search: bool = False
) -> list[tuple[str, dict[str, object]]]:
    """Statements whose results, one after the other, are the ids of :func:`ids_sql`.

    Each is a walk of the sort column's index in one direction. A column
    whose empty values come last both ways takes two: the values in the
    chosen direction, then the empty ones by id, since "empty last, values
    descending" is no single index's order.

    A search's matches are sorted at once, or with ``walk_search``
    (:func:`desktop.local_index.walks_search`: SQLCipher's SQLite) the index
    is walked too, each entry tested against the set of matches: the sort
    indexes hold every column a search or a status filter tests, so the walk
    reads no table page (on an encrypted file each is decrypted), and a
    first letter matching half the list costs a third of the sort; a narrow
    search's walk costs a few milliseconds more. A round or date filter
    tests columns the indexes do not hold, and the failed requests are a
    few ids looked up by key: those matches are sorted.
    """
    column = _column(query)
    key = column.nulls_last
    search = match_expression(query.search) is not None
    walk = (
        walk_search
        and search
        and not (
            query.round_id
            or query.requested_before is not None
            or query.approved_since is not None
            or query.status == Status.REQUEST_FAILED
        )
    )
    if search and not walk:
        return [ids_sql(query)]
    where, params = _where(query)
    direction = "DESC" if query.descending else "ASC"
    order = ", ".join([*(f"{k} {direction}" for k in column.keys), f"s.id {direction}"])
    # INDEXED BY: the planner, not knowing how many rows a search matches, would sort.
    table = f"{SORT_TABLE} s INDEXED BY {sort_index(column.key)}" if walk else None
    if key is None:
        return [(_select(where, order, table), params)]
    return [
        (_select([*where, f"{key} IS NOT NULL"], order, table), params),
        (_select([*where, f"{key} IS NULL"], f"s.id {direction}", table), params),
    ]


def total_sql(query: ParticipantQuery) -> tuple[str, dict[str, object]]:
    """SQL for the number of registrations before filters and search (the N of "n of N")."""
    if query.round_id:
        return (
            f"SELECT count(*) FROM {SORT_TABLE} WHERE round_id = :round_id",
            {"round_id": query.round_id},
        )
    return f"SELECT count(*) FROM {SORT_TABLE}", {}


ROWS_SELECT = f"""
SELECT r.id, r.participant_id, p.first_name, p.last_name, o.name, {_EMAIL_SQL},
       r.round_id, cr.name, cr.starts_on, r.status, r.approval_requested_at,
       r.approval_request_count, r.approved_at, r.approved_by_email, r.created_at,
       r.approving_manager_id, m.first_name, m.last_name, r.form_manager_name,
       r.form_manager_email,
       EXISTS (SELECT 1 FROM sync_pending sp WHERE sp.table_name = 'registration'
               AND sp.row_id = r.id),
       CASE WHEN r.status = 'waiting' THEN (
           SELECT count(*) FROM registration w
           WHERE w.round_id = r.round_id AND w.status = 'waiting' AND w.deleted_at IS NULL
             AND (w.created_at < r.created_at OR (w.created_at = r.created_at AND w.id <= r.id))
       ) END
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
    round_starts_on: date | None
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
    #: The place on the round's waiting list (1 is first); 0 when not waiting.
    waiting_position: int = 0

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
            r[21] or 0,
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
        return approval_status(self.status, self.approval_requested_at, self.approved_at)


def approval_status(status: str, requested_at: object, approved_at: object) -> Status:
    """Where a registration stands: cancelled, approved, requested or not requested."""
    if status == "cancelled":
        return Status.CANCELLED
    if approved_at is not None:
        return Status.APPROVED
    if requested_at is not None:
        return Status.REQUESTED
    return Status.NOT_REQUESTED


STATUS_TEXT = {
    Status.NOT_REQUESTED: QT_TRANSLATE_NOOP("Participants", "Not requested"),
    Status.REQUESTED: QT_TRANSLATE_NOOP("Participants", "Waiting for approval"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Participants", "Approved"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Participants", "Cancelled"),
}


def status_label(status: Status, pending: bool = False) -> str:
    """The one text of a registration's status: the list, its export and every printed
    sheet say the same."""
    return _with_pending(QCoreApplication.translate("Participants", STATUS_TEXT[status]), pending)


def _with_pending(text: str, pending: bool) -> str:
    """``text``, marked when the change waits to be sent to the server."""
    if pending:
        text += " · " + QCoreApplication.translate("Participants", "pending")
    return text


#: A registration without a place yet (models.courses.RegistrationStatus): its status text.
PLACE_TEXT = {
    "waiting": QT_TRANSLATE_NOOP("Participants", "Waiting list (%1)"),
    "offered": QT_TRANSLATE_NOOP("Participants", "Offered a place"),
    # Held for staff's review (issue 17): no place yet, not on the waiting list.
    "review": QT_TRANSLATE_NOOP("Participants", "For review"),
}


def registration_status_text(
    status: str, approval: Status, *, position: int = 0, pending: bool = False
) -> str:
    """A registration's status: its place on the waiting list (or the offer of one) when
    it has no place, else where its approval stands."""
    place = PLACE_TEXT.get(status)
    if place is None:
        return status_label(approval, pending)
    text = QCoreApplication.translate("Participants", place)
    return _with_pending(text.replace("%1", str(position)), pending)


def status_text(row: ParticipantRow) -> str:
    return registration_status_text(
        row.status, row.approval_status, position=row.waiting_position, pending=row.pending
    )
