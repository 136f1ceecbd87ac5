"""The domain's refusals in the user's language.

A :class:`models.errors.DomainError` carries its English template and the values
that fill it (``"Personnummer has a year of birth before {year}"``,
``{"year": 1800}``); the desktop translates the template and fills in the values,
as the server's pages do with their catalog. The rule and its words live once, in
``models/`` (:func:`models.validators.normalize_person_field` and the identifiers'
checks); this module only lists the templates for lupdate.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.service_desk.labels import status_text as case_status_text
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


#: Refusals of commands a clerk meets in the sync issues list (``models/commands``,
#: ``models/courses.py``, ``models/alumni.py``): the server sends them in English, the
#: desktop shows them in the user's language.
REFUSALS = (
    QT_TRANSLATE_NOOP("Validation", "A category named {name} exists already"),
    QT_TRANSLATE_NOOP("Validation", "{name} is archived: restore it instead"),
    QT_TRANSLATE_NOOP(
        "Validation", "{name} is given by the alumni processing and cannot be archived"
    ),
    QT_TRANSLATE_NOOP("Validation", "A category name needs a letter or a digit"),
    QT_TRANSLATE_NOOP("Validation", "The registration is cancelled"),
    QT_TRANSLATE_NOOP("Validation", "Write the internal note"),
    QT_TRANSLATE_NOOP("Validation", "This note was already withdrawn by {by} on {day}"),
    QT_TRANSLATE_NOOP("Validation", "The registration is not approved"),
    QT_TRANSLATE_NOOP("Validation", "A Swedish postal code has five digits, such as 123 45"),
    QT_TRANSLATE_NOOP("Validation", "A postal code has at most ten characters"),
    QT_TRANSLATE_NOOP("Validation", "The registration has not been checked automatically yet"),
    QT_TRANSLATE_NOOP("Validation", "The registration is in the manual queue; nothing to reverse"),
    QT_TRANSLATE_NOOP("Validation", "The registration proposes nothing to review"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "{name} already has the proposed personnummer: merge the two profiles"
        " or discard the proposal",
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "The registration is in the manual queue; approve or deny it instead"
    ),
    QT_TRANSLATE_NOOP("Validation", "The membership is already terminated"),
    QT_TRANSLATE_NOOP("Validation", "Give a reason for the denial"),
    QT_TRANSLATE_NOOP("Validation", "Give a reason for reversing the decision"),
    QT_TRANSLATE_NOOP(
        "Validation", "An automatic decision cannot be reversed; only an officer's decision can"
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "The alumnus has terminated the membership; the decision cannot be reversed"
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "The person was merged or removed since; the decision cannot be reversed"
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A later registration was approved on this membership; the decision cannot be reversed",
    ),
    QT_TRANSLATE_NOOP("Validation", "Only an administrator may remove an approval"),
    QT_TRANSLATE_NOOP("Validation", "The round ends before it starts"),
    QT_TRANSLATE_NOOP("Validation", "The terms must be accepted"),
    QT_TRANSLATE_NOOP("Validation", "{round} is cancelled"),
    QT_TRANSLATE_NOOP("Validation", "{person} already has {address}"),
    QT_TRANSLATE_NOOP("Validation", "Registration already approved by {email} on {day}"),
    QT_TRANSLATE_NOOP("Validation", "Already {status} by {by} at {when}"),
    QT_TRANSLATE_NOOP("Validation", "A choice element needs at least one option"),
    QT_TRANSLATE_NOOP("Validation", "Only a choice element has options"),
    QT_TRANSLATE_NOOP("Validation", "The options must differ from each other"),
    QT_TRANSLATE_NOOP("Validation", "Option {number} is empty"),
    QT_TRANSLATE_NOOP("Validation", "Option {number} is longer than 200 characters"),
    QT_TRANSLATE_NOOP("Validation", "A new rule needs its kind"),
    QT_TRANSLATE_NOOP("Validation", "A sign-up form cannot move to another round"),
    QT_TRANSLATE_NOOP("Validation", "is out of range"),
    QT_TRANSLATE_NOOP("Validation", "must be a finite number"),
    QT_TRANSLATE_NOOP("Validation", "Organisationsnummer is empty"),
    QT_TRANSLATE_NOOP("Validation", "Organisationsnummer may contain only digits and a -"),
    QT_TRANSLATE_NOOP("Validation", "Organisationsnummer has more than one -"),
    QT_TRANSLATE_NOOP("Validation", "Organisationsnummer must have 10 digits"),
    QT_TRANSLATE_NOOP("Validation", "Organisationsnummer has a wrong check digit"),
    QT_TRANSLATE_NOOP("Validation", "The session ends before it starts"),
    QT_TRANSLATE_NOOP("Validation", "A session with an end time needs a start time"),
    QT_TRANSLATE_NOOP(
        "Validation", "The session is on {day}, outside the round's dates ({starts} to {ends})"
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "Sessions outside these dates: {count}, the first on {day}; move or remove them first",
    ),
    QT_TRANSLATE_NOOP("Validation", "A session needs its day"),
    QT_TRANSLATE_NOOP("Validation", "Write the time as HH:MM, such as 09:30"),
    QT_TRANSLATE_NOOP("Validation", "Your roles do not allow changing a user's contacts"),
    QT_TRANSLATE_NOOP("Validation", "An organisation named {name} already exists"),
    QT_TRANSLATE_NOOP("Validation", "An organisation with the number {number} already exists"),
    QT_TRANSLATE_NOOP("Validation", "This organisation is a customer already"),
    # person.erase (issue 23)
    QT_TRANSLATE_NOOP(
        "Validation", "This person was merged into another: erase that person instead"
    ),
    QT_TRANSLATE_NOOP("Validation", "This person is erased: their data cannot be filled in again"),
    QT_TRANSLATE_NOOP("Validation", "This person has a staff account: remove the account first"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This person has an open balance (an unpaid invoice, credit or money owed back):"
        " settle it first",
    ),
    QT_TRANSLATE_NOOP("Validation", "A customer with the number {number} already exists"),
    QT_TRANSLATE_NOOP("Validation", "The contract ends before it starts"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A brace has no pair: write a placeholder as {example} and a brace as {braces}",
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "{placeholder} is not a placeholder: write a placeholder as {example}"
    ),
    QT_TRANSLATE_NOOP("Validation", "{placeholder} is not a value of {event}: use one of {known}"),
    QT_TRANSLATE_NOOP("Validation", "{event} is not an event type of Kansli"),
    QT_TRANSLATE_NOOP(
        "Validation", "The template {name} was published as version {version} meanwhile"
    ),
    QT_TRANSLATE_NOOP("Validation", "The template {name} has no changes to publish"),
    QT_TRANSLATE_NOOP("Validation", "A template needs a subject or an SMS text"),
    QT_TRANSLATE_NOOP("Validation", "An e-mail needs its text"),
    QT_TRANSLATE_NOOP(
        "Validation", "The template {name} is made for {template_event}, not for {event}"
    ),
    QT_TRANSLATE_NOOP("Validation", "A binding for the whole tenant names no row"),
    QT_TRANSLATE_NOOP("Validation", "Choose what the binding is for"),
    QT_TRANSLATE_NOOP("Validation", "A course cannot require itself"),
    QT_TRANSLATE_NOOP(
        "Validation", "{required} already requires {course}, directly or through other courses"
    ),
    QT_TRANSLATE_NOOP("Validation", "{course} already requires {required}"),
    QT_TRANSLATE_NOOP("Validation", "The registration waits for review: accept or decline it"),
    QT_TRANSLATE_NOOP("Validation", "The registration does not wait for review"),
    QT_TRANSLATE_NOOP("Validation", "Choose an attestant"),
    QT_TRANSLATE_NOOP("Validation", "The one who ordered an order may not also attest it"),
    QT_TRANSLATE_NOOP("Validation", "Give a reason for the rejection"),
    QT_TRANSLATE_NOOP("Validation", "Give a reason for declining"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "You approved this order as case handler in this session; sign out and sign in again to attest it",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Validation", "Name the category or round the rule is for"),
    QT_TRANSLATE_NOOP("Validation", "A rule for the whole tenant names no scope"),
    QT_TRANSLATE_NOOP("Validation", "This scope already has a price rule: edit that one"),
    QT_TRANSLATE_NOOP(
        "Validation", "The cancellation terms of {round} were changed meanwhile (version {theirs})"
    ),
    QT_TRANSLATE_NOOP("Validation", "A membership ends before it starts"),
    QT_TRANSLATE_NOOP("Validation", "The refund less the fee ends before the full refund does"),
    QT_TRANSLATE_NOOP("Validation", "Registration closes before it opens"),
    QT_TRANSLATE_NOOP(
        "Validation", "Changed terms need a new version, so earlier consents keep theirs"
    ),
    QT_TRANSLATE_NOOP("Validation", "A participant is not their own partner"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "The banner must be an http(s) address of an image, as in https://example.se/b.png",
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "Only the approving manager element can require confirmation by e-mail"
    ),
    QT_TRANSLATE_NOOP("Validation", "A question cannot go after itself"),
    QT_TRANSLATE_NOOP("Validation", "The questions are on different sign-up forms"),
    QT_TRANSLATE_NOOP(
        "Validation", "The registration has no approving manager with an e-mail address"
    ),
    QT_TRANSLATE_NOOP("Validation", "The registration is already on the waiting list"),
    QT_TRANSLATE_NOOP("Validation", "The registration is not on the waiting list"),
    QT_TRANSLATE_NOOP(
        "Validation", "Only a registration on the waiting list can be offered a place"
    ),
    QT_TRANSLATE_NOOP("Validation", "The registration has no offered place to accept"),
    QT_TRANSLATE_NOOP("Validation", "OCR reference is empty"),
    QT_TRANSLATE_NOOP("Validation", "OCR reference may contain only digits"),
    QT_TRANSLATE_NOOP("Validation", "OCR reference has a wrong check digit"),
    QT_TRANSLATE_NOOP(
        "Validation", "OCR reference has a wrong length digit (the second last digit)"
    ),
    QT_TRANSLATE_NOOP("Validation", "Bankgiro number is empty"),
    QT_TRANSLATE_NOOP("Validation", "Bankgiro number may contain only digits and a -"),
    QT_TRANSLATE_NOOP("Validation", "Bankgiro number has more than one -"),
    QT_TRANSLATE_NOOP("Validation", "Bankgiro number must have 7 or 8 digits"),
    QT_TRANSLATE_NOOP(
        "Validation", "Bankgiro number must have the - just before the last four digits"
    ),
    QT_TRANSLATE_NOOP("Validation", "Bankgiro number has a wrong check digit"),
    QT_TRANSLATE_NOOP(
        "Validation", "Organisationsnummer must have the - just before the last four digits"
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "Organisationsnummer must have 20 or more as third and fourth digits (this looks like a personnummer)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Validation", "Organisationsnummer with 12 digits must start with 16"),
    QT_TRANSLATE_NOOP("Validation", "A discount is either an amount or a percentage"),
    QT_TRANSLATE_NOOP("Validation", "A discount's amount must be between 0 and {most} öre"),
    QT_TRANSLATE_NOOP("Validation", "A discount's percentage must be between 0 and 100"),
    QT_TRANSLATE_NOOP("Validation", "An early-booking discount needs its last day"),
    QT_TRANSLATE_NOOP("Validation", "A discount's validity ends before it starts"),
    QT_TRANSLATE_NOOP("Validation", "A price must be between 0 and {most} öre"),
    QT_TRANSLATE_NOOP("Validation", "A VAT rate must be between 0 and 100 %"),
    QT_TRANSLATE_NOOP("Validation", "An administrative fee must be between 0 and {most} öre"),
    QT_TRANSLATE_NOOP("Validation", "An account is four digits (BAS)"),
    QT_TRANSLATE_NOOP("Validation", "An object code is one line without edge spaces"),
    QT_TRANSLATE_NOOP(
        "Validation", "This purpose already has an account for this scope: edit that one"
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "A VAT code is the two-digit box of the VAT return (e.g. 05 or 10)"
    ),
    QT_TRANSLATE_NOOP("Validation", "An object has a code"),
    QT_TRANSLATE_NOOP("Validation", "An object has a name"),
    QT_TRANSLATE_NOOP("Validation", "There is already an object with this code: edit that one"),
    QT_TRANSLATE_NOOP("Validation", "No such cost centre: {code}"),
    QT_TRANSLATE_NOOP("Validation", "No such project: {code}"),
    QT_TRANSLATE_NOOP("Validation", "A rule set has a name"),
    QT_TRANSLATE_NOOP("Validation", "A number of zero or more"),
    QT_TRANSLATE_NOOP("Validation", "At least one participant"),
    QT_TRANSLATE_NOOP("Validation", "The highest age is below the lowest"),
    QT_TRANSLATE_NOOP("Validation", "The most participants counted is below the fewest needed"),
    QT_TRANSLATE_NOOP("Validation", "No such way of counting a day"),
    QT_TRANSLATE_NOOP("Validation", "There is already a rule set with this name: edit that one"),
    QT_TRANSLATE_NOOP(
        "Validation", "An account mapping names this object: change that mapping first"
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "An object is a cost centre (dimension 1) or a project (dimension 6)"
    ),
    QT_TRANSLATE_NOOP("Validation", "No such kind of voucher: {kind}"),
    QT_TRANSLATE_NOOP("Validation", "A voucher series is one letter A-Z ({kind})"),
    QT_TRANSLATE_NOOP(
        "Validation", "The accounting settings were changed meanwhile (version {theirs})"
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "The payment settings were changed meanwhile (version {theirs})"
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "Set the Bankgiro number before a reminder fee: invoices need it"
    ),
    QT_TRANSLATE_NOOP("Validation", "OCR reference carries no number"),
    # The check-in and the MRZ (issue 19).
    QT_TRANSLATE_NOOP(
        "Validation",
        "Not the machine-readable zone of an ID card (3 lines of 30) or a passport (2 of 44)",
    ),
    QT_TRANSLATE_NOOP("Validation", "The machine-readable zone may hold only A-Z, 0-9 and <"),
    QT_TRANSLATE_NOOP("Validation", "The document number's check digit does not match"),
    QT_TRANSLATE_NOOP("Validation", "The birth date's check digit does not match"),
    QT_TRANSLATE_NOOP("Validation", "The expiry date's check digit does not match"),
    QT_TRANSLATE_NOOP("Validation", "The personal number's check digit does not match"),
    QT_TRANSLATE_NOOP("Validation", "The composite check digit does not match"),
    QT_TRANSLATE_NOOP("Validation", "The machine-readable zone's country code is not letters"),
    QT_TRANSLATE_NOOP("Validation", "The machine-readable zone's sex is not M, F or <"),
    QT_TRANSLATE_NOOP("Validation", "The birth date in the machine-readable zone is not a date"),
    QT_TRANSLATE_NOOP("Validation", "The expiry date in the machine-readable zone is not a date"),
    QT_TRANSLATE_NOOP(
        "Validation", "The personnummer in the machine-readable zone does not match its birth date"
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "This document has no Swedish personnummer: type it or scan the card"
    ),
    QT_TRANSLATE_NOOP("Validation", "The check-in's session was not found"),
    QT_TRANSLATE_NOOP("Validation", "Already checked in at {time}"),
    QT_TRANSLATE_NOOP("Validation", "Already marked present"),
    QT_TRANSLATE_NOOP("Validation", "{name} is not registered on this round"),
    QT_TRANSLATE_NOOP("Validation", "A check-in is scanned or typed"),
    QT_TRANSLATE_NOOP("Validation", "Give a reason for letting them in"),
    QT_TRANSLATE_NOOP("Validation", "Give the card's code"),
    QT_TRANSLATE_NOOP("Validation", "The card {code} is given to {name} already"),
    # Course evaluations (issue 19).
    QT_TRANSLATE_NOOP("Validation", "A questionnaire needs at least one question"),
    QT_TRANSLATE_NOOP("Validation", "A questionnaire holds at most {count} questions"),
    QT_TRANSLATE_NOOP("Validation", "Each question needs an id of its own"),
    QT_TRANSLATE_NOOP("Validation", "Question {number} has no text"),
    QT_TRANSLATE_NOOP("Validation", "Question {number} needs at least two different choices"),
    QT_TRANSLATE_NOOP("Validation", "Question {number} has more than {count} choices"),
    QT_TRANSLATE_NOOP("Validation", "Choose a value from 1 to 5"),
    QT_TRANSLATE_NOOP("Validation", "Choose one of the answers given"),
    QT_TRANSLATE_NOOP("Validation", "Choose among the answers given"),
    QT_TRANSLATE_NOOP("Validation", "This question needs an answer"),
    QT_TRANSLATE_NOOP(
        "Validation", "The evaluation of {course} was changed meanwhile (version {theirs})"
    ),
    # The service desk's cases (issue 20).
    QT_TRANSLATE_NOOP("Validation", "Case {number} is {status}: it cannot be set to {target}"),
    QT_TRANSLATE_NOOP("Validation", "Case {number} is closed"),
    QT_TRANSLATE_NOOP("Validation", "Case {number} was assigned to {name} meanwhile"),
    QT_TRANSLATE_NOOP("Validation", "Nobody is assigned to case {number} any longer"),
    QT_TRANSLATE_NOOP("Validation", "User {user} was not found"),
    QT_TRANSLATE_NOOP("Validation", "Write the note"),
    # Consent withdrawal and retention rules (issue 23).
    QT_TRANSLATE_NOOP(
        "Validation", "Only a consent to the processing of personal data can be withdrawn"
    ),
    QT_TRANSLATE_NOOP("Validation", "Choose a period from {low} to {high}"),
    QT_TRANSLATE_NOOP(
        "Validation", "The retention settings were changed meanwhile (version {theirs})"
    ),
)


#: The reasons of the automatic alumni check (``models.alumni_rules.evaluate_rule``), one
#: per rule, joined with "; " in ``decision_reason``.
REASONS = (
    QT_TRANSLATE_NOOP("AlumniReason", "No student record found"),
    QT_TRANSLATE_NOOP("AlumniReason", "degree awarded: {degree}"),
    QT_TRANSLATE_NOOP("AlumniReason", "No degree found in student records"),
    QT_TRANSLATE_NOOP("AlumniReason", "credits {have} ≥ {need}"),
    QT_TRANSLATE_NOOP("AlumniReason", "credits {have} < {need}"),
    QT_TRANSLATE_NOOP("AlumniReason", "No program found in student records"),
    QT_TRANSLATE_NOOP("AlumniReason", "program {program} is in the list"),
    QT_TRANSLATE_NOOP("AlumniReason", "program {program} not in {programs}"),
    QT_TRANSLATE_NOOP("AlumniReason", "No graduation year found in student records"),
    QT_TRANSLATE_NOOP("AlumniReason", "graduated {year}, after {after}"),
    QT_TRANSLATE_NOOP("AlumniReason", "graduated {year}, not after {after}"),
    # The automatic check's own decisions (server/services/alumni/processing.py).
    QT_TRANSLATE_NOOP("AlumniReason", "{name} (matched on {on}) is already a registered alumnus"),
    QT_TRANSLATE_NOOP("AlumniReason", "{name} (matched on {on}) is an alumnus"),
    QT_TRANSLATE_NOOP("AlumniReason", "now a registered alumnus"),
    QT_TRANSLATE_NOOP("AlumniReason", "updates their details"),
    QT_TRANSLATE_NOOP(
        "AlumniReason", "{name} (matched on {on}) is neither an alumnus nor a registered alumnus"
    ),
    QT_TRANSLATE_NOOP("AlumniReason", "No existing person matched"),
    QT_TRANSLATE_NOOP(
        "AlumniReason",
        "created, but possibly a duplicate of {name} (the student record's personnummer is theirs)",
    ),
    QT_TRANSLATE_NOOP("AlumniReason", "{count} persons have this personnummer: {names}"),
    QT_TRANSLATE_NOOP("AlumniReason", "{count} persons have this e-mail address: {names}"),
    QT_TRANSLATE_NOOP(
        "AlumniReason",
        "The e-mail address belongs to {email_names} but the personnummer to {names}",
    ),
    QT_TRANSLATE_NOOP(
        "AlumniReason", "{name} has this e-mail address but a different personnummer"
    ),
    QT_TRANSLATE_NOOP("AlumniReason", "{fields} differs from the profile"),
    QT_TRANSLATE_NOOP("AlumniReason", "{fields} differ from the profile"),
    QT_TRANSLATE_NOOP("AlumniReason", "{fields} is not on the profile"),
    QT_TRANSLATE_NOOP("AlumniReason", "{fields} are not on the profile"),
)
#: A decision's part that leads another (``{rest}``, itself a reason part, translated too).
REASON_LEADS = (
    QT_TRANSLATE_NOOP("AlumniReason", "student records: {rest}"),
    QT_TRANSLATE_NOOP("AlumniReason", "created as the rules hold: {rest}"),
    QT_TRANSLATE_NOOP("AlumniReason", "created. Rules not met: {rest}"),
    QT_TRANSLATE_NOOP("AlumniReason", "Match not certain: {rest}"),
)
#: The values of the check's reasons that are words of their own: what a match was on and
#: the profile's fields a registration disagrees with (``mismatch_reason``).
REASON_WORDS = (
    QT_TRANSLATE_NOOP("AlumniReason", "e-mail"),
    QT_TRANSLATE_NOOP("AlumniReason", "personnummer"),
    QT_TRANSLATE_NOOP("AlumniReason", "the name"),
    QT_TRANSLATE_NOOP("AlumniReason", "the birth date"),
    QT_TRANSLATE_NOOP("AlumniReason", "the e-mail address"),
    QT_TRANSLATE_NOOP("AlumniReason", "the phone"),
    QT_TRANSLATE_NOOP("AlumniReason", "the personnummer"),
)


#: The check-in station's answers (``models.presence.ANSWER_TEXTS``) and the grant check
#: report's reasons (``models.grants.ISSUE_TEXTS``): code + values, shown translated
#: (``tests/models/test_presence_texts.py`` keeps these complete).
PRESENCE_TEXTS = (
    QT_TRANSLATE_NOOP("Presence", "Welcome {name}"),
    QT_TRANSLATE_NOOP("Presence", "Not found: scan again or type the personnummer"),
    QT_TRANSLATE_NOOP("Presence", "This session is on {day}, not today"),
    QT_TRANSLATE_NOOP("Presence", "{name}, your session today is {round} at {time}"),
    QT_TRANSLATE_NOOP("Presence", "{name} is not registered on this round"),
    QT_TRANSLATE_NOOP("Presence", "{name} is already checked in (at {time})"),
    QT_TRANSLATE_NOOP("Presence", "{name} has an overdue fee of {amount} kr"),
    QT_TRANSLATE_NOOP("Presence", "Before the rules hold ({day})"),
    QT_TRANSLATE_NOOP("Presence", "The session has no start and end time"),
    QT_TRANSLATE_NOOP("Presence", "{minutes} minutes; at least {min} count"),
    QT_TRANSLATE_NOOP("Presence", "No leader"),
    QT_TRANSLATE_NOOP("Presence", "The leader's age is not known"),
    QT_TRANSLATE_NOOP("Presence", "The leader turns {age} this year; at least {min}"),
    QT_TRANSLATE_NOOP(
        "Presence",
        "{count} participants count; at least {min} needed ({outside_age} outside the ages, {unknown_age} without a known age, {counted_already} counted already that day)",  # noqa: E501
    ),
)

#: The subjects of the activities the server and the commands record (``Activity.subject``:
#: models/commands, server/services), shown on a person's timeline.
SUBJECTS = (
    QT_TRANSLATE_NOOP("ActivitySubject", "Approval requested: {name}"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Reminder sent: {name}"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Approved: {name}"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Approval requested"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Approval removed"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Registration approved"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Alumni registration {status} (automatic check)"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Alumni registration {status}"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Alumni decision reversed: back in the manual queue"),
    QT_TRANSLATE_NOOP("ActivitySubject", "New contact details confirmed by the alumnus"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Alumni membership terminated by the alumnus"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Details updated by the returning alumnus"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Proposed details applied"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Proposed details discarded"),
    QT_TRANSLATE_NOOP("ActivitySubject", "{name} merged into this profile"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Sign-up declined after review"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Internal note"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Internal note withdrawn"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Consent withdrawn: {round}"),
    QT_TRANSLATE_NOOP("ActivitySubject", "Consent withdrawn"),
)
#: The alumni states as the subjects write them (``models.alumni.STATUS_LABELS`` and the
#: status codes with spaces).
SUBJECT_STATES = (
    QT_TRANSLATE_NOOP("ActivitySubject", "received"),
    QT_TRANSLATE_NOOP("ActivitySubject", "approved (registered alumnus)"),
    QT_TRANSLATE_NOOP("ActivitySubject", "approved registered alumnus"),
    QT_TRANSLATE_NOOP("ActivitySubject", "approved (alumnus)"),
    QT_TRANSLATE_NOOP("ActivitySubject", "approved alumnus"),
    QT_TRANSLATE_NOOP("ActivitySubject", "not approved"),
    QT_TRANSLATE_NOOP("ActivitySubject", "approved manually"),
    QT_TRANSLATE_NOOP("ActivitySubject", "denied"),
    QT_TRANSLATE_NOOP("ActivitySubject", "unregistered"),
)


def _case_status(code: str) -> str:
    """A case's status in words, as it reads inside a sentence ("in progress")."""
    text = case_status_text(code)
    return text[:1].lower() + text[1:]


#: The refusals whose values are stored codes (a case's status "in_progress"): for each
#: such value of the template, the function giving it in words in the user's language.
CODE_VALUES: dict[str, dict[str, Callable[[str], str]]] = {
    "Case {number} is {status}: it cannot be set to {target}": {
        "status": _case_status,
        "target": _case_status,
    },
}


def _worded(template: str, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` of ``template`` with the codes among them in words (:data:`CODE_VALUES`)."""
    words = CODE_VALUES.get(template, {})
    return {k: words[k](str(v)) if k in words else v for k, v in values.items()}


def error_text(exc: DomainError) -> str:
    """``exc``'s message in the user's language (English when its template is not listed)."""
    template = QCoreApplication.translate(CONTEXT, exc.template)
    if template == exc.template and not exc.params:  # a message written out: its values
        return refusal_text(exc.message) or exc.message
    return template.format(**_worded(exc.template, exc.params)) if exc.params else template


def domain_message(exc: BaseException) -> str:
    """What went wrong as the user reads it: a domain refusal in the user's language."""
    return error_text(exc) if isinstance(exc, DomainError) else str(exc)


@cache
def _patterns(*templates: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template as a pattern that finds its values in a filled message."""
    out = []
    # Fixed texts first: "The registration is cancelled" is not "{round} is cancelled".
    for template in sorted(templates, key=lambda t: t.count("{")):
        parts = re.split(r"\{(\w+)\}", template)
        pattern = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
        )
        out.append((re.compile(pattern + r"\Z", re.IGNORECASE), template))
    return tuple(out)


def matched_text(context: str, templates: tuple[str, ...], message: str) -> str | None:
    """``message`` in the user's language when it is one of ``templates`` (marked in
    ``context``) filled in, else None. A value that is a code (:data:`CODE_VALUES`) is put
    in words; otherwise a ``{status}`` value is an alumni state as the models write it
    ("approved manually") and is translated too."""
    for pattern, template in _patterns(*templates):
        match = pattern.match(message)
        if match is not None:
            values = match.groupdict()
            if template in CODE_VALUES:
                values = _worded(template, values)
            elif "status" in values:
                values["status"] = QCoreApplication.translate("ActivitySubject", values["status"])
            return QCoreApplication.translate(context, template).format(**values)
    return None


def refusal_text(message: str, details: dict[str, Any] | None = None) -> str | None:
    """A refusal the server sent (its English ``message``) in the user's language, or None
    when the app does not know it. A refusal that carries its ``template`` and ``params``
    in ``details`` is translated from them; otherwise the message is matched against the
    listed templates to recover the values."""
    details = details or {}
    template, params = details.get("template"), details.get("params")
    if isinstance(template, str) and isinstance(params, dict):
        found = QCoreApplication.translate(CONTEXT, template)
        if found != template or template in TEMPLATES or template in REFUSALS:
            try:
                return found.format(**_worded(template, params))
            except (KeyError, IndexError, ValueError):
                return None
    return matched_text(CONTEXT, (*TEMPLATES, *REFUSALS), message)


def reason_text(reason: str) -> str:
    """The automatic alumni check's reason (``decision_reason``, one part per rule joined
    with "; ") in the user's language; a part the app does not know stays as it is."""
    text = "; ".join(_reason_part(p) for p in reason.split("; "))
    return text[:1].upper() + text[1:] if reason[:1].isupper() else text


def _reason_part(part: str) -> str:
    for pattern, template in _patterns(*REASON_LEADS):
        match = pattern.match(part)
        if match is not None:
            rest = _reason_part(match.group("rest"))
            return QCoreApplication.translate("AlumniReason", template).format(rest=rest)
    for pattern, template in _patterns(*REASONS):
        match = pattern.match(part)
        if match is not None:
            values = {k: _reason_words(k, v) for k, v in match.groupdict().items()}
            return QCoreApplication.translate("AlumniReason", template).format(**values)
    return part


def _reason_words(name: str, value: str) -> str:
    """A reason's value translated when it is one of :data:`REASON_WORDS` (or a list of them)."""
    if name not in ("on", "fields"):
        return value
    words = value.split(", ")
    if not all(w in REASON_WORDS for w in words):
        return value
    return ", ".join(QCoreApplication.translate("AlumniReason", w) for w in words)


def subject_text(subject: str) -> str:
    """An activity's subject in the user's language (as it is when the app does not know it)."""
    return matched_text("ActivitySubject", SUBJECTS, subject) or subject
