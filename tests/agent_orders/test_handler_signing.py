"""The case handler approves or rejects with BankID when the tenant's agent-order settings
say so (seed 004 step 1.14), over the real server, real SMTP and the BankID v6 stand-in."""

from __future__ import annotations

import base64
import re
from typing import Any

import requests
from sqlalchemy import select

from models.agent_orders import AgentOrder, OrderState, Signature
from models.audit import AuditEvent
from models.ids import new_id
from models.tenancy import Membership, Role, User
from server.services.agent_orders import handler_signing
from server.signing.tables import SignatureEvidence
from tests.agent_orders.builders import Cast, add_order, order_state
from tests.agent_orders.live import LiveApp
from tests.agent_orders.web import api, csrf, field, post, text, wait_for_mail, web_view
from tests.server.smtp import SmtpServer
from tests.utils.bankid_standin import BankIdStandin, Complete, Failed, Pending

HANDLER_PNR = "191212121212"
SOMEONE_ELSE = "198112189876"


def _signs_with_bankid(live: LiveApp, cast: Cast, on: bool) -> None:
    """The tenant's administrator sets the setting through the synced command."""
    client = api(cast.tokens["admin"])
    pulled = client.get(f"{live.url}/api/v1/sync/pull", params={"limit": 5000}, timeout=10)
    rows = pulled.json()["changes"].get("agent_order_settings", [])
    row = rows[-1] if rows else {"id": new_id(), "version": 0}
    pushed = client.post(
        f"{live.url}/api/v1/sync/push",
        json={
            "commands": [
                {
                    "id": new_id(),
                    "name": "agent_order_settings.set",
                    "version": 1,
                    "args": {
                        "settings_id": row["id"],
                        "expected_version": row["version"],
                        "handler_signs_with_bankid": on,
                    },
                }
            ]
        },
        timeout=10,
    ).json()
    assert pushed["results"][0]["status"] == "applied", pushed


def _register_personnummer(live: LiveApp, cast: Cast, who: str, number: str) -> None:
    resp = api(cast.tokens["admin"]).patch(
        f"{live.url}/api/v1/users/{cast.users[who].id}",
        json={"personnummer": number},
        timeout=10,
    )
    assert resp.status_code == 200, resp.text
    assert number not in resp.text  # never returned


def _handler_cast(live: LiveApp) -> Cast:
    cast = live.cast()
    _signs_with_bankid(live, cast, True)
    _register_personnummer(live, cast, "handler", "19121212-1212")
    return cast


def _review(live: LiveApp, cast: Cast, order_id: str) -> tuple[requests.Session, Any]:
    view, page = web_view(live, cast.tokens["handler"], f"/staff/agent-orders/{order_id}/review")
    assert page.status_code == 200, text(page)
    return view, page


def _approve_form(page: Any, cast: Cast) -> dict[str, str]:
    return {
        "terms_accepted": "yes",
        "terms_version": field(page, "terms_version"),
        "billing_reference": "PO 4711",
        "billing_address": "Box 12, 111 22 Stockholm",
        "attest_reference": "",
        "attest_note": "",
        "attestant": cast.email("attestant"),
    }


def _signed_text(bankid: BankIdStandin) -> str:
    sign = [body for method, body in bankid.requests if method == "sign"][-1]
    return base64.b64decode(sign["userVisibleData"]).decode()


def _check_url(page: Any) -> str:
    found = re.search(r'action="(/staff/agent-orders/[^"]+/review/bankid/[^"]+/check)"', page.text)
    assert found, text(page)
    return found.group(1)


def _signatures(live: LiveApp, order_id: str) -> list[Signature]:
    with live.db.sessions() as s:
        return list(s.scalars(select(Signature).where(Signature.order_id == order_id)))


def test_setting_on_approval_takes_effect_only_on_the_handlers_completed_bankid_sign(
    live: LiveApp, bankid: BankIdStandin, smtp: SmtpServer
) -> None:
    cast = _handler_cast(live)
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    order = order_state(live.db, order_id)
    view, page = _review(live, cast, order_id)
    assert 'id="bankid-required"' in page.text and "Approve with BankID" in page.text
    assert f"/staff/agent-orders/{order_id}/review/bankid/approve" in page.text

    # The plain form is refused while the setting is on: nothing changes.
    plain = post(
        view, f"{live.url}/staff/agent-orders/{order_id}/approve", page, **_approve_form(page, cast)
    )
    assert plain.status_code == 403 and "with BankID" in text(plain)
    assert order_state(live.db, order_id).state == OrderState.AGENT_REVIEW

    # Approve starts a BankID sign of the decision; the order waits for the signature.
    bankid.script_next_order(
        Pending("outstandingTransaction"), Complete(personal_number=HANDLER_PNR)
    )
    started = post(
        view,
        f"{live.url}/staff/agent-orders/{order_id}/review/bankid/approve",
        page,
        **_approve_form(page, cast),
    )
    assert started.status_code == 200 and "<svg" in started.text, text(started)
    assert "bankid:///" in started.text and 'id="signed-decision"' in started.text
    shown = _signed_text(bankid)
    assert shown.startswith(f"I approve order {order.number} for Region Norr")
    assert "Fiberanslutning 1 Gbit/s" in shown and cast.email("attestant") in shown
    assert order_state(live.db, order_id).state == OrderState.AGENT_REVIEW

    # The page's poll (JSON): pending first, then complete with where to go.
    status_url = re.search(r'data-status-url="([^"]+)"', started.text)
    assert status_url
    first = view.post(
        f"{live.url}{status_url.group(1)}", data={"csrf_token": csrf(started)}, timeout=10
    )
    assert first.status_code == 200 and first.json()["status"] == "pending", first.text
    assert order_state(live.db, order_id).state == OrderState.AGENT_REVIEW
    # Without script: "I have signed – check" (the server paces collects: check until done).
    done = post(view, f"{live.url}{_check_url(started)}", started)
    while "/review" in done.url:
        done = post(view, f"{live.url}{_check_url(done)}", done)
    assert done.status_code == 200 and "approved and sent to the attestant" in done.text

    approved = order_state(live.db, order_id)
    assert approved.state == OrderState.AGENT_APPROVED
    assert approved.agent_attestant_email == cast.email("attestant")
    [sig] = _signatures(live, order_id)
    assert (sig.role, sig.method, sig.signer_email) == (
        "case_handler",
        "bankid",
        cast.email("handler"),
    )
    assert sig.data_hash == handler_signing.decision_hash(
        order, handler_signing.approval(_approve_form(page, cast))
    )
    with live.db.sessions() as s:
        evidence = s.get(SignatureEvidence, sig.id)
    assert evidence is not None and evidence.personnummer == HANDLER_PNR
    assert evidence.data["signature"] and evidence.data["decision"]["action"] == "approve"
    # The trail shows the signature; the attestant is told as always.
    trail = view.get(f"{live.url}/staff/agent-orders/{order_id}", timeout=10)
    assert "Case handler" in trail.text and sig.data_hash in trail.text
    wait_for_mail(smtp, cast.email("attestant"), "awaits your attestation")


def test_a_sign_by_another_personnummer_is_refused_and_the_order_stays_in_review(
    live: LiveApp, bankid: BankIdStandin
) -> None:
    cast = _handler_cast(live)
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    view, page = _review(live, cast, order_id)
    bankid.script_next_order(Complete(personal_number=SOMEONE_ELSE))
    started = post(
        view,
        f"{live.url}/staff/agent-orders/{order_id}/review/bankid/approve",
        page,
        **_approve_form(page, cast),
    )
    checked = post(view, f"{live.url}{_check_url(started)}", started)
    assert checked.status_code == 200 and handler_signing.NOT_YOURS in text(checked)
    assert order_state(live.db, order_id).state == OrderState.AGENT_REVIEW
    assert _signatures(live, order_id) == []


def test_a_cancelled_or_expired_sign_leaves_the_order_in_review(
    live: LiveApp, bankid: BankIdStandin
) -> None:
    cast = _handler_cast(live)
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    view, page = _review(live, cast, order_id)
    for hint, message in (("userCancel", "Action cancelled."), ("expiredTransaction", "")):
        bankid.script_next_order(Failed(hint))
        started = post(
            view,
            f"{live.url}/staff/agent-orders/{order_id}/review/bankid/approve",
            page,
            **_approve_form(page, cast),
        )
        checked = post(view, f"{live.url}{_check_url(started)}", started)
        assert checked.status_code == 200 and 'class="error"' in checked.text
        assert message in text(checked) and "Start the signing again" in text(checked)
        assert order_state(live.db, order_id).state == OrderState.AGENT_REVIEW
    # The handler cancels a pending sign: back to the review form, BankID told.
    bankid.script_next_order(Pending())
    started = post(
        view,
        f"{live.url}/staff/agent-orders/{order_id}/review/bankid/approve",
        page,
        **_approve_form(page, cast),
    )
    cancel = re.search(r'action="(/staff/agent-orders/[^"]+/cancel)"', started.text)
    assert cancel
    back = post(view, f"{live.url}{cancel.group(1)}", started)
    assert (
        back.status_code == 200
        and back.url.endswith("/review")
        and 'id="approve-form"' in back.text
    )
    assert [m for m, _ in bankid.requests][-1] == "cancel"
    assert order_state(live.db, order_id).state == OrderState.AGENT_REVIEW
    assert _signatures(live, order_id) == []


def test_reject_with_bankid_signs_the_reason_and_tells_the_customer(
    live: LiveApp, bankid: BankIdStandin, smtp: SmtpServer
) -> None:
    cast = _handler_cast(live)
    orderer = f"kim.{cast.slug}@region-norr.se"
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    with live.db.transaction() as s:
        row = s.get(AgentOrder, order_id)
        assert row is not None
        row.ordered_by_email = orderer
    order = order_state(live.db, order_id)
    view, page = _review(live, cast, order_id)
    reason = "Adressen saknar fiber"
    bankid.script_next_order(Complete(personal_number=HANDLER_PNR))
    started = post(
        view, f"{live.url}/staff/agent-orders/{order_id}/review/bankid/reject", page, reason=reason
    )
    assert started.status_code == 200 and "Reject with BankID" in started.text, text(started)
    assert _signed_text(bankid) == (
        f"I reject order {order.number} for Region Norr: Fiberanslutning 1 Gbit/s through "
        f"Nordisk Nätpartner AB. Reason: {reason}"
    )
    done = post(view, f"{live.url}{_check_url(started)}", started)
    assert done.status_code == 200 and "The order is rejected" in done.text
    rejected = order_state(live.db, order_id)
    assert (rejected.state, rejected.rejected_reason) == (OrderState.REJECTED, reason)
    [sig] = _signatures(live, order_id)
    assert sig.role == "case_handler" and sig.method == "bankid"
    assert sig.data_hash == handler_signing.decision_hash(
        order, {"action": "reject", "reason": reason}
    )
    with live.db.sessions() as s:
        evidence = s.get(SignatureEvidence, sig.id)
    assert evidence is not None and evidence.data["decision"] == {
        "action": "reject",
        "reason": reason,
    }
    assert reason in wait_for_mail(smtp, orderer, order.number).get_content()


def test_no_personnummer_registered_is_said_before_bankid_is_asked(
    live: LiveApp, bankid: BankIdStandin
) -> None:
    cast = live.cast()
    _signs_with_bankid(live, cast, True)
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    view, page = _review(live, cast, order_id)
    signs = sum(1 for m, _ in bankid.requests if m == "sign")
    refused = post(
        view, f"{live.url}/staff/agent-orders/{order_id}/review/bankid/reject", page, reason="Nej"
    )
    assert refused.status_code == 422 and "No personnummer is registered" in text(refused)
    assert sum(1 for m, _ in bankid.requests if m == "sign") == signs
    assert order_state(live.db, order_id).state == OrderState.AGENT_REVIEW


def test_setting_off_is_the_plain_form_as_before(live: LiveApp, bankid: BankIdStandin) -> None:
    cast = live.cast()
    _register_personnummer(live, cast, "handler", HANDLER_PNR)
    _signs_with_bankid(live, cast, True)
    _signs_with_bankid(live, cast, False)  # on, then off again: a new version
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    view, page = _review(live, cast, order_id)
    assert 'id="bankid-required"' not in page.text and "with BankID" not in page.text
    assert f'action="/staff/agent-orders/{order_id}/approve"' in page.text
    signs = sum(1 for m, _ in bankid.requests if m == "sign")
    refused = post(
        view,
        f"{live.url}/staff/agent-orders/{order_id}/review/bankid/approve",
        page,
        **_approve_form(page, cast),
    )
    assert refused.status_code == 403 and sum(1 for m, _ in bankid.requests if m == "sign") == signs
    approved = post(
        view, f"{live.url}/staff/agent-orders/{order_id}/approve", page, **_approve_form(page, cast)
    )
    assert approved.status_code == 200 and "approved and sent to the attestant" in approved.text
    assert order_state(live.db, order_id).state == OrderState.AGENT_APPROVED
    assert _signatures(live, order_id) == []


def test_the_personnummer_is_checked_audited_without_the_number_and_not_set_across_tenants(
    live: LiveApp,
) -> None:
    cast, other = live.cast(), live.cast()
    admin = api(cast.tokens["admin"])
    user_url = f"{live.url}/api/v1/users/{cast.users['handler'].id}"
    wrong = admin.patch(user_url, json={"personnummer": "19121212-1213"}, timeout=10)
    assert wrong.status_code == 422 and wrong.json()["detail"]["field"] == "personnummer"
    _register_personnummer(live, cast, "handler", "19121212-1212")
    with live.db.sessions() as s:
        audited = s.scalars(
            select(AuditEvent).where(
                AuditEvent.tenant_id == cast.tenant_id,
                AuditEvent.action == "user.personnummer_changed",
            )
        ).all()
    assert [e.details for e in audited] == [{"registered": True}]
    # An account that also works for another organisation: one tenant may not decide whose
    # BankID signs for it in the other.
    with live.db.transaction() as s:
        s.add(
            Membership(
                user_id=cast.users["handler"].id, tenant_id=other.tenant_id, role=Role.VIEWER
            )
        )
    shared = admin.patch(user_url, json={"personnummer": SOMEONE_ELSE}, timeout=10)
    assert shared.status_code == 409 and shared.json()["detail"]["code"] == "shared_account"
    with live.db.sessions() as s:
        assert s.get(User, cast.users["handler"].id).personnummer == HANDLER_PNR  # type: ignore[union-attr]


def test_bankid_shows_the_decision_in_the_language_of_the_page(
    live: LiveApp, bankid: BankIdStandin
) -> None:
    cast = _handler_cast(live)
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    order = order_state(live.db, order_id)
    view, page = _review(live, cast, order_id)
    view.headers["Accept-Language"] = "sv-SE,sv;q=0.9"
    bankid.script_next_order(Pending())
    started = post(
        view, f"{live.url}/staff/agent-orders/{order_id}/review/bankid/reject", page, reason="Nej"
    )
    assert started.status_code == 200 and "Avslå med BankID" in started.text, text(started)
    assert _signed_text(bankid) == (
        f"Jag avslår beställning {order.number} för Region Norr: Fiberanslutning 1 Gbit/s "
        "genom Nordisk Nätpartner AB. Skäl: Nej"
    )
