"""The customer's attest of an agent order as a notification of its own (issue 16,
``agent_order.customer_attested``, server/services/agent_orders/signers.py): nobody gets
it while nothing is bound (the case's mails right after tell the order's people); bound
to the static recipients, they get it, delivered through a real SMTP server (aiosmtpd)
by the mail worker, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from models.agent_orders import OrderState
from models.notifications import (
    Channel,
    EventType,
    NotificationBinding,
    NotificationRecipient,
    RecipientKind,
)
from models.people import Person, PersonEmail
from models.tenancy import Tenant
from server.services.mail import MailWorker
from server.tables import MailOutbox
from tests.agent_orders.builders import Cast, add_order, order_state
from tests.agent_orders.test_services import customer_token, sign_agent_sms, sign_customer_sms
from tests.server.mail_texts import wait_for_mails
from tests.server.smtp import SmtpServer
from tests.utils.notify_events import delivers

E = EventType.AGENT_ORDER_CUSTOMER_ATTESTED


def _attested(cast: Cast) -> str:
    """An order taken through the agent's and the customer's attest (by SMS code)."""
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    sign_agent_sms(cast, order_id)
    sign_customer_sms(cast, order_id, customer_token(cast, order_id))
    assert order_state(cast.db, order_id).state == OrderState.CASE_CREATED
    return order_id


def _told(cast: Cast, order_id: str) -> list[MailOutbox]:
    with cast.db.sessions() as s:
        rows = s.scalars(
            select(MailOutbox).where(MailOutbox.related_id == order_id, MailOutbox.event_type == E)
        ).all()
        s.expunge_all()
        return list(rows)


@delivers(E)
def test_the_customers_attest_goes_to_whom_a_binding_names(cast: Cast, smtp: SmtpServer) -> None:
    unbound = _attested(cast)
    assert _told(cast, unbound) == []  # nothing bound: the case's mails tell the people

    address = f"kansli.{cast.slug}@kansli.example"
    with cast.db.transaction() as s:
        s.get_one(Tenant, cast.tenant_id).language = "sv"
        person = Person(tenant_id=cast.tenant_id, first_name="Karin", last_name="Kansli")
        s.add(person)
        s.flush()
        s.add(PersonEmail(tenant_id=cast.tenant_id, person_id=person.id, address=address))
        s.add(NotificationRecipient(tenant_id=cast.tenant_id, person_id=person.id))
        s.add(
            NotificationBinding(
                tenant_id=cast.tenant_id,
                event_type=E,
                recipients=[RecipientKind.STATIC],
                channels=[Channel.EMAIL],
            )
        )
        tenant = s.get_one(Tenant, cast.tenant_id).name
    order_id = _attested(cast)
    order = order_state(cast.db, order_id)

    [row] = _told(cast, order_id)
    assert (row.to_address, row.recipient_kind, row.kind) == (
        address,
        "static",
        "agent_order.customer_attested",
    )
    worker = MailWorker(cast.db, cast.settings.model_copy(update={"smtp_port": smtp.port}))
    [mail] = wait_for_mails(
        worker.run_once, lambda: [m for m in smtp.messages if str(m["To"]) == address], 1
    )
    assert mail["Subject"] == f"Beställning {order.number} är attesterad av Region Norr"
    text = str(mail.get_content()).replace("\r\n", "\n")
    signed = f"attest@region-norr.se har attesterat beställning {order.number}\n"
    assert text.startswith(f"Hej Karin Kansli,\n\n{signed}(Fiberanslutning 1 Gbit/s)")
    assert text.rstrip("\n").endswith(tenant)
