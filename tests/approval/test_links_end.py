"""Approving, and removing an approval, end every outstanding link of the
registration: an older link (a reminder) never approves again without a new
request. Over HTTP against the app, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from models import Registration
from server.services.auth import token_hash
from server.tables import LinkToken
from tests.approval.helpers import make_case, request_link, text_of
from tests.approval.test_approval_pages import BOTH, form_of, page, submit
from tests.server.helpers import World, cmd


def _approved(world: World, registration_id: str) -> bool:
    with world.db.sessions() as s:
        reg = s.get(Registration, registration_id)
        assert reg is not None
        return reg.approved_at is not None


def test_approving_ends_the_other_links_of_the_registration(world: World) -> None:
    case = make_case(world)
    first = request_link(world, case.registration_id)
    reminder = request_link(world, case.registration_id)
    assert first != reminder
    resp = submit(world, reminder, form_of(world, reminder, **BOTH))
    assert resp.status_code == 200, resp.text
    old = page(world, first)
    assert old.status_code == 410
    assert "Nothing more needs to be done" in text_of(old.text)
    with world.db.sessions() as s:
        link = s.scalar(select(LinkToken).where(LinkToken.token_hash == token_hash(first)))
        assert link is not None and link.used_at is not None


def test_after_the_approval_is_removed_no_older_link_approves_again(world: World) -> None:
    case = make_case(world)
    first = request_link(world, case.registration_id)
    reminder = request_link(world, case.registration_id)
    fields = form_of(world, reminder)  # the reminder's page, open before anything happened
    assert submit(world, first, form_of(world, first, **BOTH)).status_code == 200
    assert _approved(world, case.registration_id)
    [removed] = world.push(
        cmd(
            "registration.remove_approval",
            registration_id=case.registration_id,
            reason="Fel chef godkände",
        ),
        role="admin",
    )
    assert removed["status"] == "applied", removed
    assert not _approved(world, case.registration_id)
    again = submit(world, reminder, {**fields, **BOTH})
    assert again.status_code == 410, again.text
    assert "Nothing more needs to be done" in text_of(again.text)
    assert not _approved(world, case.registration_id)
    # A new request makes a new link that works.
    fresh = request_link(world, case.registration_id)
    assert submit(world, fresh, form_of(world, fresh, **BOTH)).status_code == 200
    assert _approved(world, case.registration_id)
