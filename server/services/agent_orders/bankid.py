"""Attesting an agent order with BankID (RP API v6 through the adapter of
:mod:`server.signing.bankid`): start a sign order bound to the order's data hash,
collect it at most every two seconds while the page polls (drawing the animated
QR code), and sign once BankID says complete and the signed data is ours.
"""

from __future__ import annotations

import base64
import binascii
import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from models.agent_orders import AgentOrder, SigningMethod
from models.errors import DomainError, NotFoundError
from server.i18n import N_, gettext
from server.services.agent_orders import records
from server.services.agent_orders.signers import (
    AGENT_ATTESTANT,
    Signer,
    Subject,
    dry_run,
    record_signature,
)
from server.services.database import Database
from server.services.seq import lock_tenant
from server.signing.bankid import (
    COLLECT_INTERVAL_S,
    COMPLETE_MESSAGE,
    HINT_MESSAGES,
    BankIdError,
    BankIdOrder,
    BankIdService,
)
from server.sql import updated_rows
from server.tables import BankIdSigning

log = logging.getLogger(__name__)

SIGNED_OTHER_DATA = N_("BankID signed other data; start again")
BANKID_NOT_CONFIGURED = "Signing with BankID is not configured on this server; use an SMS code"


class BankIdNotConfigured(BankIdError):
    """BankID was asked for on a server without a BankID relying-party certificate."""

    code = "bankid_not_configured"


#: A little under BankID's two seconds, so a page polling every second collects every other time.
_COLLECT_SPACING = timedelta(seconds=COLLECT_INTERVAL_S - 0.2)


# -- BankID -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BankIdProgress:
    """Where a BankID signing is: what to tell the user, the QR code while pending."""

    signing_id: str
    status: str  # pending | complete | failed | cancelled
    message: str
    auto_start_token: str = ""
    qr_data: str | None = None

    @property
    def done(self) -> bool:
        return self.status != "pending"


def _bank_order(row: BankIdSigning) -> BankIdOrder:
    """The started order the row keeps (its columns are named as the order's fields)."""
    return BankIdOrder(**{f.name: getattr(row, f.name) for f in fields(BankIdOrder)})


def _progress(row: BankIdSigning, bankid: BankIdService, now: datetime) -> BankIdProgress:
    pending = row.status == "pending"
    return BankIdProgress(
        signing_id=row.id,
        status=row.status,
        message=row.message,
        auto_start_token=row.auto_start_token if pending else "",
        qr_data=bankid.qr_data(_bank_order(row), now) if pending else None,
    )


def _visible_text(session: Session, order: AgentOrder, signer: Signer) -> str:
    """What BankID shows the attestant (the agent's or the customer's), in the language of
    their page (the request's: the staff page's, the customer's attest page's)."""
    customer, agent_name, _ = records.names_of(session, order)
    who = agent_name if signer.role == AGENT_ATTESTANT else customer
    text = gettext("I attest order {number} for {who}: {service} for {customer} through {agent}.")
    return text.format(
        number=order.number, who=who, service=order.service, customer=customer, agent=agent_name
    )


@dataclass(frozen=True)
class Signed:
    """A completed BankID signing, as its recording sees it: who BankID says signed (their
    ``name`` and ``personnummer``) and the ``evidence`` kept of it."""

    row: BankIdSigning
    name: str
    personnummer: str | None
    evidence: dict[str, Any]


#: Records a completed signing in its transaction (session, order, signer, the signing);
#: a DomainError fails the signing and leaves the order as it was.
Record = Callable[[Session, AgentOrder, Signer, Signed], None]


def _configured(bankid: BankIdService | None) -> BankIdService:
    """The BankID adapter, or BankIdNotConfigured when the server has none."""
    if bankid is None:
        raise BankIdNotConfigured(BANKID_NOT_CONFIGURED)
    return bankid


def start_bankid(
    db: Database,
    subject: Subject,
    bankid: BankIdService | None,
    *,
    end_user_ip: str,
    now: datetime,
) -> BankIdProgress:
    bankid = _configured(bankid)
    with db.sessions() as s:
        order, signer = subject.load(s, now)
        visible = _visible_text(s, order, signer)
        order_id = order.id
        data_hash = dry_run(s, order, signer, now)
    return start_signing(
        db,
        bankid,
        subject.tenant_id,
        order_id,
        signer,
        visible=visible,
        data_hash=data_hash,
        end_user_ip=end_user_ip,
        now=now,
    )


def start_signing(
    db: Database,
    bankid: BankIdService,
    tenant_id: str,
    order_id: str,
    signer: Signer,
    *,
    visible: str,
    data_hash: str,
    end_user_ip: str,
    now: datetime,
    decision: dict[str, Any] | None = None,
) -> BankIdProgress:
    """Start the BankID sign order of ``data_hash`` (``visible`` the text shown) and keep
    it, pending, with what it is for; call it outside any transaction (it asks BankID)."""
    started = bankid.start_sign(
        end_user_ip=end_user_ip, user_visible_data=visible, user_non_visible_data=data_hash
    )
    with db.transaction() as s:
        row = BankIdSigning(
            tenant_id=tenant_id,
            order_id=order_id,
            role=signer.role,
            signer_email=signer.email,
            user_id=signer.user_id,
            data_hash=data_hash,
            decision=decision,
            **asdict(started),
            status="pending",
            message=HINT_MESSAGES["outstandingTransaction"],
        )
        s.add(row)
        s.flush()
        return _progress(row, bankid, now)


def _signing_row(
    s: Session, subject: Subject, order: AgentOrder, signer: Signer, signing_id: str
) -> BankIdSigning:
    """The signer's own signing ``signing_id`` of ``order`` (another order's is not
    found: its URL may not poll, complete or cancel a signing of a different order)."""
    row = (
        s.get(BankIdSigning, signing_id, populate_existing=True)
        if records.is_id(signing_id)
        else None
    )
    if (
        row is None
        or row.tenant_id != subject.tenant_id
        or row.order_id != order.id
        or row.role != signer.role
        or row.signer_email != signer.email
        or row.user_id != signer.user_id
    ):
        raise NotFoundError("No such BankID signing; start the signing again")
    return row


def signed_hash(completion: dict[str, Any]) -> str | None:
    """The ``usrNonVisibleData`` BankID signed (our data hash), from the signature XML."""
    try:
        xml = base64.b64decode(str(completion.get("signature", "")), validate=True)
        root = ET.fromstring(xml)  # noqa: S314  (BankID's answer over mutual TLS)
    except (binascii.Error, ValueError, ET.ParseError):
        return None
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == "usrNonVisibleData" and element.text:
            try:
                return base64.b64decode(element.text.strip(), validate=True).decode()
            except (binascii.Error, ValueError):
                return None
    return None


def _finish(
    db: Database, signing_id: str, status: str, message: str, hint: str, now: datetime
) -> None:
    with db.transaction() as s:
        s.execute(
            update(BankIdSigning)
            .where(BankIdSigning.id == signing_id, BankIdSigning.status == "pending")
            .values(status=status, message=message, hint_code=hint[:40], finished_at=now)
            .execution_options(synchronize_session=False)
        )


def poll_bankid(
    db: Database,
    subject: Subject,
    bankid: BankIdService | None,
    *,
    signing_id: str,
    now: datetime,
    record: Record | None = None,
) -> BankIdProgress:
    """Collect the signing (at most every two seconds); on BankID's "complete",
    ``record`` records the signature (the attest by default)."""
    bankid = _configured(bankid)
    with db.sessions() as s:
        order, signer = subject.load(s, now)
        row = _signing_row(s, subject, order, signer, signing_id)
        if row.status != "pending":
            return _progress(row, bankid, now)
        # Claim this collect: at most one every two seconds, never two at once.
        claimed = updated_rows(
            s,
            update(BankIdSigning)
            .where(
                BankIdSigning.id == row.id,
                BankIdSigning.status == "pending",
                or_(
                    BankIdSigning.last_collected_at.is_(None),
                    BankIdSigning.last_collected_at <= now - _COLLECT_SPACING,
                ),
            )
            .values(last_collected_at=now),
        )
        s.commit()
        if claimed != 1:
            return _progress(row, bankid, now)
        order_ref = row.order_ref
        expected_hash = row.data_hash
    try:
        status = bankid.collect(order_ref)
    except BankIdError as exc:
        _finish(db, signing_id, "failed", exc.message, "", now)
        return _reload(db, signing_id, bankid, now)
    if status.status == "pending":
        with db.transaction() as s:
            s.execute(
                update(BankIdSigning)
                .where(BankIdSigning.id == signing_id, BankIdSigning.status == "pending")
                .values(message=status.message, hint_code=(status.hint_code or "")[:40])
                .execution_options(synchronize_session=False)
            )
    elif status.status == "failed":
        _finish(db, signing_id, "failed", status.message, status.hint_code or "", now)
    else:
        _complete_bankid(
            db,
            subject,
            signing_id,
            status.completion_data or {},
            expected_hash,
            now,
            record or partial(_attest, subject, now, expected_hash),
        )
    return _reload(db, signing_id, bankid, now)


def completion_evidence(
    completion: dict[str, Any], signing_id: str
) -> tuple[str, str | None, dict[str, Any]]:
    """The signer's name and personnummer in BankID's completion data, and the evidence
    kept of it: server-side only (never synced), what BankID returned, for an
    administrator's audited read (the personnummer is kept beside it)."""
    user = completion.get("user") or {}
    personal_number = str(user.get("personalNumber") or "")[:12] or None
    name = str(user.get("name") or "")[:200]
    evidence = {
        "name": name,
        "bankid_issue_date": completion.get("bankIdIssueDate"),
        "signature": completion.get("signature"),
        "ocsp_response": completion.get("ocspResponse"),
        "signing_id": signing_id,
    }
    return name, personal_number, evidence


def _complete_bankid(
    db: Database,
    subject: Subject,
    signing_id: str,
    completion: dict[str, Any],
    expected_hash: str,
    now: datetime,
    record: Record,
) -> None:
    """Once BankID says complete: BankID signed our hash, the signing is still pending,
    and ``record`` records it, all in one transaction under the tenant lock."""
    if signed_hash(completion) != expected_hash:
        log.error("BankID signing %s: the signature is not of the data hash", signing_id)
        _finish(db, signing_id, "failed", SIGNED_OTHER_DATA, "", now)
        return
    name, personal_number, evidence = completion_evidence(completion, signing_id)
    try:
        with db.transaction() as s:
            lock_tenant(s, subject.tenant_id)
            order, signer = subject.load(s, now)
            row = _signing_row(s, subject, order, signer, signing_id)
            if row.status != "pending":
                return
            record(s, order, signer, Signed(row, name, personal_number, evidence))
            row.status, row.message, row.finished_at = "complete", COMPLETE_MESSAGE, now
    except DomainError as exc:
        _finish(db, signing_id, "failed", exc.message, "", now)


def _attest(
    subject: Subject,
    now: datetime,
    expected_hash: str,
    s: Session,
    order: AgentOrder,
    signer: Signer,
    signed: Signed,
) -> None:
    """The attest a completed signing records (:func:`record_signature`)."""
    record_signature(
        s,
        subject,
        order,
        signer,
        SigningMethod.BANKID,
        signed.evidence,
        now,
        expected_hash,
        signer_name=signed.name,
        personnummer=signed.personnummer,
    )


def _reload(db: Database, signing_id: str, bankid: BankIdService, now: datetime) -> BankIdProgress:
    with db.sessions() as s:
        row = s.get(BankIdSigning, signing_id)
        assert row is not None
        return _progress(row, bankid, now)


def cancel_bankid(
    db: Database, subject: Subject, bankid: BankIdService | None, signing_id: str, now: datetime
) -> None:
    bankid = _configured(bankid)
    with db.sessions() as s:
        order, signer = subject.load(s, now)
        row = _signing_row(s, subject, order, signer, signing_id)
        pending, order_ref = row.status == "pending", row.order_ref
    if pending:
        _finish(db, signing_id, "cancelled", N_("Signing cancelled."), "", now)
        try:
            bankid.cancel(order_ref)
        except BankIdError:
            log.warning("BankID signing %s: cancel not confirmed", signing_id)
