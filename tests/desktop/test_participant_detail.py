"""The participants detail pane marks an address that bounced (issue 16): the manager's
(or the participant's) main address shows '⚠ … (bounced)', when and the receiving
server's answer in the label's tooltip; an address that did not bounce shows as it is."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from desktop.participants.detail import RegistrationDetailPane
from models.people import PersonEmail
from tests.desktop.conftest import read


def test_a_managers_address_that_bounced_is_marked(qtbot, offline_ctx, gui_guard) -> None:
    ctx = offline_ctx
    [(reg_id, manager_id, address)] = read(
        gui_guard,
        ctx.store,
        "SELECT r.id, r.approving_manager_id, e.address FROM registration r "
        "JOIN person_email e ON e.person_id = r.approving_manager_id AND e.deleted_at IS NULL "
        "WHERE r.deleted_at IS NULL ORDER BY r.id, e.is_primary DESC, e.position LIMIT 1",
    )
    with gui_guard.allowed(), ctx.store.session() as s:  # as a pull writes the server's mark
        email = s.scalars(
            select(PersonEmail).where(
                PersonEmail.person_id == manager_id, PersonEmail.address == address
            )
        ).one()
        email.bounced_at = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)
        email.bounce_detail = "550 5.1.1 <<address>>: Recipient address rejected"
    pane = RegistrationDetailPane(ctx)
    qtbot.addWidget(pane)
    pane.show_registration(reg_id)
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.id == reg_id, timeout=10_000)
    shown = pane.labels["manager_email"].text().replace("\u200b", "")
    assert shown == f"⚠ {address} (bounced)"
    tip = pane.labels["manager_email"].toolTip()
    assert tip.startswith(f"Mail to {address} bounced on 2026-12-02")
    assert tip.endswith("answered: 550 5.1.1 <<address>>: Recipient address rejected")
    # The participant's address did not bounce: as it is, no tooltip.
    assert "⚠" not in pane.labels["email"].text() and pane.labels["email"].toolTip() == ""
