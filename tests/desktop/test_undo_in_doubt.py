"""The desktop says the truth about an undo of a decision whose push answer was lost,
and about a change too large to send (issue 26, items 4 and 5).

The Alumni queue on a real local store, with a sync engine whose server cannot be
reached: a decision that was pushed without an answer (in doubt) is not taken back
offline, and the officer is told it can be undone when back online. The case
where the server had the decision is tested over real HTTP in
tests/sync/test_lost_answer_undo.py (the engine's answer this view turns into words).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from desktop.alumni.view import AlumniQueueView
from desktop.context import AppContext
from desktop.i18n import TRANSLATIONS_DIR
from desktop.sync_ui.describe import issue_message
from desktop.sync_ui.operations import Issue
from sync.client import ServerClient
from tests.desktop.alumni_setup import enrich, outbox
from tests.desktop.conftest import UNREACHABLE, engine_app, read
from tests.desktop.test_alumni_queue import make_view, press, wait_idle


@pytest.fixture
def offline_app(store, filled, settings) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    """The context as the app makes it (operations through the engine), server unreachable."""
    with engine_app(
        store, filled, settings, ServerClient(UNREACHABLE, token="t", timeout=(1, 1))
    ) as context:
        yield context


def test_undo_of_a_decision_sent_without_an_answer_is_refused_offline_and_says_why(
    qtbot, offline_app, gui_guard, store, filled
) -> None:
    offline_ctx = offline_app
    enrich(gui_guard, store, filled)
    view: AlumniQueueView = make_view(qtbot, offline_ctx)
    item = view.current_id()
    press(qtbot, view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(outbox(gui_guard, store)) == 1)
    wait_idle(qtbot, offline_ctx)
    sent = outbox(gui_guard, store)[0]["id"]
    with gui_guard.allowed():
        store.mark_sent([sent])  # pushed; the answer never came (cut while it was read)

    press(qtbot, view, Qt.Key.Key_U)  # the old code: "Decision taken back", pending 0

    qtbot.waitUntil(lambda: "back online" in view.feedback.text())
    assert view.feedback.text() == (
        "This decision was sent to the server, but its answer did not arrive; it can be "
        "undone when you are back online."
    )
    assert [e["id"] for e in outbox(gui_guard, store)] == [sent]  # still queued, in doubt
    status = read(gui_guard, store, "SELECT status FROM alumni_registration WHERE id = :i", i=item)
    assert status == [("approved_manually",)]


def _issue(code: str, details: dict[str, object]) -> Issue:
    return Issue(
        command_id="c1",
        name="person.edit",
        args={},
        code=code,
        message="This change is too large to send (21.0 MB; at most 20.0 MB can be sent)",
        details=dict(details),
        rows={},
        rejected_at=datetime(2026, 12, 3, 10, 0, tzinfo=UTC),
    )


def test_a_change_too_large_to_send_reads_plainly_in_english_and_swedish(qtbot) -> None:
    issue = _issue("too_large", {"bytes": 22 * 1024 * 1024, "limit": 20 * 1024 * 1024})
    assert issue_message(issue) == (
        "This change is too large to send (22.0 MB), so it never reached the server. Let it "
        "go, or make it again in smaller parts."
    )
    swedish = QTranslator()
    assert swedish.load("kansli_sv", str(TRANSLATIONS_DIR))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(swedish)
    try:
        assert issue_message(issue) == (
            "Ändringen är för stor för att skicka (22.0 MB), så den nådde aldrig servern. "
            "Kasta den, eller gör den igen i mindre delar."
        )
        withdrawn = _issue("withdrawn", {})
        assert issue_message(withdrawn) == "Du tog tillbaka ändringen innan servern genomförde den."
    finally:
        app.removeTranslator(swedish)
