"""Contact data a public alumni registration proposes for an existing person (security item 1).

A public form is open to anyone, so what it gives that the matched profile
does not have (an e-mail address, a phone, a personnummer) is never written
on the person by the automatic check: it is kept on the registration
(``AlumniRegistration.proposed``, state ``pending``) and applied here, either
by an officer's approval (the ``alumni.decide`` command, on the client and on
the server alike) or by the person confirming through a link mailed to an
address the profile already had.

Nothing is overwritten: an e-mail or phone joins the profile's list, a
personnummer fills only an empty field. A returning registered alumnus's changed
name (``first_name``, ``last_name``) replaces the profile's when staff apply it
(the ``alumni.review_proposal`` command). A postal address (:data:`ADDRESS`) is contact
data too: proposed for an existing person (:func:`address_proposal`) and applied whole,
in place of the profile's (a person has one address).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from models import validators
from models.alumni import AlumniRegistration, ProposalState
from models.errors import ValidationError
from models.people import Person, PersonEmail, PersonPhone

__all__ = [
    "ADDRESS",
    "NAMES",
    "PROPOSABLE",
    "address_of",
    "address_proposal",
    "apply_proposal",
    "discard_proposal",
    "proposal_of",
    "proposed_address",
    "same_address",
]

#: The registration fields that may be proposed for a profile, in the order shown.
PROPOSABLE = ("email", "phone", "personnummer")
#: A returning registered alumnus's changed name (issue 20): proposed too, and applied
#: by staff in place of the profile's (a name is one, not a list).
NAMES = ("first_name", "last_name")


#: A postal address's fields (on the registration and the person alike), in the order shown.
ADDRESS = ("street", "postal_code", "city", "country")


def address_of(row: Any) -> dict[str, str]:
    """The address fields of a registration or a person."""
    return {k: str(getattr(row, k, "") or "") for k in ADDRESS}


def same_address(a: Any, b: Any) -> bool:
    """Whether two rows have one address: case, spaces and the postal code's space do not
    count (nor the country, when one of them has no street)."""

    def key(row: Any) -> tuple[str, ...]:
        return tuple("".join(str(getattr(row, k) or "").split()).casefold() for k in ADDRESS)

    if not (a.street and b.street):
        return not (a.street or b.street)
    return key(a) == key(b)


def address_proposal(reg: AlumniRegistration, person: Person) -> dict[str, str]:
    """The registration's address as a proposal for ``person``: empty when the form gave
    none or the profile has it already."""
    if not reg.street or same_address(reg, person):
        return {}
    return address_of(reg)


def proposed_address(proposed: dict[str, Any]) -> str:
    """A proposal's address on one line ("Storgatan 1, 123 45 Lund, SE"); "" without one."""
    if not isinstance(proposed.get("street"), str) or not proposed["street"].strip():
        return ""
    place = " ".join(str(proposed.get(k) or "") for k in ("postal_code", "city")).strip()
    parts = [str(proposed["street"]), place, str(proposed.get("country") or "")]
    return ", ".join(p for p in parts if p)


def proposal_of(values: dict[str, str | None]) -> dict[str, str]:
    """The proposal to store: the non-empty ``values`` of :data:`PROPOSABLE` fields."""
    return {k: str(values[k]) for k in PROPOSABLE if values.get(k)}


def apply_proposal(
    reg: AlumniRegistration,
    person: Person,
    *,
    new_id: Callable[[str], str],
    add: Callable[[Any], None],
) -> list[str]:
    """Apply the registration's pending proposal to ``person``; the fields applied.

    ``new_id(part)`` makes the id of a new row (a command's derived ids on the
    client and the server alike); ``add`` adds the row to the session. The
    proposal is then ``applied`` (also when everything was on the profile by now).
    """
    if reg.proposal_state != ProposalState.PENDING:
        return []
    proposed = reg.proposed if isinstance(reg.proposed, dict) else {}
    applied: list[str] = []
    address = proposed.get("email")
    emails = [e for e in person.emails if e.deleted_at is None]
    if isinstance(address, str) and address and all(e.address != address for e in emails):
        add(
            PersonEmail(
                id=new_id("email"),
                tenant_id=person.tenant_id,
                person_id=person.id,
                address=address,
                kind="private",
                is_primary=not emails,
                position=len(emails),
            )
        )
        applied.append("email")
    number = proposed.get("phone")
    phones = [p for p in person.phones if p.deleted_at is None]
    if isinstance(number, str) and number:
        try:
            e164 = validators.normalize_phone(number)
        except ValidationError:
            e164 = ""
        if e164 and all(p.number != e164 for p in phones):
            add(
                PersonPhone(
                    id=new_id("phone"),
                    tenant_id=person.tenant_id,
                    person_id=person.id,
                    number=e164,
                    is_primary=not phones,
                    position=len(phones),
                )
            )
            applied.append("phone")
    pnr = proposed.get("personnummer")
    if isinstance(pnr, str) and pnr and not person.personnummer:
        person.personnummer = pnr
        person.birth_date = validators.birth_date_from_personnummer(pnr)
        applied.append("personnummer")
    for name in NAMES:
        value = proposed.get(name)
        if isinstance(value, str) and value.strip() and getattr(person, name) != value:
            setattr(person, name, value.strip())
            applied.append(name)
    if isinstance(proposed.get("street"), str) and proposed["street"].strip():
        for name in ADDRESS:
            value = str(proposed.get(name) or ("SE" if name == "country" else ""))
            if getattr(person, name) != value:
                setattr(person, name, value)
                applied.append(name)
    reg.proposal_state = ProposalState.APPLIED
    return applied


def discard_proposal(reg: AlumniRegistration) -> None:
    """Drop the registration's pending proposal: nothing of it reaches the profile."""
    if reg.proposal_state == ProposalState.PENDING:
        reg.proposal_state = ProposalState.DISCARDED
