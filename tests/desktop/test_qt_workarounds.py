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

        freed_on: list[str] = []
        holder = Cycle()
        holder.me = holder  # type: ignore[attr-defined]  # a cycle only gc frees
        weakref.finalize(holder, lambda: freed_on.append(threading.current_thread().name))
        del holder
        # Allocations that would have started a collection in whichever thread made them.
        kept = [[] for _ in range(collector.threshold[0] + 1)]
        assert freed_on == [] and kept
        qtbot.waitUntil(lambda: freed_on != [], timeout=5000)
        assert freed_on == [threading.main_thread().name]
    finally:
        collector.stop()
        if not was:
            gc.disable()
    assert gc.isenabled() or not was
