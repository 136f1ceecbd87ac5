"""Presence: check-in, attendance and grant reports (issue 19)."""
