"""Message templates (issue 16): event types and their placeholders, checked when a template
is saved; message_template.create / edit / publish and the published version."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from models.agent_orders import OrderState
from models.commands import build
from models.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    TransitionError,
    ValidationError,
)
from models.ids import new_id
from models.notifications import (
    EVENTS,
    EventType,
    MessageTemplate,
    check_text,
    placeholders,
    render,
)
from models.tenancy import Role
from tests import factories as f


def run(session: Session, name: str, args: dict[str, Any], tenant_id: str, *roles: str) -> None:
    build(name, 1, args, id=new_id()).apply(session, f.actor(tenant_id, *(roles or (Role.ADMIN,))))


def _create(session: Session, tenant_id: str, **values: Any) -> str:
    tid = new_id()
    args = {
        "template_id": tid,
        "event_type": "registration.created",
        "name": "Bekräftelse",
        "language": "sv",
        **values,
    }
    run(session, "message_template.create", args, tenant_id)
    return tid


def _edit(session: Session, tenant_id: str, tid: str, **changes: tuple[Any, Any]) -> None:
    args = {
        "template_id": tid,
        "changes": {k: {"old": o, "new": n} for k, (o, n) in changes.items()},
    }
    run(session, "message_template.edit", args, tenant_id)


def _publish(session: Session, tenant_id: str, tid: str, expected: int) -> None:
    args = {"template_id": tid, "expected_version": expected}
    run(session, "message_template.publish", args, tenant_id)


def test_every_step_of_an_agent_order_is_an_event_type_and_each_type_has_its_values() -> None:
    for state in OrderState:
        assert EventType(f"agent_order.{state}") in EVENTS
    for event, spec in EVENTS.items():
        assert spec.description, event
        assert {"recipient_name", "tenant"} <= set(spec.placeholders), event
        assert all(what for what in spec.placeholders.values()), event
    assert "participant_name" in EVENTS[EventType.REGISTRATION_CREATED].placeholders
    assert "participant_name" not in EVENTS[EventType.USER_INVITATION].placeholders


def test_placeholders_are_found_in_order_and_doubled_braces_are_text() -> None:
    text = "Hej {participant_first_name}! {{inte}} {course} ({round}) {course}"
    assert placeholders(text) == ["participant_first_name", "course", "round", "course"]
    values = {"participant_first_name": "Anna", "course": "Ledarskap", "round": "HT26"}
    assert render(text, values) == "Hej Anna! {inte} Ledarskap (HT26) Ledarskap"
    # A value is text as it is: its own braces are not filled again, a missing one is empty.
    assert render("{course}: {round}", {"course": "{round}"}) == "{round}: "


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Hej {participant_name.__class__}", "{participant_name.__class__}"),
        ("Hej {participant_name[0]}", "{participant_name[0]}"),
        ("Hej {participant_name!r}", "{participant_name!r}"),
        ("Hej {participant_name:>40}", "{participant_name:>40}"),
        ("Hej {}", "{}"),
        ("Hej {0}", "{0}"),
    ],
)
def test_a_placeholder_with_more_than_a_name_is_refused_naming_it(text: str, shown: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_text("registration.created", text, field="email_body")
    assert err.value.params["placeholder"] == shown
    assert err.value.details == {"field": "email_body"}
    assert shown in str(err.value)


@pytest.mark.parametrize("text", ["Hej {participant_name", "Hej participant_name}", "{ {"])
def test_a_lone_brace_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_text("registration.created", text, field="subject")
    assert err.value.details == {"field": "subject"}
    assert "brace" in str(err.value)


def test_an_unknown_placeholder_is_refused_naming_it_and_the_event_type() -> None:
    check_text("user.invitation", "Hej {user_name}, välkommen till {organisation}: {link}")
    with pytest.raises(ValidationError) as err:
        check_text("user.invitation", "Hej {participant_name}", field="email_body")
    assert err.value.params["placeholder"] == "{participant_name}"
    assert err.value.params["event"] == "user.invitation"
    assert "{user_name}" in err.value.params["known"]
    with pytest.raises(ValidationError) as unknown_event:
        check_text("registration.exploded", "Hej")
    assert unknown_event.value.params == {"event": "registration.exploded"}


def test_a_template_is_created_as_a_draft_and_checked_against_its_event_type(
    session: Session,
) -> None:
    t = f.tenant(session)
    tid = _create(
        session,
        t.id,
        subject="Anmälan mottagen: {course}",
        email_body="Hej {participant_first_name},\n\ntack för din anmälan.",
        sms_text="Tack, {participant_first_name}!",
    )
    row = session.get(MessageTemplate, tid)
    assert row is not None
    assert (row.event_type, row.language, row.state, row.version) == (
        "registration.created",
        "sv",
        "draft",
        0,
    )
    assert row.email_body.splitlines()[0] == "Hej {participant_first_name},"
    assert row.published_subject == ""
    with pytest.raises(ValidationError) as err:
        _create(session, t.id, event_type="user.password_reset", subject="Till {course}")
    assert err.value.params["placeholder"] == "{course}"
    assert err.value.details == {"field": "subject"}
    with pytest.raises(ValidationError):
        _create(session, t.id, event_type="registration.exploded")
    with pytest.raises(ValidationError):
        _create(session, t.id, language="de")


def test_only_an_admin_makes_edits_and_publishes_templates(session: Session) -> None:
    t = f.tenant(session)
    for role in (Role.COURSE_ADMIN, Role.VIEWER, Role.AGENT_CASE_HANDLER):
        with pytest.raises(PermissionDenied):
            run(
                session,
                "message_template.create",
                {
                    "template_id": new_id(),
                    "event_type": "round.opens",
                    "name": "X",
                    "language": "en",
                },
                t.id,
                role,
            )
    tid = _create(session, t.id, subject="Hej", email_body="Text")
    with pytest.raises(PermissionDenied):
        run(
            session,
            "message_template.publish",
            {"template_id": tid, "expected_version": 0},
            t.id,
            Role.COURSE_ADMIN,
        )


def test_an_edit_is_a_draft_until_published_and_each_publish_counts_the_version(
    session: Session,
) -> None:
    t = f.tenant(session)
    tid = _create(session, t.id, subject="Anmälan: {course}", email_body="Hej {recipient_name}")
    row = session.get(MessageTemplate, tid)
    assert row is not None
    _publish(session, t.id, tid, 0)
    assert (row.state, row.version, row.published_subject) == ("published", 1, "Anmälan: {course}")
    # Publishing again with nothing changed has nothing to publish.
    with pytest.raises(TransitionError):
        _publish(session, t.id, tid, 1)
    # An edit of a text is a draft: what is sent stays the published text.
    _edit(session, t.id, tid, subject=("Anmälan: {course}", "Anmälan mottagen: {course} ({round})"))
    assert (row.state, row.version, row.published_subject) == ("draft", 1, "Anmälan: {course}")
    assert row.subject == "Anmälan mottagen: {course} ({round})"
    # A rename is no change of what is sent.
    _edit(session, t.id, tid, name=("Bekräftelse", "Bekräftelse HT"))
    _publish(session, t.id, tid, 1)
    assert (row.state, row.version) == ("published", 2)
    assert row.published_subject == "Anmälan mottagen: {course} ({round})"
    # The same publish arriving twice (a retry after a lost answer) is done once...
    _publish(session, t.id, tid, 1)
    assert row.version == 2
    # ... but one made from a stale view after another change is a conflict.
    _edit(session, t.id, tid, sms_text=("", "Tack {participant_first_name}"))
    with pytest.raises(ConflictError) as err:
        _publish(session, t.id, tid, 1)
    assert err.value.params == {"name": "Bekräftelse HT", "version": 2}
    assert row.published_sms_text == ""


def test_an_edit_is_checked_against_the_event_type_and_a_stale_edit_conflicts(
    session: Session,
) -> None:
    t = f.tenant(session)
    tid = _create(session, t.id, event_type="user.password_reset", email_body="Hej {user_name}")
    with pytest.raises(ValidationError) as err:
        _edit(session, t.id, tid, email_body=("Hej {user_name}", "Hej {user_name} {case}"))
    assert err.value.params["placeholder"] == "{case}"
    with pytest.raises(ValidationError):
        _edit(session, t.id, tid, email_body=("Hej {user_name}", "Hej {user_name"))
    row = session.get(MessageTemplate, tid)
    assert row is not None and row.email_body == "Hej {user_name}"
    with pytest.raises(ConflictError):
        _edit(session, t.id, tid, email_body=("Hej {user_name}!", "Hej {user_name}, {link}"))
    # The event type and language are what the template was made for.
    with pytest.raises(ValidationError):
        _edit(session, t.id, tid, event_type=("user.password_reset", "user.invitation"))


def test_a_template_needs_its_texts_to_be_published(session: Session) -> None:
    t = f.tenant(session)
    empty = _create(session, t.id)
    with pytest.raises(ValidationError) as err:
        _publish(session, t.id, empty, 0)
    assert err.value.details == {"field": "subject"}
    no_body = _create(session, t.id, subject="Anmälan: {course}")
    with pytest.raises(ValidationError) as no_text:
        _publish(session, t.id, no_body, 0)
    assert no_text.value.details == {"field": "email_body"}
    sms_only = _create(session, t.id, sms_text="Tack {participant_first_name}")
    _publish(session, t.id, sms_only, 0)
    assert session.get(MessageTemplate, sms_only).version == 1  # type: ignore[union-attr]


def test_another_tenants_template_is_not_found(session: Session) -> None:
    a, b = f.tenant(session, "a"), f.tenant(session, "b")
    tid = _create(session, a.id, subject="Hej", email_body="Text")
    with pytest.raises(NotFoundError):
        _publish(session, b.id, tid, 0)
    with pytest.raises(NotFoundError):
        _edit(session, b.id, tid, name=("Bekräftelse", "Min"))
