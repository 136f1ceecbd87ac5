"""A tenant for the alumni benchmark: a million persons and ten thousand received registrations.

The demo generator makes a whole office (courses, registrations, orders) and
at a million persons would spend minutes on rows this benchmark never reads,
so this module makes only what matching reads, deterministically and fast:

- ``persons`` persons, each with one lower-case e-mail address; three in five
  have a canonical personnummer (12 digits, valid check digit) and its birth
  date, as the server stores them. Written with PostgreSQL ``COPY``.
- ``registrations`` received alumni registrations: half match a person by
  e-mail (typed with capitals and spaces), a quarter by personnummer (typed
  as ``YYMMDD-NNNC``, with a new e-mail address), a quarter match nobody
  (new personnummer and address). Of the matched persons a third are
  registered alumni already, a third alumni, a third neither.
- the standard rules (degree awarded, at least 180 credits) and a student
  record for every unmatched registration (half meet the rules).

Every row gets a ``server_seq`` reserved from the tenant's ``tenant_seq``,
as :func:`server.demo.seed.insert_rows` does.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert
from stdnum import luhn

from models import AlumniRegistration, AlumniRule, Category, PersonCategory, StudentRecord, Tenant
from server.demo.names import FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES
from server.services.seq import ensure_tenant_seq, take_seq

NOW = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
TODAY = NOW.date()
FIRST = (*FIRST_NAMES_F, *FIRST_NAMES_M)
_DAYS = 20_000  # birth dates 1950-01-01 .. about 2004-10
_BORN_FROM = date(1950, 1, 1)
_FOLD = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")

PERSON_COLUMNS = (
    "id", "tenant_id", "server_seq", "updated_at", "first_name", "last_name", "personnummer",
    "birth_date", "title", "street", "postal_code", "city", "country", "notes", "created_at",
)  # fmt: skip
EMAIL_COLUMNS = (
    "id", "tenant_id", "server_seq", "updated_at", "person_id", "address", "kind",
    "is_primary", "position",
)  # fmt: skip


@dataclass
class AlumniTenant:
    """What :func:`build` made, with the counts the outcome is checked against."""

    tenant_id: str
    persons: int
    registrations: int
    expected_matched_on: dict[str, int] = field(default_factory=dict)
    expected_status: dict[str, int] = field(default_factory=dict)


class _Ids:
    """UUIDv7-shaped ids, unique and deterministic (``uuid7()`` is slow for millions)."""

    def __init__(self, prefix: int) -> None:
        self.base = (prefix & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | 0x8 << 60
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        return str(uuid.UUID(int=self.base | self.n))


def personnummer(born: date, serial: int) -> str:
    """The canonical personnummer ``YYYYMMDDNNNC`` of a birth date and a 3-digit serial."""
    short = f"{born:%y%m%d}{serial:03d}"
    return f"{born.year:04d}{short[2:]}{luhn.calc_check_digit(short)}"


def typed_personnummer(canonical: str) -> str:
    """How people type it on a form: ``YYMMDD-NNNC``."""
    return f"{canonical[2:8]}-{canonical[8:]}"


def _ascii(text: str) -> str:
    return text.translate(_FOLD).lower().replace(" ", "")


def person_values(i: int) -> tuple[str, str, str | None, date | None, str]:
    """Person ``i``: first name, last name, personnummer, birth date, e-mail address."""
    first = FIRST[(i * 7 + i // 13) % len(FIRST)]
    last = LAST_NAMES[(i * 11 + i // 17) % len(LAST_NAMES)]
    pnr = born = None
    if i % 5 < 3:
        # (day, serial) pairs are unique: 7919 is prime to _DAYS, serials are blocks of _DAYS.
        born = _BORN_FROM + timedelta(days=i * 7919 % _DAYS)
        pnr = personnummer(born, i // _DAYS)
    email = f"{_ascii(first)}.{_ascii(last)}.{i}@{('uni.example', 'mail.example')[i % 2]}"
    return first, last, pnr, born, email


def _copy(conn: Connection, table: str, columns: tuple[str, ...], rows: Iterator[tuple]) -> None:
    raw: Any = conn.connection.driver_connection
    with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as cp:
        for row in rows:
            cp.write_row(row)


def _person_rows(tenant_id: str, n: int, ids: list[str], seq0: int) -> Iterator[tuple]:
    for i in range(n):
        first, last, pnr, born, _email = person_values(i)
        created = NOW - timedelta(days=30 + i % 3000)
        yield (
            ids[i], tenant_id, seq0 + i, NOW, first, last, pnr, born,
            "", "", "", "", "SE", "", created,
        )  # fmt: skip


def _email_rows(tenant_id: str, n: int, ids: list[str], seq0: int) -> Iterator[tuple]:
    make = _Ids(0x0E0E)
    for i in range(n):
        email = person_values(i)[4]
        yield (make(), tenant_id, seq0 + i, NOW, ids[i], email, "private", True, 0)


def _plan_registrations(n_persons: int, n_regs: int) -> list[dict[str, Any]]:
    """Who registers, interleaved so that any run of registrations is the same mix.

    ``k % 4`` in 0, 1: an e-mail match, a person without a personnummer
    (``i % 5 == 3``), so the match is on the e-mail address; 2: a personnummer
    match, a person with one (``i % 5 == 0``); 3: nobody. Both person sets are
    spread evenly over all persons and are disjoint.
    """
    by_email, by_pnr = (n_regs + 1) // 2, (n_regs + 1) // 4
    if n_persons < 10 * max(by_email, by_pnr, 1):
        raise ValueError(f"{n_persons} persons are too few for {n_regs} registrations")
    email_step = (n_persons // 5) // max(by_email, 1)
    pnr_step = (n_persons // 5) // max(by_pnr, 1)
    out: list[dict[str, Any]] = []
    emails = pnrs = 0
    for k in range(n_regs):
        if k % 4 in (0, 1):
            out.append({"kind": "email", "person": 5 * email_step * emails + 3})
            emails += 1
        elif k % 4 == 2:
            out.append({"kind": "personnummer", "person": 5 * pnr_step * pnrs})
            pnrs += 1
        else:
            out.append({"kind": "none", "person": None})
    return out


def build(conn: Connection, *, persons: int, registrations: int, warmup: int = 0) -> AlumniTenant:
    """Make the tenant in ``conn``'s transaction (PostgreSQL); returns what to expect.

    ``warmup`` more registrations are received first (the same mix); the
    expected counts are those of the ``registrations`` after them.
    """
    ids = _Ids(0x0BE0C4)
    tenant_id = ids()
    conn.execute(insert(Tenant), [{"id": tenant_id, "slug": "alumni-bench", "name": "Lärosätet"}])
    plan = _plan_registrations(persons, warmup + registrations)
    # Two per person (person, e-mail), four fixed rows, at most two per registration.
    total = persons * 2 + 4 + 2 * len(plan)
    ensure_tenant_seq(conn, tenant_id)
    seq = take_seq(conn, tenant_id, total) - total + 1

    def next_seq() -> int:
        nonlocal seq
        seq += 1
        return seq - 1

    base = {"tenant_id": tenant_id, "updated_at": NOW}
    categories = {}
    for key, name in (("alumnus", "Alumnus"), ("registered_alumnus", "Registered alumnus")):
        categories[key] = ids()
        conn.execute(
            insert(Category),
            [{**base, "id": categories[key], "server_seq": next_seq(), "key": key, "name": name}],
        )
    conn.execute(
        insert(AlumniRule),
        [
            {**base, "id": ids(), "server_seq": next_seq(), "kind": "degree_awarded", "params": {},
             "position": 0, "active": True},
            {**base, "id": ids(), "server_seq": next_seq(), "kind": "min_credits",
             "params": {"min_credits": 180}, "position": 1, "active": True},
        ],
    )  # fmt: skip

    person_ids = [ids() for _ in range(persons)]
    _copy(conn, "person", PERSON_COLUMNS, _person_rows(tenant_id, persons, person_ids, seq))
    seq += persons
    _copy(conn, "person_email", EMAIL_COLUMNS, _email_rows(tenant_id, persons, person_ids, seq))
    seq += persons

    result = AlumniTenant(tenant_id, persons, registrations)
    regs, links, records = [], [], []
    for k, item in enumerate(plan):
        received = NOW - timedelta(minutes=len(plan) - k)
        row: dict[str, Any] = {
            **base, "id": ids(), "server_seq": next_seq(), "received_at": received,
            "status": "received", "program": "Civilingenjör datateknik",
            "graduation_year": 2000 + k % 25, "answers": {}, "decision_details": {},
        }  # fmt: skip
        kind, p = item["kind"], item["person"]
        if kind == "none":
            born = _BORN_FROM + timedelta(days=k * 7919 % _DAYS)
            pnr = personnummer(born, 900 + k // _DAYS)  # persons use serials below 100
            first, last = FIRST[k % len(FIRST)], LAST_NAMES[(k * 3) % len(LAST_NAMES)]
            email = f"{_ascii(first)}.{_ascii(last)}.alumn{k}@alumni.example"
            row.update(first_name=first, last_name=last, email=email,
                       personnummer=typed_personnummer(pnr))  # fmt: skip
            meets = k % 2 == 0
            records.append(
                {**base, "id": ids(), "server_seq": next_seq(), "personnummer": pnr,
                 "email": email, "first_name": first, "last_name": last,
                 "program_code": "TDATA", "program_name": "Civilingenjör datateknik",
                 "degree": "Civilingenjörsexamen" if meets else None,
                 "credits": 300.0 if meets else 90.0, "graduation_year": 2000 + k % 25,
                 "street": "Storgatan 1", "postal_code": "901 87", "city": "Umeå"}
            )  # fmt: skip
            matched_on = "created"
            status = "approved_alumnus" if meets else "not_approved"
        else:
            first, last, pnr, _born, email = person_values(p)
            row.update(first_name=first, last_name=last)
            if kind == "email":
                row.update(email=f"  {email.capitalize()} ", personnummer=None)
            else:
                assert pnr is not None
                row.update(email=f"alumn{k}@alumni.example", personnummer=typed_personnummer(pnr))
            matched_on = kind
            has = ("registered_alumnus", "alumnus", None)[k % 3]
            if has is not None:
                links.append(
                    {**base, "id": ids(), "server_seq": next_seq(), "person_id": person_ids[p],
                     "category_id": categories[has]}
                )  # fmt: skip
            status = {
                "registered_alumnus": "approved_registered_alumnus",
                "alumnus": "approved_alumnus",
                None: "not_approved",
            }[has]
        if k >= warmup:
            counts = (result.expected_matched_on, result.expected_status)
            for seen, key in zip(counts, (matched_on, status), strict=True):
                seen[key] = seen.get(key, 0) + 1
        regs.append(row)
    for model, rows in ((AlumniRegistration, regs), (PersonCategory, links),
                        (StudentRecord, records)):  # fmt: skip
        for start in range(0, len(rows), 5000):
            conn.execute(insert(model), rows[start : start + 5000])
    return result
