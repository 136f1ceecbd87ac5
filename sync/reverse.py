"""The reverse action of a command the server has already carried out.

An undo takes back a command that waits in the outbox. Once the server has
applied it (possibly with effects outside: a mail to a manager), it cannot
be taken back, only answered by a new command that reverses its effect on
the data, where the domain has one. :func:`reverse_command` names that command;
``None`` where there is none (a mailed approval request cannot be unsent, a
decided alumni registration cannot be decided again): the user is then told
so plainly, without an offer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Reverse:
    """A command that reverses an applied one: its name, version and arguments."""

    name: str
    args: dict[str, Any]
    version: int = 1


def _rows(result: Mapping[str, Any], table: str) -> list[Mapping[str, Any]]:
    rows = result.get("rows")
    found = rows.get(table) if isinstance(rows, Mapping) else None
    return [r for r in found if isinstance(r, Mapping)] if isinstance(found, list) else []


def reverse_command(envelope: Mapping[str, Any], result: Mapping[str, Any]) -> Reverse | None:
    """The command reversing ``envelope`` applied with ``result`` (its server answer), or None.

    Only an applied command has a reverse. Covered: ``person.edit`` (each field back to
    the value it had, expecting the value set), ``person.set_category`` (the opposite
    membership), ``person.add_email`` (remove the address added), ``person.add_phone``
    has no remove command, ``registration.create`` (cancel the registration).
    """
    if result.get("status") != "applied":
        return None
    name = envelope.get("name")
    args = envelope.get("args")
    if not isinstance(args, Mapping):
        return None
    if name == "person.edit" and isinstance(args.get("changes"), Mapping):
        changes = {
            field: {"old": change.get("new"), "new": change.get("old")}
            for field, change in args["changes"].items()
            if isinstance(change, Mapping)
        }
        if changes:
            return Reverse(
                "person.edit",
                {"person_id": args.get("person_id"), "changes": changes},
                int(envelope.get("version") or 1),
            )
        return None
    if name == "person.set_category":
        return Reverse(
            "person.set_category",
            {
                "person_id": args.get("person_id"),
                "category_key": args.get("category_key"),
                "present": not bool(args.get("present", True)),
            },
        )
    if name == "person.add_email":
        address = str(args.get("address") or "").strip().lower()
        for row in _rows(result, "person_email"):
            if str(row.get("address") or "").lower() == address and not row.get("deleted_at"):
                return Reverse("person.remove_email", {"email_id": row.get("id")})
        return None
    if name == "registration.create" and args.get("registration_id"):
        return Reverse("registration.cancel", {"registration_id": args["registration_id"]})
    return None
