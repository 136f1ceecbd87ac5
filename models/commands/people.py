"""Commands on person profiles, and on the tenant's list of person categories."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pydantic
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import validators
from models.commands.base import Args, Command, CommandContext, register
from models.commands.edits import ArchiveCommand, FieldEditCommand, RemoveCommand, TextFieldChange
from models.courses import CourseRound, Registration
from models.errors import NotFoundError, ValidationError
from models.ids import derived_id, utcnow
from models.organisations import Organisation
from models.people import (
    WITHDRAWABLE,
    Activity,
    ActivityKind,
    Category,
    CategoryKey,
    Consent,
    Person,
    PersonCategory,
    PersonEmail,
    PersonPhone,
    WithdrawnVia,
)
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
        add_person(ctx, args, ctx.new_id)


def add_person(ctx: CommandContext, args: PersonCreateArgs, new_id: Callable[..., str]) -> Person:
    """The person of ``args`` with its e-mails and phones, added to the session: the one
    rule of ``person.create`` (and of each new person of ``registration.import``).

    ``new_id(*parts)`` makes the ids of the e-mail and phone rows, the same on client
    and server (``ctx.new_id`` for a command that creates one person).
    """
    if args.personnummer:
        require_readable(ctx.actor, "person", ["personnummer"])
    if args.organisation_id:
        ctx.get(Organisation, args.organisation_id, what="Organisation")
    person = ctx.new(
        Person,
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
        address = validators.normalize_email(e.address, field=f"emails.{i}")
        first = i == 0 and not any_primary
        _add_contact(
            ctx, PersonEmail, new_id("email", str(i)), person, i, e, first, address=address
        )
    for i, p in enumerate(args.phones):
        number = validators.normalize_phone(p.number, field=f"phones.{i}")
        _add_contact(ctx, PersonPhone, new_id("phone", str(i)), person, i, p, i == 0, number=number)
    return person


def _add_contact(
    ctx: CommandContext,
    model: type[PersonEmail | PersonPhone],
    row_id: str,
    person: Person,
    position: int,
    given: Any,
    primary: bool,
    **value: str,
) -> None:
    """One of the e-mails or phones of a new person: ``given`` (its ``kind``, whether it
    ``is_primary``) at ``position``, also primary when ``primary``; ``value`` its address
    or number."""
    is_primary = given.is_primary or primary
    ctx.add(
        ctx.new(
            model,
            id=row_id,
            person_id=person.id,
            kind=given.kind,
            is_primary=is_primary,
            position=position,
            **value,
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
class PersonEdit(FieldEditCommand[PersonEditArgs]):
    """Edit person fields, merged per field.

    Each change carries the value the user saw. A field nobody else changed
    takes the new value; a field someone else changed to something else is
    a conflict: the whole edit is refused with both values per field, for
    the user to resolve side by side.
    """

    name = "person.edit"
    args_model = PersonEditArgs
    roles = EDIT_ROLES
    model, id_arg, what = Person, "person_id", "Person"
    named = "{row.full_name}"

    def run(self, ctx: CommandContext, args: PersonEditArgs) -> None:
        # Before anything is compared: a conflict (or its absence) would tell the value.
        require_readable(ctx.actor, "person", args.changes)
        super().run(ctx, args)

    def value(self, row: Any, field: str, value: Any) -> Any:
        return validators.normalize_person_field(field, value)

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        if updates.get("organisation_id"):
            ctx.get(Organisation, updates["organisation_id"], what="Organisation")

    def written(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        if "personnummer" in updates and row.personnummer:
            row.birth_date = validators.birth_date_from_personnummer(row.personnummer)


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
        add_email(ctx, person, args, ctx.new_id("email"))


def add_email(
    ctx: CommandContext, person: Person, args: PersonAddEmailArgs, email_id: str
) -> PersonEmail:
    """Give ``person`` the address of ``args`` (row id ``email_id``): the one rule of
    ``person.add_email`` (and of a known person's new address in ``registration.import``).
    """
    address = validators.normalize_email(args.address, field="address")
    live = [e for e in person.emails if e.deleted_at is None]
    if any(e.address == address for e in live):
        raise ValidationError(f"{person.full_name} already has {address}", field="address")
    if args.make_primary:
        for e in live:
            e.is_primary = False
    email = ctx.new(
        PersonEmail,
        id=email_id,
        person_id=person.id,
        address=address,
        kind=args.kind,
        is_primary=args.make_primary or not live,
        position=len(live),
    )
    ctx.add(email)
    return email


@register
class PersonRemoveEmail(RemoveCommand):
    name = "person.remove_email"
    roles = EDIT_ROLES
    model, id_arg, what = PersonEmail, "email_id", "E-mail address"


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


def person_category_links(
    session: Session, person_id: str, category_id: str
) -> list[PersonCategory]:
    """Every row linking the person to the category, live or not, oldest id first."""
    return list(
        session.execute(
            select(PersonCategory)
            .where(PersonCategory.person_id == person_id, PersonCategory.category_id == category_id)
            .order_by(PersonCategory.id)
        ).scalars()
    )


def set_person_category(
    session: Session,
    *,
    tenant_id: str,
    person_id: str,
    category: Category,
    present: bool,
    now: datetime | None = None,
    links: list[PersonCategory] | None = None,
) -> list[PersonCategory]:
    """Give (``present``) or take a category; the rows changed (none: nothing to do).

    The one rule for ``person.set_category``, ``alumni.decide`` and the server's
    alumni processing. One row per person and category: taking tombstones the live
    links (at ``now``), giving again revives the oldest, and a new link gets the id
    every writer gives the pair, so two offline clients giving the same category make
    one row, not two that collide on sync. ``links``: all the person's rows of
    ``category`` when the caller has them (a batch), else they are read.
    """
    if links is None:
        links = person_category_links(session, person_id, category.id)
    live = [link for link in links if link.deleted_at is None]
    if not present:
        for link in live:
            link.deleted_at = now or utcnow()
        return live
    if live:
        return []
    if links:
        links[0].deleted_at = None
        return [links[0]]
    link = PersonCategory(
        id=derived_id(person_id, "category", category.id),
        tenant_id=tenant_id,
        person_id=person_id,
        category_id=category.id,
    )
    session.add(link)
    return [link]


def _category(ctx: CommandContext, key: str, *, present: bool) -> Category:
    """The tenant's category ``key``: to give, a live one; to take, an archived one too."""
    category = ctx.session.execute(
        select(Category)
        .where(Category.tenant_id == ctx.actor.tenant_id, Category.key == key)
        .order_by(Category.deleted_at.is_not(None), Category.id)
        .limit(1)
    ).scalar_one_or_none()
    if category is None or (present and category.deleted_at is not None):
        raise ValidationError(f"Unknown category {key!r}", field="category_key")
    return category


def set_category(ctx: CommandContext, person: Person, key: str, *, present: bool) -> bool:
    """Give or take the tenant's category ``key``; True if something changed. An archived
    category can be taken, not given."""
    changed = set_person_category(
        ctx.session,
        tenant_id=ctx.actor.tenant_id,
        person_id=person.id,
        category=_category(ctx, key, present=present),
        present=present,
        now=ctx.now,
    )
    for link in changed:
        ctx.concern(link)
    return bool(changed)


@register
class PersonSetCategory(Command[PersonSetCategoryArgs]):
    name = "person.set_category"
    shape = "set_membership"
    args_model = PersonSetCategoryArgs
    roles = EDIT_ROLES

    def run(self, ctx: CommandContext, args: PersonSetCategoryArgs) -> None:
        person = ctx.get(Person, args.person_id, what="Person")
        set_category(ctx, person, args.category_key, present=args.present)


# --------------------------------------------------------------------------
# Person categories: the tenant's list (issue 15)
# --------------------------------------------------------------------------


def category_key(name: str) -> str:
    """The key a new category gets from its name: folded to ASCII, lower case, words joined
    by ``_`` ("Styrelseledamot 2027" -> ``styrelseledamot_2027``)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "_", bare).strip("_")[:64]


def _same_name(ctx: CommandContext, name: str, *, other_than: str = "") -> Category | None:
    """The tenant's live category called ``name`` (case and accents aside), if any."""
    wanted = category_key(name)
    for category in ctx.session.scalars(
        select(Category).where(
            Category.tenant_id == ctx.actor.tenant_id,
            Category.deleted_at.is_(None),
            Category.id != other_than,
        )
    ):
        if category_key(category.name) == wanted:
            return category
    return None


def _name_taken(name: str) -> ValidationError:
    return ValidationError(
        "A category named {name} exists already", field="name", params={"name": name}
    )


class CategoryCreateArgs(Args):
    category_id: str
    name: str = pydantic.Field(min_length=1, max_length=100)
    #: What rules refer to it by; made from the name when not given.
    key: str | None = pydantic.Field(default=None, max_length=64)


@register
class CategoryCreate(Command[CategoryCreateArgs]):
    """Add a person category to the tenant's list ("Alumnus", "Board member", ...)."""

    name = "category.create"
    shape = "create"
    args_model = CategoryCreateArgs
    roles = EDIT_ROLES

    def run(self, ctx: CommandContext, args: CategoryCreateArgs) -> None:
        key = args.key or category_key(args.name)
        if not key:
            raise ValidationError("A category name needs a letter or a digit", field="name")
        if _same_name(ctx, args.name) is not None:
            raise _name_taken(args.name)
        existing = ctx.session.execute(
            select(Category).where(Category.tenant_id == ctx.actor.tenant_id, Category.key == key)
        ).scalar_one_or_none()
        if existing is not None:  # the key is taken for good, archived or not
            if existing.deleted_at is not None:
                raise ValidationError(
                    "{name} is archived: restore it instead",
                    field="name",
                    params={"name": existing.name},
                )
            raise _name_taken(existing.name)
        ctx.add(Category(id=args.category_id, key=key, name=args.name))


class CategoryFields(Args):
    name: str | None = pydantic.Field(default=None, min_length=1, max_length=100)


@register
class CategoryRename(FieldEditCommand[Any]):
    """Rename a category (its key, what rules refer to, stays), merged like any field edit:
    ``changes``: ``{"name": {"old": "Alumn", "new": "Alumnus"}}``."""

    name = "category.rename"
    roles = EDIT_ROLES
    model, id_arg, what = Category, "category_id", "Category"
    fields = CategoryFields
    named = "{row.name}"

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        if updates.get("name") and _same_name(ctx, updates["name"], other_than=row.id):
            raise _name_taken(updates["name"])


@register
class CategoryArchive(ArchiveCommand):
    """Archive a category (no longer given; persons keep it) or restore it.

    The categories the alumni processing gives cannot be archived: it would make them
    anew under the same key.
    """

    name = "category.archive"
    roles = EDIT_ROLES
    model, id_arg = Category, "category_id"
    named = "{row.name}"

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        if updates.get("archived") and row.key in set(CategoryKey):
            raise ValidationError(
                "{name} is given by the alumni processing and cannot be archived",
                field="archived",
                params={"name": row.name},
            )
        if updates.get("archived") is False and _same_name(ctx, row.name):
            raise _name_taken(row.name)


class PersonSetCategoryManyArgs(Args):
    person_ids: list[str] = pydantic.Field(min_length=1, max_length=10_000)
    category_key: str
    present: bool = True


@register
class PersonSetCategoryMany(Command[PersonSetCategoryManyArgs]):
    """Give (or take) one category to many persons at once: ``person.set_category`` for each
    (a person who has it already, or lacks it, is left as is), one command for a selection."""

    name = "person.set_category_many"
    shape = "set_membership"
    args_model = PersonSetCategoryManyArgs
    roles = EDIT_ROLES

    def run(self, ctx: CommandContext, args: PersonSetCategoryManyArgs) -> None:
        category = _category(ctx, args.category_key, present=args.present)
        wanted = list(dict.fromkeys(args.person_ids))
        # An import gives a category to thousands: the persons and their links are read a
        # chunk at a time, not a query or two per person.
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found = set(
                ctx.session.scalars(
                    select(Person.id).where(
                        Person.id.in_(chunk),
                        Person.tenant_id == ctx.actor.tenant_id,
                        Person.deleted_at.is_(None),
                    )
                )
            )
            missing = [pid for pid in chunk if pid not in found]
            if missing:
                raise NotFoundError(f"Person {missing[0]} was not found")
            links: dict[str, list[PersonCategory]] = {pid: [] for pid in chunk}
            for link in ctx.session.scalars(
                select(PersonCategory)
                .where(
                    PersonCategory.category_id == category.id,
                    PersonCategory.person_id.in_(chunk),
                )
                .order_by(PersonCategory.id)
            ):
                links[link.person_id].append(link)
            for pid in chunk:
                for link in set_person_category(
                    ctx.session,
                    tenant_id=ctx.actor.tenant_id,
                    person_id=pid,
                    category=category,
                    present=args.present,
                    now=ctx.now,
                    links=links[pid],
                ):
                    ctx.concern(link)


def withdrawal_entry(session: Session, consent: Consent) -> tuple[str, dict[str, Any]]:
    """The subject and data of the timeline entry of ``consent``'s withdrawal (on its
    person, :data:`ActivityKind.CONSENT_WITHDRAWN`): the round of the registration it was
    given for, and the channel. Not on the registration: the participant's timeline does
    not show the manager's consent."""
    round_name = (
        session.scalar(
            select(CourseRound.name)
            .join(Registration, Registration.round_id == CourseRound.id)
            .where(Registration.id == consent.registration_id)
        )
        if consent.registration_id
        else None
    )
    subject = "Consent withdrawn"
    data = {
        "consent_id": consent.id,
        "registration_id": consent.registration_id,
        "via": consent.withdrawn_via,
    }
    return (f"{subject}: {round_name}" if round_name else subject), data


class ConsentWithdrawArgs(Args):
    consent_id: str


@register
class ConsentWithdraw(Command[ConsentWithdrawArgs]):
    """Staff withdraw a person's consent on their behalf (GDPR art. 7(3)): the consent is
    kept as given, the withdrawal appended (when, via "staff"). Withdrawing a withdrawn
    consent changes nothing: the first withdrawal, its time and channel, stand."""

    name = "consent.withdraw"
    shape = "transition"
    roles = EDIT_ROLES

    def run(self, ctx: CommandContext, args: ConsentWithdrawArgs) -> None:
        consent = ctx.get(Consent, args.consent_id, what="Consent")
        if consent.kind not in WITHDRAWABLE:
            raise ValidationError(
                "Only a consent to the processing of personal data can be withdrawn",
                field="consent_id",
            )
        if consent.withdrawn_at is not None:
            return
        consent.withdrawn_at = ctx.now
        consent.withdrawn_via = WithdrawnVia.STAFF
        ctx.audit("consent.withdraw", consent, via=WithdrawnVia.STAFF)
        if consent.person_id:
            subject, data = withdrawal_entry(ctx.session, consent)
            ctx.add(
                Activity(
                    id=ctx.new_id("activity"),
                    person_id=consent.person_id,
                    kind=ActivityKind.CONSENT_WITHDRAWN,
                    subject=subject,
                    occurred_at=ctx.now,
                    actor=ctx.actor.email,
                    data=data,
                )
            )
