"""Every editing command carries the old value of each field it changes (issue 26, item 6).

The registered commands are enumerated: each must declare how it meets
concurrent offline work (``Command.shape``), and every field-edit command is
run here on a real SQLite session: an edit made from a stale view of the
same field is refused as a conflict naming the field, theirs and yours (and
who changed it, on the server); an edit of a different field merges.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import AlumniRule, Category, Course, CourseRound, FormElement, Person, SignupForm
from models.accounting import AccountingObjectRow, AccountMappingRow
from models.booking import DiscountRule, MembershipType, PersonMembership, PriceRule
from models.commands import build, registered
from models.commands.base import Actor
from models.commands.edits import SHAPES, FieldChange, as_json
from models.courses import RoundSession
from models.errors import ConflictError, ValidationError
from models.grants import GrantRuleSetRow
from models.ids import new_id
from models.notifications import MessageTemplate, NotificationBinding, NotificationRecipient
from models.organisations import Agent, Contract, Customer, Organisation
from models.prerequisites import CoursePrerequisite, LevelApproval
from tests import factories as f


@dataclass(frozen=True)
class Case:
    """A row to edit and two fields of it: ``field`` for the conflict, ``other`` to merge."""

    setup: Callable[[Session, str], tuple[type[Any], dict[str, Any]]]
    #: field, the value all saw, what the first one set, what the second one set
    field: tuple[str, Any, Any, Any]
    #: a different field, the value all saw, what the second one set; None: see ``why``
    other: tuple[str, Any, Any] | None
    why: str = ""


def _person(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    person = f.person(session, tenant_id)
    person.city = "Umeå"
    session.flush()
    return Person, {"person_id": person.id}


def _round(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    return CourseRound, {"round_id": f.course_round(session, tenant_id).id}


def _course(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    return Course, {"course_id": f.course_round(session, tenant_id).course_id}


def _form(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    round_id = f.course_round(session, tenant_id).id
    ids = {"form_id": new_id(), "round_id": round_id}
    changes = {"heading": {"new": "Anmälan"}, "published": {"new": False}}
    _run(session, tenant_id, "signup_form.set", {**ids, "changes": changes})
    return SignupForm, ids


def _element(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    _, form = _form(session, tenant_id)
    ids = {"element_id": new_id()}
    args = {**ids, "form_id": form["form_id"], "kind": "text", "label": "Allergier"}
    _run(session, tenant_id, "form_element.add", args)
    return FormElement, ids


def _category(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"category_id": new_id()}
    _run(session, tenant_id, "category.create", {**ids, "name": "Mentor"})
    return Category, ids


def _session(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"session_id": new_id()}
    round_id = f.course_round(session, tenant_id).id
    args = {**ids, "round_id": round_id, "day": "2026-09-14", "room": "Sal A"}
    _run(session, tenant_id, "session.add", args)
    return RoundSession, ids


def _rule(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"rule_id": new_id()}
    changes = {
        "kind": {"new": "min_credits"},
        "params": {"new": {"min_credits": 180}},
        "description": {"new": "Minst 180 hp"},
    }
    _run(session, tenant_id, "alumni.rule_set", {**ids, "changes": changes})
    return AlumniRule, ids


def _organisation(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"organisation_id": new_id()}
    _run(session, tenant_id, "organisation.create", {**ids, "name": "Umeå kommun"})
    return Organisation, ids


def _customer(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    _, org = _organisation(session, tenant_id)
    ids = {"customer_id": new_id()}
    _run(session, tenant_id, "customer.create", {**ids, **org, "customer_number": "K1"})
    return Customer, ids


def _contract(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    _, customer = _customer(session, tenant_id)
    ids = {"contract_id": new_id()}
    _run(session, tenant_id, "contract.create", {**ids, **customer, "title": "Ramavtal"})
    return Contract, ids


def _agent(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    _, org = _organisation(session, tenant_id)
    ids = {"agent_id": new_id()}
    _run(session, tenant_id, "agent.create", {**ids, **org, "name": "Atea"})
    return Agent, ids


def _template(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"template_id": new_id()}
    args = {"event_type": "registration.created", "name": "Bekräftelse", "language": "sv"}
    _run(session, tenant_id, "message_template.create", {**ids, **args, "subject": "Hej"})
    return MessageTemplate, ids


def _binding(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"binding_id": new_id()}
    args = {"event_type": "registration.created", "recipients": ["participant"]}
    _run(session, tenant_id, "notification_binding.create", {**ids, **args})
    return NotificationBinding, ids


def _recipient(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"recipient_id": new_id()}
    args = {"person_id": f.person(session, tenant_id).id, "role": "Kursadministratör"}
    _run(session, tenant_id, "notification_recipient.create", {**ids, **args})
    return NotificationRecipient, ids


def _membership_type(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"membership_type_id": new_id()}
    _run(session, tenant_id, "membership_type.create", {**ids, "name": "Medlem", "fee": 10_000})
    return MembershipType, ids


def _price_rule(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"price_rule_id": new_id()}
    args = {"scope_kind": "category", "scope_id": "Dans", "base_price": 100_000}
    _run(session, tenant_id, "price_rule.create", {**ids, **args, "account": "3010"})
    return PriceRule, ids


def _discount_rule(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"discount_rule_id": new_id()}
    args = {"scope_kind": "tenant", "name": "Student", "condition": "student", "amount": 5_000}
    _run(session, tenant_id, "discount_rule.create", {**ids, **args})
    return DiscountRule, ids


def _membership(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    _, kind = _membership_type(session, tenant_id)
    ids = {"membership_id": new_id()}
    args = {"person_id": f.person(session, tenant_id).id, "since": "2027-01-01", **kind}
    _run(session, tenant_id, "membership.add", {**ids, **args})
    return PersonMembership, ids


def _prerequisite(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    required = f.course_round(session, tenant_id).course_id
    course = f.course_round(session, tenant_id).course_id
    ids = {"prerequisite_id": new_id()}
    args = {"course_id": course, "required_course_id": required}
    _run(session, tenant_id, "prerequisite.add", {**ids, **args})
    return CoursePrerequisite, ids


def _level_approval(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"level_approval_id": new_id()}
    args = {
        "person_id": f.person(session, tenant_id).id,
        "course_id": f.course_round(session, tenant_id).course_id,
        "approved_on": "2026-12-10",
    }
    _run(session, tenant_id, "level_approval.add", {**ids, **args})
    return LevelApproval, ids


def _accounting_object(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"accounting_object_id": new_id()}
    args = {"dimension": 1, "code": f"K{ids['accounting_object_id'][-4:]}", "name": "Kansliet"}
    _run(session, tenant_id, "accounting_object.create", {**ids, **args})
    return AccountingObjectRow, ids


def _grant_rule_set(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"grant_rule_set_id": new_id()}
    args = {
        "name": f"Stöd {ids['grant_rule_set_id'][-6:]}",
        "min_age": 7,
        "max_age": 20,
        "min_participants": 3,
        "min_minutes": 60,
        "leader_min_age": 18,
        "per_day": "day",
    }
    _run(session, tenant_id, "grant_rule_set.create", {**ids, **args})
    return GrantRuleSetRow, ids


def _account_mapping(session: Session, tenant_id: str) -> tuple[type[Any], dict[str, Any]]:
    ids = {"account_mapping_id": new_id()}
    for code in ("K1", "K2"):
        if not session.scalar(
            select(AccountingObjectRow.id).where(
                AccountingObjectRow.tenant_id == tenant_id, AccountingObjectRow.code == code
            )
        ):
            args = {"accounting_object_id": new_id(), "dimension": 1, "code": code, "name": code}
            _run(session, tenant_id, "accounting_object.create", args)
    args = {"purpose": "fees", "account": "3011", "cost_centre": "K1"}
    _run(session, tenant_id, "account_mapping.create", {**ids, **args})
    return AccountMappingRow, ids


_ARCHIVED_ONLY = "archived is its only field"

#: Every field-edit command (its latest version) and how to test it.
CASES: dict[str, Case] = {
    "person.edit": Case(_person, ("city", "Umeå", "Kiruna", "Lund"), ("title", "", "Rektor")),
    "round.set_terms": Case(
        _round,
        ("terms_version", "2026-1", "2026-2", "2026-3"),
        None,
        why="the text and its version go together: a changed text needs a new version, "
        "so two edits of the terms always meet on terms_version",
    ),
    "signup_form.set": Case(
        _form, ("heading", "Anmälan", "Anmäl dig", "Välkommen"), ("published", False, True)
    ),
    "form_element.edit": Case(
        _element, ("label", "Allergier", "Kost", "Specialkost"), ("required", False, True)
    ),
    "course.edit": Case(
        _course, ("name", "Ledarskap", "Ledarskap 1", "Ledarskap A"), ("category", "", "Ledning")
    ),
    "course.archive": Case(
        _course, ("archived", False, True, False), None, why="archived is its only field"
    ),
    "round.edit": Case(
        _round, ("term", "HT2026", "HT2027", "VT2027"), ("partner_course", False, True)
    ),
    "round.archive": Case(
        _round, ("archived", False, True, False), None, why="archived is its only field"
    ),
    "session.edit": Case(
        _session, ("room", "Sal A", "Sal B", "Sal C"), ("start_minute", None, 540)
    ),
    "organisation.edit": Case(
        _organisation, ("name", "Umeå kommun", "Umeå Kommun", "Umeå stad"), ("city", "", "Umeå")
    ),
    "organisation.archive": Case(
        _organisation, ("archived", False, True, False), None, _ARCHIVED_ONLY
    ),
    "customer.edit": Case(
        _customer,
        ("customer_number", "K1", "K2", "K3"),
        None,
        why="the customer number is its only editable field (its name is its organisation's)",
    ),
    "customer.archive": Case(_customer, ("archived", False, True, False), None, _ARCHIVED_ONLY),
    "contract.edit": Case(
        _contract,
        ("title", "Ramavtal", "Ramavtal 2", "Avtal B"),
        None,
        why="its other fields are dates, which this test compares as text: "
        "tests/models/test_organisation_commands.py merges a title and an end date",
    ),
    "contract.archive": Case(_contract, ("archived", False, True, False), None, _ARCHIVED_ONLY),
    "agent.edit": Case(
        _agent, ("name", "Atea", "Atea AB", "Atea Sverige"), None, why="the name is its only field"
    ),
    "agent.archive": Case(_agent, ("archived", False, True, False), None, _ARCHIVED_ONLY),
    "category.rename": Case(
        _category, ("name", "Mentor", "Mentorer", "Mentorskap"), None, why="name is its only field"
    ),
    "category.archive": Case(
        _category, ("archived", False, True, False), None, why="archived is its only field"
    ),
    "message_template.edit": Case(
        _template,
        ("subject", "Hej", "Hej {course}", "Välkommen till {course}"),
        ("sms_text", "", "Tack {participant_first_name}"),
    ),
    "notification_binding.edit": Case(
        _binding,
        ("channels", ["email"], ["sms"], ["email", "sms"]),
        ("recipients", ["participant"], ["participant", "static"]),
    ),
    "notification_binding.archive": Case(
        _binding, ("archived", False, True, False), None, _ARCHIVED_ONLY
    ),
    "notification_recipient.edit": Case(
        _recipient,
        ("role", "Kursadministratör", "Utbildningsledare", "Kursansvarig"),
        None,
        why="its other field, the user they are, needs a user of the tenant: "
        "tests/server/test_notify.py sets it",
    ),
    "notification_recipient.archive": Case(
        _recipient, ("archived", False, True, False), None, _ARCHIVED_ONLY
    ),
    "membership_type.edit": Case(
        _membership_type, ("fee", 10_000, 12_000, 15_000), ("name", "Medlem", "Familj")
    ),
    "membership_type.archive": Case(
        _membership_type, ("archived", False, True, False), None, _ARCHIVED_ONLY
    ),
    "price_rule.edit": Case(
        _price_rule, ("base_price", 100_000, 90_000, 95_000), ("account", "3010", "3011")
    ),
    "price_rule.archive": Case(_price_rule, ("archived", False, True, False), None, _ARCHIVED_ONLY),
    "discount_rule.edit": Case(
        _discount_rule, ("amount", 5_000, 6_000, 7_000), ("name", "Student", "Studentrabatt")
    ),
    "discount_rule.archive": Case(
        _discount_rule, ("archived", False, True, False), None, _ARCHIVED_ONLY
    ),
    "membership.edit": Case(
        _membership,
        ("until", None, "2027-06-30", "2027-12-31"),
        ("since", "2027-01-01", "2027-02-01"),
    ),
    "membership.remove": Case(_membership, ("archived", False, True, False), None, _ARCHIVED_ONLY),
    "prerequisite.remove": Case(
        _prerequisite, ("archived", False, True, False), None, _ARCHIVED_ONLY
    ),
    "level_approval.remove": Case(
        _level_approval, ("archived", False, True, False), None, _ARCHIVED_ONLY
    ),
    "account_mapping.edit": Case(
        _account_mapping, ("account", "3011", "3012", "3013"), ("cost_centre", "K1", "K2")
    ),
    "account_mapping.archive": Case(
        _account_mapping, ("archived", False, True, False), None, _ARCHIVED_ONLY
    ),
    "accounting_object.edit": Case(
        _accounting_object,
        ("name", "Kansliet", "Kansli", "Kansliet Väst"),
        None,
        why="the name is its only field to edit: the code is what the mappings name",
    ),
    "accounting_object.archive": Case(
        _accounting_object, ("archived", False, True, False), None, _ARCHIVED_ONLY
    ),
    "grant_rule_set.edit": Case(_grant_rule_set, ("min_minutes", 60, 45, 90), ("max_age", 20, 25)),
    "grant_rule_set.archive": Case(
        _grant_rule_set, ("archived", False, True, False), None, _ARCHIVED_ONLY
    ),
    "alumni.rule_set": Case(
        _rule,
        ("description", "Minst 180 hp", "180 hp", "Minst 180 hp totalt"),
        ("active", True, False),
    ),
}


def _latest() -> dict[str, tuple[int, type[Any]]]:
    latest: dict[str, tuple[int, type[Any]]] = {}
    for (name, version), cls in registered().items():
        if name not in latest or version > latest[name][0]:
            latest[name] = (version, cls)
    return latest


def _run(
    session: Session, tenant_id: str, name: str, args: dict[str, Any], *, who: str = "A. Berg"
) -> Any:
    version = _latest()[name][0]
    actor = f.actor(tenant_id, display_name=who, user_id=new_id(), authoritative=True)
    return build(name, version, args, id=new_id()).apply(session, actor)


def test_every_registered_command_declares_its_shape() -> None:
    unclassified = sorted(
        f"{name} v{version}"
        for (name, version), cls in registered().items()
        if cls.shape not in SHAPES
    )
    assert unclassified == [], f"declare Command.shape (one of {sorted(SHAPES)})"


def test_a_superseded_version_is_still_accepted_only_beside_a_newer_field_edit() -> None:
    latest = _latest()
    for (name, version), cls in registered().items():
        if cls.shape == "superseded":
            newest, newest_cls = latest[name]
            assert newest > version and newest_cls.shape == "field_edit", name
        else:
            assert latest[name][0] == version, f"{name} v{version} is not the newest"


def test_every_field_edit_command_sends_each_field_with_its_old_value() -> None:
    field_edits = {n for n, (_, c) in _latest().items() if c.shape == "field_edit"}
    assert field_edits == set(CASES), "add a Case for each field-edit command"
    for name in field_edits:
        changes = _latest()[name][1].args_model.model_fields["changes"]
        value_type = changes.annotation.__args__[1]  # dict[str, <FieldChange>]
        assert issubclass(value_type, FieldChange), name


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_stale_edit_of_the_same_field_is_a_conflict_naming_theirs_yours_and_who(
    session: Session, name: str
) -> None:
    tenant = f.tenant(session)
    case = CASES[name]
    model, ids = case.setup(session, tenant.id)
    field, seen, first, second = case.field
    _run(session, tenant.id, name, {**ids, "changes": _change(name, field, seen, first)})
    with pytest.raises(ConflictError) as caught:
        _run(
            session,
            tenant.id,
            name,
            {**ids, "changes": _change(name, field, seen, second)},
            who="C. Dahl",
        )
    assert caught.value.code == "conflict"
    assert caught.value.message.startswith("A. Berg changed ") and field in caught.value.message
    detail = caught.value.details["fields"][field]
    assert (detail["theirs"], detail["yours"], detail["base"]) == (first, second, seen)
    assert detail["changed_by"] == "A. Berg" and detail["changed_at"]
    session.expire_all()
    # As the wire carries it (a date as its ISO text).
    assert as_json(getattr(session.get(model, next(iter(ids.values()))), field)) == first


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if c.other is not None))
def test_edits_of_different_fields_both_apply(session: Session, name: str) -> None:
    tenant = f.tenant(session)
    case = CASES[name]
    assert case.other is not None
    model, ids = case.setup(session, tenant.id)
    field, seen, first, _ = case.field
    other, other_seen, other_new = case.other
    _run(session, tenant.id, name, {**ids, "changes": _change(name, field, seen, first)})
    changes = _change(name, other, other_seen, other_new)
    _run(session, tenant.id, name, {**ids, "changes": changes}, who="C. Dahl")
    session.expire_all()
    row = session.get(model, next(iter(ids.values())))
    assert (as_json(getattr(row, field)), as_json(getattr(row, other))) == (first, other_new)


def test_a_command_whose_fields_cannot_merge_says_why() -> None:
    assert all(case.why for case in CASES.values() if case.other is None)


def _change(name: str, field: str, old: Any, new: Any) -> dict[str, Any]:
    changes = {field: {"old": old, "new": new}}
    if name == "round.set_terms" and field == "terms_version":
        changes["terms_text"] = {"old": "Bindande anmälan.", "new": f"Villkor {new}."}
    return changes


def test_the_same_edit_made_twice_is_no_conflict(session: Session) -> None:
    tenant = f.tenant(session)
    _, ids = _form(session, tenant.id)
    for who in ("A. Berg", "C. Dahl"):
        changes = {"published": {"old": False, "new": True}}
        _run(session, tenant.id, "signup_form.set", {**ids, "changes": changes}, who=who)
    assert session.get(SignupForm, ids["form_id"]).published is True  # type: ignore[union-attr]


def test_changed_terms_still_need_a_new_version(session: Session) -> None:
    tenant = f.tenant(session)
    _, ids = _round(session, tenant.id)
    changes = {"terms_text": {"old": "Bindande anmälan.", "new": "Nya villkor."}}
    with pytest.raises(ValidationError, match="new version"):
        _run(session, tenant.id, "round.set_terms", {**ids, "changes": changes})


def test_a_rules_kind_and_params_must_still_fit_after_the_merge(session: Session) -> None:
    tenant = f.tenant(session)
    _, ids = _rule(session, tenant.id)
    changes = {"kind": {"old": "min_credits", "new": "program_in"}}
    with pytest.raises(ValidationError, match="params.programs"):
        _run(session, tenant.id, "alumni.rule_set", {**ids, "changes": changes})


def test_a_new_rule_needs_its_kind(session: Session) -> None:
    tenant = f.tenant(session)
    with pytest.raises(ValidationError, match="kind"):
        _run(
            session,
            tenant.id,
            "alumni.rule_set",
            {"rule_id": new_id(), "changes": {"active": {"new": False}}},
        )


def test_each_value_is_checked_by_its_fields_own_rules() -> None:
    with pytest.raises(ValidationError, match="heading"):
        build(
            "signup_form.set",
            2,
            {"form_id": "f", "round_id": "r", "changes": {"heading": {"new": "A\nB"}}},
            id=new_id(),
        )
    with pytest.raises(ValidationError, match="cannot be edited: round_id"):
        build(
            "signup_form.set",
            2,
            {"form_id": "f", "round_id": "r", "changes": {"round_id": {"new": "x"}}},
            id=new_id(),
        )
    terms = "Rad ett.\nRad två."
    cmd = build(
        "round.set_terms",
        2,
        {"round_id": "r", "changes": {"terms_text": {"old": "", "new": terms}}},
        id=new_id(),
    )
    assert cmd.args.changes["terms_text"].new == terms


def test_a_version_1_command_queued_before_the_upgrade_still_applies(session: Session) -> None:
    tenant = f.tenant(session)
    round_ = f.course_round(session, tenant.id)
    actor: Actor = f.actor(tenant.id)
    args = {"round_id": round_.id, "terms_text": "Nya villkor.", "terms_version": "2026-2"}
    build("round.set_terms", 1, args, id=new_id()).apply(session, actor)
    assert (round_.terms_text, round_.terms_version) == ("Nya villkor.", "2026-2")


def test_callers_build_changes_from_what_their_form_showed() -> None:
    from models.commands.edits import changes_between

    shown = {"heading": "Anmälan", "published": False, "intro": ""}
    wanted = {"heading": "Anmälan", "published": True, "intro": None}
    assert changes_between(shown, wanted) == {"published": {"old": False, "new": True}}
    assert changes_between(None, {"heading": "Ny"}) == {"heading": {"new": "Ny"}}


def test_a_manager_changed_meanwhile_is_a_conflict_naming_both_managers_and_who(
    session: Session,
) -> None:
    tenant = f.tenant(session)
    reg = f.registration(session, tenant.id)
    first = f.person(session, tenant.id, "Bo", "Ek")
    second = f.person(session, tenant.id, "Cia", "Ask")
    ids = {"registration_id": reg.id}
    _run(session, tenant.id, "registration.set_manager", {**ids, "approving_manager_id": first.id})
    with pytest.raises(ConflictError) as caught:
        _run(
            session,
            tenant.id,
            "registration.set_manager",
            {**ids, "approving_manager_id": second.id},
            who="C. Dahl",
        )
    assert caught.value.message == "A. Berg changed the approving manager to Bo Ek"
    detail = caught.value.details["fields"]["approving_manager"]
    assert (detail["theirs"], detail["yours"], detail["base"]) == ("Bo Ek", "Cia Ask", "nobody")
    assert session.get(type(reg), reg.id).approving_manager_id == first.id  # type: ignore[union-attr]
