"""handler signing (issue 20; helper H8): the case handler approves or rejects an agent
order with BankID when the tenant's agent-order settings say so (seed 004 step 1.14).

- ``agent_order_settings``: the synced singleton per tenant (``handler_signs_with_bankid``);
- ``app_user.personnummer``: whose BankID signature is the staff user's (the BankID
  signer's personnummer must be this one);
- ``bankid_signing.decision``: what a case handler's pending signing decides (approve with
  the form's values, or reject with the reason), applied once the signature completes.
"""

import sqlalchemy as sa
from alembic import op

from server.migrations.helpers import create_synced_table

revision: str = "0037"
down_revision: str | None = "0036"


def upgrade() -> None:
    create_synced_table(
        "agent_order_settings",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("handler_signs_with_bankid", sa.Boolean(), nullable=False),
    )
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(sa.Column("personnummer", sa.String(12), nullable=True))
    with op.batch_alter_table("bankid_signing") as batch:
        batch.add_column(sa.Column("decision", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("bankid_signing") as batch:
        batch.drop_column("decision")
    with op.batch_alter_table("app_user") as batch:
        batch.drop_column("personnummer")
    op.drop_table("agent_order_settings")
