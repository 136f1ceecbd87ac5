"""Importing participants onto a round: read and check a file, then import it in one go.

``preview_file`` reads a CSV or XLSX file (``models.importing``): every row
that cannot be imported is reported with its row number, its column and the
reason, and the good rows are matched against the local database (already
in Kansli by e-mail? already on the round?). ``import_rows`` turns the rows
into ordinary commands (``person.create``, ``registration.create``) and
applies them in ONE local transaction through ``execute_many``: a refusal,
an error or a cancel leaves nothing half-imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import Cancelled, Changes, OpContext
from models import Organisation, PersonEmail, Registration
from models.commands import Command, build
from models.errors import DomainError
from models.importing import MAX_ROWS, ParticipantRow, plan_import, read_participants

#: Column names of the errors list, by the field the reader names.
FIELD_TITLES = {
    "first_name": QT_TRANSLATE_NOOP("ImportParticipants", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportParticipants", "Last name"),
    "email": QT_TRANSLATE_NOOP("ImportParticipants", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportParticipants", "Phone"),
    "personnummer": QT_TRANSLATE_NOOP("ImportParticipants", "Personnummer"),
    "organisation": QT_TRANSLATE_NOOP("ImportParticipants", "Organisation"),
}
#: The file checks' fixed messages (``models``: English), shown in the user's language.
CHECK_MESSAGES = (
    QT_TRANSLATE_NOOP("ImportChecks", "is empty"),
    QT_TRANSLATE_NOOP("ImportChecks", "The file is empty"),
    QT_TRANSLATE_NOOP("ImportChecks", "The file has no participants"),
    QT_TRANSLATE_NOOP("ImportChecks", "E-mail address is empty"),
    QT_TRANSLATE_NOOP("ImportChecks", "E-mail address must not contain spaces"),
    QT_TRANSLATE_NOOP("ImportChecks", "E-mail address has no @"),
    QT_TRANSLATE_NOOP("ImportChecks", "E-mail address has more than one @"),
    QT_TRANSLATE_NOOP("ImportChecks", "E-mail address has nothing before the @"),
    QT_TRANSLATE_NOOP("ImportChecks", "E-mail address has no domain after the @"),
    QT_TRANSLATE_NOOP(
        "ImportChecks", "E-mail address must have a dot in the domain (as in name@example.se)"
    ),
    QT_TRANSLATE_NOOP("ImportChecks", "E-mail address has a misplaced dot in the domain"),
    QT_TRANSLATE_NOOP("ImportChecks", "Phone number may have a + only at the start"),
    QT_TRANSLATE_NOOP(
        "ImportChecks",
        "Phone number may contain only digits, spaces, dashes, parentheses and a leading +",
    ),
    QT_TRANSLATE_NOOP("ImportChecks", "Phone number has no digits"),
    QT_TRANSLATE_NOOP(
        "ImportChecks", "Phone number must start with 0, or with + or 00 and a country code"
    ),
    QT_TRANSLATE_NOOP("ImportChecks", "Personnummer must have 10 or 12 digits"),
    QT_TRANSLATE_NOOP("ImportChecks", "Personnummer has a wrong check digit"),
    QT_TRANSLATE_NOOP("ImportChecks", "Personnummer does not contain a valid date of birth"),
)
_ALSO_ON_ROW = re.compile(r"^(?P<email>\S+) is also on row (?P<row>\d+)$")


def reason_text(message: str) -> str:
    """A file check's message in the user's language (as it is when not known)."""
    also = _ALSO_ON_ROW.match(message)
    if also:
        return (
            QCoreApplication.translate("ImportChecks", "%1 is also on row %2")
            .replace("%1", also["email"])
            .replace("%2", also["row"])
        )
    return QCoreApplication.translate("ImportChecks", message)


#: Larger files are refused before reading (a participant list is far smaller).
MAX_FILE_BYTES = 20 * 1024 * 1024
TOUCHED = ("person", "person_email", "person_phone", "registration")


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


@dataclass
class FilePreview:
    """What a file holds, checked, and how its rows meet the local database."""

    path: Path
    rows: list[ParticipantRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    #: E-mail address -> id of the person who already has it.
    existing: dict[str, str] = field(default_factory=dict)
    #: Addresses of people already registered on the round.
    registered: set[str] = field(default_factory=set)
    #: Organisation names (lower case) known locally -> id.
    organisations: dict[str, str] = field(default_factory=dict)
    #: Fields the file has a column for that are not imported: the user's roles may not
    #: read them (``models.visibility``; the personnummer for most roles).
    ignored: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def to_import(self) -> list[ParticipantRow]:
        return [r for r in self.rows if r.email not in self.registered]


@dataclass
class ImportResult:
    registrations: int = 0
    new_people: int = 0
    existing_people: int = 0
    left_out: int = 0
    cancelled: bool = False


class ImportRefused(Exception):
    """A command of the import was refused locally; nothing was imported."""

    def __init__(self, row: int | None, message: str) -> None:
        super().__init__(message)
        self.row = row
        self.message = message


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def match_rows(
    ctx: OpContext, rows: list[ParticipantRow], round_id: str | None
) -> tuple[dict[str, str], set[str], dict[str, str]]:
    """(address -> person id, addresses already on ``round_id``, organisation name -> id)."""
    existing: dict[str, str] = {}
    registered: set[str] = set()
    with ctx.read() as s:
        for chunk in _chunks([r.email for r in rows]):
            q = select(PersonEmail.address, PersonEmail.person_id).where(
                PersonEmail.deleted_at.is_(None), PersonEmail.address.in_(chunk)
            )
            existing.update({a: p for a, p in s.execute(q)})
        if round_id and existing:
            on_round = set(
                s.scalars(
                    select(Registration.participant_id).where(
                        Registration.round_id == round_id, Registration.deleted_at.is_(None)
                    )
                )
            )
            registered = {a for a, p in existing.items() if p in on_round}
        names = {r.organisation.strip().lower() for r in rows if r.organisation}
        organisations: dict[str, str] = {}
        for chunk in _chunks(sorted(names)):
            q = select(func.lower(Organisation.name), Organisation.id).where(
                Organisation.deleted_at.is_(None), func.lower(Organisation.name).in_(chunk)
            )
            organisations.update({n: i for n, i in s.execute(q)})
    return existing, registered, organisations


def preview_file(ctx: OpContext, path: Path, round_id: str | None) -> FilePreview:
    """Read and check ``path``; match its good rows with the local database."""
    preview = FilePreview(path=path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            reason = QCoreApplication.translate(
                "ImportParticipants", "The file is larger than %1 MB."
            ).replace("%1", str(MAX_FILE_BYTES // (1024 * 1024)))
            preview.problems.append(RowProblem(None, "", reason))
            return preview
        data = path.read_bytes()
    except OSError as exc:
        reason = QCoreApplication.translate(
            "ImportParticipants", "The file cannot be read: %1"
        ).replace("%1", exc.strerror or str(exc))
        preview.problems.append(RowProblem(None, "", reason))
        return preview
    ctx.check_cancelled()
    checked = read_participants(data, path.name, reader=ctx.actor)
    preview.rows = checked.rows
    preview.ignored = checked.ignored
    preview.problems = [
        RowProblem(e.row, e.field or "", reason_text(e.message)) for e in checked.errors
    ]
    preview.existing, preview.registered, preview.organisations = match_rows(
        ctx, checked.rows, round_id
    )
    return preview


def rematch(ctx: OpContext, preview: FilePreview, round_id: str | None) -> FilePreview:
    """The same rows matched again (another round was chosen)."""
    out = FilePreview(
        path=preview.path, rows=preview.rows, problems=preview.problems, ignored=preview.ignored
    )
    out.existing, out.registered, out.organisations = match_rows(ctx, preview.rows, round_id)
    return out


def _with_organisation(command: Command[Any], organisation_id: str | None) -> Command[Any]:
    """``person.create`` with the organisation the file named (when it is known here)."""
    if organisation_id is None or command.name != "person.create":
        return command
    args = {**command.envelope()["args"], "organisation_id": organisation_id}
    return build(command.name, command.version, args, id=command.id)


def import_rows(
    ctx: OpContext,
    *,
    rows: list[ParticipantRow],
    round_id: str,
    manager_id: str | None,
) -> ImportResult:
    """Import ``rows`` onto ``round_id`` in one local transaction (all or nothing).

    Raises :class:`ImportRefused` (with the row) when a command is refused;
    returns a result with ``cancelled`` when the user cancelled (nothing saved).
    """
    if len(rows) > MAX_ROWS:
        raise ImportRefused(None, f"At most {MAX_ROWS} rows can be imported at once")
    ctx.report(0, max(len(rows), 1))
    with ctx.read() as s:
        plan = plan_import(
            s,
            tenant_id=ctx.actor.tenant_id,
            round_id=round_id,
            rows=rows,
            approving_manager_id=manager_id,
        )
    existing, _registered, organisations = match_rows(ctx, rows, None)
    org_of = {
        r.email: organisations.get(r.organisation.strip().lower()) if r.organisation else None
        for r in rows
    }
    row_numbers = {r.email: r.row for r in rows}
    # Which row of the file each command comes from, to name it if it is refused.
    by_person = {pid: row_numbers[a] for a, pid in existing.items() if a in row_numbers}
    commands: list[Command[Any]] = []
    row_of: list[int | None] = []
    for command in plan.commands:
        env_args = command.envelope()["args"]
        if command.name == "person.create":
            email = env_args["emails"][0]["address"] if env_args.get("emails") else ""
            by_person[env_args["person_id"]] = row_numbers.get(email, 0)
            command = _with_organisation(command, org_of.get(email))
            row_of.append(row_numbers.get(email))
        else:
            row_of.append(by_person.get(env_args.get("participant_id", "")))
        commands.append(command)
    done = [0]

    def progress(n: int, total: int) -> None:
        done[0] = n
        ctx.report(n, total)

    try:
        ctx.engine.execute_many(commands, ctx.actor, progress=progress)
    except Cancelled:
        return ImportResult(cancelled=True)
    except DomainError as exc:
        index = done[0]
        raise ImportRefused(row_of[index] if index < len(row_of) else None, exc.message) from exc
    ctx.changed(Changes.of_tables(TOUCHED, outbox=True))
    return ImportResult(
        registrations=sum(1 for c in commands if c.name == "registration.create"),
        new_people=plan.new_people,
        existing_people=plan.existing_people,
        left_out=len(plan.already_registered),
    )
