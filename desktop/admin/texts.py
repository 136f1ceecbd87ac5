"""Words of the user administration: role names and the server's refusals, translated.

Role codes (``models.tenancy.Role``) and error codes are never shown raw: a
code without a text here (a role or refusal added on the server later) is
shown by a generic sentence carrying the server's own message.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktop.i18n import QT_TRANSLATE_NOOP
from models.tenancy import AGENT_ADMIN, Role

log = logging.getLogger(__name__)

#: Role code -> English name (context "Roles"), in the order the dialogs list them.
ROLE_NAMES: dict[str, str] = {
    Role.ADMIN.value: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.COURSE_ADMIN.value: QT_TRANSLATE_NOOP("Roles", "Course administrator"),
    Role.ALUMNI_OFFICER.value: QT_TRANSLATE_NOOP("Roles", "Alumni officer"),
    Role.AGENT_CASE_HANDLER.value: QT_TRANSLATE_NOOP("Roles", "Agent case handler"),
    Role.ATTESTANT.value: QT_TRANSLATE_NOOP("Roles", "Attestant"),
    Role.TREASURER.value: QT_TRANSLATE_NOOP("Roles", "Treasurer"),
    Role.SERVICE_DESK.value: QT_TRANSLATE_NOOP("Roles", "Service desk"),
    Role.VIEWER.value: QT_TRANSLATE_NOOP("Roles", "Viewer (read only)"),
}

#: What each role may do, for the role check boxes' tips.
ROLE_TIPS: dict[str, str] = {
    Role.ADMIN.value: QT_TRANSLATE_NOOP(
        "Roles", "Everything, including users, rules and personal data"
    ),
    Role.COURSE_ADMIN.value: QT_TRANSLATE_NOOP(
        "Roles", "Courses, rounds, registrations and approval requests"
    ),
    Role.ALUMNI_OFFICER.value: QT_TRANSLATE_NOOP(
        "Roles", "The alumni queue, student records and personal data"
    ),
    Role.AGENT_CASE_HANDLER.value: QT_TRANSLATE_NOOP("Roles", "Reviews and approves agent orders"),
    Role.ATTESTANT.value: QT_TRANSLATE_NOOP("Roles", "Signs (attests) agent orders"),
    Role.TREASURER.value: QT_TRANSLATE_NOOP(
        "Roles", "Payments, invoices, reminders, accounting settings and the SIE export"
    ),
    Role.SERVICE_DESK.value: QT_TRANSLATE_NOOP(
        "Roles", "Works the service desk's cases of attested agent orders"
    ),
    Role.VIEWER.value: QT_TRANSLATE_NOOP("Roles", "Sees the lists, changes nothing"),
}


#: An agent organisation's administrator (an ``admin`` membership in the agent): named
#: where a user's roles are listed, never offered among the tenant's roles.
AGENT_ADMIN_NAME = QT_TRANSLATE_NOOP("Roles", "Agent administrator")


def role_name(code: str) -> str:
    """A role's name in the user's language; an unknown code says it is unknown."""
    source = AGENT_ADMIN_NAME if code == AGENT_ADMIN else ROLE_NAMES.get(code)
    if source is None:
        return QCoreApplication.translate("Roles", "Other role (%1)").replace("%1", code)
    return QCoreApplication.translate("Roles", source)


def role_tip(code: str) -> str:
    source = ROLE_TIPS.get(code)
    return QCoreApplication.translate("Roles", source) if source else ""


def roles_text(codes: tuple[str, ...] | list[str]) -> str:
    """Roles as a list of names in the dialogs' order: "Administrator, Viewer (read only)"."""
    order = list(ROLE_NAMES)
    ranked = sorted(codes, key=lambda c: (order.index(c) if c in order else len(order), c))
    return ", ".join(role_name(c) for c in ranked)


#: The server's refusal codes of the user administration -> a sentence.
ERROR_TEXTS: dict[str, str] = {
    "last_admin": QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "The organisation must keep at least one active administrator: make someone else "
        "administrator first.",
    ),
    "forbidden": QT_TRANSLATE_NOOP(
        "UsersAdmin", "Only the organisation's administrators may do this."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "UsersAdmin", "The user or session is no longer there; the list has been refreshed."
    ),
    "invalid": QT_TRANSLATE_NOOP("UsersAdmin", "The server did not accept what was entered: %1"),
    "invalid_role": QT_TRANSLATE_NOOP("UsersAdmin", "The server does not know one of the roles."),
    "no_roles": QT_TRANSLATE_NOOP("UsersAdmin", "Choose at least one role."),
    "rate_limited": QT_TRANSLATE_NOOP(
        "UsersAdmin", "Too many requests; wait a minute and try again."
    ),
    "self_deactivation": QT_TRANSLATE_NOOP("UsersAdmin", "You cannot deactivate yourself."),
    "inactive": QT_TRANSLATE_NOOP("UsersAdmin", "The user is deactivated: reactivate them first."),
    "already_granted": QT_TRANSLATE_NOOP(
        "UsersAdmin", "They already have this role; the list has been refreshed."
    ),
    "other_agent": QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "This user acts for another agent organisation, and a user acts for one only: take "
        "their roles there away first.",
    ),
}

#: The agent administration's words where they differ from the users' (another agent
#: organisation is "not found" to an agent's administrator).
AGENT_ERROR_TEXTS: dict[str, str] = {
    "forbidden": QT_TRANSLATE_NOOP(
        "UsersAdmin", "Only the administrators of the agent organisation may manage its users."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "UsersAdmin",
        "You may manage the users of your own agent organisation only (or the role was "
        "already taken away); the list has been refreshed.",
    ),
}


#: Inviting a customer to order: the organisation is what may be missing.
CUSTOMER_ERROR_TEXTS: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP(
        "UsersAdmin", "The customer organisation is no longer there; choose another."
    ),
}


def describe_error(exc: Exception, *, overrides: Mapping[str, str] | None = None) -> str:
    """A refusal or failure of the server in words of the user's language (never raw JSON);
    ``overrides``: codes worded for one screen (:data:`AGENT_ERROR_TEXTS`, ...)."""
    from sync.client import ApiError, AuthError, ServerUnavailable

    if isinstance(exc, ServerUnavailable):
        return QCoreApplication.translate(
            "UsersAdmin",
            "The server cannot be reached. Users are managed on the server: try again when online.",
        )
    if isinstance(exc, AuthError):
        return QCoreApplication.translate(
            "UsersAdmin", "The server no longer accepts your sign-in. Sign in again."
        )
    if isinstance(exc, ApiError):
        texts = {**ERROR_TEXTS, **(overrides or {})}
        source = texts.get(exc.code)
        if source is None and exc.status in (403, 404):
            source = texts["forbidden" if exc.status == 403 else "not_found"]
        if source is not None:
            return QCoreApplication.translate("UsersAdmin", source).replace("%1", exc.message)
        # A refusal we have no words for: the server's own sentence is the best there is.
        return QCoreApplication.translate("UsersAdmin", "The server refused: %1").replace(
            "%1", exc.message
        )
    log.warning("user administration: unexpected failure %s", type(exc).__name__)
    return QCoreApplication.translate("UsersAdmin", "Something went wrong: %1").replace(
        "%1", type(exc).__name__
    )
