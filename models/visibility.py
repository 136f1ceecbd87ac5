"""Who may read which synced field: the one rule of personal data.

Every synced table and every one of its columns is classified here, once,
for the server (what leaves it: pull pages, push results, rejection details
and messages, error bodies) and for the commands (on the server and on the
desktop alike: a field a reader may not read can be neither set nor
compared by them, or the comparison would tell the value).

- A table of :data:`PERSONAL_TABLES` is personal data as a whole: only
  readers with a personal-data role (:data:`models.tenancy.PERSONAL_DATA_ROLES`)
  receive its rows.
- A column of :data:`PERSONAL_COLUMNS` is personal data: it is ``None`` for
  every other reader, and they may not write or compare it.
- A column of :data:`RESTRICTED_COLUMNS` is read only by readers with a
  personal-data role or one of the roles it names (free text about customers,
  such as the service desk's notes): ``None`` for every other reader, as a
  personal column.
- Every other column is listed in :data:`ORDINARY_COLUMNS` (every reader of
  the table reads it). A column in none is treated as personal (fail
  closed) and ``tests/server/test_redaction_coverage.py`` fails until it is
  classified.

A *reader* is anything with ``roles`` (the server's ``Principal``, a
command's ``Actor``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from datetime import date
from functools import lru_cache
from typing import Any, Protocol

from models.base import Base
from models.errors import PermissionDenied, ValidationError
from models.tenancy import PERSONAL_DATA_ROLES, Role


class Reader(Protocol):
    """Whoever data is shown to: only their roles count."""

    @property
    def roles(self) -> Collection[str]: ...


#: Tables only readers with a personal-data role receive, row and column.
PERSONAL_TABLES: frozenset[str] = frozenset(
    {"alumni_registration", "student_record", "alumni_rule"}
)

#: Personal columns of tables every role receives (and of the personal tables,
#: so the rule holds even if one of those is opened to more roles).
PERSONAL_COLUMNS: Mapping[str, frozenset[str]] = {
    "person": frozenset({"personnummer", "birth_date"}),
    "alumni_registration": frozenset({"personnummer"}),
    "student_record": frozenset({"personnummer"}),
}

#: Columns only readers with a personal-data role or one of the named roles read: free
#: text written about customers and their orders (issue 20's security review).
RESTRICTED_COLUMNS: Mapping[str, Mapping[str, frozenset[str]]] = {
    "service_desk_note": {"text": frozenset({Role.SERVICE_DESK})},
}

#: The roles that decide which columns a reader reads (:func:`visibility_roles`).
_DECIDING_ROLES: frozenset[str] = frozenset(PERSONAL_DATA_ROLES).union(
    *(roles for columns in RESTRICTED_COLUMNS.values() for roles in columns.values())
)

_SYNC_COLUMNS = "id tenant_id server_seq updated_at deleted_at"

#: The columns of each synced table that every reader of it may read.
ORDINARY_COLUMNS: Mapping[str, frozenset[str]] = {
    table: frozenset(f"{columns} {_SYNC_COLUMNS}".split())
    for table, columns in {
        "account_mapping": "purpose account scope_kind scope_id cost_centre project vat_code",
        "accounting_object": "dimension code name",
        "accounting_settings": "version year_start_month accrual series",
        "activity": "person_id kind subject body occurred_at registration_id actor data",
        "agent": "organisation_id name",
        "attendance": (
            "session_id person_id present checked_in_at how override_reason overridden recorded_by"
        ),
        "agent_order": (
            "number agent_id customer_organisation_id service details ordered_by_name"
            " ordered_by_email customer_attestant_email state ordered_at case_handler_email"
            " review_started_at terms_accepted terms_version billing attest_info"
            " agent_attestant_email approved_at approved_in_session rejected_reason"
            " rejected_by_email agent_attested_at customer_attested_at case_number"
            " case_created_at declined_reason declined_by_email declined_at"
        ),
        "agent_order_step": "order_id state actor_email at note data_hash",
        "agent_order_settings": "version handler_signs_with_bankid",
        "cancellation_policy": (
            "round_id version full_refund_until fee_refund_until admin_fee refund_as refunds"
        ),
        "category": "key name",
        "consent": (
            "person_id email registration_id kind terms_version terms_text given_at"
            " withdrawn_at withdrawn_via"
        ),
        "contact": "person_id role organisation_id customer_id contract_id agent_id user_id",
        "contract": "customer_id title starts_on ends_on",
        "course": "code name description category leader_id archived",
        "course_prerequisite": "course_id required_course_id",
        "course_round": (
            "course_id name term starts_on ends_on place seats status terms_text terms_version"
            " registration_opens_on registration_closes_on price_ore archived partner_course"
        ),
        "customer": "organisation_id customer_number",
        "discount_rule": (
            "scope_kind scope_id name condition amount percent stacking valid_from valid_until"
            " book_by position account"
        ),
        "evaluation_form": "course_id anonymous version questions",
        "grant_rule_set": (
            "name min_age max_age min_participants max_participants min_minutes"
            " leader_min_age per_day valid_from"
        ),
        "form_element": "form_id kind label required position require_email_confirmation options",
        "level_approval": "person_id course_id approved_on approved_by note",
        "membership_card": "person_id code",
        "membership_type": "name fee vat_rate account",
        "message_template": (
            "event_type name language subject email_body sms_text state version"
            " published_subject published_email_body published_sms_text"
        ),
        "notification_binding": ("event_type template_id scope_kind scope_id recipients channels"),
        "notification_recipient": "person_id role user_id",
        "organisation": "name org_number city",
        "payment_settings": (
            "version bankgiro due_days grace_days reminder_fee late_interest reference_rate"
            " second_reminder_days sender_name sender_address org_number card_provider"
        ),
        "person": (
            "first_name last_name organisation_id title street postal_code city country notes"
            " created_at merged_into_id erased_at"
        ),
        "person_category": "person_id category_id",
        "person_membership": "person_id membership_type_id since until",
        "person_email": "person_id address kind is_primary position bounced_at bounce_detail",
        "person_phone": "person_id number kind is_primary position",
        "price_rule": "scope_kind scope_id base_price vat_rate account membership_type_id",
        "registration": (
            "round_id participant_id approving_manager_id organisation_id form_manager_name"
            " form_manager_email signup_answers status created_at approval_requested_at"
            " approval_request_count approved_at approved_by_email approval_terms_version"
            " partner_id review_reasons"
        ),
        "retention_settings": (
            "version denied_alumni_months mail_body_days expired_access_days audit_years"
        ),
        "retention_run": "ran_at removed",
        "registration_note": ("registration_id author_email written_at text removed_at removed_by"),
        "round_session": "round_id day start_minute end_minute room leader_id note",
        "service_desk_case": (
            "number order_id status assignee_id assignee_name title created_at resolved_at"
        ),
        "service_desk_note": "case_id author at",
        "signature": "order_id role method signer_email signer_name signed_at data_hash",
        "signup_form": "round_id heading intro banner_url confirmation_text published",
    }.items()
}

#: Every column name that is personal in some table: a details key so named is personal.
PERSONAL_FIELD_NAMES: frozenset[str] = frozenset().union(*PERSONAL_COLUMNS.values())


def reads_personal_data(reader: Reader) -> bool:
    """True if ``reader`` holds a role that may read personal data."""
    return bool(PERSONAL_DATA_ROLES & set(reader.roles))


def may_read_table(reader: Reader, table: str) -> bool:
    """True if ``reader`` receives rows of ``table`` at all."""
    return table not in PERSONAL_TABLES or reads_personal_data(reader)


def visibility_roles(reader: Reader) -> frozenset[str]:
    """The roles of ``reader`` that decide which columns they read: two readers with the
    same see the same columns."""
    return frozenset(str(role) for role in reader.roles) & _DECIDING_ROLES


@lru_cache(maxsize=256)
def _hidden(table: str, roles: frozenset[str]) -> frozenset[str]:
    if roles & PERSONAL_DATA_ROLES:
        return frozenset()
    known = Base.metadata.tables.get(table)
    columns = {str(c.name) for c in known.columns} if known is not None else set()
    ordinary = ORDINARY_COLUMNS.get(table, frozenset())
    restricted = RESTRICTED_COLUMNS.get(table, {})
    not_allowed = {column for column, allowed in restricted.items() if not roles & allowed}
    unclassified = columns - ordinary - restricted.keys()
    return frozenset(unclassified | not_allowed) | PERSONAL_COLUMNS.get(table, frozenset())


def hidden_columns(reader: Reader, table: str) -> frozenset[str]:
    """The columns of ``table`` that are ``None`` for ``reader`` (unclassified ones too)."""
    return _hidden(table, visibility_roles(reader))


def may_read(reader: Reader, table: str, column: str) -> bool:
    """True if ``reader`` may read ``column`` of ``table`` (and so set or compare it)."""
    return may_read_table(reader, table) and column not in hidden_columns(reader, table)


def redact_row(reader: Reader, table: str, row: dict[str, Any]) -> dict[str, Any] | None:
    """``row`` of ``table`` as ``reader`` may see it: ``None`` if not at all, else
    with the columns they may not read set to ``None`` (in place)."""
    if not may_read_table(reader, table):
        return None
    for column in hidden_columns(reader, table):
        if column in row:
            row[column] = None
    return row


def require_readable(reader: Reader, table: str, fields: Iterable[str]) -> None:
    """Refuse (``forbidden``, the field named) to set or compare a field ``reader`` may
    not read: the answer would tell them the value."""
    for field in sorted(set(fields)):
        if not may_read(reader, table, field):
            raise PermissionDenied(
                f"Your roles do not allow reading or changing {field}",
                details={"field": field},
            )


# -- values inside texts and details ----------------------------------------------------------

#: 10 or 12 digits, optionally with a - or + before the last four: a personnummer's shape.
_PNR_SHAPE = re.compile(r"(?<![0-9])(?:[0-9]{2})?[0-9]{6}[-+]?[0-9]{4}(?![0-9])")
MASK = "****"


def _looks_like_personnummer(text: str) -> bool:
    from models.validators import normalize_personnummer  # stdnum is slow to import

    try:
        normalize_personnummer(text)
    except ValidationError:
        return False
    return True


def personal_values(table: str, row: Mapping[str, Any]) -> set[str]:
    """The texts of ``row``'s personal values as they could appear inside a message."""
    columns = set(row) if table in PERSONAL_TABLES else PERSONAL_COLUMNS.get(table, frozenset())
    out: set[str] = set()
    for column in columns:
        value = row.get(column)
        if isinstance(value, date):
            out.add(value.isoformat())
        elif column in PERSONAL_FIELD_NAMES and isinstance(value, str) and len(value) >= 6:
            out.add(value)
    return out


def redact_text(reader: Reader, text: str, values: Collection[str] = ()) -> str:
    """``text`` with personal values masked for a reader who may not read them: the
    given ``values`` (of the rows it is about) and anything shaped like a personnummer."""
    if reads_personal_data(reader) or not text:
        return text
    for value in sorted(values, key=len, reverse=True):
        if value:
            text = text.replace(value, MASK)
    return _PNR_SHAPE.sub(
        lambda m: MASK if _looks_like_personnummer(m.group(0)) else m.group(0), text
    )


def redact_details(reader: Reader, details: Any, values: Collection[str] = ()) -> Any:
    """Rejection ``details`` (any JSON) as ``reader`` may see them: a key named like a
    personal field carries ``None``; texts go through :func:`redact_text`."""
    if reads_personal_data(reader):
        return details
    if isinstance(details, Mapping):
        return {
            key: (None if key in PERSONAL_FIELD_NAMES else redact_details(reader, item, values))
            for key, item in details.items()
        }
    if isinstance(details, list | tuple):
        return [redact_details(reader, item, values) for item in details]
    if isinstance(details, str):
        return redact_text(reader, details, values)
    return details
