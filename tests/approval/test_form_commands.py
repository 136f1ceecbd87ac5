"""Commands on sign-up forms and their elements (models/commands/forms.py), applied as
the desktop applies them locally (a real SQLite file holding the whole schema)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import FormElement, SignupForm
from models.base import Base
from models.commands import Outcome, build
from models.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from models.ids import new_id
from server.db import make_engine
from tests import factories as f


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    engine = make_engine(f"sqlite:///{tmp_path / 'forms.db'}")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        yield s
    engine.dispose()


def run(session: Session, tenant_id: str, name: str, *roles: str, **args: Any) -> Outcome:
    outcome = build(name, 1, args, id=new_id()).apply(
        session, f.actor(tenant_id, *(roles or ("course_admin",)))
    )
    session.flush()
    return outcome


@pytest.fixture
def form(session: Session) -> SignupForm:
    t = f.tenant(session)
    round_ = f.course_round(session, t.id)
    form_id = new_id()
    run(session, t.id, "signup_form.set", form_id=form_id, round_id=round_.id, heading="Anmälan")
    found = session.get(SignupForm, form_id)
    assert found is not None
    return found


def add(session: Session, form: SignupForm, kind: str, **kw: Any) -> str:
    element_id = new_id()
    args = {"element_id": element_id, "form_id": form.id, "kind": kind, "label": kind.title()}
    run(session, form.tenant_id, "form_element.add", **{**args, **kw})
    return element_id


def test_set_creates_the_form_then_sets_every_text(session: Session, form: SignupForm) -> None:
    assert (form.heading, form.published) == ("Anmälan", False)
    outcome = run(
        session,
        form.tenant_id,
        "signup_form.set",
        form_id=form.id,
        round_id=form.round_id,
        heading="Anmälan HT26",
        intro="Välkommen!",
        banner_url="https://cdn.example.se/banner.png",
        confirmation_text="Tack!",
        published=True,
    )
    assert (form.heading, form.intro, form.confirmation_text) == (
        "Anmälan HT26",
        "Välkommen!",
        "Tack!",
    )
    assert form.banner_url == "https://cdn.example.se/banner.png" and form.published
    assert ("signup_form", form.id) in outcome.concerns


def test_a_round_has_one_form_and_a_form_stays_on_its_round(
    session: Session, form: SignupForm
) -> None:
    with pytest.raises(ConflictError, match="already has a sign-up form"):
        run(session, form.tenant_id, "signup_form.set", form_id=new_id(), round_id=form.round_id)
    other_round = f.course_round(session, form.tenant_id)
    with pytest.raises(ValidationError, match="cannot move to another round"):
        run(session, form.tenant_id, "signup_form.set", form_id=form.id, round_id=other_round.id)


@pytest.mark.parametrize(
    "banner", ["javascript:alert(1)", "ftp://x.se/b.png", "https:///b.png", "https://x.se/a b"]
)
def test_banner_must_be_a_web_address(session: Session, form: SignupForm, banner: str) -> None:
    with pytest.raises(ValidationError) as err:
        run(
            session,
            form.tenant_id,
            "signup_form.set",
            form_id=form.id,
            round_id=form.round_id,
            banner_url=banner,
        )
    assert err.value.field == "banner_url"


def test_forms_of_another_tenant_cannot_be_touched(session: Session, form: SignupForm) -> None:
    other = f.tenant(session, "t2")
    other_round = f.course_round(session, other.id)
    with pytest.raises(PermissionDenied, match="cannot be used"):
        run(session, other.id, "signup_form.set", form_id=form.id, round_id=other_round.id)
    with pytest.raises(NotFoundError):
        run(
            session,
            other.id,
            "form_element.add",
            element_id=new_id(),
            form_id=form.id,
            kind="text",
            label="Q",
        )


def test_only_course_staff_may_edit_forms(session: Session, form: SignupForm) -> None:
    with pytest.raises(PermissionDenied, match="signup_form.set"):
        run(
            session,
            form.tenant_id,
            "signup_form.set",
            "viewer",
            form_id=form.id,
            round_id=form.round_id,
        )


def test_approving_manager_element_can_require_confirmation_by_email(
    session: Session, form: SignupForm
) -> None:
    element_id = add(
        session, form, "approving_manager", required=True, require_email_confirmation=True
    )
    element = session.get(FormElement, element_id)
    assert element is not None and element.require_email_confirmation and element.required
    with pytest.raises(ValidationError, match="Only the approving manager element") as err:
        add(session, form, "text", require_email_confirmation=True)
    assert err.value.field == "require_email_confirmation"


def test_single_kinds_appear_once_until_removed(session: Session, form: SignupForm) -> None:
    first = add(session, form, "email")
    with pytest.raises(ValidationError, match="already has this kind of element") as err:
        add(session, form, "email")
    assert err.value.field == "kind"
    add(session, form, "text")
    add(session, form, "text")  # free-text questions can repeat
    run(session, form.tenant_id, "form_element.remove", element_id=first)
    add(session, form, "email")
    live = session.scalars(
        select(FormElement.kind).where(
            FormElement.form_id == form.id, FormElement.deleted_at.is_(None)
        )
    ).all()
    assert sorted(live) == ["email", "text", "text"]
    with pytest.raises(NotFoundError):
        run(session, form.tenant_id, "form_element.remove", element_id=first)


def test_choice_options_are_checked(session: Session, form: SignupForm) -> None:
    element_id = add(session, form, "choice", options=[" Kollega ", "Webbplats"])
    element = session.get(FormElement, element_id)
    assert element is not None and element.options == ["Kollega", "Webbplats"]
    for options, says in (
        ([], "at least one option"),
        (["A", "A"], "must differ"),
        (["A", " "], "Option 2 is empty"),
    ):
        with pytest.raises(ValidationError, match=says):
            add(session, form, "choice", options=options)
    with pytest.raises(ValidationError, match="Only a choice element has options"):
        add(session, form, "text", options=["A"])


def test_unknown_kind_is_named_in_the_error() -> None:
    with pytest.raises(ValidationError) as err:
        build(
            "form_element.add",
            1,
            {"element_id": "e", "form_id": "f", "kind": "shoe_size", "label": "Size"},
            id=new_id(),
        )
    assert err.value.field == "args.kind"


def positions(session: Session, form: SignupForm) -> list[str]:
    session.expire_all()
    return list(
        session.scalars(
            select(FormElement.label)
            .where(FormElement.form_id == form.id, FormElement.deleted_at.is_(None))
            .order_by(FormElement.position)
        )
    )


def edit(session: Session, form: SignupForm, element_id: str, **changes: tuple[Any, Any]) -> None:
    run(
        session,
        form.tenant_id,
        "form_element.edit",
        element_id=element_id,
        changes={k: {"old": old, "new": new} for k, (old, new) in changes.items()},
    )


def test_edit_changes_label_required_and_options(session: Session, form: SignupForm) -> None:
    element_id = add(session, form, "choice", options=["Kaffe", "Te"])
    edit(
        session,
        form,
        element_id,
        label=("Choice", " Fika "),
        required=(False, True),
        options=(["Kaffe", "Te"], ["Te", " Kaffe", "Saft"]),
    )
    element = session.get(FormElement, element_id)
    assert element is not None
    assert (element.label, element.required, element.options) == (
        "Fika",
        True,
        ["Te", "Kaffe", "Saft"],
    )
    with pytest.raises(ValidationError, match="must differ") as err:
        edit(session, form, element_id, options=(["Te", "Kaffe", "Saft"], ["Te", "Te"]))
    assert err.value.field == "options"
    with pytest.raises(ValidationError, match="label.new: String should have at least 1"):
        edit(session, form, element_id, label=("Fika", "   "))


def test_edit_keeps_confirmation_by_email_to_the_approving_manager(
    session: Session, form: SignupForm
) -> None:
    manager = add(session, form, "approving_manager")
    edit(session, form, manager, require_email_confirmation=(False, True))
    element = session.get(FormElement, manager)
    assert element is not None and element.require_email_confirmation
    text = add(session, form, "text")
    with pytest.raises(ValidationError, match="Only the approving manager element"):
        edit(session, form, text, require_email_confirmation=(False, True))
    with pytest.raises(ValidationError, match="Only a choice element has options"):
        edit(session, form, text, options=([], ["A"]))


def test_move_puts_a_question_after_another_or_first(session: Session, form: SignupForm) -> None:
    a, b, c = (add(session, form, "text", label=x, position=i) for i, x in enumerate("ABC"))
    run(session, form.tenant_id, "form_element.move", element_id=a, after_id=c)
    assert positions(session, form) == ["B", "C", "A"]
    run(session, form.tenant_id, "form_element.move", element_id=c, after_id=None)
    assert positions(session, form) == ["C", "B", "A"]
    run(session, form.tenant_id, "form_element.move", element_id=c, after_id=None)  # again: same
    assert positions(session, form) == ["C", "B", "A"]
    run(session, form.tenant_id, "form_element.remove", element_id=b)
    with pytest.raises(NotFoundError):
        run(session, form.tenant_id, "form_element.move", element_id=a, after_id=b)
    with pytest.raises(ValidationError, match="after itself"):
        run(session, form.tenant_id, "form_element.move", element_id=a, after_id=a)


def test_move_stays_on_its_own_form(session: Session, form: SignupForm) -> None:
    mine = add(session, form, "text")
    other_round = f.course_round(session, form.tenant_id)
    other_form = new_id()
    run(session, form.tenant_id, "signup_form.set", form_id=other_form, round_id=other_round.id)
    theirs = add(session, session.get(SignupForm, other_form), "text")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="different sign-up forms"):
        run(session, form.tenant_id, "form_element.move", element_id=mine, after_id=theirs)
