"""Importing participants onto a round: read and check a file, then import it in one go.

``preview_file`` reads a CSV or XLSX file (``models.importing``): every row
that cannot be imported is reported with its row number, its column and the
reason, by the same rules the server applies, and the good rows are matched
against the local database (the person already in Kansli, by e-mail address
or personnummer? already on the round? the manager a column names?).
``import_rows`` turns the rows into commands (``registration.import``, a few hundred
rows each: new people, new addresses, registrations) and applies them in ONE local
transaction through ``execute_many``: a refusal, an error or a cancel leaves
nothing half-imported.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from desktop.common.domain_text import error_text
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import Cancelled, Changes, OpContext
from models.commands import Command, build
from models.commands.people import category_key
from models.errors import DomainError, ValidationError
from models.ids import new_id
from models.importing import (
    MAX_ROWS,
    REQUIRED,
    Matches,
    ParticipantRow,
    PersonChanges,
    match_people,
    plan_import,
    read_participants,
)
from models.people import Category
from models.tabular import Source

#: Column names of the errors list, by the field the reader names: also the names the
#: import recognises in each language (the hint of a missing column lists them).
FIELD_TITLES = {
    "first_name": QT_TRANSLATE_NOOP("ImportParticipants", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportParticipants", "Last name"),
    "email": QT_TRANSLATE_NOOP("ImportParticipants", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportParticipants", "Phone"),
    "personnummer": QT_TRANSLATE_NOOP("ImportParticipants", "Personnummer"),
    "organisation": QT_TRANSLATE_NOOP("ImportParticipants", "Organisation"),
    "manager_email": QT_TRANSLATE_NOOP("ImportParticipants", "Manager e-mail"),
    "category": QT_TRANSLATE_NOOP("ImportParticipants", "Category"),
    "file": QT_TRANSLATE_NOOP("ImportParticipants", "File"),  # the file itself (models.tabular)
}
#: The import's own messages (``models.importing``: English templates), in the user's
#: language; every other check's message is the domain's (:mod:`desktop.common.domain_text`).
CHECK_MESSAGES = frozenset(
    {
        QT_TRANSLATE_NOOP("ImportChecks", "The “{column}” cell is empty"),
        QT_TRANSLATE_NOOP("ImportChecks", "The file is empty"),
        QT_TRANSLATE_NOOP("ImportChecks", "The file has no participants"),
        QT_TRANSLATE_NOOP("ImportChecks", "The “{column}” cell is longer than {limit} characters"),
        QT_TRANSLATE_NOOP("ImportChecks", "{email} is also on row {row}"),
        QT_TRANSLATE_NOOP("ImportChecks", "The same personnummer is also on row {row}"),
        QT_TRANSLATE_NOOP("ImportChecks", "{name} is also on row {row}"),
        QT_TRANSLATE_NOOP(
            "ImportChecks",
            "The personnummer belongs to {pnr_name}, the e-mail address to {email_name}",
        ),
        QT_TRANSLATE_NOOP(
            "ImportChecks", "The e-mail address belongs to {name}, who has another personnummer"
        ),
        QT_TRANSLATE_NOOP(
            "ImportChecks", "Nobody in Kansli or in the file has the e-mail address {email}"
        ),
        QT_TRANSLATE_NOOP("ImportChecks", "At most {limit} rows can be imported at once"),
    }
)


class _Keep(dict[str, object]):
    """Format values; a placeholder without one stays as it is written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def reason_text(error: DomainError) -> str:
    """A file check's message in the user's language (as it is when not known)."""
    if error.template == "No column for {field}":
        field_name = str(getattr(error, "field", "") or "")
        first, last, email = (field_title(f) for f in REQUIRED)
        # %2 to %4 first: a title is never "%1", but keep the order safe anyway.
        return (
            QCoreApplication.translate(
                "ImportChecks",
                "There is no “%1” column. The first row must name the columns, "
                "such as “%2”, “%3” and “%4”.",
            )
            .replace("%2", first)
            .replace("%3", last)
            .replace("%4", email)
            .replace("%1", field_title(field_name))
        )
    if error.template not in CHECK_MESSAGES:
        return error_text(error)
    template = QCoreApplication.translate("ImportChecks", error.template)
    params = dict(error.params)
    column = getattr(error, "field", None)
    if "column" in params and column:
        params["column"] = field_title(column)  # the column's title, translated
    return string.Formatter().vformat(template, (), _Keep(params))


#: Larger files are refused before reading (a participant list is far smaller).
MAX_FILE_BYTES = 20 * 1024 * 1024
TOUCHED = ("organisation", "person", "person_email", "person_phone", "registration")


def field_title(name: str | None) -> str:
    if not name:
        return ""
    return QCoreApplication.translate("ImportParticipants", FIELD_TITLES.get(name, name))


@dataclass(frozen=True)
class RowProblem:
    """Why one row (or the whole file, ``row`` None) cannot be imported."""

    row: int | None
    field: str
    reason: str


def _problems(errors: list[ValidationError]) -> list[RowProblem]:
    return [RowProblem(e.row, e.field or "", reason_text(e)) for e in errors]


@dataclass
class FilePreview:
    """What a file holds, checked, and how its rows meet the local database."""

    path: Path
    rows: list[ParticipantRow] = field(default_factory=list)
    #: What is wrong with the file itself or its rows' values.
    file_problems: list[RowProblem] = field(default_factory=list)
    #: How the rows meet the local database (people found, round, organisations).
    matches: Matches = field(default_factory=Matches)
    #: Fields the file has a column for that are not imported: the user's roles may not
    #: read them (``models.visibility``; the personnummer for most roles).
    ignored: list[str] = field(default_factory=list)
    #: Headers of columns that are not read (unknown, or a field a column before has).
    unknown_columns: list[str] = field(default_factory=list)
    duplicate_columns: list[str] = field(default_factory=list)
    #: How the file was read and what the reader did on its own (``models.tabular``).
    source: Source | None = None

    @property
    def problems(self) -> list[RowProblem]:
        """Every reason the file cannot be imported as it stands, by row."""
        found = self.file_problems + _problems(self.matches.errors)
        return sorted(found, key=lambda p: p.row or 0)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def to_import(self) -> list[ParticipantRow]:
        return [r for r in self.rows if r.row not in self.matches.registered]


@dataclass
class ImportResult:
    registrations: int = 0
    new_people: int = 0
    existing_people: int = 0
    left_out: int = 0
    cancelled: bool = False
    #: The organisations the import created (as the file names them).
    new_organisations: list[str] = field(default_factory=list)
    #: Row -> the phone or organisation it gave its known person, or left as theirs.
    person_changes: dict[int, PersonChanges] = field(default_factory=dict)


class ImportRefused(Exception):
    """A command of the import was refused locally; nothing was imported."""

    def __init__(self, row: int | None, message: str) -> None:
        super().__init__(message)
        self.row = row
        self.message = message


def match_rows(ctx: OpContext, rows: list[ParticipantRow], round_id: str | None) -> Matches:
    """How ``rows`` meet the local database (:func:`models.importing.match_people`)."""
    with ctx.read() as s:
        return match_people(s, tenant_id=ctx.actor.tenant_id, rows=rows, round_id=round_id)


def preview_file(ctx: OpContext, path: Path, round_id: str | None) -> FilePreview:
    """Read and check ``path``; match its good rows with the local database."""
    preview = FilePreview(path=path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            reason = QCoreApplication.translate(
                "ImportParticipants", "The file is larger than %1 MB."
            ).replace("%1", str(MAX_FILE_BYTES // (1024 * 1024)))
            preview.file_problems.append(RowProblem(None, "", reason))
            return preview
        data = path.read_bytes()
    except OSError as exc:
        reason = QCoreApplication.translate(
            "ImportParticipants", "The file cannot be read: %1"
        ).replace("%1", exc.strerror or str(exc))
        preview.file_problems.append(RowProblem(None, "", reason))
        return preview
    ctx.check_cancelled()
    checked = read_participants(data, path.name, reader=ctx.actor)
    preview.rows = checked.rows
    preview.ignored = checked.ignored
    preview.unknown_columns = checked.unknown_columns
    preview.duplicate_columns = checked.duplicate_columns
    preview.source = checked.source
    preview.file_problems = _problems(checked.errors)
    preview.matches = match_rows(ctx, checked.rows, round_id)
    preview.file_problems += unknown_categories(ctx, checked.rows)
    return preview


def rematch(ctx: OpContext, preview: FilePreview, round_id: str | None) -> FilePreview:
    """The same rows matched again (another round was chosen)."""
    return FilePreview(
        path=preview.path,
        rows=preview.rows,
        file_problems=preview.file_problems,
        matches=match_rows(ctx, preview.rows, round_id),
        ignored=preview.ignored,
        unknown_columns=preview.unknown_columns,
        duplicate_columns=preview.duplicate_columns,
        source=preview.source,
    )


def import_rows(
    ctx: OpContext,
    *,
    rows: list[ParticipantRow],
    round_id: str,
    manager_id: str | None,
    create_organisations: bool = True,
    category_key: str | None = None,
) -> ImportResult:
    """Import ``rows`` onto ``round_id`` in one local transaction (all or nothing);
    with ``category_key`` every imported person gets that category (in the same
    transaction: ``person.set_category_many``).

    Raises :class:`ImportRefused` (with the row) when a command is refused;
    returns a result with ``cancelled`` when the user cancelled (nothing saved),
    whenever that was: before planning ended as well as during the commands.
    """
    try:
        return _import_rows(
            ctx,
            rows=rows,
            round_id=round_id,
            manager_id=manager_id,
            create_organisations=create_organisations,
            category_key=category_key,
        )
    except Cancelled:
        return ImportResult(cancelled=True)


def _import_rows(
    ctx: OpContext,
    *,
    rows: list[ParticipantRow],
    round_id: str,
    manager_id: str | None,
    create_organisations: bool,
    category_key: str | None,
) -> ImportResult:
    if len(rows) > MAX_ROWS:
        limit = ValidationError(
            "At most {limit} rows can be imported at once", params={"limit": MAX_ROWS}
        )
        raise ImportRefused(None, reason_text(limit))
    ctx.report(0, max(len(rows), 1))
    try:
        with ctx.read() as s:
            plan = plan_import(
                s,
                tenant_id=ctx.actor.tenant_id,
                round_id=round_id,
                rows=rows,
                approving_manager_id=manager_id,
                create_organisations=create_organisations,
            )
    except ValidationError as exc:  # the database changed since the preview
        raise ImportRefused(exc.row, reason_text(exc)) from exc
    plan.commands += category_commands(ctx, plan.commands, rows, category_key)
    done = [0]
    # Progress in rows: a registration.import command carries a few hundred of them.
    rows_done = list(
        accumulate(
            len(c.args.rows) if c.name == "registration.import" else 1 for c in plan.commands
        )
    )

    def progress(n: int, total: int) -> None:
        done[0] = n
        ctx.report(rows_done[n - 1] if n else 0, rows_done[-1])

    try:
        ctx.engine.execute_many(plan.commands, ctx.actor, progress=progress)
    except DomainError as exc:
        # A registration.import names its refused row; another command is the plan's row.
        index = done[0]
        row = exc.details.get("row") or (plan.rows[index] if index < len(plan.rows) else None)
        raise ImportRefused(row, error_text(exc)) from exc
    ctx.changed(Changes.of_tables(TOUCHED, outbox=True))
    return ImportResult(
        registrations=plan.registrations,
        new_people=plan.new_people,
        existing_people=plan.existing_people,
        left_out=len(plan.already_registered),
        new_organisations=plan.new_organisations,
        person_changes=plan.person_changes,
    )


def category_keys(ctx: OpContext) -> dict[str, str]:
    """The live categories' keys by what a file may call them: their name or their key,
    case and accents aside (:func:`models.commands.people.category_key`)."""
    with ctx.read() as s:
        found = s.execute(select(Category.key, Category.name).where(Category.deleted_at.is_(None)))
        return {category_key(text): key for key, name in found for text in (name, key)}


def unknown_categories(ctx: OpContext, rows: list[ParticipantRow]) -> list[RowProblem]:
    """A problem for each row whose "Kategori" cell names no category Kansli has."""
    known = category_keys(ctx)
    return [
        RowProblem(
            r.row,
            "category",
            QCoreApplication.translate(
                "ImportParticipants",
                "No category “%1” in Kansli: add it in Edit › Person categories first.",
            ).replace("%1", r.category),
        )
        for r in rows
        if r.category and category_key(r.category) not in known
    ]


def category_commands(
    ctx: OpContext, commands: list[Command[Any]], rows: list[ParticipantRow], key: str | None
) -> list[Command[Any]]:
    """``person.set_category_many`` for the categories of the import: ``key`` (Category for
    all) for every participant its ``registration.import`` commands register, and each
    row's "Kategori" cell for its own participant."""
    participant = {
        row.row: row.participant_id
        for c in commands
        if c.name == "registration.import"
        for row in c.args.rows
    }
    given: dict[str, list[str]] = {key: list(participant.values())} if key else {}
    known = category_keys(ctx) if any(r.category for r in rows) else {}
    for r in rows:
        if r.category and r.row in participant:
            given.setdefault(known[category_key(r.category)], []).append(participant[r.row])
    step = 10_000  # person.set_category_many's limit
    made: list[Command[Any]] = []
    for k, people in given.items():
        unique = list(dict.fromkeys(people))
        for i in range(0, len(unique), step):
            args = {"person_ids": unique[i : i + step], "category_key": k}
            made.append(build("person.set_category_many", 1, args, id=new_id()))
    return made
