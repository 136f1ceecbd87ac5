"""Signing building blocks for agent orders: SMS one-time codes, the SMS gateway, BankID.

Services only; the routes and pages that use them live elsewhere. The
challenge table is server-only (``server.signing.tables``).
"""
