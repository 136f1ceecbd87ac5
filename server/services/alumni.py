"""Alumni registrations on the server: intake, the automatic check, unregistering,
and merging duplicate persons (seed 001; DOMAIN.md "Alumni registration").

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
the database fails) leaves the registration ``received`` with ``attempts``
and ``last_error``; :func:`process_pending` retries with a backoff by attempts.

Every row is written through the ORM, so the server's flush listener gives
each its ``server_seq`` and clients pull the change.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models import validators
from models.alumni import STATUS_LABELS, AlumniRegistration, AlumniStatus, StudentRecord
from models.alumni_matching import (
    Candidate,
    Match,
    PersonProbe,
    find_candidates,
    match_person,
)
from models.alumni_rules import RuleConfigError, RulesVerdict, evaluate_rules, load_active_rules
from models.audit import AuditEvent
from models.base import Base
from models.commands.base import Actor
from models.commands.people import EDIT_ROLES
from models.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    TransitionError,
    ValidationError,
)
from models.ids import new_id, utcnow
from models.people import (
    Activity,
    ActivityKind,
    Category,
    CategoryKey,
    Person,
    PersonCategory,
    PersonEmail,
    PersonPhone,
)
from server.services.seq import lock_tenant
from server.student_records import StudentRecordData, StudentRecordSource

log = logging.getLogger(__name__)

#: Wait before the n-th retry: RETRY_BASE * 2**(n-1), at most RETRY_MAX.
RETRY_BASE = timedelta(minutes=1)
RETRY_MAX = timedelta(hours=6)
SYSTEM_ACTOR = "system"
CATEGORY_NAMES: dict[str, str] = {
    CategoryKey.ALUMNUS: "Alumnus",
    CategoryKey.REGISTERED_ALUMNUS: "Registered alumnus",
}
_RECORD_FIELDS = (
    "personnummer",
    "email",
    "first_name",
    "last_name",
    "program_code",
    "program_name",
    "degree",
    "credits",
    "graduation_year",
    "street",
    "postal_code",
    "city",
    "source",
)
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


# --------------------------------------------------------------------------
# Categories
# --------------------------------------------------------------------------


def _category(session: Session, tenant_id: str, key: str) -> Category:
    found = session.execute(
        select(Category)
        .where(Category.tenant_id == tenant_id, Category.key == key, Category.deleted_at.is_(None))
        .order_by(Category.id)
        .limit(1)
    ).scalar_one_or_none()
    if found is not None:
        return found
    category = Category(
        id=new_id(), tenant_id=tenant_id, key=key, name=CATEGORY_NAMES.get(key, key)
    )
    session.add(category)
    return category


def category_keys(session: Session, tenant_id: str, person_id: str) -> set[str]:
    """Keys of the categories a person has now."""
    rows = session.execute(
        select(Category.key)
        .join(PersonCategory, PersonCategory.category_id == Category.id)
        .where(
            PersonCategory.person_id == person_id,
            PersonCategory.deleted_at.is_(None),
            Category.tenant_id == tenant_id,
            Category.deleted_at.is_(None),
        )
    )
    return {str(k) for (k,) in rows}


def _links(session: Session, person_id: str, category_id: str) -> list[PersonCategory]:
    return list(
        session.execute(
            select(PersonCategory)
            .where(PersonCategory.person_id == person_id, PersonCategory.category_id == category_id)
            .order_by(PersonCategory.id)
        ).scalars()
    )


def give_category(session: Session, tenant_id: str, person_id: str, key: str) -> bool:
    """Give a person a category (made if the tenant lacks it); True if it was new."""
    category = _category(session, tenant_id, key)
    links = _links(session, person_id, category.id)
    if any(link.deleted_at is None for link in links):
        return False
    if links:  # revive the old link: one row per person and category
        links[0].deleted_at = None
    else:
        session.add(
            PersonCategory(
                id=new_id(), tenant_id=tenant_id, person_id=person_id, category_id=category.id
            )
        )
    return True


def take_category(
    session: Session, tenant_id: str, person_id: str, key: str, now: datetime
) -> bool:
    """Take a category from a person; True if they had it."""
    category = _category(session, tenant_id, key)
    live = [link for link in _links(session, person_id, category.id) if link.deleted_at is None]
    for link in live:
        link.deleted_at = now
    return bool(live)


# --------------------------------------------------------------------------
# The automatic check
# --------------------------------------------------------------------------


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


def _probe(reg: AlumniRegistration, now: datetime) -> PersonProbe:
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


def _owner_of_personnummer(session: Session, tenant_id: str, pnr: str) -> Person | None:
    return session.execute(
        select(Person)
        .where(
            Person.tenant_id == tenant_id,
            Person.personnummer == pnr,
            Person.deleted_at.is_(None),
        )
        .order_by(Person.id)
        .limit(1)
    ).scalar_one_or_none()


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
            owner = _owner_of_personnummer(session, tenant_id, record.personnummer)
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


def _first(*values: str | None) -> str:
    return next((v.strip() for v in values if v and v.strip()), "")


def _add_email(session: Session, person: Person, address: str | None) -> bool:
    if not address:
        return False
    live = session.execute(
        select(PersonEmail).where(
            PersonEmail.person_id == person.id, PersonEmail.deleted_at.is_(None)
        )
    ).scalars()
    rows = list(live)
    if any(e.address == address for e in rows):
        return False
    session.add(
        PersonEmail(
            id=new_id(),
            tenant_id=person.tenant_id,
            person_id=person.id,
            address=address,
            kind="private",
            is_primary=not rows,
            position=len(rows),
        )
    )
    return True


def _add_phone(session: Session, person: Person, number: str | None) -> bool:
    if not number:
        return False
    try:
        e164 = validators.normalize_phone(number)
    except ValidationError:
        return False
    rows = list(
        session.execute(
            select(PersonPhone).where(
                PersonPhone.person_id == person.id, PersonPhone.deleted_at.is_(None)
            )
        ).scalars()
    )
    if any(p.number == e164 for p in rows):
        return False
    session.add(
        PersonPhone(
            id=new_id(),
            tenant_id=person.tenant_id,
            person_id=person.id,
            number=e164,
            is_primary=not rows,
            position=len(rows),
        )
    )
    return True


def _fill_from_records(
    session: Session, person: Person, records: list[StudentRecordData]
) -> list[str]:
    """Fill the person's empty fields from the student records; never overwrite."""
    filled: list[str] = []
    if not person.personnummer:
        for record in records:
            pnr = record.personnummer
            if pnr and _owner_of_personnummer(session, person.tenant_id, pnr) is None:
                person.personnummer = pnr
                person.birth_date = validators.birth_date_from_personnummer(pnr)
                filled += ["personnummer", "birth_date"]
                break
    if not person.street:
        for record in records:
            if record.street:
                person.street = record.street
                person.postal_code = record.postal_code
                person.city = record.city
                filled += ["street", "postal_code", "city"]
                break
    return filled


def _store_records(
    session: Session, person: Person, records: list[StudentRecordData]
) -> tuple[list[str], list[str]]:
    """Keep the records with the person: link imported rows, store fetched ones.

    Returns the ids of the person's records, and notes on rows that belong
    to someone else already (possible duplicates).
    """
    ids: list[str] = []
    notes: list[str] = []
    for data in records:
        if data.record_id is not None:
            row = session.get(StudentRecord, data.record_id)
            if row is None or row.tenant_id != person.tenant_id:
                continue
            if row.person_id is None:
                row.person_id = person.id
            elif row.person_id != person.id:
                notes.append(f"student record {row.id} belongs to person {row.person_id}")
                continue
            ids.append(row.id)
            continue
        values = {k: getattr(data, k) for k in _RECORD_FIELDS}
        existing = session.execute(
            select(StudentRecord).where(
                StudentRecord.person_id == person.id,
                StudentRecord.source == data.source,
                StudentRecord.program_code == data.program_code,
                StudentRecord.deleted_at.is_(None),
            )
        ).scalar_one_or_none()
        if existing is None:
            existing = StudentRecord(
                id=new_id(), tenant_id=person.tenant_id, person_id=person.id, **values
            )
            session.add(existing)
        else:
            for k, v in values.items():
                if getattr(existing, k) != v:
                    setattr(existing, k, v)
        ids.append(existing.id)
    return ids, notes


def _create_person(
    session: Session, reg: AlumniRegistration, probe: PersonProbe, plan: _Plan, now: datetime
) -> Person:
    record = plan.records[0] if plan.records else None
    pnr = probe.personnummer
    person = Person(
        id=new_id(),
        tenant_id=reg.tenant_id,
        first_name=_first(reg.first_name, record.first_name if record else None),
        last_name=_first(reg.last_name, record.last_name if record else None),
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
        if _add_email(session, person, probe.emails[0] if probe.emails else None):
            filled.append("email")
        if _add_phone(session, person, reg.phone):
            filled.append("phone")
        if not person.personnummer and probe.personnummer:
            person.personnummer = probe.personnummer
            person.birth_date = probe.birth_date
            filled += ["personnummer", "birth_date"]
    record_ids, record_notes = _store_records(session, person, plan.records)
    if created or plan.status == AlumniStatus.APPROVED_ALUMNUS:
        filled += _fill_from_records(session, person, plan.records)
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
    reg.record_technical_error(error=error)
    retry_at = now + retry_delay(reg.attempts)
    reg.decision_details = {
        "retry": {
            "attempts": reg.attempts,
            "last_attempt_at": now.isoformat(),
            "next_attempt_at": retry_at.isoformat(),
        }
    }
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
    probe = _probe(reg, now)
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
        _plan(session, reg, _probe(reg, now), records)


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


def _due(attempts: int, details: Any, now: datetime) -> bool:
    if not attempts:
        return True
    retry = details.get("retry") if isinstance(details, dict) else None
    text = retry.get("next_attempt_at") if isinstance(retry, dict) else None
    if not isinstance(text, str):
        return True
    try:
        return datetime.fromisoformat(text) <= now
    except ValueError:
        return True


def process_pending(
    *,
    session_factory: Callable[[], Session],
    tenant_id: str,
    source: StudentRecordSource,
    now: datetime,
    limit: int = 200,
) -> PendingSummary:
    """Check every ``received`` registration of the tenant whose retry is due.

    Oldest first, each in its own transaction, so one failure never undoes
    another's decision. A registration that failed ``n`` times is tried again
    :func:`retry_delay` (n) after its last attempt. Any error, expected or not,
    leaves it received with the error recorded.
    """
    summary = PendingSummary()
    with session_factory() as session:
        rows = session.execute(
            select(
                AlumniRegistration.id,
                AlumniRegistration.attempts,
                AlumniRegistration.decision_details,
            )
            .where(
                AlumniRegistration.tenant_id == tenant_id,
                AlumniRegistration.status == AlumniStatus.RECEIVED,
                AlumniRegistration.deleted_at.is_(None),
            )
            .order_by(AlumniRegistration.received_at, AlumniRegistration.id)
        ).all()
    due = [rid for rid, attempts, details in rows if _due(attempts, details, now)]
    summary.waiting = len(rows) - len(due)
    for registration_id in due[:limit]:
        outcome = _process_one(session_factory, registration_id, source, now)
        if outcome is None:
            continue
        (summary.failed if outcome.error else summary.decided).append(outcome)
    summary.waiting += max(0, len(due) - limit)
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


def registration_candidates(
    *, session: Session, registration_id: str, now: datetime
) -> list[Candidate]:
    """Persons who may be the alumnus of a registration, best first, with their scores."""
    reg = session.get(AlumniRegistration, registration_id)
    if reg is None or reg.deleted_at is not None:
        raise NotFoundError(f"Alumni registration {registration_id} was not found")
    probe = _probe(reg, now)
    found = {c.person_id: c for c in find_candidates(session, tenant_id=reg.tenant_id, probe=probe)}
    match = match_person(session, tenant_id=reg.tenant_id, probe=probe)
    for c in match.candidates:
        found.setdefault(c.person_id, c)
    return sorted(found.values(), key=lambda c: (-c.score, c.person_id))


# --------------------------------------------------------------------------
# Intake and unregistering (the public forms)
# --------------------------------------------------------------------------


class AlumniFormError(ValidationError):
    """A public form has errors; ``errors`` lists each with its field."""

    def __init__(self, errors: list[ValidationError]) -> None:
        first = errors[0]
        super().__init__(first.message, field=first.field)
        self.errors = errors
        self.details["errors"] = [{"field": e.field, "message": e.message} for e in errors]


_TEXT_LIMITS = {"first_name": 100, "last_name": 100, "program": 200}
_ANSWERS_MAX_CHARS = 20_000


def _form_text(data: Mapping[str, Any], name: str, errors: list[ValidationError]) -> str:
    value = data.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        errors.append(ValidationError("must be text", field=name))
        return ""
    text = " ".join(value.split())
    limit = _TEXT_LIMITS.get(name)
    if limit is not None and len(text) > limit:
        errors.append(ValidationError(f"is longer than {limit} characters", field=name))
    if "\x00" in text:
        errors.append(ValidationError("must not contain a NUL character", field=name))
    return text


def _form_year(data: Mapping[str, Any], now: datetime, errors: list[ValidationError]) -> int | None:
    value = data.get("graduation_year")
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        errors.append(ValidationError("must be a year such as 2015", field="graduation_year"))
        return None
    if not 1900 <= value <= now.year + 1:
        errors.append(
            ValidationError(f"must be between 1900 and {now.year + 1}", field="graduation_year")
        )
        return None
    return value


def intake(
    *, session: Session, tenant_id: str, data: Mapping[str, Any], now: datetime
) -> AlumniRegistration:
    """Store a registration from the public alumni form, status ``received``.

    ``data`` holds ``email``, ``first_name`` and ``last_name`` (required),
    ``personnummer``, ``phone``, ``program``, ``graduation_year`` and
    ``answers`` (the form's other questions, an object). Other keys are
    ignored. Identifiers are stored in canonical form. The automatic check
    runs later (:func:`process_pending`), so the form answers at once.

    Raises:
        AlumniFormError: (a ValidationError) naming every wrong field.
    """
    if not isinstance(data, Mapping):
        raise ValidationError("The form must be a JSON object", field="form")
    errors: list[ValidationError] = []
    raw_email = data.get("email")
    email = ""
    if not isinstance(raw_email, str) or not raw_email.strip():
        errors.append(ValidationError("E-mail address is required", field="email"))
    else:
        try:
            email = validators.normalize_email(raw_email, field="email")
        except ValidationError as exc:
            errors.append(exc)
    first_name = _form_text(data, "first_name", errors)
    last_name = _form_text(data, "last_name", errors)
    for name, value in (("first_name", first_name), ("last_name", last_name)):
        if not value and not any(e.field == name for e in errors):
            errors.append(ValidationError("is required", field=name))
    pnr_text = _form_text(data, "personnummer", errors)
    pnr: str | None = None
    if pnr_text:
        try:
            pnr = validators.normalize_personnummer(pnr_text, today=now.date())
        except ValidationError as exc:
            errors.append(exc)
    phone_text = _form_text(data, "phone", errors)
    phone: str | None = None
    if phone_text:
        try:
            phone = validators.normalize_phone(phone_text, field="phone")
        except ValidationError as exc:
            errors.append(exc)
    program = _form_text(data, "program", errors)
    year = _form_year(data, now, errors)
    answers = data.get("answers") or {}
    if not isinstance(answers, dict) or not all(isinstance(k, str) for k in answers):
        errors.append(ValidationError("must be an object of answers", field="answers"))
        answers = {}
    elif len(json.dumps(answers, default=str)) > _ANSWERS_MAX_CHARS:
        errors.append(ValidationError("are too long", field="answers"))
    if errors:
        raise AlumniFormError(errors)
    reg = AlumniRegistration(
        id=new_id(),
        tenant_id=tenant_id,
        email=email,
        first_name=first_name,
        last_name=last_name,
        personnummer=pnr,
        phone=phone,
        program=program,
        graduation_year=year,
        answers=answers,
        status=AlumniStatus.RECEIVED,
        received_at=now,
    )
    session.add(reg)
    session.flush()
    return reg


def _owners_of_email(session: Session, tenant_id: str, address: str) -> list[Person]:
    return list(
        session.execute(
            select(Person)
            .join(PersonEmail, PersonEmail.person_id == Person.id)
            .where(
                PersonEmail.tenant_id == tenant_id,
                PersonEmail.address == address,
                PersonEmail.deleted_at.is_(None),
                Person.deleted_at.is_(None),
            )
            .order_by(Person.id)
        )
        .scalars()
        .unique()
    )


def unregister(
    *,
    session: Session,
    tenant_id: str,
    email: str,
    terminate_membership: bool,
    now: datetime,
) -> list[AlumniRegistration]:
    """The alumnus' own "Terminate membership" form: every registration becomes ``unregistered``.

    Concerns the registrations made with ``email`` and those of the persons
    who have it; those persons lose "Registered alumnus" ("Alumnus", a fact
    about their studies, stays). The caller must have proved that the
    sender owns the address (a link token sent to it). Returns the
    registrations ended (empty if there were none: the page should answer
    alike, so the form does not reveal who is registered).

    Raises:
        ValidationError: the box was not ticked (``terminate_membership``) or
            the e-mail address is malformed (``email``).
    """
    if not terminate_membership:
        raise ValidationError(
            "Tick “Terminate membership” to end the membership", field="terminate_membership"
        )
    address = validators.normalize_email(email, field="email")
    owners = _owners_of_email(session, tenant_id, address)
    owner_ids = [p.id for p in owners]
    conditions: list[Any] = [AlumniRegistration.email == address]
    if owner_ids:
        conditions.append(AlumniRegistration.person_id.in_(owner_ids))
    regs = list(
        session.execute(
            select(AlumniRegistration)
            .where(
                AlumniRegistration.tenant_id == tenant_id,
                AlumniRegistration.deleted_at.is_(None),
                AlumniRegistration.status != AlumniStatus.UNREGISTERED,
                or_(*conditions),
            )
            .order_by(AlumniRegistration.received_at)
        ).scalars()
    )
    for reg in regs:
        reg.unregister(now=now)
    person_ids = sorted({*owner_ids, *(r.person_id for r in regs if r.person_id)})
    for person_id in person_ids:
        take_category(session, tenant_id, person_id, CategoryKey.REGISTERED_ALUMNUS, now)
        session.add(
            Activity(
                id=new_id(),
                tenant_id=tenant_id,
                person_id=person_id,
                kind=ActivityKind.ALUMNI_DECISION,
                subject="Alumni membership terminated by the alumnus",
                occurred_at=now,
                actor=address,
                data={"alumni_registration_ids": [r.id for r in regs]},
            )
        )
    session.flush()
    return regs


# --------------------------------------------------------------------------
# Merging duplicate persons
# --------------------------------------------------------------------------


@dataclass
class MergeResult:
    """What a merge moved (rows per ``table.column``) and which empty fields it filled."""

    survivor_id: str
    duplicate_id: str
    moved: dict[str, int] = field(default_factory=dict)
    filled: list[str] = field(default_factory=list)


_SPECIAL = {"person_email", "person_phone", "person_category"}
_FILLABLE = ("personnummer", "birth_date", "organisation_id", "title")
_ADDRESS = ("street", "postal_code", "city")


def _person_references() -> list[tuple[type[Any], str, str]]:
    """(model, attribute, "table.column") of every reference to ``person.id``.

    Found from the metadata, so a table added later is merged too.
    """
    refs: list[tuple[type[Any], str, str]] = []
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        name = str(getattr(table, "name", ""))
        if name in _SPECIAL or name == "person":
            continue
        for column in table.columns:
            if any(
                fk.column.table.name == "person" and fk.column.name == "id"
                for fk in column.foreign_keys
            ):
                attr = mapper.get_property_by_column(column).key
                refs.append((mapper.class_, attr, f"{name}.{column.name}"))
    return sorted(refs, key=lambda r: r[2])


def _live_person(session: Session, tenant_id: str, person_id: str, what: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.tenant_id != tenant_id or person.deleted_at is not None:
        raise NotFoundError(f"{what} {person_id} was not found")
    return person


def _merge_contacts(
    session: Session, model: type[Any], value_attr: str, survivor: Person, duplicate: Person
) -> int:
    """Move e-mails or phones; one the survivor has already is moved as a tombstone."""
    mine = list(session.execute(select(model).where(model.person_id == survivor.id)).scalars())
    have = {getattr(r, value_attr) for r in mine if r.deleted_at is None}
    survivor_has_some = bool(have)
    position = len([r for r in mine if r.deleted_at is None])
    theirs = session.execute(
        select(model).where(model.person_id == duplicate.id).order_by(model.position, model.id)
    ).scalars()
    moved = 0
    for row in theirs:
        row.person_id = survivor.id
        if survivor_has_some:  # the survivor's primary stays primary
            row.is_primary = False
        if row.deleted_at is None:
            if getattr(row, value_attr) in have:
                row.deleted_at = duplicate.deleted_at
            else:
                have.add(getattr(row, value_attr))
                row.position = position
                position += 1
        moved += 1
    return moved


def _merge_categories(session: Session, survivor: Person, duplicate: Person) -> int:
    """Give the survivor the duplicate's categories, keeping one link row per category."""
    mine: dict[str, PersonCategory] = {}
    for link in session.execute(
        select(PersonCategory).where(PersonCategory.person_id == survivor.id)
    ).scalars():
        if link.category_id not in mine or mine[link.category_id].deleted_at is not None:
            mine[link.category_id] = link
    theirs = session.execute(
        select(PersonCategory).where(PersonCategory.person_id == duplicate.id)
    ).scalars()
    moved = 0
    for link in theirs:
        kept = mine.get(link.category_id)
        if kept is None:
            link.person_id = survivor.id
            mine[link.category_id] = link
        else:
            if link.deleted_at is None and kept.deleted_at is not None:
                kept.deleted_at = None
            if link.deleted_at is None:
                link.deleted_at = duplicate.deleted_at
        moved += 1
    return moved


def merge_persons(
    *,
    session: Session,
    actor: Actor,
    survivor_id: str,
    duplicate_id: str,
    now: datetime | None = None,
) -> MergeResult:
    """Merge ``duplicate_id`` into ``survivor_id``, audited; nothing is lost.

    Every row that refers to the duplicate (course registrations as
    participant and as manager, activities, consents, alumni registrations,
    student records, contacts, ...) moves to the survivor; e-mails, phones
    and categories join the survivor's without doubles. The survivor keeps
    its own values and gets the duplicate's where its own are empty. The
    duplicate becomes a tombstone with ``merged_into_id``; earlier merges
    into it are pointed at the survivor. An activity on the survivor and an
    audit event record the merge. The caller commits.

    Raises:
        PermissionDenied: the actor may not edit persons.
        ValidationError: the two ids are the same.
        NotFoundError: either person is missing, removed or of another tenant.
        ConflictError: the two have different personnummer (two people).
    """
    if not (actor.roles & EDIT_ROLES):
        raise PermissionDenied("Your roles do not allow merging persons")
    if survivor_id == duplicate_id:
        raise ValidationError("A person cannot be merged with itself", field="duplicate_id")
    now = now or utcnow()
    tenant_id = actor.tenant_id
    lock_tenant(session, tenant_id)
    survivor = _live_person(session, tenant_id, survivor_id, "Person")
    duplicate = _live_person(session, tenant_id, duplicate_id, "Person")
    if (
        survivor.personnummer
        and duplicate.personnummer
        and survivor.personnummer != duplicate.personnummer
    ):
        raise ConflictError(
            f"{survivor.full_name} and {duplicate.full_name} have different personnummer; "
            "they are two people (correct the wrong one first)",
            details={"field": "personnummer"},
        )
    result = MergeResult(survivor.id, duplicate.id)
    duplicate.deleted_at = now
    duplicate.merged_into_id = survivor.id

    for field_name in _FILLABLE:
        if getattr(survivor, field_name) in (None, "") and getattr(duplicate, field_name):
            setattr(survivor, field_name, getattr(duplicate, field_name))
            result.filled.append(field_name)
    if not survivor.street and duplicate.street:
        for field_name in _ADDRESS:
            setattr(survivor, field_name, getattr(duplicate, field_name))
        result.filled += list(_ADDRESS)
    if duplicate.notes and duplicate.notes not in survivor.notes:
        survivor.notes = f"{survivor.notes}\n{duplicate.notes}".strip()
        result.filled.append("notes")

    result.moved["person_email.person_id"] = _merge_contacts(
        session, PersonEmail, "address", survivor, duplicate
    )
    result.moved["person_phone.person_id"] = _merge_contacts(
        session, PersonPhone, "number", survivor, duplicate
    )
    result.moved["person_category.person_id"] = _merge_categories(session, survivor, duplicate)
    for model, attr, label in _person_references():
        rows = session.execute(select(model).where(getattr(model, attr) == duplicate.id)).scalars()
        count = 0
        for row in rows:
            setattr(row, attr, survivor.id)
            count += 1
        if count:
            result.moved[label] = count
    for earlier in session.execute(
        select(Person).where(Person.tenant_id == tenant_id, Person.merged_into_id == duplicate.id)
    ).scalars():
        earlier.merged_into_id = survivor.id

    summary = {k: v for k, v in result.moved.items() if v}
    session.add(
        Activity(
            id=new_id(),
            tenant_id=tenant_id,
            person_id=survivor.id,
            kind=ActivityKind.PERSON_MERGED,
            subject=f"{duplicate.full_name or 'A duplicate'} merged into this profile",
            occurred_at=now,
            actor=actor.email,
            data={"duplicate_id": duplicate.id, "moved": summary, "filled": result.filled},
        )
    )
    session.add(
        AuditEvent(
            id=new_id(),
            tenant_id=tenant_id,
            at=now,
            actor_user_id=actor.user_id,
            actor_email=actor.email,
            action="person.merge",
            entity_type="person",
            entity_id=survivor.id,
            details={
                "survivor_id": survivor.id,
                "duplicate_id": duplicate.id,
                "moved": summary,
                "filled": result.filled,
            },
        )
    )
    session.flush()
    session.expire(survivor, ["emails", "phones"])
    return result
