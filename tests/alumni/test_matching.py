"""Matching registrations to persons: any typed form of an identifier finds the person."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.alumni_matching import (
    MIN_DUPLICATE_SCORE,
    PersonProbe,
    duplicate_candidates,
    email_key,
    match_people,
    match_person,
    name_similarity,
    personnummer_key,
    score_person,
)
from models.base import Base
from models.ids import new_id
from models.people import Person, PersonEmail
from models.validators import is_samordningsnummer
from server.db import make_engine
from tests.alumni import builders as b

TODAY = date(2026, 11, 2)
PROPERTY = settings(max_examples=150, deadline=None)
DB_PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --------------------------------------------------------------------------
# Strategies
# --------------------------------------------------------------------------

_LOCAL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=20)
_LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10)
_SPACE = st.text(alphabet=" \t\r\n", max_size=3)


@st.composite
def emails(draw: st.DrawFn) -> str:
    """Addresses email-validator accepts: dots only inside the local part, a top-level
    domain of letters."""
    local = draw(_LOCAL.filter(lambda s: s.strip(".") == s and ".." not in s))
    labels = draw(st.lists(_LABEL, min_size=1, max_size=2))
    top = draw(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=6).filter(
            lambda t: t not in {"arpa", "invalid", "local", "localhost", "onion", "test"}
        )
    )
    return f"{local}@{'.'.join([*labels, top])}"


@st.composite
def typed_like_a_person(draw: st.DrawFn, canonical: str) -> str:
    """The address with random letter case and whitespace around it."""
    flips = draw(st.lists(st.booleans(), min_size=len(canonical), max_size=len(canonical)))
    cased = "".join(c.upper() if up else c for c, up in zip(canonical, flips, strict=True))
    return f"{draw(_SPACE)}{cased}{draw(_SPACE)}"


@st.composite
def identities(draw: st.DrawFn) -> tuple[str, date, bool]:
    """(canonical personnummer or samordningsnummer, date of birth, is samordningsnummer)."""
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    serial = draw(st.integers(min_value=0, max_value=999))
    samordning = draw(st.booleans())
    return b.personnummer(born, serial, samordning=samordning), born, samordning


def written_forms(canonical: str, born: date) -> list[str]:
    """Every way the number may be written: 12 or 10 digits, with or without separator."""
    forms = [canonical, f"{canonical[:8]}-{canonical[8:]}"]
    short = canonical[2:]
    if born.year <= TODAY.year - 100:
        forms.append(f"{short[:6]}+{short[6:]}")  # the + from the year one turns 100
    else:
        forms += [short, f"{short[:6]}-{short[6:]}"]
    return forms


# --------------------------------------------------------------------------
# Normalisation (pure)
# --------------------------------------------------------------------------


@PROPERTY
@given(st.data(), emails())
def test_email_key_ignores_letter_case_and_surrounding_whitespace(
    data: st.DataObject, address: str
) -> None:
    typed = data.draw(typed_like_a_person(address))

    assert email_key(typed) == address.lower()
    assert email_key(typed) == email_key(address.upper())


@PROPERTY
@given(identities(), st.data())
def test_personnummer_key_is_the_same_for_every_written_form(
    identity: tuple[str, date, bool], data: st.DataObject
) -> None:
    canonical, born, samordning = identity
    for form in written_forms(canonical, born):
        padded = f"{data.draw(_SPACE)}{form}{data.draw(_SPACE)}"
        assert personnummer_key(padded, today=TODAY) == canonical, form
    assert is_samordningsnummer(canonical) == samordning


@PROPERTY
@given(identities(), st.integers(min_value=1, max_value=9))
def test_personnummer_with_a_wrong_check_digit_matches_nobody(
    identity: tuple[str, date, bool], shift: int
) -> None:
    canonical, _born, _ = identity
    wrong = canonical[:-1] + str((int(canonical[-1]) + shift) % 10)

    assert personnummer_key(wrong, today=TODAY) is None


@pytest.mark.parametrize("value", [None, "", "   ", "anna", "anna@", "a b@example.se"])
def test_a_value_that_is_no_email_address_matches_nobody(value: str | None) -> None:
    assert email_key(value) is None


def test_probe_takes_the_birth_date_from_a_samordningsnummer() -> None:
    number = b.personnummer(date(1970, 10, 3), 239, samordning=True)

    probe = PersonProbe.from_input(
        first_name="Ali",
        last_name="Khan",
        email=None,
        personnummer=f"{number[2:8]}-{number[8:]}",
        today=TODAY,
    )

    assert (probe.personnummer, probe.birth_date) == (number, date(1970, 10, 3))


def test_name_similarity_ignores_case_accents_and_order() -> None:
    assert name_similarity("Åsa-Lena", "Öberg", "asa lena", "OBERG") == 1.0
    assert name_similarity("Anna", "Berg", "Berg", "Anna") == 1.0
    assert name_similarity("Anna", "Berg", "Karl", "Svensson") < 0.5


# --------------------------------------------------------------------------
# Matching against a database
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """One SQLite file for the module; every example works in a tenant of its own."""
    path: Path = tmp_path_factory.mktemp("matching") / "people.db"
    engine = make_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        yield s
    engine.dispose()


def probe(
    *, email: str | None = None, pnr: str | None = None, first: str = "", last: str = ""
) -> PersonProbe:
    return PersonProbe.from_input(
        first_name=first, last_name=last, email=email, personnummer=pnr, today=TODAY
    )


@DB_PROPERTY
@given(emails(), identities(), st.data())
def test_person_is_found_by_any_written_form_of_email_or_personnummer(
    session: Session, address: str, identity: tuple[str, date, bool], data: st.DataObject
) -> None:
    canonical, born, _ = identity
    tenant = new_id()
    person = b.person(session, tenant, emails=[address.lower()], pnr=canonical)
    decoy_pnr = b.personnummer(date(1950, 5, 5), 1)
    b.person(session, tenant, "Decoy", "Person", emails=["decoy@example.se"], pnr=decoy_pnr)

    by_email = match_person(
        session, tenant_id=tenant, probe=probe(email=data.draw(typed_like_a_person(address)))
    )
    form = data.draw(st.sampled_from(written_forms(canonical, born)))
    by_pnr = match_person(session, tenant_id=tenant, probe=probe(pnr=form))
    both = match_person(session, tenant_id=tenant, probe=probe(email=address.upper(), pnr=form))

    assert (by_email.person_id, by_email.on, by_email.conflict) == (person.id, "email", "")
    assert (by_pnr.person_id, by_pnr.on, by_pnr.conflict) == (person.id, "personnummer", "")
    assert (both.person_id, both.on, both.conflict) == (person.id, "personnummer", "")
    assert both.score >= 90
    other_tenant = match_person(session, tenant_id=new_id(), probe=probe(pnr=form))
    assert other_tenant.person_id is None
    session.rollback()


def test_nobody_matches_an_unknown_person(session: Session) -> None:
    tenant = new_id()
    b.person(session, tenant, emails=["someone@example.se"], pnr=b.ERIK_PNR)

    found = match_person(
        session, tenant_id=tenant, probe=probe(email="anna@example.se", pnr=b.ANNA_PNR)
    )

    assert (found.person_id, found.on) == (None, None)
    session.rollback()


def test_removed_and_merged_persons_are_not_matched(session: Session) -> None:
    tenant = new_id()
    gone = b.person(session, tenant, emails=["anna@example.se"], pnr=b.ANNA_PNR)
    gone.deleted_at = datetime(2026, 1, 1, tzinfo=UTC)
    gone.merged_into_id = new_id()
    session.flush()

    found = match_person(
        session, tenant_id=tenant, probe=probe(email="anna@example.se", pnr=b.ANNA_PNR)
    )

    assert found.person_id is None
    session.rollback()


def test_an_email_shared_by_two_persons_is_not_a_certain_match(session: Session) -> None:
    tenant = new_id()
    b.person(session, tenant, "Anna", "Berg", emails=["family@example.se"])
    b.person(session, tenant, "Per", "Berg", emails=["family@example.se"])

    found = match_person(
        session, tenant_id=tenant, probe=probe(email="family@example.se", first="Per", last="Berg")
    )

    assert found.conflict == "2 persons have this e-mail address: Anna Berg, Per Berg"
    assert found.person_id == found.candidates[0].person_id  # the likelier one, by name
    assert found.candidates[0].full_name == "Per Berg"
    session.rollback()


def test_email_of_a_person_with_another_personnummer_is_not_a_certain_match(
    session: Session,
) -> None:
    tenant = new_id()
    erik = b.person(session, tenant, "Erik", "Lund", emails=["lund@example.se"], pnr=b.ERIK_PNR)

    found = match_person(
        session, tenant_id=tenant, probe=probe(email="lund@example.se", pnr=b.ANNA_PNR)
    )

    assert found.person_id == erik.id
    assert found.conflict == "Erik Lund has this e-mail address but a different personnummer"
    session.rollback()


def test_duplicate_candidates_are_scored_and_ranked(session: Session) -> None:
    tenant = new_id()
    anna = b.person(session, tenant, "Anna", "Berg", emails=["anna@example.se"], pnr=b.ANNA_PNR)
    same_pnr = b.person(session, tenant, "Anna", "Berg", pnr=b.ANNA_PNR)
    same_mail = b.person(session, tenant, "A.", "Berg", emails=["ANNA@example.se".lower()])
    same_birth_and_name = b.person(session, tenant, "Anna", "Berg", birth_date=date(1985, 1, 1))
    b.person(session, tenant, "Karl", "Svensson", birth_date=date(1985, 1, 1))  # too weak
    mail_but_other_birth = b.person(
        session, tenant, "Anna", "Berg", emails=["anna@example.se"], birth_date=date(1960, 1, 1)
    )

    found = duplicate_candidates(session, tenant_id=tenant, person_id=anna.id)

    ranked = [(c.person_id, c.score) for c in found]
    assert [pid for pid, _ in ranked] == [same_pnr.id, same_mail.id, same_birth_and_name.id]
    assert ranked[0][1] == 100
    assert all(score >= MIN_DUPLICATE_SCORE for _, score in ranked)
    assert found[0].signals == ("personnummer", "birth date", "name 100%")
    assert mail_but_other_birth.id not in [pid for pid, _ in ranked]  # 30 + 25 - 30
    session.rollback()


# --------------------------------------------------------------------------
# Many at once
# --------------------------------------------------------------------------

_POOL_DATES = [date(1985, 1, 1), date(1990, 6, 15), date(1972, 3, 9)]
_POOL_NAMES = [("Anna", "Berg"), ("Anna", "Berggren"), ("Per", "Lund"), ("Åsa", "Öberg")]
_POOL_MAILS = ["anna@example.se", "family@example.se", "per@example.se", "asa@example.se"]


@st.composite
def pool_people(draw: st.DrawFn) -> dict[str, object]:
    """A person or a probe from small pools, so that identifiers collide often."""
    born = draw(st.sampled_from(_POOL_DATES))
    first, last = draw(st.sampled_from(_POOL_NAMES))
    return {
        "first": first,
        "last": last,
        "emails": draw(st.lists(st.sampled_from(_POOL_MAILS), max_size=2, unique=True)),
        "pnr": draw(
            st.one_of(st.none(), st.builds(b.personnummer, st.just(born), st.integers(1, 3)))
        ),
        "born": born,
    }


@DB_PROPERTY
@given(st.lists(pool_people(), max_size=8), st.lists(pool_people(), min_size=1, max_size=8))
def test_matching_many_gives_what_matching_each_gives(
    session: Session, people: list[dict[str, object]], probes: list[dict[str, object]]
) -> None:
    tenant = new_id()
    for p in people:
        b.person(
            session,
            tenant,
            str(p["first"]),
            str(p["last"]),
            emails=list(p["emails"]),  # type: ignore[call-overload]
            pnr=p["pnr"],  # type: ignore[arg-type]
            birth_date=p["born"],
        )
    sought = [
        PersonProbe(
            first_name=str(q["first"]),
            last_name=str(q["last"]),
            emails=tuple(q["emails"]),  # type: ignore[arg-type]
            personnummer=q["pnr"],  # type: ignore[arg-type]
            birth_date=q["born"],  # type: ignore[arg-type]
        )
        for q in probes
    ]

    together = match_people(session, tenant_id=tenant, probes=sought)

    assert together == [match_person(session, tenant_id=tenant, probe=q) for q in sought]
    for q, found in zip(sought, together, strict=True):
        if found.person_id is None:
            # Candidates skipped by the cheap name bound are exactly those under the bar.
            everyone = session.scalars(select(Person).where(Person.tenant_id == tenant)).all()
            mails = {
                p.id: set(
                    session.scalars(
                        select(PersonEmail.address).where(PersonEmail.person_id == p.id)
                    )
                )
                for p in everyone
            }
            exact = [
                score_person(q, p, mails[p.id])
                for p in everyone
                if (set(q.emails) & mails[p.id])
                or (q.personnummer and p.personnummer == q.personnummer)
                or p.birth_date == q.birth_date
            ]
            wanted = sorted(
                (c for c in exact if c.score >= MIN_DUPLICATE_SCORE),
                key=lambda c: (-c.score, c.person_id),
            )
            assert list(found.candidates) == wanted[:10]
    session.rollback()
