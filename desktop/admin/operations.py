"""The user administration's server calls, as operations on the network pool.

Each call makes its own :class:`sync.users.UsersClient` from a snapshot of
the session's server and token (``ServerLink``), so nothing is shared
between worker threads and nothing runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TypedDict, TypeVar, Unpack

from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy import select

from desktop.admin.server_window import server_call
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import DbOp, NetOp, OpContext
from desktop.webview.server_api import ServerLink
from models.organisations import Agent
from sync.agents import AgentRoleGrant, AgentsClient
from sync.client import ServerClient
from sync.mail import MailClient, Notification
from sync.users import UserAccount, UsersClient, UserSession

T = TypeVar("T")


class UserChanges(TypedDict, total=False):
    """What :func:`update_user` may change of a user."""

    roles: Iterable[str]
    active: bool
    display_name: str
    phone: str
    personnummer: str


C = TypeVar("C", bound=ServerClient)


def _call(
    link: ServerLink,
    fn: Callable[[C], T],
    client_class: type[C] = UsersClient,  # type: ignore[assignment]
    *,
    timeout: tuple[float, float] = (4, 30),
) -> Callable[[], T]:
    """:func:`desktop.admin.server_window.server_call` with the users' client by default
    (the administration's calls)."""
    return server_call(link, fn, client_class, timeout=timeout)


def _label(source: str) -> str:
    return QCoreApplication.translate("UsersAdmin", source)


def list_users(link: ServerLink, *, parent: QObject | None) -> NetOp[list[UserAccount]]:
    """The tenant's users."""
    return NetOp(
        _call(link, lambda c: c.list_users()),
        parent=parent,
        label=_label(QT_TRANSLATE_NOOP("UsersAdmin", "Loading users")),
    )


def invite_user(
    link: ServerLink, *, parent: QObject | None, email: str, display_name: str, roles: Iterable[str]
) -> NetOp[None]:
    """Invite someone with roles (the server mails them)."""
    chosen = list(roles)
    return NetOp(
        _call(link, lambda c: c.invite(email=email, display_name=display_name, roles=chosen)),
        parent=parent,
        label=_label(QT_TRANSLATE_NOOP("UsersAdmin", "Inviting a user")),
    )


def update_user(
    link: ServerLink, *, parent: QObject | None, user_id: str, **changes: Unpack[UserChanges]
) -> NetOp[UserAccount]:
    """Change roles, active, name, mobile phone or personnummer of a user (``roles=``,
    ``active=``, ``display_name=``, ``phone=``, ``personnummer=``)."""
    return NetOp(
        _call(link, lambda c: c.update(user_id, **changes)),
        parent=parent,
        label=_label(QT_TRANSLATE_NOOP("UsersAdmin", "Changing a user")),
    )


def send_password_reset(link: ServerLink, *, parent: QObject | None, user_id: str) -> NetOp[None]:
    """Mail the user a single-use link to choose a new password."""
    return NetOp(
        _call(link, lambda c: c.send_password_reset(user_id)),
        parent=parent,
        label=_label(QT_TRANSLATE_NOOP("UsersAdmin", "Sending a password reset")),
    )


def list_sessions(
    link: ServerLink, *, parent: QObject | None, user_id: str
) -> NetOp[list[UserSession]]:
    """A user's live sign-ins."""
    return NetOp(
        _call(link, lambda c: c.sessions(user_id)),
        parent=parent,
        label=_label(QT_TRANSLATE_NOOP("UsersAdmin", "Loading sessions")),
    )


def revoke_session(
    link: ServerLink, *, parent: QObject | None, user_id: str, session_id: str
) -> NetOp[None]:
    """End one sign-in of a user."""
    return NetOp(
        _call(link, lambda c: c.revoke_session(user_id, session_id)),
        parent=parent,
        label=_label(QT_TRANSLATE_NOOP("UsersAdmin", "Ending a session")),
    )


# -- agent organisations ------------------------------------------------------------


def list_agent_roles(
    link: ServerLink, *, parent: QObject | None, agent_id: str
) -> NetOp[list[AgentRoleGrant]]:
    """The attestant and case handler roles granted in the agent organisation."""
    label = _label(QT_TRANSLATE_NOOP("UsersAdmin", "Loading the agent's users"))
    return NetOp(
        _call(link, lambda c: c.agent_roles(agent_id), AgentsClient), parent=parent, label=label
    )


def set_agent_roles(
    link: ServerLink,
    *,
    parent: QObject | None,
    email: str,
    user_id: str | None,
    held_in: str | None,
    agent_id: str | None,
    roles: Iterable[str],
) -> NetOp[bool]:
    """Make ``email``'s agent roles exactly ``roles`` in ``agent_id`` (None: in no agent).

    ``held_in`` is the agent the user (``user_id``) has roles in now, if any. Within one
    agent the missing roles are granted before the unwanted are revoked (a user whose
    only role is taken away first would be a stranger to the tenant, and the grant an
    invitation); a move revokes in the old agent first (a user acts for one agent
    only). True when the server answered "invited" to a grant (an address without an
    account here, mailed an invitation).
    """
    wanted = set(roles) if agent_id else set()

    def run(c: AgentsClient) -> bool:
        held = [g for g in c.agent_roles(held_in) if g.user_id == user_id] if held_in else []
        unwanted = [g for g in held if g.agent_id != agent_id or g.role not in wanted]
        if held_in != agent_id:  # a move: out of the old agent first
            for g in unwanted:
                c.revoke_agent_role(g.agent_id, g.id)
        kept = {g.role for g in held if g.agent_id == agent_id}
        invited = False
        for role in sorted(wanted - kept):
            assert agent_id is not None
            invited = c.grant_agent_role(agent_id, email=email, role=role) is None or invited
        if held_in == agent_id:  # granted before revoked: the user never leaves the tenant
            for g in unwanted:
                c.revoke_agent_role(g.agent_id, g.id)
        return invited

    return NetOp(
        _call(link, run, AgentsClient),
        parent=parent,
        label=_label(QT_TRANSLATE_NOOP("UsersAdmin", "Changing agent roles")),
    )


def _agents(ctx: OpContext) -> list[tuple[str, str]]:
    with ctx.read() as s:
        rows = s.execute(
            select(Agent.id, Agent.name).where(Agent.deleted_at.is_(None)).order_by(Agent.name)
        )
        return [(r[0], r[1]) for r in rows]


def agents_here(*, parent: QObject | None) -> DbOp[list[tuple[str, str]]]:
    """(id, name) of the agent organisations this copy of the data holds, by name (an
    agent's administrator holds its own only)."""
    return DbOp(_agents, parent=parent, label="agents")


def invite_customer(
    link: ServerLink, *, parent: QObject | None, customer_organisation_id: str, email: str
) -> NetOp[datetime | None]:
    """Mail ``email`` a single-use link to order for the customer organisation; its expiry."""
    label = _label(QT_TRANSLATE_NOOP("UsersAdmin", "Inviting a customer to order"))
    return NetOp(
        _call(
            link,
            lambda c: c.invite_customer(
                customer_organisation_id=customer_organisation_id, email=email
            ),
            AgentsClient,
        ),
        parent=parent,
        label=label,
    )


# -- notification follow-up --------------------------------------------------------------

#: The most records the follow-up reads at once (pages of 500): the newest first.
NOTIFICATIONS_AT_MOST = 5000


def list_notifications(
    link: ServerLink, *, parent: QObject | None, filters: dict[str, str | datetime | None]
) -> NetOp[tuple[list[Notification], int]]:
    """The newest records that match ``filters`` (at most :data:`NOTIFICATIONS_AT_MOST`)
    and how many match in all."""

    def read(client: MailClient) -> tuple[list[Notification], int]:
        items: list[Notification] = []
        offset: int | None = 0
        total = 0
        while offset is not None and len(items) < NOTIFICATIONS_AT_MOST:
            page = client.notifications(filters, offset=offset)
            items += page.items
            total, offset = page.total, page.next_offset
        return items, total

    label = _label(QT_TRANSLATE_NOOP("UsersAdmin", "Loading the notifications"))
    return NetOp(_call(link, read, MailClient), parent=parent, label=label)


def read_notification(
    link: ServerLink, *, parent: QObject | None, notification_id: str
) -> NetOp[Notification]:
    """One record with its text."""
    label = _label(QT_TRANSLATE_NOOP("UsersAdmin", "Loading the notification"))
    return NetOp(
        _call(link, lambda c: c.notification(notification_id), MailClient),
        parent=parent,
        label=label,
    )
