"""Person profiles and what hangs on them: e-mails, phones, categories,
activities (the timeline) and consents."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from models.base import Base, SyncMixin, sync_table_args
from models.ids import utcnow


class Person(SyncMixin, Base):
    """Anyone the office deals with: participant, manager, alumnus, contact.

    ``personnummer`` is stored canonical (12 digits, no separator) and is
    sent only to roles allowed to see it.
    """

    __tablename__ = "person"
    # Alumni matching looks persons up by personnummer and birth date within a tenant.
    __table_args__ = sync_table_args(
        "person",
        Index("ix_person_tenant_personnummer", "tenant_id", "personnummer"),
        Index("ix_person_tenant_birth_date", "tenant_id", "birth_date"),
    )

    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    personnummer: Mapped[str | None] = mapped_column(String(12), default=None)
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id"), default=None, index=True
    )
    title: Mapped[str] = mapped_column(String(100), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="SE")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: When this person was merged into another, the survivor's id.
    merged_into_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: When the person was erased or anonymised (``person.erase``, GDPR art. 17): the row
    #: is then the anonymous reference bookkeeping keeps, its personal data gone.
    erased_at: Mapped[datetime | None] = mapped_column(default=None)

    emails: Mapped[list[PersonEmail]] = relationship(
        back_populates="person", order_by="PersonEmail.position"
    )
    phones: Mapped[list[PersonPhone]] = relationship(
        back_populates="person", order_by="PersonPhone.position"
    )

    #: Fields a ``person.edit`` command may change, each merged separately.
    EDITABLE_FIELDS = (
        "first_name",
        "last_name",
        "personnummer",
        "birth_date",
        "organisation_id",
        "title",
        "street",
        "postal_code",
        "city",
        "country",
        "notes",
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def primary_email(self) -> str | None:
        live = [e for e in self.emails if e.deleted_at is None]
        for e in live:
            if e.is_primary:
                return e.address
        return live[0].address if live else None


#: How many merges are followed from a person to the one they were merged into.
MAX_MERGES = 10


def live_person(session: Session, tenant_id: str, person_id: str) -> Person | None:
    """The tenant's live person ``person_id`` is: the one they were merged into when merged
    (a merged duplicate is a tombstone naming its survivor), None when removed or of
    another tenant."""
    for _ in range(MAX_MERGES):
        person = session.get(Person, person_id)
        if person is None or person.tenant_id != tenant_id:
            return None
        if person.merged_into_id:
            person_id = person.merged_into_id
            continue
        return person if person.deleted_at is None else None
    return None


class PersonEmail(SyncMixin, Base):
    """One e-mail address of a person; ``address`` is normalised (lower case)."""

    __tablename__ = "person_email"
    __table_args__ = sync_table_args("person_email", Index("ix_person_email_address", "address"))

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    address: Mapped[str] = mapped_column(String(254))
    kind: Mapped[str] = mapped_column(String(20), default="work")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(default=0)
    #: When mail to this address was refused for good (a bounce), and the receiving
    #: server's answer; cleared by a later delivery. Set by the server only
    #: (server/services/bounces.py), so staff see it at the next pull.
    bounced_at: Mapped[datetime | None] = mapped_column(default=None)
    bounce_detail: Mapped[str | None] = mapped_column(Text, default=None)

    person: Mapped[Person] = relationship(back_populates="emails")


class PersonPhone(SyncMixin, Base):
    """One phone number of a person, E.164 (``+46701234567``)."""

    __tablename__ = "person_phone"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    number: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20), default="mobile")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(default=0)

    person: Mapped[Person] = relationship(back_populates="phones")


class Category(SyncMixin, Base):
    """A person category of a tenant ("Alumnus", "Registered alumnus", ...)."""

    __tablename__ = "category"
    __table_args__ = sync_table_args("category", UniqueConstraint("tenant_id", "key"))

    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(100))

    @property
    def archived(self) -> bool:
        """An archived category is a tombstone (no column of its own): no longer given,
        still shown where persons have it; ``category.archive`` sets and clears it."""
        return self.deleted_at is not None

    @archived.setter
    def archived(self, value: bool) -> None:
        self.deleted_at = (self.deleted_at or utcnow()) if value else None


class CategoryKey(enum.StrEnum):
    """Categories the domain rules refer to by key."""

    ALUMNUS = "alumnus"
    REGISTERED_ALUMNUS = "registered_alumnus"


class PersonCategory(SyncMixin, Base):
    """A person has a category. Removing it sets ``deleted_at``."""

    __tablename__ = "person_category"
    __table_args__ = sync_table_args(
        "person_category", UniqueConstraint("person_id", "category_id")
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    category_id: Mapped[str] = mapped_column(ForeignKey("category.id"), index=True)


class ActivityKind(enum.StrEnum):
    APPROVAL_REQUESTED = "approval_requested"
    APPROVAL_REMINDER = "approval_reminder"
    REGISTRATION_APPROVED = "registration_approved"
    APPROVAL_REMOVED = "approval_removed"
    ALUMNI_DECISION = "alumni_decision"
    MAIL_SENT = "mail_sent"
    NOTE = "note"
    PERSON_MERGED = "person_merged"
    REGISTRATION_NOTE = "registration_note"
    REGISTRATION_NOTE_REMOVED = "registration_note_removed"
    #: A personal-data consent withdrawn (issue 23), by the person's link or by staff.
    CONSENT_WITHDRAWN = "consent_withdrawn"


class Activity(SyncMixin, Base):
    """An entry on a person's timeline."""

    __tablename__ = "activity"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    registration_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    actor: Mapped[str] = mapped_column(String(254), default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Consent(SyncMixin, Base):
    """A consent as given: the exact terms text and version shown, by whom."""

    __tablename__ = "consent"

    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None, index=True)
    email: Mapped[str] = mapped_column(String(254))
    registration_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    kind: Mapped[str] = mapped_column(String(40))  # "terms", "personal_data"
    terms_version: Mapped[str] = mapped_column(String(40))
    terms_text: Mapped[str] = mapped_column(Text)
    given_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: When and how the consent was withdrawn (issue 23; None: still given). The consent
    #: itself is never changed or deleted: the withdrawal is appended to it.
    withdrawn_at: Mapped[datetime | None] = mapped_column(default=None)
    #: How: :class:`WithdrawnVia` ("link": the person's own link, "staff": on the profile).
    withdrawn_via: Mapped[str] = mapped_column(String(20), default="")

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None


class WithdrawnVia(enum.StrEnum):
    """The channel a consent was withdrawn through."""

    LINK = "link"
    STAFF = "staff"


class ConsentKind(enum.StrEnum):
    """What a consent is to: the round's terms (an agreement, not withdrawn as a consent)
    or the processing of personal data (withdrawable at any time, GDPR art. 7(3))."""

    TERMS = "terms"
    PERSONAL_DATA = "personal_data"


#: The consent kinds a person can withdraw.
WITHDRAWABLE: frozenset[str] = frozenset({ConsentKind.PERSONAL_DATA})


def withdrawn_recipients(session: Session, tenant_id: str) -> tuple[set[str], set[str]]:
    """The people (ids) and the addresses (lower case) of ``tenant_id`` who withdrew a
    personal-data consent: the mails that consent gates do not go to them
    (``server.services.notify``).

    A withdrawal is an opt-out of the person and the address, whichever registration's
    consent it was withdrawn on: the page said "no more offers". A consent given later
    (the next registration's approval) does not undo it: that consent is what the
    approval requires, not an opt-in to offers."""
    rows = session.execute(
        select(Consent.person_id, Consent.email).where(
            Consent.tenant_id == tenant_id,
            Consent.kind == ConsentKind.PERSONAL_DATA,
            Consent.deleted_at.is_(None),
            Consent.withdrawn_at.is_not(None),
        )
    )
    people: set[str] = set()
    addresses: set[str] = set()
    for person_id, email in rows:
        if person_id:
            people.add(person_id)
        addresses.add(email.strip().lower())
    return people, addresses
