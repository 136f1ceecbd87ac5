"""Driving the agent-order pages over HTTP as the desktop's web view and a browser would."""

from __future__ import annotations

import html
import re
import time
from email.message import EmailMessage
from typing import Any

import requests

from models.agent_orders import OrderState
from tests.agent_orders.builders import Cast, add_order, latest_sms_code
from tests.agent_orders.live import LiveApp
from tests.server.helpers import PASSWORD
from tests.server.smtp import SmtpServer
from tests.utils.bankid_standin import BankIdStandin, Complete


def login(live: LiveApp, email: str, slug: str) -> str:
    """Sign in as the desktop does; returns the bearer token (one sign-in session)."""
    resp = requests.post(
        f"{live.url}/api/v1/auth/login",
        json={"email": email, "password": PASSWORD, "tenant": slug},
        timeout=10,
    )
    assert resp.status_code == 200, resp.text
    return str(resp.json()["token"])


def api(token: str) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    return s


def web_view(
    live: LiveApp, token: str, next_path: str
) -> tuple[requests.Session, requests.Response]:
    """The embedded web view: a handover code from the API, exchanged for a cookie."""
    resp = api(token).post(f"{live.url}/api/v1/web/handover", json={"next": next_path}, timeout=10)
    assert resp.status_code == 200, resp.text
    url = resp.json()["url"]
    assert token not in url
    browser = requests.Session()
    page = browser.get(url, timeout=10)
    assert browser.cookies.get("kansli_web"), "no web session cookie"
    return browser, page


def agent_attests_with_bankid(
    live: LiveApp, token: str, order_id: str, *, accept_language: str = ""
) -> requests.Response:
    """The agent's attestant (signed in as ``token``, their browser asking for
    ``accept_language`` when given) starts BankID on the order's attest page and, once
    signed (script the stand-in first), presses "I have signed – check"; returns that
    answer."""
    view, attest = web_view(live, token, f"/staff/agent-orders/{order_id}/attest")
    if accept_language:
        view.headers["Accept-Language"] = accept_language
    started = post(view, f"{live.url}/staff/agent-orders/{order_id}/attest/bankid", attest)
    assert started.status_code == 200 and "<svg" in started.text, text(started)
    assert "bankid:///" in started.text
    check = re.search(r'action="(/staff/agent-orders/[^"]+/check)"', started.text)
    assert check, text(started)
    return post(view, f"{live.url}{check.group(1)}", started)


def customer_attest_link(
    live: LiveApp, cast: Cast, bankid: BankIdStandin, smtp: SmtpServer
) -> tuple[str, str]:
    """An approved order whose customer's attestant is ``anna.<slug>@kund.se``, attested by
    the agent with BankID (the stand-in scripted to complete); returns the order's id and
    the attest link mailed to the customer's attestant."""
    order_id = add_order(
        cast, state=OrderState.AGENT_APPROVED, customer_attestant=f"anna.{cast.slug}@kund.se"
    )
    bankid.script_next_order(Complete())
    done = agent_attests_with_bankid(live, cast.tokens["attestant"], order_id)
    assert done.status_code == 200 and "sent to the customer's attestant" in text(done)
    link = link_in(
        wait_for_mail(smtp, f"anna.{cast.slug}@kund.se", "Please attest order"),
        "/agent-orders/attest/",
    )
    return order_id, link


def csrf(page: requests.Response | str) -> str:
    text = page if isinstance(page, str) else page.text
    found = re.search(r'name="csrf_token" value="([^"]+)"', text)
    assert found, "no CSRF token on the page"
    return found.group(1)


def field(page: requests.Response, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page.text)
    assert found, f"no field {name} on the page"
    return html.unescape(found.group(1))


def post(
    browser: requests.Session, url: str, page: requests.Response | str, **data: Any
) -> requests.Response:
    """Submit a form of ``page`` (its CSRF token included), following redirects."""
    return browser.post(url, data={"csrf_token": csrf(page), **data}, timeout=30)


def text(page: requests.Response) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page.text))


def wait_for_mail(
    smtp: SmtpServer, to: str, subject_part: str, timeout: float = 20.0
) -> EmailMessage:
    """The first mail to ``to`` whose subject contains ``subject_part`` (waits for it)."""
    deadline = time.monotonic() + timeout
    while True:
        for msg in smtp.messages:
            if msg["To"] == to and subject_part in str(msg["Subject"]):
                return msg
        if time.monotonic() > deadline:
            seen = [(m["To"], m["Subject"]) for m in smtp.messages if m["To"] == to]
            raise AssertionError(f"no mail to {to} about {subject_part!r}; got {seen}")
        time.sleep(0.05)  # polling a condition with a deadline


def link_in(msg: EmailMessage, path: str) -> str:
    body = msg.get_body(("plain",))
    assert body is not None
    # Mailed links open in the mail's language (``?lang=``, issue 20): the page's own URL
    # is returned, the language checked to be there.
    found = re.search(
        rf"(http://\S+{re.escape(path)}[^\s?]+)\?lang=(?:sv|en)\b", body.get_content()
    )
    assert found, f"no link to {path} in the mail"
    return found.group(1)


def approve_in_page(
    view: requests.Session,
    url: str,
    order_id: str,
    review: requests.Response,
    attestant: str,
    *,
    attest_reference: str = "",
) -> requests.Response:
    """The case handler approves on the review page ``review``: terms accepted, billing
    filled, ``attestant`` chosen (the staff site at ``url``)."""
    return post(
        view,
        f"{url}/staff/agent-orders/{order_id}/approve",
        review,
        terms_accepted="yes",
        terms_version=field(review, "terms_version"),
        billing_reference="PO 4711",
        billing_address="Box 12, 111 22 Stockholm",
        attest_reference=attest_reference,
        attest_note="",
        attestant=attestant,
    )


def sign_by_sms(
    browser: requests.Session, live: LiveApp, attest_url: str, page: requests.Response, phone: str
) -> requests.Response:
    """Sign on the attest page ``page`` (at ``attest_url``) with the SMS code sent to
    ``phone`` (read from the outbox gateway's spool)."""
    code_page = post(browser, f"{attest_url}/sms", page)
    assert code_page.status_code == 200, text(code_page)
    return post(
        browser,
        f"{attest_url}/sms/verify",
        code_page,
        challenge_id=field(code_page, "challenge_id"),
        code=latest_sms_code(live.db, phone, spool=live.settings.sms_spool_file),
    )
