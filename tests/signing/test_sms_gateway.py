"""The SMS gateway over real HTTP, and the outbox worker step with retries and backoff."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy.orm import Session, sessionmaker

from models.ids import new_id
from server.signing.otp import issue_code, verify_code
from server.signing.sms import (
    HttpSmsGateway,
    OutboxSmsGateway,
    SmsSendError,
    retry_delay,
    send_pending_sms,
)
from server.tables import SmsOutbox
from tests.signing.conftest import SECRET_KEY
from tests.utils.sms_gateway import PART_COST, PASSWORD, USERNAME, ReceivedSms, SmsApiStandin

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
TENANT = "01950000-0000-7000-8000-000000000001"


@pytest.fixture
def sms_api() -> Iterator[SmsApiStandin]:
    with SmsApiStandin() as server:
        yield server


@pytest.fixture
def gateway(sms_api: SmsApiStandin) -> Iterator[HttpSmsGateway]:
    gw = HttpSmsGateway(username=USERNAME, password=PASSWORD, sender="Kansli", url=sms_api.url)
    yield gw
    gw.close()


def _queue(session: Session, body: str = "Hello", to: str = "+46701234567") -> str:
    row = SmsOutbox(
        id=new_id(), tenant_id=TENANT, to_number=to, body=body, next_attempt_at=NOW, created_at=NOW
    )
    session.add(row)
    session.commit()
    return row.id


def _row(sessions: sessionmaker[Session], row_id: str) -> SmsOutbox:
    with sessions() as s:
        row = s.get(SmsOutbox, row_id)
        assert row is not None
        return row


# ---------------------------------------------------------------- the HTTP gateway


def test_http_gateway_posts_the_form_with_basic_auth_and_returns_the_message_id(
    sms_api: SmsApiStandin, gateway: HttpSmsGateway
) -> None:
    message_id = gateway.send("+46701234567", "Kansli: your signing code is 123456.")
    assert sms_api.received == [
        ReceivedSms("Kansli", "+46701234567", "Kansli: your signing code is 123456.")
    ]
    assert message_id == f"s{1:032x}"


def test_http_gateway_takes_a_refusal_as_permanent(
    sms_api: SmsApiStandin, gateway: HttpSmsGateway
) -> None:
    sms_api.script((400, "Invalid to number"))
    with pytest.raises(SmsSendError, match="HTTP 400: Invalid to number") as caught:
        gateway.send("+46700000000", "x")
    assert caught.value.permanent


def test_the_standin_answers_as_46elks_documents(sms_api: SmsApiStandin) -> None:
    form = {"from": "Kansli", "to": "+46701234567", "message": "Hej ☃ " + "x" * 70}
    resp = requests.post(sms_api.url, data=form, auth=(USERNAME, PASSWORD), timeout=10)
    assert resp.status_code == 200
    answer = resp.json()
    assert {k: answer[k] for k in ("status", "direction", "from", "to", "message")} == {
        "status": "created",
        "direction": "outgoing",
        **form,
    }
    assert answer["id"] == f"s{1:032x}"
    assert (answer["parts"], answer["cost"]) == (2, 2 * PART_COST)  # UCS-2: 67 a part
    assert datetime.fromisoformat(answer["created"])


@pytest.mark.parametrize(
    ("field", "value", "refusal"),
    [
        ("to", "0701234567", 'Invalid "to" number'),
        ("to", "+46 70 123", 'Invalid "to" number'),
        ("from", "K", 'Invalid "from" sender'),
        ("message", "", "Missing key message"),
        ("whendelivered", "ftp://x", 'Invalid "whendelivered" URL'),
    ],
)
def test_the_standin_refuses_what_46elks_refuses_and_the_gateway_gives_up(
    sms_api: SmsApiStandin, field: str, value: str, refusal: str
) -> None:
    form = {"from": "Kansli", "to": "+46701234567", "message": "x", field: value}
    resp = requests.post(sms_api.url, data=form, auth=(USERNAME, PASSWORD), timeout=10)
    assert (resp.status_code, resp.text) == (403, refusal)
    gw = HttpSmsGateway(username=USERNAME, password=PASSWORD, sender=form["from"], url=sms_api.url)
    with pytest.raises(SmsSendError, match=f"HTTP 403: {re.escape(refusal)}") as caught:
        gw.send(form["to"], form["message"], receipt_url=form.get("whendelivered", ""))
    assert caught.value.permanent
    assert sms_api.received == []


def test_http_gateway_takes_wrong_credentials_as_permanent(sms_api: SmsApiStandin) -> None:
    gw = HttpSmsGateway(username=USERNAME, password="wrong", sender="Kansli", url=sms_api.url)
    with pytest.raises(SmsSendError, match="HTTP 401") as caught:
        gw.send("+46701234567", "x")
    assert caught.value.permanent


@pytest.mark.parametrize("status", [500, 503, 429])
def test_http_gateway_takes_server_trouble_as_temporary(
    sms_api: SmsApiStandin, gateway: HttpSmsGateway, status: int
) -> None:
    sms_api.script((status, "busy"))
    with pytest.raises(SmsSendError, match=f"HTTP {status}") as caught:
        gateway.send("+46701234567", "x")
    assert not caught.value.permanent


def test_http_gateway_takes_an_answer_without_id_as_a_failure(
    sms_api: SmsApiStandin, gateway: HttpSmsGateway
) -> None:
    sms_api.script((200, "OK"))
    with pytest.raises(SmsSendError, match="without JSON"):
        gateway.send("+46701234567", "x")


def test_http_gateway_unreachable_is_temporary() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gw = HttpSmsGateway(
        username="u", password="p", sender="Kansli", url=f"http://127.0.0.1:{port}/a1/sms"
    )
    with pytest.raises(SmsSendError, match="not reachable") as caught:
        gw.send("+46701234567", "x")
    assert not caught.value.permanent


def test_http_gateway_refuses_plain_http_beyond_this_machine() -> None:
    with pytest.raises(ValueError, match="https"):
        HttpSmsGateway(username="u", password="p", sender="K", url="http://api.46elks.com/a1/sms")


def test_outbox_gateway_records_and_spools_without_sending(tmp_path: Path) -> None:
    spool = tmp_path / "dev" / "sms.jsonl"
    gw = OutboxSmsGateway(spool_file=spool)
    first = gw.send("+46701234567", "one")
    second = gw.send("+46701234568", "two")
    assert first != second and first.startswith("local-")
    assert [(m.to, m.body) for m in gw.sent] == [("+46701234567", "one"), ("+46701234568", "two")]
    lines = [json.loads(line) for line in spool.read_text(encoding="utf-8").splitlines()]
    assert [(m["to"], m["body"], m["message_id"]) for m in lines] == [
        ("+46701234567", "one", first),
        ("+46701234568", "two", second),
    ]


# ---------------------------------------------------------------- the worker step


def test_worker_sends_queued_sms_and_marks_them_sent(
    sessions: sessionmaker[Session], sms_api: SmsApiStandin, gateway: HttpSmsGateway
) -> None:
    with sessions() as s:
        ids = [_queue(s, body=f"message {i}") for i in range(3)]

    result = send_pending_sms(session_factory=sessions, gateway=gateway, now=NOW)

    assert sorted(result.sent) == sorted(ids)
    assert sorted(m.message for m in sms_api.received) == ["message 0", "message 1", "message 2"]
    for row_id in ids:
        row = _row(sessions, row_id)
        assert (row.status, row.attempts, row.sent_at, row.last_error) == ("sent", 1, NOW, "")
    # Nothing is sent twice.
    again = send_pending_sms(session_factory=sessions, gateway=gateway, now=NOW + timedelta(1))
    assert again.sent == {} and len(sms_api.received) == 3


def test_worker_retries_a_temporary_failure_after_the_backoff(
    sessions: sessionmaker[Session], sms_api: SmsApiStandin, gateway: HttpSmsGateway
) -> None:
    with sessions() as s:
        row_id = _queue(s)
    sms_api.script((503, "Service unavailable"), (200, ""))

    first = send_pending_sms(session_factory=sessions, gateway=gateway, now=NOW)
    assert first.retrying == [row_id]
    row = _row(sessions, row_id)
    assert row.status == "queued" and row.attempts == 1
    assert row.next_attempt_at == NOW + timedelta(seconds=30)
    assert row.last_error == "HTTP 503: Service unavailable"

    early = send_pending_sms(
        session_factory=sessions, gateway=gateway, now=NOW + timedelta(seconds=29)
    )
    assert early.sent == {} and sms_api.attempts == 1

    later = send_pending_sms(
        session_factory=sessions, gateway=gateway, now=NOW + timedelta(seconds=30)
    )
    assert list(later.sent) == [row_id]
    row = _row(sessions, row_id)
    assert (row.status, row.attempts, row.last_error) == ("sent", 2, "")


def test_worker_marks_a_refused_sms_failed_with_the_answer(
    sessions: sessionmaker[Session], sms_api: SmsApiStandin, gateway: HttpSmsGateway
) -> None:
    with sessions() as s:
        row_id = _queue(s)
    sms_api.script((400, "Invalid to number"))
    result = send_pending_sms(session_factory=sessions, gateway=gateway, now=NOW)
    assert result.failed == [row_id]
    row = _row(sessions, row_id)
    assert (row.status, row.last_error, row.sent_at) == (
        "failed",
        "HTTP 400: Invalid to number",
        None,
    )


def test_worker_gives_up_after_the_last_attempt(
    sessions: sessionmaker[Session], sms_api: SmsApiStandin, gateway: HttpSmsGateway
) -> None:
    with sessions() as s:
        row_id = _queue(s)
    sms_api.script((500, "Internal error"))
    at = NOW
    outcomes = []
    for _ in range(3):
        result = send_pending_sms(session_factory=sessions, gateway=gateway, now=at, max_attempts=3)
        outcomes.append("failed" if result.failed else "retrying" if result.retrying else "none")
        at = _row(sessions, row_id).next_attempt_at
    assert outcomes == ["retrying", "retrying", "failed"]
    row = _row(sessions, row_id)
    assert (row.status, row.attempts) == ("failed", 3)
    assert sms_api.attempts == 3


def test_a_row_being_sent_is_not_taken_by_a_second_worker(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as s:
        row_id = _queue(s)
    inner = OutboxSmsGateway()

    class SlowGateway:
        """While this worker is in the gateway, a second worker runs a step."""

        def __init__(self) -> None:
            self.inner_result: list[str] = []

        def send(self, to: str, body: str, *, receipt_url: str = "") -> str:
            second = send_pending_sms(session_factory=sessions, gateway=inner, now=NOW)
            self.inner_result = list(second.sent)
            return "outer-1"

    outer = SlowGateway()
    result = send_pending_sms(session_factory=sessions, gateway=outer, now=NOW)
    assert result.sent == {row_id: "outer-1"}
    assert outer.inner_result == [] and inner.sent == []


def test_a_claimed_row_whose_worker_died_is_sent_after_the_lease(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as s:
        row_id = _queue(s)

    class DyingGateway:
        def send(self, to: str, body: str, *, receipt_url: str = "") -> str:
            raise KeyboardInterrupt  # the worker process is killed mid-send

    with pytest.raises(KeyboardInterrupt):
        send_pending_sms(session_factory=sessions, gateway=DyingGateway(), now=NOW)
    gw = OutboxSmsGateway()
    assert send_pending_sms(session_factory=sessions, gateway=gw, now=NOW).sent == {}
    late = send_pending_sms(session_factory=sessions, gateway=gw, now=NOW + timedelta(minutes=2))
    assert list(late.sent) == [row_id]


def test_retry_delay_doubles_up_to_an_hour() -> None:
    assert [retry_delay(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert retry_delay(20) == timedelta(hours=1)


def test_an_issued_code_reaches_the_phone_through_the_worker_and_signs(
    sessions: sessionmaker[Session], sms_api: SmsApiStandin, gateway: HttpSmsGateway
) -> None:
    data_hash = "ab" * 32
    with sessions() as s:
        challenge = issue_code(
            session=s,
            tenant_id=TENANT,
            signer_email="anna@agent.example",
            phone_e164="+46 70 123 45 67",
            purpose="agent_order.attest",
            data_hash=data_hash,
            secret_key=SECRET_KEY,
            now=NOW,
        )
        s.commit()

    result = send_pending_sms(session_factory=sessions, gateway=gateway, now=NOW)

    assert list(result.sent) == [challenge.sms_outbox_id]
    [sms] = sms_api.received
    assert sms.to == "+46701234567"
    code = sms.message.removeprefix("Kansli: your signing code is ")[:6]
    with sessions() as s:
        verify_code(
            session=s,
            challenge_id=challenge.id,
            code=code,
            signer_email="anna@agent.example",
            data_hash=data_hash,
            secret_key=SECRET_KEY,
            now=NOW + timedelta(minutes=2),
        )
        s.commit()
