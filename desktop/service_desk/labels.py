"""The service desk's case statuses in words (the list, a case's window and the refusals
that name a status: :data:`desktop.common.domain_text.CODE_VALUES`)."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP, code_text
from models.service_desk import CaseStatus

C = "ServiceDesk"

STATUS = {
    CaseStatus.NEW.value: QT_TRANSLATE_NOOP("ServiceDesk", "New"),
    CaseStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("ServiceDesk", "In progress"),
    CaseStatus.WAITING.value: QT_TRANSLATE_NOOP("ServiceDesk", "Waiting (customer or agent)"),
    CaseStatus.RESOLVED.value: QT_TRANSLATE_NOOP("ServiceDesk", "Resolved"),
    CaseStatus.CLOSED.value: QT_TRANSLATE_NOOP("ServiceDesk", "Closed"),
}
status_text = code_text(C, STATUS)
