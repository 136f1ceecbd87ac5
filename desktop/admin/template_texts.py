"""The words of Kansli's event types and their placeholders in the user's language (issue 16):
the descriptions and meanings of :data:`models.notifications.EVENTS`, listed for lupdate
(``tests/desktop/test_admin_templates.py`` keeps them equal to the model's).

A text not listed here (an event type added later) shows in English until it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.i18n import QT_TRANSLATE_NOOP
from models.notifications import EVENTS, EventType, event_spec

#: Each event type's description (context ``EventTypes``).
EVENT_TEXTS: dict[str, str] = {
    "registration.created": QT_TRANSLATE_NOOP(
        "EventTypes",
        "A registration was made (a sign-up or by staff): the confirmation to the participant",
    ),
    "registration.duplicate": QT_TRANSLATE_NOOP(
        "EventTypes", "Someone signed up again for a round they are already registered for"
    ),
    "registration.approval_requested": QT_TRANSLATE_NOOP(
        "EventTypes", "The approving manager is asked to approve a registration"
    ),
    "registration.approval_reminder": QT_TRANSLATE_NOOP(
        "EventTypes", "The approving manager is reminded of a request not yet answered"
    ),
    "registration.approved": QT_TRANSLATE_NOOP("EventTypes", "The manager approved a registration"),
    "registration.consent_recorded": QT_TRANSLATE_NOOP(
        "EventTypes",
        "The manager's consent was recorded: the receipt, with the link to withdraw it",
    ),
    "registration.cancelled": QT_TRANSLATE_NOOP("EventTypes", "A registration was cancelled"),
    "registration.waiting_list_offer": QT_TRANSLATE_NOOP(
        "EventTypes", "A freed place is offered to the next on the waiting list"
    ),
    "registration.partner_invitation": QT_TRANSLATE_NOOP(
        "EventTypes",
        "A new partner is invited to book their place on a partner course",
    ),
    "round.opens": QT_TRANSLATE_NOOP("EventTypes", "A course round opens for registration"),
    "round.starts_soon": QT_TRANSLATE_NOOP("EventTypes", "A course round starts in a few days"),
    "round.session_changed": QT_TRANSLATE_NOOP(
        "EventTypes", "A session of a round was moved or changed"
    ),
    "round.evaluation": QT_TRANSLATE_NOOP(
        "EventTypes", "A course round has ended: the participants are asked to evaluate it"
    ),
    "round.evaluation_reminder": QT_TRANSLATE_NOOP(
        "EventTypes", "A participant who has not answered a round's evaluation is reminded, once"
    ),
    "round.follow_up": QT_TRANSLATE_NOOP(
        "EventTypes",
        "A course round has ended: its participants are offered the courses that follow it",
    ),
    "round.participant_list": QT_TRANSLATE_NOOP(
        "EventTypes", "A round's participant list and attendance sheet are sent as download links"
    ),
    "alumni.received": QT_TRANSLATE_NOOP("EventTypes", "An alumni registration was received"),
    "alumni.decided": QT_TRANSLATE_NOOP("EventTypes", "An alumni registration was decided"),
    "alumni.confirm_details": QT_TRANSLATE_NOOP(
        "EventTypes",
        "An alumni registration in a known person's name gave new contact details: the person is asked to confirm them",  # noqa: E501 (one literal for lupdate)
    ),
    "alumni.unregister_requested": QT_TRANSLATE_NOOP(
        "EventTypes", "Someone asked to end an alumni membership: the link to confirm it"
    ),
    "alumni.membership_ended": QT_TRANSLATE_NOOP("EventTypes", "An alumni membership was ended"),
    "alumni.approved": QT_TRANSLATE_NOOP(
        "EventTypes",
        "An alumni registration was approved (automatically or by staff): the alumnus is told",
    ),
    "alumni.denied": QT_TRANSLATE_NOOP(
        "EventTypes", "An alumni registration was denied by staff: the alumnus is told"
    ),
    "alumni.approval_withdrawn": QT_TRANSLATE_NOOP(
        "EventTypes",
        "Staff took back the approval of an alumni registration: the alumnus is told",
    ),
    "agent_order.invitation": QT_TRANSLATE_NOOP(
        "EventTypes", "A customer is invited to order a connection through an agent"
    ),
    "agent_order.ordered": QT_TRANSLATE_NOOP("EventTypes", "An agent order was placed"),
    "agent_order.agent_review": QT_TRANSLATE_NOOP(
        "EventTypes", "The agent started reviewing an order"
    ),
    "agent_order.agent_approved": QT_TRANSLATE_NOOP(
        "EventTypes", "The agent approved an order: it awaits the agent's attestation"
    ),
    "agent_order.rejected": QT_TRANSLATE_NOOP("EventTypes", "The agent rejected an order"),
    "agent_order.agent_attested": QT_TRANSLATE_NOOP(
        "EventTypes", "The agent attested an order: it goes to the customer's attestant"
    ),
    "agent_order.customer_attested": QT_TRANSLATE_NOOP(
        "EventTypes", "The customer attested an order"
    ),
    "agent_order.case_created": QT_TRANSLATE_NOOP(
        "EventTypes", "A service-desk case was opened for an attested order"
    ),
    "agent_order.attest_declined": QT_TRANSLATE_NOOP(
        "EventTypes",
        "An attestant declined to attest an order: it goes back to the agent's case handler",
    ),
    "service_desk_case.created": QT_TRANSLATE_NOOP(
        "EventTypes",
        "A service-desk case was opened for an attested order: the service desk is told",
    ),
    "payment.invoice": QT_TRANSLATE_NOOP("EventTypes", "An invoice for a registration is sent"),
    "payment.reminder": QT_TRANSLATE_NOOP("EventTypes", "A reminder of an unpaid invoice"),
    "payment.receipt": QT_TRANSLATE_NOOP("EventTypes", "A receipt for a payment"),
    "payment.credit_note": QT_TRANSLATE_NOOP(
        "EventTypes", "A credit note for a cancelled booking's invoice is sent"
    ),
    "payment.refund": QT_TRANSLATE_NOOP(
        "EventTypes", "Money is paid back (a refund by card or bank, a credit balance paid out)"
    ),
    "user.invitation": QT_TRANSLATE_NOOP(
        "EventTypes", "A user is given an account and chooses a password"
    ),
    "user.password_reset": QT_TRANSLATE_NOOP("EventTypes", "A user asked to reset their password"),
    "user.access_granted": QT_TRANSLATE_NOOP(
        "EventTypes", "A user with an account is given roles in a tenant"
    ),
}

#: What each placeholder holds (context ``Placeholders``).
MEANINGS = (
    QT_TRANSLATE_NOOP("Placeholders", "for how many days the customer's link works"),
    QT_TRANSLATE_NOOP("Placeholders", "how many participants the round has"),
    QT_TRANSLATE_NOOP("Placeholders", "in how many days the round starts"),
    QT_TRANSLATE_NOOP("Placeholders", "the address the ending was confirmed from"),
    QT_TRANSLATE_NOOP("Placeholders", "the address the membership was asked to end for"),
    QT_TRANSLATE_NOOP("Placeholders", "the address the request goes to"),
    QT_TRANSLATE_NOOP("Placeholders", "the agent's name"),
    QT_TRANSLATE_NOOP("Placeholders", "the amount, with its currency"),
    QT_TRANSLATE_NOOP("Placeholders", "the answers given on the sign-up form, one per line"),
    QT_TRANSLATE_NOOP("Placeholders", "the approving manager's name"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "the course administrator's own words to the manager (may be empty)"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the course round's name"),
    QT_TRANSLATE_NOOP("Placeholders", "the course's name"),
    QT_TRANSLATE_NOOP("Placeholders", "the text of the consent as given"),
    QT_TRANSLATE_NOOP("Placeholders", "the manager's personal link to withdraw the consent"),
    QT_TRANSLATE_NOOP("Placeholders", "the customer organisation's name"),
    QT_TRANSLATE_NOOP("Placeholders", "the customer's attestant"),
    QT_TRANSLATE_NOOP("Placeholders", "the day it ended"),
    QT_TRANSLATE_NOOP("Placeholders", "the decision (approved or rejected, with the reason)"),
    QT_TRANSLATE_NOOP("Placeholders", "the evaluation's page"),
    QT_TRANSLATE_NOOP("Placeholders", "the invoice's number"),
    QT_TRANSLATE_NOOP("Placeholders", "the last day of the offer"),
    QT_TRANSLATE_NOOP("Placeholders", "the last day the approval link works"),
    QT_TRANSLATE_NOOP("Placeholders", "the last day the link works"),
    QT_TRANSLATE_NOOP("Placeholders", "the last day the links work"),
    QT_TRANSLATE_NOOP("Placeholders", "the last day to pay"),
    QT_TRANSLATE_NOOP("Placeholders", "the link to the attendance sheet (one column per session)"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "the link to the participant list (a page to print, and CSV for Excel)"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the manager's personal approval link"),
    QT_TRANSLATE_NOOP("Placeholders", "the member's first name"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "the name of the organisation that sends it (Kansli's tenant)"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the name of the person the message goes to"),
    QT_TRANSLATE_NOOP("Placeholders", "the name the alumni registration was made in"),
    QT_TRANSLATE_NOOP("Placeholders", "the new details, one per line"),
    QT_TRANSLATE_NOOP("Placeholders", "the order's number"),
    QT_TRANSLATE_NOOP("Placeholders", "the organisation the account is for"),
    QT_TRANSLATE_NOOP("Placeholders", "the page of the order for the recipient (may be empty)"),
    QT_TRANSLATE_NOOP("Placeholders", "the participant's first name"),
    QT_TRANSLATE_NOOP(
        "Placeholders",
        "the reason staff chose to tell the alumnus, as a paragraph (empty: none)",
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the participant's full name"),
    QT_TRANSLATE_NOOP("Placeholders", "the participant's personal link to book them"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "the participant's personal link to accept or decline the place"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the person's first name"),
    QT_TRANSLATE_NOOP("Placeholders", "the personal link to choose a new password"),
    QT_TRANSLATE_NOOP("Placeholders", "the personal link to choose a password"),
    QT_TRANSLATE_NOOP("Placeholders", "the personal link to confirm them"),
    QT_TRANSLATE_NOOP("Placeholders", "the personal link to end the membership"),
    QT_TRANSLATE_NOOP("Placeholders", "the personal order page"),
    QT_TRANSLATE_NOOP("Placeholders", "the recipient's personal link to book the round"),
    QT_TRANSLATE_NOOP("Placeholders", "the open rounds of the courses that follow, one per line"),
    QT_TRANSLATE_NOOP("Placeholders", "the round's dates, place and sessions, one per line"),
    QT_TRANSLATE_NOOP("Placeholders", "the round's sign-up page"),
    QT_TRANSLATE_NOOP("Placeholders", "the service ordered"),
    QT_TRANSLATE_NOOP("Placeholders", "the service-desk case's number"),
    QT_TRANSLATE_NOOP("Placeholders", "the case's title"),
    QT_TRANSLATE_NOOP("Placeholders", "the session as it is now: day, time, room"),
    QT_TRANSLATE_NOOP("Placeholders", "the sign-up form's own confirmation text (may be empty)"),
    QT_TRANSLATE_NOOP("Placeholders", "the user's name"),
    QT_TRANSLATE_NOOP(
        "Placeholders",
        "what happens next: the waiting list, the request to the manager (may be empty)",
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "that the approving manager was asked to approve it (may be empty)"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "what happens next: the waiting list (may be empty)"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "what happens next: the waiting list, or the review and why (may be empty)"
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders",
        "the price: each line (course fee, discounts, membership fee, credit used) with its amount, and what is left to pay (empty when the course is free)",  # noqa: E501 (one literal for lupdate)
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "what is left to pay, e.g. 200 kr (empty when the course is free)"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "when the link stops working"),
    QT_TRANSLATE_NOOP("Placeholders", "where to pay or see the invoice"),
    QT_TRANSLATE_NOOP("Placeholders", "who approved it (their e-mail address)"),
    QT_TRANSLATE_NOOP("Placeholders", "who approved the order"),
    QT_TRANSLATE_NOOP("Placeholders", "who attested it for the agent"),
    QT_TRANSLATE_NOOP("Placeholders", "who attested it for the customer"),
    QT_TRANSLATE_NOOP("Placeholders", "who signed up with the recipient as their partner"),
    QT_TRANSLATE_NOOP("Placeholders", "who will attest the order for the customer"),
    QT_TRANSLATE_NOOP("Placeholders", "why the order was rejected"),
    QT_TRANSLATE_NOOP("Placeholders", "who declined to attest"),
    QT_TRANSLATE_NOOP("Placeholders", "why the attestant declined"),
    QT_TRANSLATE_NOOP("Placeholders", "1 for the first reminder, 2 for the second"),
    QT_TRANSLATE_NOOP("Placeholders", "the Bankgiro number to pay to"),
    QT_TRANSLATE_NOOP("Placeholders", "the day the invoice was due"),
    QT_TRANSLATE_NOOP("Placeholders", "the day the payment was made"),
    QT_TRANSLATE_NOOP("Placeholders", "the invoice's OCR reference"),
    QT_TRANSLATE_NOOP("Placeholders", "the late interest charged with this reminder (0 kr: none)"),
    QT_TRANSLATE_NOOP("Placeholders", "the link to the invoice as a PDF"),
    QT_TRANSLATE_NOOP("Placeholders", "the reminder fee charged with this reminder (0 kr: none)"),
    QT_TRANSLATE_NOOP("Placeholders", "what is left to pay on the invoice after this payment"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "what to pay now: what is left of the invoice, reminder fees and interest"
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "what was paid in excess, kept as the person's credit balance (0 kr: none)"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the number of the invoice it credits"),
    QT_TRANSLATE_NOOP("Placeholders", "what is left to pay on the invoice after the credit"),
    QT_TRANSLATE_NOOP("Placeholders", "the link to the credit note as a PDF"),
    QT_TRANSLATE_NOOP("Placeholders", "the amount paid back, with its currency"),
    QT_TRANSLATE_NOOP("Placeholders", "the day it was paid back"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "where it went: the card provider (Stripe, Swish) or the bank account"
    ),
)


def event_text(event_type: str) -> str:
    """The description of ``event_type`` in the user's language (the value itself when
    it is no event type of Kansli)."""
    try:
        description = EVENTS[EventType(event_type)].description
    except ValueError:
        return event_type
    return QCoreApplication.translate("EventTypes", description)


def placeholder_rows(event_type: str) -> list[tuple[str, str]]:
    """The placeholders of ``event_type`` as (``{name}``, what it holds), in the user's
    language, alphabetical."""
    spec = event_spec(event_type)
    return [
        ("{" + name + "}", QCoreApplication.translate("Placeholders", meaning))
        for name, meaning in sorted(spec.placeholders.items())
    ]


def event_combo() -> QComboBox:
    """A choice of Kansli's event types, by their description in the user's language."""
    combo = QComboBox()
    for kind in sorted(EVENTS, key=lambda k: event_text(k).casefold()):
        combo.addItem(event_text(kind), kind.value)
    return combo
