"""Commands of the alumni office's manual queue (seed 001)."""

from __future__ import annotations

import enum
from typing import Any

import pydantic
from sqlalchemy import select

from models import validators
from models.alumni import (
    AlumniRegistration,
    AlumniRule,
    AlumniRuleKind,
    AlumniStatus,
    ProposalState,
)
from models.alumni_proposals import ADDRESS, address_of, apply_proposal, discard_proposal
from models.commands.base import Args, Command, CommandContext, MultilineText, register
from models.commands.edits import (
    FieldEditArgs,
    MultilineField,
    SupersededCommand,
    merge_changes,
    set_fields,
)
from models.commands.people import set_category
from models.errors import TransitionError, ValidationError
from models.people import Activity, ActivityKind, CategoryKey, Person, PersonEmail, PersonPhone
from models.tenancy import Role
from models.visibility import PERSONAL_COLUMNS

ALUMNI_ROLES = frozenset({Role.ADMIN, Role.ALUMNI_OFFICER})


class Decision(enum.StrEnum):
    APPROVE = "approve"
    DENY = "deny"


class AlumniDecideArgs(Args):
    alumni_registration_id: str
    decision: Decision
    reason: MultilineText = pydantic.Field(default="", max_length=2000)
    #: What of a denial's reason the alumnus is told (``reason`` stays internal).
    shared_reason: MultilineText = pydantic.Field(default="", max_length=2000)
    #: The status the officer saw; a decision made meanwhile by someone else wins.
    expected_status: AlumniStatus = AlumniStatus.NOT_APPROVED


@register
class AlumniDecide(Command[AlumniDecideArgs]):
    """An officer approves or denies an item of the manual queue.

    Approving applies what the registration proposed for the matched profile
    (an e-mail, phone or personnummer the profile lacked); denying discards it.
    The alumnus is told the outcome by the server (effect ``alumni.outcome``;
    a denial with ``shared_reason``, never the internal ``reason``).
    """

    name = "alumni.decide"
    shape = "expected_state"
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
            item.deny(
                by=by,
                reason=args.reason,
                now=ctx.now,
                expected_status=args.expected_status,
                shared_reason=args.shared_reason,
            )
        ctx.effect("alumni.outcome", alumni_registration_id=item.id)
        if item.person_id:
            person = ctx.get(Person, item.person_id, what="Person")
            applied: list[str] = []
            gave: dict[str, Any] = {}
            if args.decision == Decision.APPROVE:
                # Whether the category is this approval's: a reversal takes back only that.
                gave["gave_category"] = set_category(
                    ctx, person, CategoryKey.REGISTERED_ALUMNUS, present=True
                )
                before = address_of(person)
                applied = apply_proposal(
                    item, person, new_id=lambda part: ctx.new_id("proposal", part), add=ctx.add
                )
                if set(applied) & set(ADDRESS):  # a reversal puts the old address back
                    gave["old_address"] = before
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
                        **gave,
                    },
                )
            )


class AlumniReviewProposalArgs(Args):
    alumni_registration_id: str
    #: True: the proposed details join the profile; False: they are dropped.
    apply: bool


@register
class AlumniReviewProposal(Command[AlumniReviewProposalArgs]):
    """An officer applies or discards the details (name, phone, personnummer) a returning
    registered alumnus's approved registration proposed (issue 20); an item of the manual
    queue has its proposal decided with it (``alumni.decide``).

    Applying writes them on the profile (a name replaces the profile's; a personnummer
    another live person has is refused); each way the timeline says what was proposed,
    and applied, old → new, naming a personnummer without its value (every role reads
    the timeline, only personal-data roles a personnummer).
    """

    name = "alumni.review_proposal"
    shape = "transition"
    args_model = AlumniReviewProposalArgs
    roles = ALUMNI_ROLES

    def run(self, ctx: CommandContext, args: AlumniReviewProposalArgs) -> None:
        item = ctx.get(AlumniRegistration, args.alumni_registration_id, what="Alumni registration")
        if item.proposal_state != ProposalState.PENDING:
            raise TransitionError("The registration proposes nothing to review")
        if item.status == AlumniStatus.NOT_APPROVED:
            raise TransitionError(
                "The registration is in the manual queue; approve or deny it instead"
            )
        person = ctx.get(Person, item.person_id or "", what="Person")
        proposed = item.proposed if isinstance(item.proposed, dict) else {}
        if args.apply:
            _refuse_if_personnummer_taken(ctx, proposed, person)
        old = {k: str(getattr(person, k) or "") for k in proposed if hasattr(person, k)}
        # The timeline is read by every role: a personnummer is named, never shown.
        hidden = {k for k in proposed if k in PERSONAL_COLUMNS["person"]}
        shown = {k: v for k, v in proposed.items() if k not in hidden}
        old = {k: v for k, v in old.items() if k not in hidden}
        if args.apply:
            applied = apply_proposal(
                item, person, new_id=lambda part: ctx.new_id("proposal", part), add=ctx.add
            )
            subject = "Proposed details applied"
        else:
            applied = []
            discard_proposal(item)
            subject = "Proposed details discarded"
        lines = [
            k if k in hidden else f"{k}: {old.get(k) or '–'} → {v}"
            for k, v in proposed.items()
            if old.get(k) != v
        ]
        ctx.add(
            Activity(
                id=ctx.new_id("activity"),
                person_id=person.id,
                kind=ActivityKind.ALUMNI_DECISION,
                subject=subject,
                body="\n".join(lines),
                occurred_at=ctx.now,
                actor=ctx.actor.email,
                data={
                    "alumni_registration_id": item.id,
                    "fields": list(proposed),
                    "proposed": shown,
                    "old": old,
                    "applied": applied,
                },
            )
        )


def _refuse_if_personnummer_taken(
    ctx: CommandContext, proposed: dict[str, Any], person: Person
) -> None:
    """A proposed personnummer may not be applied when another live person has it (the
    personnummer is not unique in the database: two profiles of one person are merged)."""
    pnr = proposed.get("personnummer")
    if not isinstance(pnr, str) or not pnr or person.personnummer:
        return  # applying fills only an empty personnummer
    owner = ctx.session.scalars(
        select(Person).where(
            Person.tenant_id == person.tenant_id,
            Person.personnummer == pnr,
            Person.id != person.id,
            Person.deleted_at.is_(None),
        )
    ).first()
    if owner is not None:
        raise ValidationError(
            "{name} already has the proposed personnummer: merge the two profiles"
            " or discard the proposal",
            field="personnummer",
            params={"name": owner.full_name},
        )


class AlumniReverseArgs(Args):
    alumni_registration_id: str
    reason: MultilineText = pydantic.Field(default="", max_length=2000)
    #: The decision the officer saw (``approved_manually`` or ``denied``).
    expected_status: AlumniStatus


@register
class AlumniReverseDecision(Command[AlumniReverseArgs]):
    """An officer takes back a manual decision: the item is back in the manual queue.

    Reversing an approval takes back what the approval gave the person: the
    category "Registered alumnus" (when the approval gave it) and the contact
    details it applied from the registration (pending again). Refused for an
    automatic decision, a terminated membership, a person merged away since,
    and when a later registration of the person was approved because of this
    membership. Audited on the server. An alumnus told of the approval is told
    that it was withdrawn (effect ``alumni.outcome``).
    """

    name = "alumni.reverse_decision"
    shape = "expected_state"
    args_model = AlumniReverseArgs
    roles = ALUMNI_ROLES

    def run(self, ctx: CommandContext, args: AlumniReverseArgs) -> None:
        if not args.reason:
            raise ValidationError("Give a reason for reversing the decision", field="reason")
        item = ctx.get(AlumniRegistration, args.alumni_registration_id, what="Alumni registration")
        person = ctx.session.get(Person, item.person_id) if item.person_id else None
        if item.person_id and (person is None or person.deleted_at is not None):
            raise TransitionError(
                "The person was merged or removed since; the decision cannot be reversed"
            )
        if item.status == AlumniStatus.APPROVED_MANUALLY and person is not None:
            _refuse_if_membership_used(ctx, item, person)
        previous = item.reopen(
            by=ctx.actor.label, now=ctx.now, expected_status=args.expected_status
        )
        taken: list[str] = []
        if person is not None:
            ctx.concern(person)
            if previous == AlumniStatus.APPROVED_MANUALLY:
                taken = _take_back_approval(ctx, item, person)
            ctx.add(
                Activity(
                    id=ctx.new_id("activity"),
                    person_id=person.id,
                    kind=ActivityKind.ALUMNI_DECISION,
                    subject="Alumni decision reversed: back in the manual queue",
                    body=args.reason,
                    occurred_at=ctx.now,
                    actor=ctx.actor.email,
                    data={
                        "alumni_registration_id": item.id,
                        "reversed": str(previous),
                        **({"taken_back": taken} if taken else {}),
                    },
                )
            )
        ctx.audit("alumni.reverse_decision", item, reversed=str(previous), taken_back=taken)
        # An approval the alumnus was told is told withdrawn (server: alumni/notices.py).
        ctx.effect("alumni.outcome", alumni_registration_id=item.id)


def _decision_activity(ctx: CommandContext, item: AlumniRegistration) -> Activity | None:
    """The timeline entry of the latest decision on ``item`` (what it gave is recorded there)."""
    rows = ctx.session.scalars(
        select(Activity)
        .where(
            Activity.person_id == item.person_id,
            Activity.kind == ActivityKind.ALUMNI_DECISION,
            Activity.deleted_at.is_(None),
        )
        .order_by(Activity.occurred_at.desc(), Activity.id.desc())
    )
    for row in rows:
        data = row.data if isinstance(row.data, dict) else {}
        if data.get("alumni_registration_id") == item.id:
            return row
    return None


def _refuse_if_membership_used(
    ctx: CommandContext, item: AlumniRegistration, person: Person
) -> None:
    """A later registration of the person approved because of this membership keeps it."""
    later = ctx.session.scalars(
        select(AlumniRegistration.id).where(
            AlumniRegistration.person_id == person.id,
            AlumniRegistration.id != item.id,
            AlumniRegistration.status == AlumniStatus.APPROVED_REGISTERED_ALUMNUS,
            AlumniRegistration.deleted_at.is_(None),
            AlumniRegistration.decided_at >= item.decided_at,
        )
    ).first()
    if later is not None:
        raise TransitionError(
            "A later registration was approved on this membership; the decision cannot be reversed"
        )


def _take_back_approval(ctx: CommandContext, item: AlumniRegistration, person: Person) -> list[str]:
    """Take back what approving ``item`` gave ``person``; the names of what was taken back."""
    decision = _decision_activity(ctx, item)
    data = decision.data if decision is not None and isinstance(decision.data, dict) else {}
    taken: list[str] = []
    if data.get("gave_category", True) and set_category(
        ctx, person, CategoryKey.REGISTERED_ALUMNUS, present=False
    ):
        taken.append("category")
    applied = data.get("applied") or []
    proposed = item.proposed if isinstance(item.proposed, dict) else {}
    if "email" in applied:
        for email in person.emails:
            if email.deleted_at is None and email.address == proposed.get("email"):
                _tombstone(ctx, email)
                taken.append("email")
    if "phone" in applied:
        try:
            number = validators.normalize_phone(str(proposed.get("phone") or ""))
        except ValidationError:
            number = ""
        for phone in person.phones:
            if phone.deleted_at is None and number and phone.number == number:
                _tombstone(ctx, phone)
                taken.append("phone")
    if "personnummer" in applied and person.personnummer == proposed.get("personnummer"):
        person.personnummer = None
        taken.append("personnummer")
    old_address = data.get("old_address")
    if isinstance(old_address, dict) and address_of(person) == {
        **address_of(person),
        **{k: v for k, v in proposed.items() if k in ADDRESS},
    }:  # the approval's address is still the profile's: the one before it comes back
        for name in ADDRESS:
            setattr(person, name, str(old_address.get(name) or ("SE" if name == "country" else "")))
        taken.append("address")
    if item.proposal_state == ProposalState.APPLIED:
        item.proposal_state = ProposalState.PENDING
    return taken


def _tombstone(ctx: CommandContext, row: PersonEmail | PersonPhone) -> None:
    row.deleted_at = ctx.now
    ctx.concern(row)


class RuleParams(Args):
    min_credits: float | None = None
    programs: list[str] | None = None
    year: int | None = None


#: The parameter each kind of rule needs.
PARAM_OF_KIND = {
    AlumniRuleKind.MIN_CREDITS: "min_credits",
    AlumniRuleKind.PROGRAM_IN: "programs",
    AlumniRuleKind.GRADUATED_AFTER: "year",
}


def _check_params_fit(kind: str, params: dict[str, Any]) -> None:
    need = PARAM_OF_KIND.get(AlumniRuleKind(kind))
    if need and params.get(need) in (None, []):
        raise ValidationError(f"a {kind} rule needs params.{need}", field="params")


class AlumniRuleSetArgs(Args):
    rule_id: str
    kind: AlumniRuleKind
    params: RuleParams = RuleParams()
    position: int = 0
    active: bool = True
    description: MultilineText = ""

    @pydantic.model_validator(mode="after")
    def _params_fit_kind(self) -> AlumniRuleSetArgs:
        need = PARAM_OF_KIND.get(self.kind)
        if need and getattr(self.params, need) in (None, []):
            raise ValueError(f"a {self.kind} rule needs params.{need}")
        return self


@register
class AlumniRuleSetV1(SupersededCommand[AlumniRuleSetArgs]):
    """Version 1 of ``alumni.rule_set``: the whole rule."""

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


class RuleFields(Args):
    kind: AlumniRuleKind | None = None
    params: RuleParams | None = None
    position: int | None = None
    active: bool | None = None
    description: MultilineField = pydantic.Field(default=None, max_length=300)


class AlumniRuleEditArgs(FieldEditArgs):
    fields_model = RuleFields
    rule_id: str


_RULE_DEFAULTS: dict[str, Any] = {"params": {}, "position": 0, "active": True, "description": ""}


def _rule_value(field: str, value: Any) -> Any:
    if value is None:
        value = _RULE_DEFAULTS.get(field)
    return dict(value) if field == "params" else value


@register
class AlumniRuleSet(Command[AlumniRuleEditArgs]):
    """Create one of the institution's rules, or change some of its fields (administrators).

    Each change carries the value the user saw: one administrator
    deactivating a rule and another editing its text both apply; two
    changing the same field is a conflict the later one sees. A new rule
    needs its kind and takes every value given.
    """

    name = "alumni.rule_set"
    version = 2
    shape = "field_edit"
    args_model = AlumniRuleEditArgs
    roles = frozenset({Role.ADMIN})

    def run(self, ctx: CommandContext, args: AlumniRuleEditArgs) -> None:
        rule = ctx.session.get(AlumniRule, args.rule_id)
        if rule is None:
            if "kind" not in args.changes or args.changes["kind"].new is None:
                raise ValidationError("A new rule needs its kind", field="changes.kind")
            rule = AlumniRule(id=args.rule_id, **{**_RULE_DEFAULTS, "params": {}})
            ctx.add(rule)
            updates = {f: _rule_value(f, c.new) for f, c in args.changes.items()}
        else:
            rule = ctx.get(AlumniRule, args.rule_id, what="Rule")
            label = rule.description or str(rule.kind)
            updates = merge_changes(
                ctx, rule, args.changes, what=f"the rule {label!r}", normalise=_rule_value
            )
        _check_params_fit(updates.get("kind", rule.kind), updates.get("params", rule.params or {}))
        set_fields(ctx, rule, updates)
