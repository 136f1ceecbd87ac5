"""The right-hand pane of the Participants list: the selected registration."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy import select

from desktop.common.values import day
from desktop.context import AppContext
from desktop.i18n import format_date, format_datetime
from desktop.operations import Changes, DbOp, OpContext
from desktop.participants.query import STATUS_TEXT, Status
from models import CourseRound, Organisation, Person, PersonEmail, PersonPhone, Registration
from sync.store import PendingRow


@dataclass
class RegistrationDetail:
    id: str
    participant_id: str
    participant: str
    participant_email: str
    participant_phone: str
    organisation: str
    round_name: str
    round_dates: str
    status: Status
    manager_id: str | None
    manager: str
    manager_email: str
    requested_at: Any
    request_count: int
    approved_at: Any
    approved_by: str
    pending: bool


def load_detail(ctx: OpContext, registration_id: str) -> RegistrationDetail | None:
    with ctx.read() as s:
        reg = s.get(Registration, registration_id)
        if reg is None:
            return None
        person = s.get(Person, reg.participant_id)
        round_ = s.get(CourseRound, reg.round_id)
        org_id = reg.organisation_id or (person.organisation_id if person else None)
        org = s.get(Organisation, org_id) if org_id else None
        manager = s.get(Person, reg.approving_manager_id) if reg.approving_manager_id else None

        def first(model: Any, column: Any, pid: str | None) -> str:
            if not pid:
                return ""
            value = s.scalars(
                select(column)
                .where(model.person_id == pid, model.deleted_at.is_(None))
                .order_by(model.is_primary.desc(), model.position)
                .limit(1)
            ).first()
            return value or ""

        pending = (
            s.execute(
                select(PendingRow.row_id).where(
                    PendingRow.table_name == "registration", PendingRow.row_id == reg.id
                )
            ).first()
            is not None
        )
        if reg.status == "cancelled":
            status = Status.CANCELLED
        elif reg.approved_at:
            status = Status.APPROVED
        elif reg.approval_requested_at:
            status = Status.REQUESTED
        else:
            status = Status.NOT_REQUESTED
        dates = ""
        if round_ is not None:
            start, end = day(round_.starts_on), day(round_.ends_on)
            dates = " – ".join(d for d in (format_date(start), format_date(end)) if d)
        return RegistrationDetail(
            id=reg.id,
            participant_id=reg.participant_id,
            participant=person.full_name if person else "",
            participant_email=first(PersonEmail, PersonEmail.address, reg.participant_id),
            participant_phone=first(PersonPhone, PersonPhone.number, reg.participant_id),
            organisation=org.name if org else "",
            round_name=round_.name if round_ else "",
            round_dates=dates,
            status=status,
            manager_id=reg.approving_manager_id,
            manager=manager.full_name if manager else (reg.form_manager_name or ""),
            manager_email=(
                first(PersonEmail, PersonEmail.address, manager.id)
                if manager
                else (reg.form_manager_email or "")
            ),
            requested_at=reg.approval_requested_at,
            request_count=reg.approval_request_count or 0,
            approved_at=reg.approved_at,
            approved_by=reg.approved_by_email or "",
            pending=pending,
        )


class RegistrationDetailPane(QWidget):
    """Fields of the selected registration with links to the people's profiles."""

    open_person = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registration_id: str | None = None
        self.detail: RegistrationDetail | None = None
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
        self.placeholder.setStyleSheet("color: palette(mid);")
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
            ("manager", self.tr("Approving manager")),
            ("manager_email", self.tr("Manager's e-mail")),
            ("requested", self.tr("Approval requested")),
            ("approved", self.tr("Approved")),
            ("approved_by", self.tr("Approved via e-mail")),
        ):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(self._link)
            self.labels[key] = label
            self.form.addRow(title, label)
        self.pending_note = QLabel(self.tr("Changed here; waits to be sent to the server."))
        self.pending_note.setWordWrap(True)
        self.pending_note.setStyleSheet("color: #8a5a00;")
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.title)
        layout.addWidget(self.placeholder)
        layout.addWidget(form_widget)
        layout.addWidget(self.pending_note)
        layout.addStretch(1)
        self.form_widget = form_widget
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setMinimumWidth(240)
        self._show(None)
        ctx.ops.changed.connect(self._on_changes)

    def show_registration(self, registration_id: str | None) -> None:
        self.registration_id = registration_id
        if registration_id is None:
            self._show(None)
        else:
            self._timer.start()

    def _on_changes(self, changes: Changes) -> None:
        if self.registration_id and changes.touches("registration", "person", "person_email"):
            self._timer.start()

    def _load(self) -> None:
        rid = self.registration_id
        if rid is None:
            return
        DbOp(lambda c: load_detail(c, rid), parent=self, label="registration.detail").success(
            lambda d: self._show(d) if rid == self.registration_id else None
        ).run(self.ctx.ops)

    def _link(self, href: str) -> None:
        if href.startswith("person:"):
            self.open_person.emit(href.removeprefix("person:"))

    def _show(self, d: RegistrationDetail | None) -> None:
        self.detail = d
        self.form_widget.setVisible(d is not None)
        self.placeholder.setVisible(d is None)
        self.pending_note.setVisible(bool(d and d.pending))
        if d is None:
            self.title.setText("")
            return
        self.title.setText(d.participant)
        link = '<a href="person:{}">{}</a>'
        values = {
            "participant": link.format(d.participant_id, _html(d.participant)),
            "email": _html(d.participant_email),
            "phone": _html(d.participant_phone),
            "organisation": _html(d.organisation),
            "round": _html(d.round_name),
            "dates": _html(d.round_dates),
            "status": _html(QCoreApplication.translate("Participants", STATUS_TEXT[d.status])),
            "manager": (
                link.format(d.manager_id, _html(d.manager)) if d.manager_id else _html(d.manager)
            ),
            "manager_email": _html(d.manager_email),
            "requested": _html(format_datetime(d.requested_at))
            + (f" ({d.request_count}×)" if d.request_count > 1 else ""),
            "approved": _html(format_datetime(d.approved_at)),
            "approved_by": _html(d.approved_by),
        }
        for key, value in values.items():
            self.labels[key].setText(value or "–")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
