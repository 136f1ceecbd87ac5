"""organisation.*, customer.*, contract.* and agent.* (issue 15): create, edit, archive and
restore, each with its one set of rules."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy.orm import Session

from models.commands import build
from models.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from models.ids import new_id
from models.organisations import Agent, Contract, Customer, Organisation
from tests import factories as f


def run(session: Session, name: str, args: dict[str, Any], tenant_id: str, *roles: str) -> None:
    build(name, 1, args, id=new_id()).apply(session, f.actor(tenant_id, *roles))


def archive(key: str, row_id: str, to: bool) -> dict[str, Any]:
    return {key: row_id, "changes": {"archived": {"old": not to, "new": to}}}


def organisation(session: Session, tenant_id: str, name: str, number: str | None = None) -> str:
    oid = new_id()
    args = {"organisation_id": oid, "name": name, **({"org_number": number} if number else {})}
    run(session, "organisation.create", args, tenant_id)
    return oid


def test_an_organisation_is_edited_archived_and_restored(session: Session) -> None:
    t = f.tenant(session)
    oid = organisation(session, t.id, "Umeå kommun", "2120002767")
    org = session.get(Organisation, oid)
    assert org is not None and org.org_number == "212000-2767" and not org.archived
    changes = {"city": {"old": "", "new": "Umeå"}, "org_number": {"old": "212000-2767"}}
    changes["org_number"]["new"] = "212000-2767"  # the same: no change, no conflict
    run(session, "organisation.edit", {"organisation_id": oid, "changes": changes}, t.id)
    assert org.city == "Umeå"
    # Edited from a stale view of the city: refused, theirs kept.
    stale = {"city": {"old": "", "new": "Luleå"}}
    with pytest.raises(ConflictError) as caught:
        run(session, "organisation.edit", {"organisation_id": oid, "changes": stale}, t.id)
    assert caught.value.details["fields"]["city"]["theirs"] == "Umeå"
    run(session, "organisation.archive", archive("organisation_id", oid, True), t.id)
    assert org.archived and org.deleted_at is not None
    # Archived: not found for an edit, but it can be restored.
    with pytest.raises(NotFoundError):
        run(session, "organisation.edit", {"organisation_id": oid, "changes": stale}, t.id)
    run(session, "organisation.archive", archive("organisation_id", oid, False), t.id)
    assert not org.archived and org.deleted_at is None and org.city == "Umeå"


def test_two_organisations_never_share_a_name_or_a_number(session: Session) -> None:
    t = f.tenant(session)
    organisation(session, t.id, "Umeå kommun", "212000-2767")
    other = organisation(session, t.id, "Region Västerbotten")
    rename = {"name": {"old": "Region Västerbotten", "new": "  umeå   KOMMUN "}}
    with pytest.raises(ValidationError) as err:
        run(session, "organisation.edit", {"organisation_id": other, "changes": rename}, t.id)
    assert (err.value.field, err.value.params) == ("name", {"name": "umeå KOMMUN"})
    number = {"org_number": {"old": None, "new": "2120002767"}}
    with pytest.raises(ValidationError) as err:
        run(session, "organisation.edit", {"organisation_id": other, "changes": number}, t.id)
    assert (err.value.field, err.value.params) == ("org_number", {"number": "212000-2767"})
    bad = {"org_number": {"old": None, "new": "212000-2763"}}
    with pytest.raises(ValidationError) as err:
        run(session, "organisation.edit", {"organisation_id": other, "changes": bad}, t.id)
    assert err.value.field == "org_number"
    # An archived organisation's name is free; restoring it then would make two.
    first = organisation(session, t.id, "Skellefteå kommun")
    run(session, "organisation.archive", archive("organisation_id", first, True), t.id)
    organisation(session, t.id, "Skellefteå kommun")
    with pytest.raises(ValidationError) as err:
        run(session, "organisation.archive", archive("organisation_id", first, False), t.id)
    assert err.value.field == "name"
    session.rollback()


def test_a_customer_with_contracts_is_edited_and_archived(session: Session) -> None:
    t = f.tenant(session)
    oid = organisation(session, t.id, "Umeå kommun")
    cid, kid = new_id(), new_id()
    run(
        session,
        "customer.create",
        {"customer_id": cid, "organisation_id": oid, "customer_number": "K100"},
        t.id,
    )
    run(
        session,
        "contract.create",
        {
            "contract_id": kid,
            "customer_id": cid,
            "title": "Ramavtal utbildning",
            "starts_on": "2026-01-01",
            "ends_on": "2027-12-31",
        },
        t.id,
    )
    contract = session.get(Contract, kid)
    assert contract is not None and contract.ends_on == date(2027, 12, 31)
    dates = {"ends_on": {"old": "2027-12-31", "new": "2028-06-30"}}
    run(session, "contract.edit", {"contract_id": kid, "changes": dates}, t.id)
    assert contract.ends_on == date(2028, 6, 30)
    number = {"customer_number": {"old": "K100", "new": "K200"}}
    run(session, "customer.edit", {"customer_id": cid, "changes": number}, t.id)
    customer = session.get(Customer, cid)
    assert customer is not None and customer.customer_number == "K200"
    run(session, "contract.archive", archive("contract_id", kid, True), t.id)
    run(session, "customer.archive", archive("customer_id", cid, True), t.id)
    assert contract.archived and customer.archived
    run(session, "customer.archive", archive("customer_id", cid, False), t.id)
    assert not customer.archived and contract.archived


def test_customer_and_contract_rules(session: Session) -> None:
    t = f.tenant(session)
    oid, other = organisation(session, t.id, "Umeå kommun"), organisation(session, t.id, "Ikea")
    cid = new_id()
    run(
        session,
        "customer.create",
        {"customer_id": cid, "organisation_id": oid, "customer_number": "K1"},
        t.id,
    )
    with pytest.raises(ValidationError) as err:
        run(session, "customer.create", {"customer_id": new_id(), "organisation_id": oid}, t.id)
    assert (err.value.code, err.value.field) == ("invalid", "organisation_id")
    with pytest.raises(ValidationError) as err:
        run(
            session,
            "customer.create",
            {"customer_id": new_id(), "organisation_id": other, "customer_number": "K1"},
            t.id,
        )
    assert (err.value.field, err.value.params) == ("customer_number", {"number": "K1"})
    with pytest.raises(NotFoundError):
        run(session, "customer.create", {"customer_id": new_id(), "organisation_id": "x"}, t.id)
    late = {"contract_id": new_id(), "customer_id": cid, "title": "Avtal"}
    with pytest.raises(ValidationError) as err:
        run(
            session,
            "contract.create",
            {**late, "starts_on": "2027-02-01", "ends_on": "2027-01-31"},
            t.id,
        )
    assert err.value.field == "ends_on"
    run(session, "contract.create", {**late, "starts_on": "2027-02-01"}, t.id)
    before = {"ends_on": {"old": None, "new": "2027-01-01"}}
    with pytest.raises(ValidationError) as err:
        run(session, "contract.edit", {"contract_id": late["contract_id"], "changes": before}, t.id)
    assert err.value.message == "The contract ends before it starts"
    with pytest.raises(ValidationError):
        build("contract.create", 1, {**late, "title": ""}, id=new_id())


def test_agents_are_set_up_by_admins(session: Session) -> None:
    t = f.tenant(session)
    oid = organisation(session, t.id, "Atea Sverige AB")
    aid = new_id()
    args = {"agent_id": aid, "organisation_id": oid, "name": "Atea"}
    with pytest.raises(PermissionDenied):
        run(session, "agent.create", args, t.id, "course_admin")
    run(session, "agent.create", args, t.id, "admin")
    rename = {"name": {"old": "Atea", "new": "Atea Kundportal"}}
    run(session, "agent.edit", {"agent_id": aid, "changes": rename}, t.id, "admin")
    run(session, "agent.archive", archive("agent_id", aid, True), t.id, "admin")
    agent = session.get(Agent, aid)
    assert agent is not None and agent.name == "Atea Kundportal" and agent.archived
    with pytest.raises(PermissionDenied):
        run(session, "agent.archive", archive("agent_id", aid, False), t.id, "course_admin")


def test_another_tenants_rows_are_not_found(session: Session) -> None:
    t, other = f.tenant(session), f.tenant(session, "t2")
    oid = organisation(session, other.id, "Umeå kommun")
    with pytest.raises(NotFoundError):
        run(session, "organisation.archive", archive("organisation_id", oid, True), t.id)
    with pytest.raises(NotFoundError):
        run(session, "customer.create", {"customer_id": new_id(), "organisation_id": oid}, t.id)


def test_a_contracts_title_and_end_date_changed_from_the_same_view_both_apply(
    session: Session,
) -> None:
    t = f.tenant(session)
    cid, kid = new_id(), new_id()
    run(
        session,
        "customer.create",
        {"customer_id": cid, "organisation_id": organisation(session, t.id, "Ikea")},
        t.id,
    )
    run(
        session, "contract.create", {"contract_id": kid, "customer_id": cid, "title": "Avtal"}, t.id
    )
    title = {"title": {"old": "Avtal", "new": "Ramavtal"}}
    ends = {"ends_on": {"old": None, "new": "2027-12-31"}}
    run(session, "contract.edit", {"contract_id": kid, "changes": title}, t.id)
    run(session, "contract.edit", {"contract_id": kid, "changes": ends}, t.id)
    contract = session.get(Contract, kid)
    assert contract is not None
    assert (contract.title, contract.ends_on) == ("Ramavtal", date(2027, 12, 31))
