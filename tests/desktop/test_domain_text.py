"""One rule for person fields (issue 14, item 4): the profile editor checks a value with
the command's own rule and shows the command's refusal, translated."""

from __future__ import annotations

import ast
from pathlib import Path

import models.validators
from desktop.common.domain_text import TEMPLATES, error_text
from desktop.operations import DbOp
from desktop.people.profile import PersonProfile, check_field
from models.errors import DomainError, ValidationError

#: The checks the desktop runs as the user types (person fields, identifiers, text).
CHECKED_ON_THE_DESKTOP = (
    "normalize_person_field",
    "normalize_personnummer",
    "normalize_email",
    "normalize_phone",
    "_swedish_e164",
    "check_text",
)


def _templates_raised_by(functions: tuple[str, ...]) -> set[str]:
    tree = ast.parse(Path(models.validators.__file__).read_text(encoding="utf-8"))
    found = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in functions:
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and getattr(call.func, "id", None) == "ValidationError"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    found.add(str(call.args[0].value))
    return found


def test_every_refusal_of_the_checks_the_desktop_runs_is_listed_for_translation() -> None:
    raised = _templates_raised_by(CHECKED_ON_THE_DESKTOP)
    assert "Two letters, such as SE" in raised  # the parse finds the rule's refusals
    assert raised - set(TEMPLATES) == set()


BAD_VALUES = [
    ("first_name", " ", "Får inte vara tomt"),
    ("country", "Sverige", "Två bokstäver, till exempel SE"),
    ("postal_code", "123-45", "Endast bokstäver och siffror, till exempel 123 45"),
    ("birth_date", "2026-13-01", "Skriv datumet som ÅÅÅÅ-MM-DD"),
    ("personnummer", "19800101-1234", "Personnumret har fel kontrollsiffra"),
]


def test_profile_editor_and_person_edit_give_the_same_refusal_in_swedish(
    qtbot, ctx, filled, swedish
) -> None:
    pid = filled.participant_ids[0]
    profile = PersonProfile(ctx, pid)
    qtbot.addWidget(profile)
    profile.show()
    qtbot.waitUntil(lambda: profile.loaded)
    for field, bad, swedish_text in BAD_VALUES:
        shown_before = profile.editors[field].text()  # type: ignore[attr-defined]
        profile.editors[field].setText(bad)  # type: ignore[attr-defined]
        shown = profile.rows[field].message.text()
        assert shown == swedish_text
        assert not profile.save_button.isEnabled()

        refused: list[Exception] = []
        changes = {field: {"old": shown_before, "new": bad}}
        DbOp(
            lambda c, ch=changes: c.execute(
                c.command("person.edit", {"person_id": pid, "changes": ch})
            ),
            parent=profile,
        ).failure(refused.append).run(ctx.ops)
        qtbot.waitUntil(lambda r=refused: bool(r))
        exc = refused[0]
        assert isinstance(exc, ValidationError) and exc.field == field
        assert error_text(exc) == shown  # the command's refusal, in the same words
        assert exc.message != shown  # ... which the desktop translated
        profile.editors[field].setText(shown_before)  # type: ignore[attr-defined]


def test_a_refusal_with_values_is_translated_and_filled() -> None:
    exc = DomainError("Personnummer has a year of birth before {year}", params={"year": 1800})
    assert error_text(exc) == "Personnummer has a year of birth before 1800"
    assert check_field("country", "se") is None
    assert check_field("postal_code", "SE-1") == "Letters and digits only, such as 123 45"


def test_stored_texts_of_the_domain_read_in_swedish(swedish) -> None:
    from desktop.common.domain_text import reason_text, refusal_text, subject_text

    assert subject_text("Approval requested: Anna Berg") == "Godkännande begärt: Anna Berg"
    assert subject_text("Alumni registration not approved") == "Alumnregistrering ej godkänd"
    assert subject_text("Alumni registration approved (alumnus) (automatic check)") == (
        "Alumnregistrering godkänd pga alumn (automatisk kontroll)"
    )
    assert subject_text("Something new") == "Something new"  # unknown: as it is
    assert reason_text("No degree found in student records; credits 45 < 180") == (
        "Ingen examen hittades i studieuppgifterna; högskolepoäng 45 < 180"
    )
    # The automatic check's own decisions (issue 20), with the reasons they lead.
    assert reason_text("Anna Berg (matched on e-mail) is already a registered alumnus") == (
        "Anna Berg (matchad på e-post) är redan registrerad alumn"
    )
    assert reason_text(
        "Per Ek (matched on personnummer) is neither an alumnus nor a registered alumnus; "
        "student records: No degree found in student records; credits 45 < 180"
    ) == (
        "Per Ek (matchad på personnummer) är varken alumn eller registrerad alumn; "
        "studieuppgifter: Ingen examen hittades i studieuppgifterna; högskolepoäng 45 < 180"
    )
    assert reason_text(
        "No existing person matched; created as the rules hold: degree awarded: MSc"
    ) == (
        "Ingen befintlig person matchade; skapad eftersom reglerna uppfylls: examen utfärdad: MSc"
    )
    assert reason_text("Match not certain: the name, the phone differ from the profile") == (
        "Matchningen är osäker: namnet, telefonnumret skiljer sig från profilen"
    )
    assert refusal_text("The registration is cancelled") == "Kursregistreringen är avbokad"
    assert refusal_text("E-mail address is longer than 254 characters") == (
        "E-postadressen är längre än 254 tecken"
    )
    assert refusal_text("Excel HT26 is cancelled") == "Excel HT26 är inställd"
    assert refusal_text("Never heard of this") is None


def test_stored_texts_of_the_domain_stay_as_written_in_english() -> None:
    from desktop.common.domain_text import reason_text, subject_text

    assert subject_text("Approval requested: Anna Berg") == "Approval requested: Anna Berg"
    reason = "No degree found in student records; credits 45 < 180"
    assert reason_text(reason) == reason


def test_a_refusal_written_out_by_the_models_is_shown_in_swedish(swedish) -> None:
    from desktop.common.domain_text import domain_message
    from models.errors import ConflictError, TransitionError

    assert domain_message(TransitionError("The registration is cancelled")) == (
        "Kursregistreringen är avbokad"
    )
    assert domain_message(ConflictError("Already denied by A. Berg at 2026-11-23 13:02")) == (
        "Redan nekad av A. Berg 2026-11-23 13:02"
    )
    assert domain_message(ValidationError("Option 2 is empty")) == "Alternativ 2 är tomt"
    assert domain_message(OSError("disk")) == "disk"  # not the domain's: as it is


def _choices(tree: ast.AST) -> dict[str, list[str]]:
    """Names bound to one of two texts (``verb = "Reminder sent" if r else "Approval
    requested"``), with both."""
    return {
        node.targets[0].id: [str(node.value.body.value), str(node.value.orelse.value)]
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.IfExp)
        and isinstance(node.value.body, ast.Constant)
        and isinstance(node.value.orelse, ast.Constant)
    }


def _variants(parts: list[ast.expr], choices: dict[str, list[str]]) -> list[str]:
    """An f-string's texts: a value it fills is "X", a name bound to texts each of them."""
    texts = [""]
    for v in parts:
        if isinstance(v, ast.Constant):
            options = [str(v.value)]
        elif isinstance(v, ast.FormattedValue) and isinstance(v.value, ast.Name):
            options = choices.get(v.value.id, ["X"])
        else:
            options = ["X"]
        texts = [t + o for t in texts for o in options]
    return texts


def _written_texts(path: Path, call: str, keyword: str | None, position: int) -> list[str]:
    """The texts a module writes into ``call(...)`` (its argument ``keyword``, or at
    ``position`` unless -1), each value an f-string fills written as "X"."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    choices = _choices(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == call):
            continue
        args = [k.value for k in node.keywords if k.arg == keyword]
        args += node.args[position : position + 1] if position >= 0 else []
        for arg in args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append(arg.value)
            elif isinstance(arg, ast.JoinedStr):
                found += _variants(arg.values, choices)
    return found


def test_every_stored_text_the_models_write_has_its_template_listed() -> None:
    from desktop.common.domain_text import REASONS, SUBJECTS, _patterns

    root = Path(models.validators.__file__).resolve().parents[1]
    reasons = _written_texts(root / "models" / "alumni_rules.py", "RuleResult", None, 2)
    writers = [*(root / "models").rglob("*.py"), *(root / "server" / "services").rglob("*.py")]
    subjects = [
        text
        for path in writers
        for call, position in (("Activity", -1), ("add_activity", 3))
        for text in _written_texts(path, call, "subject", position)
    ]
    assert "No degree found in student records" in reasons and len(subjects) > 5  # found them
    unknown = [t for t in reasons if not any(p.match(t) for p, _ in _patterns(*REASONS))]
    unknown += [t for t in subjects if not any(p.match(t) for p, _ in _patterns(*SUBJECTS))]
    assert unknown == []
