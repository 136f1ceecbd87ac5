"""A new person's possible duplicates (models.alumni_matching.possible_duplicates) and the
commands on the tenant's person categories (category.create / rename / archive), on a real
SQLite file (issue 15)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Category, PersonCategory
from models.alumni_matching import (
    DuplicateReason,
    PersonProbe,
    personnummer_key,
    possible_duplicates,
)
from models.commands import build
from models.commands.people import category_key
from models.errors import NotFoundError, PermissionDenied, ValidationError
from models.ids import new_id
from tests import factories as f

TODAY = date(2026, 12, 3)
PNR = "198501011236"  # 850101-1236: valid check digit


def run(session: Session, tenant_id: str, name: str, args: dict[str, Any], *roles: str) -> Any:
    return build(name, 1, args, id=new_id()).apply(session, f.actor(tenant_id, *roles))


def probe(
    first: str = "Anna", last: str = "Berg", email: str | None = None, pnr: str | None = None
) -> PersonProbe:
    return PersonProbe.from_input(
        first_name=first, last_name=last, email=email, personnummer=pnr, today=TODAY
    )


# -- possible duplicates ---------------------------------------------------------------


def test_possible_duplicates_are_found_by_email_personnummer_or_name_and_birth_date(
    session: Session,
) -> None:
    tenant = f.tenant(session)
    by_email = f.person(session, tenant.id, "Annie", "Lund", email="anna.berg@example.se")
    by_pnr = f.person(session, tenant.id, "Olle", "Ek")
    by_pnr.personnummer = PNR
    same_name_born = f.person(session, tenant.id, "Anna", "Berg")
    same_name_born.birth_date = date(1985, 1, 1)
    namesake_other_birth = f.person(session, tenant.id, "Anna", "Berg")
    namesake_other_birth.birth_date = date(1990, 5, 5)
    other_name_same_birth = f.person(session, tenant.id, "Karl", "Svensson")
    other_name_same_birth.birth_date = date(1985, 1, 1)
    session.flush()

    found = possible_duplicates(
        session,
        tenant_id=tenant.id,
        probe=probe(email=" Anna.Berg@Example.SE ", pnr="850101-1236"),
    )

    assert [(d.person_id, d.reasons) for d in found] == [
        (by_pnr.id, (DuplicateReason.PERSONNUMMER,)),
        (by_email.id, (DuplicateReason.EMAIL,)),
        (same_name_born.id, (DuplicateReason.NAME_AND_BIRTH_DATE,)),
    ]
    assert found[1].emails == ("anna.berg@example.se",)


def test_a_namesake_without_a_birth_date_is_no_duplicate_and_other_tenants_are_not_searched(
    session: Session,
) -> None:
    tenant, other = f.tenant(session), f.tenant(session, "t2")
    f.person(session, tenant.id, "Anna", "Berg")
    f.person(session, other.id, "Anna", "Berg", email="anna@example.se")
    assert possible_duplicates(session, tenant_id=tenant.id, probe=probe()) == []
    assert (
        possible_duplicates(session, tenant_id=tenant.id, probe=probe(email="anna@example.se"))
        == []
    )


def test_merged_and_removed_persons_are_no_duplicates(session: Session) -> None:
    tenant = f.tenant(session)
    merged = f.person(session, tenant.id, email="a@example.se")
    merged.merged_into_id = new_id()
    removed = f.person(session, tenant.id, email="a@example.se")
    removed.deleted_at = removed.created_at
    session.flush()
    assert (
        possible_duplicates(session, tenant_id=tenant.id, probe=probe(email="a@example.se")) == []
    )


def test_a_person_created_with_a_personnummer_is_found_by_it_afterwards(session: Session) -> None:
    tenant = f.tenant(session)
    person_id = new_id()
    run(
        session,
        tenant.id,
        "person.create",
        {"person_id": person_id, "first_name": "Anna", "last_name": "Berg", "personnummer": PNR},
    )
    key = personnummer_key("8501011236", today=TODAY)
    again = PersonProbe(first_name="A.", last_name="Berg", personnummer=key)
    assert [
        d.person_id for d in possible_duplicates(session, tenant_id=tenant.id, probe=again)
    ] == [person_id]


# -- category commands -----------------------------------------------------------------


def _category(session: Session, category_id: str) -> Category:
    session.expire_all()
    row = session.get(Category, category_id)
    assert row is not None
    return row


def test_a_category_is_created_with_a_key_from_its_name(session: Session) -> None:
    tenant = f.tenant(session)
    cid = new_id()
    run(session, tenant.id, "category.create", {"category_id": cid, "name": "Styrelseledamot Å"})
    row = _category(session, cid)
    assert (row.key, row.name, row.tenant_id) == (
        "styrelseledamot_a",
        "Styrelseledamot Å",
        tenant.id,
    )
    assert category_key("  Mentor (HT 2027) ") == "mentor_ht_2027"


def test_a_category_name_must_differ_from_the_others_case_and_accents_aside(
    session: Session,
) -> None:
    tenant = f.tenant(session)
    with pytest.raises(ValidationError, match="A category named alumnus exists already") as caught:
        run(session, tenant.id, "category.create", {"category_id": new_id(), "name": "alumnus"})
    assert caught.value.field == "name" and caught.value.params == {"name": "alumnus"}
    with pytest.raises(ValidationError, match="needs a letter or a digit"):
        run(session, tenant.id, "category.create", {"category_id": new_id(), "name": "—"})
    with pytest.raises(ValidationError):
        run(session, tenant.id, "category.create", {"category_id": new_id(), "name": ""})


def test_only_office_roles_manage_categories(session: Session) -> None:
    tenant = f.tenant(session)
    with pytest.raises(PermissionDenied):
        run(
            session,
            tenant.id,
            "category.create",
            {"category_id": new_id(), "name": "X"},
            "attestant",
        )


def test_a_category_is_renamed_and_its_key_stays(session: Session) -> None:
    tenant = f.tenant(session)
    cid = new_id()
    run(session, tenant.id, "category.create", {"category_id": cid, "name": "Mentor"})
    changes = {"name": {"old": "Mentor", "new": "Mentorer"}}
    run(session, tenant.id, "category.rename", {"category_id": cid, "changes": changes})
    row = _category(session, cid)
    assert (row.key, row.name) == ("mentor", "Mentorer")
    taken = {"name": {"old": "Mentorer", "new": "Alumnus"}}
    with pytest.raises(ValidationError, match="Alumnus exists already"):
        run(session, tenant.id, "category.rename", {"category_id": cid, "changes": taken})


def test_an_archived_category_is_not_given_but_stays_on_persons_and_can_be_restored(
    session: Session,
) -> None:
    tenant = f.tenant(session)
    person = f.person(session, tenant.id)
    cid = new_id()
    run(session, tenant.id, "category.create", {"category_id": cid, "name": "Mentor"})
    run(
        session,
        tenant.id,
        "person.set_category",
        {"person_id": person.id, "category_key": "mentor"},
    )
    archive = {"archived": {"old": False, "new": True}}
    run(session, tenant.id, "category.archive", {"category_id": cid, "changes": archive})
    assert _category(session, cid).archived and _category(session, cid).deleted_at is not None
    link = session.scalars(select(PersonCategory).where(PersonCategory.person_id == person.id))
    assert [row.deleted_at for row in link] == [None]
    give = {"person_id": f.person(session, tenant.id).id, "category_key": "mentor"}
    with pytest.raises(ValidationError, match="Unknown category"):
        run(session, tenant.id, "person.set_category", give)
    take = {"person_id": person.id, "category_key": "mentor", "present": False}
    run(session, tenant.id, "person.set_category", take)
    link = session.scalars(select(PersonCategory).where(PersonCategory.person_id == person.id))
    assert [row.deleted_at is not None for row in link] == [True]
    with pytest.raises(ValidationError, match="Mentor is archived: restore it instead"):
        run(session, tenant.id, "category.create", {"category_id": new_id(), "name": "Mentor"})
    restore = {"archived": {"old": True, "new": False}}
    run(session, tenant.id, "category.archive", {"category_id": cid, "changes": restore})
    assert _category(session, cid).deleted_at is None


def test_the_alumni_categories_cannot_be_archived(session: Session) -> None:
    tenant = f.tenant(session)
    alumnus = session.scalars(select(Category).where(Category.key == "alumnus")).one()
    archive = {"archived": {"old": False, "new": True}}
    with pytest.raises(ValidationError, match="given by the alumni processing") as caught:
        run(session, tenant.id, "category.archive", {"category_id": alumnus.id, "changes": archive})
    assert caught.value.params == {"name": "Alumnus"}
    assert _category(session, alumnus.id).deleted_at is None


def test_another_tenants_category_is_not_found(session: Session) -> None:
    tenant, other = f.tenant(session), f.tenant(session, "t2")
    theirs = session.scalars(
        select(Category).where(Category.tenant_id == other.id, Category.key == "alumnus")
    ).one()
    archive = {"archived": {"old": False, "new": True}}
    with pytest.raises(NotFoundError):
        run(session, tenant.id, "category.archive", {"category_id": theirs.id, "changes": archive})
    changes = {"name": {"old": "Alumnus", "new": "X"}}
    with pytest.raises(NotFoundError):
        run(session, tenant.id, "category.rename", {"category_id": theirs.id, "changes": changes})


def test_one_command_gives_a_category_to_many_persons_once_each(session: Session) -> None:
    tenant = f.tenant(session)
    people = [f.person(session, tenant.id, first=str(i)) for i in range(3)]
    ids = [p.id for p in people]
    take = {"person_ids": ids[:1], "category_key": "alumnus"}
    run(session, tenant.id, "person.set_category_many", take)
    give = {"person_ids": [*ids, ids[0]], "category_key": "alumnus"}
    run(session, tenant.id, "person.set_category_many", give)
    links = session.scalars(select(PersonCategory).where(PersonCategory.deleted_at.is_(None)))
    assert sorted(link.person_id for link in links) == sorted(ids)
    run(session, tenant.id, "person.set_category_many", {**give, "present": False})
    assert (
        session.scalars(select(PersonCategory).where(PersonCategory.deleted_at.is_(None))).all()
        == []
    )
    with pytest.raises(NotFoundError):
        run(session, tenant.id, "person.set_category_many", {**give, "person_ids": [new_id()]})
    with pytest.raises(ValidationError):
        run(session, tenant.id, "person.set_category_many", {**give, "person_ids": []})


def test_an_import_file_may_name_a_category_per_row() -> None:
    from models.importing import parse_participants

    preview = parse_participants(
        [["Förnamn", "Efternamn", "E-post", "Kategori"], ["Anna", "Berg", "a@b.se", " Alumnus "]]
    )
    assert preview.ok and preview.rows[0].category == "Alumnus"
    bad = parse_participants(
        [["First name", "Last name", "E-mail", "Category"], ["Anna", "Berg", "a@b.se", "A\x07"]]
    )
    assert [(e.row, e.field) for e in bad.errors] == [(2, "category")]
