"""What the Organisations tab lists (run on the database executor): organisations,
customers with their contracts, agents; each row with its main contact (seed 002:
"De visas då också i tabellen över kund/kontrakt och tabellen över organisation").

Archived rows are their tombstones (:class:`models.organisations.ArchivedByTombstone`):
listed with the live ones only when asked for, marked ``archived``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from desktop.common.values import Record
from desktop.operations import OpContext
from models.contacts import TargetKind, main_contacts
from models.organisations import Agent, Contract, Customer, Organisation

#: Ids asked for in one query.
_CHUNK = 500


def matches(row: Record, search: str, keys: Sequence[str]) -> bool:
    """Every word of ``search`` is in one of the row's ``keys`` (case aside)."""
    text = " ".join(str(row.get(k) or "") for k in keys).casefold()
    return all(word in text for word in search.casefold().split())


def _alive(model: Any, archived: bool) -> Any:
    """Live rows, and (``archived``) the archived ones too."""
    return true() if archived else model.deleted_at.is_(None)


def _with_main_contacts(
    s: Session, ctx: OpContext, kind: TargetKind, rows: list[Record]
) -> list[Record]:
    ids = [r["id"] for r in rows]
    found: dict[str, Any] = {}
    for start in range(0, len(ids), _CHUNK):  # SQLite's limit of bound values
        found.update(main_contacts(s, ctx.actor.tenant_id, kind, ids[start : start + _CHUNK]))
    for row in rows:
        person = found.get(row["id"])
        row["main_contact"] = person.full_name if person is not None else ""
    return rows


def _organisation_names(s: Session, ids: Iterable[str]) -> dict[str, Organisation]:
    wanted = sorted(set(ids))
    found: dict[str, Organisation] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.update(
            {o.id: o for o in s.scalars(select(Organisation).where(Organisation.id.in_(chunk)))}
        )
    return found


def load_organisations(ctx: OpContext, *, search: str = "", archived: bool = False) -> list[Record]:
    """Organisations (with their customer number when customers), by the search."""
    with ctx.read() as s:
        numbers = {
            org_id: number
            for org_id, number in s.execute(
                select(Customer.organisation_id, Customer.customer_number).where(
                    Customer.deleted_at.is_(None)
                )
            )
        }
        rows = [
            {
                "id": o.id,
                "name": o.name,
                "org_number": o.org_number or "",
                "city": o.city,
                "customer_number": numbers.get(o.id),
                "archived": o.archived,
            }
            for o in s.scalars(select(Organisation).where(_alive(Organisation, archived)))
        ]
        rows = [r for r in rows if matches(r, search, ("name", "org_number", "city"))]
        return _with_main_contacts(s, ctx, TargetKind.ORGANISATION, rows)


def load_customers(ctx: OpContext, *, search: str = "", archived: bool = False) -> list[Record]:
    """Customers by their organisation's name, with their number of live contracts; the
    search also finds a customer by the title of one of its contracts."""
    with ctx.read() as s:
        customers = list(s.scalars(select(Customer).where(_alive(Customer, archived))))
        orgs = _organisation_names(s, (c.organisation_id for c in customers))
        counts: dict[str, int] = {}
        titles: dict[str, list[str]] = {}
        for customer_id, title in s.execute(
            select(Contract.customer_id, Contract.title).where(Contract.deleted_at.is_(None))
        ):
            counts[customer_id] = counts.get(customer_id, 0) + 1
            titles.setdefault(customer_id, []).append(title)
        rows = []
        for c in customers:
            org = orgs.get(c.organisation_id)
            rows.append(
                {
                    "id": c.id,
                    "name": org.name if org else "",
                    "organisation_id": c.organisation_id,
                    "org_number": (org.org_number or "") if org else "",
                    "city": org.city if org else "",
                    "customer_number": c.customer_number,
                    "contracts": counts.get(c.id, 0),
                    "archived": c.archived,
                    "_titles": " ".join(titles.get(c.id, [])),
                }
            )
        rows = [
            r
            for r in rows
            if matches(r, search, ("name", "org_number", "customer_number", "city", "_titles"))
        ]
        return _with_main_contacts(s, ctx, TargetKind.CUSTOMER, rows)


def load_contracts(
    ctx: OpContext, *, customer_id: str | None, archived: bool = False
) -> list[Record]:
    """The contracts of ``customer_id`` (none without a customer)."""
    if not customer_id:
        return []
    with ctx.read() as s:
        rows = [
            {
                "id": k.id,
                "title": k.title,
                "starts_on": k.starts_on,
                "ends_on": k.ends_on,
                "archived": k.archived,
            }
            for k in s.scalars(
                select(Contract).where(
                    Contract.customer_id == customer_id, _alive(Contract, archived)
                )
            )
        ]
        return _with_main_contacts(s, ctx, TargetKind.CONTRACT, rows)


def load_agents(ctx: OpContext, *, search: str = "", archived: bool = False) -> list[Record]:
    """Agents with their organisation, by the search."""
    with ctx.read() as s:
        agents = list(s.scalars(select(Agent).where(_alive(Agent, archived))))
        orgs = _organisation_names(s, (a.organisation_id for a in agents))
        rows = []
        for a in agents:
            org = orgs.get(a.organisation_id)
            rows.append(
                {
                    "id": a.id,
                    "name": a.name,
                    "organisation_id": a.organisation_id,
                    "organisation": org.name if org else "",
                    "org_number": (org.org_number or "") if org else "",
                    "archived": a.archived,
                }
            )
        rows = [r for r in rows if matches(r, search, ("name", "organisation", "org_number"))]
        return _with_main_contacts(s, ctx, TargetKind.AGENT, rows)


def organisation_choices(ctx: OpContext, *, not_customers: bool = False) -> list[tuple[str, str]]:
    """Live organisations as (id, "name (number)") by name; ``not_customers``: only those
    not yet a customer."""
    with ctx.read() as s:
        query = select(Organisation).where(Organisation.deleted_at.is_(None))
        if not_customers:
            taken = select(Customer.organisation_id).where(Customer.deleted_at.is_(None))
            query = query.where(Organisation.id.not_in(taken))
        orgs = sorted(s.scalars(query), key=lambda o: o.name.casefold())
        return [(o.id, f"{o.name} ({o.org_number})" if o.org_number else o.name) for o in orgs]
