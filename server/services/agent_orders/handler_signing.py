"""The case handler's decision signed with BankID (seed 004 step 1.14), when the tenant's
agent-order settings ask for it (:class:`models.agent_orders.AgentOrderSettings`).

Approve and Reject then start a BankID sign order (the adapter and polling of
:mod:`server.services.agent_orders.bankid`) instead of deciding at once. What is
signed is the decision: the order's content hash and the form's values (the
attestant, billing, terms) or the rejection's reason, hashed as canonical JSON;
the text BankID shows says the order's number, customer, service, approve or
reject and the reason. The decision is checked as far as it can be before
BankID is asked (the step is run and rolled back), kept on the signing row, and
takes effect only when the signature completes, in one transaction under the
tenant lock: BankID signed our hash, the signer's personnummer is the one
registered on the staff user (:attr:`models.tenancy.User.personnummer`), the
order is as it was, and the step is allowed; then the step, its
:class:`Signature` (role ``case_handler``) and its server-side evidence.
A cancelled, failed or expired signing leaves the order as it was.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy.orm import Session

from models.agent_orders import (
    AgentOrder,
    SigningMethod,
    agent_order_settings_of,
)
from models.errors import PermissionDenied, ValidationError
from models.tenancy import Role, User
from server.i18n import N_, gettext
from server.services.agent_orders import orders as core
from server.services.agent_orders import records
from server.services.agent_orders.bankid import (
    BankIdProgress,
    Signed,
    _configured,
    _signing_row,
    cancel_bankid,
    poll_bankid,
    start_signing,
)
from server.services.agent_orders.signers import Signer, Subject, add_signature
from server.services.auth import Principal
from server.services.database import Database
from server.settings import Settings
from server.signing.bankid import BankIdService

#: The role of a case handler's signature (and of their BankID signing rows).
CASE_HANDLER = "case_handler"
APPROVE, REJECT = "approve", "reject"

# The pages show these in the reader's language (server/locale).
NO_PERSONNUMMER = N_(
    "No personnummer is registered for you, so a BankID signature cannot be shown to be "
    "yours. Ask your administrator to add it."
)
NOT_YOURS = N_("This BankID is not yours: sign with your own BankID")
ORDER_CHANGED = N_("The order changed while it was being signed; start the signing again")
UNSIGNED_HERE = N_("Case handlers here decide without BankID; use the form")


def signs_with_bankid(db: Database, tenant_id: str) -> bool:
    """True if the tenant's case handlers approve and reject with BankID."""
    with db.sessions() as s:
        found = agent_order_settings_of(s, tenant_id)
        return bool(found and found.handler_signs_with_bankid)


def approval(form: dict[str, str]) -> dict[str, Any]:
    """The decision an approve form makes (what is signed, besides the order)."""
    return {
        "action": APPROVE,
        "terms_accepted": form.get("terms_accepted") == "yes",
        "terms_version": form.get("terms_version", ""),
        "billing": {
            "reference": form.get("billing_reference", ""),
            "address": form.get("billing_address", ""),
        },
        "attest_info": {
            "reference": form.get("attest_reference", ""),
            "note": form.get("attest_note", ""),
        },
        "attestant_email": form.get("attestant", "").strip().lower(),
    }


def rejection(form: dict[str, str]) -> dict[str, Any]:
    """The decision a reject form makes."""
    return {"action": REJECT, "reason": form.get("reason", "")}


def decision_of(action: str, form: dict[str, str]) -> dict[str, Any]:
    """The decision the form of ``action`` (:data:`APPROVE` or :data:`REJECT`) makes."""
    return approval(form) if action == APPROVE else rejection(form)


def decision_args(decision: dict[str, Any]) -> dict[str, Any]:
    """The decision's values as the approve or reject step takes them (all but its action)."""
    return {k: v for k, v in decision.items() if k != "action"}


def decision_hash(order: AgentOrder, decision: dict[str, Any]) -> str:
    """SHA-256 (hex) of what the case handler signs: the order's content and the decision,
    and where the order stands (its state and its last decline): a decision signed before
    another handler's approval was declined does not complete over the decline unseen."""
    standing = {
        "state": order.state,
        "declined_at": records.iso(order.declined_at),
        "declined_reason": order.declined_reason,
        "declined_by_email": order.declined_by_email,
    }
    signed = {"order": records.content_hash(order), "standing": standing, "decision": decision}
    return hashlib.sha256(records.canonical_json(signed)).hexdigest()


def visible_text(session: Session, order: AgentOrder, decision: dict[str, Any]) -> str:
    """What BankID shows the case handler, in the language of their page: the order,
    approve or reject, and the attestant or the reason."""
    customer, agent_name, _tenant = records.names_of(session, order)
    values = {"number": order.number, "customer": customer, "service": order.service}
    values["agent"] = agent_name
    if decision["action"] == APPROVE:
        text = gettext(
            "I approve order {number} for {customer}: {service} through {agent}. "
            "Attestant: {attestant}."
        )
        return text.format(**values, attestant=decision["attestant_email"])
    text = gettext(
        "I reject order {number} for {customer}: {service} through {agent}. Reason: {reason}"
    )
    return text.format(**values, reason=decision["reason"])


def _decide(
    s: Session, settings: Settings, principal: Principal, order_id: str, decision: dict[str, Any]
) -> AgentOrder:
    """Take the decision's step in ``s`` (the caller commits or rolls back)."""
    values = decision_args(decision)
    now = values.pop("now")
    if decision["action"] == APPROVE:
        return core.approve_in(s, settings, principal, order_id, now=now, **values)
    return core.reject_in(s, settings, principal, order_id, now=now, **values)


def _subject(principal: Principal, order_id: str) -> Subject:
    def load(s: Session, _now: datetime) -> tuple[AgentOrder, Signer]:
        order = records.load_order(s, tenant_id=principal.tenant_id, order_id=order_id)
        records.require_agent_role(s, principal, order, Role.AGENT_CASE_HANDLER, "review")
        signer = Signer(
            role=CASE_HANDLER,
            email=principal.email,
            name=principal.display_name,
            phone=None,
            user_id=principal.user_id,
            session_hash=principal.token_hash,
        )
        return order, signer

    return Subject(principal.tenant_id, load, lambda *_: None)


@dataclass(frozen=True)
class HandlerSigning:
    """The case handler ``principal``'s BankID signing of a decision on ``order_id``."""

    db: Database
    settings: Settings
    principal: Principal
    order_id: str
    bankid: BankIdService | None

    @property
    def subject(self) -> Subject:
        return _subject(self.principal, self.order_id)

    def start(self, decision: dict[str, Any], *, end_user_ip: str, now: datetime) -> BankIdProgress:
        """Check the decision (the step is run and rolled back) and the signer's
        personnummer, then start the BankID sign order of it."""
        bankid = _configured(self.bankid)
        if not signs_with_bankid(self.db, self.principal.tenant_id):
            raise PermissionDenied(UNSIGNED_HERE)
        with self.db.sessions() as s:
            user = s.get(User, self.principal.user_id)
            if user is None or not user.personnummer:
                raise ValidationError(NO_PERSONNUMMER, field="personnummer")
            try:
                order = _decide(
                    s, self.settings, self.principal, self.order_id, decision | {"now": now}
                )
                text = visible_text(s, order, decision)
            finally:
                s.rollback()  # nothing of the trial may stay, also not in the identity map
            order, signer = self.subject.load(s, now)
            data_hash = decision_hash(order, decision)
        return start_signing(
            self.db,
            bankid,
            self.principal.tenant_id,
            self.order_id,
            signer,
            visible=text,
            data_hash=data_hash,
            end_user_ip=end_user_ip,
            now=now,
            decision=decision,
        )

    def poll(self, signing_id: str, now: datetime) -> BankIdProgress:
        """Collect the signing (at most every 2 s); the decision takes effect once the
        signature is complete and the signer's."""
        record = partial(_record, self.settings, self.principal, now)
        return poll_bankid(
            self.db, self.subject, self.bankid, signing_id=signing_id, now=now, record=record
        )

    def cancel(self, signing_id: str, now: datetime) -> None:
        cancel_bankid(self.db, self.subject, self.bankid, signing_id, now)

    def decision(self, signing_id: str, now: datetime) -> dict[str, Any]:
        """What the signing ``signing_id`` decides (its ``action``: approve or reject)."""
        with self.db.sessions() as s:
            order, signer = self.subject.load(s, now)
            row = _signing_row(s, self.subject, order, signer, signing_id)
            return dict(row.decision or {})


def _record(
    settings: Settings,
    principal: Principal,
    now: datetime,
    s: Session,
    order: AgentOrder,
    signer: Signer,
    signed: Signed,
) -> None:
    """The decision a completed signing records: signed by the BankID of the staff user's
    own personnummer, over the order as it still is; the step, its signature and evidence."""
    user = s.get(User, principal.user_id)
    if user is None or not user.personnummer or user.personnummer != signed.personnummer:
        raise PermissionDenied(NOT_YOURS)
    decision = dict(signed.row.decision or {})
    data_hash = decision_hash(order, decision)
    if data_hash != signed.row.data_hash:
        raise ValidationError(ORDER_CHANGED, field="data_hash")
    order = _decide(s, settings, principal, order.id, decision | {"now": now})
    evidence = signed.evidence | {"decision": decision}
    method, pnr = SigningMethod.BANKID, signed.personnummer
    add_signature(s, order, signer, method, now, data_hash, signed.name, pnr, evidence)
