"""Notifications (seed 002, issue 16): Kansli's event types and the message templates made
for them.

An *event type* (:class:`EventType`) is something that happens in Kansli and may notify
someone: a registration is created, an agent order reaches a step, a round starts soon.
Each has the values a message about it may use (:data:`EVENTS`: its placeholders, with
what each holds) and a description.

A *message template* (:class:`MessageTemplate`, a synced table: staff edit them offline)
is made for one event type and one language: a subject, an e-mail body and an SMS text
with placeholders written ``{participant_name}``. The seed's rule holds: a template can
only be used with the event type it was made for, so the event type never changes and
only that type's placeholders are accepted (:func:`check_text`, run by the commands when
a template is saved, on the desktop and on the server alike). ``{{`` and ``}}`` write a
brace. :func:`render` fills a text from the values: no expression is ever evaluated.

A template is edited as a draft (``subject``, ``email_body``, ``sms_text``); sending uses
what was last published (``published_*``), so a draft changes nothing until
``message_template.publish`` copies it and counts ``version`` up.
"""

from __future__ import annotations

import enum
import string
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.agent_orders import OrderState
from models.base import Base, SyncMixin
from models.errors import ValidationError
from models.organisations import ArchivedByTombstone


class EventType(enum.StrEnum):
    """The events of Kansli a notification can be bound to."""

    REGISTRATION_CREATED = "registration.created"
    REGISTRATION_DUPLICATE = "registration.duplicate"
    REGISTRATION_APPROVAL_REQUESTED = "registration.approval_requested"
    REGISTRATION_APPROVAL_REMINDER = "registration.approval_reminder"
    REGISTRATION_APPROVED = "registration.approved"
    REGISTRATION_CONSENT_RECORDED = "registration.consent_recorded"
    REGISTRATION_CANCELLED = "registration.cancelled"
    REGISTRATION_WAITING_LIST_OFFER = "registration.waiting_list_offer"
    REGISTRATION_PARTNER_INVITATION = "registration.partner_invitation"
    ROUND_OPENS = "round.opens"
    ROUND_STARTS_SOON = "round.starts_soon"
    ROUND_SESSION_CHANGED = "round.session_changed"
    ROUND_EVALUATION = "round.evaluation"
    ROUND_EVALUATION_REMINDER = "round.evaluation_reminder"
    ROUND_FOLLOW_UP = "round.follow_up"
    ROUND_PARTICIPANT_LIST = "round.participant_list"
    ALUMNI_RECEIVED = "alumni.received"
    ALUMNI_DECIDED = "alumni.decided"
    ALUMNI_CONFIRM_DETAILS = "alumni.confirm_details"
    ALUMNI_UNREGISTER_REQUESTED = "alumni.unregister_requested"
    ALUMNI_MEMBERSHIP_ENDED = "alumni.membership_ended"
    ALUMNI_APPROVED = "alumni.approved"
    ALUMNI_DENIED = "alumni.denied"
    ALUMNI_APPROVAL_WITHDRAWN = "alumni.approval_withdrawn"
    AGENT_ORDER_INVITATION = "agent_order.invitation"
    AGENT_ORDER_ORDERED = f"agent_order.{OrderState.ORDERED}"
    AGENT_ORDER_AGENT_REVIEW = f"agent_order.{OrderState.AGENT_REVIEW}"
    AGENT_ORDER_AGENT_APPROVED = f"agent_order.{OrderState.AGENT_APPROVED}"
    AGENT_ORDER_REJECTED = f"agent_order.{OrderState.REJECTED}"
    AGENT_ORDER_AGENT_ATTESTED = f"agent_order.{OrderState.AGENT_ATTESTED}"
    AGENT_ORDER_CUSTOMER_ATTESTED = f"agent_order.{OrderState.CUSTOMER_ATTESTED}"
    AGENT_ORDER_CASE_CREATED = f"agent_order.{OrderState.CASE_CREATED}"
    AGENT_ORDER_ATTEST_DECLINED = "agent_order.attest_declined"
    SERVICE_DESK_CASE_CREATED = "service_desk_case.created"
    PAYMENT_INVOICE = "payment.invoice"
    PAYMENT_REMINDER = "payment.reminder"
    PAYMENT_RECEIPT = "payment.receipt"
    PAYMENT_CREDIT_NOTE = "payment.credit_note"
    PAYMENT_REFUND = "payment.refund"
    USER_INVITATION = "user.invitation"
    USER_PASSWORD_RESET = "user.password_reset"  # noqa: S105 (an event, not a secret)
    USER_ACCESS_GRANTED = "user.access_granted"


@dataclass(frozen=True)
class EventSpec:
    """What an event type is and the values its messages may use (name -> what it holds)."""

    description: str
    placeholders: Mapping[str, str]


#: Every message may greet its recipient and sign with the tenant.
_COMMON = {
    "recipient_name": "the name of the person the message goes to",
    "tenant": "the name of the organisation that sends it (Kansli's tenant)",
}
_ROUND = {
    "course": "the course's name",
    "round": "the course round's name",
    "round_details": "the round's dates, place and sessions, one per line",
}
_REGISTRATION = {
    **_ROUND,
    "participant_name": "the participant's full name",
    "participant_first_name": "the participant's first name",
}
_APPROVAL = {
    **_REGISTRATION,
    "manager_name": "the approving manager's name",
    "manager_email": "the address the request goes to",
    "message": "the course administrator's own words to the manager (may be empty)",
    "link": "the manager's personal approval link",
    "link_valid_until": "the last day the approval link works",
}
_ORDER = {
    "number": "the order's number",
    "customer": "the customer organisation's name",
    "agent": "the agent's name",
    "service": "the service ordered",
    "link": "the page of the order for the recipient (may be empty)",
}
_PAYMENT = {
    **_REGISTRATION,
    "amount": "the amount, with its currency",
    "invoice_number": "the invoice's number",
    "due_date": "the last day to pay",
    "payment_link": "where to pay or see the invoice",
}
_USER = {"user_name": "the user's name", "organisation": "the organisation the account is for"}


def _spec(description: str, *groups: Mapping[str, str], **more: str) -> EventSpec:
    merged: dict[str, str] = dict(_COMMON)
    for group in groups:
        merged.update(group)
    merged.update(more)
    return EventSpec(description, merged)


E = EventType
#: Every event type with its description and placeholders.
EVENTS: Mapping[EventType, EventSpec] = {
    E.REGISTRATION_CREATED: _spec(
        "A registration was made (a sign-up or by staff): the confirmation to the participant",
        _REGISTRATION,
        answers="the answers given on the sign-up form, one per line",
        form_text="the sign-up form's own confirmation text (may be empty)",
        notes="what happens next: the waiting list, or the review and why (may be empty)",
        approval_notice="that the approving manager was asked to approve it (may be empty)",
        price_lines="the price: each line (course fee, discounts, membership fee, credit "
        "used) with its amount, and what is left to pay (empty when the course is free)",
        to_pay="what is left to pay, e.g. 200 kr (empty when the course is free)",
    ),
    E.REGISTRATION_DUPLICATE: _spec(
        "Someone signed up again for a round they are already registered for",
        _REGISTRATION,
    ),
    E.REGISTRATION_APPROVAL_REQUESTED: _spec(
        "The approving manager is asked to approve a registration", _APPROVAL
    ),
    E.REGISTRATION_APPROVAL_REMINDER: _spec(
        "The approving manager is reminded of a request not yet answered", _APPROVAL
    ),
    E.REGISTRATION_APPROVED: _spec(
        "The manager approved a registration",
        _REGISTRATION,
        approved_by="who approved it (their e-mail address)",
    ),
    E.REGISTRATION_CONSENT_RECORDED: _spec(
        "The manager's consent was recorded: the receipt, with the link to withdraw it",
        _REGISTRATION,
        manager_name="the approving manager's name",
        consent_text="the text of the consent as given",
        withdraw_link="the manager's personal link to withdraw the consent",
    ),
    E.REGISTRATION_CANCELLED: _spec("A registration was cancelled", _REGISTRATION),
    E.REGISTRATION_WAITING_LIST_OFFER: _spec(
        "A freed place is offered to the next on the waiting list",
        _REGISTRATION,
        link="the participant's personal link to accept or decline the place",
        offer_valid_until="the last day of the offer",
    ),
    E.REGISTRATION_PARTNER_INVITATION: _spec(
        "A new partner is invited to book their place on a partner course",
        _ROUND,
        inviter_name="who signed up with the recipient as their partner",
        booking_link="the recipient's personal link to book the round",
        link_valid_until="the last day the link works",
    ),
    E.ROUND_OPENS: _spec(
        "A course round opens for registration",
        _ROUND,
        signup_link="the round's sign-up page",
    ),
    E.ROUND_STARTS_SOON: _spec(
        "A course round starts in a few days",
        _REGISTRATION,
        days="in how many days the round starts",
    ),
    E.ROUND_SESSION_CHANGED: _spec(
        "A session of a round was moved or changed",
        _REGISTRATION,
        session_details="the session as it is now: day, time, room",
    ),
    E.ROUND_EVALUATION: _spec(
        "A course round has ended: the participants are asked to evaluate it",
        _REGISTRATION,
        evaluation_link="the evaluation's page",
    ),
    E.ROUND_EVALUATION_REMINDER: _spec(
        "A participant who has not answered a round's evaluation is reminded, once",
        _REGISTRATION,
        evaluation_link="the evaluation's page",
    ),
    E.ROUND_FOLLOW_UP: _spec(
        "A course round has ended: its participants are offered the courses that follow it",
        _REGISTRATION,
        follow_up_courses="the open rounds of the courses that follow, one per line",
        booking_link="the participant's personal link to book them",
        link_valid_until="the last day the link works",
    ),
    E.ROUND_PARTICIPANT_LIST: _spec(
        "A round's participant list and attendance sheet are sent as download links",
        _ROUND,
        participant_count="how many participants the round has",
        report_link="the link to the participant list (a page to print, and CSV for Excel)",
        attendance_link="the link to the attendance sheet (one column per session)",
        link_valid_until="the last day the links work",
    ),
    E.ALUMNI_RECEIVED: _spec(
        "An alumni registration was received",
        member_name="the name the alumni registration was made in",
    ),
    E.ALUMNI_DECIDED: _spec(
        "An alumni registration was decided",
        member_name="the name the alumni registration was made in",
        decision="the decision (approved or rejected, with the reason)",
    ),
    E.ALUMNI_CONFIRM_DETAILS: _spec(
        "An alumni registration in a known person's name gave new contact details: the "
        "person is asked to confirm them",
        member_name="the person's first name",
        details="the new details, one per line",
        link="the personal link to confirm them",
    ),
    E.ALUMNI_UNREGISTER_REQUESTED: _spec(
        "Someone asked to end an alumni membership: the link to confirm it",
        address="the address the membership was asked to end for",
        link="the personal link to end the membership",
        link_valid_until="when the link stops working",
    ),
    E.ALUMNI_MEMBERSHIP_ENDED: _spec(
        "An alumni membership was ended",
        member_name="the member's first name",
        address="the address the ending was confirmed from",
        day="the day it ended",
    ),
    E.ALUMNI_APPROVED: _spec(
        "An alumni registration was approved (automatically or by staff): the alumnus is told",
        member_name="the member's first name",
    ),
    E.ALUMNI_DENIED: _spec(
        "An alumni registration was denied by staff: the alumnus is told",
        member_name="the member's first name",
        reason="the reason staff chose to tell the alumnus, as a paragraph (empty: none)",
    ),
    E.ALUMNI_APPROVAL_WITHDRAWN: _spec(
        "Staff took back the approval of an alumni registration: the alumnus is told",
        member_name="the member's first name",
    ),
    E.AGENT_ORDER_INVITATION: _spec(
        "A customer is invited to order a connection through an agent",
        organisation="the customer organisation's name",
        link="the personal order page",
        link_valid_until="the last day the link works",
    ),
    E.AGENT_ORDER_ORDERED: _spec(
        "An agent order was placed",
        _ORDER,
        attestant="who will attest the order for the customer",
    ),
    E.AGENT_ORDER_AGENT_REVIEW: _spec("The agent started reviewing an order", _ORDER),
    E.AGENT_ORDER_AGENT_APPROVED: _spec(
        "The agent approved an order: it awaits the agent's attestation",
        _ORDER,
        approver="who approved the order",
    ),
    E.AGENT_ORDER_REJECTED: _spec(
        "The agent rejected an order", _ORDER, reason="why the order was rejected"
    ),
    E.AGENT_ORDER_AGENT_ATTESTED: _spec(
        "The agent attested an order: it goes to the customer's attestant",
        _ORDER,
        signer="who attested it for the agent",
        attestant="the customer's attestant",
        days="for how many days the customer's link works",
    ),
    E.AGENT_ORDER_CUSTOMER_ATTESTED: _spec(
        "The customer attested an order", _ORDER, signer="who attested it for the customer"
    ),
    E.AGENT_ORDER_CASE_CREATED: _spec(
        "A service-desk case was opened for an attested order",
        _ORDER,
        case="the service-desk case's number",
    ),
    E.AGENT_ORDER_ATTEST_DECLINED: _spec(
        "An attestant declined to attest an order: it goes back to the agent's case handler",
        _ORDER,
        decliner="who declined to attest",
        reason="why the attestant declined",
    ),
    E.SERVICE_DESK_CASE_CREATED: _spec(
        "A service-desk case was opened for an attested order: the service desk is told",
        _ORDER,
        case="the service-desk case's number",
        title="the case's title",
    ),
    E.PAYMENT_INVOICE: _spec(
        "An invoice for a registration is sent",
        _PAYMENT,
        ocr="the invoice's OCR reference",
        bankgiro="the Bankgiro number to pay to",
        due_on="the last day to pay",
        invoice_link="the link to the invoice as a PDF",
    ),
    E.PAYMENT_REMINDER: _spec(
        "A reminder of an unpaid invoice",
        _PAYMENT,
        level="1 for the first reminder, 2 for the second",
        ocr="the invoice's OCR reference",
        bankgiro="the Bankgiro number to pay to",
        due_on="the day the invoice was due",
        fee="the reminder fee charged with this reminder (0 kr: none)",
        interest="the late interest charged with this reminder (0 kr: none)",
        total="what to pay now: what is left of the invoice, reminder fees and interest",
    ),
    E.PAYMENT_RECEIPT: _spec(
        "A receipt for a payment",
        _PAYMENT,
        paid_on="the day the payment was made",
        ocr="the invoice's OCR reference",
        still_open="what is left to pay on the invoice after this payment",
        credit="what was paid in excess, kept as the person's credit balance (0 kr: none)",
    ),
    E.PAYMENT_CREDIT_NOTE: _spec(
        "A credit note for a cancelled booking's invoice is sent",
        _PAYMENT,
        credited_invoice="the number of the invoice it credits",
        still_open="what is left to pay on the invoice after the credit",
        credit_note_link="the link to the credit note as a PDF",
    ),
    E.PAYMENT_REFUND: _spec(
        "Money is paid back (a refund by card or bank, a credit balance paid out)",
        _REGISTRATION,
        amount="the amount paid back, with its currency",
        refunded_on="the day it was paid back",
        paid_to="where it went: the card provider (Stripe, Swish) or the bank account",
    ),
    E.USER_INVITATION: _spec(
        "A user is given an account and chooses a password",
        _USER,
        link="the personal link to choose a password",
    ),
    E.USER_PASSWORD_RESET: _spec(
        "A user asked to reset their password",
        _USER,
        link="the personal link to choose a new password",
    ),
    E.USER_ACCESS_GRANTED: _spec("A user with an account is given roles in a tenant", _USER),
}


class Language(enum.StrEnum):
    SV = "sv"
    EN = "en"


class TemplateState(enum.StrEnum):
    #: Changed since it was last published (or never published).
    DRAFT = "draft"
    #: What is sent is what the template says.
    PUBLISHED = "published"


#: The texts of a template, drafted and published.
TEXT_FIELDS = ("subject", "email_body", "sms_text")


class MessageTemplate(SyncMixin, Base):
    """A message made for one event type in one language (see the module's docstring)."""

    __tablename__ = "message_template"

    event_type: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(5), default=Language.SV)
    subject: Mapped[str] = mapped_column(String(300), default="")
    email_body: Mapped[str] = mapped_column(Text, default="")
    sms_text: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default=TemplateState.DRAFT)
    #: How many times it was published (0: never); each sent notification records it.
    version: Mapped[int] = mapped_column(Integer, default=0)
    published_subject: Mapped[str] = mapped_column(String(300), default="")
    published_email_body: Mapped[str] = mapped_column(Text, default="")
    published_sms_text: Mapped[str] = mapped_column(Text, default="")


# -- bindings and static recipients -------------------------------------------------------


class ScopeKind(enum.StrEnum):
    """What a binding applies to: the whole tenant or one row of these."""

    TENANT = "tenant"
    CATEGORY = "category"
    COURSE = "course"
    ROUND = "round"
    AGENT = "agent"
    CUSTOMER = "customer"
    CONTRACT = "contract"


#: The most specific scope first: of an event's matching bindings, those of the first
#: level that has any are the ones that hold.
SCOPE_ORDER: tuple[ScopeKind, ...] = (
    ScopeKind.ROUND,
    ScopeKind.COURSE,
    ScopeKind.CATEGORY,
    ScopeKind.CONTRACT,
    ScopeKind.CUSTOMER,
    ScopeKind.AGENT,
    ScopeKind.TENANT,
)


class RecipientKind(enum.StrEnum):
    """Whom a binding sends to."""

    #: The event's participant (a registration's person).
    PARTICIPANT = "participant"
    #: The registration's approving manager.
    APPROVING_MANAGER = "approving_manager"
    #: The contacts in the role Notification recipient of the agent, customer, contract or
    #: organisation the event concerns (the seed's dynamic recipients).
    CONTACTS = "contacts"
    #: The tenant's static recipients (:class:`NotificationRecipient`).
    STATIC = "static"
    #: Everyone the event notifies by itself, without a binding: an agent order's orderer,
    #: case handlers and attestants, a user, an alumni member, a registration's
    #: participant and manager (each address once).
    INVOLVED = "involved"


class Channel(enum.StrEnum):
    EMAIL = "email"
    SMS = "sms"


class NotificationBinding(ArchivedByTombstone, Base):
    """A template activated for an event type in a scope, to some recipients by some
    channels. ``template_id`` None: the event's shipped default template. Archived (its
    tombstone, ``notification_binding.archive``) it holds no more."""

    __tablename__ = "notification_binding"

    event_type: Mapped[str] = mapped_column(String(60))
    template_id: Mapped[str | None] = mapped_column(
        ForeignKey("message_template.id"), index=True, default=None
    )
    scope_kind: Mapped[str] = mapped_column(String(20), default=ScopeKind.TENANT)
    #: The row of ``scope_kind``; None for the tenant.
    scope_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: :class:`RecipientKind` values.
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: :class:`Channel` values.
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)


class NotificationRecipient(ArchivedByTombstone, Base):
    """A static recipient (seed 002): a person who gets the notifications bound to
    "static" recipients, with or without a login. Their name, addresses and numbers are
    the person's; a user's SMS goes to the phone the user registered."""

    __tablename__ = "notification_recipient"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    #: What they are, in the tenant's words ("Kursadministratör").
    role: Mapped[str] = mapped_column(String(200), default="")
    #: The user (app_user id) the person is, if they have a login.
    user_id: Mapped[str | None] = mapped_column(String(36), default=None)


def bindings_of(session: Session, template_id: str) -> list[NotificationBinding]:
    """The live bindings that send ``template_id`` (or a template sent in its place: a
    binding names one language's template, and a recipient of another language gets its
    sibling of the same event type and name), oldest first: what publishing it changes."""
    template = session.get(MessageTemplate, template_id)
    if template is None:
        return []
    siblings = select(MessageTemplate.id).where(
        MessageTemplate.tenant_id == template.tenant_id,
        MessageTemplate.event_type == template.event_type,
        MessageTemplate.name == template.name,
        MessageTemplate.deleted_at.is_(None),
    )
    query = select(NotificationBinding).where(
        NotificationBinding.tenant_id == template.tenant_id,
        NotificationBinding.deleted_at.is_(None),
        NotificationBinding.template_id.in_(siblings)
        | (NotificationBinding.template_id == template_id),
    )
    order = (NotificationBinding.updated_at, NotificationBinding.id)
    return list(session.scalars(query.order_by(*order)))


# -- placeholders ------------------------------------------------------------------------

_FORMATTER = string.Formatter()


def placeholders(text: str, *, field: str = "text") -> list[str]:
    """The placeholders of ``text`` in order (``{{``/``}}`` are braces, not placeholders).

    A malformed text (a lone brace, an empty ``{}``, a format or conversion such as
    ``{name!r}`` / ``{name:>10}``, an attribute or index) is refused naming ``field``.
    """
    try:
        parts = list(_FORMATTER.parse(text))
    except ValueError:
        raise ValidationError(
            "A brace has no pair: write a placeholder as {example} and a brace as {braces}",
            field=field,
            params={"example": "{name}", "braces": "{{ }}"},
        ) from None
    names: list[str] = []
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValidationError(
                "{placeholder} is not a placeholder: write a placeholder as {example}",
                field=field,
                params={
                    "placeholder": "{" + _written(name, spec, conversion) + "}",
                    "example": "{name}",
                },
            )
        names.append(name)
    return names


def _written(name: str, spec: str | None, conversion: str | None) -> str:
    return name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")


def check_text(event_type: str, text: str, *, field: str = "text") -> None:
    """Refuse a text of a template for ``event_type`` that is malformed or uses a
    placeholder the event type does not have (naming it and ``field``)."""
    spec = event_spec(event_type)
    for name in placeholders(text, field=field):
        if name not in spec.placeholders:
            raise ValidationError(
                "{placeholder} is not a value of {event}: use one of {known}",
                field=field,
                params={
                    "placeholder": "{" + name + "}",
                    "event": event_type,
                    "known": ", ".join("{" + p + "}" for p in sorted(spec.placeholders)),
                },
            )


def event_spec(event_type: str) -> EventSpec:
    """The event type's spec; an unknown event type is refused."""
    try:
        return EVENTS[EventType(event_type)]
    except ValueError:
        raise ValidationError(
            "{event} is not an event type of Kansli",
            field="event_type",
            params={"event": event_type},
        ) from None


def render(text: str, values: Mapping[str, object]) -> str:
    """``text`` with each placeholder replaced by its value (``str()``; a missing value
    is empty). Only plain names are filled: nothing in ``text`` is evaluated."""
    out: list[str] = []
    for literal, name in _parsed(text):
        out.append(literal)
        if name is not None:
            value = values.get(name)
            out.append("" if value is None else str(value))
    return "".join(out)


@lru_cache(maxsize=4096)
def _parsed(text: str) -> tuple[tuple[str, str | None], ...]:
    """``text`` as (literal, placeholder name or None) parts; remembered, as a fan-out
    renders the same texts for thousands of recipients."""
    return tuple((literal, name) for literal, name, _s, _c in _FORMATTER.parse(text))


#: How wide a mail's paragraphs are wrapped.
MAIL_WIDTH = 78


def render_mail(text: str, values: Mapping[str, object]) -> str:
    """An e-mail body: ``text`` rendered line by line. A line that is one placeholder
    alone is a *block*: its value's lines as they are (a list, an address, a link), and
    when the value is empty the line and the blank line after it are left out. Every
    other line is a paragraph, wrapped at :data:`MAIL_WIDTH` characters."""
    out: list[str] = []
    skip_blank = False
    for line in text.split("\n"):
        parts = _parsed(line) if "{" in line else ()
        if len(parts) == 1 and not parts[0][0] and parts[0][1]:
            value = values.get(parts[0][1])
            block = "" if value is None else str(value)
            skip_blank = not block.strip()
            if not skip_blank:
                out += block.split("\n")
            continue
        if skip_blank and not line:
            skip_blank = False
            continue
        skip_blank = False
        for rendered in render(line, values).split("\n"):
            out += _wrapped(rendered)
    return "\n".join(out)


@lru_cache(maxsize=4096)
def _wrapped(paragraph: str) -> tuple[str, ...]:
    """``paragraph`` wrapped at :data:`MAIL_WIDTH`; remembered, as a fan-out renders the
    same paragraphs for thousands of recipients."""
    return tuple(textwrap.wrap(paragraph, width=MAIL_WIDTH, break_on_hyphens=False) or [""])
