"""Every table that refers to a person is listed in models.personal_data (issue 23).

The list decides what an erasure removes and what a register extract shows: a new
table that refers to a person and is not listed would keep (or hide) personal data.
The schema is read, not a list copied: a column pointing at ``person.id``, a column
named like a person reference, or a link through a person's registration or invoice.
"""

from __future__ import annotations

import models  # noqa: F401  (every model registered)
import server.tables  # noqa: F401  (the server's own tables too)
from models.base import Base
from models.personal_data import EMAIL_REFERENCES, PERSON_REFERENCES, Fate

#: Columns that hold a person's id without a foreign key (server tables, loose links).
PERSON_COLUMN_NAMES = frozenset({"person_id", "participant_id", "approving_manager_id"})
#: Tables whose rows are a person's own: a table linking to them refers to the person.
THROUGH = {"registration": "registration_id", "invoice": "invoice_id"}


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
