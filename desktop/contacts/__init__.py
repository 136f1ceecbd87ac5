"""The contact book (seed 002): contacts of organisations, customers, contracts, agents and
users, with their roles (``tab.ContactsTab``)."""
