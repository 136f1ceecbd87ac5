"""Person › Erase… / Anonymise… on a profile (issue 23): administrators only; the
confirmation names the person, says what is kept, asks for the reason; confirming
queues ``person.erase`` and the profile shows the anonymous person (or closes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.people.erasure import EraseDialog
from desktop.people.profile import PersonProfile
from tests.desktop.conftest import make_ctx, read

SHOTS = Path("/tmp/shots/h6")


@pytest.fixture
def owner(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _profile(qtbot, owner: QWidget, ctx, person_id: str) -> PersonProfile:  # type: ignore[no-untyped-def]
    profile = PersonProfile(ctx, person_id, owner)
    profile.show()
    qtbot.waitUntil(lambda: profile.loaded)
    return profile


def _dialog(qtbot) -> EraseDialog:  # type: ignore[no-untyped-def]
    found: list[EraseDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, EraseDialog)]
        return bool(found) and found[0].isVisible()

    qtbot.waitUntil(shown)
    return found[0]


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / name))


def test_anonymise_asks_for_a_reason_names_the_person_and_queues_the_erasure(
    qtbot, owner, ctx, filled, gui_guard
) -> None:  # type: ignore[no-untyped-def]
    person_id = filled.participant_ids[0]
    profile = _profile(qtbot, owner, ctx, person_id)
    name = profile.name.text()
    assert profile.person_button is not None
    _shot(profile, "profile_en.png")
    anonymise = profile.person_button.menu().actions()[1]
    anonymise.trigger()
    dialog = _dialog(qtbot)
    texts = " ".join(label.text() for label in dialog.findChildren(type(profile.name)))
    assert name in texts and "bookkeeping" in texts
    assert not dialog.confirm.isEnabled()  # a reason first
    dialog.reason.setPlainText("The person's request of 2 December")
    assert dialog.confirm.isEnabled()
    _shot(dialog, "anonymise_en.png")
    dialog.confirm.click()

    qtbot.waitUntil(lambda: profile.name.text().startswith("Erased person #"))
    [(command, args)] = read(gui_guard, ctx.store, "SELECT name, args FROM outbox")
    assert command == "person.erase" and '"anonymise"' in args


def test_a_user_who_is_not_an_administrator_has_no_person_menu(
    qtbot, owner, store, filled, settings
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    clerk = replace(filled, actor=replace(filled.actor, roles=frozenset({"course_admin"})))
    context = make_ctx(store, clerk, settings)
    try:
        profile = _profile(qtbot, owner, context, filled.participant_ids[0])
        assert profile.person_button is None
    finally:
        context.ops.shutdown(wait=True)


def test_the_erase_confirmation_in_swedish(qtbot, owner, ctx, filled, swedish) -> None:  # type: ignore[no-untyped-def]
    dialog = EraseDialog("Åsa Öberg", filled.participant_ids[0], "erase", owner)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    assert "Radera Åsa Öberg?" in texts and "bokföringslagen" in texts
    assert dialog.confirm.text() == "Radera"
    dialog.reason.setPlainText("Personens begäran den 2 december")
    _shot(dialog, "erase_sv.png")
    anonymise = EraseDialog("Åsa Öberg", filled.participant_ids[0], "anonymise", owner)
    qtbot.addWidget(anonymise)
    anonymise.show()
    _shot(anonymise, "anonymise_sv.png")
    profile = _profile(qtbot, owner, ctx, filled.participant_ids[1])
    _shot(profile, "profile_sv.png")


def test_the_erase_confirmation_in_english(qtbot, owner, filled) -> None:  # type: ignore[no-untyped-def]
    dialog = EraseDialog("Åsa Öberg", filled.participant_ids[0], "erase", owner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setPlainText("The person's request of 2 December")
    _shot(dialog, "erase_en.png")
