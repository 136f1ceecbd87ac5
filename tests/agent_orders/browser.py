"""A browser over real HTTP for the agent-order pages: cookies kept, redirects followed,
forms read from the page's HTML (their hidden fields, the CSRF token among them) and
submitted as a browser submits them. No desktop, no bearer token.

:class:`Browser` is what a case handler, an attestant or a customer uses;
:func:`mailed_link` is the link of a mail that came through the real SMTP server;
:func:`place_order` is the customer ordering through the invitation link an
administrator sent. The seed-004 walk (``test_seed_004_browser_walk``) and the web
sign-in tests (``test_web_sign_in``) are made of these.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import requests
from sqlalchemy import select

from models.agent_orders import AgentOrder
from tests.agent_orders.builders import Cast
from tests.agent_orders.live import LiveApp
from tests.agent_orders.web import link_in, wait_for_mail
from tests.server.helpers import PASSWORD
from tests.server.smtp import SmtpServer

SIGN_IN = "/web/login"


@dataclass
class Form:
    """One ``<form>`` of a page: where it posts and the values a browser would send."""

    action: str
    method: str
    id: str
    fields: dict[str, str] = field(default_factory=dict)
    #: The options of each ``<select>``, by name.
    options: dict[str, list[str]] = field(default_factory=dict)


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append(
                Form(a.get("action", ""), a.get("method", "get").lower(), a.get("id", ""))
            )
        elif not self.forms:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text").lower()
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "button", "image", "file"):
                self.forms[-1].fields[a["name"]] = a.get("value", "")
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
            self.forms[-1].options[a["name"]] = []
        elif tag == "option" and self._select:
            self.forms[-1].options[self._select].append(a.get("value", ""))
            if "selected" in a or self._select not in self.forms[-1].fields:
                self.forms[-1].fields[self._select] = a.get("value", "")
        elif tag == "textarea" and a.get("name"):
            self.forms[-1].fields[a["name"]] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None


def forms(page: httpx.Response) -> list[Form]:
    parser = _Forms()
    parser.feed(page.text)
    return parser.forms


def form(page: httpx.Response, action_part: str = "") -> Form:
    """The form of ``page`` whose action or id contains ``action_part`` (the only one if "")."""
    found = [f for f in forms(page) if action_part in f.action or action_part == f.id]
    assert found, f"no form {action_part!r} on {page.url}: {[f.action for f in forms(page)]}"
    return found[0]


def text(page: httpx.Response) -> str:
    """The page's words, tags removed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.text)).split())


class Browser:
    """One person's browser: its own cookie jar, following redirects as a browser does."""

    def __init__(self, live: LiveApp, *, language: str = "en") -> None:
        self.live = live
        self.http = httpx.Client(
            follow_redirects=True, timeout=30, headers={"Accept-Language": language}
        )

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.http.close()

    def get(self, url: str) -> httpx.Response:
        return self.http.get(url if "://" in url else f"{self.live.url}{url}")

    def submit(self, page: httpx.Response, action_part: str = "", **values: Any) -> httpx.Response:
        """Fill in and submit a form of ``page`` (its hidden fields kept)."""
        chosen = form(page, action_part)
        data = {**chosen.fields, **{k: str(v) for k, v in values.items()}}
        url = urljoin(str(page.url), chosen.action or str(page.url))
        return self.http.request(chosen.method.upper(), url, data=data)

    def sign_in(
        self, page: httpx.Response, email: str, password: str = PASSWORD, **more: str
    ) -> httpx.Response:
        """Sign in on the sign-in page ``page`` (where a staff link sent the browser)."""
        assert urlsplit(str(page.url)).path == SIGN_IN, page.url
        return self.submit(page, "sign-in", email=email, password=password, **more)

    def open_signed_in(self, url: str, email: str, password: str = PASSWORD) -> httpx.Response:
        """Open a staff link; sign in when sent to the sign-in page; the page it leads to."""
        page = self.get(url)
        if urlsplit(str(page.url)).path == SIGN_IN:
            page = self.sign_in(page, email, password)
        assert page.status_code == 200, (page.status_code, text(page))
        return page

    def sign_out(self, page: httpx.Response) -> httpx.Response:
        """The sign-out button of a staff page."""
        return self.submit(page, "/web/logout")

    @property
    def session_cookie(self) -> str | None:
        return self.http.cookies.get("kansli_web")


def mailed_link(smtp: SmtpServer, to: str, subject_part: str, path: str) -> str:
    """The link to ``path`` in the mail to ``to`` about ``subject_part`` (waits for it)."""
    return link_in(wait_for_mail(smtp, to, subject_part), path)


@dataclass(frozen=True)
class Placed:
    order_id: str
    number: str
    orderer: str


def place_order(
    live: LiveApp,
    smtp: SmtpServer,
    cast: Cast,
    *,
    agent: str = "a",
    customer_attestant: str,
) -> Placed:
    """The customer orders through the invitation link an administrator sent (by mail),
    naming as the customer's attestant ``customer_attestant`` (a contact's e-mail: chosen
    from the organisation's Attestant contacts, as the form offers them)."""
    orderer = f"kim.{cast.slug}@region-norr.se"
    assert customer_attestant == cast.customer_attestant_email, "the cast's Attestant contact"
    attestant_id = cast.customer_attestant_id
    resp = requests.post(
        f"{live.url}/api/v1/agent-orders/invitations",
        json={"customer_organisation_id": cast.customer_id, "email": orderer},
        headers={"Authorization": f"Bearer {cast.tokens['admin']}"},
        timeout=10,
    )
    assert resp.status_code == 201, resp.text
    link = mailed_link(smtp, orderer, "Order a connection", "/agent-orders/order/")
    with Browser(live) as customer:
        page = customer.get(link)
        assert page.status_code == 200, text(page)
        placed = customer.submit(
            page,
            "order-form",
            agent_id=cast.agents[agent],
            service="Fiberanslutning 1 Gbit/s",
            address="Storgatan 1, 901 84 Umeå",
            message="Helst före jul",
            ordered_by_name="Kim Kund",
            contact_phone="070-111 22 33",
            customer_attestant=attestant_id,
        )
    assert placed.status_code == 200, text(placed)
    number = re.search(r"order (AO-\d{4}-\d{4}) is placed", text(placed))
    assert number, text(placed)
    with live.db.sessions() as s:
        order_id = s.scalar(
            select(AgentOrder.id).where(
                AgentOrder.tenant_id == cast.tenant_id, AgentOrder.number == number.group(1)
            )
        )
    assert order_id
    return Placed(order_id, number.group(1), orderer)
