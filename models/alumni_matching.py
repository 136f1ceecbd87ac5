"""Matching an alumni registration to a person, and scoring possible duplicates (seed 001).

A registration matches an existing person by e-mail address or by
personnummer / samordningsnummer, whatever form the alumnus typed them in:
``" Anna.Berg@Example.SE "`` is ``anna.berg@example.se``, and
``850101-1234``, ``8501011234``, ``19850101-1234`` and ``198501011234`` are one
person. Stored values are canonical already (``PersonEmail.address`` lower
case, ``Person.personnummer`` 12 digits), so the lookups use the indexes.

Matching is strict: a match must be unambiguous. When the e-mail address
leads to one person and the personnummer to another, or several persons
share the identifier, :func:`match_person` still names the likeliest person
but sets ``conflict``, and processing sends the registration to the manual
queue rather than approve it on a guess.

A match on one identifier is not yet proof: anyone may type someone else's
personnummer or e-mail address into a public form. :func:`disagreements`
lists what of the registration does not agree with the matched profile (a
name not similar enough, another birth date, an e-mail address, phone or
personnummer the profile does not have); a match is *confirmed* only when
that list is empty, and processing sends any other to the manual queue with
the list (reason codes and both values, side by side).

Duplicates are scored, not decided: :func:`score_person` gives 0–100 from
personnummer (60), e-mail (30), birth date (15, or −30 when both are known
and differ) and name similarity (up to 25). Officers see the candidates with
their score and merge (``server.services.alumni.merge_persons``).

No HTTP, no Qt: plain SQLAlchemy reads.
"""

from __future__ import annotations

import difflib
import enum
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from models import validators
from models.errors import ValidationError
from models.people import Person, PersonEmail

__all__ = [
    "MATCH_NAME_SIMILARITY",
    "MIN_DUPLICATE_SCORE",
    "Candidate",
    "Disagreement",
    "DuplicateReason",
    "Match",
    "MismatchCode",
    "PersonProbe",
    "PossibleDuplicate",
    "disagreements",
    "duplicate_candidates",
    "email_key",
    "find_candidates",
    "match_people",
    "match_person",
    "name_similarity",
    "personnummer_key",
    "possible_duplicates",
    "probe_for",
    "score_person",
]

#: ``sqlalchemy.union``, untyped here: mypy 2.4 crashes inferring ``union(*list)``.
_union: Any = union

#: Candidates scoring below this are not shown as possible duplicates.
MIN_DUPLICATE_SCORE = 40

_PNR_POINTS = 60
_EMAIL_POINTS = 30
_BIRTH_DATE_POINTS = 15
_BIRTH_DATE_MISMATCH = -30
_NAME_POINTS = 25
#: Below this similarity two names are simply different names.
_NAME_FLOOR = 0.7


# --------------------------------------------------------------------------
# Normalising what was typed
# --------------------------------------------------------------------------


def email_key(value: str | None) -> str | None:
    """The stored form of an e-mail address (stripped, lower case), or None.

    None for an empty value or one without the form of an address: such a
    value can match nobody.
    """
    if value is None or not value.strip():
        return None
    try:
        return validators.normalize_email(value)
    except ValidationError:
        return None


def personnummer_key(value: str | None, *, today: date) -> str | None:
    """The stored form (``YYYYMMDDNNNC``) of a personnummer or samordningsnummer, or None.

    Accepts 10 or 12 digits, with or without ``-`` / ``+``; ``today`` decides
    the century of a 10-digit number. None for an empty or invalid value.
    """
    if value is None or not value.strip():
        return None
    try:
        return validators.normalize_personnummer(value, today=today)
    except ValidationError:
        return None


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name (``Åsa-Lena`` → ``asa lena``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("-", " ").split())


def name_similarity(a_first: str, a_last: str, b_first: str, b_last: str) -> float:
    """How alike two names are, 0.0–1.0, ignoring case, accents and first/last order."""
    a = _fold(f"{a_first} {a_last}")
    if not a or not _fold(f"{b_first} {b_last}"):
        return 0.0
    straight = difflib.SequenceMatcher(None, a, _fold(f"{b_first} {b_last}")).ratio()
    swapped = difflib.SequenceMatcher(None, a, _fold(f"{b_last} {b_first}")).ratio()
    return max(straight, swapped)


# --------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonProbe:
    """Who we look for: canonical identifiers and the name as given."""

    first_name: str = ""
    last_name: str = ""
    emails: tuple[str, ...] = ()
    personnummer: str | None = None
    birth_date: date | None = None

    @classmethod
    def from_input(
        cls,
        *,
        first_name: str,
        last_name: str,
        email: str | None,
        personnummer: str | None,
        today: date,
    ) -> PersonProbe:
        """A probe from what a person typed; identifiers are normalised here."""
        pnr = personnummer_key(personnummer, today=today)
        key = email_key(email)
        return cls(
            first_name=first_name.strip(),
            last_name=last_name.strip(),
            emails=(key,) if key else (),
            personnummer=pnr,
            birth_date=validators.birth_date_from_personnummer(pnr) if pnr else None,
        )


@dataclass(frozen=True)
class Candidate:
    """A person who may be the one sought, with a 0–100 score and what agreed."""

    person_id: str
    full_name: str
    score: int
    signals: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "name": self.full_name,
            "score": self.score,
            "signals": list(self.signals),
        }


@dataclass(frozen=True)
class Match:
    """The outcome of matching a registration to the persons of a tenant.

    ``person_id`` None: nobody matched. ``on`` is ``"personnummer"`` or
    ``"email"`` (the personnummer is the stronger identifier and wins when
    both agree). ``conflict`` is empty for a clear match and otherwise says
    in words why the match cannot be trusted.
    """

    person_id: str | None = None
    on: str | None = None
    score: int = 0
    conflict: str = ""
    signals: tuple[str, ...] = ()
    candidates: tuple[Candidate, ...] = field(default_factory=tuple)

    def as_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "on": self.on,
            "score": self.score,
            "signals": list(self.signals),
            "conflict": self.conflict or None,
        }


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


def probe_for(person: Person, emails: Iterable[str]) -> PersonProbe:
    """The probe describing an existing person (for finding their duplicates)."""
    return PersonProbe(
        first_name=person.first_name,
        last_name=person.last_name,
        emails=tuple(sorted(set(emails))),
        personnummer=person.personnummer,
        birth_date=person.birth_date,
    )


def _name_similarity_bound(a_first: str, a_last: str, b_first: str, b_last: str) -> float:
    """An upper bound of :func:`name_similarity`, cheap (letters in common, not their order)."""
    a, b = _fold(f"{a_first} {a_last}"), _fold(f"{b_first} {b_last}")
    if not a or not b:
        return 0.0
    lengths = 2.0 * min(len(a), len(b)) / (len(a) + len(b))  # SequenceMatcher.real_quick_ratio
    if lengths < 0.9:
        return lengths
    return difflib.SequenceMatcher(None, a, b).quick_ratio()


class PersonLike(Protocol):
    """What scoring reads of a person."""

    @property
    def id(self) -> str: ...
    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...
    @property
    def personnummer(self) -> str | None: ...
    @property
    def birth_date(self) -> date | None: ...
    @property
    def full_name(self) -> str: ...


def score_person(
    probe: PersonProbe, person: PersonLike, emails: Iterable[str], *, min_score: int = 0
) -> Candidate:
    """Score how likely ``person`` (with its live ``emails``) is the one ``probe`` describes.

    With ``min_score``, a person who cannot reach it is not compared by name (the
    costly part): the score returned is then below ``min_score`` but not exact.
    """
    points = 0.0
    signals: list[str] = []
    if probe.personnummer and person.personnummer == probe.personnummer:
        points += _PNR_POINTS
        signals.append("personnummer")
    if set(probe.emails) & set(emails):
        points += _EMAIL_POINTS
        signals.append("e-mail")
    if probe.birth_date and person.birth_date:
        if probe.birth_date == person.birth_date:
            points += _BIRTH_DATE_POINTS
            signals.append("birth date")
        else:
            points += _BIRTH_DATE_MISMATCH
            signals.append("different birth date")
    names = (probe.first_name, probe.last_name, person.first_name, person.last_name)
    # Below this similarity the score stays under min_score - 1 whatever the names.
    needed = (min_score - 1 - points) / _NAME_POINTS
    if min_score > 0 and needed > 0 and _name_similarity_bound(*names) < needed:
        return Candidate(person.id, person.full_name, max(0, round(points)), tuple(signals))
    similarity = name_similarity(*names)
    if similarity >= _NAME_FLOOR:
        points += _NAME_POINTS * similarity
        signals.append(f"name {round(similarity * 100)}%")
    score = max(0, min(100, round(points)))
    return Candidate(person.id, person.full_name, score, tuple(signals))


def _live_persons(session: Session, tenant_id: str, *conditions: Any) -> list[Person]:
    return list(
        session.execute(
            select(Person)
            .where(
                Person.tenant_id == tenant_id,
                Person.deleted_at.is_(None),
                Person.merged_into_id.is_(None),
                *conditions,
            )
            .order_by(Person.id)
        ).scalars()
    )


def _emails_of(session: Session, person_ids: Iterable[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {pid: set() for pid in person_ids}
    if not found:
        return found
    rows = session.execute(
        select(PersonEmail.person_id, PersonEmail.address).where(
            PersonEmail.person_id.in_(list(found)), PersonEmail.deleted_at.is_(None)
        )
    )
    for person_id, address in rows:
        found[person_id].add(address)
    return found


def _email_owner_ids(session: Session, tenant_id: str, emails: Iterable[str]) -> Any:
    return select(PersonEmail.person_id).where(
        PersonEmail.tenant_id == tenant_id,
        PersonEmail.address.in_(sorted(set(emails))),
        PersonEmail.deleted_at.is_(None),
    )


class _Index:
    """Live persons found by identifier, for many probes at once, with their e-mails.

    Each identifier is looked up with its own indexed query: an OR of them would
    make the database read every person of the tenant (0.1 s a probe at 1M
    persons). The persons come back in id order, as :func:`_live_persons` gives.
    """

    def __init__(
        self,
        session: Session,
        tenant_id: str,
        *,
        emails: Iterable[str] = (),
        personnummers: Iterable[str] = (),
        birth_dates: Iterable[date] = (),
    ) -> None:
        emails, pnrs, dates = sorted(set(emails)), sorted(set(personnummers)), set(birth_dates)
        lookups: list[Any] = []
        if emails:
            lookups.append(_email_owner_ids(session, tenant_id, emails))
        if pnrs:
            lookups.append(
                select(Person.id).where(
                    Person.tenant_id == tenant_id, Person.personnummer.in_(pnrs)
                )
            )
        if dates:
            lookups.append(
                select(Person.id).where(
                    Person.tenant_id == tenant_id, Person.birth_date.in_(sorted(dates))
                )
            )
        persons: list[Person] = []
        if lookups:
            ids = lookups[0] if len(lookups) == 1 else _union(*lookups)
            persons = _live_persons(session, tenant_id, Person.id.in_(ids))
        self.persons = {p.id: p for p in persons}
        self.emails = _emails_of(session, self.persons)
        self.by_email: dict[str, list[Person]] = {}
        self.by_pnr: dict[str, list[Person]] = {}
        self.by_birth_date: dict[date, list[Person]] = {}
        wanted = set(emails)
        for person in persons:
            for address in self.emails[person.id] & wanted:
                self.by_email.setdefault(address, []).append(person)
            if person.personnummer in pnrs:
                self.by_pnr.setdefault(person.personnummer, []).append(person)
            if person.birth_date in dates:
                self.by_birth_date.setdefault(person.birth_date, []).append(person)

    def owners_of(self, emails: Iterable[str]) -> list[Person]:
        found = {p.id: p for e in emails for p in self.by_email.get(e, ())}
        return [found[pid] for pid in sorted(found)]

    def candidates(
        self, probe: PersonProbe, *, exclude: Iterable[str], min_score: int, limit: int
    ) -> list[Candidate]:
        found = {p.id: p for p in self.owners_of(probe.emails)}
        if probe.personnummer:
            found.update((p.id, p) for p in self.by_pnr.get(probe.personnummer, ()))
        if probe.birth_date:
            found.update((p.id, p) for p in self.by_birth_date.get(probe.birth_date, ()))
        skip = set(exclude)
        return _best(
            (
                score_person(probe, found[pid], self.emails[pid], min_score=min_score)
                for pid in sorted(found)
                if pid not in skip
            ),
            min_score=min_score,
            limit=limit,
        )


def _best(scored: Iterable[Candidate], *, min_score: int, limit: int) -> list[Candidate]:
    """The candidates scoring at least ``min_score``, best first (ties by id), at most ``limit``."""
    kept = [c for c in scored if c.score >= min_score]
    kept.sort(key=lambda c: (-c.score, c.person_id))
    return kept[:limit]


def find_candidates(
    session: Session,
    *,
    tenant_id: str,
    probe: PersonProbe,
    exclude: Iterable[str] = (),
    min_score: int = MIN_DUPLICATE_SCORE,
    limit: int = 10,
) -> list[Candidate]:
    """Live persons of the tenant who may be the one ``probe`` describes, best first.

    Looked up by e-mail, personnummer or birth date, then scored; those under
    ``min_score`` are left out.
    """
    index = _Index(
        session,
        tenant_id,
        emails=probe.emails,
        personnummers=[probe.personnummer] if probe.personnummer else [],
        birth_dates=[probe.birth_date] if probe.birth_date else [],
    )
    return index.candidates(probe, exclude=exclude, min_score=min_score, limit=limit)


def duplicate_candidates(
    session: Session, *, tenant_id: str, person_id: str, limit: int = 10
) -> list[Candidate]:
    """Persons of the tenant who may be duplicates of ``person_id``, best first, with scores."""
    person = session.get(Person, person_id)
    if person is None or person.tenant_id != tenant_id:
        return []
    probe = probe_for(person, _emails_of(session, [person.id])[person.id])
    return find_candidates(
        session, tenant_id=tenant_id, probe=probe, exclude=[person.id], limit=limit
    )


# --------------------------------------------------------------------------
# Matching a registration
# --------------------------------------------------------------------------


def _names(persons: Sequence[Person]) -> str:
    return ", ".join(p.full_name or "(no name)" for p in persons)


def match_person(session: Session, *, tenant_id: str, probe: PersonProbe) -> Match:
    """Find the existing person a registration belongs to, by e-mail or personnummer.

    Returns a :class:`Match`; ``conflict`` is set when the identifiers point
    at different persons, several persons share one, or the e-mail's owner
    has a different personnummer than the one entered.
    """
    return match_people(session, tenant_id=tenant_id, probes=[probe])[0]


def match_people(
    session: Session,
    *,
    tenant_id: str,
    probes: Sequence[PersonProbe],
    persons: dict[str, Person] | None = None,
    candidates: bool = True,
) -> list[Match]:
    """:func:`match_person` for many probes at once: the same answers from a few
    set-based queries instead of a few queries per probe.

    ``persons``, when given, receives every person read (by id): the session
    holds loaded objects only while someone refers to them. ``candidates=False``
    leaves out the possible duplicates of those nobody matched (the costly part).
    """
    index = _Index(
        session,
        tenant_id,
        emails=(e for p in probes for e in p.emails),
        personnummers=(p.personnummer for p in probes if p.personnummer),
    )
    if persons is not None:
        persons.update(index.persons)
    matches: list[Match | None] = [_decide(p, index) for p in probes]
    unmatched = [p for p, m in zip(probes, matches, strict=True) if m is None]
    born = (
        _born_on(session, tenant_id, {p.birth_date for p in unmatched if p.birth_date})
        if unmatched and candidates
        else {}
    )
    for n, probe in enumerate(probes):
        if matches[n] is None:
            # Nobody live has this probe's e-mail address or personnummer (else it had
            # matched), so its candidates are those born the same day, and no e-mail
            # address of theirs is the probe's: what find_candidates finds, cheaper.
            pool = born.get(probe.birth_date, []) if probe.birth_date else []
            scored = (score_person(probe, p, (), min_score=MIN_DUPLICATE_SCORE) for p in pool)
            best = _best(scored, min_score=MIN_DUPLICATE_SCORE, limit=10)
            matches[n] = Match(candidates=tuple(best))
    return [m for m in matches if m is not None]


@dataclass(frozen=True)
class _PersonRow:
    """What scoring reads of a person looked at only as a candidate (no ORM object)."""

    id: str
    first_name: str
    last_name: str
    personnummer: str | None
    birth_date: date | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def _born_on(session: Session, tenant_id: str, dates: set[date]) -> dict[date, list[_PersonRow]]:
    """The tenant's live persons born on each of ``dates``, in id order."""
    found: dict[date, list[_PersonRow]] = {}
    if not dates:
        return found
    rows = session.execute(
        select(
            Person.id, Person.first_name, Person.last_name, Person.personnummer, Person.birth_date
        )
        .where(
            Person.tenant_id == tenant_id,
            Person.deleted_at.is_(None),
            Person.merged_into_id.is_(None),
            Person.birth_date.in_(sorted(dates)),
        )
        .order_by(Person.id)
    )
    for row in rows:
        person = _PersonRow(*row)
        if person.birth_date is not None:
            found.setdefault(person.birth_date, []).append(person)
    return found


def _decide(probe: PersonProbe, index: _Index) -> Match | None:
    """The match of ``probe`` among the persons found by its identifiers; None if none."""
    by_pnr = list(index.by_pnr.get(probe.personnummer, ())) if probe.personnummer else []
    by_email = index.owners_of(probe.emails)
    if not by_pnr and not by_email:
        return None

    involved = {p.id: p for p in (*by_pnr, *by_email)}
    scored = {pid: score_person(probe, p, index.emails[pid]) for pid, p in involved.items()}
    ranked = sorted(scored.values(), key=lambda c: (-c.score, c.person_id))

    conflict = ""
    pnr_ids = {p.id for p in by_pnr}
    email_ids = {p.id for p in by_email}
    if len(pnr_ids) > 1:
        conflict = f"{len(pnr_ids)} persons have this personnummer: {_names(by_pnr)}"
    elif pnr_ids and email_ids and not pnr_ids <= email_ids:
        conflict = (
            f"The e-mail address belongs to {_names(by_email)} "
            f"but the personnummer to {_names(by_pnr)}"
        )
    elif not pnr_ids and len(email_ids) > 1:
        conflict = f"{len(email_ids)} persons have this e-mail address: {_names(by_email)}"
    elif not pnr_ids and probe.personnummer:
        owner = by_email[0]
        if owner.personnummer and owner.personnummer != probe.personnummer:
            conflict = f"{owner.full_name} has this e-mail address but a different personnummer"

    if pnr_ids:
        chosen = max((scored[p.id] for p in by_pnr), key=lambda c: (c.score, c.person_id))
        on = "personnummer"
    else:
        chosen = max((scored[p.id] for p in by_email), key=lambda c: (c.score, c.person_id))
        on = "email"
    return Match(
        person_id=chosen.person_id,
        on=on,
        score=chosen.score,
        conflict=conflict,
        signals=chosen.signals,
        candidates=tuple(ranked),
    )


# --------------------------------------------------------------------------
# Confirming a match
# --------------------------------------------------------------------------

#: How alike the names must be for a match on one identifier to count
#: (a typo, accents or the order of the names pass; another person's name does not).
MATCH_NAME_SIMILARITY = 0.85


class MismatchCode(enum.StrEnum):
    """Why a match on one identifier is not confirmed (machine-readable; the desktop translates)."""

    NAME = "name_differs"
    BIRTH_DATE = "birth_date_differs"
    EMAIL = "email_not_on_profile"
    PHONE = "phone_not_on_profile"
    PERSONNUMMER = "personnummer_not_on_profile"


@dataclass(frozen=True)
class Disagreement:
    """One field where the registration and the matched profile disagree, both values."""

    field: str
    code: MismatchCode
    registration: str
    profile: str

    def as_json(self) -> dict[str, str]:
        return {
            "field": self.field,
            "code": str(self.code),
            "registration": self.registration,
            "profile": self.profile,
        }


def disagreements(
    probe: PersonProbe,
    person: PersonLike,
    *,
    emails: Iterable[str],
    phones: Iterable[str],
    phone: str | None = None,
) -> list[Disagreement]:
    """What of a registration (``probe``, and its ``phone`` in E.164) disagrees with the
    matched ``person`` (with its live ``emails`` and ``phones``); empty: the match is confirmed.

    The name must be similar enough (:data:`MATCH_NAME_SIMILARITY`), a birth date
    known on both sides the same, and every identifier or contact the form gave
    (e-mail, phone, personnummer) already on the profile: what the profile lacks
    is a proposal, not a fact.
    """
    found: list[Disagreement] = []
    similarity = name_similarity(
        probe.first_name, probe.last_name, person.first_name, person.last_name
    )
    if similarity < MATCH_NAME_SIMILARITY:
        found.append(
            Disagreement(
                "name",
                MismatchCode.NAME,
                f"{probe.first_name} {probe.last_name}".strip(),
                person.full_name,
            )
        )
    if probe.birth_date and person.birth_date and probe.birth_date != person.birth_date:
        found.append(
            Disagreement(
                "birth_date",
                MismatchCode.BIRTH_DATE,
                probe.birth_date.isoformat(),
                person.birth_date.isoformat(),
            )
        )
    known_emails = sorted(set(emails))
    for address in probe.emails:
        if address not in known_emails:
            found.append(
                Disagreement("email", MismatchCode.EMAIL, address, ", ".join(known_emails))
            )
    known_phones = sorted(set(phones))
    if phone and phone not in known_phones:
        found.append(Disagreement("phone", MismatchCode.PHONE, phone, ", ".join(known_phones)))
    if probe.personnummer and not person.personnummer:
        found.append(
            Disagreement("personnummer", MismatchCode.PERSONNUMMER, probe.personnummer, "")
        )
    return found


# --------------------------------------------------------------------------
# Before a new person is saved
# --------------------------------------------------------------------------


class DuplicateReason(enum.StrEnum):
    """Why an existing person may be the one about to be created (the desktop translates)."""

    PERSONNUMMER = "same_personnummer"
    EMAIL = "same_email"
    NAME_AND_BIRTH_DATE = "same_name_and_birth_date"


@dataclass(frozen=True)
class PossibleDuplicate:
    """An existing person who may be the new one, and why (strongest reason first)."""

    person_id: str
    full_name: str
    reasons: tuple[DuplicateReason, ...]
    birth_date: date | None = None
    emails: tuple[str, ...] = ()


def possible_duplicates(
    session: Session, *, tenant_id: str, probe: PersonProbe, limit: int = 10
) -> list[PossibleDuplicate]:
    """Live persons of the tenant who may be the person ``probe`` describes, before it is
    created: the same e-mail address, the same personnummer, or a similar name
    (:data:`MATCH_NAME_SIMILARITY`) with the same birth date. The strongest reason first
    (personnummer, e-mail, name and birth date), then by name; at most ``limit``.

    The one check of a new person, wherever it is made (the desktop's New person, an
    import, the server): unlike :func:`find_candidates` it decides by rule, not by score,
    so that a clerk is warned exactly when one of the three holds.
    """
    index = _Index(
        session,
        tenant_id,
        emails=probe.emails,
        personnummers=[probe.personnummer] if probe.personnummer else [],
        birth_dates=[probe.birth_date] if probe.birth_date else [],
    )
    found: list[PossibleDuplicate] = []
    for person in index.persons.values():
        emails = index.emails[person.id]
        reasons: list[DuplicateReason] = []
        if probe.personnummer and person.personnummer == probe.personnummer:
            reasons.append(DuplicateReason.PERSONNUMMER)
        if set(probe.emails) & emails:
            reasons.append(DuplicateReason.EMAIL)
        if (
            probe.birth_date
            and person.birth_date == probe.birth_date
            and name_similarity(
                probe.first_name, probe.last_name, person.first_name, person.last_name
            )
            >= MATCH_NAME_SIMILARITY
        ):
            reasons.append(DuplicateReason.NAME_AND_BIRTH_DATE)
        if reasons:
            found.append(
                PossibleDuplicate(
                    person.id,
                    person.full_name,
                    tuple(reasons),
                    person.birth_date,
                    tuple(sorted(emails)),
                )
            )
    rank = {reason: i for i, reason in enumerate(DuplicateReason)}
    found.sort(key=lambda d: (rank[d.reasons[0]], _fold(d.full_name), d.person_id))
    return found[:limit]
