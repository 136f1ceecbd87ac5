"""The pages' Content-Security-Policy: no inline script without this response's
nonce, no ``<base>``, and the Swagger UI page (CDN assets) only in development."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from server.services.database import Database
from server.web.templates import TEMPLATES
from tests.server.conftest import api_settings
from tests.server.helpers import World
from tests.utils.servers import InProcessServer

NONCE = re.compile(r"'nonce-([A-Za-z0-9_-]{16,})'")


def _directives(policy: str) -> dict[str, list[str]]:
    found = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            found[words[0]] = words[1:]
    return found


def _pages(world: World) -> list[str]:
    return [
        f"/alumni/{world.slug}/register",
        f"/alumni/{world.slug}/unregister",
        "/approve/" + "x" * 43,
        "/signup/00000000-0000-7000-8000-000000000000",
        "/staff/",
    ]


def test_every_page_forbids_inline_script_without_its_nonce_and_base(
    api: InProcessServer, world: World
) -> None:
    nonces = set()
    for path in _pages(world):
        resp = requests.get(f"{api.url}{path}", timeout=10)
        assert "text/html" in resp.headers["content-type"], path
        policy = _directives(resp.headers["Content-Security-Policy"])
        assert "'unsafe-inline'" not in policy["script-src"], path
        assert "'unsafe-eval'" not in policy["script-src"], path
        assert policy["base-uri"] == ["'none'"], path
        assert policy["object-src"] == ["'none'"], path
        assert policy["frame-ancestors"] == ["'none'"], path
        [nonce] = NONCE.findall(" ".join(policy["script-src"]))
        nonces.add(nonce)
    assert len(nonces) == len(_pages(world))  # a fresh nonce per response


def test_every_inline_script_of_the_templates_carries_the_nonce() -> None:
    scripts = 0
    for template in Path(TEMPLATES).rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", text):
            scripts += 1
            assert 'nonce="{{ csp_nonce }}"' in tag or "src=" in tag, (template, tag)
        assert not re.search(r"\son[a-z]+\s*=", text), f"inline handler in {template}"
        assert "javascript:" not in text, template
    assert scripts >= 1


@pytest.fixture
def docs_server(shared_db_url: str) -> Iterator[InProcessServer]:
    db = Database(shared_db_url)
    server = InProcessServer(api_settings(shared_db_url, api_docs=True), db).start()
    yield server
    server.stop()
    db.dispose()


def test_the_swagger_page_is_served_only_in_development(
    api: InProcessServer, docs_server: InProcessServer
) -> None:
    assert requests.get(f"{api.url}/api/v1/docs", timeout=10).status_code == 404
    assert requests.get(f"{api.url}/api/v1/openapi.json", timeout=10).status_code == 200
    assert requests.get(f"{docs_server.url}/api/v1/docs", timeout=10).status_code == 200
