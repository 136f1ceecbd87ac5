"""Operations on person profiles: load a profile, edit it (with undo), e-mails and phones,
search people."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.common.values import utc
from desktop.local_index import match_expression
from desktop.operations.executor import DbOp, OpContext
from desktop.operations.undo import UndoStep
from models import (
    Activity,
    AlumniRegistration,
    Category,
    Consent,
    CourseRound,
    Organisation,
    Person,
    PersonCategory,
    PersonEmail,
    PersonPhone,
    Registration,
)
from models.alumni_matching import PersonProbe, PossibleDuplicate, possible_duplicates
from models.ids import derived_id
from models.validators import birth_date_from_personnummer


@dataclass
class Profile:
    """Everything the profile shows of one person."""

    id: str
    fields: dict[str, Any]
    organisation_name: str
    emails: list[dict[str, Any]]
    phones: list[dict[str, Any]]
    categories: list[str]
    registrations: list[dict[str, Any]]
    activities: list[dict[str, Any]]
    consents: list[dict[str, Any]]
    alumni: list[dict[str, Any]]
    pending: bool
    organisations: list[tuple[str, str]] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.fields['first_name']} {self.fields['last_name']}".strip()


#: What an address row says of a bounce (``PersonEmail``; desktop/people/bounces.py).
BOUNCE_KEYS = ("bounced_at", "bounce_detail")


def _attrs(row: Any, *names: str, **renamed: str) -> dict[str, Any]:
    """A row's attributes by name, as a list shows them (``key="attribute"`` where the
    list's key is not the attribute's name)."""
    return {n: getattr(row, n) for n in names} | {k: getattr(row, a) for k, a in renamed.items()}


def _field_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _manager_of(
    managed: dict[str, tuple[str, str]], names: dict[str, str], registration_id: str | None
) -> tuple[str, str] | None:
    """(participant, round) of an activity of a registration the profile's person is the
    approving manager of; None for their own and other activities."""
    found = managed.get(registration_id or "")
    return (names.get(found[0], ""), found[1]) if found else None


def load_profile(ctx: OpContext, person_id: str) -> Profile:
    with ctx.read() as s:
        person = s.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise LookupError(
                QCoreApplication.translate("PeopleOps", "This person no longer exists.")
            )
        fields = {f: _field_value(getattr(person, f)) for f in Person.EDITABLE_FIELDS}
        org = s.get(Organisation, person.organisation_id) if person.organisation_id else None
        # E-mail addresses and phone numbers alike: the value, its kind, the main one; an
        # address also whether mail to it bounced (desktop/people/bounces.py).
        contact_tables: tuple[
            tuple[type[PersonEmail] | type[PersonPhone], str, tuple[str, ...]], ...
        ] = (
            (PersonEmail, "address", BOUNCE_KEYS),
            (PersonPhone, "number", ()),
        )
        emails, phones = (
            [
                _attrs(c, "id", value, "kind", "is_primary", *also)
                for c in s.scalars(
                    select(table)
                    .where(table.person_id == person_id, table.deleted_at.is_(None))
                    .order_by(table.position)
                )
            ]
            for table, value, also in contact_tables
        )
        categories = list(
            s.scalars(
                select(Category.name)
                .join(PersonCategory, PersonCategory.category_id == Category.id)
                .where(PersonCategory.person_id == person_id, PersonCategory.deleted_at.is_(None))
                .order_by(Category.name)
            )
        )
        registrations = []
        managed: dict[str, tuple[str, str]] = {}  # registration -> (participant id, round)
        for reg, round_name, starts_on in s.execute(
            select(Registration, CourseRound.name, CourseRound.starts_on)
            .join(CourseRound, CourseRound.id == Registration.round_id)
            .where(
                (Registration.participant_id == person_id)
                | (Registration.approving_manager_id == person_id),
                Registration.deleted_at.is_(None),
            )
            .order_by(CourseRound.starts_on.desc())
        ):
            if reg.participant_id != person_id:
                managed[reg.id] = (reg.participant_id, round_name)
            registrations.append(
                {
                    "id": reg.id,
                    "round": round_name,
                    "starts_on": starts_on,
                    "role": (
                        QCoreApplication.translate("PeopleOps", "Participant")
                        if reg.participant_id == person_id
                        else QCoreApplication.translate("PeopleOps", "Approving manager")
                    ),
                    "status": reg.status,
                    "approval": str(reg.approval_state),
                    "approved_at": reg.approved_at,
                    "approved_by_email": reg.approved_by_email,
                }
            )
        # A registration's activities (approval requested, reminded, approved, removed)
        # are on the timelines of both its participant and its approving manager,
        # whichever person the entry was written for.
        theirs = select(Registration.id).where(
            (Registration.participant_id == person_id)
            | (Registration.approving_manager_id == person_id)
        )
        names = {
            p.id: p.full_name
            for p in s.scalars(
                select(Person).where(Person.id.in_({pid for pid, _ in managed.values()}))
            )
        }
        activities = [
            _attrs(a, "id", "kind", "subject", "body", "occurred_at", "actor")
            # This person's part in the activity: the manager of whom, on which round.
            | {"manager_of": _manager_of(managed, names, a.registration_id)}
            for a in s.scalars(
                select(Activity)
                .where(
                    (Activity.person_id == person_id) | Activity.registration_id.in_(theirs),
                    Activity.deleted_at.is_(None),
                )
                .order_by(Activity.occurred_at.desc())
                .limit(200)
            )
        ]
        consents = [
            _attrs(c, "id", "kind", "terms_version", "given_at", "email")
            | _attrs(c, "withdrawn_at", "withdrawn_via")
            # The round of the registration it was given for (the approval it came with).
            | {"round": round_name or ""}
            for c, round_name in s.execute(
                select(Consent, CourseRound.name)
                .outerjoin(Registration, Registration.id == Consent.registration_id)
                .outerjoin(CourseRound, CourseRound.id == Registration.round_id)
                .where(Consent.person_id == person_id, Consent.deleted_at.is_(None))
            )
        ]
        alumni = [
            _attrs(a, "id", "status", "program", "received_at", reason="decision_reason")
            for a in s.scalars(
                select(AlumniRegistration).where(
                    AlumniRegistration.person_id == person_id,
                    AlumniRegistration.deleted_at.is_(None),
                )
            )
        ]
        pending = bool(ctx.store.pending_ids("person", [person_id], session=s))
        organisations = _organisations(s)
    return Profile(
        id=person_id,
        fields=fields,
        organisation_name=org.name if org else "",
        emails=emails,
        phones=phones,
        categories=categories,
        registrations=registrations,
        activities=activities,
        consents=consents,
        alumni=alumni,
        pending=pending,
        organisations=organisations,
    )


def edit_person(
    *, parent: QObject | None, person_id: str, changes: dict[str, tuple[Any, Any]]
) -> DbOp[UndoStep | None]:
    """Edit person fields (``field -> (value seen, new value)``); returns the undo step.

    The undo step is made from the values the fields held just before and
    just after the command, read in the operation, so undo restores exactly
    what was there (Anki's undo: old values recorded by the op, not the widget).
    """

    def run(ctx: OpContext) -> UndoStep | None:
        args = {
            "person_id": person_id,
            "changes": {
                f: {"old": _field_value(old), "new": _field_value(new)}
                for f, (old, new) in changes.items()
            },
        }
        command = ctx.command("person.edit", args)
        with ctx.read() as s:
            before = _fields(s.get(Person, person_id), changes)
        ctx.execute(command)
        with ctx.read() as s:
            person = s.get(Person, person_id)
            after = _fields(person, changes)
            name = person.full_name if person else ""
        inverse = {f: {"old": after[f], "new": before[f]} for f in changes if before[f] != after[f]}
        if not inverse:
            return None
        return UndoStep(
            label=QCoreApplication.translate("PeopleOps", "edit of %1").replace("%1", name),
            table="person",
            row_id=person_id,
            command="person.edit",
            args={"person_id": person_id, "changes": inverse},
        )

    return DbOp(
        run, parent=parent, label=QCoreApplication.translate("PeopleOps", "Saving the profile")
    )


def _fields(person: Person | None, changes: dict[str, Any]) -> dict[str, Any]:
    if person is None:
        raise LookupError(QCoreApplication.translate("PeopleOps", "This person no longer exists."))
    return {f: _field_value(getattr(person, f)) for f in changes}


def add_email(
    *,
    parent: QObject | None,
    person_id: str,
    address: str,
    kind: str = "work",
    make_primary: bool = False,
) -> DbOp[UndoStep]:
    def run(ctx: OpContext) -> UndoStep:
        command = ctx.command(
            "person.add_email",
            {
                "person_id": person_id,
                "address": address,
                "kind": kind,
                "make_primary": make_primary,
            },
        )
        ctx.execute(command)
        return UndoStep(
            label=QCoreApplication.translate("PeopleOps", "adding %1").replace(
                "%1", address.strip().lower()
            ),
            table="person",
            row_id=person_id,
            command="person.remove_email",
            args={"email_id": derived_id(command.id, "email")},
        )

    return DbOp(
        run,
        parent=parent,
        label=QCoreApplication.translate("PeopleOps", "Adding an e-mail address"),
    )


def remove_email(*, parent: QObject | None, email_id: str) -> DbOp[None]:
    def run(ctx: OpContext) -> None:
        ctx.execute(ctx.command("person.remove_email", {"email_id": email_id}))

    return DbOp(
        run,
        parent=parent,
        label=QCoreApplication.translate("PeopleOps", "Removing an e-mail address"),
    )


def withdraw_consent(*, parent: QObject | None, consent_id: str) -> DbOp[None]:
    """Withdraw a person's consent on their behalf (``consent.withdraw``, via "staff")."""

    def run(ctx: OpContext) -> None:
        ctx.execute(ctx.command("consent.withdraw", {"consent_id": consent_id}))

    return DbOp(
        run, parent=parent, label=QCoreApplication.translate("PeopleOps", "Withdrawing a consent")
    )


def add_phone(
    *, parent: QObject | None, person_id: str, number: str, kind: str = "mobile"
) -> DbOp[None]:
    def run(ctx: OpContext) -> None:
        ctx.execute(
            ctx.command(
                "person.add_phone", {"person_id": person_id, "number": number, "kind": kind}
            )
        )

    return DbOp(
        run, parent=parent, label=QCoreApplication.translate("PeopleOps", "Adding a phone number")
    )


@dataclass(frozen=True)
class PeopleFound:
    """The first people a search found, best first, and how many it found in all."""

    rows: list[dict[str, Any]]
    total: int


def search_people(ctx: OpContext, search: str, limit: int = 100) -> PeopleFound:
    """People whose names or e-mail addresses match ``search`` (FTS5), best first: at most
    ``limit``, with their birth year and organisation (namesakes told apart), and the
    number of all that match."""
    match = match_expression(search)
    if match is None:
        return PeopleFound([], 0)
    found = """
        FROM person_fts f JOIN person p ON p.rowid = f.rowid
        LEFT JOIN organisation o ON o.id = p.organisation_id
        WHERE person_fts MATCH :match AND p.deleted_at IS NULL
    """
    sql = f"""
        SELECT p.id, p.first_name, p.last_name, o.name,
               (SELECT e.address FROM person_email e WHERE e.person_id = p.id
                AND e.deleted_at IS NULL ORDER BY e.is_primary DESC, e.position LIMIT 1),
               p.created_at, p.birth_date
        {found} ORDER BY rank LIMIT :limit
    """
    params = {"match": match, "limit": limit}
    with ctx.read() as s:
        rows = [
            {
                "id": r[0],
                "name": f"{r[1]} {r[2]}".strip(),
                "organisation": r[3] or "",
                "email": r[4] or "",
                "created_at": utc(r[5]),
                "born": int(str(r[6])[:4]) if r[6] else None,
            }
            for r in s.execute(text(sql), params)
        ]
        total = len(rows)
        if total == limit:  # there may be more: count them
            total = s.execute(text(f"SELECT count(*) {found}"), params).scalar_one()
    return PeopleFound(rows, total)


def _organisations(s: Session) -> list[tuple[str, str]]:
    return [
        (o.id, o.name)
        for o in s.scalars(
            select(Organisation)
            .where(Organisation.deleted_at.is_(None))
            .order_by(Organisation.name)
        )
    ]


def load_organisations(ctx: OpContext) -> list[tuple[str, str]]:
    """The live organisations (id, name) by name: a person form's choices."""
    with ctx.read() as s:
        return _organisations(s)


def find_duplicates(
    ctx: OpContext,
    *,
    first_name: str,
    last_name: str,
    emails: list[str],
    personnummer: str | None,
) -> list[PossibleDuplicate]:
    """The people of the local database a new person with these values may duplicate
    (:func:`models.alumni_matching.possible_duplicates`: the rule the server and the
    import use too). ``emails`` and ``personnummer`` as the database keeps them."""
    probe = PersonProbe(
        first_name=first_name,
        last_name=last_name,
        emails=tuple(emails),
        personnummer=personnummer,
        birth_date=birth_date_from_personnummer(personnummer) if personnummer else None,
    )
    with ctx.read() as s:
        return possible_duplicates(s, tenant_id=ctx.actor.tenant_id, probe=probe)


#: A person's address that bounced: (person id, address) -> its row (``address``,
#: ``bounced_at``, ``bounce_detail``), as desktop/people/bounces.py shows it.
Bounced = dict[tuple[str, str], dict[str, Any]]


def bounced_addresses(ctx: OpContext, person_ids: list[str]) -> Bounced:
    """The live addresses of these people that bounced."""
    with ctx.read() as s:
        rows = s.scalars(
            select(PersonEmail).where(
                PersonEmail.person_id.in_(person_ids),
                PersonEmail.bounced_at.is_not(None),
                PersonEmail.deleted_at.is_(None),
            )
        )
        return {(e.person_id, e.address): _attrs(e, "address", *BOUNCE_KEYS) for e in rows}
