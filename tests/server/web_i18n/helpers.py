"""Browsers that ask for a language, and checks that a page speaks it."""

from __future__ import annotations

import html
import re
from functools import cache
from urllib.parse import parse_qs, urlsplit

import requests
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from server.web.i18n import LOCALE_DIR

SWEDISH = "sv-SE,sv;q=0.9,en;q=0.5"
PLACEHOLDER = re.compile(r"%\([a-z_]+\)s|\{[a-z_]+\}|<[^>]+>")


def browser(accept_language: str | None = SWEDISH) -> requests.Session:
    """A browser session whose every request says which languages its user reads."""
    session = requests.Session()
    if accept_language:
        session.headers["Accept-Language"] = accept_language
    return session


def text(page: requests.Response | str) -> str:
    """The page's text without tags, whitespace collapsed, entities decoded."""
    raw = page if isinstance(page, str) else page.text
    raw = re.sub(r"<(style|script)\b.*?</\1>", " ", raw, flags=re.S)
    raw = re.sub(r"</?(a|span|strong|em)\b[^>]*>", "", raw)  # inline: no word break
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).split())


def html_lang(page: requests.Response) -> str:
    found = re.search(r'<html lang="([a-z]+)">', page.text)
    assert found, "no <html lang>"
    return found.group(1)


def csrf(page: requests.Response | str) -> str:
    raw = page if isinstance(page, str) else page.text
    found = re.search(r'name="csrf_token" value="([^"]+)"', raw)
    assert found, "no CSRF token on the page"
    return found.group(1)


@cache
def swedish_catalog() -> Catalog:
    with (LOCALE_DIR / "sv" / "LC_MESSAGES" / "messages.po").open("rb") as f:
        return read_po(f, locale="sv")


@cache
def english_fragments() -> frozenset[str]:
    """Pieces of the English page texts that must not be left on a Swedish page.

    Each text of the catalog whose Swedish differs, cut at its placeholders and
    tags; only pieces of three words or more: a lone "Agent" or "Program" is
    Swedish too, and a piece such as "is required" may be part of a message
    of the domain layer, which stays English (the web layer shows it as is).
    """
    found = set()
    for message in swedish_catalog():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for english in ids:
            if english in strings:
                continue
            for piece in PLACEHOLDER.split(english):
                piece = " ".join(piece.split()).strip(" .,:;()–—")
                if len(piece.split()) >= 3:
                    found.add(piece)
    return frozenset(found)


def assert_swedish(page: requests.Response, *expected: str) -> str:
    """The page is Swedish: ``<html lang="sv">``, shows ``expected``, and none of the
    English page texts is left on it. Returns its text."""
    assert page.headers["Content-Language"] == "sv", page.headers
    assert html_lang(page) == "sv"
    shown = text(page)
    for piece in expected:
        assert piece in shown, f"{piece!r} not on the page: {shown}"
    left = sorted(p for p in english_fragments() if p in shown)
    assert not left, f"English left on a Swedish page: {left}\n{shown}"
    return shown


def assert_english(page: requests.Response, *expected: str) -> str:
    assert page.headers["Content-Language"] == "en", page.headers
    assert html_lang(page) == "en"
    shown = text(page)
    for piece in expected:
        assert piece in shown, f"{piece!r} not on the page: {shown}"
    return shown


def staff_session(
    url: str, token: str, next_path: str, *, accept_language: str | None = SWEDISH, **params: str
) -> tuple[requests.Session, requests.Response, str]:
    """The desktop's embedded web view on ``next_path``, for the sign-in ``token``: a
    handover code traded at ``/web/enter`` (with ``params``) for the session cookie.
    Returns the view's session, the page it landed on and the code (used up now)."""
    resp = requests.post(
        f"{url}/api/v1/web/handover",
        json={"next": next_path},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert resp.status_code == 200, resp.text
    code = parse_qs(urlsplit(resp.json()["url"]).query)["code"][0]
    view = browser(accept_language)
    page = view.get(f"{url}/web/enter", params={"code": code, **params}, timeout=10)
    assert view.cookies.get("kansli_web"), "no web session cookie"
    return view, page, code
