"""Internal notes in the Participants tab (seed 000's "interna noteringar", issue 20): Add
internal note… (Ctrl+Alt+N on the list, or the detail pane's link) writes a note offline,
shown in the detail pane as pending until sent; Withdraw… keeps the note, struck through and
marked by whom; the participant's timeline has both entries. Screenshots in English and
Swedish go to /tmp/shots/h7/."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.operations.executor import OpContext
from desktop.operations.people import load_profile
from desktop.participants.notes import AddNoteDialog
from desktop.people.profile import PersonProfile
from tests.desktop.test_participants_view import make_view, select_rows

SHOTS = Path(os.environ.get("KANSLI_SHOTS", "/tmp/shots/h7"))
NOTE = "Approval received by phone from the manager on 3 December.\nShe confirms the price."


def _note_added(qtbot, view, text: str) -> None:
    dialog = view.last_dialog
    assert isinstance(dialog, AddNoteDialog)
    assert not dialog.ok.isEnabled()  # nothing written yet
    dialog.text.setPlainText(text)
    assert dialog.ok.isEnabled()
    dialog.ok.click()


def _shown_notes(view) -> list:
    return view.detail.detail.notes if view.detail.detail is not None else []


def test_a_note_is_written_offline_shown_and_withdrawn(qtbot, offline_ctx, gui_guard) -> None:
    ctx = offline_ctx
    view = make_view(qtbot, ctx)
    select_rows(view, [0])
    qtbot.waitUntil(lambda: view.current_row() is not None)  # rows load lazily
    row = view.current_row()
    assert row is not None
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.id == row.id)
    assert "No notes yet." in view.detail.notes.listing.text()
    assert view.act_add_note.isEnabled()
    assert view.act_add_note.shortcut().toString() == "Ctrl+Alt+N"
    view.table.setFocus()
    qtbot.keyClick(
        view.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, AddNoteDialog))
    _note_added(qtbot, view, NOTE)
    qtbot.waitUntil(lambda: len(_shown_notes(view)) == 1, timeout=10_000)
    [note] = _shown_notes(view)
    assert note.text == NOTE and note.pending and note.removed_at is None
    assert note.author == ctx.actor.email
    listing = view.detail.notes.listing.text()
    assert "Approval received by phone" in listing and "(not yet sent)" in listing
    # Offline: the command waits in the outbox.
    with gui_guard.allowed():
        [args] = [e.args for e in ctx.store.outbox() if e.name == "registration.add_note"]
    assert row.id in args and "by phone" in args
    _laid_out(qtbot, view)
    view.detail.grab().save(str(_shot("registration_notes_en.png")))

    # A second note, from the pane's own link; then the first is withdrawn.
    view.detail.notes.add_link.linkActivated.emit("add:")
    qtbot.waitUntil(lambda: isinstance(view.detail.notes.last_dialog, AddNoteDialog))
    view.last_dialog = view.detail.notes.last_dialog
    _note_added(qtbot, view, "Correction: the approval came by e-mail.")
    qtbot.waitUntil(lambda: len(_shown_notes(view)) == 2, timeout=10_000)
    view.detail.notes.listing.linkActivated.emit(f"withdraw:{note.id}")
    box = view.detail.notes.last_dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(
        lambda: any(n.id == note.id and n.removed_at for n in _shown_notes(view)), timeout=10_000
    )
    withdrawn = next(n for n in _shown_notes(view) if n.id == note.id)
    assert withdrawn.removed_by == ctx.actor.email and withdrawn.text == NOTE
    assert f"Withdrawn by {ctx.actor.email}" in view.detail.notes.listing.text()
    assert view.detail.notes.listing.text().count("withdraw:") == 1  # only the standing note
    _laid_out(qtbot, view)
    view.detail.grab().save(str(_shot("registration_notes_withdrawn_en.png")))

    # On the participant's timeline: the note and its withdrawal.
    with gui_guard.allowed():
        reader = OpContext(
            store=ctx.store, actor=ctx.actor, engine=None, cancel_event=threading.Event()
        )
        profile = load_profile(reader, row.participant_id)
    entries = [(a["kind"], a["body"]) for a in profile.activities]
    assert ("registration_note", NOTE) in entries
    assert ("registration_note_removed", "") in entries
    _timeline_shot(qtbot, ctx, row.participant_id, "Internal note", "profile_timeline_en.png")


def test_the_notes_in_swedish(qtbot, offline_ctx, swedish) -> None:
    view = make_view(qtbot, offline_ctx)
    select_rows(view, [1])
    qtbot.waitUntil(lambda: view.current_row() is not None and view.detail.detail is not None)
    assert view.act_add_note.text() == "Lägg till intern notering…"
    view.add_note()
    _note_added(qtbot, view, "Godkännande mottaget per telefon av chefen.")
    qtbot.waitUntil(lambda: len(_shown_notes(view)) == 1, timeout=10_000)
    listing = view.detail.notes.listing.text()
    assert "(inte skickad än)" in listing and "Dra tillbaka…" in listing
    assert view.detail.notes.heading.text() == "Interna noteringar"
    _laid_out(qtbot, view)
    view.detail.grab().save(str(_shot("registration_notes_sv.png")))
    row = view.current_row()
    assert row is not None
    _timeline_shot(
        qtbot, offline_ctx, row.participant_id, "Intern notering", "profile_timeline_sv.png"
    )
    # On the approving manager's timeline too, saying whose registration it is.
    detail = view.detail.detail
    assert detail is not None and detail.manager_id, "the second row has a linked manager"
    subjects = _timeline_shot(
        qtbot, offline_ctx, detail.manager_id, "Intern notering", "manager_timeline_sv.png"
    )
    assert f"Som godkännande chef för {detail.participant} ({detail.round_name})" in subjects


def _timeline_shot(qtbot, ctx, person_id: str, kind: str, name: str) -> set[str]:
    """The person's profile on its Activity tab: the note is an entry of ``kind``; returns
    the subjects shown."""
    profile = PersonProfile(ctx, person_id)
    qtbot.addWidget(profile)
    profile.resize(900, 520)
    profile.show()
    qtbot.waitUntil(lambda: profile.loaded)
    profile.tabs.setCurrentWidget(profile.activity_table)
    model = profile.activity_table.model()
    shown = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert kind in shown, shown
    profile.grab().save(str(_shot(name)))
    return {model.index(r, 2).data() for r in range(model.rowCount())}


def _laid_out(qtbot, view) -> None:
    """The notes' label has grown to its wrapped text (before a screenshot)."""
    listing = view.detail.notes.listing
    qtbot.waitUntil(lambda: listing.height() >= listing.heightForWidth(listing.width()))


def _shot(name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS / name
