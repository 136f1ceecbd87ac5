"""What Kansli processes personal data for: one small table, :data:`PURPOSES`, of the
information GDPR art. 15(1)(a)-(h) and 15(2) asks a register extract to give (purpose,
categories, recipients, retention, where data not given by the person came from), and
the texts on the person's rights and on the one automated decision (the alumni check).

The register extract (:mod:`server.services.extract`) gives it first, in the extract's
language; docs/PRIVACY.md describes the same processing for the controller. Texts are
marked for the server's translations (``server/locale``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from server.i18n import N_, gettext


@dataclass(frozen=True)
class Purpose:
    """One purpose of the processing and what art. 15(1) asks about it."""

    key: str
    purpose: str
    categories: str
    recipients: str
    retention: str
    #: Where the data comes from when the person did not give it (art. 15(1)(g)).
    source: str


PURPOSES: tuple[Purpose, ...] = (
    Purpose(
        "register",
        N_("Keeping the register of people: members, contacts and participants"),
        N_(
            "Name, personnummer or date of birth, postal address, e-mail addresses, phone "
            "numbers, categories, memberships, membership cards, contact roles, notes"
        ),
        N_("The controller's staff who use Kansli, each seeing what their role needs"),
        N_(
            "While you are in the register; an administrator removes you when it is no "
            "longer needed"
        ),
        N_("You, or the controller's staff; a contact role from your organisation"),
    ),
    Purpose(
        "courses",
        N_("Courses: registration, approval, attendance and course evaluations"),
        N_("Registrations with your answers, approvals, attendance, evaluations, notes, bookings"),
        N_("The controller's staff, course leaders; the manager who approves your registration"),
        N_("While the course and its follow-up need it, and while you are in the register"),
        N_("You through the signup form; your manager (approval) or partner on a registration"),
    ),
    Purpose(
        "accounts",
        N_("Invoicing, payments and bookkeeping"),
        N_("Invoices, payment reminders, payments, refunds, card payments, account postings"),
        N_("The controller's treasurer; the card payment provider; the bank"),
        N_("Seven years after the end of the financial year (Bokföringslagen, 7 chapter 2 §)"),
        N_("You; your bank's payment files; the card payment provider"),
    ),
    Purpose(
        "messages",
        N_("Mails and text messages to you"),
        N_("Address or number, subject, text, when sent, delivery status"),
        N_("The mail and text message providers that deliver them"),
        N_("As long as the register keeps the matter they are about"),
        N_("Written by Kansli from the register and the templates"),
    ),
    Purpose(
        "agent_orders",
        N_("Orders placed through an agent for your organisation"),
        N_("Your name, address and role on the order, your signature, the times you acted"),
        N_("The agent who handles the order, the controller's service desk"),
        N_("As long as the order and its evidence must be kept (agreement and accounting)"),
        N_("The agent's order form, filled in by your organisation's contact person"),
    ),
    Purpose(
        "alumni",
        N_("The alumni register"),
        N_("Alumni registrations, student records (studies and degrees)"),
        N_("The controller's alumni officers"),
        N_("While you are registered as an alumnus; you can unregister with the alumni form"),
        N_("Your alumni form; the institution's student records (imported)"),
    ),
    Purpose(
        "audit",
        N_("Security: a log of who read or changed personal data"),
        N_("Who, what, when, about whom (never the values read)"),
        N_("The controller's administrators"),
        N_("As long as the controller keeps its security log"),
        N_("Written by Kansli when staff read or change your data"),
    ),
)

#: What the tenant's retention rules (:mod:`models.retention`) add to a purpose's retention,
#: with the tenant's own periods.
RULES = {
    "messages": N_(
        "The texts of mails and text messages are removed %(days)d days after they were "
        "sent; who, when and the subject are kept while the register keeps the matter"
    ),
    "alumni": N_(
        "While you are registered as an alumnus; a registration that was not approved is "
        "removed %(months)d months after the decision"
    ),
    "audit": N_("%(years)d years"),
}


#: The person's rights (art. 15(1)(e)-(f)).
RIGHTS = N_(
    "You may ask the controller to correct data that is wrong (rectification), to erase "
    "data (erasure), to restrict its processing (restriction), and you may object to the "
    "processing. You may complain to the Swedish Authority for Privacy Protection (IMY, "
    "imy.se)."
)
#: The automated decision-making (art. 15(1)(h)).
AUTOMATED = N_(
    "Alumni registrations are checked automatically: the check matches the registration "
    "to a person by e-mail or personnummer and applies the institution's rules to the "
    "student records; it approves a registration that matches with certainty and leaves "
    "every other one for an alumni officer to decide, with the reason recorded. It "
    "decides nothing else about you. You may ask for a person to review a decision."
)

#: The information block's keys and their headings (in the PDF).
HEADINGS = {
    "purpose": N_("Purpose"),
    "categories": N_("Data"),
    "recipients": N_("Recipients"),
    "retention": N_("Kept"),
    "source": N_("Source"),
    "rights": N_("Your rights"),
    "automated": N_("Automated decisions"),
}


def information(periods: Mapping[str, int] | None = None) -> dict[str, object]:
    """The art. 15 information in the current language (:func:`server.i18n.use_language`);
    ``periods``: the tenant's retention periods (:func:`models.retention.periods_of`), said
    where a rule shortens what a purpose keeps, and listed as they are."""
    values = (
        {
            "days": periods.get("mail_body_days", 0),
            "months": periods.get("denied_alumni_months", 0),
            "years": periods.get("audit_years", 0),
        }
        if periods
        else None
    )

    def retention(p: Purpose) -> str:
        if values is not None and p.key in RULES:
            return gettext(RULES[p.key]) % values
        return gettext(p.retention)

    info: dict[str, object] = {
        "purposes": [
            {
                "key": p.key,
                "purpose": gettext(p.purpose),
                "categories": gettext(p.categories),
                "recipients": gettext(p.recipients),
                "retention": retention(p),
                "source": gettext(p.source),
            }
            for p in PURPOSES
        ],
        "rights": gettext(RIGHTS),
        "automated": gettext(AUTOMATED),
    }
    if periods:
        info["retention_periods"] = dict(periods)
    return info
