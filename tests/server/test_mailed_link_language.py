"""Every kind of mailed link opens its page in the language the mail was written in (issue
20): :func:`server.services.notify.notify` gives each value that is a link to one of this
server's pages ``lang=`` the language of the text it renders, so a link in a Swedish mail
opens a Swedish page whatever the browser asks for (``?lang=`` wins, server/web/i18n.py).

:data:`MAILED_LINKS` lists every kind: each shipped template with a link in it, and the
page its link opens. A new template with a link fails
:func:`test_every_kind_of_mailed_link_is_listed` until it is listed here, and is then
delivered in both languages over real SMTP with its link opening in the mail's language.
``tests/approval/test_mailed_link_language.py`` opens the manager's page from a real
request mail in a browser asking for the other language."""

from __future__ import annotations

import re

import pytest

from models.ids import new_id
from models.notifications import EventType
from server.services.mail import MailWorker
from server.services.message_defaults import DEFAULTS
from server.services.notify import Recipient, in_language, notify, page_link_in
from tests import factories as f
from tests.server import test_notify
from tests.server.test_notify import Site

#: Each shipped template with a link (its key) -> the page each of its links opens.
MAILED_LINKS: dict[str, dict[str, str]] = {
    "registration.approval_requested": {"link": "approve/{token}"},
    "registration.approval_reminder": {"link": "approve/{token}"},
    "registration.waiting_list_offer": {"link": "offer/{token}"},
    "registration.consent_recorded": {"withdraw_link": "consent/{token}"},
    "round.participant_list": {
        "report_link": "reports/{token}",
        "attendance_link": "reports/{token}/attendance",
    },
    "alumni.confirm_details": {"link": "alumni/uni/confirm/{token}"},
    "alumni.unregister_requested": {"link": "alumni/uni/unregister/{token}"},
    "agent_order.invitation": {"link": "agent-orders/order/{token}"},
    "agent_order.ordered.case_handlers": {"link": "staff/agent-orders/{token}"},
    "agent_order.agent_approved.attestant": {"link": "staff/agent-orders/{token}/attest"},
    "agent_order.rejected.attestant": {"link": "staff/agent-orders/{token}"},
    "agent_order.agent_attested.customer_attestant": {"link": "agent-orders/attest/{token}"},
    "agent_order.agent_attested.case_handlers": {"link": "staff/agent-orders/{token}"},
    "agent_order.case_created.case_handlers": {"link": "staff/agent-orders/{token}"},
    "agent_order.attest_declined.case_handlers": {"link": "staff/agent-orders/{token}/review"},
    "user.invitation": {"link": "password/{token}"},
    "user.password_reset": {"link": "password/{token}"},
    "round.opens": {"signup_link": "signup/{token}"},
    "round.evaluation": {"evaluation_link": "evaluation/{token}"},
    "round.evaluation_reminder": {"evaluation_link": "evaluation/{token}"},
    "round.follow_up": {"booking_link": "book/{token}"},
    "registration.partner_invitation": {"booking_link": "book/{token}"},
    "payment.invoice": {"invoice_link": "reports/invoice/{token}"},
    "payment.credit_note": {"credit_note_link": "reports/invoice/{token}"},
}
_LINK = re.compile(r"{([a-z_]*link)}")


def _links_of(key: str) -> set[str]:
    default = next(d for d in DEFAULTS if d.key == key)
    return {
        name
        for texts in default.texts.values()
        for name in _LINK.findall(texts.subject + texts.email_body + texts.sms_text)
    }


def test_every_kind_of_mailed_link_is_listed() -> None:
    with_links = {d.key for d in DEFAULTS if _links_of(d.key)}
    assert with_links == set(MAILED_LINKS), "list the new kind of mailed link in MAILED_LINKS"
    for key, pages in MAILED_LINKS.items():
        assert _links_of(key) == set(pages), key


#: The server's database and SMTP of this module's own (the fixture of test_notify).
site = test_notify.site


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("key", sorted(MAILED_LINKS))
def test_a_mailed_link_opens_its_page_in_the_mails_language(
    site: Site, key: str, language: str
) -> None:
    default = next(d for d in DEFAULTS if d.key == key)
    base = site.settings.public_base_url.rstrip("/")
    token = new_id().replace("-", "") + "Ab_c"
    links = {name: f"{base}/{page.format(token=token)}" for name, page in MAILED_LINKS[key].items()}
    address = f"{key.replace('.', '-')}.{language}.{new_id()[-8:]}@example.se"
    with site.db.transaction() as s:
        # The tenant writes in the other language: the recipient's decides the mail's.
        tenant = f.tenant(s, slug=f"l{new_id()[-8:]}")
        tenant.language = "en" if language == "sv" else "sv"
        s.flush()
        [mail] = [
            row
            for row in notify(
                s,
                site.settings,
                tenant_id=tenant.id,
                event=EventType(default.event_type),
                values=links,
                recipients={
                    "someone": [Recipient("someone", "Kim", (address,), language=language)]
                },
                default_key=key,
                personal=True,
            )
            if getattr(row, "to_address", None) == address
        ]
        assert mail.subject
    before = len(site.smtp.messages)
    MailWorker(site.db, site.settings).run_once()
    [delivered] = [m for m in site.smtp.messages[before:] if m["To"] == address]
    text = delivered.get_content()
    for link in links.values():
        assert f"{link}?lang={language}" in text, text
        assert f"{link}?lang={tenant.language}" not in text


def test_page_links_get_the_language_and_nothing_else_does() -> None:
    base = "https://kansli.example.se"
    values = {
        "link": f"{base}/approve/tok",
        "with_query": f"{base}/web/page?x=1&lang=en",
        "api": f"{base}/api/v1/payments/swish/webhook",
        "elsewhere": "https://example.org/approve/tok",
        "sentence": f"Open {base}/approve/tok now",
        "amount": 4500,
    }
    assert in_language(values, "sv", base + "/") == {
        **values,
        "link": f"{base}/approve/tok?lang=sv",
        "with_query": f"{base}/web/page?x=1&lang=sv",
    }
    assert page_link_in(f"{base}/book/t?lang=sv", "en") == f"{base}/book/t?lang=en"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # The query is kept as written: only a lang= parameter is taken out.
        ("https://k.se/p?x", "https://k.se/p?x&lang=sv"),
        ("https://k.se/p?a=%zz", "https://k.se/p?a=%zz&lang=sv"),
        ("https://k.se/p?q=%E4", "https://k.se/p?q=%E4&lang=sv"),
        ("https://k.se/p?a=1+2&b=%20", "https://k.se/p?a=1+2&b=%20&lang=sv"),
        ("https://k.se/p?lang=en&x=1&lang=de", "https://k.se/p?x=1&lang=sv"),
        ("https://k.se/p?language=en", "https://k.se/p?language=en&lang=sv"),
        ("https://k.se/p?lang", "https://k.se/p?lang=sv"),
        ("https://k.se/p", "https://k.se/p?lang=sv"),
        ("https://k.se/p?", "https://k.se/p?lang=sv"),
        ("https://k.se/p#part", "https://k.se/p?lang=sv#part"),
        ("https://k.se/p?x=1#a?b&lang=en", "https://k.se/p?x=1&lang=sv#a?b&lang=en"),
    ],
)
def test_a_page_link_keeps_its_query_as_written(url: str, expected: str) -> None:
    assert page_link_in(url, "sv") == expected
