"""Reading a list of participants from CSV or XLSX, for an import onto a round.

The whole file is checked before anything is saved: every bad row is
reported with its row number (as the user sees it in the spreadsheet, the
header being row 1), the column and the reason; an import with errors saves
nothing. The rows become ordinary commands (``person.create``,
``registration.create``) applied together in one local transaction.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import validators
from models.commands import Command, build
from models.courses import Registration
from models.errors import ValidationError
from models.ids import new_id
from models.people import PersonEmail
from models.visibility import Reader, may_read

#: Accepted header names (lower case) per field, English and Swedish.
HEADERS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "first_name", "firstname", "förnamn", "fornamn"),
    "last_name": ("last name", "last_name", "lastname", "surname", "efternamn"),
    "email": ("e-mail", "email", "e-mail address", "e-post", "epost", "mejl", "mail"),
    "phone": ("phone", "mobile", "telefon", "mobil", "mobilnummer", "telefonnummer"),
    "organisation": ("organisation", "organization", "company", "företag", "arbetsgivare"),
    "personnummer": ("personnummer", "personal identity number", "pnr"),
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
}
MAX_ROWS = 20_000


@dataclass(frozen=True)
class ParticipantRow:
    row: int
    first_name: str
    last_name: str
    email: str
    phone: str | None = None
    organisation: str | None = None
    personnummer: str | None = None


@dataclass
class ImportPreview:
    """What a file holds: good rows and per-row errors. Importable only without errors."""

    rows: list[ParticipantRow] = field(default_factory=list)
    errors: list[ValidationError] = field(default_factory=list)
    #: Fields the file has a column for that are not imported (neither checked nor
    #: read): the importer's roles may not read them.
    ignored: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)


def _cells_from_csv(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")  # Excel's "CSV" on Swedish Windows
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ";,\t")
    except csv.Error:
        dialect = csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def _cells_from_xlsx(data: bytes) -> list[list[str]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a broken file
        raise ValidationError(f"The file is not a readable XLSX workbook ({exc})") from exc
    sheet = wb.worksheets[0]
    out = [
        ["" if v is None else str(v).strip() for v in r] for r in sheet.iter_rows(values_only=True)
    ]
    wb.close()
    return out


def read_cells(data: bytes, filename: str) -> list[list[str]]:
    suffix = Path(filename).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _cells_from_xlsx(data)
    if suffix in (".csv", ".txt", ""):
        return _cells_from_csv(data)
    raise ValidationError(f"Files of type {suffix} cannot be imported; use CSV or XLSX")


def _map_header(header: Sequence[str]) -> tuple[dict[str, int], list[ValidationError]]:
    mapping: dict[str, int] = {}
    for index, name in enumerate(header):
        key = name.strip().lower()
        for fld, names in HEADERS.items():
            if key in names and fld not in mapping:
                mapping[fld] = index
    missing = [f for f in REQUIRED if f not in mapping]
    errors = [
        ValidationError(
            f"No column for {f.replace('_', ' ')} (expected one of: {', '.join(HEADERS[f][:3])})",
            row=1,
            field=f,
        )
        for f in missing
    ]
    return mapping, errors


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
    if reader is not None:
        preview.ignored = [f for f in mapping if not may_read(reader, *FIELD_COLUMNS[f])]
        for f in preview.ignored:
            del mapping[f]
    if header_errors:
        preview.errors.extend(header_errors)
        return preview
    if len(cells) - 1 > MAX_ROWS:
        preview.errors.append(ValidationError(f"At most {MAX_ROWS} rows can be imported at once"))
        return preview
    seen: dict[str, int] = {}
    for number, raw in enumerate(cells[1:], start=2):
        values = {f: (raw[i].strip() if i < len(raw) else "") for f, i in mapping.items()}
        if not any(values.values()):
            continue  # blank line
        row_errors: list[ValidationError] = []
        for f in ("first_name", "last_name"):
            if not values[f]:
                row_errors.append(ValidationError("is empty", row=number, field=f))
        email = ""
        try:
            email = validators.normalize_email(values["email"], field="email")
        except ValidationError as exc:
            row_errors.append(ValidationError(exc.message, row=number, field="email"))
        if email and email in seen:
            row_errors.append(
                ValidationError(f"{email} is also on row {seen[email]}", row=number, field="email")
            )
        phone = pnr = None
        try:
            if values.get("phone"):
                phone = validators.normalize_phone(values["phone"], field="phone")
            if values.get("personnummer"):
                pnr = validators.normalize_personnummer(values["personnummer"])
        except ValidationError as exc:
            row_errors.append(ValidationError(exc.message, row=number, field=exc.field))
        if row_errors:
            preview.errors.extend(row_errors)
            continue
        seen[email] = number
        preview.rows.append(
            ParticipantRow(
                row=number,
                first_name=values["first_name"],
                last_name=values["last_name"],
                email=email,
                phone=phone,
                organisation=values.get("organisation") or None,
                personnummer=pnr,
            )
        )
    if not preview.rows and not preview.errors:
        preview.errors.append(ValidationError("The file has no participants", row=2))
    return preview


def read_participants(data: bytes, filename: str, *, reader: Reader | None = None) -> ImportPreview:
    """Read and check a file (:func:`parse_participants`, ``reader`` the importer)."""
    try:
        cells = read_cells(data, filename)
    except ValidationError as exc:
        return ImportPreview(errors=[exc])
    return parse_participants(cells, reader=reader)


@dataclass
class ImportPlan:
    commands: list[Command[Any]]
    new_people: int
    existing_people: int
    already_registered: list[ParticipantRow]


def plan_import(
    session: Session,
    *,
    tenant_id: str,
    round_id: str,
    rows: Iterable[ParticipantRow],
    approving_manager_id: str | None,
) -> ImportPlan:
    """The commands that import ``rows`` onto a round, reusing people found by e-mail.

    Someone already registered on the round is left out (and listed).
    """
    rows = list(rows)
    by_email = dict(
        session.execute(
            select(PersonEmail.address, PersonEmail.person_id).where(
                PersonEmail.tenant_id == tenant_id,
                PersonEmail.deleted_at.is_(None),
                PersonEmail.address.in_([r.email for r in rows]),
            )
        ).all()
    )
    registered = set(
        session.scalars(
            select(Registration.participant_id).where(
                Registration.round_id == round_id, Registration.deleted_at.is_(None)
            )
        )
    )
    plan = ImportPlan(commands=[], new_people=0, existing_people=0, already_registered=[])
    for r in rows:
        person_id = by_email.get(r.email)
        if person_id and person_id in registered:
            plan.already_registered.append(r)
            continue
        if person_id is None:
            person_id = new_id()
            plan.new_people += 1
            plan.commands.append(
                build(
                    "person.create",
                    1,
                    {
                        "person_id": person_id,
                        "first_name": r.first_name,
                        "last_name": r.last_name,
                        "personnummer": r.personnummer,
                        "emails": [{"address": r.email}],
                        "phones": [{"number": r.phone}] if r.phone else [],
                    },
                    id=new_id(),
                )
            )
        else:
            plan.existing_people += 1
        plan.commands.append(
            build(
                "registration.create",
                1,
                {
                    "registration_id": new_id(),
                    "round_id": round_id,
                    "participant_id": person_id,
                    "approving_manager_id": approving_manager_id,
                },
                id=new_id(),
            )
        )
    return plan
