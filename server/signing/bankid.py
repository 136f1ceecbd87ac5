"""BankID signing (RP API v6) behind a small adapter.

:class:`BankIdService` is what the signing pages use: start a sign order,
collect its status (the page polls about every 2 seconds, as BankID asks),
cancel it, and draw the animated QR code. :class:`PyBankIdService` is the
real implementation on ``pybankid``: mutual TLS with the relying party's
certificate, the server verified against the CA of the BankID API (the one
bundled with pybankid for BankID's own hosts, or a given CA bundle).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urljoin

import httpx
import segno
from bankid import BankIDClient
from bankid import exceptions as bankid_errors
from bankid.baseclient import BankIDClientBaseclass
from bankid.certutils import resolve_cert_path

from models.errors import DomainError
from models.ids import utcnow
from server.i18n import N_

log = logging.getLogger(__name__)

PRODUCTION_API_URL = "https://appapi2.bankid.com/rp/v6.0/"
TEST_API_URL = "https://appapi2.test.bankid.com/rp/v6.0/"
_BUNDLED_CA = {
    PRODUCTION_API_URL: "appapi2.bankid.com.pem",
    TEST_API_URL: "appapi2.test.bankid.com.pem",
}
#: BankID asks relying parties to collect every two seconds while pending.
COLLECT_INTERVAL_S = 2.0

BankIdState = Literal["pending", "failed", "complete"]

#: The user messages of BankID's guidelines (RFA texts) for the standard hint codes.
HINT_MESSAGES: dict[str, str] = {
    "outstandingTransaction": N_("Start your BankID app."),
    "noClient": N_("Start your BankID app."),
    "started": N_(
        "Searching for BankID, it may take a little while … If a few seconds have passed "
        "and still no BankID has been found, you probably don't have a BankID which can be "
        "used for this signing on this device."
    ),
    "userMrtd": N_("Process your machine-readable travel document using the BankID app."),
    "userCallConfirm": N_("Confirm the call in your BankID app."),
    "userSign": N_("Enter your security code in the BankID app and select Sign."),
    "expiredTransaction": N_(
        "The BankID app is not responding. Please check that it is started and that you "
        "have internet access. If you don't have a valid BankID you can get one from your "
        "bank. Try again."
    ),
    "certificateErr": N_(
        "The BankID you are trying to use is blocked or too old. Please use another BankID "
        "or get a new one from your bank."
    ),
    "userCancel": N_("Action cancelled."),
    "cancelled": N_("Action cancelled. Please try again."),
    "startFailed": N_(
        "The BankID app couldn't be found on your computer or mobile device. Please install "
        "it and get a BankID from your bank. Install the app from your app store or "
        "https://install.bankid.com."
    ),
}
PENDING_FALLBACK = N_("Signing with BankID is in progress.")
FAILED_FALLBACK = N_("Unknown error. Please try again.")
COMPLETE_MESSAGE = N_("Signed with BankID.")


class BankIdError(DomainError):
    """BankID refused or could not take a request; the message is for the user."""

    code = "bankid_error"


@dataclass(frozen=True)
class BankIdOrder:
    """A started sign order: what the page needs to start the app or show the QR code."""

    order_ref: str
    auto_start_token: str
    qr_start_token: str
    qr_start_secret: str
    #: When the RP got the order back; the animated QR counts seconds from here.
    started_at: datetime


@dataclass(frozen=True)
class BankIdStatus:
    """One collect answer. ``completion_data`` is BankID's, set only when complete."""

    status: BankIdState
    hint_code: str | None = None
    completion_data: dict[str, Any] | None = None

    @property
    def message(self) -> str:
        """What to tell the user, in BankID's recommended words."""
        if self.status == "complete":
            return COMPLETE_MESSAGE
        if self.hint_code in HINT_MESSAGES:
            return HINT_MESSAGES[self.hint_code]
        return PENDING_FALLBACK if self.status == "pending" else FAILED_FALLBACK


class BankIdService(Protocol):
    """The BankID operations the signing flow needs."""

    def start_sign(
        self, *, end_user_ip: str, user_visible_data: str, user_non_visible_data: str | None
    ) -> BankIdOrder:
        """Start a sign order for the user at ``end_user_ip``.

        ``user_visible_data`` is shown in the app; ``user_non_visible_data``
        (e.g. the data hash) is signed without being shown.
        """
        ...

    def collect(self, order_ref: str) -> BankIdStatus:
        """The order's current status."""
        ...

    def cancel(self, order_ref: str) -> None:
        """Cancel a pending order."""
        ...

    def qr_data(self, order: BankIdOrder, now: datetime) -> str:
        """The animated QR code's content at ``now``."""
        ...

    def qr_svg(self, data: str) -> str:
        """``data`` as an SVG QR code to embed in a page."""
        ...


def qr_data(order: BankIdOrder, now: datetime) -> str:
    """``bankid.{qrStartToken}.{seconds}.{HMAC-SHA256(qrStartSecret, seconds) hex}``.

    ``seconds`` are whole seconds since the order was started; the page asks
    for new content every second.
    """
    seconds = max(0, math.floor((now - order.started_at).total_seconds()))
    auth_code = hmac.new(
        order.qr_start_secret.encode("ascii"), str(seconds).encode("ascii"), hashlib.sha256
    ).hexdigest()
    return f"bankid.{order.qr_start_token}.{seconds}.{auth_code}"


def qr_svg(data: str, *, scale: int = 5) -> str:
    """``data`` as an inline SVG QR code (no XML declaration), for an HTML page."""
    return str(
        segno.make_qr(data, error="l").svg_inline(scale=scale, border=4, title="BankID QR code")
    )


def collect_until_done(
    service: BankIdService,
    order_ref: str,
    *,
    interval_s: float = COLLECT_INTERVAL_S,
    timeout_s: float = 180.0,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    on_status: Callable[[BankIdStatus], None] | None = None,
) -> BankIdStatus:
    """Collect until the order is complete or failed, waiting ``interval_s`` between tries.

    For callers without a page that polls (scripts, workers). Cancels the
    order and raises BankIdError if it is still pending after ``timeout_s``.
    """
    deadline = clock() + timeout_s
    while True:
        status = service.collect(order_ref)
        if on_status is not None:
            on_status(status)
        if status.status != "pending":
            return status
        if clock() >= deadline:
            service.cancel(order_ref)
            raise BankIdError("BankID did not finish in time; start the signing again")
        sleep(interval_s)


class _RpClient(BankIDClient):  # type: ignore[misc]
    """pybankid's client, pointed at any v6 API base URL with an explicit CA bundle.

    pybankid knows only BankID's two hosts and builds its httpx client with
    the deprecated ``cert=``; this sets the endpoints and one SSL context that
    both verifies the server and presents the RP certificate.
    """

    def __init__(
        self, *, certificates: tuple[str, str], api_url: str, ca_cert: str, request_timeout: float
    ) -> None:
        BankIDClientBaseclass.__init__(self, certificates, test_server=False)
        self.api_url = api_url
        self.verify_cert = ca_cert
        self.ctx = ssl.create_default_context(cafile=ca_cert)
        self.ctx.load_cert_chain(*certificates)
        self._auth_endpoint = urljoin(api_url, "auth")
        self._phone_auth_endpoint = urljoin(api_url, "phone/auth")
        self._sign_endpoint = urljoin(api_url, "sign")
        self._phone_sign_endpoint = urljoin(api_url, "phone/sign")
        self._collect_endpoint = urljoin(api_url, "collect")
        self._cancel_endpoint = urljoin(api_url, "cancel")
        self.client = httpx.Client(
            headers={"Content-Type": "application/json"},
            verify=self.ctx,
            timeout=request_timeout,
        )


class PyBankIdService:
    """BankID RP API v6 through pybankid, with mutual TLS.

    ``cert_path``/``key_path``: the relying party's certificate and key
    (PEM). ``api_url``: BankID's production API by default, ``TEST_API_URL``
    for BankID's test environment, or any v6-speaking server. ``ca_cert``:
    the CA bundle that signs the API's server certificate; pybankid's bundled
    one is used for BankID's own hosts. Verification is always on.
    """

    def __init__(
        self,
        *,
        cert_path: str | Path,
        key_path: str | Path,
        api_url: str = PRODUCTION_API_URL,
        ca_cert: str | Path | None = None,
        request_timeout: float = 5.0,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        if not api_url.endswith("/"):
            api_url += "/"
        if ca_cert is None:
            bundled = _BUNDLED_CA.get(api_url)
            if bundled is None:
                raise ValueError(f"give ca_cert: no CA bundle is known for {api_url}")
            ca_cert = resolve_cert_path(bundled)
        self.api_url = api_url
        self._clock = clock
        self._client = _RpClient(
            certificates=(str(cert_path), str(key_path)),
            api_url=api_url,
            ca_cert=str(ca_cert),
            request_timeout=request_timeout,
        )

    def start_sign(
        self, *, end_user_ip: str, user_visible_data: str, user_non_visible_data: str | None
    ) -> BankIdOrder:
        """Start a sign order (``POST sign``); see :class:`BankIdService`."""
        if not user_visible_data.strip():
            raise ValueError("user_visible_data must say what is being signed")
        answer = self._call(
            "sign",
            lambda: self._client.sign(
                end_user_ip=end_user_ip,
                user_visible_data=user_visible_data,
                user_non_visible_data=user_non_visible_data,
            ),
        )
        try:
            order = BankIdOrder(
                order_ref=str(answer["orderRef"]),
                auto_start_token=str(answer["autoStartToken"]),
                qr_start_token=str(answer["qrStartToken"]),
                qr_start_secret=str(answer["qrStartSecret"]),
                started_at=self._clock(),
            )
        except (KeyError, TypeError) as exc:
            log.error("BankID sign answer lacks %s", exc)
            raise BankIdError(FAILED_FALLBACK) from exc
        log.info("BankID sign order %s started", order.order_ref)
        return order

    def collect(self, order_ref: str) -> BankIdStatus:
        """The order's status (``POST collect``)."""
        answer = self._call("collect", lambda: self._client.collect(order_ref))
        state = answer.get("status") if isinstance(answer, dict) else None
        if state not in ("pending", "failed", "complete"):
            log.error("BankID collect answered an unknown status %r", state)
            raise BankIdError(FAILED_FALLBACK)
        completion = answer.get("completionData") if state == "complete" else None
        if state == "complete" and not isinstance(completion, dict):
            log.error("BankID collect answered complete without completionData")
            raise BankIdError(FAILED_FALLBACK)
        return BankIdStatus(
            status=state, hint_code=answer.get("hintCode"), completion_data=completion
        )

    def cancel(self, order_ref: str) -> None:
        """Cancel the order (``POST cancel``)."""
        self._call("cancel", lambda: self._client.cancel(order_ref))
        log.info("BankID order %s cancelled", order_ref)

    def qr_data(self, order: BankIdOrder, now: datetime) -> str:
        """See :func:`qr_data`."""
        return qr_data(order, now)

    def qr_svg(self, data: str) -> str:
        """See :func:`qr_svg`."""
        return qr_svg(data)

    def close(self) -> None:
        """Close the HTTP connections."""
        self._client.client.close()

    def _call(self, what: str, request: Callable[[], Any]) -> Any:
        """Run one API request, turning BankID's and the network's errors into BankIdError."""
        try:
            return request()
        except bankid_errors.AlreadyInProgressError as exc:
            raise BankIdError(
                "A signing for this person is already started; try again in a little while"
            ) from exc
        except (
            bankid_errors.InternalError,
            bankid_errors.MaintenanceError,
            bankid_errors.RequestTimeoutError,
        ) as exc:
            log.warning("BankID %s: %s", what, type(exc).__name__)
            raise BankIdError("BankID is not answering right now; try again in a while") from exc
        except bankid_errors.InvalidParametersError as exc:
            log.warning("BankID %s refused the parameters: %s", what, exc.json.get("details"))
            if what in ("collect", "cancel"):
                raise BankIdError("This BankID signing is no longer valid; start again") from exc
            raise BankIdError(FAILED_FALLBACK) from exc
        except bankid_errors.BankIDError as exc:  # unauthorized, notFound: our setup is wrong
            log.error("BankID %s failed: %s", what, exc)
            raise BankIdError("Signing with BankID is not available right now") from exc
        except (httpx.HTTPError, ValueError) as exc:  # network, TLS, or no JSON in the answer
            log.warning("BankID %s: no usable answer (%s)", what, type(exc).__name__)
            raise BankIdError("BankID is not answering right now; try again in a while") from exc
