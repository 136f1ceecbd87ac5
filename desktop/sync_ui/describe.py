"""A refused command in words: who it concerns, what you did, what the server says.

Nothing here shows a command's raw arguments, a row id or JSON: ids become the
names the local database has for them (:func:`desktop.sync_ui.operations.load_issues`),
codes become words, times are local. The server's message is shown in the reader's
language (:func:`desktop.common.domain_text.refusal_text`), or a sentence per code.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.alumni.query import decision_text, status_text
from desktop.common.domain_text import refusal_text
from desktop.i18n import QT_TRANSLATE_NOOP, format_datetime
from desktop.service_desk.labels import status_text as case_status_text
from desktop.sync_ui.operations import Issue

#: Each command as a user names it (every registered command has one: a test checks).
COMMANDS = {
    "person.create": QT_TRANSLATE_NOOP("SyncIssues", "Create person"),
    "person.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit person"),
    "person.add_email": QT_TRANSLATE_NOOP("SyncIssues", "Add e-mail address"),
    "person.remove_email": QT_TRANSLATE_NOOP("SyncIssues", "Remove e-mail address"),
    "contact.link": QT_TRANSLATE_NOOP("SyncIssues", "Link contact"),
    "contact.set_roles": QT_TRANSLATE_NOOP("SyncIssues", "Change contact roles"),
    "contact.unlink": QT_TRANSLATE_NOOP("SyncIssues", "Remove contact"),
    "person.add_phone": QT_TRANSLATE_NOOP("SyncIssues", "Add phone number"),
    "person.erase": QT_TRANSLATE_NOOP("SyncIssues", "Erase or anonymise person"),
    "person.set_category": QT_TRANSLATE_NOOP("SyncIssues", "Set category"),
    "person.set_category_many": QT_TRANSLATE_NOOP("SyncIssues", "Set category of several"),
    "category.create": QT_TRANSLATE_NOOP("SyncIssues", "Create category"),
    "category.rename": QT_TRANSLATE_NOOP("SyncIssues", "Rename category"),
    "category.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive category"),
    "course.create": QT_TRANSLATE_NOOP("SyncIssues", "Create course"),
    "course.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit course"),
    "course.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive course"),
    "round.create": QT_TRANSLATE_NOOP("SyncIssues", "Create course round"),
    "round.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit course round"),
    "round.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive course round"),
    "round.set_terms": QT_TRANSLATE_NOOP("SyncIssues", "Set the round's terms"),
    "registration.create": QT_TRANSLATE_NOOP("SyncIssues", "Add registration"),
    "registration.set_manager": QT_TRANSLATE_NOOP("SyncIssues", "Set approving manager"),
    "registration.request_approval": QT_TRANSLATE_NOOP(
        "SyncIssues", "Send request to approving manager"
    ),
    "registration.remove_approval": QT_TRANSLATE_NOOP("SyncIssues", "Remove approval"),
    "registration.cancel": QT_TRANSLATE_NOOP("SyncIssues", "Cancel registration"),
    "registration.add_note": QT_TRANSLATE_NOOP("SyncIssues", "Add an internal note"),
    "registration.remove_note": QT_TRANSLATE_NOOP("SyncIssues", "Withdraw an internal note"),
    "registration.to_waiting_list": QT_TRANSLATE_NOOP("SyncIssues", "Move to the waiting list"),
    "registration.from_waiting_list": QT_TRANSLATE_NOOP("SyncIssues", "Give a place"),
    "registration.accept_offer": QT_TRANSLATE_NOOP("SyncIssues", "Accept an offered place"),
    "signup_form.set": QT_TRANSLATE_NOOP("SyncIssues", "Change sign-up form"),
    "form_element.add": QT_TRANSLATE_NOOP("SyncIssues", "Add question to sign-up form"),
    "form_element.remove": QT_TRANSLATE_NOOP("SyncIssues", "Remove question from sign-up form"),
    "form_element.edit": QT_TRANSLATE_NOOP("SyncIssues", "Change question of sign-up form"),
    "form_element.move": QT_TRANSLATE_NOOP("SyncIssues", "Move question of sign-up form"),
    "alumni.decide": QT_TRANSLATE_NOOP("SyncIssues", "Alumni decision"),
    "alumni.rule_set": QT_TRANSLATE_NOOP("SyncIssues", "Change alumni rule"),
    "alumni.reverse_decision": QT_TRANSLATE_NOOP("SyncIssues", "Reverse alumni decision"),
    "alumni.review_proposal": QT_TRANSLATE_NOOP("SyncIssues", "Review alumni's new details"),
    "registration.import": QT_TRANSLATE_NOOP("SyncIssues", "Import registrations"),
    "organisation.create": QT_TRANSLATE_NOOP("SyncIssues", "Create organisation"),
    "organisation.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit organisation"),
    "organisation.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive organisation"),
    "customer.create": QT_TRANSLATE_NOOP("SyncIssues", "Create customer"),
    "customer.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit customer"),
    "customer.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive customer"),
    "contract.create": QT_TRANSLATE_NOOP("SyncIssues", "Create contract"),
    "contract.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit contract"),
    "contract.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive contract"),
    "agent.create": QT_TRANSLATE_NOOP("SyncIssues", "Create agent"),
    "agent.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit agent"),
    "agent.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive agent"),
    "session.add": QT_TRANSLATE_NOOP("SyncIssues", "Add session"),
    "session.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit session"),
    "session.remove": QT_TRANSLATE_NOOP("SyncIssues", "Remove session"),
    "round.send_participant_list": QT_TRANSLATE_NOOP("SyncIssues", "Send participant list"),
    "message_template.create": QT_TRANSLATE_NOOP("SyncIssues", "Create message template"),
    "message_template.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit message template"),
    "message_template.publish": QT_TRANSLATE_NOOP("SyncIssues", "Publish message template"),
    "notification_binding.create": QT_TRANSLATE_NOOP("SyncIssues", "Create notification binding"),
    "notification_binding.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit notification binding"),
    "notification_binding.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive notification binding"),
    "notification_recipient.create": QT_TRANSLATE_NOOP("SyncIssues", "Add notification recipient"),
    "notification_recipient.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit notification recipient"),
    "notification_recipient.archive": QT_TRANSLATE_NOOP(
        "SyncIssues", "Archive notification recipient"
    ),
    "membership_type.create": QT_TRANSLATE_NOOP("SyncIssues", "Create membership type"),
    "membership_type.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit membership type"),
    "membership_type.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive membership type"),
    "price_rule.create": QT_TRANSLATE_NOOP("SyncIssues", "Create price rule"),
    "price_rule.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit price rule"),
    "price_rule.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive price rule"),
    "account_mapping.create": QT_TRANSLATE_NOOP("SyncIssues", "Map an account"),
    "account_mapping.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit account mapping"),
    "account_mapping.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive account mapping"),
    "accounting_object.create": QT_TRANSLATE_NOOP("SyncIssues", "Add a cost centre or project"),
    "accounting_object.edit": QT_TRANSLATE_NOOP("SyncIssues", "Rename a cost centre or project"),
    "accounting_object.archive": QT_TRANSLATE_NOOP(
        "SyncIssues", "Archive a cost centre or project"
    ),
    "accounting_settings.set": QT_TRANSLATE_NOOP("SyncIssues", "Set accounting settings"),
    "agent_order_settings.set": QT_TRANSLATE_NOOP("SyncIssues", "Set agent-order settings"),
    "retention_settings.set": QT_TRANSLATE_NOOP("SyncIssues", "Set retention rules"),
    "consent.withdraw": QT_TRANSLATE_NOOP("SyncIssues", "Withdraw a consent"),
    "grant_rule_set.create": QT_TRANSLATE_NOOP("SyncIssues", "Add a grant rule set"),
    "grant_rule_set.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit a grant rule set"),
    "grant_rule_set.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive a grant rule set"),
    "discount_rule.create": QT_TRANSLATE_NOOP("SyncIssues", "Create discount"),
    "discount_rule.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit discount"),
    "discount_rule.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive discount"),
    "membership.add": QT_TRANSLATE_NOOP("SyncIssues", "Add membership"),
    "membership.edit": QT_TRANSLATE_NOOP("SyncIssues", "Edit membership"),
    "membership.remove": QT_TRANSLATE_NOOP("SyncIssues", "Remove membership"),
    "cancellation_policy.set": QT_TRANSLATE_NOOP("SyncIssues", "Set cancellation terms"),
    "payment_settings.set": QT_TRANSLATE_NOOP("SyncIssues", "Set payment settings"),
    "prerequisite.add": QT_TRANSLATE_NOOP("SyncIssues", "Add a prerequisite"),
    "prerequisite.remove": QT_TRANSLATE_NOOP("SyncIssues", "Remove a prerequisite"),
    "level_approval.add": QT_TRANSLATE_NOOP("SyncIssues", "Add a level approval"),
    "level_approval.remove": QT_TRANSLATE_NOOP("SyncIssues", "Remove a level approval"),
    "registration.review_accept": QT_TRANSLATE_NOOP("SyncIssues", "Accept a sign-up after review"),
    "registration.review_decline": QT_TRANSLATE_NOOP(
        "SyncIssues", "Decline a sign-up after review"
    ),
    "attendance.check_in": QT_TRANSLATE_NOOP("SyncIssues", "Check in"),
    "attendance.override": QT_TRANSLATE_NOOP("SyncIssues", "Let in despite the check-in"),
    "attendance.set": QT_TRANSLATE_NOOP("SyncIssues", "Mark attendance"),
    "evaluation_form.set": QT_TRANSLATE_NOOP("SyncIssues", "Set a course's evaluation"),
    "membership_card.add": QT_TRANSLATE_NOOP("SyncIssues", "Add a membership card"),
    "membership_card.remove": QT_TRANSLATE_NOOP("SyncIssues", "Withdraw a membership card"),
    "service_desk_case.assign": QT_TRANSLATE_NOOP("SyncIssues", "Assign a service-desk case"),
    "service_desk_case.set_status": QT_TRANSLATE_NOOP(
        "SyncIssues", "Change the status of a service-desk case"
    ),
    "service_desk_case.add_note": QT_TRANSLATE_NOOP(
        "SyncIssues", "Add a note to a service-desk case"
    ),
}

#: The act of each command on its subject (%1), one line in the list.
ACTS = {
    "person.create": QT_TRANSLATE_NOOP("SyncIssues", "Add %1 as a new person"),
    "person.edit": QT_TRANSLATE_NOOP("SyncIssues", "Change the details of %1"),
    "person.add_email": QT_TRANSLATE_NOOP("SyncIssues", "Add an e-mail address to %1"),
    "person.remove_email": QT_TRANSLATE_NOOP("SyncIssues", "Remove an e-mail address of %1"),
    "consent.withdraw": QT_TRANSLATE_NOOP("SyncIssues", "Withdraw a consent of %1"),
    "contact.link": QT_TRANSLATE_NOOP("SyncIssues", "Link %1 as a contact"),
    "contact.set_roles": QT_TRANSLATE_NOOP("SyncIssues", "Change the contact roles of %1"),
    "contact.unlink": QT_TRANSLATE_NOOP("SyncIssues", "Remove %1 from the contacts"),
    "person.add_phone": QT_TRANSLATE_NOOP("SyncIssues", "Add a phone number to %1"),
    "person.erase": QT_TRANSLATE_NOOP("SyncIssues", "Erase or anonymise %1"),
    "person.set_category": QT_TRANSLATE_NOOP("SyncIssues", "Change the category of %1"),
    "person.set_category_many": QT_TRANSLATE_NOOP(
        "SyncIssues", "Change the category of several persons"
    ),
    "category.create": QT_TRANSLATE_NOOP("SyncIssues", "Create the category %1"),
    "category.rename": QT_TRANSLATE_NOOP("SyncIssues", "Rename the category %1"),
    "category.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive the category %1"),
    "course.create": QT_TRANSLATE_NOOP("SyncIssues", "Create the course %1"),
    "course.edit": QT_TRANSLATE_NOOP("SyncIssues", "Change the course %1"),
    "course.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive the course %1"),
    "round.create": QT_TRANSLATE_NOOP("SyncIssues", "Create the course round %1"),
    "round.edit": QT_TRANSLATE_NOOP("SyncIssues", "Change the course round %1"),
    "round.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive the course round %1"),
    "round.set_terms": QT_TRANSLATE_NOOP("SyncIssues", "Change the terms of %1"),
    "registration.create": QT_TRANSLATE_NOOP("SyncIssues", "Register %1 on a course round"),
    "registration.set_manager": QT_TRANSLATE_NOOP(
        "SyncIssues", "Change the approving manager of %1"
    ),
    "registration.request_approval": QT_TRANSLATE_NOOP(
        "SyncIssues", "Ask the approving manager to approve %1"
    ),
    "registration.remove_approval": QT_TRANSLATE_NOOP("SyncIssues", "Remove the approval of %1"),
    "registration.cancel": QT_TRANSLATE_NOOP("SyncIssues", "Cancel the registration of %1"),
    "registration.add_note": QT_TRANSLATE_NOOP(
        "SyncIssues", "Add an internal note to the registration of %1"
    ),
    "registration.remove_note": QT_TRANSLATE_NOOP(
        "SyncIssues", "Withdraw an internal note on the registration of %1"
    ),
    "registration.to_waiting_list": QT_TRANSLATE_NOOP("SyncIssues", "Move %1 to the waiting list"),
    "registration.from_waiting_list": QT_TRANSLATE_NOOP(
        "SyncIssues", "Give %1 a place from the waiting list"
    ),
    "registration.accept_offer": QT_TRANSLATE_NOOP("SyncIssues", "Accept the place offered to %1"),
    "registration.review_accept": QT_TRANSLATE_NOOP(
        "SyncIssues", "Accept the sign-up of %1 after review"
    ),
    "registration.review_decline": QT_TRANSLATE_NOOP(
        "SyncIssues", "Decline the sign-up of %1 after review"
    ),
    "signup_form.set": QT_TRANSLATE_NOOP("SyncIssues", "Change the sign-up form of %1"),
    "form_element.add": QT_TRANSLATE_NOOP("SyncIssues", "Add a question to the sign-up form"),
    "form_element.remove": QT_TRANSLATE_NOOP("SyncIssues", "Remove the question “%1”"),
    "form_element.edit": QT_TRANSLATE_NOOP("SyncIssues", "Change the question “%1”"),
    "form_element.move": QT_TRANSLATE_NOOP("SyncIssues", "Move the question “%1”"),
    "alumni.rule_set": QT_TRANSLATE_NOOP("SyncIssues", "Change the alumni rule “%1”"),
    "alumni.reverse_decision": QT_TRANSLATE_NOOP("SyncIssues", "Reverse the alumni decision on %1"),
    "alumni.review_proposal": QT_TRANSLATE_NOOP("SyncIssues", "Review the new details of %1"),
    "registration.import": QT_TRANSLATE_NOOP("SyncIssues", "Import registrations to %1"),
    "organisation.create": QT_TRANSLATE_NOOP("SyncIssues", "Create the organisation %1"),
    "organisation.edit": QT_TRANSLATE_NOOP("SyncIssues", "Change the organisation %1"),
    "organisation.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive the organisation %1"),
    "customer.create": QT_TRANSLATE_NOOP("SyncIssues", "Make %1 a customer"),
    "customer.edit": QT_TRANSLATE_NOOP("SyncIssues", "Change the customer %1"),
    "customer.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive the customer %1"),
    "contract.create": QT_TRANSLATE_NOOP("SyncIssues", "Create a contract for %1"),
    "contract.edit": QT_TRANSLATE_NOOP("SyncIssues", "Change the contract %1"),
    "contract.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive the contract %1"),
    "agent.create": QT_TRANSLATE_NOOP("SyncIssues", "Make %1 an agent"),
    "agent.edit": QT_TRANSLATE_NOOP("SyncIssues", "Change the agent %1"),
    "agent.archive": QT_TRANSLATE_NOOP("SyncIssues", "Archive the agent %1"),
    "session.add": QT_TRANSLATE_NOOP("SyncIssues", "Add a session to %1"),
    "session.edit": QT_TRANSLATE_NOOP("SyncIssues", "Change the session %1"),
    "session.remove": QT_TRANSLATE_NOOP("SyncIssues", "Remove the session %1"),
    "round.send_participant_list": QT_TRANSLATE_NOOP(
        "SyncIssues", "Send the participant list of %1"
    ),
    "message_template.create": QT_TRANSLATE_NOOP("SyncIssues", "Create the message template %1"),
    "message_template.edit": QT_TRANSLATE_NOOP("SyncIssues", "Change the message template %1"),
    "message_template.publish": QT_TRANSLATE_NOOP("SyncIssues", "Publish the message template %1"),
    "notification_binding.create": QT_TRANSLATE_NOOP(
        "SyncIssues", "Create a notification binding of %1"
    ),
    "notification_binding.edit": QT_TRANSLATE_NOOP(
        "SyncIssues", "Change the notification binding of %1"
    ),
    "notification_binding.archive": QT_TRANSLATE_NOOP(
        "SyncIssues", "Archive the notification binding of %1"
    ),
    "notification_recipient.create": QT_TRANSLATE_NOOP(
        "SyncIssues", "Add %1 as a notification recipient"
    ),
    "notification_recipient.edit": QT_TRANSLATE_NOOP(
        "SyncIssues", "Change the notification recipient %1"
    ),
    "notification_recipient.archive": QT_TRANSLATE_NOOP(
        "SyncIssues", "Archive the notification recipient %1"
    ),
    "attendance.check_in": QT_TRANSLATE_NOOP("SyncIssues", "Check %1 in at a session"),
    "attendance.override": QT_TRANSLATE_NOOP(
        "SyncIssues", "Let %1 in at a session despite the check-in's answer"
    ),
    "attendance.set": QT_TRANSLATE_NOOP("SyncIssues", "Mark the attendance of %1 at a session"),
    "membership_card.add": QT_TRANSLATE_NOOP("SyncIssues", "Give %1 a membership card"),
    "membership_card.remove": QT_TRANSLATE_NOOP("SyncIssues", "Withdraw a membership card of %1"),
}
APPROVE_ALUMNUS = QT_TRANSLATE_NOOP("SyncIssues", "Approve alumni registration of %1")
DENY_ALUMNUS = QT_TRANSLATE_NOOP("SyncIssues", "Deny alumni registration of %1")

#: The fields of the field-edit commands (models.commands.edits) and of the rows the
#: server sends back, as a user names them.
FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("SyncIssues", "First name"),
    "last_name": QT_TRANSLATE_NOOP("SyncIssues", "Last name"),
    "personnummer": QT_TRANSLATE_NOOP("SyncIssues", "Personal identity number"),
    "birth_date": QT_TRANSLATE_NOOP("SyncIssues", "Birth date"),
    "organisation_id": QT_TRANSLATE_NOOP("SyncIssues", "Organisation"),
    "title": QT_TRANSLATE_NOOP("SyncIssues", "Title"),
    "street": QT_TRANSLATE_NOOP("SyncIssues", "Street"),
    "postal_code": QT_TRANSLATE_NOOP("SyncIssues", "Postal code"),
    "city": QT_TRANSLATE_NOOP("SyncIssues", "City"),
    "country": QT_TRANSLATE_NOOP("SyncIssues", "Country"),
    "notes": QT_TRANSLATE_NOOP("SyncIssues", "Notes"),
    "terms_text": QT_TRANSLATE_NOOP("SyncIssues", "Terms"),
    "terms_version": QT_TRANSLATE_NOOP("SyncIssues", "Terms version"),
    "heading": QT_TRANSLATE_NOOP("SyncIssues", "Heading"),
    "intro": QT_TRANSLATE_NOOP("SyncIssues", "Introduction"),
    "banner_url": QT_TRANSLATE_NOOP("SyncIssues", "Banner image"),
    "confirmation_text": QT_TRANSLATE_NOOP("SyncIssues", "Confirmation text"),
    "published": QT_TRANSLATE_NOOP("SyncIssues", "Published"),
    "kind": QT_TRANSLATE_NOOP("SyncIssues", "Kind of rule"),
    "params": QT_TRANSLATE_NOOP("SyncIssues", "Rule values"),
    "position": QT_TRANSLATE_NOOP("SyncIssues", "Order"),
    "active": QT_TRANSLATE_NOOP("SyncIssues", "Active"),
    "description": QT_TRANSLATE_NOOP("SyncIssues", "Description"),
    "approving_manager": QT_TRANSLATE_NOOP("SyncIssues", "Approving manager"),
    "approving_manager_id": QT_TRANSLATE_NOOP("SyncIssues", "Approving manager"),
    "status": QT_TRANSLATE_NOOP("SyncIssues", "Status"),
    "decided_by": QT_TRANSLATE_NOOP("SyncIssues", "Decided by"),
    "decided_at": QT_TRANSLATE_NOOP("SyncIssues", "Decided"),
    "denial_reason": QT_TRANSLATE_NOOP("SyncIssues", "Reason for the denial"),
    "approval_requested_at": QT_TRANSLATE_NOOP("SyncIssues", "Approval requested"),
    "approved_at": QT_TRANSLATE_NOOP("SyncIssues", "Approved"),
    "approved_by_email": QT_TRANSLATE_NOOP("SyncIssues", "Approved by"),
    "name": QT_TRANSLATE_NOOP("SyncIssues", "Name"),
    "subject": QT_TRANSLATE_NOOP("SyncIssues", "Subject"),
    "email_body": QT_TRANSLATE_NOOP("SyncIssues", "E-mail text"),
    "sms_text": QT_TRANSLATE_NOOP("SyncIssues", "SMS text"),
    "starts_on": QT_TRANSLATE_NOOP("SyncIssues", "Starts"),
    "ends_on": QT_TRANSLATE_NOOP("SyncIssues", "Ends"),
    "label": QT_TRANSLATE_NOOP("SyncIssues", "Question"),
    "required": QT_TRANSLATE_NOOP("SyncIssues", "Required"),
    "options": QT_TRANSLATE_NOOP("SyncIssues", "Options"),
    "require_email_confirmation": QT_TRANSLATE_NOOP("SyncIssues", "Require confirmation by e-mail"),
    "address": QT_TRANSLATE_NOOP("SyncIssues", "E-mail address"),
    "number": QT_TRANSLATE_NOOP("SyncIssues", "Phone number"),
    "reason": QT_TRANSLATE_NOOP("SyncIssues", "Reason"),
    "message": QT_TRANSLATE_NOOP("SyncIssues", "Message"),
    "round_id": QT_TRANSLATE_NOOP("SyncIssues", "Course round"),
    "code": QT_TRANSLATE_NOOP("SyncIssues", "Code"),
    "category": QT_TRANSLATE_NOOP("SyncIssues", "Category"),
    "leader_id": QT_TRANSLATE_NOOP("SyncIssues", "Course leader"),
    "archived": QT_TRANSLATE_NOOP("SyncIssues", "Archived"),
    "term": QT_TRANSLATE_NOOP("SyncIssues", "Term"),
    "place": QT_TRANSLATE_NOOP("SyncIssues", "Place"),
    "seats": QT_TRANSLATE_NOOP("SyncIssues", "Seats"),
    "registration_opens_on": QT_TRANSLATE_NOOP("SyncIssues", "Registration opens"),
    "registration_closes_on": QT_TRANSLATE_NOOP("SyncIssues", "Registration closes"),
    "price_ore": QT_TRANSLATE_NOOP("SyncIssues", "Price"),
    "org_number": QT_TRANSLATE_NOOP("SyncIssues", "Organisation number"),
    "customer_number": QT_TRANSLATE_NOOP("SyncIssues", "Customer number"),
    "participant_id": QT_TRANSLATE_NOOP("SyncIssues", "Participant"),
    "day": QT_TRANSLATE_NOOP("SyncIssues", "Day"),
    "start_minute": QT_TRANSLATE_NOOP("SyncIssues", "Starts at"),
    "end_minute": QT_TRANSLATE_NOOP("SyncIssues", "Ends at"),
    "room": QT_TRANSLATE_NOOP("SyncIssues", "Room"),
    "note": QT_TRANSLATE_NOOP("SyncIssues", "Note"),
    "text": QT_TRANSLATE_NOOP("SyncIssues", "Text"),
    "template_id": QT_TRANSLATE_NOOP("SyncIssues", "Template"),
    "scope_kind": QT_TRANSLATE_NOOP("SyncIssues", "Applies to"),
    "scope_id": QT_TRANSLATE_NOOP("SyncIssues", "Applies to"),
    "recipients": QT_TRANSLATE_NOOP("SyncIssues", "Recipients"),
    "channels": QT_TRANSLATE_NOOP("SyncIssues", "Channels"),
    "role": QT_TRANSLATE_NOOP("SyncIssues", "Role"),
    "user_id": QT_TRANSLATE_NOOP("SyncIssues", "User"),
    "fee": QT_TRANSLATE_NOOP("SyncIssues", "Fee"),
    "vat_rate": QT_TRANSLATE_NOOP("SyncIssues", "VAT rate"),
    "account": QT_TRANSLATE_NOOP("SyncIssues", "Account"),
    "purpose": QT_TRANSLATE_NOOP("SyncIssues", "Purpose"),
    "cost_centre": QT_TRANSLATE_NOOP("SyncIssues", "Cost centre"),
    "project": QT_TRANSLATE_NOOP("SyncIssues", "Project"),
    "vat_code": QT_TRANSLATE_NOOP("SyncIssues", "VAT code"),
    "dimension": QT_TRANSLATE_NOOP("SyncIssues", "Dimension"),
    "year_start_month": QT_TRANSLATE_NOOP("SyncIssues", "Fiscal year starts"),
    "accrual": QT_TRANSLATE_NOOP("SyncIssues", "Accrual of course fees"),
    "handler_signs_with_bankid": QT_TRANSLATE_NOOP("SyncIssues", "Case handlers sign with BankID"),
    "denied_alumni_months": QT_TRANSLATE_NOOP(
        "SyncIssues", "Denied alumni registrations kept (months)"
    ),
    "mail_body_days": QT_TRANSLATE_NOOP("SyncIssues", "Mail texts kept after sending (days)"),
    "expired_access_days": QT_TRANSLATE_NOOP(
        "SyncIssues", "Expired links, sessions and codes kept (days)"
    ),
    "audit_years": QT_TRANSLATE_NOOP("SyncIssues", "Audit events kept (years)"),
    "series": QT_TRANSLATE_NOOP("SyncIssues", "Voucher series"),
    "base_price": QT_TRANSLATE_NOOP("SyncIssues", "Base price"),
    "membership_type_id": QT_TRANSLATE_NOOP("SyncIssues", "Membership type"),
    "condition": QT_TRANSLATE_NOOP("SyncIssues", "Condition"),
    "amount": QT_TRANSLATE_NOOP("SyncIssues", "Amount"),
    "percent": QT_TRANSLATE_NOOP("SyncIssues", "Percentage"),
    "stacking": QT_TRANSLATE_NOOP("SyncIssues", "Combines with other discounts"),
    "valid_from": QT_TRANSLATE_NOOP("SyncIssues", "Valid from"),
    "min_age": QT_TRANSLATE_NOOP("SyncIssues", "Lowest age"),
    "max_age": QT_TRANSLATE_NOOP("SyncIssues", "Highest age"),
    "min_participants": QT_TRANSLATE_NOOP("SyncIssues", "Fewest participants"),
    "max_participants": QT_TRANSLATE_NOOP("SyncIssues", "Most participants counted"),
    "min_minutes": QT_TRANSLATE_NOOP("SyncIssues", "Shortest activity (minutes)"),
    "leader_min_age": QT_TRANSLATE_NOOP("SyncIssues", "Leader's lowest age"),
    "per_day": QT_TRANSLATE_NOOP("SyncIssues", "Counted per day"),
    "valid_until": QT_TRANSLATE_NOOP("SyncIssues", "Valid until"),
    "book_by": QT_TRANSLATE_NOOP("SyncIssues", "Book by"),
    "since": QT_TRANSLATE_NOOP("SyncIssues", "Member since"),
    "until": QT_TRANSLATE_NOOP("SyncIssues", "Member until"),
    "partner_course": QT_TRANSLATE_NOOP("SyncIssues", "Partner course"),
    "assignee_name": QT_TRANSLATE_NOOP("SyncIssues", "Assigned to"),
}

#: The columns of the server's rows worth showing, per table, in this order.
SHOWN_COLUMNS = {
    "alumni_registration": ("status", "decided_by", "decided_at", "denial_reason"),
    "registration": (
        "status",
        "approving_manager_id",
        "approval_requested_at",
        "approved_at",
        "approved_by_email",
    ),
    "person": (
        "first_name",
        "last_name",
        "title",
        "organisation_id",
        "street",
        "postal_code",
        "city",
        "country",
    ),
    "course_round": ("name", "starts_on", "ends_on", "terms_version"),
    "signup_form": ("heading", "published"),
    "form_element": ("label",),
    "alumni_rule": ("description", "active"),
    "service_desk_case": ("status", "assignee_name"),
}

REGISTRATION_STATUS = {
    "registered": QT_TRANSLATE_NOOP("SyncIssues", "Registered"),
    "cancelled": QT_TRANSLATE_NOOP("SyncIssues", "Cancelled"),
    "review": QT_TRANSLATE_NOOP("SyncIssues", "Waiting for review"),
}

#: What the server says, by code, when its message is not one the app can translate.
CODE_SENTENCES = {
    "conflict": QT_TRANSLATE_NOOP(
        "SyncIssues", "Someone changed this on the server after you saw it."
    ),
    "transition_refused": QT_TRANSLATE_NOOP(
        "SyncIssues", "What is on the server now does not allow this any more."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "SyncIssues", "What this change concerns is no longer on the server."
    ),
    "forbidden": QT_TRANSLATE_NOOP("SyncIssues", "Your roles do not allow this change."),
    "invalid": QT_TRANSLATE_NOOP("SyncIssues", "The server did not accept a value of this change."),
}
REFUSED = QT_TRANSLATE_NOOP("SyncIssues", "The server refused this change.")

#: A row id inside a server's message: such a message is not shown as it is.
_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

#: Longest value shown in the lists of yours and theirs (the whole value is in the chooser).
SHOWN_LENGTH = 200


CONTEXT = "SyncIssues"


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


#: The commands that decide an alumni registration, sent with the status the officer saw.
_ALUMNI_DECISIONS = ("alumni.decide", "alumni.reverse_decision")


def english() -> bool:
    """True when the app speaks English (no translation of our texts is installed)."""
    return QCoreApplication.translate("SyncIssues", "yes") == "yes"


def command_title(name: str) -> str:
    return _tr(COMMANDS[name]) if name in COMMANDS else name.replace(".", " ").replace("_", " ")


def field_title(field: str) -> str:
    return _tr(FIELDS[field]) if field in FIELDS else field.replace("_", " ").capitalize()


def shown_value(value: Any, *, limit: int | None = SHOWN_LENGTH) -> str:
    """A value as the user reads it: yes/no, "–" for nothing, a list joined, a mapping
    as "name: value" pairs; never JSON."""
    if value is None or value == "" or value == {} or value == []:
        return "–"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncIssues", "yes")
            if value
            else QCoreApplication.translate("SyncIssues", "no")
        )
    if isinstance(value, list):
        text = ", ".join(shown_value(v, limit=None) for v in value)
    elif isinstance(value, dict):
        text = "; ".join(
            f"{field_title(str(k))}: {shown_value(v, limit=None)}" for k, v in value.items()
        )
    else:
        text = str(value)
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def side_value(field: str, values: dict[str, Any], side: str) -> str:
    """One side of a field conflict ("yours", "theirs", "base") as the user reads it; the
    server names a missing approving manager "nobody"."""
    value = values.get(side)
    if field == "approving_manager" and value == "nobody":
        return QCoreApplication.translate("SyncIssues", "nobody")
    return shown_value(value)


def local_time(value: str) -> str:
    """An ISO time from the server in the user's time zone; a date stays a date."""
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return value
    if len(value) <= 10:
        return date.fromisoformat(value).isoformat()
    return format_datetime(when)


def column_value(issue: Issue, column: str, value: Any) -> str:
    """A server row's value in words: names for ids, states for codes, local times."""
    if value in (None, "", [], {}):
        return "–"
    if column.endswith("_id"):
        return issue.names.get(str(value), "–")
    if column == "status":
        text = REGISTRATION_STATUS.get(str(value))
        return _tr(text) if text else status_text(str(value))
    if isinstance(value, str) and (column.endswith("_at") or column.endswith("_on")):
        return local_time(value)
    return shown_value(value)


def act(issue: Issue) -> str:
    """The line naming the person and the act: "Approve alumni registration of Anna Berg"
    (the command's name when this computer does not have what it concerns)."""
    if not issue.subject:
        return command_title(issue.name)
    if issue.name == "alumni.decide":
        template = APPROVE_ALUMNUS if issue.args.get("decision") == "approve" else DENY_ALUMNUS
    elif issue.name in ACTS:
        template = ACTS[issue.name]
    else:
        return command_title(issue.name)
    return _tr(template).replace("%1", issue.subject)


def what_you_did(issue: Issue) -> list[tuple[str, str]]:
    """What the refused command would have done, as labelled values (no ids)."""
    args = issue.args
    out: list[tuple[str, str]] = []
    if issue.place:
        out.append((QCoreApplication.translate("SyncIssues", "Course round"), issue.place))
    if issue.name == "alumni.decide":
        out.append(
            (
                QCoreApplication.translate("SyncIssues", "Decision"),
                decision_text(str(args.get("decision"))).capitalize(),
            )
        )
    if issue.name in _ALUMNI_DECISIONS:
        out.append(
            (
                QCoreApplication.translate("SyncIssues", "Status when you decided"),
                status_text(str(args.get("expected_status"))),
            )
        )
    changes = args.get("changes")
    if isinstance(changes, dict):
        for field, change in changes.items():
            if field == "personnummer" or not isinstance(change, dict):
                continue
            old = column_value(issue, field, change.get("old"))
            new = column_value(issue, field, change.get("new"))
            out.append((field_title(field), new if "old" not in change else f"{old} → {new}"))
    if issue.name == "registration.set_manager":
        old = column_value(issue, "id", args.get("expected_manager_id"))
        new = column_value(issue, "id", args.get("approving_manager_id"))
        out.append(
            (QCoreApplication.translate("SyncIssues", "Approving manager"), f"{old} → {new}")
        )
    for key in ("name", "address", "number", "label", "reason", "message", "heading", "text"):
        if isinstance(args.get(key), str) and args[key]:
            out.append((field_title(key), shown_value(args[key])))
    return out


def _filled(template: str, *values: str) -> str:
    text = _tr(template)
    for n, value in enumerate(values, start=1):
        text = text.replace(f"%{n}", value)
    return text


def conflict_fields(issue: Issue) -> dict[str, dict[str, Any]]:
    """The fields of a refused field edit that someone else changed meanwhile."""
    fields = issue.details.get("fields") if issue.code == "conflict" else None
    if not isinstance(fields, dict):
        return {}
    return {str(k): v for k, v in fields.items() if isinstance(v, dict)}


def _decided(issue: Issue) -> str | None:
    """An alumni decision or an approval someone made first, from the refusal's values."""
    d = issue.details
    if issue.name in _ALUMNI_DECISIONS and d.get("status") and d.get("status") != "not_approved":
        when = local_time(str(d["decided_at"])) if d.get("decided_at") else "–"
        return _filled(
            QT_TRANSLATE_NOOP("SyncIssues", "Already decided by %1 at %2: %3."),
            str(
                d.get("decided_by")
                or QCoreApplication.translate("SyncIssues", "the automatic check")
            ),
            when,
            status_text(str(d["status"])),
        )
    if d.get("approved_at") and "approved_by_email" in d:
        return _filled(
            QT_TRANSLATE_NOOP("SyncIssues", "Already approved by %1 at %2."),
            str(d.get("approved_by_email") or "–"),
            local_time(str(d["approved_at"])),
        )
    return None


def issue_message(issue: Issue) -> str:
    """What the server said, in the user's language; a refused row of an import named
    first ("Row 7: …"), as the import dialog names it."""
    row = issue.details.get("row")
    if issue.name != "registration.import" or not isinstance(row, int) or isinstance(row, bool):
        return _server_said(issue)
    prefix = QCoreApplication.translate("ImportDialog", "Row %1: ").replace("%1", str(row))
    return prefix + _server_said(issue)


def _server_said(issue: Issue) -> str:
    """What the server said, in the user's language.

    A field conflict names the fields and who changed them; a decision made first
    says by whom and when; a message the app knows is translated; any other refusal
    says what its code means (in English: the server's own words).
    """
    if issue.code == "too_large":  # refused here (sync.engine): no push can carry it
        size = issue.details.get("bytes")
        return _filled(
            QT_TRANSLATE_NOOP(
                "SyncIssues",
                "This change is too large to send (%1 MB), so it never reached the server. "
                "Let it go, or make it again in smaller parts.",
            ),
            f"{size / 1048576:.1f}" if isinstance(size, int) else "?",
        )
    if issue.code == "withdrawn":  # the server settled it as taken back (an undo)
        return QCoreApplication.translate(
            "SyncIssues", "You took this change back before the server carried it out."
        )
    fields = conflict_fields(issue)
    if fields:
        names = ", ".join(field_title(f) for f in fields)
        who = sorted({str(v["changed_by"]) for v in fields.values() if v.get("changed_by")})
        if who and all(v.get("changed_by") for v in fields.values()):
            return _filled(
                QT_TRANSLATE_NOOP(
                    "SyncIssues", "%1 changed %2 after you saw it; your change was not applied."
                ),
                ", ".join(who),
                names,
            )
        return _filled(
            QT_TRANSLATE_NOOP(
                "SyncIssues",
                "Someone else changed %1 after you saw it; your change was not applied.",
            ),
            names,
        )
    decided = _decided(issue)
    if decided:
        return decided
    translated = refusal_text(issue.message, issue.details)
    if translated is not None:
        return translated
    if english() and issue.message and not _ID.search(issue.message):
        return issue.message
    return _tr(CODE_SENTENCES.get(issue.code, REFUSED))


#: The tables whose ``status`` is neither a registration's nor an alumni state: its words.
TABLE_STATUS = {"service_desk_case": case_status_text}


def current_values(issue: Issue) -> list[tuple[str, str]]:
    """The server's values of the rows the refusal concerns, labelled."""
    out: list[tuple[str, str]] = []
    for table, columns in SHOWN_COLUMNS.items():
        for row in issue.rows.get(table, [])[:3]:
            for column in columns:
                value = row.get(column)
                if value in (None, ""):
                    continue
                words = TABLE_STATUS.get(table) if column == "status" else None
                shown = words(str(value)) if words else column_value(issue, column, value)
                out.append((field_title(column), shown))
    return out


#: The columns of a field conflict, side by side.
CONFLICT_HEADS = (
    QT_TRANSLATE_NOOP("SyncIssues", "Field"),
    QT_TRANSLATE_NOOP("SyncIssues", "Before"),
    QT_TRANSLATE_NOOP("SyncIssues", "Yours"),
    QT_TRANSLATE_NOOP("SyncIssues", "Theirs (server)"),
    QT_TRANSLATE_NOOP("SyncIssues", "Changed by"),
)


def conflict_heads() -> list[str]:
    return [_tr(head) for head in CONFLICT_HEADS]


def changed_when(values: dict[str, Any]) -> str:
    """Who changed a field and when ("A. Berg, 2026-11-23 14:02"), or an empty text."""
    at = values.get("changed_at")
    when = local_time(at) if isinstance(at, str) else ""
    return ", ".join(part for part in (str(values.get("changed_by") or ""), when) if part)


#: The ways out of an issue: keep the server's values, send mine again, choose per field.
KEEP_THEIRS, MINE_AGAIN, PER_FIELD = "theirs", "mine", "per_field"


def choices(issue: Issue) -> tuple[str, ...]:
    """The ways out this kind of issue offers."""
    if conflict_fields(issue) and isinstance(issue.args.get("changes"), dict):
        return (KEEP_THEIRS, MINE_AGAIN, PER_FIELD)
    if issue.code in ("too_large", "withdrawn", "forbidden", "invalid", "not_found"):
        return (KEEP_THEIRS,)
    if issue.name in _ALUMNI_DECISIONS:
        # A decision goes over the state the server has only where that state allows it:
        # another officer's decision is reversed first (in the alumni queue), not here.
        _known, state = _server_state(issue, "alumni_registration", "status")
        allowed = _DECIDABLE[issue.name]
        return (KEEP_THEIRS, MINE_AGAIN) if state in allowed else (KEEP_THEIRS,)
    return (KEEP_THEIRS, MINE_AGAIN)


#: The states each alumni decision can be made in.
_DECIDABLE = {
    "alumni.decide": ("not_approved",),
    "alumni.reverse_decision": ("approved_manually", "denied"),
}


#: The argument each expected-state command sends with the state the user saw, and
#: where the refusal tells the state the server has now.
_EXPECTED = {
    "alumni.decide": ("expected_status", "alumni_registration", "status"),
    "alumni.reverse_decision": ("expected_status", "alumni_registration", "status"),
    "registration.set_manager": ("expected_manager_id", "registration", "approving_manager_id"),
}


def _server_state(issue: Issue, table: str, column: str) -> tuple[bool, Any]:
    if column == "status" and issue.details.get("status"):
        return True, issue.details["status"]
    rows = [r for r in issue.rows.get(table) or [] if isinstance(r, dict) and column in r]
    return (True, rows[0][column]) if rows else (False, None)


def mine_again_args(issue: Issue) -> dict[str, Any] | None:
    """The arguments that apply my change again over what the server has now (None: the
    same arguments): every field of an edit over the server's value, a decision over the
    state the server has."""
    fields = conflict_fields(issue)
    if fields and isinstance(issue.args.get("changes"), dict):
        changes = dict(issue.args["changes"])
        for field, values in fields.items():
            changes[field] = {"old": values.get("theirs"), "new": values.get("yours")}
        return {**issue.args, "changes": changes}
    if issue.name in _EXPECTED:
        key, table, column = _EXPECTED[issue.name]
        known, value = _server_state(issue, table, column)
        if known:
            return {**issue.args, key: value}
    return None
