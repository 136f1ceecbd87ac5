"""The sign-in dialog: server, e-mail, password, remember me (the token goes to the keyring).

With a remembered token the dialog signs in by itself; when the server
cannot be reached but this computer has the account's data, it opens the
local database and says that changes wait for the connection.

A user of several organisations (tenants) chooses one: the server answers
``tenant_required`` with the list, the dialog shows it as a choice and
remembers it (with the server and e-mail) for the next time. "Forgot
password?" asks the server to mail a link to choose a new password.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop.common.background import run_task
from desktop.common.layouts import vbox
from desktop.session import (
    Session,
    account_db_path,
    find_account_db,
    open_local,
    resume,
    sign_in,
)
from desktop.settings import (
    LOGIN_EMAIL,
    LOGIN_REMEMBER,
    LOGIN_TENANT,
    LOGIN_TENANTS,
    SERVER_URL,
    Settings,
)
from models import validators
from models.errors import DomainError

if TYPE_CHECKING:
    from desktop.sync_bridge import SyncBridge
    from sync.credentials import CredentialStore


def describe_error(exc: Exception) -> str:
    """A sign-in failure in words."""
    from PySide6.QtCore import QCoreApplication

    from desktop import __version__
    from sync.client import ApiError, AuthError, ClientTooOld, ServerUnavailable

    if isinstance(exc, ClientTooOld):
        # A first sync refused: the server takes only newer versions of Kansli.
        return (
            QCoreApplication.translate(
                "Login",
                "This version of Kansli (%1) is older than the server accepts: install "
                "version %2 or later and sign in again.",
            )
            .replace("%1", __version__)
            .replace("%2", exc.oldest or "?")
        )
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
    if isinstance(exc, ApiError) and exc.code == "no_access":
        return QCoreApplication.translate(
            "Login", "Your account has no access to this organisation."
        )
    if isinstance(exc, ApiError) and exc.code == "tenant_required":
        return QCoreApplication.translate(
            "Login", "You belong to several organisations: choose one and sign in again."
        )
    if isinstance(exc, ApiError | DomainError):
        return str(exc.message)
    locked = _locked_copy(exc)
    return locked if locked is not None else str(exc)


def _locked_copy(exc: Exception) -> str | None:
    """The local copy left closed for want of its key (sync.local_keys), in words."""
    from PySide6.QtCore import QCoreApplication

    from sync.local_keys import LockedCopy
    from sync.store import InUse, WrongKey

    if isinstance(exc, InUse):
        return QCoreApplication.translate(
            "Login",
            "This computer's copy of the account is open in another Kansli window: close "
            "it and try again. Nothing was changed.",
        )
    if isinstance(exc, WrongKey):
        return QCoreApplication.translate(
            "Login",
            "This computer's copy of the account cannot be opened with the key kept for it; "
            "sign in with your password. Nothing was changed.",
        )
    if not isinstance(exc, LockedCopy):
        return None
    texts = {
        "password_needed": QCoreApplication.translate(
            "Login",
            "Type your password to open this computer's copy of the account without the server.",
        ),
        "password_refused": QCoreApplication.translate(
            "Login",
            "The password does not open this computer's copy of the account; connect "
            "to the server and sign in.",
        ),
        "sign_in_once": QCoreApplication.translate(
            "Login",
            "This computer's copy of the account opens offline only after one sign-in "
            "with the server.",
        ),
        "key_lost": QCoreApplication.translate(
            "Login",
            "This computer's copy of the account was locked with another password and "
            "the password store does not hold its key: sign in with the password you had "
            "when you last signed in on this computer.",
        ),
    }
    return texts.get(exc.reason, str(exc))


class LoginDialog(QDialog):
    """Emits ``signed_in(Session)`` and accepts once the account's database is open."""

    signed_in = Signal(object)

    def __init__(
        self,
        settings: Settings,
        bridge: SyncBridge | None,
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
        self.credentials: CredentialStore | None = None
        self.setWindowTitle(self.tr("Sign in to Kansli"))
        self.server = QLineEdit(settings.get(SERVER_URL))
        self.server.setAccessibleName(self.tr("Server address"))
        self.email = QLineEdit(settings.get(LOGIN_EMAIL))
        self.email.setAccessibleName(self.tr("E-mail"))
        self.email.setPlaceholderText("name@example.se")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        #: The organisation to sign in to, shown when the user has several.
        self.tenant = QComboBox()
        self.tenant.setAccessibleName(self.tr("Organisation"))
        self.tenant.setToolTip(self.tr("You belong to several organisations: choose one"))
        #: (server, e-mail) the listed organisations belong to.
        self._tenants_for: tuple[str, str] | None = None
        self._tenant_list: list[dict[str, str]] = []
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.remember.setChecked(settings.get(LOGIN_REMEMBER))
        self.forgot_button = QPushButton(self.tr("Forgot password?"))
        self.forgot_button.setFlat(True)
        self.forgot_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.forgot_button.setStyleSheet("color: palette(link); text-decoration: underline;")
        self.forgot_button.setToolTip(self.tr("Get a mail with a link to choose a new password"))
        self.forgot_button.clicked.connect(self.forgot_password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: palette(placeholder-text);")
        self.form = form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Organisation"), self.tenant)
        form.addRow("", self.remember)
        form.addRow("", self.forgot_button)
        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.offline_button = QPushButton(self.tr("Work offline"))
        self.offline_button.setToolTip(
            self.tr(
                "Open this computer's copy of your data with your password; "
                "changes are sent when online"
            )
        )
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.offline_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button.clicked.connect(self.submit)
        self.offline_button.clicked.connect(self.work_offline)
        self.buttons.rejected.connect(self.reject)
        vbox(self, form, self.message, self.keyring_note, self.buttons)
        for w in (self.server, self.email):
            w.textChanged.connect(self._update)
        self.password.textChanged.connect(self._update)
        self.setMinimumWidth(420)
        self._busy = False
        self._restore_tenants()
        self._update()
        (self.password if self.email.text() else self.email).setFocus()

    def _account(self) -> tuple[str, str]:
        """(server, e-mail) as typed, in the form they are remembered."""
        return self.server.text().strip().rstrip("/"), self.email.text().strip().lower()

    def _email_ok(self) -> bool:
        try:
            validators.normalize_email(self.email.text())
        except DomainError:
            return False
        return True

    def _update(self, *_: object) -> None:
        email_ok = not self.email.text().strip() or self._email_ok()
        ready = bool(self.server.text().strip() and self.email.text().strip() and email_ok)
        # The organisations listed are those of one account: another is asked afresh.
        choosing = self._tenants_for is not None and self._tenants_for == self._account()
        self.form.setRowVisible(self.tenant, choosing)
        self.sign_in_button.setEnabled(ready and bool(self.password.text()) and not self._busy)
        self.forgot_button.setEnabled(
            bool(self.server.text().strip()) and email_ok and not self._busy
        )
        has_local = ready and self._has_local_copy()
        self.offline_button.setVisible(has_local)
        self.offline_button.setEnabled(has_local and not self._busy)

    def chosen_tenant(self) -> str:
        """The slug of the organisation chosen, "" when the user has not been offered one."""
        if self._tenants_for is None or self._tenants_for != self._account():
            return ""
        return str(self.tenant.currentData() or "")

    def _has_local_copy(self) -> bool:
        url, email = self._account()
        tenant = self.chosen_tenant()
        paths = [account_db_path(url, email, self.data_root, tenant)]
        if tenant:
            paths.append(account_db_path(url, email, self.data_root))
        return any(p.exists() for p in paths)

    def _db_path(self) -> Path:
        """The account's local file (database work: call it off the GUI thread)."""
        url, email = self._account()
        return find_account_db(url, email, self.chosen_tenant(), self.data_root)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.message.setStyleSheet("color: palette(text);" if busy else "color: #b00020;")
        self.message.setText(text)
        for w in (self.server, self.email, self.password, self.remember, self.tenant):
            w.setEnabled(not busy)
        self._update()

    def _say(self, text: str) -> None:
        """A note that is not an error."""
        self.message.setStyleSheet("color: palette(text);")
        self.message.setText(text)

    # -- organisations ----------------------------------------------------------------

    def show_tenants(self, tenants: list[dict[str, str]], chosen: str = "") -> None:
        """Offer ``tenants`` (``{"slug", "name"}``) for the account typed; select ``chosen``."""
        self.tenant.clear()
        self._tenant_list = [dict(t) for t in tenants]
        for t in tenants:
            label = t.get("name") or t["slug"]
            self.tenant.addItem(f"{label} ({t['slug']})", t["slug"])
        index = self.tenant.findData(chosen) if chosen else -1
        self.tenant.setCurrentIndex(max(index, 0))
        self._tenants_for = self._account() if tenants else None
        self._update()

    def listed_tenants(self) -> list[dict[str, str]]:
        """The organisations in the choice, as the server listed them."""
        return [dict(t) for t in self._tenant_list]

    def _restore_tenants(self) -> None:
        try:
            tenants = json.loads(self.settings.get(LOGIN_TENANTS))
        except ValueError:
            return
        listed = [
            {"slug": str(t["slug"]), "name": str(t.get("name") or t["slug"])}
            for t in tenants if isinstance(t, dict) and t.get("slug")
        ]  # fmt: skip
        if listed and self.email.text().strip():
            self.show_tenants(listed, self.settings.get(LOGIN_TENANT))

    def _remember_tenants(self) -> None:
        chosen = self.chosen_tenant()
        self.settings.set(LOGIN_TENANT, chosen)
        listed = self.listed_tenants() if chosen else []
        self.settings.set(LOGIN_TENANTS, json.dumps(listed, ensure_ascii=False))

    # -- automatic sign-in with a remembered token ---------------------------------------

    def try_remembered(self) -> None:
        """Sign in with the stored token, if "remember me" left one (keyring off the GUI)."""
        url, email = self.server.text().strip(), self.email.text().strip()
        if not (url and email and self.remember.isChecked()):
            return
        self._set_busy(True, self.tr("Signing in as %1…").replace("%1", email))
        find_db = self._db_path

        def work() -> Session | None:
            from sync.credentials import CredentialStore

            self.credentials = CredentialStore()
            token = self.credentials.get(email, url)
            if not token:
                return None
            return resume(url, email, token, bridge=self.bridge, db_path=find_db())

        run_task(work, self._resumed, self._resume_failed)

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
        tenant = self.chosen_tenant()
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
                tenant=tenant,
                data_root=self.data_root,
            )

        run_task(work, self._signed_in, self._failed)

    def _signed_in(self, session: Session) -> None:
        self.settings.set(SERVER_URL, session.server_url)
        self.settings.set(LOGIN_EMAIL, self.email.text().strip())
        self.settings.set(LOGIN_REMEMBER, self.remember.isChecked())
        self._remember_tenants()
        self._set_busy(False)
        if self.credentials is not None and not self.credentials.available:
            self.keyring_note.setText(self.credentials.message)
        self._done(session)

    def _failed(self, exc: Exception) -> None:
        from sync.client import ApiError, TenantRequired
        from sync.local_keys import LockedCopy

        self._set_busy(False)
        self.message.setText(describe_error(exc))
        if isinstance(exc, TenantRequired) and exc.tenants:
            self._say(describe_error(exc))  # a question, not an error
            self.show_tenants(exc.tenants, self.settings.get(LOGIN_TENANT))
            self.tenant.setFocus()
        elif isinstance(exc, LockedCopy) and exc.reason in ("password_needed", "password_refused"):
            self.password.setFocus()  # working offline: the password opens the copy
            self.password.selectAll()
        elif isinstance(exc, ApiError) and exc.code == "no_access" and self.chosen_tenant():
            # A remembered organisation the account has lost: the next sign-in asks the
            # server for the organisations it has now.
            self._tenants_for = None
            self._update()

    # -- forgotten password -------------------------------------------------------------

    def forgot_password(self) -> None:
        """Ask the server to mail the address typed a link to choose a new password."""
        url, email = self._account()
        if not email or not self._email_ok():
            self.message.setText(
                self.tr("Type your e-mail address first, then choose “Forgot password?”.")
            )
            self.email.setFocus()
            return
        self._set_busy(True, self.tr("Asking the server…"))

        def work() -> str:
            from sync.client import ServerClient

            client = ServerClient(url)
            try:
                client.request_password_reset(email)
            finally:
                client.close()
            return email

        run_task(work, self._reset_requested, self._failed)

    def _reset_requested(self, email: str) -> None:
        self._set_busy(False)
        self._say(
            self.tr(
                "If %1 has an account on this server, a mail with a link to choose a new "
                "password is on its way. The link works once and for a limited time."
            ).replace("%1", email)
        )
        self.password.setFocus()

    def work_offline(self) -> None:
        """Open this computer's copy without the server: its key from the keyring, or
        unwrapped by the password typed (sync.local_keys); without either, it stays closed."""
        find_db = self._db_path
        password = self.password.text()
        self._set_busy(True, self.tr("Opening this computer's copy…"))

        def work() -> Session:
            path = find_db()
            if not path.exists():
                from sync.store import StoreError

                raise StoreError(
                    self.tr("This computer has no data of the account yet; sign in online once")
                )
            from sync.local_keys import LocalKeys

            return open_local(path, key=LocalKeys().for_offline(path, password))

        run_task(work, self._done, self._failed)

    def _done(self, session: Session) -> None:
        self._set_busy(False)
        self.session = session
        self.signed_in.emit(session)
        self.accept()
