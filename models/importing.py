"""Reading a list of participants from CSV or XLSX, for an import onto a round.

The whole file is checked before anything is saved: every bad row is
reported with its row number (as the user sees it in the spreadsheet, the
header being row 1), the column and the reason; an import with errors saves
nothing. The rows become ordinary commands (``person.create``,
``registration.create``) applied together in one local transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import pydantic
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import validators
from models.commands import Command, build
from models.commands.base import _TEMPLATE
from models.commands.people import PersonCreateArgs
from models.courses import Registration
from models.errors import ValidationError
from models.ids import new_id
from models.organisations import Organisation
from models.people import Person, PersonEmail, PersonPhone
from models.tabular import Source, header_matcher, read_table
from models.visibility import Reader, may_read

#: Accepted header names (lower case) per field, English and Swedish.
HEADERS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "first_name", "firstname", "förnamn", "fornamn"),
    "last_name": ("last name", "last_name", "lastname", "surname", "efternamn"),
    "email": (
        *("e-mail", "email", "e-mail address", "e-post", "epost", "mejl", "mail"),
        *("e-postadress", "epostadress", "e-mailadress", "mejladress"),
    ),
    "phone": (
        *("phone", "mobile", "telefon", "mobil", "mobilnummer", "telefonnummer"),
        *("mobilnr", "telefonnr", "mobiltelefon"),
    ),
    "organisation": (
        *("organisation", "organization", "company", "företag", "arbetsgivare"),
        "organisationsnamn",
    ),
    "personnummer": ("personnummer", "personal identity number", "pnr", "personnr", "pers.nr"),
    "manager_email": (
        "manager e-mail",
        "manager email",
        "manager's e-mail",
        "approving manager's e-mail",
        "chef e-post",
        "chefens e-post",
        "chef epost",
        "chef e-postadress",
        "chefens e-postadress",
    ),
    #: A person category the row's person gets (its name or key, such as Alumnus).
    "category": ("category", "kategori", "person category", "personkategori"),
}
REQUIRED = ("first_name", "last_name", "email")
#: The synced (table, column) each field of a file sets: a field its importer's roles may
#: not read (``models.visibility``: personnummer for most roles) is not imported.
FIELD_COLUMNS: dict[str, tuple[str, str]] = {
    "first_name": ("person", "first_name"),
    "last_name": ("person", "last_name"),
    "email": ("person_email", "address"),
    "phone": ("person_phone", "number"),
    "organisation": ("person", "organisation_id"),
    "personnummer": ("person", "personnummer"),
    "manager_email": ("person_email", "address"),
    "category": ("person_category", "category_id"),
}
MAX_ROWS = 20_000
#: The field a header cell names, for the reader's choice of separator and sheet.
_recognise = header_matcher(HEADERS)


@dataclass(frozen=True)
class ParticipantRow:
    row: int
    first_name: str
    last_name: str
    email: str
    phone: str | None = None
    organisation: str | None = None
    personnummer: str | None = None
    #: The approving manager's e-mail address (a "Chef e-post" column), if the file names one.
    manager_email: str | None = None
    #: A category for the row's person, as the file names it (a "Kategori" column).
    category: str | None = None


@dataclass
class ImportPreview:
    """What a file holds: good rows and per-row errors. Importable only without errors."""

    rows: list[ParticipantRow] = field(default_factory=list)
    errors: list[ValidationError] = field(default_factory=list)
    #: Fields the file has a column for that are not imported (neither checked nor
    #: read): the importer's roles may not read them.
    ignored: list[str] = field(default_factory=list)
    #: Headers of columns that are not read: no field has that name.
    unknown_columns: list[str] = field(default_factory=list)
    #: Headers of columns that are not read: an earlier column is already that field.
    duplicate_columns: list[str] = field(default_factory=list)
    #: How the file was read (format, encoding, separator or sheet) and the reader's notes
    #: (a restored leading 0, hidden rows, merged cells); None when it could not be read.
    source: Source | None = None

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)


def _map_header(header: Sequence[str]) -> tuple[dict[str, int], list[ValidationError]]:
    """Field -> column index of ``header``, and an error for each required field missing."""
    mapping, _unknown, _duplicate = read_header(header)
    errors = [
        ValidationError(
            "No column for {field}",
            row=1,
            field=f,
            params={"field": f.replace("_", " "), "names": ", ".join(HEADERS[f][:3])},
        )
        for f in REQUIRED
        if f not in mapping
    ]
    return mapping, errors


def read_header(header: Sequence[str]) -> tuple[dict[str, int], list[str], list[str]]:
    """(field -> column index, unknown headers, duplicate headers) of a header row."""
    mapping: dict[str, int] = {}
    unknown: list[str] = []
    duplicate: list[str] = []
    for index, name in enumerate(header):
        title = clean_cell(name)
        key = " ".join(title.lower().split())
        fld = next((f for f, names in HEADERS.items() if key in names), None)
        if fld is None:
            if title:
                unknown.append(title)
        elif fld in mapping:
            duplicate.append(title)
        else:
            mapping[fld] = index
    return mapping, unknown, duplicate


# -- cleaning and checking one row ------------------------------------------------------------

#: Invisible characters that come along when a list is copied from a web page or a mail.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
#: What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): an export
#: puts a ``'`` before a cell starting so (``desktop.export``), the import takes it off.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PNR_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_DASHES = str.maketrans("\u2010\u2011\u2012\u2013\u2014\u2212", "------")
_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)


def csv_cell(value: str) -> str:
    """``value`` as a CSV cell no spreadsheet runs as a formula (what :func:`clean_cell`
    takes off again): every CSV Kansli writes, the desktop's exports and the server's
    report links, goes through this."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def clean_cell(value: str) -> str:
    """A cell without surrounding space, invisible characters or an export's formula guard."""
    text = value.translate(_INVISIBLE).strip()
    if text[:1] == "'" and text[1:2] and text[1:].startswith(FORMULA_STARTS):
        text = text[1:].strip()
    return text


def clean_email(value: str) -> str:
    """An e-mail address cell without a ``mailto:`` in front (copied from a mail link)."""
    return _MAILTO.sub("", value).strip()


def clean_personnummer(value: str) -> str:
    """A personnummer cell without spaces, and with a plain ``-`` for any dash."""
    return _PNR_SPACES.sub("", value).translate(_DASHES)


#: The argument of ``person.create`` each field goes to (the server's rules: its Args).
_ARG_FIELDS = {
    "first_name": "first_name",
    "last_name": "last_name",
    "personnummer": "personnummer",
    "emails": "email",
    "phones": "phone",
}


def _args_error(err: dict[str, Any]) -> tuple[str, ValidationError]:
    """One pydantic problem of ``person.create``'s arguments as (field, error)."""
    loc = err["loc"]
    fld = _ARG_FIELDS.get(str(loc[0]), str(loc[0])) if loc else ""
    ctx = dict(err.get("ctx") or {})
    # "column": the field's name here, its column's title in the user's language on screen.
    column = fld.replace("_", " ")
    if err["type"] == "string_too_long":
        return fld, ValidationError(
            "The “{column}” cell is longer than {limit} characters",
            field=fld,
            params={"column": column, "limit": ctx["max_length"]},
        )
    if err["type"] == "string_too_short":
        return fld, ValidationError(
            "The “{column}” cell is empty", field=fld, params={"column": column}
        )
    if err["type"] == "kansli_invalid" and _TEMPLATE in ctx:
        template = str(ctx.pop(_TEMPLATE))
        return fld, ValidationError(template, field=fld, params=ctx or None)
    return fld, ValidationError(str(err["msg"]), field=fld)


def check_row(
    number: int, values: dict[str, str]
) -> tuple[ParticipantRow | None, list[ValidationError]]:
    """Check one row by exactly the rules the server applies to its ``person.create``.

    The values go through the command's arguments (lengths, no control
    characters, one line) and then the validators its ``run`` calls (e-mail,
    phone, personnummer). Every problem names the row and the column.
    """
    values = {f: clean_cell(v) for f, v in values.items()}
    values["email"] = clean_email(values.get("email", ""))
    if values.get("manager_email"):
        values["manager_email"] = clean_email(values["manager_email"])
    if values.get("personnummer"):
        values["personnummer"] = clean_personnummer(values["personnummer"])
    errors: dict[str, ValidationError] = {}
    args = {
        "person_id": "-",  # made when the row is planned; any text passes
        "first_name": values["first_name"],
        "last_name": values["last_name"],
        "personnummer": values.get("personnummer") or None,
        "emails": [{"address": values["email"]}],
        "phones": [{"number": values["phone"]}] if values.get("phone") else [],
    }
    try:
        PersonCreateArgs.model_validate(args)
    except pydantic.ValidationError as exc:
        for err in exc.errors(include_url=False):
            fld, error = _args_error(dict(err))
            errors.setdefault(fld, error)
    normalized: dict[str, str | None] = {}
    checks = (
        ("email", validators.normalize_email),
        ("phone", validators.normalize_phone),
        ("personnummer", validators.normalize_personnummer),
        ("manager_email", validators.normalize_email),
    )
    for fld, check in checks:
        if fld in errors or not (values.get(fld) or fld == "email"):
            continue
        try:
            normalized[fld] = check(values[fld], field=fld)
        except ValidationError as exc:
            errors[fld] = exc
    for fld in ("organisation", "category"):
        if values.get(fld):
            try:
                validators.check_text(values[fld], field=fld)
            except ValidationError as exc:
                errors[fld] = exc
    if errors:
        return None, [
            ValidationError(e.template, row=number, field=fld, params=e.params or None)
            for fld, e in errors.items()
        ]
    return ParticipantRow(
        row=number,
        first_name=values["first_name"],
        last_name=values["last_name"],
        email=normalized["email"] or "",
        phone=normalized.get("phone"),
        organisation=values.get("organisation") or None,
        personnummer=normalized.get("personnummer"),
        manager_email=normalized.get("manager_email"),
        category=values.get("category") or None,
    ), []


def parse_participants(cells: list[list[str]], *, reader: Reader | None = None) -> ImportPreview:
    """Check every row; collect good rows and errors with row numbers.

    With a ``reader`` (the importer), a column they may not read is left out of
    the import, named in ``ignored``, instead of being refused row by row.
    """
    preview = ImportPreview()
    if not cells:
        preview.errors.append(ValidationError("The file is empty", row=1))
        return preview
    mapping, header_errors = _map_header(cells[0])
    _, preview.unknown_columns, preview.duplicate_columns = read_header(cells[0])
    if reader is not None:
        preview.ignored = [f for f in mapping if not may_read(reader, *FIELD_COLUMNS[f])]
        for f in preview.ignored:
            del mapping[f]
    if header_errors:
        preview.errors.extend(header_errors)
        return preview
    if len(cells) - 1 > MAX_ROWS:
        preview.errors.append(
            ValidationError(
                "At most {limit} rows can be imported at once", params={"limit": MAX_ROWS}
            )
        )
        return preview
    seen: dict[str, int] = {}
    seen_pnr: dict[str, int] = {}
    for number, raw in enumerate(cells[1:], start=2):
        values = {f: (raw[i] if i < len(raw) else "") for f, i in mapping.items()}
        if not any(clean_cell(v) for v in values.values()):
            continue  # blank line
        row, row_errors = check_row(number, values)
        if row is not None and row.email in seen:
            row_errors.append(
                ValidationError(
                    "{email} is also on row {row}",
                    row=number,
                    field="email",
                    params={"email": row.email, "row": seen[row.email]},
                )
            )
        if row is not None and row.personnummer and row.personnummer in seen_pnr:
            row_errors.append(
                ValidationError(
                    "The same personnummer is also on row {row}",
                    row=number,
                    field="personnummer",
                    params={"row": seen_pnr[row.personnummer]},
                )
            )
        if row is None or row_errors:
            preview.errors.extend(row_errors)
            continue
        seen[row.email] = number
        if row.personnummer:
            seen_pnr[row.personnummer] = number
        preview.rows.append(row)
    if not preview.rows and not preview.errors:
        preview.errors.append(ValidationError("The file has no participants", row=2))
    return preview


def read_participants(data: bytes, filename: str, *, reader: Reader | None = None) -> ImportPreview:
    """Read (:func:`models.tabular.read_table`) and check a file (:func:`parse_participants`,
    ``reader`` the importer)."""
    try:
        table = read_table(data, filename, recognise=_recognise)
    except ValidationError as exc:  # models.tabular.UnreadableFile: says what is wrong
        return ImportPreview(errors=[exc])
    preview = parse_participants(table.rows, reader=reader)
    preview.source = table.source
    return preview


# -- meeting the database ---------------------------------------------------------------------

_CHUNK = 500  # values per "IN (...)"


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


@dataclass(frozen=True)
class PersonMatch:
    """The person already in Kansli a row is, and how it was found."""

    person_id: str
    name: str
    #: "email" or "personnummer".
    by: str
    #: The row's e-mail address is new to this person (matched by personnummer).
    new_email: bool = False
    #: The person's phone numbers, organisation (id and name) as Kansli has them: a row
    #: adds a phone or an organisation the person lacks, never replaces theirs.
    phones: tuple[str, ...] = ()
    organisation_id: str | None = None
    organisation: str = ""


@dataclass
class Matches:
    """How a file's rows meet the people, the round and the organisations already known."""

    #: Row number -> the person it is.
    people: dict[int, PersonMatch] = field(default_factory=dict)
    #: Rows whose person is already on the round (left out).
    registered: set[int] = field(default_factory=set)
    #: Organisation name (lower case) -> id.
    organisations: dict[str, str] = field(default_factory=dict)
    #: Organisations the file names that Kansli does not know: name (lower case) -> the
    #: name as the file first writes it (:func:`organisation_creates` makes them).
    new_organisations: dict[str, str] = field(default_factory=dict)
    #: Row number -> the approving manager's person id (a "manager e-mail" column).
    managers: dict[int, str] = field(default_factory=dict)
    #: Row number -> the row of the same file whose (new) person is its manager.
    managers_in_file: dict[int, int] = field(default_factory=dict)
    #: Rows that cannot be imported as they stand (conflicting matches, unknown managers).
    errors: list[ValidationError] = field(default_factory=list)


def _by_email(session: Session, tenant_id: str, addresses: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in _chunks(addresses):
        q = select(PersonEmail.address, PersonEmail.person_id).where(
            PersonEmail.tenant_id == tenant_id,
            PersonEmail.deleted_at.is_(None),
            PersonEmail.address.in_(chunk),
        )
        found.update({a: p for a, p in session.execute(q)})
    return found


def _people(session: Session, tenant_id: str, column: Any, values: Sequence[str]) -> dict[str, Any]:
    """value of ``column`` -> (value, id, first name, last name, personnummer,
    organisation id, organisation name) of the live people that have it."""
    found: dict[str, Any] = {}
    for chunk in _chunks(values):
        q = (
            select(
                column,
                Person.id,
                Person.first_name,
                Person.last_name,
                Person.personnummer,
                Person.organisation_id,
                Organisation.name,
            )
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Person.tenant_id == tenant_id, Person.deleted_at.is_(None), column.in_(chunk))
        )
        found.update({r[0]: r for r in session.execute(q)})
    return found


def _phones(session: Session, person_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """person id -> their live phone numbers."""
    found: dict[str, list[str]] = {}
    for chunk in _chunks(person_ids):
        q = select(PersonPhone.person_id, PersonPhone.number).where(
            PersonPhone.person_id.in_(chunk), PersonPhone.deleted_at.is_(None)
        )
        for person_id, number in session.execute(q):
            found.setdefault(person_id, []).append(number)
    return {k: tuple(v) for k, v in found.items()}


def _person_match(person: Any, by: str, *, new_email: bool = False) -> PersonMatch:
    return PersonMatch(
        person[1],
        _name(person),
        by,
        new_email=new_email,
        organisation_id=person[5],
        organisation=person[6] or "",
    )


def match_people(
    session: Session, *, tenant_id: str, rows: Sequence[ParticipantRow], round_id: str | None
) -> Matches:
    """Find each row's person by e-mail address or personnummer, its manager, its round.

    A personnummer that belongs to one person and an e-mail address that belongs to
    another, two rows that are one person, and a manager e-mail address nobody (in
    Kansli or the file) has are errors of their row.
    """
    out = Matches()
    by_email = _by_email(
        session,
        tenant_id,
        sorted({r.email for r in rows} | {r.manager_email for r in rows if r.manager_email}),
    )
    people = _people(session, tenant_id, Person.id, sorted(set(by_email.values())))
    by_pnr = _people(
        session,
        tenant_id,
        Person.personnummer,
        sorted({r.personnummer for r in rows if r.personnummer}),
    )
    first_row_of: dict[str, int] = {}
    for r in rows:
        mail_id = by_email.get(r.email)
        pnr_person = by_pnr.get(r.personnummer) if r.personnummer else None
        if mail_id and pnr_person is not None and pnr_person[1] != mail_id:
            out.errors.append(
                ValidationError(
                    "The personnummer belongs to {pnr_name}, the e-mail address to {email_name}",
                    row=r.row,
                    field="personnummer",
                    params={
                        "pnr_name": f"{pnr_person[2]} {pnr_person[3]}".strip(),
                        "email_name": _name(people.get(mail_id)),
                    },
                )
            )
            continue
        mail_person = people.get(mail_id) if mail_id else None
        if (
            mail_person is not None
            and r.personnummer
            and mail_person[4] not in (None, r.personnummer)
        ):
            out.errors.append(
                ValidationError(
                    "The e-mail address belongs to {name}, who has another personnummer",
                    row=r.row,
                    field="email",
                    params={"name": _name(mail_person)},
                )
            )
            continue
        if mail_person is not None:
            match = _person_match(mail_person, "email")
        elif pnr_person is not None:
            match = _person_match(pnr_person, "personnummer", new_email=True)
        else:
            continue
        if match.person_id in first_row_of:
            out.errors.append(
                ValidationError(
                    "{name} is also on row {row}",
                    row=r.row,
                    field=match.by,
                    params={"name": match.name, "row": first_row_of[match.person_id]},
                )
            )
            continue
        first_row_of[match.person_id] = r.row
        out.people[r.row] = match
    phones = _phones(session, sorted({m.person_id for m in out.people.values()}))
    for number, m in out.people.items():
        if m.person_id in phones:
            out.people[number] = replace(m, phones=phones[m.person_id])
    if round_id and out.people:
        on_round = set(
            session.scalars(
                select(Registration.participant_id).where(
                    Registration.round_id == round_id, Registration.deleted_at.is_(None)
                )
            )
        )
        out.registered = {n for n, m in out.people.items() if m.person_id in on_round}
    file_rows = {r.email: r.row for r in rows}
    for r in rows:
        if not r.manager_email:
            continue
        if r.manager_email in by_email:
            out.managers[r.row] = by_email[r.manager_email]
        elif r.manager_email in file_rows and r.manager_email != r.email:
            out.managers_in_file[r.row] = file_rows[r.manager_email]
        else:
            out.errors.append(
                ValidationError(
                    "Nobody in Kansli or in the file has the e-mail address {email}",
                    row=r.row,
                    field="manager_email",
                    params={"email": r.manager_email},
                )
            )
    names = {_org_key(r.organisation) for r in rows if r.organisation}
    if names:  # compared here: SQLite's lower() leaves "Ö" as it is
        q = (
            select(Organisation.name, Organisation.id)
            .where(Organisation.tenant_id == tenant_id, Organisation.deleted_at.is_(None))
            .order_by(Organisation.id)
        )
        for name, org_id in session.execute(q):
            if _org_key(name) in names:
                out.organisations.setdefault(_org_key(name), org_id)
    for r in rows:
        key = _org_key(r.organisation)
        if key and key not in out.organisations:
            out.new_organisations.setdefault(key, " ".join((r.organisation or "").split()))
    out.errors.sort(key=lambda e: e.row or 0)
    return out


def _org_key(name: str | None) -> str:
    """An organisation's name as compared (case and runs of spaces aside)."""
    return " ".join((name or "").lower().split())


@dataclass(frozen=True)
class PersonChanges:
    """What a file row does to the known person it is (besides registering them)."""

    #: The row's phone number, added: the person has none.
    phone_added: str | None = None
    #: The row's phone number, not added: the person has another one (theirs is kept).
    phone_kept: str | None = None
    #: The row's organisation, set: the person has none.
    organisation_set: str | None = None
    #: The person's own organisation, kept: the row names another one.
    organisation_kept: str | None = None


def person_changes(
    row: ParticipantRow, match: PersonMatch, matches: Matches, *, create: bool = True
) -> PersonChanges:
    """What ``row`` adds to ``match`` (a phone or organisation they lack) and what of the
    file is left because the person has their own (no silent change of a known person).
    ``create``: the organisations the file names that are not found are created."""
    phone_added = phone_kept = org_set = org_kept = None
    if row.phone and row.phone not in match.phones:
        if match.phones:
            phone_kept = match.phones[0]
        else:
            phone_added = row.phone
    key = _org_key(row.organisation)
    org_id = matches.organisations.get(key)
    known = org_id is not None or (create and key in matches.new_organisations)
    if key and known and not (match.organisation_id and match.organisation_id == org_id):
        if match.organisation_id:
            org_kept = match.organisation
        else:
            org_set = matches.new_organisations.get(key) or (row.organisation or "")
    return PersonChanges(phone_added, phone_kept, org_set, org_kept)


def organisation_creates(
    matches: Matches, *, create: bool = True
) -> tuple[list[Command[Any]], dict[str, str]]:
    """``organisation.create`` for each organisation the file names that is not found, and
    every organisation name (lower case) -> id the plan sets on people (found or new)."""
    ids = dict(matches.organisations)
    commands: list[Command[Any]] = []
    for key, name in sorted(matches.new_organisations.items()) if create else ():
        ids[key] = new_id()
        commands.append(
            build(
                "organisation.create",
                1,
                {"organisation_id": ids[key], "name": name[:200]},
                id=new_id(),
            )
        )
    return commands, ids


def _person_updates(
    row: ParticipantRow, match: PersonMatch, matches: Matches, org_ids: dict[str, str]
) -> list[Command[Any]]:
    """The commands that give a known person the phone or organisation the row adds
    (:func:`person_changes`): ``person.add_phone``, ``person.edit`` of ``organisation_id``."""
    changes = person_changes(row, match, matches, create=_org_key(row.organisation) in org_ids)
    commands: list[Command[Any]] = []
    if changes.phone_added:
        commands.append(
            build(
                "person.add_phone",
                1,
                {"person_id": match.person_id, "number": changes.phone_added},
                id=new_id(),
            )
        )
    if changes.organisation_set:
        org = org_ids[_org_key(row.organisation)]
        commands.append(
            build(
                "person.edit",
                1,
                {
                    "person_id": match.person_id,
                    "changes": {"organisation_id": {"old": None, "new": org}},
                },
                id=new_id(),
            )
        )
    return commands


def _name(person: Any) -> str:
    return f"{person[2]} {person[3]}".strip() if person is not None else ""


@dataclass
class ImportPlan:
    commands: list[Command[Any]]
    new_people: int
    existing_people: int
    already_registered: list[ParticipantRow]
    #: The file's row each command comes from (to name it if the command is refused; a
    #: ``registration.import``: its first row, and its refusal names the row in
    #: ``details.row``).
    rows: list[int] = field(default_factory=list)
    #: Registrations the plan makes (the rows of its ``registration.import`` commands).
    registrations: int = 0
    #: The organisations the import creates (as the file names them).
    new_organisations: list[str] = field(default_factory=list)
    #: Row -> what it adds to its known person or leaves because they have their own.
    person_changes: dict[int, PersonChanges] = field(default_factory=dict)


def _plan_organisations(
    plan: ImportPlan, rows: Sequence[ParticipantRow], matches: Matches, *, create: bool
) -> dict[str, str]:
    """Add the ``organisation.create`` commands to ``plan`` (each named by the first row
    that names it); every organisation name (lower case) -> id."""
    commands, org_ids = organisation_creates(matches, create=create)
    first_row = {}
    for r in reversed(rows):
        first_row[_org_key(r.organisation)] = r.row
    for command in commands:
        name = command.args.name
        plan.commands.append(command)
        plan.rows.append(first_row.get(_org_key(name), 2))
        plan.new_organisations.append(name)
    return org_ids


def plan_import(
    session: Session,
    *,
    tenant_id: str,
    round_id: str,
    rows: Iterable[ParticipantRow],
    approving_manager_id: str | None,
    matches: Matches | None = None,
    create_organisations: bool = True,
) -> ImportPlan:
    """The commands that import ``rows`` onto a round (:func:`match_people` finds who is
    known): ``registration.import`` commands of a few hundred rows each, a row registering
    a new person (``person.create``'s arguments) or a known one (with ``person.add_email``'s
    new address when found by personnummer). A row's manager column sets its
    approving manager, ``approving_manager_id`` the others'. An organisation the file
    names that is not found is created first (``create_organisations``, else left empty);
    a known person gets the row's phone or organisation only when they have none.

    Someone already registered on the round is left out (and listed).
    Raises ValidationError (with the row) if a row cannot be matched unambiguously.
    """
    rows = list(rows)
    if matches is None:
        matches = match_people(session, tenant_id=tenant_id, rows=rows, round_id=round_id)
    if matches.errors:
        raise matches.errors[0]
    plan = ImportPlan(commands=[], new_people=0, existing_people=0, already_registered=[])
    org_ids = _plan_organisations(plan, rows, matches, create=create_organisations)
    person_of: dict[int, str] = {}
    #: Row -> ``person.create``'s arguments of its new person / a known person's new address.
    new_people: dict[int, dict[str, Any]] = {}
    new_addresses: dict[int, str] = {}
    registrations: list[dict[str, Any]] = []
    for r in rows:
        if r.row in matches.registered:
            plan.already_registered.append(r)
            continue
        match = matches.people.get(r.row)
        if match is None:
            person_of[r.row] = new_id()
            plan.new_people += 1
            org = org_ids.get(_org_key(r.organisation)) if r.organisation else None
            new_people[r.row] = {
                "person_id": person_of[r.row],
                "first_name": r.first_name,
                "last_name": r.last_name,
                "personnummer": r.personnummer,
                "organisation_id": org,
                "emails": [{"address": r.email}],
                "phones": [{"number": r.phone}] if r.phone else [],
            }
        else:
            person_of[r.row] = match.person_id
            plan.existing_people += 1
            if match.new_email:
                new_addresses[r.row] = r.email
            plan.person_changes[r.row] = person_changes(
                r, match, matches, create=_org_key(r.organisation) in org_ids
            )
            for command in _person_updates(r, match, matches, org_ids):
                plan.commands.append(command)
                plan.rows.append(r.row)
    for r in rows:
        if r.row not in person_of:
            continue
        manager = matches.managers.get(r.row)
        if manager is None and r.row in matches.managers_in_file:
            manager = person_of.get(matches.managers_in_file[r.row])
        row: dict[str, Any] = {
            "row": r.row,
            "registration_id": new_id(),
            "participant_id": person_of[r.row],
            "approving_manager_id": manager or approving_manager_id,
        }
        if r.row in new_people:
            row["person"] = new_people[r.row]
        elif r.row in new_addresses:
            row["add_email"] = new_addresses[r.row]
        registrations.append(row)
    _plan_registrations(plan, round_id, registrations)
    return plan


#: Rows of a file per ``registration.import`` command (at most
#: :data:`models.commands.imports.MAX_ROWS`). Measured: 4,000 rows pushed in-process on
#: PostgreSQL took 3.3, 3.6 and 3.7 s at 100, 250 and 400 rows a command (load 2.4): the
#: size hardly matters past a hundred; 250 keeps what a refusal rolls back, and a command's
#: answer (~1.8 KB a row), moderate.
IMPORT_CHUNK = 250


def _plan_registrations(plan: ImportPlan, round_id: str, rows: list[dict[str, Any]]) -> None:
    """Add the ``registration.import`` commands of ``rows`` (:data:`IMPORT_CHUNK` rows
    each) to ``plan``.

    A row whose new person is another row's approving manager comes first, so the
    command that registers someone with that manager never precedes the one that
    makes the manager. More such rows than a command holds: their people are made
    first, each by its own ``person.create``.
    """
    made = {r["participant_id"] for r in rows if "person" in r}
    managing = {r["approving_manager_id"] for r in rows} & made
    rows = [r for r in rows if r["participant_id"] in managing] + [
        r for r in rows if r["participant_id"] not in managing
    ]
    if len(managing) > IMPORT_CHUNK:
        for r in rows[: len(managing)]:
            plan.commands.append(build("person.create", 1, r.pop("person"), id=new_id()))
            plan.rows.append(r["row"])
    for start in range(0, len(rows), IMPORT_CHUNK):
        part = rows[start : start + IMPORT_CHUNK]
        plan.commands.append(
            build("registration.import", 1, {"round_id": round_id, "rows": part}, id=new_id())
        )
        plan.rows.append(part[0]["row"])
    plan.registrations += len(rows)
