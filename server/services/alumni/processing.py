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

A match that is not certain goes to the manual queue too: identifiers
pointing at different persons, or a match on one identifier whose other
data disagree with the profile (:func:`~models.alumni_matching.disagreements`:
another name or birth date, an e-mail, phone or personnummer the profile does
not have). Its ``decision_details["mismatch"]`` lists each disagreement with
its code and both values, for the officer to compare side by side.

Nothing of a public form is written on an existing person by the check: an
e-mail, phone or personnummer the matched profile lacks is kept on the
registration as a proposal (``proposed``, state ``pending``), applied when an
officer approves or the person confirms from an address the profile had
(:mod:`models.alumni_proposals`; the link to confirm is mailed to the profile's
addresses when only such details disagree, :mod:`.confirmation`, given the
server's ``settings``); nor are student records found for an
uncertain match linked to the person. Only a person made for the
registration gets its contact details. Every decision records why: the reason in one
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.alumni import (
    STATUS_LABELS,
    AlumniRegistration,
    AlumniStatus,
    ProposalState,
    StudentRecord,
)
from models.alumni_matching import Disagreement, Match, PersonProbe, disagreements, match_people
from models.alumni_proposals import PROPOSABLE, address_proposal, proposal_of
from models.alumni_rules import RuleConfigError, RulesVerdict, evaluate_rules, load_active_rules
from models.errors import NotFoundError, TransitionError
from models.ids import new_id
from models.people import (
    ActivityKind,
    Category,
    CategoryKey,
    Person,
    PersonCategory,
    PersonEmail,
    PersonPhone,
)
from server.services.alumni.categories import category_keys_of, category_row, give_category
from server.services.alumni.confirmation import ask_to_confirm, can_confirm
from server.services.alumni.enrichment import (
    add_email,
    add_phone,
    fill_from_records,
    first_text,
    owner_of_personnummer,
    store_records,
)
from server.services.alumni.notices import tell_decided, tell_outcome
from server.services.alumni.student_records import StudentRecordData, StudentRecordSource
from server.services.seq import lock_tenant
from server.services.timeline import add_activity
from server.settings import Settings
from server.sql import count_rows

log = logging.getLogger(__name__)

#: Wait before the n-th retry: RETRY_BASE * 2**(n-1), at most RETRY_MAX.
RETRY_BASE = timedelta(minutes=1)
RETRY_MAX = timedelta(hours=6)
SYSTEM_ACTOR = "system"


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


Pair = tuple[str | None, str | None]


class _Records:
    """Asks the source once per identifier pair; remembers answers and failures.

    A source with ``lookup_many`` (the database source has it) is asked for a
    whole batch's pairs at once by :meth:`ask`.
    """

    def __init__(self, source: StudentRecordSource) -> None:
        self.source = source
        self._seen: dict[Pair, list[StudentRecordData] | Exception] = {}
        #: The source answers from this server's database: no need to ask ahead of
        #: the tenant's lock (see :func:`_prefetch`).
        self.local = bool(getattr(source, "local", False))

    def known(self, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
        """What the source answered for this pair, if it was asked and answered; else []."""
        found = self._seen.get((personnummer, email))
        return found if isinstance(found, list) else []

    def ask(self, pairs: Iterable[Pair]) -> None:
        """Ask for all ``pairs`` not asked yet (in one call when the source can)."""
        new = list(dict.fromkeys(p for p in pairs if p not in self._seen and p != (None, None)))
        many = getattr(self.source, "lookup_many", None)
        if not new or many is None:
            for personnummer, email in new:
                with contextlib.suppress(_SourceFailed):
                    self.get(personnummer, email)
            return
        try:
            answers = many(new)
        except Exception as exc:  # any failure of an outside system is technical
            self._seen.update((pair, exc) for pair in new)
            return
        self._seen.update((pair, list(found)) for pair, found in zip(new, answers, strict=True))

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
    person: Person | None  # None: create one (see :func:`_decide_batch`)
    matched_on: str
    match: Match
    reason: str
    records: list[StudentRecordData] = field(default_factory=list)
    verdict: RulesVerdict | None = None
    had: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    #: The person was made for this registration (no existing person matched).
    created: bool = False
    #: What of the registration disagrees with the matched profile (empty: confirmed).
    mismatch: list[Disagreement] = field(default_factory=list)
    #: A registered alumnus registering again from an address of the profile, with
    #: details that changed (seed 001's "uppdaterar sina uppgifter"): approved, what
    #: changed (phone, name, personnummer, address) proposed for staff, nothing applied.
    updates: bool = False

    @property
    def certain(self) -> bool:
        """A person made for the registration, or a match with no conflict nor mismatch."""
        return self.created or not (self.match.conflict or self.mismatch)


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


class _Lookups:
    """What deciding a batch of registrations reads, read once for the whole batch:
    their matches (:func:`match_people`), the matched persons' categories and the
    tenant's rules."""

    def __init__(
        self,
        session: Session,
        tenant_id: str,
        probes: list[PersonProbe],
        *,
        candidates: bool = True,
    ) -> None:
        self.session = session
        self.tenant_id = tenant_id
        #: Every person read, held so the session keeps them loaded for the batch.
        self.persons: dict[str, Person] = {}
        self.matches = match_people(
            session, tenant_id=tenant_id, probes=probes, persons=self.persons, candidates=candidates
        )
        matched = sorted({m.person_id for m in self.matches if m.person_id})
        self.categories = category_keys_of(session, tenant_id, set(matched))
        #: The matched persons' live e-mail addresses and phone numbers (for confirming).
        self.known_emails = _values_by_person(session, PersonEmail.address, matched)
        self.known_phones = _values_by_person(session, PersonPhone.number, matched)
        self._rules: list[Any] | None = None
        self._categories: dict[str, Category] = {}

    def read_for_writing(self, plans: list[tuple[AlumniRegistration, PersonProbe, _Plan]]) -> None:
        """Read at once what :func:`_apply` would read row by row for these plans: the
        matched persons' e-mails, phones, category links and student records, and the
        imported student records to link. New persons have none of these yet."""
        session = self.session
        matched = sorted({p.person.id for _, _, p in plans if p.person and not p.created})
        new = {p.person.id for _, _, p in plans if p.person and p.created}
        self.emails = _rows_by_person(session, PersonEmail, matched, new, live_only=True)
        self.phones = _rows_by_person(session, PersonPhone, matched, new, live_only=True)
        self.records = _rows_by_person(session, StudentRecord, matched, new, live_only=True)
        self.links = _rows_by_person(session, PersonCategory, matched, new, live_only=False)
        imported = sorted({r.record_id for _, _, p in plans for r in p.records if r.record_id})
        #: Held so that ``session.get`` finds them loaded.
        self.imported = (
            list(session.scalars(select(StudentRecord).where(StudentRecord.id.in_(imported))))
            if imported
            else []
        )

    def rules(self) -> list[Any]:
        if self._rules is None:
            self._rules = load_active_rules(self.session, self.tenant_id)
        return self._rules

    def category(self, key: str) -> Category:
        """The tenant's category row (made once if missing: the batch flushes only at its end)."""
        if key not in self._categories:
            self._categories[key] = category_row(self.session, self.tenant_id, key)
        return self._categories[key]


def _values_by_person(session: Session, column: Any, person_ids: list[str]) -> dict[str, set[str]]:
    """The live values of ``column`` (of PersonEmail or PersonPhone) per person."""
    model = column.class_
    found: dict[str, set[str]] = {pid: set() for pid in person_ids}
    if person_ids:
        rows = session.execute(
            select(model.person_id, column).where(
                model.person_id.in_(person_ids), model.deleted_at.is_(None)
            )
        )
        for person_id, value in rows:
            found[person_id].add(value)
    return found


def mismatch_reason(found: list[Disagreement]) -> str:
    """One readable line of the disagreements (English; the desktop shows them translated)."""
    what = {
        "name": "the name",
        "birth_date": "the birth date",
        "email": "the e-mail address",
        "phone": "the phone",
        "personnummer": "the personnummer",
    }
    parts = [what.get(d.field, d.field) for d in found]
    if any(d.field in ("name", "birth_date") for d in found):
        verb = "differs from" if len(parts) == 1 else "differ from"
        return f"{', '.join(parts)} {verb} the profile"
    return f"{', '.join(parts)} {'is' if len(parts) == 1 else 'are'} not on the profile"


def _rows_by_person(
    session: Session, model: Any, matched: list[str], new: set[str], *, live_only: bool
) -> dict[str, list[Any]]:
    """Rows of ``model`` per person (in id order), for the matched and the new persons."""
    found: dict[str, list[Any]] = {pid: [] for pid in [*matched, *new]}
    if matched:
        query = select(model).where(model.person_id.in_(matched)).order_by(model.id)
        if live_only:
            query = query.where(model.deleted_at.is_(None))
        for row in session.scalars(query):
            found[row.person_id].append(row)
    return found


def _plan(
    session: Session,
    reg: AlumniRegistration,
    probe: PersonProbe,
    match: Match,
    lookups: _Lookups,
    records: _Records,
) -> _Plan:
    """Decide from reads only. Raises _SourceFailed or RuleConfigError on technical errors."""
    tenant_id = reg.tenant_id
    pair = _records_pair(session, probe, match)  # what the records are asked with
    if match.person_id is not None and match.on is not None:
        person = session.get(Person, match.person_id)
        assert person is not None
        had = lookups.categories[person.id]
        who = (
            f"{person.full_name or 'The person'} (matched on {match.on.replace('email', 'e-mail')})"
        )
        plan = _Plan(AlumniStatus.NOT_APPROVED, person, match.on, match, "", had=had)
        if not match.conflict:
            plan.mismatch = disagreements(
                probe,
                person,
                emails=lookups.known_emails.get(person.id, ()),
                phones=lookups.known_phones.get(person.id, ()),
                phone=reg.phone,
            )
        if _updates_details(match, had, plan.mismatch, probe, person):
            plan.status = AlumniStatus.APPROVED_REGISTERED_ALUMNUS
            plan.updates = True
            plan.reason = f"{who} is already a registered alumnus; updates their details"
        elif match.conflict or plan.mismatch:
            # Information for the officer only: a mismatch of a registered alumnus was
            # not asked ahead (see _ask_records) and is not asked under the lock.
            plan.records = records.get(*pair) if match.conflict else records.known(*pair)
            plan.verdict = _info_verdict(lookups.rules(), plan.records)
            why = match.conflict or mismatch_reason(plan.mismatch)
            plan.reason = f"Match not certain: {why}"
        elif CategoryKey.REGISTERED_ALUMNUS in had:
            plan.status = AlumniStatus.APPROVED_REGISTERED_ALUMNUS
            plan.reason = f"{who} is already a registered alumnus"
            if address_proposal(reg, person):  # a new address only (issue 20)
                plan.updates = True
                plan.reason += "; updates their details"
        elif CategoryKey.ALUMNUS in had:
            plan.status = AlumniStatus.APPROVED_ALUMNUS
            plan.records = records.get(*pair)
            plan.reason = f"{who} is an alumnus; now a registered alumnus"
        else:
            plan.records = records.get(*pair)
            plan.verdict = _info_verdict(lookups.rules(), plan.records)
            plan.reason = f"{who} is neither an alumnus nor a registered alumnus"
            if plan.verdict is not None:
                plan.reason += f"; student records: {plan.verdict.reason}"
        return plan

    found = records.get(*pair)
    verdict = evaluate_rules(lookups.rules(), found)
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


#: What a returning registered alumnus may change by registering again from an address
#: of the profile: the phone, the name and the personnummer, all proposed for staff.
_UPDATABLE = frozenset({"name", "phone", "personnummer"})


def _updates_details(
    match: Match, had: set[str], mismatch: list[Disagreement], probe: PersonProbe, person: Person
) -> bool:
    """A registered alumnus matched with no conflict, who gave an e-mail address of the
    profile (an address it lacks is a disagreement, so not updatable), whose other details
    changed: the phone, a personnummer the profile lacks, the name only with the profile's
    own personnummer (anyone may type a member's address: another name without it is
    someone else until an officer says otherwise); no other birth date."""
    same_pnr = bool(probe.personnummer) and probe.personnummer == person.personnummer
    return (
        bool(mismatch)
        and not match.conflict
        and CategoryKey.REGISTERED_ALUMNUS in had
        and all(d.field in _UPDATABLE for d in mismatch)
        and (same_pnr or all(d.field != "name" for d in mismatch))
    )


def _update_proposal(reg: AlumniRegistration, person: Person, plan: _Plan) -> dict[str, str]:
    """A returning registered alumnus's new details, all kept as a proposal for staff
    (``alumni.review_proposal``): nothing of a public form reaches an existing profile
    at once, not even a phone (personal links are texted to every phone of a person)."""
    fields = {d.field for d in plan.mismatch}
    proposal = proposal_of({d.field: d.registration for d in plan.mismatch if d.field == "phone"})
    if "name" in fields:
        if reg.first_name and reg.first_name != person.first_name:
            proposal["first_name"] = reg.first_name
        if reg.last_name and reg.last_name != person.last_name:
            proposal["last_name"] = reg.last_name
    if "personnummer" in fields and reg.personnummer:
        proposal["personnummer"] = reg.personnummer
    return proposal


def _fill_address(reg: AlumniRegistration, person: Person) -> list[str]:
    """A person made for the registration gets the address the form gave."""
    person.street, person.postal_code, person.city = reg.street, reg.postal_code, reg.city
    person.country = reg.country or "SE"
    return ["street", "postal_code", "city", "country"]


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
    session: Session,
    reg: AlumniRegistration,
    probe: PersonProbe,
    plan: _Plan,
    lookups: _Lookups,
    now: datetime,
    settings: Settings | None,
) -> ProcessOutcome:
    created = plan.created
    person = plan.person
    assert person is not None, "persons are made before applying (see _decide_batch)"
    filled: list[str] = []
    if created:
        # A person made for the registration gets its contact details. An existing
        # person never does from a public form: what it lacks is only proposed.
        email = probe.emails[0] if probe.emails else None
        if add_email(session, person, email, live=lookups.emails[person.id]):
            filled.append("email")
        if add_phone(session, person, reg.phone, live=lookups.phones[person.id]):
            filled.append("phone")
        if reg.street:  # before the student records, which fill only an empty address
            filled += _fill_address(reg, person)
    if plan.updates:
        proposal = _update_proposal(reg, person, plan)
    else:
        proposal = proposal_of(
            {d.field: d.registration for d in plan.mismatch if d.field in PROPOSABLE}
        )
    if not created and not plan.match.conflict:
        # An existing person's address is contact data from a public form: only proposed,
        # applied by staff or by the person's confirmation (security issue 13, item 1).
        proposal |= address_proposal(reg, person)
    if proposal:
        reg.proposed = proposal
        reg.proposal_state = ProposalState.PENDING
        if settings is not None and not plan.updates and can_confirm(plan.mismatch):
            # Only to the addresses the profile had before this registration.
            known = sorted(lookups.known_emails.get(person.id, ()))
            ask_to_confirm(session, settings, reg, person, known, now)
    if plan.certain:
        record_ids, record_notes = store_records(
            session, person, plan.records, kept=lookups.records[person.id]
        )
    else:  # not linked to a person who may not be the one: shown, not kept
        record_ids = [r.record_id for r in plan.records if r.record_id]
        record_notes = []
    if created or plan.status == AlumniStatus.APPROVED_ALUMNUS:
        filled += fill_from_records(session, person, plan.records)
    given: list[str] = []
    key = CategoryKey.REGISTERED_ALUMNUS
    category = lookups.category(key) if plan.status == AlumniStatus.APPROVED_ALUMNUS else None
    if category is not None and give_category(
        session,
        reg.tenant_id,
        person.id,
        key,
        category=category,
        links=[link for link in lookups.links[person.id] if link.category_id == category.id],
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
        "mismatch": [d.as_json() for d in plan.mismatch],
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
    add_activity(
        session,
        person,
        ActivityKind.ALUMNI_DECISION,
        f"Alumni registration {STATUS_LABELS[plan.status]} (automatic check)",
        body=plan.reason,
        actor=SYSTEM_ACTOR,
        now=now,
        data={"alumni_registration_id": reg.id, "matched_on": plan.matched_on},
    )
    if settings is not None:
        tell_decided(session, settings, reg)
        tell_outcome(session, settings, reg)
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


def _received_among(session: Session, ids: list[str]) -> list[AlumniRegistration]:
    """Those of ``ids`` still received, read afresh, in the order of ``ids``."""
    rows = session.execute(
        select(AlumniRegistration)
        .where(
            AlumniRegistration.id.in_(ids),
            AlumniRegistration.status == AlumniStatus.RECEIVED,
            AlumniRegistration.deleted_at.is_(None),
        )
        .execution_options(populate_existing=True)
    ).scalars()
    found = {reg.id: reg for reg in rows}
    return [found[i] for i in ids if i in found]


def _records_pair(session: Session, probe: PersonProbe, match: Match) -> Pair:
    """The identifiers :func:`_plan` asks the student records with."""
    email = probe.emails[0] if probe.emails else None
    pnr = probe.personnummer
    if pnr is None and match.person_id is not None:
        person = session.get(Person, match.person_id)
        pnr = person.personnummer if person is not None else None
    return pnr, email


def _touches(
    session: Session, probe: PersonProbe, match: Match, records: _Records
) -> set[tuple[str, Any]]:
    """Everything deciding this registration reads or may write: its identifiers, those
    of its student records, the persons it matched and its candidates.

    Two registrations of one batch must not share any of these: the second would be
    decided on reads made before the first's writes (see :func:`_decide_batch`).
    """
    pnr, email = _records_pair(session, probe, match)
    keys: set[tuple[str, Any]] = {("email", e) for e in probe.emails}
    keys |= {("pnr", probe.personnummer), ("pnr", pnr), ("born", probe.birth_date)}
    keys |= {("person", match.person_id)} | {("person", c.person_id) for c in match.candidates}
    for record in records.known(pnr, email):
        keys |= {("pnr", record.personnummer), ("email", record.email)}
    keys -= {("pnr", None), ("born", None), ("person", None), ("email", None)}
    return keys


@dataclass(frozen=True)
class _Check:
    """What every batch of one run of the automatic check shares: the tenant, the
    student records asked so far, the moment and the server's settings (None: no mail)."""

    tenant_id: str
    records: _Records
    now: datetime
    settings: Settings | None = None


def _decide_batch(
    session: Session, check: _Check, ids: list[str]
) -> tuple[list[ProcessOutcome], list[str]]:
    """Take the tenant's write lock, read afresh and decide the received ones of ``ids``.

    The reads for the whole batch are made first (a few set-based queries), so a
    registration must not depend on the writes of an earlier one of the batch: the
    batch stops before the first registration that shares an identifier, a student
    record or a person with an earlier one. Returns the outcomes and the ids left
    for a next batch (whose reads then see those writes).
    """
    tenant_id, records, now = check.tenant_id, check.records, check.now
    lock_tenant(session, tenant_id)
    regs = _received_among(session, ids)
    probes = [probe_of(reg, now) for reg in regs]
    lookups = _Lookups(session, tenant_id, probes)
    # What was not asked ahead (a local source; a match changed since) is asked now.
    _ask_records(session, probes, lookups, records)
    outcomes: dict[str, ProcessOutcome] = {}
    plans: list[tuple[AlumniRegistration, PersonProbe, _Plan]] = []
    touched: set[tuple[str, Any]] = set()
    left: list[str] = []
    # Reads were made for the whole batch above; writes are flushed twice for all:
    # the new persons (and a missing category) first, as rows refer to them, then
    # the rest. The flush checks and server_seq numbers then serve the whole batch.
    with session.no_autoflush:
        for n, (reg, probe, match) in enumerate(zip(regs, probes, lookups.matches, strict=True)):
            keys = _touches(session, probe, match, records)
            if keys & touched:
                left = [r.id for r in regs[n:]]
                break
            touched |= keys
            try:
                plan = _plan(session, reg, probe, match, lookups, records)
            except _SourceFailed as exc:
                outcomes[reg.id] = _record_failure(reg, str(exc), now)
                continue
            except RuleConfigError as exc:
                error = f"Alumni rules cannot be applied: {exc}"
                outcomes[reg.id] = _record_failure(reg, error, now)
                continue
            if plan.person is None:
                plan.person, plan.created = _create_person(session, reg, probe, plan, now), True
            if plan.status == AlumniStatus.APPROVED_ALUMNUS:
                lookups.category(CategoryKey.REGISTERED_ALUMNUS)
            plans.append((reg, probe, plan))
    session.flush()
    lookups.read_for_writing(plans)
    with session.no_autoflush:
        for reg, probe, plan in plans:
            outcomes[reg.id] = _apply(session, reg, probe, plan, lookups, now, check.settings)
    session.flush()
    done = [r.id for r in regs if r.id in outcomes]
    return [outcomes[i] for i in done], left


def _prefetch(session: Session, check: _Check, ids: list[str]) -> None:
    """Ask the student records before taking the tenant's write lock.

    A slow outside system must not hold up every writer of the tenant; the
    answers (and failures) are remembered for the locked decision.
    """
    regs = _received_among(session, ids)
    probes = [probe_of(reg, check.now) for reg in regs]
    # Only which identifiers to ask the records with: no duplicate candidates needed.
    lookups = _Lookups(session, check.tenant_id, probes, candidates=False)
    _ask_records(session, probes, lookups, check.records)


def _ask_records(
    session: Session, probes: list[PersonProbe], lookups: _Lookups, records: _Records
) -> None:
    """Ask the records, at once, for what :func:`_plan` will read of these probes: all but
    a certain match of a registered alumnus, for whom it asks nothing."""

    def needed(match: Match) -> bool:
        if match.person_id is None or match.conflict:
            return True
        return CategoryKey.REGISTERED_ALUMNUS not in lookups.categories[match.person_id]

    records.ask(
        _records_pair(session, probe, match)
        for probe, match in zip(probes, lookups.matches, strict=True)
        if needed(match)
    )


def process_registration(
    *,
    session: Session,
    registration_id: str,
    source: StudentRecordSource,
    now: datetime,
    settings: Settings | None = None,
) -> ProcessOutcome:
    """Run the automatic check on one ``received`` registration, in ``session``.

    ``settings``: the server's, for the mails the check sends (a link to confirm
    proposed contact details); None sends none (a check run outside a server).

    The caller commits. A failing student-record source or a misconfigured
    rule is recorded as a technical error (the registration stays received,
    ``attempts`` + 1, ``last_error`` set) and the outcome's ``error`` is set;
    a database error propagates (the caller rolls back;
    :func:`process_pending` then records it in a new transaction).

    Raises:
        NotFoundError: no such registration.
        TransitionError: the registration is no longer ``received``.
    """
    tenant_id = _load_received(session, registration_id).tenant_id
    check = _Check(tenant_id, _Records(source), now, settings)
    if not check.records.local:
        _prefetch(session, check, [registration_id])
    outcomes, _ = _decide_batch(session, check, [registration_id])
    if not outcomes:
        _load_received(session, registration_id)  # raises: decided or removed meanwhile
    return outcomes[0]


#: Registrations decided in one transaction. Larger batches share the set-based
#: reads among more registrations but hold the tenant's write lock longer.
BATCH_SIZE = 100


def process_pending(
    *,
    session_factory: Callable[[], Session],
    tenant_id: str,
    source: StudentRecordSource,
    now: datetime,
    limit: int = 200,
    due_only: bool = True,
    settings: Settings | None = None,
) -> PendingSummary:
    """Check every ``received`` registration of the tenant whose retry is due.

    Oldest first, in batches of up to :data:`BATCH_SIZE` per transaction. A
    database error in a batch rolls it back and its registrations are then
    checked one per transaction, so one failure never undoes another's
    decision. A registration that failed ``n`` times is tried again
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
        total = count_rows(session, AlumniRegistration, *received)
    summary.waiting = total - len(due)
    queue = due
    while queue:
        batch, queue = queue[:BATCH_SIZE], queue[BATCH_SIZE:]
        check = _Check(tenant_id, _Records(source), now, settings)
        outcomes, left = _process_batch(session_factory, check, batch)
        queue = left + queue
        for outcome in outcomes:
            (summary.failed if outcome.error else summary.decided).append(outcome)
    return summary


def _process_batch(
    session_factory: Callable[[], Session], check: _Check, ids: list[str]
) -> tuple[list[ProcessOutcome], list[str]]:
    if not check.records.local:
        with session_factory() as session:
            _prefetch(session, check, ids)
    try:
        with session_factory() as session, session.begin():
            return _decide_batch(session, check, ids)
    except Exception as exc:  # rolled back
        error = f"{type(exc).__name__}: {exc}"
    if len(ids) > 1:  # find the one that fails: each in a transaction of its own
        outcomes: list[ProcessOutcome] = []
        for one in ids:
            outcomes += _process_batch(session_factory, check, [one])[0]
        return outcomes, []
    with session_factory() as session, session.begin():
        try:
            reg = _load_received(session, ids[0])
        except (NotFoundError, TransitionError):
            return [], []
        lock_tenant(session, reg.tenant_id)
        return [_record_failure(reg, error, check.now)], []
