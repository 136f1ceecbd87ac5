"""The agent-order security review's findings (seed 004; issue 20), each shown fixed over the
real server: the real app under uvicorn, real SMTP (aiosmtpd), the BankID v6 stand-in over
mutual TLS, the staff pages through the desktop's web handover and plain form posts."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
import requests
from sqlalchemy import select, update

from models.agent_orders import AgentOrder, OrderState
from models.errors import PermissionDenied
from models.ids import new_id, utcnow
from models.people import PersonEmail
from models.tenancy import Membership, Role
from server.services.accounts import create_user
from server.services.agent_orders import handler_signing
from server.services.database import Database
from server.tables.agent_orders import BankIdSigning
from tests.agent_orders.browser import SIGN_IN, Browser, form
from tests.agent_orders.builders import Cast, add_contact, add_order, order_state
from tests.agent_orders.conftest import settings_for
from tests.agent_orders.live import LiveApp
from tests.agent_orders.test_handler_signing import (
    HANDLER_PNR,
    _approve_form,
    _check_url,
    _handler_cast,
    _register_personnummer,
    _review,
    _signatures,
)
from tests.agent_orders.test_service_desk_case import (
    add_service_desk_user,
    attest_through_the_pages,
    case_of,
    push,
)
from tests.agent_orders.test_services import sign_agent_sms
from tests.agent_orders.web import api, link_in, login, post, text, wait_for_mail, web_view
from tests.server.helpers import CHEAP_HASHER, PASSWORD
from tests.server.smtp import SmtpServer
from tests.utils.bankid_standin import BankIdStandin, Complete, Pending
from tests.utils.servers import free_port

BOTH_PNR = "198112189876"


def _signing_status(live: LiveApp, signing_id: str) -> str:
    with live.db.sessions() as s:
        row = s.get(BankIdSigning, signing_id)
        assert row is not None
        return row.status


def test_a_signing_of_one_order_cannot_be_checked_or_cancelled_through_another(
    live: LiveApp, bankid: BankIdStandin
) -> None:
    cast = live.cast()
    order_a = add_order(cast, state=OrderState.AGENT_APPROVED)
    order_b = add_order(cast, state=OrderState.AGENT_APPROVED)
    view, attest_a = web_view(
        live, cast.tokens["attestant"], f"/staff/agent-orders/{order_a}/attest"
    )
    bankid.script_next_order(Pending())
    started = post(view, f"{live.url}/staff/agent-orders/{order_a}/attest/bankid", attest_a)
    assert started.status_code == 200 and "bankid:///" in started.text, text(started)
    found = re.search(
        rf"/staff/agent-orders/{order_a}/attest/bankid/([0-9a-f-]{{36}})/", started.text
    )
    assert found, text(started)
    signing_id = found.group(1)
    attest_b = view.get(f"{live.url}/staff/agent-orders/{order_b}/attest", timeout=10)
    assert attest_b.status_code == 200
    # Order A's signing through order B's URLs: not found, and A's signing untouched.
    for step in ("check", "cancel"):
        through_b = post(
            view,
            f"{live.url}/staff/agent-orders/{order_b}/attest/bankid/{signing_id}/{step}",
            attest_b,
        )
        assert through_b.status_code == 404, (step, through_b.status_code, text(through_b))
        assert "No such BankID signing" in text(through_b)
        assert _signing_status(live, signing_id) == "pending", step
    assert [m for m, _ in bankid.requests][-1] != "cancel"
    assert order_state(live.db, order_a).state == OrderState.AGENT_APPROVED
    assert order_state(live.db, order_b).state == OrderState.AGENT_APPROVED
    # Through its own order's URL the signing is still the attestant's to cancel.
    cancel = post(
        view, f"{live.url}/staff/agent-orders/{order_a}/attest/bankid/{signing_id}/cancel", started
    )
    assert cancel.status_code == 200 and _signing_status(live, signing_id) == "cancelled"


def test_a_handlers_signed_approval_is_refused_after_another_approval_was_declined(
    live: LiveApp, bankid: BankIdStandin
) -> None:
    cast = _handler_cast(live)
    _register_personnummer(live, cast, "both", "19811218-9876")
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    # Handler 1 starts a signed approval (BankID will say complete at the first collect).
    view1, page1 = _review(live, cast, order_id)
    bankid.script_next_order(Complete(personal_number=HANDLER_PNR))
    started1 = post(
        view1,
        f"{live.url}/staff/agent-orders/{order_id}/review/bankid/approve",
        page1,
        **_approve_form(page1, cast),
    )
    assert started1.status_code == 200 and "bankid:///" in started1.text, text(started1)
    # Meanwhile handler 2 approves (signed) for the same attestant ...
    view2, page2 = web_view(live, cast.tokens["both"], f"/staff/agent-orders/{order_id}/review")
    bankid.script_next_order(Complete(personal_number=BOTH_PNR))
    started2 = post(
        view2,
        f"{live.url}/staff/agent-orders/{order_id}/review/bankid/approve",
        page2,
        **_approve_form(page2, cast),
    )
    done2 = post(view2, f"{live.url}{_check_url(started2)}", started2)
    assert "approved and sent to the attestant" in done2.text, text(done2)
    # ... and the attestant declines it: the order is back in review, as it was.
    attestant, attest = web_view(
        live, cast.tokens["attestant"], f"/staff/agent-orders/{order_id}/attest"
    )
    declined = post(
        attestant,
        f"{live.url}/staff/agent-orders/{order_id}/attest/decline",
        attest,
        reason="Fel fakturaadress",
    )
    assert declined.status_code == 200, text(declined)
    assert order_state(live.db, order_id).state == OrderState.AGENT_REVIEW
    # Handler 1's completion did not see the decline: refused, the order stays in review.
    checked = post(view1, f"{live.url}{_check_url(started1)}", started1)
    assert checked.status_code == 200 and handler_signing.ORDER_CHANGED in text(checked)
    order = order_state(live.db, order_id)
    assert order.state == OrderState.AGENT_REVIEW and order.declined_reason == "Fel fakturaadress"
    assert [sig.signer_email for sig in _signatures(live, order_id)] == [cast.email("both")]


def test_the_seen_list_keeps_to_the_callers_current_scope(live: LiveApp) -> None:
    cast = live.cast()
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    _view, page = web_view(live, cast.tokens["handler"], f"/staff/agent-orders/{order_id}")
    assert page.status_code == 200
    seen_url = f"{live.url}/api/v1/agent-orders/seen"
    seen = api(cast.tokens["handler"]).get(seen_url, timeout=10)
    assert [s["order_id"] for s in seen.json()["seen"]] == [order_id]
    # The handler moves to agent B: agent A's order is no longer theirs to know of.
    with live.db.transaction() as s:
        s.execute(
            update(Membership)
            .where(Membership.user_id == cast.users["handler"].id)
            .values(agent_id=cast.agents["b"])
        )
    seen = api(cast.tokens["handler"]).get(seen_url, timeout=10)
    assert seen.status_code == 200 and seen.json() == {"seen": []}, seen.text


def test_a_page_opened_from_another_site_does_not_mark_the_order_seen(live: LiveApp) -> None:
    cast = live.cast()
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    seen_url = f"{live.url}/api/v1/agent-orders/seen"
    view, _page = web_view(live, cast.tokens["handler"], "/staff/agent-orders/")
    # Another site's link (a top-level GET: the Lax cookie goes along) shows the page ...
    for path in ("", "/review"):
        crossed = view.get(
            f"{live.url}/staff/agent-orders/{order_id}{path}",
            headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"},
            timeout=10,
        )
        assert crossed.status_code == 200, text(crossed)
    # ... but writes nothing: the order is not marked seen for the victim.
    assert api(cast.tokens["handler"]).get(seen_url, timeout=10).json() == {"seen": []}
    # Opened from Kansli's own pages (or typed, or from the desktop), it is.
    own = view.get(
        f"{live.url}/staff/agent-orders/{order_id}",
        headers={"Sec-Fetch-Site": "same-origin"},
        timeout=10,
    )
    assert own.status_code == 200
    seen = api(cast.tokens["handler"]).get(seen_url, timeout=10).json()["seen"]
    assert [s["order_id"] for s in seen] == [order_id]


def test_a_too_long_next_answers_the_link_not_valid_page(live: LiveApp) -> None:
    cast = live.cast()
    long_next = "/staff/agent-orders/?" + "a" * 12_000
    with Browser(live) as browser:
        # In the link: the HTML page, not the framework's JSON 422.
        resp = browser.http.get(
            f"{live.url}{SIGN_IN}", params={"next": long_next}, follow_redirects=False
        )
        assert resp.status_code == 400 and "Link not valid" in resp.text, resp.text[:200]
        assert resp.headers["content-type"].startswith("text/html")
        # 500 characters are still taken.
        fits = "/staff/agent-orders/?" + "a" * (500 - len("/staff/agent-orders/?"))
        ok = browser.http.get(f"{live.url}{SIGN_IN}", params={"next": fits})
        assert ok.status_code == 200 and "Sign in to Kansli" in ok.text
        # Posted with the form: refused before any sign-in, no 12 KB Location header.
        page = browser.get("/staff/")
        posted = browser.http.post(
            f"{live.url}{SIGN_IN}",
            data={
                "csrf_token": form(page, "sign-in").fields["csrf_token"],
                "next": long_next,
                "email": cast.email("handler"),
                "password": PASSWORD,
            },
            follow_redirects=False,
        )
        assert posted.status_code == 400 and "Link not valid" in posted.text
        assert "location" not in posted.headers and browser.session_cookie is None
        # A staff page with a long query opened signed out: to the sign-in page, back to
        # the staff start page (not to a sign-in link that is not valid).
        long_page = browser.http.get(
            f"{live.url}/staff/agent-orders/", params={"q": "a" * 600}, follow_redirects=False
        )
        assert long_page.status_code == 303
        assert long_page.headers["location"] == f"{SIGN_IN}?next=%2Fstaff%2F"


def _add_address(live: LiveApp, cast: Cast, person_id: str, address: str) -> None:
    """A further (not primary) address on a contact record, as staff would add one."""
    with live.db.transaction() as s:
        s.add(
            PersonEmail(
                tenant_id=cast.tenant_id,
                person_id=person_id,
                address=address,
                is_primary=False,
                position=1,
            )
        )


def _invited_form(live: LiveApp, cast: Cast, smtp: SmtpServer, invited: str) -> tuple[str, Any]:
    resp = api(cast.tokens["admin"]).post(
        f"{live.url}/api/v1/agent-orders/invitations",
        json={"customer_organisation_id": cast.customer_id, "email": invited},
        timeout=10,
    )
    assert resp.status_code == 201, resp.text
    link = link_in(wait_for_mail(smtp, invited, "Order a connection"), "/agent-orders/order/")
    browser = requests.Session()
    page = browser.get(link, timeout=10)
    assert page.status_code == 200, text(page)
    return link, (browser, page)


ORDER_FIELDS = {
    "service": "Fiberanslutning 1 Gbit/s",
    "address": "Storgatan 1, 901 84 Umeå",
    "ordered_by_name": "Anna Attestsson",
}


def test_the_orderer_cannot_attest_through_another_of_their_addresses(
    live: LiveApp, smtp: SmtpServer
) -> None:
    cast = live.cast()
    anna = cast.customer_attestant_id  # primary anna.<slug>@region-norr.se, an Attestant
    invited = f"anna.b.{cast.slug}@region-norr.se"
    _add_address(live, cast, anna, invited)
    link, (browser, form) = _invited_form(live, cast, smtp, invited)
    # Invited at her other address, Anna is still the one ordering: listed, not to choose.
    assert re.search(rf'<option value="{anna}" disabled>', form.text), form.text
    fields = {**ORDER_FIELDS, "agent_id": cast.agents["a"]}
    refused = post(browser, link, form, **fields, customer_attestant=anna)
    assert refused.status_code == 422
    assert "The one who ordered an order may not also attest it" in text(refused)
    with live.db.sessions() as s:
        assert s.scalar(select(AgentOrder).where(AgentOrder.tenant_id == cast.tenant_id)) is None

    # Someone else attests: the order names both contacts.
    with live.db.transaction() as s:
        bo = add_contact(
            s, cast.tenant_id, cast.customer_id, ("Bo", "Berg"), f"bo.{cast.slug}@region-norr.se"
        )
    form = browser.get(link, timeout=10)
    placed = post(browser, link, form, **fields, customer_attestant=bo)
    assert placed.status_code == 200, text(placed)
    with live.db.sessions() as s:
        order = s.scalar(select(AgentOrder).where(AgentOrder.tenant_id == cast.tenant_id))
        assert order is not None
        assert order.details["ordered_by_person_id"] == anna
        assert order.details["customer_attestant_person_id"] == bo


def test_the_customer_attest_is_refused_when_the_attestant_turns_out_to_be_the_orderer(
    live: LiveApp, smtp: SmtpServer
) -> None:
    cast = live.cast()
    order_id = add_order(
        cast, state=OrderState.AGENT_APPROVED, customer_attestant=cast.customer_attestant_email
    )
    number = order_state(live.db, order_id).number
    sign_agent_sms(cast, order_id)
    link = link_in(
        wait_for_mail(smtp, cast.customer_attestant_email, f"Please attest order {number}"),
        "/agent-orders/attest/",
    )
    browser = requests.Session()
    opened = browser.get(link, timeout=10)
    assert opened.status_code == 200 and 'name="csrf_token"' in opened.text
    # The orderer's address (kim@region-norr.se) is one of the attestant's own after all.
    _add_address(live, cast, cast.customer_attestant_id, "kim@region-norr.se")
    sent = post(browser, f"{link}/sms", opened)
    assert sent.status_code == 403, text(sent)
    assert "The one who ordered an order may not also attest it" in text(sent)
    # Opened again, the page says why before anything is sent, and offers no signing.
    page = browser.get(link, timeout=10)
    assert "The one who ordered an order may not also attest it" in text(page)
    assert 'name="csrf_token"' not in page.text
    assert order_state(live.db, order_id).state == OrderState.AGENT_ATTESTED


def test_the_same_contact_ordering_and_attesting_is_refused_by_the_state_machine() -> None:
    order = AgentOrder(
        number="AO-2026-0001",
        state=OrderState.AGENT_ATTESTED,
        ordered_by_email="kim@org.se",
        customer_attestant_email="anna@org.se",
        details={"ordered_by_person_id": "p-1", "customer_attestant_person_id": "p-1"},
    )
    with pytest.raises(PermissionDenied, match="may not also attest"):
        order.attest_by_customer(by_email="anna@org.se", now=utcnow())
    with pytest.raises(PermissionDenied, match="may not also attest"):
        order.attest_by_customer(by_email="anna@org.se", addresses={"KIM@org.se"}, now=utcnow())
    order.details = {"ordered_by_person_id": "p-1", "customer_attestant_person_id": "p-2"}
    order.attest_by_customer(by_email="anna@org.se", addresses={"anna@org.se"}, now=utcnow())
    assert order.state == OrderState.CUSTOMER_ATTESTED


def test_the_order_form_shows_the_attestants_address_and_number_masked(
    live: LiveApp, smtp: SmtpServer
) -> None:
    cast = live.cast()
    _link, (_browser, form) = _invited_form(live, cast, smtp, f"kim.{cast.slug}@region-norr.se")
    option = re.search(rf'<option value="{cast.customer_attestant_id}"[^>]*>([^<]+)<', form.text)
    assert option, form.text
    shown = html.unescape(option.group(1))
    last4 = cast.customer_attestant_phone[-4:]
    assert shown == f"Anna Attestsson – a•••@region-norr.se, •••• {last4[:2]} {last4[2:]}"
    assert cast.customer_attestant_email not in form.text
    assert cast.customer_attestant_phone not in form.text
    assert cast.customer_attestant_phone[-6:] not in form.text


def _user_with_role(cast: Cast, name: str, role: Role) -> str:
    """A user of the tenant holding ``role``; returns their address."""
    email = f"{name}.{cast.slug}@example.se"
    with cast.db.transaction() as s:
        user = create_user(
            session=s, email=email, password=PASSWORD, display_name=name, hasher=CHEAP_HASHER
        )
        s.add(Membership(user_id=user.id, tenant_id=cast.tenant_id, role=role))
    return email


def test_service_desk_notes_are_read_only_by_the_service_desk_and_administrators(
    live: LiveApp, bankid: BankIdStandin, smtp: SmtpServer
) -> None:
    cast = live.cast()
    _desk, desk_email = add_service_desk_user(cast)
    order_id = attest_through_the_pages(live, cast, bankid, smtp)
    case = case_of(live, order_id)
    written = "Kunden Anna Attestsson ringde: sjukskriven, installation efter v. 3."
    desk = login(live, desk_email, cast.slug)
    noted = push(
        desk, live, "service_desk_case.add_note", case_id=case.id, note_id=new_id(), text=written
    )
    assert noted["status"] == "applied", noted
    readers = {
        "service desk": desk,
        "admin": cast.tokens["admin"],
        "viewer": cast.tokens["viewer"],
        "course admin": login(live, _user_with_role(cast, "ca", Role.COURSE_ADMIN), cast.slug),
        "treasurer": login(live, _user_with_role(cast, "tr", Role.TREASURER), cast.slug),
    }
    views = {}
    for who, token in readers.items():
        pulled = api(token).get(f"{live.url}/api/v1/sync/pull", params={"cursor": ""}, timeout=30)
        assert pulled.status_code == 200, pulled.text
        body = pulled.json()
        me = api(token).get(f"{live.url}/api/v1/me", timeout=10)
        assert me.status_code == 200, me.text
        views[who] = me.json()["view"]
        notes = [n for n in body["changes"].get("service_desk_note", []) if n["case_id"] == case.id]
        assert len(notes) == 1, (who, notes)
        expected = written if who in ("service desk", "admin") else None
        assert notes[0]["text"] == expected, who
        assert notes[0]["author"] and notes[0]["at"], who  # the rest stays readable
        # The case's title (the order's service, customer and agent) is no free text.
        [row] = [c for c in body["changes"]["service_desk_case"] if c["id"] == case.id]
        assert row["title"] == case.title, who
    # What the service desk reads differs from what a viewer reads: their pull views differ.
    assert views["service desk"] != views["viewer"]
    # A viewer cannot write a note either (the command's roles, and the text is not theirs).
    refused = push(
        cast.tokens["viewer"],
        live,
        "service_desk_case.add_note",
        case_id=case.id,
        note_id=new_id(),
        text="x",
    )
    assert (refused["status"], refused["code"]) == ("rejected", "forbidden"), refused


def _set_cookies(resp: requests.Response) -> dict[str, str]:
    """Each Set-Cookie header of ``resp`` by the cookie's name."""
    headers = resp.raw.headers.getlist("Set-Cookie")
    return {h.split("=", 1)[0]: h for h in headers}


def _cookie_value(header: str) -> str:
    return header.split("=", 1)[1].split(";", 1)[0]


def test_on_https_both_sign_in_cookies_carry_the_host_prefix(
    db_url: str, db: Database, live: LiveApp
) -> None:
    """The server behind TLS (its public URL https; the test talks to it over http, as
    the proxy does): the sign-in form's cookie and the web session are ``__Host-``
    cookies, Secure, for Path=/ and no Domain; a plain-named cookie (tossed by a sibling
    subdomain) opens nothing."""
    cast = live.cast()
    port = free_port()
    secure = LiveApp(settings_for(db_url, public_base_url=f"https://127.0.0.1:{port}"), db, port)
    secure.start()
    try:
        base = f"http://127.0.0.1:{port}"
        page = requests.get(f"{base}{SIGN_IN}", params={"next": "/staff/"}, timeout=10)
        assert page.status_code == 200, page.text[:300]
        form_cookie = _set_cookies(page)["__Host-kansli_sign_in"]
        assert "Secure" in form_cookie and "Path=/;" in form_cookie + ";"
        assert "Domain" not in form_cookie and "kansli_sign_in" not in _set_cookies(page)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token
        data = {
            "csrf_token": token.group(1),
            "next": "/staff/agent-orders/",
            "email": cast.email("handler"),
            "password": PASSWORD,
        }
        # The form under the plain name (as tossed from a sibling): not this form's cookie.
        plain = f"kansli_sign_in={_cookie_value(form_cookie)}"
        tossed = requests.post(
            f"{base}{SIGN_IN}",
            data=data,
            headers={"Cookie": plain},
            allow_redirects=False,
            timeout=10,
        )
        assert tossed.status_code == 403 and "__Host-kansli_web" not in _set_cookies(tossed)
        signed = requests.post(
            f"{base}{SIGN_IN}",
            data=data,
            headers={"Cookie": f"__Host-kansli_sign_in={_cookie_value(form_cookie)}"},
            allow_redirects=False,
            timeout=10,
        )
        assert signed.status_code == 303, signed.text[:300]
        session = _set_cookies(signed)["__Host-kansli_web"]
        assert "Secure" in session and "HttpOnly" in session and "Path=/" in session
        assert "Domain" not in session and "kansli_web" not in _set_cookies(signed)
        value = _cookie_value(session)
        opened = requests.get(
            f"{base}/staff/agent-orders/",
            headers={"Cookie": f"__Host-kansli_web={value}"},
            allow_redirects=False,
            timeout=10,
        )
        assert opened.status_code == 200 and "Action required" in opened.text
        plain_session = requests.get(
            f"{base}/staff/agent-orders/",
            headers={"Cookie": f"kansli_web={value}"},
            allow_redirects=False,
            timeout=10,
        )
        assert plain_session.status_code == 303
        assert plain_session.headers["location"].startswith(SIGN_IN)
        out = requests.post(
            f"{base}/web/logout", headers={"Cookie": f"__Host-kansli_web={value}"}, timeout=10
        )
        assert out.status_code == 200
        assert _set_cookies(out)["__Host-kansli_web"].count("Secure") == 1
        again = requests.get(
            f"{base}/staff/agent-orders/",
            headers={"Cookie": f"__Host-kansli_web={value}"},
            allow_redirects=False,
            timeout=10,
        )
        assert again.status_code == 303  # signed out
    finally:
        secure.stop()
