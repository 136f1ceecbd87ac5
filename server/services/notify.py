"""The one way a notification goes out (issue 16): :func:`notify`.

A service that has something to tell calls :func:`notify` in its own transaction with the
event (:class:`models.notifications.EventType`), the event's values (its placeholders),
what the event is about (:class:`Concerns`) and the event's own people by recipient kind
(:class:`Recipient`: "participant", "approving_manager", or whatever kind the call site
names, such as "user" or "address"). :func:`notify` then

- finds the tenant's live bindings of the event whose scope matches the concerns; of
  those, the most specific level that has any holds (round > course > category >
  contract > customer > agent > tenant). With none, the *shipped default binding* holds:
  the event's shipped default template (:mod:`server.services.message_defaults`), to
  every kind the call site passes, by e-mail (and SMS where the default says so: a
  payment reminder); so a tenant that has bound nothing gets exactly the mails Kansli
  always sent;
- resolves each binding's recipients: the call site's people of that kind, "contacts"
  (the contacts in the role Notification recipient of the contract, customer, agent and
  organisation the event concerns) and "static" (the tenant's
  :class:`models.notifications.NotificationRecipient`, a user's SMS going to the phone
  the user registered);
- renders the template's *published* text in the recipient's language (the sibling
  template of the same event type and name in that language; else the bound one; the
  tenant's language when the recipient has none): the subject and SMS with
  :func:`models.notifications.render`, the e-mail body with
  :func:`models.notifications.render_mail`;
- queues each recipient × channel × address once (``mail_outbox`` / ``sms_outbox``),
  recording the event, the template and its version (0: a shipped default), the binding
  (None: the shipped default binding), the recipient kind and the person.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any
from urllib.parse import quote

from sqlalchemy import Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from models.contacts import TargetKind, notification_recipients
from models.courses import CourseRound, Registration
from models.ids import utcnow
from models.notifications import (
    SCOPE_ORDER,
    Channel,
    EventType,
    MessageTemplate,
    NotificationBinding,
    NotificationRecipient,
    RecipientKind,
    ScopeKind,
    render,
    render_mail,
)
from models.people import (
    Person,
    PersonCategory,
    PersonEmail,
    PersonPhone,
    withdrawn_recipients,
)
from models.tenancy import Tenant, User
from server.services.mail import new_mail, queue_mails
from server.services.message_defaults import DEFAULTS, DefaultTemplate
from server.settings import Settings
from server.tables import MailOutbox, SmsOutbox

#: The events a withdrawn consent to the processing of personal data stops (issue 23):
#: the marketing ones, offers of courses. They go to nobody who withdrew a personal-data
#: consent (:func:`models.people.withdrawn_recipients`), by person or address.
CONSENT_GATED_EVENTS: frozenset[EventType] = frozenset(
    {EventType.ROUND_OPENS, EventType.ROUND_FOLLOW_UP}
)


@dataclass(frozen=True)
class Concerns:
    """What an event is about: the scopes its bindings are matched against and the
    targets whose notification-recipient contacts are its dynamic recipients."""

    category_id: str | None = None
    #: More person categories the event concerns (a participant's), matched as category_id.
    category_ids: tuple[str, ...] = ()
    course_id: str | None = None
    round_id: str | None = None
    agent_id: str | None = None
    customer_id: str | None = None
    contract_id: str | None = None
    organisation_id: str | None = None

    def scope_ids(self, kind: ScopeKind) -> set[str | None]:
        """The concerned rows of a binding scope ({None} for the tenant: it always
        matches; empty when the event concerns none)."""
        if kind is ScopeKind.TENANT:
            return {None}
        found = {getattr(self, f"{kind.value}_id")}
        if kind is ScopeKind.CATEGORY:
            found |= set(self.category_ids)
        return found - {None}


@dataclass(frozen=True)
class Recipient:
    """Someone a notification goes to: a name, addresses and numbers, a language (None:
    the tenant's) and, when known, the person and the user they are."""

    kind: str
    name: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    language: str | None = None
    person_id: str | None = None
    user_id: str | None = None

    @classmethod
    def of_person(cls, kind: str, person: Person, *, language: str | None = None) -> Recipient:
        """The person with their live addresses and numbers, the primary first."""
        emails = sorted(
            (e for e in person.emails if e.deleted_at is None),
            key=lambda e: (not e.is_primary, e.position),
        )
        phones = sorted(
            (p for p in person.phones if p.deleted_at is None),
            key=lambda p: (not p.is_primary, p.position),
        )
        return cls(
            kind,
            person.full_name,
            tuple(e.address for e in emails),
            tuple(p.number for p in phones),
            language,
            person.id,
        )


@dataclass(frozen=True)
class _Plan:
    """One binding as it is carried out: what, to whom, how."""

    binding: NotificationBinding | None
    template: MessageTemplate | None
    kinds: tuple[str, ...]
    channels: tuple[str, ...]


def active_bindings(
    session: Session, tenant_id: str, event: EventType, concerns: Concerns
) -> list[NotificationBinding]:
    """The live bindings of ``event`` that hold for ``concerns``: those of the most
    specific matching scope level that has any (none: the shipped default holds)."""
    rows = session.scalars(
        select(NotificationBinding)
        .where(
            NotificationBinding.tenant_id == tenant_id,
            NotificationBinding.event_type == event.value,
            NotificationBinding.deleted_at.is_(None),
        )
        .order_by(NotificationBinding.id)
    ).all()
    for level in SCOPE_ORDER:
        wanted = concerns.scope_ids(level)
        found = [b for b in rows if b.scope_kind == level and b.scope_id in wanted]
        if found:
            return found
    return []


def shipped_default(event: EventType, key: str | None = None) -> DefaultTemplate:
    """The shipped default of ``event`` (the one named ``key`` when the event has several,
    one per recipient)."""
    for default in DEFAULTS:
        if default.event_type == event and (key is None or default.key == key):
            return default
    raise LookupError(f"no shipped default template {key or event.value!r}")


def user_phone(session: Session, user_id: str) -> str | None:
    """The phone number the user registered (for SMS codes), or None."""
    user = session.get(User, user_id)
    return user.phone if user is not None and user.active and user.phone else None


def _dynamic(session: Session, tenant_id: str, concerns: Concerns) -> list[Recipient]:
    found: list[Recipient] = []
    for kind, target in (
        (TargetKind.CONTRACT, concerns.contract_id),
        (TargetKind.CUSTOMER, concerns.customer_id),
        (TargetKind.AGENT, concerns.agent_id),
        (TargetKind.ORGANISATION, concerns.organisation_id),
    ):
        if target:
            people = notification_recipients(session, tenant_id, kind, target)
            found += [Recipient.of_person(RecipientKind.CONTACTS, p) for p in people]
    return found


def _static(session: Session, tenant_id: str) -> list[Recipient]:
    # Read as columns, addresses and numbers by one query each for all recipients: a
    # tenant may have thousands (bench notify-fanout), and rows as objects cost.
    live = (
        NotificationRecipient.tenant_id == tenant_id,
        NotificationRecipient.deleted_at.is_(None),
    )
    people = select(NotificationRecipient.person_id).where(*live)
    emails = _contact_values(session, PersonEmail, PersonEmail.address, people)
    phones = _contact_values(session, PersonPhone, PersonPhone.number, people)
    rows = session.execute(
        select(NotificationRecipient.user_id, Person.id, Person.first_name, Person.last_name)
        .join(Person, Person.id == NotificationRecipient.person_id)
        .where(*live, Person.deleted_at.is_(None))
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    found: list[Recipient] = []
    for user_id, person_id, first_name, last_name in rows:
        phone = user_phone(session, user_id) if user_id else None
        found.append(
            Recipient(
                RecipientKind.STATIC,
                f"{first_name} {last_name}".strip(),  # Person.full_name
                emails.get(person_id, ()),
                (phone,) if phone else phones.get(person_id, ()),
                None,
                person_id,
                user_id,
            )
        )
    return found


def _contact_values(
    session: Session,
    table: type[PersonEmail] | type[PersonPhone],
    value: InstrumentedAttribute[str],
    people: Select[Any],
) -> dict[str, tuple[str, ...]]:
    """The live addresses (or numbers) of ``people`` by person, the primary first, as
    :meth:`Recipient.of_person` orders them."""
    found: dict[str, list[str]] = {}
    for person_id, text in session.execute(
        select(table.person_id, value)
        .where(table.person_id.in_(people), table.deleted_at.is_(None))
        .order_by(table.person_id, table.is_primary.desc(), table.position)
    ):
        found.setdefault(person_id, []).append(text)
    return {person_id: tuple(values) for person_id, values in found.items()}


def _template_in(
    session: Session, template: MessageTemplate, language: str
) -> MessageTemplate | None:
    """The published template to send in ``language``: the bound one's sibling in that
    language, else the bound one; None when neither was ever published."""
    candidates = [template]
    if template.language != language:
        sibling = session.scalars(
            select(MessageTemplate)
            .where(
                MessageTemplate.tenant_id == template.tenant_id,
                MessageTemplate.event_type == template.event_type,
                MessageTemplate.name == template.name,
                MessageTemplate.language == language,
                MessageTemplate.deleted_at.is_(None),
            )
            .order_by(MessageTemplate.id)
        ).first()
        if sibling is not None:
            candidates.insert(0, sibling)
    return next((t for t in candidates if t.version > 0), None)


@dataclass(frozen=True)
class _Texts:
    subject: str
    email_body: str
    sms_text: str
    template_id: str | None
    version: int
    #: The language the texts are written in (the links in them open their pages in it).
    language: str


def _texts(
    session: Session,
    plan: _Plan,
    default: DefaultTemplate,
    language: str,
) -> _Texts:
    if plan.template is not None:
        chosen = _template_in(session, plan.template, language)
        if chosen is not None:
            return _Texts(
                chosen.published_subject,
                chosen.published_email_body,
                chosen.published_sms_text,
                chosen.id,
                chosen.version,
                str(chosen.language),
            )
    known = {str(lang): texts for lang, texts in default.texts.items()}
    written_in = language if language in known else next(iter(known))
    shipped = known[written_in]
    return _Texts(shipped.subject, shipped.email_body, shipped.sms_text, None, 0, written_in)


def _plans(
    session: Session,
    tenant_id: str,
    event: EventType,
    concerns: Concerns,
    kinds: Iterable[str],
    default: DefaultTemplate,
) -> list[_Plan]:
    bindings = active_bindings(session, tenant_id, event, concerns)
    if not bindings:
        return [_Plan(None, None, tuple(kinds), default.channels)]
    plans = []
    for binding in bindings:
        template = (
            session.get(MessageTemplate, binding.template_id) if binding.template_id else None
        )
        if template is not None and template.deleted_at is not None:
            template = None
        plans.append(_Plan(binding, template, tuple(binding.recipients), tuple(binding.channels)))
    return plans


def notify(
    session: Session,
    settings: Settings,
    *,
    tenant_id: str,
    event: EventType,
    values: Mapping[str, object],
    concerns: Concerns = Concerns(),
    recipients: Mapping[str, Sequence[Recipient]] = MappingProxyType({}),
    related_id: str | None = None,
    kind: str | None = None,
    default_key: str | None = None,
    personal: bool = False,
) -> list[MailOutbox | SmsOutbox]:
    """Queue the notification of ``event`` in ``session``'s transaction (see the module's
    docstring); returns the outbox rows, in the order queued. ``concerns`` is what the
    event is about (default: nothing but the tenant) and ``recipients`` the call site's
    people by kind (default: none; it goes to whom a binding names). ``kind`` is the outbox
    kind (default: the event type); ``default_key`` names the shipped default when the
    event has several (one per recipient). ``personal``: the values hold a link personal
    to the call site's recipients (an approval or offer link), so a binding may change
    the template and channels but not who gets it: always the call site's people, never
    contacts or static recipients."""
    tenant = session.get(Tenant, tenant_id)
    tenant_language = tenant.language if tenant is not None else "en"
    default = shipped_default(event, default_key)
    common = {"tenant": tenant.name if tenant is not None else ""} | dict(values)
    queued: list[MailOutbox | SmsOutbox] = []
    mails: list[MailOutbox] = []
    seen: set[tuple[str, str]] = set()
    dynamic: list[Recipient] | None = None
    static: list[Recipient] | None = None
    #: The texts of each plan per language: looked up once, not once per recipient.
    chosen: dict[tuple[int, str], _Texts] = {}
    #: The values with their page links in each language texts are written in.
    linked: dict[str, dict[str, object]] = {}
    withdrawn_people: set[str] = set()
    withdrawn_addresses: set[str] = set()
    if event in CONSENT_GATED_EVENTS:
        withdrawn_people, withdrawn_addresses = withdrawn_recipients(session, tenant_id)
    for index, plan in enumerate(
        _plans(session, tenant_id, event, concerns, recipients.keys(), default)
    ):
        people: list[Recipient] = []
        for recipient_kind in tuple(recipients) if personal else plan.kinds:
            if recipient_kind == RecipientKind.CONTACTS:
                dynamic = _dynamic(session, tenant_id, concerns) if dynamic is None else dynamic
                people += dynamic
            elif recipient_kind == RecipientKind.STATIC:
                static = _static(session, tenant_id) if static is None else static
                people += static
            elif recipient_kind == RecipientKind.INVOLVED:
                people += [p for kind in recipients for p in recipients[kind]]
            else:
                people += recipients.get(recipient_kind, ())
        for person in people:
            if person.person_id in withdrawn_people:
                continue  # their consent is withdrawn: not even by phone
            language = person.language or tenant_language
            if (index, language) not in chosen:
                chosen[index, language] = _texts(session, plan, default, language)
            texts = chosen[index, language]
            if texts.language not in linked:
                linked[texts.language] = in_language(
                    common, texts.language, settings.public_base_url
                )
            filled = {"recipient_name": person.name} | linked[texts.language]
            record = {
                "tenant_id": tenant_id,
                "event_type": event.value,
                "template_id": texts.template_id,
                "template_version": texts.version,
                "binding_id": plan.binding.id if plan.binding is not None else None,
                "recipient_kind": person.kind,
                "person_id": person.person_id,
            }
            if Channel.EMAIL in plan.channels and texts.subject.strip():
                for address in person.emails:
                    if ("email", address.strip().lower()) in seen:
                        continue
                    if address.strip().lower() in withdrawn_addresses:
                        continue
                    seen.add(("email", address.strip().lower()))
                    mail = new_mail(
                        settings=settings,
                        tenant_id=tenant_id,
                        kind=kind or event.value,
                        to_address=address,
                        # One line, whatever the values hold: a header cannot break.
                        subject=" ".join(render(texts.subject, filled).split()),
                        body_text=render_mail(texts.email_body, filled),
                        related_id=related_id,
                        record=record,
                    )
                    mails.append(mail)
                    queued.append(mail)
            if Channel.SMS in plan.channels and texts.sms_text.strip():
                for number in person.phones:
                    if ("sms", number) in seen:
                        continue
                    seen.add(("sms", number))
                    sms = SmsOutbox(
                        **record,
                        kind=kind or event.value,
                        to_number=number,
                        body=render(texts.sms_text, filled),
                        related_id=related_id,
                        status="queued",
                        attempts=0,
                        next_attempt_at=utcnow(),
                        last_error="",
                    )
                    session.add(sms)
                    queued.append(sms)
    session.flush()
    # The mails in one go: a fan-out to thousands is one COPY, not an INSERT each.
    queue_mails(session, mails)
    return queued


def page_link_in(url: str, language: str) -> str:
    """``url`` with ``lang=language`` in its query (any ``lang`` it had taken out): the page
    opens in that language whatever the browser asks for (:mod:`server.web.i18n`).

    The rest of the link is kept as written (a query is not decoded and encoded again,
    which would change ``?x``, ``%zz`` or a Latin-1 ``%E4``), the fragment stays last."""
    rest, hash_, fragment = url.partition("#")
    path, _, query = rest.partition("?")
    kept = [p for p in query.split("&") if p and p.partition("=")[0] != "lang"]
    return f"{path}?{'&'.join([*kept, f'lang={quote(language)}'])}{hash_}{fragment}"


def in_language(values: Mapping[str, object], language: str, base_url: str) -> dict[str, object]:
    """``values`` with every link to one of this server's pages opening in ``language``:
    a mail written in Swedish links to Swedish pages (the manager's page, a booking, an
    invoice ...), whatever the browser of the one who clicks prefers. A value is such a
    link when the whole of it is a URL under ``base_url`` (not the JSON API's)."""
    base = base_url.rstrip("/") + "/"
    return {
        key: page_link_in(value, language)
        if isinstance(value, str) and _is_page_link(value, base)
        else value
        for key, value in values.items()
    }


def _is_page_link(value: str, base: str) -> bool:
    return (
        value.startswith(base)
        and not value.startswith(base + "api/")
        and not any(c.isspace() for c in value)
    )


def registration_concerns(session: Session, reg: Registration) -> Concerns:
    """What a registration's notifications are about: its round and course, the
    participant's person categories, and the organisation it is made for (whose
    notification-recipient contacts a binding may name)."""
    round_ = session.get(CourseRound, reg.round_id)
    categories = session.scalars(
        select(PersonCategory.category_id).where(
            PersonCategory.person_id == reg.participant_id,
            PersonCategory.deleted_at.is_(None),
        )
    )
    return Concerns(
        category_ids=tuple(sorted(categories)),
        course_id=round_.course_id if round_ else None,
        round_id=reg.round_id,
        organisation_id=reg.organisation_id,
    )
