"""Control characters are refused in text at validation, over HTTP on SQLite and
PostgreSQL: in pushed commands (names, course names, subjects never hold a line
break; notes and free text may, but nothing else), in the public sign-up page and
in the public alumni registration. Nothing is stored, no mail is queued."""

from __future__ import annotations

import html

import pytest
import requests

from models.ids import new_id
from tests.approval.helpers import MANAGER, answers, mails_to, make_form, people_count
from tests.approval.test_signup_pages import post, registrations
from tests.server.helpers import World, cmd

BREAKS = ["\r\n", "\n", "\r", "\u2028", "\x85"]
CONTROLS = ["\x00", "\x07", "\x1b", "\x7f"]


@pytest.mark.parametrize("bad", BREAKS + CONTROLS)
def test_a_course_name_with_a_control_character_is_rejected(world: World, bad: str) -> None:
    [result] = world.push(
        cmd("course.create", course_id=new_id(), code="PL1", name=f"Kurs{bad}Bcc: x@example.se")
    )
    assert result["status"] == "rejected", result
    assert result["code"] == "invalid"
    assert result["details"]["field"] == "args.name"


def test_person_names_and_nested_addresses_are_checked(world: World) -> None:
    for args in (
        {"first_name": "Anna\r\nBcc: x@example.se", "last_name": "B"},
        {"first_name": "Anna", "last_name": "B\x1b[2J"},
        {
            "first_name": "Anna",
            "last_name": "B",
            "emails": [{"address": "a@example.se\r\nBcc: x@example.se"}],
        },
    ):
        [result] = world.push(cmd("person.create", person_id=new_id(), **args))  # type: ignore[arg-type]
        assert result["status"] == "rejected", (args, result)
        assert result["details"]["field"].startswith("args."), result


def test_a_multiline_note_keeps_its_line_breaks_but_nothing_else(world: World) -> None:
    course = new_id()
    [ok] = world.push(
        cmd("course.create", course_id=course, code="K", name="Kurs", description="Rad 1\r\nRad 2")
    )
    assert ok["status"] == "applied", ok
    assert ok["rows"]["course"][0]["description"] == "Rad 1\nRad 2"
    [bad] = world.push(
        cmd("course.create", course_id=new_id(), code="K2", name="Kurs", description="a\x07")
    )
    assert bad["status"] == "rejected"
    assert "U+0007" in bad["message"]


@pytest.mark.parametrize("kind", ["first_name", "organisation", "approving_manager"])
def test_the_sign_up_page_refuses_a_line_break_in_a_name(world: World, kind: str) -> None:
    form = make_form(world)
    name = f"f_{form.elements[kind]}" + ("_name" if kind == "approving_manager" else "")
    people = people_count(world.db, world.tenant_id)
    resp = post(form, answers(form, **{name: "Erik\r\nBcc: x@example.se"}))
    assert resp.status_code == 422, resp.text[:300]
    assert f'id="{name}-error" role="alert">' in html.unescape(resp.text)
    assert registrations(world, form) == []
    assert people_count(world.db, world.tenant_id) == people
    assert mails_to(world.db, world.tenant_id, MANAGER) == []


def test_the_sign_up_page_keeps_line_breaks_in_free_text(world: World) -> None:
    form = make_form(world)
    resp = post(form, answers(form, **{f"f_{form.elements['text']}": "Vegetarisk\r\nInga nötter"}))
    assert resp.status_code == 200, resp.text[:300]
    [reg] = registrations(world, form)
    assert "Vegetarisk\nInga nötter" in reg.signup_answers.values()


def test_a_form_with_an_escape_character_is_refused_before_any_field(world: World) -> None:
    form = make_form(world)
    resp = post(form, answers(form, **{f"f_{form.elements['text']}": "a\x1bb"}))
    assert resp.status_code == 400
    assert registrations(world, form) == []


def test_the_alumni_registration_refuses_control_characters(world: World) -> None:
    resp = requests.post(
        f"{world.url}/api/v1/public/alumni/{world.slug}/registrations",
        json={"email": "anna@example.se", "first_name": "Anna\x07", "last_name": "B"},
        timeout=10,
    )
    assert resp.status_code == 422, resp.text
    assert {"field": "first_name"}.items() <= resp.json()["detail"]["errors"][0].items()


def test_a_person_edit_keeps_line_breaks_in_notes_only(world: World) -> None:
    person = new_id()
    [created] = world.push(cmd("person.create", person_id=person, first_name="Anna", last_name="B"))
    assert created["status"] == "applied", created
    [notes] = world.push(
        cmd(
            "person.edit", person_id=person, changes={"notes": {"old": "", "new": "Rad 1\r\nRad 2"}}
        )
    )
    assert notes["status"] == "applied", notes
    assert notes["rows"]["person"][0]["notes"] == "Rad 1\nRad 2"
    [name] = world.push(
        cmd(
            "person.edit",
            person_id=person,
            changes={"first_name": {"old": "Anna", "new": "Anna\nBcc: x@example.se"}},
        )
    )
    assert name["status"] == "rejected" and name["code"] == "invalid", name
