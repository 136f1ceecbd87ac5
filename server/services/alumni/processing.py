"""The automatic check of alumni registrations (seed 001; DOMAIN.md "Alumni registration").

The automatic check of a ``received`` registration:

1. match an existing person by e-mail or personnummer/samordningsnummer
   (:mod:`models.alumni_matching`);
2. matched a person who already has "Registered alumnus" →
   ``approved_registered_alumnus``;
3. matched a person with "Alumnus" → update the person from the student
   records, give "Registered alumnus" → ``approved_alumnus``;
4. matched a person with neither → ``not_approved`` (manual queue);
5. no match → create the person from the registration and the student
   records; the institution's rules (:mod:`models.alumni_rules`) hold →
   "Registered alumnus" and ``approved_alumnus``, else ``not_approved``.

A match that is not certain (identifiers pointing at different persons)
goes to the manual queue too. Every decision records why: the reason in one
line, and in ``decision_details`` the rules with their reasons, the match
(person, on what, score) and the candidate persons with their scores.

A technical error (the student-record source fails, a rule is misconfigured,
the database fails) leaves the registration ``received`` with ``attempts``,
``last_error`` and ``next_attempt_at``; :func:`process_pending` retries it
then, with a backoff doubling by attempts.

Every row is written through the ORM, so the server's flush listener gives
each its ``server_seq`` and clients pull the change.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models.alumni import STATUS_LABELS, AlumniRegistration, AlumniStatus
from models.alumni_matching import Match, PersonProbe, match_person
from models.alumni_rules import RuleConfigError, RulesVerdict, evaluate_rules, load_active_rules
from models.errors import NotFoundError, TransitionError
from models.ids import new_id
from models.people import Activity, ActivityKind, CategoryKey, Person
from server.services.alumni.categories import category_keys, give_category
from server.services.alumni.enrichment import (
    add_email,
    add_phone,
    fill_from_records,
    first_text,
    owner_of_personnummer,
    store_records,
)
from server.services.seq import lock_tenant
from server.student_records import StudentRecordData, StudentRecordSource

log = logging.getLogger(__name__)

#: Wait before the n-th retry: RETRY_BASE * 2**(n-1), at most RETRY_MAX.
RETRY_BASE = timedelta(minutes=1)
RETRY_MAX = timedelta(hours=6)
SYSTEM_ACTOR = "system"
_APPROVED = (AlumniStatus.APPROVED_REGISTERED_ALUMNUS, AlumniStatus.APPROVED_ALUMNUS)


@dataclass(frozen=True)
class ProcessOutcome:
    """What the automatic check did with one registration (``error`` set: still received)."""

    registration_id: str
    status: str
    person_id: str | None = None
    matched_on: str | None = None
    reason: str = ""
    error: str = ""


@dataclass
class PendingSummary:
    """One run of :func:`process_pending`."""

    decided: list[ProcessOutcome] = field(default_factory=list)
    failed: list[ProcessOutcome] = field(default_factory=list)
    #: Received registrations whose next retry is not due yet.
    waiting: int = 0


def retry_delay(attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th failed check before the next one."""
    exponent = min(max(attempts, 1) - 1, 20)
    delay: timedelta = RETRY_BASE * 2**exponent
    return min(delay, RETRY_MAX)


class _SourceFailed(Exception):
    """The student-record source raised; the registration stays received."""


class _Records:
    """Asks the source once per identifier pair; remembers answers and failures."""

    def __init__(self, source: StudentRecordSource) -> None:
        self.source = source
        self._seen: dict[tuple[str | None, str | None], list[StudentRecordData] | Exception] = {}

    def get(self, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
        key = (personnummer, email)
        if key not in self._seen:
            if personnummer is None and email is None:
                self._seen[key] = []
            else:
                try:
                    self._seen[key] = list(
                        self.source.lookup(personnummer=personnummer, email=email)
                    )
                except Exception as exc:  # any failure of an outside system is technical
                    self._seen[key] = exc
        found = self._seen[key]
        if isinstance(found, Exception):
            raise _SourceFailed(
                f"Student records could not be read: {type(found).__name__}: {found}"
            )
        return found


@dataclass
class _Plan:
    """A decision worked out from reads only; :func:`_apply` writes it."""

    status: AlumniStatus
    person: Person | None  # None: create one
    matched_on: str
    match: Match
    reason: str
    records: list[StudentRecordData] = field(default_factory=list)
    verdict: RulesVerdict | None = None
    had: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def probe_of(reg: AlumniRegistration, now: datetime) -> PersonProbe:
    """What the matcher looks for: the registration's names and identifiers."""
    return PersonProbe.from_input(
        first_name=reg.first_name,
        last_name=reg.last_name,
        email=reg.email,
        personnummer=reg.personnummer,
        today=now.date(),
    )


def _info_verdict(rules: list[Any], records: list[StudentRecordData]) -> RulesVerdict | None:
    """The rules evaluated for the officer's information (a bad rule does not block)."""
    try:
        return evaluate_rules(rules, records)
    except RuleConfigError:
        return None


def _plan(
    session: Session, reg: AlumniRegistration, probe: PersonProbe, records: _Records
) -> _Plan:
    """Decide from reads only. Raises _SourceFailed or RuleConfigError on technical errors."""
    tenant_id = reg.tenant_id
    match = match_person(session, tenant_id=tenant_id, probe=probe)
    email = probe.emails[0] if probe.emails else None
    if match.person_id is not None and match.on is not None:
        person = session.get(Person, match.person_id)
        assert person is not None
        had = category_keys(session, tenant_id, person.id)
        who = (
            f"{person.full_name or 'The person'} (matched on {match.on.replace('email', 'e-mail')})"
        )
        plan = _Plan(AlumniStatus.NOT_APPROVED, person, match.on, match, "", had=had)
        if match.conflict:
            plan.records = records.get(probe.personnummer or person.personnummer, email)
            plan.verdict = _info_verdict(load_active_rules(session, tenant_id), plan.records)
            plan.reason = f"Match not certain: {match.conflict}"
        elif CategoryKey.REGISTERED_ALUMNUS in had:
            plan.status = AlumniStatus.APPROVED_REGISTERED_ALUMNUS
            plan.reason = f"{who} is already a registered alumnus"
        elif CategoryKey.ALUMNUS in had:
            plan.status = AlumniStatus.APPROVED_ALUMNUS
            plan.records = records.get(probe.personnummer or person.personnummer, email)
            plan.reason = f"{who} is an alumnus; now a registered alumnus"
        else:
            plan.records = records.get(probe.personnummer or person.personnummer, email)
            plan.verdict = _info_verdict(load_active_rules(session, tenant_id), plan.records)
            plan.reason = f"{who} is neither an alumnus nor a registered alumnus"
            if plan.verdict is not None:
                plan.reason += f"; student records: {plan.verdict.reason}"
        return plan

    found = records.get(probe.personnummer, email)
    verdict = evaluate_rules(load_active_rules(session, tenant_id), found)
    plan = _Plan(AlumniStatus.NOT_APPROVED, None, "created", match, "", found, verdict)
    # A student record found by e-mail may carry the personnummer of someone we have.
    for record in found:
        if record.personnummer and record.personnummer != probe.personnummer:
            owner = owner_of_personnummer(session, tenant_id, record.personnummer)
            if owner is not None:
                plan.notes.append(
                    f"possibly a duplicate of {owner.full_name} "
                    "(the student record's personnummer is theirs)"
                )
    if plan.notes:
        plan.reason = f"No existing person matched; created, but {plan.notes[0]}"
    elif verdict.held:
        plan.status = AlumniStatus.APPROVED_ALUMNUS
        plan.reason = f"No existing person matched; created as the rules hold: {verdict.reason}"
    else:
        plan.reason = f"No existing person matched; created. Rules not met: {verdict.reason}"
    return plan


def _create_person(
    session: Session, reg: AlumniRegistration, probe: PersonProbe, plan: _Plan, now: datetime
) -> Person:
    record = plan.records[0] if plan.records else None
    pnr = probe.personnummer
    person = Person(
        id=new_id(),
        tenant_id=reg.tenant_id,
        first_name=first_text(reg.first_name, record.first_name if record else None),
        last_name=first_text(reg.last_name, record.last_name if record else None),
        personnummer=pnr,
        birth_date=probe.birth_date,
        created_at=now,
    )
    session.add(person)
    return person


def _apply(
    session: Session, reg: AlumniRegistration, probe: PersonProbe, plan: _Plan, now: datetime
) -> ProcessOutcome:
    created = plan.person is None
    person = plan.person or _create_person(session, reg, probe, plan, now)
    filled: list[str] = []
    if created or plan.status in _APPROVED:
        # The alumnus' own contact details join the profile; nothing is overwritten.
        if add_email(session, person, probe.emails[0] if probe.emails else None):
            filled.append("email")
        if add_phone(session, person, reg.phone):
            filled.append("phone")
        if not person.personnummer and probe.personnummer:
            person.personnummer = probe.personnummer
            person.birth_date = probe.birth_date
            filled += ["personnummer", "birth_date"]
    record_ids, record_notes = store_records(session, person, plan.records)
    if created or plan.status == AlumniStatus.APPROVED_ALUMNUS:
        filled += fill_from_records(session, person, plan.records)
    given: list[str] = []
    if plan.status == AlumniStatus.APPROVED_ALUMNUS and give_category(
        session, reg.tenant_id, person.id, CategoryKey.REGISTERED_ALUMNUS
    ):
        given.append(str(CategoryKey.REGISTERED_ALUMNUS))

    match = plan.match
    score = match.score if not created else None
    candidates = [c for c in match.candidates if c.person_id != person.id][:5]
    details: dict[str, Any] = {
        "rules": plan.verdict.as_json() if plan.verdict is not None else [],
        "match": {
            "person_id": person.id,
            "on": plan.matched_on,
            "score": score,
            "signals": list(match.signals) if not created else [],
            "conflict": match.conflict or None,
        },
        "candidates": [c.as_json() for c in candidates],
        "student_records": {
            "found": len(plan.records),
            "record_ids": record_ids,
            "programs": sorted({r.program_code or r.program_name for r in plan.records}),
        },
        "categories": {"had": sorted(plan.had), "given": given},
        "filled": filled,
        "notes": plan.notes + record_notes,
        "attempts": reg.attempts,
    }
    reg.record_automatic_decision(
        status=plan.status,
        person_id=person.id,
        matched_on=plan.matched_on,
        reason=plan.reason,
        details=details,
        now=now,
    )
    session.add(
        Activity(
            id=new_id(),
            tenant_id=reg.tenant_id,
            person_id=person.id,
            kind=ActivityKind.ALUMNI_DECISION,
            subject=f"Alumni registration {STATUS_LABELS[plan.status]} (automatic check)",
            body=plan.reason,
            occurred_at=now,
            actor=SYSTEM_ACTOR,
            data={"alumni_registration_id": reg.id, "matched_on": plan.matched_on},
        )
    )
    session.flush()
    return ProcessOutcome(reg.id, reg.status, person.id, plan.matched_on, plan.reason)


def _record_failure(reg: AlumniRegistration, error: str, now: datetime) -> ProcessOutcome:
    retry_at = now + retry_delay((reg.attempts or 0) + 1)
    reg.record_technical_error(error=error, next_attempt_at=retry_at)
    # The error text may name the person; the log gets the id and the kind only.
    log.warning(
        "alumni registration %s: technical error, attempt %d, retry after %s",
        reg.id,
        reg.attempts,
        retry_at.isoformat(),
    )
    return ProcessOutcome(reg.id, reg.status, reg.person_id, None, "", reg.last_error)


def _load_received(session: Session, registration_id: str) -> AlumniRegistration:
    reg = session.execute(
        select(AlumniRegistration)
        .where(AlumniRegistration.id == registration_id)
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if reg is None or reg.deleted_at is not None:
        raise NotFoundError(f"Alumni registration {registration_id} was not found")
    if reg.status != AlumniStatus.RECEIVED:
        label = reg.status.replace("_", " ")
        raise TransitionError(
            f"The alumni registration is already {label}; it is not checked again"
        )
    return reg


def _decide_locked(
    session: Session, registration_id: str, records: _Records, now: datetime
) -> ProcessOutcome:
    """Take the tenant's write lock, read afresh, decide and write (or record the error)."""
    reg = _load_received(session, registration_id)
    lock_tenant(session, reg.tenant_id)
    reg = _load_received(session, registration_id)
    probe = probe_of(reg, now)
    try:
        plan = _plan(session, reg, probe, records)
    except _SourceFailed as exc:
        return _record_failure(reg, str(exc), now)
    except RuleConfigError as exc:
        return _record_failure(reg, f"Alumni rules cannot be applied: {exc}", now)
    return _apply(session, reg, probe, plan, now)


def _prefetch(session: Session, registration_id: str, records: _Records, now: datetime) -> None:
    """Ask the student records before taking the tenant's write lock.

    A slow outside system must not hold up every writer of the tenant; the
    answers (and failures) are remembered for the locked decision.
    """
    reg = session.get(AlumniRegistration, registration_id)
    if reg is None or reg.status != AlumniStatus.RECEIVED:
        return
    with contextlib.suppress(_SourceFailed, RuleConfigError):  # recorded under the lock
        _plan(session, reg, probe_of(reg, now), records)


def process_registration(
    *, session: Session, registration_id: str, source: StudentRecordSource, now: datetime
) -> ProcessOutcome:
    """Run the automatic check on one ``received`` registration, in ``session``.

    The caller commits. A failing student-record source or a misconfigured
    rule is recorded as a technical error (the registration stays received,
    ``attempts`` + 1, ``last_error`` set) and the outcome's ``error`` is set;
    a database error propagates (the caller rolls back;
    :func:`process_pending` then records it in a new transaction).

    Raises:
        NotFoundError: no such registration.
        TransitionError: the registration is no longer ``received``.
    """
    records = _Records(source)
    _prefetch(session, registration_id, records, now)
    return _decide_locked(session, registration_id, records, now)


def process_pending(
    *,
    session_factory: Callable[[], Session],
    tenant_id: str,
    source: StudentRecordSource,
    now: datetime,
    limit: int = 200,
    due_only: bool = True,
) -> PendingSummary:
    """Check every ``received`` registration of the tenant whose retry is due.

    Oldest first, each in its own transaction, so one failure never undoes
    another's decision. A registration that failed ``n`` times is tried again
    :func:`retry_delay` (n) after its last attempt (``next_attempt_at``);
    ``due_only=False`` tries every received one now (an administrator's "run
    now" after fixing a rule). Any error, expected or not, leaves the
    registration received with the error recorded.
    """
    summary = PendingSummary()
    received = (
        AlumniRegistration.tenant_id == tenant_id,
        AlumniRegistration.status == AlumniStatus.RECEIVED,
        AlumniRegistration.deleted_at.is_(None),
    )
    query = select(AlumniRegistration.id).where(*received)
    if due_only:
        query = query.where(
            or_(
                AlumniRegistration.next_attempt_at.is_(None),
                AlumniRegistration.next_attempt_at <= now,
            )
        )
    with session_factory() as session:
        due = list(
            session.scalars(
                query.order_by(AlumniRegistration.received_at, AlumniRegistration.id).limit(limit)
            )
        )
        total = session.scalar(
            select(func.count()).select_from(AlumniRegistration).where(*received)
        )
    summary.waiting = int(total or 0) - len(due)
    for registration_id in due:
        outcome = _process_one(session_factory, registration_id, source, now)
        if outcome is None:
            continue
        (summary.failed if outcome.error else summary.decided).append(outcome)
    return summary


def _process_one(
    session_factory: Callable[[], Session],
    registration_id: str,
    source: StudentRecordSource,
    now: datetime,
) -> ProcessOutcome | None:
    records = _Records(source)
    with session_factory() as session:
        _prefetch(session, registration_id, records, now)
    try:
        with session_factory() as session, session.begin():
            return _decide_locked(session, registration_id, records, now)
    except (NotFoundError, TransitionError):
        return None  # decided, unregistered or removed meanwhile
    except Exception as exc:  # rolled back; record why in a transaction of its own
        error = f"{type(exc).__name__}: {exc}"
    with session_factory() as session, session.begin():
        try:
            reg = _load_received(session, registration_id)
        except (NotFoundError, TransitionError):
            return None
        lock_tenant(session, reg.tenant_id)
        return _record_failure(reg, error, now)
