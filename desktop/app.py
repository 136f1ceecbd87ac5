"""``kansli``: start the desktop application.

``kansli`` signs in (login dialog) and opens the main window on the
account's local database. ``kansli --demo`` starts ``kansli-server demo`` as
a child process on a free loopback port, signs in as the demo
administrator and stops the child on exit; the demo's data stays in a folder
of the user's (or ``--demo-dir DIR``; ``--demo-reset`` starts it over), and a
later start shows its local copy while the server starts (``desktop.demo``). ``--screenshot FILE.png
[--tab NAME]`` saves a PNG of the main window once its data is shown, then
quits. ``--database FILE`` opens a local database without a server.
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
from pathlib import Path
from typing import Any

from desktop.logs import setup_logging

TAB_NAMES = {
    "courses": "courses",
    "participants": "participants",
    "alumni": "alumni",
    "alumni-queue": "alumni",
    "agent-orders": "agent-orders",
    "orders": "agent-orders",
}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="kansli", description="Kansli back office")
    p.add_argument("--demo", action="store_true", help="start and use the local demo server")
    p.add_argument("--screenshot", metavar="FILE.png", help="save the main window, then quit")
    p.add_argument("--tab", default="courses", help="tab to show: " + ", ".join(TAB_NAMES))
    p.add_argument("--language", choices=("sv", "en"), help="override the language setting")
    p.add_argument("--database", metavar="FILE", help="open a local database without a server")
    p.add_argument("--settings", metavar="FILE.ini", help="settings file (default: per user)")
    p.add_argument(
        "--demo-dir",
        metavar="DIR",
        help="with --demo: keep the demo's data in DIR (default: a folder in your user data)",
    )
    p.add_argument(
        "--demo-reset",
        action="store_true",
        help="with --demo: start the demo over from fresh demo data",
    )
    args = p.parse_args(argv)
    key = args.tab.strip().lower().replace(" ", "-")
    if key not in TAB_NAMES:
        p.error(f"--tab must be one of {', '.join(TAB_NAMES)}, not {args.tab!r}")
    args.tab = TAB_NAMES[key]
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``kansli``."""
    # No cyclic garbage collection while start-up imports (a sixth of their time went to
    # collections that found next to nothing): from the application's start the
    # collector runs on the GUI thread's timer (desktop.qt_workarounds.MainThreadGc), which
    # freezes what start-up made so its first collection does not walk it all.
    gc.disable()
    # The local store, the demo's files, logs: nothing this process creates is
    # readable by other users of the computer (models.files).
    from models.files import restrict_umask

    restrict_umask()
    args = parse_args(argv)
    demo = None
    if args.demo:
        # Start the server first: it boots while Qt and the window load.
        from desktop.demo import DemoServer, default_dir

        folder = Path(args.demo_dir) if args.demo_dir else default_dir()
        demo = DemoServer(folder, reset=args.demo_reset).start()
    try:
        import desktop  # noqa: F401  (work-arounds before Qt is used)
        from desktop.webview import prepare_application

        # QtWebEngine (loaded later, on first use) needs this before the QApplication.
        prepare_application()
        setup_logging()
        from desktop.application import Application

        app = Application(args, demo)

        def on_signal(_sig: int, _frame: Any) -> None:
            app.quit(130)

        signal.signal(signal.SIGINT, on_signal)
        signal.signal(signal.SIGTERM, on_signal)
        # Let Python see signals while Qt's loop runs.
        from PySide6.QtCore import QTimer

        tick = QTimer()
        tick.start(250)
        tick.timeout.connect(lambda: None)
        app.start()
        code = app.qapp.exec()
        app.shutdown()
        return app.exit_code or code
    finally:
        if demo is not None:
            demo.stop()


if __name__ == "__main__":
    sys.exit(main())
