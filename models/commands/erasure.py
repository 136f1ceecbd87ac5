"""Erasure and anonymisation of a person (GDPR art. 17; issue 23): ``person.erase``.

An administrator erases a person (``mode="erase"``: the person and everything about
them goes from every list) or anonymises them (``mode="anonymise"``: what is no longer
identifying stays for counts and statistics, tied to an anonymous person). Either way
the personal data goes, table by table as :data:`models.personal_data.PERSON_REFERENCES`
says; what bookkeeping law requires stays: invoices, vouchers and ledger postings keep
their amounts, dates and the person's id, and the person row stays as the anonymous
reference ("Raderad person #1a2b3c4d"), its ``erased_at`` set. The ledger is never
written.

Rows a client may hold are tombstoned (with their personal columns cleared first, so the
server's file keeps nothing either), never deleted: the change syncs like any other, and
each client removes the person's rows from its file when it pulls the erasure
(:meth:`sync.store.ClientStore.purge_erased`). The server's own tables (mail and SMS
queued or sent to the person, single-purpose links) are cleared in the same
transaction. The erasure is audited with its mode, reason and counts, never a name.

The duplicates merged into the person go with them. An erased person may be erased
again (anonymised, then erased). Refused (the person is left as is): a person merged
into another (erase the one they were merged into), a person with a staff account (remove the
account first), and a person with an open balance (an unpaid invoice, credit or money
owed back: the claim needs its debtor until it is settled).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any, Literal

import pydantic
from sqlalchemy import Column, Table, Text, cast, delete, func, or_, select, update
from sqlalchemy.orm import Mapper

from models.base import Base
from models.commands.base import Args, Command, CommandContext, MultilineText, register
from models.errors import NotFoundError, ValidationError
from models.people import Person
from models.personal_data import (
    PERSON_REFERENCES,
    Fate,
    PersonReference,
    masked_texts,
    removed_by,
)
from models.tenancy import Role, Tenant
from models.visibility import MASK

#: The anonymous reference an erased person's row carries, in the tenant's language.
ANONYMOUS_NAME = {"sv": "Raderad person", "en": "Erased person"}
#: The server's mail and SMS queues, by the column naming the recipient.
_OUTBOXES = {"mail_outbox": "to_address", "sms_outbox": "to_number"}
#: Ledger accounts whose balance is a claim between the person and the organisation.
_OPEN_ACCOUNTS = ("receivable", "credit", "refund_due")


class PersonEraseArgs(Args):
    person_id: str
    mode: Literal["erase", "anonymise"]
    #: Why (the person's request, the end of a retention period): for the audit trail.
    reason: MultilineText = pydantic.Field(min_length=1, max_length=2000)


def anonymous_name(language: str, person_id: str) -> str:
    """The name an erased person's row carries: "Raderad person #1a2b3c4d"."""
    return f"{ANONYMOUS_NAME.get(language, ANONYMOUS_NAME['en'])} #{short_id(person_id)}"


def short_id(person_id: str) -> str:
    """The last 8 characters of the id: enough to tell erased persons apart in a ledger."""
    return person_id.replace("-", "")[-8:]


def _mapped(table: str) -> Mapper[Any] | None:
    for mapper in Base.registry.mappers:
        local = mapper.local_table
        if isinstance(local, Table) and local.name == table:
            return mapper
    return None


def _forget_in_answers(ctx: CommandContext, ids: Collection[str], values: Sequence[str]) -> int:
    """The kept first answers of commands (``command_log``, repeated to a client that
    asks again) about the person, in one pass over the tenant's log: the rows that are
    the person's (their row, a row naming them or one of ``ids``, their registrations'
    and e-mails' ids) are dropped from the answer; a refusal's details keep their ids
    only, and the person's ``values`` (whole words) are masked in its message. Returns
    how many answers changed."""
    answers = Base.metadata.tables.get("command_log")
    if answers is None or not ids:
        return 0
    as_text = cast(answers.c.result, Text)
    found = ctx.session.execute(
        select(answers.c.command_id, answers.c.result).where(
            answers.c.tenant_id == ctx.actor.tenant_id,
            or_(*(as_text.contains(i, autoescape=True) for i in ids)),
        )
    ).all()
    wanted = set(ids)
    words = sorted({v for v in values if v.strip()}, key=len, reverse=True)
    pattern = (
        re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
        if words
        else None
    )
    for command_id, result in found:
        answer = dict(result)
        rows = answer.get("rows") or {}
        answer["rows"] = {
            table: [row for row in table_rows if not wanted & set(map(str, row.values()))]
            for table, table_rows in rows.items()
        }
        if "details" in answer:
            answer["details"] = masked_texts(answer["details"])
        if isinstance(answer.get("message"), str) and pattern is not None:
            answer["message"] = pattern.sub(MASK, answer["message"])
        ctx.session.execute(
            update(answers).where(answers.c.command_id == command_id).values(result=answer)
        )
    return len(found)


def _count(result: Any) -> int:
    """How many rows an UPDATE or DELETE matched (0 when the driver cannot tell)."""
    return max(int(getattr(result, "rowcount", 0) or 0), 0)


def _cleared(column: Column[Any]) -> Any:
    """The value a personal column is cleared to: null where allowed, else its default
    (an empty text, an empty JSON object)."""
    if column.nullable:
        return None
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return default.arg  # type: ignore[attr-defined]
    if default is not None and getattr(default, "is_callable", False):
        return default.arg(None)  # type: ignore[attr-defined]
    return ""


@register
class PersonErase(Command[PersonEraseArgs]):
    """Erase or anonymise a person (admin only, audited). See the module's text."""

    name = "person.erase"
    shape = "transition"
    args_model = PersonEraseArgs
    roles = frozenset({Role.ADMIN})

    def run(self, ctx: CommandContext, args: PersonEraseArgs) -> None:
        person = ctx.session.get(Person, args.person_id)
        if person is None or person.tenant_id != ctx.actor.tenant_id:
            raise NotFoundError(f"Person {args.person_id} was not found")
        if person.merged_into_id:
            raise ValidationError(
                "This person was merged into another: erase that person instead",
                field="person_id",
            )
        if person.deleted_at is not None and person.erased_at is None:
            raise NotFoundError(f"Person {args.person_id} was not found")
        # An erased person may be erased again (anonymised, then erased; or cleared once
        # more): a command refused at the time may have written them since.
        ctx.concern(person)
        tables = Base.metadata.tables
        self._refuse_staff(ctx, person, tables)
        if ctx.actor.authoritative:
            self._refuse_open_balance(ctx, person, tables)
        # The duplicates merged into the person hold their names, personnummer, street
        # and notes as they were: they go with the one they were merged into.
        merged = list(
            ctx.session.scalars(
                select(Person).where(
                    Person.tenant_id == ctx.actor.tenant_id, Person.merged_into_id == person.id
                )
            )
        )
        counts: dict[str, int] = {}
        for one in (person, *merged):
            self._erase_one(ctx, args.mode, one, counts)
        ctx.audit(
            f"person.{'erase' if args.mode == 'erase' else 'anonymise'}",
            person,
            mode=args.mode,
            reason=args.reason,
            merged=len(merged),
            rows=counts,
        )

    def _erase_one(
        self, ctx: CommandContext, mode: str, person: Person, counts: dict[str, int]
    ) -> None:
        """Erase or anonymise ``person`` (the one named, or a duplicate merged into it)."""
        tables = Base.metadata.tables
        own: dict[str, list[str]] = {"registration": self._ids(ctx, "registration", person)}
        if ctx.actor.authoritative and "invoice" in tables:
            own["invoice"] = self._ids(ctx, "invoice", person, column="person_id")
        emails = tables["person_email"]
        addresses = [
            str(a)
            for a in ctx.session.scalars(
                select(emails.c.address).where(
                    emails.c.tenant_id == ctx.actor.tenant_id, emails.c.person_id == person.id
                )
            )
            if a
        ]
        numbers = [p.number for p in person.phones if p.number]
        names = {n for n in (person.full_name, f"{person.last_name} {person.first_name}") if n}
        for ref in PERSON_REFERENCES:
            if ref.fate is Fate.KEEP or ref.table == "person":
                continue
            if not ref.synced and not ctx.actor.authoritative:
                continue  # the server's own tables: not in a client's file
            if ref.table in _OUTBOXES:
                continue  # by recipient too: below
            done = self._treat(ctx, mode, ref, person.id, own)
            if done:
                counts[ref.table] = counts.get(ref.table, 0) + done
        done = self._forget_as_manager(ctx, names, addresses)
        if done:
            counts["registration"] = counts.get("registration", 0) + done
        if ctx.actor.authoritative:
            about = [person.id, *own["registration"]]
            for table, n in self._server_tables(ctx, person.id, addresses, numbers, about).items():
                counts[table] = counts.get(table, 0) + n
            quoted = [
                *names,
                person.first_name,
                person.last_name,
                person.personnummer or "",
                person.street,
                person.notes,
                *addresses,
                *numbers,
            ]
            mentioned = [
                person.id,
                *own["registration"],
                *self._ids(ctx, "person_email", person, "person_id"),
                *self._ids(ctx, "person_phone", person, "person_id"),
            ]
            counts["command_log"] = counts.get("command_log", 0) + _forget_in_answers(
                ctx, mentioned, quoted
            )
        self._anonymise_person(ctx, person, mode)

    @staticmethod
    def _forget_as_manager(ctx: CommandContext, names: set[str], addresses: list[str]) -> int:
        """Others' registrations that name the person as their manager by text (the name
        and address typed on the form, the address that approved): those columns cleared.
        The ids (``approving_manager_id``) are unlinked by :data:`PERSON_REFERENCES`."""
        regs = Base.metadata.tables["registration"]
        wanted_names = {n.strip().lower() for n in names}
        wanted = {a.strip().lower() for a in addresses}
        matches = []
        if wanted_names:
            matches.append(func.lower(func.trim(regs.c.form_manager_name)).in_(wanted_names))
        if wanted:
            matches.append(func.lower(func.trim(regs.c.form_manager_email)).in_(wanted))
            matches.append(func.lower(func.trim(regs.c.approved_by_email)).in_(wanted))
        if not matches:
            return 0
        model = _mapped("registration")
        assert model is not None
        rows = list(
            ctx.session.scalars(
                select(model.class_).where(regs.c.tenant_id == ctx.actor.tenant_id, or_(*matches))
            )
        )
        for row in rows:
            if (row.form_manager_name or "").strip().lower() in wanted_names:
                row.form_manager_name = None
            if (row.form_manager_email or "").strip().lower() in wanted:
                row.form_manager_email = None
            if (row.approved_by_email or "").strip().lower() in wanted:
                row.approved_by_email = None
            ctx.concern(row)
        return len(rows)

    # -- refusals ------------------------------------------------------------------

    @staticmethod
    def _refuse_staff(ctx: CommandContext, person: Person, tables: Any) -> None:
        contact = tables["contact"]
        linked = ctx.session.execute(
            select(contact.c.id)
            .where(
                contact.c.person_id == person.id,
                contact.c.user_id.is_not(None),
                contact.c.deleted_at.is_(None),
            )
            .limit(1)
        ).first()
        if linked is not None:
            raise ValidationError(
                "This person has a staff account: remove the account first", field="person_id"
            )

    @staticmethod
    def _refuse_open_balance(ctx: CommandContext, person: Person, tables: Any) -> None:
        postings = tables.get("ledger_posting")
        if postings is None:
            return
        open_sums = ctx.session.execute(
            select(postings.c.account, func.sum(postings.c.amount))
            .where(
                postings.c.tenant_id == ctx.actor.tenant_id,
                postings.c.person_id == person.id,
                postings.c.account.in_(_OPEN_ACCOUNTS),
            )
            .group_by(postings.c.account)
        ).all()
        if any(int(total or 0) != 0 for _, total in open_sums):
            raise ValidationError(
                "This person has an open balance (an unpaid invoice, credit or money owed "
                "back): settle it first",
                field="person_id",
            )

    # -- the rows ------------------------------------------------------------------

    @staticmethod
    def _ids(
        ctx: CommandContext, table: str, person: Person, column: str = "participant_id"
    ) -> list[str]:
        t = Base.metadata.tables[table]
        return [
            str(i)
            for i in ctx.session.scalars(
                select(t.c.id).where(t.c.tenant_id == ctx.actor.tenant_id, t.c[column] == person.id)
            )
        ]

    def _treat(
        self,
        ctx: CommandContext,
        mode: str,
        ref: PersonReference,
        person_id: str,
        own: dict[str, list[str]],
    ) -> int:
        """Erase, clear or unlink the rows of ``ref``; returns how many were changed."""
        mapper = _mapped(ref.table)
        if mapper is None:
            return 0
        model = mapper.class_
        table: Table = mapper.local_table  # type: ignore[assignment]
        if ref.through is not None:
            ids: Sequence[str] = own.get(ref.through, [])
            if not ids:
                return 0
            match = or_(*(table.c[c].in_(ids) for c in ref.columns))
        else:
            match = or_(*(table.c[c] == person_id for c in ref.columns))
        # Tombstones too: a removed e-mail row still holds its address.
        condition = [match, table.c.tenant_id == ctx.actor.tenant_id]
        rows = list(ctx.session.scalars(select(model).where(*condition)))
        remove = removed_by(mode, ref)
        for row in rows:
            if ref.fate is Fate.UNLINK:
                for column in ref.columns:
                    if getattr(row, column) == person_id:
                        setattr(row, column, None)
            else:
                for column in ref.personal:
                    setattr(row, column, _cleared(table.c[column]))
                if remove and row.deleted_at is None:
                    row.deleted_at = ctx.now
            if hasattr(row, "server_seq"):
                ctx.concern(row)
        return len(rows)

    @staticmethod
    def _server_tables(
        ctx: CommandContext,
        person_id: str,
        addresses: list[str],
        numbers: list[str],
        about: list[str],
    ) -> dict[str, int]:
        """The server's own rows that name the person: mail and SMS to them (by address
        or number) and about them to others (``related_id`` one of ``about``: the person,
        their registrations; a manager's approval request names the participant), cleared,
        the recipient kept for others; a message still queued is not sent. The staff
        notices about those messages (a failed mail's address and subject) are cleared;
        their single-purpose links are removed."""
        tables = Base.metadata.tables
        counts: dict[str, int] = {}
        tenant = ctx.actor.tenant_id
        related = list(about)
        for name, values in (("mail_outbox", addresses), ("sms_outbox", numbers)):
            t = tables.get(name)
            if t is None:
                continue
            personal = next(r.personal for r in PERSON_REFERENCES if r.table == name)
            recipient = _OUTBOXES[name]
            to_them = or_(t.c.person_id == person_id, t.c[recipient].in_(values))
            about_them = t.c.related_id.in_(about) if about else None
            done = 0
            for match, columns in (
                (to_them, personal),
                (about_them, [c for c in personal if c != recipient]),
            ):
                if match is None:
                    continue
                where = [t.c.tenant_id == tenant, match]
                related += [str(i) for i in ctx.session.scalars(select(t.c.id).where(*where))]
                queued = _count(
                    ctx.session.execute(
                        update(t).where(*where, t.c.status == "queued").values(status="failed")
                    )
                )
                cleared = {c: _cleared(t.c[c]) for c in columns}
                done += max(
                    _count(ctx.session.execute(update(t).where(*where).values(**cleared))), queued
                )
            counts[name] = done
        notices = tables.get("notification")
        if notices is not None and related:
            cleared_notices = update(notices).where(
                notices.c.tenant_id == tenant, notices.c.related_id.in_(related)
            )
            counts["notification"] = _count(
                ctx.session.execute(cleared_notices.values(title="", body=""))
            )
        links = tables.get("link_token")
        if links is not None and addresses:
            gone = ctx.session.execute(
                delete(links).where(links.c.tenant_id == tenant, links.c.email.in_(addresses))
            )
            counts["link_token"] = _count(gone)
        return counts

    @staticmethod
    def _anonymise_person(ctx: CommandContext, person: Person, mode: str) -> None:
        table = Base.metadata.tables["person"]
        for column in next(r.personal for r in PERSON_REFERENCES if r.table == "person"):
            setattr(person, column, _cleared(table.c[column]))
        # The tenant's language is the server's to know (a client's file has no tenant
        # row): the client's name stands until the server's row arrives.
        tenant = ctx.session.get(Tenant, ctx.actor.tenant_id) if ctx.actor.authoritative else None
        person.last_name = anonymous_name(tenant.language if tenant else "en", person.id)
        person.country = ""
        person.erased_at = ctx.now
        if mode == "erase" and person.deleted_at is None:
            person.deleted_at = ctx.now
        ctx.concern(person)
