"""The whole agent-order flow of seed 004 over real HTTP, through every state.

Real SMTP (aiosmtpd, mail worker in the app), the SMS code read from the SMS
outbox, BankID through the local v6 stand-in over mutual TLS, the staff pages
through the desktop's web handover, plain form posts only (as in the web view).
"""

from __future__ import annotations

import re
import time
from urllib.parse import urlsplit

import requests
from sqlalchemy import select

from models.agent_orders import AgentOrder, AgentOrderStep, OrderState, Signature
from models.tenancy import User
from server.services.accounts import create_user
from server.services.agent_orders import records
from tests.agent_orders.builders import latest_sms_code
from tests.agent_orders.live import LiveApp
from tests.agent_orders.web import (
    api,
    approve_in_page,
    csrf,
    field,
    link_in,
    login,
    post,
    text,
    wait_for_mail,
    web_view,
)
from tests.server.helpers import CHEAP_HASHER, PASSWORD
from tests.server.smtp import SmtpServer
from tests.utils.bankid_standin import BankIdStandin, Complete, Pending


def _new_user(live: LiveApp, email: str, name: str, phone: str) -> None:
    with live.db.transaction() as s:
        user = create_user(
            session=s, email=email, password=PASSWORD, display_name=name, hasher=CHEAP_HASHER
        )
        user.phone = phone


def test_order_review_attests_and_case_over_http_smtp_sms_and_bankid(
    live: LiveApp, smtp: SmtpServer, bankid: BankIdStandin
) -> None:
    cast = live.cast()
    slug, agent_a = cast.slug, cast.agents["a"]
    handler_email, attestant_email = f"lisa.{slug}@agent.se", f"omar.{slug}@agent.se"
    _new_user(live, handler_email, "Lisa Handläggare", "+46701110001")
    _new_user(live, attestant_email, "Omar Attestant", "+46701110002")

    # The agent's administrator grants the roles (seed 004: "Attestant", "Handläggare agent").
    admin = api(cast.tokens["agent_admin"])
    for email, role in ((handler_email, "agent_case_handler"), (attestant_email, "attestant")):
        resp = admin.post(
            f"{live.url}/api/v1/agents/{agent_a}/roles",
            json={"email": email, "role": role},
            timeout=10,
        )
        # Not yet users of the tenant: invited (they have accounts, so they get the role).
        assert resp.status_code == 202 and resp.json() == {"status": "invited"}, resp.text

    # 1. The customer orders, through the link an administrator sent.
    orderer = f"kim.{slug}@region-norr.se"
    resp = api(cast.tokens["admin"]).post(
        f"{live.url}/api/v1/agent-orders/invitations",
        json={"customer_organisation_id": cast.customer_id, "email": orderer},
        timeout=10,
    )
    assert resp.status_code == 201, resp.text
    order_link = link_in(wait_for_mail(smtp, orderer, "Order a connection"), "/agent-orders/order/")
    customer = requests.Session()
    form = customer.get(order_link, timeout=10)
    assert form.status_code == 200 and "Nordisk Nätpartner AB" in form.text
    customer_attestant = f"anna.{slug}@region-norr.se"
    placed = post(
        customer,
        order_link,
        form,
        agent_id=agent_a,
        service="Fiberanslutning 1 Gbit/s",
        address="Storgatan 1, 901 84 Umeå",
        message="Helst före jul",
        ordered_by_name="Kim Kund",
        contact_phone="070-111 22 33",
        customer_attestant=cast.customer_attestant_id,
    )
    assert placed.status_code == 200, text(placed)
    number = re.search(r"order (AO-\d{4}-\d{4}) is placed", text(placed))
    assert number, text(placed)
    with live.db.sessions() as s:
        order = s.scalar(
            select(AgentOrder).where(
                AgentOrder.tenant_id == cast.tenant_id, AgentOrder.number == number.group(1)
            )
        )
        assert order is not None and order.state == OrderState.ORDERED
        order_id = order.id
    assert "received" in str(wait_for_mail(smtp, orderer, number.group(1))["Subject"])

    # 2. The case handler is told by mail and in the app, and reviews in the web view.
    wait_for_mail(smtp, handler_email, f"Order {number.group(1)} awaits your approval")
    handler_token = login(live, handler_email, slug)
    notes = api(handler_token).get(f"{live.url}/api/v1/notifications", timeout=10).json()
    assert notes["unread"] == 1
    [note] = notes["notifications"]
    assert note["title"] == f"Order {number.group(1)} awaits your approval"
    assert note["link_path"] == f"/staff/agent-orders/{order_id}/review"
    view, review = web_view(live, handler_token, note["link_path"])
    assert review.status_code == 200 and "Start review" in review.text
    review = post(view, f"{live.url}/staff/agent-orders/{order_id}/review/start", review)
    assert review.status_code == 200 and urlsplit(review.url).path.endswith("/review")
    whole = view.get(f"{live.url}/staff/agent-orders/{order_id}", timeout=10)
    assert "Storgatan 1, 901 84 Umeå" in whole.text and "Helst före jul" in whole.text
    assert f'value="{attestant_email}"' in review.text  # the agent's attestant is offered
    approved = approve_in_page(
        view, live.url, order_id, review, attestant_email, attest_reference="Avtal 2026-17"
    )
    assert approved.status_code == 200, text(approved)
    assert "approved and sent to the attestant" in approved.text

    # 3. The agent's attestant signs with an SMS code.
    wait_for_mail(smtp, attestant_email, "awaits your attestation")
    attestant_token = login(live, attestant_email, slug)
    [note] = (
        api(attestant_token)
        .get(f"{live.url}/api/v1/notifications", timeout=10)
        .json()["notifications"]
    )
    view, attest = web_view(live, attestant_token, note["link_path"])
    assert attest.status_code == 200 and "One-time code by SMS" in attest.text
    code_page = post(view, f"{live.url}/staff/agent-orders/{order_id}/attest/sms", attest)
    assert code_page.status_code == 200 and "ending in 02" in code_page.text
    signed = post(
        view,
        f"{live.url}/staff/agent-orders/{order_id}/attest/sms/verify",
        code_page,
        challenge_id=field(code_page, "challenge_id"),
        code=latest_sms_code(live.db, "+46701110002", spool=live.settings.sms_spool_file),
    )
    assert signed.status_code == 200 and "sent to the customer's attestant" in text(signed)

    # 4. The customer's attestant signs with BankID (animated QR, collect every 2 s).
    attest_link = link_in(
        wait_for_mail(smtp, customer_attestant, f"Please attest order {number.group(1)}"),
        "/agent-orders/attest/",
    )
    browser = requests.Session()
    attest = browser.get(attest_link, timeout=10)
    assert attest.status_code == 200 and "Fiberanslutning 1 Gbit/s" in attest.text
    bankid.script_next_order(Pending("outstandingTransaction"), Complete())
    started = post(browser, f"{attest_link}/bankid", attest)
    assert started.status_code == 200 and "<svg" in started.text, text(started)
    status_url = re.search(r'data-status-url="([^"]+)"', started.text)
    assert status_url
    answers = []
    deadline = time.monotonic() + 15
    while not answers or not answers[-1]["done"]:
        assert time.monotonic() < deadline, answers
        answer = browser.post(
            f"{live.url}{status_url.group(1)}", data={"csrf_token": csrf(started)}, timeout=10
        )
        assert answer.status_code == 200, answer.text
        answers.append(answer.json())
        time.sleep(0.3)  # the page's poll interval (shortened); the server paces collects
    assert answers[-1]["status"] == "complete", answers
    assert any(a["qr_svg"] and a["qr_svg"].startswith("<svg") for a in answers[:-1])
    collects = [m for m, _ in bankid.requests if m == "collect"]
    assert len(collects) >= 2

    # 5. The service-desk case is opened and the agent told to start the connection.
    with live.db.sessions() as s:
        order = s.get(AgentOrder, order_id, populate_existing=True)
        assert order is not None
        assert order.state == OrderState.CASE_CREATED and order.case_number
        steps = list(
            s.scalars(
                select(AgentOrderStep)
                .where(AgentOrderStep.order_id == order_id)
                .order_by(AgentOrderStep.server_seq)
            )
        )
        signatures = {
            sig.role: sig
            for sig in s.scalars(select(Signature).where(Signature.order_id == order_id))
        }
        data_hash = records.content_hash(order)
        handler = s.scalar(select(User).where(User.email == handler_email))
        assert handler is not None
    assert [st.state for st in steps] == [
        "ordered",
        "agent_review",
        "agent_approved",
        "agent_attested",
        "customer_attested",
        "case_created",
    ]
    assert [st.actor_email for st in steps][:4] == [
        orderer,
        handler_email,
        handler_email,
        attestant_email,
    ]
    assert {st.data_hash for st in steps[2:]} == {data_hash}
    assert signatures["agent_attestant"].method == "sms"
    assert signatures["customer_attestant"].method == "bankid"
    assert {sig.data_hash for sig in signatures.values()} == {data_hash}
    connect = wait_for_mail(smtp, handler_email, "Start the technical connection")
    assert order.case_number in str(connect["Subject"])
    assert order.case_number in str(wait_for_mail(smtp, orderer, "is confirmed")["Subject"])
    kinds = [
        n["kind"]
        for n in api(handler_token)
        .get(f"{live.url}/api/v1/notifications", timeout=10)
        .json()["notifications"]
    ]
    assert "agent_order.start_connection" in kinds
    trail = view.get(f"{live.url}/staff/agent-orders/{order_id}", timeout=10)
    assert data_hash in trail.text and order.case_number in trail.text
    assert "BankID" in trail.text and "SMS code" in trail.text
