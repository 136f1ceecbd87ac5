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

from server.migrations.helpers import (
    create_synced_table,
    create_table,
    create_tenant_table,
    created_at,
    dates,
    flags,
    foreign_key,
    ids,
    integers,
    jsons,
    moments,
    strings,
    texts,
    unique,
)

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
    create_synced_table(
        "alumni_rule",
        *strings(40, "kind"),
        *jsons("params"),
        *integers("position"),
        *flags("active"),
        *strings(300, "description"),
    )
    create_table(
        "app_user",
        *ids("id"),
        *strings(254, "email"),
        *strings(200, "display_name", "password_hash"),
        *strings(20, "phone", nullable=True),
        *flags("active"),
        created_at(),
        unique("app_user", "email"),
    )
    create_tenant_table(
        "audit_event",
        *moments("at"),
        *ids("actor_user_id", nullable=True),
        *strings(254, "actor_email"),
        *strings(60, "action"),
        *strings(40, "entity_type"),
        *ids("entity_id"),
        *jsons("details"),
        indexes={"ix_audit_event_entity": ["tenant_id", "entity_type", "entity_id"]},
    )
    create_synced_table(
        "category",
        *strings(64, "key"),
        *strings(100, "name"),
        unique("category", "tenant_id", "key"),
    )
    create_table(
        "command_log",
        *ids("command_id", "tenant_id", "user_id"),
        *strings(80, "name"),
        *integers("version"),
        *strings(10, "status"),
        *jsons("result"),
        *moments("received_at"),
        primary_key="command_id",
        indexed=["tenant_id"],
    )
    create_synced_table(
        "course",
        *strings(40, "code"),
        *strings(200, "name"),
        *texts("description"),
    )
    create_tenant_table(
        "link_token",
        *strings(64, "token_hash"),
        *strings(40, "purpose"),
        *strings(254, "email"),
        *ids("entity_id"),
        created_at(),
        *moments("expires_at"),
        *moments("used_at", nullable=True),
        unique("link_token", "token_hash"),
        indexed=["entity_id", "tenant_id"],
    )
    create_table(
        "login_counter",
        *strings(80, "key"),
        *integers("count"),
        *moments("window_start"),
        primary_key="key",
        indexed=["window_start"],
    )
    create_table(
        "login_known_address",
        *strings(80, "key"),
        *moments("last_success_at"),
        primary_key="key",
        indexed=["last_success_at"],
    )
    create_tenant_table(
        "mail_outbox",
        *strings(60, "kind"),
        *strings(254, "to_address"),
        *strings(300, "subject"),
        *texts("body_text"),
        *texts("body_html", nullable=True),
        *ids("related_id", nullable=True),
        *strings(10, "status"),
        *integers("attempts"),
        *moments("next_attempt_at"),
        *texts("last_error"),
        created_at(),
        *moments("sent_at", nullable=True),
        *strings(200, "message_id"),
        indexed=["tenant_id"],
        indexes={"ix_mail_outbox_status_next": ["status", "next_attempt_at"]},
    )
    create_synced_table(
        "organisation",
        *strings(200, "name"),
        *strings(11, "org_number", nullable=True),
        *strings(100, "city"),
    )
    create_tenant_table(
        "sms_outbox",
        *strings(20, "to_number"),
        *texts("body"),
        *strings(10, "status"),
        *integers("attempts"),
        *moments("next_attempt_at"),
        *texts("last_error"),
        created_at(),
        *moments("sent_at", nullable=True),
        sa.Column("provider_message_id", sa.String(100), nullable=False, server_default=""),
        indexed=["tenant_id"],
        indexes={"ix_sms_outbox_status_next": ["status", "next_attempt_at"]},
    )
    create_table(
        "tenant",
        *ids("id"),
        *strings(64, "slug"),
        *strings(200, "name"),
        created_at(),
        sa.Column("language", sa.String(5), nullable=False, server_default="en"),
        unique("tenant", "slug"),
    )
    create_table(
        "tenant_seq",
        *ids("tenant_id"),
        sa.Column("value", sa.BigInteger(), nullable=False),
        primary_key="tenant_id",
    )
    create_synced_table(
        "agent",
        *ids("organisation_id"),
        *strings(200, "name"),
        references={"organisation_id": "organisation"},
        indexed=["organisation_id"],
    )
    create_table(
        "auth_token",
        *ids("id"),
        *strings(64, "token_hash"),
        *ids("user_id", "tenant_id"),
        created_at(),
        *moments("expires_at"),
        *moments("revoked_at", nullable=True),
        *strings(100, "client_label"),
        foreign_key("auth_token", "tenant_id", "tenant", ondelete="CASCADE"),
        foreign_key("auth_token", "user_id", "app_user", ondelete="CASCADE"),
        unique("auth_token", "token_hash"),
        indexed=["user_id"],
    )
    create_synced_table(
        "course_round",
        *ids("course_id"),
        *strings(200, "name"),
        *strings(10, "term"),
        *dates("starts_on", "ends_on", nullable=True),
        *strings(200, "place"),
        *integers("seats"),
        *strings(20, "status"),
        *texts("terms_text"),
        *strings(40, "terms_version"),
        references={"course_id": "course"},
        indexed=["course_id"],
    )
    create_synced_table(
        "customer",
        *ids("organisation_id"),
        *strings(40, "customer_number"),
        references={"organisation_id": "organisation"},
        indexed=["organisation_id"],
    )
    create_table(
        "membership",
        *ids("id", "user_id", "tenant_id"),
        *strings(32, "role"),
        *ids("agent_id", "granted_by", nullable=True),
        created_at(),
        foreign_key("membership", "tenant_id", "tenant", ondelete="CASCADE"),
        foreign_key("membership", "user_id", "app_user", ondelete="CASCADE"),
        unique("membership", "user_id", "tenant_id", "role"),
        indexed=["tenant_id", "user_id"],
    )
    create_table(
        "notification",
        *ids("id", "tenant_id", "user_id"),
        *strings(60, "kind"),
        *strings(300, "title"),
        *texts("body"),
        *strings(500, "link_path"),
        *ids("related_id", nullable=True),
        created_at(),
        *moments("read_at", nullable=True),
        foreign_key("notification", "user_id", "app_user", ondelete="CASCADE"),
        indexes={"ix_notification_user": ["tenant_id", "user_id", "created_at"]},
    )
    create_tenant_table(
        "otp_challenge",
        *strings(40, "purpose"),
        *strings(254, "signer_email"),
        *strings(64, "data_hash"),
        *strings(8, "phone_hint"),
        *strings(32, "salt"),
        *strings(64, "code_hash"),
        created_at(),
        *moments("expires_at"),
        *integers("attempts", "max_attempts"),
        *moments("used_at", nullable=True),
        *ids("sms_outbox_id", nullable=True),
        foreign_key("otp_challenge", "sms_outbox_id", "sms_outbox", ondelete="SET NULL"),
        indexes={"ix_otp_challenge_signer_created": ["tenant_id", "signer_email", "created_at"]},
    )
    create_synced_table(
        "person",
        *strings(100, "first_name", "last_name"),
        *strings(12, "personnummer", nullable=True),
        *dates("birth_date", nullable=True),
        *ids("organisation_id", nullable=True),
        *strings(100, "title"),
        *strings(200, "street"),
        *strings(10, "postal_code"),
        *strings(100, "city"),
        *strings(2, "country"),
        *texts("notes"),
        created_at(),
        *ids("merged_into_id", nullable=True),
        references={"organisation_id": "organisation"},
        indexed=["organisation_id"],
        indexes={
            "ix_person_tenant_birth_date": ["tenant_id", "birth_date"],
            "ix_person_tenant_personnummer": ["tenant_id", "personnummer"],
        },
    )
    create_table(
        "web_handover",
        *ids("id"),
        *strings(64, "code_hash"),
        *ids("user_id", "tenant_id"),
        *strings(500, "next_path"),
        *strings(64, "parent_token_hash"),
        created_at(),
        *moments("expires_at"),
        *moments("used_at", nullable=True),
        foreign_key("web_handover", "tenant_id", "tenant", ondelete="CASCADE"),
        foreign_key("web_handover", "user_id", "app_user", ondelete="CASCADE"),
        unique("web_handover", "code_hash"),
    )
    create_synced_table(
        "activity",
        *ids("person_id"),
        *strings(40, "kind"),
        *strings(300, "subject"),
        *texts("body"),
        *moments("occurred_at"),
        *ids("registration_id", nullable=True),
        *strings(254, "actor"),
        *jsons("data"),
        references={"person_id": "person"},
        indexed=["person_id", "registration_id"],
    )
    create_synced_table(
        "agent_order",
        *strings(40, "number"),
        *ids("agent_id", "customer_organisation_id"),
        *strings(200, "service"),
        *jsons("details"),
        *strings(200, "ordered_by_name"),
        *strings(254, "ordered_by_email", "customer_attestant_email"),
        *strings(30, "state"),
        *moments("ordered_at"),
        *strings(254, "case_handler_email", nullable=True),
        *moments("review_started_at", nullable=True),
        *flags("terms_accepted"),
        *strings(40, "terms_version", nullable=True),
        *jsons("billing", "attest_info"),
        *strings(254, "agent_attestant_email", nullable=True),
        *moments("approved_at", nullable=True),
        *strings(64, "approved_in_session", nullable=True),
        *texts("rejected_reason"),
        *strings(254, "rejected_by_email", nullable=True),
        *moments("agent_attested_at", "customer_attested_at", nullable=True),
        *strings(40, "case_number", nullable=True),
        *moments("case_created_at", nullable=True),
        references={"agent_id": "agent", "customer_organisation_id": "organisation"},
        indexed=["agent_id", "number", "state"],
    )
    create_synced_table(
        "alumni_registration",
        *ids("person_id", nullable=True),
        *strings(254, "email"),
        *strings(100, "first_name", "last_name"),
        *strings(12, "personnummer", nullable=True),
        *strings(20, "phone", nullable=True),
        *strings(200, "program"),
        *integers("graduation_year", nullable=True),
        *jsons("answers"),
        *strings(40, "status"),
        *moments("received_at"),
        *strings(20, "matched_on", nullable=True),
        *texts("decision_reason"),
        *jsons("decision_details"),
        *moments("decided_at", nullable=True),
        *strings(254, "decided_by", nullable=True),
        *texts("denial_reason"),
        *integers("attempts"),
        *texts("last_error"),
        after_synced=[
            *moments("next_attempt_at", nullable=True),
            sa.Column("proposed", sa.JSON(), nullable=False, server_default="{}"),
            sa.Column("proposal_state", sa.String(20), nullable=False, server_default=""),
        ],
        references={"person_id": "person"},
        indexed=["person_id", "status"],
        indexes={"ix_alumni_registration_retry": ["tenant_id", "status", "next_attempt_at"]},
    )
    create_synced_table(
        "consent",
        *ids("person_id", nullable=True),
        *strings(254, "email"),
        *ids("registration_id", nullable=True),
        *strings(40, "kind", "terms_version"),
        *texts("terms_text"),
        *moments("given_at"),
        references={"person_id": "person"},
        indexed=["person_id", "registration_id"],
    )
    create_synced_table(
        "contract",
        *ids("customer_id"),
        *strings(200, "title"),
        *dates("starts_on", "ends_on", nullable=True),
        references={"customer_id": "customer"},
        indexed=["customer_id"],
    )
    create_synced_table(
        "person_category",
        *ids("person_id", "category_id"),
        unique("person_category", "person_id", "category_id"),
        references={"category_id": "category", "person_id": "person"},
        indexed=["category_id", "person_id"],
    )
    create_synced_table(
        "person_email",
        *ids("person_id"),
        *strings(254, "address"),
        *strings(20, "kind"),
        *flags("is_primary"),
        *integers("position"),
        references={"person_id": "person"},
        indexed=["person_id", "address"],
    )
    create_synced_table(
        "person_phone",
        *ids("person_id"),
        *strings(20, "number", "kind"),
        *flags("is_primary"),
        *integers("position"),
        references={"person_id": "person"},
        indexed=["person_id"],
    )
    create_synced_table(
        "registration",
        *ids("round_id", "participant_id"),
        *ids("approving_manager_id", "organisation_id", nullable=True),
        *strings(200, "form_manager_name", nullable=True),
        *strings(254, "form_manager_email", nullable=True),
        *jsons("signup_answers"),
        *strings(20, "status"),
        created_at(),
        *moments("approval_requested_at", nullable=True),
        *integers("approval_request_count"),
        *moments("approved_at", nullable=True),
        *strings(254, "approved_by_email", nullable=True),
        *strings(40, "approval_terms_version", nullable=True),
        references={
            "approving_manager_id": "person",
            "organisation_id": "organisation",
            "participant_id": "person",
            "round_id": "course_round",
        },
        indexed=["approved_at", "approving_manager_id", "participant_id", "round_id"],
    )
    create_synced_table(
        "signup_form",
        *ids("round_id"),
        *strings(200, "heading"),
        *texts("intro"),
        *strings(500, "banner_url"),
        *texts("confirmation_text"),
        *flags("published"),
        references={"round_id": "course_round"},
        indexed=["round_id"],
    )
    create_synced_table(
        "student_record",
        *ids("person_id", nullable=True),
        *strings(12, "personnummer", nullable=True),
        *strings(254, "email", nullable=True),
        *strings(100, "first_name", "last_name"),
        *strings(40, "program_code"),
        *strings(200, "program_name"),
        *strings(200, "degree", nullable=True),
        sa.Column("credits", sa.Float(), nullable=False),
        *integers("graduation_year", nullable=True),
        *strings(40, "source"),
        *strings(200, "street"),
        *strings(10, "postal_code"),
        *strings(100, "city"),
        *texts("notes"),
        references={"person_id": "person"},
        indexed=["email", "person_id", "personnummer"],
    )
    create_synced_table(
        "agent_order_step",
        *ids("order_id"),
        *strings(30, "state"),
        *strings(254, "actor_email"),
        *moments("at"),
        *texts("note"),
        *strings(64, "data_hash", nullable=True),
        references={"order_id": "agent_order"},
        indexed=["order_id"],
    )
    create_table(
        "bankid_signing",
        *ids("id", "tenant_id", "order_id"),
        *strings(30, "role"),
        *strings(254, "signer_email"),
        *ids("user_id", nullable=True),
        *strings(64, "data_hash"),
        *strings(100, "order_ref", "auto_start_token", "qr_start_token", "qr_start_secret"),
        *moments("started_at"),
        *strings(10, "status"),
        *strings(40, "hint_code"),
        *texts("message"),
        *moments("last_collected_at", "finished_at", nullable=True),
        foreign_key("bankid_signing", "order_id", "agent_order"),
        unique("bankid_signing", "order_ref"),
        indexed=["order_id", "tenant_id"],
    )
    create_synced_table(
        "contact",
        *ids("person_id"),
        *strings(40, "role"),
        *ids("organisation_id", "customer_id", "contract_id", "agent_id", nullable=True),
        references={
            "agent_id": "agent",
            "contract_id": "contract",
            "customer_id": "customer",
            "organisation_id": "organisation",
            "person_id": "person",
        },
        indexed=["person_id"],
    )
    create_synced_table(
        "form_element",
        *ids("form_id"),
        *strings(40, "kind"),
        *strings(200, "label"),
        *flags("required"),
        *integers("position"),
        *flags("require_email_confirmation"),
        *jsons("options"),
        references={"form_id": "signup_form"},
        indexed=["form_id"],
    )
    create_synced_table(
        "signature",
        *ids("order_id"),
        *strings(30, "role"),
        *strings(10, "method"),
        *strings(254, "signer_email"),
        *strings(200, "signer_name"),
        *moments("signed_at"),
        *strings(64, "data_hash"),
        references={"order_id": "agent_order"},
        indexed=["order_id"],
    )
    create_tenant_table(
        "signature_evidence",
        *strings(10, "method"),
        *strings(12, "personnummer", nullable=True),
        *jsons("data"),
        created_at(),
        foreign_key("signature_evidence", "id", "signature", ondelete="CASCADE"),
        indexed=["tenant_id"],
    )


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_table(name)
