"""Request and response bodies of the HTTP API (pydantic), separate from the ORM classes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import Path
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from models import validators
from models.errors import ValidationError


def _plain_text(value: str) -> str:
    try:
        return validators.check_text(value)
    except ValidationError as exc:
        raise ValueError(exc.message) from None


#: Every text field of a request body is this (or :data:`SecretText`): one line, no
#: control character (:func:`models.validators.check_text`, the rule of command
#: arguments). tests/server/test_api_text_rule.py finds any field that is not.
PlainText = Annotated[str, AfterValidator(_plain_text)]


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    return value


#: A secret typed by a person (a password): never shown, mailed or logged, only hashed
#: or compared, so any character but NUL is kept as typed.
SecretText = Annotated[str, AfterValidator(_no_nul)]


def _iso(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


#: A day or a moment in an answer as its ISO 8601 text (``isoformat()``: a moment keeps
#: its ``+00:00``), so that a response model can be filled from a row's own attributes
#: (``Model.model_validate(row, from_attributes=True)``).
IsoText = Annotated[str, BeforeValidator(_iso)]


class LoginIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: PlainText = Field(min_length=1, max_length=254)
    password: SecretText = Field(min_length=1, max_length=1024)
    #: The tenant's slug; needed only by users with roles in several tenants.
    tenant: PlainText | None = Field(default=None, max_length=64)


class UserOut(BaseModel):
    id: str
    email: str
    display_name: str


class TenantOut(BaseModel):
    id: str
    slug: str
    name: str


class MeOut(BaseModel):
    user: UserOut
    tenant: TenantOut
    roles: list[str]
    expires_at: datetime
    #: The view these roles read (``server.services.scope.view_key``), as pull cursors
    #: name it: the client knows whether its cache is of these roles' view.
    view: str


class LoginOut(MeOut):
    token: str


class ErrorDetail(BaseModel):
    code: str
    message: str
    field: str | None = None


class ErrorOut(BaseModel):
    detail: ErrorDetail


#: A row id in a path, query or body: a UUID's characters, at most 36.
ID_PATTERN = r"^[0-9a-fA-F-]{1,36}$"

#: A row's id in a route's path (anything else is a 422 before the route runs).
PathId = Annotated[str, Path(pattern=ID_PATTERN)]


def error_responses(*codes: int) -> dict[int | str, dict[str, object]]:
    """A route's ``responses=``: each of ``codes`` answered with an :class:`ErrorOut`."""
    return {code: {"model": ErrorOut} for code in codes}


class PushIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: Command envelopes ``{"id", "name", "version", "args", "issued_at"}``, in order.
    #: Each is checked on its own: a bad one is rejected, the others still apply.
    commands: list[dict[str, Any]] = Field(max_length=500)
    #: The client's pull cursor: one from before a restore of the database is answered
    #: ``409 restored`` and nothing is applied.
    cursor: PlainText | None = Field(default=None, max_length=40)


class CommandResult(BaseModel):
    id: str | None
    status: Literal["applied", "rejected"]
    code: str | None = None
    message: str | None = None
    details: dict[str, Any] | None = None
    #: table -> current server rows the command concerns.
    rows: dict[str, list[dict[str, Any]]]


class PushOut(BaseModel):
    results: list[CommandResult]
    #: The reader's view the rows were read in (as ``MeOut.view``).
    view: str


class StatusIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: Ids of the caller's own pushed commands.
    ids: list[PlainText] = Field(max_length=500)
    #: Settle an id the server has no answer for as taken back (``withdrawn``).
    withdraw: bool = False
    #: Only whether each id is known (``status``): no rows (the resend check after a restore).
    light: bool = False


class CommandStatus(BaseModel):
    id: str
    #: ``unknown``: the server has no answer of this user for the id.
    status: Literal["applied", "rejected", "unknown"]
    code: str | None = None
    message: str | None = None
    details: dict[str, Any] | None = None
    rows: dict[str, list[dict[str, Any]]] | None = None


class StatusOut(BaseModel):
    results: list[CommandStatus]


class PullOut(BaseModel):
    #: table -> rows changed after the cursor, tables in dependency order.
    changes: dict[str, list[dict[str, Any]]]
    #: table -> ids of rows deleted after the cursor.
    tombstones: dict[str, list[str]]
    next_cursor: str
    has_more: bool
    #: Present and true when the page starts over because the reader's view changed:
    #: the client replaces its cached rows with the pages from here.
    reset: bool = False
    #: Present and true (with ``reset``) when the cursor is from before the database was
    #: restored from a backup: the client first sends again what the server lost.
    restored: bool = False
    #: Ids of persons erased or anonymised (``person.erase``) whose row is in this page:
    #: the client removes their rows from its file once caught up (issue 23).
    erased: list[str] = []


class HealthOut(BaseModel):
    status: Literal["ok"]
    version: str


class ReadyOut(HealthOut):
    """/readyz: the database's schema is this version's (``current``) or a newer
    version's (``ahead``, during a rolling deploy)."""

    database_schema: Literal["current", "ahead"]


class MailOut(BaseModel):
    """A notification's delivery record: a mail, or an SMS (``channel``)."""

    id: str
    #: "email" (mail_outbox) or "sms" (sms_outbox).
    channel: Literal["email", "sms"] = "email"
    #: What the notification is about (an SMS: "sms.signing_code").
    kind: str
    #: The recipient: a mail address, or an SMS's phone number.
    to_address: str
    subject: str
    related_id: str | None
    status: Literal["queued", "sending", "sent", "failed"]
    attempts: int
    #: The SMTP server's or SMS gateway's last answer (why it failed or waits; for a
    #: bounced mail the bounce's answer, for an SMS the delivery report's detail).
    last_error: str
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None
    #: How it went in the end: ``status``, or after sending an SMS's delivery report
    #: (delivered, failed) or a mail's address bounced.
    outcome: Literal["queued", "sending", "sent", "delivered", "failed", "bounced"] = "queued"
    #: When it was delivered or bounced (the report's or the bounce's time).
    outcome_at: datetime | None = None
    #: What it was (issue 16): the event, the template (None and version 0: the shipped
    #: default), the binding that sent it, whom as (participant, approving_manager,
    #: contacts, static …) and the person; None on records from before.
    event_type: str | None = None
    template_id: str | None = None
    template_name: str = ""
    template_version: int | None = None
    binding_id: str | None = None
    recipient_kind: str | None = None
    person_id: str | None = None


class MailDetailOut(MailOut):
    """One notification with its text (links with a token and one-time codes removed)."""

    body_text: str


class MailListOut(BaseModel):
    """One page of delivery records, newest first; ``total`` of all that match."""

    mails: list[MailOut]
    total: int = 0
    #: The ``offset`` of the next page; None on the last page.
    next_offset: int | None = None


class ApprovalFailureOut(BaseModel):
    """A registration whose newest approval request mail failed for good."""

    registration_id: str
    #: The failed mail's delivery record (``GET /mail/{id}`` for administrators).
    mail_id: str
    #: When the failed mail was queued: a request made after it is not the one that failed.
    queued_at: datetime
    #: The SMTP server's answer.
    answer: str


class ApprovalFailuresOut(BaseModel):
    """One page of registrations whose approval request failed, by registration id."""

    failures: list[ApprovalFailureOut]
    #: The ``offset`` of the next page; None on the last page.
    next_offset: int | None = None
