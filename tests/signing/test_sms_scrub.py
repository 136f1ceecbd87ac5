"""Once an SMS is sent, its outbox row keeps no code; the development spool (the
phone) keeps it, readable by its owner only. On SQLite and PostgreSQL."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from server.signing.otp import issue_code, verify_code
from server.signing.sms import CODE_REMOVED, OutboxSmsGateway, SmsSendError, send_pending_sms
from server.tables import SmsOutbox
from tests.signing.conftest import SECRET_KEY
from tests.signing.test_otp import ORDER_HASH, SIGNER, SMS_RE, TENANT

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def _issue(sessions: sessionmaker[Session], phone: str = "+46701234567") -> tuple[str, str]:
    with sessions() as s:
        challenge = issue_code(
            session=s,
            tenant_id=TENANT,
            signer_email=SIGNER,
            phone_e164=phone,
            purpose="agent_order.attest",
            data_hash=ORDER_HASH,
            secret_key=SECRET_KEY,
            now=NOW,
        )
        s.commit()
        return challenge.id, challenge.sms_outbox_id


def test_a_sent_sms_keeps_no_code_and_the_spool_is_private(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    challenge_id, sms_id = _issue(sessions)
    spool = tmp_path / "dev" / "sms.jsonl"
    gateway = OutboxSmsGateway(spool_file=spool)
    assert send_pending_sms(session_factory=sessions, gateway=gateway, now=NOW).sent
    with sessions() as s:
        row = s.get(SmsOutbox, sms_id)
        assert row is not None and row.status == "sent"
        assert CODE_REMOVED in row.body
        assert not any(ch.isdigit() and ch != "5" for ch in row.body)  # only "5 minutes"
    [delivered] = gateway.sent
    code = SMS_RE.fullmatch(delivered.body).group(1)  # type: ignore[union-attr]
    assert code not in row.body
    # The code the phone got still signs.
    with sessions() as s:
        verify_code(
            session=s,
            challenge_id=challenge_id,
            code=code,
            signer_email=SIGNER,
            data_hash=ORDER_HASH,
            secret_key=SECRET_KEY,
            now=NOW,
        )
        s.commit()
    assert stat.S_IMODE(spool.stat().st_mode) == 0o600
    assert stat.S_IMODE(spool.parent.stat().st_mode) == 0o700


class _Refusing:
    def send(self, to: str, body: str, *, receipt_url: str = "") -> str:
        raise SmsSendError("HTTP 400: number refused", permanent=True)


def test_a_given_up_sms_keeps_no_code_either(sessions: sessionmaker[Session]) -> None:
    _challenge_id, sms_id = _issue(sessions)
    assert send_pending_sms(session_factory=sessions, gateway=_Refusing(), now=NOW).failed
    with sessions() as s:
        row = s.get(SmsOutbox, sms_id)
        assert row is not None and row.status == "failed"
        assert SMS_RE.fullmatch(row.body) is None and CODE_REMOVED in row.body
