"""The redaction covers everything: every synced table and column is classified, every
pushable command answers a course administrator without personal data (also when
refused, with conflicts provoked), and every endpoint has a case here or a reason.

A new column, table, command or endpoint fails one of these tests until it is
classified (``models.visibility``) or given a case or a reason below.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from models.base import Base
from models.commands import registered
from models.ids import new_id
from models.people import Person
from models.tenancy import Role
from models.validators import format_personnummer
from models.visibility import (
    ORDINARY_COLUMNS,
    PERSONAL_COLUMNS,
    PERSONAL_TABLES,
    RESTRICTED_COLUMNS,
)
from server.db import make_engine  # noqa: F401  (imports every server-only table)
from server.services.rows import synced_table_objects
from tests.server.helpers import World, cmd
from tests.server.test_cross_tenant import SPECS, Picker, seed
from tests.utils.servers import InProcessServer

# -- tables and columns -------------------------------------------------------------------------


def test_every_synced_table_and_column_is_classified() -> None:
    synced = {t.name: {str(c.name) for c in t.columns} for t in synced_table_objects()}
    unclassified = {
        f"{table}.{column}"
        for table, columns in synced.items()
        if table not in PERSONAL_TABLES
        for column in columns
        if column not in ORDINARY_COLUMNS.get(table, frozenset())
        and column not in PERSONAL_COLUMNS.get(table, frozenset())
        and column not in RESTRICTED_COLUMNS.get(table, {})
    }
    assert not unclassified, f"classify in models/visibility.py: {sorted(unclassified)}"
    both = {
        f"{t}.{c}"
        for t, cs in PERSONAL_COLUMNS.items()
        for c in cs & ORDINARY_COLUMNS.get(t, set())
    }
    assert not both, both
    restricted_too = {
        f"{t}.{c}"
        for t, cs in RESTRICTED_COLUMNS.items()
        for c in cs
        if c in ORDINARY_COLUMNS.get(t, set()) | PERSONAL_COLUMNS.get(t, set())
        or c not in synced.get(t, set())
    }
    assert not restricted_too, (
        f"restricted and also classified otherwise, or not synced: {restricted_too}"
    )
    stale = {
        f"{t}.{c}"
        for t, cs in [*ORDINARY_COLUMNS.items(), *PERSONAL_COLUMNS.items()]
        for c in cs
        if c not in synced.get(t, set())
    } | {t for t in PERSONAL_TABLES if t not in synced}
    assert not stale, f"classified but not synced: {sorted(stale)}"


def test_personal_columns_can_be_null_and_evidence_is_not_synced() -> None:
    tables = Base.metadata.tables
    for table, columns in [*PERSONAL_COLUMNS.items(), *RESTRICTED_COLUMNS.items()]:
        for column in columns:
            assert tables[table].c[column].nullable, f"{table}.{column}: null means 'not shown'"
    assert not tables["signature_evidence"].info.get("synced")
    assert "evidence" not in tables["signature"].c


# -- commands -----------------------------------------------------------------------------------


def _personal_texts(pulled: dict[str, Any]) -> set[str]:
    """Every personal value of the tenant, in the forms it could take inside an answer."""
    out: set[str] = set()
    for table, rows in pulled["changes"].items():
        for row in rows.values():
            columns = set(row) if table in PERSONAL_TABLES else PERSONAL_COLUMNS.get(table, ())
            for column in columns:
                value = row.get(column)
                if column == "personnummer" and value:
                    out |= {value, value[2:], format_personnummer(value)}
                elif column == "birth_date" and value:
                    out.add(value)
    return out


def _wrong_expectations(name: str, args: dict[str, Any]) -> list[dict[str, Any]]:
    """Variants of ``args`` whose assumptions do not hold on the server (conflicts)."""
    variants: list[dict[str, Any]] = []
    if name == "person.edit":
        for field in Person.EDITABLE_FIELDS:
            wrong = "1900-01-01" if field == "birth_date" else "190001019806"
            variants.append({**args, "changes": {field: {"old": wrong, "new": wrong}}})
            variants.append({**args, "changes": {field: {"old": "x", "new": None}}})
    for key in args:
        if key.startswith("expected_"):
            variants.append({**args, key: new_id() if key.endswith("_id") else "approved"})
    return variants


#: Commands SPECS (tests/server/test_cross_tenant.py) does not cover: their case here.
EXTRA_SPECS: dict[str, Callable[[Picker], dict[str, Any]]] = {}


def test_every_pushable_command_has_a_case() -> None:
    pushable = {name for (name, _), c in registered().items() if c.pushable}
    missing = pushable - set(SPECS) - set(EXTRA_SPECS)
    assert not missing, f"add cases (SPECS or EXTRA_SPECS) for: {sorted(missing)}"


def test_no_command_answers_a_course_admin_with_personal_data(world: World) -> None:
    seed(world, 3)
    everything = world.pull_all(Role.ADMIN)
    personal = _personal_texts(everything)
    assert len(personal) > 10  # the demo data has personnummer and birth dates to leak
    used: set[str] = set()
    results: list[tuple[str, dict[str, Any]]] = []
    for name, spec in {**SPECS, **EXTRA_SPECS}.items():
        args = spec(Picker(everything, everything, None, used))
        envelopes = [cmd(name, **args)]
        envelopes += [cmd(name, **variant) for variant in _wrong_expectations(name, args)]
        envelopes.append(cmd(name, **copy.deepcopy(args)))  # again: exists, conflicts
        for role in (Role.COURSE_ADMIN, Role.VIEWER, Role.ATTESTANT):
            for envelope in envelopes:
                answers = world.push({**envelope, "id": new_id()}, role=role)
                answers += world.push(envelope, role=role)  # the first answer, repeated
                results += [(name, r) for r in answers]
    assert {n for n, r in results if r["status"] == "applied"} >= {"person.edit", "course.create"}
    assert any(r["code"] == "conflict" for _, r in results if r["status"] == "rejected")
    for name, result in results:
        text = json.dumps(result)
        leaked = [value for value in personal if value in text]
        assert not leaked, (name, leaked, result)
        assert not set(result["rows"]) & PERSONAL_TABLES, (name, result["rows"].keys())


# -- endpoints ----------------------------------------------------------------------------------

NO_PERSON_DATA = "answers with no data of persons other than the caller"
OWN = "the caller's own account (their e-mail, name, roles)"
PUBLIC = "a public page: shows only what the visitor typed, the order, or fixed texts"
LINK = "a link page for the one person the link was mailed to: their order or registration"
PERSONAL_ROLES_ONLY = "personal-data roles only (admin, alumni_officer): a 403 for the others"
STAFF_ORDER = "an agent order page (staff of the agent): order data, no person profile"
CASE_GET = "case: test_no_get_endpoint_shows_personal_data"
USERS = "staff accounts (e-mail, name, roles, sessions) for administrators; no person profile"

#: Every endpoint: a case in this file (or the file named) or the reason it needs none.
ENDPOINTS: dict[str, str] = {
    "GET /api/v1/openapi.json": NO_PERSON_DATA,
    "GET /api/v1/health": CASE_GET,
    "GET /healthz": CASE_GET,
    "GET /readyz": CASE_GET,
    "POST /api/v1/auth/login": OWN,
    "POST /api/v1/auth/logout": NO_PERSON_DATA,
    "GET /api/v1/me": CASE_GET + "; " + OWN,
    "POST /api/v1/sync/push": "case: test_no_command_answers_a_course_admin_with_personal_data",
    "GET /api/v1/sync/pull": CASE_GET + "; tests/server/test_redaction.py",
    "POST /api/v1/web/handover": NO_PERSON_DATA,
    "GET /web/enter": NO_PERSON_DATA + " (a redirect)",
    "POST /web/logout": NO_PERSON_DATA,
    "GET /web/login": NO_PERSON_DATA + " (the sign-in form)",
    "POST /web/login": NO_PERSON_DATA + " (the form again with the address typed, or a redirect)",
    "GET /api/v1/notifications": CASE_GET,
    "POST /api/v1/notifications/{notification_id}/read": NO_PERSON_DATA,
    "GET /api/v1/agents/{agent_id}/roles": "staff e-mail addresses and roles; no person data",
    "POST /api/v1/agents/{agent_id}/roles": "staff e-mail addresses and roles; no person data",
    "DELETE /api/v1/agents/{agent_id}/roles/{grant_id}": NO_PERSON_DATA,
    "POST /api/v1/agent-orders/invitations": "echoes the address it was given",
    "GET /api/v1/agent-orders/seen": CASE_GET + "; the caller's own order ids and times",
    "POST /api/v1/agent-orders/{order_id}/seen": "echoes the order id it was given and a time",
    "POST /api/v1/auth/password-reset": NO_PERSON_DATA + " (the same answer for any address)",
    "GET /api/v1/me/sessions": OWN,
    "DELETE /api/v1/me/sessions/{session_id}": OWN,
    "GET /api/v1/users": CASE_GET + "; " + USERS,
    "POST /api/v1/users": USERS,
    "PATCH /api/v1/users/{user_id}": USERS,
    "POST /api/v1/users/{user_id}/password-reset": USERS,
    "GET /api/v1/users/{user_id}/sessions": USERS,
    "DELETE /api/v1/users/{user_id}/sessions/{session_id}": USERS,
    "GET /api/v1/signatures/{signature_id}/evidence": (
        "administrators only, audited: tests/server/test_redaction_evidence.py"
    ),
    "GET /api/v1/mail": CASE_GET,
    "GET /api/v1/registrations/approval-failures": (
        "course roles only: registration ids with the SMTP answer of their failed request "
        "(the manager's address, as the participants list shows): "
        "tests/server/test_approval_failures.py"
    ),
    "GET /api/v1/accounting/sie": (
        "money roles only (admin, treasurer), audited: the SIE 4 file of the ledger (accounts, "
        "amounts, registration ids and payment references; no person data): "
        "tests/server/test_sie_export.py"
    ),
    "GET /api/v1/accounting/credit-balances": (
        "money roles only (admin, treasurer), audited: each person's credit balance by name "
        "(the liability's sub-ledger; names only, no contact data): "
        "tests/server/test_sie_export.py"
    ),
    "GET /api/v1/payments/reminders": (
        "money roles only (admin, treasurer), audited: the reminded invoices with the "
        "debtor's name, amounts and OCR (no contact details): tests/server/test_reminders.py"
    ),
    "GET /api/v1/payments/collection": (
        "money roles only (admin, treasurer), audited: as /payments/reminders, the invoices "
        "for collection: tests/server/test_reminders.py"
    ),
    "GET /api/v1/reports/economics": (
        "money roles only (admin, treasurer), audited: sums per course, category or term; "
        "no person data: tests/server/test_economics.py"
    ),
    "GET /api/v1/reports/evaluations": (
        "course staff (admin, course admin), audited: answer counts, distributions, averages "
        "and the free texts participants wrote; no name, contact data or personnummer (an "
        "anonymous answer is kept without whose it is): tests/server/test_evaluations.py"
    ),
    "GET /api/v1/payments/card-events": (
        "money roles only (admin, treasurer): the providers' events (ids, amounts, outcomes); "
        "no person data: tests/server/test_card_payments.py"
    ),
    "POST /api/v1/payments/{provider}/webhook": NO_PERSON_DATA + " (received and its outcome)",
    "POST /api/v1/payments/bgmax": (
        "money roles only (admin, treasurer), audited: what the import did (counts and "
        "amounts); no person data: tests/server/test_payments.py"
    ),
    "GET /api/v1/payments/unmatched": (
        "money roles only (admin, treasurer), audited: the unmatched payments with the "
        "payer's name as the bank gave it, amounts and references: tests/server/test_payments.py"
    ),
    "GET /api/v1/payments/invoices": (
        "money roles only (admin, treasurer): invoices with the person's name, number, OCR "
        "and amounts (no contact details), for matching: tests/server/test_payments.py"
    ),
    "POST /api/v1/payments/{payment_id}/match": (
        "money roles only (admin, treasurer), audited: the payment as matched (the payer's "
        "name as the bank gave it): tests/server/test_payments.py"
    ),
    "GET /api/v1/refunds": (
        "money roles only (admin, treasurer), audited: the refunds with the person's name, "
        "amounts, state, the provider's reason and the bank account as typed (no contact "
        "details): tests/server/test_refunds.py"
    ),
    "POST /api/v1/refunds/{refund_id}/paid": (
        "money roles only (admin, treasurer), audited: the refund as marked paid (as GET "
        "/refunds): tests/server/test_refunds.py"
    ),
    "POST /api/v1/refunds/{refund_id}/card": (
        "money roles only (admin, treasurer), audited: the refund as asked of the provider "
        "(as GET /refunds): tests/server/test_refunds.py"
    ),
    "POST /api/v1/refunds/credit": (
        "money roles only (admin, treasurer), audited: the credit paid out (as GET "
        "/refunds): tests/server/test_refunds.py"
    ),
    "GET /api/v1/people/{person_id}/extract": (
        "administrators only (a 403 for every other role): tests/server/test_extract.py"
    ),
    "GET /api/v1/audit": CASE_GET + "; administrators only, details never hold personnummer",
    "GET /api/v1/people/{person_id}/account": (
        "administrators and course administrators only, audited: a person's balance and "
        "their own ledger postings (amounts, days, references; no personal data): "
        "tests/server/test_person_account.py"
    ),
    "GET /api/v1/rounds/{round_id}/overdue": (
        "administrators and course administrators only, audited: person ids of a round's "
        "participants with the amount overdue (no names, no other personal data): "
        "tests/server/test_person_account.py"
    ),
    "GET /api/v1/mail/{mail_id}": (
        "administrators only: one mail or SMS (status, address, subject, text without tokens "
        "or codes): tests/server/test_mail_list.py"
    ),
    "POST /api/v1/alumni/process": "administrators only; ids, statuses and reasons",
    "GET /api/v1/alumni/registrations/{registration_id}/candidates": PERSONAL_ROLES_ONLY,
    "POST /api/v1/persons/merge": PERSONAL_ROLES_ONLY,
    "POST /api/v1/public/alumni/{tenant_slug}/registrations": PUBLIC,
    "GET /alumni/{slug}/register": PUBLIC,
    "POST /alumni/{slug}/register": PUBLIC,
    "GET /alumni/{slug}/unregister": PUBLIC,
    "POST /alumni/{slug}/unregister": PUBLIC,
    "GET /alumni/{slug}/unregister/{token}": LINK,
    "POST /alumni/{slug}/unregister/{token}": LINK,
    "GET /alumni/{slug}/confirm/{token}": LINK + " (the proposed details, to a profile's address)",
    "POST /alumni/{slug}/confirm/{token}": LINK,
    "GET /password/{token}": LINK + " (the account's own address only)",
    "POST /password/{token}": LINK,
    "POST /api/v1/sync/status": (
        "the caller's own commands' first answers, redacted as push results are"
    ),
    "GET /catalogue/{tenant_slug}": PUBLIC + " (the open rounds: course, dates, seats left, price)",
    "GET /book/{token}": LINK + " (their first name, the open rounds, their own statuses)",
    "GET /book/{token}/{round_id}": LINK + " (their own price; former partners by name only)",
    "POST /book/{token}/{round_id}": LINK + " (their own booking; a partner by name only)",
    "POST /book/{token}/pay/{registration_id}": LINK + " (a redirect to the card provider)",
    "GET /evaluation/{token}": LINK + " (the course, round and questions; no person data)",
    "POST /evaluation/{token}": LINK + " (a thank-you; an anonymous answer keeps no name)",
    "GET /signup/{form_id}": PUBLIC,
    "POST /signup/{form_id}": PUBLIC + " (a personnummer typed is shown masked)",
    "GET /approve/{token}": LINK + " (names and sign-up answers, never the personnummer)",
    "POST /approve/{token}": LINK,
    "GET /offer/{token}": LINK + " (the participant's own name and the round)",
    "POST /offer/{token}": LINK,
    "GET /consent/{token}": LINK + " (the consent the holder gave, its text, the registration)",
    "POST /consent/{token}": LINK,
    "POST /api/v1/sms/receipts/{token}": (
        "the SMS gateway's delivery report (no session, signed URL): answers 204 or a bare "
        "404/422, never data: tests/server/test_sms_receipts.py"
    ),
    "GET /reports/invoice/{token}": (
        "an invoice link mailed to the person invoiced: their own invoice as a PDF (name, "
        "address, lines, amounts; no personnummer): tests/server/test_invoices.py"
    ),
    "GET /reports/{token}": (
        "a report link mailed to the round's notification recipients: the round's participant "
        "list (names, organisations, contact data, no personnummer): "
        "tests/server/test_report_links.py"
    ),
    "GET /staff/": OWN,
    "GET /staff/preview/registrations/{registration_id}": (
        "the manager page's preview (course admins): names and answers, no personal columns"
    ),
    "GET /staff/preview/signup/{form_id}": (
        "the sign-up page's preview (course admins): the form's own texts and questions, no person"
    ),
    "GET /agent-orders/order/{token}": LINK,
    "POST /agent-orders/order/{token}": LINK,
    "GET /agent-orders/attest/{token}": LINK,
    "POST /agent-orders/attest/{token}/sms": LINK,
    "POST /agent-orders/attest/{token}/sms/verify": LINK,
    "POST /agent-orders/attest/{token}/bankid": LINK,
    "POST /agent-orders/attest/{token}/bankid/{signing_id}/check": LINK,
    "POST /agent-orders/attest/{token}/bankid/{signing_id}/cancel": LINK,
    "POST /agent-orders/attest/{token}/bankid/{signing_id}/status": LINK,
    "POST /agent-orders/attest/{token}/decline": LINK,
    "GET /staff/agent-orders/": STAFF_ORDER,
    "GET /staff/agent-orders/{order_id}": STAFF_ORDER,
    "GET /staff/agent-orders/{order_id}/open": STAFF_ORDER,
    "GET /staff/agent-orders/{order_id}/review": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/review/start": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/approve": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/reject": STAFF_ORDER,
    "GET /staff/agent-orders/{order_id}/attest": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/attest/sms": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/attest/sms/verify": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/attest/bankid": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/attest/bankid/{signing_id}/status": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/attest/bankid/{signing_id}/check": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/attest/bankid/{signing_id}/cancel": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/attest/decline": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/review/bankid/approve": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/review/bankid/reject": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/review/bankid/{signing_id}/status": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/review/bankid/{signing_id}/check": STAFF_ORDER,
    "POST /staff/agent-orders/{order_id}/review/bankid/{signing_id}/cancel": STAFF_ORDER,
}


def _routes(api: InProcessServer) -> set[str]:
    """Every served endpoint as "METHOD path" (routers included under a prefix too)."""
    found: set[str] = set()
    for route in api.app.routes:
        contexts = getattr(route, "effective_route_contexts", None)
        endpoints = list(contexts() if callable(contexts) else contexts) if contexts else [route]
        for endpoint in endpoints:
            path = getattr(endpoint, "path", None)
            for method in sorted(set(getattr(endpoint, "methods", None) or ()) - {"HEAD"}):
                found.add(f"{method} {path}")
    return found


def test_every_endpoint_has_a_case_or_a_reason(api: InProcessServer) -> None:
    routes = _routes(api)
    missing = routes - set(ENDPOINTS)
    assert not missing, f"give these a case or a reason in ENDPOINTS: {sorted(missing)}"
    gone = set(ENDPOINTS) - routes
    assert not gone, f"no longer served: {sorted(gone)}"


@pytest.mark.parametrize("role", [Role.COURSE_ADMIN, Role.VIEWER, Role.AGENT_CASE_HANDLER])
def test_no_get_endpoint_shows_personal_data(api: InProcessServer, world: World, role: str) -> None:
    seed(world, 4)
    personal = _personal_texts(world.pull_all(Role.ADMIN))
    client = world.client(role)
    answered = 0
    for endpoint in sorted(_routes(api)):
        method, path = endpoint.split(" ", 1)
        if method != "GET" or "{" in path:
            continue
        resp = client.get(f"{world.url}{path}", timeout=30)
        answered += resp.status_code == 200
        leaked = [value for value in personal if value in resp.text]
        assert not leaked, (endpoint, leaked)
    assert answered >= 4
