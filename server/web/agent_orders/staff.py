"""Staff pages of agent orders (``/staff/agent-orders/``), shown in the desktop's web view.

- ``GET  /staff/agent-orders/``: my case lists: Action required (orders waiting for me)
  and Updated cases (orders that moved since I last opened them; opening a page of an
  order records when, :mod:`server.services.agent_orders.case_lists`);
- ``GET  /staff/agent-orders/{id}``: the whole order with its audit trail (for a new tab);
- ``GET  /staff/agent-orders/{id}/open``: redirects to the page of the order's next step;
- ``GET  /staff/agent-orders/{id}/review``; ``POST .../review/start``, ``.../approve``,
  ``.../reject``: the case handler's review;
- ``GET  /staff/agent-orders/{id}/attest``; ``POST .../attest/sms``, ``.../attest/sms/verify``,
  ``.../attest/bankid``, ``.../attest/bankid/{signing_id}/status`` (JSON, polled),
  ``.../check`` (the same without script), ``.../cancel``: the agent attestant's signature;
  ``.../attest/decline``: the attestant declines, with a reason (back to the case handler).

Every form carries a CSRF token bound to the desktop sign-in session. The
server decides every step (:mod:`server.services.agent_orders.orders`); a refusal
is the page again with the reason, or a page saying it, never a 500.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from models.agent_orders import AgentOrder, OrderState
from models.errors import DomainError
from models.ids import utcnow
from models.tenancy import Role
from server.api.deps import DbDep, SettingsDep
from server.services import scope
from server.services.agent_orders import case_lists, decline, handler_signing, records, signing
from server.services.agent_orders import orders as svc
from server.services.auth import Principal
from server.services.database import Database
from server.signing.bankid import qr_svg
from server.web.agent_orders.pages import (
    AttestSide,
    AttestView,
    add_attest_routes,
    attest_view,
    bankid_for,
    bankid_json,
    client_ip,
    decline_form,
    form_refused,
    notice_text,
    refusal_page,
    render_attest,
    state_label,
    status_of,
)
from server.web.csrf import PostedForm, checked_form, form_token
from server.web.i18n import _, domain_text
from server.web.session import WebUser
from server.web.templates import render

router = APIRouter(include_in_schema=False)
BASE = "/staff/agent-orders"


def _binding(user: WebUser) -> str:
    """What the staff forms' CSRF tokens are bound to: the desktop's sign-in."""
    return f"staff-agent-orders:{user.token_hash}"


#: A posted staff form, its CSRF token checked.
StaffForm = Annotated[PostedForm, checked_form(_binding)]


def _order(s: Session, user: Principal, order_id: str) -> AgentOrder:
    """The order if the user's scope reaches it; else NotFoundError, as a missing one."""
    order = records.load_order(s, tenant_id=user.tenant_id, order_id=order_id)
    scope.require_visible(
        s, user, "agent_order", order.id, message=records.NO_SUCH_ORDER.format(order.id)
    )
    return order


def _check_order(db: Database, user: Principal, order_id: str) -> None:
    with db.sessions() as s:
        _order(s, user, order_id)


# -- lists and the whole order ------------------------------------------------------------


@router.get(f"{BASE}/")
def my_approvals(request: Request, user: WebUser, db: DbDep) -> HTMLResponse:
    """The handler's case lists: Action required and Updated cases (seed 004 section 2)."""
    with db.sessions() as s:
        lists = case_lists.case_lists(s, user)
    return render(
        request,
        "agent/my_approvals.html",
        lists=lists,
        user=user,
        state_label=state_label,
        base=BASE,
        is_case_handler=Role.AGENT_CASE_HANDLER in user.roles,
        is_attestant=Role.ATTESTANT in user.roles,
    )


def _seen(request: Request, db: Database, user: Principal, order_id: str) -> None:
    """The user has opened a page of the order: it leaves their Updated cases.

    Not when the browser says the page was opened from another site
    (``Sec-Fetch-Site: cross-site``): the session cookie is SameSite=Lax, so another
    site's link would otherwise mark an order seen for the victim. A mailed link
    opened from a webmail is cross-site too: the order then stays under Updated
    cases until opened from the list (or the desktop)."""
    if request.headers.get("sec-fetch-site", "").lower() == "cross-site":
        return
    with db.transaction() as s:
        case_lists.mark_seen(s, user, _order(s, user, order_id), utcnow())


@router.get(BASE + "/{order_id}")
def order_view(
    request: Request, order_id: str, user: WebUser, db: DbDep, notice: str = ""
) -> HTMLResponse:
    try:
        with db.sessions() as s:
            order = _order(s, user, order_id)
            page = records.order_page(s, order)
            step = _next_step(s, user, order)
        _seen(request, db, user, order_id)
    except DomainError as exc:
        return refusal_page(request, exc, _("Order not found"))
    return render(
        request,
        "agent/order.html",
        page=page,
        order=page.order,
        notice=notice_text(notice),
        state_label=state_label,
        base=BASE,
        # Only the step this user may take is linked (an administrator is no case handler).
        may_review=step == "review",
        may_attest=step == "attest",
    )


def _next_step(s: Session, user: Principal, order: AgentOrder) -> str:
    """The step of ``order`` that waits for ``user``: "review" (a case handler of its
    agent), "attest" (the attestant the case handler chose), or "" (none)."""
    if order.state in (OrderState.ORDERED, OrderState.AGENT_REVIEW) and records.has_agent_role(
        s,
        user_id=user.user_id,
        tenant_id=user.tenant_id,
        agent_id=order.agent_id,
        role=Role.AGENT_CASE_HANDLER,
    ):
        return "review"
    if order.state == OrderState.AGENT_APPROVED and (
        (order.agent_attestant_email or "").lower() == user.email.lower()
    ):
        return "attest"
    return ""


@router.get(BASE + "/{order_id}/open")
def open_next_step(request: Request, order_id: str, user: WebUser, db: DbDep) -> Response:
    """The page of the order's next step for this user (the desktop opens this one)."""
    try:
        with db.sessions() as s:
            order = _order(s, user, order_id)
            step = _next_step(s, user, order)
    except DomainError as exc:
        return refusal_page(request, exc, _("Order not found"))
    target = f"{BASE}/{order.id}" + (f"/{step}" if step else "")
    return RedirectResponse(target, status_code=303)


# -- the case handler's review -------------------------------------------------------------


def _review(
    request: Request,
    db: Database,
    user: Principal,
    settings: Any,
    order_id: str,
    *,
    error: str = "",
    values: dict[str, str] | None = None,
    status_code: int = 200,
    in_signing: dict[str, Any] | None = None,
) -> HTMLResponse:
    try:
        with db.sessions() as s:
            order = _order(s, user, order_id)
            records.require_agent_role(s, user, order, Role.AGENT_CASE_HANDLER, "review")
            page = records.order_page(s, order)
            attestants = svc.attestant_choices(s, order)
    except DomainError as exc:
        return refusal_page(request, exc)
    return render(
        request,
        "agent/review.html",
        status_code,
        **_review_signing(db, user, in_signing),
        page=page,
        order=page.order,
        attestants=attestants,
        values=values or {},
        error=error,
        csrf_token=form_token(settings, _binding(user)),
        terms_text=svc.TERMS_TEXT,
        terms_version=svc.TERMS_VERSION,
        certify_text=svc.CERTIFY_TEXT,
        state_label=state_label,
        base=BASE,
    )


@router.get(BASE + "/{order_id}/review")
def review_page(
    request: Request, order_id: str, user: WebUser, db: DbDep, settings: SettingsDep
) -> HTMLResponse:
    page = _review(request, db, user, settings, order_id)
    if page.status_code == 200:
        _seen(request, db, user, order_id)
    return page


async def _review_refused(
    request: Request,
    db: Database,
    user: Principal,
    settings: Any,
    order_id: str,
    form: PostedForm,
    exc: DomainError,
) -> Response:
    """A refused review step: the review form again with why (as posted), or a page
    saying the order is not found."""
    again = partial(
        _review,
        request,
        db,
        user,
        settings,
        order_id,
        error=domain_text(exc),
        values=form,
        status_code=status_of(exc),
    )
    return await form_refused(
        request, exc, gone="not_found", heading=_("Order not found"), again=again
    )


async def _review_step(
    request: Request,
    order_id: str,
    user: Principal,
    db: Database,
    settings: Any,
    form: PostedForm,
    step: str,
) -> Response:
    # Who acts on which order, when: the arguments every step takes.
    acting = {"db": db, "settings": settings, "principal": user, "order_id": order_id}
    now = utcnow()
    try:
        if step == "start":
            await run_in_threadpool(partial(svc.open_review, **acting, now=now))
        else:  # the decision unsigned: the same form values as the signed one
            decide = svc.approve if step == handler_signing.APPROVE else svc.reject
            values = handler_signing.decision_args(handler_signing.decision_of(step, form))
            await run_in_threadpool(partial(decide, **acting, **values, now=now))
    except DomainError as exc:
        return await _review_refused(request, db, user, settings, order_id, form, exc)
    if step == "start":  # straight on to the review form
        return RedirectResponse(f"{BASE}/{order_id}/review", status_code=303)
    notice = "approved" if step == "approve" else "rejected"
    return RedirectResponse(f"{BASE}/{order_id}?notice={notice}", status_code=303)


def _review_route(step: str) -> Callable[..., Awaitable[Response]]:
    async def review_step(
        request: Request,
        order_id: str,
        user: WebUser,
        db: DbDep,
        settings: SettingsDep,
        form: StaffForm,
    ) -> Response:
        return await _review_step(request, order_id, user, db, settings, form, step)

    review_step.__name__ = f"review_{step}"
    return review_step


for _path, _step in (("/review/start", "start"), ("/approve", "approve"), ("/reject", "reject")):
    router.add_api_route(BASE + "/{order_id}" + _path, _review_route(_step), methods=["POST"])


# -- the case handler's decision signed with BankID (by tenant setting) ----------------------


def _review_signing(
    db: Database, user: Principal, in_signing: dict[str, Any] | None
) -> dict[str, Any]:
    """The review page's BankID parts: whether decisions are signed with BankID, and the
    signing in progress (``in_signing``: its ``progress`` and ``decision``), if any."""
    context: dict[str, Any] = {
        "handler_bankid": handler_signing.signs_with_bankid(db, user.tenant_id),
        "signing": None,
    }
    if in_signing is not None:
        progress = in_signing["progress"]
        context["signing"] = {
            "bankid": progress,
            "decision": in_signing["decision"],
            "qr": qr_svg(progress.qr_data) if progress.qr_data else "",
        }
    return context


def _handler_signing(
    request: Request, db: Database, settings: Any, user: Principal, order_id: str
) -> handler_signing.HandlerSigning:
    return handler_signing.HandlerSigning(
        db, settings, user, order_id, bankid_for(request, settings)
    )


def _decided(order_id: str, decision: dict[str, Any]) -> str:
    """Where a completed signing leads: the order, saying what was decided."""
    notice = "approved" if decision.get("action") == handler_signing.APPROVE else "rejected"
    return f"{BASE}/{order_id}?notice={notice}"


async def _signing_step(
    request: Request,
    order_id: str,
    user: Principal,
    db: Database,
    settings: Any,
    form: PostedForm,
    step: str,
    signing_id: str = "",
) -> Response:
    """One step of a signed decision: start (``approve``/``reject``), ``check`` (the poll
    without script) or ``cancel``. A refusal shows the review form again with why."""
    signer = _handler_signing(request, db, settings, user, order_id)
    now = utcnow()
    decision: dict[str, Any] = {}
    try:
        await run_in_threadpool(_check_order, db, user, order_id)  # scope before anything
        if step in (handler_signing.APPROVE, handler_signing.REJECT):
            decision = handler_signing.decision_of(step, form)
            progress = await run_in_threadpool(
                partial(signer.start, decision, end_user_ip=client_ip(request), now=now)
            )
        else:
            decision = await run_in_threadpool(signer.decision, signing_id, now)
            if step == "cancel":
                await run_in_threadpool(signer.cancel, signing_id, now)
                return RedirectResponse(f"{BASE}/{order_id}/review", status_code=303)
            progress = await run_in_threadpool(signer.poll, signing_id, now)
            if progress.status == "complete":
                return RedirectResponse(_decided(order_id, decision), status_code=303)
    except DomainError as exc:
        return await _review_refused(request, db, user, settings, order_id, form, exc)
    signing_view = {"progress": progress, "decision": decision}
    return await run_in_threadpool(
        partial(_review, request, db, user, settings, order_id, in_signing=signing_view)
    )


def _signing_route(step: str) -> Callable[..., Awaitable[Response]]:
    async def signing_step(
        request: Request,
        order_id: str,
        user: WebUser,
        db: DbDep,
        settings: SettingsDep,
        form: StaffForm,
        signing_id: str = "",
    ) -> Response:
        return await _signing_step(request, order_id, user, db, settings, form, step, signing_id)

    signing_step.__name__ = f"review_bankid_{step}"
    return signing_step


for _path, _step in (
    ("/review/bankid/approve", handler_signing.APPROVE),
    ("/review/bankid/reject", handler_signing.REJECT),
    ("/review/bankid/{signing_id}/check", "check"),
    ("/review/bankid/{signing_id}/cancel", "cancel"),
):
    router.add_api_route(BASE + "/{order_id}" + _path, _signing_route(_step), methods=["POST"])


@router.post(
    BASE + "/{order_id}/review/bankid/{signing_id}/status",
    dependencies=[checked_form(_binding, json=True)],
)
async def review_bankid_status(
    request: Request,
    order_id: str,
    signing_id: str,
    user: WebUser,
    db: DbDep,
    settings: SettingsDep,
) -> JSONResponse:
    """The signed decision's poll: collect (at most every 2 s) and a fresh QR code."""
    signer = _handler_signing(request, db, settings, user, order_id)
    now = utcnow()
    try:
        await run_in_threadpool(_check_order, db, user, order_id)  # scope before anything
        decision = await run_in_threadpool(signer.decision, signing_id, now)
        progress = await run_in_threadpool(signer.poll, signing_id, now)
    except DomainError as exc:
        body = {"status": "failed", "message": exc.message, "done": True}
        return JSONResponse(body, status_of(exc))
    answer = bankid_json(progress, next_url=_decided(order_id, decision))
    return JSONResponse(answer, headers={"Cache-Control": "no-store"})


# -- the agent attestant's signature ---------------------------------------------------------


def _attest_view(
    request: Request, db: Database, user: Principal, settings: Any, order_id: str
) -> AttestView:
    """The attest page's data; raises DomainError when the order or role is not there."""
    now = utcnow()
    with db.sessions() as s:
        order = _order(s, user, order_id)
        records.require_agent_role(s, user, order, Role.ATTESTANT, "attest")
        page = records.order_page(s, order)
    blocked = signing.AGENT_ATTEST.at(
        db=db, settings=settings, principal=user, order_id=order_id, now=now
    ).refusal()
    return attest_view(
        request,
        settings,
        page=page,
        url=f"{BASE}/{order_id}/attest",
        order_url=f"{BASE}/{order_id}",
        csrf_token=form_token(settings, _binding(user)),
        signer=user.display_name or user.email,
        organisation=page.agent.name,
        blocked=blocked,
        sms_available=signing.agent_has_phone(db=db, principal=user),
    )


@router.get(BASE + "/{order_id}/attest")
def attest_page(
    request: Request, order_id: str, user: WebUser, db: DbDep, settings: SettingsDep
) -> HTMLResponse:
    try:
        view = _attest_view(request, db, user, settings, order_id)
        _seen(request, db, user, order_id)
    except DomainError as exc:
        return refusal_page(request, exc)
    return render_attest(request, view)


def _agent_side(
    request: Request, order_id: str, user: WebUser, db: DbDep, settings: SettingsDep
) -> AttestSide:
    """The agent attestant's signature of ``order_id``."""

    async def done(_view: AttestView) -> Response:
        return RedirectResponse(f"{BASE}/{order_id}?notice=attested", status_code=303)

    async def again() -> Response:
        return RedirectResponse(f"{BASE}/{order_id}/attest", status_code=303)

    return AttestSide(
        signing=signing.AGENT_ATTEST,
        db=db,
        settings=settings,
        signer={"principal": user, "order_id": order_id},
        view=lambda: _attest_view(request, db, user, settings, order_id),
        refused="",  # the refusal page's own heading
        done=done,
        again=again,
        poll_answer=lambda progress: bankid_json(
            progress, next_url=f"{BASE}/{order_id}?notice=attested"
        ),
        before_poll=lambda: _check_order(db, user, order_id),  # scope before anything
    )


add_attest_routes(router, BASE + "/{order_id}/attest", _agent_side, _binding)


@router.post(BASE + "/{order_id}/attest/decline")
async def attest_decline(
    request: Request,
    order_id: str,
    user: WebUser,
    db: DbDep,
    settings: SettingsDep,
    form: StaffForm,
) -> Response:
    """The chosen attestant declines with a reason: the order goes back to the case handler."""
    reason = form.get("reason", "")
    return await decline_form(
        request,
        partial(
            decline.decline_agent_attest,
            db=db,
            settings=settings,
            principal=user,
            order_id=order_id,
            reason=reason,
            now=utcnow(),
        ),
        lambda: _attest_view(request, db, user, settings, order_id),
        reason=reason,
        gone="not_found",
        heading=_("Order not found"),
        done=lambda _order: RedirectResponse(f"{BASE}/{order_id}?notice=declined", 303),
    )
