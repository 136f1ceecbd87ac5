"""The shipped message templates (issue 16): every default is in Swedish and English, uses
only its event type's placeholders, renders with sample values to a text with no brace
left, and can be made and published by the template commands as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from models.base import Base
from models.commands import build
from models.ids import new_id
from models.notifications import EVENTS, Language, MessageTemplate, check_text, render
from models.tenancy import Role
from server.db import make_engine
from server.services.message_defaults import DEFAULTS, DefaultTemplate
from tests import factories as f


def _sample(default: DefaultTemplate) -> dict[str, str]:
    """A value for every placeholder of the event type, each one recognisable."""
    return {name: f"<{name}>" for name in EVENTS[default.event_type].placeholders}


@pytest.mark.parametrize("default", DEFAULTS, ids=lambda d: d.key)
def test_every_default_renders_in_both_languages_with_its_event_types_values(
    default: DefaultTemplate,
) -> None:
    assert set(default.texts) == set(Language)
    values = _sample(default)
    for language, texts in default.texts.items():
        assert texts.name and texts.subject and texts.email_body, (default.key, language)
        for field in ("subject", "email_body", "sms_text"):
            text = getattr(texts, field)
            check_text(default.event_type, text, field=field)
            rendered = render(text, values)
            assert "{" not in rendered and "}" not in rendered, (default.key, language, field)
        assert "\n" not in texts.subject
        assert "\n" not in render(texts.subject, values)


def test_the_defaults_cover_todays_mails_once_each() -> None:
    keys = [d.key for d in DEFAULTS]
    assert len(keys) == len(set(keys))
    replaced = {d.replaces for d in DEFAULTS}
    for kind in (
        "mail.signup_confirmation",
        "mail.signup_duplicate",
        "mail.approval_request",
        "mail.waiting_list_offer",
        "mail.invite",
        "mail.reset",
        "mail.access_granted",
        "alumni_confirm_details",
        "alumni_unregister_link",
        "alumni_membership_ended",
        "agent_order.invitation",
        "agent_order.awaits_review",
        "agent_order.received",
        "agent_order.in_review",
        "agent_order.awaits_attest",
        "agent_order.rejected",
        "agent_order.customer_attest",
        "agent_order.agent_attested",
        "agent_order.start_connection",
        "agent_order.case_created",
    ):
        assert kind in replaced, kind


def test_the_defaults_are_made_and_published_by_the_template_commands(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'defaults.db'}")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        tenant = f.tenant(session)
        actor = f.actor(tenant.id, Role.ADMIN)
        for default in DEFAULTS:
            for language, texts in default.texts.items():
                tid = new_id()
                args = {
                    "template_id": tid,
                    "event_type": default.event_type.value,
                    "language": language.value,
                    "name": texts.name,
                    "subject": texts.subject,
                    "email_body": texts.email_body,
                    "sms_text": texts.sms_text,
                }
                build("message_template.create", 1, args, id=new_id()).apply(session, actor)
                publish = {"template_id": tid, "expected_version": 0}
                build("message_template.publish", 1, publish, id=new_id()).apply(session, actor)
                row = session.get(MessageTemplate, tid)
                assert row is not None
                assert (row.version, row.published_email_body) == (1, texts.email_body)
    engine.dispose()
