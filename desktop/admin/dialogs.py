"""The dialogs of the Users screen: invite someone, a user's roles, mobile phone and
sessions.

The dialogs collect what the user chose and emit it; the Users window runs
the server call and tells the dialog how it went (``failed(text)`` keeps
the dialog open with the reason next to the buttons, ``done()`` closes it).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.texts import ROLE_NAMES, role_name, role_tip
from desktop.common.layouts import close_buttons, ok_cancel, vbox
from desktop.common.palette import HINT_STYLE
from desktop.common.widgets import line_edit, wrapped_label
from desktop.i18n import format_datetime
from models import validators
from models.errors import DomainError
from sync.agents import AGENT_ROLES
from sync.users import UserAccount, UserSession

ERROR_STYLE = "color: #b00020;"

#: The label of a sign-in on the staff web sign-in page (the server's
#: ``server.services.auth.WEB_SIGN_IN_LABEL``).
WEB_SIGN_IN = "web-sign-in"


class RoleChoice(QGroupBox):
    """A check box per role, with what the role may do as its tip."""

    changed = Signal()

    def __init__(
        self,
        chosen: Iterable[str] = (),
        parent: QWidget | None = None,
        *,
        codes: Iterable[str] = ROLE_NAMES,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Roles"))
        layout = QVBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        chosen = set(chosen)
        for code in codes:
            box = QCheckBox(role_name(code))
            box.setToolTip(role_tip(code))
            box.setStatusTip(role_tip(code))
            box.setChecked(code in chosen)
            box.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(box)
            self.boxes[code] = box

    def roles(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_roles(self, roles: Iterable[str]) -> None:
        chosen = set(roles)
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)


class ServerDialog(QDialog):
    """A dialog whose OK starts a server call: busy while it runs, the refusal shown in it."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons, self.ok_button = ok_cancel(self, None, self._submit)
        self.busy = False

    def _headed(self, name: str, title: str, about: str) -> QLabel:
        """Name and title the dialog; the explanation at its top (wrapped), to lay out."""
        self.setObjectName(name)
        self.setWindowTitle(title)
        return wrapped_label(about)

    def _submit(self) -> None:
        """OK was pressed: start the server call."""
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self.message.setText("")
        self.update_ok()

    def update_ok(self) -> None:
        self.ok_button.setEnabled(not self.busy)

    def failed(self, text: str) -> None:
        """The server refused: say why and let the user change their choice."""
        self.set_busy(False)
        self.message.setText(text)

    def done_ok(self) -> None:
        self.set_busy(False)
        self.accept()


class InviteDialog(ServerDialog):
    """E-mail address, name and roles of someone to invite."""

    #: (email, display name, roles)
    submitted = Signal(str, str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite user"))
        self.email = line_edit(self.tr("E-mail"), "name@example.se")
        self.name = line_edit(self.tr("Name"))
        self.roles = RoleChoice(["viewer"])
        note = note_label(
            self.tr(
                "The server mails the address an invitation with a link to choose a password "
                "(or, if the address already has an account, a note about the new roles)."
            )
        )
        form = QFormLayout()
        self.email_error = checked_row(form, self.tr("E-mail"), self.email)
        form.addRow(self.tr("Name"), self.name)
        vbox(self, form, self.roles, note, self.message, self.buttons)
        self.ok_button.setText(self.tr("Send invitation"))
        self.email.textChanged.connect(lambda _t: self.update_ok())
        self.name.textChanged.connect(lambda _t: self.update_ok())
        self.roles.changed.connect(self.update_ok)
        self.setMinimumWidth(440)
        self.update_ok()

    def _email(self) -> str | None:
        return checked_email(self.email, self.email_error)

    def update_ok(self) -> None:
        valid = self._email() is not None
        ready = valid and bool(self.name.text().strip()) and bool(self.roles.roles())
        self.ok_button.setEnabled(ready and not self.busy)

    def _submit(self) -> None:
        email = self._email()
        if email is None or self.busy:
            return
        self.set_busy(True)
        self.submitted.emit(email, self.name.text().strip(), self.roles.roles())


class RolesDialog(ServerDialog):
    """The roles of one user in this organisation."""

    #: (user id, roles)
    submitted = Signal(str, list)

    def __init__(self, user: UserAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("Roles of %1").replace("%1", user.display_name or user.email))
        self.roles = RoleChoice(user.roles)
        who = QLabel(f"<b>{_escape(user.display_name)}</b><br>{_escape(user.email)}")
        note = note_label(self.tr("A change applies from the user's next sync or page."))
        vbox(self, who, self.roles, note, self.message, self.buttons)
        self.ok_button.setText(self.tr("Save roles"))
        self.roles.changed.connect(self.update_ok)
        self.setMinimumWidth(380)
        self.update_ok()

    def update_ok(self) -> None:
        chosen = self.roles.roles()
        self.ok_button.setEnabled(
            bool(chosen) and sorted(chosen) != sorted(self.user.roles) and not self.busy
        )

    def _submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.set_busy(True)
        self.submitted.emit(self.user.id, self.roles.roles())


class UserValueDialog(ServerDialog):
    """One checked value of a user (a mobile phone, a personnummer): typed, checked as
    typed, sent as ``submitted`` (user id, the value as the server keeps it; "" removes it)
    once it is one and differs from ``shown`` (None: the server never shows it)."""

    #: (user id, the value; "" removes it)
    submitted = Signal(str, str)

    def _build(
        self,
        user: UserAccount,
        *,
        title: str,
        label: str,
        placeholder: str,
        shown: str | None,
        note: str,
        ok_text: str,
    ) -> tuple[QLineEdit, QLabel]:
        """The dialog's parts; its field and the field's error line."""
        self.user, self.shown = user, shown
        self.setWindowTitle(title.replace("%1", user.display_name or user.email))
        who = QLabel(f"<b>{_escape(user.display_name)}</b><br>{_escape(user.email)}")
        self.field = line_edit(label, placeholder)
        self.field.setText(shown or "")
        form = QFormLayout()
        self.field_error = checked_row(form, label, self.field)
        vbox(self, who, form, note_label(note), self.message, self.buttons)
        self.ok_button.setText(ok_text)
        self.field.textChanged.connect(lambda _t: self.update_ok())
        self.setMinimumWidth(420)
        self.update_ok()
        return self.field, self.field_error

    def normalized(self, text: str) -> str:
        """``text`` as the server keeps it; raises DomainError when it is not one."""
        raise NotImplementedError

    def invalid(self) -> str:
        """What the error line says when the text is not one."""
        raise NotImplementedError

    def number(self) -> str | None:
        """The typed value as kept, "" for none, None if it is not one."""
        text = self.field.text().strip()
        if not text:
            return ""
        try:
            return self.normalized(text)
        except DomainError:
            return None

    def update_ok(self) -> None:
        number = self.number()
        self.field_error.setText(self.invalid() if number is None else "")
        changed = number is not None and number != self.shown
        self.ok_button.setEnabled(changed and not self.busy)

    def _submit(self) -> None:
        number = self.number()
        if not self.ok_button.isEnabled() or number is None:
            return
        self.set_busy(True)
        self.submitted.emit(self.user.id, number)


class PhoneDialog(UserValueDialog):
    """The mobile phone of one user: where SMS attestation codes go (empty: none)."""

    def __init__(self, user: UserAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phone, self.phone_error = self._build(
            user,
            title=self.tr("Mobile phone of %1"),
            label=self.tr("Mobile phone"),
            placeholder="070-123 45 67",
            shown=user.phone or "",
            note=self.tr(
                "Codes for attesting orders by SMS are sent to this number. "
                "Leave it empty to remove the number."
            ),
            ok_text=self.tr("Save phone"),
        )

    def normalized(self, text: str) -> str:
        return validators.normalize_phone(text)

    def invalid(self) -> str:
        return self.tr("This is not a phone number; write it as 070-123 45 67 or +46 70 123 45 67.")


class PersonnummerDialog(UserValueDialog):
    """The personnummer whose BankID signature is the user's: a case handler who signs
    approvals with BankID must sign with this one. The server never shows it back, so the
    field starts empty; saved empty, a registered one is removed."""

    def __init__(self, user: UserAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.personnummer, self.personnummer_error = self._build(
            user,
            title=self.tr("Personnummer of %1"),
            label=self.tr("Personnummer"),
            placeholder="ÅÅÅÅMMDD-NNNN",
            shown=None,
            note=self.tr(
                "A case handler who approves and rejects with BankID must sign with the "
                "BankID of this personnummer. It is never shown again; save the field empty "
                "to remove it."
            ),
            ok_text=self.tr("Save personnummer"),
        )

    def normalized(self, text: str) -> str:
        return validators.normalize_personnummer(text)

    def invalid(self) -> str:
        return self.tr("This is not a personnummer; write it as ÅÅÅÅMMDD-NNNN.")


class AgentRolesDialog(ServerDialog):
    """Someone's roles in an agent organisation: Agent case handler and Attestant.

    Without ``user`` it adds someone by e-mail (an address without an account is
    invited); with ``agents`` (a tenant administrator's Users screen) the agent
    organisation can be chosen too, or none, which takes every agent role away.
    """

    #: (e-mail, agent id or None, roles)
    submitted = Signal(str, object, list)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        user: UserAccount | None = None,
        agent_id: str | None = None,
        agent_name: str = "",
        agents: list[tuple[str, str]] | None = None,
        roles: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self.user = user
        self.agent_before, self.roles_before = agent_id, sorted(roles)
        self.roles = RoleChoice(roles, codes=AGENT_ROLES)
        form = QFormLayout()
        self.email = line_edit(self.tr("E-mail"), "name@example.se")
        self.email_error = QLabel()
        self.agent = QComboBox()
        self.agent.setAccessibleName(self.tr("Agent organisation"))
        if user is None:
            self.setWindowTitle(self.tr("Add user to %1").replace("%1", agent_name))
            self.email_error = checked_row(form, self.tr("E-mail"), self.email)
            note = self.tr(
                "An address without an account here is mailed an invitation to choose a "
                "password; the roles are theirs when they first sign in."
            )
            self.ok_button.setText(self.tr("Grant roles"))
            self.email.textChanged.connect(lambda _t: self.update_ok())
        else:
            self.setWindowTitle(
                self.tr("Agent roles of %1").replace("%1", user.display_name or user.email)
            )
            self.email.setText(user.email)
            form.addRow(QLabel(f"<b>{_escape(user.display_name)}</b><br>{_escape(user.email)}"))
            note = self.tr("A change applies from the user's next sync or page.")
            self.ok_button.setText(self.tr("Save roles"))
        if agents is not None:
            self.agent.addItem(self.tr("No agent organisation"), None)
            for key, name in agents:
                self.agent.addItem(name, key)
            self.agent.setCurrentIndex(max(self.agent.findData(agent_id), 0))
            form.addRow(self.tr("Agent organisation"), self.agent)
            note += " " + self.tr("A user acts for one agent organisation at most.")
            self.agent.currentIndexChanged.connect(lambda _i: self.update_ok())
        else:
            self.agent.addItem(agent_name, agent_id)
            self.agent.hide()
        vbox(self, form, self.roles, note_label(note), self.message, self.buttons)
        self.roles.changed.connect(self.update_ok)
        self.setMinimumWidth(420)
        self.update_ok()

    def agent_id(self) -> str | None:
        data = self.agent.currentData()
        return str(data) if data else None

    def _email(self) -> str | None:
        return checked_email(self.email, self.email_error)

    def update_ok(self) -> None:
        agent = self.agent_id()
        self.roles.setEnabled(agent is not None)
        chosen = sorted(self.roles.roles()) if agent else []
        if self.user is None:
            ready = self._email() is not None and bool(chosen)
        else:
            ready = (agent, chosen) != (self.agent_before, self.roles_before)
        self.ok_button.setEnabled(ready and not self.busy)

    def _submit(self) -> None:
        email = self._email()
        if email is None or not self.ok_button.isEnabled():
            return
        self.set_busy(True)
        agent = self.agent_id()
        self.submitted.emit(email, agent, self.roles.roles() if agent else [])


class SessionsDialog(QDialog):
    """A user's open sign-ins, each with Revoke."""

    #: (user id, session id)
    revoke_requested = Signal(str, str)
    refresh_requested = Signal(str)

    def __init__(self, user: UserAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.sessions: list[UserSession] = []
        #: The server's list has arrived at least once.
        self.loaded = False
        self.setWindowTitle(
            self.tr("Sessions of %1").replace("%1", user.display_name or user.email)
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Signed in"), self.tr("Ends"), self.tr("Where")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.revoke_button = QPushButton(self.tr("&Revoke"))
        self.revoke_button.setToolTip(self.tr("End the selected session: it must sign in again"))
        self.revoke_button.setStatusTip(self.revoke_button.toolTip())
        self.revoke_button.clicked.connect(self._revoke)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setShortcut(QKeySequence("F5"))
        self.refresh_button.clicked.connect(lambda: self.refresh_requested.emit(self.user.id))
        buttons = close_buttons(self)
        buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        vbox(self, self.table, self.message, buttons)
        self.table.itemSelectionChanged.connect(self._update)
        self.resize(560, 320)
        self.set_loading()

    def set_loading(self) -> None:
        self.message.setStyleSheet("color: palette(text);")
        self.message.setText(self.tr("Asking the server…"))
        self._update()

    def set_sessions(self, sessions: list[UserSession]) -> None:
        self.sessions = list(sessions)
        self.loaded = True
        self.table.setRowCount(len(sessions))
        for row, s in enumerate(sessions):
            label = s.client_label or self.tr("Unnamed sign-in")
            if s.client_label == WEB_SIGN_IN:
                label = self.tr("Web browser (staff pages)")
            for col, text in enumerate(
                (format_datetime(s.created_at), format_datetime(s.expires_at), label)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        for col in (0, 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.message.setStyleSheet("color: palette(text);")
        self.message.setText(
            self.tr("No open sessions: the user is signed out everywhere.") if not sessions else ""
        )
        if sessions:
            self.table.selectRow(0)
        self._update()

    def failed(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        self._update()

    def selected_session(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.sessions[rows[0].row()].id

    def _update(self) -> None:
        self.revoke_button.setEnabled(self.selected_session() is not None)

    def _revoke(self) -> None:
        session_id = self.selected_session()
        if session_id is not None:
            self.revoke_button.setEnabled(False)
            self.revoke_requested.emit(self.user.id, session_id)


def checked_row(form: QFormLayout, label: str, field: QWidget) -> QLabel:
    """Add ``field`` to ``form`` with a row under it for what is wrong with it; that row."""
    error = QLabel()
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    form.addRow(label, field)
    form.addRow("", error)
    return error


def checked_email(field: QLineEdit, error: QLabel) -> str | None:
    """The address typed in ``field`` (normalised), or None; ``error`` says what is wrong."""
    try:
        address: str | None = validators.normalize_email(field.text())
    except DomainError:
        address = None
    wrong = address is None and bool(field.text().strip())
    error.setText(
        QCoreApplication.translate("InviteDialog", "This is not an e-mail address.")
        if wrong
        else ""
    )
    return address


def note_label(text: str) -> QLabel:
    """A dialog's explanation, in the quieter colour."""
    return wrapped_label(text, HINT_STYLE)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
