"""Mapping, checking and matching a participant file's rows (``models.importing``): the
server's rules in the preview, cleaning what is unambiguous, people found by personnummer
as well as e-mail, the manager column, and columns that are not read."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from models.commands import build
from models.errors import ValidationError
from models.ids import new_id
from models.importing import MAX_ROWS, match_people, parse_participants, plan_import
from models.people import PersonEmail
from tests import factories as f
from tests.alumni.builders import personnummer

HEADER = ["Förnamn", "Efternamn", "E-post", "Personnummer", "Telefon"]


def server_refuses(first: str, last: str, email: str) -> bool:
    """Whether the server's ``person.create`` (the same command code) refuses these values."""
    try:
        cmd = build(
            "person.create",
            1,
            {"person_id": new_id(), "first_name": first, "last_name": last,
             "emails": [{"address": email}]},
            id=new_id(),
        )  # fmt: skip
        from models.validators import normalize_email

        normalize_email(cmd.args.emails[0].address)
    except ValidationError:
        return True
    return False


@pytest.mark.parametrize(
    ("first", "field", "message"),
    [
        ("An\x00na", "first_name", "contains an invisible control character (U+0000)"),
        ("An\nna", "first_name", "must be on one line"),
        ("A" * 101, "first_name", "The “first name” cell is longer than 100 characters"),
        ("Anna\x1b", "first_name", "contains an invisible control character (U+001B)"),
    ],
)
def test_a_value_the_server_refuses_is_refused_in_the_preview_with_row_and_column(
    first: str, field: str, message: str
) -> None:
    assert server_refuses(first, "Berg", "anna@firma.se")
    preview = parse_participants(
        [HEADER, ["Per", "Lund", "per@firma.se", "", ""], [first, "Berg", "anna@firma.se", "", ""]]
    )
    assert [(e.row, e.field, e.message) for e in preview.errors] == [(3, field, message)]
    assert [r.email for r in preview.rows] == ["per@firma.se"] and not preview.ok


def test_every_limit_is_checked_per_row_and_column() -> None:
    preview = parse_participants(
        [
            HEADER,
            ["A" * 100, "B" * 101, "ok@firma.se", "", ""],
            ["Anna", "Berg", "a" * 250 + "@firma.se", "", ""],
            ["Anna", "Berg", "anna@firma.se", "", "0" * 30],
        ]
    )
    found = {(e.row, e.field): e for e in preview.errors}
    assert set(found) == {(2, "last_name"), (3, "email"), (4, "phone")}
    assert found[(2, "last_name")].params == {"column": "last name", "limit": 100}
    assert str(found[(2, "last_name")]) == (
        "row 2, last_name: The “last name” cell is longer than 100 characters"
    )
    assert "254" in found[(3, "email")].message


def test_unambiguous_noise_is_cleaned_and_the_rest_refused() -> None:
    born, eva = personnummer(date(1990, 1, 1)), personnummer(date(1985, 5, 5))
    preview = parse_participants(
        [
            HEADER,
            ["Anna\u200b", "Berg", "mailto:Anna.Berg@Firma.se\u200b", f"{born[:8]} {born[8:]}", ""],
            ["Per", "Lund", "per@firma.se", f"{born[2:8]}\u2013{born[8:]}", ""],
            ["Eva", "Ek", "eva@firma.se", f"{eva[:8]}\u00a0{eva[8:]}", "'+46701234567"],
            ["Bo", "Ny\nrad", "bo@firma.se", "", ""],
        ]
    )
    assert [(e.row, e.field) for e in preview.errors] == [(3, "personnummer"), (5, "last_name")]
    assert preview.errors[0].template == "The same personnummer is also on row {row}"
    anna, ek = preview.rows
    assert (anna.first_name, anna.email, anna.personnummer) == ("Anna", "anna.berg@firma.se", born)
    assert ek.personnummer == eva and ek.phone == "+46701234567"


def test_unknown_and_duplicate_columns_are_listed() -> None:
    preview = parse_participants(
        [
            ["Förnamn", "Efternamn", "E-post", "Avdelning", "e-mail", "", "Chef e-post"],
            ["Anna", "Berg", "anna@firma.se", "Ekonomi", "other@firma.se", "", ""],
        ]
    )
    assert preview.ok
    assert preview.unknown_columns == ["Avdelning"]
    assert preview.duplicate_columns == ["e-mail"]
    assert preview.rows[0].email == "anna@firma.se" and preview.rows[0].manager_email is None


def test_missing_column_and_too_many_rows_are_templates_for_translation() -> None:
    preview = parse_participants([["Förnamn", "E-post"], ["Anna", "a@firma.se"]])
    (missing,) = preview.errors
    assert (missing.row, missing.field, missing.template) == (
        1,
        "last_name",
        "No column for {field}",
    )
    rows = [["Anna", "Berg", f"a{i}@firma.se"] for i in range(MAX_ROWS + 1)]
    (too_many,) = parse_participants([["Förnamn", "Efternamn", "E-post"], *rows]).errors
    assert too_many.params == {"limit": MAX_ROWS}


def _person_with_pnr(session: Session, tenant_id: str, first: str, email: str, number: str):  # type: ignore[no-untyped-def]
    p = f.person(session, tenant_id, first, "Berg", email)
    p.personnummer = number
    session.flush()
    return p


def test_a_known_personnummer_with_a_new_address_is_the_same_person(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    known = _person_with_pnr(
        session, t.id, "Anna", "anna@gammal.se", personnummer(date(1990, 1, 1))
    )
    preview = parse_participants(
        [
            HEADER,
            ["Anna", "Berg", "anna@ny.se", personnummer(date(1990, 1, 1)), ""],
            ["Ny", "Person", "ny@firma.se", "", ""],
        ]
    )
    matches = match_people(session, tenant_id=t.id, rows=preview.rows, round_id=reg.round_id)
    assert matches.errors == []
    match = matches.people[2]
    assert (match.person_id, match.by, match.name, match.new_email) == (
        known.id, "personnummer", "Anna Berg", True,
    )  # fmt: skip
    plan = plan_import(
        session, tenant_id=t.id, round_id=reg.round_id, rows=preview.rows,
        approving_manager_id=None, matches=matches,
    )  # fmt: skip
    [command] = plan.commands
    assert command.name == "registration.import" and plan.rows == [2]
    assert [(r.row, r.add_email, r.person is not None) for r in command.args.rows] == [
        (2, "anna@ny.se", False), (3, None, True),
    ]  # fmt: skip
    assert (plan.new_people, plan.existing_people) == (1, 1)
    for cmd in plan.commands:
        cmd.apply(session, f.actor(t.id))
    addresses = session.query(PersonEmail.address).filter_by(person_id=known.id).all()
    assert sorted(a for (a,) in addresses) == ["anna@gammal.se", "anna@ny.se"]


def test_a_personnummer_of_one_person_and_an_address_of_another_is_a_conflict(
    session: Session,
) -> None:
    t = f.tenant(session)
    _person_with_pnr(session, t.id, "Anna", "anna@firma.se", personnummer(date(1990, 1, 1)))
    f.person(session, t.id, "Bertil", "Ek", "bertil@firma.se")
    _person_with_pnr(session, t.id, "Cilla", "cilla@firma.se", personnummer(date(1980, 1, 1)))
    preview = parse_participants(
        [
            HEADER,
            ["Anna", "Berg", "bertil@firma.se", personnummer(date(1980, 1, 1)), ""],
            ["Cilla", "Berg", "cilla@firma.se", personnummer(date(1970, 1, 1)), ""],
            ["Anna", "Berg", "anna@firma.se", "", ""],
            ["Anna", "B", "anna2@firma.se", personnummer(date(1990, 1, 1)), ""],
        ]
    )
    matches = match_people(session, tenant_id=t.id, rows=preview.rows, round_id=None)
    found = [(e.row, e.field, e.message) for e in matches.errors]
    assert found == [
        (
            2,
            "personnummer",
            "The personnummer belongs to Cilla Berg, the e-mail address to Bertil Ek",
        ),
        (3, "email", "The e-mail address belongs to Cilla Berg, who has another personnummer"),
        (5, "personnummer", "Anna Berg is also on row 4"),
    ]
    with pytest.raises(ValidationError):
        plan_import(session, tenant_id=t.id, round_id="r", rows=preview.rows,
                    approving_manager_id=None)  # fmt: skip


def test_the_manager_column_sets_each_rows_manager(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id)
    chef = f.person(session, t.id, "Maria", "Chef", "maria@firma.se")
    default = f.person(session, t.id, "Stig", "Standard", "stig@firma.se")
    header = ["First name", "Last name", "E-mail", "Manager e-mail"]
    preview = parse_participants(
        [
            header,
            ["Anna", "Berg", "anna@firma.se", "Maria@Firma.se"],
            ["Nils", "Chef", "nils@firma.se", ""],
            ["Per", "Lund", "per@firma.se", "nils@firma.se"],
            ["Eva", "Ek", "eva@firma.se", "okand@firma.se"],
        ]
    )
    matches = match_people(session, tenant_id=t.id, rows=preview.rows, round_id=reg.round_id)
    assert [(e.row, e.field, e.params) for e in matches.errors] == [
        (5, "manager_email", {"email": "okand@firma.se"})
    ]
    rows = [r for r in preview.rows if r.row != 5]
    plan = plan_import(session, tenant_id=t.id, round_id=reg.round_id, rows=rows,
                       approving_manager_id=default.id)  # fmt: skip
    [command] = plan.commands
    created = {r.person.emails[0].address: r.participant_id for r in command.args.rows
               if r.person is not None}  # fmt: skip
    managers = {r.participant_id: r.approving_manager_id for r in command.args.rows}
    # Nils, the manager of Per in the file, comes first: made before he is named.
    assert [r.row for r in command.args.rows] == [3, 2, 4]
    assert managers == {
        created["anna@firma.se"]: chef.id,
        created["nils@firma.se"]: default.id,
        created["per@firma.se"]: created["nils@firma.se"],
    }
    for cmd in plan.commands:
        cmd.apply(session, f.actor(t.id))
