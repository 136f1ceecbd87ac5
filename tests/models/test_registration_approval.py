"""The registration approval state machine (seed 000, DOMAIN.md)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from models import ApprovalState, PersonEmail, Role
from models.commands import build
from models.errors import PermissionDenied, TransitionError
from models.ids import new_id
from tests import factories as f

NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def test_new_registration_is_not_requested(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    assert reg.approval_state == ApprovalState.NOT_REQUESTED


def test_first_request_then_reminder(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id, manager=f.person(session, t.id, email="anna@firm.se"))
    assert reg.request_approval(recipient_email="anna@firm.se", now=NOW) is False
    assert reg.approval_state == ApprovalState.REQUESTED
    later = NOW.replace(day=9)
    assert reg.request_approval(recipient_email="anna@firm.se", now=later) is True
    assert reg.approval_requested_at == later
    assert reg.approval_request_count == 2


def test_request_without_manager_email_is_refused(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    with pytest.raises(TransitionError, match="no approving manager with an e-mail"):
        reg.request_approval(recipient_email=None, now=NOW)


def test_manager_approves_from_own_address(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id, manager=f.person(session, t.id, email="anna@firm.se"))
    reg.approve(
        by_email=" Anna@Firm.se ", manager_emails=["anna@firm.se"], terms_version="1", now=NOW
    )
    assert reg.approval_state == ApprovalState.APPROVED
    assert reg.approved_by_email == "anna@firm.se"
    assert reg.approval_terms_version == "1"


def test_form_manager_email_is_used_when_no_manager_linked(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id, form_manager_email="chef@firm.se")
    reg.approve(by_email="chef@firm.se", manager_emails=[], terms_version="1", now=NOW)
    assert reg.approved_by_email == "chef@firm.se"


def test_wrong_email_cannot_approve(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id, manager=f.person(session, t.id, email="anna@firm.se"))
    with pytest.raises(PermissionDenied, match="other@firm.se is not the approving manager"):
        reg.approve(
            by_email="other@firm.se", manager_emails=["anna@firm.se"], terms_version="1", now=NOW
        )
    assert reg.approved_at is None


def test_form_email_cannot_approve_once_a_manager_is_linked(session: Session) -> None:
    t = f.tenant(session)
    manager = f.person(session, t.id, email="anna@firm.se")
    reg = f.registration(session, t.id, form_manager_email="self@firm.se")
    reg.approving_manager_id = manager.id
    with pytest.raises(PermissionDenied):
        reg.approve(
            by_email="self@firm.se", manager_emails=["anna@firm.se"], terms_version="1", now=NOW
        )


def test_manager_cannot_approve_twice_not_even_a_new_manager(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id, form_manager_email="self@firm.se")
    reg.approve(by_email="self@firm.se", manager_emails=[], terms_version="1", now=NOW)
    new_manager = f.person(session, t.id, email="boss@firm.se")
    reg.approving_manager_id = new_manager.id
    with pytest.raises(TransitionError) as err:
        reg.approve(
            by_email="boss@firm.se", manager_emails=["boss@firm.se"], terms_version="1", now=NOW
        )
    assert str(err.value) == "Registration already approved by self@firm.se on 2026-11-02"
    with pytest.raises(TransitionError, match="already approved"):
        reg.request_approval(recipient_email="boss@firm.se", now=NOW)


def test_only_admin_removes_an_approval(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id, form_manager_email="self@firm.se")
    reg.approve(by_email="self@firm.se", manager_emails=[], terms_version="1", now=NOW)
    with pytest.raises(PermissionDenied, match="Only an administrator"):
        reg.remove_approval(roles=[Role.COURSE_ADMIN])
    assert reg.remove_approval(roles=[Role.ADMIN]) == ("self@firm.se", NOW)
    assert reg.approval_state == ApprovalState.NOT_REQUESTED
    with pytest.raises(TransitionError, match="not approved"):
        reg.remove_approval(roles=[Role.ADMIN])


def test_cancelled_registration_refuses_requests_and_approvals(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id, form_manager_email="chef@firm.se")
    reg.cancel()
    with pytest.raises(TransitionError, match="cancelled"):
        reg.request_approval(recipient_email="chef@firm.se", now=NOW)
    with pytest.raises(TransitionError, match="cancelled"):
        reg.approve(by_email="chef@firm.se", manager_emails=[], terms_version="1", now=NOW)
    with pytest.raises(TransitionError, match="cancelled"):
        reg.cancel()


@pytest.mark.parametrize(
    ("given", "mailed"),
    [
        ("karin@firm.se", "karin@firm.se"),  # given on the form, one of hers: there
        (None, "k.chef@firm.se"),  # linked by hand: her main address
        ("old.boss@firm.se", "k.chef@firm.se"),  # the form named another: her main one
    ],
)
def test_a_request_goes_to_the_address_given_on_the_form_while_it_is_the_managers(
    session: Session, given: str | None, mailed: str
) -> None:
    t = f.tenant(session)
    karin = f.person(session, t.id, "Karin", "Chef", "k.chef@firm.se")
    session.add(PersonEmail(tenant_id=t.id, person_id=karin.id, address="karin@firm.se"))
    session.flush()
    reg = f.registration(session, t.id, manager=karin, form_manager_email=given)
    command = build("registration.request_approval", 1, {"registration_id": reg.id}, id=new_id())
    [effect] = command.apply(session, f.actor(t.id)).effects
    assert effect.data["recipient"] == mailed
