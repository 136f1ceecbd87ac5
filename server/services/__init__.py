"""Server services: keyword-only functions over a session (or the database) and settings."""
