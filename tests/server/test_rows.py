"""server.services.rows has one redaction path: every row, result and message is redacted
for a reader (``models.visibility``), with no older call form beside it (issue 13)."""

from __future__ import annotations

import inspect
from types import SimpleNamespace

from models.ids import new_id
from models.people import Person
from models.tenancy import Role
from server.services import rows

PNR = "198112189876"


def test_no_compatibility_forms_are_left_beside_the_reader_path() -> None:
    for name in ("redact", "sees_personal_data"):
        assert not hasattr(rows, name), name
    params = inspect.signature(rows.rows_json).parameters
    assert "roles" not in params
    assert params["reader"].default is inspect.Parameter.empty  # a reader must be named
    assert set(rows.__all__) <= set(dir(rows))


def test_rows_json_redacts_by_the_reader_it_is_given() -> None:
    tenant_id = new_id()
    person = Person(
        id=new_id(), tenant_id=tenant_id, first_name="Stina", last_name="Ek", personnummer=PNR
    )
    other_tenant = Person(
        id=new_id(), tenant_id=new_id(), first_name="Per", last_name="Ek", personnummer=PNR
    )
    grouped = {"person": [person, other_tenant]}
    course_admin = SimpleNamespace(roles=frozenset({Role.COURSE_ADMIN}))
    alumni_officer = SimpleNamespace(roles=frozenset({Role.ALUMNI_OFFICER}))
    [seen] = rows.rows_json(grouped, tenant_id=tenant_id, reader=course_admin)["person"]
    assert seen["id"] == person.id and seen["personnummer"] is None
    [seen] = rows.rows_json(grouped, tenant_id=tenant_id, reader=alumni_officer)["person"]
    assert seen["personnummer"] == PNR


def test_orm_row_reads_an_expired_column_again() -> None:
    """A row holding every column is read as it is; one whose columns were expired (a
    commit, a refresh) is loaded again: the answer holds the stored values either way."""
    from sqlalchemy import create_engine, update
    from sqlalchemy.orm import Session

    from models.base import Base

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    tenant_id = new_id()
    with Session(engine) as session:
        person = Person(id=new_id(), tenant_id=tenant_id, first_name="Stina", last_name="Ek")
        session.add(person)
        session.flush()
        session.refresh(person)
        assert rows.orm_row(person)["first_name"] == "Stina"
        session.execute(
            update(Person).values(first_name="Karin"),
            execution_options={"synchronize_session": False},
        )
        assert rows.orm_row(person)["first_name"] == "Stina"  # as the session holds it
        session.expire(person, ["first_name"])
        row = rows.orm_row(person)
        assert row["first_name"] == "Karin" and row["last_name"] == "Ek"
        assert set(row) == {c.name for c in Person.__table__.columns}
    engine.dispose()
