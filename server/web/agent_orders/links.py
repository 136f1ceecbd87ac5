"""The customer's agent-order pages, reached by e-mailed links (no sign-in).

- ``/agent-orders/order/{token}``: the order form. An administrator invites a
  customer contact (``POST /api/v1/agent-orders/invitations``); the mailed link
  is single-use, expires in 30 days and is bound to the invited address, which
  becomes the orderer's. The customer's attestant is chosen from the organisation's
  contacts in the role Attestant (never the orderer, never a typed address).
- ``/agent-orders/attest/{token}``: the customer attestant's page, mailed to
  ``customer_attestant_email`` once the agent has attested: SMS code
  (``.../sms``, ``.../sms/verify``) or BankID (``.../bankid``, polled at
  ``.../bankid/{signing_id}/status``, ``.../check`` without script,
  ``.../cancel``). Completing it opens the service-desk case. ``.../decline`` (with a
  reason) sends the order back to the agent's case handler instead.

Forms carry a CSRF token bound to the link.
"""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from models.agent_orders import AgentOrder
from models.errors import DomainError
from models.ids import utcnow
from server.api.deps import DbDep, SettingsDep
from server.services.agent_orders import decline, signing
from server.services.agent_orders import orders as svc
from server.services.agent_orders.signing import BankIdProgress
from server.services.auth import token_hash
from server.services.database import Database
from server.web.agent_orders import pages
from server.web.csrf import PostedForm, checked_form, form_token
from server.web.i18n import _, domain_text
from server.web.templates import message, render

router = APIRouter(include_in_schema=False)
ORDER = "/agent-orders/order"
ATTEST = "/agent-orders/attest"
ORDER_FIELDS = (
    "agent_id",
    "service",
    "address",
    "message",
    "ordered_by_name",
    "contact_phone",
    "customer_attestant",
)


def _order_binding(token: str) -> str:
    """What the order form's CSRF token is bound to: its link."""
    return f"agent-order:{token_hash(token)}"


def _attest_binding(token: str) -> str:
    """What the attest page's CSRF tokens are bound to: its link."""
    return f"agent-attest:{token_hash(token)}"


# -- the customer's order --------------------------------------------------------------------


def _order_form(
    request: Request,
    db: Database,
    settings: Any,
    token: str,
    *,
    values: dict[str, str] | None = None,
    error: str = "",
    status_code: int = 200,
) -> HTMLResponse:
    try:
        form = svc.order_form(db=db, token=token, now=utcnow())
    except DomainError as exc:
        return pages.refusal_page(request, exc, _("This link cannot be used"))
    return render(
        request,
        "agent/order_form.html",
        status_code,
        form=form,
        values=values or {},
        error=error,
        action=f"{ORDER}/{token}",
        csrf_token=form_token(settings, _order_binding(token)),
    )


@router.get(ORDER + "/{token}")
def order_page(request: Request, token: str, db: DbDep, settings: SettingsDep) -> HTMLResponse:
    return _order_form(request, db, settings, token)


@router.post(ORDER + "/{token}")
async def place_order(
    request: Request,
    token: str,
    db: DbDep,
    settings: SettingsDep,
    form: Annotated[PostedForm, checked_form(_order_binding)],
) -> Response:
    try:
        order = await run_in_threadpool(
            svc.place_order,
            db=db,
            settings=settings,
            token=token,
            now=utcnow(),
            **{name: form.get(name, "") for name in ORDER_FIELDS},
        )
    except DomainError as exc:
        again = partial(
            _order_form,
            request,
            db,
            settings,
            token,
            values=form,
            error=_order_refusal(exc),
            status_code=pages.status_of(exc),
        )
        heading = _("This link cannot be used")
        return await pages.form_refused(
            request, exc, gone="link_invalid", heading=heading, again=again
        )
    return message(
        request,
        _("Thank you — order {number} is placed").format(number=order.number),
        _("The agent will now review your order. You will hear from us by e-mail at each step."),
    )


def _order_refusal(exc: DomainError) -> str:
    """Why the order form was refused; a refused attestant named by the field's label, in
    the visitor's language."""
    if getattr(exc, "field", None) == "customer_attestant":
        return _("Your organisation's attestant: {reason}").format(reason=domain_text(exc))
    return str(exc)


# -- the customer attestant's signature ------------------------------------------------------


def _attest_view(db: Database, settings: Any, token: str, request: Request) -> pages.AttestView:
    now = utcnow()
    page = signing.customer_order(db=db, token=token, now=now)
    blocked = signing.CUSTOMER_ATTEST.at(db=db, settings=settings, token=token, now=now).refusal()
    customer = page.customer.name if page.customer else _("the customer")
    return pages.attest_view(
        request,
        settings,
        page=page,
        url=f"{ATTEST}/{token}",
        csrf_token=form_token(settings, _attest_binding(token)),
        signer=page.order.customer_attestant_email,
        organisation=customer,
        blocked=blocked,
        sms_available=signing.customer_has_phone(page.order),
    )


@router.get(ATTEST + "/{token}")
def attest_page(request: Request, token: str, db: DbDep, settings: SettingsDep) -> HTMLResponse:
    try:
        view = _attest_view(db, settings, token, request)
    except DomainError as exc:
        return pages.refusal_page(request, exc, _("This link cannot be used"))
    return pages.render_attest(request, view)


def _done_page(request: Request, db: Database, order_id: str) -> HTMLResponse:
    with db.sessions() as s:
        order = s.get(AgentOrder, order_id)
        case = order.case_number if order else ""
        number = order.number if order else ""
    return message(
        request,
        _("Thank you — order {number} is attested").format(number=number),
        _(
            "The service desk has opened case {case}, and the agent will now start the "
            "technical connection. You can close this window."
        ).format(case=case),
        tone="ok",
    )


def _customer_side(
    request: Request, token: str, db: DbDep, settings: SettingsDep
) -> pages.AttestSide:
    """The customer attestant's signature through the link ``token``."""

    async def done(view: pages.AttestView) -> Response:
        return await run_in_threadpool(_done_page, request, db, view.page.order.id)

    async def again() -> Response:
        return await run_in_threadpool(_attest_page_again, request, db, settings, token)

    return pages.AttestSide(
        signing=signing.CUSTOMER_ATTEST,
        db=db,
        settings=settings,
        signer={"token": token},
        view=lambda: _attest_view(db, settings, token, request),
        refused=_("This link cannot be used"),
        done=done,
        again=again,
        poll_answer=_poll_answer,
    )


def _poll_answer(progress: BankIdProgress) -> dict[str, Any]:
    answer = pages.bankid_json(progress)
    if progress.status == "complete":
        answer["message"] = _(
            "Thank you — the order is attested. The service desk has opened a case and the "
            "agent will start the technical connection. You can close this window."
        )
    return answer


def _attest_page_again(request: Request, db: Database, settings: Any, token: str) -> HTMLResponse:
    return pages.render_attest(request, _attest_view(db, settings, token, request))


pages.add_attest_routes(router, ATTEST + "/{token}", _customer_side, _attest_binding)


@router.post(ATTEST + "/{token}/decline")
async def attest_decline(
    request: Request,
    token: str,
    db: DbDep,
    settings: SettingsDep,
    form: Annotated[PostedForm, checked_form(_attest_binding)],
) -> Response:
    """The customer's attestant declines with a reason: the order goes back to the agent's
    case handler, and this link is used up."""
    reason = form.get("reason", "")
    return await pages.decline_form(
        request,
        partial(
            decline.decline_customer_attest,
            db=db,
            settings=settings,
            token=token,
            reason=reason,
            now=utcnow(),
        ),
        lambda: _attest_view(db, settings, token, request),
        reason=reason,
        gone="link_invalid",
        heading=_("This link cannot be used"),
        done=lambda order: message(
            request,
            _("You declined order {number}").format(number=order.number),
            _(
                "The order goes back to the agent's case handler, who is told your reason. "
                "If it is corrected and attested again, you get a new link. You can close "
                "this window."
            ),
        ),
    )
