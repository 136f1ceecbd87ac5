"""The alumnus is told the outcome (issue 20, seed 001): an approval, automatic or by
staff, and a denial with the reason staff chose to share; over real HTTP, the real
automatic check, a real client store and sync engine for the officer, and a real SMTP
server (aiosmtpd), on SQLite and PostgreSQL. Each mail is told once per outcome (a
command synced again, a check run again), in the language of the form the alumnus used."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from models.alumni import AlumniRegistration, AlumniStatus
from models.commands import build
from models.ids import new_id, utcnow
from models.notifications import EventType
from models.people import Category, CategoryKey
from models.tenancy import Role, Tenant
from server.services.alumni.categories import category_row
from server.services.alumni.notices import tell_outcome
from server.services.mail import MailWorker
from server.tables import MailOutbox
from sync.client import ServerClient, ServerUnavailable
from sync.engine import SyncEngine
from sync.store import ClientStore
from tests.alumni import builders as b
from tests.alumni.http.site import AlumniSite, Wakes, csrf_of
from tests.alumni.http.test_alumni_mails import _in_language
from tests.alumni.http.test_takeover import decided, mails_to, member
from tests.server.helpers import PASSWORD, World, cmd
from tests.server.mail_texts import assert_mail, expected
from tests.server.smtp import SmtpServer
from tests.utils.notify_events import delivers
from tests.utils.servers import wait_until
from tests.utils.tcp_proxy import TcpProxy

OTHER = {"sv": "en", "en": "sv"}


def _register(site: AlumniSite, world: World, form: dict[str, str], language: str) -> None:
    """Send the public form from a browser that reads ``language``."""
    browser = requests.Session()
    browser.headers["Accept-Language"] = language
    url = f"{site.url}/alumni/{world.slug}/register"
    page = browser.get(url, timeout=10)
    sent = browser.post(url, data={**form, "csrf_token": csrf_of(page)}, timeout=10)
    assert sent.status_code == 200, sent.text


def _new_decided(
    site: AlumniSite, world: World, email: str, before: set[str]
) -> AlumniRegistration:
    """The registration sent with ``email`` that is not one of ``before``, once decided."""

    def found() -> AlumniRegistration | None:
        with site.db.sessions() as s:
            for reg in s.scalars(
                select(AlumniRegistration).where(
                    AlumniRegistration.tenant_id == world.tenant_id,
                    AlumniRegistration.email == email,
                    AlumniRegistration.id.not_in(before),
                    AlumniRegistration.status != AlumniStatus.RECEIVED,
                )
            ):
                return reg
            return None

    reg = wait_until(found, what="the automatic check")
    assert isinstance(reg, AlumniRegistration)
    return reg


def _ids(site: AlumniSite, world: World) -> set[str]:
    with site.db.sessions() as s:
        return set(
            s.scalars(
                select(AlumniRegistration.id).where(AlumniRegistration.tenant_id == world.tenant_id)
            )
        )


def _told(site: AlumniSite, reg_id: str) -> list[str]:
    with site.db.sessions() as s:
        return list(
            s.scalars(
                select(MailOutbox.event_type)
                .where(MailOutbox.related_id == reg_id)
                .order_by(MailOutbox.created_at, MailOutbox.id)
            ).all()
        )


def _delivered(site: AlumniSite, smtp: SmtpServer, to: str, subject: str) -> list:
    MailWorker(site.db, site.settings).run_once()
    return wait_until(
        lambda: [m for m in mails_to(smtp, to) if str(m["Subject"]) == subject],
        what=f"the mail {subject!r}",
    )


@delivers("alumni.approved")
@pytest.mark.parametrize("language", ["en", "sv"])
def test_an_automatic_approval_is_told_in_the_language_of_the_form(
    alumni_site: AlumniSite, smtp: SmtpServer, world: World, language: str
) -> None:
    tenant = _in_language(alumni_site, world, OTHER[language])  # the form's language wins
    address = f"anna.{world.slug}@example.se"
    member(alumni_site, world, address)
    before = _ids(alumni_site, world)
    _register(
        alumni_site,
        world,
        {"first_name": "Anna", "last_name": "Berg", "email": address},
        language,
    )
    reg = _new_decided(alumni_site, world, address, before)
    assert reg.status == AlumniStatus.APPROVED_REGISTERED_ALUMNUS and reg.language == language
    values = {"tenant": tenant, "member_name": "Anna"}
    subject = expected("alumni.approved", language, values)[0]
    [mail] = _delivered(alumni_site, smtp, address, subject)
    assert_mail(mail, "alumni.approved", language, values)
    # Once: the check's outcome told again (a retry, a second run) queues nothing.
    with alumni_site.db.transaction() as s:
        again = s.get(AlumniRegistration, reg.id)
        assert again is not None
        assert tell_outcome(s, alumni_site.settings, again) is False
    assert _told(alumni_site, reg.id) == [EventType.ALUMNI_APPROVED.value]


def _not_approved(site: AlumniSite, world: World, address: str, language: str) -> str:
    """Nils Holm, known but neither alumnus nor registered: his registration waits."""
    with site.db.transaction() as s:
        b.person(s, world.tenant_id, "Nils", "Holm", emails=[address])
        for key in (CategoryKey.ALUMNUS, CategoryKey.REGISTERED_ALUMNUS):
            category_row(s, world.tenant_id, key)  # the tenant's, as in use
        tenant = s.get(Tenant, world.tenant_id)
        assert tenant is not None
        named = {
            c.key: c.name
            for c in s.scalars(select(Category).where(Category.tenant_id == world.tenant_id))
        }
        # Named in the tenant's language, as seed 001 names them in Swedish.
        assert named == (
            {"alumnus": "Alumn", "registered_alumnus": "Registrerad alumn"}
            if tenant.language == "sv"
            else {"alumnus": "Alumnus", "registered_alumnus": "Registered alumnus"}
        )
    _register(site, world, {"first_name": "Nils", "last_name": "Holm", "email": address}, language)
    reg = decided(site, world, address)
    assert reg.status == AlumniStatus.NOT_APPROVED
    assert _told(site, reg.id) == []  # not approved is no outcome yet: nothing told
    return reg.id


def _officer(url: str, world: World, path: Path) -> SyncEngine:
    store = ClientStore(path)
    client = ServerClient(url, timeout=(5.0, 60.0))
    login = client.login(world.email(Role.ALUMNI_OFFICER), PASSWORD, tenant=world.slug)
    store.remember_account(server_url=url, user=login.user, tenant=login.tenant, roles=login.roles)
    return SyncEngine(store, client)


@delivers("alumni.approved")
def test_an_approval_made_offline_in_the_desktop_is_told_once_when_synced(
    alumni_site: AlumniSite, smtp: SmtpServer, world: World, tmp_path: Path
) -> None:
    tenant = _in_language(alumni_site, world, "en")
    address = f"nils.{world.slug}@example.se"
    item = _not_approved(alumni_site, world, address, "sv")
    proxy = TcpProxy(alumni_site.port).start()
    officer = _officer(proxy.url, world, tmp_path / "officer.db")
    try:
        assert officer.sync_once().caught_up
        proxy.refuse = True  # offline
        proxy.cut_all()
        with pytest.raises(ServerUnavailable):
            officer.sync_once()
        approve = build(
            "alumni.decide",
            1,
            {"alumni_registration_id": item, "decision": "approve"},
            id=new_id(),
        )
        officer.execute(approve, officer.actor())
        assert officer.state.pending == 1 and _told(alumni_site, item) == []
        proxy.refuse = False  # back: the decision reaches the server and is told
        assert officer.sync_once().applied == 1
        officer.sync_once()
        # The same command sent again (an answer lost on the way back) changes nothing.
        same = cmd(
            "alumni.decide", cmd_id=approve.id, alumni_registration_id=item, decision="approve"
        )
        [again] = world.push(same, role=Role.ALUMNI_OFFICER)
        assert again["status"] in ("applied", "duplicate"), again
    finally:
        officer.store.close()
        proxy.stop()
    assert _told(alumni_site, item) == [EventType.ALUMNI_APPROVED.value]
    values = {"tenant": tenant, "member_name": "Nils"}
    subject = expected("alumni.approved", "sv", values)[0]
    [mail] = _delivered(alumni_site, smtp, address, subject)
    assert_mail(mail, "alumni.approved", "sv", values)
    with alumni_site.db.sessions() as s:
        n = s.scalar(
            select(func.count()).select_from(MailOutbox).where(MailOutbox.to_address == address)
        )
    assert n == 1


@delivers("alumni.denied")
@pytest.mark.parametrize("language", ["en", "sv"])
def test_a_denial_tells_the_shared_reason_and_never_the_internal_one(
    alumni_site: AlumniSite, smtp: SmtpServer, world: World, language: str
) -> None:
    tenant = _in_language(alumni_site, world, OTHER[language])
    address = f"nils.{world.slug}@example.se"
    item = _not_approved(alumni_site, world, address, language)
    shared = {
        "en": "We find no degree from the university in your name.",
        "sv": "Vi hittar ingen examen från lärosätet i ditt namn.",
    }[language]
    deny = cmd(
        "alumni.decide",
        cmd_id=new_id(),
        alumni_registration_id=item,
        decision="deny",
        reason="Internal: the programme coordinator says no",
        shared_reason=shared,
    )
    [result] = world.push(deny, role=Role.ALUMNI_OFFICER)
    assert result["status"] == "applied", result
    world.push(deny, role=Role.ALUMNI_OFFICER)  # synced again: told once
    lead = {"en": "The reason:", "sv": "Skäl:"}[language]
    values = {"tenant": tenant, "member_name": "Nils", "reason": f"{lead} {shared}"}
    subject = expected("alumni.denied", language, values)[0]
    [mail] = _delivered(alumni_site, smtp, address, subject)
    assert_mail(mail, "alumni.denied", language, values)
    assert "Internal" not in mail.get_content()
    assert _told(alumni_site, item) == [EventType.ALUMNI_DENIED.value]


@delivers("alumni.denied")
def test_a_denial_without_a_shared_reason_says_none(
    alumni_site: AlumniSite, smtp: SmtpServer, world: World
) -> None:
    tenant = _in_language(alumni_site, world, "en")
    address = f"nils.{world.slug}@example.se"
    item = _not_approved(alumni_site, world, address, "en")
    deny = cmd("alumni.decide", alumni_registration_id=item, decision="deny", reason="No degree")
    [result] = world.push(deny, role=Role.ALUMNI_OFFICER)
    assert result["status"] == "applied", result
    values = {"tenant": tenant, "member_name": "Nils", "reason": ""}
    subject = expected("alumni.denied", "en", values)[0]
    [mail] = _delivered(alumni_site, smtp, address, subject)
    # The empty reason's line is left out with the blank line after it.
    body = expected("alumni.denied", "en", values)[1].replace("\n\n\n\n", "\n\n")
    assert mail.get_content().replace("\r\n", "\n") == body.rstrip("\n") + "\n"
    assert "No degree" not in mail.get_content()


@delivers("alumni.membership_ended")
def test_the_end_of_the_membership_is_told_in_the_language_of_the_registration(
    alumni_site: AlumniSite, smtp: SmtpServer, world: World, wakes: Wakes
) -> None:
    tenant = _in_language(alumni_site, world, "en")
    address = f"anna.{world.slug}@example.se"
    member(alumni_site, world, address)
    before = _ids(alumni_site, world)
    _register(
        alumni_site, world, {"first_name": "Anna", "last_name": "Berg", "email": address}, "sv"
    )
    assert _new_decided(alumni_site, world, address, before).language == "sv"
    browser = requests.Session()  # asks for the link from an English page
    url = f"{alumni_site.url}/alumni/{world.slug}/unregister"
    form = browser.get(url, timeout=10)
    jobs_before = wakes.count
    asked = browser.post(url, data={"email": address, "csrf_token": csrf_of(form)}, timeout=10)
    assert asked.status_code == 200
    wakes.wait_for(jobs_before + 1)
    MailWorker(alumni_site.db, alumni_site.settings).run_once()
    [link_mail] = wait_until(
        lambda: [m for m in mails_to(smtp, address) if "/unregister/" in m.get_content()],
        what="the termination link",
    )
    link = re.search(r"http://\S+/unregister/[\w-]+", link_mail.get_content())
    assert link is not None
    opened = requests.get(link.group(0), timeout=10)
    done = requests.post(
        link.group(0),
        data={"csrf_token": csrf_of(opened), "terminate_membership": "yes"},
        timeout=10,
    )
    assert done.status_code == 200, done.text
    values = {
        "tenant": tenant,
        "member_name": "Anna",
        "address": address,
        "day": utcnow().date().isoformat(),
    }
    subject = expected("alumni.membership_ended", "sv", values)[0]
    [ended] = _delivered(alumni_site, smtp, address, subject)
    assert_mail(ended, "alumni.membership_ended", "sv", values)


def _as_officer(
    world: World, command: str, item: str, expected: str, **args: str
) -> dict[str, Any]:
    """The alumni officer's ``command`` on ``item`` (seen as ``expected``), applied; the
    command pushed."""
    push = cmd(
        command, cmd_id=new_id(), alumni_registration_id=item, expected_status=expected, **args
    )
    [result] = world.push(push, role=Role.ALUMNI_OFFICER)
    assert result["status"] == "applied", result
    return push


def _decide(world: World, item: str, decision: str, expected: str, shared: str = "") -> None:
    extra = {"reason": "Internal note", "shared_reason": shared} if decision == "deny" else {}
    _as_officer(world, "alumni.decide", item, expected, decision=decision, **extra)


def _reverse(
    world: World, item: str, expected: str, reason: str = "Decided too early"
) -> dict[str, Any]:
    return _as_officer(world, "alumni.reverse_decision", item, expected, reason=reason)


@delivers("alumni.denied")
def test_a_denial_made_again_is_told_again_only_when_its_shared_reason_changed(
    alumni_site: AlumniSite, smtp: SmtpServer, world: World
) -> None:
    """Review finding 3: "already told" is the mail, not the status. Denied with reason A,
    reversed, denied again with A: one mail; reversed, denied with a corrected B: a second
    mail, telling B."""
    _in_language(alumni_site, world, "en")
    address = f"nils.{world.slug}@example.se"
    item = _not_approved(alumni_site, world, address, "en")
    _decide(world, item, "deny", "not_approved", "No degree in your name.")
    _reverse(world, item, "denied")
    _decide(world, item, "deny", "not_approved", "No degree in your name.")
    assert _told(alumni_site, item) == [EventType.ALUMNI_DENIED.value]
    _reverse(world, item, "denied")
    _decide(world, item, "deny", "not_approved", "No degree in your name (corrected).")
    assert _told(alumni_site, item) == [EventType.ALUMNI_DENIED.value] * 2
    MailWorker(alumni_site.db, alumni_site.settings).run_once()
    mails = wait_until(
        lambda: (found := mails_to(smtp, address)) and len(found) == 2 and found,
        what="both denials",
    )
    bodies = sorted(m.get_content() for m in mails)
    assert "(corrected)" in bodies[0] + bodies[1]
    assert sum("(corrected)" in body for body in bodies) == 1


@delivers("alumni.approved", "alumni.approval_withdrawn")
@pytest.mark.parametrize("language", ["en", "sv"])
def test_an_approval_taken_back_is_told_withdrawn_in_the_language_of_the_form(
    alumni_site: AlumniSite, smtp: SmtpServer, world: World, language: str
) -> None:
    """Review finding 3: approved (told), reversed: the alumnus is told the approval was
    withdrawn, once (the reversal synced again tells nothing more); approved again: told
    again, as it was withdrawn. A denial reversed is not a withdrawal: nothing is told."""
    tenant = _in_language(alumni_site, world, OTHER[language])
    address = f"nils.{world.slug}@example.se"
    item = _not_approved(alumni_site, world, address, language)
    _decide(world, item, "approve", "not_approved")
    reverse = _reverse(world, item, "approved_manually", "Internal: approved the wrong Nils")
    world.push(reverse, role=Role.ALUMNI_OFFICER)  # synced again: told once
    approved, withdrawn = EventType.ALUMNI_APPROVED.value, "alumni.approval_withdrawn"
    assert _told(alumni_site, item) == [approved, withdrawn]
    values = {"tenant": tenant, "member_name": "Nils"}
    subject = expected(withdrawn, language, values)[0]
    [mail] = _delivered(alumni_site, smtp, address, subject)
    assert_mail(mail, withdrawn, language, values)
    assert "Internal" not in mail.get_content()  # the reversal's reason stays inside
    _decide(world, item, "approve", "not_approved")
    assert _told(alumni_site, item) == [approved, withdrawn, approved]
    _reverse(world, item, "approved_manually")
    _decide(world, item, "deny", "not_approved", "No degree in your name.")
    _reverse(world, item, "denied")  # a denial taken back: nothing to tell
    assert sorted(_told(alumni_site, item)) == sorted(
        [approved, withdrawn, approved, withdrawn, EventType.ALUMNI_DENIED.value]
    )
