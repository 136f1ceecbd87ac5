"""The password policy (server.services.passwords): one check for the CLI, the API's
set-password page and every new account; each rule named in its refusal."""

from __future__ import annotations

import pytest

from models.errors import ValidationError
from server.services.passwords import check_password, check_repeated, common_passwords


@pytest.mark.parametrize(
    ("password", "rule"),
    [
        (" " * 12, "too_short"),  # eight (or twelve) spaces were a password
        ("kort", "too_short"),
        ("  abcdefgh  ", "too_short"),  # the ends' spaces do not count
        ("x" * 201, "too_long"),
        ("abababababab", "too_simple"),
        ("password123", "common"),
        ("PASSWORD123", "common"),
        ("iloveyou12", "common"),
        ("lösenord123", "common"),
        ("eva.svensson2024", "contains_email"),
        ("Eva.Svensson@Uni.se!", "contains_email"),
    ],
)
def test_weak_passwords_are_refused_naming_the_rule(password: str, rule: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_password(password, email="eva.svensson@uni.se")
    assert refused.value.details == {"field": "password", "rule": rule}
    assert refused.value.message


@pytest.mark.parametrize("password", ["correct horse battery", "kansli-demo", "Tåg till Umeå 7"])
def test_reasonable_passwords_pass(password: str) -> None:
    check_password(password, email="eva.svensson@uni.se")


def test_the_common_list_is_large_and_lower_case() -> None:
    common = common_passwords()
    assert len(common) > 10_000
    assert {"password", "12345678", "qwertyuiop"} <= common


def test_typed_twice_must_match() -> None:
    check_repeated("ett långt lösenord", "ett långt lösenord")
    with pytest.raises(ValidationError) as refused:
        check_repeated("ett långt lösenord", "ett långt lösenor")
    assert refused.value.details["rule"] == "differ"
