"""Waiting lists over real HTTP (issue 15): a full round's public sign-ups wait in order, a
cancellation mails the first an offer, the offer page accepts or declines, an offer not
answered in time goes to the next, and two sign-ups for the last seat at once give one
place and one waiting-list entry (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
import threading
from datetime import timedelta

import requests
from sqlalchemy import select

from models import CourseRound, Registration, RegistrationStatus
from models.ids import new_id, utcnow
from server.services.waiting_list import expire_offers
from tests.approval.helpers import (
    Form,
    answers,
    hidden,
    mails_to,
    make_form,
    person,
    pushed,
    text_of,
)
from tests.server.helpers import World, cmd
from tests.utils.servers import InProcessServer

OFFER = re.compile(r"/offer/([A-Za-z0-9_-]{20,})")
W, R, OF, C = (
    RegistrationStatus.WAITING,
    RegistrationStatus.REGISTERED,
    RegistrationStatus.OFFERED,
    RegistrationStatus.CANCELLED,
)


def form_with_seats(world: World, seats: int) -> Form:
    form = make_form(world)
    with world.db.transaction() as s:  # through the ORM, so the row gets its server_seq
        s.get_one(CourseRound, form.round_id).seats = seats
    return form


def sign_up(form: Form, email: str) -> requests.Response:
    browser = requests.Session()
    page = browser.get(form.url, timeout=10)
    values = answers(form, **{f"f_{form.elements['email']}": email})
    return browser.post(
        form.url, data={"csrf_token": hidden(page.text, "csrf_token"), **values}, timeout=30
    )


def statuses(world: World, form: Form) -> dict[str, str]:
    """Each registration's status by its participant's e-mail (lower case)."""
    with world.db.sessions() as s:
        regs = s.scalars(
            select(Registration)
            .where(Registration.round_id == form.round_id)
            .order_by(Registration.created_at)
        ).all()
        return {r.signup_answers[form.elements["email"]].lower(): r.status for r in regs}


def reg_id(world: World, form: Form, email: str) -> str:
    with world.db.sessions() as s:
        for r in s.scalars(select(Registration).where(Registration.round_id == form.round_id)):
            if r.signup_answers[form.elements["email"]].lower() == email:
                return r.id
    raise AssertionError(email)


def offer_token(world: World, email: str) -> str:
    mails = [m for m in mails_to(world.db, world.tenant_id, email) if "/offer/" in m.body_text]
    assert mails, f"no offer to {email}"
    found = OFFER.search(mails[-1].body_text)
    assert found
    return found.group(1)


def answer(world: World, token: str, choice: str) -> requests.Response:
    browser = requests.Session()
    page = browser.get(f"{world.url}/offer/{token}", timeout=10)
    assert page.status_code == 200, page.text
    return browser.post(
        f"{world.url}/offer/{token}",
        data={"csrf_token": hidden(page.text, "csrf_token"), "answer": choice},
        timeout=30,
    )


def test_a_full_round_waits_offers_and_the_offer_page_accepts(world: World) -> None:
    form = form_with_seats(world, 2)
    for email in ("a@firma.se", "b@firma.se", "c@firma.se", "d@firma.se"):
        assert sign_up(form, email).status_code == 200
    assert statuses(world, form) == {
        "a@firma.se": R,
        "b@firma.se": R,
        "c@firma.se": W,
        "d@firma.se": W,
    }
    [confirmation] = mails_to(world.db, world.tenant_id, "c@firma.se")
    assert "waiting list" in confirmation.body_text
    # Staff cancel a place: the first waiting is mailed an offer with a link and a deadline.
    pushed(world, cmd("registration.cancel", registration_id=reg_id(world, form, "a@firma.se")))
    assert statuses(world, form)["c@firma.se"] == OF
    token = offer_token(world, "c@firma.se")
    page = requests.get(f"{world.url}/offer/{token}", timeout=10)
    assert "Projektledning HT26" in text_of(page.text)
    done = answer(world, token, "accept")
    assert done.status_code == 200 and "You have a place" in text_of(done.text)
    assert statuses(world, form)["c@firma.se"] == R
    assert requests.get(f"{world.url}/offer/{token}", timeout=10).status_code == 410
    assert requests.get(f"{world.url}/offer/{'x' * 40}", timeout=10).status_code == 404


def test_more_seats_mail_offers_to_the_first_waiting(world: World) -> None:
    form = form_with_seats(world, 1)
    for email in ("m@firma.se", "n@firma.se", "o@firma.se", "p@firma.se"):
        assert sign_up(form, email).status_code == 200
    # Staff raise the seats from 1 to 3: the two new places go to the first two waiting.
    pushed(
        world, cmd("round.edit", round_id=form.round_id, changes={"seats": {"old": 1, "new": 3}})
    )
    assert statuses(world, form) == {
        "m@firma.se": R,
        "n@firma.se": OF,
        "o@firma.se": OF,
        "p@firma.se": W,
    }
    done = answer(world, offer_token(world, "o@firma.se"), "accept")
    assert done.status_code == 200 and "You have a place" in text_of(done.text)
    assert not [
        m for m in mails_to(world.db, world.tenant_id, "p@firma.se") if "/offer/" in m.body_text
    ]


def test_a_declined_or_expired_offer_goes_to_the_next(world: World, site: InProcessServer) -> None:
    form = form_with_seats(world, 1)
    for email in ("e@firma.se", "f@firma.se", "g@firma.se"):
        assert sign_up(form, email).status_code == 200
    pushed(world, cmd("registration.cancel", registration_id=reg_id(world, form, "e@firma.se")))
    done = answer(world, offer_token(world, "f@firma.se"), "decline")
    assert "You declined" in text_of(done.text)
    assert statuses(world, form) == {"e@firma.se": C, "f@firma.se": C, "g@firma.se": OF}
    # G does not answer: after the deadline the worker's job passes the offer on (nobody left).
    expire_offers(world.db, site.settings, now=utcnow() + timedelta(days=2))
    assert statuses(world, form)["g@firma.se"] == OF  # still within the deadline
    assert expire_offers(world.db, site.settings, now=utcnow() + timedelta(days=4)) >= 1
    assert statuses(world, form)["g@firma.se"] == C


def test_staff_move_people_between_the_list_and_the_round_over_http(world: World) -> None:
    form = form_with_seats(world, 1)
    for email in ("h@firma.se", "i@firma.se"):
        assert sign_up(form, email).status_code == 200
    pushed(
        world,
        cmd("registration.from_waiting_list", registration_id=reg_id(world, form, "i@firma.se")),
    )
    pushed(
        world,
        cmd("registration.to_waiting_list", registration_id=reg_id(world, form, "h@firma.se")),
    )
    assert statuses(world, form) == {"h@firma.se": W, "i@firma.se": R}


def test_two_sign_ups_for_the_last_seat_at_once_give_one_place(world: World) -> None:
    form = form_with_seats(world, 1)
    emails = ["j@firma.se", "k@firma.se"]
    browsers = {e: requests.Session() for e in emails}
    tokens = {
        e: hidden(b.get(form.url, timeout=10).text, "csrf_token") for e, b in browsers.items()
    }
    start = threading.Barrier(2)
    codes: dict[str, int] = {}

    def go(email: str) -> None:
        values = answers(form, **{f"f_{form.elements['email']}": email})
        start.wait(timeout=10)
        resp = browsers[email].post(
            form.url, data={"csrf_token": tokens[email], **values}, timeout=30
        )
        codes[email] = resp.status_code

    threads = [threading.Thread(target=go, args=(e,)) for e in emails]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert codes == {e: 200 for e in emails}
    assert sorted(statuses(world, form).values()) == sorted([R, W])


def test_two_staff_pushes_for_the_last_seat_at_once_give_one_place(world: World) -> None:
    form = form_with_seats(world, 1)
    people = [person(world, "Lena", "Ek", "lena.ek@firma.se"), person(world, "Per", "Al", None)]
    reg_ids = [new_id(), new_id()]
    start = threading.Barrier(2)
    results: dict[str, str] = {}

    def go(reg: str, participant: str, role: str) -> None:
        start.wait(timeout=10)
        [answer] = world.push(
            cmd(
                "registration.create",
                registration_id=reg,
                round_id=form.round_id,
                participant_id=participant,
            ),
            role=role,
        )
        results[reg] = answer["status"]

    threads = [
        threading.Thread(target=go, args=(reg, p, role))
        for reg, p, role in zip(reg_ids, people, ("admin", "course_admin"), strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert results == dict.fromkeys(reg_ids, "applied")
    with world.db.sessions() as s:
        got = sorted(s.get_one(Registration, r).status for r in reg_ids)
    assert got == sorted([R, W])
