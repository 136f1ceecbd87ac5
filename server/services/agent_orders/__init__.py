"""Agent orders on the server (seed 004; DOMAIN.md "Agent order").

- :mod:`.orders`: the customer's order, the agent's review, approval,
  rejection and the service-desk case;
- :mod:`.signing`: the two attests (SMS code or BankID), with the parts they
  share in :mod:`.signers` and BankID's in :mod:`.bankid`;
- :mod:`.records`: what is signed and hashed, who may act, the audit trail,
  the pages' data.

The package imports nothing: callers import the module they need.
"""
