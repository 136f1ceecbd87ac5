"""Behind a reverse proxy (deploy/proxy/), only the proxy may name the client's address.

With ``KANSLI_TRUSTED_PROXIES`` naming the proxy, a client that reaches the server from
another address and sends its own ``X-Forwarded-For`` is not believed: the sign-in
limits count it by its connection's address, whatever it claims (a new address per
guess would otherwise escape the per-address limit). The real server over real HTTP.
(Without any trusted proxy, and from the configured proxy: tests/server/test_serve_settings.py.)
"""

from __future__ import annotations

from pathlib import Path

from tests.server.test_serve_settings import _wrong_logins
from tests.utils.servers import LiveServer, add_account


def test_forwarded_for_from_an_address_other_than_the_proxy_is_not_believed(
    tmp_path: Path,
) -> None:
    db_url = f"sqlite:///{tmp_path / 'server.db'}"
    # The proxy is elsewhere; this test's connections come from 127.0.0.1.
    server = LiveServer(db_url, env={"KANSLI_TRUSTED_PROXIES": "10.99.0.1,10.98.0.0/16"}).start()
    try:
        account = add_account(db_url)
        claimed = [f"10.98.0.{i}" for i in range(1, 8)]
        assert _wrong_logins(server.url, account["email"], claimed) == [401] * 5 + [429] * 2
    finally:
        server.stop()
