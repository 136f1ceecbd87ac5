"""The seed's booking walk (seed 003, steps 1-8; issue 17's first "Done means"), end to
end over the real server (the app under uvicorn, real HTTP), its real mail worker
delivering to a real SMTP server (aiosmtpd), on SQLite and PostgreSQL.

Tangoklubben's staff set everything up as they do, by commands pushed through the sync
API: courses and rounds (dates, terms, seats, prices, a partner course), the price rule
with its membership type, the discount, memberships, cancellation terms, the sign-up
forms, the people and last term's registrations. Maria signed up for last term's Vals on
its public sign-up form (800 kr); her payment of it is the one thing written directly
(the club has no Bankgiro here, so nothing is invoiced: tests/server/test_seed_003_payments.py
walks on with invoices and payments); staff cancel it: 600 kr credit. Then the walk:
the follow-up job mails Maria and Anders, Maria follows her link, picks Tango
Fortsättare Onsdagar and Anders, sees 1 000 - 200 - 600 = 200 kr to pay and confirms;
the ledger, the registrations and the two Swedish confirmations are asserted exactly,
and nothing else was sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from server.services import ledger as accounts
from server.services.round_notices import send_round_notices
from tests.approval.helpers import text_of
from tests.server.helpers import cmd
from tests.server.seed_003 import (
    KR,
    SWEDISH,
    Club,
    body,
    confirm,
    iso,
    kr,
    link_in,
    open_club,
    own_postings,
    postings,
    registrations,
    set_terms,
    set_up,
    sign_up_for_vals,
    subjects,
    today,
)


@pytest.fixture(scope="module")
def club(module_server_db_url: str) -> Iterator[Club]:
    """Tangoklubben on its own server (one for the module and backend)."""
    with open_club(module_server_db_url) as club:
        yield club


def test_maria_books_tango_fortsattare_with_anders_from_her_follow_up_mail(club: Club) -> None:
    set_up(club)
    ids = club.ids
    maria, anders = ids["maria"], ids["anders"]
    vals = sign_up_for_vals(club)
    assert own_postings(club.account("maria")) == [
        ("charge", [("receivable", 800 * KR)]),
        ("payment", [("receivable", -800 * KR)]),
    ]

    # Maria cancelled Vals: staff cancel it. Under the terms she booked (full refund less
    # 200 kr, as credit) the 800 kr she paid leave her 600 kr of credit.
    club.push(cmd("registration.cancel", registration_id=vals))
    account = club.account("maria")
    assert (account["owed"], account["credit"]) == (0, 600 * KR)
    assert own_postings(account)[2] == ("cancellation", [("credit", -600 * KR)])
    vals_confirmation, vals_cancelled = club.mails_to("Maria", 2)
    assert subjects([vals_confirmation, vals_cancelled]) == [
        ("maria", "Anmälan mottagen: Vals (Fredagar)"),
        ("maria", "Anmälan avbokad: Vals (Fredagar)"),
    ]
    assert kr("  Vals: kursavgift  800 kr\n  ----") in body(vals_confirmation)
    # What follows is the walk's: every mail from here on is asserted.
    queued = len(club.outbox())

    # 1. Tango Nybörjare ended ten days ago: the follow-up job mails both a personal link
    #    to the course that follows it.
    send_round_notices(club.server.db, club.server.settings, today=today())
    to_maria = club.mails_to("Maria", 3)[2]
    [to_anders] = club.mails_to("Anders", 1)
    links = []
    for mail, name in ((to_maria, "Maria"), (to_anders, "Anders")):
        assert mail["Subject"] == "Fortsätt efter Tango Nybörjare"
        text = body(mail)
        assert text.startswith(f"Hej {name},\n\nTack för att du gick Tango Nybörjare."), text
        assert f"\nTango Fortsättare: Onsdagar ({iso(30)} – {iso(120)})\n" in text, text
        assert f"Länken gäller till och med {iso(60)}." in text, text
        links.append(link_in(club, mail))
    link, token = links[0], links[0].rsplit("/", 1)[1]
    assert links[1] != link  # each their own

    # 2. Maria opens hers: it knows her; the follow-up course first, under its own heading.
    browser = httpx.Client(headers=SWEDISH, timeout=30)
    page = browser.get(link)
    assert page.status_code == 200, page.text
    text = text_of(page.text)
    assert "Hej Maria" in text
    assert text.index("Ditt nästa steg") < text.index("Tango Fortsättare Onsdagar")
    assert text.index("Tango Fortsättare Onsdagar") < text.index("Andra kurser som går att boka")
    fortsattare = ids["fortsattare_onsdagar"]
    booking_hrefs = re.findall(r'href="(/book/[^"?]+)"', page.text)
    assert booking_hrefs[0] == f"/book/{token}/{fortsattare}", booking_hrefs

    # 3. Its page offers her former partner by name (nothing to type, nothing of his shown
    #    but his name) and 5.-6. her price before she confirms.
    page = browser.get(f"{link}/{fortsattare}")
    assert page.status_code == 200, page.text
    text = text_of(page.text)
    assert re.findall(r'name="partner" value="([^"]*)"', page.text) == [anders, "new", ""]
    assert "Anders Berg" in text and club.address("Anders") not in page.text
    assert (
        "Tango Fortsättare: kursavgift 1 000 kr"
        " Rabatt: Anmäld till en annan kurs samma termin −200 kr"
        " Ditt tillgodohavande används −600 kr"
        " Att betala 200 kr"
    ) in text, text
    done = confirm(browser, f"{link}/{fortsattare}", page, partner=anders)
    browser.close()
    text = text_of(done.text)
    assert (
        "Du är bokad på Tango Fortsättare (Onsdagar)."
        " Anders Berg är också bokad och får en egen bekräftelse."
    ) in text, text
    assert "Att betala: 200 kr" in text and "1 100" not in text, text

    # 4. Both met the prerequisite (Tango Nybörjare) and have no overdue fees: both got a
    #    place, each the other's partner.
    booked = registrations(club, "fortsattare_onsdagar")
    assert {p: (r["status"], r["partner_id"]) for p, r in booked.items()} == {
        maria: ("registered", anders),
        anders: ("registered", maria),
    }

    # The ledger. Maria: 1 000 - 200 = 800 of revenue, 600 of it from her credit, 200
    # owed. Anders (8.), not a member on the round's first day: 1 000 and the membership
    # fee on its own account, 1 100 owed.
    with club.server.db.sessions() as s:
        maria_history = accounts.history(s, club.tenant_id, maria)
        anders_history = accounts.history(s, club.tenant_id, anders)
    assert [(tx.kind.value, tx.reference) for tx in maria_history] == [
        ("charge", vals),
        ("payment", "OCR 4711"),
        ("cancellation", vals),
        ("charge", booked[maria]["id"]),
    ]
    assert [postings(tx) for tx in maria_history] == [
        {("revenue", -800 * KR, None, ""), ("receivable", 800 * KR, maria, "")},
        {("bank", 800 * KR, None, ""), ("receivable", -800 * KR, maria, "")},
        {("revenue", 600 * KR, None, ""), ("credit", -600 * KR, maria, "")},
        {
            ("revenue", -800 * KR, None, "3010"),
            ("credit", 600 * KR, maria, ""),
            ("receivable", 200 * KR, maria, ""),
        },
    ]
    assert [(tx.kind.value, tx.reference, postings(tx)) for tx in anders_history] == [
        (
            "charge",
            booked[anders]["id"],
            {
                ("revenue", -1000 * KR, None, "3010"),
                ("revenue", -100 * KR, None, "3890"),
                ("receivable", 1100 * KR, anders, ""),
            },
        )
    ]
    account = club.account("maria")
    assert (account["owed"], account["credit"]) == (200 * KR, 0)
    assert own_postings(account)[3] == ("charge", [("credit", 600 * KR), ("receivable", 200 * KR)])
    # Each booking keeps its price as shown and the terms it was made under.
    terms = {"version": 1, "admin_fee": 200 * KR, "refund_as": "credit", "refunds": True}
    assert [
        (b["registration_id"], b["total"], b["credit_used"], b["to_pay"], set_terms(b))
        for b in account["bookings"]
    ] == [
        (vals, 800 * KR, 0, 800 * KR, terms),
        (booked[maria]["id"], 800 * KR, 600 * KR, 200 * KR, terms),
    ]
    account = club.account("anders")
    assert (account["owed"], account["credit"]) == (1100 * KR, 0)
    assert [
        (b["registration_id"], b["total"], b["credit_used"], b["to_pay"], set_terms(b))
        for b in account["bookings"]
    ] == [(booked[anders]["id"], 1100 * KR, 0, 1100 * KR, terms)]

    # 8. Each got their own confirmation, in Swedish, with their price and what to pay.
    maria_price = (
        "\n  Tango Fortsättare: kursavgift                   1 000 kr"
        "\n  Rabatt: Anmäld till en annan kurs samma termin   −200 kr"
        "\n  Ditt tillgodohavande används                     −600 kr"
        "\n  --------------------------------------------------------"
        "\n  Att betala                                        200 kr\n"
    )
    anders_price = (
        "\n  Tango Fortsättare: kursavgift                       1 000 kr"
        f"\n  Medlemsavgift: Medlemskap (inte medlem {iso(30)})    100 kr"
        "\n  ------------------------------------------------------------"
        "\n  Att betala                                          1 100 kr\n"
    )
    for name, index, price, partner in (
        ("Maria", 3, maria_price, "Anders Berg"),
        ("Anders", 1, anders_price, "Maria Lind"),
    ):
        confirmation = club.mails_to(name, index + 1)[index]
        assert confirmation["Subject"] == "Anmälan mottagen: Tango Fortsättare (Onsdagar)"
        text = body(confirmation)
        assert text.startswith(f"Hej {name},\n"), text
        assert kr(price) in text, text
        assert f"  Partner: {partner}\n" in text, text

    # Nothing else was queued or sent.
    assert [(event, to.split(".")[0]) for event, to in club.outbox()[queued:]] == [
        ("round.follow_up", "maria"),
        ("round.follow_up", "anders"),
        ("registration.created", "maria"),
        ("registration.created", "anders"),
    ]
    assert len(club.mails()) == 6
