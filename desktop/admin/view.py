"""Administration › Users: the organisation's users, for its administrators.

A window of its own over the server's user administration (``/api/v1/users``):
the users with their roles, status, last sign-in and open sessions, a filter,
and the actions Invite user…, Edit roles…, Mobile phone…, Personnummer…, Deactivate /
Reactivate, Send password reset and Sessions…. Every call goes to the server on the network
pool; offline the window says plainly that this needs a connection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, TypeVar, Unpack

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.admin import operations as ops
from desktop.admin.dialogs import (
    AgentRolesDialog,
    InviteDialog,
    PersonnummerDialog,
    PhoneDialog,
    RolesDialog,
    SessionsDialog,
    UserValueDialog,
)
from desktop.admin.model import UsersModel, status_text
from desktop.admin.server_window import ServerListWindow
from desktop.contacts.user_contacts import UserContactsDialog
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from sync.users import UserAccount, UserSession

D = TypeVar("D", bound=UserValueDialog)


class UsersWindow(ServerListWindow):
    """The Users screen (one per main window)."""

    LIST_NAME = "admin_users"
    MODEL = UsersModel
    model: UsersModel

    NO_SERVER = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "Users are managed on the server, and this copy of the data is not connected to one. "
        "Sign in to the server to manage users.",
    )
    OFFLINE = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "Offline: users are managed on the server, and it cannot be reached now. Your other "
        "work goes on; try again when online.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent=parent)
        title = self.tr("Users")
        if ctx.tenant_name:
            title = self.tr("Users of %1").replace("%1", ctx.tenant_name)
        self.setWindowTitle(title)
        self.table.doubleClicked.connect(lambda _i: self.edit_roles())
        #: (id, name) of the agent organisations of this copy of the data.
        self.agents: list[tuple[str, str]] = []
        self._make_actions()
        ops.agents_here(parent=self).success(self._agents_read).run(ctx.ops)

    def _agents_read(self, agents: list[tuple[str, str]]) -> None:
        self.agents = agents
        self.model.set_agent_names(dict(agents))

    # -- actions ----------------------------------------------------------------------

    def _make_actions(self) -> None:
        # The toolbar's actions: (text, slot, shortcut, status tip).
        (
            self.act_invite, self.act_roles, self.act_agent_roles, self.act_phone,
            self.act_personnummer, self.act_active, self.act_reset, self.act_sessions,
            self.act_contacts,
        ) = (self._action(*spec) for spec in (
            (self.tr("&Invite user…"), self.invite, QKeySequence.StandardKey.New,
             self.tr("Invite someone by e-mail and give them roles in this organisation")),
            (self.tr("Edit &roles…"), self.edit_roles, "Ctrl+E",
             self.tr("Change the selected user's roles")),
            (self.tr("&Agent roles…"), self.edit_agent_roles, "Ctrl+Shift+A",
             self.tr("Choose the agent organisation the selected user acts for, and their "
                     "roles there")),
            (self.tr("Mobile &phone…"), self.edit_phone, "Ctrl+Shift+M",
             self.tr("Set the mobile phone the selected user's SMS attestation codes go to")),
            (self.tr("Person&nummer…"), self.edit_personnummer, "Ctrl+Shift+B",
             self.tr("Register the personnummer the selected user's BankID signatures must "
                     "come from")),
            (self.tr("&Deactivate"), self.toggle_active, "Ctrl+D",
             self.tr("Deactivate the selected user: every sign-in of theirs ends at once")),
            (self.tr("Send password &reset"), self.send_reset, "Ctrl+Shift+R",
             self.tr("Mail the selected user a single-use link to choose a new password")),
            (self.tr("&Sessions…"), self.show_sessions, "Ctrl+Shift+S",
             self.tr("See and end the selected user's open sign-ins")),
            (self.tr("&Contacts…"), self.show_contacts, "Ctrl+Shift+K",
             self.tr("The selected user's contacts: their own details and others to notify")),
        ))  # fmt: skip
        self.row_actions = [self.act_roles, self.act_agent_roles, self.act_phone,
                            self.act_personnummer, self.act_active, self.act_reset,
                            self.act_sessions]  # fmt: skip
        self.row_actions.append(self.act_contacts)
        self._finish(
            self.tr("User actions"),
            (self.act_invite, None, *self.row_actions),
            filter_hint=self.tr("Filter by name, e-mail or role…"),
        )

    def selected_user(self) -> UserAccount | None:
        rows = self.table.selected_rows()
        return self.model.user_at(rows[0]) if rows else None

    def select_user(self, user_id: str) -> None:
        self.select_id(user_id)

    def _update_actions(self) -> None:
        user = self.selected_user()
        online = self.loaded and not self.busy
        self.act_invite.setEnabled(online)
        for action in self.row_actions:
            action.setEnabled(online and user is not None)
        self.act_reset.setEnabled(online and user is not None and user.active)
        self.act_active.setText(
            self.tr("Re&activate")
            if user is not None and not user.active
            else self.tr("&Deactivate")
        )
        self._show_count()

    def total(self) -> int:
        return len(self.model.users)

    # -- the list ---------------------------------------------------------------------

    def refresh(self, *, select: str | None = None) -> None:
        """Ask the server for the users (keeps the selection, or selects ``select``)."""
        link = self._link()
        if link is None:
            return
        keep = self._asking()
        keep = select or keep
        ops.list_users(link, parent=self).success(lambda users: self._listed(users, keep)).failure(
            self._list_failed
        ).run(self.ctx.ops)

    def _listed(self, users: list[UserAccount], keep: str | None) -> None:
        self.model.set_users(users)
        self._arrived(
            keep,
            empty=self.tr("No users yet — invite someone with “Invite user…”."),
            fit=self._fit_columns,
        )

    def _fit_columns(self) -> None:
        """Columns as wide as their content, Status as wide as its longest word."""
        self.table.resizeColumnsToContents()
        column = next(i for i, c in enumerate(self.model.columns) if c.key == "active")
        metrics = self.table.fontMetrics()
        words = max(metrics.horizontalAdvance(status_text(a)) for a in (True, False))
        self.table.setColumnWidth(column, max(self.table.columnWidth(column), words + 16))

    def clear_rows(self) -> None:
        self.model.set_users([])

    def set_filter(self, text: str) -> None:
        self.model.set_filter(text)

    # -- contacts ---------------------------------------------------------------------

    def show_contacts(self) -> QDialog | None:
        """The selected user's contacts (seed 002: a user is their own contact)."""
        user = self.selected_user()
        if user is None or not self.act_contacts.isEnabled():
            return None
        dialog = UserContactsDialog(self.ctx, user, self)
        self._open(dialog)
        return dialog

    # -- invite -----------------------------------------------------------------------

    def invite(self) -> InviteDialog | None:
        if self._link() is None:
            return None
        dialog = InviteDialog(self)
        dialog.submitted.connect(lambda e, n, r: self._invite(dialog, e, n, r))
        self._open(dialog)
        return dialog

    def _invite(self, dialog: InviteDialog, email: str, name: str, roles: list[str]) -> None:
        self._send(
            dialog,
            lambda link: ops.invite_user(
                link, parent=dialog, email=email, display_name=name, roles=roles
            ),
            lambda _: (self.tr("An invitation was sent to %1.").replace("%1", email), None),
        )

    # -- roles ------------------------------------------------------------------------

    def edit_roles(self) -> RolesDialog | None:
        user = self.selected_user()
        if user is None or not self.act_roles.isEnabled():
            return None
        dialog = RolesDialog(user, self)
        dialog.submitted.connect(lambda uid, roles: self._save_roles(dialog, uid, roles))
        self._open(dialog)
        return dialog

    def _save_roles(self, dialog: RolesDialog, user_id: str, roles: list[str]) -> None:
        self._save(
            dialog,
            user_id,
            lambda who: self.tr("The roles of %1 were changed.").replace("%1", who),
            roles=roles,
        )

    def _save(
        self,
        dialog: RolesDialog | UserValueDialog,
        user_id: str,
        said: Callable[[str], str],
        **changes: Unpack[ops.UserChanges],
    ) -> None:
        """Send a dialog's change of a user; ``said(who)`` is what the window says then."""
        self._send(
            dialog,
            lambda link: ops.update_user(link, parent=dialog, user_id=user_id, **changes),
            lambda user: (said(user.display_name or user.email), user.id),
        )

    # -- agent roles ----------------------------------------------------------------------

    def edit_agent_roles(self) -> AgentRolesDialog | None:
        """The agent organisation the selected user acts for, and their roles there."""
        user = self.selected_user()
        if user is None or not self.act_agent_roles.isEnabled():
            return None
        dialog = AgentRolesDialog(
            self,
            user=user,
            agent_id=user.agent_id,
            agents=self.agents,
            roles=[role for _agent, role in user.agent_roles],
        )
        dialog.submitted.connect(
            lambda email, agent, roles: self._save_agent_roles(dialog, user, agent, roles)
        )
        self._open(dialog)
        return dialog

    def _save_agent_roles(
        self, dialog: AgentRolesDialog, user: UserAccount, agent: str | None, roles: list[str]
    ) -> None:
        who = user.display_name or user.email
        self._send(
            dialog,
            lambda link: ops.set_agent_roles(
                link,
                parent=dialog,
                email=user.email,
                user_id=user.id,
                held_in=user.agent_id,
                agent_id=agent,
                roles=roles,
            ),
            lambda _invited: (
                self.tr("The agent roles of %1 were changed.").replace("%1", who),
                user.id,
            ),
            refused=self._refused_in(dialog),
        )

    # -- mobile phone -------------------------------------------------------------------

    def edit_phone(self) -> PhoneDialog | None:
        return self._edit_value(
            PhoneDialog,
            self.act_phone,
            "phone",
            lambda who: self.tr("The mobile phone of %1 was changed.").replace("%1", who),
        )

    # -- personnummer (BankID) ------------------------------------------------------------

    def edit_personnummer(self) -> PersonnummerDialog | None:
        return self._edit_value(
            PersonnummerDialog,
            self.act_personnummer,
            "personnummer",
            lambda who: self.tr("The personnummer of %1 was changed.").replace("%1", who),
        )

    def _edit_value(
        self,
        kind: Callable[[UserAccount, QWidget], D],
        action: QAction,
        key: Literal["phone", "personnummer"],
        said: Callable[[str], str],
    ) -> D | None:
        """The dialog of one value of the selected user (``key`` of the change it sends)."""
        user = self.selected_user()
        if user is None or not action.isEnabled():
            return None
        dialog = kind(user, self)
        dialog.submitted.connect(lambda uid, value: self._save(dialog, uid, said, **{key: value}))
        self._open(dialog)
        return dialog

    # -- deactivate / reactivate -------------------------------------------------------

    def toggle_active(self) -> QMessageBox | None:
        """Ask to deactivate (or reactivate) the selected user; the change runs on Yes."""
        user = self.selected_user()
        if user is None or not self.act_active.isEnabled():
            return None
        who = user.display_name or user.email
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        if user.active:
            box.setWindowTitle(self.tr("Deactivate user"))
            box.setText(self.tr("Deactivate %1?").replace("%1", who))
            box.setInformativeText(
                self.tr(
                    "All their sessions end at once: every desktop sign-in and web page is "
                    "signed out, and they cannot sign in again until reactivated. Their work "
                    "stays as it is."
                )
            )
            yes = box.addButton(self.tr("Deactivate"), QMessageBox.ButtonRole.DestructiveRole)
        else:
            box.setWindowTitle(self.tr("Reactivate user"))
            box.setText(self.tr("Reactivate %1?").replace("%1", who))
            box.setInformativeText(self.tr("They can sign in again with their password."))
            yes = box.addButton(self.tr("Reactivate"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._set_active(user, not user.active) if button is yes else None
        )
        box.finished.connect(lambda _r: setattr(self, "confirmation", None))
        self.confirmation = box
        box.open()
        return box

    def _set_active(self, user: UserAccount, active: bool) -> None:
        link = self._link()
        if link is None:
            return
        self.busy = True
        self._update_actions()
        who = user.display_name or user.email
        text = (
            self.tr("%1 was reactivated.")
            if active
            else self.tr("%1 was deactivated; all their sessions ended.")
        ).replace("%1", who)
        ops.update_user(link, parent=self, user_id=user.id, active=active).success(
            lambda u: self._done(text, u.id)
        ).failure(self._failed).run(self.ctx.ops)

    # -- password reset -----------------------------------------------------------------

    def send_reset(self) -> None:
        user = self.selected_user()
        link = self._link() if user is not None and self.act_reset.isEnabled() else None
        if user is None or link is None:
            return
        self.busy = True
        self._update_actions()

        def sent(_: None) -> None:
            self.busy = False
            self._say(
                self.tr("A link to choose a new password was mailed to %1.").replace(
                    "%1", user.email
                )
            )
            self._update_actions()
            self.action_done.emit(self.message.text())

        ops.send_password_reset(link, parent=self, user_id=user.id).success(sent).failure(
            self._failed
        ).run(self.ctx.ops)

    # -- sessions -----------------------------------------------------------------------

    def show_sessions(self) -> SessionsDialog | None:
        user = self.selected_user()
        if user is None or not self.act_sessions.isEnabled():
            return None
        dialog = SessionsDialog(user, self)
        dialog.refresh_requested.connect(lambda uid: self._load_sessions(dialog, uid))
        dialog.revoke_requested.connect(lambda uid, sid: self._revoke(dialog, uid, sid))
        dialog.finished.connect(lambda _r: self.refresh())
        self._open(dialog)
        self._load_sessions(dialog, user.id)
        return dialog

    def _load_sessions(self, dialog: SessionsDialog, user_id: str) -> None:
        link = self._link()
        if link is None:
            dialog.failed(self.table.empty_text)
            return
        dialog.set_loading()

        def listed(sessions: list[UserSession]) -> None:
            dialog.set_sessions(sessions)

        ops.list_sessions(link, parent=dialog, user_id=user_id).success(listed).failure(
            lambda exc: dialog.failed(self.describe_error(exc))
        ).run(self.ctx.ops)

    def _revoke(self, dialog: SessionsDialog, user_id: str, session_id: str) -> None:
        link = self._link()
        if link is None:
            dialog.failed(self.table.empty_text)
            return
        ops.revoke_session(link, parent=dialog, user_id=user_id, session_id=session_id).success(
            lambda _: self._load_sessions(dialog, user_id)
        ).failure(lambda exc: dialog.failed(self.describe_error(exc))).run(self.ctx.ops)
