"""The staff web sign-in over real HTTP (issue 20, seed 004 "klickar på länken och loggar in").

A mailed staff link opens in any browser: the staff page sends a browser without a
session to ``/web/login``, which signs in with the API's accounts and limits (the
same counters: failures through the page hold the API's login too) and sends it back
to the page, only ever a staff page of this server. The web sign-in is a sign-in
session of its own: a handler who approved may not attest in it, but may after
signing out and in again. SQLite and PostgreSQL; real SMTP, SMS through the outbox.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
import requests

from models.agent_orders import OrderState
from models.tenancy import Membership, Role, Tenant
from server.services.accounts import create_user
from tests.agent_orders.browser import (
    SIGN_IN,
    Browser,
    form,
    forms,
    mailed_link,
    place_order,
    text,
)
from tests.agent_orders.builders import add_order, latest_sms_code, order_state
from tests.agent_orders.live import LiveApp
from tests.server.helpers import CHEAP_HASHER, PASSWORD
from tests.server.smtp import SmtpServer


def _path(page: httpx.Response) -> str:
    return urlsplit(str(page.url)).path


def _api_login(live: LiveApp, email: str, password: str = PASSWORD) -> requests.Response:
    return requests.post(
        f"{live.url}/api/v1/auth/login", json={"email": email, "password": password}, timeout=10
    )


def test_mailed_link_sends_to_sign_in_and_back_to_the_review(
    live: LiveApp, smtp: SmtpServer
) -> None:
    cast = live.cast()
    placed = place_order(live, smtp, cast, customer_attestant=f"anna.{cast.slug}@region-norr.se")
    link = mailed_link(
        smtp,
        cast.email("handler"),
        f"Order {placed.number} awaits your approval",
        "/staff/agent-orders/",
    )
    assert urlsplit(link).path == f"/staff/agent-orders/{placed.order_id}/review"
    with Browser(live) as handler:
        first = handler.http.get(link, follow_redirects=False)
        assert first.status_code == 303
        assert first.headers["location"] == (
            f"{SIGN_IN}?next=%2Fstaff%2Fagent-orders%2F{placed.order_id}%2Freview"
        )
        page = handler.get(link)
        assert _path(page) == SIGN_IN and "Sign in to Kansli" in page.text
        assert "Open the page again" not in page.text
        review = handler.sign_in(page, cast.email("handler"))
        assert review.status_code == 200 and _path(review) == urlsplit(link).path
        assert f"Review order {placed.number}" in text(review)
        # The session cookie: HttpOnly, SameSite (Lax: a mailed link opens signed in).
        [set_cookie] = [
            h
            for r in review.history
            for h in r.headers.get_list("set-cookie")
            if h.startswith("kansli_web=")
        ]
        assert "HttpOnly" in set_cookie and "SameSite=lax" in set_cookie
        assert "Secure" not in set_cookie  # the test server is http
        # Signed in, the next mailed link opens straight away, with a sign-out button.
        again = handler.get(link)
        assert _path(again) == urlsplit(link).path and 'action="/web/logout"' in again.text
        assert "Handler" in text(again)  # who is signed in


def test_wrong_password_and_unknown_account_get_the_same_answer(live: LiveApp) -> None:
    cast = live.cast()
    with Browser(live) as browser:
        page = browser.get("/staff/agent-orders/")
        wrong = browser.sign_in(page, cast.email("handler"), "not-the-password")
        unknown = browser.sign_in(page, f"nobody.{cast.slug}@example.se", "not-the-password")
        for refused in (wrong, unknown):
            assert refused.status_code == 401 and _path(refused) == SIGN_IN
            assert "Wrong e-mail address or password." in text(refused)
            assert browser.session_cookie is None
        assert 'value="' + cast.email("handler") + '"' in wrong.text  # the address kept
        assert "not-the-password" not in wrong.text


def test_failures_through_the_page_hold_the_api_login_too(live: LiveApp) -> None:
    cast = live.cast()
    email = cast.email("attestant")
    limit = live.settings.login_max_failures_per_account_address
    with Browser(live) as browser:
        page = browser.get("/staff/")
        for _ in range(limit):
            assert browser.sign_in(page, email, "wrong password").status_code == 401
        held = browser.sign_in(page, email)  # even the right password now
        assert held.status_code == 429 and held.headers["Retry-After"]
        assert "Too many failed sign-in attempts" in text(held)
        assert browser.session_cookie is None
    api = _api_login(live, email)
    assert api.status_code == 429, api.text  # the same counter


def test_api_failures_hold_the_page_too(live: LiveApp) -> None:
    cast = live.cast()
    email = cast.email("viewer")
    for _ in range(live.settings.login_max_failures_per_account_address):
        assert _api_login(live, email, "wrong password").status_code == 401
    with Browser(live) as browser:
        held = browser.sign_in(browser.get("/staff/"), email)
        assert held.status_code == 429


def test_next_is_only_ever_a_staff_page_of_this_server(live: LiveApp) -> None:
    cast = live.cast()
    evil = (
        "https://evil.example/",
        "//evil.example/staff/",
        "/\\evil.example/",
        "/staff/../api/v1/me",
        "/staff/%2e%2e/api/v1/me",
        "/staff/%2E%2E%2Fapi/v1/me",
        "/staff//evil.example",
        "/api/v1/me",
        "javascript:alert(1)",
        "/staff/\r\nSet-Cookie: kansli_web=x",
    )
    with Browser(live) as browser:
        for bad in evil:
            resp = browser.http.get(
                f"{live.url}{SIGN_IN}", params={"next": bad}, follow_redirects=False
            )
            assert resp.status_code == 400 and "Link not valid" in resp.text, bad
        page = browser.get("/staff/")
        for bad in evil:  # a forged form field is refused too, before any sign-in
            resp = browser.http.post(
                f"{live.url}{SIGN_IN}",
                data={
                    "csrf_token": _field(page, "csrf_token"),
                    "next": bad,
                    "email": cast.email("handler"),
                    "password": PASSWORD,
                },
                follow_redirects=False,
            )
            assert resp.status_code == 400 and "location" not in resp.headers, bad
        assert browser.session_cookie is None


def _field(page: httpx.Response, name: str) -> str:
    return form(page, "sign-in").fields[name]


def test_the_form_needs_its_csrf_token_and_cookie(live: LiveApp) -> None:
    cast = live.cast()
    data = {"next": "/staff/", "email": cast.email("handler"), "password": PASSWORD}
    with Browser(live) as browser:
        page = browser.get("/staff/")
        missing = browser.http.post(f"{live.url}{SIGN_IN}", data=data)
        assert missing.status_code == 403 and "The form has expired" in missing.text
        forged = browser.http.post(f"{live.url}{SIGN_IN}", data={**data, "csrf_token": "0" * 64})
        assert forged.status_code == 403
        assert browser.session_cookie is None
        token = _field(page, "csrf_token")
    with Browser(live) as other:  # the token without the browser's pre-session cookie
        resp = other.http.post(f"{live.url}{SIGN_IN}", data={**data, "csrf_token": token})
        assert resp.status_code == 403 and other.session_cookie is None


def test_a_deactivated_user_cannot_sign_in_and_is_signed_out(live: LiveApp) -> None:
    cast = live.cast()
    with Browser(live) as browser:
        home = browser.open_signed_in("/staff/", cast.email("handler_b"))
        assert "Handler B" in text(home)
        resp = requests.patch(
            f"{live.url}/api/v1/users/{cast.users['handler_b'].id}",
            json={"active": False},
            headers={"Authorization": f"Bearer {cast.tokens['admin']}"},
            timeout=10,
        )
        assert resp.status_code == 200, resp.text
        gone = browser.get("/staff/")
        assert _path(gone) == SIGN_IN
        refused = browser.sign_in(gone, cast.email("handler_b"))
        assert refused.status_code == 401 and "Wrong e-mail address or password." in text(refused)


def test_a_web_sign_in_is_a_session_of_its_own_that_the_admin_can_end(live: LiveApp) -> None:
    cast = live.cast()
    user_id = cast.users["attestant_b"].id
    admin = {"Authorization": f"Bearer {cast.tokens['admin']}"}
    sessions_url = f"{live.url}/api/v1/users/{user_id}/sessions"
    with Browser(live) as browser:
        browser.open_signed_in("/staff/", cast.email("attestant_b"))
        sessions = requests.get(sessions_url, headers=admin, timeout=10).json()["sessions"]
        [web] = [s for s in sessions if s["client_label"] == "web-sign-in"]
        gone = requests.delete(f"{sessions_url}/{web['id']}", headers=admin, timeout=10)
        assert gone.status_code == 204
        assert _path(browser.get("/staff/")) == SIGN_IN
    # The user's desktop sign-in was not touched.
    me = requests.get(
        f"{live.url}/api/v1/me",
        headers={"Authorization": f"Bearer {cast.tokens['attestant_b']}"},
        timeout=10,
    )
    assert me.status_code == 200


def test_a_user_without_roles_is_refused_clearly(live: LiveApp) -> None:
    cast = live.cast()
    email = f"no-roles.{cast.slug}@example.se"
    with live.db.transaction() as s:
        create_user(session=s, email=email, password=PASSWORD, hasher=CHEAP_HASHER)
    with Browser(live) as browser:
        refused = browser.sign_in(browser.get("/staff/"), email)
        assert refused.status_code == 403 and "no role" in text(refused)
        assert browser.session_cookie is None


def test_sign_out_ends_the_web_sign_in(live: LiveApp) -> None:
    cast = live.cast()
    with Browser(live) as browser:
        home = browser.open_signed_in("/staff/agent-orders/", cast.email("handler"))
        cookie = browser.session_cookie
        assert cookie
        out = browser.sign_out(home)
        assert out.status_code == 200 and "Signed out" in text(out)
        assert _path(browser.get("/staff/agent-orders/")) == SIGN_IN
    # The old cookie is worthless, whoever holds it.
    stale = httpx.get(
        f"{live.url}/staff/agent-orders/", cookies={"kansli_web": cookie}, follow_redirects=False
    )
    assert stale.status_code == 303 and stale.headers["location"].startswith(SIGN_IN)


def test_approving_then_attesting_needs_a_new_web_sign_in(live: LiveApp) -> None:
    """Seed 004: the same person "behöver vara utloggad" between approving and attesting."""
    cast = live.cast()
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    base = f"/staff/agent-orders/{order_id}"
    both = cast.email("both")
    with Browser(live) as browser:
        review = browser.open_signed_in(f"{base}/review", both)
        # (open_review was by the handler; "both" is a case handler of the agent too)
        approved = browser.submit(
            review,
            "approve-form",
            terms_accepted="yes",
            billing_reference="PO 1",
            billing_address="Box 1, 111 11 Stockholm",
            attestant=both,
        )
        assert approved.status_code == 200, text(approved)
        assert order_state(live.db, order_id).state == OrderState.AGENT_APPROVED
        attest = browser.get(f"{base}/attest")
        assert "sign out and sign in again to attest it" in text(attest)
        refused = browser.http.post(
            f"{live.url}{base}/attest/sms", data={"csrf_token": _csrf(review)}
        )
        assert "sign out and sign in again" in text(refused)
        assert order_state(live.db, order_id).state == OrderState.AGENT_APPROVED

        out = browser.sign_out(attest)
        assert out.status_code == 200
        attest = browser.open_signed_in(f"{base}/attest", both)
        assert "sign out and sign in again" not in text(attest)
        code_page = browser.submit(attest, "sms-form")
        assert code_page.status_code == 200, text(code_page)
        signed = browser.submit(
            code_page,
            "sms-verify-form",
            code=latest_sms_code(live.db, cast.phones["both"], spool=live.settings.sms_spool_file),
        )
        assert signed.status_code == 200, text(signed)
    assert order_state(live.db, order_id).state == OrderState.AGENT_ATTESTED


def _csrf(page: httpx.Response) -> str:
    return next(f.fields["csrf_token"] for f in forms(page) if "csrf_token" in f.fields)


def test_a_password_change_ends_the_web_sign_in(live: LiveApp, smtp: SmtpServer) -> None:
    cast = live.cast()
    user = cast.users["handler_b"]
    with Browser(live) as browser:
        browser.open_signed_in("/staff/", user.email)
        resp = requests.post(
            f"{live.url}/api/v1/users/{user.id}/password-reset",
            headers={"Authorization": f"Bearer {cast.tokens['admin']}"},
            timeout=10,
        )
        assert resp.status_code == 202, resp.text
        link = mailed_link(smtp, user.email, "Reset your Kansli password", "/password/")
        with Browser(live) as mail_reader:
            form_page = mail_reader.get(link)
            new = "a new and long passphrase 2026"
            saved = mail_reader.submit(form_page, "/password/", password=new, password_again=new)
            assert saved.status_code == 200, text(saved)
        gone = browser.get("/staff/")
        assert _path(gone) == SIGN_IN
        assert _path(browser.sign_in(gone, user.email, new)) == "/staff/"


def test_a_user_of_several_organisations_chooses_one(live: LiveApp) -> None:
    cast, other = live.cast(), live.cast()
    user = cast.users["viewer"]
    with live.db.transaction() as s:
        s.add(Membership(user_id=user.id, tenant_id=other.tenant_id, role=Role.VIEWER.value))
    with Browser(live) as browser:
        choose = browser.sign_in(browser.get("/staff/"), user.email)
        assert choose.status_code == 200 and browser.session_cookie is None
        assert "You belong to several organisations" in text(choose)
        offered = form(choose, "sign-in").options["tenant"]
        assert sorted(offered) == sorted([cast.slug, other.slug])
        home = browser.sign_in(choose, user.email, tenant=other.slug)
        assert _path(home) == "/staff/" and other.slug not in text(home)
        with live.db.sessions() as s:
            tenant = s.get(Tenant, other.tenant_id)
            assert tenant is not None and tenant.name in text(home)


def test_the_sign_in_page_speaks_the_readers_language(live: LiveApp) -> None:
    with Browser(live, language="sv-SE,sv;q=0.9") as swedish:
        page = swedish.get("/staff/agent-orders/")
        assert page.headers["Content-Language"] == "sv" and "Logga in i Kansli" in text(page)
        wrong = swedish.sign_in(page, "nobody@example.se", "not-the-password")
        assert "Fel e-postadress eller lösenord." in text(wrong)
    with Browser(live, language="sv") as asked:  # a `lang` query wins, and goes along
        page = asked.get("/staff/agent-orders/?lang=en")
        assert page.headers["Content-Language"] == "en" and "Sign in to Kansli" in text(page)
        assert form(page, "sign-in").fields["next"] == "/staff/agent-orders/?lang=en"


def test_a_form_posted_after_the_session_ended_is_sent_to_sign_in(live: LiveApp) -> None:
    cast = live.cast()
    order_id = add_order(cast, state=OrderState.ORDERED)
    with Browser(live) as browser:
        review = browser.open_signed_in(
            f"/staff/agent-orders/{order_id}/review", cast.email("handler")
        )
        browser.sign_out(review)
        late = browser.submit(review, "start-review-form")
        assert _path(late) == SIGN_IN and form(late, "sign-in").fields["next"] == "/staff/"
    assert order_state(live.db, order_id).state == OrderState.ORDERED
