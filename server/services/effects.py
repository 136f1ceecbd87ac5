"""Carrying out command effects on the server (``models.commands.Effect``).

A command returns effects for what only the server does, such as sending a
mail. They run in the command's transaction, right after it applied: a mail
is queued exactly when the change that caused it commits. Each effect kind
has one handler in :data:`HANDLERS`; an effect without one is an error (a
model change the server does not know yet), never silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.orm import Session

from models.commands import Actor, Effect
from models.courses import Course, CourseRound, Registration
from models.ids import utcnow
from models.people import Person
from models.tenancy import Tenant
from server.services.approval import LINK_PURPOSE, issue_link
from server.services.mail import queue_mail
from server.settings import Settings

APPROVAL_LINK_DAYS = 14


@dataclass(frozen=True)
class EffectContext:
    session: Session
    actor: Actor
    settings: Settings


Handler = Callable[[EffectContext, Effect], None]


class UnknownEffect(RuntimeError):
    pass


def _approval_request(ctx: EffectContext, effect: Effect) -> None:
    s = ctx.session
    data = effect.data
    recipient = str(data["recipient"])
    reg = s.get(Registration, str(data["registration_id"]))
    if reg is None or reg.tenant_id != ctx.actor.tenant_id:
        raise UnknownEffect("approval request for a registration that is not there")
    round_ = s.get(CourseRound, reg.round_id)
    course = s.get(Course, round_.course_id) if round_ else None
    participant = s.get(Person, reg.participant_id)
    manager = s.get(Person, reg.approving_manager_id) if reg.approving_manager_id else None
    tenant = s.get(Tenant, ctx.actor.tenant_id)
    token = issue_link(
        s,
        tenant_id=ctx.actor.tenant_id,
        registration_id=reg.id,
        email=recipient,
        now=utcnow(),
        purpose=LINK_PURPOSE,
        lifetime=timedelta(days=APPROVAL_LINK_DAYS),
    )
    link = f"{ctx.settings.public_base_url}/approve/{token}"
    who = participant.full_name if participant else "A participant"
    what = course.name if course else "a course"
    round_text = ""
    if round_ is not None:
        dates = " – ".join(d.isoformat() for d in (round_.starts_on, round_.ends_on) if d)
        details = ", ".join(x for x in (dates, round_.place) if x)
        round_text = f", {round_.name}" + (f" ({details})" if details else "")
    greeting_name = manager.full_name if manager else (reg.form_manager_name or "")
    valid_until = (utcnow() + timedelta(days=APPROVAL_LINK_DAYS)).date().isoformat()
    reminder = bool(data.get("reminder"))
    subject = f"{'Reminder: ' if reminder else ''}Please approve {who}'s registration for {what}"
    lines = [
        f"Hello {greeting_name},".replace(" ,", ","),
        "",
        f"{who} is registered for {what}{round_text}.",
        "As approving manager, please review and approve the registration here:",
        "",
        link,
        "",
    ]
    message = str(data.get("message") or "").strip()
    if message:
        lines += [f"Message from {ctx.actor.label}:", message, ""]
    lines += [
        f"The link is for you only and can be used until {valid_until}.",
        "",
        tenant.name if tenant else "",
    ]
    queue_mail(
        session=s,
        settings=ctx.settings,
        tenant_id=ctx.actor.tenant_id,
        kind=effect.kind,
        to_address=recipient,
        subject=subject,
        body_text="\n".join(lines),
        related_id=reg.id,
    )


HANDLERS: dict[str, Handler] = {
    "mail.approval_request": _approval_request,
}


def run_effects(
    *, session: Session, actor: Actor, settings: Settings, effects: list[Effect]
) -> int:
    """Carry out ``effects`` in ``session``; returns how many queued a mail or message."""
    ctx = EffectContext(session=session, actor=actor, settings=settings)
    for effect in effects:
        handler = HANDLERS.get(effect.kind)
        if handler is None:
            raise UnknownEffect(f"no handler for effect {effect.kind!r}")
        handler(ctx, effect)
    session.flush()
    return len(effects)
