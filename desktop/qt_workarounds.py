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
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 48


def make_bools_immortal() -> None:
    """Give ``True``, ``False`` and ``None`` 2**48 extra references (no-op on 3.12+)."""
    if sys.version_info >= (3, 12) or getattr(make_bools_immortal, "done", False):
        return
    for value in (True, False, None):
        ctypes.c_ssize_t.from_address(id(value)).value += _EXTRA_REFERENCES
    make_bools_immortal.done = True  # type: ignore[attr-defined]


make_bools_immortal()
