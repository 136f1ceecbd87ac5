"""docs/PRIVACY.md (the records of processing, GDPR art. 30) stays true with the schema:
every table that holds personal data is named in it, so a new such table fails here until
it is documented (its purpose, recipients, retention).

A table holds personal data when a column refers to a person (a foreign key to
``person``, ``app_user``, a registration or an invoice, which are a person's) or is named
as personal data is (a name, an address, a number, a personnummer, who did something).
The lead may fold this with the extract's and the erasure's list
(``models.personal_data``) once both are merged; this test reads the schema itself, so
it also covers the server's own tables (outboxes, tokens, the audit trail)."""

from __future__ import annotations

import re
from pathlib import Path

import sqlalchemy as sa

import models.commands  # noqa: F401 (every synced table registered)
import server.signing.tables
import server.tables  # noqa: F401 (the server's tables)
from models.base import Base

DOC = Path(__file__).resolve().parents[2] / "docs" / "PRIVACY.md"

#: Column names that are personal data wherever they are.
PERSONAL_NAMES = re.compile(
    r"^(personnummer|birth_date|first_name|last_name|.*_name|email|.*_email|phone|.*_phone"
    r"|address|to_address|number|to_number|payer|bank_account|author|actor|imported_by"
    r"|matched_by|signer_.*|.*person_id|participant_id|approving_manager_id|partner_id"
    r"|leader_id|user_id|.*_user_id|assignee_id|registration_id|invoice_id)$"
)
#: Names matching the pattern that are not personal in these tables (a course's name ...).
NOT_PERSONAL = {
    ("agent", "name"),
    ("organisation", "name"),
    ("category", "name"),
    ("course", "name"),
    ("course_round", "name"),
    ("membership_type", "name"),
    ("grant_rule_set", "name"),
    ("price_rule", "name"),
    ("discount_rule", "name"),
    ("message_template", "name"),
    ("accounting_object", "name"),
    ("payment_file", "name"),
    ("payment_settings", "sender_name"),
    ("signup_form", "name"),
    ("tenant", "name"),
    ("customer", "customer_number"),
}
#: Tables whose rows are a person's through a reference no column name shows.
REFERRING_TABLES = {"provider_event", "login_counter", "login_known_address"}
PERSON_TABLES = {"person", "app_user", "registration", "invoice"}


def holds_personal_data(table: sa.Table) -> bool:
    if table.name in PERSON_TABLES or table.name in REFERRING_TABLES:
        return True
    for column in table.columns:
        if (table.name, column.name) in NOT_PERSONAL:
            continue
        if PERSONAL_NAMES.match(column.name):
            return True
        if any(fk.column.table.name in PERSON_TABLES for fk in column.foreign_keys):
            return True
    return False


def personal_tables() -> set[str]:
    return {t.name for t in Base.metadata.tables.values() if holds_personal_data(t)}


def test_privacy_md_names_every_table_holding_personal_data() -> None:
    named = set(re.findall(r"`([a-z_]+)`", DOC.read_text(encoding="utf-8")))
    missing = sorted(personal_tables() - named)
    assert not missing, (
        f"docs/PRIVACY.md does not name {missing}: add each to its purpose (what it holds, "
        "who reads it, how long it is kept)"
    )


def test_the_check_sees_the_tables_it_must() -> None:
    found = personal_tables()
    # The person and what hangs on them, the server's own tables, the signing's.
    assert {"person", "consent", "mail_outbox", "link_token", "audit_event"} <= found
    assert {"otp_challenge", "signature_evidence", "alumni_registration"} <= found
    # Settings without people are not.
    assert not {"retention_settings", "agent_order_settings", "category", "tenant_seq"} & found
