"""Commands on message templates (issue 16, :mod:`models.notifications`).

``message_template.create`` makes a draft for one event type and language,
``message_template.edit`` changes its name and texts (merged per field, each with the
value the user saw; a changed text makes it a draft again), ``message_template.publish``
makes the draft what is sent (``version`` + 1; its answer carries the bindings it changes,
:func:`models.notifications.bindings_of`).

``notification_binding.*`` bind a template (or the shipped default) to an event type in a
scope, to recipient kinds by channels; a binding only sends a template of its own event
type. ``notification_recipient.*`` keep the tenant's static recipients.

Every text is checked against its event type's placeholders when it is saved, here, on the
desktop and on the server alike.
"""

from __future__ import annotations

from typing import Annotated, Any

import pydantic
from sqlalchemy import select

from models.base import SyncMixin
from models.commands.base import Args, Command, CommandContext, MultilineText, register
from models.commands.edits import ArchiveCommand, FieldEditCommand, MultilineField
from models.courses import Course, CourseRound
from models.errors import ConflictError, NotFoundError, TransitionError, ValidationError
from models.notifications import (
    TEXT_FIELDS,
    Channel,
    EventType,
    Language,
    MessageTemplate,
    NotificationBinding,
    NotificationRecipient,
    RecipientKind,
    ScopeKind,
    TemplateState,
    bindings_of,
    check_text,
)
from models.organisations import Agent, Contract, Customer
from models.people import Category, Person
from models.tenancy import Membership, Role

#: Who may make and publish templates.
TEMPLATE_ROLES = frozenset({Role.ADMIN})

SUBJECT_LIMIT = 300
EMAIL_LIMIT = 20_000
SMS_LIMIT = 1_600


def _check_texts(event_type: str, texts: dict[str, str | None]) -> None:
    for field, text in texts.items():
        if text:
            check_text(event_type, text, field=field)


class TemplateCreateArgs(Args):
    template_id: str
    event_type: EventType
    name: str = pydantic.Field(min_length=1, max_length=200)
    language: Language
    subject: str = pydantic.Field(default="", max_length=SUBJECT_LIMIT)
    email_body: MultilineText = pydantic.Field(default="", max_length=EMAIL_LIMIT)
    sms_text: MultilineText = pydantic.Field(default="", max_length=SMS_LIMIT)


@register
class TemplateCreate(Command[TemplateCreateArgs]):
    """Make a message template (a draft) for one event type and language."""

    name = "message_template.create"
    shape = "create"
    args_model = TemplateCreateArgs
    roles = TEMPLATE_ROLES

    def run(self, ctx: CommandContext, args: TemplateCreateArgs) -> None:
        _check_texts(args.event_type, {f: getattr(args, f) for f in TEXT_FIELDS})
        ctx.add(
            ctx.new_from(
                MessageTemplate,
                args,
                "template_id",
                event_type=args.event_type.value,
                language=args.language.value,
                state=TemplateState.DRAFT.value,
                version=0,
                published_subject="",
                published_email_body="",
                published_sms_text="",
            )
        )


class TemplateFields(Args):
    """The editable fields of a template (``message_template.edit``); its event type and
    language are what it was made for and do not change."""

    name: str | None = pydantic.Field(default=None, min_length=1, max_length=200)
    subject: str | None = pydantic.Field(default=None, max_length=SUBJECT_LIMIT)
    email_body: MultilineField = pydantic.Field(default=None, max_length=EMAIL_LIMIT)
    sms_text: MultilineField = pydantic.Field(default=None, max_length=SMS_LIMIT)


@register
class TemplateEdit(FieldEditCommand[Any]):
    """Edit a template's name and texts, merged per field. A changed text makes the
    template a draft: what is sent stays the published text until it is published."""

    name = "message_template.edit"
    roles = TEMPLATE_ROLES
    model, id_arg, what = MessageTemplate, "template_id", "Message template"
    fields = TemplateFields
    named = "the template {row.name}"

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        _check_texts(row.event_type, {f: updates[f] for f in TEXT_FIELDS if f in updates})
        if any(f in updates for f in TEXT_FIELDS):
            updates["state"] = TemplateState.DRAFT.value


class TemplatePublishArgs(Args):
    template_id: str
    #: The version the user saw (the one the publish replaces).
    expected_version: int = pydantic.Field(ge=0)


@register
class TemplatePublish(Command[TemplatePublishArgs]):
    """Make the draft what is sent: its texts are copied to the published ones and the
    version counts up. Published from a stale view (someone published meanwhile) is a
    conflict; the same publish arriving twice is done once."""

    name = "message_template.publish"
    shape = "expected_state"
    args_model = TemplatePublishArgs
    roles = TEMPLATE_ROLES

    def run(self, ctx: CommandContext, args: TemplatePublishArgs) -> None:
        template = ctx.get(MessageTemplate, args.template_id, what="Message template")
        drafted = tuple(getattr(template, f) for f in TEXT_FIELDS)
        published = tuple(getattr(template, f"published_{f}") for f in TEXT_FIELDS)
        if template.version == args.expected_version + 1 and drafted == published:
            return  # this publish, already done
        if template.version != args.expected_version:
            raise ConflictError(
                "The template {name} was published as version {version} meanwhile",
                params={"name": template.name, "version": template.version},
                details={"version": template.version},
            )
        if template.state == TemplateState.PUBLISHED and drafted == published:
            raise TransitionError(
                "The template {name} has no changes to publish", params={"name": template.name}
            )
        if not template.subject.strip() and not template.sms_text.strip():
            raise ValidationError("A template needs a subject or an SMS text", field="subject")
        if template.subject.strip() and not template.email_body.strip():
            raise ValidationError("An e-mail needs its text", field="email_body")
        _check_texts(template.event_type, dict(zip(TEXT_FIELDS, drafted, strict=True)))
        for field, text in zip(TEXT_FIELDS, drafted, strict=True):
            setattr(template, f"published_{field}", text)
        template.state = TemplateState.PUBLISHED.value
        template.version = args.expected_version + 1
        ctx.concern(template)
        # The answer names the bindings the publish changes: their rows come with it.
        changed = bindings_of(ctx.session, template.id)
        for binding in changed:
            ctx.concern(binding)
        ctx.audit(
            "message_template.publish",
            template,
            version=template.version,
            by=ctx.actor.label,
            bindings=[b.id for b in changed],
        )


# -- bindings -------------------------------------------------------------------------------

#: The rows a binding's scope can name (the tenant names none).
_SCOPES: dict[ScopeKind, tuple[type[SyncMixin], str]] = {
    ScopeKind.CATEGORY: (Category, "Category"),
    ScopeKind.COURSE: (Course, "Course"),
    ScopeKind.ROUND: (CourseRound, "Course round"),
    ScopeKind.AGENT: (Agent, "Agent"),
    ScopeKind.CUSTOMER: (Customer, "Customer"),
    ScopeKind.CONTRACT: (Contract, "Contract"),
}

#: A list of distinct recipient kinds / channels, at least one.
RecipientKinds = Annotated[list[RecipientKind], pydantic.Field(min_length=1, max_length=4)]
Channels = Annotated[list[Channel], pydantic.Field(min_length=1, max_length=2)]


def _check_template(ctx: CommandContext, event_type: str, template_id: str | None) -> None:
    """The seed's rule: a binding sends only a template made for its event type."""
    if template_id is None:
        return
    template = ctx.get(MessageTemplate, template_id, what="Message template")
    if template.event_type != event_type:
        raise ValidationError(
            "The template {name} is made for {template_event}, not for {event}",
            field="template_id",
            params={
                "name": template.name,
                "template_event": template.event_type,
                "event": event_type,
            },
        )


def _check_scope(ctx: CommandContext, kind: str, scope_id: str | None) -> None:
    if kind == ScopeKind.TENANT:
        if scope_id is not None:
            raise ValidationError("A binding for the whole tenant names no row", field="scope_id")
        return
    if not scope_id:
        raise ValidationError("Choose what the binding is for", field="scope_id")
    model, what = _SCOPES[ScopeKind(kind)]
    ctx.get(model, scope_id, what=what)


def _distinct(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


class BindingCreateArgs(Args):
    binding_id: str
    event_type: EventType
    #: None: the event's shipped default template.
    template_id: str | None = None
    scope_kind: ScopeKind = ScopeKind.TENANT
    scope_id: str | None = pydantic.Field(default=None, max_length=36)
    recipients: RecipientKinds
    channels: Channels = pydantic.Field(default_factory=lambda: [Channel.EMAIL])


@register
class BindingCreate(Command[BindingCreateArgs]):
    """Bind a template (or the shipped default) to an event type in a scope: the tenant, a
    category, course or round, an agent, customer or contract; to whom and by which
    channels it goes."""

    name = "notification_binding.create"
    shape = "create"
    args_model = BindingCreateArgs
    roles = TEMPLATE_ROLES

    def run(self, ctx: CommandContext, args: BindingCreateArgs) -> None:
        _check_template(ctx, args.event_type.value, args.template_id)
        _check_scope(ctx, args.scope_kind.value, args.scope_id)
        ctx.add(
            NotificationBinding(
                id=args.binding_id,
                event_type=args.event_type.value,
                template_id=args.template_id,
                scope_kind=args.scope_kind.value,
                scope_id=args.scope_id,
                recipients=_distinct([r.value for r in args.recipients]),
                channels=_distinct([c.value for c in args.channels]),
            )
        )


class BindingFields(Args):
    """The editable fields of a binding; its event type is what it was made for."""

    template_id: str | None = None
    scope_kind: ScopeKind | None = None
    scope_id: str | None = pydantic.Field(default=None, max_length=36)
    recipients: RecipientKinds | None = None
    channels: Channels | None = None


class _AdminFieldEdit(FieldEditCommand[Any]):
    """A field edit of a notification setting, by its administrators."""

    roles = TEMPLATE_ROLES

    def label(self, ctx: CommandContext, row: Any) -> str:
        return f"the {self.what.lower()}"


@register
class BindingEdit(_AdminFieldEdit):
    """Change a binding's template, scope, recipients or channels, merged per field."""

    name = "notification_binding.edit"
    model, id_arg, what = NotificationBinding, "binding_id", "Notification binding"
    fields = BindingFields

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        for listed in ("recipients", "channels"):
            if listed in updates:
                updates[listed] = _distinct([str(v) for v in updates[listed]])
        merged = {
            k: updates.get(k, getattr(row, k)) for k in ("template_id", "scope_kind", "scope_id")
        }
        _check_template(ctx, row.event_type, merged["template_id"])
        _check_scope(ctx, str(merged["scope_kind"]), merged["scope_id"])


@register
class BindingArchive(ArchiveCommand):
    """Archive a binding (it no longer sends), or take it back out of the archive."""

    name = "notification_binding.archive"
    roles = TEMPLATE_ROLES
    model, id_arg = NotificationBinding, "binding_id"

    def restored(self, ctx: CommandContext, row: Any) -> None:
        _check_template(ctx, row.event_type, row.template_id)


# -- static recipients ----------------------------------------------------------------------


class RecipientCreateArgs(Args):
    recipient_id: str
    person_id: str = pydantic.Field(min_length=1, max_length=36)
    role: str = pydantic.Field(default="", max_length=200)
    #: The user the person is, if they have a login.
    user_id: str | None = pydantic.Field(default=None, max_length=36)


def _check_user(ctx: CommandContext, user_id: str | None) -> None:
    # Users live on the server only: the client cannot check the id, the server does.
    if (
        user_id
        and ctx.actor.authoritative
        and not ctx.session.scalar(
            select(Membership.id).where(
                Membership.user_id == user_id, Membership.tenant_id == ctx.actor.tenant_id
            )
        )
    ):
        raise NotFoundError(f"User {user_id} was not found")


@register
class RecipientCreate(Command[RecipientCreateArgs]):
    """Make a person a static recipient of the tenant's notifications (with or without a
    login; their name, addresses and numbers are the person's)."""

    name = "notification_recipient.create"
    shape = "create"
    args_model = RecipientCreateArgs
    roles = TEMPLATE_ROLES

    def run(self, ctx: CommandContext, args: RecipientCreateArgs) -> None:
        ctx.get(Person, args.person_id, what="Person")
        _check_user(ctx, args.user_id)
        ctx.add(ctx.new_from(NotificationRecipient, args, "recipient_id"))


class RecipientFields(Args):
    role: str | None = pydantic.Field(default=None, max_length=200)
    user_id: str | None = pydantic.Field(default=None, max_length=36)


@register
class RecipientEdit(_AdminFieldEdit):
    """Change a static recipient's role or the user they are, merged per field."""

    name = "notification_recipient.edit"
    model, id_arg, what = NotificationRecipient, "recipient_id", "Notification recipient"
    fields = RecipientFields

    def check(self, ctx: CommandContext, row: Any, updates: dict[str, Any]) -> None:
        if updates.get("user_id"):
            _check_user(ctx, updates["user_id"])


@register
class RecipientArchive(ArchiveCommand):
    """Archive a static recipient (they get nothing more), or take them back."""

    name = "notification_recipient.archive"
    roles = TEMPLATE_ROLES
    model, id_arg = NotificationRecipient, "recipient_id"
