"""A deterministic generator of realistic demo data for one tenant.

``generate(tenant_id=..., sizes=..., seed=..., today=...)`` returns plain row
dicts per synced table (every column given), ready for bulk inserts through
SQLAlchemy Core (:func:`server.demo.seed.insert_rows`); benchmarks use it to
build tenants of any size. The same arguments give the same rows: ids are
derived from the tenant id, the seed and the row's place, times from
``today``, everything else from ``random.Random(seed)``.

Swedish names, places and companies; valid organisationsnummer and
personnummer (checked with ``models.validators``); registrations in every
approval state, alumni registrations in every status, agent orders in every
state.
"""

from __future__ import annotations

import hashlib
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Table
from stdnum import luhn

from models import validators
from models.agent_orders import OrderState
from models.alumni import AUTOMATIC_OUTCOMES, MANUAL_DECISIONS, AlumniRuleKind, AlumniStatus
from models.base import Base
from models.courses import FormElementKind, RoundStatus
from models.errors import ValidationError
from models.ids import derived_id
from models.people import ActivityKind, CategoryKey
from models.tenancy import Role
from server.demo import names

DEMO_SEED = 20261125

#: Demo sign-in addresses, one per role.
DEMO_USERS: dict[Role, tuple[str, str]] = {
    Role.ADMIN: ("admin@demo.kansli.se", "Karin Lindqvist"),
    Role.COURSE_ADMIN: ("kursadmin@demo.kansli.se", "Johan Bergström"),
    Role.ALUMNI_OFFICER: ("alumn@demo.kansli.se", "Sara Nyberg"),
    Role.AGENT_CASE_HANDLER: ("handlaggare@demo.kansli.se", "Mikael Ström"),
    Role.ATTESTANT: ("attestant@demo.kansli.se", "Eva Holmgren"),
    Role.TREASURER: ("kassor@demo.kansli.se", "Birgitta Holm"),
    Role.SERVICE_DESK: ("kundservice@demo.kansli.se", "Nora Lind"),
    Role.VIEWER: ("lasare@demo.kansli.se", "Per Åberg"),
}

#: The demo's agent administrator: an ``admin`` membership in the first agent
#: organisation (``agent_admin``), who manages that agent's users (Agent users window).
DEMO_AGENT_ADMIN = ("agentadmin@demo.kansli.se", "Lena Sjöberg")


def demo_agent_id(tenant_id: str, seed: int = DEMO_SEED, index: int = 0) -> str:
    """The id of the demo's agent organisation ``index`` (``names.AGENTS``)."""
    return derived_id(tenant_id, str(seed), "agent", str(index))


#: Decisions made because the student records show no degree (or too few credits).
_NO_DEGREE = frozenset(
    {AlumniStatus.NOT_APPROVED, AlumniStatus.DENIED, AlumniStatus.APPROVED_MANUALLY}
)


#: The outcomes that make the person a registered alumnus.
_REGISTERS = frozenset(
    {
        AlumniStatus.APPROVED_REGISTERED_ALUMNUS,
        AlumniStatus.APPROVED_ALUMNUS,
        AlumniStatus.APPROVED_MANUALLY,
    }
)


def alumni_decision(*, alumnus: bool, registered: bool, wanted: AlumniStatus) -> AlumniStatus:
    """The status of a registration matched (certainly) to a person who is an ``alumnus``
    and ``registered`` or not, as seed 001's rules give it: a registered alumnus is
    approved as such, an alumnus approved as an alumnus, anyone else not approved, and
    then ``wanted`` when it is an officer's decision (approved manually, denied)."""
    if registered:
        return AlumniStatus.APPROVED_REGISTERED_ALUMNUS
    if alumnus:
        return AlumniStatus.APPROVED_ALUMNUS
    if wanted in MANUAL_DECISIONS:
        return wanted
    return AlumniStatus.NOT_APPROVED


@dataclass(frozen=True)
class DemoSizes:
    """How much of each thing to make."""

    organisations: int = 80
    courses: int = 20
    rounds: int = 60
    persons: int = 3000
    registrations: int = 2500
    alumni: int = 400
    agent_orders: int = 30

    def scaled(self, factor: float) -> DemoSizes:
        """Every size times ``factor`` (at least 1 each), for benchmarks."""
        return DemoSizes(**{k: max(1, round(v * factor)) for k, v in self.__dict__.items()})


@dataclass
class DemoData:
    """Rows per table name, in dependency order of the synced tables."""

    tenant_id: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def count(self) -> int:
        return sum(len(v) for v in self.rows.values())

    def add(self, table: str, updated_at: datetime | None, **values: Any) -> dict[str, Any]:
        """A row of ``table`` with ``values``, the tenant and the columns' defaults (a
        fresh empty list or dict for JSON columns), added after the generated ones."""
        columns = Base.metadata.tables[table]
        row = {**_template(columns), **values, "tenant_id": self.tenant_id}
        row["updated_at"] = updated_at
        for key, empty in _empty_containers(columns).items():
            row[key] = row[key] if row[key] is not None else empty()
        self.rows.setdefault(table, []).append(row)
        return row


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c in ".-")


def _template(table: Table) -> dict[str, Any]:
    """A row of ``table`` with the scalar defaults and None elsewhere."""
    row: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            value = default.arg  # type: ignore[attr-defined]
            row[column.name] = value.value if hasattr(value, "value") else value
        else:
            row[column.name] = None
    return row


def _empty_containers(table: Table) -> dict[str, type]:
    """The columns whose default makes an empty dict or list (JSON columns): a bulk
    insert must give them a fresh one, or it stores JSON null where the model never has."""
    out: dict[str, type] = {}
    for column in table.columns:
        default = column.default
        made = getattr(getattr(default, "arg", None), "__wrapped__", None)
        if getattr(default, "is_callable", False) and made in (dict, list):
            out[column.name] = made
    return out


class _Builder:
    def __init__(self, tenant_id: str, seed: int, sizes: DemoSizes, today: date) -> None:
        self.tenant_id = tenant_id
        self.seed = seed
        self.sizes = sizes
        self.today = today
        self.now = datetime.combine(today, time(9, 0), UTC)
        self.rng = random.Random(seed)
        self.data = DemoData(tenant_id=tenant_id)
        self._linked: set[tuple[str, str]] = set()
        synced = [t for t in Base.metadata.sorted_tables if t.info.get("synced")]
        self._templates = {t.name: _template(t) for t in synced}
        self._containers = {t.name: _empty_containers(t) for t in synced}
        for name in self._templates:
            self.data.rows[name] = []

    # -- helpers --------------------------------------------------------------------

    def id(self, table: str, *parts: object) -> str:
        return derived_id(self.tenant_id, str(self.seed), table, *(str(p) for p in parts))

    def add(self, table: str, **values: Any) -> dict[str, Any]:
        row = {**self._templates[table], **values}
        row["tenant_id"] = self.tenant_id
        row["updated_at"] = self.now
        for key, empty in self._containers[table].items():
            if row[key] is None:
                row[key] = empty()
        self.data.rows[table].append(row)
        return row

    def days_ago(self, lo: float, hi: float) -> datetime:
        return self.now - timedelta(minutes=round(self.rng.uniform(lo, hi) * 24 * 60))

    def org_number(self) -> str:
        while True:
            first = self.rng.choice("25789") + str(self.rng.randint(0, 9))
            body = first + str(self.rng.randint(20, 99)) + f"{self.rng.randint(0, 99999):05d}"
            digits = body + luhn.calc_check_digit(body)
            try:
                return validators.normalize_organisationsnummer(digits)
            except ValidationError:
                continue

    def personnummer(self, born: date) -> str:
        short9 = born.strftime("%y%m%d") + f"{self.rng.randint(0, 999):03d}"
        pnr = short9 + luhn.calc_check_digit(short9)
        return validators.normalize_personnummer(f"{born.year}{pnr[2:]}", today=self.today)

    def phone(self) -> str:
        return f"+4670{self.rng.randint(0, 9_999_999):07d}"

    def address(self) -> tuple[str, str, str]:
        city, prefix = self.rng.choice(names.CITIES)
        street = f"{self.rng.choice(names.STREETS)} {self.rng.randint(1, 80)}"
        postal = f"{prefix} {self.rng.randint(10, 99)}"
        return street, postal, city

    # -- parts ----------------------------------------------------------------------

    def categories(self) -> None:
        self.cat: dict[str, str] = {}
        for key, name in (
            (CategoryKey.ALUMNUS, "Alumn"),
            (CategoryKey.REGISTERED_ALUMNUS, "Registrerad alumn"),
            ("manager", "Chef"),
            ("contact", "Kontaktperson"),
            ("mentor", "Mentor"),
        ):
            row = self.add("category", id=self.id("category", key), key=str(key), name=name)
            self.cat[str(key)] = row["id"]

    def organisations(self) -> None:
        self.orgs: list[dict[str, Any]] = []
        seen: set[str] = set()
        n = self.sizes.organisations
        while len(self.orgs) < n:
            form = self.rng.choice(names.COMPANY_FORMS)
            first = self.rng.choice(names.COMPANY_FIRST)
            second = self.rng.choice(names.COMPANY_SECOND)
            name = f"{first} {second} {form}"
            if name in seen:
                name = f"{name} ({len(self.orgs)})"
            seen.add(name)
            city = self.rng.choice(names.CITIES)[0]
            domain = _ascii(f"{first}{second}") + ".se"
            row = self.add(
                "organisation",
                id=self.id("organisation", len(self.orgs)),
                name=name,
                org_number=self.org_number(),
                city=city,
            )
            row_domain = domain if len(self.orgs) < 1000 else f"org{len(self.orgs)}.{domain}"
            self.orgs.append({**row, "_domain": row_domain})
        self.agent_orgs = []
        for i, agent_name in enumerate(names.AGENTS):
            org = self.add(
                "organisation",
                id=self.id("organisation", "agent", i),
                name=agent_name,
                org_number=self.org_number(),
                city=self.rng.choice(names.CITIES)[0],
            )
            self.agent_orgs.append(
                self.add(
                    "agent",
                    id=demo_agent_id(self.tenant_id, self.seed, i),
                    organisation_id=org["id"],
                    name=agent_name,
                )
            )
        n_customers = max(1, n // 5)
        for i, org in enumerate(self.orgs[:n_customers]):
            cust = self.add(
                "customer",
                id=self.id("customer", i),
                organisation_id=org["id"],
                customer_number=f"K{10000 + i}",
            )
            start = date(self.today.year - self.rng.randint(0, 3), 1, 1)
            self.add(
                "contract",
                id=self.id("contract", i),
                customer_id=cust["id"],
                title=f"Ramavtal utbildning {start.year}–{start.year + 3}",
                starts_on=start,
                ends_on=date(start.year + 3, 12, 31),
            )

    def _person(
        self, i: int, *, org: dict[str, Any] | None, title: str, born: date | None, pnr: bool
    ) -> dict[str, Any]:
        female = self.rng.random() < 0.5
        first = self.rng.choice(names.FIRST_NAMES_F if female else names.FIRST_NAMES_M)
        last = self.rng.choice(names.LAST_NAMES)
        street, postal, city = self.address()
        person = self.add(
            "person",
            id=self.id("person", i),
            first_name=first,
            last_name=last,
            personnummer=self.personnummer(born) if (pnr and born) else None,
            birth_date=born,
            organisation_id=org["id"] if org else None,
            title=title,
            street=street,
            postal_code=postal,
            city=city,
            country="SE",
            notes="",
            created_at=self.days_ago(60, 1500),
        )
        domain = (
            org["_domain"] if org else self.rng.choice(("gmail.com", "outlook.com", "telia.com"))
        )
        local = _ascii(f"{first}.{last}")
        address = f"{local}{i}@{domain}" if org is None or i % 7 == 0 else f"{local}.{i}@{domain}"
        person["_email"] = address
        self.add(
            "person_email",
            id=self.id("person_email", i, 0),
            person_id=person["id"],
            address=address,
            kind="work" if org else "private",
            is_primary=True,
            position=0,
        )
        if self.rng.random() < 0.15:
            self.add(
                "person_email",
                id=self.id("person_email", i, 1),
                person_id=person["id"],
                address=f"{local}{i}@{self.rng.choice(('gmail.com', 'hotmail.com'))}",
                kind="private",
                is_primary=False,
                position=1,
            )
        if self.rng.random() < 0.7:
            person["_phone"] = self.phone()
            self.add(
                "person_phone",
                id=self.id("person_phone", i),
                person_id=person["id"],
                number=person["_phone"],
                kind="mobile",
                is_primary=True,
                position=0,
            )
        return person

    def persons(self) -> None:
        n = self.sizes.persons
        n_alumni = min(self.sizes.alumni, max(1, n // 8))
        n_managers = max(1, min(n // 12, len(self.orgs) * 4))
        self.managers: list[dict[str, Any]] = []
        self.managers_by_org: dict[str, list[dict[str, Any]]] = {}
        self.alumni_persons: list[dict[str, Any]] = []
        self.participants: list[dict[str, Any]] = []
        for i in range(n):
            if i < n_managers:
                org = self.orgs[i % len(self.orgs)]
                p = self._person(
                    i, org=org, title=self.rng.choice(names.MANAGER_TITLES), born=None, pnr=False
                )
                self.managers.append(p)
                self.managers_by_org.setdefault(org["id"], []).append(p)
                self._link_category(p, "manager")
            elif i < n_managers + n_alumni:
                born = date(
                    self.rng.randint(1965, 2001), self.rng.randint(1, 12), self.rng.randint(1, 28)
                )
                alumnus_org = self.rng.choice(self.orgs) if self.rng.random() < 0.5 else None
                p = self._person(
                    i, org=alumnus_org, title=self.rng.choice(names.TITLES), born=born, pnr=True
                )
                self.alumni_persons.append(p)
            else:
                org = self.rng.choice(self.orgs)
                p = self._person(
                    i, org=org, title=self.rng.choice(names.TITLES), born=None, pnr=False
                )
                self.participants.append(p)
        if not self.participants:
            self.participants = list(self.managers)
        # Some participants are mentors (a category the office gives, issue 15): every
        # seventh, no random draw, so the rest of the demo stays as it was.
        for p in self.participants[::7]:
            self._link_category(p, "mentor")
        for i, cust in enumerate(self.data.rows["customer"]):
            org_managers = self.managers_by_org.get(cust["organisation_id"]) or self.managers
            contact = org_managers[0]
            for role in ("main_contact", "notification_recipient"):
                self.add(
                    "contact",
                    id=self.id("contact", i, role),
                    person_id=contact["id"],
                    role=role,
                    customer_id=cust["id"],
                )
            self._link_category(contact, "contact")
        self._organisation_contacts()
        self._attestant_contacts()

    def _attestant_contacts(self) -> None:
        """Seed 004's customer attestants: each organisation's second manager (another
        manager when it has one only) is its contact in the role Attestant, whom the agent
        order form offers; the first manager orders (no random draws)."""
        self.attestant_of: dict[str, dict[str, Any]] = {}
        for i, org in enumerate(self.orgs):
            own = self.managers_by_org.get(org["id"], [])
            orderer = (own or self.managers)[0]
            others = [p for p in (*own[1:], *self.managers) if p["id"] != orderer["id"]]
            if not others:
                continue
            person = others[0]
            self.attestant_of[org["id"]] = person
            self.add(
                "contact",
                id=self.id("contact", "organisation", i, "attestant"),
                person_id=person["id"],
                role="attestant",
                organisation_id=org["id"],
            )
            self._link_category(person, "contact")

    def _organisation_contacts(self) -> None:
        """Seed 002's contacts of organisations: each of the first five has its first
        manager as main contact and notification recipient, its second as notification
        recipient (no random draws: the rest of the demo stays as it was)."""
        for i, org in enumerate(self.orgs[:5]):
            for n, person in enumerate(self.managers_by_org.get(org["id"], [])[:2]):
                roles = ("main_contact", "notification_recipient")[n:]
                for role in roles:
                    self.add(
                        "contact",
                        id=self.id("contact", "organisation", i, n, role),
                        person_id=person["id"],
                        role=role,
                        organisation_id=org["id"],
                    )
                self._link_category(person, "contact")

    def _link_category(self, person: dict[str, Any], key: str) -> None:
        if (person["id"], key) in self._linked:
            return
        self._linked.add((person["id"], key))
        self.add(
            "person_category",
            id=self.id("person_category", person["id"], key),
            person_id=person["id"],
            category_id=self.cat[key],
        )

    def courses(self) -> None:
        self.rounds: list[dict[str, Any]] = []
        n_courses = self.sizes.courses
        for c in range(n_courses):
            title, description = names.COURSES[c % len(names.COURSES)]
            if c >= len(names.COURSES):
                title = f"{title} {c // len(names.COURSES) + 1}"
            course = self.add(
                "course",
                id=self.id("course", c),
                code=f"KU{101 + c}",
                name=title,
                description=description,
            )
            course["_title"] = title
        courses = self.data.rows["course"]
        for r in range(self.sizes.rounds):
            course = courses[r % n_courses]
            # Rounds spread from half a year back to a year ahead.
            start = self.today + timedelta(days=round(-180 + 540 * r / max(1, self.sizes.rounds)))
            start += timedelta(days=self.rng.randint(0, 20))
            length = self.rng.choice((1, 2, 3, 5))
            end = start + timedelta(days=length - 1)
            term = f"{'VT' if start.month <= 6 else 'HT'}{start.year}"
            if end < self.today:
                status = RoundStatus.CLOSED
            elif self.rng.random() < 0.08:
                status = RoundStatus.CANCELLED
            elif start > self.today + timedelta(days=200):
                status = RoundStatus.PLANNED
            else:
                status = RoundStatus.OPEN
            city = self.rng.choice(names.CITIES)[0]
            round_ = self.add(
                "course_round",
                id=self.id("course_round", r),
                course_id=course["id"],
                name=f"{course['_title']}, {city} {term}",
                term=term,
                starts_on=start,
                ends_on=end,
                place=f"{city}, Konferens {self.rng.choice(names.STREETS)}",
                # Rounds get ~42 registrations each (round-robin): room for all of them.
                seats=self.rng.choice((45, 48, 50, 60)),
                status=str(status),
                terms_text=(
                    "Avgiften faktureras efter kursen. Avbokning senast 14 dagar före start "
                    "är kostnadsfri; därefter debiteras halva avgiften."
                ),
                terms_version="2026-1",
            )
            self.rounds.append(round_)
            self._sessions(round_, r)
            if status == RoundStatus.OPEN:
                self._signup_form(round_, r)

    def _sessions(self, round_: dict[str, Any], r: int) -> None:
        """One session (kurstillfälle) per day of the round, 09:00-16:00 (the last day ends
        at noon), in one of four rooms, led by one of the people. Chosen without the random
        generator, so the rest of the demo stays as it was."""
        people = self.data.rows["person"]
        leader = people[(r * 7) % len(people)]["id"] if people else None
        days = (round_["ends_on"] - round_["starts_on"]).days + 1
        for d in range(days):
            self.add(
                "round_session",
                id=self.id("round_session", r, d),
                round_id=round_["id"],
                day=round_["starts_on"] + timedelta(days=d),
                start_minute=9 * 60,
                end_minute=(12 if d == days - 1 and days > 1 else 16) * 60,
                room=f"Sal {'ABCD'[r % 4]}",
                leader_id=leader,
            )

    def _signup_form(self, round_: dict[str, Any], r: int) -> None:
        form = self.add(
            "signup_form",
            id=self.id("signup_form", r),
            round_id=round_["id"],
            heading=f"Anmälan: {round_['name']}",
            intro="Välkommen med din anmälan. Din chef får ett mejl för att godkänna den.",
            banner_url="",
            confirmation_text="Tack för din anmälan! Du får en bekräftelse när chefen godkänt.",
            published=True,
        )
        kinds = [
            (FormElementKind.FIRST_NAME, "Förnamn", True, []),
            (FormElementKind.LAST_NAME, "Efternamn", True, []),
            (FormElementKind.EMAIL, "E-postadress", True, []),
            (FormElementKind.ORGANISATION, "Organisation", True, []),
            (FormElementKind.APPROVING_MANAGER, "Godkännande chef (e-post)", True, []),
            (FormElementKind.TEXT, "Önskemål om specialkost", False, []),
            (
                FormElementKind.CHOICE,
                "Hur hörde du talas om kursen?",
                False,
                ["Kollega", "Nyhetsbrev", "Webbplats", "Annat"],
            ),
            (
                FormElementKind.CHECKBOX,
                "Jag samtycker till att mina uppgifter behandlas för anmälan",
                True,
                [],
            ),
        ]
        for pos, (kind, label, required, options) in enumerate(kinds):
            self.add(
                "form_element",
                id=self.id("form_element", r, pos),
                form_id=form["id"],
                kind=str(kind),
                label=label,
                required=required,
                position=pos,
                require_email_confirmation=kind == FormElementKind.APPROVING_MANAGER,
                options=options,
            )

    def registrations(self) -> None:
        usable = [r for r in self.rounds if r["status"] != RoundStatus.CANCELLED] or self.rounds
        taken: set[tuple[str, str]] = set()
        states = ("not_requested", "requested", "approved")
        for i in range(self.sizes.registrations):
            round_ = usable[i % len(usable)]
            participant = self.rng.choice(self.participants)
            attempts = 0
            while (round_["id"], participant["id"]) in taken and attempts < 20:
                participant = self.rng.choice(self.participants)
                attempts += 1
            taken.add((round_["id"], participant["id"]))
            org_id = participant["organisation_id"]
            managers = self.managers_by_org.get(org_id or "", [])
            mode = self.rng.random()
            manager = managers[i % len(managers)] if managers and mode < 0.75 else None
            form_name = form_email = None
            if manager is None and mode < 0.9:
                first = self.rng.choice(names.FIRST_NAMES_F + names.FIRST_NAMES_M)
                last = self.rng.choice(names.LAST_NAMES)
                form_name = f"{first} {last}"
                form_email = f"{_ascii(first)}.{_ascii(last)}@{_ascii(last)}chef.se"
            approver = manager["_email"] if manager else form_email
            # Every state appears; closed rounds are mostly approved.
            state = (
                states[i % 3]
                if i < 30
                else self.rng.choices(
                    states,
                    weights=(2, 3, 5) if round_["status"] == RoundStatus.CLOSED else (4, 3, 3),
                )[0]
            )
            if approver is None:
                state = "not_requested"
            created = self.days_ago(20, 200)
            reg = self.add(
                "registration",
                id=self.id("registration", i),
                round_id=round_["id"],
                participant_id=participant["id"],
                approving_manager_id=manager["id"] if manager else None,
                organisation_id=org_id,
                form_manager_name=form_name,
                form_manager_email=form_email,
                signup_answers={},
                status="cancelled" if self.rng.random() < 0.04 else "registered",
                created_at=created,
                approval_request_count=0,
            )
            if state in ("requested", "approved"):
                count = self.rng.choice((1, 1, 1, 2, 3))
                requested = created + timedelta(hours=self.rng.randint(1, 200))
                reg["approval_requested_at"] = requested
                reg["approval_request_count"] = count
                if manager:
                    self._activity(
                        manager,
                        reg,
                        ActivityKind.APPROVAL_REQUESTED,
                        requested,
                        participant,
                        approver,
                    )
                if state == "approved":
                    approved = requested + timedelta(hours=self.rng.randint(1, 96))
                    reg["approved_at"] = approved
                    reg["approved_by_email"] = approver
                    reg["approval_terms_version"] = round_["terms_version"]
                    if manager:
                        self._activity(
                            manager,
                            reg,
                            ActivityKind.REGISTRATION_APPROVED,
                            approved,
                            participant,
                            approver,
                        )

    def _activity(
        self,
        person: dict[str, Any],
        reg: dict[str, Any],
        kind: ActivityKind,
        at: datetime,
        participant: dict[str, Any],
        recipient: str | None,
    ) -> None:
        subject = {
            ActivityKind.APPROVAL_REQUESTED: "Approval requested",
            ActivityKind.REGISTRATION_APPROVED: "Registration approved",
        }.get(kind, str(kind))
        self.add(
            "activity",
            id=self.id("activity", reg["id"], kind),
            person_id=person["id"],
            kind=str(kind),
            subject=f"{subject}: {participant['first_name']} {participant['last_name']}",
            body="",
            occurred_at=at,
            registration_id=reg["id"],
            actor=DEMO_USERS[Role.COURSE_ADMIN][0],
            data={"recipient": recipient},
        )

    def alumni(self) -> None:
        self.add(
            "alumni_rule",
            id=self.id("alumni_rule", 0),
            kind=str(AlumniRuleKind.DEGREE_AWARDED),
            params={},
            position=0,
            active=True,
            description="En examen från lärosätet finns registrerad",
        )
        self.add(
            "alumni_rule",
            id=self.id("alumni_rule", 1),
            kind=str(AlumniRuleKind.MIN_CREDITS),
            params={"min_credits": 180},
            position=1,
            active=True,
            description="Minst 180 högskolepoäng",
        )
        statuses = list(AlumniStatus)
        weights = {
            AlumniStatus.RECEIVED: 2,
            AlumniStatus.APPROVED_REGISTERED_ALUMNUS: 3,
            AlumniStatus.APPROVED_ALUMNUS: 4,
            AlumniStatus.NOT_APPROVED: 6,
            AlumniStatus.APPROVED_MANUALLY: 2,
            AlumniStatus.DENIED: 2,
            AlumniStatus.UNREGISTERED: 1,
        }
        officer = DEMO_USERS[Role.ALUMNI_OFFICER][1]
        self._returning = 0
        wanted: list[tuple[datetime, int, AlumniStatus]] = []
        for i in range(self.sizes.alumni):
            status = (
                statuses[i]
                if i < len(statuses)
                else self.rng.choices(statuses, weights=[weights[s] for s in statuses])[0]
            )
            wanted.append((self.days_ago(1, 400), i, status))
        # In the order they came in: each is decided as the rules decide it given what the
        # person's earlier registrations made of them (seed 001; ``alumni_decision``).
        for received, i, status in sorted(wanted):
            self._alumni_registration(i, status, received, officer)
        for person in self.alumni_persons:
            if person.get("_registered"):
                self._link_category(person, CategoryKey.REGISTERED_ALUMNUS)

    def _alumni_registration(
        self, i: int, wanted: AlumniStatus, received: datetime, officer: str
    ) -> None:
        """Registration ``i``: ``wanted`` when the rules allow it, else what they decide."""
        person = self.alumni_persons[i % len(self.alumni_persons)] if self.alumni_persons else None
        code, program = self.rng.choice(names.PROGRAMS)
        year = self.rng.randint(1990, self.today.year - 1)
        known = person.get("_record") if person else None
        if known:
            # The person registered before: read against the same student record.
            code, program, year = known["code"], known["program"], known["year"]
        row = self.add(
            "alumni_registration",
            id=self.id("alumni_registration", i),
            person_id=None,
            email=person["_email"] if person else f"alumn{i}@example.se",
            first_name=person["first_name"] if person else "Alva",
            last_name=person["last_name"] if person else "Alumn",
            personnummer=person["personnummer"] if person else None,
            # A phone of the profile: another would be a proposal (an update, or "match not
            # certain"), which the demo models only as a new last name (_updates_details).
            phone=person.get("_phone") if person else self.phone(),
            program=program,
            graduation_year=year,
            answers={"newsletter": self.rng.random() < 0.6},
            language="sv",
            status=str(AlumniStatus.RECEIVED),
            received_at=received,
            attempts=0,
            decision_details={},
        )
        if wanted == AlumniStatus.RECEIVED or person is None:
            return
        degree_ok = known["degree_ok"] if known else wanted not in _NO_DEGREE
        credits = float(
            self.rng.choice((195, 210, 240, 300))
            if degree_ok
            else self.rng.choice((45, 87.5, 120, 150))
        )
        if known:
            credits = known["credits"]
        self._student_record(i, person, code, program, year, credits, degree_ok)
        if person.get("_alumnus") is None:
            # "Alumn" is what the student records say: a degree from the university.
            person["_alumnus"] = degree_ok
            if degree_ok:
                self._link_category(person, CategoryKey.ALUMNUS)
        decided = alumni_decision(
            alumnus=bool(person["_alumnus"]),
            registered=bool(person.get("_registered")),
            wanted=wanted,
        )
        # An approved alumnus may have ended the membership since with their own form.
        ended = wanted == AlumniStatus.UNREGISTERED and decided in _REGISTERS
        status = AlumniStatus.UNREGISTERED if ended else decided
        matched_on = self.rng.choice(("email", "personnummer"))
        who = f"{person['first_name']} {person['last_name']} (matched on " + (
            "e-mail)" if matched_on == "email" else "personnummer)"
        )
        automatic = decided if decided in AUTOMATIC_OUTCOMES else AlumniStatus.NOT_APPROVED
        records = (
            f"degree awarded: {names.DEGREES[code]}; credits {credits:g} ≥ 180"
            if degree_ok
            else f"No degree found in student records; credits {credits:g} < 180"
        )
        reason = {
            AlumniStatus.APPROVED_REGISTERED_ALUMNUS: f"{who} is already a registered alumnus",
            AlumniStatus.APPROVED_ALUMNUS: f"{who} is an alumnus; now a registered alumnus",
            AlumniStatus.NOT_APPROVED: (
                f"{who} is neither an alumnus nor a registered alumnus; student records: {records}"
            ),
        }[automatic]
        row.update(
            person_id=person["id"],
            status=str(status),
            matched_on=matched_on,
            decided_at=received + timedelta(minutes=self.rng.randint(1, 30)),
            decision_reason=reason,
            decision_details={"credits": credits, "degree": degree_ok},
        )
        if status == AlumniStatus.APPROVED_REGISTERED_ALUMNUS:
            self._returning += 1
            if self._returning % 3 == 1:  # one in three updates their details (a new name)
                self._updates_details(row, person)
        if status in (AlumniStatus.APPROVED_MANUALLY, AlumniStatus.DENIED):
            row["decided_by"] = officer
            row["decided_at"] = received + timedelta(days=self.rng.randint(1, 20))
        if status == AlumniStatus.DENIED:
            row["denial_reason"] = self.rng.choice(names.DENIAL_REASONS)
        if status == AlumniStatus.UNREGISTERED:
            row["decided_by"] = row["email"]
            person["_registered"] = False
        elif status in _REGISTERS:
            person["_registered"] = True

    def _updates_details(self, row: dict[str, Any], person: dict[str, Any]) -> None:
        """A returning registered alumnus with a new last name: approved, the name a
        proposal for the alumni office to apply or discard (seed 001; issue 20)."""
        new = self.rng.choice([n for n in names.LAST_NAMES if n != person["last_name"]])
        old = f"{person['first_name']} {person['last_name']}"
        row["last_name"] = new
        row["proposed"] = {"last_name": new}
        row["proposal_state"] = "pending"
        row["decision_reason"] += "; updates their details"
        row["decision_details"] = {
            **row["decision_details"],
            "mismatch": [
                {
                    "field": "name",
                    "code": "name_differs",
                    "registration": f"{person['first_name']} {new}",
                    "profile": old,
                }
            ],
        }

    def _student_record(
        self,
        i: int,
        person: dict[str, Any],
        code: str,
        program: str,
        year: int,
        credits: float,
        degree_ok: bool,
    ) -> None:
        if person.get("_record"):
            return
        person["_record"] = {
            "code": code,
            "program": program,
            "year": year,
            "credits": credits,
            "degree_ok": degree_ok,
        }
        self.add(
            "student_record",
            id=self.id("student_record", i),
            person_id=person["id"],
            personnummer=person["personnummer"],
            email=person["_email"],
            first_name=person["first_name"],
            last_name=person["last_name"],
            program_code=code,
            program_name=program,
            degree=names.DEGREES[code] if degree_ok else None,
            credits=credits,
            graduation_year=year if degree_ok else None,
            source="import",
            street=person["street"],
            postal_code=person["postal_code"],
            city=person["city"],
            notes="",
        )

    def agent_orders(self) -> None:
        order = [
            OrderState.ORDERED,
            OrderState.AGENT_REVIEW,
            OrderState.AGENT_APPROVED,
            OrderState.REJECTED,
            OrderState.AGENT_ATTESTED,
            OrderState.CUSTOMER_ATTESTED,
            OrderState.CASE_CREATED,
        ]
        path = [
            OrderState.ORDERED,
            OrderState.AGENT_REVIEW,
            OrderState.AGENT_APPROVED,
            OrderState.AGENT_ATTESTED,
            OrderState.CUSTOMER_ATTESTED,
            OrderState.CASE_CREATED,
        ]
        handler = DEMO_USERS[Role.AGENT_CASE_HANDLER][0]
        attestant = DEMO_USERS[Role.ATTESTANT][0]
        for i in range(self.sizes.agent_orders):
            state = order[i % len(order)]
            agent = self.agent_orgs[i % len(self.agent_orgs)]
            customer = self.rng.choice(self.orgs)
            contact = (self.managers_by_org.get(customer["id"]) or self.managers)[0]
            # The organisation's attestant contact attests (never the one who ordered).
            attests = self.attestant_of.get(customer["id"], contact)
            ordered = self.days_ago(5, 120)
            street, postal, city = self.address()
            row = self.add(
                "agent_order",
                id=self.id("agent_order", i),
                number=f"AO-{self.today.year}-{i + 1:04d}",
                agent_id=agent["id"],
                customer_organisation_id=customer["id"],
                service=self.rng.choice(names.AGENT_SERVICES),
                details={"address": f"{street}, {postal} {city}", "contact_phone": self.phone()},
                ordered_by_name=f"{contact['first_name']} {contact['last_name']}",
                ordered_by_email=contact["_email"],
                customer_attestant_email=attests["_email"],
                state=str(state),
                ordered_at=ordered,
                terms_accepted=False,
                billing={},
                attest_info={},
                rejected_reason="",
            )
            steps = (
                [OrderState.ORDERED, OrderState.AGENT_REVIEW, OrderState.REJECTED]
                if (state == OrderState.REJECTED)
                else path[: path.index(state) + 1]
            )
            at = ordered
            for n, step in enumerate(steps):
                at = at + timedelta(hours=self.rng.randint(2, 48)) if n else at
                self._order_step(row, step, at, i, n, handler, attestant, (contact, attests))

    def _order_step(
        self,
        row: dict[str, Any],
        step: OrderState,
        at: datetime,
        i: int,
        n: int,
        handler: str,
        attestant: str,
        customer: tuple[dict[str, Any], dict[str, Any]],
    ) -> None:
        orderer, customer_attestant = customer
        actor = {
            OrderState.ORDERED: orderer["_email"],
            OrderState.AGENT_ATTESTED: attestant,
            OrderState.CUSTOMER_ATTESTED: customer_attestant["_email"],
            OrderState.CASE_CREATED: "system",
        }.get(step, handler)
        data_hash = hashlib.sha256(f"{row['id']}:{step}".encode()).hexdigest()
        if step == OrderState.AGENT_REVIEW:
            row.update(case_handler_email=handler, review_started_at=at)
        elif step == OrderState.AGENT_APPROVED:
            row.update(
                terms_accepted=True,
                terms_version="2026-1",
                agent_attestant_email=attestant,
                billing={"reference": f"Ref {1000 + i}", "address": row["details"]["address"]},
                attest_info={"signing_method": "sms"},
                approved_at=at,
                approved_in_session=hashlib.sha256(f"session-{i}".encode()).hexdigest(),
            )
        elif step == OrderState.REJECTED:
            row.update(
                rejected_reason="Adressen saknar fiberförutsättningar.", rejected_by_email=handler
            )
        elif step == OrderState.AGENT_ATTESTED:
            row["agent_attested_at"] = at
        elif step == OrderState.CUSTOMER_ATTESTED:
            row["customer_attested_at"] = at
        elif step == OrderState.CASE_CREATED:
            row.update(case_number=f"SD-{40000 + i}", case_created_at=at)
            self._service_desk_case(row, at, i)
        self.add(
            "agent_order_step",
            id=self.id("agent_order_step", i, n),
            order_id=row["id"],
            state=str(step),
            actor_email=actor,
            at=at,
            note="",
            data_hash=data_hash,
        )
        if step in (OrderState.AGENT_ATTESTED, OrderState.CUSTOMER_ATTESTED):
            self.add(
                "signature",
                id=self.id("signature", i, step),
                order_id=row["id"],
                role="agent_attestant"
                if step == OrderState.AGENT_ATTESTED
                else "customer_attestant",
                method="sms" if i % 2 else "bankid",
                signer_email=actor,
                signer_name="",
                signed_at=at,
                data_hash=data_hash,
            )

    def _service_desk_case(self, order: dict[str, Any], at: datetime, i: int) -> None:
        """The service desk's case of an attested order (seed 004 step 5), taken by the demo's
        service desk, with a note (no random draws: the rest of the demo stays as it was)."""
        _email, desk_name = DEMO_USERS[Role.SERVICE_DESK]
        case = self.add(
            "service_desk_case",
            id=self.id("service_desk_case", i),
            number=order["case_number"],
            order_id=order["id"],
            status="in_progress",
            assignee_id=None,
            assignee_name=desk_name,
            title=f"{order['service']} ({order['number']})",
            created_at=at,
            resolved_at=None,
        )
        self.add(
            "service_desk_note",
            id=self.id("service_desk_note", i),
            case_id=case["id"],
            author=desk_name,
            at=at + timedelta(hours=3),
            text="Agenten har fått uppdraget och bokar installation med kunden.",
        )

    def waiting_list(self) -> None:
        """The first open round is full and three wait for a place (issue 15): its three
        latest registrations are on its waiting list, in the order they signed up, and its
        seats are the places the others take. No rows added and no random draws, so the
        sizes and the rest of the demo stay."""
        round_ = next((r for r in self.rounds if r["status"] == RoundStatus.OPEN), None)
        if round_ is None:
            return
        inside = sorted(
            (
                g
                for g in self.data.rows["registration"]
                if g["round_id"] == round_["id"] and g["status"] == "registered"
            ),
            key=lambda g: (g["created_at"], g["id"]),
        )
        if len(inside) < 4:
            return
        for reg in inside[-3:]:
            reg["status"] = "waiting"
        round_["seats"] = len(inside) - 3

    def build(self) -> DemoData:
        self.categories()
        self.organisations()
        self.persons()
        self.courses()
        self.registrations()
        self.alumni()
        self.agent_orders()
        self.waiting_list()
        for rows in self.data.rows.values():
            for row in rows:
                for key in [k for k in row if k.startswith("_")]:
                    del row[key]
        return self.data


def generate(
    *,
    tenant_id: str,
    sizes: DemoSizes | None = None,
    seed: int = DEMO_SEED,
    today: date | None = None,
) -> DemoData:
    """Demo rows for ``tenant_id`` (a UUID): the same arguments give the same rows."""
    return _Builder(tenant_id, seed, sizes or DemoSizes(), today or date.today()).build()
