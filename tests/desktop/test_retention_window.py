"""Administration › Retention… (issue 23), offline: the defaults shown for a tenant that
set none; a change queued as a whole (``retention_settings.set``) and Edit › Undo sets
back the rules shown before; the nightly runs (synced ``retention_run`` rows) listed with
what each rule removed; not offered to non-admins; in Swedish."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.admin.retention import RetentionDialog
from desktop.mainwindow import MainWindow
from devtools.client_data import fill
from models.ids import new_id
from models.retention import RetentionRun
from models.tenancy import Role
from tests.desktop.conftest import make_ctx
from tests.desktop.test_categories import undo
from tests.desktop.test_course_dialogs import queued

SHOTS = Path("/tmp/shots/h8")


def _open(qtbot, window: MainWindow) -> RetentionDialog:  # type: ignore[no-untyped-def]
    window.act_retention.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, RetentionDialog)]
    dialog = next(d for d in dialogs if d.isVisible())
    qtbot.waitUntil(lambda: dialog.ok.isEnabled())
    return dialog


def _a_run(gui_guard, ctx) -> None:  # type: ignore[no-untyped-def]
    with gui_guard.allowed(), ctx.store.session() as s:
        s.add(
            RetentionRun(
                id=new_id(),
                tenant_id=ctx.actor.tenant_id,
                ran_at=datetime(2026, 12, 4, 2, 0, tzinfo=UTC),
                removed={
                    "denied_alumni_months": 3,
                    "mail_body_days": 120,
                    "expired_access_days": 41,
                    "audit_years": 0,
                },
                updated_at=datetime(2026, 12, 4, 2, 0, tzinfo=UTC),
            )
        )


def test_rules_are_shown_set_undone_and_the_runs_listed(  # type: ignore[no-untyped-def]
    qtbot, offline_ctx, filled, gui_guard
) -> None:
    ctx = offline_ctx
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.act_retention.isVisible()

    dialog = _open(qtbot, window)
    shown = {key: box.value() for key, box in dialog.boxes.items()}
    assert shown == {
        "denied_alumni_months": 12,
        "mail_body_days": 30,
        "expired_access_days": 7,
        "audit_years": 5,
    }
    assert dialog.runs.text() == "No run yet: the first runs tonight."
    dialog.boxes["denied_alumni_months"].setValue(6)
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed == [1])
    [made] = queued(gui_guard, ctx, "retention_settings.set")
    assert (made["expected_version"], made["denied_alumni_months"], made["audit_years"]) == (
        0,
        6,
        5,
    )

    _a_run(gui_guard, ctx)
    again = _open(qtbot, window)
    assert again.boxes["denied_alumni_months"].value() == 6
    assert "denied alumni registrations 3, mail and SMS texts 120" in again.runs.text()
    assert "expired links, sessions and codes 41, audit events 0" in again.runs.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert again.grab().save(str(SHOTS / "retention_en.png"))
    again.reject()

    qtbot.waitUntil(lambda: ctx.undo.top() is not None and "retention" in ctx.undo.top().label)
    undo(qtbot, ctx)
    sets = queued(gui_guard, ctx, "retention_settings.set")
    assert [(s["expected_version"], s["denied_alumni_months"]) for s in sets] == [(0, 6), (1, 12)]


def test_not_offered_to_others_than_administrators(  # type: ignore[no-untyped-def]
    qtbot, store, settings, gui_guard
) -> None:
    with gui_guard.allowed():
        data = fill(store, participants=5, big_round=2, roles=frozenset({Role.ALUMNI_OFFICER}))
    ctx = make_ctx(store, data, settings)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert not window.act_retention.isVisible()
        assert window.show_retention() is None
    finally:
        ctx.ops.shutdown(wait=True)


def test_the_window_in_swedish(  # type: ignore[no-untyped-def]
    qtbot, offline_ctx, filled, swedish, gui_guard
) -> None:
    _a_run(gui_guard, offline_ctx)
    window = MainWindow(offline_ctx)
    qtbot.addWidget(window)
    assert window.act_retention.text() == "Gallr&ing…"
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == "Gallring"
    assert "avslagna alumnregistreringar 3" in dialog.runs.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "retention_sv.png"))
    dialog.reject()
