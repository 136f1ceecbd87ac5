"""Presence (issue 19): the check-in station, attendance per round, activity grants."""
