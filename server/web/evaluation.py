"""The evaluation page of a participant's mailed link (issue 19):
:mod:`server.services.evaluations`.

* ``GET /evaluation/{token}``: the course and round, and the questionnaire's questions
  (a scale 1-5 with its end words, a single or multiple choice, free text), required ones
  marked; whether the answer is anonymous. No sign-in: the link is the key.
* ``POST /evaluation/{token}``: keeps the answer under the tenant's lock and thanks; a
  missing or wrong answer is the page again (422) with what to fix; a second answer
  (the link was used) is the "already answered" page (410).

A forged or unknown link is a 404 page, an expired one 410. The form's CSRF token is bound
to the link. A multiple choice's boxes are posted as ``{question}__{index}``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from models.errors import ValidationError
from models.evaluations import QuestionKind
from models.ids import utcnow
from server.api.deps import DbDep, SettingsDep, client_address
from server.services.approval import LinkProblem
from server.services.auth import token_hash
from server.services.database import Database
from server.services.evaluations import Opened, answer, open_link
from server.services.rate_limits import RateLimited, RateLimiter
from server.services.seq import lock_tenant
from server.settings import Settings
from server.web.csrf import PostedForm, checked_form, form_token
from server.web.i18n import N_, _, domain_text
from server.web.signup import too_many
from server.web.templates import link_problem, render

router = APIRouter(include_in_schema=False)

MAX_EVALUATION_BYTES = 64 * 1024
limiter = RateLimiter(30, 600.0)
#: The refusals of an answer (:func:`models.evaluations.check_answers`), marked here so the
#: page's catalog has them (the page shows them through ``domain_text``).
ANSWER_REFUSALS = (
    N_("Choose a value from 1 to 5"),
    N_("Choose one of the answers given"),
    N_("Choose among the answers given"),
    N_("This question needs an answer"),
)
EXPIRED_TEXT = N_("The page had expired, so your answer was not saved. Answer again.")


def csrf_binding(token: str) -> str:
    """What the page's form is bound to: this link."""
    return f"evaluation:{token_hash(token)}"


def _posted(opened: Opened, form: PostedForm) -> dict[str, Any]:
    """The form's answers by question id (a multiple choice's ticked choices as a list)."""
    raw: dict[str, Any] = {}
    for q in opened.questions:
        if q.kind is QuestionKind.MULTIPLE:
            raw[q.id] = [c for i, c in enumerate(q.choices) if form.get(f"{q.id}__{i}")]
        else:
            raw[q.id] = form.get(q.id, "")
    return raw


def _page(
    request: Request,
    db: Database,
    settings: Settings,
    token: str,
    *,
    status: int = 200,
    given: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    top_error: str | None = None,
) -> HTMLResponse:
    with db.sessions() as s:
        try:
            opened = open_link(s, token, now=utcnow())
        except LinkProblem as exc:
            return link_problem(request, exc)
        return render(
            request,
            "public/evaluation.html",
            status,
            course=opened.course.name,
            round_name=opened.round.name,
            anonymous=opened.form.anonymous,
            questions=opened.questions,
            given=given or {},
            errors=errors or {},
            top_error=top_error,
            action=f"/evaluation/{token}",
            csrf_token=form_token(settings, csrf_binding(token)),
        )


@router.get("/evaluation/{token}")
def evaluation_page(request: Request, token: str, db: DbDep, settings: SettingsDep) -> HTMLResponse:
    """The questionnaire of the link's round."""
    return _page(request, db, settings, token)


def _submit(
    request: Request, token: str, form: PostedForm, db: Database, settings: Settings
) -> HTMLResponse:
    with db.sessions() as s:
        try:
            opened = open_link(s, token, now=utcnow())
        except LinkProblem as exc:
            return link_problem(request, exc)
        raw = _posted(opened, form)
        tenant_id = opened.link.tenant_id
    if not form.csrf_ok:
        return _page(request, db, settings, token, status=403, given=raw,
                     top_error=_(EXPIRED_TEXT))  # fmt: skip
    try:
        with db.transaction() as s:
            lock_tenant(s, tenant_id)
            # Still unused, under the lock: two submits at once keep one answer.
            opened = open_link(s, token, now=utcnow())
            answer(s, opened, raw, now=utcnow())
            course = opened.course.name
    except LinkProblem as exc:
        return link_problem(request, exc)
    except ValidationError as exc:
        return _page(request, db, settings, token, status=422, given=raw,
                     errors={exc.field or "": domain_text(exc)},
                     top_error=_("Some answers need your attention."))  # fmt: skip
    return render(
        request,
        "public/message.html",
        heading=_("Thank you!"),
        message=_("Your answer to the evaluation of {course} was saved.").format(course=course),
        tone="ok",
    )


@router.post("/evaluation/{token}")
async def evaluation_submit(
    request: Request,
    token: str,
    db: DbDep,
    settings: SettingsDep,
    form: Annotated[
        PostedForm, checked_form(csrf_binding, limit=MAX_EVALUATION_BYTES, deferred=True)
    ],
) -> HTMLResponse:
    """The answer: thanks, or the page again with what to fix."""
    try:
        limiter.hit(f"{client_address(request)}|{token_hash(token)[:16]}")
    except RateLimited as exc:
        return too_many(request, exc)
    return await run_in_threadpool(_submit, request, token, form, db, settings)
