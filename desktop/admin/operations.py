"""The user administration's server calls, as operations on the network pool.

Each call makes its own :class:`sync.users.UsersClient` from a snapshot of
the session's server and token (``ServerLink``), so nothing is shared
between worker threads and nothing runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypedDict, TypeVar, Unpack

from PySide6.QtCore import QCoreApplication, QObject

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import NetOp
from desktop.webview.server_api import ServerLink
from sync.users import UserAccount, UsersClient, UserSession

T = TypeVar("T")


class UserChanges(TypedDict, total=False):
    """What :func:`update_user` may change of a user."""

    roles: Iterable[str]
    active: bool
    display_name: str
    phone: str


def _call(link: ServerLink, fn: Callable[[UsersClient], T]) -> Callable[[], T]:
    def run() -> T:
        client = UsersClient(link.base_url, token=link.token, timeout=(4, 30), verify=link.verify)
        try:
            return fn(client)
        finally:
            client.close()

    return run


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
    """Change roles, active, name or mobile phone of a user (``roles=``, ``active=``,
    ``display_name=``, ``phone=``)."""
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
