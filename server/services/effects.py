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

from models.alumni import AlumniRegistration
from models.commands import Actor, Effect
from models.courses import Course, CourseRound, Registration
from models.ids import utcnow
from models.notifications import EventType
from models.people import Person
from models.tenancy import Tenant
from server.i18n import gettext, use_language
from server.services.alumni.notices import tell_outcome
from server.services.approval import APPROVAL_LINK, OFFER_LINK, issue_link
from server.services.booking import BOOKING_HANDLERS
from server.services.mail_text import round_lines
from server.services.notify import Recipient, notify, registration_concerns
from server.services.reports import send_participant_list
from server.services.round_notices import NOTICE_HANDLERS
from server.settings import Settings


@dataclass(frozen=True)
class EffectContext:
    session: Session
    actor: Actor
    settings: Settings
    #: The pushed command whose effects these are (None: not a client's command). What an
    #: effect makes outside (a card refund) takes its id from it, so the same command sent
    #: again after a restore from a backup makes the same thing (provider idempotency).
    command_id: str | None = None


Handler = Callable[[EffectContext, Effect], None]


class UnknownEffect(RuntimeError):
    pass


def _approval_request(ctx: EffectContext, effect: Effect) -> None:
    """Issue a personal link for the approver and send the request (or reminder) through
    :func:`server.services.notify.notify`, in the tenant's language."""
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
    token = issue_link(
        s, APPROVAL_LINK, tenant_id=ctx.actor.tenant_id, entity_id=reg.id, email=recipient, now=now
    )
    name = manager.full_name if manager else (reg.form_manager_name or "")
    with use_language(tenant.language if tenant else "en"):  # the tenant's own language
        who = (participant.full_name if participant else "") or gettext("A participant")
        message = str(data.get("message") or "").strip()
        values = {
            "participant_name": who,
            "participant_first_name": participant.first_name if participant else "",
            "course": (course.name if course else "") or gettext("a course"),
            "round": round_.name if round_ else "",
            "round_details": "\n".join(
                round_lines(course, round_, first=[(gettext("Participant"), who)])
            ),
            "manager_name": name,
            "manager_email": recipient,
            "message": "\n".join(
                _framed(gettext("Message from the course administrator:"), message)
            )
            if message
            else "",
            "link": f"{ctx.settings.public_base_url}/approve/{token}",
            "link_valid_until": (now + APPROVAL_LINK.lifetime).date().isoformat(),
        }
    reminder = bool(data.get("reminder"))
    notify(
        s,
        ctx.settings,
        tenant_id=ctx.actor.tenant_id,
        event=EventType.REGISTRATION_APPROVAL_REMINDER
        if reminder
        else EventType.REGISTRATION_APPROVAL_REQUESTED,
        values=values,
        concerns=registration_concerns(s, reg),
        recipients={
            "approving_manager": [
                Recipient(
                    "approving_manager",
                    name,
                    (recipient,),
                    person_id=manager.id if manager else None,
                )
            ]
        },
        related_id=reg.id,
        kind=effect.kind,
        personal=True,
    )


def _framed(title: str, text: str) -> list[str]:
    """``text`` under ``title`` between two rules, its lines as they are."""
    rule = "-" * 60
    return [title, rule, *text.splitlines(), rule]


def _waiting_list_offer(ctx: EffectContext, effect: Effect) -> None:
    """Effect ``mail.waiting_list_offer``: a personal accept link to the offered participant.

    A participant without an e-mail address gets no mail; the offer then expires (the
    job :func:`server.services.waiting_list.expire_offers` passes it on) unless staff
    move them by hand.
    """
    s = ctx.session
    reg = s.get(Registration, str(effect.data["registration_id"]))
    if reg is None or reg.tenant_id != ctx.actor.tenant_id:
        raise ValueError("waiting-list offer for a registration that is not there")
    participant = s.get_one(Person, reg.participant_id)
    round_ = s.get_one(CourseRound, reg.round_id)
    course = s.get(Course, round_.course_id)
    tenant = s.get(Tenant, reg.tenant_id)
    now = utcnow()
    address = participant.primary_email or ""
    token = issue_link(
        s, OFFER_LINK, tenant_id=reg.tenant_id, entity_id=reg.id, email=address, now=now
    )
    if not address:
        return
    with use_language(tenant.language if tenant else "en"):
        details = "\n".join(round_lines(course, round_))
    notify(
        s,
        ctx.settings,
        tenant_id=reg.tenant_id,
        event=EventType.REGISTRATION_WAITING_LIST_OFFER,
        values={
            "participant_name": participant.full_name,
            "participant_first_name": participant.first_name,
            "course": course.name if course else round_.name,
            "round": round_.name,
            "round_details": details,
            "link": f"{ctx.settings.public_base_url}/offer/{token}",
            "offer_valid_until": (now + OFFER_LINK.lifetime).date().isoformat(),
        },
        concerns=registration_concerns(s, reg),
        # The offer link is the participant's: to the address it was issued for.
        recipients={
            "participant": [
                Recipient(
                    "participant", participant.full_name, (address,), person_id=participant.id
                )
            ]
        },
        related_id=reg.id,
        kind=effect.kind,
        personal=True,
    )


def _participant_list(ctx: EffectContext, effect: Effect) -> None:
    """``round.send_participant_list``: the round's report links to its recipients."""
    send_participant_list(
        ctx.session,
        ctx.settings,
        tenant_id=ctx.actor.tenant_id,
        round_id=effect.data["round_id"],
        customer_id=effect.data.get("customer_id"),
        contract_id=effect.data.get("contract_id"),
        sent_by=ctx.actor.email,
        now=utcnow(),
    )


def _alumni_outcome(ctx: EffectContext, effect: Effect) -> None:
    """Effect ``alumni.outcome``: the alumnus is told an officer's decision (once)."""
    reg = ctx.session.get(AlumniRegistration, str(effect.data["alumni_registration_id"]))
    if reg is None or reg.tenant_id != ctx.actor.tenant_id:
        raise UnknownEffect("alumni outcome of a registration that is not there")
    tell_outcome(ctx.session, ctx.settings, reg)


HANDLERS: dict[str, Handler] = {
    "mail.approval_request": _approval_request,
    "alumni.outcome": _alumni_outcome,
    "round.participant_list": _participant_list,
    "mail.waiting_list_offer": _waiting_list_offer,
    **NOTICE_HANDLERS,
    **BOOKING_HANDLERS,
}


def run_effects(
    *,
    session: Session,
    actor: Actor,
    settings: Settings,
    effects: list[Effect],
    command_id: str | None = None,
) -> int:
    """Carry out ``effects`` in ``session``; returns how many queued a mail or message."""
    ctx = EffectContext(session=session, actor=actor, settings=settings, command_id=command_id)
    for effect in effects:
        handler = HANDLERS.get(effect.kind)
        if handler is None:
            raise UnknownEffect(f"no handler for effect {effect.kind!r}")
        handler(ctx, effect)
    session.flush()
    return len(effects)
