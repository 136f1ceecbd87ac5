"""Commands on message templates (issue 16, :mod:`models.notifications`).

``message_template.create`` makes a draft for one event type and language,
``message_template.edit`` changes its name and texts (merged per field, each with the
value the user saw; a changed text makes it a draft again), ``message_template.publish``
makes the draft what is sent (``version`` + 1). Every text is checked against its event
type's placeholders when it is saved, here, on the desktop and on the server alike.
"""

from __future__ import annotations

from typing import Annotated

import pydantic

from models.commands.base import MULTILINE, Args, Command, CommandContext, MultilineText, register
from models.commands.edits import FieldEditArgs, merge_changes, set_fields
from models.errors import ConflictError, TransitionError, ValidationError
from models.notifications import (
    TEXT_FIELDS,
    EventType,
    Language,
    MessageTemplate,
    TemplateState,
    check_text,
)
from models.tenancy import Role

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
            MessageTemplate(
                id=args.template_id,
                event_type=args.event_type.value,
                name=args.name,
                language=args.language.value,
                subject=args.subject,
                email_body=args.email_body,
                sms_text=args.sms_text,
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
    email_body: Annotated[str | None, MULTILINE] = pydantic.Field(
        default=None, max_length=EMAIL_LIMIT
    )
    sms_text: Annotated[str | None, MULTILINE] = pydantic.Field(default=None, max_length=SMS_LIMIT)


class TemplateEditArgs(FieldEditArgs):
    fields_model = TemplateFields
    template_id: str


@register
class TemplateEdit(Command[TemplateEditArgs]):
    """Edit a template's name and texts, merged per field. A changed text makes the
    template a draft: what is sent stays the published text until it is published."""

    name = "message_template.edit"
    shape = "field_edit"
    args_model = TemplateEditArgs
    roles = TEMPLATE_ROLES

    def run(self, ctx: CommandContext, args: TemplateEditArgs) -> None:
        template = ctx.get(MessageTemplate, args.template_id, what="Message template")
        updates = merge_changes(ctx, template, args.changes, what=f"the template {template.name}")
        _check_texts(template.event_type, {f: updates[f] for f in TEXT_FIELDS if f in updates})
        if any(f in updates for f in TEXT_FIELDS):
            updates["state"] = TemplateState.DRAFT.value
        set_fields(ctx, template, updates)


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
        ctx.audit(
            "message_template.publish",
            template,
            version=template.version,
            by=ctx.actor.label,
        )
