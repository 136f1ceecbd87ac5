"""What an import does to the people and organisations Kansli already has
(``models.importing``): a known person gets the file's phone or organisation only when
they have none (theirs is kept and said), and organisations the file names that are not
found are created (``organisation.create``) instead of being left empty."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.commands import build
from models.errors import ValidationError
from models.ids import new_id
from models.importing import PersonChanges, match_people, parse_participants, plan_import
from models.organisations import Organisation
from models.people import Person, PersonPhone
from tests import factories as f

HEADER = ["Förnamn", "Efternamn", "E-post", "Telefon", "Organisation"]


def _organisation(session: Session, tenant_id: str, name: str) -> Organisation:
    org = Organisation(id=new_id(), tenant_id=tenant_id, name=name)
    session.add(org)
    session.flush()
    return org


def _plan(session: Session, tenant_id: str, round_id: str, rows: list[list[str]], **kw):  # type: ignore[no-untyped-def]
    preview = parse_participants([HEADER, *rows])
    assert preview.ok, preview.errors
    matches = match_people(session, tenant_id=tenant_id, rows=preview.rows, round_id=round_id)
    assert matches.errors == []
    plan = plan_import(
        session, tenant_id=tenant_id, round_id=round_id, rows=preview.rows,
        approving_manager_id=None, matches=matches, **kw,
    )  # fmt: skip
    return matches, plan


def test_a_known_person_gets_the_files_phone_and_organisation_only_when_they_have_none(
    session: Session,
) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    firma, annan = (
        _organisation(session, t.id, "Firma AB"),
        _organisation(session, t.id, "Annan AB"),
    )
    bare = f.person(session, t.id, "Anna", "Berg", "anna@firma.se")
    full = f.person(session, t.id, "Bo", "Ek", "bo@firma.se")
    full.organisation_id = annan.id
    session.add(PersonPhone(tenant_id=t.id, person_id=full.id, number="+46701111111"))
    session.flush()

    _matches, plan = _plan(
        session, t.id, reg.round_id,
        [["Anna", "Berg", "anna@firma.se", "070-123 45 67", "firma ab"],
         ["Bo", "Ek", "bo@firma.se", "070-999 99 99", "Firma AB"]],
    )  # fmt: skip

    assert plan.person_changes == {
        2: PersonChanges(phone_added="+46701234567", organisation_set="firma ab"),
        3: PersonChanges(phone_kept="+46701111111", organisation_kept="Annan AB"),
    }
    assert [(c.name, r) for c, r in zip(plan.commands, plan.rows, strict=True)] == [
        ("person.add_phone", 2), ("person.edit", 2), ("registration.import", 2),
    ]  # fmt: skip
    for cmd in plan.commands:
        cmd.apply(session, f.actor(t.id))
    phones = session.scalars(select(PersonPhone.number).where(PersonPhone.person_id == bare.id))
    assert list(phones) == ["+46701234567"]
    assert session.get(Person, bare.id).organisation_id == firma.id  # type: ignore[union-attr]
    full_phones = session.scalars(
        select(PersonPhone.number).where(PersonPhone.person_id == full.id)
    )
    assert list(full_phones) == ["+46701111111"]
    assert session.get(Person, full.id).organisation_id == annan.id  # type: ignore[union-attr]


def test_organisations_the_file_names_that_are_not_found_are_created_once(
    session: Session,
) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    _organisation(session, t.id, "Firma AB")
    known = f.person(session, t.id, "Bo", "Ek", "bo@firma.se")
    rows = [
        ["Anna", "Berg", "anna@firma.se", "", "Nya  Bolaget AB"],
        ["Cilla", "Lund", "cilla@firma.se", "", "nya bolaget ab"],
        ["Dan", "Ek", "dan@firma.se", "", "Firma AB"],
        ["Bo", "Ek", "bo@firma.se", "", "Tredje AB"],
    ]
    matches, plan = _plan(session, t.id, reg.round_id, rows)

    assert matches.new_organisations == {
        "nya bolaget ab": "Nya Bolaget AB",
        "tredje ab": "Tredje AB",
    }
    assert plan.new_organisations == ["Nya Bolaget AB", "Tredje AB"]
    assert [c.name for c in plan.commands[:2]] == ["organisation.create"] * 2
    assert plan.rows[:2] == [2, 5]
    assert plan.person_changes[5] == PersonChanges(organisation_set="Tredje AB")
    for cmd in plan.commands:
        cmd.apply(session, f.actor(t.id))
    orgs = {n: i for n, i in session.execute(select(Organisation.name, Organisation.id))}
    assert sorted(orgs) == ["Firma AB", "Nya Bolaget AB", "Tredje AB"]
    q = select(Person.first_name, Person.organisation_id).where(Person.tenant_id == t.id)
    of = {n: o for n, o in session.execute(q)}
    expected = {
        "Anna": orgs["Nya Bolaget AB"], "Cilla": orgs["Nya Bolaget AB"],
        "Dan": orgs["Firma AB"], "Bo": orgs["Tredje AB"],
    }  # fmt: skip
    assert {name: of[name] for name in expected} == expected
    assert known.organisation_id == orgs["Tredje AB"]


def test_without_creating_organisations_the_unknown_ones_stay_empty(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    f.person(session, t.id, "Bo", "Ek", "bo@firma.se")
    _matches, plan = _plan(
        session, t.id, reg.round_id,
        [["Anna", "Berg", "anna@firma.se", "", "Nya AB"],
         ["Bo", "Ek", "bo@firma.se", "", "Nya AB"]],
        create_organisations=False,
    )  # fmt: skip
    assert [c.name for c in plan.commands] == ["registration.import"]
    assert plan.new_organisations == [] and plan.person_changes[3] == PersonChanges()
    new_person = plan.commands[0].args.rows[0].person  # type: ignore[attr-defined]
    assert new_person.organisation_id is None


def test_organisation_create_refuses_a_second_organisation_of_the_same_name_or_number(
    session: Session,
) -> None:
    t = f.tenant(session)
    actor = f.actor(t.id)

    def create(name: str, number: str | None = None) -> None:
        args = {"organisation_id": new_id(), "name": name, "org_number": number}
        build("organisation.create", 1, args, id=new_id()).apply(session, actor)

    create("Firma  AB", "5560160680")
    (org,) = session.scalars(select(Organisation).where(Organisation.tenant_id == t.id))
    assert (org.name, org.org_number) == ("Firma AB", "556016-0680")
    with pytest.raises(ValidationError) as same_name:
        create("firma ab")
    assert same_name.value.template == "An organisation named {name} already exists"
    with pytest.raises(ValidationError) as same_number:
        create("Annat AB", "556016-0680")
    assert same_number.value.params == {"number": "556016-0680"}
    with pytest.raises(ValidationError):
        create("Tredje AB", "556016-0681")  # a wrong check digit


def test_an_organisation_is_found_whatever_the_case_of_its_swedish_letters(
    session: Session,
) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    ost = _organisation(session, t.id, "Östbygg Åkeri AB")
    matches, plan = _plan(
        session, t.id, reg.round_id, [["Anna", "Berg", "anna@firma.se", "", "ÖSTBYGG  åkeri ab"]]
    )
    assert matches.organisations == {"östbygg åkeri ab": ost.id}
    assert matches.new_organisations == {} and plan.new_organisations == []
    new_person = plan.commands[0].args.rows[0].person  # type: ignore[attr-defined]
    assert new_person.organisation_id == ost.id
