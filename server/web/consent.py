"""The page of a consent withdrawal link (``/consent/{token}``, issue 23): the manager sees
the consent as given (its text, when, for which course; no participant's name) and
withdraws it with one button (:mod:`server.services.consent`).

GET shows the consent, or once withdrawn only the day it was withdrawn; POST withdraws it,
CSRF-checked as every public form. Withdrawing twice is harmless: the page says when.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from models.ids import utcnow
from server.api.deps import DbDep, SettingsDep
from server.services.approval import LinkProblem
from server.services.auth import token_hash
from server.services.consent import consent_page, withdraw_by_link
from server.services.database import Database
from server.web.csrf import PostedForm, checked_form, form_token
from server.web.i18n import _, format_date
from server.web.templates import link_problem, message, render

router = APIRouter(include_in_schema=False)


def csrf_binding(token: str) -> str:
    """What the withdrawal form's CSRF token is bound to: this one link."""
    return f"consent:{token_hash(token)}"


@router.get("/consent/{token}")
def withdrawal_page(request: Request, token: str, db: DbDep, settings: SettingsDep) -> HTMLResponse:
    """The page behind the link in the consent's receipt."""
    with db.sessions() as s:
        try:
            page = consent_page(s, token, now=utcnow())
        except LinkProblem as exc:
            return link_problem(request, exc)
        consent = page.consent
        return render(
            request,
            "public/consent.html",
            200,
            page=page,
            given=format_date(consent.given_at),
            withdrawn=format_date(consent.withdrawn_at) if consent.withdrawn_at else "",
            action=f"/consent/{token}",
            csrf_token=form_token(settings, csrf_binding(token)),
        )


def _withdraw(request: Request, token: str, db: Database) -> HTMLResponse:
    try:
        consent, now_withdrawn = withdraw_by_link(db, token, now=utcnow())
    except LinkProblem as exc:
        return link_problem(request, exc)
    assert consent.withdrawn_at is not None
    day = format_date(consent.withdrawn_at)
    if now_withdrawn:
        text = _(
            "Your consent is withdrawn as of {day}. The course provider no longer processes "
            "your personal data on the basis of it, and sends you no more offers."
        )
    else:
        text = _("You withdrew this consent on {day}. Nothing more needs to be done.")
    return message(request, _("Consent withdrawn"), text.format(day=day), tone="ok")


@router.post("/consent/{token}")
async def withdraw(
    request: Request,
    token: str,
    db: DbDep,
    form: Annotated[PostedForm, checked_form(csrf_binding)],
) -> HTMLResponse:
    """The manager withdraws the consent."""
    return await run_in_threadpool(_withdraw, request, token, db)
