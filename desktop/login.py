"""The sign-in dialog: server, e-mail, password, remember me (the token goes to the keyring).

With a remembered token the dialog signs in by itself; when the server
cannot be reached but this computer has the account's data, it opens the
local database and says that changes wait for the connection.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.common.background import run_in_thread
from desktop.session import Session, account_db_path, open_local, resume, sign_in
from desktop.settings import LOGIN_EMAIL, LOGIN_REMEMBER, SERVER_URL, Settings
from models import validators
from models.errors import DomainError


def describe_error(exc: Exception) -> str:
    """A sign-in failure in words."""
    from PySide6.QtCore import QCoreApplication

    from sync.client import ApiError, AuthError, ServerUnavailable

    if isinstance(exc, AuthError):
        return QCoreApplication.translate("Login", "Wrong e-mail address or password.")
    if isinstance(exc, ServerUnavailable):
        return QCoreApplication.translate("Login", "The server cannot be reached: %1").replace(
            "%1", exc.message
        )
    if isinstance(exc, ApiError) and exc.status == 429:
        return QCoreApplication.translate(
            "Login", "Too many attempts; wait a minute and try again."
        )
    if isinstance(exc, ApiError | DomainError):
        return str(exc.message)
    return str(exc)


class LoginDialog(QDialog):
    """Emits ``signed_in(Session)`` and accepts once the account's database is open."""

    signed_in = Signal(object)

    def __init__(
        self,
        settings: Settings,
        bridge: Any,
        parent: QWidget | None = None,
        *,
        data_root: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.bridge = bridge
        #: Where the accounts' local databases live (the user data folder by default).
        self.data_root = data_root
        self.session: Session | None = None
        self.credentials: Any = None
        self.setWindowTitle(self.tr("Sign in to Kansli"))
        self.server = QLineEdit(settings.get(SERVER_URL))
        self.server.setAccessibleName(self.tr("Server address"))
        self.email = QLineEdit(settings.get(LOGIN_EMAIL))
        self.email.setAccessibleName(self.tr("E-mail"))
        self.email.setPlaceholderText("name@example.se")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.remember.setChecked(settings.get(LOGIN_REMEMBER))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: palette(mid);")
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.offline_button = QPushButton(self.tr("Work offline"))
        self.offline_button.setToolTip(
            self.tr("Open this computer's copy of your data; changes are sent when online")
        )
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.offline_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button.clicked.connect(self.submit)
        self.offline_button.clicked.connect(self.work_offline)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.buttons)
        for w in (self.server, self.email):
            w.textChanged.connect(self._update)
        self.password.textChanged.connect(self._update)
        self.setMinimumWidth(420)
        self._busy = False
        self._update()
        (self.password if self.email.text() else self.email).setFocus()

    def _update(self, *_: Any) -> None:
        email_ok = True
        if self.email.text().strip():
            try:
                validators.normalize_email(self.email.text())
            except DomainError:
                email_ok = False
        ready = bool(self.server.text().strip() and self.email.text().strip() and email_ok)
        self.sign_in_button.setEnabled(ready and bool(self.password.text()) and not self._busy)
        has_local = ready and self._db_path().exists()
        self.offline_button.setVisible(has_local)
        self.offline_button.setEnabled(has_local and not self._busy)

    def _db_path(self) -> Path:
        url = self.server.text().strip().rstrip("/")
        return account_db_path(url, self.email.text(), self.data_root)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.message.setStyleSheet("color: palette(text);" if busy else "color: #b00020;")
        self.message.setText(text)
        for w in (self.server, self.email, self.password, self.remember):
            w.setEnabled(not busy)
        self._update()

    # -- automatic sign-in with a remembered token ---------------------------------------

    def try_remembered(self) -> None:
        """Sign in with the stored token, if "remember me" left one (keyring off the GUI)."""
        url, email = self.server.text().strip(), self.email.text().strip()
        if not (url and email and self.remember.isChecked()):
            return
        self._set_busy(True, self.tr("Signing in as %1…").replace("%1", email))
        db_path = self._db_path()

        def work() -> Session | None:
            from sync.credentials import CredentialStore

            self.credentials = CredentialStore()
            token = self.credentials.get(email, url)
            if not token:
                return None
            return resume(url, email, token, bridge=self.bridge, db_path=db_path)

        run_in_thread(work, self._resumed, self._resume_failed)

    def _resumed(self, session: Session | None) -> None:
        self._set_busy(False)
        if session is None:
            self.password.setFocus()
            return
        self._done(session)

    def _resume_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.message.setText(describe_error(exc) + " " + self.tr("Sign in with your password."))
        self.password.setFocus()

    # -- password sign-in -------------------------------------------------------------

    def submit(self) -> None:
        url = self.server.text().strip().rstrip("/")
        email = self.email.text().strip()
        password = self.password.text()
        remember = self.remember.isChecked()
        db_path = self._db_path()
        self._set_busy(True, self.tr("Signing in…"))

        def work() -> Session:
            from sync.credentials import CredentialStore

            if self.credentials is None:
                self.credentials = CredentialStore()
            return sign_in(
                url,
                email,
                password,
                bridge=self.bridge,
                credentials=self.credentials,
                remember=remember,
                db_path=db_path,
            )

        run_in_thread(work, self._signed_in, self._failed)

    def _signed_in(self, session: Session) -> None:
        self.settings.set(SERVER_URL, session.server_url)
        self.settings.set(LOGIN_EMAIL, self.email.text().strip())
        self.settings.set(LOGIN_REMEMBER, self.remember.isChecked())
        self._set_busy(False)
        if self.credentials is not None and not self.credentials.available:
            self.keyring_note.setText(self.credentials.message)
        self._done(session)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.message.setText(describe_error(exc))

    def work_offline(self) -> None:
        path = self._db_path()
        self._set_busy(True, self.tr("Opening this computer's copy…"))
        run_in_thread(lambda: open_local(path), self._done, self._failed)

    def _done(self, session: Session) -> None:
        self._set_busy(False)
        self.session = session
        self.signed_in.emit(session)
        self.accept()
