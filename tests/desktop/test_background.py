"""The desktop's one way of working off the GUI thread (issue 14, item 4): start-up
tasks and operations both come back through a Courier, on the GUI thread, in order."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from desktop.common.background import Courier, run_task
from desktop.operations import DbOp, NetOp

GUI = threading.get_ident()


def test_a_task_runs_off_the_gui_thread_and_answers_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, object, int]] = []
    ran_on: list[int] = []

    def work() -> int:
        ran_on.append(threading.get_ident())
        return 42

    run_task(work, lambda r: seen.append(("ok", r, threading.get_ident())), seen.append)
    qtbot.waitUntil(lambda: bool(seen))
    assert ran_on and ran_on[0] != GUI
    assert seen == [("ok", 42, GUI)]


def test_a_failing_task_reports_its_exception_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    failed: list[tuple[Exception, int]] = []

    def work() -> None:
        raise ValueError("no")

    run_task(
        work,
        lambda _r: failed.append((AssertionError(), 0)),
        lambda e: failed.append((e, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(failed))
    exc, thread = failed[0]
    assert isinstance(exc, ValueError) and str(exc) == "no" and thread == GUI


def test_tasks_on_an_executor_answer_in_the_order_they_finished(qtbot) -> None:  # type: ignore[no-untyped-def]
    answers: list[int] = []
    with ThreadPoolExecutor(max_workers=1) as pool:
        for i in range(20):
            run_task(lambda i=i: i, answers.append, lambda e: answers.append(-1), executor=pool)
    qtbot.waitUntil(lambda: len(answers) == 20)
    assert answers == list(range(20))


def test_a_courier_calls_on_its_own_thread_whoever_hands_over(qtbot) -> None:  # type: ignore[no-untyped-def]
    courier = Courier()
    called: list[int] = []
    threads = [
        threading.Thread(
            target=lambda: courier.to_main(lambda: called.append(threading.get_ident()))
        )
        for _ in range(5)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=5)
    qtbot.waitUntil(lambda: len(called) == 5)
    assert set(called) == {GUI}


def test_operations_answer_on_the_gui_thread_in_the_order_queued(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    answers: list[tuple[str, int]] = []
    for i in range(10):
        DbOp(lambda _c, i=i: i).success(
            lambda r: answers.append(("db", r) if threading.get_ident() == GUI else ("off", r))
        ).run(ctx.ops)
    NetOp(lambda: 99).success(lambda r: answers.append(("net", r))).run(ctx.ops)
    qtbot.waitUntil(lambda: len(answers) == 11 and ctx.ops.idle)
    assert [a for a in answers if a[0] == "db"] == [("db", i) for i in range(10)]
    assert ("net", 99) in answers
