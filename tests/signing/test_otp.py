"""SMS one-time codes: issued hashed and queued by SMS, refused for every reason DOMAIN.md names."""

from __future__ import annotations

import hashlib
import re
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from models.errors import (
    DomainError,
    NotFoundError,
    PermissionDenied,
    TransitionError,
    ValidationError,
)
from models.ids import new_id
from server.signing import otp
from server.signing.otp import issue_code, verify_code
from server.signing.tables import OtpChallenge
from server.tables import SmsOutbox
from tests.signing.conftest import SECRET_KEY

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
TENANT = "01950000-0000-7000-8000-000000000001"
SIGNER = "anna.attestant@agent.example"
ORDER_HASH = hashlib.sha256(b"order A-17, version 3").hexdigest()
OTHER_HASH = hashlib.sha256(b"order A-17, version 4").hexdigest()
SMS_RE = re.compile(r"Kansli: your signing code is (\d{6})\. It expires in 5 minutes\.")


def _issue(session: Session, **overrides: Any) -> tuple[OtpChallenge, str]:
    """Issue a code and read it back from the queued SMS, as the phone would."""
    args: dict[str, Any] = {
        "session": session,
        "tenant_id": TENANT,
        "signer_email": SIGNER,
        "phone_e164": "+46701234567",
        "purpose": "agent_order.attest",
        "data_hash": ORDER_HASH,
        "secret_key": SECRET_KEY,
        "now": NOW,
    } | overrides
    challenge = issue_code(**args)
    session.commit()
    sms = session.get(SmsOutbox, challenge.sms_outbox_id)
    assert sms is not None
    match = SMS_RE.fullmatch(sms.body)
    assert match, sms.body
    return challenge, match.group(1)


def _verify(session: Session, challenge: OtpChallenge, code: str, **overrides: Any) -> None:
    args: dict[str, Any] = {
        "session": session,
        "challenge_id": challenge.id,
        "code": code,
        "signer_email": SIGNER,
        "data_hash": ORDER_HASH,
        "secret_key": SECRET_KEY,
        "now": NOW + timedelta(minutes=1),
    } | overrides
    verify_code(**args)


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_issuing_queues_the_sms_with_the_code_and_stores_only_a_keyed_hash(
    session: Session,
) -> None:
    challenge, code = _issue(session)

    sms = session.get(SmsOutbox, challenge.sms_outbox_id)
    assert sms is not None
    assert SMS_RE.fullmatch(sms.body)
    assert (sms.to_number, sms.status, sms.tenant_id) == ("+46701234567", "queued", TENANT)
    assert sms.next_attempt_at == NOW

    row = session.execute(
        text("SELECT * FROM otp_challenge WHERE id = :id"), {"id": challenge.id}
    ).one()
    assert all(code not in str(value) for value in row), "the code is stored in clear"
    assert challenge.expires_at == NOW + timedelta(minutes=5)
    assert (challenge.attempts, challenge.max_attempts, challenge.used_at) == (0, 5, None)
    assert (challenge.signer_email, challenge.data_hash) == (SIGNER, ORDER_HASH)
    assert challenge.phone_hint == "67"


def test_the_sms_names_the_lifetime_of_the_code() -> None:
    assert otp.sms_text("012345", timedelta(minutes=10)) == (
        "Kansli: your signing code is 012345. It expires in 10 minutes."
    )
    assert otp.sms_text("012345", timedelta(minutes=1)).endswith("It expires in 1 minute.")


def test_the_code_comes_from_secrets_and_keeps_leading_zeros(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(otp.secrets, "randbelow", lambda n: 42)
    challenge, code = _issue(session)
    assert code == "000042"
    _verify(session, challenge, "000042")


def test_the_right_code_is_accepted_once(session: Session) -> None:
    challenge, code = _issue(session)
    _verify(session, challenge, code)
    session.commit()
    assert challenge.used_at == NOW + timedelta(minutes=1)

    with pytest.raises(TransitionError, match="^This code has already been used$"):
        _verify(session, challenge, code)


def test_a_code_with_spaces_and_an_e_mail_in_other_case_are_accepted(session: Session) -> None:
    challenge, code = _issue(session)
    _verify(session, challenge, f" {code[:3]} {code[3:]} ", signer_email=SIGNER.upper())


def test_an_expired_code_is_refused(session: Session) -> None:
    challenge, code = _issue(session)
    with pytest.raises(TransitionError, match="^The code has expired; ask for a new one$"):
        _verify(session, challenge, code, now=NOW + timedelta(minutes=5))
    # Just before the end it still works.
    _verify(session, challenge, code, now=NOW + timedelta(minutes=4, seconds=59))


def test_a_wrong_code_says_how_many_attempts_are_left(session: Session) -> None:
    challenge, code = _issue(session)
    messages = []
    for _ in range(3):
        with pytest.raises(ValidationError) as caught:
            _verify(session, challenge, _wrong(code))
        assert caught.value.field == "code"
        messages.append(caught.value.message)
    assert messages == [
        "Wrong code; 4 attempts left",
        "Wrong code; 3 attempts left",
        "Wrong code; 2 attempts left",
    ]
    _verify(session, challenge, code)  # attempts left, the right code still works


def test_too_many_attempts_kill_the_code(session: Session) -> None:
    challenge, code = _issue(session, max_attempts=3)
    for _ in range(2):
        with pytest.raises(ValidationError):
            _verify(session, challenge, _wrong(code))
    with pytest.raises(PermissionDenied, match="^Too many attempts; ask for a new code$"):
        _verify(session, challenge, _wrong(code))
    with pytest.raises(PermissionDenied, match="^Too many attempts; ask for a new code$"):
        _verify(session, challenge, code)


def test_a_wrong_attempt_counts_even_when_the_caller_rolls_back(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as s:
        challenge, code = _issue(s)
        challenge_id = challenge.id
        with pytest.raises(ValidationError):
            _verify(s, challenge, _wrong(code))
        s.rollback()  # what a request handler does after an error
    with sessions() as s:
        stored = s.get(OtpChallenge, challenge_id)
        assert stored is not None and stored.attempts == 1


def test_a_correct_code_for_other_content_is_refused(session: Session) -> None:
    challenge, code = _issue(session)
    with pytest.raises(PermissionDenied, match="other content than what is being signed"):
        _verify(session, challenge, code, data_hash=OTHER_HASH)


def test_a_correct_code_from_another_signer_is_refused(session: Session) -> None:
    challenge, code = _issue(session)
    with pytest.raises(PermissionDenied, match="^This code was sent to someone else$"):
        _verify(session, challenge, code, signer_email="case.handler@agent.example")


def test_the_binding_is_inside_the_hash_not_only_in_the_row(session: Session) -> None:
    """Rewriting the row's data hash does not let the code sign the other content."""
    challenge, code = _issue(session)
    session.execute(
        update(OtpChallenge).where(OtpChallenge.id == challenge.id).values(data_hash=OTHER_HASH)
    )
    session.commit()
    with pytest.raises(ValidationError, match="Wrong code"):
        _verify(session, challenge, code, data_hash=OTHER_HASH)


def test_the_hash_is_keyed_with_the_server_secret(session: Session) -> None:
    challenge, code = _issue(session)
    with pytest.raises(ValidationError, match="Wrong code"):
        _verify(session, challenge, code, secret_key=b"another-server-secret-key-9876543210")


def test_a_malformed_code_is_refused_without_costing_an_attempt(session: Session) -> None:
    challenge, _code = _issue(session)
    for bad in ("12345", "1234567", "12a456", "", "١٢٣٤٥٦"):
        with pytest.raises(ValidationError) as caught:
            _verify(session, challenge, bad)
        assert (caught.value.message, caught.value.field) == ("The code is 6 digits", "code")
    session.refresh(challenge)
    assert challenge.attempts == 0


def test_an_unknown_challenge_is_not_found(session: Session) -> None:
    _challenge, code = _issue(session)
    with pytest.raises(NotFoundError, match="ask for a new one"):
        verify_code(
            session=session,
            challenge_id=new_id(),
            code=code,
            signer_email=SIGNER,
            data_hash=ORDER_HASH,
            secret_key=SECRET_KEY,
            now=NOW,
        )


def test_issuing_refuses_bad_phone_numbers_hashes_and_lifetimes(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        _issue(session, phone_e164="0701234567")
    assert caught.value.field == "phone"
    with pytest.raises(ValidationError) as caught:
        _issue(session, data_hash="not-a-hash")
    assert caught.value.field == "data_hash"
    with pytest.raises(ValueError, match="ttl"):
        _issue(session, ttl=timedelta(minutes=11))
    with pytest.raises(ValueError, match="secret key"):
        _issue(session, secret_key=b"short")


def test_a_signer_may_ask_for_a_few_codes_an_hour_only(session: Session) -> None:
    for i in range(5):
        _issue(session, now=NOW + timedelta(minutes=i))
    with pytest.raises(PermissionDenied, match="Too many codes asked for"):
        _issue(session, now=NOW + timedelta(minutes=10))
    _issue(session, now=NOW + timedelta(hours=1, minutes=1))  # the first has aged out
    assert session.scalar(select(OtpChallenge.id).limit(1)) is not None


def test_the_limit_counts_per_scope_under_a_ceiling_per_signer(session: Session) -> None:
    """Codes asked for through one scope (an order's link) use up that scope's codes only;
    across scopes a signer gets at most the ceiling an hour, which one scope cannot reach."""
    per_scope, ceiling = otp.DEFAULT_MAX_CODES_PER_HOUR, otp.DEFAULT_MAX_CODES_PER_SIGNER_HOUR
    assert ceiling > per_scope
    minute = iter(range(60))
    for _ in range(per_scope):
        _issue(session, scope="agent_order:A", now=NOW + timedelta(minutes=next(minute)))
    with pytest.raises(PermissionDenied, match="Too many codes asked for"):
        _issue(session, scope="agent_order:A", now=NOW + timedelta(minutes=next(minute)))
    _issue(session, scope="agent_order:B", now=NOW + timedelta(minutes=next(minute)))
    scopes = iter(f"agent_order:{n}" for n in range(100))
    while (session.scalar(select(func.count()).select_from(OtpChallenge)) or 0) < ceiling:
        _issue(session, scope=next(scopes), now=NOW + timedelta(minutes=next(minute)))
    with pytest.raises(PermissionDenied, match="Too many codes asked for"):
        _issue(session, scope=next(scopes), now=NOW + timedelta(minutes=next(minute)))
    # Another signer is not held back by this one's ceiling.
    _issue(session, scope=next(scopes), signer_email="bo@agent.example", now=NOW)


def test_of_two_concurrent_tries_with_the_right_code_one_wins(
    sessions: sessionmaker[Session],
) -> None:
    with sessions() as s:
        challenge, code = _issue(s)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []
    lock = threading.Lock()

    def attempt() -> None:
        with sessions() as s:
            barrier.wait(timeout=10)
            try:
                _verify(s, challenge, code)
                s.commit()
                result = "signed"
            except DomainError as exc:
                s.rollback()
                result = exc.message
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=attempt) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(outcomes) == ["This code has already been used", "signed"]
