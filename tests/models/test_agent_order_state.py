"""The agent order state machine (seed 004, DOMAIN.md)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models import AgentOrder, OrderState
from models.agent_orders import is_updated
from models.errors import PermissionDenied, TransitionError, ValidationError

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
BILLING = {"reference": "Ref 123", "address": "Box 1, 111 11 Stockholm"}


def order(state: OrderState = OrderState.ORDERED) -> AgentOrder:
    return AgentOrder(
        tenant_id="t",
        number="ORD-1",
        agent_id="a",
        customer_organisation_id="c",
        service="Anslutning",
        ordered_at=NOW,
        customer_attestant_email="kund@region.se",
        state=state,
    )


def approve(o: AgentOrder, **kw: Any) -> None:
    args: dict[str, Any] = {
        "by_email": "handler@agent.se",
        "session_hash": "s1",
        "terms_accepted": True,
        "terms_version": "3",
        "billing": BILLING,
        "attest_info": {"cost_centre": "100"},
        "attestant_email": "attest@agent.se",
        "now": NOW,
    }
    args.update(kw)
    o.approve_as_agent(**args)


def test_whole_flow_in_order() -> None:
    o = order()
    assert o.open_for_review(by_email="handler@agent.se", now=NOW) is True
    assert o.open_for_review(by_email="handler@agent.se", now=NOW) is False
    approve(o)
    assert o.state == OrderState.AGENT_APPROVED
    o.attest_by_agent(by_email="attest@agent.se", session_hash="s2", now=NOW)
    o.attest_by_customer(by_email="KUND@region.se", now=NOW)
    o.create_case(case_number="CS-1", now=NOW)
    assert o.state == OrderState.CASE_CREATED
    assert o.case_number == "CS-1"


@pytest.mark.parametrize(
    "state",
    [
        OrderState.ORDERED,
        OrderState.AGENT_APPROVED,
        OrderState.REJECTED,
        OrderState.AGENT_ATTESTED,
        OrderState.CASE_CREATED,
    ],
)
def test_approve_only_in_review(state: OrderState) -> None:
    with pytest.raises(TransitionError, match="Cannot approve: order ORD-1 is"):
        approve(order(state))


def test_approval_needs_terms_billing_and_attestant() -> None:
    o = order(OrderState.AGENT_REVIEW)
    with pytest.raises(ValidationError, match="terms must be accepted"):
        approve(o, terms_accepted=False)
    with pytest.raises(ValidationError, match="Billing reference is missing"):
        approve(o, billing={"address": "x"})
    with pytest.raises(ValidationError, match="Choose an attestant"):
        approve(o, attestant_email="")
    assert o.state == OrderState.AGENT_REVIEW


def test_only_the_chosen_attestant_attests() -> None:
    o = order(OrderState.AGENT_REVIEW)
    approve(o)
    with pytest.raises(PermissionDenied, match="not the attestant chosen"):
        o.attest_by_agent(by_email="someone@agent.se", session_hash="s9", now=NOW)


def test_case_handler_cannot_attest_in_the_same_session() -> None:
    o = order(OrderState.AGENT_REVIEW)
    approve(o, attestant_email="handler@agent.se")
    with pytest.raises(PermissionDenied, match="sign out and sign in again"):
        o.attest_by_agent(by_email="handler@agent.se", session_hash="s1", now=NOW)
    o.attest_by_agent(by_email="handler@agent.se", session_hash="s2", now=NOW)
    assert o.state == OrderState.AGENT_ATTESTED


def test_customer_attest_needs_agent_attest_and_the_right_person() -> None:
    o = order(OrderState.AGENT_APPROVED)
    with pytest.raises(TransitionError, match="attest for the customer"):
        o.attest_by_customer(by_email="kund@region.se", now=NOW)
    o = order(OrderState.AGENT_ATTESTED)
    with pytest.raises(PermissionDenied, match="not the customer's attestant"):
        o.attest_by_customer(by_email="other@region.se", now=NOW)


def test_the_orderer_may_not_attest_for_the_customer() -> None:
    o = order(OrderState.AGENT_ATTESTED)
    o.ordered_by_email = "Kim@Region.se"
    o.customer_attestant_email = "kim@region.se"  # an order made before the form refused it
    with pytest.raises(PermissionDenied, match="who ordered an order may not also attest"):
        o.attest_by_customer(by_email="kim@region.se", now=NOW)
    assert o.state == OrderState.AGENT_ATTESTED
    o.customer_attestant_email = "kund@region.se"
    o.attest_by_customer(by_email="kund@region.se", now=NOW)
    assert o.state == OrderState.CUSTOMER_ATTESTED


def test_an_order_is_updated_when_its_last_step_is_someone_elses_after_i_looked() -> None:
    seen = NOW
    later, earlier = NOW + timedelta(minutes=5), NOW - timedelta(minutes=5)
    me = "Lisa@agent.se"
    assert is_updated([(earlier, "kim@r.se"), (later, "omar@agent.se")], seen_at=seen, by_email=me)
    assert not is_updated(
        [(later, "omar@agent.se"), (later, "lisa@agent.se")], seen_at=seen, by_email=me
    )
    assert not is_updated([(earlier, "omar@agent.se")], seen_at=seen, by_email=me)
    assert not is_updated([(later, "omar@agent.se")], seen_at=None, by_email=me)
    assert not is_updated([], seen_at=seen, by_email=me)


@pytest.mark.parametrize("state", [s for s in OrderState if s != OrderState.CUSTOMER_ATTESTED])
def test_case_only_after_customer_attest(state: OrderState) -> None:
    with pytest.raises(TransitionError):
        order(state).create_case(case_number="CS", now=NOW)


@pytest.mark.parametrize(
    "state", [OrderState.ORDERED, OrderState.AGENT_REVIEW, OrderState.AGENT_APPROVED]
)
def test_reject_before_attest(state: OrderState) -> None:
    o = order(state)
    with pytest.raises(ValidationError, match="reason"):
        o.reject(by_email="h@agent.se", reason=" ", now=NOW)
    o.reject(by_email="h@agent.se", reason="Fel tjänst", now=NOW)
    assert o.state == OrderState.REJECTED


@pytest.mark.parametrize(
    "state",
    [
        OrderState.REJECTED,
        OrderState.AGENT_ATTESTED,
        OrderState.CUSTOMER_ATTESTED,
        OrderState.CASE_CREATED,
    ],
)
def test_reject_refused_after_attest(state: OrderState) -> None:
    with pytest.raises(TransitionError, match="Cannot reject"):
        order(state).reject(by_email="h@agent.se", reason="late", now=NOW)


@pytest.mark.parametrize(
    "state", [s for s in OrderState if s not in (OrderState.ORDERED, OrderState.AGENT_REVIEW)]
)
def test_review_cannot_restart(state: OrderState) -> None:
    with pytest.raises(TransitionError, match="start the review"):
        order(state).open_for_review(by_email="h@agent.se", now=NOW)


def test_the_agents_attestant_declines_back_to_the_case_handlers_review() -> None:
    o = order(OrderState.AGENT_REVIEW)
    approve(o)
    with pytest.raises(PermissionDenied, match="not the attestant chosen"):
        o.decline_attest(by_email="other@agent.se", reason="Fel", now=NOW)
    with pytest.raises(ValidationError, match="Give a reason for declining") as caught:
        o.decline_attest(by_email="ATTEST@agent.se", reason="  ", now=NOW)
    assert caught.value.field == "reason"
    assert o.state == OrderState.AGENT_APPROVED
    o.decline_attest(by_email="ATTEST@agent.se", reason="Fel faktureringsadress", now=NOW)
    assert o.state == OrderState.AGENT_REVIEW and o.declined_in_review
    assert (o.agent_attestant_email, o.approved_in_session, o.approved_at) == (None, None, None)
    assert not o.terms_accepted and o.billing == BILLING  # kept for the handler to correct
    assert (o.declined_reason, o.declined_by_email, o.declined_at) == (
        "Fel faktureringsadress",
        "ATTEST@agent.se",
        NOW,
    )
    # The handler approves again with another attestant, who attests.
    approve(o, attestant_email="annan@agent.se", session_hash="s3")
    assert o.state == OrderState.AGENT_APPROVED and not o.declined_in_review
    o.attest_by_agent(by_email="annan@agent.se", session_hash="s4", now=NOW)
    assert o.state == OrderState.AGENT_ATTESTED


def test_the_customers_attestant_declines_back_to_the_agents_case_handler() -> None:
    o = order(OrderState.AGENT_ATTESTED)
    with pytest.raises(PermissionDenied, match="not the customer's attestant"):
        o.decline_customer_attest(by_email="other@region.se", reason="Fel", now=NOW)
    o.agent_attested_at = NOW
    o.decline_customer_attest(by_email="kund@region.se", reason="Fel tjänst", now=NOW)
    assert o.state == OrderState.AGENT_REVIEW and o.agent_attested_at is None
    assert o.declined_by_email == "kund@region.se"


@pytest.mark.parametrize("state", [s for s in OrderState if s != OrderState.AGENT_APPROVED])
def test_only_an_approved_order_can_be_declined_by_the_agents_attestant(
    state: OrderState,
) -> None:
    o = order(state)
    o.agent_attestant_email = "attest@agent.se"
    with pytest.raises(TransitionError, match="Cannot decline the attestation"):
        o.decline_attest(by_email="attest@agent.se", reason="Fel", now=NOW)
    assert o.state == state


@pytest.mark.parametrize("state", [s for s in OrderState if s != OrderState.AGENT_ATTESTED])
def test_only_an_agent_attested_order_can_be_declined_by_the_customer(state: OrderState) -> None:
    with pytest.raises(TransitionError, match="Cannot decline the attestation"):
        order(state).decline_customer_attest(by_email="kund@region.se", reason="Fel", now=NOW)
