"""The institution's rules for automatic approval, with a readable reason for each."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from models.alumni_rules import (
    NO_RECORD_REASON,
    NO_RULES_REASON,
    RuleConfigError,
    evaluate_rule,
    evaluate_rules,
    format_credits,
)
from server.services.alumni.student_records import StudentRecordData


@dataclass
class Rule:
    kind: str
    params: dict[str, Any] = field(default_factory=dict)


DEGREE = Rule("degree_awarded")
CREDITS_180 = Rule("min_credits", {"min_credits": 180})
NURSING_OR_MEDICINE = Rule("program_in", {"programs": ["SSY", "Läkarprogrammet"]})
AFTER_2010 = Rule("graduated_after", {"year": 2010})


def record(**fields: Any) -> StudentRecordData:
    values: dict[str, Any] = {
        "program_code": "SSY",
        "program_name": "Sjuksköterskeprogrammet",
        "degree": "Sjuksköterskeexamen",
        "credits": 180.0,
        "graduation_year": 2012,
    }
    values.update(fields)
    return StudentRecordData(**values)


def test_the_queue_reason_names_every_failed_rule_in_one_line() -> None:
    verdict = evaluate_rules([DEGREE, CREDITS_180], [record(degree=None, credits=87.0)])

    assert not verdict.held
    assert verdict.reason == "No degree found in student records; credits 87 < 180"
    assert [(r.kind, r.held) for r in verdict.results] == [
        ("degree_awarded", False),
        ("min_credits", False),
    ]


def test_every_rule_kind_holds_with_its_reason() -> None:
    verdict = evaluate_rules(
        [DEGREE, CREDITS_180, NURSING_OR_MEDICINE, AFTER_2010], [record(credits=182.5)]
    )

    assert verdict.held
    assert [r.reason for r in verdict.results] == [
        "degree awarded: Sjuksköterskeexamen",
        "credits 182.5 ≥ 180",
        "program SSY is in the list",
        "graduated 2012, after 2010",
    ]
    assert verdict.reason.startswith("Degree awarded: Sjuksköterskeexamen; credits 182.5 ≥ 180")


@pytest.mark.parametrize(
    ("rule", "rec", "reason"),
    [
        (DEGREE, record(degree="  "), "No degree found in student records"),
        (CREDITS_180, record(credits=179.9), "credits 179.9 < 180"),
        (
            NURSING_OR_MEDICINE,
            record(program_code="EKO", program_name="Ekonomi"),
            "program EKO not in SSY, Läkarprogrammet",
        ),
        (
            NURSING_OR_MEDICINE,
            record(program_code="", program_name=""),
            "No program found in student records",
        ),
        (AFTER_2010, record(graduation_year=2010), "graduated 2010, not after 2010"),
        (AFTER_2010, record(graduation_year=None), "No graduation year found in student records"),
    ],
)
def test_each_rule_kind_fails_with_a_reason_saying_why(
    rule: Rule, rec: StudentRecordData, reason: str
) -> None:
    result = evaluate_rule(rule, rec)

    assert (result.held, result.reason) == (False, reason)


def test_program_list_matches_code_or_name_ignoring_case() -> None:
    by_name = record(program_code="LAK", program_name="läkarprogrammet")
    by_code = record(program_code="ssy", program_name="")

    assert evaluate_rule(NURSING_OR_MEDICINE, by_name).held
    assert evaluate_rule(NURSING_OR_MEDICINE, by_code).held


def test_min_credits_holds_at_exactly_the_limit() -> None:
    assert evaluate_rule(CREDITS_180, record(credits=180.0)).reason == "credits 180 ≥ 180"


def test_one_record_must_satisfy_every_rule_on_its_own() -> None:
    degree_only = record(program_code="A", degree="Kandidatexamen", credits=90.0)
    credits_only = record(program_code="B", degree=None, credits=200.0)

    verdict = evaluate_rules([DEGREE, CREDITS_180], [degree_only, credits_only])

    assert not verdict.held  # two half records do not make an alumnus


def test_the_record_that_satisfies_the_rules_is_the_one_reported() -> None:
    unfinished = record(program_code="EKO", degree=None, credits=60.0)
    finished = record(program_code="SSY")

    verdict = evaluate_rules([DEGREE, CREDITS_180], [unfinished, finished])

    assert verdict.held and verdict.record_index == 1


def test_a_failed_verdict_reports_the_record_that_came_closest() -> None:
    far = record(program_code="EKO", degree=None, credits=10.0)
    close = record(program_code="SSY", degree="Sjuksköterskeexamen", credits=150.0)

    verdict = evaluate_rules([DEGREE, CREDITS_180], [far, close])

    assert (verdict.held, verdict.record_index) == (False, 1)
    assert verdict.reason == "Credits 150 < 180"


def test_without_records_every_rule_fails_for_want_of_a_record() -> None:
    verdict = evaluate_rules([DEGREE, CREDITS_180], [])

    assert (verdict.held, verdict.reason) == (False, NO_RECORD_REASON)
    assert all(r.reason == NO_RECORD_REASON and not r.held for r in verdict.results)


def test_without_rules_nothing_is_approved_automatically() -> None:
    verdict = evaluate_rules([], [record()])

    assert (verdict.held, verdict.reason, verdict.results) == (False, NO_RULES_REASON, ())


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (Rule("min_credits", {}), "needs a number in params.min_credits"),
        (Rule("min_credits", {"min_credits": "180"}), "needs a number in params.min_credits"),
        (Rule("program_in", {"programs": []}), "needs a list of programs in params.programs"),
        (Rule("graduated_after", {"year": 2010.5}), "needs a whole year in params.year"),
        (Rule("lives_in_sweden"), "Unknown kind of alumni rule: 'lives_in_sweden'"),
    ],
)
def test_a_misconfigured_rule_is_a_configuration_error_not_a_failed_rule(
    rule: Rule, message: str
) -> None:
    with pytest.raises(RuleConfigError, match=message):
        evaluate_rules([DEGREE, rule], [record()])
    with pytest.raises(RuleConfigError):
        evaluate_rules([rule], [])  # checked even when there is nothing to check against


@pytest.mark.parametrize(
    ("value", "text"), [(87.0, "87"), (7.5, "7.5"), (182.75, "182.8"), (0.0, "0"), (300, "300")]
)
def test_credits_are_shown_as_people_write_them(value: float, text: str) -> None:
    assert format_credits(value) == text
