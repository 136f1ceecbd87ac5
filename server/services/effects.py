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

from sqlalchemy.orm import Session

from models.commands import Actor, Effect
from models.courses import Course, CourseRound, Registration
from models.ids import utcnow
from models.people import Person
from models.tenancy import Tenant
from server.services.approval import LINK_LIFETIME, LINK_PURPOSE, issue_link
from server.services.mail import queue_mail
from server.settings import Settings


@dataclass(frozen=True)
class EffectContext:
    session: Session
    actor: Actor
    settings: Settings


Handler = Callable[[EffectContext, Effect], None]


class UnknownEffect(RuntimeError):
    pass


def round_lines(course: Course | None, round_: CourseRound | None) -> list[str]:
    """The course and round facts a mail names, one "Label: value" line each."""
    lines = [f"  Course:       {course.name}"] if course else []
    if round_ is not None:
        lines.append(f"  Course round: {round_.name}")
        dates = " – ".join(d.isoformat() for d in (round_.starts_on, round_.ends_on) if d)
        if dates:
            lines.append(f"  Dates:        {dates}")
        if round_.place:
            lines.append(f"  Place:        {round_.place}")
    return lines


def _approval_request(ctx: EffectContext, effect: Effect) -> None:
    """Issue a personal link for the approver and queue the request (or reminder) mail."""
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
    now = utcnow()
    lifetime = LINK_LIFETIME
    token = issue_link(
        s,
        tenant_id=ctx.actor.tenant_id,
        registration_id=reg.id,
        email=recipient,
        now=now,
        purpose=LINK_PURPOSE,
        lifetime=lifetime,
    )
    link = f"{ctx.settings.public_base_url}/approve/{token}"
    who = participant.full_name if participant else "A participant"
    what = course.name if course else "a course"
    greeting_name = manager.full_name if manager else (reg.form_manager_name or "")
    valid_until = (now + lifetime).date().isoformat()
    reminder = bool(data.get("reminder"))
    subject = f"{'Reminder: ' if reminder else ''}Please approve {who}'s registration for {what}"
    lines = [f"Hello {greeting_name},".replace(" ,", ","), ""]
    if reminder:
        lines += ["This is a reminder of our earlier request.", ""]
    lines += [
        f"{who} is registered for {what}, and you are named as the approving manager.",
        "",
        f"  Participant:  {who}",
        *round_lines(course, round_),
        "",
    ]
    message = str(data.get("message") or "").strip()
    if message:
        lines += [
            "Message from the course administrator:",
            "------------------------------------------------------------",
            *message.splitlines(),
            "------------------------------------------------------------",
            "",
        ]
    lines += [
        "Please review the registration, the terms and the consent to the processing of",
        "personal data, and approve the registration here:",
        "",
        link,
        "",
        f"The link is personal (for {recipient}), works once, and expires on {valid_until}.",
        "If you are not the right person to approve, tell the course administrator.",
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
