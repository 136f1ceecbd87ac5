"""Kansli's desktop client: a PySide6 application on the local SQLite database.

Layers (ARCHITECTURE.md): ``desktop`` imports ``sync`` and ``models``, never
the other way round. No database or network work runs on the GUI thread:
everything goes through :mod:`desktop.operations`.
"""

from desktop import qt_workarounds as _qt_workarounds  # noqa: F401  (before any Qt use)

__version__ = "0.1.0"
