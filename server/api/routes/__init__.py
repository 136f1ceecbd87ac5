"""The API's routes, thin: parse, call a service, answer.

:func:`routers` names every route module's router; the app mounts each under ``/api/v1``.
"""

from __future__ import annotations

from fastapi import APIRouter

from server.api.routes import (
    accounting,
    accounts,
    agent_orders,
    agent_roles,
    alumni,
    auth,
    card,
    evaluations,
    mail,
    meta,
    notifications,
    payments,
    privacy,
    refunds,
    reminders,
    reports,
    signatures,
    sms,
    sync,
    users,
)


def routers() -> list[APIRouter]:
    """The API's routers, each named here (a new route module adds its line)."""
    return [
        accounting.router,
        accounts.router,
        agent_orders.router,
        agent_roles.router,
        alumni.router,
        auth.router,
        card.router,
        evaluations.router,
        mail.router,
        meta.router,
        notifications.router,
        payments.router,
        privacy.router,
        refunds.router,
        reminders.router,
        reports.router,
        signatures.router,
        sms.router,
        sync.router,
        users.router,
    ]
