"""The HTTP client: errors the engine can act on, retries only where safe, TLS verified."""

from __future__ import annotations

import http.server
import json
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.client import ApiError, AuthError, ServerClient, ServerUnavailable
from tests.sync.helpers import Account, command, seed_people
from tests.utils.servers import LiveServer, free_port
from tests.utils.tcp_proxy import TcpProxy


def test_login_gives_token_user_tenant_and_roles(server: LiveServer, account: Account) -> None:
    client = ServerClient(server.url)
    result = client.login(account.email, account.password, tenant=account.tenant)
    assert result.token and client.token == result.token
    assert result.user["email"] == account.email
    assert result.tenant["id"] == account.tenant_id and result.roles == ["admin"]
    assert result.expires_at is not None and result.expires_at.tzinfo is not None
    assert client.me()["tenant"]["slug"] == account.tenant
    client.logout()
    assert client.token is None
    client.close()


def test_wrong_password_is_an_auth_error(server: LiveServer, account: Account) -> None:
    client = ServerClient(server.url)
    with pytest.raises(AuthError):
        client.login(account.email, "not the password", tenant=account.tenant)
    client.close()


def test_expired_or_revoked_token_is_an_auth_error(server: LiveServer, account: Account) -> None:
    client = ServerClient(server.url)
    client.login(account.email, account.password, tenant=account.tenant)
    token = client.token
    client.logout()
    client.token = token
    with pytest.raises(AuthError):
        client.pull("", 10)
    client.close()


def test_refusal_carries_the_servers_code_and_message(server: LiveServer, account: Account) -> None:
    client = ServerClient(server.url)
    client.login(account.email, account.password, tenant=account.tenant)
    with pytest.raises(ApiError) as refused:
        client.pull("not-a-cursor", 10)
    assert refused.value.status == 400 and refused.value.code == "invalid_cursor"
    assert refused.value.field == "cursor" and refused.value.message
    client.close()


def test_nobody_listening_is_server_unavailable() -> None:
    client = ServerClient(f"http://127.0.0.1:{free_port()}", timeout=(0.5, 1))
    with pytest.raises(ServerUnavailable, match="Cannot reach the server"):
        client.me()
    client.close()


def test_push_is_not_repeated_by_the_transport_after_a_timeout(
    server: LiveServer, account: Account
) -> None:
    """A POST whose answer stalls is not sent again by urllib3 (the engine decides)."""
    [pid] = seed_people(server.db_url, account.tenant_id, 1)
    with TcpProxy(server.port) as proxy:
        client = ServerClient(proxy.url, timeout=(1, 0.5))
        client.login(account.email, account.password, tenant=account.tenant)
        proxy.stall_response("/api/v1/sync/push", times=5)
        env = command("person.add_phone", {"person_id": pid, "number": "+46701112233"}).envelope()
        with pytest.raises(ServerUnavailable, match="did not answer in time"):
            client.push([env])
        assert proxy.events.count("stall down /api/v1/sync/push") == 1
        proxy.clear()
        [result] = client.push([env])
        assert result["status"] == "applied"
        client.close()


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A small HTTPS server with a self-signed certificate for 127.0.0.1."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps({"user": {}, "tenant": {}, "roles": []}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}", cert
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_tls_certificates_are_verified(tls_server: tuple[str, Path]) -> None:
    url, cert = tls_server
    unverified = ServerClient(url, timeout=(2, 2))
    with pytest.raises(ServerUnavailable, match="certificate was not accepted"):
        unverified.me()
    trusted = ServerClient(url, timeout=(2, 2), verify=str(cert))
    assert trusted.me()["roles"] == []
    unverified.close()
    trusted.close()
