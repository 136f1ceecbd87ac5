"""Administration › Notification follow-up: every mail and SMS the server sent, or tried
to send, for the tenant (issue 16, "Aviseringsuppföljning").

A row per notification and recipient: when it was queued, the channel, what it is
about (in words), the recipient, the subject, its status (queued, sent, failed) with
the SMTP server's or SMS gateway's answer, and the attempts. Kind, status, channel and
the dates are asked of the server (``/api/v1/mail``); the filter field finds words in
what is listed (a recipient, a subject, an answer). Export writes the rows as shown;
Show notification… opens one with its text. The records live on the server only:
offline the window says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import select

from desktop.admin import operations as ops
from desktop.admin.model import FilteredRowsModel
from desktop.admin.server_window import ServerListWindow, day_filter, filter_choice, picked_day
from desktop.common.layouts import close_buttons, vbox
from desktop.common.rows_model import Column
from desktop.common.table_model import Index
from desktop.common.values import Record
from desktop.common.widgets import line_edit
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, OpContext
from models.notifications import EVENTS, EventType, MessageTemplate
from sync.mail import Notification

CONTEXT = "NotificationFollowUp"

#: Kind code -> English words (context "NotificationFollowUp"), in the order the kind
#: filter lists them. A kind not here is shown as its code.
KIND_TEXTS: dict[str, str] = {
    "mail.approval_request": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Approval request to a manager"
    ),
    "mail.waiting_list_offer": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Offer of a place (waiting list)"
    ),
    "mail.signup_confirmation": QT_TRANSLATE_NOOP("NotificationFollowUp", "Sign-up confirmation"),
    "mail.signup_duplicate": QT_TRANSLATE_NOOP("NotificationFollowUp", "Sign-up already made"),
    "mail.invite": QT_TRANSLATE_NOOP("NotificationFollowUp", "Invitation to Kansli"),
    "mail.reset": QT_TRANSLATE_NOOP("NotificationFollowUp", "Password reset"),
    "mail.access_granted": QT_TRANSLATE_NOOP("NotificationFollowUp", "Access granted"),
    "alumni_confirm_details": QT_TRANSLATE_NOOP("NotificationFollowUp", "Alumni: confirm details"),
    "alumni_unregister_link": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Alumni: link to unregister"
    ),
    "alumni_membership_ended": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Alumni: membership ended"
    ),
    "alumni.approved": QT_TRANSLATE_NOOP("NotificationFollowUp", "Alumni: registration approved"),
    "alumni.denied": QT_TRANSLATE_NOOP("NotificationFollowUp", "Alumni: registration denied"),
    "alumni.approval_withdrawn": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Alumni: approval withdrawn"
    ),
    "agent_order.invitation": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Agent order: invitation to order"
    ),
    "agent_order.received": QT_TRANSLATE_NOOP("NotificationFollowUp", "Agent order: received"),
    "agent_order.awaits_review": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Agent order: awaits review"
    ),
    "agent_order.in_review": QT_TRANSLATE_NOOP("NotificationFollowUp", "Agent order: in review"),
    "agent_order.awaits_attest": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Agent order: awaits attestation"
    ),
    "agent_order.customer_attest": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Agent order: customer to attest"
    ),
    "agent_order.agent_attested": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Agent order: attested"
    ),
    "agent_order.rejected": QT_TRANSLATE_NOOP("NotificationFollowUp", "Agent order: rejected"),
    "agent_order.start_connection": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Agent order: start connection"
    ),
    "agent_order.case_created": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Agent order: case created"
    ),
    "agent_order.attest_declined": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Agent order: attestation declined"
    ),
    "service_desk_case.created": QT_TRANSLATE_NOOP(
        "NotificationFollowUp", "Service desk: new case"
    ),
    "mail_failed": QT_TRANSLATE_NOOP("NotificationFollowUp", "Notice of a failed mail"),
    "sms.signing_code": QT_TRANSLATE_NOOP("NotificationFollowUp", "Signing code (SMS)"),
}

#: How a notification went (sync.mail.STATUSES), in the order of its life.
STATUS_TEXTS: dict[str, str] = {
    "queued": QT_TRANSLATE_NOOP("NotificationFollowUp", "Queued"),
    "sending": QT_TRANSLATE_NOOP("NotificationFollowUp", "Sending"),
    "sent": QT_TRANSLATE_NOOP("NotificationFollowUp", "Sent"),
    "delivered": QT_TRANSLATE_NOOP("NotificationFollowUp", "Delivered"),
    "failed": QT_TRANSLATE_NOOP("NotificationFollowUp", "Failed"),
    "bounced": QT_TRANSLATE_NOOP("NotificationFollowUp", "Bounced"),
}

#: Whom a notification went to, as (server.services.notify's recipient kinds).
RECIPIENT_TEXTS: dict[str, str] = {
    "participant": QT_TRANSLATE_NOOP("NotificationFollowUp", "Participant"),
    "approving_manager": QT_TRANSLATE_NOOP("NotificationFollowUp", "Approving manager"),
    "contacts": QT_TRANSLATE_NOOP("NotificationFollowUp", "Contact (notification recipient)"),
    "static": QT_TRANSLATE_NOOP("NotificationFollowUp", "Static recipient"),
    "user": QT_TRANSLATE_NOOP("NotificationFollowUp", "User"),
    "address": QT_TRANSLATE_NOOP("NotificationFollowUp", "Address given"),
    "service_desk": QT_TRANSLATE_NOOP("NotificationFollowUp", "Service desk"),
}

#: A failed or bounced notification is shown in this colour (and says so in words).
TROUBLE = ("failed", "bounced")

CHANNEL_TEXTS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("NotificationFollowUp", "E-mail"),
    "sms": QT_TRANSLATE_NOOP("NotificationFollowUp", "SMS"),
}

FAILED_COLOUR = QColor("#b00020")


def _words(texts: dict[str, str], code: str) -> str:
    source = texts.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def kind_text(code: str) -> str:
    """What a notification is about, in words (an unknown kind: its code)."""
    return _words(KIND_TEXTS, code)


def status_text(code: str) -> str:
    return _words(STATUS_TEXTS, code)


def channel_text(code: str) -> str:
    return _words(CHANNEL_TEXTS, code)


def recipient_kind_text(code: str) -> str:
    return _words(RECIPIENT_TEXTS, code) if code else ""


def event_text(n: Notification) -> str:
    """What the notification was about: its event type's description (translated in
    context "EventTypes", as the template screens do), else its kind in words."""
    try:
        return QCoreApplication.translate("EventTypes", EVENTS[EventType(n.event_type)].description)
    except ValueError:
        return kind_text(n.kind)


def template_text(n: Notification) -> str:
    """The template and the version it was sent from ("" before notifications said)."""
    if n.template_id:
        return (
            QCoreApplication.translate("NotificationFollowUp", "%1 (version %2)")
            .replace("%1", n.template_name or n.template_id)
            .replace("%2", str(n.template_version or 0))
        )
    if n.event_type:
        return QCoreApplication.translate("NotificationFollowUp", "Shipped default")
    return ""


def _column(
    key: str,
    title: str,
    words: Callable[[str], str] | None = None,
    *,
    align_right: bool = False,
    header_tip: str = "",
    whole_as_tip: bool = False,
) -> Column:
    """A column of the list (``words``: its codes shown in words; ``whole_as_tip``: its
    text, which may be cut off, whole in the cell's tooltip)."""
    shown = (lambda v, _r: words(v)) if words else None
    tip = (lambda r: str(r.get(key) or "")) if whole_as_tip else None
    return Column(
        key, title, CONTEXT, shown, align_right=align_right, header_tip=header_tip, tooltip=tip
    )


COLUMNS = [
    _column("created_at", QT_TRANSLATE_NOOP("NotificationFollowUp", "Queued")),
    _column("event", QT_TRANSLATE_NOOP("NotificationFollowUp", "Event"), whole_as_tip=True),
    _column(
        "template",
        QT_TRANSLATE_NOOP("NotificationFollowUp", "Template"),
        header_tip=QT_TRANSLATE_NOOP(
            "NotificationFollowUp",
            "The message template and the version of it that was sent (the shipped default "
            "when no template of yours was bound)",
        ),
        whole_as_tip=True,
    ),
    _column(
        "recipient_kind",
        QT_TRANSLATE_NOOP("NotificationFollowUp", "Recipient as"),
        recipient_kind_text,
    ),
    _column("recipient", QT_TRANSLATE_NOOP("NotificationFollowUp", "Recipient")),
    _column("channel", QT_TRANSLATE_NOOP("NotificationFollowUp", "Channel"), channel_text),
    _column("status", QT_TRANSLATE_NOOP("NotificationFollowUp", "Status"), status_text),
    _column(
        "done_at",
        QT_TRANSLATE_NOOP("NotificationFollowUp", "When"),
        header_tip=QT_TRANSLATE_NOOP(
            "NotificationFollowUp", "When it was sent, delivered or bounced"
        ),
    ),
    # The answer last: the longest text takes the width the window has.
    _column(
        "answer",
        QT_TRANSLATE_NOOP("NotificationFollowUp", "Answer"),
        header_tip=QT_TRANSLATE_NOOP(
            "NotificationFollowUp",
            "What the mail server or SMS gateway answered last (why it failed or waits)",
        ),
    ),
]


def as_row(n: Notification) -> Record:
    status = n.outcome or n.status
    row: Record = {
        "id": n.id,
        "created_at": n.created_at,
        "event": event_text(n),
        "template": template_text(n),
        "recipient_kind": n.recipient_kind,
        "recipient": n.recipient,
        "channel": n.channel,
        "status": status,
        "done_at": n.outcome_at or n.sent_at,
        "answer": n.answer,
        "kind": n.kind,
        "subject": n.subject,
        "attempts": n.attempts,
    }
    words = [str(row[k] or "") for k in ("event", "template", "recipient", "subject", "answer")]
    words += [recipient_kind_text(n.recipient_kind), status_text(status), channel_text(n.channel)]
    row["haystack"] = " ".join(words).casefold()
    return row


class NotificationsModel(FilteredRowsModel):
    """The notifications read from the server, and those the filter lets through; a
    failed one in red (and its Status column says Failed: colour is not the only sign)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            return QBrush(FAILED_COLOUR) if row and row["status"] in TROUBLE else None
        return super().data(index, role)


def template_choices(ctx: OpContext) -> list[tuple[str, str]]:
    """The tenant's message templates as (id, "name · language"), by name: the template
    filter's choices, read from the local copy."""
    with ctx.read() as s:
        rows = s.execute(
            select(MessageTemplate.id, MessageTemplate.name, MessageTemplate.language)
            .where(MessageTemplate.deleted_at.is_(None))
            .order_by(MessageTemplate.name, MessageTemplate.language)
        ).all()
    return [(r.id, f"{r.name} · {r.language}") for r in rows]


def _day_start(day: date) -> datetime:
    """The first moment of ``day`` in the user's time zone, in UTC."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


class NotificationDialog(QDialog):
    """One notification: its delivery record and its text (read from the server)."""

    def __init__(self, parent: QWidget, row: Record) -> None:
        super().__init__(parent)
        self.setObjectName("notification_detail")
        self.setWindowTitle(self.tr("Notification"))
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        labels = {
            "created_at": self.tr("Queued:"),
            "event": self.tr("Event:"),
            "template": self.tr("Template:"),
            "recipient_kind": self.tr("Recipient as:"),
            "recipient": self.tr("Recipient:"),
            "channel": self.tr("Channel:"),
            "status": self.tr("Status:"),
            "done_at": self.tr("When:"),
            "answer": self.tr("Answer:"),
        }
        model = NotificationsModel(self)
        model.set_all([row])
        shown = [
            (labels[c.key], c.key, model.data(model.index(0, i))) for i, c in enumerate(COLUMNS)
        ]
        shown[5:5] = [
            (self.tr("Subject:"), "subject", row["subject"]),
            (self.tr("Attempts:"), "attempts", row["attempts"]),
        ]
        for label, key, text in shown:
            value = QLabel(str(text or ""))
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Text"))
        self.body.setPlaceholderText(self.tr("Asking the server…"))
        form.addRow(self.tr("Text:"), self.body)
        vbox(self, form, close_buttons(self))
        self.resize(640, 520)

    def show_text(self, notification: Notification) -> None:
        self.body.setPlainText(notification.body)

    def failed(self, text: str) -> None:
        self.body.setPlaceholderText(text)


class NotificationFollowUpWindow(ServerListWindow):
    """Every notification of the tenant, filtered; export and a detail of one."""

    LIST_NAME = "admin_notification_followup"
    TITLE = QT_TRANSLATE_NOOP("NotificationFollowUpWindow", "Notification follow-up")
    MODEL = NotificationsModel
    model: NotificationsModel

    #: Why there is no list: no server to ask; the server cannot be reached.
    NO_SERVER, OFFLINE = (
        QT_TRANSLATE_NOOP(
            "UsersAdmin",
            "The follow-up of notifications is kept on the server, and this copy of the data "
            "is not connected to one. Sign in to the server to see it.",
        ),
        QT_TRANSLATE_NOOP(
            "UsersAdmin",
            "Offline: the follow-up of notifications is kept on the server, and it cannot be "
            "reached now. Your other work goes on; try again when online.",
        ),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        #: How many match on the server (the list holds the newest of them).
        self.matching = 0
        super().__init__(ctx, parent=parent)
        events = sorted(
            ((e.value, spec.description) for e, spec in EVENTS.items()),
            key=lambda item: QCoreApplication.translate("EventTypes", item[1]).casefold(),
        )
        self.event_type = filter_choice(
            QT_TRANSLATE_NOOP("NotificationFollowUp", "Event"),
            events,
            context="EventTypes",
            label_context=CONTEXT,
        )
        self.template = filter_choice(
            QT_TRANSLATE_NOOP("NotificationFollowUp", "Template"), [], context=CONTEXT
        )
        for combo in (self.event_type, self.template):
            # The descriptions are long: the list shows them whole, the field a part.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(22)
        self.status = filter_choice(
            QT_TRANSLATE_NOOP("NotificationFollowUp", "Status"),
            list(STATUS_TEXTS.items()),
            context=CONTEXT,
        )
        self.channel = filter_choice(
            QT_TRANSLATE_NOOP("NotificationFollowUp", "Channel"),
            list(CHANNEL_TEXTS.items()),
            context=CONTEXT,
        )
        # A part of the address or number, asked of the server (the filter field below
        # finds words only among the notifications listed).
        self.recipient = line_edit(self.tr("Recipient"), self.tr("Address or number"))
        self.recipient.setMaximumWidth(180)
        self.since = day_filter(self.tr("From date"))
        self.until = day_filter(self.tr("To date"))
        filters = (
            (self.tr("E&vent:"), self.event_type),
            (self.tr("Te&mplate:"), self.template),
            (self.tr("S&tatus:"), self.status),
            (self.tr("C&hannel:"), self.channel),
            (self.tr("Re&cipient:"), self.recipient),
            (self.tr("F&rom:"), self.since),
            (self.tr("T&o:"), self.until),
        )
        for combo in (self.event_type, self.template, self.status, self.channel):
            combo.activated.connect(lambda _i: self.refresh())
        for edit in (self.recipient, self.since, self.until):
            edit.editingFinished.connect(self.refresh)
        self.table.doubleClicked.connect(lambda _i: self.show_notification())
        show_tip = self.tr("The selected notification with its text")
        export_tip = self.tr("Write the notifications shown to an Excel or CSV file")
        self.act_show, self.act_export = (
            self._action(text, slot, keys, tip)
            for text, slot, keys, tip in [
                (self.tr("&Show notification…"), self.show_notification, "Ctrl+I", show_tip),
                (self.tr("&Export…"), self.ask_export, "Ctrl+Shift+E", export_tip),
            ]
        )
        self.row_actions = [self.act_show]
        self._finish(
            self.tr("Notification actions"),
            (self.act_show, self.act_export),
            filter_hint=self.tr("Find a recipient, subject or answer…"),
        )
        self._add_filter_row(filters)
        self.resize(1200, 620)
        DbOp(template_choices, parent=self, label="followup.templates").success(
            self._fill_templates
        ).run(ctx.ops)

    def _fill_templates(self, choices: list[tuple[str, str]]) -> None:
        for code, text in choices:
            self.template.addItem(text, code)

    # -- the list -----------------------------------------------------------------------

    def filters(self) -> dict[str, str | datetime | None]:
        """What the server is asked for: the chosen kind, status, channel and days."""
        since, until = picked_day(self.since), picked_day(self.until)
        return {
            "event_type": self.event_type.currentData() or None,
            "template_id": self.template.currentData() or None,
            "status": self.status.currentData() or None,
            "channel": self.channel.currentData() or None,
            "recipient": self.recipient.text().strip() or None,
            "since": _day_start(since) if since else None,
            "until": _day_start(until + timedelta(days=1)) if until else None,
        }

    def refresh(self, *, select: str | None = None) -> None:
        """Ask the server for the notifications (keeps the selection, or selects ``select``)."""
        self._ask_list(
            select,
            lambda link: ops.list_notifications(link, parent=self, filters=self.filters()),
            lambda found, keep: self._listed(*found, keep),
        )

    def _listed(self, items: list[Notification], matching: int, keep: str | None) -> None:
        self.matching = matching
        self.model.set_all([as_row(n) for n in items])
        first = not self._sized
        self._arrived(
            keep,
            empty=self.tr("No notification matches the filters chosen above."),
            fit=self._fit_columns,
        )
        if first and self._sized:
            self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first
        if self.total():
            self.table.set_empty_text(self.tr("No notification matches the filter."))
        if matching > len(items):
            self._say(
                self.tr(
                    "The newest %1 of %2 are listed: choose an event, status or days to see others."
                )
                .replace("%1", str(len(items)))
                .replace("%2", str(matching))
            )
        else:
            self._say("")

    def _fit_columns(self) -> None:
        """Columns as wide as their text, the long ones (an event's description, a
        template's name) at most a fifth of the window: When and the answer stay in view."""
        self.table.resizeColumnsToContents()
        widest = max(160, self.width() // 5)
        for column in range(self.model.columnCount() - 1):
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def _update_actions(self) -> None:
        online = self.loaded and not self.busy
        self.act_show.setEnabled(online and self.selected_id() is not None)
        self.act_export.setEnabled(online and self.model.rowCount() > 0)
        self._show_count()

    # -- actions ------------------------------------------------------------------------

    def show_notification(self) -> NotificationDialog | None:
        rows = self.table.selected_rows()
        row = self.model.row_at(rows[0]) if rows else None
        link = self._link() if row and self.act_show.isEnabled() else None
        if row is None or link is None:
            return None
        dialog = NotificationDialog(self, row)
        self._open(dialog)
        ops.read_notification(link, parent=dialog, notification_id=row["id"]).success(
            dialog.show_text
        ).failure(lambda exc: dialog.failed(self.describe_error(exc))).run(self.ctx.ops)
        return dialog

    def ask_export(self) -> None:
        if self.act_export.isEnabled():
            self._ask_export(self.tr("Export notifications"))

    def exported_text(self, n: int) -> str:
        return self.tr("%n notification(s) exported to %1", "", n)
