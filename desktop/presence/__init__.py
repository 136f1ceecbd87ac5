"""Presence at sessions (issue 19): the full-screen check-in station."""
