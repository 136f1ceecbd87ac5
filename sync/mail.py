"""The server's delivery records of the tenant's notifications, mail and SMS
(``/api/v1/mail``): what was sent to whom, when, and what the SMTP server or SMS
gateway answered. For administrators; the server decides (a refusal is a
:class:`sync.client.ApiError`). Answers that are not the shape agreed are
:class:`sync.client.ServerUnavailable`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sync.client import ServerClient, ServerUnavailable, parse_time
from sync.users import _part

#: How a delivery went, in the order of its life: the outbox's statuses, then what came
#: after sending (an SMS's delivery report; a mail whose address bounced).
STATUSES = ("queued", "sending", "sent", "delivered", "failed", "bounced")


@dataclass(frozen=True)
class Notification:
    """One mail or SMS and how its delivery went (``body`` only in a record read alone)."""

    id: str
    channel: str
    kind: str
    recipient: str
    subject: str
    related_id: str | None
    status: str
    attempts: int
    #: The SMTP server's or gateway's last answer ("" when it had nothing to say).
    answer: str
    created_at: datetime | None
    sent_at: datetime | None
    body: str = ""
    #: How it went in the end (one of :data:`STATUSES`; ``status`` is the outbox's) and
    #: when it was delivered or bounced.
    outcome: str = ""
    outcome_at: datetime | None = None
    #: What it was (issue 16): the event, the template (no id and version 0: the shipped
    #: default), whom it went to as (participant, approving_manager, contacts, static …).
    event_type: str = ""
    template_id: str | None = None
    template_name: str = ""
    template_version: int | None = None
    recipient_kind: str = ""

    @classmethod
    def from_json(cls, data: Any) -> Notification:
        """Read one record of an answer; raises ServerUnavailable when it is not one."""
        if not isinstance(data, Mapping) or not all(
            isinstance(data.get(k), str) for k in ("id", "kind", "to_address", "status")
        ):
            raise ServerUnavailable("The server's answer is not a delivery record")
        attempts, version = data.get("attempts"), data.get("template_version")
        return cls(
            id=data["id"],
            channel=str(data.get("channel") or "email"),
            kind=data["kind"],
            recipient=data["to_address"],
            subject=str(data.get("subject") or ""),
            related_id=data.get("related_id") or None,
            status=data["status"],
            attempts=attempts if isinstance(attempts, int) else 0,
            answer=str(data.get("last_error") or ""),
            created_at=parse_time(data.get("created_at")),
            sent_at=parse_time(data.get("sent_at")),
            body=str(data.get("body_text") or ""),
            outcome=str(data.get("outcome") or data["status"]),
            outcome_at=parse_time(data.get("outcome_at")),
            event_type=str(data.get("event_type") or ""),
            template_id=data.get("template_id") or None,
            template_name=str(data.get("template_name") or ""),
            template_version=version if isinstance(version, int) else None,
            recipient_kind=str(data.get("recipient_kind") or ""),
        )


@dataclass(frozen=True)
class ApprovalFailure:
    """A registration whose newest approval request mail failed for good."""

    registration_id: str
    mail_id: str
    #: When the failed mail was queued (a request made later is not the one that failed).
    queued_at: datetime | None
    #: The SMTP server's answer.
    answer: str

    @classmethod
    def from_json(cls, data: Any) -> ApprovalFailure:
        """Read one item of an answer; raises ServerUnavailable when it is not one."""
        if not isinstance(data, Mapping) or not all(
            isinstance(data.get(k), str) for k in ("registration_id", "mail_id")
        ):
            raise ServerUnavailable("The server's answer is not a failed request")
        return cls(
            registration_id=data["registration_id"],
            mail_id=data["mail_id"],
            queued_at=parse_time(data.get("queued_at")),
            answer=str(data.get("answer") or ""),
        )


@dataclass(frozen=True)
class NotificationPage:
    """One page of records, newest first; ``total`` of all that match the filters."""

    items: list[Notification]
    total: int
    next_offset: int | None


class MailClient(ServerClient):
    """The delivery records, over the sync client's transport."""

    def notifications(
        self,
        filters: Mapping[str, str | datetime | None] | None = None,
        *,
        offset: int = 0,
        limit: int = 500,
    ) -> NotificationPage:
        """A page of records; ``filters``: channel, status (how it went), kind, event_type,
        template_id, recipient, since, until, related_id (None: any)."""
        params: dict[str, Any] = {"offset": offset, "limit": limit}
        for key, value in (filters or {}).items():
            if value is not None and value != "":
                params[key] = value.isoformat() if isinstance(value, datetime) else value
        data = self._json("GET", "/mail", params=params)
        mails = data.get("mails")
        if not isinstance(mails, list):
            raise ServerUnavailable("The server's answer has no list of delivery records")
        total = data.get("total")
        more = data.get("next_offset")
        return NotificationPage(
            items=[Notification.from_json(m) for m in mails],
            total=total if isinstance(total, int) else len(mails),
            next_offset=more if isinstance(more, int) else None,
        )

    def notification(self, notification_id: str) -> Notification:
        """One record with its text."""
        return Notification.from_json(self._json("GET", f"/mail/{_part(notification_id)}"))

    def approval_failures(self, *, limit: int = 1000) -> dict[str, ApprovalFailure]:
        """Every registration whose newest approval request mail failed, by registration
        id (all pages: such failures are few, and one question answers a whole list)."""
        found: dict[str, ApprovalFailure] = {}
        offset: int | None = 0
        while offset is not None:
            data = self._json(
                "GET",
                "/registrations/approval-failures",
                params={"offset": offset, "limit": limit},
            )
            items = data.get("failures")
            if not isinstance(items, list):
                raise ServerUnavailable("The server's answer has no list of failed requests")
            for item in items:
                failure = ApprovalFailure.from_json(item)
                found[failure.registration_id] = failure
            more = data.get("next_offset")
            offset = more if isinstance(more, int) and more > offset else None
        return found
