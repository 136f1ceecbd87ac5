"""Administration › Audit log: who did what, when, to whom (issue 23).

Every read of personnummer (a pull that sent them, a register extract, a person's
account, a signature's evidence) and every privileged change (users and roles, settings,
merges, erasure) is an audit event on the server. The events are not synced — they say
who read whose data, and only administrators need them — so this window asks the server
(``/api/v1/audit``) for the newest that match its filters: who (part of an e-mail
address), what (a kind), about whom (a person), and days. Kinds are shown in words,
never as codes; Export writes the rows as shown (XLSX or CSV).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy import select

from desktop.admin.server_window import (
    ServerListWindow,
    day_filter,
    filter_choice,
    picked_day,
    server_call,
)
from desktop.admin.texts import role_name, roles_text
from desktop.common.rows_model import Column
from desktop.common.values import Record
from desktop.common.widgets import line_edit
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, NetOp, OpContext
from desktop.people.person_field import PersonField
from desktop.sync_ui import describe
from desktop.webview.server_api import ServerLink
from models.people import Person
from sync.privacy import AuditEntry, AuditFilters, PrivacyClient

CONTEXT = "AuditLog"

#: The most events the window lists (the newest; the count says how many match).
AUDIT_AT_MOST = 2000

#: Kind code -> English words (context "AuditLog"). A synced command's kind is its
#: command's title (desktop.sync_ui.describe); any other kind not here is shown by the
#: words of its parts, never as a code.
KIND_TEXTS: dict[str, str] = {
    "sync.personnummer_pulled": QT_TRANSLATE_NOOP("AuditLog", "Personnummer synced to a desktop"),
    "person.extract": QT_TRANSLATE_NOOP("AuditLog", "Register extract made"),
    "person.account_read": QT_TRANSLATE_NOOP("AuditLog", "Person's account read"),
    "person.merge": QT_TRANSLATE_NOOP("AuditLog", "Duplicate persons merged"),
    "signature.evidence_read": QT_TRANSLATE_NOOP("AuditLog", "Signature evidence read"),
    "fields.edit": QT_TRANSLATE_NOOP("AuditLog", "Fields edited"),
    "user.created": QT_TRANSLATE_NOOP("AuditLog", "User account created"),
    "user.invited": QT_TRANSLATE_NOOP("AuditLog", "User invited"),
    "user.invitation": QT_TRANSLATE_NOOP("AuditLog", "User invitation sent"),
    "user.access_granted": QT_TRANSLATE_NOOP("AuditLog", "User given access"),
    "user.roles_changed": QT_TRANSLATE_NOOP("AuditLog", "User's roles changed"),
    "user.activated": QT_TRANSLATE_NOOP("AuditLog", "User activated"),
    "user.deactivated": QT_TRANSLATE_NOOP("AuditLog", "User deactivated"),
    "user.renamed": QT_TRANSLATE_NOOP("AuditLog", "User renamed"),
    "user.phone_changed": QT_TRANSLATE_NOOP("AuditLog", "User's phone number changed"),
    "user.personnummer_changed": QT_TRANSLATE_NOOP("AuditLog", "User's personnummer changed"),
    "user.password_reset": QT_TRANSLATE_NOOP("AuditLog", "User's password reset"),
    "user.password_reset_requested": QT_TRANSLATE_NOOP("AuditLog", "Password reset asked for"),
    "user.password_set": QT_TRANSLATE_NOOP("AuditLog", "Password set"),
    "user.session_revoked": QT_TRANSLATE_NOOP("AuditLog", "User's session ended"),
    "user.sessions_revoked": QT_TRANSLATE_NOOP("AuditLog", "User's sessions ended"),
    "agent_role.granted": QT_TRANSLATE_NOOP("AuditLog", "Agent role granted"),
    "agent_role.revoked": QT_TRANSLATE_NOOP("AuditLog", "Agent role taken away"),
    "accounting.sie_export": QT_TRANSLATE_NOOP("AuditLog", "SIE file exported"),
    "accounting.credit_balances_read": QT_TRANSLATE_NOOP("AuditLog", "Credit balances read"),
    "payments.bgmax_imported": QT_TRANSLATE_NOOP("AuditLog", "BgMax file imported"),
    "payments.unmatched_read": QT_TRANSLATE_NOOP("AuditLog", "Unmatched payments read"),
    "payments.matched": QT_TRANSLATE_NOOP("AuditLog", "Payment matched by hand"),
    "payments.collection_read": QT_TRANSLATE_NOOP("AuditLog", "Collection list read"),
    "payments.reminders_read": QT_TRANSLATE_NOOP("AuditLog", "Reminders read"),
    "refunds.read": QT_TRANSLATE_NOOP("AuditLog", "Refunds read"),
    "refunds.marked_paid": QT_TRANSLATE_NOOP("AuditLog", "Refund marked paid"),
    "refunds.card_requested": QT_TRANSLATE_NOOP("AuditLog", "Card refund asked for"),
    "refunds.credit_paid_out": QT_TRANSLATE_NOOP("AuditLog", "Credit paid out"),
    "reports.economics_read": QT_TRANSLATE_NOOP("AuditLog", "Economics report read"),
    "reports.evaluations_read": QT_TRANSLATE_NOOP("AuditLog", "Evaluation report read"),
    "report.downloaded": QT_TRANSLATE_NOOP("AuditLog", "Report downloaded"),
    "round.overdue_read": QT_TRANSLATE_NOOP("AuditLog", "Overdue payments of a round read"),
    "round.participant_list_sent": QT_TRANSLATE_NOOP("AuditLog", "Participant list sent"),
    "agent_order.customer_invited": QT_TRANSLATE_NOOP("AuditLog", "Customer invited to order"),
}

#: The kind filter's choices: a kind, or a group of kinds (a prefix ending in ".").
KIND_CHOICES: list[tuple[str, str]] = [
    ("sync.personnummer_pulled", KIND_TEXTS["sync.personnummer_pulled"]),
    ("person.extract", KIND_TEXTS["person.extract"]),
    ("person.", QT_TRANSLATE_NOOP("AuditLog", "Anything done to a person")),
    ("user.", QT_TRANSLATE_NOOP("AuditLog", "Anything done to a user account")),
    ("user.roles_changed", KIND_TEXTS["user.roles_changed"]),
    ("signature.evidence_read", KIND_TEXTS["signature.evidence_read"]),
    ("payments.", QT_TRANSLATE_NOOP("AuditLog", "Payments")),
    ("refunds.", QT_TRANSLATE_NOOP("AuditLog", "Refunds")),
    ("fields.edit", KIND_TEXTS["fields.edit"]),
]

#: What an event is about, in words (context "AuditLog").
ENTITY_TEXTS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("AuditLog", "Person"),
    "tenant": QT_TRANSLATE_NOOP("AuditLog", "The organisation"),
    "app_user": QT_TRANSLATE_NOOP("AuditLog", "User account"),
}

SYSTEM = QT_TRANSLATE_NOOP("AuditLog", "Kansli (the system)")

#: What more an event is about (its entity kinds beyond the three above).
ENTITY_TEXTS.update(
    {
        "payment_settings": QT_TRANSLATE_NOOP("AuditLog", "Payment settings"),
        "accounting_settings": QT_TRANSLATE_NOOP("AuditLog", "Accounting settings"),
        "agent_order_settings": QT_TRANSLATE_NOOP("AuditLog", "Agent-order settings"),
        "cancellation_policy": QT_TRANSLATE_NOOP("AuditLog", "Cancellation terms"),
        "signature": QT_TRANSLATE_NOOP("AuditLog", "Signature"),
        "registration": QT_TRANSLATE_NOOP("AuditLog", "Registration"),
        "invoice": QT_TRANSLATE_NOOP("AuditLog", "Invoice"),
        "refund": QT_TRANSLATE_NOOP("AuditLog", "Refund"),
        "incoming_payment": QT_TRANSLATE_NOOP("AuditLog", "Payment"),
        "payment_file": QT_TRANSLATE_NOOP("AuditLog", "Payment file"),
        "course_round": QT_TRANSLATE_NOOP("AuditLog", "Course round"),
        "alumni_registration": QT_TRANSLATE_NOOP("AuditLog", "Alumni registration"),
        "student_record": QT_TRANSLATE_NOOP("AuditLog", "Student record"),
    }
)

#: The details' keys in words (a key not here: the sync issues' field title).
DETAIL_TEXTS: dict[str, str] = {
    "roles": QT_TRANSLATE_NOOP("AuditLog", "Roles"),
    "role": QT_TRANSLATE_NOOP("AuditLog", "Role"),
    "format": QT_TRANSLATE_NOOP("AuditLog", "Format"),
    "via": QT_TRANSLATE_NOOP("AuditLog", "Via"),
    "sessions_revoked": QT_TRANSLATE_NOOP("AuditLog", "Sessions ended"),
    "reason": QT_TRANSLATE_NOOP("AuditLog", "Reason"),
    "version": QT_TRANSLATE_NOOP("AuditLog", "Version"),
    "method": QT_TRANSLATE_NOOP("AuditLog", "Method"),
    "people": QT_TRANSLATE_NOOP("AuditLog", "People"),
    "report": QT_TRANSLATE_NOOP("AuditLog", "Report"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_text(code: str) -> str:
    """What an event was, in words: its text here, a command's title, else its parts'."""
    if code in KIND_TEXTS:
        return _tr(KIND_TEXTS[code])
    if code in describe.COMMANDS:
        return describe.command_title(code)
    return code.replace(".", ": ").replace("_", " ").capitalize()


def entity_text(entity_type: str, name: str = "") -> str:
    words = _tr(ENTITY_TEXTS[entity_type]) if entity_type in ENTITY_TEXTS else None
    words = words or describe.field_title(entity_type)
    return f"{words}: {name}" if name else words


def details_text(entry: AuditEntry) -> str:
    """The event's details in words (field names as the sync issues name them)."""
    details = dict(entry.details)
    parts: list[str] = []
    command = details.pop("command", None)
    if isinstance(command, str):
        parts.append(describe.command_title(command))
    fields = details.pop("fields", None)
    if isinstance(fields, list):
        parts.append(", ".join(describe.field_title(str(f)) for f in fields))
    rows = details.pop("rows", None)
    if isinstance(rows, dict):
        counts = ", ".join(f"{entity_text(str(t))} {n}" for t, n in rows.items())
        parts.append(QCoreApplication.translate("AuditLog", "Rows: %1").replace("%1", counts))
    details.pop("to", None)
    details.pop("by", None)
    for key, value in details.items():
        if key == "roles" and isinstance(value, list):
            shown = roles_text([str(v) for v in value])
        elif key == "role" and isinstance(value, str):
            shown = role_name(value)
        else:
            shown = describe.shown_value(value, limit=80)
        title = _tr(DETAIL_TEXTS[key]) if key in DETAIL_TEXTS else describe.field_title(key)
        parts.append(f"{title}: {shown}")
    return "; ".join(p for p in parts if p)


COLUMNS = [
    Column("at", QT_TRANSLATE_NOOP("AuditLog", "When"), CONTEXT),
    Column("actor", QT_TRANSLATE_NOOP("AuditLog", "Who"), CONTEXT),
    Column("kind", QT_TRANSLATE_NOOP("AuditLog", "What"), CONTEXT),
    Column("about", QT_TRANSLATE_NOOP("AuditLog", "About"), CONTEXT),
    Column(
        "details", QT_TRANSLATE_NOOP("AuditLog", "Details"), CONTEXT, tooltip=lambda r: r["details"]
    ),
]


def as_row(entry: AuditEntry, names: dict[str, str]) -> Record:
    """One event as the list shows it (``names``: the people's names by id)."""
    name = names.get(entry.entity_id, "") if entry.entity_type == "person" else ""
    row: Record = {
        "id": entry.id,
        "at": entry.at,
        "actor": entry.actor or _tr(SYSTEM),
        "kind": kind_text(entry.action),
        "about": entity_text(entry.entity_type, name),
        "details": details_text(entry),
        "person_id": entry.entity_id if entry.entity_type == "person" else "",
    }
    words = (str(row[k] or "") for k in ("actor", "kind", "about", "details"))
    row["haystack"] = " ".join(words).casefold()
    return row


def person_names(ctx: OpContext, ids: Iterable[str]) -> dict[str, str]:
    """The names of the people ``ids`` the local database holds (by id)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    with ctx.read() as s:
        rows = s.execute(
            select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(wanted))
        ).all()
    return {r.id: f"{r.first_name} {r.last_name}".strip() for r in rows}


def list_audit(
    link: ServerLink, *, parent: QWidget | None, filters: AuditFilters
) -> NetOp[tuple[list[AuditEntry], int]]:
    """The newest events that match ``filters`` (at most :data:`AUDIT_AT_MOST`) and how
    many match in all."""

    def read(client: PrivacyClient) -> tuple[list[AuditEntry], int]:
        # Keyset pages (each the events before the last one read): events that arrive
        # meanwhile neither repeat nor skip a row; the count comes with the first page.
        first = client.audit(filters, limit=500)
        items, total = list(first.items), first.total or len(first.items)
        while items and len(items) < min(total, AUDIT_AT_MOST):
            page = client.audit(filters, after=items[-1], limit=500)
            if not page.items:
                break
            items += page.items
        return items[:AUDIT_AT_MOST], total

    label = QCoreApplication.translate("AuditLog", "Loading the audit log")
    return NetOp(server_call(link, read, PrivacyClient), parent=parent, label=label)


class _PersonFilter(PersonField):
    """The person filter: anyone, or one person chosen with the picker."""

    changed = Signal()

    def set_person(self, person_id: str | None, name: str | None) -> None:
        before = self.person_id
        super().set_person(person_id, name)
        if person_id != before:
            self.changed.emit()


class AuditLogWindow(ServerListWindow):
    """The tenant's audit events, newest first, filtered on the server; export."""

    LIST_NAME = "admin_audit_log"
    TITLE = QT_TRANSLATE_NOOP("AuditLogWindow", "Audit log")
    COLUMNS = COLUMNS
    NO_SERVER, OFFLINE = (
        QT_TRANSLATE_NOOP(
            "AuditLog",
            "The audit log is kept on the server, and this copy of the data is not connected "
            "to one. Sign in to the server to see it.",
        ),
        QT_TRANSLATE_NOOP(
            "AuditLog",
            "Offline: the audit log is kept on the server, and it cannot be reached now. "
            "Your other work goes on; try again when online.",
        ),
    )

    #: The selected event's person's profile is asked for.
    open_person = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.matching = 0
        super().__init__(ctx, parent=parent)
        self.kind = filter_choice(
            QT_TRANSLATE_NOOP("AuditLog", "What"), KIND_CHOICES, context=CONTEXT
        )
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.user = line_edit(self.tr("Who"), self.tr("Part of an e-mail address"))
        self.user.setMaximumWidth(200)
        self.person = _PersonFilter(ctx, self.tr("Anyone"), self.tr("Audit log of a person"))
        self.person.changed.connect(self.refresh)
        self.since = day_filter(self.tr("From date"))
        self.until = day_filter(self.tr("To date"))
        filters = (
            (self.tr("&What:"), self.kind),
            (self.tr("W&ho:"), self.user),
            (self.tr("Perso&n:"), self.person),
            (self.tr("F&rom:"), self.since),
            (self.tr("T&o:"), self.until),
        )
        self.kind.activated.connect(lambda _i: self.refresh())
        for edit in (self.user, self.since, self.until):
            edit.editingFinished.connect(self.refresh)
        self.act_profile = self._action(
            self.tr("Open &profile"),
            self.open_profile,
            "Ctrl+O",
            self.tr("The profile of the person the selected event is about"),
        )
        self.act_export = self._action(
            self.tr("&Export…"),
            self.ask_export,
            "Ctrl+Shift+E",
            self.tr("Write the events shown to an Excel or CSV file"),
        )
        self.table.doubleClicked.connect(lambda _i: self.open_profile())
        self.row_actions = [self.act_profile]
        self._finish(
            self.tr("Audit log actions"),
            (self.act_profile, self.act_export),
            filter_hint=self.tr("Find words among the events listed…"),
        )
        self._add_filter_row(filters)
        self.resize(1200, 620)

    def show_person(self, person_id: str, name: str) -> None:
        """Show the events about one person (from their profile)."""
        self.person.set_person(person_id, name)

    def filters(self) -> AuditFilters:
        return AuditFilters(
            user=self.user.text().strip(),
            action=str(self.kind.currentData() or ""),
            person=self.person.person_id or "",
            start=picked_day(self.since),
            end=picked_day(self.until),
        )

    def refresh(self, *, select: str | None = None) -> None:
        """Ask the server for the events (keeps the selection, or selects ``select``)."""
        self._ask_list(
            select,
            lambda link: list_audit(link, parent=self, filters=self.filters()),
            lambda found, keep: self._named(*found, keep),
        )

    def _named(self, items: list[AuditEntry], matching: int, keep: str | None) -> None:
        ids = [e.entity_id for e in items if e.entity_type == "person"]
        DbOp(lambda c: person_names(c, ids), parent=self, label="audit.names").success(
            lambda names: self._listed(items, names, matching, keep)
        ).run(self.ctx.ops)

    def _listed(
        self, items: list[AuditEntry], names: dict[str, str], matching: int, keep: str | None
    ) -> None:
        self.matching = matching
        self.model.set_all([as_row(e, names) for e in items])
        first = not self._sized
        self._arrived(keep, empty=self.tr("No event matches the filters chosen above."))
        if first and self._sized:
            self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first
        if self.total():
            self.table.set_empty_text(self.tr("No event matches the filter."))
        if matching > len(items):
            self._say(
                self.tr("The newest %1 of %2 are listed: choose a kind, person or days.")
                .replace("%1", str(len(items)))
                .replace("%2", str(matching))
            )
        else:
            self._say("")

    def _selected(self) -> Record | None:
        rows = self.table.selected_rows()
        return self.model.row_at(rows[0]) if rows else None

    def _update_actions(self) -> None:
        online = self.loaded and not self.busy
        row = self._selected()
        self.act_profile.setEnabled(online and bool(row and row["person_id"]))
        self.act_export.setEnabled(online and self.model.rowCount() > 0)
        self._show_count()

    def open_profile(self) -> None:
        row = self._selected()
        if row is not None and row["person_id"]:
            self.open_person.emit(str(row["person_id"]))

    def ask_export(self) -> None:
        if self.act_export.isEnabled():
            self._ask_export(self.tr("Export the audit log"))

    def exported_text(self, n: int) -> str:
        return self.tr("%n event(s) exported to %1", "", n)
