"""Which synced rows a signed-in reader may see: the one scope rule.

A *tenant-wide* reader (every membership of the user in the tenant without
``agent_id``, or at least one such) sees the tenant's synced tables as the
roles allow (:func:`server.services.rows.visible_tables`). An *agent-scoped*
reader (every membership of the user in the tenant is in one agent
organisation: ``Membership.agent_id``; see :mod:`server.services.agent_roles`)
acts for that agent only and sees:

- ``agent``: its own agent row;
- ``agent_order``: the agent's orders; ``agent_order_step`` and ``signature``: theirs;
- ``organisation``: the agent's own organisation and the customer organisations
  of its orders;
- ``contact``: the agent's contacts and those of these organisations (directly
  or through their ``customer`` row);

and nothing else of the tenant: no persons, e-mails, phones, registrations,
courses, alumni data. Its roles are cut to the agent roles too
(:func:`scoped_roles`), so no tenant-wide role held through an agent
membership reaches tenant data.

The rule is written once, as SQL conditions (:data:`ROW_RULES`): pull adds them
to its reads (:func:`row_condition` with bound parameters, so the cached pull
query stays one per set of tables), and single rows are checked with the same
conditions (:func:`visible_ids`, :func:`require_visible`). A table without a
rule is invisible to an agent-scoped reader: the rule fails closed.

The first scope is the tenant's: :func:`get_for_tenant` is how a service loads
one live row of the tenant (another tenant's is answered as a missing one).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, Select, Table, bindparam, literal, or_, select
from sqlalchemy.orm import Session

from models.base import Base, SyncMixin
from models.errors import NotFoundError
from models.tenancy import AGENT_ADMIN, PERSONAL_DATA_ROLES, Membership, Role
from models.visibility import reads_personal_data, visibility_roles
from server.services.accounts import membership_role
from server.services.rows import visible_tables


class Reader(Protocol):
    """Who reads: the signed-in :class:`server.services.auth.Principal` has these."""

    @property
    def tenant_id(self) -> str: ...

    @property
    def roles(self) -> frozenset[str]: ...

    @property
    def agent_id(self) -> str | None: ...


#: The roles an agent-scoped membership can carry (an ``admin`` one is ``agent_admin``).
AGENT_SCOPED_ROLES = frozenset({AGENT_ADMIN, Role.AGENT_CASE_HANDLER, Role.ATTESTANT})


_Row = TypeVar("_Row", bound=SyncMixin)


def get_for_tenant(
    session: Session,
    model: type[_Row],
    row_id: str,
    tenant_id: str,
    *,
    populate_existing: bool = False,
) -> _Row | None:
    """The live row ``row_id`` of ``model`` in ``tenant_id``, or None.

    A row of another tenant, or a deleted one, is answered exactly as a missing one
    (the server-side twin of the commands' ``get``).
    """
    row = session.get(model, row_id, populate_existing=populate_existing)
    if row is None or row.tenant_id != tenant_id or row.deleted_at is not None:
        return None
    return row


_Tenant = TypeVar("_Tenant", bound=Base)


def of_tenant(model: type[_Tenant], tenant_id: str, *where: ColumnElement[bool]) -> Select[_Tenant]:
    """``select(model)`` of ``tenant_id``'s rows where every ``where`` holds (a model with
    a ``tenant_id`` column: a synced one, or one of :mod:`server.tables`)."""
    tenant: ColumnElement[str] = getattr(model, "tenant_id")  # noqa: B009 - any such model
    return select(model).where(tenant == tenant_id, *where)


def first_of_tenant(
    session: Session, model: type[_Tenant], tenant_id: str, *where: ColumnElement[bool]
) -> _Tenant | None:
    """The first of ``tenant_id``'s rows of ``model`` where every ``where`` holds, or None."""
    return session.scalars(of_tenant(model, tenant_id, *where)).first()


def _agent_scope(agent_ids: set[str | None]) -> str | None:
    """The agent a user acts for, from the ``agent_id`` of each of its memberships in the
    tenant: agent-scoped when every one has it (a user belongs to at most one agent);
    None for a tenant-wide user and for one without memberships (sign-in refuses those)."""
    if not agent_ids or None in agent_ids:
        return None
    # More than one was never granted (agent_roles refuses a second agent): fail closed.
    return min(a for a in agent_ids if a is not None)


def scoped_roles(roles: Iterable[str], agent_id: str | None) -> frozenset[str]:
    """``roles`` as they hold in the reader's scope: an agent-scoped user keeps only
    agent roles (a ``course_admin`` membership with ``agent_id`` gives nothing)."""
    held = frozenset(roles)
    return held if agent_id is None else held & AGENT_SCOPED_ROLES


def principal_scope(
    session: Session, *, user_id: str, tenant_id: str
) -> tuple[frozenset[str], str | None]:
    """The roles and agent scope a sign-in of ``user_id`` in ``tenant_id`` carries (one
    read of the user's memberships: it runs on every request)."""
    rows = session.execute(
        select(Membership.role, Membership.agent_id).where(
            Membership.user_id == user_id, Membership.tenant_id == tenant_id
        )
    ).all()
    agent_id = _agent_scope({agent for _role, agent in rows})
    roles = frozenset(membership_role(role, agent) for role, agent in rows)
    return scoped_roles(roles, agent_id), agent_id


# -- the reader's view ------------------------------------------------------------------


def view_key(reader: Reader) -> str:
    """A short key of exactly what decides which rows and columns a pull gives ``reader``.

    Two readers (or one reader before and after a change of roles, agent scope or
    tenant) get the same pull pages exactly when their keys are equal. The inputs
    are the tenant, the agent scope, whether the reader reads personal data
    (:func:`models.visibility.reads_personal_data`: the redacted columns), the roles
    that open restricted columns to them (:func:`models.visibility.visibility_roles`) and the
    tables that follow from those (:func:`server.services.rows.visible_tables`,
    :func:`scoped_tables`), so a new table or a rule opening one to more roles
    changes the key as well. Pull cursors carry it
    (:func:`server.services.sync.pull_view`): a cursor of another view makes the next
    pull start over with ``"reset": true``. Computed from the principal alone
    (no query), once per distinct view.
    """
    personal = reads_personal_data(reader)
    opening = frozenset() if personal else visibility_roles(reader)
    return _view_key(reader.tenant_id, reader.agent_id, personal, opening)


@lru_cache(maxsize=4096)
def _view_key(
    tenant_id: str, agent_id: str | None, personal: bool, opening: frozenset[str] = frozenset()
) -> str:
    reader = _ViewReader(
        tenant_id=tenant_id,
        agent_id=agent_id,
        roles=frozenset(PERSONAL_DATA_ROLES) if personal else opening,
    )
    tables = scoped_tables(reader, visible_tables(reader.roles))
    view = "personal" if personal else "redacted"
    if opening:  # a reader without them keeps the key they had
        view += "+" + ",".join(sorted(opening))
    text = "\n".join([tenant_id, agent_id or "-", view] + [t.name for t in tables])
    return hashlib.sha256(text.encode()).hexdigest()[:12]


@dataclass(frozen=True)
class _ViewReader:
    tenant_id: str
    roles: frozenset[str]
    agent_id: str | None


# -- the row rules ----------------------------------------------------------------------


def _t(name: str) -> Table:
    return Base.metadata.tables[name]


Expr = ColumnElement[Any]
#: ``(table, tenant, agent) -> condition``: the rows of ``table`` an agent sees.
Rule = Callable[[Table, Expr, Expr], Expr]


def _orders(tenant: Expr, agent: Expr) -> Any:
    o = _t("agent_order")
    return select(o.c.id).where(o.c.tenant_id == tenant, o.c.agent_id == agent)


def _organisations(column: Any, tenant: Expr, agent: Expr) -> Expr:
    """``column`` names an organisation of the scope: the agent's own or a customer's."""
    a, o = _t("agent"), _t("agent_order")
    own = select(a.c.organisation_id).where(a.c.tenant_id == tenant, a.c.id == agent)
    customers = select(o.c.customer_organisation_id).where(
        o.c.tenant_id == tenant, o.c.agent_id == agent
    )
    return or_(column.in_(own), column.in_(customers))


def _contact(t: Table, tenant: Expr, agent: Expr) -> Expr:
    c = _t("customer")
    customers = select(c.c.id).where(
        c.c.tenant_id == tenant, _organisations(c.c.organisation_id, tenant, agent)
    )
    return or_(
        t.c.agent_id == agent,
        _organisations(t.c.organisation_id, tenant, agent),
        t.c.customer_id.in_(customers),
    )


ROW_RULES: Mapping[str, Rule] = {
    "agent": lambda t, tenant, agent: t.c.id == agent,
    "agent_order": lambda t, tenant, agent: t.c.agent_id == agent,
    "agent_order_step": lambda t, tenant, agent: t.c.order_id.in_(_orders(tenant, agent)),
    "signature": lambda t, tenant, agent: t.c.order_id.in_(_orders(tenant, agent)),
    "organisation": lambda t, tenant, agent: _organisations(t.c.id, tenant, agent),
    "contact": _contact,
}


def scoped_tables(reader: Reader, tables: Iterable[Table]) -> list[Table]:
    """``tables`` (the ones the reader's roles allow) the reader's scope leaves visible."""
    if reader.agent_id is None:
        return list(tables)
    return [t for t in tables if t.name in ROW_RULES]


def row_condition(table: Table, tenant: Expr, agent: Expr) -> Expr:
    """The agent scope's condition on ``table`` (with ``tenant``/``agent`` as SQL values,
    e.g. bound parameters). Only for tables :func:`scoped_tables` keeps."""
    return ROW_RULES[table.name](table, tenant, agent)


def pull_condition(table: Table) -> Expr:
    """:func:`row_condition` over the bound parameters ``tenant`` and ``agent``."""
    return row_condition(table, bindparam("tenant"), bindparam("agent"))


def visible_ids(session: Session, reader: Reader, table: str, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` (rows of ``table``) the reader's scope reaches.

    Tenant isolation is checked here too: a row of another tenant is not visible.
    """
    wanted = {i for i in ids if isinstance(i, str)}
    if not wanted or table not in Base.metadata.tables:
        return set()
    t = _t(table)
    if "tenant_id" not in t.c:
        return set()
    conditions: list[Expr] = [t.c.id.in_(wanted), t.c.tenant_id == reader.tenant_id]
    if reader.agent_id is not None:
        if table not in ROW_RULES:
            return set()
        conditions.append(row_condition(t, literal(reader.tenant_id), literal(reader.agent_id)))
    return set(session.scalars(select(t.c.id).where(*conditions)))


def sees(session: Session, reader: Reader, table: str, row_id: str) -> bool:
    """True if the reader's scope reaches row ``row_id`` of ``table``."""
    return row_id in visible_ids(session, reader, table, [row_id])


def require_visible(
    session: Session, reader: Reader, table: str, row_id: str, *, message: str
) -> None:
    """NotFoundError(``message``) unless the reader sees the row: a row outside the scope
    is reported exactly as a missing one (and as another tenant's)."""
    if not sees(session, reader, table, row_id):
        raise NotFoundError(message)


def in_scope(
    session: Session, reader: Reader, grouped: Mapping[str, Iterable[Any]]
) -> dict[str, list[Any]]:
    """ORM rows grouped by table (``models.commands.rows_of``), only those the reader sees.

    A tenant-wide reader's rows pass unchanged (tenant and roles are
    :func:`server.services.rows.rows_json`'s business).
    """
    if reader.agent_id is None:
        return {table: list(objs) for table, objs in grouped.items()}
    out: dict[str, list[Any]] = {}
    for table, objs in grouped.items():
        rows = list(objs)
        seen = visible_ids(session, reader, table, [str(getattr(o, "id", "")) for o in rows])
        kept = [o for o in rows if getattr(o, "id", None) in seen]
        if kept:
            out[table] = kept
    return out


def first_outside(
    session: Session, reader: Reader, concerns: Iterable[tuple[str, str]]
) -> tuple[str, str] | None:
    """The first ``(table, id)`` of ``concerns`` outside the reader's scope, or None."""
    if reader.agent_id is None:
        return None
    by_table: dict[str, list[str]] = {}
    ordered = list(concerns)
    for table, row_id in ordered:
        by_table.setdefault(table, []).append(row_id)
    seen = {
        (table, i)
        for table, ids in by_table.items()
        for i in visible_ids(session, reader, table, ids)
    }
    return next((c for c in ordered if c not in seen), None)


def _label(table: str) -> str:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return mapper.class_.__name__
    return table


def require_concerns_visible(
    session: Session, reader: Reader, concerns: Iterable[tuple[str, str]]
) -> None:
    """NotFoundError unless every row a command concerns is in the reader's scope.

    The server calls this after a pushed command ran (in its savepoint, so a refusal
    rolls it back): a command of an agent-scoped user touches only rows of its agent,
    and a row outside is reported exactly as another tenant's (``not_found``).
    """
    concerns = list(concerns)
    outside = first_outside(session, reader, concerns)
    if outside is None:
        return
    table, row_id = outside
    exc = NotFoundError(f"{_label(table)} {row_id} was not found")
    exc.concerns = concerns[: concerns.index(outside)]
    raise exc


def read_conditions(reader: Reader, table: Table) -> list[Expr]:
    """The conditions a read of ``table`` for ``reader`` adds to its tenant condition
    (none for a tenant-wide reader). Only for tables :func:`scoped_tables` keeps."""
    if reader.agent_id is None:
        return []
    return [row_condition(table, literal(reader.tenant_id), literal(reader.agent_id))]


def _live_rows(session: Session, table: Table, *conditions: Expr) -> list[dict[str, Any]]:
    keys = [str(c.name) for c in table.columns]  # exact str: orjson refuses subclasses
    result = session.execute(
        select(table).where(*conditions, table.c.deleted_at.is_(None)).order_by(table.c.server_seq)
    )
    return [dict(zip(keys, values, strict=True)) for values in result]


def companions(
    session: Session, reader: Reader, changes: Mapping[str, list[dict[str, Any]]]
) -> dict[str, list[dict[str, Any]]]:
    """Rows an agent-scoped pull page must carry besides its changes (unredacted).

    An order brings its customer organisation into the agent's scope, but that
    organisation (and its contacts) may have changed long before the reader's
    cursor: they ride along with the order, so the client has what its orders
    refer to. Rows already in ``changes`` are not repeated.
    """
    orders = changes.get("agent_order") or []
    if reader.agent_id is None or not orders:
        return {}
    org_ids = {o["customer_organisation_id"] for o in orders}
    org, contact, customer = _t("organisation"), _t("contact"), _t("customer")
    tenant = reader.tenant_id
    out: dict[str, list[dict[str, Any]]] = {}
    have = {r["id"] for r in changes.get("organisation") or []}
    orgs = _live_rows(session, org, org.c.tenant_id == tenant, org.c.id.in_(org_ids - have))
    if orgs:
        out["organisation"] = orgs
    customers = select(customer.c.id).where(
        customer.c.tenant_id == tenant, customer.c.organisation_id.in_(org_ids)
    )
    have = {r["id"] for r in changes.get("contact") or []}
    contacts = [
        r
        for r in _live_rows(
            session,
            contact,
            contact.c.tenant_id == tenant,
            or_(contact.c.organisation_id.in_(org_ids), contact.c.customer_id.in_(customers)),
        )
        if r["id"] not in have
    ]
    if contacts:
        out["contact"] = contacts
    return out


@dataclass(frozen=True)
class UserScope:
    """A reader that is not the request's principal (the recipient of a notification)."""

    tenant_id: str
    roles: frozenset[str]
    agent_id: str | None


def reader_of(session: Session, *, user_id: str, tenant_id: str) -> UserScope:
    """The scope of user ``user_id`` in ``tenant_id``, as a sign-in of theirs would have."""
    roles, agent_id = principal_scope(session, user_id=user_id, tenant_id=tenant_id)
    return UserScope(tenant_id=tenant_id, roles=roles, agent_id=agent_id)


def sees_related(session: Session, reader: Reader, row_id: str | None) -> bool:
    """True if a message about row ``row_id`` (of any table) may go to ``reader``.

    A tenant-wide reader gets every message of its tenant; an agent-scoped one only
    messages about a row of its scope (a message about nothing in particular is not
    for an agent's user).
    """
    if reader.agent_id is None:
        return True
    if row_id is None:
        return False
    return any(row_id in visible_ids(session, reader, table, [row_id]) for table in ROW_RULES)


def result_in_scope(session: Session, reader: Reader, result: dict[str, Any]) -> dict[str, Any]:
    """A push result (CONTRACTS.md) with only the rows the reader's scope reaches now.

    For a first answer repeated from the command log: the user's scope may have
    narrowed since it was given.
    """
    rows = result.get("rows")
    if reader.agent_id is None or not isinstance(rows, Mapping):
        return result
    kept: dict[str, list[Any]] = {}
    for table, table_rows in rows.items():
        found = (
            [r for r in table_rows if isinstance(r, dict)] if isinstance(table_rows, list) else []
        )
        seen = visible_ids(session, reader, table, [str(r.get("id")) for r in found])
        if inside := [r for r in found if r.get("id") in seen]:
            kept[table] = inside
    return {**result, "rows": kept}
