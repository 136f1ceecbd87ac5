"""Request bodies are limited as they stream, and a token is checked before an API body.

The client is a raw socket sending a chunked body (no Content-Length) while
watching for the answer, so each test sees how much of the body had gone out
when the server answered.
"""

from __future__ import annotations

import select
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from server.app import MAX_BODY_BYTES
from server.db import migrate
from server.services.database import Database
from tests.server.conftest import api_settings
from tests.server.helpers import World, make_world
from tests.utils.servers import InProcessServer

CHUNK = b'{"id": "x", "name": "course.create", "args": {"code": "' + b"A" * 65_000 + b'"}},'
MIB = 1024 * 1024


@dataclass
class Answer:
    status: int
    sent: int  # body bytes the kernel had taken when the answer came
    head: str


def stream_body(url: str, path: str, *, total: int, token: str | None = None) -> Answer:
    """POST ``total`` bytes of chunked JSON to ``path``, stopping as soon as an answer comes."""
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=10)
    try:
        head = [
            f"POST {path} HTTP/1.1",
            f"Host: {host}:{port}",
            "Content-Type: application/json",
            "Transfer-Encoding: chunked",
        ]
        if token:
            head.append(f"Authorization: Bearer {token}")
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + b"1\r\n[\r\n")
        sock.setblocking(False)
        frame = b"%x\r\n" % len(CHUNK) + CHUNK + b"\r\n"
        sent, pending = 0, b""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            readable, writable, _ = select.select([sock], [sock] if sent < total else [], [], 1)
            if readable:
                break
            if writable:
                pending = pending or frame
                try:
                    n = sock.send(pending)
                except (BrokenPipeError, ConnectionResetError):
                    break
                pending = pending[n:]
                sent += n
        sock.setblocking(True)
        sock.settimeout(30)
        data = b""
        while b"\r\n\r\n" not in data:
            part = sock.recv(65536)
            if not part:
                break
            data += part
        status_line = data.split(b"\r\n", 1)[0].decode()
        return Answer(int(status_line.split()[1]), sent, data.decode(errors="replace"))
    finally:
        sock.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    url = f"sqlite:///{tmp_path_factory.mktemp('limits') / 'server.db'}"
    migrate(url)
    db = Database(url)
    server = InProcessServer(api_settings(url), db).start()
    try:
        yield make_world(server.url, db, server.settings, "lim")
    finally:
        server.stop()
        db.dispose()


def test_an_api_body_without_a_token_is_refused_before_it_is_read(site: World) -> None:
    answer = stream_body(site.url, "/api/v1/sync/push", total=40 * MIB)
    assert answer.status == 401
    assert "www-authenticate: bearer" in answer.head.lower()
    # The answer came while the body was still going out: the server did not read it.
    assert answer.sent < 8 * MIB, answer.sent


def test_an_api_body_with_a_bad_token_is_refused_before_it_is_read(site: World) -> None:
    answer = stream_body(site.url, "/api/v1/sync/push", total=40 * MIB, token="not-a-token")
    assert answer.status == 401
    assert answer.sent < 8 * MIB, answer.sent


def test_a_signed_in_chunked_body_over_the_limit_is_refused_as_it_streams(site: World) -> None:
    total = 3 * MAX_BODY_BYTES
    answer = stream_body(site.url, "/api/v1/sync/push", total=total, token=site.tokens["admin"])
    assert answer.status == 413
    assert MAX_BODY_BYTES <= answer.sent < total, answer.sent


def test_a_public_chunked_body_over_the_limit_is_refused_as_it_streams(site: World) -> None:
    total = 3 * MAX_BODY_BYTES
    answer = stream_body(site.url, f"/api/v1/public/alumni/{site.slug}/registrations", total=total)
    assert answer.status == 413
    assert answer.sent < total, answer.sent
