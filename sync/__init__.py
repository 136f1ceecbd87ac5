"""The client side of sync: the local store, the outbox and the sync engine. No Qt here."""
