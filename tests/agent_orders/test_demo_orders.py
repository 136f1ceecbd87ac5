"""The demo tenant's agent orders can be taken on through the pages' services."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from models.agent_orders import AgentOrder, OrderState
from models.contacts import attestants
from models.ids import utcnow
from models.tenancy import Role, Tenant, User
from server.db import migrate
from server.demo.generate import DEMO_USERS, DemoSizes
from server.demo.seed import seed_demo
from server.services.agent_orders import case_lists, records, signing
from server.services.agent_orders import orders as svc
from server.services.auth import Principal, issue_token
from server.services.database import Database
from server.settings import Settings
from tests.agent_orders.builders import latest_sms_code
from tests.agent_orders.conftest import SECRET


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    migrate(url)
    db = Database(url)
    seed_demo(db, sizes=DemoSizes(organisations=20, persons=200, registrations=10, alumni=7))
    yield db
    db.dispose()


def _principal(db: Database, settings: Settings, role: Role) -> tuple[Principal, str]:
    email = DEMO_USERS[role][0]
    with db.transaction() as s:
        user = s.scalar(select(User).where(User.email == email))
        tenant = s.scalar(select(Tenant).where(Tenant.slug == "demo"))
        assert user is not None and tenant is not None and user.phone
        _, principal = issue_token(session=s, settings=settings, user=user, tenant=tenant)
        return principal, user.phone


def test_demo_case_handler_reviews_and_demo_attestant_signs_by_sms(demo_db: Database) -> None:
    settings = Settings(database_url="sqlite://", secret_key=SECRET)  # type: ignore[arg-type]
    handler, _ = _principal(demo_db, settings, Role.AGENT_CASE_HANDLER)
    attestant, phone = _principal(demo_db, settings, Role.ATTESTANT)
    with demo_db.sessions() as s:
        waiting = records.my_approvals(s, handler)
        to_attest = records.my_approvals(s, attestant)
        approved = s.scalar(select(AgentOrder).where(AgentOrder.state == OrderState.AGENT_APPROVED))
        assert approved is not None
        choices = [u.email for u in svc.attestant_choices(s, approved)]
    assert {o.state for o in waiting} == {OrderState.ORDERED, OrderState.AGENT_REVIEW}
    assert approved.id in {o.id for o in to_attest}
    assert attestant.email in choices
    ordered = next(o for o in waiting if o.state == OrderState.ORDERED)
    svc.open_review(
        db=demo_db, settings=settings, principal=handler, order_id=ordered.id, now=utcnow()
    )
    sent = signing.AGENT_ATTEST.at(
        db=demo_db, settings=settings, principal=attestant, order_id=approved.id, now=utcnow()
    ).start(method="sms")
    assert isinstance(sent, signing.SmsChallenge)
    signing.AGENT_ATTEST.at(
        db=demo_db, settings=settings, principal=attestant, order_id=approved.id, now=utcnow()
    ).complete_sms(challenge_id=sent.challenge_id, code=latest_sms_code(demo_db, phone))
    with demo_db.sessions() as s:
        after = s.get(AgentOrder, approved.id)
        assert after is not None and after.state == OrderState.AGENT_ATTESTED


def test_demo_customers_attest_through_their_attestant_contact_never_the_orderer(
    demo_db: Database,
) -> None:
    with demo_db.sessions() as s:
        orders = list(s.scalars(select(AgentOrder)))
        orgs = {o.customer_organisation_id for o in orders}
        offered = {
            org: [p.primary_email for p in attestants(s, orders[0].tenant_id, org)] for org in orgs
        }
    assert orders
    for order in orders:
        assert order.customer_attestant_email in offered[order.customer_organisation_id]
        assert order.customer_attestant_email != order.ordered_by_email, order.number


def test_the_demo_handler_has_updated_cases(demo_db: Database) -> None:
    settings = Settings(database_url="sqlite://", secret_key=SECRET)  # type: ignore[arg-type]
    handler, _ = _principal(demo_db, settings, Role.AGENT_CASE_HANDLER)
    with demo_db.sessions() as s:
        updated = case_lists.updated_cases(s, handler)
        waiting = case_lists.action_required(s, handler)
    later = {OrderState.AGENT_ATTESTED, OrderState.CUSTOMER_ATTESTED, OrderState.CASE_CREATED}
    assert updated and {o.state for o, _at in updated} <= later
    assert waiting and {o.state for o in waiting} == {OrderState.ORDERED, OrderState.AGENT_REVIEW}
