"""``python -m sync``: sign in and sync one local database from the command line.

    python -m sync --server https://kansli.example.se --user anna@example.se \\
        --db ~/kansli-demo.db [--password-stdin] [--tenant demo]

The token is taken from the OS keyring (or ``$KANSLI_TOKEN`` for scripts);
without one the password is asked for (or read from the first line of
standard input) and the new token is kept in the keyring. Progress is
printed per page; Ctrl+C stops between two pages, and the next run resumes.

Exit codes: 0 synced, 1 failed, 3 server not reachable, 4 sign-in refused,
130 cancelled.
"""

from __future__ import annotations

import argparse
import getpass
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from types import FrameType
from typing import TextIO

from sync.client import ApiError, AuthError, ServerClient, ServerUnavailable
from sync.credentials import CredentialStore
from sync.engine import SyncEngine, SyncProgress, SyncState
from sync.store import ClientStore, StoreError

EXIT_OK, EXIT_FAILED, EXIT_OFFLINE, EXIT_AUTH, EXIT_CANCELLED = 0, 1, 3, 4, 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m sync", description="Sign in and sync a local Kansli database."
    )
    p.add_argument("--server", required=True, help="server URL, e.g. http://127.0.0.1:8000")
    p.add_argument("--user", required=True, help="e-mail address to sign in with")
    p.add_argument("--db", required=True, help="the local database file (created if missing)")
    p.add_argument("--tenant", help="tenant slug, when the user belongs to several")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    p.add_argument("--page-size", type=int, default=1000, help="rows per pulled page (max 5000)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for an answer")
    p.add_argument("--ca-bundle", help="CA certificates to verify the server with")
    return p


def _format_state(state: SyncState) -> str:
    parts = [state.status, f"{state.pending} pending", f"{state.rejected} need attention"]
    if state.last_sync_at:
        parts.append(f"last sync {state.last_sync_at.astimezone():%Y-%m-%d %H:%M:%S}")
    if state.error:
        parts.append(state.error)
    return " · ".join(parts)


class _Printer:
    """Prints progress: one updating line on a terminal, a line per page otherwise."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.tty = out.isatty()
        self.pending_newline = False

    def progress(self, p: SyncProgress) -> None:
        if p.phase == "push":
            line = f"pushed {p.pushed:,} commands"
        else:
            line = f"pulled {p.pages:,} pages, {p.rows:,} rows ({p.rate:,.0f} rows/s)"
        if self.tty:
            self.out.write(f"\r{line}\x1b[K")
            self.pending_newline = True
        else:
            self.out.write(line + "\n")
        self.out.flush()

    def line(self, text: str) -> None:
        if self.pending_newline:
            self.out.write("\n")
            self.pending_newline = False
        self.out.write(text + "\n")
        self.out.flush()


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(f"Password for {args.user} on {args.server}: ")


def _sign_in(
    args: argparse.Namespace,
    client: ServerClient,
    store: ClientStore,
    creds: CredentialStore,
    printer: _Printer,
) -> None:
    """Use the kept token if the server still takes it, else sign in with the password."""
    server = args.server.rstrip("/")
    token = os.environ.get("KANSLI_TOKEN") or creds.get(args.user, server)
    if token:
        client.token = token
        try:
            me = client.me()
            store.remember_account(
                server_url=server,
                user=me.get("user") or {},
                tenant=me.get("tenant") or {},
                roles=me.get("roles") or [],
                view=me["view"] if isinstance(me.get("view"), str) else None,
            )
            return
        except AuthError:
            client.token = None
            creds.delete(args.user, server)
    login = client.login(args.user, _password(args), tenant=args.tenant)
    creds.set(args.user, server, login.token)
    if not creds.available:
        printer.line(creds.message)
    store.remember_account(
        server_url=server, user=login.user, tenant=login.tenant, roles=login.roles
    )
    printer.line(
        f"Signed in as {login.user.get('display_name') or args.user} "
        f"in {login.tenant.get('name') or login.tenant.get('slug')}"
    )


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    printer = _Printer(out or sys.stdout)
    try:
        store = ClientStore(args.db)
    except StoreError as exc:
        printer.line(str(exc))
        return EXIT_FAILED
    notice = store.recovery()
    if notice is not None:
        where = (
            f"; the damaged file is kept at {notice.damaged_path}" if notice.damaged_path else ""
        )
        printer.line(
            f"The local database was {notice.reason} and has been rebuilt: {notice.kept} "
            f"unsent change(s) kept and queued again{where}. The data is fetched again now."
        )
        store.acknowledge_recovery()
    verify: bool | str = args.ca_bundle or True
    client = ServerClient(args.server, timeout=(5.0, args.timeout), verify=verify)
    engine = SyncEngine(store, client, on_progress=printer.progress, page_size=args.page_size)
    cancelled = False

    def _interrupt(_signum: int, _frame: FrameType | None) -> None:
        nonlocal cancelled
        if cancelled:
            raise KeyboardInterrupt
        cancelled = True
        engine.cancel()

    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, _interrupt) if in_main else None
    try:
        _sign_in(args, client, store, CredentialStore(), printer)
        printer.line(f"Syncing {args.db} with {args.server}")
        started = time.monotonic()
        report = engine.sync_once()
        if report.cancelled:
            printer.line("Cancelled; run again to continue where this stopped.")
            code = EXIT_CANCELLED
        else:
            printer.line(
                f"Done in {time.monotonic() - started:.1f} s: pushed {report.pushed} "
                f"({report.applied} applied, {report.rejected} refused), "
                f"pulled {report.pulled_rows:,} rows in {report.pages} pages"
            )
            code = EXIT_OK
    except ServerUnavailable as exc:
        printer.line(f"Offline: {exc.message}")
        code = EXIT_OFFLINE
    except AuthError as exc:
        printer.line(f"Sign-in refused: {exc.message}")
        code = EXIT_AUTH
    except (ApiError, StoreError) as exc:
        printer.line(f"Failed: {exc}")
        code = EXIT_FAILED
    finally:
        if in_main:
            signal.signal(signal.SIGINT, previous)
    printer.line(f"State: {_format_state(engine.state)}")
    engine.close()
    client.close()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
