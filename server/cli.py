"""``kansli-server``: run, migrate and administer the server, or start the local demo."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.errors import DomainError
from models.files import restrict_umask
from server.logging import configure_logging
from server.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from models.tenancy import User


def _settings(args: argparse.Namespace, **extra: Any) -> Settings:
    overrides: dict[str, Any] = dict(extra)
    if getattr(args, "database", None):
        overrides["database_url"] = args.database
    try:
        return Settings(**overrides)
    except ValueError as exc:  # pydantic's ValidationError, or an unreadable settings file
        raise DomainError(f"settings: {exc}") from exc


#: Why production refuses to start without KANSLI_SECRET_KEY and KANSLI_PUBLIC_BASE_URL.
_PRODUCTION_NEEDS = (
    "without KANSLI_SECRET_KEY (at least 32 random characters, the same in every server process) "
    "sign-ins to the web pages fail after a restart or on another process, and without "
    "KANSLI_PUBLIC_BASE_URL (e.g. https://kansli.example.se) links in mails point to "
    "127.0.0.1; on a developer's machine, --dev allows both defaults"
)


def _production_ready(settings: Settings, args: argparse.Namespace, doing: str) -> str | None:
    """The refusal when production settings are missing (None with ``--dev`` or all set)."""
    missing = settings.missing_for_production()
    if missing and not args.dev:
        return f"set {' and '.join(missing)} before {doing}: {_PRODUCTION_NEEDS}"
    return None


def _fail(message: str, code: int = 1) -> int:
    print(f"kansli-server: error: {message}", file=sys.stderr)
    return code


#: The user commands, in the order `kansli-server user --help` lists them: (name under
#: `user`, the older top-level name or "", its arguments, the command).
_USER_COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None], Command]] = []
Command = Callable[[argparse.Namespace], int]


def _user_command(
    name: str, old_name: str, arguments: Callable[[argparse.ArgumentParser], None]
) -> Callable[[Command], Command]:
    """Register a command as `kansli-server user <name>` (and by ``old_name``); its help is
    its docstring's first line."""

    def register(func: Command) -> Command:
        _USER_COMMANDS.append((name, old_name, arguments, func))
        return func

    return register


def _email_arg(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("email")


def _create_args(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--tenant", required=True, help="the tenant's slug")
    sp.add_argument("--email", required=True)
    sp.add_argument("--role", required=True, action="append", help="role (repeat or comma-list)")
    sp.add_argument("--name", help="display name")
    sp.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (else it is asked for, twice)",
    )


def _invite_args(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("email")
    sp.add_argument("--tenant", required=True, help="the tenant's slug")
    sp.add_argument("--role", required=True, action="append", help="role (repeat or comma-list)")
    sp.add_argument("--name", help="display name")


def _roles_args(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("email")
    sp.add_argument("--tenant", required=True, help="the tenant's slug")
    sp.add_argument("roles", nargs="*", help="roles (none: no roles in the tenant)")


def _phone_args(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("email")
    sp.add_argument("phone", help='mobile phone, e.g. 070-123 45 67 or +4670...; "" removes it')


# -- commands -----------------------------------------------------------------------


def cmd_migrate(args: argparse.Namespace) -> int:
    from server.db import migrate

    settings = _settings(args)
    migrate(settings.database_url)
    print("database is at the newest schema")
    _notice_restore(args, settings)
    return 0


#: What ``after-restore`` cannot do for the operator (docs/OPERATIONS.md, "Restore").
RESTORE_CHECKLIST = """\
Also check, as the backup brought back the state of its day:
  - every user signs in again (all sign-ins were ended);
  - passwords changed, accounts deactivated or roles taken away since the backup
    are back as they were: do them again (kansli-server user ...);
  - card refunds and payments made since the backup: compare with the provider's
    dashboard (a refund sent again by a client is the same refund for 24 hours);
  - mails sent since the backup may be sent again when clients send their work again."""


def _after_restore(session: Session) -> tuple[int, int]:
    """The steps after a restore: a new epoch for every tenant, every sign-in ended."""
    from server.services.seq import revoke_sessions, start_new_epoch

    conn = session.connection()
    return start_new_epoch(conn), revoke_sessions(conn)


def cmd_after_restore(args: argparse.Namespace) -> int:
    """After restoring the database from a backup, before serving: start every tenant's
    sequence in a new epoch, so clients that synced after the backup start over and send
    again what the backup lacks, and end every sign-in (docs/OPERATIONS.md)."""
    with _database(args) as session:
        moved, ended = _after_restore(session)
    print(f"{moved} tenants' sequences start a new epoch: clients resync from the start")
    print(f"{ended} sign-ins ended: everyone signs in again")
    print(RESTORE_CHECKLIST)
    return 0


def _notice_restore(args: argparse.Namespace, settings: Settings) -> None:
    """A database restored from a backup whose ``after-restore`` was forgotten (its
    identity is not the one noted: :func:`server.services.seq.restored_unnoticed`) gets
    its steps now, before anything is served or written."""
    from sqlalchemy import inspect

    from server.services.seq import restored_unnoticed

    with _database(args, settings=settings) as session:
        if not inspect(session.connection()).has_table("tenant_seq"):
            return
        if not restored_unnoticed(session.connection()):
            return
        moved, ended = _after_restore(session)
    print(
        f"This database was restored from a backup (or copied) and after-restore was not "
        f"run: done now. {moved} tenants' sequences start a new epoch; {ended} sign-ins ended.",
        file=sys.stderr,
    )
    print(RESTORE_CHECKLIST, file=sys.stderr)


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the API and the web pages: one process, or ``--workers N`` under uvicorn's
    supervisor (it starts N processes on one socket and replaces any that dies)."""
    import uvicorn

    from server.app import UVICORN_OPTIONS, create_app
    from server.db import migrate

    extra: dict[str, Any] = {"run_worker": True} if args.worker else {}
    if args.dev:
        extra["api_docs"] = True  # the Swagger UI page (CDN assets) on a developer's machine
    if args.workers is not None:
        extra["web_workers"] = args.workers
    settings = _settings(args, **extra)
    refused = _production_ready(settings, args, "serving")
    if refused:
        return _fail(refused)
    workers = settings.web_workers
    if workers > 1 and settings.run_worker:
        return _fail(
            f"--workers {workers} with the background jobs in the web processes "
            "(--worker, KANSLI_RUN_WORKER): run them apart, in `kansli-server worker`"
        )
    if workers > 1 and not settings.database_url.startswith("postgresql"):
        return _fail(
            f"--workers {workers} needs PostgreSQL (KANSLI_DATABASE_URL=postgresql+psycopg://...): "
            "SQLite takes one web process"
        )
    configure_logging(settings.log_level)
    if args.migrate:
        migrate(settings.database_url)
    _notice_restore(args, settings)
    if workers == 1:
        app = create_app(settings)
        uvicorn.run(app, host=args.host, port=args.port, **UVICORN_OPTIONS)
        return 0
    # Each process builds its app from the environment (server.app.app_from_environment):
    # what the command line gave goes there, as the settings' own names.
    for name, value in extra.items():
        os.environ[f"KANSLI_{name.upper()}"] = str(value)
    os.environ["KANSLI_DATABASE_URL"] = settings.database_url
    if "secret_key" not in settings.model_fields_set:  # --dev: one random key for them all
        os.environ["KANSLI_SECRET_KEY"] = settings.secret_key.get_secret_value()
    uvicorn.run(
        "server.app:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=workers,
        **UVICORN_OPTIONS,
    )
    return 0


@contextlib.contextmanager
def _database(
    args: argparse.Namespace, *, settings: Settings | None = None, write: bool = True
) -> Iterator[Session]:
    """A session on the server's database (one transaction when ``write``); the
    database is closed afterwards."""
    from server.services.database import Database

    db = Database((settings or _settings(args)).database_url)
    try:
        with db.transaction() if write else db.sessions() as session:
            yield session
    finally:
        db.dispose()


@contextlib.contextmanager
def _account(
    args: argparse.Namespace, *, settings: Settings | None = None, write: bool = True
) -> Iterator[tuple[Session, User]]:
    """:func:`_database`'s session and the account ``args.email``."""
    from server.services.users import user_by_email

    with _database(args, settings=settings, write=write) as session:
        yield session, user_by_email(session, args.email)


def cmd_create_tenant(args: argparse.Namespace) -> int:
    from server.services.accounts import create_tenant

    with _database(args) as session:
        tenant = create_tenant(
            session=session, slug=args.slug, name=args.name, language=args.language
        )
        print(f"tenant {tenant.slug} created (id {tenant.id})")
    return 0


def _new_password(args: argparse.Namespace) -> str:
    """The new password: one line of standard input with ``--password-stdin``, else typed
    twice at the terminal (never an argument: other users can read those)."""
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise DomainError("--password-stdin: standard input is empty")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise DomainError("no terminal to ask for the password on: use --password-stdin")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Password again: "):
        raise DomainError("the passwords differ")
    return first


@_user_command("create", "create-user", _create_args)
def cmd_create_user(args: argparse.Namespace) -> int:
    """Create a user with roles in a tenant."""
    from sqlalchemy import select

    from models import validators
    from models.tenancy import User
    from server.services.accounts import create_user, grant_roles, parse_roles, tenant_by_slug
    from server.services.audit import audit
    from server.services.passwords import check_password

    roles = parse_roles(r for item in args.role for r in item.split(","))
    address = validators.normalize_email(args.email)
    with _database(args) as session:
        tenant = tenant_by_slug(session=session, slug=args.tenant)
        if session.scalar(select(User).where(User.email == address)) is not None:
            raise DomainError(
                f"a user {address} already exists; nothing was changed (give roles with "
                "set-roles, a new password with reset-password)"
            )
        password = _new_password(args)
        check_password(password, email=address)
        user = create_user(
            session=session, email=address, password=password, display_name=args.name or ""
        )
        grant_roles(session=session, user=user, tenant=tenant, roles=[r.value for r in roles])
        audit(
            session,
            actor_user_id=None,
            tenant_id=tenant.id,
            action="user.created",
            target_type="app_user",
            target_id=user.id,
            details={"roles": [r.value for r in roles], "via": "cli"},
        )
        print(f"{user.email} has roles {', '.join(r.value for r in roles)} in {tenant.slug}")
    return 0


@_user_command("reset-password", "reset-password", _email_arg)
def cmd_reset_password(args: argparse.Namespace) -> int:
    """Mail a user a password reset link."""
    from server.services.users import request_reset

    settings = _settings(args)
    with _account(args, settings=settings) as (session, user):
        request_reset(session, settings, actor_user_id=None, user=user, tenant_id=None)
        print(f"a password reset link for {user.email} is in the mail queue")
    return 0


@_user_command("deactivate", "deactivate-user", _email_arg)
def cmd_deactivate_user(args: argparse.Namespace) -> int:
    """Deactivate an account, revoking its sessions."""
    from server.services.users import deactivate

    with _account(args) as (session, user):
        revoked = deactivate(session, actor_user_id=None, user=user)
        print(f"{user.email} is deactivated; {revoked} sessions revoked")
    return 0


@_user_command("invite", "", _invite_args)
def cmd_invite_user(args: argparse.Namespace) -> int:
    """Invite an address with roles in a tenant (by mail)."""
    from server.services.accounts import tenant_by_slug
    from server.services.users import invite

    roles = [r for item in args.role for r in item.split(",") if r]
    settings = _settings(args)
    with _database(args, settings=settings) as session:
        tenant = tenant_by_slug(session=session, slug=args.tenant)
        invite(
            session,
            settings,
            actor_user_id=None,
            tenant=tenant,
            email=args.email,
            display_name=args.name or "",
            roles=roles,
        )
        print(f"an invitation to {tenant.slug} for {args.email.strip()} is in the mail queue")
    return 0


@_user_command("set-phone", "", _phone_args)
def cmd_set_phone(args: argparse.Namespace) -> int:
    """Set (or, with "", remove) the mobile phone SMS attestation codes go to."""
    from server.services.users import set_phone

    with _account(args) as (session, user):
        changed = set_phone(
            session, actor_user_id=None, tenant_id=None, user=user, phone=args.phone
        )
        shown = user.phone or "no mobile phone"
        print(f"{user.email} has {shown}{'' if changed else ' (unchanged)'}")
    return 0


@_user_command("set-roles", "set-roles", _roles_args)
def cmd_set_roles(args: argparse.Namespace) -> int:
    """Set a user's tenant-wide roles in a tenant (exactly)."""
    from server.services.accounts import tenant_by_slug
    from server.services.users import set_roles

    roles = [r for item in args.roles for r in item.split(",") if r]
    with _database(args) as session:
        tenant = tenant_by_slug(session=session, slug=args.tenant)
        user = set_roles(session, actor_user_id=None, tenant=tenant, email=args.email, roles=roles)
        shown = ", ".join(sorted(set(roles))) or "none"
        print(f"{user.email} has roles {shown} in {tenant.slug}")
    return 0


@_user_command("list-sessions", "list-sessions", _email_arg)
def cmd_list_sessions(args: argparse.Namespace) -> int:
    """List a user's live sign-in sessions."""
    from models.tenancy import Tenant
    from server.services.users import list_sessions

    with _account(args, write=False) as (session, user):
        views = list_sessions(session, user_id=user.id, tenant_id=None)
        for v in views:
            tenant = session.get(Tenant, v.tenant_id)
            slug = tenant.slug if tenant else "?"
            created, expires = (
                f"{v.created_at:%Y-%m-%d %H:%M}",
                f"{v.expires_at:%Y-%m-%d %H:%M}",
            )
            print(f"{v.id}  {slug}  created {created}  expires {expires}  {v.client_label}")
        print(f"{len(views)} live sessions of {user.email}")
    return 0


@_user_command("revoke-sessions", "revoke-sessions", _email_arg)
def cmd_revoke_sessions(args: argparse.Namespace) -> int:
    """Sign a user out everywhere."""
    from server.services.audit import audit
    from server.services.users import revoke_all_sessions

    with _account(args) as (session, user):
        revoked = revoke_all_sessions(session, user_id=user.id)
        audit(
            session,
            actor_user_id=None,
            tenant_id=None,
            action="user.sessions_revoked",
            target_type="app_user",
            target_id=user.id,
            details={"sessions_revoked": revoked, "via": "cli"},
        )
        print(f"{revoked} sessions of {user.email} revoked")
    return 0


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from server.demo.seed import seed_demo
    from server.services.database import Database

    db = Database(_settings(args).database_url)
    try:
        report = seed_demo(db)
    finally:
        db.dispose()
    print("demo tenant seeded" if report.created else "demo tenant exists already")
    for user in report.users:
        print(f"  {user['email']}  password {user['password']}  roles {','.join(user['roles'])}")
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from server.app import background_jobs
    from server.services.agent_orders.signers import send_queued_sms
    from server.services.alumni.worker import AlumniWorker
    from server.services.database import Database
    from server.services.mail import MailWorker

    settings = _settings(args)
    refused = _production_ready(settings, args, "sending mail")
    if refused:
        return _fail(refused)
    configure_logging(settings.log_level)
    db = Database(settings.database_url)
    worker = MailWorker(db, settings, also=background_jobs(db, settings))
    # Alumni registrations: the automatic check and its retries (issue 7).
    alumni = AlumniWorker(db, settings)
    try:
        if args.once:
            checked = alumni.run_once()
            print(f"alumni registrations decided {checked.decided}, failed {checked.failed}")
            result = worker.run_once()
            print(f"sent {result.sent}, retrying {result.retried}, failed {result.failed}")
            send_queued_sms(db, settings)
            return 0
        alumni.start()
        # SIGTERM (systemd's stop, a container's): the mail under way is sent, the ones
        # sent recorded, the rest given back and the other jobs skipped, then the loop ends;
        # no mail is left claimed for a lease to expire (docs/SCALING.md, TimeoutStopSec).
        signal.signal(signal.SIGTERM, lambda *_: worker.stop())
        worker.run()  # until interrupted
    except KeyboardInterrupt:
        pass
    finally:
        alumni.stop()
        db.dispose()
    return 0


def _personnummer_from_stdin() -> str:
    """One line of standard input, or typed at the prompt at a terminal ("": none)."""
    if sys.stdin.isatty():
        return input("Personnummer (empty: none): ").strip()
    return sys.stdin.readline().strip()


def cmd_ask_student_records(args: argparse.Namespace) -> int:
    """Ask the configured student-record source (and address source) about one person.

    For checking a Ladok, FS or Navet configuration (docs/STUDENT_RECORDS.md) before
    registrations depend on it: prints what processing would get, or the technical error.
    The personnummer is read from standard input (asked for at a terminal), never an
    argument: process lists and shell history keep those (docs/SECURITY.md).
    """
    from models import validators
    from models.errors import NotFoundError, ValidationError
    from server.services.accounts import tenant_by_slug
    from server.services.alumni.worker import configured_sources
    from server.services.database import Database

    settings = _settings(args)
    db = Database(settings.database_url)
    try:
        typed = _personnummer_from_stdin()
        pnr = validators.normalize_personnummer(typed) if typed else None
        email = validators.normalize_email(args.email) if args.email else None
        with db.sessions() as session:
            tenant_id = tenant_by_slug(session=session, slug=args.tenant).id
        source = configured_sources(settings, db)(tenant_id)
        if args.tenant not in settings.student_records_tenants:
            print(
                f"{args.tenant} is not in KANSLI_STUDENT_RECORDS_TENANTS: "
                "its own imported records are asked"
            )
        records = source.lookup(personnummer=pnr, email=email)
    except (ValidationError, NotFoundError) as exc:
        return _fail(exc.message)
    except Exception as exc:  # what processing would record as a technical error
        return _fail(f"{settings.student_records}: {type(exc).__name__}: {exc}")
    finally:
        db.dispose()
    outside = args.tenant in settings.student_records_tenants
    where = settings.student_records if outside else "database"
    print(f"{where}: {len(records)} record(s)")
    for r in records:
        print(
            f"  {r.source}: {r.first_name} {r.last_name}; program {r.program_code} "
            f"{r.program_name}; degree {r.degree or '-'}; credits {r.credits:g}; "
            f"graduated {r.graduation_year or '-'}; address {r.street}, {r.postal_code} {r.city}"
        )
    return 0


def cmd_import_student_records(args: argparse.Namespace) -> int:
    """Import a CSV/XLSX export of the student system: all rows or none, errors per row."""
    from models.errors import ValidationError
    from server.services.accounts import tenant_by_slug
    from server.services.alumni.student_records import (
        StudentRecordImportError,
        import_student_records,
    )
    from server.services.database import Database

    db = Database(_settings(args).database_url)
    try:
        with db.transaction() as session:
            tenant = tenant_by_slug(session=session, slug=args.tenant)
            summary = import_student_records(session, tenant.id, args.file)
    except StudentRecordImportError as exc:
        for error in exc.errors[:_MAX_ERRORS_SHOWN]:
            print(f"{args.file}: {error}", file=sys.stderr)
        if len(exc.errors) > _MAX_ERRORS_SHOWN:
            print(f"{args.file}: … and {len(exc.errors) - _MAX_ERRORS_SHOWN} more", file=sys.stderr)
        return _fail(f"{len(exc.errors)} error(s); nothing was imported")
    except ValidationError as exc:  # not a readable export at all (models.tabular says why)
        return _fail(f"{args.file}: {exc.message}; nothing was imported")
    finally:
        db.dispose()
    print(f"read {args.file} as {summary.read_as}")
    for note in summary.notes:
        print(f"note: {note}")
    if not summary.rows:
        print(f"warning: {args.file} has a header row and no records", file=sys.stderr)
    print(
        f"student records of {args.tenant}: {summary.created} created, "
        f"{summary.updated} updated, {summary.unchanged} unchanged"
    )
    if summary.ignored_columns:
        print(f"columns ignored: {', '.join(summary.ignored_columns)}")
    return 0


def cmd_mark_bounced(args: argparse.Namespace) -> int:
    """Mark an address of a tenant's people as bouncing, from a bounce that came later as a
    mail (a delivery status notification): what the mail worker does on a 5xx refusal."""
    from models import validators
    from server.services.accounts import tenant_by_slug
    from server.services.bounces import mark_bounced
    from server.services.mail import scrub

    address = validators.normalize_email(args.address, field="--address")
    detail = args.detail.strip()
    if not detail:
        raise DomainError("--detail: give the receiving server's answer (e.g. 550 5.1.1 ...)")
    with _database(args) as session:
        tenant = tenant_by_slug(session=session, slug=args.tenant)
        marked = mark_bounced(
            session, tenant_id=tenant.id, address=address, detail=scrub(detail), via="cli"
        )
    if not marked:
        return _fail(f"no person of {args.tenant} has the address {address}; nothing was marked")
    print(f"{address} is marked as bouncing on {marked} person(s) of {args.tenant}")
    return 0


#: Errors the student-record import prints one by one (a wrong 50,000-row file has as many).
_MAX_ERRORS_SHOWN = 100


def cmd_demo(args: argparse.Namespace) -> int:
    from server.demo import start

    if args.prepare:
        return start.prepare()
    if not args.data_dir or not args.info_file:
        return _fail("kansli-server demo needs --data-dir and --info-file (or --prepare)")
    return start.run(data_dir=Path(args.data_dir), info_file=Path(args.info_file), port=args.port)


# -- parser -------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kansli-server",
        description="The Kansli server. Options not given come from KANSLI_* environment "
        "variables (see server/settings.py).",
    )
    sub = p.add_subparsers(dest="command", required=True)

    def with_db(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("--database", metavar="URL", help="database URL (KANSLI_DATABASE_URL)")
        return sp

    s = with_db(sub.add_parser("serve", help="run the API server"))
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--migrate", action="store_true", help="migrate the database first")
    s.add_argument(
        "--worker",
        action="store_true",
        help="run the background jobs (mail, reminders, ...) in this one web process",
    )
    s.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="web processes (KANSLI_WEB_WORKERS, default 1); above 1 on PostgreSQL only, "
        "with the background jobs in `kansli-server worker`",
    )
    s.add_argument(
        "--dev",
        action="store_true",
        help="development: allow a random secret key and links to 127.0.0.1 "
        "(production must set KANSLI_SECRET_KEY and KANSLI_PUBLIC_BASE_URL)",
    )
    s.set_defaults(func=cmd_serve)

    with_db(sub.add_parser("migrate", help="bring the database to the newest schema")).set_defaults(
        func=cmd_migrate
    )

    t = with_db(sub.add_parser("create-tenant", help="create a tenant"))
    t.add_argument("slug")
    t.add_argument("--name")
    t.add_argument(
        "--language",
        choices=["sv", "en"],
        default="sv",
        help="the language of the tenant's mails (default: sv)",
    )
    t.set_defaults(func=cmd_create_tenant)

    # The user commands: under `user` (`kansli-server user invite ...`) and, for the
    # scripts that use them, by their first names (create-user, set-roles, ...).
    users = sub.add_parser("user", help="administer users: invite, roles, phone, sessions")
    user_sub = users.add_subparsers(dest="user_command", required=True)
    for name, old_name, add_arguments, func in _USER_COMMANDS:
        text = (func.__doc__ or "").split("\n")[0].rstrip(".")
        text = text[:1].lower() + text[1:]
        for group, command in ((user_sub, name), (sub, old_name)):
            if command:
                sp = with_db(group.add_parser(command, help=text))
                add_arguments(sp)
                sp.set_defaults(func=func, roles_positional=name == "set-roles")

    with_db(sub.add_parser("seed-demo", help="add the demo tenant with demo data")).set_defaults(
        func=cmd_seed_demo
    )

    w = with_db(sub.add_parser("worker", help="send queued mail and check alumni registrations"))
    w.add_argument("--once", action="store_true", help="one pass, then exit")
    w.add_argument(
        "--dev",
        action="store_true",
        help="development: allow a random secret key and links to 127.0.0.1",
    )
    w.set_defaults(func=cmd_worker)

    r = with_db(
        sub.add_parser(
            "import-student-records",
            help="import a CSV or XLSX export of the student system (all rows or none)",
        )
    )
    r.add_argument("--tenant", required=True, help="the tenant's slug")
    r.add_argument("file", help="the export (.csv, .tsv, .txt or .xlsx)")
    r.set_defaults(func=cmd_import_student_records)

    q = with_db(
        sub.add_parser(
            "ask-student-records",
            help="ask the configured student-record source about one person (a config check); "
            "the personnummer is read from standard input",
        )
    )
    q.add_argument("--tenant", required=True, help="the tenant's slug")
    q.add_argument("--email", help="the person's e-mail address")
    q.set_defaults(func=cmd_ask_student_records)

    b = with_db(
        sub.add_parser(
            "mark-bounced",
            help="mark a tenant's people's address as bouncing (a bounce that came as a mail)",
        )
    )
    for flag, text in (
        ("--tenant", "the tenant's slug"),
        ("--address", "the address that bounced"),
        ("--detail", "the receiving server's answer"),
    ):
        b.add_argument(flag, required=True, help=text)
    b.set_defaults(func=cmd_mark_bounced)

    ar = with_db(
        sub.add_parser(
            "after-restore",
            help="run once after restoring the database from a backup, before serving",
        )
    )
    ar.set_defaults(func=cmd_after_restore)

    d = sub.add_parser("demo", help="local demo: SQLite, demo data, mail catcher, worker")
    d.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: any free one)")
    d.add_argument("--data-dir", help="folder for the database and caught mail")
    d.add_argument("--info-file", help="JSON written once the server answers")
    d.add_argument(
        "--prepare",
        action="store_true",
        help="only build today's demo database for later starts (the installer runs this)",
    )
    d.set_defaults(func=cmd_demo)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``kansli-server`` and ``python -m server``."""
    # The database, the demo's mail and codes, logs: nothing this process creates is
    # readable by other users (models.files).
    restrict_umask()
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and getattr(args, "roles_positional", False):
        # argparse hands out a positional list once: roles after --tenant come back here.
        args.roles += [e for e in extra if not e.startswith("-")]
        extra = [e for e in extra if e.startswith("-")]
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        return int(args.func(args))
    except DomainError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(str(exc))
