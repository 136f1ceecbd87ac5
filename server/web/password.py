"""The set-password page (``/password/{token}``), behind the link of an invitation or a
password reset mail.

GET shows the form; POST takes the new password twice (CSRF token bound to the
link), checks it against the policy (:mod:`server.services.passwords`), sets it,
uses up the account's password links and revokes all its sign-ins
(:func:`server.services.users.set_password_with_link`). An unknown, used or
expired link is a page saying so (410); a weak password is the form again with
the rule broken (422), and the link still works.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from models.errors import ValidationError
from server.api.deps import DbDep, SettingsDep
from server.services.auth import token_hash
from server.services.database import Database
from server.services.passwords import MIN_PASSWORD_LENGTH, check_repeated
from server.services.users import PasswordLinkProblem, password_link, set_password_with_link
from server.settings import Settings
from server.web.csrf import PostedForm, checked_form, form_token
from server.web.i18n import _, domain_text
from server.web.templates import message, render

router = APIRouter(include_in_schema=False)


def _binding(token: str) -> str:
    return f"password:{token_hash(token)}"


def _link_gone(request: Request) -> HTMLResponse:
    return message(
        request,
        _("This link can no longer be used"),
        _(
            "Password links work once and for a short time. Ask for a new one with "
            '"Forgot password" in Kansli, or ask your administrator.'
        ),
        status_code=410,
        tone="bad",
    )


def _form(
    request: Request,
    token: str,
    email: str,
    settings: Settings,
    *,
    status: int = 200,
    error: str | None = None,
) -> HTMLResponse:
    return render(
        request,
        "public/password.html",
        status,
        action=f"/password/{token}",
        email=email,
        min_length=MIN_PASSWORD_LENGTH,
        csrf_token=form_token(settings, _binding(token)),
        error=error,
    )


@router.get("/password/{token}")
def password_page(request: Request, token: str, db: DbDep, settings: SettingsDep) -> HTMLResponse:
    """The form behind the link in the mail."""
    with db.sessions() as s:
        try:
            _link, user = password_link(s, token)
        except PasswordLinkProblem:
            return _link_gone(request)
        return _form(request, token, user.email, settings)


def _submit(
    request: Request, token: str, form: dict[str, str], db: Database, settings: Settings
) -> HTMLResponse:
    password = form.get("password", "")
    try:
        with db.transaction() as s:
            _link, user = password_link(s, token)
            email = user.email
            check_repeated(password, form.get("password_again", ""))
            set_password_with_link(s, token, password)
    except PasswordLinkProblem:
        return _link_gone(request)
    except ValidationError as exc:
        return _form(request, token, email, settings, status=422, error=domain_text(exc))
    return message(
        request,
        _("Your password is saved"),
        _("Sign in to Kansli with it. Other places where you were signed in were signed out."),
        tone="ok",
    )


@router.post("/password/{token}")
async def password_submit(
    request: Request,
    token: str,
    db: DbDep,
    settings: SettingsDep,
    form: Annotated[PostedForm, checked_form(_binding)],
) -> HTMLResponse:
    """The new password, twice (an unreadable form or a wrong CSRF token never gets here:
    :func:`server.web.csrf.checked_form`)."""
    return await run_in_threadpool(_submit, request, token, form, db, settings)
