"""Errors of the domain layer.

Every error carries a message a user can read as it is; ``code`` is the
stable machine value the sync protocol sends with a rejection.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule of the domain refused an action."""

    code = "domain_error"

    def __init__(
        self,
        message: str,
        *,
        details: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        """``message`` as a user reads it; with ``params`` it is a template
        (``"This link expired on {day}."``) filled from them. Pages in other
        languages translate the template and fill in the same values."""
        self.template = message
        self.params: dict[str, Any] = params or {}
        message = message.format(**self.params) if self.params else message
        super().__init__(message)
        self.message = message
        self.details: dict[str, Any] = details or {}
        #: (table, id) of the rows the refused command had loaded: the server
        #: sends their current state with a rejection.
        self.concerns: list[tuple[str, str]] = []


class ValidationError(DomainError):
    """A value does not have the form it must have.

    ``field`` names the input (``personnummer``, ``args.email``); ``row`` is
    set by importers to the 1-based row of the source file.
    """

    code = "invalid"

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        row: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            message,
            details={k: v for k, v in {"field": field, "row": row}.items() if v},
            params=params,
        )
        self.field = field
        self.row = row

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field:
            where.append(self.field)
        return f"{', '.join(where)}: {self.message}" if where else self.message


class TransitionError(DomainError):
    """A state machine does not allow this step from the current state."""

    code = "transition_refused"


class ConflictError(DomainError):
    """What a command assumed no longer holds on the server."""

    code = "conflict"


class NotFoundError(DomainError):
    code = "not_found"


class PermissionDenied(DomainError):
    code = "forbidden"
