"""Agent-order services on SQLite and PostgreSQL: the whole flow, its audit trail, and
every refusal (out of order, wrong role, wrong tenant, self-attest, code reuse)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from models.agent_orders import AgentOrderStep, OrderState, Signature
from models.errors import NotFoundError, PermissionDenied, TransitionError, ValidationError
from models.ids import utcnow
from server.services.agent_orders import orders as svc
from server.services.agent_orders import records, signing
from server.services.approval import issue_link
from server.signing.bankid import BankIdError
from server.tables import MailOutbox, Notification
from tests.agent_orders.builders import (
    Cast,
    add_order,
    approve,
    latest_sms_code,
    make_cast,
    order_state,
    reject,
)


def sign_agent_sms(cast: Cast, order_id: str, who: str = "attestant", token: str = "") -> None:
    principal = cast.principal_of(token) if token else cast.principal(who)
    sent = signing.AGENT_ATTEST.at(
        db=cast.db, settings=cast.settings, principal=principal, order_id=order_id, now=utcnow()
    ).start(method="sms")
    assert isinstance(sent, signing.SmsChallenge)
    signing.AGENT_ATTEST.at(
        db=cast.db, settings=cast.settings, principal=principal, order_id=order_id, now=utcnow()
    ).complete_sms(challenge_id=sent.challenge_id, code=latest_sms_code(cast.db, cast.phones[who]))


def customer_token(cast: Cast, order_id: str) -> str:
    """The token of the attest link mailed to the customer's attestant."""
    with cast.db.sessions() as s:
        body = s.scalar(
            select(MailOutbox.body_text).where(
                MailOutbox.related_id == order_id, MailOutbox.kind == "agent_order.customer_attest"
            )
        )
    assert body, "no attest mail to the customer"
    found = re.search(r"/agent-orders/attest/([\w-]+)", body)
    assert found
    return found.group(1)


def sign_customer_sms(cast: Cast, order_id: str, token: str) -> None:
    sent = signing.CUSTOMER_ATTEST.at(
        db=cast.db, settings=cast.settings, token=token, now=utcnow()
    ).start(method="sms")
    assert isinstance(sent, signing.SmsChallenge)
    order = order_state(cast.db, order_id)
    signing.CUSTOMER_ATTEST.at(
        db=cast.db, settings=cast.settings, token=token, now=utcnow()
    ).complete_sms(
        challenge_id=sent.challenge_id,
        code=latest_sms_code(cast.db, order.details["customer_attestant_phone"]),
    )


def test_whole_flow_leaves_an_audit_trail_with_hashes_signatures_and_notifications(
    cast: Cast,
) -> None:
    order_id = add_order(cast)
    ordered_hash = records.content_hash(order_state(cast.db, order_id))
    svc.open_review(
        db=cast.db,
        settings=cast.settings,
        principal=cast.principal("handler"),
        order_id=order_id,
        now=utcnow(),
    )
    approve(cast, order_id, "handler", cast.email("attestant"))
    approved_hash = records.content_hash(order_state(cast.db, order_id))
    assert approved_hash != ordered_hash  # the approval is part of what is signed
    sign_agent_sms(cast, order_id)
    assert order_state(cast.db, order_id).state == OrderState.AGENT_ATTESTED
    sign_customer_sms(cast, order_id, customer_token(cast, order_id))

    order = order_state(cast.db, order_id)
    assert order.state == OrderState.CASE_CREATED
    assert re.fullmatch(r"SD-\d{4}-\d{5}", order.case_number or "")
    with cast.db.sessions() as s:
        steps = list(
            s.scalars(
                select(AgentOrderStep)
                .where(AgentOrderStep.order_id == order_id)
                .order_by(AgentOrderStep.server_seq)
            )
        )
        signatures = list(s.scalars(select(Signature).where(Signature.order_id == order_id)))
        notes = list(s.scalars(select(Notification).where(Notification.related_id == order_id)))
        mails = list(s.scalars(select(MailOutbox).where(MailOutbox.related_id == order_id)))
    assert [st.state for st in steps] == [
        "ordered",
        "agent_review",
        "agent_approved",
        "agent_attested",
        "customer_attested",
        "case_created",
    ]
    assert [st.actor_email for st in steps] == [
        "kim@region-norr.se",
        cast.email("handler"),
        cast.email("handler"),
        cast.email("attestant"),
        "attest@region-norr.se",
        "system",
    ]
    assert [st.data_hash for st in steps] == [ordered_hash] * 2 + [approved_hash] * 4
    assert {(sig.role, sig.method, sig.signer_email, sig.data_hash) for sig in signatures} == {
        ("agent_attestant", "sms", cast.email("attestant"), approved_hash),
        ("customer_attestant", "sms", "attest@region-norr.se", approved_hash),
    }
    by_user = {(n.user_id, n.kind) for n in notes}
    assert (cast.users["attestant"].id, "agent_order.awaits_attest") in by_user
    assert (cast.users["handler"].id, "agent_order.start_connection") in by_user
    kinds = {m.kind for m in mails}
    assert {
        "agent_order.in_review",
        "agent_order.awaits_attest",
        "agent_order.customer_attest",
        "agent_order.start_connection",
        "agent_order.case_created",
    } <= kinds


def test_steps_out_of_order_are_refused_with_the_state(cast: Cast) -> None:
    ordered = add_order(cast)
    with pytest.raises(TransitionError, match=r"Cannot approve: order .* is ordered"):
        approve(cast, ordered, "handler", cast.email("attestant"))
    review = add_order(cast, state=OrderState.AGENT_REVIEW)
    with pytest.raises(TransitionError, match=r"Cannot attest for the agent: .* agent's review"):
        sign_agent_sms(cast, review)
    rejected = add_order(cast, state=OrderState.REJECTED)
    with pytest.raises(TransitionError, match="Cannot start the review: .* is rejected"):
        svc.open_review(
            db=cast.db,
            settings=cast.settings,
            principal=cast.principal("handler"),
            order_id=rejected,
            now=utcnow(),
        )
    approved = add_order(cast, state=OrderState.AGENT_APPROVED)
    with cast.db.transaction() as s:  # a link that should not exist yet
        early = issue_link(
            s,
            svc.CUSTOMER_ATTEST_LINK,
            tenant_id=cast.tenant_id,
            entity_id=approved,
            email="attest@region-norr.se",
            now=utcnow(),
        )
    with pytest.raises(TransitionError, match="Cannot attest for the customer: .* by the agent"):
        sign_customer_sms(cast, approved, early)
    sign_agent_sms(cast, approved)
    with pytest.raises(TransitionError, match="Cannot reject: .* attested by the agent"):
        reject(cast, approved, "handler")
    with cast.db.transaction() as s:
        order = records.load_order(s, tenant_id=cast.tenant_id, order_id=approved)
        with pytest.raises(TransitionError, match="Cannot open a service-desk case"):
            svc.create_case(session=s, settings=cast.settings, order=order, now=utcnow())
    assert order_state(cast.db, approved).state == OrderState.AGENT_ATTESTED


def test_wrong_roles_are_refused(cast: Cast) -> None:
    order_id = add_order(cast)
    with pytest.raises(PermissionDenied, match="Only a case handler of Nordisk Nätpartner AB"):
        svc.open_review(
            db=cast.db,
            settings=cast.settings,
            principal=cast.principal("viewer"),
            order_id=order_id,
            now=utcnow(),
        )
    # A case handler of the other agent: the order is not in its scope, so not found
    # (not "only a case handler of <agent> may ...", which would tell it the order exists).
    with pytest.raises(NotFoundError, match=f"Order {order_id} was not found"):
        svc.open_review(  # a case handler of the other agent
            db=cast.db,
            settings=cast.settings,
            principal=cast.principal("handler_b"),
            order_id=order_id,
            now=utcnow(),
        )
    svc.open_review(
        db=cast.db,
        settings=cast.settings,
        principal=cast.principal("handler"),
        order_id=order_id,
        now=utcnow(),
    )
    with pytest.raises(PermissionDenied, match="may approve"):
        approve(cast, order_id, "attestant", cast.email("attestant"))
    with pytest.raises(ValidationError, match="is not an attestant of Nordisk"):
        approve(cast, order_id, "handler", cast.email("attestant_b"))
    approve(cast, order_id, "handler", cast.email("attestant"))
    with pytest.raises(PermissionDenied, match="Only an attestant of Nordisk .* may attest"):
        sign_agent_sms(cast, order_id, who="handler")
    with pytest.raises(NotFoundError, match=f"Order {order_id} was not found"):
        sign_agent_sms(cast, order_id, who="attestant_b")
    with pytest.raises(PermissionDenied, match="is not the attestant chosen"):
        sign_agent_sms(cast, order_id, who="both")
    assert order_state(cast.db, order_id).state == OrderState.AGENT_APPROVED


def test_another_tenants_order_is_not_found(cast: Cast) -> None:
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    other = make_cast(cast.db, cast.settings)
    for who in ("handler", "attestant", "admin"):
        with pytest.raises(NotFoundError, match=f"Order {order_id} was not found"):
            svc.open_review(
                db=cast.db,
                settings=cast.settings,
                principal=other.principal(who),
                order_id=order_id,
                now=utcnow(),
            )
    with pytest.raises(NotFoundError):
        reject(other, order_id, "handler")
    with pytest.raises(NotFoundError):
        sign_agent_sms(other, order_id)
    assert order_state(cast.db, order_id).state == OrderState.AGENT_APPROVED


def test_approver_cannot_attest_in_the_same_session_but_can_after_signing_in_again(
    cast: Cast,
) -> None:
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    approve(cast, order_id, "both", cast.email("both"))
    with pytest.raises(PermissionDenied, match="approved this order as case handler in this"):
        sign_agent_sms(cast, order_id, who="both")
    # A code asked for in a new session does not help the old session either.
    fresh = cast.new_session("both")
    sent = signing.AGENT_ATTEST.at(
        db=cast.db,
        settings=cast.settings,
        principal=cast.principal_of(fresh),
        order_id=order_id,
        now=utcnow(),
    ).start(method="sms")
    assert isinstance(sent, signing.SmsChallenge)
    code = latest_sms_code(cast.db, cast.phones["both"])
    with pytest.raises(PermissionDenied, match="in this session"):
        signing.AGENT_ATTEST.at(
            db=cast.db,
            settings=cast.settings,
            principal=cast.principal("both"),
            order_id=order_id,
            now=utcnow(),
        ).complete_sms(challenge_id=sent.challenge_id, code=code)
    signing.AGENT_ATTEST.at(
        db=cast.db,
        settings=cast.settings,
        principal=cast.principal_of(fresh),
        order_id=order_id,
        now=utcnow(),
    ).complete_sms(challenge_id=sent.challenge_id, code=code)
    assert order_state(cast.db, order_id).state == OrderState.AGENT_ATTESTED


def test_sms_code_is_single_use_counts_wrong_tries_and_signs_only_its_purpose(
    cast: Cast,
) -> None:
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    principal = cast.principal("attestant")
    sent = signing.AGENT_ATTEST.at(
        db=cast.db, settings=cast.settings, principal=principal, order_id=order_id, now=utcnow()
    ).start(method="sms")
    assert isinstance(sent, signing.SmsChallenge)
    code = latest_sms_code(cast.db, cast.phones["attestant"])
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"

    def attest(code: str) -> None:
        signing.AGENT_ATTEST.at(
            db=cast.db, settings=cast.settings, principal=principal, order_id=order_id, now=utcnow()
        ).complete_sms(challenge_id=sent.challenge_id, code=code)

    with pytest.raises(ValidationError, match="Wrong code; 4 attempts left"):
        attest(wrong)
    attest(code)
    with pytest.raises(TransitionError, match="already been used"):
        attest(code)
    # The agent attestant's code cannot sign for the customer.
    token = customer_token(cast, order_id)
    with pytest.raises(NotFoundError, match="No such signing code"):
        signing.CUSTOMER_ATTEST.at(
            db=cast.db, settings=cast.settings, token=token, now=utcnow()
        ).complete_sms(challenge_id=sent.challenge_id, code=code)
    assert order_state(cast.db, order_id).state == OrderState.AGENT_ATTESTED


def test_only_the_orders_customer_attestant_can_attest_for_the_customer(cast: Cast) -> None:
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    sign_agent_sms(cast, order_id)
    with cast.db.transaction() as s:
        wrong = issue_link(
            s,
            svc.CUSTOMER_ATTEST_LINK,
            tenant_id=cast.tenant_id,
            entity_id=order_id,
            email="someone.else@region-norr.se",
            now=utcnow(),
        )
    with pytest.raises(PermissionDenied, match="is not the customer's attestant"):
        signing.CUSTOMER_ATTEST.at(
            db=cast.db, settings=cast.settings, token=wrong, now=utcnow()
        ).start(method="sms")
    assert order_state(cast.db, order_id).state == OrderState.AGENT_ATTESTED


def test_bankid_that_is_not_configured_is_refused_plainly(cast: Cast) -> None:
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    with pytest.raises(BankIdError, match="BankID is not configured"):
        signing.AGENT_ATTEST.at(
            db=cast.db,
            settings=cast.settings,
            principal=cast.principal("attestant"),
            order_id=order_id,
            now=utcnow(),
        ).start(method="bankid", bankid=signing.bankid_service(cast.settings))


def test_expired_invitation_and_customer_links_say_so(cast: Cast) -> None:
    now = utcnow()
    with cast.db.transaction() as s:
        token = issue_link(
            s,
            svc.INVITATION_LINK,
            tenant_id=cast.tenant_id,
            entity_id=cast.customer_id,
            email="kim@region-norr.se",
            now=now - timedelta(days=40),
        )
    with pytest.raises(svc.LinkProblem, match="expired .* Ask us for a new one"):
        svc.order_form(db=cast.db, token=token, now=now)
    with pytest.raises(svc.LinkProblem, match="not valid"):
        svc.order_form(db=cast.db, token="x" * 43, now=now)


ALLOWED = {
    "review": {OrderState.ORDERED, OrderState.AGENT_REVIEW},
    "approve": {OrderState.AGENT_REVIEW},
    "reject": {OrderState.ORDERED, OrderState.AGENT_REVIEW, OrderState.AGENT_APPROVED},
    "agent_attest": {OrderState.AGENT_APPROVED},
    "customer_attest": {OrderState.AGENT_ATTESTED},
}


def _order_in(cast: Cast, state: OrderState) -> str:
    if state in (OrderState.AGENT_ATTESTED, OrderState.CASE_CREATED):
        order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
        sign_agent_sms(cast, order_id)
        if state == OrderState.CASE_CREATED:
            sign_customer_sms(cast, order_id, customer_token(cast, order_id))
        return order_id
    return add_order(cast, state=state)


def _try(cast: Cast, action: str, order_id: str) -> None:
    if action == "review":
        svc.open_review(
            db=cast.db,
            settings=cast.settings,
            principal=cast.principal("handler"),
            order_id=order_id,
            now=utcnow(),
        )
    elif action == "approve":
        approve(cast, order_id, "handler", cast.email("attestant"))
    elif action == "reject":
        reject(cast, order_id, "handler")
    elif action == "agent_attest":
        signing.AGENT_ATTEST.at(
            db=cast.db,
            settings=cast.settings,
            principal=cast.principal("attestant"),
            order_id=order_id,
            now=utcnow(),
        ).start(method="sms")
    else:
        with cast.db.transaction() as s:
            token = issue_link(
                s,
                svc.CUSTOMER_ATTEST_LINK,
                tenant_id=cast.tenant_id,
                entity_id=order_id,
                email="attest@region-norr.se",
                now=utcnow(),
            )
        signing.CUSTOMER_ATTEST.at(
            db=cast.db, settings=cast.settings, token=token, now=utcnow()
        ).start(method="sms")


def test_every_step_is_refused_in_every_state_it_does_not_belong_to(cast: Cast) -> None:
    states = [s for s in OrderState if s != OrderState.CUSTOMER_ATTESTED]  # never at rest
    orders = {state: _order_in(cast, state) for state in states}
    for action, allowed in ALLOWED.items():
        for state in states:
            if state in allowed:
                continue
            before = order_state(cast.db, orders[state])
            with pytest.raises(TransitionError, match=rf"^Cannot .*: order {before.number} is"):
                _try(cast, action, orders[state])
            assert order_state(cast.db, orders[state]).state == state, (action, state)
