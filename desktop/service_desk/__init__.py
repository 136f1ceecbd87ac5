"""The service desk's cases of attested agent orders (issue 20)."""
