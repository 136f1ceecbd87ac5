"""Commands of the alumni office's manual queue (seed 001)."""

from __future__ import annotations

import enum

import pydantic

from models.alumni import AlumniRegistration, AlumniRule, AlumniRuleKind, AlumniStatus
from models.alumni_proposals import apply_proposal
from models.commands.base import Args, Command, CommandContext, MultilineText, register
from models.commands.people import set_category
from models.errors import ValidationError
from models.people import Activity, ActivityKind, CategoryKey, Person
from models.tenancy import Role

ALUMNI_ROLES = frozenset({Role.ADMIN, Role.ALUMNI_OFFICER})


class Decision(enum.StrEnum):
    APPROVE = "approve"
    DENY = "deny"


class AlumniDecideArgs(Args):
    alumni_registration_id: str
    decision: Decision
    reason: MultilineText = pydantic.Field(default="", max_length=2000)
    #: The status the officer saw; a decision made meanwhile by someone else wins.
    expected_status: AlumniStatus = AlumniStatus.NOT_APPROVED


@register
class AlumniDecide(Command[AlumniDecideArgs]):
    """An officer approves or denies an item of the manual queue.

    Approving applies what the registration proposed for the matched profile
    (an e-mail, phone or personnummer the profile lacked); denying discards it.
    """

    name = "alumni.decide"
    args_model = AlumniDecideArgs
    roles = ALUMNI_ROLES

    def run(self, ctx: CommandContext, args: AlumniDecideArgs) -> None:
        item = ctx.get(AlumniRegistration, args.alumni_registration_id, what="Alumni registration")
        by = ctx.actor.label
        if args.decision == Decision.APPROVE:
            item.approve_manually(by=by, now=ctx.now, expected_status=args.expected_status)
        else:
            if not args.reason:
                raise ValidationError("Give a reason for the denial", field="reason")
            item.deny(by=by, reason=args.reason, now=ctx.now, expected_status=args.expected_status)
        if item.person_id:
            person = ctx.get(Person, item.person_id, what="Person")
            applied: list[str] = []
            if args.decision == Decision.APPROVE:
                set_category(ctx, person, CategoryKey.REGISTERED_ALUMNUS, present=True)
                applied = apply_proposal(
                    item, person, new_id=lambda part: ctx.new_id("proposal", part), add=ctx.add
                )
            ctx.add(
                Activity(
                    id=ctx.new_id("activity"),
                    person_id=person.id,
                    kind=ActivityKind.ALUMNI_DECISION,
                    subject=f"Alumni registration {item.status.replace('_', ' ')}",
                    body=args.reason,
                    occurred_at=ctx.now,
                    actor=ctx.actor.email,
                    data={
                        "alumni_registration_id": item.id,
                        **({"applied": applied} if applied else {}),
                    },
                )
            )


class RuleParams(Args):
    min_credits: float | None = None
    programs: list[str] | None = None
    year: int | None = None


class AlumniRuleSetArgs(Args):
    rule_id: str
    kind: AlumniRuleKind
    params: RuleParams = RuleParams()
    position: int = 0
    active: bool = True
    description: MultilineText = ""

    @pydantic.model_validator(mode="after")
    def _params_fit_kind(self) -> AlumniRuleSetArgs:
        need = {
            AlumniRuleKind.MIN_CREDITS: "min_credits",
            AlumniRuleKind.PROGRAM_IN: "programs",
            AlumniRuleKind.GRADUATED_AFTER: "year",
        }.get(self.kind)
        if need and getattr(self.params, need) in (None, []):
            raise ValueError(f"a {self.kind} rule needs params.{need}")
        return self


@register
class AlumniRuleSet(Command[AlumniRuleSetArgs]):
    """Create or replace one of the institution's rules (administrators)."""

    name = "alumni.rule_set"
    args_model = AlumniRuleSetArgs
    roles = frozenset({Role.ADMIN})

    def run(self, ctx: CommandContext, args: AlumniRuleSetArgs) -> None:
        rule = ctx.session.get(AlumniRule, args.rule_id)
        params = args.params.model_dump(exclude_none=True)
        if rule is None:
            rule = AlumniRule(id=args.rule_id)
            ctx.add(rule)
        else:
            rule = ctx.get(AlumniRule, args.rule_id, what="Rule")
        rule.kind = args.kind
        rule.params = params
        rule.position = args.position
        rule.active = args.active
        rule.description = args.description
        ctx.audit("alumni.rule_set", rule, kind=str(args.kind), params=params, active=args.active)
