"""Attesting with BankID through pybankid and the local v6 stand-in (mutual TLS)."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from models.agent_orders import OrderState, Signature
from models.errors import PermissionDenied
from models.ids import utcnow
from server.services.agent_orders import records, signing
from server.signing.bankid import PyBankIdService
from server.signing.tables import SignatureEvidence
from tests.agent_orders.builders import Cast, add_order, approve, order_state
from tests.utils.bankid_standin import BankIdStandin, Complete, Failed, Pending, StandinCerts


@pytest.fixture
def service(bankid: BankIdStandin, bankid_certs: StandinCerts) -> Iterator[PyBankIdService]:
    svc_ = PyBankIdService(
        cert_path=bankid_certs.rp_cert,
        key_path=bankid_certs.rp_key,
        api_url=bankid.api_url,
        ca_cert=bankid_certs.server_ca,
    )
    yield svc_
    svc_.close()


def test_bankid_attest_collects_until_complete_and_keeps_evidence_on_the_server(
    cast: Cast, bankid: BankIdStandin, service: PyBankIdService
) -> None:
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    principal = cast.principal("attestant")
    bankid.script_next_order(Pending("outstandingTransaction"), Pending("userSign"), Complete())
    t0 = utcnow()
    started = signing.AGENT_ATTEST.at(
        db=cast.db, settings=cast.settings, principal=principal, order_id=order_id, now=t0
    ).start(method="bankid", end_user_ip="192.0.2.10", bankid=service)
    assert isinstance(started, signing.BankIdProgress) and started.status == "pending"
    assert started.qr_data and started.qr_data.startswith("bankid.")
    data_hash = records.content_hash(order_state(cast.db, order_id))
    sign_request = [body for method, body in bankid.requests if method == "sign"][-1]
    assert base64.b64decode(sign_request["userNonVisibleData"]).decode() == data_hash
    assert "I attest order" in base64.b64decode(sign_request["userVisibleData"]).decode()

    def poll(seconds: float) -> signing.BankIdProgress:
        return signing.AGENT_ATTEST.at(
            db=cast.db,
            settings=cast.settings,
            principal=principal,
            order_id=order_id,
            now=t0 + timedelta(seconds=seconds),
        ).poll_bankid(signing_id=started.signing_id, bankid=service)

    collects = sum(1 for method, _ in bankid.requests if method == "collect")
    first = poll(2)
    assert first.status == "pending" and first.message == "Start your BankID app."
    again = poll(2.5)  # within two seconds of the last collect: no new collect, a new QR
    assert again.status == "pending" and again.qr_data != first.qr_data
    assert sum(1 for method, _ in bankid.requests if method == "collect") == collects + 1
    assert "security code" in poll(4.5).message
    done = poll(7)
    assert done.status == "complete" and done.qr_data is None
    assert order_state(cast.db, order_id).state == OrderState.AGENT_ATTESTED
    with cast.db.sessions() as s:
        sig = s.scalar(select(Signature).where(Signature.order_id == order_id))
    assert sig is not None and sig.method == "bankid" and sig.data_hash == data_hash
    # The synced row says how, who, when and over what; the proof stays on the server.
    assert sig.signer_name
    assert "evidence" not in {c.name for c in Signature.__table__.columns}
    with cast.db.sessions() as s:
        kept = s.get(SignatureEvidence, sig.id)
    assert kept is not None and kept.personnummer == "190000000000"
    assert kept.method == "bankid" and kept.data["signing_id"] == started.signing_id
    assert kept.data["signature"] and kept.data["ocsp_response"]
    assert kept.data["name"] == "Karl Karlsson"
    assert "190000000000" not in str(kept.data)
    assert poll(9).status == "complete"  # a late poll just says so


def test_bankid_failure_is_shown_and_leaves_the_order_to_sign_again(
    cast: Cast, bankid: BankIdStandin, service: PyBankIdService
) -> None:
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    principal = cast.principal("attestant")
    bankid.script_next_order(Failed("userCancel"))
    t0 = utcnow()
    started = signing.AGENT_ATTEST.at(
        db=cast.db, settings=cast.settings, principal=principal, order_id=order_id, now=t0
    ).start(method="bankid", end_user_ip="192.0.2.10", bankid=service)
    progress = signing.AGENT_ATTEST.at(
        db=cast.db,
        settings=cast.settings,
        principal=principal,
        order_id=order_id,
        now=t0 + timedelta(seconds=2),
    ).poll_bankid(signing_id=started.signing_id, bankid=service)
    assert (progress.status, progress.message) == ("failed", "Action cancelled.")
    assert order_state(cast.db, order_id).state == OrderState.AGENT_APPROVED


def test_bankid_completion_by_the_approver_in_the_same_session_is_refused(
    cast: Cast, bankid: BankIdStandin, service: PyBankIdService
) -> None:
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    approve(cast, order_id, "both", cast.email("both"))
    signs = sum(1 for method, _ in bankid.requests if method == "sign")
    with pytest.raises(PermissionDenied, match="in this session"):
        signing.AGENT_ATTEST.at(
            db=cast.db,
            settings=cast.settings,
            principal=cast.principal("both"),
            order_id=order_id,
            now=utcnow(),
        ).start(method="bankid", end_user_ip="192.0.2.10", bankid=service)
    # Refused before BankID was asked: no sign order was started.
    assert sum(1 for method, _ in bankid.requests if method == "sign") == signs
