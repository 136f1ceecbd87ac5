"""BankID signing through pybankid against a local v6 stand-in over mutual TLS."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from bankid import generate_qr_code_content

from server.signing.bankid import (
    HINT_MESSAGES,
    BankIdError,
    BankIdOrder,
    BankIdStatus,
    PyBankIdService,
    collect_until_done,
    qr_data,
    qr_svg,
)
from tests.utils.bankid_standin import (
    BankIdStandin,
    Complete,
    Failed,
    Pending,
    StandinCerts,
    make_certs,
)

STARTED = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
ORDER_HASH = hashlib.sha256(b"order A-17, version 3").hexdigest()
VISIBLE = "Attest order A-17: connection to the e-service for Region Norr"
STANDARD_HINTS = [
    "outstandingTransaction",
    "noClient",
    "started",
    "userSign",
    "expiredTransaction",
    "certificateErr",
    "userCancel",
    "cancelled",
    "startFailed",
]


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> StandinCerts:
    return make_certs(tmp_path_factory.mktemp("bankid-certs"))


@pytest.fixture
def standin(certs: StandinCerts) -> Iterator[BankIdStandin]:
    with BankIdStandin(certs) as server:
        yield server


def _service(standin: BankIdStandin, cert: Path, key: Path, ca: Path) -> PyBankIdService:
    return PyBankIdService(
        cert_path=cert, key_path=key, api_url=standin.api_url, ca_cert=ca, clock=lambda: STARTED
    )


@pytest.fixture
def service(standin: BankIdStandin, certs: StandinCerts) -> Iterator[PyBankIdService]:
    svc = _service(standin, certs.rp_cert, certs.rp_key, certs.server_ca)
    yield svc
    svc.close()


def _start(service: PyBankIdService) -> BankIdOrder:
    return service.start_sign(
        end_user_ip="192.0.2.10", user_visible_data=VISIBLE, user_non_visible_data=ORDER_HASH
    )


def test_sign_then_collect_goes_from_pending_to_complete(
    standin: BankIdStandin, service: PyBankIdService
) -> None:
    standin.script_next_order(Pending("outstandingTransaction"), Pending("userSign"), Complete())
    order = _start(service)

    method, body = standin.requests[0]
    assert method == "sign"
    assert body["endUserIp"] == "192.0.2.10"
    assert base64.b64decode(body["userVisibleData"]).decode() == VISIBLE
    assert base64.b64decode(body["userNonVisibleData"]).decode() == ORDER_HASH
    assert order.started_at == STARTED
    assert order.order_ref and order.auto_start_token and order.qr_start_token

    first, second, third = (service.collect(order.order_ref) for _ in range(3))
    assert (first.status, first.hint_code, first.message) == (
        "pending",
        "outstandingTransaction",
        "Start your BankID app.",
    )
    assert (second.status, second.hint_code) == ("pending", "userSign")
    assert "security code" in second.message
    assert third.status == "complete" and third.message == "Signed with BankID."
    data = third.completion_data
    assert data is not None
    assert data["user"] == {
        "personalNumber": "190000000000",
        "name": "Karl Karlsson",
        "givenName": "Karl",
        "surname": "Karlsson",
    }
    assert data["device"] == {"ipAddress": "192.0.2.10"}
    signed = base64.b64decode(data["signature"]).decode()
    assert base64.b64encode(ORDER_HASH.encode()).decode() in signed
    assert [m for m, _ in standin.requests] == ["sign", "collect", "collect", "collect"]


def test_collect_until_done_waits_the_injected_interval_between_polls(
    standin: BankIdStandin, service: PyBankIdService
) -> None:
    standin.script_next_order(Pending(), Pending("started"), Pending("userSign"), Complete())
    order = _start(service)
    waits: list[float] = []
    seen: list[str | None] = []

    done = collect_until_done(
        service, order.order_ref, sleep=waits.append, on_status=lambda s: seen.append(s.hint_code)
    )

    assert done.status == "complete"
    assert seen == ["outstandingTransaction", "started", "userSign", None]
    assert waits == [2.0, 2.0, 2.0]  # BankID's interval by default, and never really slept


def test_collect_until_done_cancels_an_order_that_stays_pending(
    standin: BankIdStandin, service: PyBankIdService
) -> None:
    standin.script_next_order(Pending("outstandingTransaction"))
    order = _start(service)
    ticks = iter(range(100))

    with pytest.raises(BankIdError, match="did not finish in time"):
        collect_until_done(
            service,
            order.order_ref,
            interval_s=0,
            timeout_s=3,
            sleep=lambda s: None,
            clock=lambda: float(next(ticks)),
        )
    assert standin.requests[-1] == ("cancel", {"orderRef": order.order_ref})
    assert order.order_ref not in standin.open_orders()


def test_the_user_cancelling_in_the_app_fails_the_order(
    standin: BankIdStandin, service: PyBankIdService
) -> None:
    standin.script_next_order(Pending("userSign"), Failed("userCancel"))
    order = _start(service)
    done = collect_until_done(service, order.order_ref, interval_s=0, sleep=lambda s: None)
    assert (done.status, done.hint_code, done.message) == (
        "failed",
        "userCancel",
        "Action cancelled.",
    )
    assert done.completion_data is None


def test_an_order_nobody_takes_up_expires(standin: BankIdStandin, service: PyBankIdService) -> None:
    standin.script_next_order(Pending("outstandingTransaction"), Failed("expiredTransaction"))
    order = _start(service)
    done = collect_until_done(service, order.order_ref, interval_s=0, sleep=lambda s: None)
    assert (done.status, done.hint_code) == ("failed", "expiredTransaction")
    assert done.message.startswith("The BankID app is not responding.")


def test_a_cancelled_order_can_no_longer_be_collected(
    standin: BankIdStandin, service: PyBankIdService
) -> None:
    order = _start(service)
    service.cancel(order.order_ref)
    assert standin.open_orders() == set()
    with pytest.raises(BankIdError, match="no longer valid"):
        service.collect(order.order_ref)


def test_a_refused_request_becomes_a_readable_error(
    standin: BankIdStandin, service: PyBankIdService
) -> None:
    with pytest.raises(BankIdError, match="Unknown error. Please try again."):
        service.start_sign(end_user_ip="", user_visible_data=VISIBLE, user_non_visible_data=None)
    assert standin.requests[0][0] == "sign" and "endUserIp" not in standin.requests[0][1]


def test_the_server_certificate_is_verified(standin: BankIdStandin, certs: StandinCerts) -> None:
    """Trusting another CA than the one that signed the stand-in's certificate fails."""
    svc = _service(standin, certs.rp_cert, certs.rp_key, ca=certs.rp_ca)
    with pytest.raises(BankIdError, match="not answering") as caught:
        _start(svc)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value.__cause__)
    svc.close()
    assert standin.requests == []


def test_a_client_without_a_trusted_rp_certificate_is_refused(
    standin: BankIdStandin, certs: StandinCerts
) -> None:
    svc = _service(standin, certs.other_rp_cert, certs.other_rp_key, certs.server_ca)
    with pytest.raises(BankIdError, match="not answering") as caught:
        _start(svc)
    assert "UNKNOWN_CA" in str(caught.value.__cause__)  # the stand-in's TLS alert
    svc.close()
    assert standin.requests == []


def test_an_unknown_api_needs_its_ca_bundle(certs: StandinCerts) -> None:
    with pytest.raises(ValueError, match="ca_cert"):
        PyBankIdService(
            cert_path=certs.rp_cert,
            key_path=certs.rp_key,
            api_url="https://bankid.example/rp/v6.0/",
        )


def _order(started: datetime = STARTED) -> BankIdOrder:
    return BankIdOrder(
        order_ref="131daac9-16c6-4618-beb0-365768f37288",
        auto_start_token="e8df5c3c-c67b-4a01-bfe5-fefeab760beb",
        qr_start_token="67df3917-fa0d-44e5-b327-edcc928297f8",
        qr_start_secret="d28db9a7-4cde-429e-a983-359be676944c",
        started_at=started,
    )


def test_qr_data_counts_whole_seconds_and_signs_them_with_the_secret() -> None:
    order = _order()
    at_start = qr_data(order, STARTED)
    later = qr_data(order, STARTED + timedelta(seconds=7, milliseconds=900))

    expected_mac = hmac.new(
        b"d28db9a7-4cde-429e-a983-359be676944c", b"7", hashlib.sha256
    ).hexdigest()
    assert later == f"bankid.67df3917-fa0d-44e5-b327-edcc928297f8.7.{expected_mac}"
    assert at_start.startswith("bankid.67df3917-fa0d-44e5-b327-edcc928297f8.0.")
    assert at_start.split(".")[3] != expected_mac
    # pybankid's own function (which reads the clock itself) agrees.
    now = time.time()
    started = datetime.fromtimestamp(now - 7.5, UTC)
    ours = qr_data(_order(started), datetime.fromtimestamp(now, UTC))
    assert ours == generate_qr_code_content(order.qr_start_token, started, order.qr_start_secret)


def test_qr_svg_is_an_inline_svg_of_the_data() -> None:
    data = qr_data(_order(), STARTED + timedelta(seconds=3))
    svg = qr_svg(data)
    root = ET.fromstring(svg)  # noqa: S314  (our own output, not untrusted input)
    assert root.tag == "svg"
    assert int(root.attrib["width"]) == int(root.attrib["height"]) > 100
    assert root.find("title") is not None and root.find("title").text == "BankID QR code"  # type: ignore[union-attr]
    assert root.find("path") is not None
    assert qr_svg(qr_data(_order(), STARTED + timedelta(seconds=4))) != svg


@pytest.mark.parametrize("hint", STANDARD_HINTS)
def test_every_standard_hint_code_has_an_english_message(hint: str) -> None:
    assert HINT_MESSAGES[hint]
    status = BankIdStatus(status="failed", hint_code=hint)
    assert status.message == HINT_MESSAGES[hint]


def test_an_unknown_hint_code_gets_a_general_message() -> None:
    assert BankIdStatus("pending", "somethingNew").message == "Signing with BankID is in progress."
    assert BankIdStatus("failed", "somethingNew").message == "Unknown error. Please try again."
