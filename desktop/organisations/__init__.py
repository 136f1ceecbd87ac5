"""Organisations, customers with their contracts, and agents (issue 15)."""
