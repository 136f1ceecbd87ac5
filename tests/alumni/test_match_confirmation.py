"""The rule that confirms a match on one identifier (models.alumni_matching.disagreements).

A match counts only when the rest of the registration agrees with the
profile: the name similar enough, the same birth date, and every e-mail,
phone and personnummer the form gave already on the profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from models.alumni_matching import (
    MATCH_NAME_SIMILARITY,
    MismatchCode,
    PersonProbe,
    disagreements,
    name_similarity,
)
from tests.alumni import builders as b

TODAY = date(2026, 11, 2)


@dataclass(frozen=True)
class Profile:
    id: str = "p1"
    first_name: str = "Anna"
    last_name: str = "Berg"
    personnummer: str | None = b.ANNA_PNR
    birth_date: date | None = date(1985, 1, 1)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def probe(
    first: str = "Anna",
    last: str = "Berg",
    email: str | None = "anna@home.se",
    pnr: str | None = b.ANNA_PNR,
) -> PersonProbe:
    return PersonProbe.from_input(
        first_name=first, last_name=last, email=email, personnummer=pnr, today=TODAY
    )


def codes(found: list[object]) -> list[str]:
    return [str(d.code) for d in found]


def test_everything_on_the_profile_confirms_the_match() -> None:
    found = disagreements(
        probe(), Profile(), emails=["anna@home.se"], phones=["+46701234567"], phone="+46701234567"
    )
    assert found == []


@pytest.mark.parametrize(
    ("first", "last"),
    [("anna", "BERG"), ("Berg", "Anna"), ("Ana", "Berg"), ("Änna", "Berg")],
)
def test_case_order_accents_and_a_typo_in_the_name_still_agree(first: str, last: str) -> None:
    assert disagreements(probe(first, last), Profile(), emails=["anna@home.se"], phones=[]) == []


def test_another_name_with_the_members_personnummer_disagrees_with_both_names_shown() -> None:
    [found] = disagreements(probe("Eve", "Mallory"), Profile(), emails=["anna@home.se"], phones=[])
    assert found.as_json() == {
        "field": "name",
        "code": "name_differs",
        "registration": "Eve Mallory",
        "profile": "Anna Berg",
    }
    assert name_similarity("Eve", "Mallory", "Anna", "Berg") < MATCH_NAME_SIMILARITY


def test_an_address_or_phone_the_profile_lacks_is_a_disagreement_not_a_fact() -> None:
    found = disagreements(
        probe(email="eve@example.net"),
        Profile(),
        emails=["anna@home.se", "anna@work.se"],
        phones=["+46701234567"],
        phone="+46707654321",
    )
    assert [(d.code, d.registration, d.profile) for d in found] == [
        (MismatchCode.EMAIL, "eve@example.net", "anna@home.se, anna@work.se"),
        (MismatchCode.PHONE, "+46707654321", "+46701234567"),
    ]


def test_no_phone_on_the_form_is_no_disagreement() -> None:
    assert disagreements(probe(), Profile(), emails=["anna@home.se"], phones=["+4670"]) == []


def test_a_different_birth_date_disagrees() -> None:
    # Matched on e-mail; the personnummer typed is of someone born another day.
    other = b.personnummer(date(1990, 6, 15), 456)
    found = disagreements(
        probe(pnr=other), Profile(personnummer=None), emails=["anna@home.se"], phones=[]
    )
    assert codes(found) == ["birth_date_differs", "personnummer_not_on_profile"]
    assert (found[0].registration, found[0].profile) == ("1990-06-15", "1985-01-01")


def test_a_personnummer_the_profile_lacks_is_only_proposed() -> None:
    found = disagreements(
        probe(), Profile(personnummer=None, birth_date=None), emails=["anna@home.se"], phones=[]
    )
    assert [(d.code, d.registration) for d in found] == [(MismatchCode.PERSONNUMMER, b.ANNA_PNR)]


def test_a_profile_without_a_name_never_confirms_a_match() -> None:
    found = disagreements(
        probe(), Profile(first_name="", last_name=""), emails=["anna@home.se"], phones=[]
    )
    assert codes(found) == ["name_differs"]
