"""The Alumni queue's detail pane: the selected registration side by side with the matched
person and the student records, the reason of the automatic decision in one line, the
decision's state (pending, conflict) and the possible duplicates."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.alumni.detail_data import AlumniDetail, Cell, load_detail
from desktop.alumni.operations import fetch_candidates, review_proposal
from desktop.alumni.query import decision_text, status_cell
from desktop.common.domain_text import domain_message, reason_text
from desktop.common.layouts import hbox, vbox
from desktop.common.widgets import fill_with_scrolling, push_button
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import Changes, DbOp
from models.alumni_proposals import proposed_address
from models.commands.alumni import ALUMNI_ROLES, AlumniDecide
from models.commands.base import roles_allow
from models.errors import DomainError

FIELDS = {
    "name": QT_TRANSLATE_NOOP("AlumniDetail", "Name"),
    "email": QT_TRANSLATE_NOOP("AlumniDetail", "E-mail"),
    "personnummer": QT_TRANSLATE_NOOP("AlumniDetail", "Personnummer"),
    "phone": QT_TRANSLATE_NOOP("AlumniDetail", "Phone"),
    "address": QT_TRANSLATE_NOOP("AlumniDetail", "Address"),
    "program": QT_TRANSLATE_NOOP("AlumniDetail", "Programme"),
    "graduation_year": QT_TRANSLATE_NOOP("AlumniDetail", "Graduated"),
    "degree": QT_TRANSLATE_NOOP("AlumniDetail", "Degree"),
    "credits": QT_TRANSLATE_NOOP("AlumniDetail", "Credits"),
}
MATCHED_ON = {
    "email": QT_TRANSLATE_NOOP("AlumniDetail", "matched on e-mail"),
    "personnummer": QT_TRANSLATE_NOOP("AlumniDetail", "matched on personnummer"),
    "created": QT_TRANSLATE_NOOP("AlumniDetail", "no match: created from the registration"),
}
#: Why a match on one identifier was not confirmed (the server's codes): %1 is what the
#: registration says, %2 what the profile has.
MISMATCH = {
    "name_differs": QT_TRANSLATE_NOOP(
        "AlumniDetail", "The name differs: “%1” in the registration, “%2” on the profile"
    ),
    "birth_date_differs": QT_TRANSLATE_NOOP(
        "AlumniDetail", "The birth date differs: %1 in the registration, %2 on the profile"
    ),
    "email_not_on_profile": QT_TRANSLATE_NOOP(
        "AlumniDetail", "The e-mail address %1 is not on the profile (proposed)"
    ),
    "phone_not_on_profile": QT_TRANSLATE_NOOP(
        "AlumniDetail", "The phone %1 is not on the profile (proposed)"
    ),
    "personnummer_not_on_profile": QT_TRANSLATE_NOOP(
        "AlumniDetail", "The personnummer %1 is not on the profile (proposed)"
    ),
}
MISMATCH_HEAD = QT_TRANSLATE_NOOP("AlumniDetail", "Match not confirmed:")
PROPOSED_HEAD = QT_TRANSLATE_NOOP("AlumniDetail", "The registration proposes:")
#: A returning registered alumnus's changed details (approved; issue 20).
UPDATE_HEAD = QT_TRANSLATE_NOOP("AlumniDetail", "The alumnus updates their details:")
UPDATES = {
    "name_differs": QT_TRANSLATE_NOOP(
        "AlumniDetail", "Name: “%2” on the profile, “%1” now (proposed)"
    ),
    "phone_not_on_profile": QT_TRANSLATE_NOOP("AlumniDetail", "Phone %1 (proposed)"),
    "personnummer_not_on_profile": QT_TRANSLATE_NOOP("AlumniDetail", "Personnummer %1 (proposed)"),
}
#: A postal address from the form (issue 20): contact data, so only proposed for an
#: existing person. %1 is the registration's address, %2 the profile's.
ADDRESS_UPDATE = QT_TRANSLATE_NOOP(
    "AlumniDetail", "Address: “%2” on the profile, “%1” now (proposed)"
)
ADDRESS_NEW = QT_TRANSLATE_NOOP("AlumniDetail", "The address %1 is not on the profile (proposed)")
UPDATE_PROPOSAL = {
    "pending": QT_TRANSLATE_NOOP(
        "AlumniDetail",
        "Apply writes the proposed name, phone, personnummer or address on the profile;"
        " discard drops them.",
    ),
    "applied": QT_TRANSLATE_NOOP("AlumniDetail", "The proposed details were applied."),
    "discarded": QT_TRANSLATE_NOOP("AlumniDetail", "The proposed details were discarded."),
}
PROPOSAL = {
    "pending": QT_TRANSLATE_NOOP(
        "AlumniDetail", "Approving adds the proposed details to the profile; denying drops them."
    ),
    "applied": QT_TRANSLATE_NOOP("AlumniDetail", "The proposed details were added to the profile."),
    "discarded": QT_TRANSLATE_NOOP("AlumniDetail", "The proposed details were dropped."),
}
#: Marks a value that differs from what the alumnus entered (with the colour, never instead).
DIFFERS = "≠"
DIFF_STYLE = "background: #fde2e1; color: #7a1010; font-weight: 600; padding: 1px 3px;"
BANNER_STYLE = (
    "QFrame#conflictBanner { background: #fff3cd; border: 1px solid #d9b64c;"
    " border-radius: 4px; } QFrame#conflictBanner QLabel { color: #4a3600; }"
)
PENDING_STYLE = "color: #7a4d00;"


def _t(source: str) -> str:
    return QCoreApplication.translate("AlumniDetail", source)


def _e(text: Any) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def breakable(text: str) -> str:
    """Text that wraps in a narrow column between its words, never inside one (no
    hyphenation: "Ämneslärarprogrammet" stays whole); an e-mail address only after its @
    and the dots before it, never inside its domain nor after a hyphen."""
    if "@" not in text or " " in text.strip():
        return text
    local, domain = text.replace("-", "-\u2060").rsplit("@", 1)
    return local.replace(".", ".\u200b") + "@\u200b" + domain


class ElidedLabel(QLabel):
    """One line of text, elided at the end when the pane is narrow; the full text as tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleDescription(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)


class AlumniDetailPane(QWidget):
    """The selected alumni registration and what to do with it."""

    open_person = Signal(str)
    approve_requested = Signal()
    deny_requested = Signal()
    undo_requested = Signal()
    #: "Reverse decision…": an officer's decision that reached the server, taken back.
    reverse_requested = Signal(str)
    #: The user accepts the other officer's decision: (rejected command id).
    dismiss_requested = Signal(str)
    #: Merge asked for: (matched person id, name, candidate person id, name).
    merge_requested = Signal(str, str, str, str)
    #: The detail of the current registration is shown (tests wait for it).
    shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registration_id: str | None = None
        self.detail: AlumniDetail | None = None
        self.candidates: dict[str, list[dict[str, Any]]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._load)
        self._net_timer = QTimer(self)
        self._net_timer.setSingleShot(True)
        self._net_timer.setInterval(400)  # only for an item the officer stays on
        self._net_timer.timeout.connect(self._fetch_candidates)

        self.title = QLabel()
        self.title.setObjectName("alumniTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("alumniState")
        self.state.setWordWrap(True)
        self.placeholder = QLabel(self.tr("Select a registration to see it here."))
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")

        # -- conflict banner ----------------------------------------------------------
        self.banner = QFrame()
        self.banner.setObjectName("conflictBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_title = QLabel("⚠ " + self.tr("Someone decided first"))
        self.banner_title.setStyleSheet("font-weight: 700;")
        self.banner_text = QLabel()
        self.banner_text.setObjectName("conflictText")
        self.banner_text.setWordWrap(True)
        self.dismiss = push_button(
            self.tr("Keep their decision"),
            self._dismiss,
            self.tr("The conflict is marked as seen; their decision stands."),
        )
        banner_layout = vbox(self.banner, self.banner_title, self.banner_text)
        row = hbox(self.dismiss, None)
        banner_layout.addLayout(row)

        self.pending = QLabel()
        self.pending.setObjectName("pendingNote")
        self.pending.setStyleSheet(PENDING_STYLE)
        self.pending.setWordWrap(True)

        reason_row = QHBoxLayout()
        reason_caption = QLabel(self.tr("Reason:"))
        reason_caption.setStyleSheet("font-weight: 600;")
        self.reason = ElidedLabel()
        self.reason.setObjectName("decisionReason")
        reason_row.addWidget(reason_caption)
        reason_row.addWidget(self.reason, 1)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet("color: palette(placeholder-text);")
        # Why the match was not confirmed: each disagreement with both values.
        self.mismatch = QLabel()
        self.mismatch.setObjectName("matchMismatch")
        self.mismatch.setWordWrap(True)
        self.mismatch.setTextFormat(Qt.TextFormat.RichText)

        # -- the three columns ----------------------------------------------------------
        grid_widget = QWidget()
        self.grid = QGridLayout(grid_widget)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(3)
        self.heads = [
            QLabel(self.tr("Entered by the alumnus")),
            QLabel(),
            QLabel(self.tr("Student records")),
        ]
        self.heads[1].setTextFormat(Qt.TextFormat.RichText)
        self.heads[1].linkActivated.connect(self._link)
        for col, head in enumerate(self.heads, start=1):
            head.setStyleSheet("font-weight: 600;")
            head.setWordWrap(True)
            self.grid.addWidget(head, 0, col)
            self.grid.setColumnStretch(col, 1)
        self.cells: dict[tuple[str, int], QLabel] = {}
        for r, (key, title) in enumerate(FIELDS.items(), start=1):
            caption = QLabel(_t(title))
            caption.setStyleSheet("color: palette(placeholder-text);")
            self.grid.addWidget(caption, r, 0, Qt.AlignmentFlag.AlignTop)
            for col in (1, 2, 3):
                cell = QLabel()
                cell.setWordWrap(True)
                cell.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.cells[(key, col)] = cell
                self.grid.addWidget(cell, r, col, Qt.AlignmentFlag.AlignTop)
        self.match_line = QLabel()
        self.match_line.setWordWrap(True)
        self.match_line.setStyleSheet("color: palette(placeholder-text);")
        self.legend = QLabel(f"{DIFFERS} " + self.tr("differs from what the alumnus entered"))
        self.legend.setStyleSheet("color: palette(placeholder-text); font-size: 9pt;")

        # -- actions -------------------------------------------------------------------
        self.approve = push_button(self.tr("Approve (A)"), self.approve_requested)
        self.deny = push_button(self.tr("Deny… (D)"), self.deny_requested)
        self.undo = push_button(self.tr("Undo (U)"), self.undo_requested)
        self.reverse = QPushButton(self.tr("Reverse decision…"))
        self.reverse.setObjectName("reverseDecision")
        self.reverse.setToolTip(
            self.tr("Take back this officer's decision: the item goes back to the manual queue")
        )
        self.reverse.clicked.connect(
            lambda: self.detail is not None and self.reverse_requested.emit(self.detail.row.id)
        )
        for button in (self.approve, self.deny, self.undo, self.reverse):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        actions = hbox(self.approve, self.deny, self.undo, self.reverse, None)
        # A returning alumnus's proposed name, phone, personnummer or address: staff apply or
        # discard it.
        self.apply_details = push_button(
            self.tr("Apply new details"),
            lambda: self._review(apply=True),
            self.tr("Write the proposed name, phone, personnummer or address on the profile"),
        )
        self.apply_details.setObjectName("applyDetails")
        self.discard_details = push_button(
            self.tr("Discard new details"),
            lambda: self._review(apply=False),
            self.tr("Keep the profile as it is"),
        )
        self.discard_details.setObjectName("discardDetails")
        self.review_error = QLabel()
        self.review_error.setWordWrap(True)
        self.review_error.setStyleSheet("color: #b00020;")
        self.review_error.hide()
        review_row = hbox(self.apply_details, self.discard_details, None)

        # -- duplicates ----------------------------------------------------------------
        dup_title = QLabel(self.tr("Possible duplicates"))
        dup_title.setStyleSheet("font-weight: 600;")
        self.dup_state = QLabel()
        self.dup_state.setObjectName("duplicatesState")
        self.dup_state.setWordWrap(True)
        self.dup_list = QTreeWidget()
        self.dup_list.setObjectName("duplicates")
        self.dup_list.setAccessibleName(self.tr("Possible duplicates"))
        self.dup_list.setRootIsDecorated(False)
        self.dup_list.setColumnCount(3)
        self.dup_list.setHeaderLabels([self.tr("Person"), self.tr("Score"), self.tr("Agrees on")])
        self.dup_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.dup_list.header().setStretchLastSection(False)
        self.dup_list.setMaximumHeight(120)
        self.dup_list.itemSelectionChanged.connect(self._update_merge)
        self.merge = push_button(
            self.tr("Merge…"),
            self._merge,
            self.tr("Merge the chosen person and the matched person into one"),
        )
        merge_row = hbox(self.merge, None)

        inner = QWidget()
        self.body = inner
        layout = vbox(
            inner,
            self.title,
            self.state,
            self.placeholder,
            self.banner,
            self.pending,
            reason_row,
            self.rules,
            self.mismatch,
            review_row,
            self.review_error,
            grid_widget,
            self.match_line,
            self.legend,
            actions,
        )
        layout.addSpacing(8)
        layout.addWidget(dup_title)
        layout.addWidget(self.dup_state)
        layout.addWidget(self.dup_list)
        layout.addLayout(merge_row)
        layout.addStretch(1)
        self.sections = [
            self.state,
            self.reason,
            reason_caption,
            self.rules,
            grid_widget,
            self.match_line,
            self.legend,
            self.approve,
            self.deny,
            self.undo,
            self.reverse,
            dup_title,
            self.dup_state,
            self.dup_list,
            self.merge,
        ]
        fill_with_scrolling(self, inner, horizontal=False)
        self.setMinimumWidth(360)
        self._show(None)
        ctx.ops.changed.connect(self._on_changes)

    # -- loading ----------------------------------------------------------------------

    def show_registration(self, registration_id: str | None) -> None:
        if registration_id == self.registration_id and self.detail is not None:
            return
        self.registration_id = registration_id
        self._net_timer.stop()
        if registration_id is None:
            self._show(None)
        else:
            self._timer.start()

    def reload(self) -> None:
        if self.registration_id is not None:
            self._timer.start()

    def _on_changes(self, changes: Changes) -> None:
        if self.registration_id and (
            changes.outbox
            or changes.touches("alumni_registration", "person", "student_record", "person_email")
        ):
            self._timer.start()

    def _load(self) -> None:
        rid = self.registration_id
        if rid is None:
            return
        today = date.today()
        DbOp(
            lambda c: load_detail(c, rid, today=today), parent=self, label="alumni.detail"
        ).success(lambda d: self._show(d) if rid == self.registration_id else None).run(
            self.ctx.ops
        )

    def _link(self, href: str) -> None:
        if href.startswith("person:"):
            self.open_person.emit(href.removeprefix("person:"))

    # -- painting -----------------------------------------------------------------------

    def _show(self, d: AlumniDetail | None) -> None:
        same_item = d is not None and self.detail is not None and d.row.id == self.detail.row.id
        self.detail = d
        self.placeholder.setVisible(d is None)
        for w in self.sections:
            w.setVisible(d is not None)
        self.dup_list.setVisible(d is not None and self.dup_list.topLevelItemCount() > 0)
        if d is None:
            self.title.setText("")
            self.mismatch.hide()
            self.apply_details.hide()
            self.discard_details.hide()
            self.review_error.hide()
            self.banner.hide()
            self.pending.hide()
            self.shown.emit()
            return
        row = d.row
        self.title.setText(row.name or row.email)
        self.state.setText(status_cell(row))
        self.state.setAccessibleName(self.tr("Status"))
        # Conflict: who decided what and when (the server's truth), and what was not applied.
        self.banner.setVisible(row.conflict is not None)
        if row.conflict is not None:
            text = _e(row.conflict.sentence())
            if row.conflict.denial_reason:
                text += "<br>" + _e(
                    self.tr("Their reason: %1").replace("%1", row.conflict.denial_reason)
                )
            self.banner_text.setText(text)
        self.pending.setVisible(bool(d.queued_command_id))
        if d.queued_command_id:
            self.pending.setText(
                "⏳ "
                + self.tr(
                    "You decided “%1” here; it waits to be sent to the server. U takes it back."
                ).replace("%1", decision_text(row.queued_decision or ""))
            )
        self.reason.setText(reason_text(row.reason) or self.tr("No reason recorded"))
        self.rules.setText(
            "  ".join(("✓ " if r.held else "✗ ") + reason_text(r.reason) for r in d.rules)
        )
        self.rules.setVisible(bool(d.rules))
        self.mismatch.setText(self.mismatch_html(d))
        self.mismatch.setVisible(bool(self.mismatch.text()))
        reviewable = (
            d.proposal_state == "pending"
            and row.status not in ("not_approved", "received")
            and roles_allow(self.ctx.actor.roles, ALUMNI_ROLES)
        )
        self.apply_details.setVisible(reviewable)
        self.discard_details.setVisible(reviewable)
        self.apply_details.setEnabled(True)
        self.discard_details.setEnabled(True)
        if not same_item:
            self.review_error.hide()
        person_head = self.tr("Matched person")
        if d.person_id:
            link = _e(self.tr("open"))  # lupdate does not look inside f-strings
            person_head += f' (<a href="person:{d.person_id}">{link}</a>)'
        self.heads[1].setText(person_head)
        records_head = self.tr("Student records")
        if d.record_count > 1:
            records_head += f" ({d.record_count})"
        self.heads[2].setText(records_head)
        for line in d.comparison:
            for col, cell in ((1, line.entered), (2, line.person), (3, line.records)):
                self._paint_cell(self.cells[(line.key, col)], cell)
        parts = []
        if d.matched_on:
            parts.append(_t(MATCHED_ON.get(d.matched_on, d.matched_on)))
        if d.match_score is not None:
            parts.append(self.tr("score %1").replace("%1", str(d.match_score)))
        if d.categories:
            parts.append(self.tr("categories: %1").replace("%1", ", ".join(d.categories)))
        if d.match_conflict:
            parts.append("⚠ " + d.match_conflict)
        parts += d.notes
        self.match_line.setText(" · ".join(parts))
        self.match_line.setVisible(bool(parts))
        can_decide = AlumniDecide.may_run(self.ctx.actor.roles)
        undecided = row.status == "not_approved" or bool(d.queued_command_id)
        self.approve.setEnabled(can_decide and undecided and row.conflict is None)
        self.deny.setEnabled(can_decide and undecided and row.conflict is None)
        # U takes back the app's newest step: enabled too when that is this item's
        # queued reversal.
        top = self.ctx.undo.top()
        mine = row.pending and top is not None and bool(top.withdraw) and top.row_id == row.id
        self.undo.setEnabled(bool(d.queued_command_id) or bool(mine))
        reversible = row.status in ("approved_manually", "denied") and not d.queued_command_id
        self.reverse.setVisible(can_decide and reversible and row.conflict is None)
        if not same_item:
            self._show_candidates()
            self._net_timer.start()
        self.shown.emit()

    def _review(self, *, apply: bool) -> None:
        """Apply or discard the proposed details of the item shown (queued for the server)."""
        if self.detail is None:
            return
        self.apply_details.setEnabled(False)
        self.discard_details.setEnabled(False)
        self.review_error.hide()

        def refused(exc: Exception) -> None:
            self.review_error.setText(domain_message(exc))
            self.review_error.show()
            self.apply_details.setEnabled(True)
            self.discard_details.setEnabled(True)

        review_proposal(parent=self, registration_id=self.detail.row.id, apply=apply).failure(
            refused
        ).run(self.ctx.ops)

    def mismatch_html(self, d: AlumniDetail) -> str:
        """The disagreements of an unconfirmed match, one a line, in the app's language; of a
        returning registered alumnus (approved), the details they update."""
        address = proposed_address(d.proposed)
        if not d.mismatch and not address:
            return ""
        approved = ("approved_registered_alumnus", "approved_alumnus")
        updates = d.row.status in approved and bool(d.proposal_state)
        texts, states = (UPDATES, UPDATE_PROPOSAL) if updates else (MISMATCH, PROPOSAL)
        lines = [
            _e(_t(texts[m.code]).replace("%1", m.registration).replace("%2", m.profile))
            if m.code in texts
            else _e(f"{m.field}: {m.registration} / {m.profile}")
            for m in d.mismatch
        ]
        if address:
            profile = next((c.person.text for c in d.comparison if c.key == "address"), "")
            text = _t(ADDRESS_UPDATE if updates and profile else ADDRESS_NEW)
            lines.append(_e(text.replace("%1", address).replace("%2", profile)))
        if d.proposal_state in states:
            lines.append(f"<i>{_e(_t(states[d.proposal_state]))}</i>")
        if updates:
            head = _e(_t(UPDATE_HEAD))
        elif d.mismatch:
            head = f"{DIFFERS} {_e(_t(MISMATCH_HEAD))}"
        else:
            head = _e(_t(PROPOSED_HEAD))
        return f"<b>{head}</b><br>" + "<br>".join(lines)

    @staticmethod
    def _paint_cell(label: QLabel, cell: Cell) -> None:
        shown = breakable(cell.text)
        if cell.differs:
            note = QCoreApplication.translate(
                "AlumniDetail", "Differs from what the alumnus entered"
            )
            label.setText(f"{DIFFERS} {shown}")
            label.setStyleSheet(DIFF_STYLE)
            label.setToolTip(f"{cell.text}\n{note}")
            label.setAccessibleDescription(note)
        else:
            label.setText(shown or "–")
            label.setStyleSheet("")
            label.setToolTip(cell.text)
            label.setAccessibleDescription("")

    # -- duplicates -----------------------------------------------------------------------

    def _show_candidates(self) -> None:
        d = self.detail
        self.dup_list.clear()
        if d is None:
            return
        found = self.candidates.get(d.row.id)
        if found is None and not (self.ctx.online and self.ctx.has_server):
            self.dup_state.setText(
                self.tr("Looking for duplicates needs a connection to the server.")
                + (" " + self.tr("Found by the automatic check:") if d.stored_candidates else "")
            )
            self._fill(d.stored_candidates, live=False)
        elif found is None:
            self.dup_state.setText(self.tr("Looking for possible duplicates…"))
            self.dup_list.hide()
        else:
            others = [c for c in found if c.get("person_id") != d.person_id]
            self.dup_state.setText(
                self.tr("No other person looks like this alumnus.") if not others else ""
            )
            self._fill(others, live=True)
        self.dup_state.setVisible(bool(self.dup_state.text()))
        self._update_merge()

    def _fill(self, candidates: list[dict[str, Any]], *, live: bool) -> None:
        d = self.detail
        for c in candidates:
            if d is not None and c.get("person_id") == d.person_id:
                continue
            item = QTreeWidgetItem(
                [
                    str(c.get("name") or ""),
                    str(c.get("score") or 0),
                    ", ".join(c.get("signals") or []),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c.get("person_id"))
            item.setData(1, Qt.ItemDataRole.UserRole, live)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.dup_list.addTopLevelItem(item)
        self.dup_list.setVisible(self.dup_list.topLevelItemCount() > 0)

    def _fetch_candidates(self) -> None:
        d = self.detail
        if d is None or d.row.id in self.candidates:
            return
        if not (self.ctx.online and self.ctx.has_server):
            return
        rid = d.row.id
        try:
            op = fetch_candidates(parent=self, engine=self.ctx.engine, registration_id=rid)
        except DomainError:
            return
        op.success(lambda found: self._candidates_arrived(rid, found)).failure(
            lambda exc: self._candidates_failed(rid, exc)
        ).run(self.ctx.ops)

    def _candidates_arrived(self, registration_id: str, found: list[dict[str, Any]]) -> None:
        self.candidates[registration_id] = found
        if self.detail is not None and self.detail.row.id == registration_id:
            self._show_candidates()

    def _candidates_failed(self, registration_id: str, exc: Exception) -> None:
        if self.detail is None or self.detail.row.id != registration_id:
            return
        message = getattr(exc, "message", None) or str(exc)
        self.dup_state.setText(self.tr("Could not look for duplicates: %1").replace("%1", message))
        self.dup_state.show()

    def forget_candidates(self) -> None:
        """Fetch the candidates again (after a merge)."""
        self.candidates.clear()
        self._show_candidates()
        self._net_timer.start()

    def _update_merge(self) -> None:
        items = self.dup_list.selectedItems()
        live = bool(items) and bool(items[0].data(1, Qt.ItemDataRole.UserRole))
        d = self.detail
        self.merge.setEnabled(
            live
            and d is not None
            and bool(d.person_id)
            and roles_allow(ALUMNI_ROLES, self.ctx.actor.roles)
        )

    def _merge(self) -> None:
        items = self.dup_list.selectedItems()
        d = self.detail
        if not items or d is None or not d.person_id:
            return
        other = str(items[0].data(0, Qt.ItemDataRole.UserRole))
        self.merge_requested.emit(d.person_id, d.person_name, other, items[0].text(0))

    def _dismiss(self) -> None:
        d = self.detail
        if d is not None and d.row.conflict is not None:
            self.dismiss_requested.emit(d.row.conflict.command_id)
