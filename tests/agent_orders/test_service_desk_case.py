"""The service desk's case as a record (issue 20; seed 004 step 5: "Det skapas ett ärende hos
Ineras Kundservice"), end to end over the real server (uvicorn on a thread, SQLite and
PostgreSQL) and a real SMTP server (aiosmtpd): the agent attests with BankID (the stand-in)
and the customer's attestant with an SMS code on the mailed link, like a browser; the case
is then a row of its own, the service desk's users are told in the app and by mail (sent by
the mail worker), and they work the case by pushed commands (assign, note, status), which
another tenant's users and users without the role cannot."""

from __future__ import annotations

from typing import Any

import requests
from sqlalchemy import select

from models.agent_orders import OrderState
from models.notifications import EventType
from models.service_desk import CaseStatus, ServiceDeskCase, ServiceDeskNote
from models.tenancy import Membership, Role, Tenant, User
from server.services.accounts import create_user
from server.tables import MailOutbox
from tests.agent_orders.builders import Cast, add_order, order_state
from tests.agent_orders.live import LiveApp
from tests.agent_orders.test_services import customer_token, sign_agent_sms, sign_customer_sms
from tests.agent_orders.web import (
    api,
    customer_attest_link,
    login,
    sign_by_sms,
    text,
    wait_for_mail,
)
from tests.server.helpers import CHEAP_HASHER, PASSWORD, cmd
from tests.server.smtp import SmtpServer
from tests.utils.bankid_standin import BankIdStandin
from tests.utils.notify_events import delivers


def add_service_desk_user(cast: Cast, name: str = "desk") -> tuple[User, str]:
    """A user of the tenant with the role Service desk; returns them and their address."""
    email = f"{name}.{cast.slug}@kundservice.se"
    with cast.db.transaction() as s:
        user = create_user(
            session=s,
            email=email,
            password=PASSWORD,
            display_name=f"Nora {name.title()}",
            hasher=CHEAP_HASHER,
        )
        s.add(Membership(user_id=user.id, tenant_id=cast.tenant_id, role=Role.SERVICE_DESK))
        s.flush()
        s.expunge(user)
    return user, email


def attest_through_the_pages(
    live: LiveApp, cast: Cast, bankid: BankIdStandin, smtp: SmtpServer
) -> str:
    """An approved order attested by the agent (BankID) and by the customer's attestant
    (the mailed link and an SMS code) as a browser does; returns the order's id."""
    order_id, link = customer_attest_link(live, cast, bankid, smtp)
    browser = requests.Session()
    page = browser.get(link, timeout=10)
    phone = order_state(live.db, order_id).details["customer_attestant_phone"]
    signed = sign_by_sms(browser, live, link, page, phone)
    assert signed.status_code == 200 and "The service desk has opened case SD-" in text(signed)
    return order_id


def case_of(live: LiveApp, order_id: str) -> ServiceDeskCase:
    with live.db.sessions() as s:
        case = s.scalar(select(ServiceDeskCase).where(ServiceDeskCase.order_id == order_id))
        assert case is not None, "no service-desk case"
        s.expunge(case)
        return case


def push(token: str, live: LiveApp, name: str, **args: Any) -> dict[str, Any]:
    resp = api(token).post(
        f"{live.url}/api/v1/sync/push", json={"commands": [cmd(name, **args)]}, timeout=30
    )
    assert resp.status_code == 200, resp.text
    [result] = resp.json()["results"]
    return dict(result)


@delivers(EventType.SERVICE_DESK_CASE_CREATED)
def test_the_customers_attest_opens_a_case_the_service_desk_is_told_of_and_works(
    live: LiveApp, bankid: BankIdStandin, smtp: SmtpServer
) -> None:
    cast = live.cast()
    desk, desk_email = add_service_desk_user(cast)
    order_id = attest_through_the_pages(live, cast, bankid, smtp)

    order = order_state(live.db, order_id)
    assert order.state == OrderState.CASE_CREATED and order.case_number
    case = case_of(live, order_id)
    assert (case.number, case.status, case.assignee_id) == (order.case_number, "new", None)
    assert case.tenant_id == cast.tenant_id and case.created_at == order.case_created_at
    assert case.title == "Fiberanslutning 1 Gbit/s: Region Norr (Nordisk Nätpartner AB)"

    # The service desk is told by mail (the worker sends it) …
    mail = wait_for_mail(smtp, desk_email, f"New service-desk case {case.number}")
    assert str(mail["Subject"]) == f"New service-desk case {case.number}: order {order.number}"
    body = mail.get_body(("plain",))
    assert body is not None
    content = body.get_content().replace("\r\n", "\n")
    assert content.startswith(f"Hello {desk.display_name},\n\nRegion Norr and Nordisk")
    words = " ".join(content.split())  # the mail's lines are wrapped
    assert f"Case {case.number} is open for the service desk: {case.title}" in words
    assert "Open it in Kansli (Go › Service-desk cases)." in words
    with live.db.sessions() as s:
        [queued] = s.scalars(
            select(MailOutbox).where(
                MailOutbox.related_id == order_id,
                MailOutbox.event_type == EventType.SERVICE_DESK_CASE_CREATED,
            )
        ).all()
        assert (queued.recipient_kind, queued.to_address) == ("service_desk", desk_email)
    # … and in the app.
    token = login(live, desk_email, cast.slug)
    notes = api(token).get(f"{live.url}/api/v1/notifications", timeout=10)
    assert notes.status_code == 200, notes.text
    assert any(case.number in str(n) for n in notes.json()["notifications"]), notes.json()

    # The service desk pulls the case and works it by pushed commands.
    pulled = api(token).get(f"{live.url}/api/v1/sync/pull", params={"cursor": ""}, timeout=30)
    assert case.id in {r["id"] for r in pulled.json()["changes"]["service_desk_case"]}
    taken = push(
        token,
        live,
        "service_desk_case.assign",
        case_id=case.id,
        assignee_id=desk.id,
        assignee_name="whatever the client said",
        expected_assignee_id=None,
    )
    assert taken["status"] == "applied", taken
    [row] = taken["rows"]["service_desk_case"]
    assert (row["assignee_id"], row["assignee_name"]) == (desk.id, desk.display_name)
    note_id = "01a2b3c4-0000-7000-8000-000000000001"
    noted = push(
        token,
        live,
        "service_desk_case.add_note",
        case_id=case.id,
        note_id=note_id,
        text="Ringt kunden.\nInstallation bokad.",
    )
    assert noted["status"] == "applied", noted
    for status in ("in_progress", "waiting", "resolved"):
        moved = push(token, live, "service_desk_case.set_status", case_id=case.id, status=status)
        assert moved["status"] == "applied", moved
    wrong = push(token, live, "service_desk_case.set_status", case_id=case.id, status="new")
    assert (wrong["status"], wrong["code"]) == ("rejected", "transition_refused"), wrong
    assert wrong["message"] == f"Case {case.number} is resolved: it cannot be set to new"
    # Someone else took it meanwhile: the one who saw nobody is told, nothing changes.
    late = push(
        cast.tokens["admin"],
        live,
        "service_desk_case.assign",
        case_id=case.id,
        assignee_id=cast.users["admin"].id,
        expected_assignee_id=None,
    )
    assert (late["status"], late["code"]) == ("rejected", "conflict"), late
    assert late["message"] == f"Case {case.number} was assigned to {desk.display_name} meanwhile"
    # Only the tenant's staff can be given a case: not an agent's user.
    agents_user = push(
        token,
        live,
        "service_desk_case.assign",
        case_id=case.id,
        assignee_id=cast.users["handler"].id,
        expected_assignee_id=desk.id,
    )
    assert (agents_user["status"], agents_user["code"]) == ("rejected", "not_found"), agents_user

    after = case_of(live, order_id)
    assert (after.status, after.assignee_id) == (CaseStatus.RESOLVED, desk.id)
    assert after.resolved_at is not None
    with live.db.sessions() as s:
        [note] = s.scalars(select(ServiceDeskNote).where(ServiceDeskNote.case_id == case.id))
        assert (note.id, note.author, note.text) == (
            note_id,
            desk.display_name,
            "Ringt kunden.\nInstallation bokad.",
        )


def test_users_without_the_role_and_other_tenants_cannot_touch_a_case(
    live: LiveApp, bankid: BankIdStandin, smtp: SmtpServer
) -> None:
    cast = live.cast()
    order_id = attest_through_the_pages(live, cast, bankid, smtp)
    case = case_of(live, order_id)
    note = {"note_id": "01a2b3c4-0000-7000-8000-0000000000aa", "text": "Hej"}

    # A viewer and an agent's case handler of the tenant: not the service desk.
    viewer = push(
        cast.tokens["viewer"], live, "service_desk_case.add_note", case_id=case.id, **note
    )
    assert (viewer["status"], viewer["code"]) == ("rejected", "forbidden"), viewer
    handler = push(
        cast.tokens["handler"],
        live,
        "service_desk_case.set_status",
        case_id=case.id,
        status="in_progress",
    )
    assert handler["status"] == "rejected", handler
    assert handler["code"] in {"forbidden", "not_found"}, handler
    # The agent's users do not even receive the case (the order keeps its number).
    pulled = api(cast.tokens["handler"]).get(
        f"{live.url}/api/v1/sync/pull", params={"cursor": ""}, timeout=30
    )
    assert "service_desk_case" not in pulled.json()["changes"]
    assert order_id in {r["id"] for r in pulled.json()["changes"]["agent_order"]}

    # The service desk of another tenant: the case is answered as a missing one.
    other = live.cast()
    _user, other_email = add_service_desk_user(other, "otherdesk")
    foreign = login(live, other_email, other.slug)
    for name, args in (
        ("service_desk_case.add_note", note),
        ("service_desk_case.set_status", {"status": "in_progress"}),
        ("service_desk_case.assign", {"assignee_id": None, "expected_assignee_id": None}),
    ):
        refused = push(foreign, live, name, case_id=case.id, **args)
        assert (refused["status"], refused["code"]) == ("rejected", "not_found"), refused
        assert refused["rows"] == {}

    # Closed is the end: no note, no other status.
    admin = cast.tokens["admin"]
    closed = push(admin, live, "service_desk_case.set_status", case_id=case.id, status="closed")
    assert closed["status"] == "applied", closed
    late = push(admin, live, "service_desk_case.add_note", case_id=case.id, **note)
    assert (late["code"], late["message"]) == (
        "transition_refused",
        f"Case {case.number} is closed",
    )
    after = case_of(live, order_id)
    assert after.status == CaseStatus.CLOSED
    with live.db.sessions() as s:
        assert (
            s.scalars(select(ServiceDeskNote).where(ServiceDeskNote.case_id == case.id)).all() == []
        )


def test_without_service_desk_users_nobody_is_mailed_but_the_case_is_opened(
    live: LiveApp, bankid: BankIdStandin, smtp: SmtpServer
) -> None:
    cast = live.cast()
    order_id = attest_through_the_pages(live, cast, bankid, smtp)
    assert case_of(live, order_id).status == CaseStatus.NEW
    with live.db.sessions() as s:
        told = s.scalars(
            select(MailOutbox).where(
                MailOutbox.related_id == order_id,
                MailOutbox.event_type == EventType.SERVICE_DESK_CASE_CREATED,
            )
        ).all()
    assert told == []


def test_a_swedish_tenants_service_desk_is_told_in_swedish(cast: Cast) -> None:
    with cast.db.transaction() as s:
        s.get_one(Tenant, cast.tenant_id).language = "sv"
    _desk, desk_email = add_service_desk_user(cast)
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    sign_agent_sms(cast, order_id)
    sign_customer_sms(cast, order_id, customer_token(cast, order_id))
    order = order_state(cast.db, order_id)
    with cast.db.sessions() as s:
        [mail] = s.scalars(
            select(MailOutbox).where(
                MailOutbox.related_id == order_id, MailOutbox.to_address == desk_email
            )
        ).all()
    assert mail.subject == f"Nytt kundserviceärende {order.case_number}: beställning {order.number}"
    words = " ".join(mail.body_text.split())
    assert f"Ärende {order.case_number} är öppnat hos kundservice:" in words
    assert "Öppna det i Kansli (Gå till › Kundserviceärenden)." in words
