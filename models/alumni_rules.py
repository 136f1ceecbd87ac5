"""The institution's rules for automatic alumni approval, evaluated (seed 001).

An :class:`~models.alumni.AlumniRule` row says what must hold for a person
created from an alumni registration to be approved without an officer: a
degree awarded, at least N credits, a program in a list, graduation after a
year. All active rules of a tenant must hold on one and the same student
record; with several records (two programs) one record that satisfies them
all is enough.

Every rule gives a readable reason whether it held or failed, so the alumni
queue can say in one line why an item is there ("No degree found in student
records; credits 87 < 180").

Pure functions over plain values: no I/O except :func:`load_active_rules`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.alumni import AlumniRule, AlumniRuleKind

__all__ = [
    "RuleConfigError",
    "RuleLike",
    "RuleResult",
    "RulesVerdict",
    "StudentRecordLike",
    "check_rule",
    "evaluate_rule",
    "evaluate_rules",
    "format_credits",
    "load_active_rules",
]

#: Reason of a verdict when the tenant has no active rule: nothing may be approved
#: automatically by rules that nobody set up.
NO_RULES_REASON = "No rules for automatic approval are configured"
NO_RECORD_REASON = "No student record found"


class StudentRecordLike(Protocol):
    """What the rules read of a student record (ORM row or adapter value alike)."""

    @property
    def program_code(self) -> str: ...

    @property
    def program_name(self) -> str: ...

    @property
    def degree(self) -> str | None: ...

    @property
    def credits(self) -> float: ...

    @property
    def graduation_year(self) -> int | None: ...


class RuleLike(Protocol):
    """What the evaluator reads of a rule (an ``AlumniRule`` row or a test value)."""

    @property
    def kind(self) -> str: ...

    @property
    def params(self) -> dict[str, Any]: ...


class RuleConfigError(ValueError):
    """A rule cannot be evaluated as configured (unknown kind, missing parameter).

    This is an error of the tenant's configuration, not of the registration:
    processing treats it as a technical error, so the registration stays
    ``received`` and is checked again once an administrator fixes the rule.
    """


@dataclass(frozen=True)
class RuleResult:
    """One rule on one record: did it hold, and why, in words."""

    kind: str
    held: bool
    reason: str
    rule_id: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "held": self.held,
            "reason": self.reason,
            "rule_id": self.rule_id,
        }


@dataclass(frozen=True)
class RulesVerdict:
    """All active rules against a person's student records.

    ``record_index`` is the index of the record the results are about (the
    one that satisfied every rule, or else the one that came closest), or
    None when there was no record to look at.
    """

    held: bool
    results: tuple[RuleResult, ...]
    reason: str
    record_index: int | None

    def as_json(self) -> list[dict[str, Any]]:
        return [r.as_json() for r in self.results]


def format_credits(value: float) -> str:
    """Credits as a person writes them: ``87``, ``7.5``, ``182.5``."""
    if math.isfinite(value) and value == int(value):
        return str(int(value))
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _number_param(rule: RuleLike, name: str) -> float:
    value = rule.params.get(name) if isinstance(rule.params, Mapping) else None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise RuleConfigError(f"The {rule.kind} rule needs a number in params.{name}")
    return float(value)


def _year_param(rule: RuleLike) -> int:
    value = rule.params.get("year") if isinstance(rule.params, Mapping) else None
    if isinstance(value, bool) or not isinstance(value, int):
        raise RuleConfigError(f"The {rule.kind} rule needs a whole year in params.year")
    return value


def _programs_param(rule: RuleLike) -> list[str]:
    value = rule.params.get("programs") if isinstance(rule.params, Mapping) else None
    if not isinstance(value, list) or not value or not all(isinstance(p, str) for p in value):
        raise RuleConfigError(f"The {rule.kind} rule needs a list of programs in params.programs")
    return [p.strip() for p in value if p.strip()]


def _rule_id(rule: RuleLike) -> str | None:
    value = getattr(rule, "id", None)
    return value if isinstance(value, str) else None


def check_rule(rule: RuleLike) -> None:
    """Raise RuleConfigError when ``rule`` cannot be evaluated as configured."""
    kind = rule.kind
    if kind == AlumniRuleKind.DEGREE_AWARDED:
        return
    if kind == AlumniRuleKind.MIN_CREDITS:
        _number_param(rule, "min_credits")
    elif kind == AlumniRuleKind.PROGRAM_IN:
        _programs_param(rule)
    elif kind == AlumniRuleKind.GRADUATED_AFTER:
        _year_param(rule)
    else:
        raise RuleConfigError(f"Unknown kind of alumni rule: {kind!r}")


def evaluate_rule(rule: RuleLike, record: StudentRecordLike | None) -> RuleResult:
    """Evaluate one rule against one student record (None: no record at all).

    Raises:
        RuleConfigError: the rule's kind or parameters are not usable.
    """
    check_rule(rule)
    kind = str(rule.kind)
    rid = _rule_id(rule)
    if record is None:
        return RuleResult(kind, False, NO_RECORD_REASON, rid)

    if kind == AlumniRuleKind.DEGREE_AWARDED:
        degree = (record.degree or "").strip()
        if degree:
            return RuleResult(kind, True, f"degree awarded: {degree}", rid)
        return RuleResult(kind, False, "No degree found in student records", rid)

    if kind == AlumniRuleKind.MIN_CREDITS:
        need = _number_param(rule, "min_credits")
        have = float(record.credits or 0.0)
        if have >= need:
            return RuleResult(
                kind, True, f"credits {format_credits(have)} ≥ {format_credits(need)}", rid
            )
        return RuleResult(
            kind, False, f"credits {format_credits(have)} < {format_credits(need)}", rid
        )

    if kind == AlumniRuleKind.PROGRAM_IN:
        programs = _programs_param(rule)
        wanted = {p.casefold() for p in programs}
        code, name = record.program_code.strip(), record.program_name.strip()
        shown = code or name
        if not shown:
            return RuleResult(kind, False, "No program found in student records", rid)
        if code.casefold() in wanted or (name and name.casefold() in wanted):
            return RuleResult(kind, True, f"program {shown} is in the list", rid)
        return RuleResult(kind, False, f"program {shown} not in {', '.join(programs)}", rid)

    # AlumniRuleKind.GRADUATED_AFTER: "after Y" means Y + 1 or later.
    year = _year_param(rule)
    grad = record.graduation_year
    if grad is None:
        return RuleResult(kind, False, "No graduation year found in student records", rid)
    if grad > year:
        return RuleResult(kind, True, f"graduated {grad}, after {year}", rid)
    return RuleResult(kind, False, f"graduated {grad}, not after {year}", rid)


def _join(results: Sequence[RuleResult]) -> str:
    text = "; ".join(r.reason for r in results)
    return text[:1].upper() + text[1:]


def evaluate_rules(rules: Sequence[RuleLike], records: Sequence[StudentRecordLike]) -> RulesVerdict:
    """Evaluate every rule against each record; held if one record satisfies them all.

    The reason of a verdict that held lists every rule's reason; of one that
    failed, only the reasons that failed, for the record that came closest.
    No rules means no automatic approval (nobody decided what qualifies).

    Raises:
        RuleConfigError: a rule's kind or parameters are not usable (checked
            for every rule, also when there is no record).
    """
    for rule in rules:
        check_rule(rule)
    if not rules:
        return RulesVerdict(False, (), NO_RULES_REASON, None)
    if not records:
        results = tuple(evaluate_rule(r, None) for r in rules)
        return RulesVerdict(False, results, NO_RECORD_REASON, None)

    best: tuple[int, tuple[RuleResult, ...]] | None = None
    for index, record in enumerate(records):
        results = tuple(evaluate_rule(r, record) for r in rules)
        if all(r.held for r in results):
            return RulesVerdict(True, results, _join(results), index)
        held = sum(r.held for r in results)
        if best is None or held > sum(r.held for r in best[1]):
            best = (index, results)
    assert best is not None
    index, results = best
    return RulesVerdict(False, results, _join([r for r in results if not r.held]), index)


def load_active_rules(session: Session, tenant_id: str) -> list[AlumniRule]:
    """The tenant's active, live rules in their configured order."""
    return list(
        session.execute(
            select(AlumniRule)
            .where(
                AlumniRule.tenant_id == tenant_id,
                AlumniRule.active.is_(True),
                AlumniRule.deleted_at.is_(None),
            )
            .order_by(AlumniRule.position, AlumniRule.id)
        ).scalars()
    )
