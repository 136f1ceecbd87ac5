"""The users' mails (invitation, password reset, access granted), delivered through a real
SMTP server (aiosmtpd) by the mail worker, in English and Swedish, on SQLite and
PostgreSQL: each says exactly what the shipped default template of its event says, filled
with the user's values (server/services/message_defaults.py; issue 16)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from models.tenancy import Role, User
from server.db import migrate
from server.services import users
from server.services.accounts import create_tenant, create_user
from server.services.database import Database
from server.services.mail import MailWorker
from server.tables import MailOutbox
from tests.server.conftest import api_settings
from tests.server.helpers import CHEAP_HASHER, PASSWORD
from tests.server.mail_texts import assert_sent, wait_for_mails
from tests.server.smtp import SmtpServer
from tests.utils.notify_events import delivers

_numbers = itertools.count(1)


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def db(module_server_db_url: str) -> Iterator[Database]:
    migrate(module_server_db_url)
    database = Database(module_server_db_url)
    yield database
    database.dispose()


def _token(db: Database, kind: str, to: str) -> str:
    """The password link's token of the queued mail ``kind`` to ``to`` (before it is sent:
    a sent mail keeps no link)."""
    with db.sessions() as s:
        body = s.scalar(
            select(MailOutbox.body_text).where(MailOutbox.kind == kind, MailOutbox.to_address == to)
        )
    assert body and "/password/" in body, body
    return body.split("/password/", 1)[1].split()[0]


@delivers("user.invitation", "user.access_granted", "user.password_reset")
@pytest.mark.parametrize("language", ["en", "sv"])
def test_invitation_access_and_reset_mails_say_what_their_templates_say(
    db: Database, smtp: SmtpServer, language: str
) -> None:
    n = next(_numbers)
    settings = api_settings(db.url, smtp_port=smtp.port)
    new, known = f"ny.{language}{n}@example.se", f"kand.{language}{n}@example.se"
    with db.transaction() as s:
        tenant = create_tenant(
            session=s, slug=f"um-{language}-{n}", name=f"Förvaltning {n}", language=language
        )
        create_user(
            session=s, email=known, password=PASSWORD, display_name="Kim Känd", hasher=CHEAP_HASHER
        )
        for address, name in ((new, "Ny Kollega"), (known, "")):
            users.invite(
                s,
                settings,
                actor_user_id=None,
                tenant=tenant,
                email=address,
                display_name=name,
                roles=[Role.COURSE_ADMIN.value],
            )
        tenant_name = tenant.name
    invitation = _token(db, "mail.password.invite", new)
    with db.transaction() as s:
        user = s.scalar(select(User).where(User.email == known))
        assert user is not None
        users.request_reset(s, settings, actor_user_id=None, user=user, tenant_id=tenant.id)
    reset = _token(db, "mail.password.reset", known)
    mails = wait_for_mails(
        MailWorker(db, settings).run_once,
        lambda: [m for m in smtp.messages if str(m["To"]) in {new, known}],
        3,
    )
    assert len(mails) == 3
    base = settings.public_base_url
    org = {"organisation": tenant_name}
    assert_sent(
        mails,
        new,
        "user.invitation",
        language,
        {**org, "user_name": "Ny Kollega", "link": f"{base}/password/{invitation}"},
    )
    assert_sent(mails, known, "user.access_granted", language, {**org, "user_name": "Kim Känd"})
    assert_sent(
        mails,
        known,
        "user.password_reset",
        language,
        {"user_name": "Kim Känd", "link": f"{base}/password/{reset}"},
    )
