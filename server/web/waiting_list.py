"""The page of a waiting-list offer (``/offer/{token}``): the participant accepts or
declines the freed place offered by mail (:mod:`server.services.waiting_list`).

GET shows the offer; POST answers it in one transaction under the tenant's lock. A used
or expired link is a 410 page, a forged one 404, an offer staff withdrew meanwhile 409.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from models.errors import TransitionError
from models.ids import utcnow
from server.api.deps import DbDep, SettingsDep
from server.services.approval import LinkProblem
from server.services.auth import token_hash
from server.services.database import Database
from server.services.waiting_list import answer_offer, offer_for
from server.settings import Settings
from server.web.csrf import PostedForm, checked_form, form_token
from server.web.i18n import _, format_date
from server.web.templates import link_problem, message, render

router = APIRouter(include_in_schema=False)


def csrf_binding(token: str) -> str:
    """What the offer form's CSRF token is bound to: this one link."""
    return f"offer:{token_hash(token)}"


@router.get("/offer/{token}")
def offer_page(request: Request, token: str, db: DbDep, settings: SettingsDep) -> HTMLResponse:
    """The page behind the link in the offer's mail."""
    with db.sessions() as s:
        try:
            link, offer = offer_for(s, token, now=utcnow())
        except LinkProblem as exc:
            return link_problem(request, exc)
        return render(
            request,
            "public/offer.html",
            200,
            offer=offer,
            course=offer.course.name if offer.course else offer.round.name,
            deadline=format_date(link.expires_at),
            action=f"/offer/{token}",
            csrf_token=form_token(settings, csrf_binding(token)),
        )


def _answer(
    request: Request, token: str, accept: bool, db: Database, settings: Settings
) -> HTMLResponse:
    try:
        offer = answer_offer(db, token, accept=accept, settings=settings, now=utcnow())
    except LinkProblem as exc:
        return link_problem(request, exc)
    except TransitionError:
        return message(
            request,
            _("This offer can no longer be answered"),
            _("The course administrator changed your registration meanwhile."),
            status_code=409,
            tone="bad",
        )
    course = offer.course.name if offer.course else offer.round.name
    if accept:
        text = _("You have a place on {course} ({round}). Welcome!")
    else:
        text = _("You declined the place on {course} ({round}); it goes to the next in line.")
    return message(
        request,
        _("Thank you"),
        text.format(course=course, round=offer.round.name),
        tone="ok",
    )


@router.post("/offer/{token}")
async def offer_answer(
    request: Request,
    token: str,
    db: DbDep,
    settings: SettingsDep,
    form: Annotated[PostedForm, checked_form(csrf_binding)],
) -> HTMLResponse:
    """The participant's answer: accept or decline."""
    accept = form.get("answer") == "accept"
    return await run_in_threadpool(_answer, request, token, accept, db, settings)
