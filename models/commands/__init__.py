"""Commands: the only way synced data changes, on the client and the server alike.

Importing this package registers every command type.
"""

from models.commands import (
    accounting,
    alumni,
    attendance,
    booking,
    contacts,
    courses,
    evaluations,
    forms,
    imports,
    notifications,
    organisations,
    payments,
    people,
    reports,
    sessions,
)
from models.commands.base import (
    Actor,
    Args,
    Command,
    CommandContext,
    Effect,
    Outcome,
    build,
    from_envelope,
    register,
    registered,
    rows_of,
)

__all__ = [
    "Actor",
    "Args",
    "Command",
    "CommandContext",
    "Effect",
    "Outcome",
    "accounting",
    "alumni",
    "attendance",
    "booking",
    "build",
    "contacts",
    "courses",
    "evaluations",
    "forms",
    "from_envelope",
    "imports",
    "notifications",
    "organisations",
    "payments",
    "people",
    "register",
    "registered",
    "reports",
    "rows_of",
    "sessions",
]
