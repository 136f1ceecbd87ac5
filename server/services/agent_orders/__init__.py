"""Agent orders on the server (seed 004; DOMAIN.md "Agent order").

- :mod:`.orders`: the customer's order, the agent's review, approval,
  rejection and the service-desk case;
- :mod:`.signing`: the two attests (SMS code or BankID), with the parts they
  share in :mod:`.signers` and BankID's in :mod:`.bankid`;
- :mod:`.records`: what is signed and hashed, who may act, the audit trail,
  the pages' data.

The names callers outside the feature need are importable from this package.
"""

from __future__ import annotations

from server.services.agent_orders.orders import INVITATION_PURPOSE, invite_customer
from server.services.agent_orders.signers import send_queued_sms

__all__ = ["INVITATION_PURPOSE", "invite_customer", "send_queued_sms"]
