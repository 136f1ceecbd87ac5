"""The agent-order pages refuse, in words, what the server does not allow: wrong role,
wrong tenant, forged forms, self-attest in the same session, a reused SMS code; and they
work with plain form posts."""

from __future__ import annotations

import base64

import requests

from models.agent_orders import OrderState
from models.ids import utcnow
from server.services.agent_orders.orders import INVITATION_LINK
from server.services.approval import issue_link
from tests.agent_orders.builders import add_order, latest_sms_code, order_state
from tests.agent_orders.live import LiveApp
from tests.agent_orders.web import (
    agent_attests_with_bankid,
    customer_attest_link,
    field,
    link_in,
    login,
    post,
    text,
    wait_for_mail,
    web_view,
)
from tests.server.smtp import SmtpServer
from tests.utils.bankid_standin import BankIdStandin, Complete, Pending


def test_staff_pages_refuse_wrong_role_and_wrong_tenant(live: LiveApp) -> None:
    cast = live.cast()
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    base = f"{live.url}/staff/agent-orders/{order_id}"

    _, page = web_view(live, cast.tokens["viewer"], f"/staff/agent-orders/{order_id}/review")
    assert page.status_code == 403
    assert "Only a case handler of Nordisk Nätpartner AB may review" in text(page)

    view, page = web_view(live, cast.tokens["handler"], f"/staff/agent-orders/{order_id}/review")
    refused = post(view, f"{base}/attest/sms", page)
    assert refused.status_code == 403 and "Only an attestant of Nordisk" in text(refused)

    other = live.cast()
    foreign, page = web_view(live, other.tokens["handler"], f"/staff/agent-orders/{order_id}")
    assert page.status_code == 404 and f"Order {order_id} was not found" in text(page)
    mine = view.get(f"{base}/review", timeout=10)
    stolen = foreign.post(
        f"{base}/reject", data={"csrf_token": field(mine, "csrf_token"), "reason": "x"}, timeout=10
    )
    assert stolen.status_code == 403  # another session's CSRF token is worthless
    assert order_state(live.db, order_id).state == OrderState.AGENT_REVIEW


def test_forms_without_csrf_or_terms_change_nothing(live: LiveApp) -> None:
    cast = live.cast()
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    view, page = web_view(live, cast.tokens["handler"], f"/staff/agent-orders/{order_id}/review")
    forged = view.post(
        f"{live.url}/staff/agent-orders/{order_id}/reject", data={"reason": "x"}, timeout=10
    )
    assert forged.status_code == 403 and "The form has expired" in text(forged)
    no_terms = post(
        view,
        f"{live.url}/staff/agent-orders/{order_id}/approve",
        page,
        terms_version=field(page, "terms_version"),
        billing_reference="PO 1",
        billing_address="Box 1",
        attestant=cast.email("attestant"),
    )
    assert no_terms.status_code == 422 and "The terms must be accepted" in text(no_terms)
    assert 'value="PO 1"' in no_terms.text  # what was typed stays
    no_reason = post(view, f"{live.url}/staff/agent-orders/{order_id}/reject", page, reason=" ")
    assert no_reason.status_code == 422 and "Give a reason for the rejection" in text(no_reason)
    assert order_state(live.db, order_id).state == OrderState.AGENT_REVIEW
    rejected = post(
        view, f"{live.url}/staff/agent-orders/{order_id}/reject", page, reason="Ingen fiber"
    )
    assert rejected.status_code == 200 and "The order is rejected" in text(rejected)
    again = post(view, f"{live.url}/staff/agent-orders/{order_id}/reject", page, reason="Igen")
    assert again.status_code == 409 and "Cannot reject: order" in text(again)


def test_attest_posts_without_their_token_are_refused_as_a_page_and_the_poll_as_json(
    live: LiveApp,
) -> None:
    cast = live.cast()
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    base = f"{live.url}/staff/agent-orders/{order_id}/attest"
    view, _ = web_view(live, cast.tokens["attestant"], f"/staff/agent-orders/{order_id}/attest")
    forged = view.post(f"{base}/sms", data={"csrf_token": "0" * 64}, timeout=10)
    assert forged.status_code == 403 and "The form has expired" in text(forged)
    assert "text/html" in forged.headers["content-type"]
    poll = f"{base}/bankid/{'1' * 36}/status"
    refused = view.post(poll, data={"csrf_token": "0" * 64}, timeout=10)
    assert refused.status_code == 403
    assert refused.json()["status"] == "failed" and refused.json()["done"] is True
    assert "did not come from this site" in refused.json()["message"]
    unreadable = view.post(
        poll, data=b"csrf_token=x", headers={"Content-Type": "text/plain"}, timeout=10
    )
    assert unreadable.status_code == 415 and unreadable.json()["done"] is True
    assert order_state(live.db, order_id).state == OrderState.AGENT_APPROVED


def test_approver_is_refused_attest_in_the_same_session_and_a_code_works_once(
    live: LiveApp,
) -> None:
    cast = live.cast()
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    token = login(live, cast.email("both"), cast.slug)
    view, page = web_view(live, token, f"/staff/agent-orders/{order_id}/review")
    approved = post(
        view,
        f"{live.url}/staff/agent-orders/{order_id}/approve",
        page,
        terms_accepted="yes",
        terms_version=field(page, "terms_version"),
        billing_reference="PO 2",
        billing_address="Box 2",
        attestant=cast.email("both"),
    )
    assert approved.status_code == 200, text(approved)
    attest = view.get(f"{live.url}/staff/agent-orders/{order_id}/attest", timeout=10)
    assert "sign out and sign in again to attest it" in text(attest)
    assert 'id="choose-sms"' not in attest.text  # nothing to press
    # A form of the same session posted anyway is refused by the server.
    refused = post(view, f"{live.url}/staff/agent-orders/{order_id}/attest/sms", page)
    assert refused.status_code == 403 and "in this session" in text(refused)

    fresh = login(live, cast.email("both"), cast.slug)  # signed in again: a new session
    view, attest = web_view(live, fresh, f"/staff/agent-orders/{order_id}/attest")
    assert "in this session" not in text(attest)
    code_page = post(view, f"{live.url}/staff/agent-orders/{order_id}/attest/sms", attest)
    code = latest_sms_code(live.db, cast.phones["both"], spool=live.settings.sms_spool_file)
    verify = {"challenge_id": field(code_page, "challenge_id"), "code": code}
    url = f"{live.url}/staff/agent-orders/{order_id}/attest/sms/verify"
    assert post(view, url, code_page, **verify).status_code == 200
    reused = post(view, url, code_page, **verify)
    assert reused.status_code == 409 and "already been used" in text(reused)
    assert order_state(live.db, order_id).state == OrderState.AGENT_ATTESTED


def test_bankid_says_plainly_that_it_is_not_configured(live_without_bankid: LiveApp) -> None:
    live = live_without_bankid
    cast = live.cast()
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    view, page = web_view(live, cast.tokens["attestant"], f"/staff/agent-orders/{order_id}/attest")
    assert "Signing with BankID is not configured on this server" in text(page)
    assert 'id="choose-bankid" disabled' in page.text
    refused = post(view, f"{live.url}/staff/agent-orders/{order_id}/attest/bankid", page)
    assert refused.status_code == 503 and "BankID is not configured" in text(refused)


def test_open_redirects_to_the_step_that_waits_for_the_user(live: LiveApp) -> None:
    cast = live.cast()
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    _, page = web_view(live, cast.tokens["attestant"], f"/staff/agent-orders/{order_id}/open")
    assert page.url.endswith(f"/staff/agent-orders/{order_id}/attest")
    _, page = web_view(live, cast.tokens["handler"], f"/staff/agent-orders/{order_id}/open")
    assert page.url.endswith(f"/staff/agent-orders/{order_id}")
    _, mine = web_view(live, cast.tokens["attestant"], "/staff/agent-orders/")
    assert order_state(live.db, order_id).number in mine.text
    _, none = web_view(live, cast.tokens["handler"], "/staff/agent-orders/")
    assert "Nothing waits for you right now" in text(none)


def test_customer_order_form_validates_and_its_link_works_once(live: LiveApp) -> None:
    cast = live.cast()
    with live.db.transaction() as s:
        token = issue_link(
            s,
            INVITATION_LINK,
            tenant_id=cast.tenant_id,
            entity_id=cast.customer_id,
            email="kim@region-norr.se",
            now=utcnow(),
        )
    url = f"{live.url}/agent-orders/order/{token}"
    browser = requests.Session()
    form = browser.get(url, timeout=10)
    assert form.status_code == 200 and "Region Norr" in form.text
    fields = {
        "agent_id": cast.agents["b"],
        "service": "",
        "address": "Storgatan 1",
        "ordered_by_name": "Kim",
        "customer_attestant": cast.customer_attestant_id,
    }
    missing = post(browser, url, form, **fields)
    assert missing.status_code == 422 and "service: This field is required" in text(missing)
    bad_phone = post(browser, url, form, **{**fields, "service": "Fiber", "contact_phone": "12"})
    assert bad_phone.status_code == 422 and "contact_phone" in text(bad_phone)
    placed = post(browser, url, form, **{**fields, "service": "Fiber"})
    assert placed.status_code == 200 and "is placed" in text(placed)
    again = post(browser, url, form, **{**fields, "service": "Fiber"})
    assert again.status_code == 410 and "already used" in text(again)


def test_agent_signs_with_bankid_without_script_and_customer_with_sms(
    live: LiveApp, bankid: BankIdStandin, smtp: SmtpServer
) -> None:
    cast = live.cast()
    order_id, link = customer_attest_link(live, cast, bankid, smtp)
    browser = requests.Session()
    page = browser.get(link, timeout=10)
    code_page = post(browser, f"{link}/sms", page)
    assert code_page.status_code == 200, text(code_page)
    phone = order_state(live.db, order_id).details["customer_attestant_phone"]
    wrong = post(
        browser,
        f"{link}/sms/verify",
        code_page,
        challenge_id=field(code_page, "challenge_id"),
        code="12345",
    )
    assert wrong.status_code == 422 and "The code is 6 digits" in text(wrong)
    signed = post(
        browser,
        f"{link}/sms/verify",
        code_page,
        challenge_id=field(code_page, "challenge_id"),
        code=latest_sms_code(live.db, phone, spool=live.settings.sms_spool_file),
    )
    assert signed.status_code == 200 and "The service desk has opened case SD-" in text(signed)
    assert order_state(live.db, order_id).state == OrderState.CASE_CREATED
    used = browser.get(link, timeout=10)
    assert used.status_code == 410 and "already used" in text(used)


def test_malformed_ids_and_tokens_are_answered_as_missing_never_500(live: LiveApp) -> None:
    cast = live.cast()
    view, _ = web_view(live, cast.tokens["handler"], "/staff/agent-orders/")
    for path in ("%00x", "x" * 500, "01a2-%C3%A5", "..%2F..%2Fetc"):
        page = view.get(f"{live.url}/staff/agent-orders/{path}", timeout=10)
        assert page.status_code == 404, (path, page.status_code)
        review = view.get(f"{live.url}/staff/agent-orders/{path}/review", timeout=10)
        assert review.status_code == 404, (path, review.status_code)
    for path in ("%00" * 30, "y" * 43, "z" * 300):
        for kind in ("order", "attest"):
            page = requests.get(f"{live.url}/agent-orders/{kind}/{path}", timeout=10)
            assert page.status_code in (404, 410), (kind, path, page.status_code)
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    view, page = web_view(live, cast.tokens["attestant"], f"/staff/agent-orders/{order_id}/attest")
    bad = post(
        view,
        f"{live.url}/staff/agent-orders/{order_id}/attest/sms/verify",
        page,
        challenge_id="\u00e5" * 50,
        code="123456",
    )
    assert bad.status_code == 404 and "No such signing code" in text(bad)
    status = post(
        view, f"{live.url}/staff/agent-orders/{order_id}/attest/bankid/{'9' * 80}/status", page
    )
    assert status.status_code == 404 and status.json()["done"] is True


def test_the_order_page_links_only_the_step_the_user_may_take(live: LiveApp) -> None:
    """An administrator sees the order but no "Review this order" that would only lead to
    "you do not have that role"; the case handler of its agent and the chosen attestant do."""
    cast = live.cast()
    in_review = add_order(cast, state=OrderState.AGENT_REVIEW)
    approved = add_order(cast, state=OrderState.AGENT_APPROVED)
    for who, order_id, link in (
        ("admin", in_review, None),
        ("viewer", in_review, None),
        ("handler", in_review, "Review this order"),
        ("admin", approved, None),
        ("handler", approved, None),
        ("attestant", approved, "Attest this order"),
    ):
        _, page = web_view(live, cast.tokens[who], f"/staff/agent-orders/{order_id}")
        assert page.status_code == 200, who
        shown = [t for t in ("Review this order", "Attest this order") if t in page.text]
        assert shown == ([link] if link else []), (who, order_id)


#: What BankID shows an attestant (``userVisibleData``), by the language of their page.
ATTEST_TEXTS = {
    "en": "I attest order {number} for {who}: Fiberanslutning 1 Gbit/s for Region Norr "
    "through Nordisk Nätpartner AB.",
    "sv": "Jag attesterar beställning {number} för {who}: Fiberanslutning 1 Gbit/s för "
    "Region Norr genom Nordisk Nätpartner AB.",
}


def _shown_by_bankid(bankid: BankIdStandin) -> str:
    sign = [body for method, body in bankid.requests if method == "sign"][-1]
    return base64.b64decode(sign["userVisibleData"]).decode()


def test_bankid_shows_each_attestant_the_order_in_the_language_of_their_page(
    live: LiveApp, bankid: BankIdStandin, smtp: SmtpServer
) -> None:
    """The agent's attestant reads it in the staff page's language, the customer's in
    that of their attest page; each independently of the other (issue 20, H11)."""
    cast = live.cast()
    for agent_language, customer_language in (("sv", "en"), ("en", "sv")):
        customer = f"{customer_language}.{cast.slug}@kund.se"
        order_id = add_order(cast, state=OrderState.AGENT_APPROVED, customer_attestant=customer)
        number = order_state(live.db, order_id).number
        bankid.script_next_order(Complete())
        done = agent_attests_with_bankid(
            live, cast.tokens["attestant"], order_id, accept_language=f"{agent_language};q=0.9"
        )
        assert done.status_code == 200, text(done)
        assert _shown_by_bankid(bankid) == ATTEST_TEXTS[agent_language].format(
            number=number, who="Nordisk Nätpartner AB"
        )
        assert order_state(live.db, order_id).state == OrderState.AGENT_ATTESTED

        link = link_in(wait_for_mail(smtp, customer, number), "/agent-orders/attest/")
        browser = requests.Session()
        page = browser.get(f"{link}?lang={customer_language}", timeout=10)
        assert page.status_code == 200, text(page)
        bankid.script_next_order(Pending())
        started = post(browser, f"{link}/bankid", page)
        assert started.status_code == 200 and "<svg" in started.text, text(started)
        assert _shown_by_bankid(bankid) == ATTEST_TEXTS[customer_language].format(
            number=number, who="Region Norr"
        )
