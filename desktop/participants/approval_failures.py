"""Registrations whose approval request mail failed for good (issue 16), as the server
knows them: the participants lists mark such a registration "Request failed", with the
SMTP server's answer, instead of showing it as waiting for approval.

The delivery records live on the server only. The list's rows come from the local
database, so instead of asking per row the session asks once for every failed request
of the tenant (``GET /api/v1/registrations/approval-failures``; failures are few), keeps
the answer, and asks again after each sync (a request sent again reaches the server
then). One :class:`ApprovalFailures` serves every list of the session.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from desktop.context import AppContext
from desktop.operations import NetOp, OneAtATime
from desktop.participants.query import ParticipantRow, Status
from desktop.webview.server_api import ServerLink, known_offline, server_link
from models.commands.courses import RequestApproval
from sync.mail import ApprovalFailure, MailClient

#: A request recorded this much after the failed mail was queued is a newer one (the
#: server stamps both in one transaction; the margin absorbs a clock that is a bit off).
NEWER_REQUEST = timedelta(minutes=2)


def _read(link: ServerLink) -> dict[str, ApprovalFailure]:
    client = MailClient(link.base_url, token=link.token, timeout=(4, 30), verify=link.verify)
    try:
        return client.approval_failures()
    finally:
        client.close()


class ApprovalFailures(QObject):
    """The session's failed approval requests by registration id, asked of the server."""

    #: The failures known changed (the lists repaint their Status column).
    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx.ops)
        self.ctx = ctx
        self.by_registration: dict[str, ApprovalFailure] = {}
        #: How many answers arrived (tests wait on it).
        self.answers = 0
        self.requests = OneAtATime()
        if ctx.bridge is not None:
            ctx.bridge.sync_finished.connect(lambda _status: self.refresh())

    def refresh(self) -> None:
        """Ask the server again (for whoever may send requests, online; one at a time)."""
        if not RequestApproval.may_run(self.ctx.actor.roles):
            return
        link = server_link(self.ctx)
        if link is None or known_offline(self.ctx) or not self.requests.start():
            return
        NetOp(lambda: _read(link), parent=self, label="participants.approval_failures").success(
            self._arrived
        ).failure(lambda _exc: self._done()).run(self.ctx.ops)

    def _arrived(self, found: dict[str, ApprovalFailure]) -> None:
        self.answers += 1
        if found != self.by_registration:
            self.by_registration = found
            self.changed.emit()
        self._done()

    def _done(self) -> None:
        if self.requests.done():
            self.refresh()

    def failure_of(self, row: ParticipantRow) -> ApprovalFailure | None:
        """The failed request ``row`` still waits on: none once approved, cancelled, asked
        again (a local change pending, or a request recorded after the failed mail)."""
        return self.failure_for(
            row.id, row.approval_status, pending=row.pending, requested=row.approval_requested_at
        )

    def failure_for(
        self, registration_id: str, status: Status, *, pending: bool, requested: datetime | None
    ) -> ApprovalFailure | None:
        """:meth:`failure_of` for a registration given by its values."""
        failure = self.by_registration.get(registration_id)
        if failure is None or pending or status != Status.REQUESTED:
            return None
        queued = failure.queued_at
        if requested and queued and requested > queued + NEWER_REQUEST:
            return None
        return failure


def approval_failures(ctx: AppContext) -> ApprovalFailures:
    """The session's one :class:`ApprovalFailures` (made, and first asked, on first use)."""
    found = ctx.ops.findChild(ApprovalFailures)
    if isinstance(found, ApprovalFailures):
        return found
    made = ApprovalFailures(ctx)
    made.refresh()
    return made
