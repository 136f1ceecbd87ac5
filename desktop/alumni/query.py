"""The SQL behind the Alumni queue: filter, search and sort in the database.

``ids_sql`` gives the ordered ids of the alumni registrations a query shows
(the model holds only those); ``rows_sql`` loads the display rows of a batch
of ids, with what the local store knows beyond the synced row: a decision of
this user still waiting in the outbox (pending) and a decision the server
refused because someone decided first (an open rejection: a conflict).

The default view, the manual queue, is what waits for an officer: the
``not_approved`` registrations, plus the ones decided here and not yet
synced (they show "pending" until the server has them) and the ones whose
decision the server refused (they show who decided first, until the user
dismisses the conflict). So a decision never makes an item vanish under the
officer's hands, and a conflict stays in sight.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.common.domain_text import reason_text
from desktop.common.values import utc
from desktop.i18n import QT_TRANSLATE_NOOP, code_text, format_datetime
from desktop.local_index import match_expression

#: The queue's own filters; the other keys are alumni statuses, "" is every registration.
QUEUE = "queue"
CONFLICTS = "conflicts"
PENDING = "pending"

STATUS = {
    "not_approved": QT_TRANSLATE_NOOP("Alumni", "Not approved (manual queue)"),
    "received": QT_TRANSLATE_NOOP("Alumni", "Received"),
    "approved_registered_alumnus": QT_TRANSLATE_NOOP("Alumni", "Approved (registered alumnus)"),
    "approved_alumnus": QT_TRANSLATE_NOOP("Alumni", "Approved (alumnus)"),
    "approved_manually": QT_TRANSLATE_NOOP("Alumni", "Approved manually"),
    "denied": QT_TRANSLATE_NOOP("Alumni", "Denied"),
    "unregistered": QT_TRANSLATE_NOOP("Alumni", "Unregistered"),
}

#: In the list's cells the queue needs no explanation.
CELL_STATUS = {"not_approved": QT_TRANSLATE_NOOP("Alumni", "Not approved")}

FILTERS = (
    (QUEUE, QT_TRANSLATE_NOOP("Alumni", "Manual queue (not approved)")),
    (CONFLICTS, QT_TRANSLATE_NOOP("Alumni", "Conflicts: decided first by someone else")),
    (PENDING, QT_TRANSLATE_NOOP("Alumni", "Decided here, not yet synced")),
    *((k, v) for k, v in STATUS.items() if k != "not_approved"),
    ("not_approved", QT_TRANSLATE_NOOP("Alumni", "Not approved only")),
    ("", QT_TRANSLATE_NOOP("Alumni", "All")),
)

DECISIONS = {
    "approve": QT_TRANSLATE_NOOP("Alumni", "approve"),
    "deny": QT_TRANSLATE_NOOP("Alumni", "deny"),
}


status_text = code_text("Alumni", STATUS)


def cell_status_text(status: str) -> str:
    text = CELL_STATUS.get(status) or STATUS.get(status, status)
    return QCoreApplication.translate("Alumni", text)


decision_text = code_text("Alumni", DECISIONS)


# -- queued and refused decisions, through the store's views (sync.views) ---------------

#: A decision's argument naming its item.
_ITEM = "name = 'alumni.decide' AND arg = 'alumni_registration_id'"
#: Items whose decision of this user the server refused (open refusals: conflicts).
_OPEN_CONFLICTS = f"SELECT value FROM sync_rejected_arg WHERE {_ITEM}"
#: Items with a decision of this user waiting in the outbox.
_QUEUED_DECISIONS = f"SELECT value FROM sync_queued_arg WHERE {_ITEM}"
_PENDING_ROWS = "SELECT sp.row_id FROM sync_pending sp WHERE sp.table_name = 'alumni_registration'"


@dataclass(frozen=True)
class SortColumn:
    key: str
    title: str
    #: SQL of the sort key ({dir} is ASC or DESC).
    sort: str


COLUMNS = (
    SortColumn("received_at", QT_TRANSLATE_NOOP("Alumni", "Received"), "a.received_at {dir}"),
    SortColumn(
        "name",
        QT_TRANSLATE_NOOP("Alumni", "Name"),
        "a.last_name COLLATE NOCASE {dir}, a.first_name COLLATE NOCASE {dir}",
    ),
    SortColumn("status", QT_TRANSLATE_NOOP("Alumni", "Status"), "a.status {dir}"),
    SortColumn(
        "decided",
        QT_TRANSLATE_NOOP("Alumni", "Decided by"),
        "a.decided_at IS NULL, a.decided_at {dir}",
    ),
    SortColumn("reason", QT_TRANSLATE_NOOP("Alumni", "Reason"), "a.decision_reason {dir}"),
    SortColumn("email", QT_TRANSLATE_NOOP("Alumni", "E-mail"), "a.email COLLATE NOCASE {dir}"),
    SortColumn(
        "program", QT_TRANSLATE_NOOP("Alumni", "Programme"), "a.program COLLATE NOCASE {dir}"
    ),
    SortColumn(
        "graduation_year",
        QT_TRANSLATE_NOOP("Alumni", "Graduated"),
        "a.graduation_year IS NULL, a.graduation_year {dir}",
    ),
)
COLUMN_KEYS = [c.key for c in COLUMNS]


@dataclass(frozen=True)
class AlumniQuery:
    """What the list shows: a filter (see :data:`FILTERS`), a search, a sort."""

    filter: str = QUEUE
    search: str = ""
    sort_key: str = "received_at"
    descending: bool = False

    def with_(self, **changes: Any) -> AlumniQuery:
        return replace(self, **changes)


def _where(query: AlumniQuery) -> tuple[list[str], dict[str, object]]:
    where = ["a.deleted_at IS NULL"]
    params: dict[str, object] = {}
    if query.filter == QUEUE:
        where.append(
            f"(a.status = 'not_approved' OR a.id IN ({_QUEUED_DECISIONS}) "
            f"OR a.id IN ({_OPEN_CONFLICTS}))"
        )
    elif query.filter == CONFLICTS:
        where.append(f"a.id IN ({_OPEN_CONFLICTS})")
    elif query.filter == PENDING:
        where.append(f"a.id IN ({_PENDING_ROWS})")
    elif query.filter:
        where.append("a.status = :status")
        params["status"] = query.filter
    text = query.search.strip()
    if text:
        like = ["a.first_name || ' ' || a.last_name LIKE :like", "a.email LIKE :like"]
        like.append("a.program LIKE :like")
        params["like"] = f"%{text}%"
        match = match_expression(text)
        if match is not None:
            # Names with å, ä, ö in any case: the person index folds them, LIKE does not.
            like.append(
                "a.person_id IN (SELECT hp.id FROM person_fts f JOIN person hp "
                "ON hp.rowid = f.rowid WHERE person_fts MATCH :match)"
            )
            params["match"] = match
        where.append("(" + " OR ".join(like) + ")")
    return where, params


def ids_sql(query: AlumniQuery) -> tuple[str, dict[str, object]]:
    """SQL for the ordered ids of the registrations ``query`` shows."""
    where, params = _where(query)
    column = next((c for c in COLUMNS if c.key == query.sort_key), COLUMNS[0])
    direction = "DESC" if query.descending else "ASC"
    sql = (
        f"SELECT a.id FROM alumni_registration a WHERE {' AND '.join(where)} "
        f"ORDER BY {column.sort.format(dir=direction)}, a.id {direction}"
    )
    return sql, params


def total_sql() -> str:
    """SQL for the number of registrations before filters (the N of "n of N")."""
    return "SELECT count(*) FROM alumni_registration WHERE deleted_at IS NULL"


ROWS_SELECT = f"""
SELECT a.id, a.received_at, a.first_name, a.last_name, a.email, a.program,
       a.graduation_year, a.status, a.decision_reason, a.person_id, a.decided_by,
       a.decided_at, a.denial_reason,
       EXISTS ({_PENDING_ROWS} AND sp.row_id = a.id),
       queued.decision,
       refused.conflict
FROM alumni_registration a
-- Each read once per batch (not once per row): the newest queued decision per item...
LEFT JOIN (SELECT k.value AS item_id, d.value AS decision, max(k.seq)
           FROM sync_queued_arg k
           LEFT JOIN sync_queued_arg d ON d.command_id = k.command_id AND d.arg = 'decision'
           WHERE k.name = 'alumni.decide' AND k.arg = 'alumni_registration_id'
           GROUP BY k.value) queued ON queued.item_id = a.id
-- ... and the newest open refusal per item.
LEFT JOIN (SELECT k.value AS item_id,
                  json_array(k.command_id, d.value, k.details, k.rejected_at) AS conflict,
                  max(k.rejected_at)
           FROM sync_rejected_arg k
           LEFT JOIN sync_rejected_arg d ON d.command_id = k.command_id AND d.arg = 'decision'
           WHERE k.name = 'alumni.decide' AND k.arg = 'alumni_registration_id'
           GROUP BY k.value) refused ON refused.item_id = a.id
"""


def rows_sql(count: int) -> str:
    """SQL loading the rows of ``count`` ids (bound as :id0 ... :idN)."""
    marks = ", ".join(f":id{i}" for i in range(count))
    return f"{ROWS_SELECT} WHERE a.id IN ({marks})"


@dataclass(frozen=True, slots=True)
class Conflict:
    """A decision of this user the server refused because someone had decided first."""

    command_id: str
    #: What this user decided ("approve" or "deny").
    mine: str
    #: What the other decided, who, and when (the server's truth).
    status: str
    decided_by: str
    decided_at: datetime | None
    denial_reason: str = ""

    def sentence(self) -> str:
        """ "B. Officer decided first: Denied, at 2026-03-01 14:02. Your decision (approve) …"."""
        text = QCoreApplication.translate(
            "Alumni", "%1 decided first: %2, at %3. Your decision (%4) was not applied."
        )
        return (
            text.replace("%1", self.decided_by or QCoreApplication.translate("Alumni", "Someone"))
            .replace("%2", status_text(self.status))
            .replace("%3", format_datetime(self.decided_at))
            .replace("%4", decision_text(self.mine))
        )


@dataclass(slots=True)
class AlumniRow:
    """One alumni registration as the list shows it."""

    id: str
    received_at: datetime | None
    first_name: str
    last_name: str
    email: str
    program: str
    graduation_year: int | None
    status: str
    reason: str
    person_id: str | None
    decided_by: str | None
    decided_at: datetime | None
    denial_reason: str
    #: A local change to this row waits in the outbox.
    pending: bool
    #: This user's decision waiting in the outbox ("approve" / "deny"), if any.
    queued_decision: str | None
    conflict: Conflict | None

    @classmethod
    def from_sql(cls, r: Any) -> AlumniRow:
        import json

        row = cls(
            id=r[0],
            received_at=utc(r[1]),
            first_name=r[2] or "",
            last_name=r[3] or "",
            email=r[4] or "",
            program=r[5] or "",
            graduation_year=r[6],
            status=r[7] or "",
            reason=r[8] or "",
            person_id=r[9],
            decided_by=r[10],
            decided_at=utc(r[11]),
            denial_reason=r[12] or "",
            pending=bool(r[13]),
            queued_decision=r[14],
            conflict=None,
        )
        if r[15]:
            command_id, mine, details_json, _at = json.loads(r[15])
            details = json.loads(details_json or "{}")
            # After the sync the row is the server's truth; before it, the rejection says.
            decided = row.status not in ("not_approved", "received") and not row.queued_decision
            row.conflict = Conflict(
                command_id=command_id,
                mine=mine or "",
                status=row.status if decided else str(details.get("status") or ""),
                decided_by=(row.decided_by if decided else details.get("decided_by")) or "",
                decided_at=row.decided_at if decided else utc(details.get("decided_at")),
                denial_reason=row.denial_reason if decided else "",
            )
        return row

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def as_dict(self) -> dict[str, object]:
        """The row as a plain dict (for exports and checks)."""
        return {
            "id": self.id,
            "received_at": self.received_at,
            "name": self.name,
            "email": self.email,
            "program": self.program,
            "graduation_year": self.graduation_year,
            "status": self.status,
            "reason": self.reason,
            "person_id": self.person_id,
            "pending": self.pending,
            "conflict": self.conflict is not None,
        }


def status_cell(row: AlumniRow) -> str:
    """The Status cell: conflicts marked with ⚠ and the word, pending decisions with "pending"."""
    if row.conflict is not None:
        return "⚠ " + QCoreApplication.translate("Alumni", "Conflict: %1").replace(
            "%1", cell_status_text(row.conflict.status)
        )
    text = cell_status_text(row.status)
    if row.pending or row.queued_decision:
        text += " · " + QCoreApplication.translate("Alumni", "pending")
    return text


def decision_by(row: AlumniRow) -> tuple[str, datetime | None]:
    """Who decided and when (the one who decided first, in a conflict); ("", None) for
    undecided items."""
    if row.conflict is not None:
        return row.conflict.decided_by, row.conflict.decided_at
    if row.status in ("not_approved", "received"):
        return "", None
    return row.decided_by or "", row.decided_at


def decided_cell(row: AlumniRow) -> str:
    """Who decided and when ("B. Officer, 2026-03-01 14:02"); empty for undecided items."""
    by, at = decision_by(row)
    return ", ".join(p for p in (by, format_datetime(at)) if p)


def cell_text(row: AlumniRow, key: str) -> str:
    """The text of one cell; also used by printing and export."""
    if key == "received_at":
        return format_datetime(row.received_at)
    if key == "name":
        return row.name
    if key == "email":
        return row.email
    if key == "program":
        return row.program
    if key == "graduation_year":
        return str(row.graduation_year) if row.graduation_year else ""
    if key == "status":
        return status_cell(row)
    if key == "decided":
        return decided_cell(row)
    if key == "reason":
        return reason_text(row.reason)
    return ""
