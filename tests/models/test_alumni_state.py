"""The alumni registration state machine (seed 001, DOMAIN.md)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from models import AlumniRegistration, AlumniStatus
from models.errors import ConflictError, TransitionError

NOW = datetime(2026, 11, 2, 14, 2, tzinfo=UTC)


def item(status: AlumniStatus = AlumniStatus.RECEIVED) -> AlumniRegistration:
    reg = AlumniRegistration(
        tenant_id="t", email="a@b.se", received_at=NOW, status=status, attempts=0
    )
    return reg


@pytest.mark.parametrize(
    "outcome",
    [
        AlumniStatus.APPROVED_REGISTERED_ALUMNUS,
        AlumniStatus.APPROVED_ALUMNUS,
        AlumniStatus.NOT_APPROVED,
    ],
)
def test_automatic_check_decides_from_received(outcome: AlumniStatus) -> None:
    reg = item()
    reg.record_automatic_decision(
        status=outcome, person_id="p1", matched_on="email", reason="why", details={}, now=NOW
    )
    assert reg.status == outcome
    assert reg.decision_reason == "why"
    assert reg.matched_on == "email"
    assert reg.decided_by is None


@pytest.mark.parametrize(
    "outcome", [AlumniStatus.APPROVED_MANUALLY, AlumniStatus.DENIED, AlumniStatus.UNREGISTERED]
)
def test_automatic_check_cannot_give_manual_statuses(outcome: AlumniStatus) -> None:
    with pytest.raises(TransitionError, match="not an automatic outcome"):
        item().record_automatic_decision(
            status=outcome, person_id="p", matched_on="email", reason="", details={}, now=NOW
        )


def test_automatic_check_runs_once() -> None:
    reg = item(AlumniStatus.NOT_APPROVED)
    with pytest.raises(TransitionError):
        reg.record_automatic_decision(
            status=AlumniStatus.APPROVED_ALUMNUS,
            person_id="p",
            matched_on="email",
            reason="",
            details={},
            now=NOW,
        )


def test_technical_error_keeps_received_and_counts_attempts() -> None:
    reg = item()
    reg.record_technical_error(error="student records timed out")
    reg.record_technical_error(error="student records timed out")
    assert reg.status == AlumniStatus.RECEIVED
    assert reg.attempts == 2
    assert reg.last_error == "student records timed out"


def test_officer_approves_or_denies_the_manual_queue() -> None:
    a = item(AlumniStatus.NOT_APPROVED)
    a.approve_manually(by="A. Berg", now=NOW, expected_status=AlumniStatus.NOT_APPROVED)
    assert (a.status, a.decided_by, a.decided_at) == (
        AlumniStatus.APPROVED_MANUALLY,
        "A. Berg",
        NOW,
    )
    d = item(AlumniStatus.NOT_APPROVED)
    d.deny(by="A. Berg", reason="Not a graduate", now=NOW, expected_status=None)
    assert (d.status, d.denial_reason) == (AlumniStatus.DENIED, "Not a graduate")


@pytest.mark.parametrize(
    "status",
    [
        AlumniStatus.RECEIVED,
        AlumniStatus.APPROVED_ALUMNUS,
        AlumniStatus.APPROVED_REGISTERED_ALUMNUS,
        AlumniStatus.UNREGISTERED,
    ],
)
def test_officer_decides_only_not_approved(status: AlumniStatus) -> None:
    with pytest.raises(TransitionError):
        item(status).approve_manually(by="A. Berg", now=NOW, expected_status=None)
    with pytest.raises(TransitionError):
        item(status).deny(by="A. Berg", reason="x", now=NOW, expected_status=None)


def test_decision_made_meanwhile_is_a_conflict_naming_who_and_when() -> None:
    reg = item(AlumniStatus.NOT_APPROVED)
    reg.deny(by="A. Berg", reason="no", now=NOW, expected_status=AlumniStatus.NOT_APPROVED)
    with pytest.raises(ConflictError) as err:
        reg.approve_manually(by="B. Ek", now=NOW, expected_status=AlumniStatus.NOT_APPROVED)
    assert str(err.value) == "Already denied by A. Berg at 2026-11-02 14:02"
    assert err.value.details["decided_by"] == "A. Berg"
    assert reg.status == AlumniStatus.DENIED


@pytest.mark.parametrize("status", [s for s in AlumniStatus if s != AlumniStatus.UNREGISTERED])
def test_alumnus_can_terminate_membership_from_any_status(status: AlumniStatus) -> None:
    reg = item(status)
    reg.unregister(now=NOW)
    assert reg.status == AlumniStatus.UNREGISTERED


def test_terminating_twice_is_refused() -> None:
    reg = item(AlumniStatus.UNREGISTERED)
    with pytest.raises(TransitionError, match="already terminated"):
        reg.unregister(now=NOW)
