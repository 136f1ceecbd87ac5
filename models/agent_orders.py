"""Agent orders: a customer's order of a connection through an agent (seed 004).

State machine of DOMAIN.md::

    ordered ─▶ agent_review ─▶ agent_approved ─▶ agent_attested ─▶ customer_attested ─▶ case_created
        └──────────┴──────────────┴─▶ rejected
                     ▲                  │                │
                     └──────────────────┴────────────────┘  an attestant declines

The person who approved as case handler may not attest the same order in
the same signed-in session (separation of duties).
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, SyncMixin
from models.errors import PermissionDenied, TransitionError, ValidationError


class OrderState(enum.StrEnum):
    ORDERED = "ordered"
    AGENT_REVIEW = "agent_review"
    AGENT_APPROVED = "agent_approved"
    REJECTED = "rejected"
    AGENT_ATTESTED = "agent_attested"
    CUSTOMER_ATTESTED = "customer_attested"
    CASE_CREATED = "case_created"


STATE_LABELS = {
    OrderState.ORDERED: "ordered",
    OrderState.AGENT_REVIEW: "in the agent's review",
    OrderState.AGENT_APPROVED: "approved by the agent",
    OrderState.REJECTED: "rejected",
    OrderState.AGENT_ATTESTED: "attested by the agent",
    OrderState.CUSTOMER_ATTESTED: "attested by the customer",
    OrderState.CASE_CREATED: "handed to the service desk",
}

#: The ``details`` keys naming the customer organisation's contacts who ordered and who
#: was chosen to attest (person ids, set when the order is placed).
ORDERED_BY_PERSON = "ordered_by_person_id"
CUSTOMER_ATTESTANT_PERSON = "customer_attestant_person_id"

#: The audit step of an attestant's decline (not a state: the order goes back to
#: ``agent_review``).
ATTEST_DECLINED = "attest_declined"


class SigningMethod(enum.StrEnum):
    SMS = "sms"
    BANKID = "bankid"


class AgentOrder(SyncMixin, Base):
    __tablename__ = "agent_order"

    number: Mapped[str] = mapped_column(String(40), index=True)
    agent_id: Mapped[str] = mapped_column(ForeignKey("agent.id"), index=True)
    customer_organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    service: Mapped[str] = mapped_column(String(200))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    ordered_by_name: Mapped[str] = mapped_column(String(200), default="")
    ordered_by_email: Mapped[str] = mapped_column(String(254), default="")
    customer_attestant_email: Mapped[str] = mapped_column(String(254), default="")
    state: Mapped[str] = mapped_column(String(30), default=OrderState.ORDERED, index=True)
    ordered_at: Mapped[datetime] = mapped_column()

    case_handler_email: Mapped[str | None] = mapped_column(String(254), default=None)
    review_started_at: Mapped[datetime | None] = mapped_column(default=None)
    terms_accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    terms_version: Mapped[str | None] = mapped_column(String(40), default=None)
    billing: Mapped[dict[str, Any]] = mapped_column(default=dict)
    attest_info: Mapped[dict[str, Any]] = mapped_column(default=dict)
    agent_attestant_email: Mapped[str | None] = mapped_column(String(254), default=None)
    approved_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Hash of the sign-in session the approval came from (separation of duties).
    approved_in_session: Mapped[str | None] = mapped_column(String(64), default=None)
    rejected_reason: Mapped[str] = mapped_column(Text, default="")
    rejected_by_email: Mapped[str | None] = mapped_column(String(254), default=None)
    agent_attested_at: Mapped[datetime | None] = mapped_column(default=None)
    customer_attested_at: Mapped[datetime | None] = mapped_column(default=None)
    case_number: Mapped[str | None] = mapped_column(String(40), default=None)
    case_created_at: Mapped[datetime | None] = mapped_column(default=None)
    #: The last time an attestant (the agent's or the customer's) declined to attest: why,
    #: who and when. The order went back to the case handler's review (issue 20).
    declined_reason: Mapped[str] = mapped_column(Text, default="")
    declined_by_email: Mapped[str | None] = mapped_column(String(254), default=None)
    declined_at: Mapped[datetime | None] = mapped_column(default=None)

    def _require(self, *states: OrderState, action: str) -> None:
        if self.state not in states:
            label = STATE_LABELS.get(OrderState(self.state), self.state)
            raise TransitionError(f"Cannot {action}: order {self.number} is {label}")

    def open_for_review(self, *, by_email: str, now: datetime) -> bool:
        """The case handler opens the order. Returns False if it was already open."""
        if self.state == OrderState.AGENT_REVIEW:
            return False
        self._require(OrderState.ORDERED, action="start the review")
        self.state = OrderState.AGENT_REVIEW
        self.case_handler_email = by_email
        self.review_started_at = now
        return True

    def approve_as_agent(
        self,
        *,
        by_email: str,
        session_hash: str,
        terms_accepted: bool,
        terms_version: str,
        billing: dict[str, Any],
        attest_info: dict[str, Any],
        attestant_email: str,
        now: datetime,
    ) -> None:
        """The case handler approves: terms, billing and attest info, attestant chosen."""
        self._require(OrderState.AGENT_REVIEW, action="approve")
        if not terms_accepted:
            raise ValidationError("The terms must be accepted", field="terms_accepted")
        for key in ("reference", "address"):
            if not str(billing.get(key, "")).strip():
                raise ValidationError(f"Billing {key} is missing", field=f"billing.{key}")
        if not attestant_email:
            raise ValidationError("Choose an attestant", field="attestant")
        self.state = OrderState.AGENT_APPROVED
        self.case_handler_email = by_email
        self.terms_accepted = True
        self.terms_version = terms_version
        self.billing = billing
        self.attest_info = attest_info
        self.agent_attestant_email = attestant_email
        self.approved_at = now
        self.approved_in_session = session_hash

    def reject(self, *, by_email: str, reason: str, now: datetime) -> None:
        self._require(
            OrderState.ORDERED,
            OrderState.AGENT_REVIEW,
            OrderState.AGENT_APPROVED,
            action="reject",
        )
        if not reason.strip():
            raise ValidationError("Give a reason for the rejection", field="reason")
        self.state = OrderState.REJECTED
        self.rejected_reason = reason
        self.rejected_by_email = by_email

    def attest_by_agent(self, *, by_email: str, session_hash: str, now: datetime) -> None:
        """The agent's chosen attestant signs."""
        self._require(OrderState.AGENT_APPROVED, action="attest for the agent")
        if by_email.lower() != (self.agent_attestant_email or "").lower():
            raise PermissionDenied(
                f"{by_email} is not the attestant chosen for order {self.number}"
            )
        if (
            by_email.lower() == (self.case_handler_email or "").lower()
            and session_hash == self.approved_in_session
        ):
            raise PermissionDenied(
                "You approved this order as case handler in this session; "
                "sign out and sign in again to attest it"
            )
        self.state = OrderState.AGENT_ATTESTED
        self.agent_attested_at = now

    def attest_by_customer(
        self, *, by_email: str, now: datetime, addresses: Collection[str] = ()
    ) -> None:
        """The customer's attestant signs. ``addresses``: every address of the person
        signing (their contact record's), none of which may be the orderer's."""
        self._require(OrderState.AGENT_ATTESTED, action="attest for the customer")
        details = self.details or {}
        orderer_person = details.get(ORDERED_BY_PERSON)
        if (self.ordered_by_email or "").lower() in {
            by_email.lower(),
            *(a.lower() for a in addresses),
        } or (orderer_person and orderer_person == details.get(CUSTOMER_ATTESTANT_PERSON)):
            # Seed 004: the customer's attestant is someone other than the one who ordered.
            raise PermissionDenied("The one who ordered an order may not also attest it")
        if by_email.lower() != self.customer_attestant_email.lower():
            raise PermissionDenied(
                f"{by_email} is not the customer's attestant for order {self.number}"
            )
        self.state = OrderState.CUSTOMER_ATTESTED
        self.customer_attested_at = now

    def create_case(self, *, case_number: str, now: datetime) -> None:
        self._require(OrderState.CUSTOMER_ATTESTED, action="open a service-desk case")
        self.state = OrderState.CASE_CREATED
        self.case_number = case_number
        self.case_created_at = now

    def decline_attest(self, *, by_email: str, reason: str, now: datetime) -> None:
        """The agent's chosen attestant declines to attest (seed 004 step 3.2, "avbryter"):
        the order goes back to the case handler's review, the attestant choice and the
        approval cleared; the handler corrects it and approves again, or rejects it."""
        self._require(OrderState.AGENT_APPROVED, action="decline the attestation")
        if by_email.lower() != (self.agent_attestant_email or "").lower():
            raise PermissionDenied(
                f"{by_email} is not the attestant chosen for order {self.number}"
            )
        self._back_to_review(by_email=by_email, reason=reason, now=now)

    def decline_customer_attest(self, *, by_email: str, reason: str, now: datetime) -> None:
        """The customer's attestant declines: back to the agent's case handler, as
        :meth:`decline_attest`; the agent's attestation no longer holds."""
        self._require(OrderState.AGENT_ATTESTED, action="decline the attestation")
        if by_email.lower() != self.customer_attestant_email.lower():
            raise PermissionDenied(
                f"{by_email} is not the customer's attestant for order {self.number}"
            )
        self._back_to_review(by_email=by_email, reason=reason, now=now)

    def _back_to_review(self, *, by_email: str, reason: str, now: datetime) -> None:
        if not reason.strip():
            raise ValidationError("Give a reason for declining", field="reason")
        self.state = OrderState.AGENT_REVIEW
        self.agent_attestant_email = None
        self.approved_in_session = None
        self.approved_at = None
        self.terms_accepted = False
        self.agent_attested_at = None
        self.declined_reason = reason
        self.declined_by_email = by_email
        self.declined_at = now

    @property
    def declined_in_review(self) -> bool:
        """True while the order is back in review because an attestant declined it."""
        return self.state == OrderState.AGENT_REVIEW and self.declined_at is not None


class AgentOrderStep(SyncMixin, Base):
    """The audit trail of an order: who did what, when, and the hash of what was signed."""

    __tablename__ = "agent_order_step"

    order_id: Mapped[str] = mapped_column(ForeignKey("agent_order.id"), index=True)
    state: Mapped[str] = mapped_column(String(30))
    actor_email: Mapped[str] = mapped_column(String(254), default="")
    at: Mapped[datetime] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")
    data_hash: Mapped[str | None] = mapped_column(String(64), default=None)


class Signature(SyncMixin, Base):
    """A signature on an order by SMS one-time code or BankID: method, signer's name,
    time and the hash of the signed data.

    What proves it (BankID's signature and OCSP response, the signer's
    personnummer, the SMS challenge) stays on the server, in
    ``server.signing.tables.SignatureEvidence``, read by administrators
    through an audited request.
    """

    __tablename__ = "signature"

    order_id: Mapped[str] = mapped_column(ForeignKey("agent_order.id"), index=True)
    role: Mapped[str] = mapped_column(String(30))  # agent_attestant | customer_attestant
    method: Mapped[str] = mapped_column(String(10))
    signer_email: Mapped[str] = mapped_column(String(254))
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signed_at: Mapped[datetime] = mapped_column()
    data_hash: Mapped[str] = mapped_column(String(64))


class AgentOrderSettings(SyncMixin, Base):
    """The tenant's agent-order settings (synced; one live row per tenant, set as a whole
    by ``agent_order_settings.set``; ``version`` counts each change): whether the case
    handler approves and rejects with a BankID signature (seed 004 step 1.14)."""

    __tablename__ = "agent_order_settings"

    version: Mapped[int] = mapped_column(Integer, default=1)
    handler_signs_with_bankid: Mapped[bool] = mapped_column(Boolean, default=False)


def agent_order_settings_of(session: Session, tenant_id: str) -> AgentOrderSettings | None:
    """The tenant's live agent-order settings (None: never set, every setting off)."""
    return session.scalars(
        select(AgentOrderSettings).where(
            AgentOrderSettings.tenant_id == tenant_id, AgentOrderSettings.deleted_at.is_(None)
        )
    ).first()


def is_updated(
    steps: Sequence[tuple[datetime, str]], *, seen_at: datetime | None, by_email: str
) -> bool:
    """Whether an order is an "updated case" (seed 004, "Uppdaterat ärende") for the user
    ``by_email`` who last opened it at ``seen_at``: its last step (``steps``: each step's
    time and actor's e-mail, in order) came after that and was not the user's own.

    An order the user never opened (``seen_at`` None) is not: what waits for them is in
    their "Action required" list. The server and the desktop both decide with this.
    """
    if seen_at is None or not steps:
        return False
    at, actor = steps[-1]
    return at > seen_at and actor.lower() != by_email.lower()
