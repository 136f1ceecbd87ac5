"""Filling a person from an alumni registration and the student records (seed 001).

Where the server has an address source (``KANSLI_ADDRESS_SOURCE=navet``),
:class:`WithHomeAddresses` puts the registered home address on each student
record as it is read, so filling the person takes the population register's
address before the student system's.

Nothing is ever overwritten: the alumnus' own e-mail address and phone join
the profile's lists, and empty fields (personnummer, address) are filled
from the student records. A student record fetched from an outside source
is stored as a ``student_record`` row of the person; an imported one is
linked to the person.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import validators
from models.alumni import StudentRecord
from models.errors import ValidationError
from models.ids import new_id
from models.people import Person, PersonEmail, PersonPhone
from server.services.alumni.navet import AddressSource, HomeAddress
from server.services.alumni.student_records import COLUMNS, StudentRecordData, StudentRecordSource

#: The columns a stored student record takes from its data: the file's columns and the source.
_RECORD_FIELDS = (*COLUMNS, "source")


class WithHomeAddresses:
    """A student-record source whose records carry the registered home address.

    Each record with a personnummer gets its street, postal code and city from
    ``addresses`` (asked once per personnummer); a record the address source
    has nothing for keeps the student system's address. When a person has
    protected identity every record loses its address: the student system's
    may be the very one that is protected. A failing address
    source fails the lookup (a technical error: the registration is retried).
    The source is never ``local``: the address source is asked over the network.
    """

    local = False

    def __init__(self, inner: StudentRecordSource, addresses: AddressSource) -> None:
        self.inner = inner
        self.addresses = addresses

    def lookup(self, *, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
        """The inner source's records, each with the registered address of its personnummer."""
        records = self.inner.lookup(personnummer=personnummer, email=email)
        homes: dict[str, HomeAddress | None] = {}
        for pnr in dict.fromkeys(r.personnummer for r in records if r.personnummer):
            homes[pnr] = self.addresses.home_address(pnr)
        if any(home is not None and home.protected for home in homes.values()):
            # All records of one lookup are the registrant's: none of their addresses is kept.
            return [replace(r, street="", postal_code="", city="") for r in records]
        return [
            r
            if (home := homes.get(r.personnummer or "")) is None
            else replace(r, street=home.street, postal_code=home.postal_code, city=home.city)
            for r in records
        ]


def owner_of_personnummer(session: Session, tenant_id: str, pnr: str) -> Person | None:
    """The live person of the tenant with personnummer ``pnr`` (canonical), if any."""
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


def first_text(*values: str | None) -> str:
    """The first of ``values`` that is not blank, stripped ("" if none)."""
    return next((v.strip() for v in values if v and v.strip()), "")


_Contact = TypeVar("_Contact", PersonEmail, PersonPhone)


def _add_contact(
    session: Session,
    person: Person,
    model: type[_Contact],
    live: list[_Contact] | None,
    present: Callable[[_Contact], bool],
    **values: str,
) -> bool:
    """Add a ``model`` row with ``values`` to the person unless ``present`` holds for a live one.

    The new row comes last and is primary when it is the first. True if added.
    """
    rows = live
    if rows is None:
        rows = list(
            session.execute(
                select(model).where(model.person_id == person.id, model.deleted_at.is_(None))
            ).scalars()
        )
    if any(present(row) for row in rows):
        return False
    session.add(
        model(
            id=new_id(),
            tenant_id=person.tenant_id,
            person_id=person.id,
            is_primary=not rows,
            position=len(rows),
            **values,
        )
    )
    return True


def add_email(
    session: Session,
    person: Person,
    address: str | None,
    *,
    live: list[PersonEmail] | None = None,
) -> bool:
    """Add ``address`` (canonical) to the person's e-mails unless present; True if added.

    ``live``: the person's live e-mail rows, when the caller has read them already.
    """
    if not address:
        return False
    return _add_contact(
        session,
        person,
        PersonEmail,
        live,
        lambda e: e.address == address,
        address=address,
        kind="private",
    )


def add_phone(
    session: Session,
    person: Person,
    number: str | None,
    *,
    live: list[PersonPhone] | None = None,
) -> bool:
    """Add ``number`` (made E.164) to the person's phones unless present or malformed.

    ``live``: the person's live phone rows, when the caller has read them already.
    """
    if not number:
        return False
    try:
        e164 = validators.normalize_phone(number)
    except ValidationError:
        return False
    return _add_contact(session, person, PersonPhone, live, lambda p: p.number == e164, number=e164)


def fill_from_records(
    session: Session, person: Person, records: list[StudentRecordData]
) -> list[str]:
    """Fill the person's empty fields from the student records; never overwrite."""
    filled: list[str] = []
    if not person.personnummer:
        for record in records:
            pnr = record.personnummer
            if pnr and owner_of_personnummer(session, person.tenant_id, pnr) is None:
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


def store_records(
    session: Session,
    person: Person,
    records: list[StudentRecordData],
    *,
    kept: list[StudentRecord] | None = None,
) -> tuple[list[str], list[str]]:
    """Keep the records with the person: link imported rows, store fetched ones.

    Returns the ids of the person's records, and notes on rows that belong
    to someone else already (possible duplicates). ``kept``: the person's live
    records, when the caller has read them already.
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
        if kept is None:
            existing = session.execute(
                select(StudentRecord).where(
                    StudentRecord.person_id == person.id,
                    StudentRecord.source == data.source,
                    StudentRecord.program_code == data.program_code,
                    StudentRecord.deleted_at.is_(None),
                )
            ).scalar_one_or_none()
        else:
            same = (
                r for r in kept if (r.source, r.program_code) == (data.source, data.program_code)
            )
            existing = next(same, None)
        if existing is None:
            existing = StudentRecord(
                id=new_id(), tenant_id=person.tenant_id, person_id=person.id, **values
            )
            session.add(existing)
            if kept is not None:
                kept.append(existing)
        else:
            for k, v in values.items():
                if getattr(existing, k) != v:
                    setattr(existing, k, v)
        ids.append(existing.id)
    return ids, notes
