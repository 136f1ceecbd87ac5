"""The sign-up form editor's operations (issue 15, seed 000): reading a round's form and
changing it through its commands, each with the undo step that takes it back.

``signup_form.set`` (version 2: each text with the value the user saw) creates the form
and changes its texts and whether it is published; a question is added, changed, moved
and removed with ``form_element.add`` / ``.edit`` / ``.move`` / ``.remove``. Adding and
changing a question go through the shared create/edit machinery
(:mod:`desktop.operations.rows`); the form's texts, publishing, moving and removing are
here. A removed question comes back on undo as a new question with the same settings at
the same place (answers already given stay on the registrations under the old one).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy import select

from desktop.operations import DbOp, OpContext
from desktop.operations.rows import RowCommands
from desktop.operations.undo import UndoStep
from models.commands.edits import as_json, changes_between
from models.courses import Course, CourseRound, FormElement, SignupForm
from models.ids import new_id

#: The form's texts the editor shows and changes (``signup_form.set``'s fields).
FORM_TEXTS = ("heading", "intro", "banner_url", "confirmation_text")
#: A question's settings the editor changes (``form_element.edit``'s fields).
ELEMENT_FIELDS = ("label", "required", "options", "require_email_confirmation")
FORM_SET_VERSION = 2

FORM_COMMANDS = RowCommands(
    table="signup_form", create="signup_form.set", edit="signup_form.set", id_arg="form_id"
)
ELEMENT_COMMANDS = RowCommands(
    table="form_element",
    create="form_element.add",
    edit="form_element.edit",
    id_arg="element_id",
)


@dataclass
class FormState:
    """A round's sign-up form as the editor shows it (``form`` None: the round has none)."""

    round_id: str
    round_name: str
    course_name: str
    form: dict[str, Any] | None = None
    #: The live questions in page order: id, kind, label, required, options,
    #: require_email_confirmation, position.
    elements: list[dict[str, Any]] = field(default_factory=list)

    @property
    def form_id(self) -> str | None:
        return str(self.form["id"]) if self.form else None

    def kinds(self) -> set[str]:
        return {str(e["kind"]) for e in self.elements}


def load_form_state(ctx: OpContext, round_id: str) -> FormState:
    """The round's form and its questions, read from the local database."""
    with ctx.read() as s:
        round_ = s.get(CourseRound, round_id)
        if round_ is None:
            raise LookupError("round not found")
        course = s.get(Course, round_.course_id)
        state = FormState(round_id, round_.name, course.name if course else "")
        form = s.scalars(
            select(SignupForm).where(
                SignupForm.round_id == round_id, SignupForm.deleted_at.is_(None)
            )
        ).first()
        if form is None:
            return state
        state.form = {"id": form.id, "published": bool(form.published)}
        state.form.update({f: getattr(form, f) or "" for f in FORM_TEXTS})
        elements = s.scalars(
            select(FormElement)
            .where(FormElement.form_id == form.id, FormElement.deleted_at.is_(None))
            .order_by(FormElement.position, FormElement.id)
        )
        state.elements = [
            {
                "id": e.id,
                "kind": e.kind,
                "label": e.label,
                "required": bool(e.required),
                "options": list(e.options or []),
                "require_email_confirmation": bool(e.require_email_confirmation),
                "position": e.position,
            }
            for e in elements
        ]
    return state


def save_form(
    *,
    parent: QObject | None,
    form_id: str,
    round_id: str,
    shown: Mapping[str, Any] | None,
    values: Mapping[str, Any],
    name: str,
) -> DbOp[UndoStep | None]:
    """Create the round's form with ``values`` (``shown`` None; not published) or change
    the texts that differ from ``shown``. Returns how to undo it (None: nothing changed)."""
    ids = {"form_id": form_id, "round_id": round_id}

    def run(ctx: OpContext) -> UndoStep | None:
        if shown is None:
            changes = changes_between(None, {**values, "published": False})
            command = ctx.command("signup_form.set", {**ids, "changes": changes}, version=2)
            ctx.execute(command)
            return UndoStep(
                label=QCoreApplication.translate(
                    "FormOps", "creating the sign-up form of %1"
                ).replace("%1", name),
                table="signup_form",
                row_id=form_id,
                withdraw=command.id,
            )
        changes = changes_between(shown, values)
        if not changes:
            return None
        ctx.execute(ctx.command("signup_form.set", {**ids, "changes": changes}, version=2))
        return _inverse_form_edit(
            ids,
            changes,
            QCoreApplication.translate("FormOps", "edit of the sign-up form of %1").replace(
                "%1", name
            ),
        )

    return DbOp(
        run,
        parent=parent,
        label=QCoreApplication.translate("FormOps", "Saving the sign-up form of %1").replace(
            "%1", name
        ),
    )


def _inverse_form_edit(
    ids: dict[str, str], changes: dict[str, dict[str, Any]], label: str
) -> UndoStep:
    inverse = {f: {"old": c["new"], "new": c["old"]} for f, c in changes.items()}
    return UndoStep(
        label=label,
        table="signup_form",
        row_id=ids["form_id"],
        command="signup_form.set",
        args={**ids, "changes": inverse},
        version=FORM_SET_VERSION,
    )


def _queued(
    parent: QObject | None,
    command: str,
    args: dict[str, Any],
    undo: UndoStep,
    doing: str,
    version: int = 1,
) -> DbOp[UndoStep]:
    """An operation that queues ``command`` and returns ``undo``; ``doing`` names it."""

    def run(ctx: OpContext) -> UndoStep:
        ctx.execute(ctx.command(command, args, version=version))
        return undo

    return DbOp(run, parent=parent, label=doing)


def set_published(
    *, parent: QObject | None, form_id: str, round_id: str, published: bool, name: str
) -> DbOp[UndoStep]:
    """Publish the form (the public page opens) or take it off the web."""
    ids = {"form_id": form_id, "round_id": round_id}
    changes = {"published": {"old": not published, "new": published}}
    label = (
        QCoreApplication.translate("FormOps", "publishing the sign-up form of %1")
        if published
        else QCoreApplication.translate("FormOps", "unpublishing the sign-up form of %1")
    )
    undo = _inverse_form_edit(ids, changes, label.replace("%1", name))
    doing = QCoreApplication.translate("FormOps", "Saving the sign-up form of %1")
    args = {**ids, "changes": changes}
    doing = doing.replace("%1", name)
    return _queued(parent, "signup_form.set", args, undo, doing, FORM_SET_VERSION)


def move_element(
    *,
    parent: QObject | None,
    element: Mapping[str, Any],
    after_id: str | None,
    was_after_id: str | None,
) -> DbOp[UndoStep]:
    """Put the question right after ``after_id`` (None: first); undo puts it back after
    ``was_after_id``, the question it followed."""
    element_id, name = str(element["id"]), str(element["label"])
    label = QCoreApplication.translate("FormOps", "moving %1").replace("%1", name)
    back = {"element_id": element_id, "after_id": was_after_id}
    undo = UndoStep(label, "form_element", element_id, "form_element.move", back)
    doing = QCoreApplication.translate("FormOps", "Moving %1").replace("%1", name)
    args = {"element_id": element_id, "after_id": after_id}
    return _queued(parent, "form_element.move", args, undo, doing)


def remove_element(
    *, parent: QObject | None, element: Mapping[str, Any], form_id: str
) -> DbOp[UndoStep]:
    """Take the question off the form; undo adds it again, with its settings, in its place."""
    element_id, name = str(element["id"]), str(element["label"])
    again = {
        "element_id": new_id(),
        "form_id": form_id,
        "kind": element["kind"],
        "position": element["position"],
        **{f: as_json(element[f]) for f in ELEMENT_FIELDS},
    }
    label = QCoreApplication.translate("FormOps", "removing %1").replace("%1", name)
    undo = UndoStep(label, "form_element", element_id, "form_element.add", again)
    doing = QCoreApplication.translate("FormOps", "Removing %1").replace("%1", name)
    return _queued(parent, "form_element.remove", {"element_id": element_id}, undo, doing)
