"""The handler's case lists and the customer's attestant (issue 20, seed 004), over real HTTP.

Real app under uvicorn, real SMTP (aiosmtpd, the app's mail worker), the SMS code from the
outbox gateway's spool, the staff pages through the desktop's web handover, plain form posts.
"""

from __future__ import annotations

import html
import re

import requests
from sqlalchemy import select

from models.agent_orders import AgentOrder, OrderState
from models.ids import utcnow
from models.organisations import Organisation
from server.services.agent_orders.orders import INVITATION_LINK
from server.services.approval import issue_link
from tests.agent_orders.builders import Cast, add_contact, add_order
from tests.agent_orders.live import LiveApp
from tests.agent_orders.web import (
    api,
    approve_in_page,
    link_in,
    post,
    sign_by_sms,
    text,
    wait_for_mail,
    web_view,
)
from tests.server.smtp import SmtpServer

LIST = "/staff/agent-orders/"


def _lists(view: requests.Session, live: LiveApp) -> tuple[str, str, str]:
    """The staff list page's text, and the numbers in Action required and Updated cases."""
    page = view.get(f"{live.url}{LIST}", timeout=10)
    assert page.status_code == 200, page.text
    waiting = re.search(r'<table class="list" id="action-required".*?</table>', page.text, re.S)
    updated = re.search(r'<table class="list" id="updated".*?</table>', page.text, re.S)
    return text(page), waiting.group(0) if waiting else "", updated.group(0) if updated else ""


def _place(live: LiveApp, cast: Cast, smtp: SmtpServer, orderer: str) -> tuple[str, str]:
    """The customer orders through the mailed link, choosing the attestant from the
    organisation's contacts; returns the order's id and number."""
    resp = api(cast.tokens["admin"]).post(
        f"{live.url}/api/v1/agent-orders/invitations",
        json={"customer_organisation_id": cast.customer_id, "email": orderer},
        timeout=10,
    )
    assert resp.status_code == 201, resp.text
    link = link_in(wait_for_mail(smtp, orderer, "Order a connection"), "/agent-orders/order/")
    browser = requests.Session()
    form = browser.get(link, timeout=10)
    assert form.status_code == 200
    fields = {
        "agent_id": cast.agents["a"],
        "service": "Fiberanslutning 1 Gbit/s",
        "address": "Storgatan 1, 901 84 Umeå",
        "ordered_by_name": "Kim Kund",
        "customer_attestant": cast.customer_attestant_id,
    }
    placed = post(browser, link, form, **fields)
    assert placed.status_code == 200, text(placed)
    number = re.search(r"order (AO-\d{4}-\d{4}) is placed", text(placed))
    assert number, text(placed)
    with live.db.sessions() as s:
        order_id = s.scalar(
            select(AgentOrder.id).where(
                AgentOrder.tenant_id == cast.tenant_id, AgentOrder.number == number.group(1)
            )
        )
    assert order_id
    return order_id, number.group(1)


def test_lists_follow_the_order_from_handler_to_attestant_and_back(
    live: LiveApp, smtp: SmtpServer
) -> None:
    cast = live.cast()
    order_id, number = _place(live, cast, smtp, f"kim.{cast.slug}@region-norr.se")
    # The case handler is mailed; the link's page opens in the desktop's web view.
    link = link_in(
        wait_for_mail(smtp, cast.email("handler"), f"Order {number} awaits your approval"),
        "/staff/agent-orders/",
    )
    handler, _page = web_view(live, cast.tokens["handler"], LIST)
    page, waiting, updated = _lists(handler, live)
    assert "Action required (1)" in page and number in waiting
    assert "Updated cases (0)" in page and not updated
    attestant, _page = web_view(live, cast.tokens["attestant"], LIST)
    page, waiting, _updated = _lists(attestant, live)
    assert "Action required (0)" in page and number not in page

    # The handler opens the order (the mailed link), starts the review and approves.
    review = handler.get(link, timeout=10)
    assert review.status_code == 200 and "Start review" in review.text
    review = post(handler, f"{live.url}/staff/agent-orders/{order_id}/review/start", review)
    approved = approve_in_page(handler, live.url, order_id, review, cast.email("attestant"))
    assert approved.status_code == 200, text(approved)
    page, waiting, updated = _lists(handler, live)
    # It left the handler's Action required; their own steps are no update to them.
    assert "Action required (0)" in page and "Updated cases (0)" in page, page
    page, waiting, _updated = _lists(attestant, live)
    assert "Action required (1)" in page and number in waiting

    # The attestant signs with the SMS code: the handler sees the order under Updated cases.
    mail = wait_for_mail(smtp, cast.email("attestant"), f"Order {number} awaits your attestation")
    attest = attestant.get(link_in(mail, "/staff/agent-orders/"), timeout=10)
    assert attest.status_code == 200 and "One-time code by SMS" in attest.text
    base = f"{live.url}/staff/agent-orders/{order_id}/attest"
    signed = sign_by_sms(attestant, live, base, attest, cast.phones["attestant"])
    assert signed.status_code == 200 and "sent to the customer's attestant" in text(signed)
    page, waiting, updated = _lists(attestant, live)
    assert "Action required (0)" in page and "Updated cases (0)" in page, page
    page, waiting, updated = _lists(handler, live)
    assert "Action required (0)" in page and "Updated cases (1)" in page, page
    assert number in updated and "attested by the agent" in updated
    seen = api(cast.tokens["handler"]).get(f"{live.url}/api/v1/agent-orders/seen", timeout=10)
    assert seen.status_code == 200 and [s["order_id"] for s in seen.json()["seen"]] == [order_id]

    # Opening the order clears it.
    whole = handler.get(f"{live.url}/staff/agent-orders/{order_id}", timeout=10)
    assert whole.status_code == 200 and number in whole.text
    page, waiting, updated = _lists(handler, live)
    assert "Updated cases (0)" in page and not updated

    # The customer's attestant signs (they are told by mail): an update for the handler again.
    customer_link = link_in(
        wait_for_mail(smtp, cast.customer_attestant_email, f"Please attest order {number}"),
        "/agent-orders/attest/",
    )
    browser = requests.Session()
    page_c = browser.get(customer_link, timeout=10)
    assert cast.customer_attestant_email in page_c.text
    done = sign_by_sms(browser, live, customer_link, page_c, cast.customer_attestant_phone)
    assert done.status_code == 200 and "The service desk has opened case" in text(done)
    page, _waiting, updated = _lists(handler, live)
    assert "Updated cases (1)" in page and number in updated, page


def test_an_other_agents_user_sees_nothing_of_the_lists(live: LiveApp) -> None:
    cast = live.cast()
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    _view, page = web_view(live, cast.tokens["handler"], f"/staff/agent-orders/{order_id}")
    assert page.status_code == 200
    other, _page = web_view(live, cast.tokens["handler_b"], LIST)
    page_b, _waiting, _updated = _lists(other, live)
    assert "Action required (0)" in page_b and "Updated cases (0)" in page_b
    refused = other.get(f"{live.url}/staff/agent-orders/{order_id}", timeout=10)
    assert refused.status_code == 404
    for who in ("handler_b", "attestant_b"):
        seen = api(cast.tokens[who]).get(f"{live.url}/api/v1/agent-orders/seen", timeout=10)
        assert seen.json() == {"seen": []}, who
    # Told by the API (the desktop on a tab already open): not for another agent's users.
    for who in ("handler_b", "attestant_b"):
        told = api(cast.tokens[who]).post(
            f"{live.url}/api/v1/agent-orders/{order_id}/seen", timeout=10
        )
        assert told.status_code == 404, (who, told.status_code)
    told = api(cast.tokens["handler"]).post(
        f"{live.url}/api/v1/agent-orders/{order_id}/seen", timeout=10
    )
    assert told.status_code == 200 and told.json()["order_id"] == order_id
    # The record of opening it is the first handler's only.
    seen = api(cast.tokens["handler"]).get(f"{live.url}/api/v1/agent-orders/seen", timeout=10)
    assert [s["order_id"] for s in seen.json()["seen"]] == [order_id]


def _invitation(live: LiveApp, cast: Cast, organisation_id: str, email: str) -> str:
    with live.db.transaction() as s:
        token = issue_link(
            s,
            INVITATION_LINK,
            tenant_id=cast.tenant_id,
            entity_id=organisation_id,
            email=email,
            now=utcnow(),
        )
    return f"{live.url}/agent-orders/order/{token}"


def test_customer_chooses_the_attestant_from_contacts_and_may_not_choose_themselves(
    live: LiveApp,
) -> None:
    cast = live.cast()
    orderer = f"kim.{cast.slug}@region-norr.se"
    with live.db.transaction() as s:
        # The orderer is an attestant of the organisation too: listed, but not to choose.
        kim = add_contact(s, cast.tenant_id, cast.customer_id, ("Kim", "Kund"), orderer)
    url = _invitation(live, cast, cast.customer_id, orderer)
    browser = requests.Session()
    form = browser.get(url, timeout=10)
    assert form.status_code == 200
    assert 'name="customer_attestant_email"' not in form.text  # nothing typed any more
    option = re.search(rf'<option value="{cast.customer_attestant_id}"[^>]*>([^<]+)<', form.text)
    assert option, form.text
    # Shown masked (the link can be forwarded): the name, a•••@domain and the last digits.
    assert html.unescape(option.group(1)).startswith("Anna Attestsson – a•••@region-norr.se")
    assert cast.customer_attestant_phone[-2:] in option.group(1)
    assert re.search(rf'<option value="{kim}" disabled>', form.text)
    fields = {
        "agent_id": cast.agents["a"],
        "service": "Fiber",
        "address": "Storgatan 1",
        "ordered_by_name": "Kim Kund",
    }
    themselves = post(browser, url, form, **fields, customer_attestant=kim)
    assert themselves.status_code == 422
    assert (
        "Your organisation's attestant: The one who ordered an order may not also attest it"
        in text(themselves)
    )
    typed = post(
        browser, url, form, **fields, customer_attestant_email=f"x.{cast.slug}@region-norr.se"
    )
    assert typed.status_code == 422
    assert "Choose one of your organisation's attestants listed" in text(typed)
    # Someone of another organisation is no choice either.
    with live.db.transaction() as s:
        other = Organisation(tenant_id=cast.tenant_id, name="Region Syd")
        s.add(other)
        s.flush()
        stranger = add_contact(s, cast.tenant_id, other.id, ("Sam", "Syd"), "sam@syd.se")
        other_id = other.id
    wrong = post(browser, url, form, **fields, customer_attestant=stranger)
    assert wrong.status_code == 422 and "attestants listed" in text(wrong)
    placed = post(browser, url, form, **fields, customer_attestant=cast.customer_attestant_id)
    assert placed.status_code == 200, text(placed)
    with live.db.sessions() as s:
        order = s.scalar(select(AgentOrder).where(AgentOrder.tenant_id == cast.tenant_id))
        assert order is not None
        assert order.customer_attestant_email == cast.customer_attestant_email
        assert order.details["customer_attestant_phone"] == cast.customer_attestant_phone
        assert order.details["customer_attestant_name"] == "Anna Attestsson"

    # An organisation without an attestant: the form says so and who to ask.
    with live.db.transaction() as s:
        bare = Organisation(tenant_id=cast.tenant_id, name="Kommun Utan Attestant")
        s.add(bare)
        s.flush()
        bare_id = bare.id
    assert other_id != bare_id
    url = _invitation(live, cast, bare_id, f"lo.{cast.slug}@kommun.se")
    form = browser.get(url, timeout=10)
    notice = re.search(r'id="no-attestant">([^<]+)<', form.text)
    assert notice and "Kommun Utan Attestant has no contact in the role Attestant" in notice.group(
        1
    )
    assert "Ask your agent's case handler" in notice.group(1)
    assert 'id="place-order" disabled' in form.text
    refused = post(browser, url, form, **fields, customer_attestant="")
    assert refused.status_code == 422 and "attestants listed" in text(refused)
