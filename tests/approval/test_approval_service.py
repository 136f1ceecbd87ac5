"""The approving manager's link: every refusal changes nothing (seed 000)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Activity, ActivityKind, Consent, Registration
from models.errors import PermissionDenied, TransitionError, ValidationError
from server.db import make_engine, make_sessionmaker, migrate
from server.services.approval import (
    APPROVAL_LINK,
    LinkProblem,
    approval_page,
    issue_link,
    preview_page,
    submit_approval,
)
from tests import factories as f

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(server_db_url: str) -> Iterator[Session]:
    migrate(server_db_url)
    engine = make_engine(server_db_url)
    with make_sessionmaker(engine)() as s:
        yield s
    engine.dispose()


def setup(db: Session, *, with_manager: bool = True) -> tuple[Registration, str]:
    t = f.tenant(db)
    manager = f.person(db, t.id, "Maria", "Chef", "maria@firm.se") if with_manager else None
    reg = f.registration(
        db, t.id, manager=manager, form_manager_email=None if manager else "chef@firm.se"
    )
    token = issue_link(
        db,
        APPROVAL_LINK,
        tenant_id=t.id,
        entity_id=reg.id,
        email="maria@firm.se" if manager else "chef@firm.se",
        now=NOW,
    )
    db.commit()
    return reg, token


def submit(db: Session, token: str, **kw: object) -> Registration:
    args: dict[str, object] = {
        "accept_terms": True,
        "accept_personal_data": True,
        "shown_terms_version": "2026-1",
        "now": NOW + timedelta(hours=1),
    }
    args.update(kw)
    return submit_approval(db, token, **args)  # type: ignore[arg-type]


def test_page_shows_participant_name_and_email(db: Session) -> None:
    _, token = setup(db)
    page = approval_page(db, token, now=NOW)
    assert (page.participant.first_name, page.participant.last_name, page.participant_email) == (
        "Erik",
        "Lund",
        "erik@firm.se",
    )
    assert page.terms_text == "Bindande anmälan."
    assert page.manager_email == "maria@firm.se"


def test_manager_approves_with_consents_stored_as_shown(db: Session) -> None:
    reg, token = setup(db)
    submit(db, token)
    db.commit()
    assert reg.approved_by_email == "maria@firm.se"
    consents = {
        c.kind: c for c in db.scalars(select(Consent).where(Consent.registration_id == reg.id))
    }
    assert consents["terms"].terms_text == "Bindande anmälan."
    assert consents["terms"].terms_version == "2026-1"
    assert consents["personal_data"].terms_version.startswith("pd-")
    activity = db.scalars(select(Activity).where(Activity.registration_id == reg.id)).one()
    assert activity.kind == ActivityKind.REGISTRATION_APPROVED
    assert activity.person_id == reg.approving_manager_id


def test_form_manager_approves_when_no_manager_is_linked(db: Session) -> None:
    reg, token = setup(db, with_manager=False)
    submit(db, token)
    assert reg.approved_by_email == "chef@firm.se"


@pytest.mark.parametrize("missing", ["accept_terms", "accept_personal_data"])
def test_missing_consent_is_refused(db: Session, missing: str) -> None:
    reg, token = setup(db)
    with pytest.raises(ValidationError) as err:
        submit(db, token, **{missing: False})
    assert err.value.field == missing
    db.rollback()
    assert db.get(Registration, reg.id).approved_at is None  # type: ignore[union-attr]


def test_used_link_is_refused(db: Session) -> None:
    _, token = setup(db)
    submit(db, token)
    db.commit()
    with pytest.raises(LinkProblem, match="already used"):
        approval_page(db, token, now=NOW + timedelta(days=1))
    with pytest.raises(LinkProblem, match="already used"):
        submit(db, token)


def test_expired_link_is_refused(db: Session) -> None:
    reg, token = setup(db)
    with pytest.raises(LinkProblem, match="expired on 2026-11-16"):
        submit(db, token, now=NOW + timedelta(days=31))
    assert reg.approved_at is None


@pytest.mark.parametrize("forged", ["x" * 43, "short", "", "' OR 1=1 --" * 3])
def test_forged_token_is_refused(db: Session, forged: str) -> None:
    setup(db)
    with pytest.raises(LinkProblem, match="not valid"):
        approval_page(db, forged, now=NOW)


def test_link_of_a_replaced_manager_cannot_approve(db: Session) -> None:
    reg, token = setup(db)
    new_manager = f.person(db, reg.tenant_id, "Ny", "Chef", "ny@firm.se")
    reg.approving_manager_id = new_manager.id
    db.commit()
    with pytest.raises(PermissionDenied, match="maria@firm.se is not the approving manager"):
        submit(db, token)
    db.rollback()
    assert db.get(Registration, reg.id).approved_at is None  # type: ignore[union-attr]


def test_second_approval_is_refused_even_for_a_new_manager(db: Session) -> None:
    reg, token = setup(db)
    submit(db, token)
    db.commit()
    new_manager = f.person(db, reg.tenant_id, "Ny", "Chef", "ny@firm.se")
    reg.approving_manager_id = new_manager.id
    second = issue_link(
        db, APPROVAL_LINK, tenant_id=reg.tenant_id, entity_id=reg.id, email="ny@firm.se", now=NOW
    )
    db.commit()
    with pytest.raises(TransitionError, match="already approved by maria@firm.se"):
        submit(db, second)


def test_terms_changed_while_the_page_was_open(db: Session) -> None:
    _, token = setup(db)
    with pytest.raises(ValidationError, match="terms changed"):
        submit(db, token, shown_terms_version="2025-9")


def test_preview_uses_no_link(db: Session) -> None:
    reg, token = setup(db)
    page = preview_page(db, tenant_id=reg.tenant_id, registration_id=reg.id)
    assert page.preview and page.participant.last_name == "Lund"
    assert approval_page(db, token, now=NOW).registration.id == reg.id  # still usable
    with pytest.raises(LinkProblem):
        preview_page(db, tenant_id="another-tenant", registration_id=reg.id)
