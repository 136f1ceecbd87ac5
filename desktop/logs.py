"""The desktop's log file and its start-up timing marks.

A module of its own (standard library only) so that ``desktop.app`` (the
entry point), ``desktop.application`` and the main window can all use it
without importing each other.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

log = logging.getLogger("desktop")

#: When the process started (this module is imported first by ``desktop.app``).
STARTED = time.monotonic()


def timing(what: str) -> None:
    """Log how long after start ``what`` happened (stderr too with KANSLI_TIMING=1)."""
    elapsed = time.monotonic() - STARTED
    log.info("start-up: %s after %.2f s", what, elapsed)
    if os.environ.get("KANSLI_TIMING") == "1":
        print(f"kansli: {what} after {elapsed:.2f} s", file=sys.stderr)


def log_file() -> Path:
    import platformdirs

    return platformdirs.user_log_path("Kansli", appauthor=False) / "kansli.log"


def setup_logging() -> None:
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
