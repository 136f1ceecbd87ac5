"""The agent-order pages (seed 004).

- :mod:`.staff`: the staff pages in the desktop's web view (my approvals, the
  whole order, the case handler's review, the agent attestant's signature);
- :mod:`.links`: the customer's pages behind e-mailed links (the order form,
  the customer attestant's signature);
- :mod:`.pages`: what both share (refusals, the attest page and its routes,
  the BankID adapter).
"""
