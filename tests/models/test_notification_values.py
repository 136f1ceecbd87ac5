"""A notification's values computed from local rows (issue 16, models/notification_values.py):
a registration's and a round's placeholders, rendered by a template as the preview shows them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.orm import Session

from models.agent_orders import AgentOrder
from models.courses import CourseRound, RoundSession
from models.errors import NotFoundError, ValidationError
from models.notification_values import ValueSource, source_of, values_for
from models.notifications import EVENTS, EventType, render
from models.organisations import Agent, Organisation
from tests import factories as f


def test_a_registration_gives_the_participant_round_and_manager_values(session: Session) -> None:
    tenant = f.tenant(session)
    manager = f.person(session, tenant.id, "Maria", "Chef", "maria@firm.se")
    reg = f.registration(session, tenant.id, manager=manager)
    reg.signup_answers = {"Allergies": "Nuts", "Days": ["Mon", "Tue"]}
    session.add(
        RoundSession(
            tenant_id=tenant.id, round_id=reg.round_id, day=date(2026, 9, 1),
            start_minute=9 * 60, end_minute=12 * 60 + 30, room="Sal 3",
        )
    )  # fmt: skip
    session.flush()

    created = values_for(
        session, "registration.created", reg.id, tenant="Kansliet", today=date(2026, 8, 20)
    )
    assert created["participant_name"] == "Erik Lund"
    assert created["participant_first_name"] == "Erik"
    assert created["recipient_name"] == "Erik Lund"
    assert created["course"] == "Ledarskap" and created["round"] == "Ledarskap HT26"
    assert created["tenant"] == "Kansliet"
    assert created["round_details"].splitlines() == [
        "Course: Ledarskap",
        "Course round: Ledarskap HT26",
        "Dates: 2026-09-01 – 2026-12-01",
        "Session: 2026-09-01 09:00–12:30 Sal 3",
    ]
    assert created["answers"] == "Allergies: Nuts\nDays: Mon, Tue"
    # Only the event type's own placeholders: no manager in a confirmation.
    assert set(created) <= set(EVENTS[EventType.REGISTRATION_CREATED].placeholders)
    assert "manager_name" not in created

    request = values_for(session, "registration.approval_requested", reg.id)
    assert request["recipient_name"] == request["manager_name"] == "Maria Chef"
    assert request["manager_email"] == "maria@firm.se"
    soon = values_for(session, "round.starts_soon", reg.id, today=date(2026, 8, 20))
    assert soon["days"] == "12"
    text = "Hej {participant_first_name}, {course} börjar om {days} dagar. /{tenant}"
    assert render(text, soon) == "Hej Erik, Ledarskap börjar om 12 dagar. /"


def test_the_round_details_are_in_the_callers_words_and_a_form_manager_is_named(
    session: Session,
) -> None:
    tenant = f.tenant(session)
    reg = f.registration(session, tenant.id, form_manager_email="chef@firm.se")
    reg.form_manager_name = "Karin Chef"
    round_ = session.get(CourseRound, reg.round_id)
    assert round_ is not None
    round_.place = "Uppsala"
    session.flush()
    labels = {"course": "Kurs", "round": "Kurstillfälle", "dates": "Datum", "place": "Plats",
              "session": "Pass"}  # fmt: skip
    values = values_for(session, "registration.approval_reminder", reg.id, labels=labels)
    assert values["round_details"].splitlines() == [
        "Kurs: Ledarskap",
        "Kurstillfälle: Ledarskap HT26",
        "Datum: 2026-09-01 – 2026-12-01",
        "Plats: Uppsala",
    ]
    assert (values["manager_name"], values["manager_email"]) == ("Karin Chef", "chef@firm.se")


def test_a_round_gives_the_values_of_round_opens(session: Session) -> None:
    tenant = f.tenant(session)
    round_ = f.course_round(session, tenant.id)
    assert source_of("round.opens") is ValueSource.ROUND
    values = values_for(session, "round.opens", round_.id, tenant="Kansliet")
    assert values == {
        "tenant": "Kansliet",
        "course": "Ledarskap",
        "round": "Ledarskap HT26",
        "round_details": "Course: Ledarskap\nCourse round: Ledarskap HT26\n"
        "Dates: 2026-09-01 – 2026-12-01",
    }


def test_every_event_type_names_its_source_and_the_others_are_refused(session: Session) -> None:
    sources = {kind: source_of(kind) for kind in EventType}
    assert sources[EventType.PAYMENT_INVOICE] is ValueSource.REGISTRATION
    assert sources[EventType.ROUND_EVALUATION] is ValueSource.REGISTRATION
    assert sources[EventType.USER_INVITATION] is None
    with pytest.raises(ValidationError) as refused:
        values_for(session, "user.invitation", "x")
    assert refused.value.params == {"event": "user.invitation"}
    with pytest.raises(NotFoundError):
        values_for(session, "registration.created", "no-such-row")
    with pytest.raises(NotFoundError):
        values_for(session, "round.opens", "no-such-row")


def test_an_agent_order_gives_the_values_of_its_steps(session: Session) -> None:
    tenant = f.tenant(session)
    customer = Organisation(tenant_id=tenant.id, name="Region Norr")
    agent_org = Organisation(tenant_id=tenant.id, name="Agent AB")
    session.add_all([customer, agent_org])
    session.flush()
    agent = Agent(tenant_id=tenant.id, organisation_id=agent_org.id, name="Agenten")
    session.add(agent)
    session.flush()
    order = AgentOrder(
        tenant_id=tenant.id, number="ORD-7", agent_id=agent.id,
        customer_organisation_id=customer.id, service="Anslutning",
        ordered_by_name="Kim Kund", customer_attestant_email="attest@region.se",
        ordered_at=datetime(2026, 11, 1, tzinfo=UTC), rejected_reason="Fel avtal",
    )  # fmt: skip
    session.add(order)
    session.flush()
    assert source_of("agent_order.rejected") is ValueSource.AGENT_ORDER
    assert source_of("agent_order.invitation") is None  # an invitation has no order yet
    values = values_for(session, "agent_order.rejected", order.id, tenant="Kansliet")
    assert values == {
        "tenant": "Kansliet",
        "recipient_name": "Kim Kund",
        "number": "ORD-7",
        "customer": "Region Norr",
        "agent": "Agenten",
        "service": "Anslutning",
        "reason": "Fel avtal",
    }
    ordered = values_for(session, "agent_order.ordered", order.id)
    assert ordered["attestant"] == "attest@region.se" and "reason" not in ordered
    with pytest.raises(NotFoundError):
        values_for(session, "agent_order.ordered", "no-such-order")
