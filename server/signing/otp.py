"""SMS one-time codes for signing (DOMAIN.md, "SMS one-time codes").

A code is 6 random digits from :mod:`secrets`, sent by SMS through the
``sms_outbox`` table, stored only as an HMAC under the server's secret key
(with a per-code salt), valid for at most 10 minutes, usable once, and dead
after a few wrong attempts. It is bound to what is signed: the purpose, the
signer's e-mail and the data hash of the signed content all go into the HMAC,
so a correct code does not sign anything else.

The code is never logged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import secrets
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from models.errors import NotFoundError, PermissionDenied, TransitionError, ValidationError
from models.ids import new_id
from server.signing.tables import OtpChallenge
from server.sql import count_rows, updated_rows
from server.tables import SmsOutbox

log = logging.getLogger(__name__)

CODE_DIGITS = 6
DEFAULT_TTL = timedelta(minutes=5)
MAX_TTL = timedelta(minutes=10)
DEFAULT_MAX_ATTEMPTS = 5
#: Codes one signer may ask for per purpose, scope and hour: each code brings fresh
#: attempts, so without this limit the attempt limit could be walked around. The scope is
#: what the code is asked for through (an order and so its link): whoever holds one link
#: can use up only that link's codes, never the signer's codes for another link.
DEFAULT_MAX_CODES_PER_HOUR = 5
#: Codes one signer may be sent per hour in all (every purpose and scope): the ceiling
#: against SMS-bombing a phone. Four times one scope's limit, so one link alone can never
#: reach it; a signer with several orders to sign within the hour still gets their codes.
DEFAULT_MAX_CODES_PER_SIGNER_HOUR = 4 * DEFAULT_MAX_CODES_PER_HOUR
MIN_SECRET_KEY_BYTES = 16

EXPIRED = "The code has expired; ask for a new one"
USED = "This code has already been used"
TOO_MANY_ATTEMPTS = "Too many attempts; ask for a new code"
TOO_MANY_CODES = "Too many codes asked for; wait a while before asking for another"
NOT_FOUND = "No such signing code; ask for a new one"
WRONG_SIGNER = "This code was sent to someone else"
WRONG_CONTENT = (
    "This code was given for other content than what is being signed; ask for a new code"
)

_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
_DATA_HASH = re.compile(r"[0-9a-f]{64}")
_PHONE_SEPARATORS = re.compile(r"[\s\-()]")


def sms_text(code: str, ttl: timedelta) -> str:
    """The SMS that carries ``code``."""
    minutes = max(1, round(ttl.total_seconds() / 60))
    unit = "minute" if minutes == 1 else "minutes"
    return f"Kansli: your signing code is {code}. It expires in {minutes} {unit}."


def issue_code(
    *,
    session: Session,
    tenant_id: str,
    signer_email: str,
    phone_e164: str,
    purpose: str,
    data_hash: str,
    secret_key: bytes | str,
    now: datetime,
    ttl: timedelta = DEFAULT_TTL,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    max_codes_per_hour: int = DEFAULT_MAX_CODES_PER_HOUR,
    scope: str = "",
    max_codes_per_signer_hour: int = DEFAULT_MAX_CODES_PER_SIGNER_HOUR,
) -> OtpChallenge:
    """Make a one-time code for ``signer_email`` to sign ``data_hash`` and queue its SMS.

    Adds the challenge and its ``sms_outbox`` row to ``session`` and flushes;
    the caller commits. Returns the challenge (its ``id`` goes to the page
    that asks for the code). Raises ValidationError for a malformed phone
    number, e-mail or data hash and PermissionDenied when the signer has asked
    for too many codes within an hour: ``max_codes_per_hour`` for this purpose and
    ``scope`` (what the code is asked for through, e.g. the order behind a link),
    ``max_codes_per_signer_hour`` in all.
    """
    key = _key_bytes(secret_key)
    _require_aware(now)
    if not timedelta(0) < ttl <= MAX_TTL:
        raise ValueError(f"ttl must be above zero and at most {MAX_TTL}, got {ttl}")
    if max_attempts < 1:
        raise ValueError(f"max_attempts must be at least 1, got {max_attempts}")
    if not purpose or len(purpose) > 40:
        raise ValueError(f"purpose must be 1-40 characters, got {purpose!r}")
    email = _normalise_email(signer_email)
    phone = normalise_phone(phone_e164)
    content = _normalise_data_hash(data_hash)
    if content is None:
        raise ValidationError(
            "The data hash must be a SHA-256 hex digest (64 characters)", field="data_hash"
        )

    if len(scope) > 80:
        raise ValueError(f"scope must be at most 80 characters, got {scope!r}")
    this_hour = (
        OtpChallenge.tenant_id == tenant_id,
        OtpChallenge.signer_email == email,
        OtpChallenge.created_at > now - timedelta(hours=1),
    )
    here = count_rows(
        session,
        OtpChallenge,
        *this_hour,
        OtpChallenge.purpose == purpose,
        OtpChallenge.scope == scope,
    )
    if here >= max_codes_per_hour or count_rows(session, OtpChallenge, *this_hour) >= max(
        max_codes_per_signer_hour, max_codes_per_hour
    ):
        raise PermissionDenied(TOO_MANY_CODES)

    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    salt = secrets.token_hex(16)
    sms = SmsOutbox(
        id=new_id(),
        tenant_id=tenant_id,
        to_number=phone,
        body=sms_text(code, ttl),
        status="queued",
        attempts=0,
        next_attempt_at=now,
        last_error="",
        created_at=now,
    )
    challenge = OtpChallenge(
        id=new_id(),
        tenant_id=tenant_id,
        purpose=purpose,
        signer_email=email,
        data_hash=content,
        scope=scope,
        phone_hint=phone[-2:],
        salt=salt,
        code_hash=_code_hash(key, salt, purpose, email, content, code),
        created_at=now,
        expires_at=now + ttl,
        attempts=0,
        max_attempts=max_attempts,
        sms_outbox_id=sms.id,
    )
    session.add(sms)
    session.flush()  # the SMS row first: the challenge refers to it
    session.add(challenge)
    session.flush()
    log.info("OTP challenge %s issued for purpose %s", challenge.id, purpose)
    return challenge


def verify_code(
    *,
    session: Session,
    challenge_id: str,
    code: str,
    signer_email: str,
    data_hash: str,
    secret_key: bytes | str,
    now: datetime,
) -> None:
    """Accept ``code`` for challenge ``challenge_id`` or raise a domain error saying why not.

    Refusals: NotFoundError (no such challenge), TransitionError (expired,
    already used), PermissionDenied (too many attempts, another signer, other
    content), ValidationError (wrong code, with the attempts left; a code
    that is not 6 digits, which costs no attempt).

    Transactions: every well-formed try counts as an attempt and is
    **committed before the code is compared**, so a wrong guess counts even
    though the caller's request then fails and rolls back. Call this before
    making other changes in ``session`` and not inside ``session.begin()``.
    On success the challenge is marked used in ``session``; commit that
    together with the signature it allows.
    """
    key = _key_bytes(secret_key)
    _require_aware(now)
    challenge = session.get(OtpChallenge, challenge_id, populate_existing=True)
    if challenge is None:
        raise NotFoundError(NOT_FOUND)
    _refuse_if_dead(challenge, now)
    digits = _normalise_code(code)

    _take_attempt(session, challenge, now)

    email = signer_email.strip().lower()
    content = _normalise_data_hash(data_hash) or ""
    actual = _code_hash(key, challenge.salt, challenge.purpose, email, content, digits)
    if not hmac.compare_digest(actual, challenge.code_hash):
        # The binding is part of the HMAC, so these mismatches can never pass;
        # they are told apart only to say plainly what went wrong.
        if email != challenge.signer_email:
            raise PermissionDenied(WRONG_SIGNER)
        if content != challenge.data_hash:
            raise PermissionDenied(WRONG_CONTENT)
        left = challenge.max_attempts - challenge.attempts
        if left <= 0:
            raise PermissionDenied(TOO_MANY_ATTEMPTS)
        plural = "attempt" if left == 1 else "attempts"
        raise ValidationError(f"Wrong code; {left} {plural} left", field="code")

    # Conditional update: of two concurrent tries with the right code, one wins.
    used = updated_rows(
        session,
        update(OtpChallenge)
        .where(OtpChallenge.id == challenge.id, OtpChallenge.used_at.is_(None))
        .values(used_at=now),
    )
    if used != 1:
        raise TransitionError(USED)
    session.refresh(challenge)
    log.info("OTP challenge %s used", challenge.id)


def normalise_phone(phone: str) -> str:
    """``phone`` in E.164 (``+46701234567``); spaces, dashes and brackets are dropped."""
    compact = _PHONE_SEPARATORS.sub("", phone or "")
    if not _E164.fullmatch(compact):
        raise ValidationError(
            "The phone number must be in international form, like +46701234567", field="phone"
        )
    return compact


def _take_attempt(session: Session, challenge: OtpChallenge, now: datetime) -> None:
    """Count one attempt atomically and commit it, or raise if none is left."""
    taken = updated_rows(
        session,
        update(OtpChallenge)
        .where(
            OtpChallenge.id == challenge.id,
            OtpChallenge.used_at.is_(None),
            OtpChallenge.attempts < OtpChallenge.max_attempts,
        )
        .values(attempts=OtpChallenge.attempts + 1),
    )
    session.commit()
    session.refresh(challenge)
    if taken != 1:  # a concurrent try used it up or spent the last attempt
        _refuse_if_dead(challenge, now)
        raise PermissionDenied(TOO_MANY_ATTEMPTS)


def _refuse_if_dead(challenge: OtpChallenge, now: datetime) -> None:
    if challenge.used_at is not None:
        raise TransitionError(USED)
    if challenge.attempts >= challenge.max_attempts:
        raise PermissionDenied(TOO_MANY_ATTEMPTS)
    if now >= challenge.expires_at:
        raise TransitionError(EXPIRED)


def _code_hash(key: bytes, salt: str, purpose: str, email: str, data_hash: str, code: str) -> str:
    # JSON keeps the fields apart unambiguously whatever they contain.
    message = json.dumps([salt, purpose, email, data_hash, code], separators=(",", ":"))
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).hexdigest()


def _normalise_code(code: str) -> str:
    digits = re.sub(r"\s", "", code or "")
    if len(digits) != CODE_DIGITS or not digits.isascii() or not digits.isdigit():
        raise ValidationError(f"The code is {CODE_DIGITS} digits", field="code")
    return digits


def _normalise_email(email: str) -> str:
    value = (email or "").strip().lower()
    if "@" not in value or len(value) > 254:
        raise ValidationError("The signer's e-mail address is not valid", field="signer_email")
    return value


def _normalise_data_hash(data_hash: str) -> str | None:
    value = (data_hash or "").strip().lower()
    return value if _DATA_HASH.fullmatch(value) else None


def _key_bytes(secret_key: bytes | str) -> bytes:
    key = secret_key.encode("utf-8") if isinstance(secret_key, str) else secret_key
    if len(key) < MIN_SECRET_KEY_BYTES:
        raise ValueError(f"the OTP secret key must be at least {MIN_SECRET_KEY_BYTES} bytes")
    return key


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware (use models.ids.utcnow())")
