"""An attestant declines to attest an agent order (seed 004 step 3.2; issue 20), over the
real server: the staff attest page and the customer's mailed link, real SMTP (aiosmtpd,
the app's mail worker), SMS codes from the outbox gateway, on SQLite and PostgreSQL.

The order goes back to the agent's case handler (``agent_review``), who is told by mail
and in the app with the reason, sees it in their approvals and on the review page, and
approves again with another attestant, who attests."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import select

from models.agent_orders import ATTEST_DECLINED, AgentOrder, AgentOrderStep, OrderState
from models.ids import utcnow
from models.tenancy import Tenant
from server.services.agent_orders import records, signing
from server.signing.otp import DEFAULT_MAX_CODES_PER_HOUR
from tests.agent_orders.builders import Cast, add_order, approve, latest_sms_code, order_state
from tests.agent_orders.live import LiveApp
from tests.agent_orders.web import (
    api,
    field,
    link_in,
    post,
    text,
    wait_for_mail,
    web_view,
)
from tests.server.mail_texts import assert_mail
from tests.server.smtp import SmtpServer
from tests.utils.notify_events import delivers
from tests.utils.servers import wait_until

REASON = "Fakturaadressen är fel: ska vara Box 99, 111 22 Stockholm"


def _language(cast: Cast, language: str) -> None:
    with cast.db.transaction() as s:
        tenant = s.get(Tenant, cast.tenant_id)
        assert tenant is not None
        tenant.language = language


def _steps(live: LiveApp, order_id: str) -> list[AgentOrderStep]:
    with live.db.sessions() as s:
        return list(
            s.scalars(
                select(AgentOrderStep)
                .where(AgentOrderStep.order_id == order_id)
                .order_by(AgentOrderStep.server_seq)
            )
        )


@delivers("agent_order.attest_declined")
@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_agents_attestant_declines_and_the_handler_approves_again_for_another(
    live: LiveApp, smtp: SmtpServer, language: str
) -> None:
    cast = live.cast()
    _language(cast, language)
    handler, attestant, other = cast.users["handler"], cast.users["attestant"], cast.users["both"]
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    number = order_state(live.db, order_id).number
    base = f"{live.url}/staff/agent-orders/{order_id}"

    # The attestant opens the attest page from the desktop: it has a Decline form.
    view, page = web_view(live, cast.tokens["attestant"], f"/staff/agent-orders/{order_id}/attest")
    view.headers["Accept-Language"] = language  # the pages in the tenant's language
    assert page.status_code == 200 and 'id="decline-form"' in page.text
    assert f'action="/staff/agent-orders/{order_id}/attest/decline"' in page.text

    # Without a reason: refused, the field named, nothing changed.
    empty = post(view, f"{base}/attest/decline", page, reason="   ")
    assert empty.status_code == 422, text(empty)
    said = (
        "Ange ett skäl till att du avböjer" if language == "sv" else "Give a reason for declining"
    )
    assert said in text(empty) and 'id="decline-reason"' in empty.text
    # Without the form's token (CSRF): refused, nothing changed.
    forged = view.post(f"{base}/attest/decline", data={"reason": REASON}, timeout=10)
    assert forged.status_code == 403
    assert order_state(live.db, order_id).state == OrderState.AGENT_APPROVED

    approved_hash = records.content_hash(order_state(live.db, order_id))
    declined = post(view, f"{base}/attest/decline", page, reason=REASON)
    assert declined.status_code == 200, text(declined)
    assert urlsplit(declined.url).path == f"/staff/agent-orders/{order_id}"
    assert 'id="notice"' in declined.text and 'id="declined-notice"' in declined.text
    order = order_state(live.db, order_id)
    assert order.state == OrderState.AGENT_REVIEW
    assert order.agent_attestant_email is None and order.approved_in_session is None
    assert order.approved_at is None and not order.terms_accepted
    assert (order.declined_reason, order.declined_by_email) == (REASON, attestant.email)
    assert order.declined_at is not None
    last = _steps(live, order_id)[-1]
    assert (last.state, last.actor_email, last.note) == (ATTEST_DECLINED, attestant.email, REASON)
    assert last.data_hash == approved_hash  # what was declined: the approved order
    # The attestant has acted: their "awaits your attestation" is read.
    mine = api(cast.tokens["attestant"]).get(f"{live.url}/api/v1/notifications", timeout=10)
    about = [n for n in mine.json()["notifications"] if n["related_id"] == order_id]
    assert about and all(n["read_at"] for n in about)

    # The case handler is told by mail (the default template's text, with the reason) ...
    subject = (
        f"Beställning {number} avböjdes av attestanten"
        if language == "sv"
        else f"Order {number} was declined by the attestant"
    )
    mail = wait_for_mail(smtp, handler.email, subject)
    review_path = f"/staff/agent-orders/{order_id}/review"
    assert_mail(
        mail,
        "agent_order.attest_declined.case_handlers",
        language,
        {
            "recipient_name": handler.display_name,
            "number": number,
            "customer": "Region Norr",
            "service": "Fiberanslutning 1 Gbit/s",
            "agent": "Nordisk Nätpartner AB",
            "decliner": attestant.display_name,
            "reason": REASON,
            "link": f"{live.url}{review_path}?lang={language}",  # in the mail's language
            "tenant": _tenant_name(cast),
        },
    )
    assert link_in(mail, "/staff/agent-orders/") == f"{live.url}{review_path}"
    # ... and in the app.
    handler_token = cast.new_session("handler")
    notes = api(handler_token).get(f"{live.url}/api/v1/notifications", timeout=10).json()
    [note] = [n for n in notes["notifications"] if n["kind"] == "agent_order.attest_declined"]
    assert note["title"] == subject and REASON in note["body"]
    assert note["link_path"] == review_path and note["read_at"] is None

    # The handler sees it in their approvals with the reason, and on the review page,
    # where the approval's values wait to be corrected.
    hview, approvals = web_view(live, handler_token, "/staff/agent-orders/")
    assert number in approvals.text and REASON in text(approvals)
    review = hview.get(f"{live.url}{review_path}", timeout=10)
    assert review.status_code == 200 and 'id="declined-notice"' in review.text
    assert REASON in text(review) and attestant.email in text(review)
    assert re.search(r'name="billing_reference"[^>]* value="PO 4711"', review.text)

    # The handler corrects the billing address and chooses another attestant.
    approved = post(
        hview,
        f"{live.url}/staff/agent-orders/{order_id}/approve",
        review,
        terms_accepted="yes",
        terms_version=field(review, "terms_version"),
        billing_reference="PO 4711",
        billing_address="Box 99, 111 22 Stockholm",
        attest_reference="",
        attest_note="Rättad faktureringsadress",
        attestant=other.email,
    )
    assert approved.status_code == 200, text(approved)
    order = order_state(live.db, order_id)
    assert order.state == OrderState.AGENT_APPROVED and order.agent_attestant_email == other.email
    assert 'id="declined-notice"' not in approved.text  # no longer back in review

    # The first attestant may no longer decline (nor attest); the new one attests.
    again = post(view, f"{base}/attest/decline", page, reason="Fortfarande fel")
    assert again.status_code == 403, text(again)
    oview, attest = web_view(live, cast.tokens["both"], f"/staff/agent-orders/{order_id}/attest")
    assert attest.status_code == 200 and 'id="choose-sms"' in attest.text
    code_page = post(oview, f"{base}/attest/sms", attest)
    signed = post(
        oview,
        f"{base}/attest/sms/verify",
        code_page,
        challenge_id=field(code_page, "challenge_id"),
        code=latest_sms_code(live.db, cast.phones["both"], spool=live.settings.sms_spool_file),
    )
    assert signed.status_code == 200, text(signed)
    assert order_state(live.db, order_id).state == OrderState.AGENT_ATTESTED
    assert [st.state for st in _steps(live, order_id)] == [
        "ordered",
        "agent_review",
        "agent_approved",
        ATTEST_DECLINED,
        "agent_approved",
        "agent_attested",
    ]


def _agent_attests(live: LiveApp, cast: Cast, order_id: str) -> None:
    """The agent's attestant signs ``order_id`` by SMS code (read from the outbox spool)."""
    principal = cast.principal("attestant")

    def call() -> signing.AttestCall:
        return signing.AGENT_ATTEST.at(
            db=cast.db, settings=cast.settings, principal=principal, order_id=order_id, now=utcnow()
        )

    sent = call().start(method="sms")
    assert isinstance(sent, signing.SmsChallenge)
    code = latest_sms_code(cast.db, cast.phones["attestant"], spool=live.settings.sms_spool_file)
    call().complete_sms(challenge_id=sent.challenge_id, code=code)


def _attested_by_agent(live: LiveApp, cast: Cast, smtp: SmtpServer, attestant: str) -> str:
    """An order the agent has attested (by SMS code): the customer attestant's mailed link."""
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED, customer_attestant=attestant)
    _agent_attests(live, cast, order_id)
    number = order_state(live.db, order_id).number
    mail = wait_for_mail(smtp, attestant, f"Please attest order {number}")
    return link_in(mail, "/agent-orders/attest/")


def _links_mailed(smtp: SmtpServer, to: str, subject: str, count: int) -> list[str]:
    """The attest links of the first ``count`` mails to ``to`` about ``subject``."""

    def mailed() -> list[Any]:
        mails = [m for m in smtp.messages if m["To"] == to and subject in str(m["Subject"])]
        return mails[:count] if len(mails) >= count else []

    mails = wait_until(mailed, what=f"{count} mails to {to} about {subject}")
    return [link_in(m, "/agent-orders/attest/") for m in mails]


def _tenant_name(cast: Cast) -> str:
    with cast.db.sessions() as s:
        tenant = s.get(Tenant, cast.tenant_id)
        assert tenant is not None
        return tenant.name


def test_only_the_chosen_attestant_may_decline(live: LiveApp) -> None:
    cast = live.cast()
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    decline = f"{live.url}/staff/agent-orders/{order_id}/attest/decline"

    # An attestant of the agent, but not the one chosen: the page says so.
    view, page = web_view(live, cast.tokens["both"], f"/staff/agent-orders/{order_id}/attest")
    assert 'id="blocked"' in page.text and 'id="decline-form"' not in page.text
    page = view.get(f"{live.url}/staff/agent-orders/{order_id}/review", timeout=10)  # a token
    refused = post(view, decline, page, reason="Inte min")
    assert refused.status_code == 403
    assert "is not the attestant chosen for order" in text(refused)
    # The case handler is no attestant at all.
    view, page = web_view(live, cast.tokens["handler"], f"/staff/agent-orders/{order_id}/review")
    refused = post(view, decline, page, reason="Inte min")
    assert refused.status_code == 403 and "Only an attestant of" in text(refused)
    # Another agent's attestant does not even see the order.
    b_order = add_order(
        cast, agent="b", state=OrderState.AGENT_APPROVED, attestant_email=cast.email("attestant_b")
    )
    view, page = web_view(live, cast.tokens["attestant_b"], f"/staff/agent-orders/{b_order}/attest")
    refused = post(view, decline, page, reason="Inte min")
    assert refused.status_code == 404
    # Another session's token is worthless.
    mine, page = web_view(live, cast.tokens["attestant"], f"/staff/agent-orders/{order_id}/attest")
    stolen = view.post(
        decline, data={"csrf_token": field(page, "csrf_token"), "reason": "x"}, timeout=10
    )
    assert stolen.status_code == 403
    order = order_state(live.db, order_id)
    assert order.state == OrderState.AGENT_APPROVED and order.declined_at is None

    # In review: nothing to decline.
    review_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    refused = post(
        mine, f"{live.url}/staff/agent-orders/{review_id}/attest/decline", page, reason="x"
    )
    assert refused.status_code == 409 and "Cannot decline the attestation" in text(refused)
    assert order_state(live.db, review_id).state == OrderState.AGENT_REVIEW


def test_the_customers_attestant_declines_through_the_link_back_to_the_case_handler(
    live: LiveApp, smtp: SmtpServer
) -> None:
    cast = live.cast()
    handler = cast.users["handler"]
    anna = f"anna.{cast.slug}@region-norr.se"
    link = _attested_by_agent(live, cast, smtp, anna)
    with live.db.sessions() as s:
        order_id, number = s.execute(
            select(AgentOrder.id, AgentOrder.number).where(
                AgentOrder.tenant_id == cast.tenant_id,
                AgentOrder.state == OrderState.AGENT_ATTESTED,
            )
        ).one()

    browser = requests.Session()
    page = browser.get(link, timeout=10)
    assert page.status_code == 200 and 'id="decline-form"' in page.text
    empty = post(browser, f"{link}/decline", page, reason="")
    assert empty.status_code == 422 and "Give a reason for declining" in text(empty)
    forged = browser.post(f"{link}/decline", data={"reason": "x"}, timeout=10)
    assert forged.status_code == 403
    assert order_state(live.db, order_id).state == OrderState.AGENT_ATTESTED

    declined = post(browser, f"{link}/decline", page, reason="Vi har inte beställt 1 Gbit/s")
    assert declined.status_code == 200 and f"You declined order {number}" in text(declined)
    order = order_state(live.db, order_id)
    assert order.state == OrderState.AGENT_REVIEW and order.agent_attested_at is None
    assert order.declined_by_email == anna
    mail = wait_for_mail(smtp, handler.email, f"Order {number} was declined by the attestant")
    body = mail.get_body(("plain",))
    assert body is not None and "Vi har inte beställt 1 Gbit/s" in body.get_content()
    # The link is used up: it can neither sign nor decline again.
    gone = browser.get(link, timeout=10)
    assert gone.status_code == 410
    again = post(browser, f"{link}/decline", page, reason="igen")
    assert again.status_code == 410
    assert order_state(live.db, order_id).state == OrderState.AGENT_REVIEW

    # Corrected, approved and attested again by the agent: the customer's attestant gets
    # a new link, which works; the old one stays used up.
    approve(cast, order_id, "handler", cast.email("attestant"))
    _agent_attests(live, cast, order_id)
    links = _links_mailed(smtp, anna, f"Please attest order {number}", 2)
    assert links[0] == link and links[1] != link
    assert browser.get(links[1], timeout=10).status_code == 200
    assert browser.get(link, timeout=10).status_code == 410


def test_an_sms_code_limit_reached_through_one_link_leaves_another_links_codes(
    live: LiveApp, smtp: SmtpServer
) -> None:
    """Whoever holds one customer link can use up that link's SMS codes only: the same
    signer still gets a code through another order's link."""
    cast = live.cast()
    anna = f"anna.{cast.slug}@region-norr.se"
    links = [_attested_by_agent(live, cast, smtp, anna) for _ in range(2)]
    browser = requests.Session()
    page_a = browser.get(links[0], timeout=10)
    for _ in range(DEFAULT_MAX_CODES_PER_HOUR):
        sent = post(browser, f"{links[0]}/sms", page_a)
        assert sent.status_code == 200 and 'id="sms-verify-form"' in sent.text, text(sent)
    refused = post(browser, f"{links[0]}/sms", page_a)
    assert refused.status_code == 403 and "Too many codes asked for" in text(refused)

    page_b = browser.get(links[1], timeout=10)
    sent = post(browser, f"{links[1]}/sms", page_b)
    assert sent.status_code == 200 and 'id="sms-verify-form"' in sent.text, text(sent)
