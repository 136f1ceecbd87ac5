"""Work-arounds for defects of the Qt binding in use, applied once at import of ``desktop``.

PySide6 6.12.0: ``SignalInstance.emit()`` returns ``True`` without taking a
reference, so every ``signal.emit(...)`` from Python (ours, pytest-qt's,
``dataChanged.emit``) drops one reference of ``True``. On Python 3.11 a
long-running app reaches zero after some hundreds of emits and aborts with
"bool_dealloc: deallocating True or False". Python 3.12 made ``True`` and
``False`` immortal, which is exactly the cure; on older Pythons we give both
a reference count no program can use up. (Found while writing this app;
reproduce: ``for _ in range(1000): obj.sig.emit()`` then check
``sys.getrefcount(True)``.)

The same binding drops a reference of ``None`` on each ``QPainter.setPen``,
``fillRect``, ``drawLine`` and ``setFont`` call: a few exports of a
1,000-row attendance sheet (about 8,900 lost references each) abort the app
with "none_dealloc" (measured in ``python -m bench print``). ``None`` gets
the same cure.

Python's cyclic garbage collector runs in whichever thread happens to allocate when a
generation fills up: a database worker thread can then be the one that frees a cycle
holding Qt objects (a window's closures, a model's signal connections), and Qt objects
destroyed off the GUI thread crash the process ("Fatal Python error: Segmentation fault",
"Garbage-collecting" on a worker's stack: seen in the test suite). :class:`MainThreadGc`
turns the automatic collector off and collects from a timer on the GUI thread instead, as
Anki does (its ``aqt`` GarbageCollector) and PyQt's documentation advises.

PySide6 looks at every module imported after it (its ``__feature__`` import hook, PYSIDE-2029)
with ``inspect.getsource(module)`` to see whether the text "PySide6" occurs in it: each
module's source read, decoded, split into lines and kept in ``linecache`` for the life of the
process. At start-up that was some 450 modules and 60 ms of the GUI thread before the first
paint (``python -m bench startup``). :func:`fast_pyside_usage_check` asks the same question of
the module's file bytes (upstream's answer for modules without a ``.py`` file).
"""

from __future__ import annotations

import ctypes
import gc
import sys

from PySide6.QtCore import QObject, QTimer

_EXTRA_REFERENCES = 1 << 48


def make_bools_immortal() -> None:
    """Give ``True``, ``False`` and ``None`` 2**48 extra references (no-op on 3.12+)."""
    if sys.version_info >= (3, 12) or getattr(make_bools_immortal, "done", False):
        return
    for value in (True, False, None):
        ctypes.c_ssize_t.from_address(id(value)).value += _EXTRA_REFERENCES
    make_bools_immortal.done = True  # type: ignore[attr-defined]


make_bools_immortal()


def fast_pyside_usage_check() -> None:
    """Replace the ``__feature__`` hook's "does this module use PySide6?" test (see above)
    by one that reads the module's file as bytes; the same answer, without ``linecache``."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "kansli", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(upstream(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(upstream(module))

    uses_pyside.kansli = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


fast_pyside_usage_check()


class MainThreadGc(QObject):
    """Cyclic garbage collection on the GUI thread only: the automatic collector off, a
    timer collecting each generation as its threshold is passed (``stop`` turns it back on)."""

    INTERVAL_MS = 1000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        #: start(freeze=True) froze the objects there were.
        self.frozen = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.collect)

    def start(self, *, freeze: bool = False) -> MainThreadGc:
        """``freeze``: what exists now (start-up's modules, classes, functions, ~190,000
        objects made while the collector was off) leaves the collector's sight
        (:func:`gc.freeze`), so the first collection does not walk them all on the GUI
        thread (~80 ms as the window shows its data)."""
        gc.disable()
        if freeze:
            gc.freeze()
            self.frozen = True
        self.timer.start()
        return self

    def thaw(self) -> None:
        """What ``start(freeze=True)`` froze is collected again (a process living on)."""
        if self.frozen:
            self.frozen = False
            gc.unfreeze()

    def stop(self) -> None:
        self.timer.stop()
        self.thaw()
        gc.enable()

    def collect(self) -> int:
        """Collect what the thresholds ask for (on the GUI thread); how much was freed."""
        first, second, third = gc.get_count()
        freed = 0
        if first > self.threshold[0]:
            freed = gc.collect(0)
            if second > self.threshold[1]:
                freed = gc.collect(1)
                if third > self.threshold[2]:
                    freed = gc.collect(2)
        return freed
