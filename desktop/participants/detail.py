"""The right-hand pane of the Participants list: the selected registration."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from desktop.admin.operations import list_notifications
from desktop.common.layouts import vbox
from desktop.common.widgets import fill_with_scrolling
from desktop.context import AppContext
from desktop.courses.review_list import reasons_text
from desktop.i18n import format_datetime
from desktop.operations import Changes, DbOp
from desktop.participants.approval_failures import approval_failures
from desktop.participants.detail_data import RegistrationDetail, load_detail
from desktop.participants.notes import NotesSection
from desktop.participants.query import registration_status_text
from desktop.people.bounces import address_text, bounce_note
from desktop.webview.server_api import known_offline, server_link
from sync.mail import Notification


class RegistrationDetailPane(QWidget):
    """Fields of the selected registration with links to the people's profiles."""

    open_person = Signal(str)
    #: "Preview manager page" was clicked for the registration shown.
    preview_requested = Signal(str)
    #: "Send again…" was clicked: the approval mail of the registration shown failed.
    resend_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registration_id: str | None = None
        self.detail: RegistrationDetail | None = None
        #: Counts the loads asked for: only the newest one's result is shown.
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._load)

        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.placeholder = QLabel(self.tr("Select a registration to see it here."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        form_widget = QWidget()
        self.form = QFormLayout(form_widget)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key, title in (
            ("participant", self.tr("Participant")),
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Phone")),
            ("organisation", self.tr("Organisation")),
            ("round", self.tr("Round")),
            ("dates", self.tr("Dates")),
            ("status", self.tr("Status")),
            # Issue 17: why a sign-up waits for review; whom it was made with.
            ("review", self.tr("Why it waits")),
            ("partner", self.tr("Partner")),
            ("manager", self.tr("Approving manager")),
            ("manager_email", self.tr("Manager's e-mail")),
            ("requested", self.tr("Approval requested")),
            ("approved", self.tr("Approved")),
            ("approved_by", self.tr("Approved via e-mail")),
            ("approval_mail", self.tr("Approval mail")),
        ):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            # A value to read and copy, no Tab stop (and a click leaves the keys on the list:
            # Enter and Ctrl+Enter open the people its links open).
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            label.linkActivated.connect(self._link)
            # Shrink with the pane and wrap, instead of a horizontal scroll bar.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.labels[key] = label
            self.form.addRow(title, label)
        self.pending_note = QLabel(self.tr("Changed here; waits to be sent to the server."))
        self.pending_note.setWordWrap(True)
        self.pending_note.setStyleSheet("color: #8a5a00;")
        self.preview_link = QLabel(
            '<a href="preview:">' + _html(self.tr("Preview manager page…")) + "</a>"
        )
        self.preview_link.setToolTip(
            self.tr("The approving manager's page as the manager sees it (needs a connection)")
        )
        self.preview_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.preview_link.linkActivated.connect(self._link)
        #: The registration's internal notes (seed 000), under its fields.
        self.notes = NotesSection(ctx, self)
        self.notes.notes_changed.connect(lambda _rid: self._reload())
        #: The newest approval mail of the registration shown, as the server has it
        #: (administrators only: the delivery records name every recipient).
        self.approval_mail: Notification | None = None
        #: The registration whose approval mail the pane last finished asking about
        #: (or found nothing to ask: not an administrator, offline, never requested).
        self.mail_checked_for: str | None = None
        inner = QWidget()
        vbox(
            inner,
            self.title,
            self.placeholder,
            form_widget,
            self.pending_note,
            self.preview_link,
            self.notes,
            None,
        )
        self.form_widget = form_widget
        fill_with_scrolling(self, inner, horizontal=False)
        self.setMinimumWidth(240)
        self._show(None)
        self._mail_row(False)
        ctx.ops.changed.connect(self._on_changes)
        if not ctx.is_admin:
            approval_failures(ctx).changed.connect(self._timer.start)

    def show_registration(self, registration_id: str | None) -> None:
        if self.detail is not None and self.detail.id != registration_id:
            # What the pane still shows is another registration's until the load is in.
            self.detail = None
        self.registration_id = registration_id
        self._reload()
        if registration_id is None:
            self._show(None)

    def _on_changes(self, changes: Changes) -> None:
        if self.registration_id and changes.touches(
            "registration", "person", "person_email", "registration_note"
        ):
            self._reload()

    def _reload(self) -> None:
        """Load again soon; a load already under way is now stale and not shown (it may
        have read the rows before the change that asked for this one)."""
        self._generation += 1
        if self.registration_id is not None:
            self._timer.start()

    def _load(self) -> None:
        rid, generation = self.registration_id, self._generation
        if rid is None:
            return
        DbOp(lambda c: load_detail(c, rid), parent=self, label="registration.detail").success(
            lambda d: self._show(d) if generation == self._generation else None
        ).run(self.ctx.ops)

    def _link(self, href: str) -> None:
        if href.startswith("person:"):
            self.open_person.emit(href.removeprefix("person:"))
        elif href == "preview:" and self.detail is not None:
            self.preview_requested.emit(self.detail.id)
        elif href == "resend:" and self.detail is not None:
            self.resend_requested.emit(self.detail.id)

    def _show(self, d: RegistrationDetail | None) -> None:
        self.detail = d
        self.form_widget.setVisible(d is not None)
        self.placeholder.setVisible(d is None)
        self.pending_note.setVisible(bool(d and d.pending))
        self.preview_link.setVisible(d is not None)
        self.notes.setVisible(d is not None)
        if d is None:
            self.title.setText("")
            return
        self.title.setText(d.participant)
        self.notes.show_notes(d.id, d.participant, d.notes)
        link = '<a href="person:{}">{}</a>'
        values = {
            "participant": link.format(d.participant_id, _html(d.participant)),
            "email": _breakable(_bounced(d.participant_email, d.participant_bounce)),
            "phone": _html(d.participant_phone),
            "organisation": _html(d.organisation),
            "round": _html(d.round_name),
            "dates": _html(d.round_dates),
            "status": _html(
                registration_status_text(
                    d.registration_status, d.status, position=d.waiting_position
                )
            ),
            "manager": (
                link.format(d.manager_id, _html(d.manager)) if d.manager_id else _html(d.manager)
            ),
            "manager_email": _breakable(_bounced(d.manager_email, d.manager_bounce)),
            "requested": _html(format_datetime(d.requested_at))
            + (f" ({d.request_count}×)" if d.request_count > 1 else ""),
            "approved": _html(format_datetime(d.approved_at)),
            "approved_by": _breakable(d.approved_by),
            "review": _html(reasons_text(d.review_reasons)),
            "partner": link.format(d.partner_id, _html(d.partner)) if d.partner_id else "",
        }
        for key, value in values.items():
            self.labels[key].setText(value or "–")
        for key in ("review", "partner"):  # only where there is one
            self.form.setRowVisible(self.labels[key], bool(values[key]))
        # An address that bounced: when and the receiving server's answer.
        for key, bounce in (("email", d.participant_bounce), ("manager_email", d.manager_bounce)):
            self.labels[key].setToolTip(bounce_note(bounce) if bounce else "")
        self._ask_about_mail(d)

    # -- the approval mail ---------------------------------------------------------------

    def _mail_row(self, visible: bool) -> None:
        self.form.setRowVisible(self.labels["approval_mail"], visible)

    def _ask_about_mail(self, d: RegistrationDetail) -> None:
        """Ask the server how the registration's approval mail went (administrators,
        online, once approval was requested); the row stays hidden otherwise."""
        self.approval_mail = self.mail_checked_for = None
        self._mail_row(False)
        if not self.ctx.is_admin:
            # The delivery records are the administrators'; whoever sends the requests
            # still learns of a failed one (the session's list of them).
            failure = approval_failures(self.ctx).failure_for(
                d.id, d.status, pending=d.pending, requested=d.requested_at
            )
            if failure is not None:
                self._show_failed(failure.answer, failure.queued_at)
            self.mail_checked_for = d.id
            return
        link = server_link(self.ctx) if d.requested_at else None
        if link is None or known_offline(self.ctx):
            self.mail_checked_for = d.id
            return
        filters: dict[str, str | datetime | None] = {
            "related_id": d.id,
            "kind": "mail.approval_request",
        }
        list_notifications(link, parent=self, filters=filters).success(
            lambda found: self._mail_read(d.id, found[0])
        ).failure(lambda _exc: setattr(self, "mail_checked_for", d.id)).run(self.ctx.ops)

    def _mail_read(self, registration_id: str, mails: list[Notification]) -> None:
        if registration_id != self.registration_id or not mails:
            self.mail_checked_for = registration_id
            return
        mail = self.approval_mail = mails[0]  # the newest
        label = self.labels["approval_mail"]
        when = _html(format_datetime(mail.created_at))
        if mail.outcome in ("failed", "bounced"):
            self._show_failed(mail.answer, mail.created_at)
            self.mail_checked_for = registration_id
            return
        if mail.status == "sent":  # (or delivered)
            label.setText(self.tr("Sent %1").replace("%1", _html(format_datetime(mail.sent_at))))
        else:
            label.setText(self.tr("Waiting to be sent (queued %1)").replace("%1", when))
        self._mail_row(True)
        self.mail_checked_for = registration_id

    def _show_failed(self, answer: str, queued_at: datetime | None) -> None:
        """The approval mail failed: the answer, when it was queued, and Send again…"""
        text = self.tr("Failed: %1").replace("%1", _breakable(answer))
        when = _html(format_datetime(queued_at))
        again = _html(self.tr("Send again…"))
        self.labels["approval_mail"].setText(
            f'<span style="color: #b00020;">{text}</span> ({when})<br><a href="resend:">{again}</a>'
        )
        self._mail_row(True)


def _bounced(address: str, bounce: Mapping[str, Any] | None) -> str:
    """The address, marked when mail to it bounced (desktop/people/bounces.py)."""
    return address_text(bounce) if bounce else address


def _breakable(address: str) -> str:
    """An e-mail address that may wrap after the @ and the dots (zero-width spaces)."""
    return _html(address).replace("@", "@\u200b").replace(".", ".\u200b")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
