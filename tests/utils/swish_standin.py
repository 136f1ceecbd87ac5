"""A local stand-in for Swish for Merchants' payment request API, over real HTTPS with
mutual TLS (certificates made locally, as :mod:`tests.utils.bankid_standin` makes them).

It speaks the documented API (https://developer.swish.nu/api/payment-request/v2):

- ``PUT /swish-cpcapi/api/v2/paymentrequests/{instructionUUID}`` (32 hex characters, upper
  case) with the JSON fields ``payeePaymentReference``, ``callbackUrl`` (HTTPS),
  ``payeeAlias``, ``amount`` (1-999999999999.99 SEK), ``currency`` ("SEK"), ``message``
  (at most 50 characters) and, for e-commerce, ``payerAlias``; without ``payerAlias``
  (m-commerce) the answer carries a ``PaymentRequestToken`` header. ``201 Created`` with
  ``Location``. Refusals are Swish's: 422 with ``[{"errorCode", "errorMessage"}]`` (RP03
  callback URL, PA02 amount, AM03 currency, RP01 payee alias, RP02 message, FF08 reference),
  409 RP06 for an id already used.
- ``GET /swish-cpcapi/api/v1/paymentrequests/{id}``: the payment request object (``id``,
  ``payeePaymentReference``, ``paymentReference``, ``callbackUrl``, ``payerAlias``,
  ``payeeAlias``, ``amount``, ``currency``, ``message``, ``status`` CREATED | PAID |
  DECLINED | ERROR | CANCELLED, ``dateCreated``, ``datePaid``, ``errorCode``,
  ``errorMessage``); an unknown id 404.
- ``PUT /swish-cpcapi/api/v2/refunds/{instructionUUID}`` (https://developer.swish.nu/api/
  refunds/v2): ``originalPaymentReference`` (a paid payment's ``paymentReference``),
  ``callbackUrl`` (HTTPS), ``payerAlias`` (the merchant's number), ``amount``, ``currency``,
  ``message``, ``payerPaymentReference``; ``201 Created`` with ``Location``. Refusals: 422
  RF02 (original payment not found), RF03 (payer alias not the original payee), RF08 (more
  than the payment less earlier refunds), PA02, AM03, RP03, RP02; 409 RP06 for an id used.
- ``GET /swish-cpcapi/api/v1/refunds/{id}``: the refund object (``id``, ``paymentReference``,
  ``payerPaymentReference``, ``originalPaymentReference``, ``callbackUrl``, ``payerAlias``,
  ``amount``, ``currency``, ``message``, ``status`` CREATED | DEBITED | PAID | ERROR,
  ``dateCreated``, ``datePaid``, ``errorCode``, ``errorMessage``); an unknown id 404.
- A connection without a client certificate signed by the merchant CA it trusts is refused
  in the TLS handshake, as Swish refuses it.

:meth:`SwishStandin.pay` plays the payer approving in the Swish app: the request gets its
status (PAID by default, with a ``paymentReference`` and ``datePaid``) and Swish's callback,
the payment request object, is POSTed to its ``callbackUrl`` (or to ``to``: the test server's
address for the URL the request named). :meth:`SwishStandin.settle_refund` plays Swish
paying a refund out (PAID, or ERROR with an error code) and POSTs its callback, the refund
object.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import requests

from tests.utils.tls_standin import MutualTlsServer, MutualTlsStandin

#: Where the Swish API answers on the stand-in's server.
API = "/swish-cpcapi/api/"

PAYEE_ALIAS = "1234679304"
_ID = re.compile(r"[0-9A-F]{32}")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _refusal(body: dict[str, Any]) -> tuple[str, str] | None:
    """Swish's error code and message for a payment request it would refuse, or None."""
    if not str(body.get("callbackUrl") or "").startswith("https://"):
        return "RP03", "Callback URL is missing or does not use HTTPS"
    if body.get("payeeAlias") != PAYEE_ALIAS:
        return "RP01", "Missing Merchant Swish Number"
    try:
        amount = Decimal(str(body.get("amount")))
    except InvalidOperation:
        return "PA02", "Amount value is missing or not a valid number"
    if not Decimal("1") <= amount <= Decimal("999999999999.99") or amount != amount.quantize(
        Decimal("0.01")
    ):
        return "PA02", "Amount value is missing or not a valid number"
    if body.get("currency") != "SEK":
        return "AM03", "Invalid or missing Currency"
    if len(str(body.get("message") or "")) > 50:
        return "RP02", "Wrong formatted message"
    if not re.fullmatch(r"[A-Za-z0-9]{1,35}", str(body.get("payeePaymentReference") or "x")):
        return "FF08", "PayeePaymentReference is invalid"
    return None


def _refund_refusal(body: dict[str, Any]) -> tuple[str, str] | None:
    """Swish's error code and message for a refund it would refuse on its form, or None."""
    if not str(body.get("callbackUrl") or "").startswith("https://"):
        return "RP03", "Callback URL is missing or does not use HTTPS"
    try:
        amount = Decimal(str(body.get("amount")))
    except InvalidOperation:
        return "PA02", "Amount value is missing or not a valid number"
    if not Decimal("1") <= amount <= Decimal("999999999999.99"):
        return "PA02", "Amount value is missing or not a valid number"
    if body.get("currency") != "SEK":
        return "AM03", "Invalid or missing Currency"
    if len(str(body.get("message") or "")) > 50:
        return "RP02", "Wrong formatted message"
    return None


@dataclass
class _State:
    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: dict[str, dict[str, Any]] = field(default_factory=dict)
    refunds: dict[str, dict[str, Any]] = field(default_factory=dict)


class _Handler(BaseHTTPRequestHandler):
    server: MutualTlsServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(
        self, status: int, payload: Any = None, headers: dict[str, str] | None = None
    ) -> None:
        body = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if payload is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _instruction(self, request_id: str, raw: bytes) -> dict[str, Any] | None:
        """A PUT's JSON body, when it is an object and the instruction id is Swish's form
        (else the refusal answered: 400, or 422 RP08)."""
        try:
            body = json.loads(raw)
            assert isinstance(body, dict)
        except (ValueError, AssertionError):
            self._answer(400)
            return None
        if not _ID.fullmatch(request_id):
            self._answer(422, [{"errorCode": "RP08", "errorMessage": "Invalid instruction UUID"}])
            return None
        return body

    def _refund(self, request_id: str, raw: bytes) -> None:
        body = self._instruction(request_id, raw)
        if body is None:
            return
        refused = _refund_refusal(body)
        state = self.server.state
        with state.lock:
            original = next(
                (
                    p
                    for p in state.requests.values()
                    if p["status"] == "PAID"
                    and p["paymentReference"] == body.get("originalPaymentReference")
                ),
                None,
            )
            if refused is None and original is None:
                refused = "RF02", "Original Payment not found or original payment is too old"
            if refused is None and original is not None:
                if body.get("payerAlias") != original["payeeAlias"]:
                    refused = "RF03", "Payer alias in the refund does not match the payee alias"
                else:
                    earlier = sum(
                        Decimal(str(r["amount"]))
                        for r in state.refunds.values()
                        if r["originalPaymentReference"] == original["paymentReference"]
                        and r["status"] != "ERROR"
                    )
                    left = Decimal(str(original["amount"])) - earlier
                    if Decimal(str(body["amount"])) > left:
                        refused = (
                            "RF08",
                            "Amount value is too large, or amount exceeds the amount of "
                            "the original payment minus any previous refunds",
                        )
            if refused:
                self._answer(422, [{"errorCode": refused[0], "errorMessage": refused[1]}])
                return
            if request_id in state.refunds:
                self._answer(409, [{"errorCode": "RP06", "errorMessage": "Already in use"}])
                return
            state.refunds[request_id] = {
                "id": request_id,
                "paymentReference": None,
                "payerPaymentReference": body.get("payerPaymentReference"),
                "originalPaymentReference": body["originalPaymentReference"],
                "callbackUrl": body["callbackUrl"],
                "payerAlias": body["payerAlias"],
                "payeeAlias": original["payerAlias"] if original else None,
                "amount": float(Decimal(str(body["amount"]))),
                "currency": "SEK",
                "message": body.get("message"),
                "status": "CREATED",
                "dateCreated": _now(),
                "datePaid": None,
                "errorCode": None,
                "errorMessage": None,
            }
        self._answer(201, None, {"Location": f"{self.server.base}{API}v1/refunds/{request_id}"})

    def do_PUT(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        refund = re.fullmatch(r"/swish-cpcapi/api/v2/refunds/([^/]+)", self.path)
        if refund is not None:
            self._refund(refund.group(1), raw)
            return
        found = re.fullmatch(r"/swish-cpcapi/api/v2/paymentrequests/([^/]+)", self.path)
        if found is None:
            self._answer(404)
            return
        request_id = found.group(1)
        body = self._instruction(request_id, raw)
        if body is None:
            return
        refused = _refusal(body)
        if refused:
            self._answer(422, [{"errorCode": refused[0], "errorMessage": refused[1]}])
            return
        state = self.server.state
        with state.lock:
            if request_id in state.requests:
                self._answer(409, [{"errorCode": "RP06", "errorMessage": "Already in use"}])
                return
            state.requests[request_id] = {
                "id": request_id,
                "payeePaymentReference": body.get("payeePaymentReference"),
                "paymentReference": None,
                "callbackUrl": body["callbackUrl"],
                "payerAlias": body.get("payerAlias"),
                "payeeAlias": body["payeeAlias"],
                "amount": float(Decimal(str(body["amount"]))),
                "currency": "SEK",
                "message": body.get("message"),
                "status": "CREATED",
                "dateCreated": _now(),
                "datePaid": None,
                "errorCode": None,
                "errorMessage": None,
            }
        headers = {"Location": f"{self.server.base}{API}v1/paymentrequests/{request_id}"}
        if not body.get("payerAlias"):
            headers["PaymentRequestToken"] = secrets.token_hex(16)
        self._answer(201, None, headers)

    def do_GET(self) -> None:
        found = re.fullmatch(r"/swish-cpcapi/api/v1/(paymentrequests|refunds)/([^/]+)", self.path)
        with self.server.state.lock:
            kept = self.server.state.refunds if found and found.group(1) == "refunds" else None
            kept = self.server.state.requests if kept is None else kept
            payment = kept.get(found.group(2)) if found else None
            payment = dict(payment) if payment else None
        if payment is None:
            self._answer(404)
            return
        self._answer(200, payment)


class SwishStandin(MutualTlsStandin):
    """The stand-in (module docstring). ``api_url`` is the API's base (``.../api/``);
    ``certs`` the merchant's client certificate and key (``rp_cert``, ``rp_key``) and the
    CA of the server's certificate (``server_ca``)."""

    def __init__(self, directory: Path) -> None:
        self.state = _State()
        super().__init__(directory, _Handler, self.state)

    @property
    def api_url(self) -> str:
        return f"{self.base}{API}"

    def payment_request(self, request_id: str) -> dict[str, Any]:
        with self.state.lock:
            return dict(self.state.requests[request_id])

    def pay(
        self, request_id: str, *, status: str = "PAID", to: str | None = None
    ) -> requests.Response:
        """The payer answers in the app: the request's new status, and Swish's callback
        POSTed (to ``to`` instead of its callbackUrl when given)."""
        with self.state.lock:
            payment = self.state.requests[request_id]
            payment["status"] = status
            if status == "PAID":
                payment["paymentReference"] = secrets.token_hex(16).upper()
                payment["datePaid"] = _now()
            else:
                payment["errorCode"] = "RF07" if status == "DECLINED" else "TM01"
                payment["errorMessage"] = "Transaction declined" if status == "DECLINED" else ""
            body = dict(payment)
        return requests.post(to or body["callbackUrl"], json=body, timeout=20)

    def refund(self, refund_id: str) -> dict[str, Any]:
        with self.state.lock:
            return dict(self.state.refunds[refund_id])

    def refund_ids(self) -> list[str]:
        with self.state.lock:
            return list(self.state.refunds)

    def settle_refund(
        self, refund_id: str, *, status: str = "PAID", to: str | None = None
    ) -> requests.Response:
        """Swish pays the refund out (PAID) or cannot (ERROR): its status, and Swish's
        callback (the refund object) POSTed (to ``to`` instead of its callbackUrl)."""
        with self.state.lock:
            refund = self.state.refunds[refund_id]
            refund["status"] = status
            if status == "PAID":
                refund["paymentReference"] = secrets.token_hex(16).upper()
                refund["datePaid"] = _now()
            else:
                refund["errorCode"] = "RF07"
                refund["errorMessage"] = "Transaction declined"
            body = dict(refund)
        return requests.post(to or body["callbackUrl"], json=body, timeout=20)
