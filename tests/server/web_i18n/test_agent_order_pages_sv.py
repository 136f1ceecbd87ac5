"""An agent order from the customer's order to the service-desk case, every page in
Swedish: the customer's order form, the case handler's and the attestant's staff pages in
the desktop's web view, and the customer attestant's page (seed 004)."""

from __future__ import annotations

import re

from sqlalchemy import select

from models.agent_orders import AgentOrder, OrderState
from models.ids import utcnow
from server.services.agent_orders import orders as svc
from server.services.agent_orders.orders import INVITATION_LINK
from server.services.approval import issue_link
from server.tables import MailOutbox
from tests.agent_orders.builders import Cast, add_order, latest_sms_code, make_cast, order_state
from tests.server.web_i18n.helpers import (
    assert_english,
    assert_swedish,
    browser,
    csrf,
    staff_session,
    text,
)
from tests.utils.servers import InProcessServer

BASE = "/staff/agent-orders"


def invitation(site: InProcessServer, cast: Cast) -> str:
    with site.db.transaction() as s:
        return issue_link(
            s,
            INVITATION_LINK,
            tenant_id=cast.tenant_id,
            entity_id=cast.customer_id,
            email="kim@region-norr.se",
            now=utcnow(),
        )


def attest_link(site: InProcessServer, order_id: str, to: str) -> str:
    """The customer attestant's link, from the mail the server queued to them."""
    with site.db.sessions() as s:
        bodies = s.scalars(
            select(MailOutbox.body_text).where(
                MailOutbox.related_id == order_id, MailOutbox.to_address == to
            )
        ).all()
    for body in bodies:
        found = re.search(r"/agent-orders/attest/([A-Za-z0-9_-]{20,})", body)
        if found:
            return f"{site.url}/agent-orders/attest/{found.group(1)}"
    raise AssertionError(f"no attest link mailed to {to}")


def test_an_order_goes_from_the_customer_to_the_service_desk_all_in_swedish(
    site: InProcessServer,
) -> None:
    cast = make_cast(site.db, site.settings, "svao")
    # -- the customer orders --------------------------------------------------------------
    customer = browser()
    url = f"{site.url}/agent-orders/order/{invitation(site, cast)}"
    form = customer.get(url, timeout=10)
    assert form.status_code == 200
    assert_swedish(
        form,
        "Beställ en anslutning för Region Norr",
        "Beställare: kim@region-norr.se. En agent granskar beställningen.",
        "Välj agent…",
        "Installationsadress",
        "Meddelande till agenten (frivilligt)",
        "Dina uppgifter",
        "Er organisations attestant",
        "Attestant (får länken för att attestera; någon annan än du)",
        "Skicka beställningen",
    )
    fields = {
        "csrf_token": csrf(form),
        "agent_id": cast.agents["a"],
        "service": "Fiberanslutning",
        "address": "Storgatan 1, 901 84 Umeå",
        "ordered_by_name": "Kim Kund",
        "customer_attestant": cast.customer_attestant_id,
    }
    placed = customer.post(url, data=fields, timeout=10)
    assert placed.status_code == 200, text(placed)
    number = re.search(r"beställning (\S+) är mottagen", text(placed))
    assert number, text(placed)
    assert_swedish(placed, "Agenten granskar nu din beställning.")
    with site.db.sessions() as s:
        order_id = s.scalar(select(AgentOrder.id).where(AgentOrder.number == number.group(1)))
    assert order_id

    # -- the case handler reviews, in the desktop's web view -----------------------------------
    view, mine, _code = staff_session(site.url, cast.tokens["handler"], f"{BASE}/")
    assert_swedish(
        mine,
        "Mina godkännanden",
        "Åtgärd krävs (1)",
        "Uppdaterat ärende (0)",
        "Beställningar från kunder som väntar på att du granskar dem.",
        "Beställning Kund Tjänst Status Beställd",
        "beställd",
        "Granska",
    )
    review = view.get(f"{site.url}{BASE}/{order_id}/review", timeout=10)
    assert_swedish(
        review,
        f"Granska beställning {number.group(1)}",
        "Klicka här för att se hela beställningen (öppnas i ny flik)",
        "Påbörja granskningen för att ta hand om beställningen.",
        "Påbörja granskning",
        "Avslå beställningen",
        "Anledning (skickas till kunden)",
    )
    started = view.post(
        f"{site.url}{BASE}/{order_id}/review/start", data={"csrf_token": csrf(review)}
    )
    assert started.url.endswith("/review")
    assert_swedish(
        started,
        "under agentens granskning",
        "Villkor",
        "Fakturering",
        "Fakturareferens",
        "Attestinformation",
        "Attestant (från Nordisk Nätpartner AB)",
        "Välj attestant…",
        "Referens för attestanten (frivilligt, t.ex. inköpsorder)",
        "Godkänn och skicka till attestanten",
    )
    approved = view.post(
        f"{site.url}{BASE}/{order_id}/approve",
        data={
            "csrf_token": csrf(started),
            "terms_accepted": "yes",
            "terms_version": svc.TERMS_VERSION,
            "billing_reference": "PO 4711",
            "billing_address": "Box 12, 111 22 Stockholm",
            "attestant": cast.email("attestant"),
        },
        timeout=10,
    )
    assert approved.status_code == 200 and "notice=approved" in approved.url
    assert_swedish(
        approved,
        "Beställningen är godkänd och skickad till den attestant du valde.",
        "Agentens godkännande",
        "godkända (version",
        "Händelselogg",
        "När (UTC) Steg Vem Anteckning",
        "godkänd av agenten",
    )
    # The attest link is the chosen attestant's, not the case handler's.
    assert "Attestera beställningen" not in approved.text
    _, whole, _code = staff_session(site.url, cast.tokens["attestant"], f"{BASE}/{order_id}")
    assert_swedish(whole, "Attestera beställningen")

    # -- the agent's attestant signs with an SMS code -------------------------------------
    view, attest, _code = staff_session(
        site.url, cast.tokens["attestant"], f"{BASE}/{order_id}/attest"
    )
    assert_swedish(
        attest,
        f"Attestera beställning {number.group(1)}",
        "Du signerar som Attestant, attestant för Nordisk Nätpartner AB.",
        "Godkänn beställningen (gå vidare med attest)",
        "Välj hur du vill signera.",
        "Engångskod via SMS",
        "Signering med BankID är inte konfigurerad på den här servern.",
    )
    code_page = view.post(
        f"{site.url}{BASE}/{order_id}/attest/sms", data={"csrf_token": csrf(attest)}, timeout=10
    )
    hint = cast.phones["attestant"][-2:]
    assert_swedish(
        code_page,
        "Ange koden",
        f"Vi har skickat en sexsiffrig kod via SMS till numret som slutar på {hint}.",
        "Godkänn beställningen (signera)",
        "Skicka en ny kod",
    )
    challenge = re.search(r'name="challenge_id" value="([^"]+)"', code_page.text)
    assert challenge
    signed = view.post(
        f"{site.url}{BASE}/{order_id}/attest/sms/verify",
        data={
            "csrf_token": csrf(code_page),
            "challenge_id": challenge.group(1),
            "code": latest_sms_code(
                site.db, cast.phones["attestant"], spool=site.settings.sms_spool_file
            ),
        },
        timeout=10,
    )
    assert signed.status_code == 200 and "notice=attested" in signed.url
    assert_swedish(
        signed,
        "Beställningen är attesterad och skickad till kundens attestant.",
        "attesterad av agenten",
        "Underskrifter",
        "Agentens attestant",
        "SMS-kod",
    )

    # -- the customer's attestant signs behind the mailed link ----------------------------
    link = attest_link(site, order_id, cast.customer_attestant_email)
    attestant = browser()
    page = attestant.get(link, timeout=10)
    assert page.status_code == 200
    assert_swedish(
        page,
        f"Du signerar som {cast.customer_attestant_email}, attestant för Region Norr.",
        "Du signerar beställningsuppgifterna ovan.",
        "Kundens attestant",
    )
    assert 'href="/staff/' not in page.text  # no staff links on the customer's page
    code_page = attestant.post(f"{link}/sms", data={"csrf_token": csrf(page)}, timeout=10)
    challenge = re.search(r'name="challenge_id" value="([^"]+)"', code_page.text)
    assert challenge, text(code_page)
    phone = order_state(site.db, order_id).details["customer_attestant_phone"]
    done = attestant.post(
        f"{link}/sms/verify",
        data={
            "csrf_token": csrf(code_page),
            "challenge_id": challenge.group(1),
            "code": latest_sms_code(site.db, phone, spool=site.settings.sms_spool_file),
        },
        timeout=10,
    )
    assert done.status_code == 200, text(done)
    assert_swedish(
        done,
        f"Tack – beställning {number.group(1)} är attesterad",
        "Servicedesk har skapat ärende SD-",
        "Du kan stänga fönstret.",
    )
    assert order_state(site.db, order_id).state == OrderState.CASE_CREATED
    whole = view.get(f"{site.url}{BASE}/{order_id}", timeout=10)
    assert_swedish(
        whole,
        "överlämnad till servicedesk",
        "Agenten kan nu påbörja den tekniska anslutningen.",
        "attesterad av kunden",
    )
    used = attestant.get(link, timeout=10)
    assert used.status_code == 410
    assert_swedish(used, "Länken kan inte användas")


def test_rejection_and_refusals_of_the_agent_order_pages_are_swedish(
    site: InProcessServer,
) -> None:
    cast = make_cast(site.db, site.settings, "svrj")
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    view, review, _code = staff_session(
        site.url, cast.tokens["handler"], f"{BASE}/{order_id}/review"
    )
    no_terms = view.post(
        f"{site.url}{BASE}/{order_id}/approve",
        data={"csrf_token": csrf(review), "attestant": cast.email("attestant")},
        timeout=10,
    )
    assert no_terms.status_code == 422
    assert_swedish(no_terms, "Granska beställning")
    rejected = view.post(
        f"{site.url}{BASE}/{order_id}/reject",
        data={"csrf_token": csrf(review), "reason": "Adressen saknar fiber"},
        timeout=10,
    )
    assert "notice=rejected" in rejected.url
    assert_swedish(
        rejected,
        "Beställningen är avslagen. Kunden får veta varför.",
        f"Avslagen av {cast.email('handler')}: Adressen saknar fiber",
    )
    nothing = view.get(f"{site.url}{BASE}/{order_id}/review", timeout=10)
    assert_swedish(
        nothing,
        "Beställningen är avslagen, så det finns inget att granska. Se hela beställningen.",
    )
    forged = view.post(f"{site.url}{BASE}/{order_id}/reject", data={"csrf_token": "x"})
    assert forged.status_code == 403
    assert_swedish(forged, "Formuläret har gått ut", "Ladda om sidan och försök igen.")
    missing = view.get(f"{site.url}{BASE}/{'0' * 26}", timeout=10)
    assert missing.status_code == 404
    assert_swedish(missing, "Beställningen hittades inte")
    _view, empty, _code = staff_session(site.url, cast.tokens["attestant_b"], f"{BASE}/")
    assert_swedish(
        empty,
        "Beställningar från kunder som väntar på att du attesterar dem.",
        "Just nu väntar inget på dig.",
    )
    for kind in ("order", "attest"):
        page = browser().get(f"{site.url}/agent-orders/{kind}/{'y' * 43}", timeout=10)
        assert page.status_code in (404, 410)
        assert_swedish(page, "Länken kan inte användas")
    english = browser(None).get(f"{site.url}/agent-orders/order/{'y' * 43}", timeout=10)
    assert_english(english, "This link cannot be used")
