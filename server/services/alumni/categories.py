"""Person categories the alumni processing gives and takes ("Alumnus", "Registered alumnus").

Giving and taking is :func:`models.commands.people.set_person_category`, the rule
``person.set_category`` follows too; here the server makes a category the tenant
lacks.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.commands.people import set_person_category
from models.ids import new_id
from models.people import Category, CategoryKey, PersonCategory
from models.tenancy import Tenant

CATEGORY_NAMES: dict[str, str] = {
    CategoryKey.ALUMNUS: "Alumnus",
    CategoryKey.REGISTERED_ALUMNUS: "Registered alumnus",
}
#: The names a Swedish tenant's categories get (seed 001's words; issue 20). The processing
#: finds them by ``key``, so a tenant may rename them freely.
CATEGORY_NAMES_SV: dict[str, str] = {
    CategoryKey.ALUMNUS: "Alumn",
    CategoryKey.REGISTERED_ALUMNUS: "Registrerad alumn",
}


def category_row(session: Session, tenant_id: str, key: str) -> Category:
    """The tenant's live category with ``key``, made (pending) if the tenant lacks it, named
    in the tenant's language."""
    found = session.execute(
        select(Category)
        .where(Category.tenant_id == tenant_id, Category.key == key, Category.deleted_at.is_(None))
        .order_by(Category.id)
        .limit(1)
    ).scalar_one_or_none()
    if found is not None:
        return found
    tenant = session.get(Tenant, tenant_id)
    names = CATEGORY_NAMES_SV if tenant is not None and tenant.language == "sv" else CATEGORY_NAMES
    category = Category(id=new_id(), tenant_id=tenant_id, key=key, name=names.get(key, key))
    session.add(category)
    return category


def category_keys(session: Session, tenant_id: str, person_id: str) -> set[str]:
    """Keys of the categories a person has now."""
    return category_keys_of(session, tenant_id, [person_id])[person_id]


def category_keys_of(
    session: Session, tenant_id: str, person_ids: Iterable[str]
) -> dict[str, set[str]]:
    """Keys of the categories each of ``person_ids`` has now (one query for all)."""
    found: dict[str, set[str]] = {pid: set() for pid in person_ids}
    if not found:
        return found
    rows = session.execute(
        select(PersonCategory.person_id, Category.key)
        .join(Category, PersonCategory.category_id == Category.id)
        .where(
            PersonCategory.person_id.in_(sorted(found)),
            PersonCategory.deleted_at.is_(None),
            Category.tenant_id == tenant_id,
            Category.deleted_at.is_(None),
        )
    )
    for person_id, key in rows:
        found[person_id].add(str(key))
    return found


def give_category(
    session: Session,
    tenant_id: str,
    person_id: str,
    key: str,
    *,
    category: Category | None = None,
    links: list[PersonCategory] | None = None,
) -> bool:
    """Give a person a category (made if the tenant lacks it); True if it was new.

    ``category``: the tenant's category row for ``key`` when the caller has it;
    ``links``: all the person's rows of that category (live or not), likewise.
    """
    changed = set_person_category(
        session,
        tenant_id=tenant_id,
        person_id=person_id,
        category=category or category_row(session, tenant_id, key),
        present=True,
        links=links,
    )
    return bool(changed)


def take_category(
    session: Session, tenant_id: str, person_id: str, key: str, now: datetime
) -> bool:
    """Take a category from a person; True if they had it."""
    changed = set_person_category(
        session,
        tenant_id=tenant_id,
        person_id=person_id,
        category=category_row(session, tenant_id, key),
        present=False,
        now=now,
    )
    return bool(changed)
