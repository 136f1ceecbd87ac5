"""The profile's consents (issue 23): a withdrawn consent says when and through what
("Withdrawn 2026-12-04 via the link in the mail", in Swedish too), and staff withdraw one
still given on the person's behalf (``consent.withdraw`` queued, the profile shows it)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from models.courses import CourseRound, Registration
from models.ids import new_id
from models.people import Consent
from tests.desktop.test_course_dialogs import queued
from tests.desktop.test_people import open_profile

SHOTS = Path("/tmp/shots/h12")


def managed_registration(gui_guard, store, person_id: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A registration ``person_id`` approves as manager, and its round's name."""
    with gui_guard.allowed(), store.session() as s:
        reg_id, round_name = s.execute(
            select(Registration.id, CourseRound.name)
            .join(CourseRound, CourseRound.id == Registration.round_id)
            .where(Registration.approving_manager_id == person_id)
            .order_by(Registration.id)
        ).first()
    return reg_id, round_name


def _consents(gui_guard, store, person_id: str, tenant_id: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    withdrawn, given = new_id(), new_id()
    reg_id, _ = managed_registration(gui_guard, store, person_id)
    with gui_guard.allowed(), store.session() as s:
        for consent_id, at, via in (
            (withdrawn, datetime(2026, 12, 4, 9, 30, tzinfo=UTC), "link"),
            (given, None, ""),
        ):
            s.add(
                Consent(
                    id=consent_id,
                    tenant_id=tenant_id,
                    person_id=person_id,
                    email="maria.chef@firma.se",
                    kind="personal_data",
                    terms_version="pd-2026-1",
                    terms_text="I consent to the processing of my personal data.",
                    given_at=datetime(2026, 11, 2, 14, 2, tzinfo=UTC),
                    withdrawn_at=at,
                    withdrawn_via=via,
                    registration_id=reg_id if consent_id == given else None,
                    updated_at=datetime(2026, 12, 4, 9, 30, tzinfo=UTC),
                )
            )
    return withdrawn, given


def test_the_profile_shows_a_withdrawal_and_staff_withdraw_a_consent(
    qtbot, ctx, filled, gui_guard, store, monkeypatch
) -> None:
    manager = filled.manager_ids[0]
    _withdrawn, given = _consents(gui_guard, store, manager, ctx.actor.tenant_id)
    profile = open_profile(qtbot, ctx, manager)
    profile.tabs.setCurrentIndex(4)
    text = profile.consents.text()
    assert "Withdrawn 2026-12-04 via the link in the mail" in text
    assert text.count("Consent to processing of personal data (version pd-2026-1)") == 2
    # The consent names the round of the registration it was given with.
    _, round_name = managed_registration(gui_guard, store, manager)
    assert f"(version pd-2026-1) for {round_name}, given" in text
    assert profile.withdraw_button.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert profile.grab().save(str(SHOTS / "profile_consents_en.png"))

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    profile.withdraw_button.click()
    qtbot.waitUntil(lambda: queued(gui_guard, ctx, "consent.withdraw") == [{"consent_id": given}])
    qtbot.waitUntil(lambda: "via staff" in profile.consents.text())
    assert not profile.withdraw_button.isVisible()  # nothing left to withdraw
    # The withdrawal is on the person's timeline, naming the round.
    [entry] = [a for a in profile.activities.rows if a["kind"] == "consent_withdrawn"]
    assert entry["subject"] == f"Consent withdrawn: {round_name}"
    profile.tabs.setCurrentIndex(3)
    assert profile.grab().save(str(SHOTS / "profile_activity_en.png"))


def test_the_withdrawal_in_swedish(
    qtbot, swedish, ctx, filled, gui_guard, store, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    manager = filled.manager_ids[0]
    _consents(gui_guard, store, manager, ctx.actor.tenant_id)
    profile = open_profile(qtbot, ctx, manager)
    profile.tabs.setCurrentIndex(4)
    assert "Återkallat 2026-12-04 via länken i e-postmeddelandet" in profile.consents.text()
    _, round_name = managed_registration(gui_guard, store, manager)
    assert f"(version pd-2026-1) för {round_name}, lämnat" in profile.consents.text()
    assert profile.withdraw_button.text() == "Återkalla samtycke…"
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert profile.grab().save(str(SHOTS / "profile_consents_sv.png"))

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    profile.withdraw_button.click()
    qtbot.waitUntil(lambda: "via personalen" in profile.consents.text())
    profile.tabs.setCurrentIndex(3)
    model = profile.activity_table.model()
    shown = [
        " | ".join(str(model.index(r, c).data()) for c in range(3)) for r in range(model.rowCount())
    ]
    assert any(f"Samtycke återkallat | Samtycke återkallat: {round_name}" in t for t in shown), (
        shown
    )
    assert profile.grab().save(str(SHOTS / "profile_activity_sv.png"))
