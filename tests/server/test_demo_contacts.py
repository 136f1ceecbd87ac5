"""The demo's contact book (seed 002): customers and organisations have a main contact
and notification recipients, as the desktop's lists and the notifications will ask."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from models import Customer, Organisation
from models.contacts import TargetKind, links_of, main_contacts, notification_recipients
from models.notifications import NotificationRecipient
from models.tenancy import User
from server.db import migrate
from server.demo.generate import DemoSizes
from server.demo.seed import demo_tenant_id, seed_demo
from server.services.database import Database


def test_demo_customers_and_organisations_have_main_contacts_and_recipients(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    migrate(url)
    db = Database(url)
    try:
        seed_demo(db, sizes=DemoSizes().scaled(0.05), today=date(2026, 11, 25))
        tenant = demo_tenant_id()
        with db.sessions() as s:
            customers = list(s.scalars(select(Customer.id).where(Customer.tenant_id == tenant)))
            chiefs = main_contacts(s, tenant, TargetKind.CUSTOMER, customers)
            assert customers and set(chiefs) == set(customers)
            orgs = list(
                s.scalars(
                    select(Organisation.id)
                    .where(Organisation.tenant_id == tenant)
                    .order_by(Organisation.id)
                )
            )
            with_contacts = [o for o in orgs if links_of(s, tenant, TargetKind.ORGANISATION, o)]
            assert len(with_contacts) >= 3
            for org in with_contacts:
                chief = main_contacts(s, tenant, TargetKind.ORGANISATION, [org])[org]
                recipients = notification_recipients(s, tenant, TargetKind.ORGANISATION, org)
                # The main contact is a recipient too; a second manager may be one more.
                assert chief in recipients and len(recipients) <= 2
                assert all(p.organisation_id == org for p in recipients)
    finally:
        db.dispose()


def test_each_demo_user_is_their_own_main_contact_and_recipient(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    migrate(url)
    db = Database(url)
    try:
        report = seed_demo(db, sizes=DemoSizes().scaled(0.05), today=date(2026, 11, 25))
        with db.sessions() as s:
            for user in s.scalars(select(User)):
                me = main_contacts(s, report.tenant_id, TargetKind.USER, [user.id])[user.id]
                assert user.email in {e.address for e in me.emails}
                assert notification_recipients(s, report.tenant_id, TargetKind.USER, user.id) == [
                    me
                ]
                assert me.phones and me.phones[0].number == user.phone
                # Each is a static notification recipient, with their login.
                static = s.scalars(
                    select(NotificationRecipient).where(NotificationRecipient.user_id == user.id)
                ).one()
                assert (static.person_id, static.tenant_id) == (me.id, report.tenant_id)
    finally:
        db.dispose()
