"""SMS delivery receipts end to end: an SMS queued in ``sms_outbox`` is sent by the worker
step through the HTTP gateway to the 46elks stand-in with a signed ``whendelivered`` URL
of the real server, the stand-in POSTs its delivery reports there, and the row shows
what they said; a notification bound to the SMS channel goes the same way. The receipt
route refuses what is not a genuine report of that row. On SQLite and PostgreSQL (the
``api`` fixture's two databases)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests

from models.commands import build
from models.ids import new_id, utcnow
from models.notifications import EventType
from models.people import Person, PersonPhone
from server.services.agent_orders.signers import send_queued_sms
from server.services.notify import Concerns, Recipient, notify
from server.signing.sms import HttpSmsGateway, SmsBatchResult, send_pending_sms
from server.signing.sms_receipts import RECEIPT_PATH, receipt_token, receipt_urls
from server.tables import SmsOutbox
from tests import factories as f
from tests.server.conftest import api_settings
from tests.utils.servers import InProcessServer, wait_until
from tests.utils.sms_gateway import PASSWORD, USERNAME, DeliveryReport, SmsApiStandin

SECRET = "test-secret"  # the api fixture's secret key
NOT_FOUND = {"detail": {"code": "not_found", "message": "Not Found"}}  # as for any unknown path


@pytest.fixture(scope="module")
def sms_api() -> Iterator[SmsApiStandin]:
    with SmsApiStandin() as server:
        yield server


def _queue(api: InProcessServer, to: str, *, due: timedelta = timedelta(0)) -> str:
    """A queued SMS to ``to``, due ``due`` from now (the other tests' steps leave it if later)."""
    with api.db.transaction() as s:
        row = SmsOutbox(
            tenant_id=new_id(),
            to_number=to,
            body="Kursen börjar i morgon kl. 9.",
            next_attempt_at=utcnow() - timedelta(seconds=1) + due,
        )
        s.add(row)
        s.flush()
        return row.id


def _send(api: InProcessServer, sms_api: SmsApiStandin, *, base_url: str = "") -> SmsBatchResult:
    """One worker step through the HTTP gateway, with the live server's receipt URLs."""
    gateway = HttpSmsGateway(username=USERNAME, password=PASSWORD, sender="Kansli", url=sms_api.url)
    now = utcnow()
    try:
        return send_pending_sms(
            session_factory=api.db.sessions,
            gateway=gateway,
            now=now,
            receipt_url=receipt_urls(base_url or api.url, SECRET, now=now),
        )
    finally:
        gateway.close()


def _row(api: InProcessServer, row_id: str) -> SmsOutbox:
    with api.db.sessions() as s:
        row = s.get(SmsOutbox, row_id)
        assert row is not None
        return row


def _reports_of(sms_api: SmsApiStandin, message_id: str, count: int) -> list[DeliveryReport]:
    """The delivery reports of ``message_id`` once ``count`` of them have been POSTed."""

    def mine() -> list[DeliveryReport]:
        return [r for r in list(sms_api.reports) if r.fields["id"] == message_id]

    wait_until(lambda: len(mine()) >= count, timeout=30, what=f"{count} reports of {message_id}")
    return mine()


def test_a_delivered_sms_shows_delivered_on_its_row(
    api: InProcessServer, sms_api: SmsApiStandin
) -> None:
    row_id = _queue(api, "+46701110001")
    result = _send(api, sms_api)

    message_id = result.sent[row_id]
    [sms] = [m for m in list(sms_api.received) if row_id in m.whendelivered]
    assert sms.to == "+46701110001"
    assert sms.message == "Kursen börjar i morgon kl. 9."
    assert sms.whendelivered.startswith(f"{api.url}{RECEIPT_PATH}{row_id}.")
    reports = _reports_of(sms_api, message_id, 2)
    assert [(r.fields["status"], r.answer) for r in reports] == [("sent", 204), ("delivered", 204)]
    delivered = datetime.fromisoformat(reports[1].fields["delivered"]).replace(tzinfo=UTC)
    row = _row(api, row_id)
    assert (row.status, row.provider_message_id, row.delivery_status) == (
        "sent",
        message_id,
        "delivered",
    )
    assert row.delivered_at == delivered
    assert row.delivery_detail == f"delivered to the phone at {delivered:%Y-%m-%d %H:%M:%S} UTC"


def test_a_failed_report_shows_failed_with_the_detail(
    api: InProcessServer, sms_api: SmsApiStandin
) -> None:
    sms_api.outcomes["+46701110002"] = "failed"
    row_id = _queue(api, "+46701110002")
    message_id = _send(api, sms_api).sent[row_id]

    reports = _reports_of(sms_api, message_id, 2)
    assert [(r.fields["status"], r.answer) for r in reports] == [("sent", 204), ("failed", 204)]
    row = _row(api, row_id)
    assert (row.status, row.delivery_status, row.delivered_at) == ("sent", "failed", None)
    assert row.delivery_detail.startswith("the carrier could not deliver it (gateway report, ")


def test_a_number_the_gateway_refuses_is_failed_at_once_and_gets_no_report(
    api: InProcessServer, sms_api: SmsApiStandin
) -> None:
    row_id = _queue(api, "0701110003")  # not E.164: 46elks refuses it
    result = _send(api, sms_api)

    assert row_id in result.failed and row_id not in result.sent
    row = _row(api, row_id)
    assert (row.status, row.attempts, row.sent_at) == ("failed", 1, None)
    assert row.last_error == 'HTTP 403: Invalid "to" number'
    assert (row.delivery_status, row.provider_message_id) == ("", "")
    assert not [r for r in list(sms_api.reports) if row_id in r.url]


# -- what the route refuses ---------------------------------------------------------------------


def _post(api: InProcessServer, token: str, **fields: str) -> requests.Response:
    return requests.post(f"{api.url}{RECEIPT_PATH}{token}", data=fields, timeout=10)


def _sent_row(api: InProcessServer, message_id: str) -> str:
    """A row the gateway took (as the worker leaves it), with no report yet."""
    with api.db.transaction() as s:
        row = SmsOutbox(
            tenant_id=new_id(),
            to_number="+46701110009",
            body="x",
            status="sent",
            sent_at=utcnow(),
            provider_message_id=message_id,
        )
        s.add(row)
        s.flush()
        return row.id


def test_a_forged_expired_or_foreign_token_is_a_bare_404(api: InProcessServer) -> None:
    row_id = _sent_row(api, "s" + "a" * 32)
    report = {"id": "s" + "a" * 32, "status": "delivered"}
    genuine = receipt_token(SECRET, row_id, now=utcnow())
    head, _, signature = genuine.rpartition(".")
    forged = [
        f"{head}.{signature[:-1]}{'A' if signature[-1] != 'A' else 'B'}",  # signature altered
        receipt_token("another-servers-secret", row_id, now=utcnow()),
        receipt_token(SECRET, row_id, now=utcnow() - timedelta(days=8)),  # expired
        receipt_token(SECRET, new_id(), now=utcnow()),  # names no row
        f"{new_id()}.{head.rsplit('.', 1)[1]}.{signature}",  # another row, this signature
        "x",
        "..",
        "a" * 200,
    ]
    for token in forged:
        resp = _post(api, token, **report)
        assert (resp.status_code, resp.json()) == (404, NOT_FOUND), token
    # A genuine token with the report of another message.
    resp = _post(api, genuine, id="s" + "b" * 32, status="delivered")
    assert (resp.status_code, resp.json()) == (404, NOT_FOUND)
    assert _row(api, row_id).delivery_status == ""
    # No session is needed: the genuine report is taken.
    assert _post(api, genuine, **report).status_code == 204
    assert _row(api, row_id).delivery_status == "delivered"


@pytest.mark.parametrize(
    "fields",
    [
        {"status": "delivered"},  # no id
        {"id": "s1", "status": "read"},  # not a status 46elks sends
        {"id": "s1", "status": "delivered", "delivered": "yesterday"},
        {"id": "s1\x00", "status": "sent"},
        {"id": "s" * 101, "status": "sent"},
    ],
)
def test_a_report_that_cannot_be_read_is_a_422(
    api: InProcessServer, fields: dict[str, str]
) -> None:
    row_id = _sent_row(api, "s1")
    resp = _post(api, receipt_token(SECRET, row_id, now=utcnow()), **fields)
    assert resp.status_code == 422, resp.text
    assert resp.json()["detail"]["code"] == "invalid"
    assert _row(api, row_id).delivery_status == ""


def test_a_late_sent_report_does_not_undo_a_final_one(api: InProcessServer) -> None:
    row_id = _sent_row(api, "s2")
    token = receipt_token(SECRET, row_id, now=utcnow())
    at = "2026-12-03T10:11:12.345000"
    assert _post(api, token, id="s2", status="delivered", delivered=at).status_code == 204
    assert _post(api, token, id="s2", status="sent").status_code == 204
    row = _row(api, row_id)
    assert (row.delivery_status, row.delivered_at) == (
        "delivered",
        datetime(2026, 12, 3, 10, 11, 12, 345000, tzinfo=UTC),
    )


def test_a_report_before_the_worker_stored_the_gateways_id_is_taken(
    api: InProcessServer,
) -> None:
    # Claimed and sent, the gateway's answer not yet stored (no worker step here sends it).
    row_id = _queue(api, "+46701110010", due=timedelta(days=1))
    token = receipt_token(SECRET, row_id, now=utcnow())
    assert _post(api, token, id="s3", status="sent").status_code == 204
    row = _row(api, row_id)
    assert (row.provider_message_id, row.delivery_status) == ("s3", "sent")
    assert row.delivery_detail.startswith("handed to the carrier (reported ")


# -- a notification by SMS ----------------------------------------------------------------------


def test_a_notification_bound_to_sms_reaches_the_phone_and_its_receipt_is_recorded(
    api: InProcessServer, sms_api: SmsApiStandin
) -> None:
    """A published template bound to the SMS channel of an event: notify() queues the
    rendered SMS text, the server's SMS worker step (HTTP gateway as the settings say)
    sends it through the stand-in, and the delivery report lands on the row."""
    number = "+4670" + str(uuid.uuid4().int)[-7:]  # Anna's own, so her SMS is found
    with api.db.transaction() as s:
        tenant = f.tenant(s, slug=f"sms{new_id()[-8:]}")
        tenant.language = "sv"
        round_ = f.course_round(s, tenant.id)
        anna = f.person(s, tenant.id, "Anna", "Berg")
        s.add(PersonPhone(tenant_id=tenant.id, person_id=anna.id, number=number))
        ids = (tenant.id, round_.id, round_.course_id, anna.id)
    tenant_id, round_id, course_id, anna_id = ids
    template_id = new_id()
    for name, args in (
        (
            "message_template.create",
            {
                "template_id": template_id,
                "event_type": EventType.REGISTRATION_DUPLICATE.value,
                "language": "sv",
                "name": "Dubblett per SMS",
                "subject": "Redan anmäld",
                "email_body": "Hej {recipient_name}",
                "sms_text": "Hej {participant_first_name}! Du är redan anmäld till {course}.",
            },
        ),
        ("message_template.publish", {"template_id": template_id, "expected_version": 0}),
        (
            "notification_binding.create",
            {
                "binding_id": new_id(),
                "event_type": EventType.REGISTRATION_DUPLICATE.value,
                "template_id": template_id,
                "scope_kind": "tenant",
                "recipients": ["participant"],
                "channels": ["sms"],
            },
        ),
    ):
        with api.db.transaction() as s:
            build(name, 1, args, id=new_id()).apply(s, f.actor(tenant_id, "admin"))
    with api.db.transaction() as s:
        [queued] = notify(
            s,
            api.settings,
            tenant_id=tenant_id,
            event=EventType.REGISTRATION_DUPLICATE,
            values={"participant_first_name": "Anna", "course": "Ledarskap", "round_details": ""},
            concerns=Concerns(course_id=course_id, round_id=round_id),
            recipients={
                "participant": [
                    Recipient.of_person("participant", s.get_one(Person, anna_id), language="sv")
                ]
            },
        )
        row_id = queued.id
    settings = api_settings(
        api.settings.database_url,
        public_base_url=api.url,
        sms_gateway="http",
        sms_http_url=sms_api.url,
        sms_http_username=USERNAME,
        sms_http_password=PASSWORD,
        sms_sender="Kansli",
    )
    send_queued_sms(api.db, settings)

    [sms] = [m for m in list(sms_api.received) if row_id in m.whendelivered]
    assert (sms.to, sms.message) == (number, "Hej Anna! Du är redan anmäld till Ledarskap.")
    message_id = _row(api, row_id).provider_message_id
    reports = _reports_of(sms_api, message_id, 2)
    assert [(r.fields["status"], r.answer) for r in reports] == [("sent", 204), ("delivered", 204)]
    row = _row(api, row_id)
    assert (row.status, row.delivery_status, row.event_type, row.template_version) == (
        "sent",
        "delivered",
        "registration.duplicate",
        1,
    )
    assert (row.template_id, row.recipient_kind, row.person_id) == (
        template_id,
        "participant",
        anna_id,
    )
