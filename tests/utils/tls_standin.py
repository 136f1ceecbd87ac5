"""The base of the HTTPS stand-ins with mutual TLS (Ladok, Navet, Swish): a server on a thread
of the test process, on 127.0.0.1, with certificates made locally
(:func:`tests.utils.bankid_standin.make_certs`), that refuses in the handshake a client
without a certificate of the CA it trusts, as the real services do."""

from __future__ import annotations

import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self

from tests.utils.bankid_standin import StandinCerts, make_certs


class MutualTlsServer(ThreadingHTTPServer):
    """An HTTPS server on 127.0.0.1 that refuses, in the handshake, a client without a
    certificate its ``context`` trusts (as Ladok, Navet and Swish do); ``state`` is the
    stand-in's, for its handler (``self.server.state``)."""

    daemon_threads = True

    def __init__(
        self, handler: type[BaseHTTPRequestHandler], context: ssl.SSLContext, state: Any
    ) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.context = context
        self.state = state
        self.base = f"https://127.0.0.1:{self.server_address[1]}"

    def finish_request(self, request: Any, client_address: Any) -> None:
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return  # no client certificate we trust: refused in the handshake
        try:
            super().finish_request(tls, client_address)
        finally:
            tls.close()


def mutual_tls_context(certs: StandinCerts) -> ssl.SSLContext:
    """The server side: the stand-in's certificate, client certificates of ``rp_ca`` only."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certs.server_cert, certs.server_key)
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(certs.rp_ca)
    return context


class MutualTlsStandin:
    """A :class:`MutualTlsServer` with its own certificates (``certs``: the client's
    ``rp_cert``/``rp_key``, an untrusted ``other_rp_*``, the server's CA ``server_ca``)
    on a thread of the test process; ``base`` its ``https://127.0.0.1:port``. Started by
    :meth:`start` (or as a context manager), ended by :meth:`stop`."""

    def __init__(self, directory: Path, handler: type[BaseHTTPRequestHandler], state: Any) -> None:
        self.certs: StandinCerts = make_certs(directory)
        self._server = MutualTlsServer(handler, mutual_tls_context(self.certs), state)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base(self) -> str:
        return self._server.base

    def start(self) -> Self:
        self._thread.start()
        return self

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
