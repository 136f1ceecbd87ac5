"""A local stand-in for Stripe's API (Checkout Sessions) and its webhooks, a real HTTP server
on 127.0.0.1 in a thread, spoken to by the official ``stripe`` library.

It speaks the documented API (https://docs.stripe.com/api/checkout/sessions,
https://docs.stripe.com/webhooks#verify-manually):

- ``POST /v1/checkout/sessions`` (``Authorization: Bearer <secret key>``, form-encoded with
  Stripe's bracket notation: ``line_items[0][price_data][unit_amount]``, ``metadata[ocr]``,
  ...): a session object (``id`` "cs_test_...", ``object`` "checkout.session", ``url``,
  ``amount_total``, ``currency``, ``status`` "open", ``payment_status`` "unpaid",
  ``metadata``, ``client_reference_id``, ``success_url``, ``expires_at``).
- ``GET /v1/checkout/sessions/{id}`` with ``expand[]=payment_intent.latest_charge.
  balance_transaction``: the session, its PaymentIntent expanded with its latest charge and
  that charge's balance transaction (``fee``: Stripe's Swedish price for EEA cards, 1.5 %
  + 1.80 kr; ``net``).
- ``POST /v1/refunds`` (https://docs.stripe.com/api/refunds/create): ``payment_intent``,
  ``amount`` (default: what is left of the charge), ``metadata``; a refund object (``id``
  "re_...", ``object`` "refund", ``amount``, ``charge``, ``payment_intent``, ``currency``,
  ``metadata``, ``status`` "pending"). An unknown PaymentIntent: 404 ``resource_missing``;
  more than is left to refund: 400 ``amount_too_large``; all refunded: 400
  ``charge_already_refunded``. The same ``Idempotency-Key`` again: the first answer.
- ``GET /v1/refunds/{id}``; ``GET /v1/refunds?charge=ch_...``: a list object of the charge's
  refunds, newest first.
- Wrong key: 401 with Stripe's error object; an unknown session: 404
  (``resource_missing``); a request Stripe refuses (no line items, a non-positive amount,
  no success URL): 400 ``parameter_missing`` / ``parameter_invalid_integer``.

:meth:`StripeStandin.pay` plays the payer completing the hosted page: the session becomes
``complete`` / ``paid`` with a PaymentIntent, and the ``checkout.session.completed`` event
is POSTed to the webhook URL signed as Stripe signs (``Stripe-Signature: t=<unix
time>,v1=<HMAC-SHA256 of "t.body" with the endpoint secret>``). :meth:`deliver` POSTs any
event body (again, or with a bad signature) and returns the answer. :meth:`settle_refund`
plays the card network answering a refund: ``succeeded`` (then ``charge.refunded`` with the
charge, and ``refund.updated`` with the refund, are delivered) or ``failed`` with a
``failure_reason`` (``refund.failed``), as https://docs.stripe.com/refunds#refund-events says.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests

API_KEY = "sk_test_standin0123456789"
WEBHOOK_SECRET = "whsec_standin0123456789abcdef"


def stripe_fee(amount: int) -> int:
    """Stripe's fee for an EEA card in Sweden: 1.5 % + 1.80 kr (öre, rounded)."""
    return round(amount * 15 / 1000) + 180


def sign(body: bytes, secret: str = WEBHOOK_SECRET, at: int | None = None) -> str:
    """The ``Stripe-Signature`` header of ``body`` as Stripe makes it."""
    stamp = int(time.time()) if at is None else at
    mac = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={stamp},v1={mac}"


def _unflatten(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Stripe's form encoding (``a[b][0][c]=v``) as nested dicts and lists."""
    root: dict[str, Any] = {}
    for key, value in pairs:
        parts = re.findall(r"[^\[\]]+", key)
        node: Any = root
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            if isinstance(node, list):
                index = int(part)
                while len(node) <= index:
                    node.append({})
                if last:
                    node[index] = value
                else:
                    if not isinstance(node[index], dict | list) or node[index] == {}:
                        node[index] = [] if parts[i + 1].isdigit() else {}
                    node = node[index]
            elif last:
                node[part] = value
            else:
                node = node.setdefault(part, [] if parts[i + 1].isdigit() else {})
    return root


@dataclass
class _Session:
    obj: dict[str, Any]
    intent: dict[str, Any] | None = None
    created: float = field(default_factory=time.time)


class _Handler(BaseHTTPRequestHandler):
    server: StripeStandin

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self, status: int, payload: dict[str, Any]) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Request-Id", "req_" + secrets.token_hex(8))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, kind: str, code: str, message: str, param: str = "") -> None:
        error = {"type": kind, "code": code, "message": message}
        if param:
            error["param"] = param
        self._answer(status, {"error": error})

    def _authorised(self) -> bool:
        if self.headers.get("Authorization") != f"Bearer {API_KEY}":
            self._error(401, "invalid_request_error", "", "Invalid API Key provided")
            return False
        return True

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        if not self._authorised():
            return
        with self.server.lock:
            trouble = self.server.trouble
        if trouble:
            self._error(trouble, "api_error", "", "Stripe is having trouble")
            return
        if urlsplit(self.path).path == "/v1/refunds":
            self._refund(_unflatten(parse_qsl(raw, keep_blank_values=True)))
            return
        if urlsplit(self.path).path != "/v1/checkout/sessions":
            self._error(404, "invalid_request_error", "", "Unrecognized request URL")
            return
        params = _unflatten(parse_qsl(raw, keep_blank_values=True))
        self.server.requests.append(params)
        items = params.get("line_items") or []
        if not items:
            self._error(400, "invalid_request_error", "parameter_missing",
                        "Missing required param: line_items.", "line_items")  # fmt: skip
            return
        try:
            amount = sum(
                int(item["price_data"]["unit_amount"]) * int(item.get("quantity", 1))
                for item in items
            )
        except (KeyError, ValueError, TypeError):
            self._error(400, "invalid_request_error", "parameter_invalid_integer",
                        "Invalid integer", "line_items[0][price_data][unit_amount]")  # fmt: skip
            return
        if amount <= 0 or not params.get("success_url"):
            self._error(400, "invalid_request_error", "parameter_invalid_integer",
                        "Invalid amount or missing success_url", "line_items")  # fmt: skip
            return
        session_id = "cs_test_" + secrets.token_hex(12)
        obj = {
            "id": session_id,
            "object": "checkout.session",
            "amount_total": amount,
            "amount_subtotal": amount,
            "currency": items[0]["price_data"].get("currency", "sek"),
            "client_reference_id": params.get("client_reference_id"),
            "metadata": params.get("metadata") or {},
            "mode": params.get("mode", "payment"),
            "payment_intent": None,
            "payment_status": "unpaid",
            "status": "open",
            "success_url": params["success_url"],
            "cancel_url": params.get("cancel_url"),
            "expires_at": int(params.get("expires_at") or time.time() + 86400),
            "created": int(time.time()),
            "livemode": False,
            "url": f"{self.server.url}/c/pay/{session_id}",
        }
        with self.server.lock:
            self.server.sessions[session_id] = _Session(obj)
        self._answer(200, obj)

    def _refund(self, params: dict[str, Any]) -> None:
        key = self.headers.get("Idempotency-Key") or ""
        server = self.server
        with server.lock:
            if key and key in server.idempotent:
                if server.lose_answer:
                    self._error(500, "api_error", "", "Stripe is having trouble")
                else:
                    self._answer(200, dict(server.refunds[server.idempotent[key]]))
                return
            server.refund_requests.append(params)
            intent = next(
                (
                    s.intent
                    for s in server.sessions.values()
                    if s.intent is not None and s.intent["id"] == params.get("payment_intent")
                ),
                None,
            )
            if intent is None:
                self._error(404, "invalid_request_error", "resource_missing",
                            "No such payment_intent", "payment_intent")  # fmt: skip
                return
            charge = intent["latest_charge"]
            left = int(charge["amount"]) - int(charge.get("amount_refunded", 0))
            if left <= 0:
                self._error(400, "invalid_request_error", "charge_already_refunded",
                            f"Charge {charge['id']} has already been refunded.")  # fmt: skip
                return
            try:
                amount = int(params.get("amount") or left)
            except ValueError:
                self._error(400, "invalid_request_error", "parameter_invalid_integer",
                            "Invalid integer", "amount")  # fmt: skip
                return
            if not 0 < amount <= left:
                self._error(400, "invalid_request_error", "amount_too_large",
                            f"Refund amount ({amount}) is greater than unrefunded amount "
                            f"on charge ({left})", "amount")  # fmt: skip
                return
            charge["amount_refunded"] = int(charge.get("amount_refunded", 0)) + amount
            refund = {
                "id": "re_" + secrets.token_hex(12),
                "object": "refund",
                "amount": amount,
                "charge": charge["id"],
                "payment_intent": intent["id"],
                "currency": intent["currency"],
                "created": int(time.time()),
                "metadata": params.get("metadata") or {},
                "reason": params.get("reason"),
                "status": "pending",
                "failure_reason": None,
            }
            server.refunds[refund["id"]] = refund
            if key:
                server.idempotent[key] = refund["id"]
            lost = server.lose_answer
        if lost:  # made, but the answer never arrives (a 500 after the work is done)
            self._error(500, "api_error", "", "Stripe is having trouble")
            return
        self._answer(200, dict(refund))

    def do_GET(self) -> None:
        if not self._authorised():
            return
        parts = urlsplit(self.path)
        if parts.path == "/v1/refunds" or parts.path.startswith("/v1/refunds/"):
            self._get_refunds(parts.path, dict(parse_qsl(parts.query)))
            return
        found = re.fullmatch(r"/v1/checkout/sessions/([A-Za-z0-9_]+)", parts.path)
        session = self.server.sessions.get(found.group(1)) if found else None
        if session is None:
            self._error(404, "invalid_request_error", "resource_missing",
                        "No such checkout.session", "session")  # fmt: skip
            return
        expand = [v for k, v in parse_qsl(parts.query) if k.startswith("expand")]
        obj = dict(session.obj)
        if session.intent is not None:
            if "payment_intent.latest_charge.balance_transaction" in expand:
                obj["payment_intent"] = session.intent
            else:
                obj["payment_intent"] = session.intent["id"]
        self._answer(200, obj)

    def _get_refunds(self, path: str, query: dict[str, str]) -> None:
        with self.server.lock:
            if path == "/v1/refunds":
                found = [
                    dict(r)
                    for r in reversed(self.server.refunds.values())
                    if not query.get("charge") or r["charge"] == query["charge"]
                ]
                listed = {"object": "list", "url": "/v1/refunds", "has_more": False, "data": found}
                self._answer(200, listed)
                return
            refund = self.server.refunds.get(path.rsplit("/", 1)[1])
            refund = dict(refund) if refund else None
        if refund is None:
            self._error(404, "invalid_request_error", "resource_missing",
                        "No such refund", "id")  # fmt: skip
            return
        self._answer(200, refund)


class StripeStandin(ThreadingHTTPServer):
    """Stripe's API on 127.0.0.1 (module docstring); ``url`` is its ``api`` base address."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self.lock = threading.Lock()
        self.sessions: dict[str, _Session] = {}
        #: Every session creation's parameters, as Stripe read them.
        self.requests: list[dict[str, Any]] = []
        #: Refunds by id, every refund creation's parameters, and idempotency keys seen.
        self.refunds: dict[str, dict[str, Any]] = {}
        self.refund_requests: list[dict[str, Any]] = []
        self.idempotent: dict[str, str] = {}
        #: Set: every session creation is answered with this status (Stripe's trouble).
        self.trouble = 0
        #: Set: a refund is made but answered 500, as when Stripe's answer is lost.
        self.lose_answer = False
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def start(self) -> StripeStandin:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def session_id_of(self, checkout_url: str) -> str:
        """The session id of a hosted page's URL."""
        return checkout_url.rsplit("/", 1)[1]

    def pay(self, session_id: str, webhook_url: str) -> tuple[bytes, requests.Response]:
        """The payer pays on the hosted page: the session is paid and its
        ``checkout.session.completed`` event is delivered, signed; (its body, the answer)."""
        body = self.complete(session_id)
        return body, self.deliver(webhook_url, body)

    def complete(self, session_id: str) -> bytes:
        """The session paid; its ``checkout.session.completed`` event's body (not delivered)."""
        with self.lock:
            session = self.sessions[session_id]
            amount = int(session.obj["amount_total"])
            fee = stripe_fee(amount)
            session.intent = {
                "id": "pi_" + secrets.token_hex(12),
                "object": "payment_intent",
                "amount": amount,
                "amount_received": amount,
                "currency": session.obj["currency"],
                "status": "succeeded",
                "metadata": session.obj["metadata"],
                "latest_charge": {
                    "id": "ch_" + secrets.token_hex(12),
                    "object": "charge",
                    "amount": amount,
                    "paid": True,
                    "balance_transaction": {
                        "id": "txn_" + secrets.token_hex(12),
                        "object": "balance_transaction",
                        "amount": amount,
                        "fee": fee,
                        "net": amount - fee,
                        "currency": session.obj["currency"],
                        "type": "charge",
                    },
                },
            }
            session.obj.update(
                status="complete", payment_status="paid", payment_intent=session.intent["id"]
            )
            data = dict(session.obj)
        return self.event_body("checkout.session.completed", data)

    def event_body(self, kind: str, data: dict[str, Any]) -> bytes:
        """An event as Stripe POSTs it to a webhook endpoint."""
        event = {
            "id": "evt_" + secrets.token_hex(12),
            "object": "event",
            "api_version": "2025-01-27.acacia",
            "created": int(time.time()),
            "livemode": False,
            "pending_webhooks": 1,
            "type": kind,
            "data": {"object": data},
        }
        return json.dumps(event, indent=2).encode()

    def deliver(
        self, webhook_url: str, body: bytes, *, secret: str = WEBHOOK_SECRET
    ) -> requests.Response:
        """POST ``body`` to the webhook URL signed with ``secret`` (Stripe's headers)."""
        return requests.post(
            webhook_url,
            data=body,
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "Stripe-Signature": sign(body, secret),
                "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
            },
            timeout=20,
        )

    def settle_refund(
        self, refund_id: str, webhook_url: str, *, failure_reason: str | None = None
    ) -> list[tuple[bytes, requests.Response]]:
        """The card network answers the refund: ``succeeded`` (``charge.refunded`` and
        ``refund.updated`` delivered, in that order) or, with ``failure_reason``, ``failed``
        (``refund.failed``); each event's (body, answer)."""
        with self.lock:
            refund = self.refunds[refund_id]
            if failure_reason:
                refund.update(status="failed", failure_reason=failure_reason)
                charge = None
            else:
                refund["status"] = "succeeded"
                charge = next(
                    s.intent["latest_charge"]
                    for s in self.sessions.values()
                    if s.intent is not None and s.intent["id"] == refund["payment_intent"]
                )
                charge = dict(charge, refunded=charge["amount_refunded"] >= charge["amount"])
            refund = dict(refund)
        bodies = []
        if charge is not None:
            bodies.append(self.event_body("charge.refunded", charge))
            bodies.append(self.event_body("refund.updated", refund))
        else:
            bodies.append(self.event_body("refund.failed", refund))
        return [(body, self.deliver(webhook_url, body)) for body in bodies]
