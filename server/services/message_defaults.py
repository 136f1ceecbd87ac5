"""The message templates Kansli ships (issue 16): today's mails as templates per event type,
in Swedish and English.

Each :class:`DefaultTemplate` names the mail it replaces (``replaces``: the outbox kind the
services queue today) and the event type it is for; its texts use only that event type's
placeholders (:data:`models.notifications.EVENTS`, checked by
``tests/server/test_message_defaults.py``). One event can have several defaults, one per
recipient (an agent order's step tells the case handlers one thing and the customer
another). The sending still happens in the services; the next step moves it onto these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from models.notifications import EventType, Language

E = EventType
SV, EN = Language.SV, Language.EN


@dataclass(frozen=True)
class Texts:
    """A template's texts in one language."""

    name: str
    subject: str
    email_body: str
    sms_text: str = ""


class DefaultTemplate(NamedTuple):
    """A shipped template: its key, event type, the mail it replaces and its texts."""

    key: str
    event_type: EventType
    replaces: str
    texts: Mapping[Language, Texts]
    #: The channels of the shipped default binding (a tenant that bound nothing).
    channels: tuple[str, ...] = ("email",)


_LINK_ONCE_SV = (
    "Länken är personlig (för {manager_email}), kan användas en gång och gäller till och med "
    "{link_valid_until}."
)
_LINK_ONCE_EN = (
    "The link is personal (for {manager_email}), works once, and expires on {link_valid_until}."
)

_APPROVAL_EN = """Hello {manager_name},

{participant_name} is registered for {course}, and you are named as the approving manager.

{round_details}

{message}

Please review the registration, the terms and the consent to the processing of personal data, and approve the registration here:

{link}

{link_valid}
If you are not the right person to approve, tell the course administrator.

{tenant}"""  # noqa: E501

_APPROVAL_SV = """Hej {manager_name},

{participant_name} är anmäld till {course}, och du är angiven som godkännande chef.

{round_details}

{message}

Läs igenom anmälan, villkoren och samtycket till behandling av personuppgifter, och godkänn anmälan här:

{link}

{link_valid}
Om du inte är rätt person att godkänna anmälan, meddela kursadministratören.

{tenant}"""  # noqa: E501


#: Per language: the names of the request and the reminder, the reminder's subject prefix
#: and first line, the subject, the body.
_APPROVAL_WORDS = {
    EN: (
        "Approval request",
        "Approval reminder",
        "Reminder: ",
        "This is a reminder of our earlier request.",
        "Please approve {participant_name}'s registration for {course}",
        _APPROVAL_EN.replace("{link_valid}", _LINK_ONCE_EN),
    ),
    SV: (
        "Begäran om godkännande",
        "Påminnelse om godkännande",
        "Påminnelse: ",
        "Det här är en påminnelse om vår tidigare förfrågan.",
        "Godkänn anmälan av {participant_name} till {course}",
        _APPROVAL_SV.replace("{link_valid}", _LINK_ONCE_SV),
    ),
}


def _approval(reminder: bool, language: Language) -> Texts:
    request, reminding, prefix, first_line, subject, body = _APPROVAL_WORDS[language]
    sms = subject + ": {link}"
    if not reminder:
        return Texts(request, subject, body, sms)
    body = body.replace(",\n\n", f",\n\n{first_line}\n\n", 1)
    return Texts(reminding, prefix + subject, body, prefix + sms)


#: How an agent-order mail ends before its signature: for staff, the order's page in Kansli
#: (with where to find it); for the customer's attestant, their personal page; for the
#: customer, nothing.
STAFF, PAGE, NO_LINK = "staff", "page", ""

#: Per language: the greeting and the line before a staff member's link.
_ORDER_WORDS = {
    EN: (
        "Hello",
        "Open it in Kansli (Agent orders › My approvals), or sign in with your Kansli "
        "account in a web browser here:",
    ),
    SV: (
        "Hej",
        "Öppna den i Kansli (Beställningar via agent › Mina godkännanden), eller logga in "
        "med ditt Kansli-konto i en webbläsare här:",
    ),
}


class InApp(NamedTuple):
    """The in-app notification that goes with an agent-order mail: the outbox ``kind`` of
    the mail (what it replaces, without its note) and, per language, the mail's subject and
    text without greeting and link."""

    kind: str
    texts: Mapping[str, tuple[str, str]]


#: The in-app notification of each agent-order default, by the default's key.
IN_APP: dict[str, InApp] = {}


def _order(
    key: str,
    event: EventType,
    replaces: str,
    en: tuple[str, str, str],
    sv: tuple[str, str, str],
    *,
    link: str = NO_LINK,
    named: bool = True,
) -> DefaultTemplate:
    """An agent-order mail: a title, a text and, by ``link``, the page of the order; it
    greets the recipient by name unless ``named`` is False (no name is known)."""

    def texts(language: Language, name: str, subject: str, text: str) -> Texts:
        hello, open_it = _ORDER_WORDS[language]
        greeting = f"{hello} {{recipient_name}}," if named else f"{hello},"
        end = {STAFF: f"{open_it}\n\n{{link}}\n\n", PAGE: "{link}\n\n", NO_LINK: ""}[link]
        return Texts(name, subject, f"{greeting}\n\n{text}\n\n{end}{{tenant}}")

    IN_APP[key] = InApp(replaces.split(" (", 1)[0], {EN: en[1:], SV: sv[1:]})
    return DefaultTemplate(key, event, replaces, {EN: texts(EN, *en), SV: texts(SV, *sv)})


DEFAULTS: tuple[DefaultTemplate, ...] = (
    DefaultTemplate(
        "registration.created",
        E.REGISTRATION_CREATED,
        "mail.signup_confirmation",
        {
            EN: Texts(
                "Registration received",
                "Registration received: {course} ({round})",
                "Hello {participant_first_name},\n\n"
                "Thank you for signing up. We have received your registration:\n\n"
                "{round_details}\n\n{notes}\n\n{price_lines}\n\n{form_text}\n\n"
                "Your answers:\n{answers}\n\n{approval_notice}\n\n{tenant}",
                "Thank you for signing up for {course} ({round}). /{tenant}",
            ),
            SV: Texts(
                "Anmälan mottagen",
                "Anmälan mottagen: {course} ({round})",
                "Hej {participant_first_name},\n\n"
                "Tack för din anmälan. Vi har tagit emot den:\n\n"
                "{round_details}\n\n{notes}\n\n{price_lines}\n\n{form_text}\n\n"
                "Dina svar:\n{answers}\n\n{approval_notice}\n\n{tenant}",
                "Tack för din anmälan till {course} ({round}). /{tenant}",
            ),
        },
    ),
    DefaultTemplate(
        "registration.duplicate",
        E.REGISTRATION_DUPLICATE,
        "mail.signup_duplicate",
        {
            EN: Texts(
                "Already registered",
                "You are already registered for {course}",
                "Hello {participant_first_name},\n\n"
                "We received a sign-up with this e-mail address, but you are already "
                "registered for:\n\n{round_details}\n\n"
                "Nothing was changed. If you did not sign up again yourself, you can ignore "
                "this mail.\n\n{tenant}",
            ),
            SV: Texts(
                "Redan anmäld",
                "Du är redan anmäld till {course}",
                "Hej {participant_first_name},\n\n"
                "Vi har tagit emot en anmälan med den här e-postadressen, men du är redan "
                "anmäld till:\n\n{round_details}\n\n"
                "Ingenting har ändrats. Om det inte var du som anmälde dig igen kan du bortse "
                "från det här meddelandet.\n\n{tenant}",
            ),
        },
    ),
    DefaultTemplate(
        "registration.approval_requested",
        E.REGISTRATION_APPROVAL_REQUESTED,
        "mail.approval_request",
        {EN: _approval(False, EN), SV: _approval(False, SV)},
    ),
    DefaultTemplate(
        "registration.approval_reminder",
        E.REGISTRATION_APPROVAL_REMINDER,
        "mail.approval_request (reminder)",
        {EN: _approval(True, EN), SV: _approval(True, SV)},
    ),
    DefaultTemplate(
        "registration.waiting_list_offer",
        E.REGISTRATION_WAITING_LIST_OFFER,
        "mail.waiting_list_offer",
        {
            EN: Texts(
                "Place offered from the waiting list",
                "A place is free for you: {course}",
                "Hello {participant_first_name},\n\n"
                "A place became free on the course you are on the waiting list for:\n\n"
                "{round_details}\n\nAccept the place (or decline it) here:\n\n{link}\n\n"
                "The offer is yours until {offer_valid_until}; after that the place goes to "
                "the next on the waiting list.\n\n{tenant}",
                "A place is free for you on {course}. Accept or decline by "
                "{offer_valid_until}: {link}",
            ),
            SV: Texts(
                "Plats erbjuden från väntelistan",
                "En plats är ledig för dig: {course}",
                "Hej {participant_first_name},\n\n"
                "En plats har blivit ledig på kursen som du står på väntelistan till:\n\n"
                "{round_details}\n\nTacka ja till platsen (eller nej) här:\n\n{link}\n\n"
                "Erbjudandet gäller till och med {offer_valid_until}; därefter går platsen "
                "till nästa på väntelistan.\n\n{tenant}",
                "En plats är ledig för dig på {course}. Svara senast {offer_valid_until}: {link}",
            ),
        },
    ),
    DefaultTemplate(
        "round.participant_list",
        E.ROUND_PARTICIPANT_LIST,
        "mail.participant_list",
        {
            EN: Texts(
                "Participant list",
                "Participant list: {course}, {round}",
                "Hello {recipient_name},\n\n"
                "Here is the participant list of the course round:\n\n{round_details}\n\n"
                "Participants: {participant_count}\n\n"
                "Participant list (a page to print, or a file for Excel):\n{report_link}\n\n"
                "Attendance sheet (one column per session):\n{attendance_link}\n\n"
                "The links work until {link_valid_until}; they show the list as it is when you "
                "open them. Do not forward them: anyone holding a link can open it.\n\n{tenant}",
                "Participant list of {course} ({round}), valid until {link_valid_until}: "
                "{report_link}",
            ),
            SV: Texts(
                "Deltagarlista",
                "Deltagarlista: {course}, {round}",
                "Hej {recipient_name},\n\n"
                "Här är deltagarlistan för utbildningsomgången:\n\n{round_details}\n\n"
                "Antal deltagare: {participant_count}\n\n"
                "Deltagarlista (en sida att skriva ut, eller en fil för Excel):\n{report_link}\n\n"
                "Närvarolista (en kolumn per kurstillfälle):\n{attendance_link}\n\n"
                "Länkarna fungerar till och med {link_valid_until} och visar listan som den är när "
                "du öppnar dem. Vidarebefordra dem inte: alla som har en länk kan öppna den."
                "\n\n{tenant}",
                "Deltagarlista för {course} ({round}), gäller till och med {link_valid_until}: "
                "{report_link}",
            ),
        },
    ),
    DefaultTemplate(
        "alumni.confirm_details",
        E.ALUMNI_CONFIRM_DETAILS,
        "alumni_confirm_details",
        {
            EN: Texts(
                "Confirm new contact details",
                "Confirm your new contact details – {tenant}",
                "Hello {member_name},\n\nSomeone registered as an alumnus of {tenant} in your "
                "name and gave details we do not have for you:\n{details}\n\n"
                "If it was you, open this link and confirm:\n{link}\n\n"
                "If it was not you, ignore this mail: nothing is added to your profile.",
            ),
            SV: Texts(
                "Bekräfta nya kontaktuppgifter",
                "Bekräfta dina nya kontaktuppgifter – {tenant}",
                "Hej {member_name},\n\nNågon har registrerat sig som alumn hos {tenant} i ditt "
                "namn och angett uppgifter som vi inte har om dig:\n{details}\n\n"
                "Om det var du, öppna den här länken och bekräfta:\n{link}\n\n"
                "Om det inte var du kan du bortse från det här mejlet: inget läggs till i din "
                "profil.",
            ),
        },
    ),
    DefaultTemplate(
        "alumni.unregister_requested",
        E.ALUMNI_UNREGISTER_REQUESTED,
        "alumni_unregister_link",
        {
            EN: Texts(
                "End alumni membership (link)",
                "Terminate your alumni membership – {tenant}",
                "Someone, hopefully you, asked to terminate the alumni membership of {address} "
                "at {tenant}.\n\nTo terminate it, open this link and confirm:\n{link}\n\n"
                "The link works once, until {link_valid_until}. If you did not ask for this, "
                "ignore this mail: nothing changes.",
            ),
            SV: Texts(
                "Avsluta alumnmedlemskap (länk)",
                "Avsluta ditt alumnmedlemskap – {tenant}",
                "Någon, förhoppningsvis du, har bett om att avsluta alumnmedlemskapet för "
                "{address} hos {tenant}.\n\nÖppna den här länken och bekräfta för att avsluta "
                "det:\n{link}\n\nLänken kan användas en gång, till och med {link_valid_until}. "
                "Om du inte har bett om detta kan du bortse från meddelandet: ingenting ändras.",
            ),
        },
    ),
    DefaultTemplate(
        "alumni.membership_ended",
        E.ALUMNI_MEMBERSHIP_ENDED,
        "alumni_membership_ended",
        {
            EN: Texts(
                "Alumni membership ended",
                "Your alumni membership has ended – {tenant}",
                "Hello {member_name},\n\nYour alumni membership at {tenant} was terminated on "
                "{day} through a link sent to {address}.\n\nIf you did not do this, answer "
                "this mail or register again: your details are kept.",
            ),
            SV: Texts(
                "Alumnmedlemskap avslutat",
                "Ditt alumnmedlemskap har avslutats – {tenant}",
                "Hej {member_name},\n\nDitt alumnmedlemskap hos {tenant} avslutades {day} via "
                "en länk som skickades till {address}.\n\nOm det inte var du, svara på det här "
                "mejlet eller registrera dig igen: dina uppgifter finns kvar.",
            ),
        },
    ),
    DefaultTemplate(
        "agent_order.invitation",
        E.AGENT_ORDER_INVITATION,
        "agent_order.invitation",
        {
            EN: Texts(
                "Invitation to order",
                "Order a connection for {organisation}",
                "Hello,\n\nYou can order a connection through one of our agents for "
                "{organisation} on the page below. The link is for you only and can be used "
                "once, until {link_valid_until}.\n\n{link}\n\n{tenant}",
            ),
            SV: Texts(
                "Inbjudan att beställa",
                "Beställ en anslutning för {organisation}",
                "Hej,\n\nDu kan beställa en anslutning för {organisation} via en av våra "
                "agenter på sidan nedan. Länken är personlig och kan användas en gång, till "
                "och med {link_valid_until}.\n\n{link}\n\n{tenant}",
            ),
        },
    ),
    _order(
        "agent_order.ordered.case_handlers",
        E.AGENT_ORDER_ORDERED,
        "agent_order.awaits_review",
        (
            "Order awaits review (case handlers)",
            "Order {number} awaits your approval",
            "{customer} has ordered {service} through {agent}. Review the order and approve "
            "or reject it.",
        ),
        (
            "Beställning att granska (handläggare)",
            "Beställning {number} väntar på ditt godkännande",
            "{customer} har beställt {service} via {agent}. Granska beställningen och "
            "godkänn eller avslå den.",
        ),
        link=STAFF,
    ),
    _order(
        "agent_order.ordered.customer",
        E.AGENT_ORDER_ORDERED,
        "agent_order.received",
        (
            "Order received (customer)",
            "We have received your order {number}",
            "Thank you. {agent} will now review your order of {service} for {customer}. When "
            "the agent has approved and attested it, {attestant} will be asked to attest it "
            "for {customer}.",
        ),
        (
            "Beställning mottagen (kund)",
            "Vi har tagit emot din beställning {number}",
            "Tack! {agent} granskar nu din beställning av {service} för {customer}. När "
            "agenten har godkänt och attesterat den ombeds {attestant} attestera den för "
            "{customer}.",
        ),
    ),
    _order(
        "agent_order.agent_review.customer",
        E.AGENT_ORDER_AGENT_REVIEW,
        "agent_order.in_review",
        (
            "Order in review (customer)",
            "Your order {number} is being reviewed",
            "{agent} has started reviewing your order of {service}.",
        ),
        (
            "Beställning granskas (kund)",
            "Din beställning {number} granskas",
            "{agent} har börjat granska din beställning av {service}.",
        ),
    ),
    _order(
        "agent_order.agent_approved.attestant",
        E.AGENT_ORDER_AGENT_APPROVED,
        "agent_order.awaits_attest",
        (
            "Order awaits attestation (agent's attestant)",
            "Order {number} awaits your attestation",
            "{approver} has approved {customer}'s order of {service} for {agent} and chosen "
            "you as attestant. Check the order and attest it with an SMS code or BankID.",
        ),
        (
            "Beställning att attestera (agentens attestant)",
            "Beställning {number} väntar på din attest",
            "{approver} har godkänt beställningen av {service} från {customer} för {agent} och "
            "valt dig som attestant. Kontrollera beställningen och attestera den med SMS-kod "
            "eller BankID.",
        ),
        link=STAFF,
    ),
    _order(
        "agent_order.rejected.customer",
        E.AGENT_ORDER_REJECTED,
        "agent_order.rejected",
        (
            "Order rejected (customer)",
            "Your order {number} was rejected",
            "{agent} has rejected your order of {service} for {customer}.\n\nReason: {reason}",
        ),
        (
            "Beställning avslagen (kund)",
            "Din beställning {number} har avslagits",
            "{agent} har avslagit din beställning av {service} för {customer}.\n\nSkäl: {reason}",
        ),
    ),
    _order(
        "agent_order.rejected.attestant",
        E.AGENT_ORDER_REJECTED,
        "agent_order.rejected (to the chosen attestant)",
        (
            "Order rejected (agent's attestant)",
            "Order {number} was rejected; nothing to attest",
            "The order was rejected after all. Reason: {reason}",
        ),
        (
            "Beställning avslagen (agentens attestant)",
            "Beställning {number} har avslagits; inget att attestera",
            "Beställningen avslogs till slut. Skäl: {reason}",
        ),
        link=STAFF,
    ),
    _order(
        "agent_order.agent_attested.customer_attestant",
        E.AGENT_ORDER_AGENT_ATTESTED,
        "agent_order.customer_attest",
        (
            "Order to attest (customer's attestant)",
            "Please attest order {number} for {customer}",
            "{agent} has approved and attested {customer}'s order of {service}. As "
            "{customer}'s attestant, please check the order and attest it with an SMS code or "
            "BankID on the page below. The link is for you only and valid for {days} days.",
        ),
        (
            "Beställning att attestera (kundens attestant)",
            "Attestera beställning {number} för {customer}",
            "{agent} har godkänt och attesterat beställningen av {service} från {customer}. "
            "Som attestant för {customer} ber vi dig kontrollera beställningen och attestera "
            "den med SMS-kod eller BankID på sidan nedan. Länken är personlig och gäller i "
            "{days} dagar.",
        ),
        link=PAGE,
        named=False,
    ),
    _order(
        "agent_order.agent_attested.case_handlers",
        E.AGENT_ORDER_AGENT_ATTESTED,
        "agent_order.agent_attested",
        (
            "Order attested by the agent (case handlers)",
            "Order {number} is attested by {agent}",
            "{signer} has attested the order. It now goes to {customer}'s attestant ({attestant}).",
        ),
        (
            "Beställning attesterad av agenten (handläggare)",
            "Beställning {number} är attesterad av {agent}",
            "{signer} har attesterat beställningen. Den går nu vidare till attestanten för "
            "{customer} ({attestant}).",
        ),
        link=STAFF,
    ),
    _order(
        "agent_order.case_created.case_handlers",
        E.AGENT_ORDER_CASE_CREATED,
        "agent_order.start_connection",
        (
            "Start the connection (case handlers)",
            "Start the technical connection: order {number} ({case})",
            "{customer} and {agent} have attested order {number} ({service}). Service-desk "
            "case {case} is open: {agent} can now start the technical connection of "
            "{customer}.",
        ),
        (
            "Starta anslutningen (handläggare)",
            "Starta den tekniska anslutningen: beställning {number} ({case})",
            "{customer} och {agent} har attesterat beställning {number} ({service}). "
            "Servicedeskärende {case} är öppnat: {agent} kan nu starta den tekniska "
            "anslutningen av {customer}.",
        ),
        link=STAFF,
    ),
    _order(
        "agent_order.case_created.customer",
        E.AGENT_ORDER_CASE_CREATED,
        "agent_order.case_created",
        (
            "Order confirmed (customer)",
            "Your order {number} is confirmed ({case})",
            "Your order of {service} is attested by {agent} and by {customer}. Our service "
            "desk has opened case {case}, and {agent} will now start the technical connection.",
        ),
        (
            "Beställning bekräftad (kund)",
            "Din beställning {number} är bekräftad ({case})",
            "Din beställning av {service} är attesterad av {agent} och av {customer}. Vår "
            "servicedesk har öppnat ärende {case}, och {agent} startar nu den tekniska "
            "anslutningen.",
        ),
    ),
    _order(
        "agent_order.case_created.customer_attestant",
        E.AGENT_ORDER_CASE_CREATED,
        "agent_order.case_created (to the customer's attestant)",
        (
            "Order confirmed (customer's attestant)",
            "Your order {number} is confirmed ({case})",
            "Your order of {service} is attested by {agent} and by {customer}. Our service "
            "desk has opened case {case}, and {agent} will now start the technical connection.",
        ),
        (
            "Beställning bekräftad (kundens attestant)",
            "Din beställning {number} är bekräftad ({case})",
            "Din beställning av {service} är attesterad av {agent} och av {customer}. Vår "
            "servicedesk har öppnat ärende {case}, och {agent} startar nu den tekniska "
            "anslutningen.",
        ),
        named=False,
    ),
    _order(
        "agent_order.attest_declined.case_handlers",
        E.AGENT_ORDER_ATTEST_DECLINED,
        "agent_order.attest_declined",
        (
            "Attestation declined (case handlers)",
            "Order {number} was declined by the attestant",
            "{decliner} declined to attest {customer}'s order of {service} and sent it back "
            "to you.\n\nReason: {reason}\n\nCorrect the order and approve it again, choosing "
            "an attestant, or reject it.",
        ),
        (
            "Attest avböjd (handläggare)",
            "Beställning {number} avböjdes av attestanten",
            "{decliner} avböjde att attestera beställningen av {service} från {customer} och "
            "skickade tillbaka den till dig.\n\nSkäl: {reason}\n\nRätta beställningen och "
            "godkänn den igen med en vald attestant, eller avslå den.",
        ),
        link=STAFF,
    ),
    _order(
        "service_desk_case.created.service_desk",
        E.SERVICE_DESK_CASE_CREATED,
        "service_desk_case.created",
        (
            "New case (service desk)",
            "New service-desk case {case}: order {number}",
            "{customer} and {agent} have attested order {number} ({service}). Case {case} "
            "is open for the service desk: {title}\n\nOpen it in Kansli (Go › "
            "Service-desk cases).",
        ),
        (
            "Nytt ärende (kundservice)",
            "Nytt kundserviceärende {case}: beställning {number}",
            "{customer} och {agent} har attesterat beställning {number} ({service}). "
            "Ärende {case} är öppnat hos kundservice: {title}\n\nÖppna det i Kansli "
            "(Gå till › Kundserviceärenden).",
        ),
    ),
    DefaultTemplate(
        "user.invitation",
        E.USER_INVITATION,
        "mail.invite",
        {
            EN: Texts(
                "Invitation to Kansli",
                "You are invited to Kansli ({organisation})",
                "Hello {user_name},\n\nYou have been given an account in Kansli for "
                "{organisation}. Choose your password with this link (valid for 7 days, "
                "once):\n\n{link}\n\nIf you did not expect this mail, you can ignore it.",
            ),
            SV: Texts(
                "Inbjudan till Kansli",
                "Du är inbjuden till Kansli ({organisation})",
                "Hej {user_name},\n\nDu har fått ett konto i Kansli för {organisation}. "
                "Välj ditt lösenord med den här länken (gäller i 7 dagar, en gång):\n\n"
                "{link}\n\nOm du inte väntade dig det här mejlet kan du bortse från det.",
            ),
        },
    ),
    DefaultTemplate(
        "user.password_reset",
        E.USER_PASSWORD_RESET,
        "mail.reset",
        {
            EN: Texts(
                "Password reset",
                "Reset your Kansli password",
                "Hello {user_name},\n\nSomeone asked to reset the password of your Kansli "
                "account. Choose a new password with this link (valid for 2 hours, once):\n\n"
                "{link}\n\nIf you did not expect this mail, you can ignore it.",
            ),
            SV: Texts(
                "Återställ lösenord",
                "Återställ ditt lösenord i Kansli",
                "Hej {user_name},\n\nNågon har bett om att lösenordet till ditt Kansli-konto "
                "ska återställas. Välj ett nytt lösenord med den här länken (gäller i 2 "
                "timmar, en gång):\n\n{link}\n\nOm du inte väntade dig det här mejlet kan du "
                "bortse från det.",
            ),
        },
    ),
    DefaultTemplate(
        "user.access_granted",
        E.USER_ACCESS_GRANTED,
        "mail.access_granted",
        {
            EN: Texts(
                "Access granted",
                "You now have access to {organisation} in Kansli",
                "Hello {user_name},\n\nYour Kansli account now has roles in {organisation}. "
                "Sign in as usual and choose {organisation} when asked.\n\n"
                "If you did not expect this mail, you can ignore it.",
            ),
            SV: Texts(
                "Tillgång given",
                "Du har nu tillgång till {organisation} i Kansli",
                "Hej {user_name},\n\nDitt Kansli-konto har nu roller i {organisation}. "
                "Logga in som vanligt och välj {organisation} när du blir tillfrågad.\n\n"
                "Om du inte väntade dig det här mejlet kan du bortse från det.",
            ),
        },
    ),
)


def _new(key: str, event: EventType, en: tuple[str, ...], sv: tuple[str, ...]) -> DefaultTemplate:
    """A template of an event Kansli sent no mail for before issue 16 (it replaces none)."""
    return DefaultTemplate(key, event, "", {EN: Texts(*en), SV: Texts(*sv)})


#: The events first sent with issue 16 (server/services/round_notices.py sends most; the
#: customer's attest of an agent order goes to whom a binding names: signers.py).
DEFAULTS += (
    _new(
        "agent_order.customer_attested",
        E.AGENT_ORDER_CUSTOMER_ATTESTED,
        (
            "Order attested by the customer",
            "Order {number} is attested by {customer}",
            "Hello {recipient_name},\n\n"
            "{signer} has attested order {number} ({service}) for {customer}. The service "
            "desk opens its case, and {agent} will start the technical connection.\n\n"
            "{tenant}",
            "Order {number} is attested by {customer}. /{tenant}",
        ),
        (
            "Beställning attesterad av kunden",
            "Beställning {number} är attesterad av {customer}",
            "Hej {recipient_name},\n\n"
            "{signer} har attesterat beställning {number} ({service}) för {customer}. "
            "Servicedesken öppnar ett ärende, och {agent} påbörjar den tekniska "
            "anslutningen.\n\n{tenant}",
            "Beställning {number} är attesterad av {customer}. /{tenant}",
        ),
    ),
    _new(
        "registration.approved",
        E.REGISTRATION_APPROVED,
        (
            "Registration approved",
            "Your registration for {course} is approved",
            "Hello {participant_first_name},\n\n"
            "Your registration has been approved ({approved_by}):\n\n{round_details}\n\n"
            "Welcome!\n\n{tenant}",
            "Your registration for {course} ({round}) is approved. /{tenant}",
        ),
        (
            "Anmälan godkänd",
            "Din anmälan till {course} är godkänd",
            "Hej {participant_first_name},\n\n"
            "Din anmälan har godkänts ({approved_by}):\n\n{round_details}\n\n"
            "Välkommen!\n\n{tenant}",
            "Din anmälan till {course} ({round}) är godkänd. /{tenant}",
        ),
    ),
    _new(
        "registration.consent_recorded",
        E.REGISTRATION_CONSENT_RECORDED,
        (
            "Consent recorded",
            "Your consent is recorded: {participant_name}, {course}",
            "Hello {manager_name},\n\n"
            "You approved the registration of {participant_name} for {course} ({round}) "
            "and gave this consent:\n\n{consent_text}\n\n"
            "You can withdraw the consent at any time here:\n\n{withdraw_link}\n\n{tenant}",
            "",
        ),
        (
            "Samtycke registrerat",
            "Ditt samtycke är registrerat: {participant_name}, {course}",
            "Hej {manager_name},\n\n"
            "Du godkände anmälan av {participant_name} till {course} ({round}) "
            "och gav detta samtycke:\n\n{consent_text}\n\n"
            "Du kan när som helst återkalla samtycket här:\n\n{withdraw_link}\n\n{tenant}",
            "",
        ),
    ),
    _new(
        "registration.cancelled",
        E.REGISTRATION_CANCELLED,
        (
            "Registration cancelled",
            "Registration cancelled: {course} ({round})",
            "Hello {recipient_name},\n\n"
            "The registration of {participant_name} for this course round is cancelled:\n\n"
            "{round_details}\n\n"
            "If this is a mistake, contact the course administrator.\n\n{tenant}",
            "The registration of {participant_name} for {course} ({round}) is cancelled. /{tenant}",
        ),
        (
            "Anmälan avbokad",
            "Anmälan avbokad: {course} ({round})",
            "Hej {recipient_name},\n\n"
            "Anmälan av {participant_name} till den här utbildningsomgången är avbokad:\n\n"
            "{round_details}\n\n"
            "Om det är fel, kontakta kursadministratören.\n\n{tenant}",
            "Anmälan av {participant_name} till {course} ({round}) är avbokad. /{tenant}",
        ),
    ),
    _new(
        "round.session_changed",
        E.ROUND_SESSION_CHANGED,
        (
            "Session changed",
            "Changed session: {course} ({round})",
            "Hello {participant_first_name},\n\n"
            "A session of the course round you are registered for has changed. "
            "It is now:\n\n{session_details}\n\n"
            "The course round as it is now:\n\n{round_details}\n\n{tenant}",
            "Changed session of {course}: {session_details} /{tenant}",
        ),
        (
            "Ändrat kurstillfälle",
            "Ändrat kurstillfälle: {course} ({round})",
            "Hej {participant_first_name},\n\n"
            "Ett kurstillfälle i utbildningsomgången som du är anmäld till har ändrats. "
            "Det gäller nu:\n\n{session_details}\n\n"
            "Utbildningsomgången som den ser ut nu:\n\n{round_details}\n\n{tenant}",
            "Ändrat kurstillfälle för {course}: {session_details} /{tenant}",
        ),
    ),
    _new(
        "round.opens",
        E.ROUND_OPENS,
        (
            "Registration opens",
            "Registration is open: {course} ({round})",
            "Hello {recipient_name},\n\n"
            "Registration for this course round is now open:\n\n{round_details}\n\n"
            "The sign-up page:\n\n{signup_link}\n\n{tenant}",
            "Registration for {course} ({round}) is open: {signup_link}",
        ),
        (
            "Anmälan öppnar",
            "Anmälan är öppen: {course} ({round})",
            "Hej {recipient_name},\n\n"
            "Anmälan till den här utbildningsomgången är nu öppen:\n\n{round_details}\n\n"
            "Anmälningssidan:\n\n{signup_link}\n\n{tenant}",
            "Anmälan till {course} ({round}) är öppen: {signup_link}",
        ),
    ),
    _new(
        "round.starts_soon",
        E.ROUND_STARTS_SOON,
        (
            "Course starts soon",
            "{course} starts in {days} days",
            "Hello {participant_first_name},\n\n"
            "A reminder: the course round you are registered for starts in {days} days.\n\n"
            "{round_details}\n\nWelcome!\n\n{tenant}",
            "Reminder: {course} ({round}) starts in {days} days. /{tenant}",
        ),
        (
            "Kursen börjar snart",
            "{course} börjar om {days} dagar",
            "Hej {participant_first_name},\n\n"
            "En påminnelse: utbildningsomgången som du är anmäld till börjar om {days} "
            "dagar.\n\n{round_details}\n\nVälkommen!\n\n{tenant}",
            "Påminnelse: {course} ({round}) börjar om {days} dagar. /{tenant}",
        ),
    ),
    _new(
        "round.evaluation",
        E.ROUND_EVALUATION,
        (
            "Course evaluation",
            "How was {course}?",
            "Hello {participant_first_name},\n\n"
            "Thank you for taking part in\n\n{round_details}\n\n"
            "We would like to hear what you thought of it: answer the evaluation, or reply "
            "to this mail.\n\n{evaluation_link}\n\n{tenant}",
            "Thank you for taking part in {course} ({round}). Tell us what you thought! /{tenant}",
        ),
        (
            "Kursutvärdering",
            "Hur var {course}?",
            "Hej {participant_first_name},\n\n"
            "Tack för att du deltog i\n\n{round_details}\n\n"
            "Vi vill gärna höra vad du tyckte: svara på utvärderingen, eller svara på det här "
            "mejlet.\n\n{evaluation_link}\n\n{tenant}",
            "Tack för att du deltog i {course} ({round}). Berätta vad du tyckte! /{tenant}",
        ),
    ),
    _new(
        "round.evaluation_reminder",
        E.ROUND_EVALUATION_REMINDER,
        (
            "Course evaluation reminder",
            "Reminder: how was {course}?",
            "Hello {participant_first_name},\n\n"
            "A few days ago we asked what you thought of\n\n{round_details}\n\n"
            "If you have a minute, answer the evaluation: it helps us make the course "
            "better. This is the only reminder.\n\n{evaluation_link}\n\n{tenant}",
            "Reminder: tell us what you thought of {course} ({round}): {evaluation_link} /{tenant}",
        ),
        (
            "Påminnelse om kursutvärdering",
            "Påminnelse: hur var {course}?",
            "Hej {participant_first_name},\n\n"
            "För några dagar sedan frågade vi vad du tyckte om\n\n{round_details}\n\n"
            "Om du har en minut, svara på utvärderingen: det hjälper oss att göra kursen "
            "bättre. Det här är den enda påminnelsen.\n\n{evaluation_link}\n\n{tenant}",
            "Påminnelse: berätta vad du tyckte om {course} ({round}): {evaluation_link} /{tenant}",
        ),
    ),
)

#: The alumni registrations' events, first sent with issue 16 to whom a binding names
#: (server/services/alumni/notices.py): the alumni office, say.
DEFAULTS += (
    _new(
        "alumni.received",
        E.ALUMNI_RECEIVED,
        (
            "Alumni registration received",
            "Alumni registration received: {member_name}",
            "Hello {recipient_name},\n\n"
            "{member_name} has registered as an alumnus of {tenant}. The registration is "
            "checked automatically; one the check cannot approve waits for a decision in "
            "Kansli.\n\n{tenant}",
            "Alumni registration received: {member_name}. /{tenant}",
        ),
        (
            "Alumnregistrering mottagen",
            "Alumnregistrering mottagen: {member_name}",
            "Hej {recipient_name},\n\n"
            "{member_name} har registrerat sig som alumn hos {tenant}. Registreringen "
            "kontrolleras automatiskt; en som kontrollen inte kan godkänna väntar på ett "
            "beslut i Kansli.\n\n{tenant}",
            "Alumnregistrering mottagen: {member_name}. /{tenant}",
        ),
    ),
    _new(
        "alumni.decided",
        E.ALUMNI_DECIDED,
        (
            "Alumni registration decided",
            "Alumni registration decided: {member_name}",
            "Hello {recipient_name},\n\n"
            "The alumni registration of {member_name} is {decision}.\n\n{tenant}",
            "Alumni registration of {member_name}: {decision}. /{tenant}",
        ),
        (
            "Alumnregistrering beslutad",
            "Alumnregistrering beslutad: {member_name}",
            "Hej {recipient_name},\n\n"
            "Alumnregistreringen för {member_name} är {decision}.\n\n{tenant}",
            "Alumnregistrering för {member_name}: {decision}. /{tenant}",
        ),
    ),
)

#: The alumnus told the outcome of the registration (issue 20; alumni/notices.py
#: ``tell_outcome``), in the language of the form they registered on.
DEFAULTS += (
    _new(
        "alumni.approved",
        E.ALUMNI_APPROVED,
        (
            "Alumni registration approved (to the alumnus)",
            "Welcome to the alumni network of {tenant}",
            "Hello {member_name},\n\n"
            "Your registration as an alumnus of {tenant} is approved: you are now a "
            "registered alumnus, and we will keep you up to date with the alumni network.\n\n"
            "If your details change, register again with the new ones.\n\n{tenant}",
            "Your alumni registration at {tenant} is approved. Welcome! /{tenant}",
        ),
        (
            "Alumnregistrering godkänd (till alumnen)",
            "Välkommen till alumnnätverket hos {tenant}",
            "Hej {member_name},\n\n"
            "Din registrering som alumn hos {tenant} är godkänd: du är nu registrerad alumn, "
            "och vi håller dig uppdaterad om alumnnätverket.\n\n"
            "Om dina uppgifter ändras kan du registrera dig igen med de nya.\n\n{tenant}",
            "Din alumnregistrering hos {tenant} är godkänd. Välkommen! /{tenant}",
        ),
    ),
    _new(
        "alumni.denied",
        E.ALUMNI_DENIED,
        (
            "Alumni registration denied (to the alumnus)",
            "Your alumni registration at {tenant}",
            "Hello {member_name},\n\n"
            "We have reviewed your registration as an alumnus of {tenant}, and we cannot "
            "approve it.\n\n{reason}\n\n"
            "If you think this is wrong, answer this mail and tell us where and when you "
            "studied.\n\n{tenant}",
            "Your alumni registration at {tenant} could not be approved. /{tenant}",
        ),
        (
            "Alumnregistrering nekad (till alumnen)",
            "Din alumnregistrering hos {tenant}",
            "Hej {member_name},\n\n"
            "Vi har gått igenom din registrering som alumn hos {tenant} och kan tyvärr inte "
            "godkänna den.\n\n{reason}\n\n"
            "Om du tror att det är fel, svara på det här mejlet och berätta var och när du "
            "studerade.\n\n{tenant}",
            "Din alumnregistrering hos {tenant} kunde inte godkännas. /{tenant}",
        ),
    ),
    _new(
        "alumni.approval_withdrawn",
        E.ALUMNI_APPROVAL_WITHDRAWN,
        (
            "Alumni approval withdrawn (to the alumnus)",
            "Your alumni registration at {tenant} is being reviewed again",
            "Hello {member_name},\n\n"
            "We told you that your registration as an alumnus of {tenant} was approved. "
            "That approval has been withdrawn: your registration is being reviewed again, "
            "and we will write to you when it is decided.\n\n"
            "If you have questions, answer this mail.\n\n{tenant}",
            "The approval of your alumni registration at {tenant} has been withdrawn; "
            "we are reviewing it again. /{tenant}",
        ),
        (
            "Alumngodkännande återkallat (till alumnen)",
            "Din alumnregistrering hos {tenant} granskas på nytt",
            "Hej {member_name},\n\n"
            "Vi meddelade att din registrering som alumn hos {tenant} var godkänd. "
            "Godkännandet har dragits tillbaka: din registrering granskas på nytt, och vi "
            "hör av oss när den är beslutad.\n\n"
            "Om du har frågor kan du svara på det här mejlet.\n\n{tenant}",
            "Godkännandet av din alumnregistrering hos {tenant} har dragits tillbaka; "
            "vi granskar den på nytt. /{tenant}",
        ),
    ),
)

#: The booking's events (issue 17): the follow-up after a round ended
#: (server/services/round_notices.py) and a new partner's invitation
#: (server/services/partners.py), each with a personal booking link.
DEFAULTS += (
    _new(
        "round.follow_up",
        E.ROUND_FOLLOW_UP,
        (
            "Follow-up courses",
            "Continue after {course}",
            "Hello {participant_first_name},\n\n"
            "Thank you for taking part in {course}. These courses follow it, and their "
            "registration is open:\n\n{follow_up_courses}\n\n"
            "Book your place here, without filling in your details again (the link is "
            "personal, for you):\n\n{booking_link}\n\n"
            "The link works until {link_valid_until}.\n\n{tenant}",
            "Thank you for taking part in {course}! Book the next course: {booking_link} /{tenant}",
        ),
        (
            "Fortsättningskurser",
            "Fortsätt efter {course}",
            "Hej {participant_first_name},\n\n"
            "Tack för att du gick {course}. De här kurserna bygger vidare på den, och "
            "anmälan till dem är öppen:\n\n{follow_up_courses}\n\n"
            "Boka din plats här, utan att fylla i dina uppgifter igen (länken är personlig, "
            "för dig):\n\n{booking_link}\n\n"
            "Länken gäller till och med {link_valid_until}.\n\n{tenant}",
            "Tack för att du gick {course}! Boka nästa kurs: {booking_link} /{tenant}",
        ),
    ),
    _new(
        "registration.partner_invitation",
        E.REGISTRATION_PARTNER_INVITATION,
        (
            "Partner invitation",
            "{inviter_name} has booked {course} with you as partner",
            "Hello {recipient_name},\n\n"
            "{inviter_name} has booked this partner course and named you as their "
            "partner:\n\n{round_details}\n\n"
            "Book your place here (the link is personal, for you; you pay your own "
            "fee):\n\n{booking_link}\n\n"
            "The link works until {link_valid_until}. If you do not want to take part, you "
            "can ignore this mail.\n\n{tenant}",
            "{inviter_name} has booked {course} with you as partner. Book your place: "
            "{booking_link} /{tenant}",
        ),
        (
            "Inbjudan från partner",
            "{inviter_name} har bokat {course} med dig som partner",
            "Hej {recipient_name},\n\n"
            "{inviter_name} har bokat den här partnerkursen och angett dig som "
            "partner:\n\n{round_details}\n\n"
            "Boka din plats här (länken är personlig, för dig; du betalar din egen "
            "avgift):\n\n{booking_link}\n\n"
            "Länken gäller till och med {link_valid_until}. Om du inte vill delta kan du "
            "bortse från det här mejlet.\n\n{tenant}",
            "{inviter_name} har bokat {course} med dig som partner. Boka din plats: "
            "{booking_link} /{tenant}",
        ),
    ),
)

#: A reminder of an unpaid invoice (issue 18, server/services/reminders.py): by e-mail
#: and SMS, as the issue asks, also where the tenant bound nothing.
DEFAULTS += (
    DefaultTemplate(
        "payment.reminder",
        E.PAYMENT_REMINDER,
        "",
        {
            EN: Texts(
                "Payment reminder",
                "Reminder {level}: invoice {invoice_number}",
                "Hello {participant_first_name},\n\n"
                "We have not received payment of invoice {invoice_number} ({course}, "
                "{round}), which was due on {due_on}. This is reminder {level}.\n\n"
                "Left to pay on the invoice: {amount}\n"
                "Reminder fee: {fee}\n"
                "Late interest: {interest}\n"
                "To pay: {total}\n\n"
                "Pay to Bankgiro {bankgiro} with the OCR reference {ocr}. If you have "
                "already paid, please ignore this reminder.\n\n{tenant}",
                "Reminder {level}: invoice {invoice_number} from {tenant} is unpaid. Pay "
                "{total} to Bankgiro {bankgiro}, OCR {ocr}.",
            ),
            SV: Texts(
                "Betalningspåminnelse",
                "Påminnelse {level}: faktura {invoice_number}",
                "Hej {participant_first_name},\n\n"
                "Vi har inte fått betalt för faktura {invoice_number} ({course}, {round}), "
                "som förföll {due_on}. Det här är påminnelse {level}.\n\n"
                "Kvar att betala på fakturan: {amount}\n"
                "Påminnelseavgift: {fee}\n"
                "Dröjsmålsränta: {interest}\n"
                "Att betala: {total}\n\n"
                "Betala till bankgiro {bankgiro} med OCR-nummer {ocr}. Har du redan betalat "
                "kan du bortse från den här påminnelsen.\n\n{tenant}",
                "Påminnelse {level}: faktura {invoice_number} från {tenant} är obetald. "
                "Betala {total} till bankgiro {bankgiro}, OCR {ocr}.",
            ),
        },
        ("email", "sms"),
    ),
)

#: An invoice (issue 18, server/services/invoices.py): what to pay, to which Bankgiro with
#: which OCR reference, by when, and the link to the invoice as a PDF.
DEFAULTS += (
    _new(
        "payment.invoice",
        E.PAYMENT_INVOICE,
        (
            "Invoice",
            "Invoice {invoice_number}: {course}",
            "Hello {participant_first_name},\n\n"
            "Thank you for your booking of {course} ({round}). Here is your invoice.\n\n"
            "Invoice number: {invoice_number}\n"
            "Amount: {amount}\n"
            "Due date: {due_on}\n"
            "Bankgiro: {bankgiro}\n"
            "OCR reference: {ocr}\n\n"
            "Pay to Bankgiro {bankgiro} and give the OCR reference {ocr}, nothing else, so "
            "your payment is matched to the invoice.\n\n"
            "The invoice as a PDF:\n{invoice_link}\n\n{tenant}",
            "Invoice {invoice_number} from {tenant}: pay {amount} to Bankgiro {bankgiro}, "
            "OCR {ocr}, by {due_on}.",
        ),
        (
            "Faktura",
            "Faktura {invoice_number}: {course}",
            "Hej {participant_first_name},\n\n"
            "Tack för din bokning av {course} ({round}). Här är din faktura.\n\n"
            "Fakturanummer: {invoice_number}\n"
            "Belopp: {amount}\n"
            "Förfallodag: {due_on}\n"
            "Bankgiro: {bankgiro}\n"
            "OCR-nummer: {ocr}\n\n"
            "Betala till bankgiro {bankgiro} och ange OCR-numret {ocr}, inget annat, så "
            "kopplas betalningen till fakturan.\n\n"
            "Fakturan som PDF:\n{invoice_link}\n\n{tenant}",
            "Faktura {invoice_number} från {tenant}: betala {amount} till bankgiro "
            "{bankgiro}, OCR {ocr}, senast {due_on}.",
        ),
    ),
)

#: A receipt for a payment received (issue 18, server/services/payments.py): every payment
#: matched to an invoice, whether from a BgMax file, a card or matched by hand.
DEFAULTS += (
    _new(
        "payment.receipt",
        E.PAYMENT_RECEIPT,
        (
            "Payment receipt",
            "Receipt: {amount} received",
            "Hello {participant_first_name},\n\n"
            "Thank you for your payment.\n\n"
            "Amount received: {amount}\n"
            "Payment date: {paid_on}\n"
            "Invoice: {invoice_number}, {course} ({round})\n"
            "OCR reference: {ocr}\n"
            "Left to pay on the invoice: {still_open}\n"
            "Paid in excess, kept as your credit: {credit}\n\n{tenant}",
            "We received {amount} for invoice {invoice_number}. Thank you! /{tenant}",
        ),
        (
            "Kvitto på betalning",
            "Kvitto: {amount} mottaget",
            "Hej {participant_first_name},\n\n"
            "Tack för din betalning.\n\n"
            "Mottaget belopp: {amount}\n"
            "Betalningsdag: {paid_on}\n"
            "Faktura: {invoice_number}, {course} ({round})\n"
            "OCR-nummer: {ocr}\n"
            "Kvar att betala på fakturan: {still_open}\n"
            "Betalt utöver fakturan, sparat som tillgodohavande: {credit}\n\n{tenant}",
            "Vi har tagit emot {amount} för faktura {invoice_number}. Tack! /{tenant}",
        ),
    ),
)

#: A credit note (issue 18, server/services/invoices.py): a cancelled booking's invoice is
#: credited (what the cancellation gave up of it), with the link to the credit note's PDF.
DEFAULTS += (
    _new(
        "payment.credit_note",
        E.PAYMENT_CREDIT_NOTE,
        (
            "Credit note",
            "Credit note {invoice_number}: {course}",
            "Hello {participant_first_name},\n\n"
            "Your booking of {course} ({round}) is cancelled, and invoice "
            "{credited_invoice} is credited.\n\n"
            "Credit note number: {invoice_number}\n"
            "Credited: {amount}\n"
            "Left to pay on invoice {credited_invoice}: {still_open}\n\n"
            "The credit note as a PDF:\n{credit_note_link}\n\n{tenant}",
            "Invoice {credited_invoice} from {tenant} is credited {amount}: the booking "
            "is cancelled.",
        ),
        (
            "Kreditfaktura",
            "Kreditfaktura {invoice_number}: {course}",
            "Hej {participant_first_name},\n\n"
            "Din bokning av {course} ({round}) är avbokad, och faktura {credited_invoice} "
            "krediteras.\n\n"
            "Kreditfakturans nummer: {invoice_number}\n"
            "Krediterat belopp: {amount}\n"
            "Kvar att betala på faktura {credited_invoice}: {still_open}\n\n"
            "Kreditfakturan som PDF:\n{credit_note_link}\n\n{tenant}",
            "Faktura {credited_invoice} från {tenant} krediteras med {amount}: bokningen "
            "är avbokad.",
        ),
    ),
)

#: Money paid back (issue 18, server/services/refunds.py): a cancellation's refund by card or
#: bank, or a credit balance paid out.
DEFAULTS += (
    _new(
        "payment.refund",
        E.PAYMENT_REFUND,
        (
            "Refund",
            "Refund: {amount} paid back",
            "Hello {participant_first_name},\n\n"
            "We have paid {amount} back to you.\n\n"
            "Amount: {amount}\n"
            "Paid back on: {refunded_on}\n"
            "Paid back to: {paid_to}\n\n{tenant}",
            "We have paid {amount} back to you ({paid_to}). /{tenant}",
        ),
        (
            "Återbetalning",
            "Återbetalning: {amount} tillbaka",
            "Hej {participant_first_name},\n\n"
            "Vi har betalat tillbaka {amount} till dig.\n\n"
            "Belopp: {amount}\n"
            "Återbetalt: {refunded_on}\n"
            "Till: {paid_to}\n\n{tenant}",
            "Vi har betalat tillbaka {amount} till dig ({paid_to}). /{tenant}",
        ),
    ),
)
