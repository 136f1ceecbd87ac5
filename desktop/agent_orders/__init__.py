"""The Agent orders tab (list view; the review and attest pages come with a later issue)."""
