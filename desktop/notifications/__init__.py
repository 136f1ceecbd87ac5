"""In-app notifications (``GET /api/v1/notifications``): a status-bar button with the
unread count and a list to read, open and mark them read. Fetched on the network pool."""
