""" "Preview manager page": the approving manager's page of a registration, as the manager
sees it, from the server (``/staff/preview/registrations/{id}``), read-only.

The preview creates and uses no link: the manager's real link stays valid.
Offline the dialog says that it needs a connection and shows the
registration as the local database has it. QtWebEngine is loaded here, on
first use, not when the Participants tab is made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from desktop.context import AppContext
from desktop.i18n import format_datetime
from desktop.operations import DbOp, OpContext
from desktop.participants.detail_data import load_detail
from desktop.participants.query import STATUS_TEXT


def preview_path(registration_id: str) -> str:
    return f"/staff/preview/registrations/{registration_id}"


def preview_details(ctx: OpContext, registration_id: str) -> object:
    """The registration as the local database has it (an ``OfflineDetails``), or None."""
    from desktop.webview.staff_page import OfflineDetails

    d = load_detail(ctx, registration_id)
    if d is None:
        return None

    requested = format_datetime(d.requested_at)
    if requested and d.request_count > 1:
        requested += f" ({d.request_count}×)"
    approved = format_datetime(d.approved_at)
    if approved and d.approved_by:
        approved += " · " + d.approved_by
    return OfflineDetails(
        heading=QCoreApplication.translate("ManagerPreview", "%1 on %2")
        .replace("%1", d.participant)
        .replace("%2", d.round_name),
        rows=(
            (QCoreApplication.translate("ManagerPreview", "Participant"), d.participant),
            (QCoreApplication.translate("ManagerPreview", "E-mail"), d.participant_email),
            (QCoreApplication.translate("ManagerPreview", "Organisation"), d.organisation),
            (
                QCoreApplication.translate("ManagerPreview", "Round"),
                " · ".join(x for x in (d.round_name, d.round_dates) if x),
            ),
            (
                QCoreApplication.translate("ManagerPreview", "Status"),
                QCoreApplication.translate("Participants", STATUS_TEXT[d.status]),
            ),
            (QCoreApplication.translate("ManagerPreview", "Approving manager"), d.manager),
            (QCoreApplication.translate("ManagerPreview", "Manager's e-mail"), d.manager_email),
            (QCoreApplication.translate("ManagerPreview", "Approval requested"), requested),
            (QCoreApplication.translate("ManagerPreview", "Approved"), approved),
        ),
        note=QCoreApplication.translate(
            "ManagerPreview", "As saved on this computer; the server may know more."
        ),
    )


def open_manager_preview(
    ctx: AppContext, registration_id: str, parent: QWidget | None = None
) -> QDialog:
    """Open the preview of ``registration_id``'s manager page in a dialog (shown at once)."""
    from desktop.webview.dialog import StaffPageDialog

    dialog = StaffPageDialog(
        ctx,
        title=QCoreApplication.translate("ManagerPreview", "Preview manager page"),
        heading=QCoreApplication.translate("ManagerPreview", "The approving manager's page"),
        explanation=QCoreApplication.translate(
            "ManagerPreview",
            "Exactly what the approving manager sees behind the link in the e-mail. "
            "This preview is read-only and uses up no link.",
        ),
        path=preview_path(registration_id),
        # Kansli does not know the manager's language: the page opens in the app's and
        # says so; the other is a choice away.
        language_note=QCoreApplication.translate(
            "ManagerPreview",
            "The manager sees the page in the language of their browser; choose another to "
            "see it as they do.",
        ),
        parent=parent,
    )

    def show(details: object) -> None:
        dialog.page.set_details(details)  # type: ignore[arg-type]
        if details is not None:
            dialog.heading.setText(
                QCoreApplication.translate(
                    "ManagerPreview", "The approving manager's page: %1"
                ).replace("%1", details.heading)  # type: ignore[attr-defined]
            )

    DbOp(
        lambda c: preview_details(c, registration_id), parent=dialog, label="preview.details"
    ).success(show).run(ctx.ops)
    dialog.show()
    return dialog
