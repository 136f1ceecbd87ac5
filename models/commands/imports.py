"""``registration.import``: many participants onto a round in one command (an import).

A participant import is thousands of rows; as one ``person.create`` and one
``registration.create`` per row it cost the server (and the client) a command's
fixed cost twice a row, and the push was bound by it. This command carries a
few hundred rows (:data:`MAX_ROWS`) and writes them in one go: each row is a
registration, of a new person (``person``: exactly ``person.create``'s
arguments) or of a known one (``add_email``: an address to add, by
``person.add_email``'s rule). Every row goes through the same argument models
and the same functions as those single commands (:func:`add_person`,
:func:`add_email`, :func:`add_registration`): there is no second set of
rules. A refusal names the row (``details.row``, the file's row number).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import ClassVar

import pydantic
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from models.commands.base import Args, Command, CommandContext, register
from models.commands.courses import (
    COURSE_ROLES,
    RegistrationCreateArgs,
    add_registration,
    open_round,
)
from models.commands.people import (
    EDIT_ROLES,
    PersonAddEmailArgs,
    PersonCreateArgs,
    add_email,
    add_person,
)
from models.errors import DomainError, ValidationError
from models.people import Person

#: Rows a command carries at most: a row is ~24 JSON values, and a command's arguments
#: hold at most 10,000 (``models.validators.check_json``).
MAX_ROWS = 400


class ImportRowArgs(Args):
    """One row of an import: a registration of a new or a known person."""

    #: The row's number in the file (the header being row 1): named in a refusal.
    row: int = pydantic.Field(ge=1)
    registration_id: str
    participant_id: str
    approving_manager_id: str | None = None
    #: A new person, exactly as ``person.create`` takes it (``person_id``: the participant).
    person: PersonCreateArgs | None = None
    #: An address to add to a known participant (``person.add_email``'s rule).
    add_email: str | None = None

    @pydantic.model_validator(mode="after")
    def _one_person(self) -> ImportRowArgs:
        if self.person is not None:
            if self.person.person_id != self.participant_id:
                raise ValueError("person.person_id must be the participant_id")
            if self.add_email is not None:
                raise ValueError("a new person's addresses are in person.emails")
        return self


class RegistrationImportArgs(Args):
    round_id: str
    rows: list[ImportRowArgs] = pydantic.Field(min_length=1, max_length=MAX_ROWS)


@contextmanager
def _naming(row: ImportRowArgs) -> Iterator[None]:
    """A refusal of ``row`` names it: ``details.row`` (and ``row`` of a ValidationError)."""
    try:
        yield
    except DomainError as exc:
        exc.details = {**exc.details, "row": row.row}
        if isinstance(exc, ValidationError):
            exc.row = row.row
        raise


@register
class RegistrationImport(Command[RegistrationImportArgs]):
    """Register a file's rows on a round, creating the people not known yet."""

    name = "registration.import"
    shape = "create"
    args_model = RegistrationImportArgs
    #: What ``person.create`` and ``registration.create`` both allow.
    roles = COURSE_ROLES & EDIT_ROLES
    #: The new rows written in bulk (:meth:`CommandContext.collecting`: a few multi-row
    #: INSERTs per command instead of the unit of work's per-object flush); False writes
    #: them through the session, row by row (the same rows: the tests compare the two).
    bulk: ClassVar[bool] = True

    def run(self, ctx: CommandContext, args: RegistrationImportArgs) -> None:
        if not self.bulk:
            self._run(ctx, args)
            return
        with ctx.collecting():
            self._run(ctx, args)

    def _run(self, ctx: CommandContext, args: RegistrationImportArgs) -> None:
        round_ = open_round(ctx, args.round_id)
        at_hand: dict[str, Person] = {}
        for row in args.rows:
            if row.person is not None:
                with _naming(row):
                    at_hand[row.participant_id] = add_person(
                        ctx, row.person, lambda *parts, r=row: ctx.new_id(r.registration_id, *parts)
                    )
        wanted = {r.participant_id for r in args.rows} | {
            r.approving_manager_id for r in args.rows if r.approving_manager_id
        }
        # The known people (participants, managers) read in one query, with their
        # addresses, and held here, so each row finds them in the session. (Row by row,
        # the query's autoflush writes the new people first: no relationship orders a
        # registration after its person within one flush.)
        known = list(
            ctx.session.scalars(
                select(Person)
                .where(Person.id.in_(sorted(wanted - set(at_hand))))
                .options(selectinload(Person.emails))
            )
        )
        for row in args.rows:
            with _naming(row):
                participant = at_hand.get(row.participant_id) or ctx.get(
                    Person, row.participant_id, what="Participant"
                )
                if row.add_email is not None:
                    add_email(
                        ctx,
                        participant,
                        PersonAddEmailArgs(person_id=participant.id, address=row.add_email),
                        ctx.new_id(row.registration_id, "email"),
                    )
                add_registration(
                    ctx,
                    round_,
                    participant,
                    RegistrationCreateArgs(
                        registration_id=row.registration_id,
                        round_id=round_.id,
                        participant_id=participant.id,
                        approving_manager_id=row.approving_manager_id,
                    ),
                    at_hand=at_hand,
                )
        del known
