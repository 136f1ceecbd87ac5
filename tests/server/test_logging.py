"""Logs are JSON lines and carry no personal data: no e-mail addresses, personnummer,
names, mail bodies, messages or tokens, whatever the request did."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
import requests

from models.ids import new_id
from server.logging import JsonFormatter
from server.services.mail import MailWorker
from tests.server.conftest import api_settings
from tests.server.helpers import PASSWORD, World, cmd, registrations_awaiting_approval
from tests.server.smtp import SmtpServer

SECRETS = (
    "198001010001",
    "19800101-0001",
    "hemlig.chef@firma.se",
    "Hemligsson",
    "Ett hemligt meddelande",
)


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # The test's own SMTP server (aiosmtpd) logs envelopes; it is not part of Kansli,
    # and the demo's catcher is silenced the same way by server.logging.
    smtp_log = logging.getLogger("mail.log")
    old_smtp_level = smtp_log.level
    smtp_log.setLevel(logging.WARNING)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        smtp_log.setLevel(old_smtp_level)


def test_a_whole_flow_logs_json_without_personal_data(world: World, captured: io.StringIO) -> None:
    url = world.url
    bad = requests.post(
        f"{url}/api/v1/auth/login",
        timeout=10,
        json={"email": "hemlig.chef@firma.se", "password": "fel"},
        headers={"X-Forwarded-For": "10.200.0.1"},
    )
    assert bad.status_code == 401
    good = requests.post(
        f"{url}/api/v1/auth/login",
        timeout=10,
        json={"email": world.email(), "password": PASSWORD},
        headers={"X-Forwarded-For": "10.200.0.1"},
    )
    token = good.json()["token"]
    [created] = world.push(
        cmd(
            "person.create",
            person_id=new_id(),
            first_name="Hemlig",
            last_name="Hemligsson",
            personnummer="19800101-0001",
            emails=[{"address": "hemlig.chef@firma.se"}],
        )
    )
    assert created["status"] == "applied"
    [reg] = registrations_awaiting_approval(
        lambda cs: world.push(*cs), 1, manager_email="hemlig.chef@firma.se"
    )
    [asked] = world.push(
        cmd("registration.request_approval", registration_id=reg, message="Ett hemligt meddelande")
    )
    assert asked["status"] == "applied"
    [refused] = world.push(
        cmd(
            "person.create",
            person_id=new_id(),
            first_name="Hemligsson",
            last_name="X",
            personnummer="19800101-0002",
        )
    )
    assert refused["status"] == "rejected"
    smtp = SmtpServer().start()
    try:
        smtp.recorder.refuse_rcpt = "550 5.1.1 <hemlig.chef@firma.se>: no such user"
        worker = MailWorker(world.db, api_settings(world.db.url, smtp_port=smtp.port))
        worker.run_once()
    finally:
        smtp.stop()
    text = captured.getvalue()
    lines = [json.loads(line) for line in text.splitlines()]
    assert any(entry.get("route") == "/sync/push" for entry in lines)
    failed = [entry for entry in lines if entry["msg"] == "mail failed"]
    assert failed
    assert {entry["smtp_answer"] for entry in failed} == {"550 5.1.1 <<address>>: no such user"}
    for secret in (*SECRETS, token, world.email()):
        assert secret not in text, secret
