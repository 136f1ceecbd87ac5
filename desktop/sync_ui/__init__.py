"""Sync in the UI: the status bar widget, the sync issues list, refresh after a pull."""
