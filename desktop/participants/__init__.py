"""The Participants tab: every registration across rounds, lazily loaded from SQL."""
