"""baseline: the schema of the first release

Migrations 0001-0010 were squashed into this one before Kansli's first release (no production
database existed). It creates the schema those ten steps built, table for table, column for
column, so a database already at revision 0010 is at this baseline and stays valid. The data
the old steps moved (0007 the signatures' evidence to ``signature_evidence``, 0009 revoking
old web sessions) has nothing to move in a new database and is gone with them. A database at
an older revision (0001-0009) cannot be upgraded: re-create it (``server.db.migrate`` says so
instead of upgrading).
"""

import sqlalchemy as sa
from alembic import op

from server.migrations import helpers as h

revision: str = "0010"
down_revision: str | None = None

#: The tables in the order they are created (a table after those its foreign keys point to).
TABLES = (
    "alumni_rule",
    "app_user",
    "audit_event",
    "category",
    "command_log",
    "course",
    "link_token",
    "login_counter",
    "login_known_address",
    "mail_outbox",
    "organisation",
    "sms_outbox",
    "tenant",
    "tenant_seq",
    "agent",
    "auth_token",
    "course_round",
    "customer",
    "membership",
    "notification",
    "otp_challenge",
    "person",
    "web_handover",
    "activity",
    "agent_order",
    "alumni_registration",
    "consent",
    "contract",
    "person_category",
    "person_email",
    "person_phone",
    "registration",
    "signup_form",
    "student_record",
    "agent_order_step",
    "bankid_signing",
    "contact",
    "form_element",
    "signature",
    "signature_evidence",
)


def upgrade() -> None:
    h.create_synced_table(
        "alumni_rule",
        *h.strings(40, "kind"),
        *h.jsons("params"),
        *h.integers("position"),
        *h.flags("active"),
        *h.strings(300, "description"),
    )
    h.create_table(
        "app_user",
        *h.ids("id"),
        *h.strings(254, "email"),
        *h.strings(200, "display_name", "password_hash"),
        *h.strings(20, "phone", nullable=True),
        *h.flags("active"),
        h.created_at(),
        h.unique("app_user", "email"),
    )
    h.create_tenant_table(
        "audit_event",
        *h.moments("at"),
        *h.ids("actor_user_id", nullable=True),
        *h.strings(254, "actor_email"),
        *h.strings(60, "action"),
        *h.strings(40, "entity_type"),
        *h.ids("entity_id"),
        *h.jsons("details"),
        indexes={"ix_audit_event_entity": ["tenant_id", "entity_type", "entity_id"]},
    )
    h.create_synced_table(
        "category",
        *h.strings(64, "key"),
        *h.strings(100, "name"),
        h.unique("category", "tenant_id", "key"),
    )
    h.create_table(
        "command_log",
        *h.ids("command_id", "tenant_id", "user_id"),
        *h.strings(80, "name"),
        *h.integers("version"),
        *h.strings(10, "status"),
        *h.jsons("result"),
        *h.moments("received_at"),
        primary_key="command_id",
        indexed=["tenant_id"],
    )
    h.create_synced_table(
        "course",
        *h.strings(40, "code"),
        *h.strings(200, "name"),
        *h.texts("description"),
    )
    h.create_tenant_table(
        "link_token",
        *h.strings(64, "token_hash"),
        *h.strings(40, "purpose"),
        *h.strings(254, "email"),
        *h.ids("entity_id"),
        h.created_at(),
        *h.moments("expires_at"),
        *h.moments("used_at", nullable=True),
        h.unique("link_token", "token_hash"),
        indexed=["entity_id", "tenant_id"],
    )
    h.create_table(
        "login_counter",
        *h.strings(80, "key"),
        *h.integers("count"),
        *h.moments("window_start"),
        primary_key="key",
        indexed=["window_start"],
    )
    h.create_table(
        "login_known_address",
        *h.strings(80, "key"),
        *h.moments("last_success_at"),
        primary_key="key",
        indexed=["last_success_at"],
    )
    h.create_tenant_table(
        "mail_outbox",
        *h.strings(60, "kind"),
        *h.strings(254, "to_address"),
        *h.strings(300, "subject"),
        *h.texts("body_text"),
        *h.texts("body_html", nullable=True),
        *h.ids("related_id", nullable=True),
        *h.strings(10, "status"),
        *h.integers("attempts"),
        *h.moments("next_attempt_at"),
        *h.texts("last_error"),
        h.created_at(),
        *h.moments("sent_at", nullable=True),
        *h.strings(200, "message_id"),
        indexed=["tenant_id"],
        indexes={"ix_mail_outbox_status_next": ["status", "next_attempt_at"]},
    )
    h.create_synced_table(
        "organisation",
        *h.strings(200, "name"),
        *h.strings(11, "org_number", nullable=True),
        *h.strings(100, "city"),
    )
    h.create_tenant_table(
        "sms_outbox",
        *h.strings(20, "to_number"),
        *h.texts("body"),
        *h.strings(10, "status"),
        *h.integers("attempts"),
        *h.moments("next_attempt_at"),
        *h.texts("last_error"),
        h.created_at(),
        *h.moments("sent_at", nullable=True),
        sa.Column("provider_message_id", sa.String(100), nullable=False, server_default=""),
        indexed=["tenant_id"],
        indexes={"ix_sms_outbox_status_next": ["status", "next_attempt_at"]},
    )
    h.create_table(
        "tenant",
        *h.ids("id"),
        *h.strings(64, "slug"),
        *h.strings(200, "name"),
        h.created_at(),
        sa.Column("language", sa.String(5), nullable=False, server_default="en"),
        h.unique("tenant", "slug"),
    )
    h.create_table(
        "tenant_seq",
        *h.ids("tenant_id"),
        sa.Column("value", sa.BigInteger(), nullable=False),
        primary_key="tenant_id",
    )
    h.create_synced_table(
        "agent",
        *h.ids("organisation_id"),
        *h.strings(200, "name"),
        references={"organisation_id": "organisation"},
        indexed=["organisation_id"],
    )
    h.create_table(
        "auth_token",
        *h.ids("id"),
        *h.strings(64, "token_hash"),
        *h.ids("user_id", "tenant_id"),
        h.created_at(),
        *h.moments("expires_at"),
        *h.moments("revoked_at", nullable=True),
        *h.strings(100, "client_label"),
        h.foreign_key("auth_token", "tenant_id", "tenant", ondelete="CASCADE"),
        h.foreign_key("auth_token", "user_id", "app_user", ondelete="CASCADE"),
        h.unique("auth_token", "token_hash"),
        indexed=["user_id"],
    )
    h.create_synced_table(
        "course_round",
        *h.ids("course_id"),
        *h.strings(200, "name"),
        *h.strings(10, "term"),
        *h.dates("starts_on", "ends_on", nullable=True),
        *h.strings(200, "place"),
        *h.integers("seats"),
        *h.strings(20, "status"),
        *h.texts("terms_text"),
        *h.strings(40, "terms_version"),
        references={"course_id": "course"},
        indexed=["course_id"],
    )
    h.create_synced_table(
        "customer",
        *h.ids("organisation_id"),
        *h.strings(40, "customer_number"),
        references={"organisation_id": "organisation"},
        indexed=["organisation_id"],
    )
    h.create_table(
        "membership",
        *h.ids("id", "user_id", "tenant_id"),
        *h.strings(32, "role"),
        *h.ids("agent_id", "granted_by", nullable=True),
        h.created_at(),
        h.foreign_key("membership", "tenant_id", "tenant", ondelete="CASCADE"),
        h.foreign_key("membership", "user_id", "app_user", ondelete="CASCADE"),
        h.unique("membership", "user_id", "tenant_id", "role"),
        indexed=["tenant_id", "user_id"],
    )
    h.create_table(
        "notification",
        *h.ids("id", "tenant_id", "user_id"),
        *h.strings(60, "kind"),
        *h.strings(300, "title"),
        *h.texts("body"),
        *h.strings(500, "link_path"),
        *h.ids("related_id", nullable=True),
        h.created_at(),
        *h.moments("read_at", nullable=True),
        h.foreign_key("notification", "user_id", "app_user", ondelete="CASCADE"),
        indexes={"ix_notification_user": ["tenant_id", "user_id", "created_at"]},
    )
    h.create_tenant_table(
        "otp_challenge",
        *h.strings(40, "purpose"),
        *h.strings(254, "signer_email"),
        *h.strings(64, "data_hash"),
        *h.strings(8, "phone_hint"),
        *h.strings(32, "salt"),
        *h.strings(64, "code_hash"),
        h.created_at(),
        *h.moments("expires_at"),
        *h.integers("attempts", "max_attempts"),
        *h.moments("used_at", nullable=True),
        *h.ids("sms_outbox_id", nullable=True),
        h.foreign_key("otp_challenge", "sms_outbox_id", "sms_outbox", ondelete="SET NULL"),
        indexes={"ix_otp_challenge_signer_created": ["tenant_id", "signer_email", "created_at"]},
    )
    h.create_synced_table(
        "person",
        *h.strings(100, "first_name", "last_name"),
        *h.strings(12, "personnummer", nullable=True),
        *h.dates("birth_date", nullable=True),
        *h.ids("organisation_id", nullable=True),
        *h.strings(100, "title"),
        *h.strings(200, "street"),
        *h.strings(10, "postal_code"),
        *h.strings(100, "city"),
        *h.strings(2, "country"),
        *h.texts("notes"),
        h.created_at(),
        *h.ids("merged_into_id", nullable=True),
        references={"organisation_id": "organisation"},
        indexed=["organisation_id"],
        indexes={
            "ix_person_tenant_birth_date": ["tenant_id", "birth_date"],
            "ix_person_tenant_personnummer": ["tenant_id", "personnummer"],
        },
    )
    h.create_table(
        "web_handover",
        *h.ids("id"),
        *h.strings(64, "code_hash"),
        *h.ids("user_id", "tenant_id"),
        *h.strings(500, "next_path"),
        *h.strings(64, "parent_token_hash"),
        h.created_at(),
        *h.moments("expires_at"),
        *h.moments("used_at", nullable=True),
        h.foreign_key("web_handover", "tenant_id", "tenant", ondelete="CASCADE"),
        h.foreign_key("web_handover", "user_id", "app_user", ondelete="CASCADE"),
        h.unique("web_handover", "code_hash"),
    )
    h.create_synced_table(
        "activity",
        *h.ids("person_id"),
        *h.strings(40, "kind"),
        *h.strings(300, "subject"),
        *h.texts("body"),
        *h.moments("occurred_at"),
        *h.ids("registration_id", nullable=True),
        *h.strings(254, "actor"),
        *h.jsons("data"),
        references={"person_id": "person"},
        indexed=["person_id", "registration_id"],
    )
    h.create_synced_table(
        "agent_order",
        *h.strings(40, "number"),
        *h.ids("agent_id", "customer_organisation_id"),
        *h.strings(200, "service"),
        *h.jsons("details"),
        *h.strings(200, "ordered_by_name"),
        *h.strings(254, "ordered_by_email", "customer_attestant_email"),
        *h.strings(30, "state"),
        *h.moments("ordered_at"),
        *h.strings(254, "case_handler_email", nullable=True),
        *h.moments("review_started_at", nullable=True),
        *h.flags("terms_accepted"),
        *h.strings(40, "terms_version", nullable=True),
        *h.jsons("billing", "attest_info"),
        *h.strings(254, "agent_attestant_email", nullable=True),
        *h.moments("approved_at", nullable=True),
        *h.strings(64, "approved_in_session", nullable=True),
        *h.texts("rejected_reason"),
        *h.strings(254, "rejected_by_email", nullable=True),
        *h.moments("agent_attested_at", "customer_attested_at", nullable=True),
        *h.strings(40, "case_number", nullable=True),
        *h.moments("case_created_at", nullable=True),
        references={"agent_id": "agent", "customer_organisation_id": "organisation"},
        indexed=["agent_id", "number", "state"],
    )
    h.create_synced_table(
        "alumni_registration",
        *h.ids("person_id", nullable=True),
        *h.strings(254, "email"),
        *h.strings(100, "first_name", "last_name"),
        *h.strings(12, "personnummer", nullable=True),
        *h.strings(20, "phone", nullable=True),
        *h.strings(200, "program"),
        *h.integers("graduation_year", nullable=True),
        *h.jsons("answers"),
        *h.strings(40, "status"),
        *h.moments("received_at"),
        *h.strings(20, "matched_on", nullable=True),
        *h.texts("decision_reason"),
        *h.jsons("decision_details"),
        *h.moments("decided_at", nullable=True),
        *h.strings(254, "decided_by", nullable=True),
        *h.texts("denial_reason"),
        *h.integers("attempts"),
        *h.texts("last_error"),
        after_synced=[
            *h.moments("next_attempt_at", nullable=True),
            sa.Column("proposed", sa.JSON(), nullable=False, server_default="{}"),
            sa.Column("proposal_state", sa.String(20), nullable=False, server_default=""),
        ],
        references={"person_id": "person"},
        indexed=["person_id", "status"],
        indexes={"ix_alumni_registration_retry": ["tenant_id", "status", "next_attempt_at"]},
    )
    h.create_synced_table(
        "consent",
        *h.ids("person_id", nullable=True),
        *h.strings(254, "email"),
        *h.ids("registration_id", nullable=True),
        *h.strings(40, "kind", "terms_version"),
        *h.texts("terms_text"),
        *h.moments("given_at"),
        references={"person_id": "person"},
        indexed=["person_id", "registration_id"],
    )
    h.create_synced_table(
        "contract",
        *h.ids("customer_id"),
        *h.strings(200, "title"),
        *h.dates("starts_on", "ends_on", nullable=True),
        references={"customer_id": "customer"},
        indexed=["customer_id"],
    )
    h.create_synced_table(
        "person_category",
        *h.ids("person_id", "category_id"),
        h.unique("person_category", "person_id", "category_id"),
        references={"category_id": "category", "person_id": "person"},
        indexed=["category_id", "person_id"],
    )
    h.create_synced_table(
        "person_email",
        *h.ids("person_id"),
        *h.strings(254, "address"),
        *h.strings(20, "kind"),
        *h.flags("is_primary"),
        *h.integers("position"),
        references={"person_id": "person"},
        indexed=["person_id", "address"],
    )
    h.create_synced_table(
        "person_phone",
        *h.ids("person_id"),
        *h.strings(20, "number", "kind"),
        *h.flags("is_primary"),
        *h.integers("position"),
        references={"person_id": "person"},
        indexed=["person_id"],
    )
    h.create_synced_table(
        "registration",
        *h.ids("round_id", "participant_id"),
        *h.ids("approving_manager_id", "organisation_id", nullable=True),
        *h.strings(200, "form_manager_name", nullable=True),
        *h.strings(254, "form_manager_email", nullable=True),
        *h.jsons("signup_answers"),
        *h.strings(20, "status"),
        h.created_at(),
        *h.moments("approval_requested_at", nullable=True),
        *h.integers("approval_request_count"),
        *h.moments("approved_at", nullable=True),
        *h.strings(254, "approved_by_email", nullable=True),
        *h.strings(40, "approval_terms_version", nullable=True),
        references={
            "approving_manager_id": "person",
            "organisation_id": "organisation",
            "participant_id": "person",
            "round_id": "course_round",
        },
        indexed=["approved_at", "approving_manager_id", "participant_id", "round_id"],
    )
    h.create_synced_table(
        "signup_form",
        *h.ids("round_id"),
        *h.strings(200, "heading"),
        *h.texts("intro"),
        *h.strings(500, "banner_url"),
        *h.texts("confirmation_text"),
        *h.flags("published"),
        references={"round_id": "course_round"},
        indexed=["round_id"],
    )
    h.create_synced_table(
        "student_record",
        *h.ids("person_id", nullable=True),
        *h.strings(12, "personnummer", nullable=True),
        *h.strings(254, "email", nullable=True),
        *h.strings(100, "first_name", "last_name"),
        *h.strings(40, "program_code"),
        *h.strings(200, "program_name"),
        *h.strings(200, "degree", nullable=True),
        sa.Column("credits", sa.Float(), nullable=False),
        *h.integers("graduation_year", nullable=True),
        *h.strings(40, "source"),
        *h.strings(200, "street"),
        *h.strings(10, "postal_code"),
        *h.strings(100, "city"),
        *h.texts("notes"),
        references={"person_id": "person"},
        indexed=["email", "person_id", "personnummer"],
    )
    h.create_synced_table(
        "agent_order_step",
        *h.ids("order_id"),
        *h.strings(30, "state"),
        *h.strings(254, "actor_email"),
        *h.moments("at"),
        *h.texts("note"),
        *h.strings(64, "data_hash", nullable=True),
        references={"order_id": "agent_order"},
        indexed=["order_id"],
    )
    h.create_table(
        "bankid_signing",
        *h.ids("id", "tenant_id", "order_id"),
        *h.strings(30, "role"),
        *h.strings(254, "signer_email"),
        *h.ids("user_id", nullable=True),
        *h.strings(64, "data_hash"),
        *h.strings(100, "order_ref", "auto_start_token", "qr_start_token", "qr_start_secret"),
        *h.moments("started_at"),
        *h.strings(10, "status"),
        *h.strings(40, "hint_code"),
        *h.texts("message"),
        *h.moments("last_collected_at", "finished_at", nullable=True),
        h.foreign_key("bankid_signing", "order_id", "agent_order"),
        h.unique("bankid_signing", "order_ref"),
        indexed=["order_id", "tenant_id"],
    )
    h.create_synced_table(
        "contact",
        *h.ids("person_id"),
        *h.strings(40, "role"),
        *h.ids("organisation_id", "customer_id", "contract_id", "agent_id", nullable=True),
        references={
            "agent_id": "agent",
            "contract_id": "contract",
            "customer_id": "customer",
            "organisation_id": "organisation",
            "person_id": "person",
        },
        indexed=["person_id"],
    )
    h.create_synced_table(
        "form_element",
        *h.ids("form_id"),
        *h.strings(40, "kind"),
        *h.strings(200, "label"),
        *h.flags("required"),
        *h.integers("position"),
        *h.flags("require_email_confirmation"),
        *h.jsons("options"),
        references={"form_id": "signup_form"},
        indexed=["form_id"],
    )
    h.create_synced_table(
        "signature",
        *h.ids("order_id"),
        *h.strings(30, "role"),
        *h.strings(10, "method"),
        *h.strings(254, "signer_email"),
        *h.strings(200, "signer_name"),
        *h.moments("signed_at"),
        *h.strings(64, "data_hash"),
        references={"order_id": "agent_order"},
        indexed=["order_id"],
    )
    h.create_tenant_table(
        "signature_evidence",
        *h.strings(10, "method"),
        *h.strings(12, "personnummer", nullable=True),
        *h.jsons("data"),
        h.created_at(),
        h.foreign_key("signature_evidence", "id", "signature", ondelete="CASCADE"),
        indexed=["tenant_id"],
    )


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_table(name)
