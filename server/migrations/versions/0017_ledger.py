"""the people's accounts (issue 17): ledger transactions and postings, append only"""

from alembic import op

from server.migrations import helpers as h

revision: str = "0017"
down_revision: str | None = "0016"

#: Neither table may be changed or emptied: the database refuses it, whatever the code does.
LEDGER_TABLES = ("ledger_transaction", "ledger_posting")


def upgrade() -> None:
    h.create_tenant_table(
        "ledger_transaction",
        *h.strings(20, "kind"),
        *h.dates("day"),
        *h.strings(100, "reference"),
        *h.ids("created_by", nullable=True),
        h.created_at(),
        indexed=["tenant_id"],
    )
    h.create_tenant_table(
        "ledger_posting",
        *h.ids("transaction_id"),
        *h.strings(20, "account"),
        *h.amounts("amount"),
        *h.ids("person_id", nullable=True),
        *h.strings(20, "code"),
        h.foreign_key("ledger_posting", "transaction_id", "ledger_transaction"),
        indexed=["transaction_id"],
        indexes={"ix_ledger_posting_person": ["tenant_id", "person_id", "account"]},
    )
    if op.get_context().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'the ledger is append only: % of % refused', TG_OP, "
            "TG_TABLE_NAME USING ERRCODE = 'raise_exception'; END $$"
        )
    for table in LEDGER_TABLES:
        h.append_only(table, "the ledger is append only")


def downgrade() -> None:
    op.drop_table("ledger_posting")
    op.drop_table("ledger_transaction")
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP FUNCTION ledger_append_only()")
