"""The data of the Alumni queue's detail pane: one registration, its person, its student records.

Read in one operation on the database executor. The three columns of the
pane (what the alumnus entered, the matched person, the student records)
are laid out here as :class:`Comparison` lines, each saying which cells
differ from what the alumnus entered, so the pane only paints.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import or_, select, text

from desktop.alumni.query import AlumniRow, rows_sql
from desktop.operations import OpContext
from models import AlumniRegistration, Category, Person, PersonCategory, PersonEmail, PersonPhone
from models.alumni import StudentRecord
from models.alumni_matching import email_key, name_similarity, personnummer_key
from models.alumni_proposals import address_of, proposed_address, same_address
from models.alumni_rules import format_credits
from models.validators import format_personnummer


@dataclass(frozen=True)
class Cell:
    """One value of the comparison; ``differs`` when it disagrees with what was entered."""

    text: str
    differs: bool = False


@dataclass(frozen=True)
class Comparison:
    """One line of the three columns: a field, entered / person / student records."""

    key: str
    entered: Cell
    person: Cell
    records: Cell


@dataclass(frozen=True)
class Mismatch:
    """Why a match on one identifier was not confirmed: one field, both values (seed 001;
    security issue 13, item 1). ``code`` is the server's machine code, shown translated."""

    field: str
    code: str
    registration: str
    profile: str


@dataclass(frozen=True)
class RuleLine:
    held: bool
    reason: str


@dataclass
class AlumniDetail:
    """Everything the detail pane shows of one alumni registration."""

    row: AlumniRow
    person_id: str | None
    person_name: str
    matched_on: str
    match_score: int | None
    match_conflict: str
    categories: list[str]
    record_count: int
    comparison: list[Comparison]
    rules: list[RuleLine]
    notes: list[str]
    #: This user's decision still in the outbox: its command id (for undo), or None.
    queued_command_id: str | None
    #: Candidates the automatic check saw (the server's current list needs a connection).
    stored_candidates: list[dict[str, Any]] = field(default_factory=list)
    #: What of the registration disagrees with the matched profile (empty: confirmed).
    mismatch: list[Mismatch] = field(default_factory=list)
    #: What the form gave that the profile lacks (field -> value), applied on approval.
    proposed: dict[str, str] = field(default_factory=dict)
    #: "", "pending", "applied" or "discarded".
    proposal_state: str = ""


def _pnr(value: str | None) -> str:
    if not value:
        return ""
    try:
        return format_personnummer(value)
    except Exception:  # a non-canonical value is shown as it was typed
        return value


def _year(value: object) -> str:
    return str(value) if value else ""


def _joined(values: list[str]) -> str:
    return " / ".join(dict.fromkeys(v for v in values if v))


def compare(
    reg: AlumniRegistration,
    person: Person | None,
    emails: list[str],
    phones: list[str],
    records: list[StudentRecord],
    *,
    today: date,
) -> list[Comparison]:
    """The comparison lines; a cell differs when it has a value unlike the entered one."""
    entered_name = f"{reg.first_name} {reg.last_name}".strip()
    entered_email = email_key(reg.email) or (reg.email or "").strip().lower()
    entered_pnr = personnummer_key(reg.personnummer, today=today)

    def same_name(first: str, last: str) -> bool:
        return name_similarity(reg.first_name, reg.last_name, first, last) >= 0.999

    lines: list[Comparison] = []
    person_name = person.full_name if person else ""
    record_names = [f"{r.first_name} {r.last_name}".strip() for r in records]
    lines.append(
        Comparison(
            "name",
            Cell(entered_name),
            Cell(person_name, bool(person and not same_name(person.first_name, person.last_name))),
            Cell(
                _joined(record_names),
                bool(
                    records
                    and any(n for n in record_names)
                    and not any(same_name(r.first_name, r.last_name) for r in records)
                ),
            ),
        )
    )
    record_emails = [email_key(r.email) or "" for r in records]
    lines.append(
        Comparison(
            "email",
            Cell(reg.email or ""),
            Cell(
                _joined(emails),
                bool(person and emails and entered_email and entered_email not in emails),
            ),
            Cell(
                _joined(record_emails),
                bool(any(record_emails) and entered_email and entered_email not in record_emails),
            ),
        )
    )
    person_pnr = person.personnummer if person else None
    record_pnrs = [r.personnummer or "" for r in records]
    lines.append(
        Comparison(
            "personnummer",
            Cell(_pnr(entered_pnr) or (reg.personnummer or "")),
            Cell(_pnr(person_pnr), bool(entered_pnr and person_pnr and person_pnr != entered_pnr)),
            Cell(
                _joined([_pnr(p) for p in record_pnrs]),
                bool(entered_pnr and any(record_pnrs) and entered_pnr not in record_pnrs),
            ),
        )
    )
    lines.append(
        Comparison(
            "phone",
            Cell(reg.phone or ""),
            Cell(_joined(phones), bool(person and reg.phone and reg.phone not in phones)),
            Cell(""),
        )
    )
    record_places = [proposed_address(address_of(r)) for r in records]
    lines.append(
        Comparison(
            "address",
            Cell(proposed_address(address_of(reg))),
            Cell(
                proposed_address(address_of(person)) if person else "",
                bool(person and reg.street and person.street and not same_address(reg, person)),
            ),
            Cell(_joined(record_places)),
        )
    )
    programs = [r.program_name or r.program_code for r in records]
    wanted = (reg.program or "").strip().casefold()
    lines.append(
        Comparison(
            "program",
            Cell(reg.program or ""),
            Cell(""),
            Cell(
                _joined(programs),
                bool(
                    wanted
                    and any(programs)
                    and not any(
                        wanted in (r.program_name.strip().casefold(), r.program_code.casefold())
                        for r in records
                    )
                ),
            ),
        )
    )
    years = [r.graduation_year for r in records if r.graduation_year]
    lines.append(
        Comparison(
            "graduation_year",
            Cell(_year(reg.graduation_year)),
            Cell(""),
            Cell(
                _joined([_year(y) for y in years]),
                bool(reg.graduation_year and years and reg.graduation_year not in years),
            ),
        )
    )
    lines.append(
        Comparison(
            "degree", Cell(""), Cell(""), Cell(_joined([(r.degree or "").strip() for r in records]))
        )
    )
    lines.append(
        Comparison(
            "credits",
            Cell(""),
            Cell(""),
            Cell(_joined([format_credits(r.credits or 0.0) for r in records]) if records else ""),
        )
    )
    return lines


def load_detail(ctx: OpContext, registration_id: str, *, today: date) -> AlumniDetail | None:
    """The detail of one alumni registration, or None when it no longer exists."""
    with ctx.read() as s:
        reg = s.get(AlumniRegistration, registration_id)
        if reg is None or reg.deleted_at is not None:
            return None
        found = s.execute(text(rows_sql(1)), {"id0": registration_id}).first()
        if found is None:
            return None
        row = AlumniRow.from_sql(found)
        person = s.get(Person, reg.person_id) if reg.person_id else None
        emails: list[str] = []
        phones: list[str] = []
        categories: list[str] = []
        if person is not None:
            emails = list(
                s.scalars(
                    select(PersonEmail.address)
                    .where(PersonEmail.person_id == person.id, PersonEmail.deleted_at.is_(None))
                    .order_by(PersonEmail.is_primary.desc(), PersonEmail.position)
                )
            )
            phones = list(
                s.scalars(
                    select(PersonPhone.number)
                    .where(PersonPhone.person_id == person.id, PersonPhone.deleted_at.is_(None))
                    .order_by(PersonPhone.is_primary.desc(), PersonPhone.position)
                )
            )
            categories = list(
                s.scalars(
                    select(Category.name)
                    .join(PersonCategory, PersonCategory.category_id == Category.id)
                    .where(
                        PersonCategory.person_id == person.id,
                        PersonCategory.deleted_at.is_(None),
                    )
                    .order_by(Category.name)
                )
            )
        details = reg.decision_details if isinstance(reg.decision_details, dict) else {}
        record_ids = (details.get("student_records") or {}).get("record_ids") or []
        conditions = []
        if reg.person_id:
            conditions.append(StudentRecord.person_id == reg.person_id)
        if record_ids:
            conditions.append(StudentRecord.id.in_([str(i) for i in record_ids]))
        records: list[StudentRecord] = []
        if conditions:
            records = list(
                s.scalars(
                    select(StudentRecord)
                    .where(or_(*conditions), StudentRecord.deleted_at.is_(None))
                    .order_by(StudentRecord.graduation_year.desc(), StudentRecord.id)
                )
            )
        queued = ctx.store.queued_commands(
            "alumni.decide", "alumni_registration_id", [registration_id], session=s
        ).get(registration_id)
        match = details.get("match") or {}
        rules = [
            RuleLine(bool(r.get("held")), str(r.get("reason") or ""))
            for r in details.get("rules") or []
            if isinstance(r, dict)
        ]
        candidates = [c for c in details.get("candidates") or [] if isinstance(c, dict)]
        return AlumniDetail(
            row=row,
            person_id=reg.person_id,
            person_name=person.full_name if person else "",
            matched_on=reg.matched_on or "",
            match_score=match.get("score") if isinstance(match.get("score"), int) else None,
            match_conflict=str(match.get("conflict") or ""),
            categories=categories,
            record_count=len(records),
            comparison=compare(reg, person, emails, phones, records, today=today),
            rules=rules,
            notes=[str(n) for n in details.get("notes") or []],
            queued_command_id=queued.command_id if queued else None,
            stored_candidates=json.loads(json.dumps(candidates)),
            mismatch=_mismatch(details),
            proposed={
                str(k): str(v)
                for k, v in (reg.proposed if isinstance(reg.proposed, dict) else {}).items()
                if v
            },
            proposal_state=reg.proposal_state or "",
        )


def _mismatch(details: dict[str, Any]) -> list[Mismatch]:
    """The disagreements the automatic check recorded (``decision_details["mismatch"]``)."""
    found = details.get("mismatch") or []
    return [
        Mismatch(
            str(d.get("field") or ""),
            str(d.get("code") or ""),
            str(d.get("registration") or ""),
            str(d.get("profile") or ""),
        )
        for d in found
        if isinstance(d, dict)
    ]
