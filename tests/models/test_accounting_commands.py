"""The accounting settings' commands (models/commands/accounting.py; issue 18): a purpose
mapped to an account per scope with its objects, one live mapping per purpose and scope,
refused when the account is not four digits, the round unknown, an object not a live cost
centre or project, or the VAT code not two digits, for the money roles only; the mappings
read back as the export's chart, the most specific winning. Cost centres and projects are
named, unique per dimension and code, and kept from the archive while a mapping names
them; the fiscal year, accrual and series are set as a whole by version."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import accounting
from models.accounting import AccountMappingRow, Purpose
from models.commands import build
from models.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from models.ids import new_id
from models.tenancy import Role
from tests import factories as f


def run(session: Session, name: str, args: dict[str, Any], tenant_id: str, *roles: str) -> None:
    actor = f.actor(tenant_id, *(roles or [Role.TREASURER]))
    build(name, 1, args, id=new_id()).apply(session, actor)


def objects(session: Session, tenant_id: str, *objects: tuple[int, str]) -> list[str]:
    """Cost centres (1) and projects (6) named "Name <code>"; their ids."""
    ids = []
    for dimension, code in objects:
        ids.append(new_id())
        run(
            session,
            "accounting_object.create",
            {
                "accounting_object_id": ids[-1],
                "dimension": dimension,
                "code": code,
                "name": f"Name {code}",
            },
            tenant_id,
        )
    return ids


def _chart(session: Session, tenant_id: str) -> accounting.Chart:
    rows = session.scalars(
        select(AccountMappingRow).where(
            AccountMappingRow.tenant_id == tenant_id, AccountMappingRow.deleted_at.is_(None)
        )
    )
    return accounting.Chart(mappings=[r.mapping() for r in rows])


def test_a_treasurer_maps_purposes_per_scope(session: Session) -> None:
    t = f.tenant(session)
    round_ = f.course_round(session, t.id)
    tenant_fees, dance, one_round = new_id(), new_id(), new_id()
    objects(session, t.id, (1, "K1"), (6, "P7"))
    run(
        session,
        "account_mapping.create",
        {"account_mapping_id": tenant_fees, "purpose": "fees", "account": "3011"},
        t.id,
    )
    run(
        session,
        "account_mapping.create",
        {
            "account_mapping_id": dance,
            "purpose": "fees",
            "account": "3012",
            "scope_kind": "category",
            "scope_id": " Dans ",
            "cost_centre": "K1",
        },
        t.id,
    )
    run(
        session,
        "account_mapping.create",
        {
            "account_mapping_id": one_round,
            "purpose": "fees",
            "account": "3013",
            "scope_kind": "round",
            "scope_id": round_.id,
            "project": "P7",
        },
        t.id,
        Role.ADMIN,
    )
    chart = _chart(session, t.id)
    fees = Purpose.FEES
    assert chart.resolve(fees, accounting.Scope()).account == "3011"
    assert chart.resolve(fees, accounting.Scope(None, "Dans")).cost_centre == "K1"
    assert chart.resolve(fees, accounting.Scope(round_.id, "Dans")).project == "P7"
    assert chart.resolve(Purpose.BANK, accounting.Scope()).account == "1930"  # BAS default

    # One live mapping per purpose and scope: the second is refused, naming the first.
    with pytest.raises(ConflictError) as caught:
        run(
            session,
            "account_mapping.create",
            {"account_mapping_id": new_id(), "purpose": "fees", "account": "3019"},
            t.id,
        )
    assert caught.value.details == {"account_mapping_id": tenant_fees}

    run(
        session,
        "account_mapping.edit",
        {"account_mapping_id": dance, "changes": {"account": {"old": "3012", "new": "3015"}}},
        t.id,
    )
    assert session.get(AccountMappingRow, dance).account == "3015"  # type: ignore[union-attr]
    run(
        session,
        "account_mapping.archive",
        {"account_mapping_id": one_round, "changes": {"archived": {"old": False, "new": True}}},
        t.id,
    )
    assert _chart(session, t.id).resolve(fees, accounting.Scope(round_.id, "Dans")).account == (
        "3015"
    )


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({"purpose": "fees", "account": "301"}, "account"),
        ({"purpose": "fees", "account": "30a1"}, "account"),
        ({"purpose": "lunch", "account": "3010"}, "purpose"),
        ({"purpose": "fees", "account": "3010", "scope_kind": "category"}, "scope_id"),
        ({"purpose": "fees", "account": "3010", "scope_id": "Dans"}, "scope_id"),
        ({"purpose": "fees", "account": "3010", "cost_centre": "K\n1"}, "cost_centre"),
        ({"purpose": "fees", "account": "3010", "cost_centre": "K404"}, "cost_centre"),
        ({"purpose": "fees", "account": "3010", "project": "K1"}, "project"),
        ({"purpose": "fees", "account": "3010", "vat_code": "5"}, "vat_code"),
        ({"purpose": "fees", "account": "3010", "vat_code": "1x"}, "vat_code"),
    ],
)
def test_a_mapping_the_export_could_not_use_is_refused(
    session: Session, args: dict[str, Any], field: str
) -> None:
    t = f.tenant(session)
    objects(session, t.id, (1, "K1"))
    with pytest.raises(ValidationError) as caught:
        run(session, "account_mapping.create", {"account_mapping_id": new_id(), **args}, t.id)
    assert caught.value.field is not None and caught.value.field.endswith(field)


def test_only_money_roles_and_only_live_rounds(session: Session) -> None:
    t = f.tenant(session)
    args = {"account_mapping_id": new_id(), "purpose": "bank", "account": "1940"}
    for role in (Role.COURSE_ADMIN, Role.VIEWER):
        with pytest.raises(PermissionDenied):
            run(session, "account_mapping.create", args, t.id, role)
    with pytest.raises(NotFoundError):
        run(
            session,
            "account_mapping.create",
            {**args, "scope_kind": "round", "scope_id": new_id()},
            t.id,
        )


def test_objects_are_named_unique_and_archived_only_when_unused(session: Session) -> None:
    """A cost centre's code is unique among the live ones of its dimension (a project may
    share it); a mapping naming it keeps it from the archive; renamed, the chart has the
    new name."""
    t = f.tenant(session)
    k1, p1 = objects(session, t.id, (1, "K1"), (6, "K1"))
    with pytest.raises(ConflictError) as caught:
        objects(session, t.id, (1, "K1"))
    assert caught.value.details == {"accounting_object_id": k1}
    for bad, field in ((2, "dimension"), (1, "K 1 "), (1, "")):
        args = {"accounting_object_id": new_id(), "dimension": 1, "code": "K2", "name": "x"}
        args.update({"dimension": bad} if field == "dimension" else {"code": bad})
        with pytest.raises(ValidationError) as refused:
            run(session, "accounting_object.create", args, t.id)
        assert refused.value.field is not None and refused.value.field.endswith(
            "dimension" if field == "dimension" else "code"
        )
    mapping = new_id()
    run(
        session,
        "account_mapping.create",
        {"account_mapping_id": mapping, "purpose": "fees", "account": "3010", "cost_centre": "K1"},
        t.id,
    )
    archive = {"archived": {"old": False, "new": True}}
    with pytest.raises(ConflictError) as used:
        run(
            session,
            "accounting_object.archive",
            {"accounting_object_id": k1, "changes": archive},
            t.id,
        )
    assert used.value.details == {"account_mapping_id": mapping}
    # The project of the same code is not named: it goes.
    run(
        session, "accounting_object.archive", {"accounting_object_id": p1, "changes": archive}, t.id
    )
    run(
        session,
        "accounting_object.edit",
        {
            "accounting_object_id": k1,
            "changes": {"name": {"old": "Name K1", "new": " Dans  Väst "}},
        },
        t.id,
    )
    row = session.get(accounting.AccountingObjectRow, k1)
    assert row is not None and row.name == "Dans Väst"
    for role in (Role.COURSE_ADMIN, Role.VIEWER):
        with pytest.raises(PermissionDenied):
            run(
                session,
                "accounting_object.create",
                {"accounting_object_id": new_id(), "dimension": 6, "code": "P", "name": "P"},
                t.id,
                role,
            )


def test_the_settings_are_set_as_a_whole_by_version(session: Session) -> None:
    t = f.tenant(session)
    settings_id = new_id()
    args = {
        "settings_id": settings_id,
        "expected_version": 0,
        "year_start_month": 7,
        "accrual": True,
        "series": [
            {"kind": "charge", "letter": "k", "name": "Kursavgifter"},
            {"kind": "payment", "letter": "B", "name": ""},  # the default: not stored
        ],
    }
    run(session, "accounting_settings.set", args, t.id)
    row = accounting.accounting_settings_of(session, t.id)
    assert row is not None and (row.version, row.year_start_month, row.accrual) == (1, 7, True)
    assert row.series == {"charge": ["K", "Kursavgifter"]}
    assert row.series_map()["charge"] == ("K", "Kursavgifter")
    assert row.series_map()["accrual"] == ("H", "Periodiseringar")
    with pytest.raises(ConflictError):  # stale
        run(session, "accounting_settings.set", args, t.id)
    with pytest.raises(NotFoundError):  # not the tenant's row
        run(
            session,
            "accounting_settings.set",
            {**args, "settings_id": new_id(), "expected_version": 1},
            t.id,
        )
    for series in (
        {"kind": "lunch", "letter": "L"},
        {"kind": "charge", "letter": "AB"},
        {"kind": "charge", "letter": "Ö"},
    ):
        with pytest.raises(ValidationError) as caught:
            run(
                session,
                "accounting_settings.set",
                {**args, "expected_version": 1, "series": [series]},
                t.id,
            )
        assert caught.value.field is not None and caught.value.field.endswith("series")
    with pytest.raises(PermissionDenied):
        run(session, "accounting_settings.set", {**args, "expected_version": 1}, t.id, Role.VIEWER)
    run(
        session,
        "accounting_settings.set",
        {**args, "expected_version": 1, "series": [], "accrual": False},
        t.id,
    )
    row = accounting.accounting_settings_of(session, t.id)
    assert row is not None and (row.version, row.accrual, row.series) == (2, False, {})
