"""Mails in Swedish: to outsiders in the tenant's language (an approving manager, an
agent's customer), and answers to a page in the language of that page."""

from __future__ import annotations

from sqlalchemy import select, update

from models.notifications import EventType
from models.tenancy import Tenant
from server.services.alumni.forms import UNREGISTER_MAIL_KIND
from server.services.notify import Concerns, Recipient, notify
from server.tables import MailOutbox
from tests.approval.helpers import answers, latest_mail, make_case, make_form, request_link
from tests.server.helpers import World
from tests.server.web_i18n.helpers import browser, csrf, english_fragments
from tests.server.web_i18n.test_public_pages_sv import registered_alumnus
from tests.utils.servers import InProcessServer, wait_until


def swedish_tenant(world: World) -> None:
    with world.db.transaction() as s:
        s.execute(update(Tenant).where(Tenant.id == world.tenant_id).values(language="sv"))


def assert_swedish_mail(mail: MailOutbox, subject: str, *expected: str) -> str:
    """The mail's subject, the ``expected`` lines in its body, no English sentence left."""
    body = " ".join(mail.body_text.split())
    assert mail.subject == subject
    for piece in expected:
        assert piece in body, f"{piece!r} not in the mail:\n{mail.body_text}"
    left = [f for f in english_fragments() if f in body or f in mail.subject]
    assert not left, f"English left in the mail: {left}"
    return body


def test_approval_request_is_written_in_the_tenants_language(world: World) -> None:
    swedish_tenant(world)
    case = make_case(world)
    request_link(world, case.registration_id, "Specialpris enligt avtal.")
    mail = latest_mail(world.db, related_id=case.registration_id)
    assert_swedish_mail(
        mail,
        "Godkänn anmälan av Erik Lund till Projektledning",
        "Hej Maria Chef,",
        "Erik Lund är anmäld till Projektledning, och du är angiven som godkännande chef.",
        "Deltagare: Erik Lund",
        "Utbildningsomgång: Projektledning HT26",
        "Meddelande från kursadministratören:",
        "Specialpris enligt avtal.",
        "/approve/",
        "Länken är personlig (för maria.chef@firma.se), kan användas en gång",
    )
    # The facts are one aligned column, whatever the language's labels.
    facts = [line for line in mail.body_text.splitlines() if line.startswith("  ")]
    columns = {len(line) - len(line.split(":", 1)[1].lstrip()) for line in facts}
    assert len(facts) >= 4 and len(columns) == 1

    request_link(world, case.registration_id)
    reminder = latest_mail(world.db, related_id=case.registration_id)
    assert reminder.subject == "Påminnelse: Godkänn anmälan av Erik Lund till Projektledning"
    assert "Det här är en påminnelse om vår tidigare förfrågan." in reminder.body_text


def test_sign_up_confirmation_is_in_the_language_of_the_page(world: World) -> None:
    form = make_form(world)
    sv = browser()
    page = sv.get(form.url, timeout=10)
    done = sv.post(form.url, data={"csrf_token": csrf(page), **answers(form)}, timeout=10)
    assert done.status_code == 200
    with world.db.sessions() as s:
        mail = s.scalars(
            select(MailOutbox).where(
                MailOutbox.tenant_id == world.tenant_id,  # the site is shared by the session
                MailOutbox.to_address == "erik.lund@firma.se",
                MailOutbox.kind == "mail.signup_confirmation",
            )
        ).one()
        to_manager = s.scalars(
            select(MailOutbox).where(
                MailOutbox.tenant_id == world.tenant_id,
                MailOutbox.to_address == "karin.chef@firma.se",
            )
        ).one()
    assert_swedish_mail(
        mail,
        "Anmälan mottagen: Projektledning (Projektledning HT26)",
        "Hej Erik,",
        "Tack för din anmälan. Vi har tagit emot den:",
        "Dina svar:",
        "Din godkännande chef (karin.chef@firma.se) har fått ett e-postmeddelande",
    )
    # The manager's request is in the tenant's language (English here), not the page's.
    assert to_manager.subject.startswith("Please approve Erik Lund's registration")


def test_membership_termination_link_is_mailed_in_the_language_of_the_page(
    site: InProcessServer, world: World
) -> None:
    address = f"per.{world.slug}@example.se"
    registered_alumnus(site, world, address)
    sv = browser()
    url = f"{world.url}/alumni/{world.slug}/unregister"
    form = sv.get(url, timeout=10)
    asked = sv.post(url, data={"csrf_token": csrf(form), "email": address}, timeout=10)
    assert asked.status_code == 200

    def queued() -> MailOutbox | None:  # the link is looked up and mailed after the answer
        with site.db.sessions() as s:
            return s.scalars(
                select(MailOutbox).where(
                    MailOutbox.to_address == address, MailOutbox.kind == UNREGISTER_MAIL_KIND
                )
            ).one_or_none()

    mail = wait_until(queued, what="the termination link's mail")
    tenant_name = mail.subject.split(" – ", 1)[1]
    assert_swedish_mail(
        mail,
        f"Avsluta ditt alumnmedlemskap – {tenant_name}",
        f"har bett om att avsluta alumnmedlemskapet för {address}",
        "Öppna den här länken och bekräfta för att avsluta det:",
        "Länken kan användas en gång, till och med",
    )


def test_order_messages_are_written_in_the_tenants_language(
    site: InProcessServer, world: World
) -> None:
    swedish_tenant(world)
    with world.db.transaction() as s:
        notify(
            s,
            site.settings,
            tenant_id=world.tenant_id,
            event=EventType.AGENT_ORDER_REJECTED,
            values={
                "number": "ORD-7",
                "agent": "Agenten AB",
                "service": "Journalåtkomst",
                "customer": "Region Norr",
                "reason": "Fel avtal",
            },
            concerns=Concerns(),
            recipients={"customer": [Recipient("customer", "Karin", ("kund@example.se",))]},
            related_id="order-7",
            kind="agent_order.rejected",
            default_key="agent_order.rejected.customer",
        )
    mail = latest_mail(world.db, related_id="order-7")
    assert_swedish_mail(
        mail,
        "Din beställning ORD-7 har avslagits",
        "Hej Karin,",
        "Agenten AB har avslagit din beställning av Journalåtkomst för Region Norr.",
        "Skäl: Fel avtal",
    )
