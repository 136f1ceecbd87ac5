"""The nightly retention job (issue 23, GDPR art. 5(1)(e)): each tenant's rules
(:mod:`models.retention`) applied, and what they removed recorded.

Per tenant, in one transaction under the tenant's lock:

- ``denied_alumni_months``: alumni registrations denied (by staff or by the automatic
  check) longer ago than that are removed: tombstoned, so every client's pull removes them
  (the synced delete the rest of the code uses), with their personal columns cleared on
  the server first (a tombstone keeps no name, address, personnummer or answers, nor the
  person it was matched to); the decisions on the person's timeline (which repeat the
  reason) go with them, and a person the form itself created goes too (with its
  addresses and phones) unless something else refers to it;
- ``mail_body_days``: the bodies of mails (and the texts of SMS) sent (or failed: queued
  then) longer ago than that are emptied; the record that a mail went (when, to whom,
  what event, its subject) stays for the person's register extract and for the delivery
  questions staff get;
- ``expired_access_days``: personal-link tokens, sign-in tokens (desktop and web
  sessions), web handovers and unused one-time codes (OTP/SMS challenges) expired longer
  ago than that are deleted (server-only rows); each user's newest sign-in token stays
  (the Users window's "last sign-in"), a used code too (a signature's evidence);
- ``audit_years``: audit events older than that are deleted, except those the users
  service reads a shared account's name and phone in the tenant from
  (:data:`ACCOUNT_EVENTS`: the first invitation, the last rename and phone change);

And, with no tenant rule (a fixed :data:`COMMAND_ROWS_DAYS`), the rows in the command
log's answers (each pushed command's first answer, kept for repeats) are stripped; the
ids and outcomes stay.

Each run is a :class:`models.retention.RetentionRun` (synced: Administration › Retention…
shows it) with the count per rule, and an audit event ``retention.run``.

Kept by decision, no rule: signatures and their evidence (BankID and one-time codes'
results), as long as the agent order they sign; invoices, payments, refunds and the
ledger, as bookkeeping law requires (erasure anonymises the person instead); consents
with their withdrawals (the proof of lawful processing).
"""

from __future__ import annotations

import calendar
import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.orm import Session

from models.alumni import AlumniRegistration, AlumniStatus, StudentRecord
from models.audit import AuditEvent
from models.base import Base
from models.ids import new_id, utcnow
from models.people import Activity, ActivityKind, Person, PersonEmail, PersonPhone
from models.retention import RetentionRule, RetentionRun, periods_of
from models.tenancy import Tenant
from server.services.audit import audit
from server.services.auth import WEB_LABEL_PREFIX
from server.services.database import Database
from server.services.round_notices import RoundNoticeJob
from server.services.seq import lock_tenant
from server.signing.tables import OtpChallenge
from server.tables import AuthToken, CommandLog, LinkToken, MailOutbox, SmsOutbox, WebHandover

log = logging.getLogger(__name__)

#: The UTC hour from which a day's run is due (the night, when nobody works).
NIGHT_HOUR = 2

#: The statuses of a denied alumni registration (by staff, or by the automatic check).
DENIED = (AlumniStatus.DENIED, AlumniStatus.NOT_APPROVED)

#: The personal columns of an alumni registration, cleared before it is tombstoned.
ALUMNI_PERSONAL = (
    "email",
    "first_name",
    "last_name",
    "personnummer",
    "phone",
    "program",
    "graduation_year",
    "street",
    "postal_code",
    "city",
    "country",
    "answers",
    "decision_reason",
    "decision_details",
    "denial_reason",
    "last_error",
    "proposed",
    "shared_reason",
    "person_id",
)

#: The outbox statuses whose bodies the mail-body rule empties: sent, or given up on
#: (a failed mail's body is as personal as a sent one's); a queued one is still to go.
DELIVERED = ("sent", "failed")

#: What an emptied mail body says instead.
BODY_REMOVED = "[removed by the retention rules]"


def months_before(moment: datetime, months: int) -> datetime:
    """``moment`` ``months`` calendar months earlier (the day clamped to the month's end)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _cleared(column: ColumnElement[Any]) -> Any:
    """The value a personal column is cleared to: null where allowed, else its default."""
    if getattr(column, "nullable", False):
        return None
    default = getattr(column, "default", None)
    arg = getattr(default, "arg", "")
    return arg(None) if callable(arg) else arg


#: The columns a removed row keeps: its identity and the sync's (the tombstone).
_ROW_KEYS = frozenset({"id", "tenant_id", "server_seq", "updated_at", "deleted_at", "created_at"})


def _tombstone(row: Base, now: datetime, *, keep: frozenset[str] = frozenset()) -> None:
    """Remove a synced ``row``: every column but its identity (and ``keep``) cleared, then
    tombstoned, so every client's pull deletes it and the server keeps no personal data."""
    for column in row.__table__.columns:
        if column.name not in _ROW_KEYS | keep:
            setattr(row, column.key, _cleared(column))
    row.deleted_at = now  # type: ignore[attr-defined]


def _person_references(session: Session, person_id: str) -> int:
    """The live rows anywhere that refer to the person (every foreign key to ``person``)."""
    count = 0
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is Person.__table__ and "deleted_at" in table.c:
                count += int(
                    session.scalar(
                        select(func.count())
                        .select_from(table)
                        .where(fk.parent == person_id, table.c.deleted_at.is_(None))
                    )
                    or 0
                )
    return count


def _remove_created_person(session: Session, person_id: str, now: datetime) -> bool:
    """Remove a person the denied registration's form created (``matched_on == "created"``)
    with its e-mail addresses and phones, when nothing else refers to it; the student
    records the automatic check linked to it are unlinked (the university's, not ours)."""
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        return False
    own = [
        *session.scalars(select(PersonEmail).where(PersonEmail.person_id == person_id)),
        *session.scalars(select(PersonPhone).where(PersonPhone.person_id == person_id)),
    ]
    records = list(
        session.scalars(select(StudentRecord).where(StudentRecord.person_id == person_id))
    )
    own_live = sum(1 for row in own if row.deleted_at is None)
    linked = sum(1 for r in records if r.deleted_at is None)
    if _person_references(session, person_id) > own_live + linked:
        return False
    for record in records:
        record.person_id = None
    for row in own:
        _tombstone(row, now, keep=frozenset({"person_id"}))
    # Marked erased as person.erase marks one: the pull lists it (``erased``) and every
    # client scrubs the person's rows from its file, not only marks them deleted.
    person.erased_at = now
    _tombstone(person, now, keep=frozenset({"erased_at"}))
    return True


def _denied_alumni(session: Session, tenant_id: str, before: datetime, now: datetime) -> int:
    rows = session.scalars(
        select(AlumniRegistration).where(
            AlumniRegistration.tenant_id == tenant_id,
            AlumniRegistration.status.in_(DENIED),
            AlumniRegistration.decided_at < before,
            AlumniRegistration.deleted_at.is_(None),
        )
    ).all()
    columns = AlumniRegistration.__table__.columns
    created: set[str] = set()
    for row in rows:
        if row.person_id:
            # The decisions on the person's timeline repeat the registration's reason.
            for activity in session.scalars(
                select(Activity).where(
                    Activity.person_id == row.person_id,
                    Activity.kind == ActivityKind.ALUMNI_DECISION,
                    Activity.deleted_at.is_(None),
                )
            ):
                if (activity.data or {}).get("alumni_registration_id") == row.id:
                    _tombstone(activity, now, keep=frozenset({"person_id", "kind"}))
            if row.matched_on == "created":
                created.add(row.person_id)
        for name in ALUMNI_PERSONAL:
            setattr(row, name, _cleared(columns[name]))
        row.deleted_at = now
    session.flush()
    for person_id in sorted(created):
        _remove_created_person(session, person_id, now)
    return len(rows)


def _mail_bodies(session: Session, tenant_id: str, before: datetime) -> int:
    mails = session.execute(
        update(MailOutbox)
        .where(
            MailOutbox.tenant_id == tenant_id,
            MailOutbox.status.in_(DELIVERED),
            func.coalesce(MailOutbox.sent_at, MailOutbox.created_at) < before,
            MailOutbox.body_text != BODY_REMOVED,
        )
        .values(body_text=BODY_REMOVED, body_html=None)
    )
    sms = session.execute(
        update(SmsOutbox)
        .where(
            SmsOutbox.tenant_id == tenant_id,
            SmsOutbox.status.in_(DELIVERED),
            func.coalesce(SmsOutbox.sent_at, SmsOutbox.created_at) < before,
            SmsOutbox.body != BODY_REMOVED,
        )
        .values(body=BODY_REMOVED)
    )
    return int(mails.rowcount or 0) + int(sms.rowcount or 0)  # type: ignore[attr-defined]


def _newest_sign_ins(session: Session, tenant_id: str) -> set[str]:
    """Each user's newest desktop sign-in token here: the Users window's "last sign-in"
    (``server.services.users``) reads it, so it outlives the expired-access rule."""
    rows = session.execute(
        select(AuthToken.id, AuthToken.user_id)
        .where(
            AuthToken.tenant_id == tenant_id,
            AuthToken.client_label.not_like(f"{WEB_LABEL_PREFIX}%"),
        )
        .order_by(AuthToken.created_at, AuthToken.id)
    )
    newest: dict[str, str] = {}
    for token_id, user_id in rows:
        newest[user_id] = token_id
    return set(newest.values())


def _expired_access(session: Session, tenant_id: str, before: datetime) -> int:
    removed = 0
    kept = {
        AuthToken: AuthToken.id.not_in(_newest_sign_ins(session, tenant_id)),
        # A used one-time code is the SMS signature's evidence (its id in the signature):
        # kept as long as the signature, only the unused ones go.
        OtpChallenge: OtpChallenge.used_at.is_(None),
    }
    for table in (LinkToken, AuthToken, WebHandover, OtpChallenge):
        also = [kept[table]] if table in kept else []
        result = session.execute(
            delete(table).where(table.tenant_id == tenant_id, table.expires_at < before, *also)
        )
        removed += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return removed


#: The account events ``server.services.users`` reads a shared account's name and phone
#: in a tenant from (first invitation, last rename, last phone change).
ACCOUNT_EVENTS = ("user.invited", "user.renamed", "user.phone_changed")


def _account_events_read(session: Session, tenant_id: str) -> set[str]:
    """The audit events the users service still reads: per account, the first invitation,
    the last rename naming it, the last phone change. The audit rule keeps them."""
    rows = session.execute(
        select(AuditEvent.id, AuditEvent.entity_id, AuditEvent.action, AuditEvent.details)
        .where(
            AuditEvent.tenant_id == tenant_id,
            AuditEvent.entity_type == "app_user",
            AuditEvent.action.in_(ACCOUNT_EVENTS),
        )
        .order_by(AuditEvent.at, AuditEvent.id)
    )
    read: dict[tuple[str, str], str] = {}
    for event_id, user_id, action, details in rows:
        if action == "user.invited" and (user_id, action) in read:
            continue  # the first invitation is the one read
        if action == "user.renamed" and "display_name" not in (details or {}):
            continue
        read[(user_id, action)] = event_id
    return set(read.values())


def _audit_events(session: Session, tenant_id: str, before: datetime) -> int:
    result = session.execute(
        delete(AuditEvent).where(
            AuditEvent.tenant_id == tenant_id,
            AuditEvent.at < before,
            AuditEvent.id.not_in(_account_events_read(session, tenant_id)),
        )
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


#: Days after which a command-log entry's answer loses its rows (the rows the command
#: wrote, as the pushing user read them: an ``alumni.decide`` answer holds a
#: personnummer). Past the clients' resending window (they keep an applied command 14
#: days and resend it to a restored server that lacks it), so a repeat is then rare; the
#: entry itself (id, user, status, code, message) stays, so a repeated id is still answered
#: with its first outcome (never applied again), only without rows (a pull brings the
#: rows as they are now, never stale ones).
COMMAND_ROWS_DAYS = 30

#: The count of answers stripped, in a run's ``removed`` (no tenant rule: a fixed period).
COMMAND_ROWS = "command_answer_rows"


def _command_rows(session: Session, tenant_id: str, before: datetime) -> int:
    """Strip the rows from the tenant's command-log answers older than ``before``; only
    those logged since the previous run's cutoff (a day's margin) are looked at."""
    last = session.scalar(
        select(func.max(RetentionRun.ran_at)).where(RetentionRun.tenant_id == tenant_id)
    )
    query = select(CommandLog).where(
        CommandLog.tenant_id == tenant_id, CommandLog.received_at < before
    )
    if last is not None:
        since = last - timedelta(days=COMMAND_ROWS_DAYS + 1)
        query = query.where(CommandLog.received_at >= since)
    stripped = 0
    for entry in session.scalars(query):
        if isinstance(entry.result, dict) and entry.result.get("rows"):
            entry.result = {**entry.result, "rows": {}}
            stripped += 1
    return stripped


def apply_rules(session: Session, tenant_id: str, *, now: datetime) -> dict[str, int]:
    """Apply the tenant's retention rules at ``now`` in ``session``; the count per rule."""
    periods = periods_of(session, tenant_id)
    R = RetentionRule
    return {
        R.DENIED_ALUMNI_MONTHS.value: _denied_alumni(
            session, tenant_id, months_before(now, periods[R.DENIED_ALUMNI_MONTHS]), now
        ),
        R.MAIL_BODY_DAYS.value: _mail_bodies(
            session, tenant_id, now - timedelta(days=periods[R.MAIL_BODY_DAYS])
        ),
        R.EXPIRED_ACCESS_DAYS.value: _expired_access(
            session, tenant_id, now - timedelta(days=periods[R.EXPIRED_ACCESS_DAYS])
        ),
        R.AUDIT_YEARS.value: _audit_events(
            session, tenant_id, months_before(now, 12 * periods[R.AUDIT_YEARS])
        ),
        COMMAND_ROWS: _command_rows(session, tenant_id, now - timedelta(days=COMMAND_ROWS_DAYS)),
    }


def _night_of(now: datetime) -> datetime:
    return now.replace(hour=NIGHT_HOUR, minute=0, second=0, microsecond=0)


def _ran_since(session: Session, tenant_id: str, moment: datetime) -> bool:
    last = session.scalar(
        select(func.max(RetentionRun.ran_at)).where(RetentionRun.tenant_id == tenant_id)
    )
    return last is not None and last >= moment


def _run_tenant(
    db: Database, tenant_id: str, now: datetime, since: datetime | None
) -> dict[str, int] | None:
    """One tenant's run in its own transaction under the tenant's lock; with ``since``,
    only if no run of the tenant since then (checked under the lock: of two workers, the
    second finds the first's run and does nothing). The counts; None: not run."""
    with db.transaction() as s:
        lock_tenant(s, tenant_id)
        if since is not None and _ran_since(s, tenant_id, since):
            return None
        removed = apply_rules(s, tenant_id, now=now)
        run = RetentionRun(id=new_id(), tenant_id=tenant_id, ran_at=now, removed=removed)
        s.add(run)
        audit(
            s,
            actor_user_id=None,
            tenant_id=tenant_id,
            action="retention.run",
            target_type="retention_run",
            target_id=run.id,
            details=dict(removed),
        )
    return removed


def run_retention(
    db: Database, *, now: datetime | None = None, due_only: bool = False
) -> dict[str, dict[str, int]]:
    """Apply every tenant's retention rules, each tenant in its own transaction; records
    each run (:class:`RetentionRun`, an audit event). With ``due_only``, only the tenants
    not yet run this night (:func:`retention_due`). A tenant whose run fails is logged
    and rolled back; the next tenants still run (and it is tried again on the next beat).
    Returns the counts by tenant that ran."""
    now = now or utcnow()
    since = _night_of(now) if due_only else None
    with db.sessions() as s:
        tenants = list(s.scalars(select(Tenant.id).order_by(Tenant.id)))
    done: dict[str, dict[str, int]] = {}
    for tenant_id in tenants:
        try:
            removed = _run_tenant(db, tenant_id, now, since)
        except Exception:
            log.exception("retention run failed for tenant %s", tenant_id)
            continue
        if removed is not None:
            done[tenant_id] = removed
    return done


def retention_due(db: Database, *, now: datetime, tenant_id: str | None = None) -> bool:
    """Whether the night's run is due at ``now``: past :data:`NIGHT_HOUR` (UTC) and a
    tenant (``tenant_id``, else any) not run since that hour today."""
    night = _night_of(now)
    if now < night:
        return False
    with db.sessions() as s:
        tenants = [tenant_id] if tenant_id else list(s.scalars(select(Tenant.id)))
        return any(not _ran_since(s, t, night) for t in tenants)


class RetentionJob(RoundNoticeJob):
    """:func:`run_retention` on the mail worker's beat (its ``also`` list): looked at once
    per interval, run once a night (:func:`retention_due`)."""

    def run(self) -> None:
        now = utcnow()
        if retention_due(self.db, now=now):
            run_retention(self.db, now=now, due_only=True)
