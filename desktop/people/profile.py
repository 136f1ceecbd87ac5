"""The person profile: details (edited with validation as you type), e-mails and phones,
categories, registrations, activity timeline, consents. Works offline: every save
is a command in the outbox.

Unsaved changes are never lost without asking (Esc, closing: Save / Discard / Cancel).
Ctrl+Z is the app's one undo wherever the focus is, once the field's change is saved;
while a field holds unsaved typing, Ctrl+Z there undoes the typing (the field's own undo).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.alumni.query import cell_status_text
from desktop.alumni.reversal import DecisionReversal
from desktop.common.domain_text import domain_message, error_text, reason_text, subject_text
from desktop.common.layouts import hbox, vbox
from desktop.common.rows_model import Column, RowsModel
from desktop.common.widgets import TableView, line_edit
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP, code_text, format_date, format_datetime
from desktop.operations import Changes, DbOp
from desktop.operations.people import (
    Profile,
    add_email,
    add_phone,
    edit_person,
    load_profile,
    remove_email,
    withdraw_consent,
)
from desktop.operations.undo import UndoStep
from desktop.people.account import AccountTab, may_see_accounts
from desktop.people.bounces import address_text, bounce_note
from desktop.people.categories import category_menu
from desktop.people.erasure import erasure_menu
from desktop.people.extract import RegisterExtract, may_make_extracts
from desktop.people.levels import LevelsTab
from models import validators
from models.alumni import MANUAL_DECISIONS
from models.commands.alumni import AlumniReverseDecision
from models.commands.people import ConsentWithdraw, PersonEdit, PersonSetCategory
from models.errors import DomainError
from models.people import WITHDRAWABLE
from models.visibility import may_read

WATCHED = (
    "person",
    "person_email",
    "person_phone",
    "person_category",
    "activity",
    "registration",
    "consent",
    "alumni_registration",
)

ACTIVITY_KINDS = {
    "approval_requested": QT_TRANSLATE_NOOP("Profile", "Approval requested"),
    "approval_reminder": QT_TRANSLATE_NOOP("Profile", "Reminder sent"),
    "registration_approved": QT_TRANSLATE_NOOP("Profile", "Registration approved"),
    "approval_removed": QT_TRANSLATE_NOOP("Profile", "Approval removed"),
    "alumni_decision": QT_TRANSLATE_NOOP("Profile", "Alumni decision"),
    "mail_sent": QT_TRANSLATE_NOOP("Profile", "E-mail sent"),
    "note": QT_TRANSLATE_NOOP("Profile", "Note"),
    "person_merged": QT_TRANSLATE_NOOP("Profile", "Profiles merged"),
    "registration_note": QT_TRANSLATE_NOOP("Profile", "Internal note"),
    "registration_note_removed": QT_TRANSLATE_NOOP("Profile", "Internal note withdrawn"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("Profile", "Consent withdrawn"),
}
#: The stored codes the profile shows in words: approval states, and the kinds of e-mail
#: addresses and phone numbers (``PersonEmail.kind``, ``PersonPhone.kind``).
CODES = {
    "not_requested": QT_TRANSLATE_NOOP("Profile", "Not requested"),
    "requested": QT_TRANSLATE_NOOP("Profile", "Waiting for approval"),
    "approved": QT_TRANSLATE_NOOP("Profile", "Approved"),
    "work": QT_TRANSLATE_NOOP("Profile", "Work"),
    "private": QT_TRANSLATE_NOOP("Profile", "Private"),
    "mobile": QT_TRANSLATE_NOOP("Profile", "Mobile"),
    # A registration without a place (models.courses.RegistrationStatus).
    "waiting": QT_TRANSLATE_NOOP("Profile", "Waiting list"),
    "offered": QT_TRANSLATE_NOOP("Profile", "Offered a place"),
    "review": QT_TRANSLATE_NOOP("Profile", "For review"),
    # What a consent is to, and the channel it was withdrawn through (issue 23).
    "terms": QT_TRANSLATE_NOOP("Profile", "the terms"),
    "personal_data": QT_TRANSLATE_NOOP("Profile", "processing of personal data"),
    "link": QT_TRANSLATE_NOOP("Profile", "the link in the mail"),
    "staff": QT_TRANSLATE_NOOP("Profile", "staff"),
}
code_words = code_text("Profile", CODES)


#: What a field the signed-in user's roles may not read shows instead of its value.
UNREADABLE_HINTS = {
    "personnummer": QT_TRANSLATE_NOOP(
        "Profile", "Only administrators and alumni officers see personal identity numbers"
    ),
    "birth_date": QT_TRANSLATE_NOOP(
        "Profile", "Only administrators and alumni officers see birth dates"
    ),
}
UNREADABLE_HINT = QT_TRANSLATE_NOOP(
    "Profile", "Only administrators and alumni officers see this field"
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Profile", text)


def _registration_status(_v: Any, row: dict[str, Any]) -> str:
    if row["status"] == "cancelled":
        return QCoreApplication.translate("Profile", "Cancelled")
    if row["status"] in ("waiting", "offered", "review"):
        return code_words(row["status"])
    return code_words(row["approval"])


#: The activities of a registration's approval, whose subject names the participant, and
#: its internal notes: on the manager's timeline they say whose registration it is.
APPROVAL_KINDS = frozenset(
    {
        "approval_requested",
        "approval_reminder",
        "registration_approved",
        "approval_removed",
        "registration_note",
        "registration_note_removed",
    }
)


def _subject(value: Any, row: dict[str, Any]) -> str:
    manager_of = row.get("manager_of")
    if manager_of and row.get("kind") in APPROVAL_KINDS:
        # On the manager's timeline: whose registration, in the manager's part.
        participant, round_name = manager_of
        text = QCoreApplication.translate("Profile", "As manager of %1 (%2)")
        return text.replace("%1", participant).replace("%2", round_name)
    return subject_text(str(value or ""))


def _activity(value: Any, _row: dict[str, Any]) -> str:
    return _t(ACTIVITY_KINDS.get(value, value))


def _code(value: Any, _row: dict[str, Any]) -> str:
    return code_words(str(value or ""))


REGISTRATION_COLUMNS = (
    Column("round", QT_TRANSLATE_NOOP("Profile", "Round"), "Profile"),
    Column("starts_on", QT_TRANSLATE_NOOP("Profile", "Starts"), "Profile"),
    Column("role", QT_TRANSLATE_NOOP("Profile", "Role"), "Profile"),
    Column(
        "approval", QT_TRANSLATE_NOOP("Profile", "Status"), "Profile", format=_registration_status
    ),
    Column("approved_by_email", QT_TRANSLATE_NOOP("Profile", "Approved via e-mail"), "Profile"),
)
ACTIVITY_COLUMNS = (
    Column("occurred_at", QT_TRANSLATE_NOOP("Profile", "When"), "Profile"),
    Column("kind", QT_TRANSLATE_NOOP("Profile", "What"), "Profile", format=_activity),
    Column("subject", QT_TRANSLATE_NOOP("Profile", "Subject"), "Profile", format=_subject),
    Column("actor", QT_TRANSLATE_NOOP("Profile", "By"), "Profile"),
    Column("body", QT_TRANSLATE_NOOP("Profile", "Message"), "Profile"),
)


def check_field(name: str, value: str) -> str | None:
    """The reason ``value`` cannot be saved in ``name``, in the user's words; None when it
    can. The rule is the command's (:func:`models.validators.normalize_person_field`)."""
    try:
        validators.normalize_person_field(name, value)
    except DomainError as exc:
        return error_text(exc)
    return None


class FieldRow(QWidget):
    """An input with its validation message right under it."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)

    def show_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.setStyleSheet("border: 1px solid #b00020;" if text else "")


class PersonProfile(QDialog):
    """A person's profile, non-modal; several can be open at once."""

    TEXT_FIELDS = (
        ("first_name", QT_TRANSLATE_NOOP("Profile", "First name")),
        ("last_name", QT_TRANSLATE_NOOP("Profile", "Last name")),
        ("personnummer", QT_TRANSLATE_NOOP("Profile", "Personnummer")),
        ("birth_date", QT_TRANSLATE_NOOP("Profile", "Birth date")),
        ("title", QT_TRANSLATE_NOOP("Profile", "Title")),
        ("street", QT_TRANSLATE_NOOP("Profile", "Street")),
        ("postal_code", QT_TRANSLATE_NOOP("Profile", "Postal code")),
        ("city", QT_TRANSLATE_NOOP("Profile", "City")),
        ("country", QT_TRANSLATE_NOOP("Profile", "Country")),
    )

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.profile: Profile | None = None
        self.loaded = False
        self.setWindowTitle(self.tr("Person"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        can_edit = PersonEdit.may_run(ctx.actor.roles)

        # -- header -------------------------------------------------------------------
        self.name = QLabel()
        self.name.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.categories = QLabel()
        self.contact = QLabel()
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pending = QLabel(self.tr("Changed here; waits to be sent to the server."))
        self.pending.setStyleSheet("color: #8a5a00;")
        self.pending.hide()

        # -- details ------------------------------------------------------------------
        #: Fields the user's roles may not read (models.visibility): never shown, never
        #: set; a hint says why instead of an empty box that looks like missing data.
        self.unreadable = {
            key for key, _title in self.TEXT_FIELDS if not may_read(ctx.actor, "person", key)
        }
        self.editors: dict[str, QWidget] = {}
        self.rows: dict[str, FieldRow] = {}
        self.hints: dict[str, QLabel] = {}
        details = QWidget()
        form = QFormLayout(details)
        for key, title in self.TEXT_FIELDS:
            if key in self.unreadable:
                hint = QLabel(_t(UNREADABLE_HINTS.get(key, UNREADABLE_HINT)))
                hint.setWordWrap(True)
                hint.setStyleSheet("color: #555; font-style: italic;")
                hint.setAccessibleName(_t(title))
                self.hints[key] = hint
                form.addRow(_t(title), hint)
                continue
            edit = QLineEdit()
            edit.setAccessibleName(_t(title))
            edit.textChanged.connect(lambda _t, k=key: self._validate(k))
            edit.setReadOnly(not can_edit)
            self.editors[key] = edit
            self.rows[key] = FieldRow(edit)
            form.addRow(_t(title), self.rows[key])
        placeholders = {
            "personnummer": self.tr("YYYYMMDD-NNNN"),
            "birth_date": self.tr("YYYY-MM-DD"),
        }
        for key, text in placeholders.items():
            if key in self.editors:
                self.editors[key].setPlaceholderText(text)  # type: ignore[attr-defined]
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setEnabled(can_edit)
        self.organisation.currentIndexChanged.connect(lambda _i: self._validate(None))
        form.insertRow(4, self.tr("Organisation"), self.organisation)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(80)
        self.notes.setReadOnly(not can_edit)
        self.notes.textChanged.connect(lambda: self._validate(None))
        form.addRow(self.tr("Notes"), self.notes)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(self._fill_details)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo)
        self.save_message = QLabel()
        self.save_message.setWordWrap(True)
        buttons = hbox(self.save_button, self.revert_button, self.undo_button, None)
        form.addRow(buttons)
        form.addRow(self.save_message)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        for editor in (*self.editors.values(), self.notes):
            editor.installEventFilter(self)
        #: The Save / Discard / Cancel question before unsaved changes would be lost.
        self.unsaved_question: QMessageBox | None = None
        self._close_when_saved = False
        self._leaving = False

        # -- e-mails and phones --------------------------------------------------------
        contact_page = QWidget()
        contact_layout = QVBoxLayout(contact_page)
        # A bounced address shows with ⚠, and when and why in its tooltip.
        self.emails, self.email_table = self._contact_list(
            Column(
                "address",
                QT_TRANSLATE_NOOP("Profile", "E-mail"),
                "Profile",
                format=lambda _v, row: address_text(row),
                tooltip=bounce_note,
            ),
            "profile_emails",
        )
        self.email_table.setColumnWidth(0, 260)
        self.new_email = line_edit(self.tr("New e-mail address"), self.tr("name@example.se"))
        self.new_email_kind = QComboBox()
        self.new_email_kind.addItem(self.tr("Work"), "work")
        self.new_email_kind.addItem(self.tr("Private"), "private")
        self.new_email_primary = QCheckBox(self.tr("Main address"))
        self.add_email_button = QPushButton(self.tr("Add e-mail"))
        self.add_email_button.clicked.connect(self.add_email)
        self.remove_email_button = QPushButton(self.tr("Remove e-mail…"))
        self.remove_email_button.clicked.connect(self.remove_email)
        self.email_row = FieldRow(self.new_email)
        self.new_email.textChanged.connect(self._check_new_email)
        email_add = hbox(
            (self.email_row, 1),
            self.new_email_kind,
            self.new_email_primary,
            self.add_email_button,
            self.remove_email_button,
        )
        self.phones, self.phone_table = self._contact_list(
            Column("number", QT_TRANSLATE_NOOP("Profile", "Phone"), "Profile"), "profile_phones"
        )
        self.new_phone = line_edit(self.tr("New phone number"), "070-123 45 67")
        self.phone_row = FieldRow(self.new_phone)
        self.new_phone.textChanged.connect(self._check_new_phone)
        self.add_phone_button = QPushButton(self.tr("Add phone"))
        self.add_phone_button.clicked.connect(self.add_phone)
        phone_add = hbox((self.phone_row, 1), self.add_phone_button)
        email_box = QGroupBox(self.tr("E-mail addresses"))
        QVBoxLayout(email_box).addWidget(self.email_table)
        email_box.layout().addItem(email_add)  # type: ignore[union-attr]
        phone_box = QGroupBox(self.tr("Phone numbers"))
        QVBoxLayout(phone_box).addWidget(self.phone_table)
        phone_box.layout().addItem(phone_add)  # type: ignore[union-attr]
        contact_layout.addWidget(email_box)
        contact_layout.addWidget(phone_box)
        for w in (
            self.new_email,
            self.new_email_kind,
            self.new_email_primary,
            self.add_email_button,
            self.remove_email_button,
            self.new_phone,
            self.add_phone_button,
        ):
            w.setEnabled(can_edit)

        # -- registrations, activity, consents -----------------------------------------
        self.registrations = RowsModel(REGISTRATION_COLUMNS, self)
        self.registration_table = TableView("profile_registrations", ctx.settings, self)
        self.registration_table.setModel(self.registrations)
        self.registration_table.setColumnWidth(0, 260)
        self.activities = RowsModel(ACTIVITY_COLUMNS, self)
        self.activity_table = TableView("profile_activity", ctx.settings, self)
        self.activity_table.setModel(self.activities)
        # The subject says whose registration ("As manager of …"): it gets the room.
        self.activity_table.setColumnWidth(1, 170)
        self.activity_table.setColumnWidth(2, 400)
        self.consents = QLabel()
        self.consents.setWordWrap(True)
        self.consents.setAlignment(Qt.AlignmentFlag.AlignTop)
        # An officer's alumni decision that reached the server is reversed from here too.
        self.reverse_button = QPushButton(self.tr("Reverse decision…"))
        self.reverse_button.setObjectName("reverseDecision")
        self.reverse_button.hide()
        self.reverse_button.clicked.connect(self._reverse_alumni_decision)
        self.alumni_message = QLabel()
        self.alumni_message.setWordWrap(True)
        self.reversal = DecisionReversal(ctx, self)
        self.reversal.said.connect(self.alumni_message.setText)
        # A consent withdrawn on the person's behalf (a phone call, a letter; issue 23).
        self.withdraw_button = QPushButton(self.tr("Withdraw consent…"))
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.setStatusTip(
            self.tr("Record that the person withdrew a consent to the processing of their data")
        )
        self.withdraw_button.hide()
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        consents_page = QWidget()
        vbox(
            consents_page,
            (self.consents, 1),
            hbox(self.withdraw_button, self.reverse_button, None),
            self.alumni_message,
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(contact_page, self.tr("E-mails and phones"))
        self.tabs.addTab(self.registration_table, self.tr("Registrations"))
        self.tabs.addTab(self.activity_table, self.tr("Activity"))
        self.tabs.addTab(consents_page, self.tr("Consents and alumni"))
        # Courses completed and leaders' level approvals (issue 17): a booking's levels.
        self.levels = LevelsTab(ctx, person_id)
        self.tabs.addTab(self.levels, self.tr("Levels"))
        # The person's account (issue 17): asked of the server when the tab is shown.
        self.account: AccountTab | None = None
        if may_see_accounts(ctx):
            self.account = AccountTab(ctx, person_id)
            self.tabs.addTab(self.account, self.tr("Account"))

        # The categories the person has, given and taken from a menu (issue 15).
        self.category_button = QPushButton(self.tr("Categories"))
        self.category_button.setMenu(category_menu(ctx, self, person_id, ctx.undo.push))
        self.category_button.setEnabled(PersonSetCategory.may_run(ctx.actor.roles))
        # The register extract (GDPR art. 15/20, issue 23): administrators only.
        self.extract = RegisterExtract(ctx, person_id, self)
        self.extract_button = QPushButton(self.tr("Register extract…"))
        self.extract_button.setToolTip(
            self.tr("Save everything held about this person as a PDF and a JSON file")
        )
        self.extract_button.clicked.connect(lambda: self.extract.ask(self.name.text()))
        self.extract_button.setVisible(may_make_extracts(ctx))
        self.extract_note = QLabel()
        self.extract_note.setWordWrap(True)
        self.extract.said.connect(self.extract_note.setText)
        # Person › Erase… / Anonymise… (administrators; issue 23).
        self.person_button: QPushButton | None = None
        menu = erasure_menu(ctx, self, person_id, lambda: self.name.text(), self._erased)
        if menu is not None:
            self.person_button = QPushButton(self.tr("Person"))
            self.person_button.setMenu(menu)
        header = hbox(
            self.categories,
            None,
            self.extract_button,
            self.category_button,
            *([self.person_button] if self.person_button is not None else []),
        )
        vbox(self, self.name, header, self.contact, self.pending, self.extract_note, (self.tabs, 1))
        self.resize(780, 640)
        self._check_new_email("")
        self._check_new_phone("")
        self._update_undo()
        ctx.ops.changed.connect(self._on_changes)
        ctx.undo.changed.connect(self._update_undo)
        self.reload()

    # -- loading ------------------------------------------------------------------

    def _contact_list(self, value: Column, list_name: str) -> tuple[RowsModel, TableView]:
        """The table of a person's e-mail addresses or phone numbers: the ``value`` column,
        its kind and whether it is the main one."""
        model = RowsModel(
            (
                value,
                Column("kind", QT_TRANSLATE_NOOP("Profile", "Kind"), "Profile", format=_code),
                Column("is_primary", QT_TRANSLATE_NOOP("Profile", "Main"), "Profile"),
            ),
            self,
        )
        table = TableView(list_name, self.ctx.settings, self)
        table.setModel(model)
        return model, table

    def _erased(self, mode: str) -> None:
        """The erasure is queued: an erased person's profile closes, an anonymised one
        shows what is left."""
        if mode == "erase":
            self.close()
        else:
            self.reload()

    def reload(self) -> None:
        pid = self.person_id
        DbOp(lambda c: load_profile(c, pid), parent=self, label="profile").success(
            self._show
        ).failure(self._load_failed).run(self.ctx.ops)

    def _load_failed(self, exc: Exception) -> None:
        self.name.setText(str(exc))

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.reload()

    def _show(self, profile: Profile) -> None:
        first_load = self.profile is None
        dirty = not first_load and bool(self.changes())
        self.profile = profile
        self.name.setText(profile.full_name)
        self.setWindowTitle(profile.full_name)
        self.categories.setText(
            " ".join(
                f"<span style='background:#e8eef7;padding:2px 6px'>{c}</span>"
                for c in profile.categories
            )
            or self.tr("No categories")
        )
        main = next((e for e in profile.emails if e["is_primary"]), None)
        main_email = address_text(main) if main else ""
        self.contact.setToolTip(bounce_note(main) if main else "")
        main_phone = next((p["number"] for p in profile.phones if p["is_primary"]), "")
        org = profile.organisation_name
        self.contact.setText(" · ".join(x for x in (main_email, main_phone, org) if x))
        self.pending.setVisible(profile.pending)
        if not dirty:
            self._fill_details()
        self.emails.set_rows(profile.emails)
        self.phones.set_rows(profile.phones)
        self.registrations.set_rows(profile.registrations)
        self.registration_table.set_empty_text(self.tr("No registrations."))
        self.activities.set_rows(profile.activities)
        self.activity_table.set_empty_text(self.tr("Nothing has happened yet."))
        lines = [self._consent_text(c) for c in profile.consents]
        lines += [
            self.tr("Alumni registration: %1 (%2)")
            .replace("%1", cell_status_text(a["status"]))
            .replace("%2", a["program"])
            + (f" — {reason_text(a['reason'])}" if a["reason"] else "")
            for a in profile.alumni
        ]
        # A blank line between entries: a long one wraps without looking like two.
        self.consents.setText("\n\n".join(lines) or self.tr("No consents or alumni registrations."))
        self.reverse_button.setVisible(
            AlumniReverseDecision.may_run(self.ctx.actor.roles) and bool(self._reversible_alumni())
        )
        self.withdraw_button.setVisible(
            ConsentWithdraw.may_run(self.ctx.actor.roles) and bool(self._withdrawable())
        )
        self.loaded = True

    def _fill_details(self) -> None:
        p = self.profile
        if p is None:
            return
        for key, editor in self.editors.items():
            editor.setText(p.fields.get(key) or "")  # type: ignore[attr-defined]
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("No organisation"), None)
        for oid, name in p.organisations:
            self.organisation.addItem(name, oid)
        self.organisation.setCurrentIndex(
            max(0, self.organisation.findData(p.fields.get("organisation_id")))
        )
        self.organisation.blockSignals(False)
        self.notes.setPlainText(p.fields.get("notes") or "")
        self._validate(None)

    def _reversible_alumni(self) -> str | None:
        """The newest alumni registration of the person an officer decided (its id)."""
        decided = [
            a
            for a in (self.profile.alumni if self.profile else [])
            if a["status"] in MANUAL_DECISIONS
        ]
        decided.sort(key=lambda a: str(a["received_at"] or ""))
        return str(decided[-1]["id"]) if decided else None

    def _consent_text(self, consent: dict[str, Any]) -> str:
        given = (
            self.tr("Consent to %1 (version %2) for %5, given %3 from %4")
            if consent.get("round")
            else self.tr("Consent to %1 (version %2) given %3 from %4")
        )
        text = (
            given.replace("%5", consent.get("round") or "")
            .replace("%1", code_words(consent["kind"]))
            .replace("%2", consent["terms_version"])
            .replace("%3", format_datetime(consent["given_at"]))
            .replace("%4", consent["email"])
        )
        if consent["withdrawn_at"] is None:
            return text
        withdrawn = (
            self.tr("Withdrawn %1 via %2")
            .replace("%1", format_date(consent["withdrawn_at"].date()))
            .replace("%2", code_words(consent["withdrawn_via"]))
        )
        return f"{text}\n{withdrawn}"

    def _withdrawable(self) -> list[dict[str, Any]]:
        """The person's consents still given that can be withdrawn, the latest first."""
        consents = self.profile.consents if self.profile is not None else []
        live = [c for c in consents if c["kind"] in WITHDRAWABLE and c["withdrawn_at"] is None]
        return sorted(live, key=lambda c: c["given_at"], reverse=True)

    def withdraw_consent(self) -> None:
        """Ask which consent (when there are several) and withdraw it, via "staff"."""
        live = self._withdrawable()
        if not live:
            return
        texts = [self._consent_text(c) for c in live]
        if len(live) == 1:
            answer = QMessageBox.question(
                self,
                self.tr("Withdraw consent"),
                self.tr("Record that %1 withdrew this consent?\n\n%2")
                .replace("%1", self.name.text())
                .replace("%2", texts[0]),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            chosen = live[0]
        else:
            text, ok = QInputDialog.getItem(
                self,
                self.tr("Withdraw consent"),
                self.tr("Which consent did %1 withdraw?").replace("%1", self.name.text()),
                texts,
                0,
                False,
            )
            if not ok:
                return
            chosen = live[texts.index(text)]
        withdraw_consent(parent=self, consent_id=chosen["id"]).failure(
            lambda exc: self.alumni_message.setText(domain_message(exc))
        ).run(self.ctx.ops)

    def _reverse_alumni_decision(self) -> None:
        registration_id = self._reversible_alumni()
        if registration_id is not None:
            self.reversal.ask(registration_id)

    # -- editing ------------------------------------------------------------------

    def current_values(self) -> dict[str, Any]:
        # Only the fields shown: one the user may not read is never part of a command.
        values: dict[str, Any] = {
            k: editor.text().strip()  # type: ignore[attr-defined]
            for k, editor in self.editors.items()
        }
        values["organisation_id"] = self.organisation.currentData()
        values["notes"] = self.notes.toPlainText()
        return values

    def changes(self) -> dict[str, tuple[Any, Any]]:
        """field -> (value loaded, value now) for the fields the user changed."""
        if self.profile is None:
            return {}
        out = {}
        for key, value in self.current_values().items():
            old = self.profile.fields.get(key)
            if (old or None) != (value or None):
                out[key] = (old, value or None)
        return out

    def errors(self) -> dict[str, str]:
        out = {}
        for key, editor in self.editors.items():
            msg = check_field(key, editor.text())  # type: ignore[attr-defined]
            if msg:
                out[key] = msg
        return out

    def _validate(self, key: str | None) -> None:
        errors = self.errors()
        for k, row in self.rows.items():
            if key is None or k == key:
                row.show_message(errors.get(k))
        self.save_button.setEnabled(bool(self.changes()) and not errors)
        self.revert_button.setEnabled(bool(self.changes()))

    def save(self) -> None:
        changes = self.changes()
        if not changes or self.errors():
            return
        self.save_button.setEnabled(False)
        edit_person(parent=self, person_id=self.person_id, changes=changes).success(
            lambda step: self._saved(step, changes)
        ).failure(self._save_failed).run(self.ctx.ops)

    def _saved(self, step: UndoStep | None, changes: dict[str, tuple[Any, Any]]) -> None:
        self.ctx.undo.push(step)
        if self.profile is not None:  # saved: no longer unsaved, before the reload shows it
            self.profile.fields.update({k: new for k, (_old, new) in changes.items()})
        self._validate(None)
        if self._close_when_saved:
            self._close_when_saved = False
            self._leave()
            return
        self.save_message.setStyleSheet("color: #1e6b24;")
        self.save_message.setText(
            self.tr("Saved.")
            if self.ctx.online
            else self.tr("Saved here; it is sent to the server when you are online.")
        )

    def _save_failed(self, exc: Exception) -> None:
        self._close_when_saved = False
        self.save_message.setStyleSheet("color: #b00020;")
        if isinstance(exc, DomainError):
            field = getattr(exc, "field", None) or exc.details.get("field")
            if field and field.split(".")[-1] in self.rows:
                self.rows[field.split(".")[-1]].show_message(error_text(exc))
            self.save_message.setText(error_text(exc))
        else:
            self.save_message.setText(str(exc))
        self._validate(None)

    def _update_undo(self) -> None:
        step = self.ctx.undo.top()
        self.undo_button.setText(
            self.tr("Undo %1").replace("%1", step.label) if step else self.tr("Undo")
        )
        self.undo_button.setEnabled(step is not None)
        self.undo_action.setEnabled(step is not None)

    def undo(self) -> None:
        """The app's undo (Edit › Undo): the newest step, whichever window made it; the
        message under the details then says what was undone."""
        self.ctx.undo.undo_last(
            self.ctx.ops,
            parent=self,
            failed=lambda exc: self.save_message.setText(domain_message(exc)),
            done=self._undone,
        )

    def _undone(self, step: UndoStep) -> None:
        fields = step.args.get("changes") if step.command == "person.edit" else None
        titles = dict(self.TEXT_FIELDS) | {
            "organisation_id": QT_TRANSLATE_NOOP("Profile", "Organisation"),
            "notes": QT_TRANSLATE_NOOP("Profile", "Notes"),
        }
        what = (
            ", ".join(_t(titles.get(f) or f).lower() for f in fields)
            if isinstance(fields, dict) and fields
            else step.label
        )
        self.save_message.setStyleSheet("")
        self.save_message.setText(self.tr("Undone: %1").replace("%1", what))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a field whose change is saved is the app's undo, not the field's own
        (which would only bring back typing that is saved already)."""
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and (
            isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.changes()
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.ignore()  # the shortcut (the app's undo) takes the key
            return True
        return super().eventFilter(watched, event)

    # -- leaving with unsaved changes -----------------------------------------------------

    def reject(self) -> None:
        """Esc: close, but ask first when there are unsaved changes."""
        if self._may_leave():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_leave():
            super().closeEvent(event)
        else:
            event.ignore()

    def _may_leave(self) -> bool:
        """True when nothing would be lost; otherwise ask Save / Discard / Cancel (the
        answer closes the profile, or not) and return False."""
        if self._leaving or not self.changes():
            return True
        if self.unsaved_question is None:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to %1 before closing?").replace(
                    "%1", self.profile.full_name if self.profile else self.tr("this person")
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                self,
            )
            # Named here: Qt's own button texts are not in the app's translation.
            for button, text in (
                (QMessageBox.StandardButton.Save, self.tr("Save")),
                (QMessageBox.StandardButton.Discard, self.tr("Discard")),
                (QMessageBox.StandardButton.Cancel, self.tr("Cancel")),
            ):
                box.button(button).setText(text)
            box.setDefaultButton(QMessageBox.StandardButton.Save)
            box.finished.connect(self._answered)
            self.unsaved_question = box
        self.unsaved_question.open()
        return False

    def _answered(self, _result: int) -> None:
        box = self.unsaved_question
        self.unsaved_question = None
        if box is None:
            return
        box.deleteLater()
        button = box.standardButton(box.clickedButton())
        if button == QMessageBox.StandardButton.Discard:
            self._leave()
        elif button == QMessageBox.StandardButton.Save:
            if self.errors():
                self._validate(None)  # the messages under the fields say what to fix
                return
            self._close_when_saved = True
            self.save()

    def _leave(self) -> None:
        self._leaving = True
        self.close()

    # -- e-mails and phones --------------------------------------------------------

    @staticmethod
    def _check_new(
        text: str, normalize: Callable[[str], object], row: FieldRow, add: QPushButton
    ) -> None:
        """Say under a new address or number why it is not one; Add only for a valid one."""
        msg = None
        if text.strip():
            try:
                normalize(text)
            except DomainError as exc:
                msg = error_text(exc)
        row.show_message(msg)
        add.setEnabled(bool(text.strip()) and msg is None)

    def _check_new_email(self, text: str) -> None:
        self._check_new(text, validators.normalize_email, self.email_row, self.add_email_button)

    def _check_new_phone(self, text: str) -> None:
        self._check_new(text, validators.normalize_phone, self.phone_row, self.add_phone_button)

    def add_email(self) -> None:
        address = self.new_email.text().strip()
        add_email(
            parent=self,
            person_id=self.person_id,
            address=address,
            kind=self.new_email_kind.currentData(),
            make_primary=self.new_email_primary.isChecked(),
        ).success(self._email_added).failure(
            lambda exc: self.email_row.show_message(domain_message(exc))
        ).run(self.ctx.ops)

    def _email_added(self, step: UndoStep) -> None:
        self.ctx.undo.push(step)
        self.new_email.clear()

    def remove_email(self) -> None:
        rows = self.email_table.selected_rows()
        row = self.emails.row_at(rows[0]) if rows else None
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove e-mail address"),
            self.tr("Remove %1 from this person?").replace("%1", row["address"]),
        )
        if answer == QMessageBox.StandardButton.Yes:
            remove_email(parent=self, email_id=row["id"]).run(self.ctx.ops)

    def add_phone(self) -> None:
        add_phone(parent=self, person_id=self.person_id, number=self.new_phone.text()).success(
            lambda _r: self.new_phone.clear()
        ).failure(lambda exc: self.phone_row.show_message(domain_message(exc))).run(self.ctx.ops)
