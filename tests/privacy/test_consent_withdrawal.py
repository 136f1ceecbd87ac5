"""Consent withdrawal (issue 23): the manager's receipt mail with a personal withdrawal link,
delivered through a real SMTP server (aiosmtpd); the link's page over real HTTP withdraws
(CSRF-checked, idempotent); the marketing mail the consent gated is then not sent to them;
staff withdraw on the person with the synced ``consent.withdraw``. On SQLite and
PostgreSQL (the module's server database)."""

from __future__ import annotations

import re
from datetime import timedelta

import requests
from sqlalchemy import select

from models.audit import AuditEvent
from models.ids import new_id
from models.notifications import EventType
from models.people import Activity, ActivityKind, Consent
from tests.approval.helpers import approve_on_page, hidden, person, pushed, request_link, text_of
from tests.server.helpers import World, cmd
from tests.server.test_notify_events import (
    Site,
    a_round,
    body,
    delivered,
    outbox,
    publish_form,
    register,
    tag,
    today,
)
from tests.utils.notify_events import delivers

E = EventType
WITHDRAW = re.compile(r"(http://kansli\.test/consent/[A-Za-z0-9_-]{20,})\?lang=(\w+)")


def approve(world: World, reg_id: str, *, lang: str = "en") -> None:
    """The manager approves on the page behind the request mail's link, in ``lang``."""
    approve_on_page(world, request_link(world, reg_id), lang=lang)


def manager_and_registration(world: World, maria: str) -> tuple[str, str]:
    """Maria, the approving manager of Erik's registration on a round a month ahead."""
    manager = person(world, "Maria", "Chef", maria)
    round_id = a_round(world, today() + timedelta(days=30), today() + timedelta(days=31))
    erik = person(world, "Erik", "Lund", f"erik.{tag(world)}@firma.se")
    return manager, register(world, round_id, erik, manager)


def static_recipient_of_round_opens(world: World, person_id: str) -> None:
    """``person_id`` gets the round.opens mails (a static recipient of its binding)."""
    pushed(
        world,
        cmd(
            "notification_recipient.create",
            recipient_id=new_id(),
            person_id=person_id,
            role="Kontakt",
        ),
        role="admin",
    )


def round_opens_to_static_recipients(world: World) -> None:
    """The round.opens mails go to the tenant's static recipients, by e-mail."""
    pushed(
        world,
        cmd(
            "notification_binding.create",
            binding_id=new_id(),
            event_type=E.ROUND_OPENS.value,
            recipients=["static"],
            channels=["email"],
        ),
        role="admin",
    )


def withdrawals_on_timeline(world: World, person_id: str) -> list[Activity]:
    with world.db.sessions() as s:
        rows = s.scalars(
            select(Activity).where(
                Activity.person_id == person_id, Activity.kind == ActivityKind.CONSENT_WITHDRAWN
            )
        ).all()
        s.expunge_all()
        return list(rows)


def consents(world: World, reg_id: str) -> dict[str, Consent]:
    with world.db.sessions() as s:
        rows = s.scalars(select(Consent).where(Consent.registration_id == reg_id)).all()
        s.expunge_all()
        return {c.kind: c for c in rows}


@delivers(E.REGISTRATION_CONSENT_RECORDED)
def test_a_manager_withdraws_from_the_mailed_link_and_gets_no_more_offers(
    site: Site, world: World
) -> None:
    maria, karin = (f"{n}.{tag(world)}@firma.se" for n in ("maria", "karin"))
    manager, reg_id = manager_and_registration(world, maria)
    # Maria and Karin both get the offers of new rounds (the tenant's static recipients).
    static_recipient_of_round_opens(world, manager)
    static_recipient_of_round_opens(world, person(world, "Karin", "Kansli", karin))
    round_opens_to_static_recipients(world)
    approve(world, reg_id)

    # The receipt: to the address that consented, with the consent's text and the link.
    [receipt] = outbox(world, E.REGISTRATION_CONSENT_RECORDED)
    assert (receipt.to_address, receipt.related_id) == (maria, reg_id)
    got = [m for m in delivered(site, maria) if m["Subject"].startswith("Your consent")]
    [mail] = got
    assert mail["Subject"] == "Your consent is recorded: Erik Lund, Projektledning"
    text = body(mail)
    given = consents(world, reg_id)["personal_data"]
    assert given.terms_text in text
    found = WITHDRAW.search(text)
    assert found, text
    assert found.group(2) == "en"
    link = found.group(1).replace("http://kansli.test", world.url)

    # The page shows what was consented to, and withdraws on POST.
    page = requests.get(link, timeout=10)
    assert page.status_code == 200, page.text
    shown = text_of(page.text)
    assert given.terms_text in shown and "Projektledning" in shown and maria in shown
    assert "Erik" not in shown and "Lund" not in shown  # the link names no participant
    forged = requests.post(link, data={"csrf_token": "x"}, timeout=10)
    assert forged.status_code in (400, 403), forged.text
    assert consents(world, reg_id)["personal_data"].withdrawn_at is None
    answer = requests.post(link, data={"csrf_token": hidden(page.text, "csrf_token")}, timeout=10)
    assert answer.status_code == 200, answer.text
    assert "Your consent is withdrawn as of" in text_of(answer.text)

    after = consents(world, reg_id)
    withdrawn = after["personal_data"]
    assert withdrawn.withdrawn_at is not None and withdrawn.withdrawn_via == "link"
    # Appended, never changed: the consent as given stands beside its withdrawal.
    assert (withdrawn.terms_text, withdrawn.given_at) == (given.terms_text, given.given_at)
    assert after["terms"].withdrawn_at is None  # the terms are the agreement, not withdrawn

    # Idempotent: again from the page (the link still works) and again by POST.
    again_page = requests.get(link, timeout=10)
    again_shown = text_of(again_page.text)
    assert "You withdrew this consent on" in again_shown
    # Once withdrawn, the page shows only when: not the consent, the address, the course.
    for said in (given.terms_text, maria, "Projektledning"):
        assert said not in again_shown
    again = requests.post(link, data={"csrf_token": hidden(page.text, "csrf_token")}, timeout=10)
    assert again.status_code == 200
    assert "You withdrew this consent on" in text_of(again.text)
    assert consents(world, reg_id)["personal_data"].withdrawn_at == withdrawn.withdrawn_at
    with world.db.sessions() as s:
        audits = s.scalars(
            select(AuditEvent.details).where(
                AuditEvent.tenant_id == world.tenant_id, AuditEvent.action == "consent.withdraw"
            )
        ).all()
    assert audits == [{"via": "link"}]
    # On Maria's timeline, once, naming the round of the registration she approved.
    [entry] = withdrawals_on_timeline(world, manager)
    assert (entry.subject, entry.actor, entry.data["via"]) == (
        "Consent withdrawn: Projektledning HT26",
        maria,
        "link",
    )
    assert entry.registration_id is None  # not on Erik's timeline: the consent is Maria's

    # The next offer of a new round goes to Karin, not to Maria.
    opened = a_round(world, today() + timedelta(days=40), today() + timedelta(days=40))
    publish_form(world, opened)
    assert [m.to_address for m in outbox(world, E.ROUND_OPENS)] == [karin]
    assert [m["Subject"] for m in delivered(site, karin)] == [
        "Registration is open: Projektledning (Projektledning HT26)"
    ]
    assert not [m for m in delivered(site, maria) if "Registration is open" in m["Subject"]]


def test_staff_withdraw_a_consent_on_the_person_and_it_syncs(site: Site, world: World) -> None:
    maria = f"maria.{tag(world)}@firma.se"
    _, reg_id = manager_and_registration(world, maria)
    approve(world, reg_id, lang="sv")
    given = consents(world, reg_id)
    # Consented in Swedish: the receipt is in Swedish, its link opens the Swedish page.
    [receipt] = delivered(site, maria)[-1:]
    assert receipt["Subject"] == "Ditt samtycke är registrerat: Erik Lund, Projektledning"
    assert given["personal_data"].terms_text in body(receipt)
    assert WITHDRAW.search(body(receipt)).group(2) == "sv"  # type: ignore[union-attr]

    [terms] = world.push(cmd("consent.withdraw", consent_id=given["terms"].id), role="course_admin")
    assert terms["status"] == "rejected"
    assert terms["message"] == "Only a consent to the processing of personal data can be withdrawn"
    [refused] = world.push(
        cmd("consent.withdraw", consent_id=given["personal_data"].id), role="attestant"
    )
    assert refused["status"] == "rejected"

    pushed(world, cmd("consent.withdraw", consent_id=given["personal_data"].id))
    [entry] = withdrawals_on_timeline(world, given["personal_data"].person_id or "")
    assert (entry.subject, entry.data["via"]) == ("Consent withdrawn: Projektledning HT26", "staff")
    first = consents(world, reg_id)["personal_data"]
    assert first.withdrawn_via == "staff" and first.withdrawn_at is not None
    pushed(world, cmd("consent.withdraw", consent_id=given["personal_data"].id))
    assert consents(world, reg_id)["personal_data"].withdrawn_at == first.withdrawn_at

    # Every client sees it: the pulled consent carries the withdrawal.
    pulled = world.pull_all(role="alumni_officer")["changes"]["consent"]
    row = pulled[given["personal_data"].id]
    assert row["withdrawn_via"] == "staff" and row["withdrawn_at"]
    assert pulled[given["terms"].id]["withdrawn_at"] is None
    with world.db.sessions() as s:
        [event] = s.scalars(
            select(AuditEvent).where(
                AuditEvent.tenant_id == world.tenant_id, AuditEvent.action == "consent.withdraw"
            )
        ).all()
        assert (event.entity_id, event.details) == (given["personal_data"].id, {"via": "staff"})


def test_a_withdrawal_stands_whichever_registration_and_a_later_approval(
    site: Site, world: World
) -> None:
    """Maria approves two registrations; she withdraws the first one's consent: no more
    offers, although the second's consent (given later) stands, and approving a third
    (a consent the approval requires, not an opt-in to offers) does not undo it."""
    maria = f"maria.{tag(world)}@firma.se"
    manager, first = manager_and_registration(world, maria)
    round_id = a_round(world, today() + timedelta(days=50), today() + timedelta(days=51))
    second = register(
        world, round_id, person(world, "Eva", "Berg", f"eva.{tag(world)}@x.se"), manager
    )
    third = register(
        world, round_id, person(world, "Olof", "Ek", f"olof.{tag(world)}@x.se"), manager
    )
    static_recipient_of_round_opens(world, manager)
    round_opens_to_static_recipients(world)
    approve(world, first)
    approve(world, second)
    pushed(world, cmd("consent.withdraw", consent_id=consents(world, first)["personal_data"].id))
    assert consents(world, second)["personal_data"].withdrawn_at is None
    approve(world, third)
    assert consents(world, third)["personal_data"].withdrawn_at is None

    opened = a_round(world, today() + timedelta(days=60), today() + timedelta(days=60))
    publish_form(world, opened)
    assert outbox(world, E.ROUND_OPENS) == []
    assert not [m for m in delivered(site, maria) if "Registration is open" in m["Subject"]]
