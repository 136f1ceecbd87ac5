"""Commands on person profiles."""

from __future__ import annotations

import pydantic
from sqlalchemy import select

from models import validators
from models.commands.base import Args, Command, CommandContext, register
from models.commands.edits import TextFieldChange, merge_changes, set_fields
from models.errors import ValidationError
from models.ids import derived_id
from models.organisations import Organisation
from models.people import Category, Person, PersonCategory, PersonEmail, PersonPhone
from models.tenancy import Role
from models.visibility import require_readable

EDIT_ROLES = frozenset({Role.ADMIN, Role.COURSE_ADMIN, Role.ALUMNI_OFFICER})


class EmailIn(Args):
    address: str
    kind: str = "work"
    is_primary: bool = False


class PhoneIn(Args):
    number: str
    kind: str = "mobile"
    is_primary: bool = False


class PersonCreateArgs(Args):
    person_id: str
    first_name: str = pydantic.Field(min_length=1, max_length=100)
    last_name: str = pydantic.Field(min_length=1, max_length=100)
    personnummer: str | None = None
    organisation_id: str | None = None
    emails: list[EmailIn] = pydantic.Field(default_factory=list)
    phones: list[PhoneIn] = pydantic.Field(default_factory=list)


@register
class PersonCreate(Command[PersonCreateArgs]):
    """Create a person profile with its e-mails and phones."""

    name = "person.create"
    shape = "create"
    args_model = PersonCreateArgs
    roles = EDIT_ROLES

    def run(self, ctx: CommandContext, args: PersonCreateArgs) -> None:
        if args.personnummer:
            require_readable(ctx.actor, "person", ["personnummer"])
        if args.organisation_id:
            ctx.get(Organisation, args.organisation_id, what="Organisation")
        person = Person(
            id=args.person_id,
            first_name=args.first_name,
            last_name=args.last_name,
            personnummer=validators.normalize_person_field("personnummer", args.personnummer),
            organisation_id=args.organisation_id,
        )
        if person.personnummer:
            person.birth_date = validators.birth_date_from_personnummer(person.personnummer)
        ctx.add(person)
        any_primary = any(e.is_primary for e in args.emails)
        for i, e in enumerate(args.emails):
            ctx.add(
                PersonEmail(
                    id=ctx.new_id("email", str(i)),
                    person_id=person.id,
                    address=validators.normalize_email(e.address, field=f"emails.{i}"),
                    kind=e.kind,
                    is_primary=e.is_primary or (i == 0 and not any_primary),
                    position=i,
                )
            )
        for i, p in enumerate(args.phones):
            ctx.add(
                PersonPhone(
                    id=ctx.new_id("phone", str(i)),
                    person_id=person.id,
                    number=validators.normalize_phone(p.number, field=f"phones.{i}"),
                    kind=p.kind,
                    is_primary=p.is_primary or i == 0,
                    position=i,
                )
            )


#: The person fields whose text may have line breaks; every other one is one line.
MULTILINE_FIELDS = frozenset({"notes"})


class PersonEditArgs(Args):
    person_id: str
    #: field -> {"old": value the user saw, "new": value the user set}
    changes: dict[str, TextFieldChange]

    @pydantic.field_validator("changes")
    @classmethod
    def _known_fields(cls, value: dict[str, TextFieldChange]) -> dict[str, TextFieldChange]:
        if not value:
            raise ValueError("no field changed")
        unknown = sorted(set(value) - set(Person.EDITABLE_FIELDS))
        if unknown:
            raise ValueError(f"fields that cannot be edited: {', '.join(unknown)}")
        for name, change in value.items():
            if name in MULTILINE_FIELDS:
                continue
            for side in (change.old, change.new):
                if isinstance(side, str) and "\n" in side:
                    raise ValueError(f"{name}: must be on one line")
        return value


@register
class PersonEdit(Command[PersonEditArgs]):
    """Edit person fields, merged per field.

    Each change carries the value the user saw. A field nobody else changed
    takes the new value; a field someone else changed to something else is
    a conflict: the whole edit is refused with both values per field, for
    the user to resolve side by side.
    """

    name = "person.edit"
    shape = "field_edit"
    args_model = PersonEditArgs
    roles = EDIT_ROLES

    def run(self, ctx: CommandContext, args: PersonEditArgs) -> None:
        # Before anything is compared: a conflict (or its absence) would tell the value.
        require_readable(ctx.actor, "person", args.changes)
        person = ctx.get(Person, args.person_id, what="Person")
        updates = merge_changes(
            ctx,
            person,
            args.changes,
            what=person.full_name,
            normalise=validators.normalize_person_field,
        )
        if updates.get("organisation_id"):
            ctx.get(Organisation, updates["organisation_id"], what="Organisation")
        set_fields(ctx, person, updates)
        if "personnummer" in updates and person.personnummer:
            person.birth_date = validators.birth_date_from_personnummer(person.personnummer)


class PersonAddEmailArgs(Args):
    person_id: str
    address: str
    kind: str = "work"
    make_primary: bool = False


@register
class PersonAddEmail(Command[PersonAddEmailArgs]):
    name = "person.add_email"
    shape = "create"
    args_model = PersonAddEmailArgs
    roles = EDIT_ROLES

    def run(self, ctx: CommandContext, args: PersonAddEmailArgs) -> None:
        person = ctx.get(Person, args.person_id, what="Person")
        address = validators.normalize_email(args.address, field="address")
        live = [e for e in person.emails if e.deleted_at is None]
        if any(e.address == address for e in live):
            raise ValidationError(f"{person.full_name} already has {address}", field="address")
        if args.make_primary:
            for e in live:
                e.is_primary = False
        ctx.add(
            PersonEmail(
                id=ctx.new_id("email"),
                person_id=person.id,
                address=address,
                kind=args.kind,
                is_primary=args.make_primary or not live,
                position=len(live),
            )
        )


class PersonRemoveEmailArgs(Args):
    email_id: str


@register
class PersonRemoveEmail(Command[PersonRemoveEmailArgs]):
    name = "person.remove_email"
    shape = "delete"
    args_model = PersonRemoveEmailArgs
    roles = EDIT_ROLES

    def run(self, ctx: CommandContext, args: PersonRemoveEmailArgs) -> None:
        email = ctx.get(PersonEmail, args.email_id, what="E-mail address")
        email.deleted_at = ctx.now


class PersonAddPhoneArgs(Args):
    person_id: str
    number: str
    kind: str = "mobile"


@register
class PersonAddPhone(Command[PersonAddPhoneArgs]):
    name = "person.add_phone"
    shape = "create"
    args_model = PersonAddPhoneArgs
    roles = EDIT_ROLES

    def run(self, ctx: CommandContext, args: PersonAddPhoneArgs) -> None:
        person = ctx.get(Person, args.person_id, what="Person")
        live = [p for p in person.phones if p.deleted_at is None]
        ctx.add(
            PersonPhone(
                id=ctx.new_id("phone"),
                person_id=person.id,
                number=validators.normalize_phone(args.number, field="number"),
                kind=args.kind,
                is_primary=not live,
                position=len(live),
            )
        )


class PersonSetCategoryArgs(Args):
    person_id: str
    category_key: str
    present: bool = True


def set_category(ctx: CommandContext, person: Person, key: str, *, present: bool) -> bool:
    """Give or take a category; True if something changed. Shared by alumni processing."""
    category = ctx.session.execute(
        select(Category).where(
            Category.tenant_id == ctx.actor.tenant_id,
            Category.key == key,
            Category.deleted_at.is_(None),
        )
    ).scalar_one_or_none()
    if category is None:
        raise ValidationError(f"Unknown category {key!r}", field="category_key")
    link = ctx.session.execute(
        select(PersonCategory).where(
            PersonCategory.person_id == person.id, PersonCategory.category_id == category.id
        )
    ).scalar_one_or_none()
    if present:
        if link is not None and link.deleted_at is None:
            return False
        if link is None:
            ctx.add(
                PersonCategory(
                    # The same id whoever links them: two offline clients giving the
                    # same category make one row, not two that collide on sync.
                    id=derived_id(person.id, "category", category.id),
                    person_id=person.id,
                    category_id=category.id,
                )
            )
        else:
            link.deleted_at = None
            ctx.concern(link)
        return True
    if link is None or link.deleted_at is not None:
        return False
    link.deleted_at = ctx.now
    ctx.concern(link)
    return True


def has_category(ctx: CommandContext, person_id: str, key: str) -> bool:
    return (
        ctx.session.execute(
            select(PersonCategory.id)
            .join(Category, Category.id == PersonCategory.category_id)
            .where(
                PersonCategory.person_id == person_id,
                PersonCategory.deleted_at.is_(None),
                Category.key == key,
                Category.tenant_id == ctx.actor.tenant_id,
            )
        ).first()
        is not None
    )


@register
class PersonSetCategory(Command[PersonSetCategoryArgs]):
    name = "person.set_category"
    shape = "set_membership"
    args_model = PersonSetCategoryArgs
    roles = EDIT_ROLES

    def run(self, ctx: CommandContext, args: PersonSetCategoryArgs) -> None:
        person = ctx.get(Person, args.person_id, what="Person")
        set_category(ctx, person, args.category_key, present=args.present)
