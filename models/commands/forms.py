"""Commands on a round's public sign-up form and its elements (seed 000).

A round has at most one sign-up form. Its elements are the questions of the
public page; ``APPROVING_MANAGER`` asks for the manager's name and e-mail
and, with ``require_email_confirmation``, makes the server mail the manager
a request to approve the new registration.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pydantic
from sqlalchemy import select

from models.commands.base import Args, Command, CommandContext, MultilineText, register
from models.commands.courses import COURSE_ROLES
from models.commands.edits import (
    FieldEditArgs,
    FieldEditCommand,
    MultilineField,
    RemoveCommand,
    SupersededCommand,
    merge_changes,
    set_fields,
)
from models.courses import CourseRound, FormElement, FormElementKind, SignupForm
from models.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError

#: Kinds a form can hold only once: each fills one field of the registration or person.
SINGLE_KINDS = frozenset(
    {
        FormElementKind.FIRST_NAME,
        FormElementKind.LAST_NAME,
        FormElementKind.EMAIL,
        FormElementKind.PHONE,
        FormElementKind.ORGANISATION,
        FormElementKind.APPROVING_MANAGER,
    }
)
MAX_OPTIONS = 100


def check_banner_url(value: str) -> str:
    """An empty text or an absolute http(s) URL with a host; raises ValidationError."""
    url = value.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
        raise ValidationError(
            "The banner must be an http(s) address of an image, as in https://example.se/b.png",
            field="banner_url",
        )
    return url


class SignupFormSetArgs(Args):
    form_id: str
    round_id: str
    heading: str = pydantic.Field(default="", max_length=200)
    intro: MultilineText = pydantic.Field(default="", max_length=20000)
    banner_url: str = pydantic.Field(default="", max_length=500)
    confirmation_text: MultilineText = pydantic.Field(default="", max_length=20000)
    published: bool = False


def _form_of_round(ctx: CommandContext, form_id: str, round_id: str) -> SignupForm | None:
    """The round's form ``form_id`` if it exists (concerned), None to create it.

    Refuses another tenant's id, a removed form, a second form for the round
    and moving a form to another round.
    """
    round_ = ctx.get(CourseRound, round_id, what="Course round")
    form = ctx.session.get(SignupForm, form_id)
    if form is not None and form.tenant_id != ctx.actor.tenant_id:
        # Reported like the server's guard reports a taken id: nothing revealed.
        raise PermissionDenied(f"The id {form_id} cannot be used")
    if form is not None and form.deleted_at is not None:
        raise NotFoundError(f"Sign-up form {form_id} was not found")
    other = ctx.session.execute(
        select(SignupForm.id).where(
            SignupForm.tenant_id == ctx.actor.tenant_id,
            SignupForm.round_id == round_.id,
            SignupForm.deleted_at.is_(None),
            SignupForm.id != form_id,
        )
    ).first()
    if other is not None:
        raise ConflictError(
            f"{round_.name} already has a sign-up form", details={"form_id": other[0]}
        )
    if form is not None:
        if form.round_id != round_.id:
            raise ValidationError("A sign-up form cannot move to another round", field="round_id")
        ctx.concern(form)
    return form


@register
class SignupFormSetV1(SupersededCommand[SignupFormSetArgs]):
    """Version 1 of ``signup_form.set``: every text and the flag."""

    name = "signup_form.set"
    args_model = SignupFormSetArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: SignupFormSetArgs) -> None:
        banner = check_banner_url(args.banner_url)
        form = _form_of_round(ctx, args.form_id, args.round_id)
        if form is None:
            form = SignupForm(id=args.form_id, round_id=args.round_id)
            ctx.add(form)
        form.heading = args.heading
        form.intro = args.intro
        form.banner_url = banner
        form.confirmation_text = args.confirmation_text
        form.published = args.published
        if args.published:  # the round's registration may open now (issue 16)
            ctx.effect("notify.round_opens", round_id=form.round_id)


class SignupFormFields(Args):
    heading: str | None = pydantic.Field(default=None, max_length=200)
    intro: MultilineField = pydantic.Field(default=None, max_length=20000)
    banner_url: str | None = pydantic.Field(default=None, max_length=500)
    confirmation_text: MultilineField = pydantic.Field(default=None, max_length=20000)
    published: bool | None = None


class SignupFormEditArgs(FieldEditArgs):
    fields_model = SignupFormFields
    form_id: str
    round_id: str


def _form_value(field: str, value: object) -> object:
    if field == "banner_url":
        return check_banner_url(str(value or ""))
    if field == "published":
        return bool(value)
    return "" if value is None else value


@register
class SignupFormSet(Command[SignupFormEditArgs]):
    """Create a round's sign-up form, or change some of its texts or whether it is published.

    Each change carries the value the user saw: one staff member changing the
    heading and another the published flag both apply; two changing the same
    text is a conflict the later one sees. A new form takes every value given.
    """

    name = "signup_form.set"
    version = 2
    shape = "field_edit"
    args_model = SignupFormEditArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: SignupFormEditArgs) -> None:
        form = _form_of_round(ctx, args.form_id, args.round_id)
        if form is None:
            form = SignupForm(
                id=args.form_id,
                round_id=args.round_id,
                heading="",
                intro="",
                banner_url="",
                confirmation_text="",
                published=False,
            )
            ctx.add(form)
            updates = {f: _form_value(f, c.new) for f, c in args.changes.items()}
        else:
            updates = merge_changes(
                ctx, form, args.changes, what="the sign-up form", normalise=_form_value
            )
        set_fields(ctx, form, updates)
        if updates.get("published"):  # the round's registration may open now (issue 16)
            ctx.effect("notify.round_opens", round_id=form.round_id)


class FormElementAddArgs(Args):
    element_id: str
    form_id: str
    kind: FormElementKind
    label: str = pydantic.Field(min_length=1, max_length=200)
    required: bool = False
    position: int = pydantic.Field(default=0, ge=0, le=10_000)
    require_email_confirmation: bool = False
    options: list[str] = pydantic.Field(default_factory=list, max_length=MAX_OPTIONS)


def _clean_options(kind: FormElementKind, options: list[str]) -> list[str]:
    if kind != FormElementKind.CHOICE:
        if options:
            raise ValidationError("Only a choice element has options", field="options")
        return []
    cleaned = [o.strip() for o in options]
    if not cleaned:
        raise ValidationError("A choice element needs at least one option", field="options")
    for i, option in enumerate(cleaned):
        if not option:
            raise ValidationError(f"Option {i + 1} is empty", field="options")
        if len(option) > 200:
            raise ValidationError(f"Option {i + 1} is longer than 200 characters", field="options")
    if len(set(cleaned)) != len(cleaned):
        raise ValidationError("The options must differ from each other", field="options")
    return cleaned


@register
class FormElementAdd(Command[FormElementAddArgs]):
    """Add a question to a sign-up form."""

    name = "form_element.add"
    shape = "create"
    args_model = FormElementAddArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: FormElementAddArgs) -> None:
        form = ctx.get(SignupForm, args.form_id, what="Sign-up form")
        kind = FormElementKind(args.kind)
        if args.require_email_confirmation and kind != FormElementKind.APPROVING_MANAGER:
            raise ValidationError(
                "Only the approving manager element can require confirmation by e-mail",
                field="require_email_confirmation",
            )
        options = _clean_options(kind, args.options)
        if kind in SINGLE_KINDS:
            taken = ctx.session.execute(
                select(FormElement.label).where(
                    FormElement.form_id == form.id,
                    FormElement.kind == kind.value,
                    FormElement.deleted_at.is_(None),
                )
            ).first()
            if taken is not None:
                raise ValidationError(
                    f"The form already has this kind of element ({taken[0]})", field="kind"
                )
        element = FormElement(
            id=args.element_id,
            form_id=form.id,
            kind=kind.value,
            label=args.label,
            required=args.required,
            position=args.position,
            require_email_confirmation=args.require_email_confirmation,
            options=options,
        )
        element.check_kind()
        ctx.add(element)


@register
class FormElementRemove(RemoveCommand):
    """Take a question off a sign-up form; answers already given stay on the registrations."""

    name = "form_element.remove"
    roles = COURSE_ROLES
    model, id_arg, what = FormElement, "element_id", "Form element"


class FormElementFields(Args):
    label: str | None = pydantic.Field(default=None, min_length=1, max_length=200)
    required: bool | None = None
    require_email_confirmation: bool | None = None
    options: list[str] | None = pydantic.Field(default=None, max_length=MAX_OPTIONS)


@register
class FormElementEdit(FieldEditCommand[Any]):
    """Change a question's label, whether it is required, its options or (the approving
    manager's) whether the manager confirms by e-mail; its kind stays.

    Each change carries the value the user saw, so edits of different settings
    merge and two edits of the same one are a conflict the later one sees.
    """

    name = "form_element.edit"
    roles = COURSE_ROLES
    model, id_arg, what = FormElement, "element_id", "Form element"
    fields = FormElementFields
    named = "the question {row.label}"

    def value(self, row: Any, field: str, value: Any) -> Any:
        kind = FormElementKind(row.kind)
        if field == "options":
            items = value if isinstance(value, list) else []
            return _clean_options(kind, [str(o) for o in items])
        if field == "require_email_confirmation":
            if value and kind != FormElementKind.APPROVING_MANAGER:
                raise ValidationError(
                    "Only the approving manager element can require confirmation by e-mail",
                    field="require_email_confirmation",
                )
            return bool(value)
        if field == "required":
            return bool(value)
        return str(value or "")


class FormElementMoveArgs(Args):
    element_id: str
    #: The question it goes after; None: first on the form.
    after_id: str | None = None


@register
class FormElementMove(Command[FormElementMoveArgs]):
    """Put a question right after another of the same form (or first).

    Placing relative to a neighbour rather than at a number keeps two users'
    moves of different questions meaningful together; the form's questions are
    then numbered 0, 1, 2 … in their new order.
    """

    name = "form_element.move"
    shape = "placement"
    args_model = FormElementMoveArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: FormElementMoveArgs) -> None:
        element = ctx.get(FormElement, args.element_id, what="Form element")
        if args.after_id == element.id:
            raise ValidationError("A question cannot go after itself", field="after_id")
        if args.after_id is not None:
            after = ctx.get(FormElement, args.after_id, what="Form element")
            if after.form_id != element.form_id:
                raise ValidationError(
                    "The questions are on different sign-up forms", field="after_id"
                )
        order = [
            e
            for e in ctx.session.scalars(
                select(FormElement)
                .where(
                    FormElement.form_id == element.form_id,
                    FormElement.deleted_at.is_(None),
                    FormElement.id != element.id,
                )
                .order_by(FormElement.position, FormElement.id)
            )
        ]
        at = 0 if args.after_id is None else [e.id for e in order].index(args.after_id) + 1
        order.insert(at, element)
        for position, e in enumerate(order):
            if e.position != position:
                e.position = position
                ctx.concern(e)
