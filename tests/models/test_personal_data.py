"""Every table that refers to a person is listed in models.personal_data (issue 23).

The list decides what an erasure removes and what a register extract shows: a new
table that refers to a person and is not listed would keep (or hide) personal data.
The schema is read, not a list copied: a column pointing at ``person.id``, a column
named like a person reference, or a link through a person's registration or invoice.
"""

from __future__ import annotations

import re

import models  # noqa: F401  (every model registered)
import server.tables  # noqa: F401  (the server's own tables too)
from models.base import Base
from models.personal_data import EMAIL_REFERENCES, PERSON_REFERENCES, Fate

#: Columns that hold a person's id without a foreign key (server tables, loose links).
PERSON_COLUMN_NAMES = frozenset({"person_id", "participant_id", "approving_manager_id"})
#: Tables whose rows are a person's own: a table linking to them refers to the person.
THROUGH = {"registration": "registration_id", "invoice": "invoice_id"}


#: Columns named like personal data (an e-mail, a name, a personnummer, a phone) that are
#: neither a person's (:data:`PERSON_REFERENCES`) nor found by a person's address
#: (:data:`EMAIL_REFERENCES`), each with why.
NOT_A_PERSONS = {
    # Names of things, not of people.
    **dict.fromkeys(
        [
            ("accounting_object", "name"),
            ("agent", "name"),
            ("category", "name"),
            ("command_log", "name"),
            ("course", "name"),
            ("course_round", "name"),
            ("discount_rule", "name"),
            ("form_element", "require_email_confirmation"),
            ("grant_rule_set", "name"),
            ("membership_type", "name"),
            ("message_template", "name"),
            ("message_template", "email_body"),
            ("message_template", "published_email_body"),
            ("organisation", "name"),
            ("payment_file", "name"),
            ("payment_settings", "sender_name"),
            ("tenant", "name"),
        ],
        "a thing's name or text",
    ),
    # Staff: their accounts and what they did (the audit trail); a person with a staff
    # account is not erased (the account is removed first).
    **dict.fromkeys(
        [
            ("app_user", "display_name"),
            ("app_user", "phone"),
            ("app_user", "personnummer"),
            ("audit_event", "actor_email"),
            ("agent_order_step", "actor_email"),
            ("agent_order", "case_handler_email"),
            ("agent_order", "rejected_by_email"),
            ("agent_order", "declined_by_email"),
            ("registration_note", "author_email"),
            ("service_desk_case", "assignee_name"),
        ],
        "staff",
    ),
    # The evidence of an electronic signature, kept with it (contract evidence; found
    # through signature.signer_email).
    ("signature_evidence", "personnummer"): "contract evidence",
}
PERSONAL_NAME = re.compile(r"email|name|personnummer|phone")


def _listed() -> set[tuple[str, str]]:
    return {(r.table, c) for r in PERSON_REFERENCES for c in r.columns}


def test_every_column_that_refers_to_a_person_is_listed() -> None:
    found: set[tuple[str, str]] = set()
    for table in Base.metadata.tables.values():
        for column in table.columns:
            to_person = any(fk.column.table.name == "person" for fk in column.foreign_keys)
            through = str(table.name) not in THROUGH and column.name in THROUGH.values()
            if to_person or through or column.name in PERSON_COLUMN_NAMES:
                found.add((table.name, column.name))
    missing = sorted(found - _listed())
    assert not missing, f"not in models.personal_data.PERSON_REFERENCES: {missing}"


def test_every_listed_column_exists_and_personal_columns_too() -> None:
    tables = Base.metadata.tables
    for ref in PERSON_REFERENCES:
        assert ref.table in tables, ref.table
        columns = {c.name for c in tables[ref.table].columns}
        assert set(ref.columns) <= columns, ref
        assert set(ref.personal) <= columns, ref
        if ref.through:
            assert ref.through in tables, ref
    for table, columns in EMAIL_REFERENCES.items():
        assert set(columns) <= {c.name for c in tables[table].columns}, table


def test_bookkeeping_is_kept_and_the_ledger_never_edited() -> None:
    fates = {(r.table, r.fate) for r in PERSON_REFERENCES}
    for table in ("invoice", "ledger_posting", "payment_reminder", "incoming_payment", "booking"):
        assert (table, Fate.KEEP) in fates, table


def test_every_column_named_like_personal_data_is_classified() -> None:
    known = {(r.table, c) for r in PERSON_REFERENCES for c in (*r.columns, *r.personal)}
    known |= {(t, c) for t, columns in EMAIL_REFERENCES.items() for c in columns}
    found = {
        (table.name, column.name)
        for table in Base.metadata.tables.values()
        for column in table.columns
        if PERSONAL_NAME.search(column.name)
    }
    unclassified = sorted(found - known - NOT_A_PERSONS.keys())
    assert not unclassified, f"personal data? list in models.personal_data: {unclassified}"
    assert not NOT_A_PERSONS.keys() - found  # no stale entries
