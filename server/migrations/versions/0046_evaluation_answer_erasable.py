"""an evaluation answer may be cleared by an erasure (issue 23; helper H15): the
append-only guard of ``evaluation_answer`` (migration 0029) lets through one change, its
``answers`` emptied with every other column as it was; any other change or a removal is
refused as before. (down_revision: the lead sets the previous migration of the wave.)"""

from alembic import op

revision: str = "0046"
down_revision: str | None = "0045"

_REFUSAL = "an evaluation answer is append only"
_SAME = (
    "NEW.id = OLD.id AND NEW.tenant_id = OLD.tenant_id AND NEW.course_id = OLD.course_id"
    " AND NEW.round_id = OLD.round_id AND NEW.form_version = OLD.form_version"
    " AND NEW.created_at = OLD.created_at"
)


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION evaluation_answer_clear_only() RETURNS trigger LANGUAGE plpgsql"
            " AS $$ BEGIN IF TG_OP = 'UPDATE' AND NEW.answers::jsonb = '{}'::jsonb AND "
            f"{_SAME} AND NEW.registration_id IS NOT DISTINCT FROM OLD.registration_id"
            f" THEN RETURN NEW; END IF; RAISE EXCEPTION '{_REFUSAL}: % refused', TG_OP"
            " USING ERRCODE = 'raise_exception'; END $$"
        )
        op.execute("DROP TRIGGER evaluation_answer_append_only ON evaluation_answer")
        op.execute(
            "CREATE TRIGGER evaluation_answer_append_only BEFORE UPDATE OR DELETE ON "
            "evaluation_answer FOR EACH ROW EXECUTE FUNCTION evaluation_answer_clear_only()"
        )
        return
    op.execute("DROP TRIGGER evaluation_answer_no_update")
    op.execute(
        "CREATE TRIGGER evaluation_answer_no_update BEFORE UPDATE ON evaluation_answer "
        f"WHEN NOT (json(NEW.answers) = '{{}}' AND {_SAME}"
        " AND NEW.registration_id IS OLD.registration_id) "
        f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
    )


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER evaluation_answer_append_only ON evaluation_answer")
        op.execute(
            "CREATE TRIGGER evaluation_answer_append_only BEFORE UPDATE OR DELETE ON "
            "evaluation_answer FOR EACH ROW EXECUTE FUNCTION ledger_append_only()"
        )
        op.execute("DROP FUNCTION evaluation_answer_clear_only()")
        return
    op.execute("DROP TRIGGER evaluation_answer_no_update")
    op.execute(
        "CREATE TRIGGER evaluation_answer_no_update BEFORE UPDATE ON evaluation_answer "
        f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
    )
