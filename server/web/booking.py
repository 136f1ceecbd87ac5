"""A person's booking pages (issue 17; seed 003): the personal link of a mail recognises
them (:mod:`server.services.booking_links`), so they book without typing their details.

* ``GET /book/{token}``: "Hello Maria" and the open rounds, the follow-ups of what they
  completed first; each links to its round's page.
* ``GET /book/{token}/{round_id}``: one round: on a partner course the choice of a former
  partner (by name only), a new partner (invited by mail) or alone; the person's price
  line by line; the round's cancellation terms in words; "Confirm booking".
* ``POST /book/{token}/{round_id}``: books (:func:`server.services.booking.book`, a pair
  with :func:`~server.services.booking.book_pair`) under the tenant's lock and says what
  happened: a place, the waiting list or a review and why, and what to pay. A price that
  changed since the page was shown is the page again (409) with the new price.
* ``POST /book/{token}/pay/{registration_id}``: "Pay now by card" on the done page (issue 18):
  a checkout with the tenant's card provider for what the booking's invoice still owes
  (:mod:`server.services.card`), answered by a redirect (303) to the provider's page.

A forged or unknown link is a 404 page, an expired one 410; a round of another tenant, or
one not open, is not offered. The form's CSRF token is bound to the link and the round;
bookings are rate-limited per client address like the sign-up form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, TypedDict

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.booking import terms_for
from models.courses import CourseRound, Registration, RegistrationStatus
from models.errors import DomainError, ValidationError
from models.ids import utcnow
from models.people import Person
from models.validators import normalize_email
from server.api.deps import DbDep, SettingsDep, client_address
from server.services import card
from server.services.approval import LinkProblem
from server.services.auth import token_hash
from server.services.booking import (
    REVIEW_TEXT,
    WAITING_PRICE,
    WAITING_TEXT,
    Booked,
    PriceChanged,
    book,
    book_pair,
    fingerprint,
    quote_for,
    review_reasons,
)
from server.services.booking_links import person_of_link
from server.services.catalogue import OpenRound, follow_up_course_ids, open_rounds, plausible
from server.services.database import Database
from server.services.partners import invite_partner, partners_of
from server.services.rate_limits import RateLimited, RateLimiter
from server.services.scope import get_for_tenant
from server.services.seq import lock_tenant
from server.settings import Settings
from server.web.csrf import PostedForm, checked_form, form_token
from server.web.i18n import N_, _, domain_text
from server.web.prices import price_lines, reason_texts, terms_texts
from server.web.signup import too_many
from server.web.templates import link_problem, render

router = APIRouter(include_in_schema=False)

MAX_BOOKING_BYTES = 8 * 1024
#: Bookings per client address and link within the window (refusals count too).
RATE_LIMIT = 30
RATE_WINDOW_SECONDS = 600.0
limiter = RateLimiter(RATE_LIMIT, RATE_WINDOW_SECONDS)

#: A registration's status in the words of the booking page.
STATUS_TEXTS: dict[str, str] = {
    RegistrationStatus.REGISTERED: N_("You have a place"),
    RegistrationStatus.WAITING: N_("You are on the waiting list"),
    RegistrationStatus.OFFERED: N_("A place is offered to you: see our e-mail"),
    RegistrationStatus.REVIEW: N_("Your sign-up waits for review"),
}
EXPIRED_TEXT = N_("The page had expired, so nothing was booked. Check it and confirm again.")
NO_CARD_TEXT = N_("There is nothing to pay by card for this booking.")
CARD_DOWN_TEXT = N_(
    "The card payment could not be started. Try again in a while, or pay by the invoice "
    "we e-mail you."
)
#: The partner choice's values besides a former partner's id.
NEW_PARTNER, ALONE = "new", ""


def csrf_binding(token: str, round_id: str) -> str:
    """What a round page's form is bound to: this link and this round."""
    return f"book:{token_hash(token)}:{round_id}"


def pay_binding(token: str, registration_id: str) -> str:
    """What the done page's "Pay now by card" form is bound to: this link and booking."""
    return f"bookpay:{token_hash(token)}:{registration_id}"


@dataclass(frozen=True)
class Visitor:
    """Whom a link recognised."""

    tenant_id: str
    person: Person


def _visitor(session: Session, token: str) -> Visitor:
    """The person of a live link (LinkProblem otherwise)."""
    tenant_id, person_id = person_of_link(session, token, now=utcnow())
    person = session.get(Person, person_id)
    assert person is not None  # person_of_link found them live
    return Visitor(tenant_id, person)


def _live_statuses(session: Session, visitor: Visitor) -> dict[str, str]:
    """The person's registrations that are not cancelled: status by round id."""
    found = session.execute(
        select(Registration.round_id, Registration.status).where(
            Registration.tenant_id == visitor.tenant_id,
            Registration.participant_id == visitor.person.id,
            Registration.deleted_at.is_(None),
            Registration.status != RegistrationStatus.CANCELLED,
        )
    )
    return {round_id: status for round_id, status in found}


@router.get("/book/{token}")
def booking_page(request: Request, token: str, db: DbDep) -> HTMLResponse:
    """The person's page: the rounds they can book, their follow-ups first."""
    with db.sessions() as s:
        try:
            visitor = _visitor(s, token)
        except LinkProblem as exc:
            return link_problem(request, exc)
        today = utcnow().date()
        rounds = open_rounds(s, visitor.tenant_id, today=today)
        follows = follow_up_course_ids(s, visitor.tenant_id, visitor.person.id, today=today)
        return render(
            request,
            "public/book.html",
            first_name=visitor.person.first_name or visitor.person.full_name,
            follow_ups=[r for r in rounds if r.course.id in follows],
            others=[r for r in rounds if r.course.id not in follows],
            statuses={k: _(v) for k, v in STATUS_TEXTS.items()},
            booked=_live_statuses(s, visitor),
            base=f"/book/{token}",
        )


class RoundUnavailable(DomainError):
    """The round cannot be booked through this link; ``status`` is the page's."""

    code = "round_unavailable"

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


def _offered(session: Session, visitor: Visitor, round_id: str) -> OpenRound:
    """The round ``round_id`` of the link's tenant, open for booking now."""
    round_ = None
    if plausible(round_id, 36):
        round_ = get_for_tenant(session, CourseRound, round_id, visitor.tenant_id)
    if round_ is None:
        raise RoundUnavailable(
            N_("This course was not found. Open it from the list of courses."), status=404
        )
    found = open_rounds(session, visitor.tenant_id, today=utcnow().date(), round_ids=[round_.id])
    if not found:
        raise RoundUnavailable(
            N_("Booking for this course is closed. Choose another one from the list."),
            status=410,
        )
    return found[0]


def _unavailable(request: Request, exc: RoundUnavailable, token: str) -> HTMLResponse:
    return render(
        request,
        "public/message.html",
        exc.status,
        heading=_("Course not found") if exc.status == 404 else _("Booking is closed"),
        message=_(exc.message),
        tone="bad",
        back=f"/book/{token}",
    )


@dataclass
class Choice:
    """What the round page's form says about a partner."""

    value: str = ALONE
    name: str = ""
    email: str = ""


@router.get("/book/{token}/{round_id}")
def round_page(
    request: Request, token: str, round_id: str, db: DbDep, settings: SettingsDep
) -> HTMLResponse:
    """One round: partner, price, terms and "Confirm booking"."""
    return _round_response(request, db, settings, token, round_id)


def _choice(form: PostedForm, offered: OpenRound, partner_ids: set[str]) -> Choice:
    """The partner choice of the form, checked (ValidationError of field ``partner``,
    ``partner_name`` or ``partner_email``)."""
    if not offered.round.partner_course:
        return Choice()
    value = form.get("partner")
    choice = Choice(
        value or ALONE, form.get("partner_name", "").strip(), form.get("partner_email", "").strip()
    )
    if value is None:
        raise ValidationError(
            N_("Choose whom you sign up with, or that you sign up alone."), field="partner"
        )
    if value == NEW_PARTNER:
        if not choice.name or len(choice.name) > 200:
            raise ValidationError(N_("Write your partner's name."), field="partner_name")
        choice.email = normalize_email(choice.email, field="partner_email")
    elif value != ALONE and value not in partner_ids:
        raise ValidationError(
            N_("Choose one of the partners listed, or invite someone new."), field="partner"
        )
    return choice


@dataclass
class Done:
    """What a confirmed booking did."""

    me: Booked
    partner: Booked | None = None
    partner_name: str = ""
    invited: str = ""


class _Where(TypedDict):
    """Which booking: the tenant, the round, the moment."""

    tenant_id: str
    round_id: str
    now: datetime


def _book(
    session: Session,
    settings: Settings,
    visitor: Visitor,
    offered: OpenRound,
    choice: Choice,
    shown: str | None,
) -> Done:
    """Book under the tenant's lock (the caller's transaction)."""
    now = utcnow()
    person_id = visitor.person.id
    where = _Where(tenant_id=visitor.tenant_id, round_id=offered.round.id, now=now)
    if choice.value == NEW_PARTNER:
        partner = invite_partner(
            session, settings, **where, inviter_id=person_id, name=choice.name,
            email=choice.email,
        )  # fmt: skip
        if partner.id == person_id:
            raise ValidationError(
                N_("That is your own address: write your partner's."), field="partner_email"
            )
        me = book(session, settings, **where, person_id=person_id, partner_id=partner.id,
                  shown=shown)  # fmt: skip
        return Done(me, invited=partner.full_name)
    if choice.value != ALONE:
        me, other = book_pair(
            session, settings, **where, person_id=person_id, partner_id=choice.value, shown=shown
        )
        partner_person = session.get(Person, other.person_id)
        name = partner_person.full_name if partner_person else ""
        return Done(me, other, partner_name=name)
    return Done(book(session, settings, **where, person_id=person_id, shown=shown))


def _link_and_round(
    request: Request, session: Session, token: str, round_id: str
) -> tuple[Visitor, OpenRound] | HTMLResponse:
    """Whom the link recognises and the round they may book, or the page saying why not."""
    try:
        visitor = _visitor(session, token)
        return visitor, _offered(session, visitor, round_id)
    except LinkProblem as exc:
        return link_problem(request, exc)
    except RoundUnavailable as exc:
        return _unavailable(request, exc, token)


def _field_error(exc: ValidationError) -> dict[str, str]:
    return {exc.field or "partner": domain_text(exc)}


def _round_response(
    request: Request,
    db: Database,
    settings: Settings,
    token: str,
    round_id: str,
    *,
    status: int = 200,
    choice: Choice | None = None,
    errors: dict[str, str] | None = None,
    top_error: str | None = None,
    changed: bool = False,
) -> HTMLResponse:
    """The round's page (again, after a refused booking: nothing was booked)."""
    with db.sessions() as s:
        found = _link_and_round(request, s, token, round_id)
        if isinstance(found, HTMLResponse):
            return found
        visitor, offered = found
        round_ = offered.round
        person = visitor.person
        booked = _live_statuses(s, visitor).get(round_.id)
        if booked is not None:
            return render(
                request,
                "public/message.html",
                heading=_("You are already signed up"),
                message=_(STATUS_TEXTS.get(booked, STATUS_TEXTS[RegistrationStatus.REGISTERED]))
                + f": {offered.course.name} ({round_.name}).",
                tone="ok",
                back=f"/book/{token}",
            )
        breakdown = quote_for(
            s,
            tenant_id=visitor.tenant_id,
            person_id=person.id,
            round_id=round_.id,
            today=utcnow().date(),
        )
        partners = partners_of(s, visitor.tenant_id, person.id) if round_.partner_course else []
        held = review_reasons(s, visitor.tenant_id, person.id, round_, today=utcnow().date())
        return render(
            request,
            "public/book_round.html",
            status,
            offered=offered,
            person_name=person.full_name,
            partners=[(p.id, p.full_name) for p in partners],
            choice=choice,
            errors=errors or {},
            top_error=top_error,
            changed=changed,
            reasons=reason_texts(held),
            lines=price_lines(breakdown),
            to_pay=breakdown.to_pay,
            waiting_price=_(WAITING_PRICE),
            shown=fingerprint(breakdown),
            terms=terms_texts(terms_for(s, visitor.tenant_id, round_.id)),
            action=f"/book/{token}/{round_.id}",
            back=f"/book/{token}",
            csrf_token=form_token(settings, csrf_binding(token, round_.id)),
        )


def _confirm(
    request: Request,
    token: str,
    round_id: str,
    form: PostedForm,
    db: Database,
    settings: Settings,
) -> HTMLResponse:
    typed = Choice(
        form.get("partner", ALONE), form.get("partner_name", ""), form.get("partner_email", "")
    )
    with db.sessions() as s:
        found = _link_and_round(request, s, token, round_id)
        if isinstance(found, HTMLResponse):
            return found
        visitor, offered = found
        partner_ids = {p.id for p in partners_of(s, visitor.tenant_id, visitor.person.id)}
    if not form.csrf_ok:
        return _round_response(
            request, db, settings, token, round_id, status=403, choice=typed,
            top_error=_(EXPIRED_TEXT),
        )  # fmt: skip
    try:
        choice = _choice(form, offered, partner_ids)
    except ValidationError as exc:
        return _round_response(
            request, db, settings, token, round_id, status=422, choice=typed,
            errors=_field_error(exc),
        )  # fmt: skip
    try:
        with db.transaction() as s:
            lock_tenant(s, visitor.tenant_id)
            # Still the link's, still open, under the lock.
            found = _link_and_round(request, s, token, round_id)
            if isinstance(found, HTMLResponse):
                return found
            visitor, offered = found
            done = _book(s, settings, visitor, offered, choice, form.get("shown") or None)
    except PriceChanged:
        return _round_response(
            request, db, settings, token, round_id, status=409, choice=choice, changed=True
        )
    except ValidationError as exc:
        return _round_response(
            request, db, settings, token, round_id, status=422, choice=choice,
            errors=_field_error(exc),
        )  # fmt: skip
    except DomainError as exc:
        return _round_response(
            request, db, settings, token, round_id, status=409, choice=choice,
            top_error=domain_text(exc),
        )  # fmt: skip
    me = done.me
    return render(
        request,
        "public/book_done.html",
        pay=_pay_form(db, settings, visitor.tenant_id, token, me),
        course=offered.course.name,
        round_name=offered.round.name,
        me=me,
        status=str(me.status),
        lines=price_lines(me.breakdown),
        to_pay=me.breakdown.to_pay,
        reasons=reason_texts(me.reasons),
        review_text=_(REVIEW_TEXT),
        waiting_text=_(WAITING_TEXT),
        waiting_price=_(WAITING_PRICE),
        partner=done.partner,
        partner_name=done.partner_name,
        invited=done.invited,
        back=f"/book/{token}",
    )


@router.post("/book/{token}/{round_id}")
async def round_confirm(
    request: Request,
    token: str,
    round_id: str,
    db: DbDep,
    settings: SettingsDep,
    form: Annotated[PostedForm, checked_form(csrf_binding, limit=MAX_BOOKING_BYTES, deferred=True)],
) -> HTMLResponse:
    """The confirmed booking: the done page, or the round's page again with what to fix."""
    try:
        limiter.hit(f"{client_address(request)}|{token_hash(token)[:16]}")
    except RateLimited as exc:
        return too_many(request, exc)
    return await run_in_threadpool(_confirm, request, token, round_id, form, db, settings)


def _pay_form(
    db: Database, settings: Settings, tenant_id: str, token: str, me: Booked
) -> dict[str, str] | None:
    """The done page's "Pay now by card" form: for a place with something to pay, when the
    tenant takes card payments."""
    if me.duplicate or me.status != RegistrationStatus.REGISTERED or me.breakdown.to_pay <= 0:
        return None
    with db.sessions() as s:
        if card.provider_for(s, settings, tenant_id) is None:
            return None
    return {
        "action": f"/book/{token}/pay/{me.registration_id}",
        "csrf_token": form_token(settings, pay_binding(token, me.registration_id)),
    }


def _pay(
    request: Request,
    token: str,
    registration_id: str,
    form: PostedForm,
    db: Database,
    settings: Settings,
) -> HTMLResponse | RedirectResponse:
    def said(status: int, text: str) -> HTMLResponse:
        return render(
            request, "public/message.html", status, heading=_("Pay by card"), message=text,
            back=f"/book/{token}",
        )  # fmt: skip

    with db.sessions() as s:
        try:
            visitor = _visitor(s, token)
        except LinkProblem as exc:
            return link_problem(request, exc)
        registration = get_for_tenant(s, Registration, registration_id, visitor.tenant_id)
        if registration is None or registration.participant_id != visitor.person.id:
            return said(404, _(NO_CARD_TEXT))
        if not form.csrf_ok:
            return said(403, _("The page had expired. Go back and try again."))
        chosen = card.provider_for(s, settings, visitor.tenant_id)
        round_ = s.get(CourseRound, registration.round_id)
        invoice = card.invoice_to_pay(
            s, visitor.tenant_id, registration_id, round_.name if round_ else ""
        )
    if chosen is None or invoice is None:
        return said(409, _(NO_CARD_TEXT))
    try:
        checkout = card.start_checkout(
            db, chosen, invoice, f"{settings.public_base_url}/book/{token}", now=utcnow()
        )
    except card.ProviderUnavailable:
        return said(503, _(CARD_DOWN_TEXT))
    return RedirectResponse(checkout.url, status_code=303)


@router.post("/book/{token}/pay/{registration_id}", response_model=None)
async def pay_by_card(
    request: Request,
    token: str,
    registration_id: str,
    db: DbDep,
    settings: SettingsDep,
    form: Annotated[PostedForm, checked_form(pay_binding, limit=MAX_BOOKING_BYTES, deferred=True)],
) -> HTMLResponse | RedirectResponse:
    """ "Pay now by card": off to the provider's page (303), or a page saying why not."""
    try:
        limiter.hit(f"{client_address(request)}|{token_hash(token)[:16]}")
    except RateLimited as exc:
        return too_many(request, exc)
    return await run_in_threadpool(_pay, request, token, registration_id, form, db, settings)
