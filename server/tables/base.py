"""What the server's own (not synced) per-tenant tables share."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.ids import new_id


class TenantRow:
    """A row of one tenant: its id and the tenant's (indexed), first in the table."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id, sort_order=-1)
    tenant_id: Mapped[str] = mapped_column(String(36), index=True, sort_order=-1)
