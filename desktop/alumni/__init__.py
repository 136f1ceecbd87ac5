"""The Alumni queue tab (list view; decisions come with a later issue)."""
