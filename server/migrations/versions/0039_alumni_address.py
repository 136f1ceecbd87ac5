"""alumni address (issue 20; helper H10): the postal address a registration's form gave
(street, postal code, city, country), applied to the person as the rule on unconfirmed
contact data allows"""

import sqlalchemy as sa
from alembic import op

revision: str = "0039"
down_revision: str | None = "0037"


def upgrade() -> None:
    with op.batch_alter_table("alumni_registration") as batch:
        batch.add_column(sa.Column("street", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("postal_code", sa.String(10), nullable=False, server_default=""))
        batch.add_column(sa.Column("city", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("country", sa.String(2), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("alumni_registration") as batch:
        batch.drop_column("country")
        batch.drop_column("city")
        batch.drop_column("postal_code")
        batch.drop_column("street")
