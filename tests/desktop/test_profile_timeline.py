"""A registration's activities are on both people's timelines: the participant's and the
approving manager's (issue 21, item 10)."""

from __future__ import annotations

from models.commands import build
from models.ids import new_id
from tests.desktop.conftest import read
from tests.desktop.test_people import open_profile


def test_a_request_to_the_manager_shows_on_the_participants_and_the_managers_timeline(
    qtbot, ctx, filled, gui_guard, store
) -> None:
    reg, participant, manager = read(
        gui_guard,
        store,
        "SELECT r.id, r.participant_id, r.approving_manager_id FROM registration r "
        "JOIN person_email e ON e.person_id = r.approving_manager_id "
        "WHERE r.status = 'registered' AND r.approved_at IS NULL "
        "AND r.approval_requested_at IS NULL LIMIT 1",
    )[0]
    command = build("registration.request_approval", 1, {"registration_id": reg}, id=new_id())
    with gui_guard.allowed():
        store.execute(command, filled.actor)
    written_for = read(
        gui_guard, store, "SELECT person_id FROM activity WHERE registration_id = :r", r=reg
    )
    assert written_for == [(manager,)]  # one entry, written for the manager

    [(name,)] = read(
        gui_guard,
        store,
        "SELECT first_name || ' ' || last_name FROM person WHERE id = :p",
        p=participant,
    )
    [(round_name,)] = read(
        gui_guard,
        store,
        "SELECT c.name FROM course_round c JOIN registration r ON r.round_id = c.id "
        "WHERE r.id = :r",
        r=reg,
    )
    # The participant reads the stored subject; the manager reads their part in it.
    for person, subject in (
        (participant, f"Approval requested: {name}"),
        (manager, f"As manager of {name} ({round_name})"),
    ):
        profile = open_profile(qtbot, ctx, person)
        subjects = [row["kind"] for row in profile.activities.rows]
        assert "approval_requested" in subjects, person
        profile.tabs.setCurrentIndex(3)
        model = profile.activity_table.model()
        shown = [model.index(row, 2).data() for row in range(model.rowCount())]
        assert subject in shown, (person, shown)
