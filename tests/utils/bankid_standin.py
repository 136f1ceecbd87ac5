"""A local stand-in for the BankID RP API v6, over real HTTPS with mutual TLS.

It answers ``POST /rp/v6.0/{auth,sign,collect,cancel}`` with the real field
names. What ``collect`` says is scripted per order: each collect takes the
next step of the script, the last step repeats. Errors use the real shape
``{"errorCode", "details"}`` with HTTP 400.

Like the real service, it asks for the relying party's client certificate
and refuses a connection without one signed by the RP CA it trusts (the
real one trusts BankID's RP CA and also ties the certificate to the RP's
contract). Certificates are made locally with ``cryptography``: no network.
"""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import json
import ssl
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

# ---------------------------------------------------------------- certificates


@dataclass(frozen=True)
class StandinCerts:
    """PEM files: the CA that signs the stand-in's server certificate, and the RP's."""

    server_ca: Path  # give this to the client as its CA bundle
    server_cert: Path
    server_key: Path
    rp_ca: Path
    rp_cert: Path
    rp_key: Path
    other_rp_cert: Path  # signed by a CA the stand-in does not trust
    other_rp_key: Path


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> None:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def _write_cert(cert: x509.Certificate, path: Path) -> None:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def _ca(common_name: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return cert, key


def _leaf(
    common_name: str,
    ca: tuple[x509.Certificate, ec.EllipticCurvePrivateKey],
    *,
    usage: x509.ObjectIdentifier,
    hosts: bool = False,
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    ca_cert, ca_key = ca
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
    )
    if hosts:
        builder = builder.add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
    return builder.sign(ca_key, hashes.SHA256()), key


def make_certs(directory: Path) -> StandinCerts:
    """Make a server CA and certificate for 127.0.0.1/localhost, and RP client certificates."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = StandinCerts(
        **{
            name: directory / f"{name}.pem"
            for name in StandinCerts.__dataclass_fields__  # the same names as files
        }
    )
    server_ca = _ca("Stand-in BankID server CA")
    server = _leaf("127.0.0.1", server_ca, usage=ExtendedKeyUsageOID.SERVER_AUTH, hosts=True)
    rp_ca = _ca("Stand-in BankID RP CA")
    rp = _leaf("Kansli test RP", rp_ca, usage=ExtendedKeyUsageOID.CLIENT_AUTH)
    other = _leaf("Unknown RP", _ca("Someone else's CA"), usage=ExtendedKeyUsageOID.CLIENT_AUTH)
    _write_cert(server_ca[0], paths.server_ca)
    _write_cert(server[0], paths.server_cert)
    _write_key(server[1], paths.server_key)
    _write_cert(rp_ca[0], paths.rp_ca)
    _write_cert(rp[0], paths.rp_cert)
    _write_key(rp[1], paths.rp_key)
    _write_cert(other[0], paths.other_rp_cert)
    _write_key(other[1], paths.other_rp_key)
    return paths


# ---------------------------------------------------------------- scripted behaviour


@dataclass(frozen=True)
class Pending:
    hint_code: str = "outstandingTransaction"


@dataclass(frozen=True)
class Failed:
    hint_code: str


@dataclass(frozen=True)
class Complete:
    personal_number: str = "190000000000"
    given_name: str = "Karl"
    surname: str = "Karlsson"
    ip_address: str = "192.0.2.10"


Step = Pending | Failed | Complete


@dataclass
class _Order:
    order_ref: str
    kind: str  # auth | sign
    request: dict[str, Any]
    script: deque[Step]
    collects: int = 0


@dataclass
class _State:
    lock: threading.Lock = field(default_factory=threading.Lock)
    orders: dict[str, _Order] = field(default_factory=dict)
    scripts: deque[list[Step]] = field(default_factory=deque)
    requests: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    default_script: list[Step] = field(default_factory=lambda: [Pending(), Complete()])


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass

    def _answer(self, status: int, payload: dict[str, Any]) -> None:
        body = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, code: str, details: str, status: int = 400) -> None:
        self._answer(status, {"errorCode": code, "details": details})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        prefix = "/rp/v6.0/"
        if not self.path.startswith(prefix):
            self._error("notFound", "No such path", status=404)
            return
        if self.headers.get("Content-Type", "").split(";")[0] != "application/json":
            self._error("unsupportedMediaType", "Content-Type must be application/json", 415)
            return
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self._error("invalidParameters", "Body is not JSON")
            return
        method = self.path[len(prefix) :]
        state = self.server.state
        with state.lock:
            state.requests.append((method, body))
        handler = {
            "auth": self._start,
            "sign": self._start,
            "collect": self._collect,
            "cancel": self._cancel,
        }.get(method)
        if handler is None:
            self._error("notFound", "No such method", status=404)
            return
        handler(method, body)

    def _start(self, method: str, body: dict[str, Any]) -> None:
        if not body.get("endUserIp"):
            self._error("invalidParameters", "Missing endUserIp")
            return
        if method == "sign":
            visible = body.get("userVisibleData")
            if not visible:
                self._error("invalidParameters", "Missing userVisibleData")
                return
            try:
                base64.b64decode(visible, validate=True)
            except ValueError:
                self._error("invalidParameters", "userVisibleData is not base64")
                return
        state = self.server.state
        with state.lock:
            script = state.scripts.popleft() if state.scripts else list(state.default_script)
            order = _Order(str(uuid.uuid4()), method, body, deque(script))
            state.orders[order.order_ref] = order
        self._answer(
            200,
            {
                "orderRef": order.order_ref,
                "autoStartToken": str(uuid.uuid4()),
                "qrStartToken": str(uuid.uuid4()),
                "qrStartSecret": str(uuid.uuid4()),
            },
        )

    def _collect(self, method: str, body: dict[str, Any]) -> None:
        state = self.server.state
        with state.lock:
            order = state.orders.get(str(body.get("orderRef")))
            if order is None:
                step: Step | None = None
            else:
                order.collects += 1
                step = order.script.popleft() if len(order.script) > 1 else order.script[0]
                if not isinstance(step, Pending):  # a finished order is gone after this
                    del state.orders[order.order_ref]
        if order is None or step is None:
            self._error("invalidParameters", "No such order")
            return
        answer: dict[str, Any] = {"orderRef": order.order_ref}
        if isinstance(step, Pending):
            answer |= {"status": "pending", "hintCode": step.hint_code}
        elif isinstance(step, Failed):
            answer |= {"status": "failed", "hintCode": step.hint_code}
        else:
            # Not a real XML signature: enough to show what was signed.
            signed = (
                f"<bankIdSignedData><usrVisibleData>{order.request.get('userVisibleData', '')}"
                f"</usrVisibleData><usrNonVisibleData>{order.request.get('userNonVisibleData', '')}"
                "</usrNonVisibleData></bankIdSignedData>"
            )
            answer |= {
                "status": "complete",
                "completionData": {
                    "user": {
                        "personalNumber": step.personal_number,
                        "name": f"{step.given_name} {step.surname}",
                        "givenName": step.given_name,
                        "surname": step.surname,
                    },
                    "device": {"ipAddress": step.ip_address},
                    "bankIdIssueDate": "2024-01-15",
                    "stepUp": {"mrtd": False},
                    "signature": _b64(signed),
                    "ocspResponse": _b64("stand-in OCSP response"),
                },
            }
        self._answer(200, answer)

    def _cancel(self, method: str, body: dict[str, Any]) -> None:
        state = self.server.state
        with state.lock:
            order = state.orders.pop(str(body.get("orderRef")), None)
        if order is None:
            self._error("invalidParameters", "No such order")
            return
        self._answer(200, {})


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, context: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.context = context
        self.state = _State()

    def finish_request(self, request: Any, client_address: Any) -> None:
        # The TLS handshake runs here, in the request's own thread, so a slow
        # or refused client does not hold up the accept loop.
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return
        try:
            super().finish_request(tls, client_address)
        finally:
            tls.close()


class BankIdStandin:
    """The stand-in server. Use as a context manager; ``api_url`` is the v6 base URL."""

    def __init__(self, certs: StandinCerts) -> None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certs.server_cert, certs.server_key)
        context.verify_mode = ssl.CERT_REQUIRED  # mutual TLS: the RP must show its certificate
        context.load_verify_locations(certs.rp_ca)
        self._server = _Server(context)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def api_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"https://{host!s}:{port}/rp/v6.0/"

    def script_next_order(self, *steps: Step) -> None:
        """What ``collect`` answers for the next order started, step by step."""
        with self._server.state.lock:
            self._server.state.scripts.append(list(steps))

    @property
    def requests(self) -> list[tuple[str, dict[str, Any]]]:
        """``(method, JSON body)`` of every request received, in order."""
        with self._server.state.lock:
            return list(self._server.state.requests)

    def open_orders(self) -> set[str]:
        with self._server.state.lock:
            return set(self._server.state.orders)

    def __enter__(self) -> BankIdStandin:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
