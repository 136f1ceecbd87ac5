"""initial schema"""

import sqlalchemy as sa
from alembic import op

import models.base
from server.migrations.helpers import create_synced_table, drop_synced_table, foreign_key

revision: str = "0001"
down_revision: str | None = None


def upgrade() -> None:
    create_synced_table(
        "alumni_rule",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
    )

    op.create_table(
        "app_user",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("email", name=op.f("uq_app_user_email")),
    )

    op.create_table(
        "audit_event",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("tenant_id", sa.String(length=36), nullable=False),
        sa.Column("at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor_user_id", sa.String(length=36), nullable=True),
        sa.Column("actor_email", sa.String(length=254), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )

    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_event_entity", ["tenant_id", "entity_type", "entity_id"], unique=False
        )

    create_synced_table(
        "category",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
    )

    op.create_table(
        "command_log",
        sa.Column("command_id", sa.String(length=36), nullable=False),
        sa.Column("tenant_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("received_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("command_id", name=op.f("pk_command_log")),
    )

    with op.batch_alter_table("command_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_command_log_tenant_id"), ["tenant_id"], unique=False)

    create_synced_table(
        "course",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
    )

    op.create_table(
        "link_token",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("tenant_id", sa.String(length=36), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("used_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_link_token_token_hash")),
    )

    with op.batch_alter_table("link_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_link_token_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_link_token_tenant_id"), ["tenant_id"], unique=False)

    op.create_table(
        "login_failure",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failure")),
    )

    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.create_index("ix_login_failure_address_at", ["address", "at"], unique=False)
        batch_op.create_index("ix_login_failure_email_at", ["email", "at"], unique=False)

    op.create_table(
        "mail_outbox",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("tenant_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("to_address", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=True),
        sa.Column("related_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("sent_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_outbox")),
    )

    with op.batch_alter_table("mail_outbox", schema=None) as batch_op:
        batch_op.create_index(
            "ix_mail_outbox_status_next", ["status", "next_attempt_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mail_outbox_tenant_id"), ["tenant_id"], unique=False)

    create_synced_table(
        "organisation",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("org_number", sa.String(length=11), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=False),
    )

    op.create_table(
        "sms_outbox",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("tenant_id", sa.String(length=36), nullable=False),
        sa.Column("to_number", sa.String(length=20), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("sent_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sms_outbox")),
    )

    with op.batch_alter_table("sms_outbox", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sms_outbox_status_next", ["status", "next_attempt_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sms_outbox_tenant_id"), ["tenant_id"], unique=False)

    op.create_table(
        "tenant",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tenant")),
        sa.UniqueConstraint("slug", name=op.f("uq_tenant_slug")),
    )

    op.create_table(
        "tenant_seq",
        sa.Column("tenant_id", sa.String(length=36), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("tenant_id", name=op.f("pk_tenant_seq")),
    )

    create_synced_table(
        "agent",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        references={"organisation_id": "organisation"},
        indexed=("organisation_id",),
    )

    op.create_table(
        "auth_token",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("tenant_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("client_label", sa.String(length=100), nullable=False),
        foreign_key("auth_token", "tenant_id", "tenant", ondelete="CASCADE"),
        foreign_key("auth_token", "user_id", "app_user", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_auth_token_token_hash")),
    )

    with op.batch_alter_table("auth_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auth_token_user_id"), ["user_id"], unique=False)

    create_synced_table(
        "course_round",
        sa.Column("course_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("term", sa.String(length=10), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("terms_text", sa.Text(), nullable=False),
        sa.Column("terms_version", sa.String(length=40), nullable=False),
        references={"course_id": "course"},
        indexed=("course_id",),
    )

    create_synced_table(
        "customer",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("customer_number", sa.String(length=40), nullable=False),
        references={"organisation_id": "organisation"},
        indexed=("organisation_id",),
    )

    op.create_table(
        "membership",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("tenant_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=True),
        sa.Column("granted_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        foreign_key("membership", "tenant_id", "tenant", ondelete="CASCADE"),
        foreign_key("membership", "user_id", "app_user", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
        sa.UniqueConstraint("user_id", "tenant_id", "role", name=op.f("uq_membership_user_id")),
    )

    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_tenant_id"), ["tenant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_membership_user_id"), ["user_id"], unique=False)

    create_synced_table(
        "person",
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("personnummer", sa.String(length=12), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        references={"organisation_id": "organisation"},
        indexed=("organisation_id",),
    )

    create_synced_table(
        "activity",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("occurred_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("registration_id", sa.String(length=36), nullable=True),
        sa.Column("actor", sa.String(length=254), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        references={"person_id": "person"},
        indexed=("person_id", "registration_id"),
    )

    create_synced_table(
        "agent_order",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        sa.Column("customer_organisation_id", sa.String(length=36), nullable=False),
        sa.Column("service", sa.String(length=200), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("ordered_by_name", sa.String(length=200), nullable=False),
        sa.Column("ordered_by_email", sa.String(length=254), nullable=False),
        sa.Column("customer_attestant_email", sa.String(length=254), nullable=False),
        sa.Column("state", sa.String(length=30), nullable=False),
        sa.Column("ordered_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("case_handler_email", sa.String(length=254), nullable=True),
        sa.Column("review_started_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("terms_accepted", sa.Boolean(), nullable=False),
        sa.Column("terms_version", sa.String(length=40), nullable=True),
        sa.Column("billing", sa.JSON(), nullable=False),
        sa.Column("attest_info", sa.JSON(), nullable=False),
        sa.Column("agent_attestant_email", sa.String(length=254), nullable=True),
        sa.Column("approved_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("approved_in_session", sa.String(length=64), nullable=True),
        sa.Column("rejected_reason", sa.Text(), nullable=False),
        sa.Column("rejected_by_email", sa.String(length=254), nullable=True),
        sa.Column("agent_attested_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("customer_attested_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("case_number", sa.String(length=40), nullable=True),
        sa.Column("case_created_at", models.base.UTCDateTime(timezone=True), nullable=True),
        references={"agent_id": "agent", "customer_organisation_id": "organisation"},
        indexed=("agent_id", "number", "state"),
    )

    create_synced_table(
        "alumni_registration",
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("personnummer", sa.String(length=12), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("program", sa.String(length=200), nullable=False),
        sa.Column("graduation_year", sa.Integer(), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("received_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("matched_on", sa.String(length=20), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("decision_details", sa.JSON(), nullable=False),
        sa.Column("decided_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.String(length=254), nullable=True),
        sa.Column("denial_reason", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        references={"person_id": "person"},
        indexed=("person_id", "status"),
    )

    create_synced_table(
        "consent",
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("registration_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("terms_version", sa.String(length=40), nullable=False),
        sa.Column("terms_text", sa.Text(), nullable=False),
        sa.Column("given_at", models.base.UTCDateTime(timezone=True), nullable=False),
        references={"person_id": "person"},
        indexed=("person_id", "registration_id"),
    )

    create_synced_table(
        "contract",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        references={"customer_id": "customer"},
        indexed=("customer_id",),
    )

    create_synced_table(
        "person_category",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("category_id", sa.String(length=36), nullable=False),
        references={"category_id": "category", "person_id": "person"},
        indexed=("category_id", "person_id"),
    )

    create_synced_table(
        "person_email",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        references={"person_id": "person"},
        indexed=("person_id",),
    )

    with op.batch_alter_table("person_email", schema=None) as batch_op:
        batch_op.create_index("ix_person_email_address", ["address"], unique=False)

    create_synced_table(
        "person_phone",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        references={"person_id": "person"},
        indexed=("person_id",),
    )

    create_synced_table(
        "registration",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("approving_manager_id", sa.String(length=36), nullable=True),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("form_manager_name", sa.String(length=200), nullable=True),
        sa.Column("form_manager_email", sa.String(length=254), nullable=True),
        sa.Column("signup_answers", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("approval_requested_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("approval_request_count", sa.Integer(), nullable=False),
        sa.Column("approved_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("approved_by_email", sa.String(length=254), nullable=True),
        sa.Column("approval_terms_version", sa.String(length=40), nullable=True),
        references={
            "approving_manager_id": "person",
            "organisation_id": "organisation",
            "participant_id": "person",
            "round_id": "course_round",
        },
        indexed=("approved_at", "approving_manager_id", "participant_id", "round_id"),
    )

    create_synced_table(
        "signup_form",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("heading", sa.String(length=200), nullable=False),
        sa.Column("intro", sa.Text(), nullable=False),
        sa.Column("banner_url", sa.String(length=500), nullable=False),
        sa.Column("confirmation_text", sa.Text(), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        references={"round_id": "course_round"},
        indexed=("round_id",),
    )

    create_synced_table(
        "student_record",
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("personnummer", sa.String(length=12), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("program_code", sa.String(length=40), nullable=False),
        sa.Column("program_name", sa.String(length=200), nullable=False),
        sa.Column("degree", sa.String(length=200), nullable=True),
        sa.Column("credits", sa.Float(), nullable=False),
        sa.Column("graduation_year", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        references={"person_id": "person"},
        indexed=("email", "person_id", "personnummer"),
    )

    create_synced_table(
        "agent_order_step",
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=30), nullable=False),
        sa.Column("actor_email", sa.String(length=254), nullable=False),
        sa.Column("at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("data_hash", sa.String(length=64), nullable=True),
        references={"order_id": "agent_order"},
        indexed=("order_id",),
    )

    create_synced_table(
        "contact",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("contract_id", sa.String(length=36), nullable=True),
        sa.Column("agent_id", sa.String(length=36), nullable=True),
        references={
            "agent_id": "agent",
            "contract_id": "contract",
            "customer_id": "customer",
            "organisation_id": "organisation",
            "person_id": "person",
        },
        indexed=("person_id",),
    )

    create_synced_table(
        "form_element",
        sa.Column("form_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("require_email_confirmation", sa.Boolean(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        references={"form_id": "signup_form"},
        indexed=("form_id",),
    )

    create_synced_table(
        "signature",
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("signer_email", sa.String(length=254), nullable=False),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("signed_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("data_hash", sa.String(length=64), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        references={"order_id": "agent_order"},
        indexed=("order_id",),
    )


def downgrade() -> None:
    drop_synced_table("signature", indexed=("order_id",))

    drop_synced_table("form_element", indexed=("form_id",))

    drop_synced_table("contact", indexed=("person_id",))

    drop_synced_table("agent_order_step", indexed=("order_id",))

    drop_synced_table("student_record", indexed=("email", "person_id", "personnummer"))

    drop_synced_table("signup_form", indexed=("round_id",))

    drop_synced_table(
        "registration",
        indexed=("approved_at", "approving_manager_id", "participant_id", "round_id"),
    )

    drop_synced_table("person_phone", indexed=("person_id",))

    with op.batch_alter_table("person_email", schema=None) as batch_op:
        batch_op.drop_index("ix_person_email_address")

    drop_synced_table("person_email", indexed=("person_id",))

    drop_synced_table("person_category", indexed=("category_id", "person_id"))

    drop_synced_table("contract", indexed=("customer_id",))

    drop_synced_table("consent", indexed=("person_id", "registration_id"))

    drop_synced_table("alumni_registration", indexed=("person_id", "status"))

    drop_synced_table("agent_order", indexed=("agent_id", "number", "state"))

    drop_synced_table("activity", indexed=("person_id", "registration_id"))

    drop_synced_table("person", indexed=("organisation_id",))

    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_user_id"))
        batch_op.drop_index(batch_op.f("ix_membership_tenant_id"))

    op.drop_table("membership")

    drop_synced_table("customer", indexed=("organisation_id",))

    drop_synced_table("course_round", indexed=("course_id",))

    with op.batch_alter_table("auth_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_token_user_id"))

    op.drop_table("auth_token")

    drop_synced_table("agent", indexed=("organisation_id",))

    op.drop_table("tenant_seq")

    op.drop_table("tenant")

    with op.batch_alter_table("sms_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sms_outbox_tenant_id"))
        batch_op.drop_index("ix_sms_outbox_status_next")

    op.drop_table("sms_outbox")

    drop_synced_table("organisation")

    with op.batch_alter_table("mail_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mail_outbox_tenant_id"))
        batch_op.drop_index("ix_mail_outbox_status_next")

    op.drop_table("mail_outbox")

    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.drop_index("ix_login_failure_email_at")
        batch_op.drop_index("ix_login_failure_address_at")

    op.drop_table("login_failure")

    with op.batch_alter_table("link_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_link_token_tenant_id"))
        batch_op.drop_index(batch_op.f("ix_link_token_entity_id"))

    op.drop_table("link_token")

    drop_synced_table("course")

    with op.batch_alter_table("command_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_command_log_tenant_id"))

    op.drop_table("command_log")

    drop_synced_table("category")

    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_entity")

    op.drop_table("audit_event")

    op.drop_table("app_user")

    drop_synced_table("alumni_rule")
