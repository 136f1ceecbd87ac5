"""Exports keep values as values: the graduation year a number, a round's start and end
real dates, who decided and when in separate cells (issue 21, minor)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from openpyxl import load_workbook
from sqlalchemy import select

from desktop.alumni.query import AlumniQuery
from desktop.alumni.view import AlumniQueueView
from desktop.courses.view import CoursesView
from models import AlumniRegistration


def run_export(qtbot, ctx, view, path) -> int:  # type: ignore[no-untyped-def]
    done: list[int] = []
    view.export_op(path).success(done.append).run(ctx.ops)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    return done[0]


def columns(path) -> dict[str, list[object]]:  # type: ignore[no-untyped-def]
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    return {str(h): [r[i] for r in rows[1:]] for i, h in enumerate(rows[0])}


def test_the_alumni_export_has_numbers_times_and_who_and_when_apart(
    qtbot, ctx, tmp_path, gui_guard
) -> None:
    with gui_guard.allowed(), ctx.store.session() as s:
        reg = s.scalars(select(AlumniRegistration).limit(1)).one()
        reg.status, reg.decided_by = "denied", "Britt Handläggare"
        reg.decided_at = datetime(2026, 3, 1, 13, 2, tzinfo=UTC)
    view = AlumniQueueView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded)
    with qtbot.waitSignal(view.model.ids_loaded, timeout=5000):
        view.model.set_query(AlumniQuery(filter=""))
    path = tmp_path / "alumni.xlsx"
    assert run_export(qtbot, ctx, view, path) == view.model.rowCount()
    data = columns(path)
    years = [y for y in data["Graduated"] if y is not None]
    assert years and all(isinstance(y, int) for y in years)
    assert all(isinstance(t, datetime) for t in data["Received"])
    decided = [
        (by, at) for by, at in zip(data["Decided by"], data["Decided at"], strict=True) if at
    ]
    assert decided and all(isinstance(at, datetime) for _by, at in decided)
    assert (
        "Britt Handläggare",
        datetime(2026, 3, 1, 13, 2, tzinfo=UTC).astimezone().replace(tzinfo=None),
    ) in decided
    # Who is a name only: the time has its own cell.
    assert all(by is None or not any(ch.isdigit() for ch in str(by)) for by, _at in decided)


def test_the_rounds_export_has_real_start_and_end_dates(qtbot, ctx, tmp_path) -> None:
    view = CoursesView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded)
    path = tmp_path / "rounds.xlsx"
    assert run_export(qtbot, ctx, view, path) == view.rounds.rowCount() > 0
    data = columns(path)
    assert "Dates" not in data
    starts, ends = data["Starts"], data["Ends"]
    assert all(isinstance(d, datetime | date) for d in starts + ends if d is not None)
    assert any(s is not None for s in starts)
    assert all(s <= e for s, e in zip(starts, ends, strict=True) if s is not None and e is not None)
