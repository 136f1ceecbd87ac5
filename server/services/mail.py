"""The mail outbox and its worker.

A request never talks to SMTP: it queues a ``mail_outbox`` row in its own
transaction (so a mail exists exactly when the change that caused it was
committed). The worker sends due rows over SMTP and records the outcome on
the row itself, the delivery record: ``queued`` (waiting, possibly after
failed attempts, with the last SMTP answer in ``last_error``), ``sent``,
or ``failed`` (a permanent refusal or too many attempts, with the answer).

A mail that cannot be built at all (an address that is not one plain
address, a header a line break would split) fails at once, without an
attempt at SMTP: no retry could ever send it. Every failed mail is shown to
the tenant's administrators as an in-app notification naming the kind of
mail and the reason (:func:`notify_failed`). Each row goes to exactly one
envelope recipient, its ``to_address``, never to what the headers parse to.

Once a mail is sent, its stored body keeps no usable link: every token in a
link to this server is replaced (:func:`scrub_links`), so the outbox is a
record of what was sent, not a store of working links.

Claiming is one conditional UPDATE (``queued`` -> ``sending`` with a lease
in ``next_attempt_at``), so several workers on one database never send the
same row twice; a worker that dies mid-send leaves the lease to expire and
the row is sent again (at least once; the Message-ID stays the same, so a
receiving system can tell a repeat). Every write of a claimed row is fenced by its
``attempts`` as claimed: a worker whose claim ran out (and was taken by another) can
neither requeue nor overwrite the other's claim. Claims and due checks go by the
database's clock (PostgreSQL's), so workers on different machines agree on a lease.
"""

from __future__ import annotations

import logging
import random
import re
import smtplib
import ssl
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.errors import MessageError
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from models import validators
from models.commands.base import column_values, execute_insert, fill_defaults, new_row
from models.errors import ValidationError
from models.ids import utcnow
from models.tenancy import Membership, Role
from server.i18n import N_
from server.services.bounces import clear_bounces, mark_bounced
from server.services.database import Database, copy_rows
from server.services.messages import Message, tenant_language
from server.services.polling import PollingWorker
from server.settings import Settings
from server.tables import MailOutbox, Notification

log = logging.getLogger("kansli.mail")

QUEUED, SENDING, SENT, FAILED = "queued", "sending", "sent", "failed"
#: The mail outbox's table, for the statements over many mails at once.
_OUTBOX = cast(Table, MailOutbox.__table__)

_ADDRESS = re.compile(r"[^\s<>\"']+@[^\s<>\"']+")


def scrub(text: str) -> str:
    """``text`` without e-mail addresses (SMTP answers quote them), for the log."""
    return _ADDRESS.sub("<address>", text)


#: What a sent mail's links to this server keep in place of their token.
LINK_REMOVED = "[link removed after sending]"
#: A link token: a long run of URL-safe characters (not a UUID, which is no secret).
_TOKEN = re.compile(r"[A-Za-z0-9_-]{24,}")
_UUID = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
_URL = re.compile(r"https?://[^\s<>\"']+")


def scrub_links(text: str, settings: Settings) -> str:
    """``text`` with every link to this server that carries a token replaced by
    :data:`LINK_REMOVED`; other links and text stay as they were."""
    base = settings.public_base_url.rstrip("/")

    def replace(match: re.Match[str]) -> str:
        url = match.group(0)
        if not url.startswith(base):
            return url
        for part in _TOKEN.findall(url[len(base) :]):
            if not _UUID.fullmatch(part):
                return LINK_REMOVED
        return url

    return _URL.sub(replace, text)


@lru_cache(maxsize=16)
def _msgid_domain(mail_from: str) -> str:
    address = parseaddr(mail_from)[1]
    return address.rpartition("@")[2] or "kansli.local"


def new_mail(
    *,
    settings: Settings,
    tenant_id: str,
    kind: str,
    to_address: str,
    subject: str,
    body_text: str,
    body_html: str | None = None,
    related_id: str | None = None,
    record: Mapping[str, object] | None = None,
) -> MailOutbox:
    """A new outbox mail, queued, not yet written (:func:`queue_mail`, :func:`queue_mails`);
    ``record``: more columns of its delivery record (a notification's event, template ...)."""
    # Built as a load builds a row (no attribute events): a fan-out makes thousands.
    mail: MailOutbox = new_row(
        cast("type[Any]", MailOutbox),  # new_row is typed for synced rows; any row works
        {
            "tenant_id": tenant_id,
            "kind": kind,
            "to_address": to_address,
            "subject": subject[:300],
            "body_text": body_text,
            "body_html": body_html,
            "related_id": related_id,
            "status": QUEUED,
            "attempts": 0,
            "next_attempt_at": utcnow(),
            "message_id": make_msgid(domain=_msgid_domain(settings.mail_from)),
            **(record or {}),
        },
    )
    return mail


def queue_mail(*, session: Session, **mail: Any) -> MailOutbox:
    """Add a mail (:func:`new_mail`'s arguments) to the outbox in ``session``'s
    transaction; the worker sends it."""
    row = new_mail(**mail)
    session.add(row)
    session.flush()
    return row


def queue_mails(session: Session, mails: Sequence[MailOutbox]) -> None:
    """Write many new mails (:func:`new_mail`) to the outbox in ``session``'s transaction
    at once, a notification's fan-out: one COPY on PostgreSQL (one multi-row INSERT
    elsewhere) instead of an INSERT each through the unit of work, which for 10,000
    mails took seconds. The mails stay out of the session."""
    if not mails:
        return
    session.flush()  # what the session holds comes first
    for mail in mails:
        fill_defaults(mail)
    postgres = session.connection().dialect.name == "postgresql"
    (copy_rows if postgres else execute_insert)(session, _OUTBOX, [column_values(m) for m in mails])


class TransientMailError(Exception):
    """Try again later: the server is unreachable or answered 4xx."""


class PermanentMailError(Exception):
    """Do not try again: the server refused this mail (5xx)."""


class UnbuildableMail(PermanentMailError):
    """The mail cannot be made at all (its address or a header); no retry can send it."""


def _answer(code: int | None, text: bytes | str | None) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text or ''}".strip() if code else (text or "")


def classify(exc: Exception) -> TransientMailError | PermanentMailError:
    """Turn an smtplib/socket error into transient or permanent, keeping the SMTP answer."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(exc.recipients.values()), (None, b""))
        answer = _answer(code, text)
        return PermanentMailError(answer) if code and code >= 500 else TransientMailError(answer)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        # A configuration problem: keep the mail until someone fixes the credentials.
        return TransientMailError(_answer(exc.smtp_code, exc.smtp_error))
    if isinstance(exc, smtplib.SMTPResponseException):
        answer = _answer(exc.smtp_code, exc.smtp_error)
        if exc.smtp_code >= 500:
            return PermanentMailError(answer)
        return TransientMailError(answer)
    return TransientMailError(f"{type(exc).__name__}: {exc}"[:500])


def is_bounce(exc: Exception) -> bool:
    """Whether ``exc`` refuses the recipient for good: a 5xx answer to RCPT or to DATA
    (not one to the sender, or to the connection, which says nothing of the address)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code = next(iter(exc.recipients.values()), (None, b""))[0]
        return bool(code and code >= 500)
    return isinstance(exc, smtplib.SMTPDataError) and exc.smtp_code >= 500


class SmtpConnection:
    """One SMTP session to the configured server, opened when first needed."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._smtp: smtplib.SMTP | None = None

    def _open(self) -> smtplib.SMTP:
        s = self.settings
        smtp: smtplib.SMTP
        if s.smtp_tls == "ssl":
            smtp = smtplib.SMTP_SSL(
                s.smtp_host,
                s.smtp_port,
                timeout=s.smtp_timeout_seconds,
                context=ssl.create_default_context(),
            )
        else:
            smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout_seconds)
            if s.smtp_tls == "starttls":
                smtp.starttls(context=ssl.create_default_context())
        if s.smtp_username:
            password = s.smtp_password.get_secret_value() if s.smtp_password else ""
            smtp.login(s.smtp_username, password)
        return smtp

    def send(self, message: EmailMessage, *, to: str) -> None:
        """Send ``message`` to the one envelope recipient ``to`` (whatever its headers say)."""
        if self._smtp is None:
            self._smtp = self._open()
        sender = parseaddr(self.settings.mail_from)[1]
        self._smtp.send_message(message, from_addr=sender or None, to_addrs=[to])

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                self._smtp.close()
            self._smtp = None


def build_message(mail: MailOutbox, settings: Settings) -> EmailMessage:
    """The RFC 5322 message of an outbox row.

    Raises:
        UnbuildableMail: the address is not one plain address, or a header or the
            body cannot be written (a line break in the subject, a control character).
    """
    try:
        validators.normalize_email(mail.to_address, field="to_address")
        validators.check_text(mail.subject, field="subject")
        validators.check_text(mail.body_text, field="body_text", multiline=True)
        return _message(mail, settings)
    except ValidationError as exc:
        raise UnbuildableMail(f"{exc.field}: {exc.message}") from None
    except (MessageError, ValueError, TypeError) as exc:
        raise UnbuildableMail(f"{type(exc).__name__}: {exc}"[:500]) from None


def _message(mail: MailOutbox, settings: Settings) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.mail_from
    msg["To"] = mail.to_address
    msg["Subject"] = mail.subject
    msg["Message-ID"] = mail.message_id or make_msgid(domain=_msgid_domain(settings.mail_from))
    msg["Date"] = format_datetime(mail.created_at)
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(mail.body_text)
    if mail.body_html:
        msg.add_alternative(mail.body_html, subtype="html")
    return msg


#: The notification's kind; a mail about a failed mail is never itself the subject of one.
MAIL_FAILED_KIND = "mail_failed"
_FAILED_TITLE = N_("A mail could not be sent")
_FAILED_BODY = N_(
    "The mail \u201c{subject}\u201d ({kind}) to {address} could not be sent and will not be "
    "tried again: {reason}. Check the address or the text it was made from, and send it "
    "again from Kansli."
)


def notify_failed(session: Session, mail: MailOutbox, reason: str, now: datetime) -> None:
    """Tell the tenant's administrators, in the app, that ``mail`` failed and why.

    In the app only (no mail about a mail), in the tenant's language, in ``session``'s
    transaction; the reason is the SMTP answer or what made the mail unbuildable.
    """
    admins = session.scalars(
        select(Membership.user_id)
        .where(
            Membership.tenant_id == mail.tenant_id,
            Membership.role == Role.ADMIN,
            Membership.agent_id.is_(None),
        )
        .distinct()
    ).all()
    if not admins:
        return
    message = Message(
        kind=MAIL_FAILED_KIND,
        title=_FAILED_TITLE,
        body=_FAILED_BODY,
        related_id=mail.id,
        params={
            "subject": _printable(mail.subject),
            "kind": mail.kind,
            "address": _printable(mail.to_address),
            "reason": scrub(reason)[:300],
        },
    )
    title, body = message.in_language(tenant_language(session, mail.tenant_id))
    for user_id in admins:
        session.add(
            Notification(
                tenant_id=mail.tenant_id,
                user_id=user_id,
                kind=MAIL_FAILED_KIND,
                title=title[:300],
                body=body,
                related_id=mail.id,
                created_at=now,
            )
        )


def _printable(text: str) -> str:
    """``text`` on one line, its control characters shown as ``\\uXXXX`` (for a notice)."""
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)[:200]


def _update_claimed(
    session: Session, params: Sequence[Mapping[str, object]], **values: object
) -> None:
    """Update claimed (``sending``) mails in one statement: one parameter set per mail,
    its ``mail_id``, its ``claimed_attempts`` (the fence: only the claim this worker
    holds) and the bind parameters of ``values``."""
    statement = (
        update(_OUTBOX)
        .where(
            _OUTBOX.c.id == bindparam("mail_id"),
            _OUTBOX.c.status == SENDING,
            _OUTBOX.c.attempts == bindparam("claimed_attempts"),
        )
        .values(**values)
    )
    session.execute(statement, [dict(p) for p in params])


def _claimed(mail: MailOutbox, **params: object) -> dict[str, object]:
    """The parameters of :func:`_update_claimed` for ``mail`` as this worker claimed it."""
    return {"mail_id": mail.id, "claimed_attempts": mail.attempts, **params}


@dataclass
class RunResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0


class MailWorker(PollingWorker):
    """Sends due outbox mails; ``run_once`` for one pass, ``start`` for a thread."""

    thread_name = "kansli-mail-worker"

    def __init__(
        self, db: Database, settings: Settings, *, also: Sequence[Callable[[], object]] = ()
    ) -> None:
        super().__init__(settings)
        self.db = db
        #: Other outbox passes run on the same beat (the SMS outbox).
        self.also = tuple(also)
        self._rng = random.Random()  # noqa: S311  (jitter of retry delays, not a secret)

    # -- one pass -------------------------------------------------------------

    def _lease(self) -> timedelta:
        return timedelta(seconds=self.settings.mail_lease())

    def _now(self) -> datetime:
        """The database's clock (PostgreSQL's): the one every worker's leases are read by,
        wherever it runs. SQLite is one machine's file: its clock is this machine's."""
        if self.db.url.startswith("sqlite"):
            return utcnow()
        with self.db.sessions() as s:
            now = s.scalar(select(func.clock_timestamp()))
        assert isinstance(now, datetime)
        return now

    def _due(self, now: datetime, limit: int) -> dict[str, datetime]:
        """The due mails, the longest due first: id -> when it fell due."""
        with self.db.sessions() as s:
            rows = s.execute(
                select(MailOutbox.id, MailOutbox.next_attempt_at)
                .where(
                    MailOutbox.status.in_((QUEUED, SENDING)),
                    MailOutbox.next_attempt_at <= now,
                )
                .order_by(MailOutbox.next_attempt_at, MailOutbox.created_at)
                .limit(limit)
            )
            return {mail_id: due for mail_id, due in rows}

    def _claim(self, ids: Sequence[str], now: datetime) -> list[MailOutbox]:
        """Claim the due mails of ``ids`` in one conditional UPDATE (``queued`` ->
        ``sending`` with a lease); returns the claimed ones, in the order of ``ids``."""
        with self.db.transaction() as s:
            claimed = s.scalars(
                update(MailOutbox)
                .where(
                    MailOutbox.id.in_(ids),
                    MailOutbox.status.in_((QUEUED, SENDING)),
                    MailOutbox.next_attempt_at <= now,
                )
                .values(
                    status=SENDING,
                    attempts=MailOutbox.attempts + 1,
                    next_attempt_at=now + self._lease(),
                )
                .returning(MailOutbox)
                .execution_options(synchronize_session=False)
            ).all()
        order = {mail_id: n for n, mail_id in enumerate(ids)}
        return sorted(claimed, key=lambda m: order[m.id])

    def _release(self, mails: Sequence[MailOutbox], due: Mapping[str, datetime]) -> None:
        """Give claimed mails that were not tried back to the queue as they were: due
        when they were (``due``), so they keep their place in it."""
        if mails:
            with self.db.transaction() as s:
                _update_claimed(
                    s,
                    [_claimed(m, due=due[m.id]) for m in mails],
                    status=QUEUED,
                    attempts=_OUTBOX.c.attempts - 1,
                    next_attempt_at=bindparam("due"),
                )

    def _backoff(self, attempts: int) -> timedelta:
        base = self.settings.mail_retry_base_seconds * 2 ** max(0, attempts - 1)
        delay = min(base, self.settings.mail_retry_max_seconds)
        return timedelta(seconds=delay * self._rng.uniform(0.8, 1.2))

    def _record(
        self, mail: MailOutbox, outcome: str, answer: str = "", *, bounced: bool = False
    ) -> None:
        """Record a failure or a retry of ``mail`` (sent mails: :meth:`_record_sent`)."""
        now = self._now()
        values: dict[str, object] = {"status": outcome, "last_error": answer[:2000]}
        if outcome == FAILED:
            # Nothing usable stays behind: the links' tokens go once the mail is given up.
            scrubbed = self._scrubbed(mail)
            values.update(body_text=scrubbed["text"], body_html=scrubbed["html"])
        elif outcome == QUEUED:
            values["next_attempt_at"] = now + self._backoff(mail.attempts)
        with self.db.transaction() as s:
            done = s.execute(
                update(MailOutbox)
                .where(
                    MailOutbox.id == mail.id,
                    MailOutbox.status == SENDING,
                    MailOutbox.attempts == mail.attempts,  # the claim this worker holds
                )
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            if outcome == FAILED and done.rowcount == 1:  # type: ignore[attr-defined]
                notify_failed(s, mail, answer, now)
            # The address is marked on the people who have it (server/services/bounces.py),
            # with the delivery record.
            if bounced and done.rowcount == 1:  # type: ignore[attr-defined]
                mark_bounced(
                    s,
                    tenant_id=mail.tenant_id,
                    address=mail.to_address,
                    detail=scrub(answer),
                    via="mail_worker",
                    now=now,
                )
        self._log(mail, outcome, answer)

    def _scrubbed(self, mail: MailOutbox) -> dict[str, str | None]:
        """The bodies of ``mail`` without a usable link (:func:`scrub_links`)."""
        html = scrub_links(mail.body_html, self.settings) if mail.body_html else mail.body_html
        return {"text": scrub_links(mail.body_text, self.settings), "html": html}

    def _record_sent(self, mails: Sequence[MailOutbox]) -> None:
        """Record ``mails`` as sent, their links' tokens gone, in one transaction (one
        statement for them all), and clear the bounce marks of their addresses."""
        if not mails:
            return
        with self.db.transaction() as s:
            _update_claimed(
                s,
                [_claimed(m, **self._scrubbed(m)) for m in mails],
                status=SENT,
                last_error="",
                sent_at=utcnow(),
                body_text=bindparam("text"),
                body_html=bindparam("html"),
            )
            clear_bounces(s, [(m.tenant_id, m.to_address) for m in mails], via="mail_worker")
        for mail in mails:
            self._log(mail, SENT)

    def _log(self, mail: MailOutbox, outcome: str, answer: str = "") -> None:
        log.info(
            "mail %s",
            outcome,
            extra={
                "fields": {
                    "mail_id": mail.id,
                    "kind": mail.kind,
                    "attempt": mail.attempts,
                    "smtp_answer": scrub(answer[:200]) if outcome != SENT else None,
                }
            },
        )

    #: How many due mails one transaction claims; the ones sent are recorded together.
    batch = 50

    @property
    def stopping(self) -> bool:
        """Whether :meth:`stop` was called (SIGTERM): no more sends, the pass winds up."""
        return self._stop.is_set()

    def run_once(self, *, limit: int = 100) -> RunResult:
        """Try every due mail once (up to ``limit``); returns what happened.

        Mails are claimed and their deliveries recorded :attr:`batch` at a time, over one
        SMTP connection: a worker that dies mid-batch leaves the batch's leases to expire
        and its mails are sent again (at least once, as ever). Each batch is claimed at
        its own time, and a mail is tried only while the batch's lease has at least one
        send's worst case left (:meth:`Settings.mail_send_worst_case`); those left then
        are given back for the next pass, so a slow SMTP server cannot make another worker
        take a live worker's claim. Once stopping, no further mail is tried."""
        result = RunResult()
        conn = SmtpConnection(self.settings)
        try:
            due = self._due(self._now(), limit)
            ids = list(due)
            for start in range(0, len(ids), self.batch):
                if self.stopping:
                    break
                batch = {i: due[i] for i in ids[start : start + self.batch]}
                if not self._send_batch(conn, batch, result):
                    break  # the server is unwell, or the worker stops: the rest waits
        finally:
            conn.close()
        return result

    def _send_batch(
        self, conn: SmtpConnection, due: Mapping[str, datetime], result: RunResult
    ) -> bool:
        """Claim and send the ``due`` mails; False when a passing failure says the server
        is unwell or the worker is stopping (the mails not tried are given back to the
        queue, the sent ones recorded)."""
        # The lease runs from the instant it is claimed at, by both clocks: the database's
        # (for other workers) and this process's (for the local deadline), read together.
        claimed_at = time.monotonic()
        mails = self._claim(list(due), self._now())
        # A mail is tried only while a send's worst case still fits in the lease: past it,
        # another worker may take the claim as a dead worker's, and both would send.
        last_start = (
            claimed_at + self._lease().total_seconds() - self.settings.mail_send_worst_case()
        )
        sent: list[MailOutbox] = []
        try:
            for n, mail in enumerate(mails):
                if self.stopping or time.monotonic() > last_start:
                    self._release(mails[n:], due)  # the next pass claims them afresh
                    return not self.stopping
                try:
                    conn.send(build_message(mail, self.settings), to=mail.to_address)
                except UnbuildableMail as exc:
                    self._record(mail, FAILED, str(exc))
                    result.failed += 1
                except Exception as exc:
                    err = classify(exc)
                    conn.close()
                    permanent = isinstance(err, PermanentMailError)
                    if permanent or mail.attempts >= self.settings.mail_max_attempts:
                        self._record(mail, FAILED, str(err), bounced=is_bounce(exc))
                        result.failed += 1
                    else:
                        self._record(mail, QUEUED, str(err))
                        result.retried += 1
                    if not permanent:
                        self._release(mails[n + 1 :], due)
                        return False
                else:
                    sent.append(mail)
        finally:
            self._record_sent(sent)
            result.sent += len(sent)
        return True

    # -- the thread -------------------------------------------------------------

    def run_pass(self) -> None:
        """One pass of the thread: the mail outbox, then the passes in :attr:`also`."""
        for step in (self.run_once, *self.also):
            if self.stopping:
                return  # SIGTERM: the other jobs wait for the next start
            try:
                step()
            except Exception:
                log.exception("outbox worker pass failed")
