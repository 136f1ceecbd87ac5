"""Pieces the tabs share: the small-list model, the table view, the search field."""
