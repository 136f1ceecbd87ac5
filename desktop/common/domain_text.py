"""The domain's refusals in the user's language.

A :class:`models.errors.DomainError` carries its English template and the values
that fill it (``"Personnummer has a year of birth before {year}"``,
``{"year": 1800}``); the desktop translates the template and fills in the values,
as the server's pages do with their catalog. The rule and its words live once, in
``models/`` (:func:`models.validators.normalize_person_field` and the identifiers'
checks); this module only lists the templates for lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.i18n import QT_TRANSLATE_NOOP
from models.errors import DomainError

CONTEXT = "Validation"

#: The templates of the checks the desktop runs as the user types: person fields,
#: personnummer, e-mail addresses, phone numbers and one-line text
#: (``tests/desktop/test_domain_text.py`` keeps this list complete).
TEMPLATES = (
    QT_TRANSLATE_NOOP("Validation", "Must not be empty"),
    QT_TRANSLATE_NOOP("Validation", "Two letters, such as SE"),
    QT_TRANSLATE_NOOP("Validation", "Letters and digits only, such as 123 45"),
    QT_TRANSLATE_NOOP("Validation", "Write the date as YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("Validation", "Personnummer is empty"),
    QT_TRANSLATE_NOOP("Validation", "Personnummer may contain only digits and a - or + separator"),
    QT_TRANSLATE_NOOP("Validation", "Personnummer has more than one separator"),
    QT_TRANSLATE_NOOP("Validation", "Personnummer must have 10 or 12 digits"),
    QT_TRANSLATE_NOOP(
        "Validation", "Personnummer must have the separator just before the last four digits"
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "Personnummer with a four-digit year cannot have a + separator; use -"
    ),
    QT_TRANSLATE_NOOP("Validation", "Personnummer does not contain a valid date of birth"),
    QT_TRANSLATE_NOOP("Validation", "Personnummer has a year of birth before {year}"),
    QT_TRANSLATE_NOOP("Validation", "Personnummer has a date of birth in the future"),
    QT_TRANSLATE_NOOP("Validation", "Personnummer has a wrong check digit"),
    QT_TRANSLATE_NOOP("Validation", "E-mail address is empty"),
    QT_TRANSLATE_NOOP("Validation", "E-mail address must not contain spaces"),
    QT_TRANSLATE_NOOP("Validation", "E-mail address is longer than {limit} characters"),
    QT_TRANSLATE_NOOP("Validation", "E-mail address has no @"),
    QT_TRANSLATE_NOOP("Validation", "E-mail address has more than one @"),
    QT_TRANSLATE_NOOP("Validation", "E-mail address has nothing before the @"),
    QT_TRANSLATE_NOOP("Validation", "E-mail address has no domain after the @"),
    QT_TRANSLATE_NOOP(
        "Validation", "E-mail address must have a dot in the domain (as in name@example.se)"
    ),
    QT_TRANSLATE_NOOP("Validation", "E-mail address has a misplaced dot in the domain"),
    QT_TRANSLATE_NOOP("Validation", "E-mail address is not valid: {reason}"),
    QT_TRANSLATE_NOOP("Validation", "Phone number is empty"),
    QT_TRANSLATE_NOOP("Validation", "Phone number may have a + only at the start"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "Phone number may contain only digits, spaces, dashes, parentheses and a leading +",
    ),
    QT_TRANSLATE_NOOP("Validation", "Phone number has no digits"),
    QT_TRANSLATE_NOOP("Validation", "Phone number must have a country code after + or 00"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "International phone number must have {low} to {high} digits including the country code",
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "Phone number must start with 0, or with + or 00 and a country code"
    ),
    QT_TRANSLATE_NOOP("Validation", "Phone number has a 0 too many after the country code +46"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "Swedish phone number is too short: it must have 8 to 10 digits including the leading 0",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "Swedish phone number is too long: it must have 8 to 10 digits including the leading 0",
    ),
    QT_TRANSLATE_NOOP("Validation", "contains an invisible control character ({code})"),
    QT_TRANSLATE_NOOP("Validation", "must be on one line"),
)


def error_text(exc: DomainError) -> str:
    """``exc``'s message in the user's language (English when its template is not listed)."""
    template = QCoreApplication.translate(CONTEXT, exc.template)
    return template.format(**exc.params) if exc.params else template
