"""What the agent-order pages share: refusals as pages, the attest page, the BankID adapter.

The routes are in :mod:`server.web.agent_orders.staff` (staff, in the desktop's
embedded web view) and :mod:`server.web.agent_orders.links` (the customer's
pages behind e-mailed links). Every page works with plain form posts; the
only script is the BankID page's poll, which has a no-script fallback. The
attest routes are the same for both attestations (:func:`add_attest_routes`),
each side described by an :class:`AttestSide`.
"""

# No ``from __future__ import annotations``: FastAPI reads the annotations of the
# routes :func:`add_attest_routes` defines, which name its local dependencies.
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.background import BackgroundTask

from models.agent_orders import ATTEST_DECLINED, AgentOrder, OrderState
from models.errors import DomainError
from models.ids import utcnow
from server.services.agent_orders.records import OrderPage
from server.services.agent_orders.signing import (
    Attestation,
    AttestCall,
    BankIdProgress,
    SmsChallenge,
    send_queued_sms,
)
from server.services.database import Database
from server.settings import Settings
from server.signing.bankid import BankIdService, qr_svg
from server.web.csrf import PostedForm, checked_form
from server.web.i18n import N_, _, domain_text, pgettext
from server.web.templates import message, render

#: HTTP status of a refused step, by the domain error's code.
STATUS_BY_CODE = {
    "invalid": 422,
    "forbidden": 403,
    "not_found": 404,
    "transition_refused": 409,
    "conflict": 409,
    "link_invalid": 410,
    "bankid_error": 502,
    "bankid_not_configured": 503,
}
NOTICES = {
    "review_started": N_(
        "You have started the review. Check the whole order, then approve or reject."
    ),
    "approved": N_("The order is approved and sent to the attestant you chose."),
    "rejected": N_("The order is rejected; the customer is told why."),
    "attested": N_("The order is attested and sent to the customer's attestant."),
    "declined": N_("You declined the order: it is back with the case handler, who is told why."),
}


def notice_text(key: str) -> str:
    """The notice a step's redirect asks the order page to show ("" for none or unknown)."""
    text = NOTICES.get(key, "")
    return _(text) if text else ""


def status_of(exc: DomainError) -> int:
    """The HTTP status a page answers a refusal with."""
    return STATUS_BY_CODE.get(exc.code, 400)


def refusal_page(request: Request, exc: DomainError, heading: str = "") -> HTMLResponse:
    """A page that says, in the domain's words, why the step was refused."""
    heading = heading or _("Not possible")
    return message(request, heading, domain_text(exc), status_code=status_of(exc), tone="bad")


async def form_refused(
    request: Request, exc: DomainError, *, gone: str, heading: str, again: Callable[[], Response]
) -> Response:
    """The answer to a refused form post: a page saying so when what the form was for is
    gone (``exc.code == gone``: no such order, a used link), else the form ``again``
    (made off the event loop) with why."""
    if exc.code == gone:
        return refusal_page(request, exc, heading)
    return await run_in_threadpool(again)


def state_label(state: str) -> str:
    """An order's state as the pages say it mid-sentence ("approved by the agent").

    The English is ``models.agent_orders.STATE_LABELS`` (a test keeps them equal).
    """
    labels = {
        OrderState.ORDERED: pgettext("order state", "ordered"),
        OrderState.AGENT_REVIEW: pgettext("order state", "in the agent's review"),
        OrderState.AGENT_APPROVED: pgettext("order state", "approved by the agent"),
        OrderState.REJECTED: pgettext("order state", "rejected"),
        OrderState.AGENT_ATTESTED: pgettext("order state", "attested by the agent"),
        OrderState.CUSTOMER_ATTESTED: pgettext("order state", "attested by the customer"),
        OrderState.CASE_CREATED: pgettext("order state", "handed to the service desk"),
    }
    if state == ATTEST_DECLINED:  # a step of the audit trail, not a state
        return pgettext("order state", "declined by an attestant")
    try:
        return labels[OrderState(state)]
    except (ValueError, KeyError):
        return state


def bankid_for(request: Request, settings: Settings) -> BankIdService | None:
    """The app's BankID adapter (made once), or None when BankID is not configured.

    A test or an embedding may put its own adapter at ``app.state.agent_order_bankid``.
    """
    state = request.app.state
    service: BankIdService | None = getattr(state, "agent_order_bankid", None)
    if service is None and settings.bankid_configured:
        from server.services.agent_orders.signing import bankid_service

        service = bankid_service(settings)
        state.agent_order_bankid = service
    return service


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "127.0.0.1"


def sms_sender_task(db: Database, settings: Settings) -> BackgroundTask:
    """Send the queued SMS after the answer is out: the request never waits on the gateway."""
    return BackgroundTask(lambda: send_queued_sms(db, settings, utcnow()))


@dataclass
class AttestUrls:
    """Where the attest page's forms post (staff and customer pages differ)."""

    sms: str
    sms_verify: str
    bankid: str
    bankid_base: str  # + "/{signing_id}/status|check|cancel"
    order: str = ""
    restart: str = ""
    #: Where the attestant declines (back to the case handler, with a reason).
    decline: str = ""


@dataclass
class AttestView:
    """The attest page in one of its modes: choose, enter the SMS code, BankID, or done."""

    page: OrderPage
    urls: AttestUrls
    csrf_token: str
    signer_label: str
    mode: str = "choose"
    error: str = ""
    blocked: str = ""
    sms_available: bool = True
    bankid_configured: bool = False
    challenge: SmsChallenge | None = None
    bankid: BankIdProgress | None = None
    qr: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def attest_view(
    request: Request,
    settings: Settings,
    *,
    page: OrderPage,
    url: str,
    csrf_token: str,
    signer: str,
    organisation: str,
    blocked: DomainError | None,
    sms_available: bool,
    order_url: str = "",
) -> AttestView:
    """The attest page as it first shows (choose SMS or BankID), its forms posting under
    ``url``; ``blocked`` is why the signer cannot attest now, if anything."""
    return AttestView(
        page=page,
        urls=AttestUrls(
            sms=f"{url}/sms",
            sms_verify=f"{url}/sms/verify",
            bankid=f"{url}/bankid",
            bankid_base=f"{url}/bankid",
            order=order_url,
            restart=url,
            decline=f"{url}/decline",
        ),
        csrf_token=csrf_token,
        signer_label=_("{name}, attestant of {organisation}").format(
            name=signer, organisation=organisation
        ),
        blocked=blocked.message if blocked else "",
        sms_available=sms_available,
        bankid_configured=bankid_for(request, settings) is not None,
    )


def render_attest(request: Request, view: AttestView, *, status_code: int = 200) -> HTMLResponse:
    """The attest page (staff or customer) for ``view``."""
    if view.bankid is not None and view.bankid.qr_data:
        view.qr = qr_svg(view.bankid.qr_data)
    return render(
        request,
        "agent/attest.html",
        status_code,
        view=view,
        page=view.page,
        order=view.page.order,
        state_label=state_label,
    )


async def decline_form(
    request: Request,
    decline: Callable[[], AgentOrder],
    view: Callable[[], AttestView],
    *,
    reason: str,
    gone: str,
    heading: str,
    done: Callable[[AgentOrder], Response],
) -> Response:
    """The answer to an attestant's Decline form (staff or customer): ``decline`` run off
    the event loop, then ``done`` with the order; refused, the attest page (``view``)
    again with why and the reason as typed, or a page saying why when the page itself
    cannot be shown (the order or link ``gone``, no such role)."""

    def again(refused: DomainError) -> HTMLResponse:
        try:
            shown = view()
        except DomainError:
            return refusal_page(request, refused)
        shown.error = domain_text(refused)
        shown.extra["reason"] = reason
        return render_attest(request, shown, status_code=status_of(refused))

    try:
        order = await run_in_threadpool(decline)
    except DomainError as exc:
        return await form_refused(
            request, exc, gone=gone, heading=heading, again=partial(again, exc)
        )
    return done(order)


def bankid_json(progress: BankIdProgress, *, next_url: str = "") -> dict[str, Any]:
    """The poll answer of the BankID page."""
    return {
        "status": progress.status,
        "message": _(progress.message),
        "done": progress.done,
        "qr_svg": qr_svg(progress.qr_data) if progress.qr_data else None,
        "next_url": next_url if progress.status == "complete" else "",
    }


@dataclass(frozen=True)
class AttestSide:
    """One attestation as its routes see it: the agent attestant's or the customer's."""

    signing: Attestation
    db: Database
    settings: Settings
    #: Who signs what: ``who`` of :meth:`Attestation.at`.
    signer: dict[str, Any]
    #: The page's data; raises DomainError when the order, link or role is not there.
    view: Callable[[], AttestView]
    #: The heading of the page that refuses the order or the link.
    refused: str
    #: The answer to a completed signature (given the page's view) and to a cancelled BankID.
    done: Callable[[AttestView], Awaitable[Response]]
    again: Callable[[], Awaitable[Response]]
    #: The poll's JSON answer.
    poll_answer: Callable[[BankIdProgress], dict[str, Any]]
    #: Checked before the poll runs (the order's scope); raises DomainError.
    before_poll: Callable[[], None] = lambda: None

    def at(self, now: datetime) -> AttestCall:
        """The signing call at ``now`` (it reads the database: run it in a thread)."""
        return self.signing.at(db=self.db, settings=self.settings, now=now, **self.signer)


async def run_attest_step(
    request: Request,
    view: AttestView,
    form: dict[str, str],
    step: str,
    side: AttestSide,
    *,
    signing_id: str,
) -> Response:
    """One step of an attest page (send or check an SMS code, start, poll or cancel
    BankID) of either attestation, as ``side`` describes it. A refused step shows the
    page again with why."""
    db, settings = side.db, side.settings
    now = utcnow()
    bankid = bankid_for(request, settings)
    try:
        call = await run_in_threadpool(side.at, now)
        if step == "sms":
            sent = await run_in_threadpool(call.start, method="sms")
            assert isinstance(sent, SmsChallenge)
            view.challenge, view.mode = sent, "sms_code"
            response = render_attest(request, view)
            response.background = sms_sender_task(db, settings)
            return response
        if step == "sms_verify":
            await run_in_threadpool(
                call.complete_sms,
                challenge_id=form.get("challenge_id", ""),
                code=form.get("code", ""),
            )
            return await side.done(view)
        if step == "bankid":
            progress = await run_in_threadpool(
                call.start, method="bankid", end_user_ip=client_ip(request), bankid=bankid
            )
            assert isinstance(progress, BankIdProgress)
        elif step == "cancel":
            await run_in_threadpool(call.cancel_bankid, signing_id=signing_id, bankid=bankid)
            return await side.again()
        else:  # check: the poll without script
            progress = await run_in_threadpool(
                call.poll_bankid, signing_id=signing_id, bankid=bankid
            )
            if progress.status == "complete":
                return await side.done(view)
    except DomainError as exc:
        if step == "sms_verify":
            view.mode = "sms_code"
            view.challenge = SmsChallenge(
                form.get("challenge_id", "")[:40], form.get("phone_hint", "")[:4], now
            )
        view.error = domain_text(exc)
        return render_attest(request, view, status_code=status_of(exc))
    view.bankid, view.mode = progress, "bankid"
    return render_attest(request, view)


def add_attest_routes(
    router: APIRouter, path: str, side: Callable[..., AttestSide], binding: Callable[..., str]
) -> None:
    """The attest page's posts under ``path`` (the page itself is the side's GET): SMS
    code sent and checked, BankID started, polled (JSON), checked and cancelled.

    ``side`` is the dependency that describes the attestation, ``binding`` the one
    its forms' CSRF tokens are bound to.
    """
    side_dep = Annotated[AttestSide, Depends(side)]
    form_dep = Annotated[PostedForm, checked_form(binding)]

    async def step(
        request: Request, side: AttestSide, form: PostedForm, step: str, signing_id: str = ""
    ) -> Response:
        try:
            view = await run_in_threadpool(side.view)
        except DomainError as exc:
            return refusal_page(request, exc, side.refused)

        return await run_attest_step(request, view, form, step, side, signing_id=signing_id)

    @router.post(path + "/sms")
    async def attest_sms(request: Request, side: side_dep, form: form_dep) -> Response:
        return await step(request, side, form, "sms")

    @router.post(path + "/sms/verify")
    async def attest_sms_verify(request: Request, side: side_dep, form: form_dep) -> Response:
        return await step(request, side, form, "sms_verify")

    @router.post(path + "/bankid")
    async def attest_bankid(request: Request, side: side_dep, form: form_dep) -> Response:
        return await step(request, side, form, "bankid")

    @router.post(path + "/bankid/{signing_id}/check")
    async def attest_bankid_check(
        request: Request, signing_id: str, side: side_dep, form: form_dep
    ) -> Response:
        return await step(request, side, form, "check", signing_id)

    @router.post(path + "/bankid/{signing_id}/cancel")
    async def attest_bankid_cancel(
        request: Request, signing_id: str, side: side_dep, form: form_dep
    ) -> Response:
        return await step(request, side, form, "cancel", signing_id)

    @router.post(
        path + "/bankid/{signing_id}/status", dependencies=[checked_form(binding, json=True)]
    )
    async def attest_bankid_status(
        request: Request, signing_id: str, side: side_dep
    ) -> JSONResponse:
        """The BankID page's poll: collect (at most every 2 s) and a fresh QR code."""
        try:
            await run_in_threadpool(side.before_poll)
            call = await run_in_threadpool(side.at, utcnow())
            progress = await run_in_threadpool(
                call.poll_bankid, signing_id=signing_id, bankid=bankid_for(request, side.settings)
            )
        except DomainError as exc:
            body = {"status": "failed", "message": exc.message, "done": True}
            return JSONResponse(body, status_of(exc))
        return JSONResponse(side.poll_answer(progress), headers={"Cache-Control": "no-store"})
