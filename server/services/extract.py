"""The register extract (GDPR art. 15 and 20): everything the tenant holds about one person.

:func:`person_extract` gathers it as plain JSON values (the machine-readable copy of
art. 20); :func:`extract_pdf` lays the same out as a readable PDF in the tenant's
language (fpdf2, as the invoices). Both come from one list, :data:`SOURCES`: each table
that holds something about a person and how its rows are found — by the person's id,
by a registration of theirs, by one of their e-mail addresses, by one of their
invoices. :data:`EXCLUDED` names the tables that reference a person but are left out,
each with its reason; ``tests/server/test_extract.py`` reads the schema and fails on a
table that references a person and is in neither list.

Decisions (issue 23):

- Internal notes (``person.notes``, ``registration_note``) are personal data about the
  person and are included: art. 15 has no general exemption for staff notes.
- Mails are given by subject, recipient, time and status, not by their bodies (the
  bodies are the templates' texts filled in, kept only until retention removes them).
- Technical columns (``tenant_id``, ``server_seq``) and secrets (link tokens, the
  card provider's checkout address, an SMS's text, which can be a one-time code) are
  never in the extract.
- The audit events about the person are included: who read or changed their data is
  what art. 15(1)(c) calls the recipients.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from fpdf import FPDF
from sqlalchemy import ColumnElement, Table, or_, select
from sqlalchemy.orm import Session

from models.base import Base
from models.ids import utcnow
from models.people import Person
from models.tenancy import Tenant
from server.i18n import N_, gettext, use_language

#: The extract's format name and version (the JSON's ``format`` and ``version``).
FORMAT = "kansli.register_extract"
VERSION = 1

#: Columns never given, whatever the table: the tenant's and the sync's bookkeeping.
_TECHNICAL = frozenset({"tenant_id", "server_seq"})


@dataclass(frozen=True)
class Keys:
    """What identifies the person's rows: their id, their registrations, their e-mail
    addresses and their invoices (found first, then used by the sources)."""

    person_id: str
    registrations: tuple[str, ...]
    emails: tuple[str, ...]
    invoices: tuple[str, ...]


@dataclass(frozen=True)
class Source:
    """One table of the extract: its section title, the condition that picks the
    person's rows, and the columns left out (with why, in the module's docstring)."""

    table: str
    title: str
    where: Callable[[Table, Keys], ColumnElement[bool]]
    omit: frozenset[str] = frozenset()
    order_by: str = ""


def _by(*columns: str) -> Callable[[Table, Keys], ColumnElement[bool]]:
    """Rows where any of ``columns`` is the person's id."""

    def where(table: Table, keys: Keys) -> ColumnElement[bool]:
        return or_(*(table.c[name] == keys.person_id for name in columns))

    return where


def _in(column: str, pick: Callable[[Keys], tuple[str, ...]]) -> Callable[[Table, Keys], Any]:
    """Rows where ``column`` is one of the keys ``pick`` gives (none: no rows)."""

    def where(table: Table, keys: Keys) -> ColumnElement[bool]:
        return table.c[column].in_(pick(keys) or ("",))

    return where


def _either(
    *conditions: Callable[[Table, Keys], ColumnElement[bool]],
) -> Callable[[Table, Keys], ColumnElement[bool]]:
    """Rows any of ``conditions`` picks (a table that names the person more than one way)."""

    def where(table: Table, keys: Keys) -> ColumnElement[bool]:
        return or_(*(condition(table, keys) for condition in conditions))

    return where


def _registrations(keys: Keys) -> tuple[str, ...]:
    return keys.registrations


def _emails(keys: Keys) -> tuple[str, ...]:
    return keys.emails


def _invoices(keys: Keys) -> tuple[str, ...]:
    return keys.invoices


#: Every table the extract covers, in the order of its sections.
SOURCES: tuple[Source, ...] = (
    Source("person", N_("Person"), lambda t, k: t.c.id == k.person_id),
    Source("person_email", N_("E-mail addresses"), _by("person_id"), order_by="position"),
    Source("person_phone", N_("Phone numbers"), _by("person_id"), order_by="position"),
    Source("person_category", N_("Categories"), _by("person_id")),
    Source("person_membership", N_("Memberships"), _by("person_id"), order_by="since"),
    Source("membership_card", N_("Membership cards"), _by("person_id")),
    Source("contact", N_("Contact roles"), _by("person_id")),
    Source(
        "consent",
        N_("Consents (with the terms agreed to)"),
        _either(_by("person_id"), _in("registration_id", _registrations)),
        order_by="given_at",
    ),
    Source(
        "activity",
        N_("Activities and timeline"),
        _either(_by("person_id"), _in("registration_id", _registrations)),
        order_by="occurred_at",
    ),
    Source(
        "registration",
        N_("Registrations"),
        _by("participant_id", "approving_manager_id", "partner_id"),
        order_by="created_at",
    ),
    Source(
        "registration_note",
        N_("Notes on registrations"),
        _in("registration_id", _registrations),
        order_by="written_at",
    ),
    Source("attendance", N_("Attendance"), _by("person_id")),
    Source("level_approval", N_("Level approvals"), _by("person_id")),
    Source(
        "evaluation_answer", N_("Course evaluation answers"), _in("registration_id", _registrations)
    ),
    Source("course", N_("Courses led"), _by("leader_id")),
    Source("round_session", N_("Sessions led"), _by("leader_id")),
    Source(
        "alumni_registration", N_("Alumni registrations"), _by("person_id"), order_by="received_at"
    ),
    Source("student_record", N_("Student records"), _by("person_id")),
    Source(
        "booking",
        N_("Bookings and prices"),
        _either(_by("person_id"), _in("registration_id", _registrations)),
        order_by="created_at",
    ),
    Source("invoice", N_("Invoices and credit notes"), _by("person_id"), order_by="number"),
    Source(
        "payment_reminder",
        N_("Payment reminders"),
        _either(_by("person_id"), _in("invoice_id", _invoices)),
    ),
    Source(
        "incoming_payment",
        N_("Payments received"),
        _in("invoice_id", _invoices),
        order_by="paid_on",
    ),
    Source(
        "card_checkout",
        N_("Card payments"),
        _either(_in("registration_id", _registrations), _in("invoice_id", _invoices)),
        omit=frozenset({"url"}),
    ),
    Source("ledger_posting", N_("Account postings"), _by("person_id")),
    Source("refund", N_("Refunds"), _by("person_id"), order_by="created_at"),
    Source("signature", N_("Signatures"), _in("signer_email", _emails), order_by="signed_at"),
    Source(
        "agent_order",
        N_("Agent orders placed or attested"),
        _either(
            _in("ordered_by_email", _emails),
            _in("customer_attestant_email", _emails),
            _in("agent_attestant_email", _emails),
        ),
        order_by="ordered_at",
    ),
    Source(
        "mail_outbox",
        N_("Mails sent"),
        _by("person_id"),
        omit=frozenset({"body_text", "body_html", "last_error", "message_id"}),
        order_by="created_at",
    ),
    Source(
        "sms_outbox",
        N_("Text messages sent"),
        _by("person_id"),
        omit=frozenset({"body", "text", "last_error"}),
        order_by="created_at",
    ),
    Source("notification_recipient", N_("Notification recipient roles"), _by("person_id")),
    Source(
        "audit_event",
        N_("Who read or changed this person's data"),
        lambda t, k: (t.c.entity_type == "person") & (t.c.entity_id == k.person_id),
        omit=frozenset({"actor_user_id"}),
        order_by="at",
    ),
)

#: Tables that hold a person's id or personnummer and are not in the extract, and why.
EXCLUDED: dict[str, str] = {
    "app_user": N_(
        "Sign-in accounts of staff and agents, not the tenant's register: an account is not a "
        "person row (its personnummer is for BankID sign-in and shown to its owner)."
    ),
    "signature_evidence": N_(
        "The signing proof (BankID's signed document and OCSP answer) kept as evidence of a "
        "signature; the signature itself is in the extract, the proof is given by the "
        "signature evidence route to those who may see it."
    ),
}


def _source_table(source: Source) -> Table:
    return Base.metadata.tables[source.table]


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _keys(session: Session, tenant_id: str, person_id: str) -> Keys:
    tables = Base.metadata.tables
    registration, email, invoice = tables["registration"], tables["person_email"], tables["invoice"]

    def ids(table: Table, column: str, where: ColumnElement[bool]) -> tuple[str, ...]:
        query = select(table.c[column]).where(table.c.tenant_id == tenant_id, where).distinct()
        return tuple(sorted(str(v) for v in session.scalars(query) if v))

    return Keys(
        person_id=person_id,
        registrations=ids(
            registration,
            "id",
            or_(registration.c.participant_id == person_id, registration.c.partner_id == person_id),
        ),
        emails=ids(email, "address", email.c.person_id == person_id),
        invoices=ids(invoice, "id", invoice.c.person_id == person_id),
    )


def _rows(session: Session, tenant_id: str, source: Source, keys: Keys) -> list[dict[str, Any]]:
    table = _source_table(source)
    query = select(table).where(table.c.tenant_id == tenant_id, source.where(table, keys))
    if source.order_by:
        query = query.order_by(table.c[source.order_by])
    dropped = _TECHNICAL | source.omit
    names = [str(c.name) for c in table.columns]
    return [
        {k: _jsonable(v) for k, v in zip(names, values, strict=True) if k not in dropped}
        for values in session.execute(query)
    ]


def person_extract(session: Session, *, tenant_id: str, person_id: str) -> dict[str, Any] | None:
    """Everything ``tenant_id`` holds about the person ``person_id`` as JSON values, or
    None when the tenant has no such person (a deleted one included: its rows are
    still held). ``sections`` maps each table of :data:`SOURCES` to its rows (empty
    tables included, so a reader sees what was looked at)."""
    person = session.get(Person, person_id)
    if person is None or person.tenant_id != tenant_id:
        return None
    tenant = session.get(Tenant, tenant_id)
    keys = _keys(session, tenant_id, person_id)
    return {
        "format": FORMAT,
        "version": VERSION,
        "made_at": utcnow().isoformat(),
        "controller": tenant.name if tenant is not None else "",
        "person_id": person_id,
        "sections": {s.table: _rows(session, tenant_id, s, keys) for s in SOURCES},
        "not_included": dict(EXCLUDED),
    }


def extract_json(extract: dict[str, Any]) -> bytes:
    """The extract as UTF-8 JSON, indented for a human reader too."""
    return json.dumps(extract, ensure_ascii=False, indent=2, sort_keys=False).encode()


PDF_TEXTS = {
    "heading": N_("Register extract"),
    "intro": N_(
        "All personal data {controller} holds about you, as of {made_at} (UTC), "
        "under article 15 of the GDPR. A machine-readable copy (JSON) is given with it."
    ),
    "none": N_("Nothing recorded."),
    "yes": N_("yes"),
    "no": N_("no"),
    "not_included": N_("Kept but not listed here"),
}
#: The section titles, translated with the texts above (gettext of each title).
_TITLES = {
    **{s.table: s.title for s in SOURCES},
    "app_user": N_("Sign-in accounts"),
    "signature_evidence": N_("Signature evidence"),
}


def _latin1(text: str) -> str:
    """``text`` as the PDF's core fonts can write it (Latin-1)."""
    return text.replace("\u2212", "-").encode("latin-1", "replace").decode("latin-1")


#: A stored time as JSON gives it (ISO 8601 in UTC): shown to the minute in the PDF.
_MOMENT = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(:\d\d(\.\d+)?)?(\+00:00|Z)?$")


def _value_text(value: Any, t: dict[str, str]) -> str:
    if isinstance(value, str) and (moment := _MOMENT.match(value)):
        return f"{moment.group(1)} {moment.group(2)} UTC"
    if isinstance(value, bool):
        return t["yes"] if value else t["no"]
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


#: The columns' names in the PDF (others: the column's name in words, English).
LABELS = {
    "id": N_("Reference"),
    "first_name": N_("First name"),
    "last_name": N_("Last name"),
    "personnummer": N_("Personnummer"),
    "birth_date": N_("Date of birth"),
    "title": N_("Title"),
    "street": N_("Street address"),
    "postal_code": N_("Postal code"),
    "city": N_("City"),
    "country": N_("Country"),
    "notes": N_("Notes"),
    "created_at": N_("Created"),
    "updated_at": N_("Last changed"),
    "address": N_("E-mail address"),
    "number": N_("Number"),
    "kind": N_("Kind"),
    "is_primary": N_("Main"),
    "subject": N_("Subject"),
    "body": N_("Text"),
    "text": N_("Text"),
    "occurred_at": N_("When"),
    "status": N_("Status"),
    "email": N_("E-mail address"),
    "given_at": N_("Given"),
    "terms_version": N_("Terms version"),
    "terms_text": N_("Terms agreed to"),
    "amount": N_("Amount (öre)"),
    "issued_on": N_("Issued"),
    "due_on": N_("Due"),
    "to_address": N_("To"),
    "sent_at": N_("Sent"),
    "at": N_("When"),
    "actor_email": N_("By"),
    "action": N_("What"),
    "signed_at": N_("Signed"),
    "role": N_("Role"),
    "method": N_("Method"),
    "written_at": N_("Written"),
    "author_email": N_("Written by"),
    "since": N_("From"),
    "until": N_("Until"),
    "present": N_("Present"),
}


def _label(column: str) -> str:
    return gettext(LABELS[column]) if column in LABELS else column.replace("_", " ").capitalize()


def extract_pdf(extract: dict[str, Any], *, language: str) -> bytes:
    """The extract as a readable PDF in ``language``: a heading, what it is, then one
    section per table with each row's fields that hold something (an empty section says
    so; the JSON has every field)."""
    with use_language(language):
        t = {key: gettext(text) for key, text in PDF_TEXTS.items()}
        titles = {table: gettext(title) for table, title in _TITLES.items()}
        reasons = {table: gettext(why) for table, why in extract["not_included"].items()}
        labels = {column: _label(column) for row in _all_rows(extract) for column in row}
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creator("Kansli")
    pdf.set_title(_latin1(t["heading"]))
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.alias_nb_pages()
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def line(value: str, size: float = 9, style: str = "", h: float = 4.6) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(width, h, _latin1(value), align="L", new_x="LMARGIN", new_y="NEXT")

    line(t["heading"], 18, "B", 9)
    made_at = extract["made_at"][:16].replace("T", " ")
    line(t["intro"].format(controller=extract["controller"], made_at=made_at), 10)
    pdf.ln(3)
    for table, rows in extract["sections"].items():
        pdf.ln(2)
        pdf.set_fill_color(235, 235, 235)
        pdf.set_font("Helvetica", "B", 11)
        heading = f"{titles.get(table, table)} ({len(rows)})"
        pdf.cell(width, 7, _latin1(heading), fill=True, new_x="LMARGIN", new_y="NEXT")
        if not rows:
            line(t["none"], 9, "I")
            continue
        for row in rows:
            for column, value in row.items():
                if value is not None and value != "" and value != {} and value != []:
                    line(f"{labels[column]}: {_value_text(value, t)}")
            pdf.ln(1.5)
    pdf.ln(3)
    line(t["not_included"], 11, "B", 7)
    for table, why in reasons.items():
        line(f"{titles.get(table, table)}: {why}")
    return bytes(pdf.output())


def _all_rows(extract: dict[str, Any]) -> Iterable[dict[str, Any]]:
    return (row for rows in extract["sections"].values() for row in rows)


def covered_tables() -> Iterable[str]:
    """The tables :data:`SOURCES` reads (for the schema test and docs/PRIVACY.md)."""
    return (s.table for s in SOURCES)
