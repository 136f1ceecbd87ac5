"""Student records: where alumni processing learns what a person studied (seed 001).

The processing asks a :class:`StudentRecordSource` for the records of a
personnummer and/or an e-mail address. Two sources exist:

* :class:`DatabaseStudentRecords` (the default, works offline): reads the
  tenant's ``student_record`` table, which :func:`import_student_records`
  fills from a CSV or XLSX export of the student system (program, degree,
  credits, graduation year, address).
* :class:`~server.services.alumni.ladok.LadokStudentRecords`: Ladok (Swedish
  universities' student system, REST with the institution's client
  certificate); :class:`~server.services.alumni.fs.FsStudentRecords`: FS
  (Norway's). The server's ``KANSLI_STUDENT_RECORDS`` chooses
  (docs/STUDENT_RECORDS.md).

A source raising anything is a technical error for the registration being
processed; a source returning ``[]`` means "this person is not in the
student records".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models import validators
from models.alumni import StudentRecord
from models.errors import ValidationError
from models.ids import new_id
from models.tabular import Table, header_matcher, read_table

__all__ = [
    "DatabaseStudentRecords",
    "ImportSummary",
    "RowError",
    "StudentRecordData",
    "StudentRecordImportError",
    "StudentRecordSource",
    "StudentRecordSourceNotConfigured",
    "fitted",
    "import_student_records",
]


@dataclass(frozen=True)
class StudentRecordData:
    """One record of a (former) student as a source gives it.

    ``personnummer`` is canonical (12 digits) and ``email`` lower case.
    ``record_id`` is the id of the ``student_record`` row when the source is
    the database, so processing can link that row to the person instead of
    copying it; ``person_id`` is the person that row is linked to already.
    """

    personnummer: str | None = None
    email: str | None = None
    first_name: str = ""
    last_name: str = ""
    program_code: str = ""
    program_name: str = ""
    degree: str | None = None
    credits: float = 0.0
    graduation_year: int | None = None
    street: str = ""
    postal_code: str = ""
    city: str = ""
    source: str = "import"
    record_id: str | None = None
    person_id: str | None = None


class StudentRecordSource(Protocol):
    """Finds student records by personnummer (canonical) or e-mail (lower case).

    Either may be None; a record matching either is returned. Raise on a
    technical failure (network, configuration): never return ``[]`` for "I
    could not ask".
    """

    def lookup(self, *, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
        """The records of the person with this personnummer or e-mail address."""
        ...


class StudentRecordSourceNotConfigured(RuntimeError):
    """The configured student-record source cannot be used as configured."""


def fitted(data: StudentRecordData) -> StudentRecordData:
    """``data`` as the ``student_record`` table holds it: each text cut to its column.

    An outside source's answer is not checked as an import file is: a field too
    long for its column would make storing the record fail on every retry.
    """
    cut = {
        k: value[:limit] if (value := getattr(data, k)) else value
        for k, limit in _MAX_LENGTH.items()
    }
    email = data.email if data.email and len(data.email) <= 254 and "@" in data.email else None
    return replace(data, **cut, email=email)


def _data_of(row: StudentRecord) -> StudentRecordData:
    """The record as a source gives it: the file's columns by name, and where the row is."""
    values = {k: getattr(row, k) for k in COLUMNS if k != "credits"}
    return StudentRecordData(
        **values,
        credits=float(row.credits or 0.0),
        source=row.source,
        record_id=row.id,
        person_id=row.person_id,
    )


class DatabaseStudentRecords:
    """The default source: the tenant's ``student_record`` table (filled by imports).

    ``bind`` is a session to read in, or a callable making one (a
    sessionmaker): then each lookup reads in a short session of its own.
    """

    #: Answers come from this server's own database, quickly: processing may ask
    #: while it holds the tenant's write lock instead of asking ahead.
    local = True

    def __init__(self, bind: Session | Callable[[], Session], *, tenant_id: str) -> None:
        self._bind = bind
        self.tenant_id = tenant_id

    def _read(
        self, session: Session, personnummer: str | None, email: str | None
    ) -> list[StudentRecordData]:
        return self._read_many(session, [(personnummer, email)])[0]

    def lookup(self, *, personnummer: str | None, email: str | None) -> list[StudentRecordData]:
        """The tenant's live records with this personnummer or e-mail address."""
        if isinstance(self._bind, Session):
            return self._read(self._bind, personnummer, email)
        with self._bind() as session:
            return self._read(session, personnummer, email)

    def lookup_many(
        self, pairs: Sequence[tuple[str | None, str | None]]
    ) -> list[list[StudentRecordData]]:
        """:meth:`lookup` for each ``(personnummer, email)`` pair, read in one query."""
        if isinstance(self._bind, Session):
            return self._read_many(self._bind, pairs)
        with self._bind() as session:
            return self._read_many(session, pairs)

    def _read_many(
        self, session: Session, pairs: Sequence[tuple[str | None, str | None]]
    ) -> list[list[StudentRecordData]]:
        wanted = [(p or None, e.strip().lower() if e else None) for p, e in pairs]
        pnrs = sorted({p for p, _ in wanted if p})
        emails = sorted({e for _, e in wanted if e})
        conditions: list[Any] = []
        if pnrs:
            conditions.append(StudentRecord.personnummer.in_(pnrs))
        if emails:
            conditions.append(StudentRecord.email.in_(emails))
        rows: list[StudentRecordData] = []
        if conditions:
            rows = [
                _data_of(r)
                for r in session.execute(
                    select(StudentRecord)
                    .where(
                        StudentRecord.tenant_id == self.tenant_id,
                        StudentRecord.deleted_at.is_(None),
                        or_(*conditions),
                    )
                    .order_by(StudentRecord.graduation_year.desc(), StudentRecord.id)
                ).scalars()
            ]
        return [
            [r for r in rows if (p and r.personnummer == p) or (e and r.email == e)]
            for p, e in wanted
        ]


# --------------------------------------------------------------------------
# Import from a CSV or XLSX export
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """What is wrong with one cell of an import file (``row`` 1-based, header = 1)."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.column}: {self.reason}"


class StudentRecordImportError(ValidationError):
    """An import file has errors; nothing was imported. ``errors`` lists each one."""

    def __init__(self, errors: Sequence[RowError]) -> None:
        first = errors[0]
        count = len(errors)
        message = (
            f"{first}" if count == 1 else f"{count} errors, the first: {first}"
        ) + "; nothing was imported"
        super().__init__(message, field=first.column, row=first.row)
        self.errors = list(errors)
        self.details["errors"] = [
            {"row": e.row, "column": e.column, "reason": e.reason} for e in self.errors
        ]

    def __str__(self) -> str:
        return self.message


@dataclass
class ImportSummary:
    """What an import did."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    #: How the file was read ("CSV, Windows-1252, separator ;"), as the CLI prints it.
    read_as: str = ""
    #: What the reader did on its own (a restored leading 0, hidden rows, merged cells).
    notes: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        """Rows the file held (0: a header and nothing else)."""
        return self.created + self.updated + self.unchanged


COLUMNS = (
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
)

#: Header names accepted for each column (English and the Swedish of student-system exports).
_ALIASES = {
    "personnummer": (
        *("personnummer", "pnr", "personal identity number", "samordningsnummer"),
        *("personnr", "pers.nr"),
    ),
    "email": (
        *("email", "e-mail", "e-post", "epost", "mail", "email address"),
        *("e-postadress", "epostadress", "e-mailadress", "mejladress"),
    ),
    "first_name": ("first_name", "first name", "given name", "förnamn", "fornamn"),
    "last_name": ("last_name", "last name", "surname", "family name", "efternamn"),
    "program_code": ("program_code", "program code", "programme code", "programkod"),
    "program_name": ("program_name", "program name", "program", "programme", "programnamn"),
    "degree": ("degree", "degree awarded", "examen"),
    "credits": ("credits", "hp", "högskolepoäng", "poäng", "ects"),
    "graduation_year": ("graduation_year", "graduation year", "examensår", "examensar"),
    "street": ("street", "address", "adress", "gatuadress", "utdelningsadress"),
    "postal_code": ("postal_code", "postal code", "postcode", "zip", "postnummer"),
    "city": ("city", "ort", "postort"),
}


_recognise = header_matcher(_ALIASES)

_MAX_LENGTH = {
    "first_name": 100,
    "last_name": 100,
    "program_code": 40,
    "program_name": 200,
    "degree": 200,
    "street": 200,
    "postal_code": 10,
    "city": 100,
}
_MAX_CREDITS = 10_000.0
_YEARS = (1900, 2100)


def _cell_text(value: str | None) -> str:
    return (value or "").strip()


def _read(path: Path) -> Table:
    """The export's cells (:func:`models.tabular.read_table`: any encoding, separator, sheet)."""
    return read_table(path.read_bytes(), path.name, recognise=_recognise)


@dataclass
class _Parsed:
    row: int
    values: dict[str, Any]


def _parse_row(
    number: int, cells: dict[str, Any], today: date, errors: list[RowError]
) -> _Parsed | None:
    values: dict[str, Any] = {}
    before = len(errors)

    def bad(column: str, reason: str) -> None:
        errors.append(RowError(number, column, reason))

    # (A number cell's lost leading 0 is back already: models.tabular.)
    pnr_text = _cell_text(cells.get("personnummer"))
    values["personnummer"] = None
    if pnr_text:
        try:
            values["personnummer"] = validators.normalize_personnummer(pnr_text, today=today)
        except ValidationError as exc:
            bad("personnummer", exc.message)
    email_text = _cell_text(cells.get("email"))
    values["email"] = None
    if email_text:
        try:
            values["email"] = validators.normalize_email(email_text)
        except ValidationError as exc:
            bad("email", exc.message)
    if not pnr_text and not email_text:
        bad("personnummer", "needs a personnummer or an e-mail address")

    for column, limit in _MAX_LENGTH.items():
        text = _cell_text(cells.get(column))
        if len(text) > limit:
            bad(column, f"is longer than {limit} characters")
        else:
            try:
                validators.check_text(text, field=column)
            except ValidationError as exc:
                bad(column, exc.message)
        values[column] = text
    values["degree"] = values["degree"] or None

    credits_text = _cell_text(cells.get("credits")).replace(" ", "").replace(",", ".")
    values["credits"] = 0.0
    if credits_text:
        try:
            credits = float(credits_text)
        except ValueError:
            bad("credits", f"{credits_text!r} is not a number")
        else:
            if not 0 <= credits <= _MAX_CREDITS:
                bad("credits", f"must be between 0 and {_MAX_CREDITS:g}")
            values["credits"] = credits

    year_text = _cell_text(cells.get("graduation_year"))
    if re.fullmatch(r"\d{4}-\d\d-\d\d", year_text):  # a date cell: its year
        year_text = year_text[:4]
    values["graduation_year"] = None
    if year_text:
        if not re.fullmatch(r"\d{4}", year_text):
            bad("graduation_year", f"{year_text!r} is not a year (YYYY)")
        elif not _YEARS[0] <= int(year_text) <= _YEARS[1]:
            bad("graduation_year", f"must be between {_YEARS[0]} and {_YEARS[1]}")
        else:
            values["graduation_year"] = int(year_text)
    return _Parsed(number, values) if len(errors) == before else None


def _record_key(values: dict[str, Any]) -> tuple[str, str, str]:
    who = values["personnummer"] or ""
    return (who, "" if who else (values["email"] or ""), values["program_code"].casefold())


def _parse(table: list[list[str]], today: date) -> tuple[list[_Parsed], list[str], list[RowError]]:
    if not table or not any(_cell_text(c) for c in table[0]):
        raise StudentRecordImportError([RowError(1, "header", "the file has no header row")])
    errors: list[RowError] = []
    positions: dict[str, int] = {}
    ignored: list[str] = []
    for index, title in enumerate(table[0]):
        text = _cell_text(title)
        column = _recognise(text) if text else None
        if column is None:
            if text:
                ignored.append(text)
        elif column in positions:
            errors.append(RowError(1, text, f"a second column for {column}"))
        else:
            positions[column] = index
    if "personnummer" not in positions and "email" not in positions:
        errors.append(RowError(1, "header", "needs a personnummer or an e-mail column (or both)"))
    if errors:
        raise StudentRecordImportError(errors)

    parsed: list[_Parsed] = []
    seen: dict[tuple[str, str, str], int] = {}
    for number, cells in enumerate(table[1:], start=2):
        if not any(_cell_text(c) for c in cells):
            continue
        by_column = {c: cells[i] if i < len(cells) else None for c, i in positions.items()}
        row = _parse_row(number, by_column, today, errors)
        if row is None:
            continue
        key = _record_key(row.values)
        if key in seen:
            errors.append(
                RowError(number, "program_code", f"same person and program as row {seen[key]}")
            )
            continue
        seen[key] = number
        parsed.append(row)
    return parsed, ignored, errors


def _chunks(items: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _existing(session: Session, tenant_id: str) -> dict[tuple[str, str, str], str]:
    rows = session.execute(
        select(
            StudentRecord.id,
            StudentRecord.personnummer,
            StudentRecord.email,
            StudentRecord.program_code,
        ).where(StudentRecord.tenant_id == tenant_id, StudentRecord.deleted_at.is_(None))
    )
    found: dict[tuple[str, str, str], str] = {}
    for rid, pnr, email, program in rows:
        key = _record_key({"personnummer": pnr, "email": email, "program_code": program or ""})
        found.setdefault(key, rid)
    return found


def _load(session: Session, ids: Iterable[str]) -> dict[str, StudentRecord]:
    loaded: dict[str, StudentRecord] = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in session.execute(select(StudentRecord).where(StudentRecord.id.in_(chunk))):
            loaded[row[0].id] = row[0]
    return loaded


def import_student_records(
    session: Session, tenant_id: str, path: str | Path, *, today: date | None = None
) -> ImportSummary:
    """Import an export of the student system (CSV or XLSX) into ``student_record``.

    The first row names the columns (see ``COLUMNS``; Swedish headers such as
    ``Personnummer``, ``E-post``, ``Examen``, ``Högskolepoäng`` and
    ``Examensår`` are understood; other columns are ignored and listed in the
    summary). Each row needs a personnummer or an e-mail address. A row for a
    person and program already imported updates that record, so importing
    the same export twice changes nothing.

    All or nothing: if any row is wrong, nothing is written and
    :class:`StudentRecordImportError` lists every error with its row number
    (as the spreadsheet shows it), column and reason. Rows are written
    through the ORM in ``session``; the caller commits.
    """
    table = _read(Path(path))
    parsed, ignored, errors = _parse(table.rows, today or date.today())
    if errors:
        raise StudentRecordImportError(errors)

    existing = _existing(session, tenant_id)
    matched_ids = [existing[k] for k in (_record_key(p.values) for p in parsed) if k in existing]
    rows = _load(session, matched_ids)
    summary = ImportSummary(
        ignored_columns=ignored,
        read_as=table.source.describe(),
        notes=[n.message for n in table.source.notes],
    )
    for item in parsed:
        record_id = existing.get(_record_key(item.values))
        if record_id is None:
            session.add(
                StudentRecord(id=new_id(), tenant_id=tenant_id, source="import", **item.values)
            )
            summary.created += 1
            continue
        record = rows[record_id]
        changed = False
        for column, value in item.values.items():
            if getattr(record, column) != value:
                setattr(record, column, value)
                changed = True
        if changed:
            summary.updated += 1
        else:
            summary.unchanged += 1
    session.flush()
    return summary
