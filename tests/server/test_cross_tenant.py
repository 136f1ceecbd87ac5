"""Tenant isolation: a user of tenant A tries to read and write tenant B's data
through every endpoint and every pushable command, and always meets
not_found/forbidden (404/403), while B's data stays exactly as it was.

Each command is tried once per id it takes, with that one id taken from B
and every other one from A; the same command with all ids from A (the
control) must apply, so a refusal is proven to come from the foreign id.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from models.commands import registered
from models.ids import new_id
from server.demo.generate import DemoSizes, generate
from server.demo.seed import insert_rows
from server.tables import MailOutbox
from tests.server.helpers import PASSWORD, World, cmd

SMALL = DemoSizes(
    organisations=20, courses=6, rounds=16, persons=60, registrations=40, alumni=14, agent_orders=7
)


def seed(world: World, seed_no: int) -> None:
    data = generate(tenant_id=world.tenant_id, sizes=SMALL, seed=seed_no, today=date(2026, 11, 2))
    # Entries of a waiting list and offered places, for the commands that need them.
    regs = [r for r in data.rows["registration"] if r["status"] == "registered"]
    for row, status in zip(regs[-4:], ("waiting", "waiting", "offered", "offered"), strict=True):
        row["status"] = status
    # Message templates (issue 16), drafts with texts: for the template commands.
    now = data.rows["person"][0]["updated_at"]
    data.rows["message_template"] = [
        {
            "id": new_id(),
            "tenant_id": world.tenant_id,
            "updated_at": now,
            "deleted_at": None,
            "event_type": "registration.created",
            "name": f"Bekräftelse {n}",
            "language": "sv",
            "subject": "Anmälan mottagen: {course}",
            "email_body": "Hej {participant_first_name},\n\ntack för din anmälan.",
            "sms_text": "",
            "state": "draft",
            "version": 0,
            "published_subject": "",
            "published_email_body": "",
            "published_sms_text": "",
        }
        for n in range(5)
    ]
    # Bindings and static recipients (issue 16): for their commands.
    templates = data.rows["message_template"]
    data.rows["notification_binding"] = [
        {
            "id": new_id(),
            "tenant_id": world.tenant_id,
            "updated_at": now,
            "deleted_at": None,
            "event_type": "registration.created",
            "template_id": templates[n]["id"],
            "scope_kind": "tenant",
            "scope_id": None,
            "recipients": ["participant"],
            "channels": ["email"],
        }
        for n in range(3)
    ]
    data.rows["notification_recipient"] = [
        {
            "id": new_id(),
            "tenant_id": world.tenant_id,
            "updated_at": now,
            "deleted_at": None,
            "person_id": person["id"],
            "role": "Kursadministratör",
            "user_id": None,
        }
        for person in data.rows["person"][:3]
    ]

    # Booking's rules (issue 17): for their commands.
    def _row(**values: Any) -> dict[str, Any]:
        return {
            "id": new_id(),
            "tenant_id": world.tenant_id,
            "updated_at": now,
            "deleted_at": None,
            **values,
        }

    types = [_row(name=f"Medlemskap {n}", fee=10_000, vat_rate=0, account="3890") for n in range(6)]
    data.rows["membership_type"] = types
    data.rows["price_rule"] = [
        _row(
            scope_kind="category",
            scope_id=f"Kategori {n}",
            base_price=100_000,
            vat_rate=0,
            account="3010",
            membership_type_id=types[n]["id"],
        )
        for n in range(3)
    ]
    data.rows["discount_rule"] = [
        _row(
            scope_kind="tenant",
            scope_id=None,
            name=f"Rabatt {n}",
            condition="always",
            amount=20_000,
            percent=0,
            stacking="stacks",
            valid_from=None,
            valid_until=None,
            book_by=None,
            position=n,
            account="",
        )
        for n in range(3)
    ]
    data.rows["person_membership"] = [
        _row(
            person_id=person["id"],
            membership_type_id=types[0]["id"],
            since=date(2026, 1, 1),
            until=None,
        )
        for person in data.rows["person"][:3]
    ]
    data.rows["payment_settings"] = [
        _row(
            version=1,
            bankgiro="9912346",
            due_days=30,
            grace_days=7,
            reminder_fee=0,
            late_interest=False,
            reference_rate=0,
            second_reminder_days=14,
            sender_name="Klubben",
            sender_address="",
            org_number="",
            card_provider="",
        )
    ]
    data.rows["account_mapping"] = [
        _row(
            purpose=purpose,
            account="3011",
            scope_kind="tenant",
            scope_id=None,
            cost_centre="K1",
            project="",
            vat_code="05",
        )
        for purpose in ("fees", "membership", "bank")
    ]
    data.rows["accounting_object"] = [
        _row(dimension=dimension, code=code, name=f"Objekt {code}")
        for dimension, code in ((1, "K1"), (6, "P1"), (1, "K2"))
    ]
    data.rows["grant_rule_set"] = [
        _row(
            name=f"Kommunens stöd {n}",
            min_age=7,
            max_age=20,
            min_participants=3,
            max_participants=None,
            min_minutes=60,
            leader_min_age=18,
            per_day="day",
            valid_from=None,
        )
        for n in (1, 2)
    ]
    data.rows["agent_order_settings"] = [_row(version=1, handler_signs_with_bankid=False)]
    # Consents and retention rules (issue 23): for consent.withdraw, retention_settings.set.
    data.rows["consent"] = [
        _row(
            person_id=person["id"],
            email=f"chef{n}@firma.se",
            registration_id=None,
            kind="personal_data",
            terms_version="pd-2026-1",
            terms_text="Jag samtycker.",
            given_at=now,
            withdrawn_at=None,
            withdrawn_via="",
        )
        for n, person in enumerate(data.rows["person"][:3])
    ]
    data.rows["retention_settings"] = [
        _row(
            version=1,
            denied_alumni_months=12,
            mail_body_days=30,
            expired_access_days=7,
            audit_years=5,
        )
    ]
    data.rows["accounting_settings"] = [
        _row(version=1, year_start_month=7, accrual=False, series={"charge": ["K", "Kurser"]})
    ]
    data.rows["cancellation_policy"] = [
        _row(
            round_id=round_["id"],
            version=1,
            full_refund_until=None,
            fee_refund_until=None,
            admin_fee=20_000,
            refund_as="credit",
            refunds=True,
        )
        for round_ in data.rows["course_round"][-2:]
    ]
    # The booking's checks (issue 17): two more courses (prerequisite.add and
    # level_approval.add take fresh ones), prerequisites, level approvals and sign-ups
    # held for review.
    courses = data.rows["course"]
    for n in range(2):
        courses.append({**courses[0], "id": new_id(), "code": f"FK{n}", "name": f"Fördjupning {n}"})
    # Both require the first course (prerequisite.add picks two others: no cycle, not
    # required already).
    data.rows["course_prerequisite"] = [
        _row(course_id=course["id"], required_course_id=courses[0]["id"]) for course in courses[-2:]
    ]
    data.rows["level_approval"] = [
        _row(
            person_id=person["id"],
            course_id=courses[0]["id"],
            approved_on=date(2026, 6, 1),
            approved_by="Lena Ledare",
            note="",
        )
        for person in data.rows["person"][:3]
    ]
    # Membership cards (issue 19): membership_card.remove takes the last.
    data.rows["membership_card"] = [
        _row(person_id=person["id"], code=f"KORT-{n}-{world.tenant_id[-6:]}")
        for n, person in enumerate(data.rows["person"][:3])
    ]
    for row in regs[-6:-4]:
        row["status"] = "review"
    # Service-desk cases (issue 20): enough for their commands' cases (the demo has one).
    [case] = data.rows["service_desk_case"]
    data.rows["service_desk_case"] += [
        {**case, "id": new_id(), "number": f"{case['number']}-{n}"} for n in range(2, 8)
    ]
    # Internal notes (issue 20): registration.remove_note takes the last.
    data.rows["registration_note"] = [
        _row(
            registration_id=reg["id"],
            author_email="kansli@example.se",
            written_at=now,
            text=f"Godkänt per telefon {n}",
            removed_at=None,
            removed_by=None,
        )
        for n, reg in enumerate(regs[:2])
    ]
    with world.db.transaction() as s:
        insert_rows(s.connection(), data)


class Picker:
    """Ids for one command: from A, except the one field under test, from B."""

    def __init__(
        self, own: dict[str, Any], other: dict[str, Any], foreign: str | None, used: set[str]
    ) -> None:
        self.own, self.other, self.foreign, self.used = own, other, foreign, used
        self.fields: list[str] = []

    def row(
        self,
        field: str,
        table: str,
        where: Callable[[dict[str, Any]], bool] = bool,
    ) -> dict[str, Any]:
        self.fields.append(field)
        source = self.other if field == self.foreign else self.own
        for row in source["changes"][table].values():
            if where(row) and (source is self.other or row["id"] not in self.used):
                if source is self.own and self.foreign is None:
                    self.used.add(row["id"])
                return dict(row)
        raise AssertionError(f"no {table} row for {field}")

    def id(self, field: str, table: str, where: Callable[[dict[str, Any]], bool] = bool) -> str:
        return str(self.row(field, table, where)["id"])

    def new(self, field: str, table: str) -> str:
        """A fresh id for a row the command creates; B's existing one under test."""
        self.fields.append(field)
        if field == self.foreign:
            return str(next(iter(self.other["changes"][table])))
        return new_id()


def _contact(p: Picker) -> dict[str, Any]:
    """An organisation and a person: the contact book's commands' ids."""
    return {
        "target_kind": "organisation",
        "target_id": p.id("target_id", "organisation"),
        "person_id": p.id("person_id", "person"),
    }


def _registered(r: dict[str, Any]) -> bool:
    return r["status"] == "registered"


def _status(status: str) -> Callable[[dict[str, Any]], bool]:
    return lambda r: r["status"] == status


def _kind(kind: str) -> Callable[[dict[str, Any]], bool]:
    """Questions of one kind: the form commands' cases each take their own (an agent's
    picker does not skip rows used, and form_element.remove takes the first)."""
    return lambda r: r["kind"] == kind


def _no_customer(p: Picker) -> Callable[[dict[str, Any]], bool]:
    """An organisation that is not a customer yet (one is a customer once)."""
    customers = {c["organisation_id"] for c in p.own["changes"]["customer"].values()}
    return lambda r: r["id"] not in customers


def _last(p: Picker, table: str) -> Callable[[dict[str, Any]], bool]:
    """The last row of ``table`` (of either tenant): an archive takes it, so the rows other
    commands pick (the first ones; an agent's picker does not skip rows used) stay live."""
    last = {next(reversed(pulled["changes"][table])) for pulled in (p.own, p.other)}
    return lambda r: r["id"] in last


def _registered_with_session(p: Picker) -> Callable[[dict[str, Any]], bool]:
    """A registration (of either tenant) on a round that has a session, of a person no
    other command took (attendance.check_in checks a registered participant in)."""
    rounds = {
        s["round_id"]
        for pulled in (p.own, p.other)
        for s in pulled["changes"]["round_session"].values()
        if s["id"] not in p.used
    }
    return lambda r: (
        r["status"] == "registered"
        and r["round_id"] in rounds
        and not {r["id"], r["participant_id"]} & p.used
    )


def _session_of(p: Picker, round_id: str) -> Callable[[dict[str, Any]], bool]:
    """A session of ``round_id``; any of the other tenant's (the session under test), or
    any at all when the round is the other tenant's (the person under test)."""
    theirs = set(p.other["changes"]["round_session"]) - set(p.own["changes"]["round_session"])
    ours = {s["round_id"] for s in p.own["changes"]["round_session"].values()}
    return lambda r: (
        r["id"] not in p.used
        and (r["round_id"] == round_id or r["id"] in theirs or round_id not in ours)
    )


def _unused(p: Picker) -> Callable[[dict[str, Any]], bool]:
    """A row no command before took (an agent's picker, reading one tenant as both, would
    give the first row again: a session removed, a person merged)."""
    return lambda r: r["id"] not in p.used


def _last_in_review(p: Picker) -> Callable[[dict[str, Any]], bool]:
    """The last registration held for review (of either tenant): ``review_decline`` takes it,
    ``review_accept`` the first (an agent's picker does not skip rows used)."""
    last = {
        [r["id"] for r in pulled["changes"]["registration"].values() if r["status"] == "review"][-1]
        for pulled in (p.own, p.other)
    }
    return lambda r: r["id"] in last


def _without_policy(p: Picker) -> Callable[[dict[str, Any]], bool]:
    """A round without cancellation terms (of either tenant): ``cancellation_policy.set``
    gives it its first version."""
    taken = {
        row["round_id"]
        for pulled in (p.own, p.other)
        for row in pulled["changes"]["cancellation_policy"].values()
    }
    return lambda r: r["id"] not in taken


def _without_evaluation(p: Picker) -> Callable[[dict[str, Any]], bool]:
    """A course without an evaluation questionnaire (of either tenant):
    ``evaluation_form.set`` gives it its first version."""
    taken = {
        row["course_id"]
        for pulled in (p.own, p.other)
        for row in pulled["changes"].get("evaluation_form", {}).values()
    }
    return lambda r: r["id"] not in taken


def _import_rows(p: Picker) -> dict[str, Any]:
    """A ``registration.import`` of a new person (with an organisation) and a known one
    (with a manager and a new address)."""
    new_person = p.new("rows.0.participant_id", "person")
    return {
        "round_id": p.id("round_id", "course_round", lambda r: r["status"] != "cancelled"),
        "rows": [
            {
                "row": 2,
                "registration_id": p.new("rows.0.registration_id", "registration"),
                "participant_id": new_person,
                "person": {
                    "person_id": new_person,
                    "first_name": "Ida",
                    "last_name": "Ek",
                    "organisation_id": p.id("rows.0.person.organisation_id", "organisation"),
                    "emails": [{"address": f"ida.{new_id()[-8:]}@example.se"}],
                },
            },
            {
                "row": 3,
                "registration_id": p.new("rows.1.registration_id", "registration"),
                "participant_id": p.id("rows.1.participant_id", "person"),
                "approving_manager_id": p.id("rows.1.approving_manager_id", "person"),
                "add_email": f"ny.{new_id()[-8:]}@example.se",
            },
        ],
    }


SPECS: dict[str, Callable[[Picker], dict[str, Any]]] = {
    "organisation.create": lambda p: {
        "organisation_id": p.new("organisation_id", "organisation"),
        "name": f"Nytt bolag {new_id()[-8:]}",
    },
    "course.create": lambda p: {
        "course_id": p.new("course_id", "course"),
        "code": "X1",
        "name": "Ny kurs",
    },
    "round.create": lambda p: {
        "round_id": p.new("round_id", "course_round"),
        "course_id": p.id("course_id", "course"),
        "name": "Omgång",
    },
    "registration.create": lambda p: (
        lambda args: {
            **args,
            # Someone else than the participant (refused as their own partner).
            "partner_id": p.id("partner_id", "person", lambda r: r["id"] != args["participant_id"]),
        }
    )(
        {
            "registration_id": p.new("registration_id", "registration"),
            "round_id": p.id("round_id", "course_round", lambda r: r["status"] != "cancelled"),
            "participant_id": p.id("participant_id", "person"),
            "approving_manager_id": p.id("approving_manager_id", "person"),
            "organisation_id": p.id("organisation_id", "organisation"),
        }
    ),
    "registration.import": _import_rows,
    "registration.set_manager": lambda p: (
        lambda reg: {
            "registration_id": reg["id"],
            "approving_manager_id": p.id("approving_manager_id", "person"),
            "expected_manager_id": reg["approving_manager_id"],
        }
    )(p.row("registration_id", "registration", lambda r: r["approved_at"] is None)),
    "registration.request_approval": lambda p: {
        "registration_id": p.id(
            "registration_id",
            "registration",
            lambda r: _registered(r) and r["approved_at"] is None and r["approving_manager_id"],
        )
    },
    "registration.remove_approval": lambda p: {
        "registration_id": p.id(
            "registration_id", "registration", lambda r: r["approved_at"] is not None
        ),
        "reason": "Godkänd av fel person",
    },
    "signup_form.set": lambda p: {
        "form_id": p.new("form_id", "signup_form"),
        "round_id": p.id(
            "round_id",
            "course_round",
            lambda r: (
                r["id"] not in {f["round_id"] for f in p.own["changes"]["signup_form"].values()}
            ),
        ),
        "heading": "Anmälan",
    },
    "form_element.add": lambda p: {
        "element_id": p.new("element_id", "form_element"),
        "form_id": p.id("form_id", "signup_form"),
        "kind": "text",
        "label": "Fråga",
    },
    "form_element.remove": lambda p: {"element_id": p.id("element_id", "form_element")},
    "form_element.edit": lambda p: (
        lambda element: {
            "element_id": element["id"],
            "changes": {"label": {"old": element["label"], "new": "Ny fråga"}},
        }
    )(p.row("element_id", "form_element", _kind("text"))),
    "form_element.move": lambda p: (
        lambda element: {
            "element_id": element["id"],
            # A question of the same form; with an id of B's under test, any question.
            "after_id": p.id(
                "after_id",
                "form_element",
                lambda r: (
                    r["kind"] == "checkbox"
                    and (p.foreign is not None or r["form_id"] == element["form_id"])
                ),
            ),
        }
    )(p.row("element_id", "form_element", _kind("choice"))),
    "category.create": lambda p: {
        "category_id": p.new("category_id", "category"),
        "name": f"Kategori {new_id()[-8:]}",
    },
    "category.rename": lambda p: (
        lambda category: {
            "category_id": category["id"],
            "changes": {"name": {"old": category["name"], "new": f"Ny {new_id()[-8:]}"}},
        }
    )(p.row("category_id", "category", lambda r: r["key"] == "contact")),
    # Not a category the alumni processing gives: those cannot be archived.
    "category.archive": lambda p: {
        "category_id": p.id("category_id", "category", lambda r: r["key"] == "mentor"),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "person.set_category_many": lambda p: {
        "person_ids": [p.id("person_ids.0", "person"), p.id("person_ids.1", "person")],
        "category_key": "alumnus",
    },
    "round.set_terms": lambda p: {
        "round_id": p.id("round_id", "course_round"),
        "terms_text": "Bindande anmälan.",
        "terms_version": "2027-1",
    },
    "round.send_participant_list": lambda p: {
        "round_id": p.id("round_id", "course_round"),
        "contract_id": p.id("contract_id", "contract"),
    },
    # Before registration.cancel: a spec may pick the row it cancels (the same snapshot).
    "registration.to_waiting_list": lambda p: {
        "registration_id": p.id("registration_id", "registration", _registered)
    },
    "registration.from_waiting_list": lambda p: {
        "registration_id": p.id("registration_id", "registration", _status("waiting"))
    },
    "registration.accept_offer": lambda p: {
        "registration_id": p.id("registration_id", "registration", _status("offered"))
    },
    "registration.add_note": lambda p: {
        "registration_id": p.id("registration_id", "registration"),
        "note_id": p.new("note_id", "registration_note"),
        "text": "Godkänt per telefon av chefen",
    },
    "registration.remove_note": lambda p: {
        "note_id": p.id("note_id", "registration_note", _last(p, "registration_note"))
    },
    "registration.cancel": lambda p: {
        "registration_id": p.id("registration_id", "registration", _registered)
    },
    "person.create": lambda p: {
        "person_id": p.new("person_id", "person"),
        "first_name": "Nils",
        "last_name": "Holm",
        "organisation_id": p.id("organisation_id", "organisation"),
    },
    "person.edit": lambda p: (
        lambda person: {
            "person_id": person["id"],
            "changes": {
                "title": {"old": person["title"], "new": "Ny titel"},
                "organisation_id": {
                    "old": person["organisation_id"],
                    "new": p.id("changes.organisation_id", "organisation"),
                },
            },
        }
    )(p.row("person_id", "person")),
    "person.add_email": lambda p: {
        "person_id": p.id("person_id", "person"),
        "address": "ny.adress@example.se",
    },
    "person.remove_email": lambda p: {"email_id": p.id("email_id", "person_email")},
    "person.add_phone": lambda p: {
        "person_id": p.id("person_id", "person"),
        "number": "070-123 45 67",
    },
    "person.set_category": lambda p: {
        "person_id": p.id("person_id", "person"),
        "category_key": "alumnus",
    },
    "contact.link": lambda p: {
        **_contact(p),
        "roles": ["notification_recipient"],
    },
    "contact.set_roles": lambda p: {**_contact(p), "roles": {"main_contact": True}},
    "contact.unlink": lambda p: _contact(p),
    "alumni.decide": lambda p: {
        "alumni_registration_id": p.id(
            "alumni_registration_id", "alumni_registration", lambda r: r["status"] == "not_approved"
        ),
        "decision": "approve",
    },
    "alumni.review_proposal": lambda p: {
        "alumni_registration_id": p.id(
            "alumni_registration_id",
            "alumni_registration",
            lambda r: r["proposal_state"] == "pending" and r["status"] != "not_approved",
        ),
        "apply": True,
    },
    "alumni.reverse_decision": lambda p: {
        "alumni_registration_id": p.id(
            "alumni_registration_id", "alumni_registration", lambda r: r["status"] == "denied"
        ),
        "reason": "Wrong person",
        "expected_status": "denied",
    },
    "alumni.rule_set": lambda p: {
        "rule_id": p.new("rule_id", "alumni_rule"),
        "kind": "min_credits",
        "params": {"min_credits": 120},
    },
    "course.edit": lambda p: (
        lambda course: {
            "course_id": course["id"],
            "changes": {
                "name": {"old": course["name"], "new": "Omdöpt kurs"},
                "leader_id": {
                    "old": course["leader_id"],
                    "new": p.id("changes.leader_id", "person"),
                },
            },
        }
    )(p.row("course_id", "course")),
    "course.archive": lambda p: (
        lambda course: {
            "course_id": course["id"],
            "changes": {"archived": {"old": course["archived"], "new": not course["archived"]}},
        }
    )(p.row("course_id", "course")),
    "round.edit": lambda p: (
        lambda round_: {
            "round_id": round_["id"],
            "changes": {"place": {"old": round_["place"], "new": "Ny plats"}},
        }
    )(p.row("round_id", "course_round")),
    "round.archive": lambda p: (
        lambda round_: {
            "round_id": round_["id"],
            "changes": {"archived": {"old": round_["archived"], "new": not round_["archived"]}},
        }
    )(p.row("round_id", "course_round")),
    "session.add": lambda p: (
        lambda round_: {
            "session_id": p.new("session_id", "round_session"),
            "round_id": round_["id"],
            "day": round_["starts_on"] or "2026-11-02",
            "start_minute": 540,
            "room": "Sal A",
            "leader_id": p.id("leader_id", "person"),
        }
    )(p.row("round_id", "course_round")),
    "session.edit": lambda p: (
        lambda session: {
            "session_id": session["id"],
            "changes": {
                "room": {"old": session["room"], "new": "Sal Ny"},
                "leader_id": {
                    "old": session["leader_id"],
                    "new": p.id("changes.leader_id", "person"),
                },
            },
        }
    )(p.row("session_id", "round_session")),
    "session.remove": lambda p: {"session_id": p.id("session_id", "round_session")},
    "organisation.edit": lambda p: (
        lambda org: {
            "organisation_id": org["id"],
            "changes": {"city": {"old": org["city"], "new": "Ny ort"}},
        }
    )(p.row("organisation_id", "organisation")),
    "organisation.archive": lambda p: {
        "organisation_id": p.id("organisation_id", "organisation", _last(p, "organisation")),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "customer.create": lambda p: {
        "customer_id": p.new("customer_id", "customer"),
        "organisation_id": p.id("organisation_id", "organisation", _no_customer(p)),
    },
    "customer.edit": lambda p: (
        lambda customer: {
            "customer_id": customer["id"],
            "changes": {
                "customer_number": {"old": customer["customer_number"], "new": new_id()[-8:]}
            },
        }
    )(p.row("customer_id", "customer")),
    "customer.archive": lambda p: {
        "customer_id": p.id("customer_id", "customer", _last(p, "customer")),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "contract.create": lambda p: {
        "contract_id": p.new("contract_id", "contract"),
        "customer_id": p.id("customer_id", "customer"),
        "title": "Nytt avtal",
    },
    "contract.edit": lambda p: (
        lambda contract: {
            "contract_id": contract["id"],
            "changes": {"title": {"old": contract["title"], "new": "Omdöpt avtal"}},
        }
    )(p.row("contract_id", "contract")),
    "contract.archive": lambda p: {
        "contract_id": p.id("contract_id", "contract", _last(p, "contract")),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "agent.create": lambda p: {
        "agent_id": p.new("agent_id", "agent"),
        "organisation_id": p.id("organisation_id", "organisation"),
        "name": "Ny agent",
    },
    "agent.edit": lambda p: (
        lambda agent: {
            "agent_id": agent["id"],
            "changes": {"name": {"old": agent["name"], "new": "Omdöpt agent"}},
        }
    )(p.row("agent_id", "agent")),
    "agent.archive": lambda p: {
        "agent_id": p.id("agent_id", "agent", _last(p, "agent")),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "message_template.create": lambda p: {
        "template_id": p.new("template_id", "message_template"),
        "event_type": "registration.created",
        "name": "Bekräftelse",
        "language": "sv",
        "subject": "Anmälan mottagen: {course}",
        "email_body": "Hej {participant_first_name}",
    },
    "message_template.edit": lambda p: (
        lambda template: {
            "template_id": template["id"],
            "changes": {"name": {"old": template["name"], "new": "Bekräftelse ny"}},
        }
    )(p.row("template_id", "message_template")),
    "message_template.publish": lambda p: (
        lambda template: {"template_id": template["id"], "expected_version": template["version"]}
    )(p.row("template_id", "message_template")),
    "notification_binding.create": lambda p: {
        "binding_id": p.new("binding_id", "notification_binding"),
        "event_type": "registration.created",
        "template_id": p.id("template_id", "message_template"),
        "scope_kind": "round",
        "scope_id": p.id("scope_id", "course_round"),
        "recipients": ["participant", "contacts"],
        "channels": ["email", "sms"],
    },
    "notification_binding.edit": lambda p: (
        lambda binding: {
            "binding_id": binding["id"],
            "changes": {
                "scope_kind": {"old": "tenant", "new": "course"},
                "scope_id": {"old": None, "new": p.id("scope_id", "course")},
            },
        }
    )(p.row("binding_id", "notification_binding")),
    "notification_binding.archive": lambda p: {
        "binding_id": p.id("binding_id", "notification_binding"),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "notification_recipient.create": lambda p: {
        "recipient_id": p.new("recipient_id", "notification_recipient"),
        "person_id": p.id("person_id", "person"),
        "role": "Kursadministratör",
    },
    "notification_recipient.edit": lambda p: {
        "recipient_id": p.id("recipient_id", "notification_recipient"),
        "changes": {"role": {"old": "Kursadministratör", "new": "Utbildningsledare"}},
    },
    "notification_recipient.archive": lambda p: {
        "recipient_id": p.id("recipient_id", "notification_recipient"),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "membership_type.create": lambda p: {
        "membership_type_id": p.new("membership_type_id", "membership_type"),
        "name": "Familjemedlemskap",
        "fee": 25_000,
    },
    "membership_type.edit": lambda p: (
        lambda row: {
            "membership_type_id": row["id"],
            "changes": {"fee": {"old": row["fee"], "new": 12_000}},
        }
    )(p.row("membership_type_id", "membership_type")),
    "membership_type.archive": lambda p: {
        "membership_type_id": p.id(
            "membership_type_id", "membership_type", _last(p, "membership_type")
        ),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "account_mapping.create": lambda p: {
        "account_mapping_id": p.new("account_mapping_id", "account_mapping"),
        "purpose": "fees",
        "account": "3012",
        "scope_kind": "category",
        "scope_id": f"Ny kategori {new_id()[-6:]}",
    },
    "account_mapping.edit": lambda p: (
        lambda row: {
            "account_mapping_id": row["id"],
            "changes": {"account": {"old": row["account"], "new": "3019"}},
        }
    )(p.row("account_mapping_id", "account_mapping")),
    "account_mapping.archive": lambda p: {
        "account_mapping_id": p.id(
            "account_mapping_id", "account_mapping", _last(p, "account_mapping")
        ),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "accounting_object.create": lambda p: {
        "accounting_object_id": p.new("accounting_object_id", "accounting_object"),
        "dimension": 6,
        "code": f"P{new_id()[-6:]}",
        "name": "Nytt projekt",
    },
    "accounting_object.edit": lambda p: (
        lambda row: {
            "accounting_object_id": row["id"],
            "changes": {"name": {"old": row["name"], "new": "Omdöpt"}},
        }
    )(p.row("accounting_object_id", "accounting_object")),
    "accounting_object.archive": lambda p: {
        "accounting_object_id": p.id(
            "accounting_object_id", "accounting_object", _last(p, "accounting_object")
        ),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "grant_rule_set.create": lambda p: {
        "grant_rule_set_id": p.new("grant_rule_set_id", "grant_rule_set"),
        "name": f"Eget stöd {new_id()[-6:]}",
        "min_age": 5,
        "max_age": 20,
        "min_participants": 4,
        "min_minutes": 45,
        "leader_min_age": 15,
        "per_day": "sport",
    },
    "grant_rule_set.edit": lambda p: (
        lambda row: {
            "grant_rule_set_id": row["id"],
            "changes": {"min_minutes": {"old": row["min_minutes"], "new": 50}},
        }
    )(p.row("grant_rule_set_id", "grant_rule_set")),
    "grant_rule_set.archive": lambda p: {
        "grant_rule_set_id": p.id(
            "grant_rule_set_id", "grant_rule_set", _last(p, "grant_rule_set")
        ),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "consent.withdraw": lambda p: {"consent_id": p.id("consent_id", "consent")},
    "retention_settings.set": lambda p: {
        "settings_id": p.id("settings_id", "retention_settings"),
        "expected_version": 1,
        "denied_alumni_months": 6,
        "mail_body_days": 30,
        "expired_access_days": 7,
        "audit_years": 5,
    },
    "agent_order_settings.set": lambda p: {
        "settings_id": p.id("settings_id", "agent_order_settings"),
        "expected_version": 1,
        "handler_signs_with_bankid": True,
    },
    "accounting_settings.set": lambda p: {
        "settings_id": p.id("settings_id", "accounting_settings"),
        "expected_version": 1,
        "year_start_month": 1,
        "accrual": True,
    },
    "price_rule.create": lambda p: {
        "price_rule_id": p.new("price_rule_id", "price_rule"),
        "scope_kind": "category",
        "scope_id": f"Ny kategori {new_id()[-6:]}",
        "base_price": 90_000,
        "membership_type_id": p.id("membership_type_id", "membership_type"),
    },
    "price_rule.edit": lambda p: (
        lambda row: {
            "price_rule_id": row["id"],
            "changes": {
                "base_price": {"old": row["base_price"], "new": 95_000},
                "membership_type_id": {
                    "old": row["membership_type_id"],
                    "new": p.id("changes.membership_type_id", "membership_type"),
                },
            },
        }
    )(p.row("price_rule_id", "price_rule")),
    "price_rule.archive": lambda p: {
        "price_rule_id": p.id("price_rule_id", "price_rule", _last(p, "price_rule")),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "discount_rule.create": lambda p: {
        "discount_rule_id": p.new("discount_rule_id", "discount_rule"),
        "scope_kind": "category",
        "scope_id": "Dans",
        "name": "Tidig anmälan",
        "condition": "early_booking",
        "percent": 1000,
        "book_by": "2026-12-01",
    },
    "discount_rule.edit": lambda p: (
        lambda row: {
            "discount_rule_id": row["id"],
            "changes": {"name": {"old": row["name"], "new": "Syskonrabatt"}},
        }
    )(p.row("discount_rule_id", "discount_rule")),
    "discount_rule.archive": lambda p: {
        "discount_rule_id": p.id("discount_rule_id", "discount_rule", _last(p, "discount_rule")),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "membership.add": lambda p: {
        "membership_id": p.new("membership_id", "person_membership"),
        "person_id": p.id("person_id", "person"),
        "membership_type_id": p.id("membership_type_id", "membership_type"),
        "since": "2027-01-01",
        "until": "2027-12-31",
    },
    "membership.edit": lambda p: {
        "membership_id": p.id("membership_id", "person_membership"),
        "changes": {"until": {"old": None, "new": "2027-06-30"}},
    },
    "membership.remove": lambda p: {
        "membership_id": p.id("membership_id", "person_membership", _last(p, "person_membership")),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "prerequisite.add": lambda p: (
        lambda course_id: {
            "prerequisite_id": p.new("prerequisite_id", "course_prerequisite"),
            "course_id": course_id,
            "required_course_id": p.id(
                "required_course_id", "course", lambda r: r["id"] != course_id
            ),
        }
    )(p.id("course_id", "course")),
    "prerequisite.remove": lambda p: {
        "prerequisite_id": p.id(
            "prerequisite_id", "course_prerequisite", _last(p, "course_prerequisite")
        ),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "level_approval.add": lambda p: {
        "level_approval_id": p.new("level_approval_id", "level_approval"),
        "person_id": p.id("person_id", "person"),
        "course_id": p.id("course_id", "course"),
        "approved_on": "2026-12-10",
        "approved_by": "Lena Ledare",
        "note": "Dansade hela hösten",
    },
    "level_approval.remove": lambda p: {
        "level_approval_id": p.id(
            "level_approval_id", "level_approval", _last(p, "level_approval")
        ),
        "changes": {"archived": {"old": False, "new": True}},
    },
    "attendance.check_in": lambda p: (
        lambda reg: {
            "session_id": p.id("session_id", "round_session", _session_of(p, reg["round_id"])),
            "person_id": reg["participant_id"],
            "how": "scan",
        }
    )(p.row("person_id", "registration", _registered_with_session(p))),
    "attendance.override": lambda p: {
        "session_id": p.id("session_id", "round_session", _unused(p)),
        "person_id": p.id("person_id", "person", _unused(p)),
        "reason": "Betalade kontant i dörren",
        "overridden": "fee_overdue",
    },
    "attendance.set": lambda p: {
        "session_id": p.id("session_id", "round_session", _unused(p)),
        "person_id": p.id("person_id", "person", _unused(p)),
        "present": True,
    },
    "membership_card.add": lambda p: {
        "card_id": p.new("card_id", "membership_card"),
        "person_id": p.id("person_id", "person", _unused(p)),
        "code": f"KORT-NY-{new_id()[-8:]}",
    },
    "membership_card.remove": lambda p: {
        "card_id": p.id("card_id", "membership_card", _last(p, "membership_card")),
    },
    "registration.review_accept": lambda p: {
        "registration_id": p.id("registration_id", "registration", _status("review"))
    },
    "registration.review_decline": lambda p: {
        "registration_id": p.id("registration_id", "registration", _last_in_review(p)),
        "reason": "Gå nybörjarkursen först",
    },
    "payment_settings.set": lambda p: {
        "settings_id": p.id("settings_id", "payment_settings"),
        "expected_version": 1,
        "bankgiro": "5050-1055",
        "due_days": 20,
    },
    "evaluation_form.set": lambda p: {
        "course_id": p.id("course_id", "course", _without_evaluation(p)),
        "expected_version": 0,
        "anonymous": True,
        "questions": [
            {"id": "overall", "kind": "scale", "text": "Hur var kursen?", "required": True},
            {"id": "words", "kind": "text", "text": "Något mer?"},
        ],
    },
    "cancellation_policy.set": lambda p: {
        "policy_id": p.new("policy_id", "cancellation_policy"),
        "round_id": p.id("round_id", "course_round", _without_policy(p)),
        "expected_version": 0,
        "full_refund_until": "2026-12-01",
        "admin_fee": 20_000,
    },
    "service_desk_case.assign": lambda p: {
        "case_id": p.id("case_id", "service_desk_case"),
        "assignee_id": None,
        "expected_assignee_id": None,
    },
    "service_desk_case.set_status": lambda p: {
        "case_id": p.id("case_id", "service_desk_case"),
        "status": "in_progress",
    },
    "service_desk_case.add_note": lambda p: {
        "case_id": p.id("case_id", "service_desk_case"),
        "note_id": p.new("note_id", "service_desk_note"),
        "text": "Kunden ringde.",
    },
}
#: Last: its control anonymises a person whose rows the other commands' controls use.
SPECS["person.erase"] = lambda p: {
    "person_id": p.id("person_id", "person"),
    "mode": "anonymise",
    "reason": "Begäran enligt art. 17",
}


def _ids(pulled: dict[str, Any]) -> set[str]:
    return {i for rows in pulled["changes"].values() for i in rows} | {
        i for ids in pulled["tombstones"].values() for i in ids
    }


@pytest.fixture
def two_tenants(world: World, other_world: World) -> tuple[World, World]:
    seed(world, 1)
    seed(other_world, 2)
    return world, other_world


def test_every_pushable_command_has_a_cross_tenant_case() -> None:
    pushable = {name for (name, _), c in registered().items() if c.pushable}
    assert pushable <= set(SPECS), f"add cases for: {sorted(pushable - set(SPECS))}"


def test_commands_cannot_touch_another_tenants_rows(two_tenants: tuple[World, World]) -> None:
    a, b = two_tenants
    # B queues a mail, so there is something of B's in every server table.
    [sent] = b.push(
        cmd(
            "registration.request_approval",
            **SPECS["registration.request_approval"](
                Picker(b.pull_all(), b.pull_all(), None, set())
            ),
        )
    )
    assert sent["status"] == "applied", sent
    before_b = b.pull_all()
    b_ids = _ids(before_b)
    own = a.pull_all()
    used: set[str] = set()
    tried = 0
    for name, spec in SPECS.items():
        control = Picker(own, before_b, None, used)
        control_args = spec(control)
        for field in control.fields:
            args = spec(Picker(own, before_b, field, used))
            [result] = a.push(cmd(name, **args))
            tried += 1
            assert result["status"] == "rejected", (name, field, result)
            assert result["code"] in {"not_found", "forbidden"}, (name, field, result)
            for rows in result["rows"].values():
                assert all(r["tenant_id"] == a.tenant_id for r in rows), (name, field)
        [ok] = a.push(cmd(name, **control_args))
        assert ok["status"] == "applied", (name, ok)
    assert tried >= 20  # one case per id every command takes
    after_b = b.pull_all()
    assert after_b == before_b
    assert not (_ids(a.pull_all()) & b_ids)


def test_no_endpoint_shows_another_tenants_data(two_tenants: tuple[World, World]) -> None:
    a, b = two_tenants
    b_data = b.pull_all()
    [sent] = b.push(
        cmd(
            "registration.request_approval",
            **SPECS["registration.request_approval"](Picker(b_data, b_data, None, set())),
        )
    )
    assert sent["status"] == "applied", sent
    with b.db.sessions() as s:
        b_mail = s.scalar(select(MailOutbox).where(MailOutbox.tenant_id == b.tenant_id))
        assert b_mail is not None
        b_mails = s.scalar(select(func.count()).where(MailOutbox.tenant_id == b.tenant_id))
    client = a.client()
    url = a.url
    # Pull: none of B's rows, for any role of A.
    for role in ("admin", "viewer", "alumni_officer"):
        assert not (_ids(a.pull_all(role)) & _ids(b_data))
    # Delivery records: B's mail is "not found", and listing by B's record finds nothing.
    resp = client.get(f"{url}/api/v1/mail/{b_mail.id}", timeout=10)
    assert resp.status_code == 404
    resp = client.get(f"{url}/api/v1/mail", params={"related_id": b_mail.related_id}, timeout=10)
    assert resp.status_code == 200 and resp.json()["mails"] == []
    assert all(
        m["id"] != b_mail.id for m in client.get(f"{url}/api/v1/mail", timeout=10).json()["mails"]
    )
    # /me is A's.
    assert client.get(f"{url}/api/v1/me", timeout=10).json()["tenant"]["id"] == a.tenant_id
    # Signing in to B with A's account is refused.
    resp = requests.post(
        f"{url}/api/v1/auth/login",
        json={"email": a.email(), "password": PASSWORD, "tenant": b.slug},
        headers={"X-Forwarded-For": "10.9.9.9"},
        timeout=10,
    )
    assert resp.status_code == 403
    assert "token" not in resp.text
    # B's command id gets no result of B's.
    [reused] = a.push({**cmd("registration.cancel", registration_id=new_id()), "id": sent["id"]})
    assert reused["status"] == "rejected" and reused["rows"] == {}
    assert reused != sent
    with b.db.sessions() as s:
        assert s.scalar(select(func.count()).where(MailOutbox.tenant_id == b.tenant_id)) == b_mails
    assert b.pull_all() == b.pull_all()
