"""Every agent-order step's mail, delivered through a real SMTP server (aiosmtpd) by the
mail worker, in English and Swedish, on SQLite and PostgreSQL: each says exactly what the
shipped default template of its event says, filled with the order's values
(server/services/message_defaults.py; issue 16). The SMTP server is the session's, which
the live app's worker (of the HTTP tests) sends to as well."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from sqlalchemy import select

from models.agent_orders import OrderState
from models.ids import utcnow
from models.notifications import (
    Channel,
    EventType,
    NotificationBinding,
    RecipientKind,
    ScopeKind,
)
from models.organisations import Contact, ContactRole, Contract, Customer, Organisation
from models.people import Person, PersonEmail
from models.tenancy import Tenant
from server.services.agent_orders import orders as svc
from server.services.mail import MailWorker
from server.tables import MailOutbox
from server.tables.notifications import Notification
from tests.agent_orders.builders import Cast, add_order, approve, order_state, reject
from tests.agent_orders.test_services import customer_token, sign_agent_sms, sign_customer_sms
from tests.server.mail_texts import assert_sent, expected, wait_for_mails
from tests.server.smtp import SmtpServer
from tests.utils.notify_events import delivers

SERVICE = "Fiberanslutning 1 Gbit/s"


def _in_language(cast: Cast, language: str) -> dict[str, str]:
    """Set the tenant's language; the names every order mail of the tenant uses."""
    with cast.db.transaction() as s:
        tenant = s.get(Tenant, cast.tenant_id)
        customer = s.get(Organisation, cast.customer_id)
        assert tenant is not None and customer is not None
        tenant.language = language
        return {"tenant": tenant.name, "customer": customer.name}


def _deliver(cast: Cast, smtp: SmtpServer, to: set[str], count: int) -> list[EmailMessage]:
    """Send the outbox with the mail worker until ``count`` mails to ``to`` arrived."""
    worker = MailWorker(cast.db, cast.settings.model_copy(update={"smtp_port": smtp.port}))
    return wait_for_mails(
        worker.run_once, lambda: [m for m in smtp.messages if str(m["To"]) in to], count
    )


def _queued_token(cast: Cast, kind: str, to: str, path: str) -> str:
    with cast.db.sessions() as s:
        body = s.scalar(
            select(MailOutbox.body_text).where(
                MailOutbox.tenant_id == cast.tenant_id,
                MailOutbox.kind == kind,
                MailOutbox.to_address == to,
            )
        )
    assert body and path in body
    return body.split(path, 1)[1].split()[0].split("?")[0]  # the token, not ?lang=


@delivers(
    "agent_order.invitation",
    "agent_order.ordered",
    "agent_order.agent_review",
    "agent_order.agent_approved",
    "agent_order.agent_attested",
    "agent_order.case_created",
)
@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_step_of_an_order_mails_its_default_templates_text(
    cast: Cast, smtp: SmtpServer, language: str
) -> None:
    names = _in_language(cast, language)
    base = cast.settings.public_base_url
    orderer, customer_attestant = f"kim.{cast.slug}@region-norr.se", cast.customer_attestant_email
    handler, both, attestant = (cast.users[n] for n in ("handler", "both", "attestant"))
    now = utcnow()
    expires = svc.invite_customer(
        db=cast.db,
        settings=cast.settings,
        principal=cast.principal("admin"),
        customer_organisation_id=cast.customer_id,
        email=orderer,
        now=now,
    )
    invitation = _queued_token(cast, "agent_order.invitation", orderer, "/agent-orders/order/")
    order = svc.place_order(
        db=cast.db,
        settings=cast.settings,
        token=invitation,
        agent_id=cast.agents["a"],
        service=SERVICE,
        address="Storgatan 1, 901 84 Umeå",
        message="",
        ordered_by_name="Kim Kund",
        contact_phone="+46701234567",
        customer_attestant=cast.customer_attestant_id,
        now=now,
    )
    svc.open_review(
        db=cast.db,
        settings=cast.settings,
        principal=cast.principal("handler"),
        order_id=order.id,
        now=now,
    )
    approve(cast, order.id, "handler", attestant.email)
    sign_agent_sms(cast, order.id)
    attest_token = customer_token(cast, order.id)
    sign_customer_sms(cast, order.id, attest_token)
    case = order_state(cast.db, order.id).case_number

    to = {orderer, customer_attestant, handler.email, both.email, attestant.email}
    mails = _deliver(cast, smtp, to, 11)
    assert len(mails) == 11
    about: dict[str, object] = {**names, "number": order.number, "service": SERVICE}
    about["agent"] = "Nordisk Nätpartner AB"
    staff = f"{base}/staff/agent-orders/{order.id}"
    steps: list[tuple[str, str, dict[str, object]]] = [
        # (to, default template, its values)
        (
            orderer,
            "agent_order.invitation",
            {
                "tenant": names["tenant"],
                "organisation": names["customer"],
                "link": f"{base}/agent-orders/order/{invitation}?lang={language}",
                "link_valid_until": expires.date().isoformat(),
            },
        ),
        *(
            (
                user.email,
                "agent_order.ordered.case_handlers",
                {
                    **about,
                    "recipient_name": user.display_name,
                    "link": f"{staff}/review?lang={language}",
                },
            )
            for user in (handler, both)
        ),
    ]
    steps += [
        (
            orderer,
            "agent_order.ordered.customer",
            {**about, "recipient_name": "Kim Kund", "attestant": customer_attestant},
        ),
        (orderer, "agent_order.agent_review.customer", {**about, "recipient_name": "Kim Kund"}),
        (
            attestant.email,
            "agent_order.agent_approved.attestant",
            {
                **about,
                "recipient_name": attestant.display_name,
                "approver": handler.display_name,
                "link": f"{staff}/attest?lang={language}",
            },
        ),
        (
            customer_attestant,
            "agent_order.agent_attested.customer_attestant",
            {
                **about,
                "recipient_name": "",
                "days": "30",
                "link": f"{base}/agent-orders/attest/{attest_token}?lang={language}",
            },
        ),
        (
            handler.email,
            "agent_order.agent_attested.case_handlers",
            {
                **about,
                "recipient_name": handler.display_name,
                "signer": attestant.display_name,
                "attestant": customer_attestant,
                "link": f"{staff}?lang={language}",
            },
        ),
        (
            handler.email,
            "agent_order.case_created.case_handlers",
            {
                **about,
                "recipient_name": handler.display_name,
                "case": case,
                "link": f"{staff}?lang={language}",
            },
        ),
        (
            orderer,
            "agent_order.case_created.customer",
            {**about, "recipient_name": "Kim Kund", "case": case},
        ),
        (
            customer_attestant,
            "agent_order.case_created.customer_attestant",
            {**about, "case": case},
        ),
    ]
    for address, key, values in steps:
        assert_sent(mails, address, key, language, values)
    # In the app the case handler reads the subjects of the same defaults, in the same language.
    with cast.db.sessions() as s:
        titles = set(
            s.scalars(
                select(Notification.title).where(
                    Notification.user_id == handler.id, Notification.related_id == order.id
                )
            )
        )
    keys = ("ordered", "agent_attested", "case_created")
    assert titles == {
        expected(f"agent_order.{k}.case_handlers", language, {**about, "case": case})[0]
        for k in keys
    }


@delivers("agent_order.rejected")
@pytest.mark.parametrize("language", ["en", "sv"])
def test_a_rejection_mails_the_customer_and_the_chosen_attestant_their_texts(
    cast: Cast, smtp: SmtpServer, language: str
) -> None:
    names = _in_language(cast, language)
    base = cast.settings.public_base_url
    attestant = cast.users["attestant"]
    order_id = add_order(cast, state=OrderState.AGENT_APPROVED)
    reject(cast, order_id, "handler", reason="Adressen saknar fiber")
    order = order_state(cast.db, order_id)
    worker = MailWorker(cast.db, cast.settings.model_copy(update={"smtp_port": smtp.port}))
    # In review and rejected to the customer; awaits attestation and rejected to the attestant.
    mails = wait_for_mails(
        worker.run_once,
        lambda: [m for m in smtp.messages if order.number in str(m["Subject"])],
        4,
    )
    assert len(mails) == 4
    about = {
        **names,
        "number": order.number,
        "service": order.service,
        "agent": "Nordisk Nätpartner AB",
        "reason": "Adressen saknar fiber",
    }
    assert_sent(
        mails,
        attestant.email,
        "agent_order.rejected.attestant",
        language,
        {
            **about,
            "recipient_name": attestant.display_name,
            "link": f"{base}/staff/agent-orders/{order_id}?lang={language}",
        },
    )
    assert_sent(
        mails,
        "kim@region-norr.se",
        "agent_order.rejected.customer",
        language,
        {**about, "recipient_name": "Kim Kund"},
    )


def _contract_with_recipients(cast: Cast) -> tuple[str, list[str]]:
    """The customer's contract in force, with two contacts in the role Notification
    recipient (the second with two addresses), bound: the agent-review step's shipped
    default goes to the contract's contacts. Returns the contract and the contacts' ids."""
    with cast.db.transaction() as s:
        t = cast.tenant_id
        customer = Customer(tenant_id=t, organisation_id=cast.customer_id)
        s.add(customer)
        s.flush()
        contract = Contract(tenant_id=t, customer_id=customer.id, title="Avtal 2026")
        s.add(contract)
        s.flush()
        contacts = []
        people = (
            ("Nora", "Avisering", ["nora.{slug}@region-norr.se"]),
            ("Olle", "Mottagare", ["olle.{slug}@region-norr.se", "olle.{slug}@privat.se"]),
        )
        for first, last, addresses in people:
            person = Person(tenant_id=t, first_name=first, last_name=last)
            s.add(person)
            s.flush()
            for i, address in enumerate(addresses):
                s.add(
                    PersonEmail(
                        tenant_id=t,
                        person_id=person.id,
                        address=address.format(slug=cast.slug),
                        is_primary=i == 0,
                        position=i,
                    )
                )
            contact = Contact(
                tenant_id=t,
                person_id=person.id,
                role=ContactRole.NOTIFICATION_RECIPIENT,
                contract_id=contract.id,
            )
            s.add(contact)
            s.flush()
            contacts.append(contact.id)
        s.add(
            NotificationBinding(
                tenant_id=t,
                event_type=EventType.AGENT_ORDER_AGENT_REVIEW,
                scope_kind=ScopeKind.CONTRACT,
                scope_id=contract.id,
                recipients=[RecipientKind.CONTACTS],
                channels=[Channel.EMAIL],
            )
        )
        return contract.id, contacts


def test_a_contracts_notification_recipients_get_the_step_mail_until_the_role_is_removed(
    cast: Cast, smtp: SmtpServer
) -> None:
    names = _in_language(cast, "sv")
    _contract, contacts = _contract_with_recipients(cast)
    nora, olle = f"nora.{cast.slug}@region-norr.se", f"olle.{cast.slug}@region-norr.se"
    addresses = {nora, olle, f"olle.{cast.slug}@privat.se"}
    order_id = add_order(cast, state=OrderState.AGENT_REVIEW)
    order = order_state(cast.db, order_id)
    mails = _deliver(cast, smtp, addresses, 3)
    assert sorted(str(m["To"]) for m in mails) == sorted(addresses)
    about: dict[str, object] = {**names, "number": order.number, "service": SERVICE}
    about["agent"] = "Nordisk Nätpartner AB"
    for to, name in ((nora, "Nora Avisering"), (olle, "Olle Mottagare")):
        assert_sent(
            mails, to, "agent_order.agent_review.customer", "sv", {**about, "recipient_name": name}
        )
    with cast.db.sessions() as s:
        rows = s.scalars(
            select(MailOutbox).where(
                MailOutbox.related_id == order_id, MailOutbox.kind == "agent_order.in_review"
            )
        ).all()
        # The binding names the contacts only: the customer who ordered is not told.
        assert sorted(r.to_address for r in rows) == sorted(addresses)
        assert {(r.event_type, r.recipient_kind, r.template_version) for r in rows} == {
            (EventType.AGENT_ORDER_AGENT_REVIEW.value, RecipientKind.CONTACTS.value, 0)
        }

    # Olle no longer has the role: only Nora is told of the next order.
    with cast.db.transaction() as s:
        contact = s.get(Contact, contacts[1])
        assert contact is not None
        contact.deleted_at = utcnow()
    second = add_order(cast, state=OrderState.AGENT_REVIEW)
    with cast.db.sessions() as s:
        told = s.scalars(select(MailOutbox.to_address).where(MailOutbox.related_id == second)).all()
    assert told == [nora]
