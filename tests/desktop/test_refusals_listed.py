"""Every refusal the models can give a clerk is shown in the clerk's language: each literal
message a model or command raises (ValidationError, TransitionError, ConflictError,
PermissionDenied, NotFoundError) is listed for translation in desktop.common.domain_text,
or named here as an invariant no clerk's action can break."""

from __future__ import annotations

import ast
from pathlib import Path

import models
import models.errors
from desktop.common.domain_text import REFUSALS, TEMPLATES

#: Refusals of invariants: the code's own mistakes, never a clerk's input (a test elsewhere
#: proves each); shown in English if they ever happen, like any other internal error.
INVARIANTS = frozenset(
    {
        "Arguments must be a JSON object",
        "A transaction has postings",
        "Amounts are whole öre",
        "A transaction's postings must sum to zero (they sum to {sum} öre)",
        "A payment is a positive amount",
        "A payment comes by bank or card",
        "A refund is a positive amount",
        "A refund goes by bank or card",
        "A refund pays a refund due or a credit balance",
        "A fee is not negative",
        "A reminder's fee and interest are not negative",
        "What was paid must be between 0 and what was charged",
        "Two discounts of a price list have the same id",
        "A credit balance is never negative",
        "The values of {event} cannot be computed from a row",
        "Registration not found",
        "Agent order not found",
        "Course round not found",
        "Personnummer is not in the stored form of 12 digits (YYYYMMDDNNNC)",
        "holds more than {limit} values",
        "is nested more than {limit} levels deep",
        "No such purpose",
        "A voucher's lines must sum to zero (they sum to {sum} öre)",
    }
)

_ERRORS = {
    name
    for name in dir(models.errors)
    if isinstance(getattr(models.errors, name), type)
    and issubclass(getattr(models.errors, name), Exception)
}


def _raised() -> dict[str, str]:
    """Each literal refusal raised under models/ -> where (file:line)."""
    found: dict[str, str] = {}
    root = Path(models.__file__).parent
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            name = getattr(func, "id", None) or getattr(func, "attr", None)
            first = node.exc.args[0] if node.exc.args else None
            if name in _ERRORS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, f"{path.relative_to(root.parent)}:{node.lineno}")
    return found


def test_the_scan_finds_the_models_refusals() -> None:
    raised = _raised()
    assert "A course cannot require itself" in raised
    assert "A transaction has postings" in raised
    assert len(raised) > 100


def test_every_refusal_a_clerk_can_meet_is_listed_for_translation() -> None:
    listed = set(TEMPLATES) | set(REFUSALS)
    missing = {
        message: where
        for message, where in _raised().items()
        if message not in listed and message not in INVARIANTS
    }
    assert missing == {}, "list these in desktop/common/domain_text.py REFUSALS (with Swedish)"


def test_no_invariant_is_listed_or_stale() -> None:
    raised = _raised()
    assert set(raised) >= INVARIANTS, INVARIANTS - set(raised)
    assert not INVARIANTS & (set(TEMPLATES) | set(REFUSALS))
