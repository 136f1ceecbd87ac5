"""evaluations (issue 19; helper H13): ``evaluation_form`` (a course's questionnaire,
synced, set as a whole) and ``evaluation_answer`` (the answers given on the mailed links,
the server's own, append only)"""

from alembic import op

from server.migrations import helpers as h

revision: str = "0029"
down_revision: str | None = "0028"


def upgrade() -> None:
    h.create_synced_table(
        "evaluation_form",
        *h.ids("course_id"),
        *h.flags("anonymous"),
        *h.integers("version"),
        *h.jsons("questions"),
        references={"course_id": "course"},
        indexed=["course_id"],
    )
    # An answer given is kept as given: the database refuses a change or removal.
    h.create_tenant_table(
        "evaluation_answer",
        *h.ids("course_id", "round_id"),
        *h.integers("form_version"),
        *h.ids("registration_id", nullable=True),
        *h.jsons("answers"),
        h.created_at(),
        indexed=["tenant_id", "round_id"],
        append_only_refusal="an evaluation answer is append only",
    )


def downgrade() -> None:
    op.drop_table("evaluation_answer")
    op.drop_table("evaluation_form")
