"""A mailed staff link's language survives the sign-in, and the staff home page after a
browser sign-in (issue 20), over the real server (SQLite and PostgreSQL), real SMTP.

Every mailed page link carries the mail's language (``?lang=sv``); a reader without a
session is sent to ``/web/login`` with the whole link as ``next`` (its query kept, a query
is allowed as long as the path is a staff page of this server), and the sign-in page
speaks the link's language even to an English browser, and so does the page it leads to.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from models.agent_orders import OrderState
from models.ids import utcnow
from server.services.agent_orders import orders as svc
from server.web.session import safe_next_path
from tests.agent_orders.browser import SIGN_IN, Browser, form, text
from tests.agent_orders.builders import Cast, add_order, order_state
from tests.agent_orders.live import LiveApp
from tests.agent_orders.test_attest_decline import _language
from tests.agent_orders.web import wait_for_mail
from tests.server.smtp import SmtpServer


def _staff_link_with_language(smtp: SmtpServer, to: str, number: str) -> str:
    """The staff link of the mail to ``to`` about order ``number``, its ``?lang=`` kept."""
    body = wait_for_mail(smtp, to, number).get_body(("plain",))
    assert body is not None
    found = re.search(r"http://\S+/staff/agent-orders/\S+\?lang=(?:sv|en)\b", body.get_content())
    assert found, body.get_content()
    return found.group(0)


def test_a_swedish_mails_staff_link_signs_in_and_opens_in_swedish_in_an_english_browser(
    live: LiveApp, smtp: SmtpServer
) -> None:
    cast = live.cast()
    _language(cast, "sv")
    attestant = cast.email("attestant")
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)  # mails the attestant
    number = order_state(live.db, order_id).number
    link = _staff_link_with_language(smtp, attestant, number)
    page_path = f"/staff/agent-orders/{order_id}/attest"
    assert urlsplit(link).path == page_path and urlsplit(link).query == "lang=sv"

    with Browser(live, language="en-GB,en;q=0.9") as browser:
        first = browser.http.get(link, follow_redirects=False)
        assert first.status_code == 303
        assert first.headers["location"] == (
            f"{SIGN_IN}?next=%2Fstaff%2Fagent-orders%2F{order_id}%2Fattest%3Flang%3Dsv&lang=sv"
        )
        page = browser.get(link)
        assert urlsplit(str(page.url)).path == SIGN_IN
        assert page.headers["Content-Language"] == "sv" and "Logga in i Kansli" in text(page)
        assert form(page, "sign-in").fields["next"] == f"{page_path}?lang=sv"
        # A wrong password: the form again, still in the link's language.
        wrong = browser.sign_in(page, attestant, "not-the-password")
        assert wrong.status_code == 401 and "Fel e-postadress eller lösenord." in text(wrong)
        signed_in = browser.sign_in(wrong, attestant)
        assert signed_in.status_code == 200, text(signed_in)
        landed = urlsplit(str(signed_in.url))
        assert (landed.path, parse_qs(landed.query)) == (page_path, {"lang": ["sv"]})
        assert signed_in.headers["Content-Language"] == "sv"
        assert f"Attestera beställning {number}" in text(signed_in), text(signed_in)


def test_a_reader_who_switches_the_sign_in_pages_language_lands_in_it(
    live: LiveApp, smtp: SmtpServer
) -> None:
    cast = live.cast()
    _language(cast, "sv")
    attestant = cast.email("attestant")
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    link = _staff_link_with_language(smtp, attestant, order_state(live.db, order_id).number)
    with Browser(live, language="sv") as browser:
        swedish = browser.get(link)
        assert "Logga in i Kansli" in text(swedish)
        switch = re.search(r'<a href="([^"]+)" lang="en"', swedish.text)
        assert switch, swedish.text
        english = browser.get(switch.group(1).replace("&amp;", "&"))
        assert english.headers["Content-Language"] == "en" and "Sign in to Kansli" in text(english)
        landed = browser.sign_in(english, attestant)
        assert landed.status_code == 200, text(landed)
        assert urlsplit(str(landed.url)).query == "lang=en"
        assert landed.headers["Content-Language"] == "en" and "Attest order" in text(landed)


@pytest.mark.parametrize(
    "path",
    [
        "/staff/agent-orders/x/review?lang=sv",
        "/staff/agent-orders/?lang=en&tab=updated",
        "/staff/?next=//evil.example/",  # a query is no host: the browser stays here
        "/staff/?q=a%2F..%2Fb",
    ],
)
def test_a_staff_path_with_a_query_is_a_safe_next(path: str) -> None:
    assert safe_next_path(path) == path


@pytest.mark.parametrize(
    "path",
    [
        "/staff/../api/v1/me?lang=sv",
        "/api/v1/me?next=/staff/",
        "//evil.example/?/staff/",
        "https://evil.example/staff/?lang=sv",
        "/staff/x?lang=sv\r\nSet-Cookie: a=b",
        "/staff/x?lang=sv\\evil",
        "?/staff/",
    ],
)
def test_a_query_does_not_make_another_path_safe(path: str) -> None:
    assert safe_next_path(path) is None


def _seen_then_changed(live: LiveApp, cast: Cast, browser: Browser) -> None:
    """An order the handler opened, then another case handler took into review."""
    order_id = add_order(cast)
    assert browser.get(f"/staff/agent-orders/{order_id}").status_code == 200
    svc.open_review(
        db=cast.db,
        settings=cast.settings,
        principal=cast.principal("both"),
        order_id=order_id,
        now=utcnow(),
    )


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_staff_home_leads_a_handler_to_their_approvals_with_the_counts(
    live: LiveApp, language: str
) -> None:
    cast = live.cast()
    add_order(cast)
    add_order(cast, state=OrderState.AGENT_REVIEW)
    with Browser(live, language=language) as browser:
        page = browser.get("/staff/")
        home = browser.sign_in(page, cast.email("handler"))
        assert home.status_code == 200 and urlsplit(str(home.url)).path == "/staff/"
        _seen_then_changed(live, cast, browser)
        home = browser.get("/staff/")
        words = text(home)
        if language == "sv":
            assert "Inloggad som Handler" in words and "Mina godkännanden" in words
            assert "Åtgärd krävs (3)" in words and "Uppdaterat ärende (1)" in words
        else:
            assert "Signed in as Handler" in words and "My approvals" in words
            assert "Action required (3)" in words and "Updated cases (1)" in words
        assert 'id="my-approvals" href="/staff/agent-orders/"' in home.text
        assert "Pages opened from Kansli" not in words
        approvals = browser.get("/staff/agent-orders/")
        assert approvals.status_code == 200 and 'id="action-required"' in approvals.text


def test_the_staff_home_of_a_user_without_an_agent_role_says_they_are_signed_in(
    live: LiveApp,
) -> None:
    cast = live.cast()
    add_order(cast)
    with Browser(live) as browser:
        home = browser.sign_in(browser.get("/staff/"), cast.email("admin"))
        assert home.status_code == 200, text(home)
        assert 'id="my-approvals"' not in home.text and 'id="signed-in-notice"' in home.text
        assert "links to Kansli's pages in your mail now open" in text(home)
