"""The registry of benchmark scenarios: name -> function(size) -> Result."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from bench.alumni_scenarios import alumni_match
from bench.desktop_scenarios import participants_view, print_sheet, startup
from bench.harness import Result
from bench.import_scenarios import import_participants
from bench.invoice_scenarios import invoice_run
from bench.many_clients import many_clients
from bench.notify_scenarios import notify_fanout
from bench.payments_scenarios import bgmax_import
from bench.presence_scenarios import checkin_scan, lok_period
from bench.pricing_scenarios import pricing
from bench.returning_scenarios import returning_report_bench
from bench.security_scenarios import login_storm
from bench.sie_scenarios import sie_export
from bench.start_scenarios import demo_start, desktop_demo
from bench.student_import import import_student_records
from bench.sync_scenarios import incremental_sync, initial_sync, push

SCENARIOS: dict[str, Callable[[int | None], Result]] = {
    "initial-sync": initial_sync,
    "incremental-sync": incremental_sync,
    "push": push,
    "demo-start": demo_start,
    "desktop-demo": desktop_demo,
    "startup": startup,
    "participants-view": participants_view,
    # The same over the SQLCipher-encrypted store (issue 23).
    "startup-encrypted": partial(startup, encrypted=True),
    "participants-view-encrypted": partial(participants_view, encrypted=True),
    "print": print_sheet,
    "alumni-match": alumni_match,
    "login-storm": login_storm,
    "many-clients": many_clients,
    "sie-export": sie_export,
    "import-participants": import_participants,
    "import-student-records": import_student_records,
    "notify-fanout": notify_fanout,
    "pricing": pricing,
    "bgmax-import": bgmax_import,
    "invoice-run": invoice_run,
    "lok-period": lok_period,
    "checkin-scan": checkin_scan,
    "returning-report": returning_report_bench,
}
