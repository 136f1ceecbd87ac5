"""The password policy: one check used by the command line, the API and the
set-password page.

A password is refused when it is shorter than :data:`MIN_PASSWORD_LENGTH`
characters (not counting leading and trailing spaces), longer than
:data:`MAX_PASSWORD_LENGTH`, made of whitespace or of one repeated character,
equal to or containing the e-mail address's local part (or the address), or one
of the common passwords in ``common_passwords.json`` (about 11,600 of 8 or more
characters, from zxcvbn's frequency list, compared without regard to case).
Each refusal is a :class:`ValidationError` with ``field`` "password" and a
``rule`` naming the rule broken, and a message saying it.
"""

from __future__ import annotations

import json
from functools import cache

from models.bundle import data_path
from models.errors import ValidationError

MIN_PASSWORD_LENGTH = 10
#: argon2 hashes anything, but a megabyte-long "password" is an attack on the CPU.
MAX_PASSWORD_LENGTH = 200
_LIST = data_path("server", "services", "common_passwords.json")


@cache
def common_passwords() -> frozenset[str]:
    """The refused common passwords, lower case."""
    data = json.loads(_LIST.read_text(encoding="utf-8"))
    return frozenset(p.casefold() for p in data["passwords"])


def _rule(rule: str, error: ValidationError) -> ValidationError:
    error.details["rule"] = rule
    return error


def check_password(password: str, *, email: str = "") -> None:
    """Raise ValidationError (``details["rule"]`` names the rule) if ``password`` is weak."""
    core = password.strip()
    if len(core) < MIN_PASSWORD_LENGTH:
        raise _rule(
            "too_short",
            ValidationError(
                "The password must have at least {count} characters "
                "(spaces at the ends do not count)",
                field="password",
                params={"count": MIN_PASSWORD_LENGTH},
            ),
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise _rule(
            "too_long",
            ValidationError(
                "The password must have at most {count} characters",
                field="password",
                params={"count": MAX_PASSWORD_LENGTH},
            ),
        )
    if len(set(core)) < 3:
        raise _rule(
            "too_simple",
            ValidationError(
                "The password must have at least three different characters", field="password"
            ),
        )
    folded = core.casefold()
    address = email.strip().casefold()
    local = address.partition("@")[0]
    if address and (address in folded or (len(local) >= 3 and local in folded)):
        raise _rule(
            "contains_email",
            ValidationError("The password must not contain your e-mail address", field="password"),
        )
    if folded in common_passwords() or " ".join(folded.split()) in common_passwords():
        raise _rule(
            "common",
            ValidationError(
                "This password is one of the most common ones; choose another", field="password"
            ),
        )


def check_repeated(password: str, again: str) -> None:
    """Raise ValidationError unless the password was typed the same twice."""
    if password != again:
        raise _rule("differ", ValidationError("The two passwords differ", field="password_again"))
