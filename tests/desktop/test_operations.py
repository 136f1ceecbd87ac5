"""Operations: database work on one thread, results and one Changes value on the GUI thread."""

from __future__ import annotations

import gc
import threading
import time
import weakref

import pytest
from PySide6.QtCore import QObject

from desktop.operations import Changes, DbOp, Latest, NetOp, OneAtATime
from desktop.operations.people import edit_person
from models.errors import ValidationError
from tests.desktop.conftest import hold_the_database, read


def test_db_work_runs_off_the_gui_thread_and_callbacks_on_it(qtbot, ctx) -> None:
    seen: dict[str, object] = {}

    def work(c) -> int:
        seen["worker"] = threading.current_thread()
        with c.read() as s:
            return len(s.connection().exec_driver_sql("SELECT id FROM course").all())

    def done(n: int) -> None:
        seen["callback"] = threading.current_thread()
        seen["n"] = n

    DbOp(work).success(done).run(ctx.ops)
    qtbot.waitUntil(lambda: "n" in seen)
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()
    assert seen["n"] == 12


def test_one_database_thread_runs_operations_in_order(qtbot, ctx) -> None:
    threads: list[str] = []
    order: list[int] = []
    for i in range(20):
        DbOp(lambda _c, i=i: (threads.append(threading.current_thread().name), i)[1]).success(
            order.append
        ).run(ctx.ops)
    qtbot.waitUntil(lambda: len(order) == 20)
    assert order == list(range(20))
    assert len(set(threads)) == 1


def test_network_pool_is_not_the_database_thread(qtbot, ctx) -> None:
    names: list[str] = []
    DbOp(lambda _c: threading.current_thread().name).success(names.append).run(ctx.ops)
    NetOp(lambda: threading.current_thread().name).success(names.append).run(ctx.ops)
    qtbot.waitUntil(lambda: len(names) == 2)
    assert {n.split("_")[0] for n in names} == {"kansli-db", "kansli-net"}


def test_failure_callback_gets_the_error_on_the_gui_thread(qtbot, ctx) -> None:
    errors: list[Exception] = []

    def boom(_c) -> None:
        raise ValidationError("bad value", field="x")

    DbOp(boom).failure(errors.append).run(ctx.ops)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValidationError)


def test_failure_without_callback_is_reported(qtbot, ctx) -> None:
    reported: list[tuple[str, object]] = []
    ctx.ops.error_occurred.disconnect()
    ctx.ops.error_occurred.connect(lambda label, exc: reported.append((label, exc)))

    def boom(_c) -> None:
        raise RuntimeError("disk on fire")

    DbOp(boom, label="burning").run(ctx.ops)
    qtbot.waitUntil(lambda: bool(reported))
    assert reported[0][0] == "burning"


def test_a_command_broadcasts_one_changes_value(qtbot, ctx, filled, gui_guard) -> None:
    person_id = filled.participant_ids[0]
    first = read(gui_guard, ctx.store, "SELECT first_name FROM person WHERE id = :i", i=person_id)
    with qtbot.waitSignal(ctx.ops.changed) as blocker:
        edit_person(parent=None, person_id=person_id, changes={"title": ("", "Rektor")}).run(
            ctx.ops
        )
    changes: Changes = blocker.args[0]
    assert changes.touches("person") and changes.outbox and person_id in changes.ids
    assert read(gui_guard, ctx.store, "SELECT count(*) FROM outbox")[0][0] == 1
    assert first  # the row existed before


def test_callbacks_are_skipped_when_the_parent_is_gone(qtbot, ctx) -> None:
    called: list[int] = []
    parent = QObject()
    gate = threading.Event()
    DbOp(lambda _c: gate.wait(5) and 1, parent=parent).success(called.append).run(ctx.ops)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    gate.set()
    qtbot.waitUntil(lambda: ctx.ops.idle)
    assert called == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_cancel_stops_long_work_at_its_next_report(qtbot, ctx) -> None:
    steps: list[int] = []
    started = threading.Event()

    def long(c) -> None:
        for i in range(1000):
            started.set()
            c.report(i, 1000)
            steps.append(i)
            threading.Event().wait(0.002)

    op = DbOp(long)
    outcome: list[str] = []
    op.success(lambda _r: outcome.append("done")).failure(lambda e: outcome.append("failed"))
    op.run(ctx.ops)
    assert started.wait(5)
    op.cancel()
    qtbot.waitUntil(lambda: ctx.ops.idle)
    assert outcome == [] and len(steps) < 1000


@pytest.mark.parametrize("count", [3])
def test_idle_reflects_work_in_flight(qtbot, ctx, count: int) -> None:
    gate = threading.Event()
    for _ in range(count):
        DbOp(lambda _c: gate.wait(5)).run(ctx.ops)
    assert not ctx.ops.idle
    gate.set()
    qtbot.waitUntil(lambda: ctx.ops.idle)


def test_one_request_at_a_time_runs_what_was_asked_meanwhile_once_after(qtbot, ctx) -> None:
    """Asked three times while a request runs: one more request, after it; a failure drops
    what was asked meanwhile."""
    requests = OneAtATime()
    release = threading.Event()
    runs: list[int] = []
    answers: list[int] = []

    def ask(fail: bool = False) -> None:
        if not requests.start():
            return
        runs.append(len(runs))

        def work() -> int:
            release.wait(timeout=30)
            if fail:
                raise RuntimeError("refused")
            return len(runs)

        NetOp(work).success(answered).failure(lambda _exc: requests.done(again=False)).run(ctx.ops)

    def answered(n: int) -> None:
        answers.append(n)
        if requests.done():
            ask()

    ask()
    for _ in range(3):
        ask()
    assert runs == [0] and requests.busy and requests.again
    release.set()
    qtbot.waitUntil(lambda: len(answers) == 2 and not requests.busy, timeout=15_000)
    assert runs == [0, 1] and not requests.again

    release.clear()
    ask(fail=True)
    ask()
    assert requests.again
    release.set()
    qtbot.waitUntil(lambda: not requests.busy, timeout=15_000)
    assert runs == [0, 1, 2] and not requests.again and len(answers) == 2


def test_latest_runs_only_the_newest_of_reads_asked_while_one_waits(qtbot, ctx) -> None:
    """Search as you type: the reads of older keystrokes never run, their answers never
    show; a failure of the newest still reaches its callback."""
    ran: list[str] = []
    shown: list[str] = []
    latest = Latest()

    def read_for(text: str) -> DbOp[str]:
        def work(_c) -> str:  # type: ignore[no-untyped-def]
            ran.append(text)
            return text

        return DbOp(work, label=text).success(shown.append)

    release = hold_the_database(ctx.ops)
    for text in ("a", "an", "ann"):
        latest.run(read_for(text), ctx.ops)
    assert latest.running
    release.set()
    qtbot.waitUntil(lambda: shown == ["ann"] and ctx.ops.idle)
    assert ran == ["ann"] and not latest.running
    failed: list[Exception] = []

    def boom(_c) -> None:  # type: ignore[no-untyped-def]
        raise ValidationError("bad value", field="x")

    latest.run(DbOp(boom).success(shown.append).failure(failed.append), ctx.ops)
    qtbot.waitUntil(lambda: len(failed) == 1)
    assert shown == ["ann"] and not latest.running


def test_a_cancelled_operation_tells_its_when_cancelled_callback_started_or_not(qtbot, ctx) -> None:
    """Cancelled while it waited (never started) or stopped by Cancelled while running:
    neither success nor failure runs, when_cancelled does (on the GUI thread)."""
    ended: list[tuple[str, object]] = []

    def op(label: str, fn) -> DbOp:  # type: ignore[no-untyped-def, type-arg]
        return (
            DbOp(fn, label=label)
            .success(lambda r: ended.append((label, r)))
            .failure(lambda e: ended.append((label, e)))
            .when_cancelled(lambda: ended.append((label, threading.current_thread())))
        )

    release = hold_the_database(ctx.ops)
    waiting = op("waiting", lambda _c: "ran")
    waiting.run(ctx.ops)
    waiting.cancel()
    release.set()
    qtbot.waitUntil(lambda: ctx.ops.idle)
    started = threading.Event()

    def running(c) -> None:  # type: ignore[no-untyped-def]
        started.set()
        deadline = time.monotonic() + 10  # a broken cancel fails the test, not hangs it
        while time.monotonic() < deadline:
            c.check_cancelled()

    stopped = op("running", running)
    stopped.run(ctx.ops)
    assert started.wait(10)
    stopped.cancel()
    qtbot.waitUntil(lambda: ctx.ops.idle)
    main = threading.main_thread()
    assert ended == [("waiting", main), ("running", main)]


@pytest.mark.parametrize("outcome", ["success", "failure", "cancelled"])
def test_a_delivered_operation_lets_go_of_what_asked_for_it(qtbot, ctx, outcome: str) -> None:
    """An answered operation holds neither its work nor its callbacks: a list's model
    asked for its ids through :class:`Latest` (whose callbacks hold the operation, a
    cycle) is freed by reference counting once its view is gone, not at the next full
    collection (participants-view's peak memory grew 5-10 MB per closed list)."""

    class Asker(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.latest = Latest()
            self.answers: list[object] = []

        def ask(self) -> None:
            def work(_c) -> int:  # type: ignore[no-untyped-def]
                if outcome == "failure":
                    raise ValidationError("bad value", field="x")
                return len(self.answers)

            op = DbOp(work, parent=self).success(self.answers.append)
            # (The failure's text: the error's traceback would hold this asker itself.)
            op.failure(lambda exc: self.answers.append(str(exc)))
            op.when_cancelled(lambda: self.answers.append(None))
            release = hold_the_database(ctx.ops) if outcome == "cancelled" else None
            self.latest.run(op, ctx.ops)
            if release is not None:
                self.latest.cancel()
                release.set()

    gc.disable()
    try:
        asker = Asker()
        asker.ask()
        qtbot.waitUntil(lambda: ctx.ops.idle)
        assert len(asker.answers) == 1
        gone = weakref.ref(asker)
        del asker
        assert gone() is None
    finally:
        gc.enable()


def test_a_delivered_operation_refuses_to_run_again(qtbot, ctx) -> None:
    op = DbOp(lambda _c: 1)
    answers: list[int] = []
    op.success(answers.append).run(ctx.ops)
    qtbot.waitUntil(lambda: answers == [1])
    with pytest.raises(RuntimeError, match="has run"):
        op.fn(None)  # type: ignore[arg-type]
