"""The alumni worker: runs the automatic check of ``received`` registrations in the background.

It runs beside the mail worker: inside the API process when
``settings.run_worker`` (the embedded default, the demo), or in
``kansli-server worker`` (production). Each pass finds the tenants with a
registration that is due (new, or a retry whose ``next_attempt_at`` has
come) and runs :func:`~server.services.alumni.processing.process_pending`
for each. Several workers on one database are safe: each decision takes the
tenant's write lock and re-reads the registration, so a registration is
decided once.

Where the student records come from is a *source factory* (tenant id →
:class:`~server.services.alumni.student_records.StudentRecordSource`), chosen by the
server's settings (:func:`configured_sources`): ``KANSLI_STUDENT_RECORDS`` =
``database`` (the tenant's imported records, the default), ``ladok`` or ``fs``, and
``KANSLI_ADDRESS_SOURCE`` = ``navet`` for registered home addresses, both for
the tenants ``KANSLI_STUDENT_RECORDS_TENANTS`` names only (docs/STUDENT_RECORDS.md).
An application can set another on ``app.state.alumni_source_factory`` before it
starts (a failing one in tests).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select

from models.alumni import AlumniRegistration, AlumniStatus
from models.errors import NotFoundError, TransitionError
from models.ids import utcnow
from models.tenancy import Tenant
from server.services.alumni.enrichment import WithHomeAddresses
from server.services.alumni.fs import FsStudentRecords
from server.services.alumni.ladok import LadokStudentRecords
from server.services.alumni.navet import NavetAddresses
from server.services.alumni.outside_http import Retries
from server.services.alumni.processing import PendingSummary, process_pending, process_registration
from server.services.alumni.student_records import DatabaseStudentRecords, StudentRecordSource
from server.services.database import Database
from server.services.polling import PollingWorker
from server.settings import Settings

log = logging.getLogger("kansli.alumni")

#: tenant id -> the student-record source to ask for that tenant.
SourceFactory = Callable[[str], StudentRecordSource]


def database_sources(db: Database) -> SourceFactory:
    """The default: each tenant's imported student records in ``db``."""

    def source(tenant_id: str) -> StudentRecordSource:
        return DatabaseStudentRecords(db.sessions, tenant_id=tenant_id)

    return source


def configured_sources(settings: Settings, db: Database) -> SourceFactory:
    """The source factory the server's settings choose (module docstring).

    Ladok, FS and Navet are the institution's, not a tenant's: one client each, asked
    only for the tenants ``KANSLI_STUDENT_RECORDS_TENANTS`` names (the institution's
    own). Every other tenant of the server checks its own imported records: a public
    form of another tenant never sends a personnummer to the institution's registers
    nor stores what they hold.
    """
    shared: StudentRecordSource | None = None
    retries: Retries = {
        "attempts": settings.student_records_attempts,
        "backoff": settings.student_records_backoff_seconds,
        "max_wait": settings.student_records_max_wait_seconds,
        "deadline": settings.student_records_deadline_seconds,
    }
    if settings.student_records == "ladok":
        ladok_retries: Retries = {**retries, "timeout": settings.ladok_timeout_seconds}
        shared = LadokStudentRecords(
            base_url=settings.ladok_url,
            cert_file=settings.ladok_cert_file,
            key_file=settings.ladok_key_file,
            ca_file=settings.ladok_ca_file,
            **ladok_retries,
        )
    elif settings.student_records == "fs":
        password = settings.fs_password.get_secret_value() if settings.fs_password else ""
        shared = FsStudentRecords(
            base_url=settings.fs_url,
            username=settings.fs_username,
            password=password,
            ca_file=settings.fs_ca_file,
            **retries,
        )
    addresses = (
        NavetAddresses(
            url=settings.navet_url,
            cert_file=settings.navet_cert_file,
            key_file=settings.navet_key_file,
            ca_file=settings.navet_ca_file,
            org_nr=settings.navet_org_nr,
            order_id=settings.navet_order_id,
            **retries,
        )
        if settings.address_source == "navet"
        else None
    )
    records = database_sources(db)
    slugs = frozenset(settings.student_records_tenants)

    def source(tenant_id: str) -> StudentRecordSource:
        if not _tenant_in(db, tenant_id, slugs):
            return records(tenant_id)
        found = shared if shared is not None else records(tenant_id)
        return found if addresses is None else WithHomeAddresses(found, addresses)

    return source


def _tenant_in(db: Database, tenant_id: str, slugs: frozenset[str]) -> bool:
    """True if the tenant's slug is one of ``slugs`` (read each time: a slug can change)."""
    if not slugs:
        return False
    with db.sessions() as session:
        slug = session.scalar(select(Tenant.slug).where(Tenant.id == tenant_id))
    return slug in slugs


def sources_of(app_state: Any, db: Database) -> SourceFactory:
    """The source factory an application was given, else the one its settings choose."""
    factory: SourceFactory | None = getattr(app_state, "alumni_source_factory", None)
    if factory is not None:
        return factory
    settings = getattr(app_state, "settings", None)
    if not isinstance(settings, Settings):
        return database_sources(db)
    # One configured factory per application: its outside clients keep their connections.
    configured: SourceFactory | None = getattr(app_state, "alumni_configured_sources", None)
    if configured is None:
        configured = configured_sources(settings, db)
        app_state.alumni_configured_sources = configured
    return configured


def process_now(
    db: Database, sources: SourceFactory, registration_id: str, settings: Settings | None = None
) -> None:
    """Check one new registration at once (after the form answered); never raises.

    Whatever goes wrong is left to the worker: a technical error is recorded
    on the registration by the check itself, anything else leaves it
    ``received`` and due.
    """
    try:
        with db.transaction() as session:
            reg = session.get(AlumniRegistration, registration_id)
            if reg is None:
                return
            process_registration(
                session=session,
                registration_id=registration_id,
                source=sources(reg.tenant_id),
                now=utcnow(),
                settings=settings,
            )
    except (NotFoundError, TransitionError):
        pass  # decided meanwhile by the worker
    except Exception as exc:
        # No personal data in the log: the id and the kind of failure only.
        log.warning(
            "alumni registration %s: check after intake failed (%s)",
            registration_id,
            type(exc).__name__,
        )


@dataclass
class AlumniRunResult:
    """One pass of the worker: the summary of each tenant that had due registrations."""

    tenants: dict[str, PendingSummary] = field(default_factory=dict)

    @property
    def decided(self) -> int:
        return sum(len(s.decided) for s in self.tenants.values())

    @property
    def failed(self) -> int:
        return sum(len(s.failed) for s in self.tenants.values())


class AlumniWorker(PollingWorker):
    """Checks due alumni registrations; ``run_once`` for one pass, ``start`` for a thread."""

    thread_name = "kansli-alumni-worker"

    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        sources: SourceFactory | None = None,
        batch: int = 200,
    ) -> None:
        super().__init__(settings)
        self.db = db
        self.sources = sources or configured_sources(settings, db)
        self.batch = batch

    @classmethod
    def for_app(cls, app: Any, db: Database, settings: Settings) -> AlumniWorker:
        """A worker using the source factory configured on ``app.state`` (if any)."""
        return cls(db, settings, sources=sources_of(app.state, db))

    def _due_tenants(self, now: datetime) -> list[str]:
        with self.db.sessions() as s:
            return list(
                s.scalars(
                    select(AlumniRegistration.tenant_id)
                    .where(
                        AlumniRegistration.status == AlumniStatus.RECEIVED,
                        AlumniRegistration.deleted_at.is_(None),
                        or_(
                            AlumniRegistration.next_attempt_at.is_(None),
                            AlumniRegistration.next_attempt_at <= now,
                        ),
                    )
                    .distinct()
                    .order_by(AlumniRegistration.tenant_id)
                )
            )

    def run_once(self, *, now: datetime | None = None) -> AlumniRunResult:
        """Check the due registrations of every tenant once (up to ``batch`` per tenant)."""
        now = now or utcnow()
        result = AlumniRunResult()
        for tenant_id in self._due_tenants(now):
            try:
                summary = process_pending(
                    session_factory=self.db.sessions,
                    tenant_id=tenant_id,
                    source=self.sources(tenant_id),
                    now=now,
                    limit=self.batch,
                    settings=self.settings,
                )
            except Exception as exc:
                # Only the kind: a database error's text can quote personal data.
                log.error(
                    "alumni processing of tenant %s failed: %s", tenant_id, type(exc).__name__
                )
                continue
            result.tenants[tenant_id] = summary
            if summary.decided or summary.failed:
                log.info(
                    "alumni registrations checked",
                    extra={
                        "fields": {
                            "tenant_id": tenant_id,
                            "decided": len(summary.decided),
                            "failed": len(summary.failed),
                            "waiting": summary.waiting,
                        }
                    },
                )
        return result

    # -- the thread -------------------------------------------------------------

    def run_pass(self) -> None:
        """One pass of the thread; a failure is logged (by kind only) and the loop goes on."""
        try:
            self.run_once()
        except Exception as exc:
            log.error("alumni worker pass failed: %s", type(exc).__name__)
