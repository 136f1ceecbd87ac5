"""A fast factory for a filled client database (Core bulk inserts, no commands).

``fill(store, participants=100_000)`` takes a few seconds; the small default
takes well under one. Data is deterministic for a given seed, Swedish-like,
with every approval state, managers linked or given on the form, sign-up
forms, activities, alumni registrations and agent orders.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from models import (
    Activity,
    Agent,
    AgentOrder,
    AlumniRegistration,
    Category,
    Course,
    CourseRound,
    Customer,
    FormElement,
    Organisation,
    Person,
    PersonCategory,
    PersonEmail,
    PersonPhone,
    Registration,
    SignupForm,
)
from models.commands import Actor
from models.ids import new_id
from models.tenancy import Role
from sync.store import ClientStore

FIRST = [
    "Anna",
    "Erik",
    "Maria",
    "Lars",
    "Karin",
    "Johan",
    "Eva",
    "Anders",
    "Sara",
    "Per",
    "Emma",
    "Nils",
    "Lena",
    "Olof",
    "Elin",
    "Karl",
    "Ingrid",
    "Mikael",
    "Sofia",
    "Jonas",
    "Åsa",
    "Björn",
    "Linnea",
    "Gustav",
    "Frida",
    "Henrik",
    "Malin",
    "Oskar",
    "Ylva",
    "Fredrik",
    "Klara",
    "Magnus",
    "Ebba",
    "Patrik",
    "Tove",
    "Daniel",
    "Hanna",
    "Stefan",
    "Märta",
    "Viktor",
    "Ida",
    "Mattias",
    "Agnes",
    "Emil",
]
LAST = [
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Jansson",
    "Hansson",
    "Bengtsson",
    "Jönsson",
    "Lindberg",
    "Jakobsson",
    "Magnusson",
    "Lindström",
    "Olofsson",
    "Lindqvist",
    "Lindgren",
    "Berg",
    "Axelsson",
    "Bergström",
    "Lundberg",
    "Lundgren",
    "Lundqvist",
    "Mattsson",
    "Berglund",
    "Fredriksson",
    "Sandberg",
    "Henriksson",
    "Forsberg",
    "Sjöberg",
    "Wallin",
    "Engström",
    "Danielsson",
    "Håkansson",
    "Eklund",
    "Lundin",
    "Gunnarsson",
    "Holm",
    "Björk",
    "Bergman",
    "Samuelsson",
    "Fransson",
    "Wikström",
    "Isaksson",
    "Åberg",
    "Öberg",
    "Ström",
    "Nyström",
]
ORG_A = [
    "Nord",
    "Syd",
    "Väst",
    "Öst",
    "Fjäll",
    "Skog",
    "Sjö",
    "Berg",
    "Dal",
    "Strand",
    "Ek",
    "Björk",
    "Lin",
    "Sol",
    "Vind",
    "Is",
    "Guld",
    "Silver",
]
ORG_B = ["vik", "kraft", "bygg", "data", "konsult", "vård", "teknik", "logistik", "energi", "media"]
ORG_KIND = ("AB", "Kommun", "Region", "Stiftelse", "Förening")
COURSES = (
    ("LED1", "Ledarskap i praktiken"),
    ("PRJ2", "Projektledning"),
    ("KOM1", "Kommunikation för chefer"),
    ("ARB3", "Arbetsrätt för HR"),
    ("EKO1", "Ekonomistyrning"),
    ("DIG2", "Digital transformation"),
    ("HLB1", "Hållbar utveckling i praktiken"),
    ("FÖR4", "Förhandlingsteknik"),
    ("UPP1", "Upphandling enligt LOU"),
    ("COA2", "Coachande samtal"),
    ("DAT3", "Dataskydd och GDPR"),
    ("VER1", "Verksamhetsutveckling"),
)
TERMS = (("VT2026", date(2026, 2, 2)), ("HT2026", date(2026, 9, 7)), ("VT2027", date(2027, 2, 1)))
PROGRAMS = ("Civilingenjör datateknik", "Socionom", "Ekonomprogrammet", "Juristprogrammet")
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
ALL_ROLES = frozenset(str(r) for r in Role)


@dataclass
class Filled:
    """What :func:`fill` made: ids to refer to in tests."""

    tenant_id: str
    actor: Actor
    tenant_name: str = "Kansli Demo University"
    course_ids: list[str] = field(default_factory=list)
    round_ids: list[str] = field(default_factory=list)
    participant_ids: list[str] = field(default_factory=list)
    manager_ids: list[str] = field(default_factory=list)
    registration_ids: list[str] = field(default_factory=list)
    big_round_id: str = ""
    organisation_ids: list[str] = field(default_factory=list)
    alumni_ids: list[str] = field(default_factory=list)
    order_ids: list[str] = field(default_factory=list)


def _ascii(text: str) -> str:
    table = str.maketrans("åäöÅÄÖé", "aaoAAOe")
    return text.translate(table).lower()


def _base(tenant_id: str, *, seq: int) -> dict[str, Any]:
    return {"tenant_id": tenant_id, "server_seq": seq, "updated_at": NOW, "deleted_at": None}


def fill(
    store: ClientStore,
    *,
    participants: int = 300,
    big_round: int = 120,
    seed: int = 1,
    roles: frozenset[str] = ALL_ROLES,
    email: str = "admin@demo.kansli.se",
) -> Filled:
    """Fill ``store`` with a tenant's data; returns the ids made."""
    rnd = random.Random(seed)  # noqa: S311  (made-up data, the same for a seed)
    tenant_id = new_id()
    actor = Actor(
        tenant_id=tenant_id, email=email, roles=roles, user_id=new_id(), display_name="Demo Admin"
    )
    out = Filled(tenant_id=tenant_id, actor=actor)
    seq = iter(range(1, 10_000_000))
    id_base = rnd.getrandbits(48) << 80
    id_numbers = iter(range(1, 10_000_000))

    def fresh_id() -> str:
        # UUIDv7-shaped and unique, much faster than uuid7() for 300,000 rows.
        return str(uuid.UUID(int=id_base | (0x7 << 76) | (0x8 << 60) | next(id_numbers)))

    rows: dict[Any, list[dict[str, Any]]] = {}

    def add(model: Any, **values: Any) -> str:
        values.setdefault("id", fresh_id())
        rows.setdefault(model.__table__, []).append({**_base(tenant_id, seq=next(seq)), **values})
        return str(values["id"])

    cat_alumnus = add(Category, key="alumnus", name="Alumnus")
    cat_registered = add(Category, key="registered_alumnus", name="Registered alumnus")
    cat_manager = add(Category, key="manager", name="Chef")

    orgs: list[tuple[str, str, str]] = []
    for i in range(max(20, min(300, participants // 50))):
        name = f"{rnd.choice(ORG_A)}{rnd.choice(ORG_B)} {ORG_KIND[i % len(ORG_KIND)]}"
        domain = _ascii(name.split()[0]) + ".se"
        orgs.append(
            (add(Organisation, name=name, city=rnd.choice(("Umeå", "Lund", "Luleå"))), name, domain)
        )
    out.organisation_ids = [o[0] for o in orgs]

    def person(first: str, last: str, org: tuple[str, str, str] | None, n: int) -> str:
        pid = add(
            Person,
            first_name=first,
            last_name=last,
            organisation_id=org[0] if org else None,
            title="",
            street="",
            postal_code="",
            city="",
            country="SE",
            notes="",
            created_at=NOW - timedelta(days=400 - n % 400),
            personnummer=None,
            birth_date=None,
            merged_into_id=None,
        )
        domain = org[2] if org else "example.se"
        add(
            PersonEmail,
            person_id=pid,
            address=f"{_ascii(first)}.{_ascii(last)}{n}@{domain}",
            kind="work",
            is_primary=True,
            position=0,
        )
        if n % 3 == 0:
            add(
                PersonPhone,
                person_id=pid,
                number=f"+4670{n % 10_000_000:07d}",
                kind="mobile",
                is_primary=True,
                position=0,
            )
        return pid

    n_managers = max(10, participants // 20)
    for i in range(n_managers):
        org = orgs[i % len(orgs)]
        mid = person(rnd.choice(FIRST), rnd.choice(LAST), org, 900_000 + i)
        add(PersonCategory, person_id=mid, category_id=cat_manager)
        out.manager_ids.append(mid)
    managers_by_org: dict[str, list[str]] = {}
    for i, mid in enumerate(out.manager_ids):
        managers_by_org.setdefault(orgs[i % len(orgs)][0], []).append(mid)

    for c_i, (code, cname) in enumerate(COURSES):
        cid = add(Course, code=code, name=cname, description=f"{cname} för yrkesverksamma.")
        out.course_ids.append(cid)
        for t_i, (term, start) in enumerate(TERMS):
            status = ("closed", "open", "planned")[t_i]
            starts = start + timedelta(days=7 * (c_i % 6))
            rid = add(
                CourseRound,
                course_id=cid,
                name=f"{cname} {term}",
                term=term,
                starts_on=starts,
                ends_on=starts + timedelta(days=2 + c_i % 3),
                place=("Umeå, Campus", "Stockholm, Norra Latin", "Distans")[c_i % 3],
                seats=(24, 30, 40, 150)[c_i % 4],
                status=status,
                terms_text="Anmälan är bindande. Avbokning senast 14 dagar före start.",
                terms_version="2026-1",
            )
            out.round_ids.append(rid)
            if t_i == 1:
                fid = add(
                    SignupForm,
                    round_id=rid,
                    heading=f"Anmälan: {cname}",
                    intro="Välkommen att anmäla dig.",
                    banner_url="",
                    confirmation_text="Tack för din anmälan!",
                    published=True,
                )
                for pos, (kind, label, req) in enumerate(
                    (
                        ("first_name", "Förnamn", True),
                        ("last_name", "Efternamn", True),
                        ("email", "E-post", True),
                        ("organisation", "Organisation", False),
                        ("approving_manager", "Godkännande chef", True),
                        ("choice", "Kost", False),
                    )
                ):
                    add(
                        FormElement,
                        form_id=fid,
                        kind=kind,
                        label=label,
                        required=req,
                        position=pos,
                        require_email_confirmation=kind == "approving_manager",
                        options=["Vegetarisk", "Vegansk", "Ingen"] if kind == "choice" else [],
                    )
    out.big_round_id = out.round_ids[4]  # Projektledning HT2026
    other_rounds = [r for r in out.round_ids if r != out.big_round_id]

    for i in range(participants):
        org = orgs[rnd.randrange(len(orgs))]
        pid = person(rnd.choice(FIRST), rnd.choice(LAST), org, i)
        out.participant_ids.append(pid)
        round_id = out.big_round_id if i < big_round else rnd.choice(other_rounds)
        created = NOW - timedelta(days=rnd.randrange(1, 300), minutes=rnd.randrange(1440))
        manager_roll = rnd.random()
        manager_id = None
        form_email = None
        form_name = None
        if manager_roll < 0.85:
            manager_id = rnd.choice(managers_by_org.get(org[0]) or out.manager_ids)
        elif manager_roll < 0.95:
            form_name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            form_email = f"{_ascii(form_name).replace(' ', '.')}@{org[2]}"
        state = rnd.random()
        requested = approved = None
        approved_by = None
        status = "registered"
        count = 0
        has_approver = manager_id is not None or form_email is not None
        if state < 0.05:
            status = "cancelled"
        elif has_approver and state < 0.45:
            requested = created + timedelta(days=1)
            approved = requested + timedelta(days=rnd.randrange(0, 10), hours=3)
            approved_by = form_email or f"chef{i}@{org[2]}"
            count = 1
        elif has_approver and state < 0.75:
            requested = NOW - timedelta(days=rnd.randrange(0, 30), hours=2)
            count = 1 + (i % 3 == 0)
        reg_id = add(
            Registration,
            round_id=round_id,
            participant_id=pid,
            approving_manager_id=manager_id,
            organisation_id=org[0],
            form_manager_name=form_name,
            form_manager_email=form_email,
            signup_answers={},
            review_reasons=[],
            status=status,
            created_at=created,
            approval_requested_at=requested,
            approval_request_count=count,
            approved_at=approved,
            approved_by_email=approved_by,
            approval_terms_version="2026-1" if approved else None,
        )
        out.registration_ids.append(reg_id)
        if requested is not None and i < 3000 and manager_id is not None:
            add(
                Activity,
                person_id=manager_id,
                kind="approval_requested",
                subject="Approval requested",
                body="",
                occurred_at=requested,
                registration_id=reg_id,
                actor=email,
                data={},
            )
            if approved is not None:
                add(
                    Activity,
                    person_id=manager_id,
                    kind="registration_approved",
                    subject="Registration approved",
                    body="",
                    occurred_at=approved,
                    registration_id=reg_id,
                    actor=approved_by or "",
                    data={},
                )

    statuses = ("not_approved",) * 5 + (
        "approved_alumnus",
        "denied",
        "approved_manually",
        "received",
        "approved_registered_alumnus",
    )
    for i in range(40):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        status = statuses[i % len(statuses)]
        person_id = out.participant_ids[i] if status != "received" and i < participants else None
        out.alumni_ids.append(
            add(
                AlumniRegistration,
                person_id=person_id,
                email=f"{_ascii(first)}.{_ascii(last)}.alumn{i}@example.se",
                first_name=first,
                last_name=last,
                personnummer=None,
                phone=None,
                program=PROGRAMS[i % len(PROGRAMS)],
                graduation_year=2000 + i % 25,
                answers={},
                status=status,
                received_at=NOW - timedelta(days=60 - i),
                matched_on="email" if person_id else None,
                decision_reason=(
                    f"No degree found in student records; credits {60 + i} < 180"
                    if status == "not_approved"
                    else ""
                ),
                decision_details={},
                proposed={},
                decided_at=None,
                decided_by=None,
                denial_reason="",
                attempts=0,
                last_error="",
            )
        )
        if status == "approved_alumnus" and person_id:
            add(PersonCategory, person_id=person_id, category_id=cat_alumnus)
            add(PersonCategory, person_id=person_id, category_id=cat_registered)

    agent_org = orgs[0][0]
    agent_id = add(Agent, organisation_id=agent_org, name="Stadsnät Agent AB")
    states = (
        "ordered",
        "agent_review",
        "agent_approved",
        "agent_attested",
        "customer_attested",
        "case_created",
        "rejected",
    )
    for i in range(25):
        org = orgs[(i + 3) % len(orgs)]
        add(Customer, organisation_id=org[0], customer_number=f"K{1000 + i}")
        state = states[i % len(states)]
        out.order_ids.append(
            add(
                AgentOrder,
                number=f"AO-2026-{i + 1:04d}",
                agent_id=agent_id,
                customer_organisation_id=org[0],
                service=("Fiberanslutning 1000/1000", "Fiber 250/250", "Företagsnät")[i % 3],
                details={},
                ordered_by_name=f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                ordered_by_email=f"bestallare{i}@{org[2]}",
                customer_attestant_email=f"attest{i}@{org[2]}",
                state=state,
                ordered_at=NOW - timedelta(days=30 - i),
                case_handler_email=email if state != "ordered" else None,
                agent_attestant_email=email if state == "agent_approved" else None,
                billing={},
                attest_info={},
                terms_accepted=state not in ("ordered", "agent_review"),
                rejected_reason="Ofullständig adress" if state == "rejected" else "",
            )
        )

    with store.engine.connect() as conn:
        # The rows are consistent by construction; checking 300,000 foreign keys
        # one by one would double the time.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        with conn.begin():
            for table in (t for t in store_tables_in_order() if t in rows):
                _bulk_insert(conn, table, rows[table])
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()
    store.remember_account(
        server_url="http://127.0.0.1:9",
        user={"id": actor.user_id, "email": email, "display_name": actor.display_name},
        tenant={"id": tenant_id, "slug": "demo", "name": out.tenant_name},
        roles=sorted(roles),
    )
    return out


def _sql_value(value: Any) -> Any:
    """A value as SQLAlchemy would store it in SQLite (naive UTC text for datetimes)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value)
    return value


def _bulk_insert(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    """One executemany per table; column defaults are filled in from the model."""
    columns = list(table.columns)
    names = ", ".join(c.name for c in columns)
    marks = ", ".join("?" for _ in columns)
    plain = (str, int, float, bool, type(None))
    getters = []
    for c in columns:
        default = c.default.arg if c.default is not None and not callable(c.default.arg) else None
        getters.append((c.name, default))
    values = []
    for r in rows:
        row = []
        for name, default in getters:
            v = r.get(name, default)
            row.append(v if isinstance(v, plain) else _sql_value(v))
        values.append(tuple(row))
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", values)


def store_tables_in_order() -> list[Any]:
    from models import Base

    return [t for t in Base.metadata.sorted_tables if t.info.get("synced")]
