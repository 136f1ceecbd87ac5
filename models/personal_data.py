"""Where a person's data is: every table that refers to a person, and how (issue 23).

One list for everything that must find all of a person's rows: the erasure
(``person.erase``, :mod:`models.commands.erasure`), the client's purge of an erased
person's rows (:meth:`sync.store.ClientStore.purge_erased`) and the register extract
(art. 15/20). ``tests/models/test_personal_data.py`` reads the schema and fails on a
table that refers to a person (a column pointing at ``person.id``, a ``person_id``, a
link through a person's registration or invoice) that is not listed here.

Each :class:`PersonReference` names the columns holding the person's id (or the id of
one of the person's rows of :attr:`PersonReference.through`), the columns that are
personal data in it, and what an erasure does with its rows (:class:`Fate`):

- ``ERASE``: the rows go (tombstoned with their personal columns cleared on the server;
  removed from a client's file),
- ``ANONYMISE``: ``erase`` removes them, ``anonymise`` keeps them (no longer
  identifying: counts, attendance, memberships) with their personal columns cleared,
- ``CLEAR``: the rows stay in either mode with their personal columns cleared (the
  person row itself, the anonymous reference; mail and SMS sent to them),
- ``UNLINK``: the rows are someone else's; the reference to the person is cleared,
- ``KEEP``: kept as they are, as bookkeeping law requires (invoices, vouchers, ledger
  postings keep amounts, dates and the person's id: the anonymised person row is the
  anonymous reference).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from models.visibility import MASK


class Fate(enum.StrEnum):
    """What an erasure does with a table's rows of the person."""

    ERASE = "erase"
    ANONYMISE = "anonymise"
    CLEAR = "clear"
    UNLINK = "unlink"
    KEEP = "keep"


@dataclass(frozen=True)
class PersonReference:
    """How ``table`` refers to a person.

    ``columns`` hold the person's id (for ``person`` itself: ``id``), or, with
    ``through``, the id of one of the person's rows of that table (a registration of
    theirs). ``personal`` are the columns that are personal data (cleared by an
    erasure of a row that stays, shown by an extract). ``synced``: the table is in the
    clients' files (else the server's alone).
    """

    table: str
    columns: tuple[str, ...]
    fate: Fate
    personal: tuple[str, ...] = ()
    through: str | None = None
    synced: bool = True


def _ref(
    table: str,
    columns: str,
    fate: Fate,
    personal: str = "",
    *,
    through: str | None = None,
    synced: bool = True,
) -> PersonReference:
    return PersonReference(
        table, tuple(columns.split()), fate, tuple(personal.split()), through, synced
    )


#: Every table that refers to a person, the person's own first; the order is the order
#: an erasure treats them in (children before what they hang on).
PERSON_REFERENCES: tuple[PersonReference, ...] = (
    _ref(
        "person",
        "id",
        Fate.CLEAR,
        "first_name last_name personnummer birth_date organisation_id title street"
        " postal_code city notes",
    ),
    _ref("person_email", "person_id", Fate.ERASE, "address bounce_detail"),
    _ref("person_phone", "person_id", Fate.ERASE, "number"),
    _ref("person_category", "person_id", Fate.ANONYMISE),
    _ref("person_membership", "person_id", Fate.ANONYMISE),
    _ref("membership_card", "person_id", Fate.ERASE, "code"),
    _ref("level_approval", "person_id", Fate.ANONYMISE, "note"),
    _ref("activity", "person_id", Fate.ERASE, "subject body actor data"),
    _ref("consent", "person_id", Fate.ERASE, "email terms_text"),
    _ref("contact", "person_id", Fate.ERASE),
    _ref("notification_recipient", "person_id", Fate.ERASE),
    _ref("attendance", "person_id", Fate.ANONYMISE, "override_reason"),
    _ref(
        "alumni_registration",
        "person_id",
        Fate.ERASE,
        "email first_name last_name personnummer phone program graduation_year street"
        " postal_code city country answers decision_reason decision_details denial_reason"
        " last_error proposed shared_reason",
    ),
    _ref(
        "student_record",
        "person_id",
        Fate.ERASE,
        "personnummer email first_name last_name program_code program_name degree credits"
        " graduation_year street postal_code city notes",
    ),
    # The person's registrations (as participant) and what hangs on them.
    _ref("registration_note", "registration_id", Fate.ERASE, "text", through="registration"),
    _ref("consent", "registration_id", Fate.ERASE, "email terms_text", through="registration"),
    _ref(
        "evaluation_answer",
        "registration_id",
        Fate.CLEAR,
        "answers",  # free texts may name or describe the person (migration 0046)
        through="registration",
        synced=False,
    ),
    # Others' timeline entries about the person's registrations (a manager's "approval
    # requested for ..."): the entry stays, its text goes.
    _ref(
        "activity",
        "registration_id",
        Fate.CLEAR,
        "subject body data",
        through="registration",
    ),
    _ref("booking", "person_id", Fate.KEEP, synced=False),
    _ref("booking", "registration_id", Fate.KEEP, through="registration", synced=False),
    _ref("card_checkout", "registration_id", Fate.KEEP, through="registration", synced=False),
    _ref("card_checkout", "invoice_id", Fate.KEEP, through="invoice", synced=False),
    _ref(
        "registration",
        "participant_id",
        Fate.ANONYMISE,
        "form_manager_name form_manager_email signup_answers",
    ),
    # Someone else's rows that name the person.
    _ref("registration", "approving_manager_id partner_id", Fate.UNLINK),
    _ref("course", "leader_id", Fate.UNLINK),
    _ref("round_session", "leader_id", Fate.UNLINK),
    # What bookkeeping law keeps (Bokföringslagen 7 kap.: seven years): amounts, dates and
    # the person's id, the person row being the anonymous reference.
    _ref("invoice", "person_id", Fate.KEEP, synced=False),
    _ref("payment_reminder", "person_id", Fate.KEEP, synced=False),
    _ref("payment_reminder", "invoice_id", Fate.KEEP, through="invoice", synced=False),
    _ref("refund", "person_id", Fate.KEEP, "bank_account", synced=False),
    _ref("ledger_posting", "person_id", Fate.KEEP, synced=False),
    _ref("incoming_payment", "invoice_id", Fate.KEEP, "payer", through="invoice", synced=False),
    # Mail and SMS queued or sent to the person: recipients and bodies are cleared, the
    # row (that a message was sent, when) stays.
    _ref(
        "mail_outbox",
        "person_id",
        Fate.CLEAR,
        "to_address subject body_text body_html last_error",
        synced=False,
    ),
    _ref(
        "sms_outbox",
        "person_id",
        Fate.CLEAR,
        "to_number body last_error delivery_detail",
        synced=False,
    ),
)

#: Tables that name a person by e-mail address (or the name given with it) only (agent
#: orders and their signatures, single-purpose links, staff accounts, a manager named on
#: a registration form): found by the person's addresses. Signatures and orders are
#: contract evidence and kept; links are removed by an erasure, a manager's name and
#: addresses on others' registrations cleared.
EMAIL_REFERENCES: dict[str, tuple[str, ...]] = {
    "agent_order": (
        "ordered_by_email",
        "ordered_by_name",
        "customer_attestant_email",
        "agent_attestant_email",
    ),
    "signature": ("signer_email", "signer_name"),
    "bankid_signing": ("signer_email",),
    "otp_challenge": ("signer_email", "phone_hint"),
    "link_token": ("email",),
    "app_user": ("email",),
    "registration": ("form_manager_name", "form_manager_email", "approved_by_email"),
}


def references_of(table: str) -> tuple[PersonReference, ...]:
    """The references of ``table`` (a table may refer to a person more than one way)."""
    return tuple(r for r in PERSON_REFERENCES if r.table == table)


def person_tables() -> frozenset[str]:
    """Every table that refers to a person by id (directly or through a row of theirs)."""
    return frozenset(r.table for r in PERSON_REFERENCES)


def removed_by(mode: str, reference: PersonReference) -> bool:
    """Whether an erasure in ``mode`` ("erase" | "anonymise") removes the rows of
    ``reference`` (else they stay, cleared of their personal columns or unlinked)."""
    return reference.fate is Fate.ERASE or (reference.fate is Fate.ANONYMISE and mode == "erase")


def masked_texts(value: Any, key: str = "") -> Any:
    """``value`` (a command's arguments, a refusal's details) with every text masked
    but ids (``id``, ``*_id``, ``*_ids``): what is left of a command about an erased
    person is which rows it was about."""
    if isinstance(value, dict):
        return {k: masked_texts(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [masked_texts(v, key) for v in value]
    if isinstance(value, str) and not (key == "id" or key.endswith(("_id", "_ids"))):
        return MASK
    return value
