def test_garbage_is_collected_on_the_gui_thread_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    """MainThreadGc turns the automatic collector off (so no worker thread frees Qt objects
    in a cycle) and frees cycles from its timer on the GUI thread; stop turns it back on."""
    import gc
    import threading
    import weakref

    from PySide6.QtCore import QObject

    from desktop.qt_workarounds import MainThreadGc

    was = gc.isenabled()
    gc.enable()
    collector = MainThreadGc().start()
    try:
        assert not gc.isenabled()

        class Cycle(QObject):
            pass

        def cycle(freed_on: list[str]) -> None:
            holder = Cycle()
            holder.me = holder  # type: ignore[attr-defined]  # a cycle only gc frees
            weakref.finalize(holder, lambda: freed_on.append(threading.current_thread().name))

        # The thresholds: nothing is collected while the young generation's count is below
        # the first; once past it, collect() frees the cycle, here on the calling thread.
        # (Synchronous, so no event loop frees objects in between and lowers the count.)
        by_call: list[str] = []
        gc.collect(0)
        cycle(by_call)
        assert collector.collect() == 0 and by_call == []
        kept: list[list[None]] = []
        while gc.get_count()[0] <= collector.threshold[0]:
            kept.append([])
        assert collector.collect() > 0 and by_call == [threading.main_thread().name] and kept
        del kept

        # The timer: a cycle made while the automatic collector is off is freed by the
        # timer on the GUI thread. The count is net of objects freed, and the event loop
        # frees objects (deferred deletes of earlier tests), so the threshold is lowered
        # here to let every tick collect.
        collector.threshold = (-1, *collector.threshold[1:])
        by_timer: list[str] = []
        cycle(by_timer)
        assert by_timer == []
        qtbot.waitUntil(lambda: by_timer != [], timeout=5000)
        assert by_timer == [threading.main_thread().name]
    finally:
        collector.stop()
        if not was:
            gc.disable()
    assert gc.isenabled() or not was
