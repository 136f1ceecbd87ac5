"""Seed 004 walked with mailed links and a browser only (issue 20): no desktop, no bearer token.

The customer orders through the invitation link; the agent's case handler gets a mail,
clicks its link, signs in ("klickar på länken och loggar in"), reviews and approves,
choosing the attestant; the attestant gets a mail, clicks its link, signs in and
attests with a one-time code by SMS (46elks' API, the local stand-in
tests/utils/sms_gateway.py); the customer's attestant attests through their link, by
SMS too; the service-desk case is created and the agent told to start the connection.

Real server over HTTP (uvicorn in the test process, its mail worker sending to a real
SMTP server, aiosmtpd), SQLite and PostgreSQL. Each part of the seed that is added
(a declining attestant, the service-desk case record) is a test function of its own
here, made of the steps below and the browser of tests/agent_orders/browser.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urlsplit

import httpx
import pytest
from sqlalchemy import select

from models.agent_orders import (
    ATTEST_DECLINED,
    AgentOrder,
    AgentOrderStep,
    OrderState,
    Signature,
)
from models.ids import utcnow
from models.service_desk import CaseStatus, ServiceDeskNote
from server.services.database import Database
from server.tables import AuthToken
from tests.agent_orders.browser import Browser, Placed, mailed_link, place_order, text
from tests.agent_orders.builders import Cast
from tests.agent_orders.conftest import worker_settings
from tests.agent_orders.live import LiveApp
from tests.agent_orders.test_service_desk_case import add_service_desk_user, case_of, push
from tests.agent_orders.web import api, link_in, login, wait_for_mail
from tests.server.smtp import SmtpServer
from tests.utils import sms_gateway
from tests.utils.servers import free_port, wait_until
from tests.utils.sms_gateway import SmsApiStandin


@pytest.fixture(scope="module")
def sms_api() -> Iterator[SmsApiStandin]:
    with SmsApiStandin() as standin:
        yield standin


@pytest.fixture(scope="module")
def walk(db_url: str, db: Database, smtp: SmtpServer, sms_api: SmsApiStandin) -> Iterator[LiveApp]:
    """The app with its mail worker, sending SMS through 46elks' API (the stand-in)."""
    port = free_port()
    settings = worker_settings(
        db_url,
        port,
        smtp,
        sms_gateway="http",
        sms_http_url=sms_api.url,
        sms_http_username=sms_gateway.USERNAME,
        sms_http_password=sms_gateway.PASSWORD,
    )
    app = LiveApp(settings, db, port).start()
    yield app
    app.stop()


def sms_code(sms_api: SmsApiStandin, to: str, after: int) -> str:
    """The one-time code of the first SMS to ``to`` after the first ``after`` received."""

    def code() -> str | None:
        for sms in list(sms_api.received)[after:]:
            found = re.search(r"\b(\d{6})\b", sms.message)
            if sms.to == to and found:
                return found.group(1)
        return None

    return str(wait_until(code, what=f"an SMS code to {to}"))


# -- the steps of the walk ----------------------------------------------------------------


def submit_approval(
    browser: Browser,
    review: httpx.Response,
    *,
    attestant: str,
    billing_address: str = "Box 12, 111 22 Stockholm",
    **more: str,
) -> httpx.Response:
    """Approve on the review page, terms accepted, choosing ``attestant``."""
    approved = browser.submit(
        review,
        "approve-form",
        terms_accepted="yes",
        billing_reference="PO 4711",
        billing_address=billing_address,
        attest_reference="Avtal 2026-17",
        attestant=attestant,
        **more,
    )
    assert approved.status_code == 200, text(approved)
    assert "approved and sent to the attestant" in text(approved)
    return approved


def handler_approves(
    live: LiveApp, smtp: SmtpServer, cast: Cast, placed: Placed, *, attestant: str
) -> None:
    """The case handler: the mail's link, sign in, start the review, approve, choose
    ``attestant`` (seed 004 steps 1.1-1.14)."""
    handler = cast.email("handler")
    link = mailed_link(
        smtp, handler, f"Order {placed.number} awaits your approval", "/staff/agent-orders/"
    )
    with Browser(live) as browser:
        review = browser.open_signed_in(link, handler)
        assert urlsplit(str(review.url)).path.endswith("/review"), review.url
        assert "Start review" in review.text
        review = browser.submit(review, "start-review-form")
        assert review.status_code == 200 and "approve-form" in review.text, text(review)
        whole = browser.get(f"/staff/agent-orders/{placed.order_id}")  # "see the whole order"
        assert "Storgatan 1, 901 84 Umeå" in whole.text and "Helst före jul" in whole.text
        submit_approval(browser, review, attestant=attestant)


def attestant_attests_by_sms(
    live: LiveApp,
    smtp: SmtpServer,
    sms_api: SmsApiStandin,
    placed: Placed,
    *,
    email: str,
    phone: str,
) -> None:
    """The agent's attestant: the mail's link, sign in, attest with an SMS code (step 3)."""
    link = mailed_link(smtp, email, "awaits your attestation", "/staff/agent-orders/")
    with Browser(live) as browser:
        attest = browser.open_signed_in(link, email)
        assert urlsplit(str(attest.url)).path.endswith("/attest"), attest.url
        assert "One-time code by SMS" in attest.text
        before = len(sms_api.received)
        code_page = browser.submit(attest, "sms-form")
        assert code_page.status_code == 200, text(code_page)
        signed = browser.submit(code_page, "sms-verify-form", code=sms_code(sms_api, phone, before))
        assert signed.status_code == 200 and "sent to the customer's attestant" in text(signed)


def customer_attests_by_sms(
    live: LiveApp,
    smtp: SmtpServer,
    sms_api: SmsApiStandin,
    placed: Placed,
    *,
    email: str,
    phone: str,
) -> None:
    """The customer's attestant: their personal link, an SMS code (step 4)."""
    link = mailed_link(smtp, email, f"Please attest order {placed.number}", "/agent-orders/attest/")
    with Browser(live) as browser:
        attest = browser.get(link)
        assert attest.status_code == 200 and "Fiberanslutning 1 Gbit/s" in attest.text
        before = len(sms_api.received)
        code_page = browser.submit(attest, "sms-form")
        assert code_page.status_code == 200, text(code_page)
        signed = browser.submit(code_page, "sms-verify-form", code=sms_code(sms_api, phone, before))
        assert signed.status_code == 200, text(signed)


def web_sign_ins_only(db: Database, user_id: str, since: datetime) -> list[str]:
    """The labels of the sign-ins ``user_id`` made since ``since``."""
    with db.sessions() as s:
        return list(
            s.scalars(
                select(AuthToken.client_label).where(
                    AuthToken.user_id == user_id, AuthToken.created_at >= since
                )
            )
        )


def attestant_declines(
    live: LiveApp, smtp: SmtpServer, placed: Placed, *, email: str, reason: str
) -> None:
    """The agent's attestant: the mail's link, sign in, decline with ``reason`` (step 3.2)."""
    link = mailed_link(smtp, email, "awaits your attestation", "/staff/agent-orders/")
    with Browser(live) as browser:
        attest = browser.open_signed_in(link, email)
        assert urlsplit(str(attest.url)).path.endswith("/attest"), attest.url
        declined = browser.submit(attest, "decline-form", reason=reason)
        assert declined.status_code == 200, text(declined)
        assert urlsplit(str(declined.url)).path == f"/staff/agent-orders/{placed.order_id}"
        assert 'id="declined-notice"' in declined.text and reason in text(declined)


def handler_approves_again(
    live: LiveApp,
    smtp: SmtpServer,
    cast: Cast,
    placed: Placed,
    *,
    declined_by: str,
    reason: str,
    attestant: str,
) -> None:
    """The case handler: the decline mail (with the reason) and its link to the review,
    sign in, the reason on the page and under Action required, approve again choosing
    ``attestant``."""
    handler = cast.email("handler")
    mail = wait_for_mail(smtp, handler, f"Order {placed.number} was declined by the attestant")
    body = mail.get_body(("plain",))
    assert body is not None and reason in " ".join(body.get_content().split())
    link = link_in(mail, "/staff/agent-orders/")
    assert urlsplit(link).path == f"/staff/agent-orders/{placed.order_id}/review"
    with Browser(live) as browser:
        review = browser.open_signed_in(link, handler)
        assert urlsplit(str(review.url)).path == urlsplit(link).path
        assert 'id="declined-notice"' in review.text and "approve-form" in review.text
        assert reason in text(review) and declined_by in text(review)
        approvals = browser.get("/staff/agent-orders/")
        assert "Action required (1)" in text(approvals)
        [waiting] = re.findall(
            r'<table class="list" id="action-required".*?</table>', approvals.text, re.S
        )
        assert placed.number in waiting and reason in waiting
        assert "Declined by the attestant:" in waiting
        approved = submit_approval(
            browser,
            review,
            attestant=attestant,
            billing_address="Box 99, 111 22 Stockholm",
            attest_note="Rättad faktureringsadress",
        )
        assert 'id="declined-notice"' not in approved.text


# -- the walks ------------------------------------------------------------------------------


def test_seed_004_with_mailed_links_and_a_browser_only(
    walk: LiveApp, smtp: SmtpServer, sms_api: SmsApiStandin
) -> None:
    cast = walk.cast()
    started = utcnow()  # the cast's users' desktop tokens are older
    customer_attestant = f"anna.{cast.slug}@region-norr.se"
    attestant = cast.email("attestant")

    # 1. The customer orders through the link an administrator sent.
    placed = place_order(
        walk,
        smtp,
        cast,
        customer_attestant=customer_attestant,
    )
    assert "received" in str(wait_for_mail(smtp, placed.orderer, placed.number)["Subject"])

    # 2. The agent's case handler approves, from the mail's link, in a browser.
    handler_approves(walk, smtp, cast, placed, attestant=attestant)

    # 3. The agent's attestant attests with an SMS code, from the mail's link.
    attestant_attests_by_sms(
        walk, smtp, sms_api, placed, email=attestant, phone=cast.phones["attestant"]
    )

    # 4. The customer's attestant attests; 5. the service-desk case is created.
    customer_attests_by_sms(
        walk, smtp, sms_api, placed, email=customer_attestant, phone=cast.customer_attestant_phone
    )
    with walk.db.sessions() as s:
        order = s.get(AgentOrder, placed.order_id)
        assert order is not None
        assert order.state == OrderState.CASE_CREATED and order.case_number
        steps = list(
            s.scalars(
                select(AgentOrderStep)
                .where(AgentOrderStep.order_id == order.id)
                .order_by(AgentOrderStep.server_seq)
            )
        )
        signatures = {
            sig.role: sig.method
            for sig in s.scalars(select(Signature).where(Signature.order_id == order.id))
        }
        case = order.case_number
    assert [st.state for st in steps] == [
        "ordered",
        "agent_review",
        "agent_approved",
        "agent_attested",
        "customer_attested",
        "case_created",
    ]
    assert [st.actor_email for st in steps][:4] == [
        placed.orderer,
        cast.email("handler"),
        cast.email("handler"),
        attestant,
    ]
    assert signatures == {"agent_attestant": "sms", "customer_attestant": "sms"}
    connect = wait_for_mail(smtp, cast.email("handler"), "Start the technical connection")
    assert case in str(connect["Subject"])
    assert case in str(wait_for_mail(smtp, placed.orderer, "is confirmed")["Subject"])

    # Neither the handler nor the attestant signed in any other way than in a browser.
    for name in ("handler", "attestant"):
        labels = web_sign_ins_only(walk.db, cast.users[name].id, started)
        assert labels == ["web-sign-in"], (name, labels)


REASON = "Fakturaadressen är fel: ska vara Box 99, 111 22 Stockholm"


def test_seed_004_with_a_declining_attestant_and_the_service_desk_case(
    walk: LiveApp, smtp: SmtpServer, sms_api: SmsApiStandin
) -> None:
    cast = walk.cast()
    started = utcnow()
    desk, desk_email = add_service_desk_user(cast)
    customer_attestant = f"anna.{cast.slug}@region-norr.se"
    first, second = cast.email("attestant"), cast.email("both")  # attestants A and B
    handler = cast.email("handler")

    # 1. The customer orders; 2. the case handler approves, choosing attestant A.
    placed = place_order(walk, smtp, cast, customer_attestant=customer_attestant)
    handler_approves(walk, smtp, cast, placed, attestant=first)

    # 3.2 A declines, with a reason: back to the case handler, who is told by mail, sees
    # the reason on the review page and in Action required, and approves again for B.
    attestant_declines(walk, smtp, placed, email=first, reason=REASON)
    handler_approves_again(
        walk, smtp, cast, placed, declined_by=first, reason=REASON, attestant=second
    )

    # 3. B attests by SMS; 4. the customer's attestant attests; 5. the case is opened.
    attestant_attests_by_sms(walk, smtp, sms_api, placed, email=second, phone=cast.phones["both"])
    customer_attests_by_sms(
        walk, smtp, sms_api, placed, email=customer_attestant, phone=cast.customer_attestant_phone
    )
    with walk.db.sessions() as s:
        order = s.get(AgentOrder, placed.order_id)
        assert order is not None
        s.expunge(order)
        steps = [
            (st.state, st.actor_email, st.note)
            for st in s.scalars(
                select(AgentOrderStep)
                .where(AgentOrderStep.order_id == order.id)
                .order_by(AgentOrderStep.server_seq)
            )
        ]
        signatures = {
            sig.role: (sig.method, sig.signer_email)
            for sig in s.scalars(select(Signature).where(Signature.order_id == order.id))
        }
    assert order.state == OrderState.CASE_CREATED and order.case_number
    assert order.agent_attestant_email == second and not order.declined_in_review
    assert order.billing["address"] == "Box 99, 111 22 Stockholm"
    assert [st[0] for st in steps] == [
        "ordered",
        "agent_review",
        "agent_approved",
        ATTEST_DECLINED,
        "agent_approved",
        "agent_attested",
        "customer_attested",
        "case_created",
    ]
    assert [st[1] for st in steps][:6] == [
        placed.orderer,
        handler,
        handler,
        first,
        handler,
        second,
    ]
    assert steps[3][2] == REASON
    assert signatures == {
        "agent_attestant": ("sms", second),
        "customer_attestant": ("sms", customer_attestant),
    }

    # The service desk's case: a record of its own, new, the order's case number; the
    # service desk's user is told by mail.
    case = case_of(walk, order.id)
    assert (case.number, case.status, case.order_id) == (order.case_number, "new", order.id)
    assert case.assignee_id is None
    told = wait_for_mail(smtp, desk_email, f"New service-desk case {case.number}")
    assert str(told["Subject"]) == f"New service-desk case {case.number}: order {placed.number}"
    connect = wait_for_mail(smtp, handler, "Start the technical connection")
    assert case.number in str(connect["Subject"])

    # The service desk works the case from Kansli (desktop-only): pushed commands.
    token = login(walk, desk_email, cast.slug)
    pulled = api(token).get(f"{walk.url}/api/v1/sync/pull", params={"cursor": ""}, timeout=30)
    assert case.id in {r["id"] for r in pulled.json()["changes"]["service_desk_case"]}
    note_id = "01a2b3c4-0000-7000-8000-0000000000d4"
    for name, args in (
        ("service_desk_case.assign", {"assignee_id": desk.id, "expected_assignee_id": None}),
        ("service_desk_case.add_note", {"note_id": note_id, "text": "Anslutning bokad."}),
        ("service_desk_case.set_status", {"status": "in_progress"}),
    ):
        result = push(token, walk, name, case_id=case.id, **args)
        assert result["status"] == "applied", (name, result)
    worked = case_of(walk, order.id)
    assert (worked.status, worked.assignee_id) == (CaseStatus.IN_PROGRESS, desk.id)
    with walk.db.sessions() as s:
        notes = [
            (n.id, n.text)
            for n in s.scalars(select(ServiceDeskNote).where(ServiceDeskNote.case_id == case.id))
        ]
        trail_after = list(
            s.scalars(
                select(AgentOrderStep.state)
                .where(AgentOrderStep.order_id == order.id)
                .order_by(AgentOrderStep.server_seq)
            )
        )
        still = s.get(AgentOrder, order.id)
        assert still is not None and still.state == OrderState.CASE_CREATED
    assert notes == [(note_id, "Anslutning bokad.")]
    assert trail_after == [st[0] for st in steps]  # the case's work is the case's, not the order's

    # The handler and both attestants only ever signed in in a browser (the handler twice).
    for name, count in (("handler", 2), ("attestant", 1), ("both", 1)):
        labels = web_sign_ins_only(walk.db, cast.users[name].id, started)
        assert labels == ["web-sign-in"] * count, (name, labels)
