"""Tables only the server has, one module per feature.

- :mod:`.auth`: bearer tokens, sign-in throttling, the web view's handover codes;
- :mod:`.sync`: the command log and the per-tenant ``server_seq``;
- :mod:`.outbox`: the mail and SMS outboxes;
- :mod:`.links`: single-purpose link tokens;
- :mod:`.ledger`: the people's accounts (append only);
- :mod:`.booking`: each registration's stored price lines and terms (append only);
- :mod:`.invoices`: invoices and credit notes (append only);
- :mod:`.notifications`: in-app notifications;
- :mod:`.card`: card payments' checkouts and provider events;
- :mod:`.agent_orders`: BankID sign orders in progress, when each user last opened an order;
- :mod:`.reminders`: the payment reminders sent (append only);
- :mod:`.payments`: incoming payments and imported payment files;
- :mod:`.refunds`: money owed back to people and how it left;
- :mod:`.evaluations`: the answers to course evaluations (append only).

The signing's own tables (SMS challenges, signature evidence) are in
:mod:`server.signing.tables`. Importing this package registers every table
here with the metadata (Alembic, ``server.db``); its names are importable
from the package directly.
"""

from __future__ import annotations

from models.audit import AuditEvent as AuditEvent
from server.tables.agent_orders import AgentOrderSeen, BankIdSigning
from server.tables.auth import AuthToken, LoginCounter, LoginKnownAddress, WebHandover
from server.tables.booking import Booking
from server.tables.card import CardCheckout, ProviderEvent
from server.tables.evaluations import EvaluationAnswer
from server.tables.invoices import Invoice
from server.tables.ledger import LedgerPosting, LedgerTransaction
from server.tables.links import LinkToken
from server.tables.notifications import Notification
from server.tables.outbox import MailOutbox, SmsOutbox
from server.tables.payments import IncomingPayment, PaymentFile
from server.tables.refunds import Refund
from server.tables.reminders import PaymentReminder
from server.tables.sync import CommandLog, TenantSeq

# ``AuditEvent``: the audit trail's table lives with the models (commands write
# it too) and is re-exported here; write it through ``server.services.audit.audit``.

__all__ = [
    "AgentOrderSeen",
    "AuditEvent",
    "AuthToken",
    "BankIdSigning",
    "Booking",
    "CardCheckout",
    "CommandLog",
    "EvaluationAnswer",
    "IncomingPayment",
    "Invoice",
    "LedgerPosting",
    "LedgerTransaction",
    "LinkToken",
    "LoginCounter",
    "LoginKnownAddress",
    "MailOutbox",
    "Notification",
    "PaymentFile",
    "PaymentReminder",
    "ProviderEvent",
    "Refund",
    "SmsOutbox",
    "TenantSeq",
    "WebHandover",
]
