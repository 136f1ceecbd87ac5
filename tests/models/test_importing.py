"""Importing participants from CSV and XLSX: per-row errors, nothing half-imported."""

from __future__ import annotations

import io

import openpyxl
from sqlalchemy.orm import Session

from models.importing import plan_import, read_participants
from tests import factories as f


def csv_bytes(text: str, encoding: str = "utf-8") -> bytes:
    return text.encode(encoding)


def test_swedish_excel_csv_with_semicolons_and_cp1252() -> None:
    data = csv_bytes(
        "Förnamn;Efternamn;E-post;Mobil\nÅsa;Öberg;Asa@Firma.se ;070-123 45 67\n", "cp1252"
    )
    preview = read_participants(data, "deltagare.csv")
    assert preview.ok
    [row] = preview.rows
    assert (row.first_name, row.last_name, row.email, row.phone) == (
        "Åsa",
        "Öberg",
        "asa@firma.se",
        "+46701234567",
    )
    assert row.row == 2


def test_every_bad_row_is_reported_with_row_field_and_reason() -> None:
    data = csv_bytes(
        "first name,last name,email,personnummer\n"
        "Anna,Berg,anna@firm.se,\n"
        ",Lund,erik@firm.se,\n"
        "Karl,Ek,not-an-address,\n"
        "Sara,Berg,ANNA@firm.se,\n"
        "Olof,Ek,olof@firm.se,811218-9875\n"
    )
    preview = read_participants(data, "list.csv")
    assert not preview.ok
    found = [(e.row, e.field, e.message) for e in preview.errors]
    assert (3, "first_name", "The “first name” cell is empty") in found
    assert any(r == 4 and fld == "email" for r, fld, _ in found)
    assert (5, "email", "anna@firm.se is also on row 2") in found
    assert any(r == 6 and fld == "personnummer" and "check digit" in m for r, fld, m in found)
    assert str(preview.errors[0]).startswith("row 3, first_name: ")


def test_missing_required_column_is_an_error_on_the_header_row() -> None:
    preview = read_participants(csv_bytes("name,email\nAnna,a@b.se\n"), "x.csv")
    assert [(e.row, e.field) for e in preview.errors] == [(1, "first_name"), (1, "last_name")]


def test_xlsx_is_read_like_csv() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["First name", "Last name", "E-mail", "Organisation"])
    ws.append(["Nils", "Holm", "nils@firm.se", "Firma AB"])
    ws.append([None, None, None, None])
    buf = io.BytesIO()
    wb.save(buf)
    preview = read_participants(buf.getvalue(), "list.xlsx")
    assert preview.ok
    assert preview.rows[0].organisation == "Firma AB"


def test_broken_xlsx_and_unknown_types_say_so() -> None:
    assert (
        "not a readable Excel workbook" in read_participants(b"garbage", "a.xlsx").errors[0].message
    )
    assert "cannot be imported" in read_participants(b"x", "a.pdf").errors[0].message
    assert read_participants(b"", "a.csv").errors[0].message == "The file is empty"


def test_plan_reuses_people_by_email_and_skips_those_already_registered(session: Session) -> None:
    t = f.tenant(session)
    reg = f.registration(session, t.id)  # erik@firm.se on a round
    f.person(session, t.id, "Anna", "Berg", "anna@firm.se")
    manager = f.person(session, t.id, "Maria", "Chef", "maria@firm.se")
    preview = read_participants(
        csv_bytes(
            "first name,last name,email\n"
            "Erik,Lund,erik@firm.se\nAnna,Berg,anna@firm.se\nNy,Person,ny@firm.se\n"
        ),
        "x.csv",
    )
    plan = plan_import(
        session,
        tenant_id=t.id,
        round_id=reg.round_id,
        rows=preview.rows,
        approving_manager_id=manager.id,
    )
    assert [r.email for r in plan.already_registered] == ["erik@firm.se"]
    assert (plan.new_people, plan.existing_people) == (1, 1)
    [command] = plan.commands
    assert command.name == "registration.import" and plan.registrations == 2
    rows = command.args.rows
    assert [(r.row, r.person is not None) for r in rows] == [(3, False), (4, True)]
    assert {r.approving_manager_id for r in rows} == {manager.id}
    for cmd in plan.commands:  # the plan applies cleanly
        cmd.apply(session, f.actor(t.id))


def test_swedish_header_variants_are_understood() -> None:
    data = (
        "Förnamn;Efternamn;E-postadress;Personnr;Mobilnummer;Organisation\r\n"
        "Ylva;Ek;ylva@firma.se;811218-9876;070-123 45 67;Firma AB\r\n"
    ).encode("cp1252")

    preview = read_participants(data, "deltagare.csv")

    assert preview.ok and preview.unknown_columns == []
    [row] = preview.rows
    assert (row.email, row.personnummer, row.phone, row.organisation) == (
        "ylva@firma.se",
        "198112189876",
        "+46701234567",
        "Firma AB",
    )
