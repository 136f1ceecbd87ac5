"""Partners (server/services/partners.py, issue 17): the people a person signed up with
before, read both ways, never a cancelled sign-up's, a removed person or another tenant's;
and a new partner's invitation with a personal booking link, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.courses import Registration, RegistrationStatus
from models.errors import NotFoundError, ValidationError
from models.ids import new_id
from models.notifications import EventType
from models.people import Person, PersonEmail
from models.tenancy import Role
from server.services.alumni.persons import merge_persons
from server.services.booking_links import person_of_link
from server.services.database import Database
from server.services.partners import invite_partner, partners_of
from server.tables import MailOutbox
from tests import factories as f
from tests.server.conftest import api_settings

NOW = datetime(2027, 1, 10, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def db(shared_db_url: str) -> Iterator[Database]:
    database = Database(shared_db_url)
    yield database
    database.dispose()


def _pair(s: Session, tenant_id: str, one: str, other: str | None, **more: object) -> str:
    """A registration of ``one`` on a new round with ``other`` as partner."""
    round_ = f.course_round(s, tenant_id)
    reg = Registration(
        id=new_id(),
        tenant_id=tenant_id,
        round_id=round_.id,
        participant_id=one,
        partner_id=other,
        **more,
    )
    s.add(reg)
    s.flush()
    return reg.id


def _slug() -> str:
    return "p" + new_id().replace("-", "")[-12:]


def _names(people: list[Person]) -> list[str]:
    return [p.full_name for p in people]


def test_partners_are_read_both_ways_once_each_by_name(db: Database) -> None:
    with db.transaction() as s:
        tenant = f.tenant(s, _slug()).id
        maria = f.person(s, tenant, "Maria", "Dansare").id
        anders = f.person(s, tenant, "Anders", "Berg").id
        bo = f.person(s, tenant, "Bo", "Ek").id
        alone = f.person(s, tenant, "Sara", "Ensam").id
        _pair(s, tenant, maria, anders)  # Maria signed up with Anders ...
        _pair(s, tenant, anders, maria)  # ... and he with her (a pair: both rows)
        _pair(s, tenant, bo, maria)  # Bo named Maria: she was his partner
        _pair(s, tenant, alone, None)
        _pair(s, tenant, maria, None)  # alone once
    with db.sessions() as s:
        assert _names(partners_of(s, tenant, maria)) == ["Anders Berg", "Bo Ek"]
        assert _names(partners_of(s, tenant, anders)) == ["Maria Dansare"]
        assert _names(partners_of(s, tenant, bo)) == ["Maria Dansare"]
        assert partners_of(s, tenant, alone) == []
        assert partners_of(s, tenant, new_id()) == []


def test_a_cancelled_or_removed_sign_up_and_a_removed_person_are_not_partners(
    db: Database,
) -> None:
    with db.transaction() as s:
        tenant = f.tenant(s, _slug()).id
        maria = f.person(s, tenant, "Maria", "Dansare").id
        cancelled = f.person(s, tenant, "Carl", "Avbokad").id
        removed_reg = f.person(s, tenant, "Rut", "Borttagen").id
        gone = f.person(s, tenant, "Gustav", "Raderad").id
        waiting = f.person(s, tenant, "Vera", "Väntar").id
        _pair(s, tenant, maria, cancelled, status=RegistrationStatus.CANCELLED)
        _pair(s, tenant, removed_reg, maria, deleted_at=NOW)
        _pair(s, tenant, maria, gone)
        _pair(s, tenant, waiting, maria, status=RegistrationStatus.WAITING)
        s.get_one(Person, gone).deleted_at = NOW
    with db.sessions() as s:
        assert _names(partners_of(s, tenant, maria)) == ["Vera Väntar"]


def test_a_merged_partner_is_the_person_they_were_merged_into(db: Database) -> None:
    with db.transaction() as s:
        tenant = f.tenant(s, _slug()).id
        maria = f.person(s, tenant, "Maria", "Dansare").id
        anders = f.person(s, tenant, "Anders", "Berg", "anders@dans.se").id
        twin = f.person(s, tenant, "Anders", "Berg", "anders.berg@jobb.se").id
        _pair(s, tenant, maria, anders)
        _pair(s, tenant, twin, maria)
        # A tombstone written before merges moved rows: its partner link still names it.
        old = f.person(s, tenant, "Olle", "Gammal").id
        kept = f.person(s, tenant, "Olle", "Kvar").id
        _pair(s, tenant, maria, old)
        s.get_one(Person, old).merged_into_id = kept
        s.get_one(Person, old).deleted_at = NOW
    with db.sessions() as s:
        assert _names(partners_of(s, tenant, maria)) == ["Anders Berg", "Anders Berg", "Olle Kvar"]
    with db.transaction() as s:
        merge_persons(
            session=s,
            actor=f.actor(tenant, Role.ADMIN),
            survivor_id=anders,
            duplicate_id=twin,
            now=NOW,
        )
    with db.sessions() as s:
        found = partners_of(s, tenant, maria)
        assert [p.id for p in found] == [anders, kept]
        assert [p.id for p in partners_of(s, tenant, anders)] == [maria]


def test_another_tenants_partners_are_never_read(db: Database) -> None:
    with db.transaction() as s:
        ours = f.tenant(s, _slug()).id
        theirs = f.tenant(s, _slug()).id
        maria = f.person(s, ours, "Maria", "Dansare").id
        anders = f.person(s, ours, "Anders", "Berg").id
        stranger = f.person(s, theirs, "Främ", "Ling").id
        their_partner = f.person(s, theirs, "Anders", "Annan").id
        _pair(s, ours, maria, anders)
        _pair(s, theirs, stranger, their_partner)
    with db.sessions() as s:
        assert _names(partners_of(s, ours, maria)) == ["Anders Berg"]
        assert _names(partners_of(s, theirs, stranger)) == ["Anders Annan"]
        # Asked in the other tenant's name: nothing, either way.
        assert partners_of(s, theirs, maria) == partners_of(s, theirs, anders) == []
        assert partners_of(s, ours, stranger) == partners_of(s, ours, their_partner) == []


def _invitations(s: Session, tenant_id: str) -> list[MailOutbox]:
    return list(
        s.scalars(
            select(MailOutbox).where(
                MailOutbox.tenant_id == tenant_id,
                MailOutbox.event_type == EventType.REGISTRATION_PARTNER_INVITATION.value,
            )
        )
    )


def test_a_new_partner_is_made_and_invited_with_a_link_to_the_round(db: Database) -> None:
    settings = api_settings("sqlite://")
    with db.transaction() as s:
        tenant = f.tenant(s, _slug()).id
        maria = f.person(s, tenant, "Maria", "Dansare").id
        round_ = f.course_round(s, tenant)
        round_id = round_.id
        partner = invite_partner(
            s,
            settings,
            tenant_id=tenant,
            round_id=round_id,
            inviter_id=maria,
            name="Anders Berg",
            email=" Anders@Dans.se ",
            now=NOW,
        )
        partner_id = partner.id
    with db.sessions() as s:
        made = s.get_one(Person, partner_id)
        assert (made.tenant_id, made.first_name, made.last_name) == (tenant, "Anders", "Berg")
        assert [e.address for e in made.emails] == ["anders@dans.se"]
        [mail] = _invitations(s, tenant)
        assert (mail.to_address, mail.person_id, mail.related_id) == (
            "anders@dans.se",
            partner_id,
            round_id,
        )
        assert mail.subject == "Maria Dansare has booked Ledarskap with you as partner"
        assert mail.body_text.startswith("Hello Anders Berg,\n\nMaria Dansare has booked")
        assert "Course round: Ledarskap HT26" in mail.body_text
        assert "The link works until 2027-03-11." in mail.body_text
        [link] = [line for line in mail.body_text.split("\n") if "/book/" in line]
        assert link.startswith("https://kansli.test/book/") and link.endswith(
            f"/{round_id}?lang=en"
        )
        token = link.split("/book/")[1].split("/")[0]
        # The link opens as the partner, not as the inviter.
        assert person_of_link(s, token, now=NOW) == (tenant, partner_id)


def test_a_known_partner_is_found_by_address_and_nothing_is_made(db: Database) -> None:
    settings = api_settings("sqlite://")
    with db.transaction() as s:
        tenant = f.tenant(s, _slug()).id
        maria = f.person(s, tenant, "Maria", "Dansare").id
        anders = f.person(s, tenant, "Anders", "Berg", "anders@dans.se").id
        round_id = f.course_round(s, tenant).id
    with db.transaction() as s:
        found = invite_partner(
            s,
            settings,
            tenant_id=tenant,
            round_id=round_id,
            inviter_id=maria,
            name="Andy B",
            email="ANDERS@dans.se",
            now=NOW,
        )
        assert found.id == anders
    with db.sessions() as s:
        people = s.scalars(select(Person.id).where(Person.tenant_id == tenant)).all()
        assert sorted(people) == sorted([maria, anders])
        [mail] = _invitations(s, tenant)
        assert mail.body_text.startswith("Hello Anders Berg,")


def test_an_invitation_is_refused_for_another_tenants_round_or_a_bad_address(
    db: Database,
) -> None:
    settings = api_settings("sqlite://")
    with db.transaction() as s:
        ours = f.tenant(s, _slug()).id
        theirs = f.tenant(s, _slug()).id
        maria = f.person(s, ours, "Maria", "Dansare", "maria@dans.se").id
        their_round = f.course_round(s, theirs).id
        our_round = f.course_round(s, ours).id
    cases: list[tuple[str, str, str, type[Exception]]] = [
        (their_round, maria, "a@b.se", NotFoundError),
        (our_round, new_id(), "a@b.se", NotFoundError),
        (our_round, maria, "not an address", ValidationError),
        (our_round, maria, "Maria@Dans.se", ValidationError),  # her own address
    ]
    for round_id, inviter, email, error in cases:
        with db.transaction() as s, pytest.raises(error):
            invite_partner(
                s,
                settings,
                tenant_id=ours,
                round_id=round_id,
                inviter_id=inviter,
                name="Anders Berg",
                email=email,
                now=NOW,
            )
    with db.sessions() as s:
        assert _invitations(s, ours) == [] and _invitations(s, theirs) == []
        addresses = s.scalars(select(PersonEmail.address).where(PersonEmail.tenant_id == ours))
        assert list(addresses) == ["maria@dans.se"]
