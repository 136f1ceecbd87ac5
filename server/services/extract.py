"""The register extract (GDPR art. 15 and 20): everything the tenant holds about one person.

:func:`person_extract` gathers it as plain JSON values (the machine-readable copy of
art. 20); :func:`extract_pdf` lays the same out as a readable PDF in the tenant's
language (fpdf2, as the invoices). Both come from one list, :data:`SOURCES`: each table
that holds something about a person and how its rows are found — by the person's id,
by a registration where they are the participant, by an address or number only they
have, by one of their invoices or agent orders. :data:`EXCLUDED` names the tables that
reference a person but are left out, each with its reason; ``tests/server/test_extract.py``
reads the schema (person ids, address and phone columns) and fails on a table that
references a person and is in neither list. Both begin with ``information``
(:mod:`server.services.processing`): purposes, data, recipients, retention, sources,
rights and the automated alumni check (art. 15(1)(a)-(h), 15(2)).

Decisions (issue 23 and its review):

- Only the person's data: a registration where they are the partner or the approving
  manager is listed narrowly (``registration_role``: id, round, role, status, dates),
  never the participant's answers, notes, bookings or consents; a consent is theirs by
  its ``person_id`` (a manager's approval writes the manager's consent on a
  participant's registration); an agent order gives only their part (number, role,
  state, their time), found by the person ids in its ``details``.
- A row that names no person is taken by address (mails, SMS, consents, agent orders)
  only when no other person of the tenant has that address: a shared address
  identifies no one.
- Internal notes (``person.notes``, ``registration_note``) are personal data about the
  person and are included: art. 15 has no general exemption for staff notes.
- Mails and text messages are given with their texts (data held about the person),
  except a one-time code's text, which is a secret.
- Technical columns (``tenant_id``, ``server_seq``) and secrets (link tokens, the
  card provider's checkout address, one-time codes) are never in the extract.
- The audit events about the person, their addresses, numbers, registrations and
  consents, and the pulls that sent their personnummer are included: who read or
  changed their data is what art. 15(1)(c) calls the recipients.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from fpdf import FPDF
from sqlalchemy import ColumnElement, Table, Text, and_, cast, distinct, false, func, or_, select
from sqlalchemy.orm import Session

from models.agent_orders import CUSTOMER_ATTESTANT_PERSON, ORDERED_BY_PERSON
from models.base import Base
from models.ids import utcnow
from models.people import Person
from models.retention import periods_of
from models.tenancy import Tenant
from server.i18n import N_, gettext, use_language
from server.services import processing
from server.services.rows import json_safe

#: The extract's format name and version (the JSON's ``format`` and ``version``).
FORMAT = "kansli.register_extract"
VERSION = 1

#: Columns never given, whatever the table: the tenant's and the sync's bookkeeping.
_TECHNICAL = frozenset({"tenant_id", "server_seq"})


@dataclass(frozen=True)
class Keys:
    """What identifies the person's rows (found first, then used by the sources): their
    id, the registrations where they are the participant, their e-mail addresses that
    no other person of the tenant has (an address shared by two people identifies
    neither), their invoices, their phone numbers no other person has, and the agent
    orders they placed or attested with their role in each."""

    person_id: str
    registrations: tuple[str, ...]
    emails: tuple[str, ...]
    invoices: tuple[str, ...]
    phones: tuple[str, ...] = ()
    orders: tuple[tuple[str, str], ...] = ()


#: A source's own reading of its rows (narrow lists): session, tenant, keys, the
#: sections read before it.
RowsReader = Callable[[Session, str, Keys, dict[str, list[dict[str, Any]]]], list[dict[str, Any]]]


@dataclass(frozen=True)
class Source:
    """One section of the extract: the table it reads, its title, the condition that
    picks the person's rows, and the columns left out (with why, in the module's
    docstring). ``rows`` reads a narrow list instead (``where`` is then unused);
    ``key`` names the section when it is not the table's name."""

    table: str
    title: str
    where: Callable[[Table, Keys], ColumnElement[bool]]
    omit: frozenset[str] = frozenset()
    order_by: str = ""
    rows: RowsReader | None = None
    key: str = ""

    @property
    def section(self) -> str:
        return self.key or self.table


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


def _phones(keys: Keys) -> tuple[str, ...]:
    return keys.phones


def _unowned(
    owner: str, column: str, pick: Callable[[Keys], tuple[str, ...]]
) -> Callable[[Table, Keys], ColumnElement[bool]]:
    """Rows that name no person (``owner`` empty) and whose ``column`` (an address) is one
    of the keys ``pick`` gives: addresses only this person has."""

    def where(table: Table, keys: Keys) -> ColumnElement[bool]:
        return table.c[owner].is_(None) & func.lower(table.c[column]).in_(pick(keys) or ("",))

    return where


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
        # Not by registration: a manager's approval of a registration writes the
        # manager's consent on it, which is the manager's, not the participant's.
        _either(_by("person_id"), _unowned("person_id", "email", _emails)),
        order_by="given_at",
    ),
    Source(
        "activity",
        N_("Activities and timeline"),
        _either(_by("person_id"), _in("registration_id", _registrations)),
        order_by="occurred_at",
    ),
    Source("registration", N_("Registrations"), _by("participant_id"), order_by="created_at"),
    Source(
        "registration",
        N_("Registrations as partner or approving manager"),
        _by("partner_id", "approving_manager_id"),
        rows=lambda s, tenant, k, _: _registration_roles(s, tenant, k),
        key="registration_role",
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
    Source(
        "signature",
        N_("Signatures"),
        lambda t, k: or_(false(), *(and_(t.c.order_id == o, t.c.role == r) for o, r in k.orders)),
        order_by="signed_at",
    ),
    Source(
        "agent_order",
        N_("Agent orders placed or attested"),
        lambda t, k: t.c.id.in_([o for o, _ in k.orders] or [""]),
        rows=lambda s, tenant, k, _: _order_roles(s, tenant, k),
    ),
    Source(
        "agent_order_step",
        N_("Steps you took in agent orders"),
        lambda t, k: (
            t.c.order_id.in_([o for o, _ in k.orders] or [""])
            & func.lower(t.c.actor_email).in_(k.emails or ("",))
        ),
        omit=frozenset({"data_hash"}),
        order_by="at",
    ),
    Source(
        "mail_outbox",
        N_("Mails sent"),
        _either(_by("person_id"), _unowned("person_id", "to_address", _emails)),
        omit=frozenset({"body_html", "last_error", "message_id"}),
        order_by="created_at",
    ),
    Source(
        "sms_outbox",
        N_("Text messages sent"),
        _either(_by("person_id"), _unowned("person_id", "to_number", _phones)),
        omit=frozenset({"last_error"}),
        order_by="created_at",
        rows=lambda s, tenant, k, _: _sms(s, tenant, k),
    ),
    Source("notification_recipient", N_("Notification recipient roles"), _by("person_id")),
    Source(
        "audit_event",
        N_("Who read or changed this person's data"),
        lambda t, k: (t.c.entity_type == "person") & (t.c.entity_id == k.person_id),
        omit=frozenset({"actor_user_id"}),
        order_by="at",
        rows=lambda s, tenant, k, sections: _audit(s, tenant, k, sections),
    ),
)

#: Tables that hold a person's id or personnummer and are not in the extract, and why.
EXCLUDED: dict[str, str] = {
    "app_user": N_(
        "Sign-in accounts of staff and agents, not the tenant's register: an account is not a "
        "person row (its personnummer is for BankID sign-in and shown to its owner)."
    ),
    "link_token": N_(
        "The single-use links mailed to sign, confirm or approve, kept as a hash: a secret "
        "that gives access, never given out; the mails that carried them are in the extract."
    ),
    "otp_challenge": N_(
        "One-time codes sent by text message to sign, kept as a hash of the code with its "
        "expiry: a secret; the text message is in the extract without the code."
    ),
    "bankid_signing": N_(
        "A BankID signing while it runs: the tokens that start it and BankID's answers; the "
        "signature it makes is in the extract."
    ),
    "signature_evidence": N_(
        "The signing proof (BankID's signed document and OCSP answer) kept as evidence of a "
        "signature; the signature itself is in the extract, the proof is given by the "
        "signature evidence route to those who may see it."
    ),
}


def _source_table(source: Source) -> Table:
    return Base.metadata.tables[source.table]


def json_values(row: dict[str, Any]) -> dict[str, Any]:
    """A row's values as JSON gives them (times in ISO 8601, amounts as numbers)."""
    return {str(k): json_safe(v) for k, v in row.items()}


def _sole(
    session: Session, tenant_id: str, table: Table, column: str, person_id: str
) -> tuple[str, ...]:
    """The person's values of ``table.column`` (addresses, numbers) that no other person
    of the tenant has, lower-cased: the only ones that identify them in a row that
    names no person."""
    value = func.lower(table.c[column])
    mine = select(value).where(table.c.tenant_id == tenant_id, table.c.person_id == person_id)
    query = (
        select(value)
        .where(table.c.tenant_id == tenant_id, value.in_(mine))
        .group_by(value)
        .having(func.count(distinct(table.c.person_id)) == 1)
    )
    return tuple(sorted(str(v) for v in session.scalars(query) if v))


#: An agent order's roles: the ``details`` key naming the person, the address column,
#: and the time that is theirs.
_ORDER_ROLES = (
    ("orderer", ORDERED_BY_PERSON, "ordered_by_email", "ordered_at"),
    (
        "customer_attestant",
        CUSTOMER_ATTESTANT_PERSON,
        "customer_attestant_email",
        "customer_attested_at",
    ),
    ("agent_attestant", "", "agent_attestant_email", "agent_attested_at"),
)


def _orders(
    session: Session, tenant_id: str, person_id: str, emails: tuple[str, ...]
) -> list[tuple[dict[str, Any], str]]:
    """The agent orders the person placed or attested, each with one of their roles in it:
    by the person's id in the order's ``details``, or by an address only they have."""
    order = Base.metadata.tables["agent_order"]
    matches: list[ColumnElement[bool]] = []
    for _, key, column, _ in _ORDER_ROLES:
        if key:
            matches.append(order.c.details[key].as_string() == person_id)
        if emails:
            matches.append(func.lower(order.c[column]).in_(emails))
    query = (
        select(order)
        .where(order.c.tenant_id == tenant_id, or_(*matches))
        .order_by(order.c.ordered_at, order.c.id)
    )
    found = []
    for row in session.execute(query).mappings():
        for role, key, column, _ in _ORDER_ROLES:
            by_id = bool(key) and (row["details"] or {}).get(key) == person_id
            if by_id or (row[column] or "").lower() in emails:
                found.append((dict(row), role))
    return found


def _keys(session: Session, tenant_id: str, person_id: str) -> Keys:
    tables = Base.metadata.tables
    registration, invoice = tables["registration"], tables["invoice"]

    def ids(table: Table, column: str, where: ColumnElement[bool]) -> tuple[str, ...]:
        query = select(table.c[column]).where(table.c.tenant_id == tenant_id, where).distinct()
        return tuple(sorted(str(v) for v in session.scalars(query) if v))

    emails = _sole(session, tenant_id, tables["person_email"], "address", person_id)
    return Keys(
        person_id=person_id,
        registrations=ids(registration, "id", registration.c.participant_id == person_id),
        emails=emails,
        invoices=ids(invoice, "id", invoice.c.person_id == person_id),
        phones=_sole(session, tenant_id, tables["person_phone"], "number", person_id),
        orders=tuple(
            (str(row["id"]), role) for row, role in _orders(session, tenant_id, person_id, emails)
        ),
    )


def _registration_roles(session: Session, tenant_id: str, keys: Keys) -> list[dict[str, Any]]:
    """The registrations of others where the person is the partner or the approving
    manager: which, in what round, their role, its status and dates, and nothing the
    participant gave (answers, notes, bookings...: the participant's data)."""
    t = Base.metadata.tables["registration"]
    person = keys.person_id
    query = (
        select(t)
        .where(
            t.c.tenant_id == tenant_id,
            or_(t.c.partner_id == person, t.c.approving_manager_id == person),
            or_(t.c.participant_id.is_(None), t.c.participant_id != person),
        )
        .order_by(t.c.created_at, t.c.id)
    )
    rows = []
    for row in session.execute(query).mappings():
        for role, column in (
            ("partner", "partner_id"),
            ("approving_manager", "approving_manager_id"),
        ):
            if row[column] == person:
                rows.append(
                    json_values(
                        {
                            "id": row["id"],
                            "round_id": row["round_id"],
                            "role": role,
                            "status": row["status"],
                            "created_at": row["created_at"],
                            "approved_at": row["approved_at"],
                        }
                    )
                )
    return rows


def _order_roles(session: Session, tenant_id: str, keys: Keys) -> list[dict[str, Any]]:
    """The person's part in each agent order: its number, their role, its state and the
    time that is theirs; nothing of the other people on it."""
    found = _orders(session, tenant_id, keys.person_id, keys.emails)
    return [
        json_values(
            {
                "id": row["id"],
                "number": row["number"],
                "role": role,
                "state": row["state"],
                "at": row[next(at for r, _, _, at in _ORDER_ROLES if r == role)],
            }
        )
        for row, role in found
    ]


def _sms(session: Session, tenant_id: str, keys: Keys) -> list[dict[str, Any]]:
    """The text messages sent to the person, with their texts, except a one-time code's
    (a secret, not data about the person: its row is given without the text)."""
    source = next(s for s in SOURCES if s.table == "sms_outbox")
    otp = Base.metadata.tables["otp_challenge"]
    codes = set(
        session.scalars(
            select(otp.c.sms_outbox_id).where(
                otp.c.tenant_id == tenant_id, otp.c.sms_outbox_id.is_not(None)
            )
        )
    )
    rows = _table_rows(session, tenant_id, source, keys)
    for row in rows:
        if row["id"] in codes:
            row["body"] = ""
    return rows


#: The sections whose rows' changes are audited under their own table's name.
_AUDITED_ROWS = ("person_email", "person_phone", "registration", "consent")


def _audit(
    session: Session, tenant_id: str, keys: Keys, sections: dict[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Who read or changed the person's data: events about the person, about the rows
    of theirs in the sections before (addresses, numbers, registrations, consents), and
    the pulls that sent their personnummer (``details["people"]``)."""
    source = next(s for s in SOURCES if s.table == "audit_event")
    t = Base.metadata.tables["audit_event"]
    about = [source.where(t, keys)]
    for name in _AUDITED_ROWS:
        ids = [row["id"] for row in sections.get(name, ())]
        if ids:
            about.append((t.c.entity_type == name) & t.c.entity_id.in_(ids))
    about.append(pulled(t, keys.person_id))
    return _table_rows(session, tenant_id, source, keys, where=or_(*about))


#: The audit event of a pull page that sent personnummer (its ``details["people"]``
#: lists whose).
PULL_ACTION = "sync.personnummer_pulled"


def pulled(audit_event: Table, person_id: str) -> ColumnElement[bool]:
    """The audit events of pulls that sent ``person_id``'s personnummer (an id: no LIKE
    wildcards in it)."""
    return (audit_event.c.action == PULL_ACTION) & cast(audit_event.c.details, Text).like(
        f"%{person_id}%"
    )


def _table_rows(
    session: Session,
    tenant_id: str,
    source: Source,
    keys: Keys,
    where: ColumnElement[bool] | None = None,
) -> list[dict[str, Any]]:
    table = _source_table(source)
    picked = source.where(table, keys) if where is None else where
    query = select(table).where(table.c.tenant_id == tenant_id, picked)
    if source.order_by:
        query = query.order_by(table.c[source.order_by])
    dropped = _TECHNICAL | source.omit
    return [
        json_values({k: v for k, v in row.items() if k not in dropped})
        for row in session.execute(query).mappings()
    ]


def _rows(
    session: Session,
    tenant_id: str,
    source: Source,
    keys: Keys,
    sections: dict[str, list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    if source.rows is not None:
        return source.rows(session, tenant_id, keys, sections)
    return _table_rows(session, tenant_id, source, keys)


def person_extract(
    session: Session, *, tenant_id: str, person_id: str, language: str = "en"
) -> dict[str, Any] | None:
    """Everything ``tenant_id`` holds about the person ``person_id`` as JSON values, or
    None when the tenant has no such person (a deleted one included: its rows are
    still held). ``sections`` maps each table of :data:`SOURCES` to its rows (empty
    tables included, so a reader sees what was looked at); ``information`` is what art.
    15(1)-(2) asks besides the data (purposes, recipients, retention, sources, rights),
    in ``language``."""
    person = session.get(Person, person_id)
    if person is None or person.tenant_id != tenant_id:
        return None
    tenant = session.get(Tenant, tenant_id)
    keys = _keys(session, tenant_id, person_id)
    sections: dict[str, list[dict[str, Any]]] = {}
    for source in SOURCES:
        sections[source.section] = _rows(session, tenant_id, source, keys, sections)
    return {
        "format": FORMAT,
        "version": VERSION,
        "made_at": utcnow().isoformat(),
        "controller": tenant.name if tenant is not None else "",
        "person_id": person_id,
        "language": language,
        "information": _information(language, periods_of(session, tenant_id)),
        "sections": sections,
        "not_included": dict(EXCLUDED),
    }


def extract_zip(extract: dict[str, Any], *, language: str, name: str) -> bytes:
    """The PDF and the JSON of one extract in a zip (``name``.pdf, ``name``.json)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{name}.pdf", extract_pdf(extract, language=language))
        archive.writestr(f"{name}.json", extract_json(extract))
    return out.getvalue()


def _information(language: str, periods: dict[str, int] | None) -> dict[str, Any]:
    with use_language(language):
        return processing.information(periods)


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
    "information": N_("Why and how your data is processed"),
}
#: The section titles, translated with the texts above (gettext of each title).
_TITLES = {
    **{s.section: s.title for s in SOURCES},
    "app_user": N_("Sign-in accounts"),
    "signature_evidence": N_("Signature evidence"),
    "link_token": N_("Links mailed"),
    "otp_challenge": N_("One-time codes"),
    "bankid_signing": N_("BankID signings in progress"),
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
    "round_id": N_("Course round"),
    "course_id": N_("Course"),
    "registration_id": N_("Registration"),
    "invoice_id": N_("Invoice"),
    "order_id": N_("Order"),
    "person_id": N_("Person"),
    "participant_id": N_("Participant"),
    "partner_id": N_("Partner"),
    "approving_manager_id": N_("Approving manager"),
    "organisation_id": N_("Organisation"),
    "signup_answers": N_("Answers in the signup form"),
    "approved_at": N_("Approved"),
    "approved_by_email": N_("Approved by"),
    "approval_requested_at": N_("Approval asked for"),
    "form_manager_name": N_("Manager named in the form"),
    "form_manager_email": N_("Manager's e-mail in the form"),
    "state": N_("State"),
    "name": N_("Name"),
    "note": N_("Note"),
    "reason": N_("Reason"),
    "description": N_("Description"),
    "body_text": N_("Text"),
    "to_number": N_("To number"),
    "delivery_status": N_("Delivery"),
    "delivered_at": N_("Delivered"),
    "event_type": N_("Event"),
    "bounced_at": N_("Bounced"),
    "bounce_detail": N_("Bounce answer"),
    "received_at": N_("Received"),
    "decided_at": N_("Decided"),
    "decision_reason": N_("Why decided so"),
    "paid_on": N_("Paid"),
    "paid_at": N_("Paid"),
    "ocr": N_("OCR reference"),
    "total": N_("Total (öre)"),
    "to_pay": N_("To pay (öre)"),
    "lines": N_("Lines"),
    "signer_name": N_("Signed by"),
    "signer_email": N_("Signer's e-mail"),
    "ordered_at": N_("Ordered"),
    "details": N_("Details"),
    "entity_type": N_("About"),
    "entity_id": N_("About (reference)"),
    "language": N_("Language"),
    "position": N_("Order in the list"),
    "deleted_at": N_("Removed"),
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
        info = processing.information(extract["information"].get("retention_periods"))
        headings = {key: gettext(text) for key, text in processing.HEADINGS.items()}
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
    _information_pdf(pdf, line, width, info, headings, t)
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


def _information_pdf(
    pdf: FPDF,
    line: Callable[..., None],
    width: float,
    info: dict[str, Any],
    headings: dict[str, str],
    t: dict[str, str],
) -> None:
    """The extract's first section: why and how the data is processed, and the rights."""
    pdf.set_fill_color(235, 235, 235)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(width, 7, _latin1(t["information"]), fill=True, new_x="LMARGIN", new_y="NEXT")
    for purpose in info["purposes"]:
        line(purpose["purpose"], 9.5, "B")
        for key in ("categories", "recipients", "retention", "source"):
            line(f"{headings[key]}: {purpose[key]}")
        pdf.ln(1.5)
    for key in ("rights", "automated"):
        line(headings[key], 9.5, "B")
        line(info[key])
        pdf.ln(1.5)


def _all_rows(extract: dict[str, Any]) -> Iterable[dict[str, Any]]:
    return (row for rows in extract["sections"].values() for row in rows)


def covered_tables() -> Iterable[str]:
    """The tables :data:`SOURCES` reads (for the schema test and docs/PRIVACY.md)."""
    return dict.fromkeys(s.table for s in SOURCES)


def sections() -> Iterable[str]:
    """The extract's section names, in order (a table can give more than one)."""
    return (s.section for s in SOURCES)
