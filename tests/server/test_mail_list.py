"""The notification follow-up over HTTP (``GET /api/v1/mail``): mail and SMS of the
tenant in one list, newest first, filtered and paged; the text only in one record's
detail, without tokens or codes; another tenant's records never shown. On SQLite and
PostgreSQL (the ``api`` fixture's two databases)."""

from __future__ import annotations

from datetime import timedelta, timezone
from typing import Any

from sqlalchemy import update

from models.ids import new_id, utcnow
from models.notifications import EventType
from models.people import Person, PersonEmail
from server.services.mail import MailWorker
from server.services.notify import Concerns, Recipient, notify
from server.tables import MailOutbox, SmsOutbox
from tests.server.conftest import api_settings
from tests.server.helpers import World, cmd
from tests.server.smtp import SmtpServer

BASE = utcnow().replace(microsecond=0) - timedelta(days=10)


def _fill(world: World) -> dict[str, str]:
    """Five mails and two SMS, a day apart (mail 0 oldest); returns name -> id."""
    ids: dict[str, str] = {}
    with world.db.transaction() as s:
        for i, (kind, to, status, error) in enumerate(
            [
                ("registration_approval", "chef.ett@firma.se", "sent", ""),
                ("registration_approval", "chef.tva@firma.se", "failed", "550 5.1.1 No such user"),
                ("user_invitation", "ny_100%@example.se", "queued", ""),
                ("registration_approval", "CHEF.tre@firma.se", "queued", "421 Try later"),
                ("password_reset", "admin@example.se", "sent", ""),
            ]
        ):
            mail = MailOutbox(
                id=new_id(),
                tenant_id=world.tenant_id,
                kind=kind,
                to_address=to,
                subject=f"Ämne {i}",
                body_text=f"Hej {i}! https://kansli.test/approve/{'A' * 43} mvh",
                related_id=f"00000000-0000-0000-0000-00000000000{i}",
                status=status,
                attempts=1 if status != "queued" else 0,
                last_error=error,
                created_at=BASE + timedelta(days=i),
                next_attempt_at=BASE,
                message_id=f"<{i}@kansli.test>",
            )
            s.add(mail)
            ids[f"mail{i}"] = mail.id
        for i, (status, error) in enumerate([("sent", ""), ("failed", "400 invalid number")]):
            sms = SmsOutbox(
                id=new_id(),
                tenant_id=world.tenant_id,
                to_number=f"+4670123456{i}",
                body=f"Din kod: 12345{i}",
                status=status,
                attempts=1,
                last_error=error,
                created_at=BASE + timedelta(days=5 + i, hours=12),
                next_attempt_at=BASE,
            )
            s.add(sms)
            ids[f"sms{i}"] = sms.id
    return ids


def _list(world: World, **params: Any) -> dict[str, Any]:
    resp = world.client().get(f"{world.url}/api/v1/mail", params=params, timeout=10)
    assert resp.status_code == 200, resp.text
    return resp.json()  # type: ignore[no-any-return]


def _names(ids: dict[str, str], answer: dict[str, Any]) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    return [by_id[m["id"]] for m in answer["mails"]]


def test_mail_and_sms_newest_first_without_texts(world: World, other_world: World) -> None:
    ids = _fill(world)
    _fill(other_world)
    answer = _list(world)
    assert _names(ids, answer) == ["sms1", "sms0", "mail4", "mail3", "mail2", "mail1", "mail0"]
    assert answer["total"] == 7 and answer["next_offset"] is None
    sms, mail = answer["mails"][0], answer["mails"][5]
    assert sms["channel"] == "sms" and sms["kind"] == "sms.signing_code"
    assert sms["to_address"] == "+46701234561" and sms["last_error"] == "400 invalid number"
    assert mail["channel"] == "email" and mail["kind"] == "registration_approval"
    assert mail["status"] == "failed" and mail["last_error"] == "550 5.1.1 No such user"
    assert all("body_text" not in m for m in answer["mails"])
    text = str(answer)
    assert "Hej" not in text and "kod" not in text


def test_filters_combine(world: World) -> None:
    ids = _fill(world)
    assert _names(ids, _list(world, channel="sms")) == ["sms1", "sms0"]
    assert _names(ids, _list(world, channel="email", status="queued")) == ["mail3", "mail2"]
    assert _names(ids, _list(world, status="failed")) == ["sms1", "mail1"]
    assert _names(ids, _list(world, kind="registration_approval")) == ["mail3", "mail1", "mail0"]
    assert _names(ids, _list(world, kind="sms.signing_code")) == ["sms1", "sms0"]
    # A part of the recipient, in any case; % and _ are plain characters.
    assert _names(ids, _list(world, recipient="chef.T")) == ["mail3", "mail1"]
    assert _names(ids, _list(world, recipient="_100%")) == ["mail2"]
    assert _names(ids, _list(world, recipient="70123")) == ["sms1", "sms0"]
    # since inclusive, until exclusive.
    day = BASE + timedelta(days=2)
    assert _names(
        ids, _list(world, since=day.isoformat(), until=(day + timedelta(days=3)).isoformat())
    ) == [
        "mail4",
        "mail3",
        "mail2",
    ]
    # A time in another zone means the same moment.
    east = (BASE + timedelta(days=4)).astimezone(timezone(timedelta(hours=2)))
    assert _names(ids, _list(world, since=east.isoformat(), channel="email")) == ["mail4"]
    related = "00000000-0000-0000-0000-000000000001"
    assert _names(ids, _list(world, related_id=related)) == ["mail1"]
    assert _list(world, channel="sms", kind="registration_approval") == {
        "mails": [],
        "total": 0,
        "next_offset": None,
    }


def test_pages_cover_the_list_once(world: World) -> None:
    ids = _fill(world)
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = _list(world, offset=offset, limit=3)
        assert page["total"] == 7
        seen += _names(ids, page)
        offset = page["next_offset"]
    assert seen == ["sms1", "sms0", "mail4", "mail3", "mail2", "mail1", "mail0"]
    for bad_params in (
        {"status": "lost"},
        {"recipient": "a\x00b"},
        {"kind": "x" * 61},
        {"since": "9999-12-31T23:59:59-05:00"},
    ):
        bad = world.client().get(f"{world.url}/api/v1/mail", params=bad_params, timeout=10)
        assert bad.status_code == 422, (bad_params, bad.text)


def test_detail_has_the_text_without_token_or_code(world: World, other_world: World) -> None:
    ids = _fill(world)
    mail = world.client().get(f"{world.url}/api/v1/mail/{ids['mail1']}", timeout=10).json()
    assert mail["channel"] == "email" and mail["to_address"] == "chef.tva@firma.se"
    assert mail["body_text"].startswith("Hej 1! ") and "A" * 43 not in mail["body_text"]
    assert "[link removed after sending]" in mail["body_text"]
    sms = world.client().get(f"{world.url}/api/v1/mail/{ids['sms1']}", timeout=10).json()
    assert sms["channel"] == "sms" and sms["status"] == "failed"
    assert sms["body_text"].startswith("Din kod: ") and "123451" not in sms["body_text"]
    for name in ("mail1", "sms1"):
        other = other_world.client().get(f"{world.url}/api/v1/mail/{ids[name]}", timeout=10)
        assert other.status_code == 404 and "firma" not in other.text
        viewer = world.client("viewer").get(f"{world.url}/api/v1/mail/{ids[name]}", timeout=10)
        assert viewer.status_code == 403
    assert (
        world.client("course_admin").get(f"{world.url}/api/v1/mail", timeout=10).status_code == 403
    )


def _notified(world: World) -> dict[str, str]:
    """Notifications as server.services.notify records them (issue 16): a mail from a
    published template (version 1) to a contact whose address later bounced, one from the
    shipped default to the participant, an SMS the gateway reported delivered and one it
    reported failed; returns name -> id, and "template" -> the template's id."""
    template_id, person_id = new_id(), new_id()
    results = world.push(
        cmd(
            "message_template.create",
            template_id=template_id,
            event_type="agent_order.ordered",
            name="Beställning mottagen",
            language="sv",
            subject="Beställning mottagen",
            email_body="Hej",
        ),
        cmd(
            "person.create",
            person_id=person_id,
            first_name="Kim",
            last_name="Kontakt",
            emails=[{"address": "Kim.Kontakt@kund.se"}],
        ),
    )
    assert all(r["status"] == "applied" for r in results), results
    ids = {"template": template_id}
    sent = BASE + timedelta(days=1, minutes=1)
    with world.db.transaction() as s:
        for name, to, event, template, version, kind, status in (
            ("ordered", "kim.kontakt@kund.se", "agent_order.ordered", template_id, 1, "contacts",
             "sent"),
            ("created", "deltagare@example.se", "registration.created", None, 0, "participant",
             "sent"),
        ):  # fmt: skip
            mail = MailOutbox(
                id=new_id(),
                tenant_id=world.tenant_id,
                kind=event,
                to_address=to,
                subject=name,
                body_text="Hej",
                status=status,
                attempts=1,
                created_at=BASE + timedelta(days=1),
                next_attempt_at=BASE,
                sent_at=sent,
                event_type=event,
                template_id=template,
                template_version=version,
                recipient_kind=kind,
                person_id=person_id if kind == "contacts" else None,
            )
            s.add(mail)
            ids[name] = mail.id
        for i, (report, detail) in enumerate([("delivered", ""), ("failed", "Not reachable")]):
            sms = SmsOutbox(
                id=new_id(),
                tenant_id=world.tenant_id,
                kind="round.starts_soon",
                to_number=f"+4670765432{i}",
                body="Kursen börjar i morgon",
                status="sent",
                attempts=1,
                created_at=BASE + timedelta(days=2, hours=i),
                next_attempt_at=BASE,
                sent_at=BASE + timedelta(days=2, hours=i),
                event_type="round.starts_soon",
                recipient_kind="participant",
                template_version=0,
                delivery_status=report,
                delivery_detail=detail,
                delivered_at=BASE + timedelta(days=2, hours=i, minutes=1),
            )
            s.add(sms)
            ids[f"sms_{report}"] = sms.id
        # A DSN came later: the contact's address is marked bounced.
        s.execute(
            update(PersonEmail)
            .where(PersonEmail.person_id == person_id)
            .values(bounced_at=sent + timedelta(hours=1), bounce_detail="550 5.1.1 Unknown user")
        )
    return ids


def test_what_each_notification_was_and_how_it_went(world: World, other_world: World) -> None:
    ids = _notified(world)
    _notified(other_world)
    answer = _list(world)
    by_id = {m["id"]: m for m in answer["mails"]}
    assert set(by_id) == {ids[n] for n in ("ordered", "created", "sms_delivered", "sms_failed")}
    ordered = by_id[ids["ordered"]]
    assert ordered["event_type"] == "agent_order.ordered"
    assert (ordered["template_id"], ordered["template_name"]) == (
        ids["template"],
        "Beställning mottagen",
    )
    assert ordered["template_version"] == 1 and ordered["recipient_kind"] == "contacts"
    # Sent, then its address bounced: bounced, with the bounce's answer and time.
    assert ordered["status"] == "sent" and ordered["outcome"] == "bounced"
    assert ordered["last_error"] == "550 5.1.1 Unknown user" and ordered["outcome_at"]
    created = by_id[ids["created"]]
    assert (created["template_id"], created["template_name"], created["template_version"]) == (
        None,
        "",
        0,
    )
    assert created["outcome"] == "sent" and created["recipient_kind"] == "participant"
    delivered, failed = by_id[ids["sms_delivered"]], by_id[ids["sms_failed"]]
    assert delivered["outcome"] == "delivered" and delivered["kind"] == "round.starts_soon"
    assert failed["outcome"] == "failed" and failed["last_error"] == "Not reachable"
    # The filters: how it went, the event, the template; they combine with the others.
    assert _names(ids, _list(world, status="bounced")) == ["ordered"]
    assert _names(ids, _list(world, status="delivered")) == ["sms_delivered"]
    assert _names(ids, _list(world, status="failed")) == ["sms_failed"]
    assert _names(ids, _list(world, status="sent")) == ["created"]
    assert _names(ids, _list(world, event_type="round.starts_soon")) == [
        "sms_failed",
        "sms_delivered",
    ]
    assert _names(ids, _list(world, template_id=ids["template"])) == ["ordered"]
    assert _names(ids, _list(world, template_id=ids["template"], channel="sms")) == []
    # One record read alone says the same.
    one = world.client().get(f"{world.url}/api/v1/mail/{ids['ordered']}", timeout=10).json()
    assert one["outcome"] == "bounced" and one["template_name"] == "Beställning mottagen"
    url = f"{world.url}/api/v1/mail"
    for bad in ({"template_id": "x'; --"}, {"event_type": "e" * 61}, {"status": "lost"}):
        resp = world.client().get(url, params=bad, timeout=10)
        assert resp.status_code == 422, (bad, resp.text)
        assert resp.json()["detail"], resp.text


def test_the_follow_up_shows_which_version_each_recipient_got(world: World) -> None:
    """Through server.services.notify and the real mail worker (aiosmtpd): a bound
    template published as version 1 sends to the participant; edited as a draft, still
    version 1; published, version 2. The list says which version each mail was."""
    template_id, person_id = new_id(), new_id()
    text = {"event_type": "registration.duplicate", "language": "sv", "name": "Dubblett"}
    changes = {"subject": {"old": "Redan anmäld (v1)", "new": "Redan anmäld (v2)"}}
    made = world.push(
        cmd("message_template.create", template_id=template_id, subject="Redan anmäld (v1)",
            email_body="Hej {recipient_name}, du är redan anmäld till {course}.", **text),
        cmd("message_template.publish", template_id=template_id, expected_version=0),
        cmd("notification_binding.create", binding_id=new_id(), template_id=template_id,
            event_type="registration.duplicate", recipients=["participant"], channels=["email"]),
        cmd("person.create", person_id=person_id, first_name="Anna", last_name="Berg",
            emails=[{"address": f"anna.{person_id[-8:]}@example.se"}]),
    )  # fmt: skip
    assert all(r["status"] == "applied" for r in made), made
    address = f"anna.{person_id[-8:]}@example.se"
    smtp = SmtpServer().start()
    settings = api_settings(world.db.url, smtp_port=smtp.port)

    def send() -> None:
        with world.db.transaction() as s:
            anna = s.get_one(Person, person_id)
            notify(
                s,
                settings,
                tenant_id=world.tenant_id,
                event=EventType.REGISTRATION_DUPLICATE,
                values={"participant_first_name": "Anna", "course": "Ledarskap"},
                concerns=Concerns(),
                recipients={"participant": [Recipient.of_person("participant", anna)]},
            )

    try:
        send()
        edit = cmd("message_template.edit", template_id=template_id, changes=changes)
        assert world.push(edit)[0]["status"] == "applied"
        send()  # the draft changes nothing
        publish = cmd("message_template.publish", template_id=template_id, expected_version=1)
        assert world.push(publish)[0]["status"] == "applied"
        send()
        MailWorker(world.db, settings).run_once()  # (other tests' due mails go too)
        assert [m["Subject"] for m in smtp.messages if m["To"] == address] == [
            "Redan anmäld (v1)",
            "Redan anmäld (v1)",
            "Redan anmäld (v2)",
        ]
    finally:
        smtp.stop()
    answer = _list(world, template_id=template_id)
    got = [
        (m["subject"], m["template_name"], m["template_version"], m["outcome"], m["recipient_kind"])
        for m in reversed(answer["mails"])
    ]
    assert got == [
        ("Redan anmäld (v1)", "Dubblett", 1, "sent", "participant"),
        ("Redan anmäld (v1)", "Dubblett", 1, "sent", "participant"),
        ("Redan anmäld (v2)", "Dubblett", 2, "sent", "participant"),
    ]
    assert all(m["event_type"] == "registration.duplicate" for m in answer["mails"])
