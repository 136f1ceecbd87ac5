"""Administration › Agent users: an agent organisation's users and their agent roles.

For the agent organisation's administrator (seed 004: "agentens administratör behöver
ha lagt upp rollerna Attestant och Handläggare agent") and for the tenant's
administrators, who may manage every agent. The list is the server's
(``/api/v1/agents/{id}/roles``), a row per user with the roles Agent case handler and
Attestant; Add user… grants roles to an address (one without an account is invited
by mail), Edit roles… changes them (none: the user leaves the agent). The agent
organisations to choose from are those this copy of the data holds: an agent's
administrator holds only its own. The server decides who may do what; a refusal is
said in words under the list.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.admin import operations as ops
from desktop.admin.dialogs import AgentRolesDialog
from desktop.admin.model import AgentUsersModel
from desktop.admin.server_window import ServerListWindow
from desktop.admin.texts import AGENT_ERROR_TEXTS
from desktop.context import AppContext
from desktop.i18n import QT_TRANSLATE_NOOP
from sync.agents import AgentRoleGrant
from sync.users import UserAccount


class AgentUsersWindow(ServerListWindow):
    """The users of one agent organisation (one window per main window)."""

    NO_SERVER = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "An agent organisation's users are managed on the server, and this copy of the data "
        "is not connected to one. Sign in to the server to manage them.",
    )
    OFFLINE = QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "Offline: an agent organisation's users are managed on the server, and it cannot be "
        "reached now. Your other work goes on; try again when online.",
    )
    ERROR_TEXTS = AGENT_ERROR_TEXTS
    LIST_NAME, TITLE = "admin_agent_users", QT_TRANSLATE_NOOP("AgentUsersWindow", "Agent users")
    MODEL = AgentUsersModel
    model: AgentUsersModel

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent=parent)
        #: (id, name) of the agent organisations to choose from; None until read.
        self.agents: list[tuple[str, str]] | None = None
        self.agent = QComboBox()
        self.agent.setAccessibleName(self.tr("Agent organisation"))
        self.agent.setMinimumContentsLength(24)
        self.agent.activated.connect(lambda _i: self._agent_chosen())
        label = QLabel(self.tr("&Agent organisation:"))
        label.setBuddy(self.agent)
        self.table.doubleClicked.connect(lambda _i: self.edit_roles())
        self.act_add = self._action(
            text=self.tr("&Add user…"),
            slot=self.add_user,
            shortcut=QKeySequence.StandardKey.New,
            tip=self.tr("Give someone roles in the agent organisation (an invitation if need be)"),
        )
        self.act_roles = self._action(
            text=self.tr("Edit &roles…"),
            slot=self.edit_roles,
            shortcut="Ctrl+E",
            tip=self.tr("Change the selected user's roles in the agent organisation"),
        )
        self.row_actions = [self.act_roles]
        self._finish(
            self.tr("Agent user actions"),
            (self.act_add, None, self.act_roles),
            filter_hint=self.tr("Filter by name, e-mail or role…"),
            leading=(label, self.agent),
        )
        ops.agents_here(parent=self).success(self._agents_read).run(ctx.ops)

    # -- the agent organisation ---------------------------------------------------------

    def _agents_read(self, agents: list[tuple[str, str]]) -> None:
        self.agents = agents
        self.agent.clear()
        for key, name in agents:
            self.agent.addItem(name, key)
        self.agent.setEnabled(len(agents) > 1)
        self._show_title()
        self.refresh()

    def agent_id(self) -> str | None:
        data = self.agent.currentData()
        return str(data) if data else None

    def choose_agent(self, agent_id: str) -> None:
        """Show the users of ``agent_id`` (one of :attr:`agents`)."""
        self.agent.setCurrentIndex(self.agent.findData(agent_id))
        self._agent_chosen()

    def _agent_chosen(self) -> None:
        self._show_title()
        self._say("")
        self.refresh()

    def _show_title(self) -> None:
        self.setWindowTitle(
            self.tr("Users of the agent %1").replace("%1", self.agent.currentText())
            if self.agent_id()
            else self.tr("Agent users")
        )

    # -- the list -----------------------------------------------------------------------

    def refresh(self, *, select: str | None = None) -> None:
        """Ask the server for the agent's users (keeps the selection, or selects ``select``)."""
        if self.agents is None:
            return  # the list follows once the agents are read
        link = self._link()
        if link is None:
            return
        agent = self.agent_id()
        if agent is None:
            self._offline(
                self.tr(
                    "There is no agent organisation to manage here. Agent organisations are "
                    "created under Organisations; an agent's administrator sees their own."
                ),
                retry=False,
            )
            return
        keep = self._asking()
        keep = select or keep
        ops.list_agent_roles(link, parent=self, agent_id=agent).success(
            lambda grants: self._listed(grants, keep)
        ).failure(self._list_failed).run(self.ctx.ops)

    def _listed(self, grants: list[AgentRoleGrant], keep: str | None) -> None:
        self.model.set_grants(grants)
        self._arrived(
            keep, empty=self.tr("Nobody has a role in this agent organisation yet — add someone.")
        )

    def clear_rows(self) -> None:
        self.model.set_grants([])

    def set_filter(self, text: str) -> None:
        self.model.set_filter(text)

    def total(self) -> int:
        return len(self.model.users)

    def _update_actions(self) -> None:
        online = self.loaded and not self.busy
        self.act_add.setEnabled(online)
        self.act_roles.setEnabled(online and self.selected_id() is not None)
        self._show_count()

    # -- actions ------------------------------------------------------------------------

    def add_user(self) -> AgentRolesDialog | None:
        agent = self.agent_id()
        if agent is None or not self.act_add.isEnabled():
            return None
        dialog = AgentRolesDialog(self, agent_id=agent, agent_name=self.agent.currentText())
        dialog.submitted.connect(lambda email, _a, roles: self._grant(dialog, email, roles, None))
        self._open(dialog)
        return dialog

    def edit_roles(self) -> AgentRolesDialog | None:
        row = self.model.row_at(self.table.selected_rows()[0]) if self.selected_id() else None
        agent = self.agent_id()
        if row is None or agent is None or not self.act_roles.isEnabled():
            return None
        user = UserAccount(
            row["id"], row["email"], row["display_name"], True, row["roles"], None, 0
        )
        dialog = AgentRolesDialog(
            self,
            user=user,
            agent_id=agent,
            agent_name=self.agent.currentText(),
            roles=row["roles"],
        )
        dialog.submitted.connect(
            lambda email, _a, roles: self._grant(dialog, email, roles, user.id)
        )
        self._open(dialog)
        return dialog

    def _grant(
        self, dialog: AgentRolesDialog, email: str, roles: list[str], user_id: str | None
    ) -> None:
        agent = self.agent_id()
        if agent is None:
            dialog.failed(self.table.empty_text)
            return
        name = self.agent.currentText()

        def done(invited: bool) -> tuple[str, str | None]:
            if invited:
                text = self.tr("An invitation to %2 was sent to %1.")
            elif roles:
                text = self.tr("The roles of %1 in %2 were changed.")
            else:
                text = self.tr("%1 no longer has a role in %2.")
            return text.replace("%1", email).replace("%2", name), user_id

        self._send(
            dialog,
            lambda link: ops.set_agent_roles(
                link,
                parent=dialog,
                email=email,
                user_id=user_id,
                held_in=agent if user_id else None,
                agent_id=agent,
                roles=roles,
            ),
            done,
            refused=self._refused_in(dialog),
        )
