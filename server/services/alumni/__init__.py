"""Alumni registrations on the server (seed 001; DOMAIN.md "Alumni registration").

- :mod:`.forms`: the public forms, intake (``received``) and the alumnus'
  own termination through a mailed link (``unregistered``);
- :mod:`.processing`: the automatic check of received registrations, with
  retries after technical errors;
- :mod:`.enrichment` and :mod:`.categories`: what the check writes on the
  person (contact details, student records, "Registered alumnus");
- :mod:`.persons`: duplicate candidates with scores, and merging two persons;
- :mod:`.worker`: the background worker that runs the check;
- :mod:`.public`: what the public page and API share (tenant by slug, rate limit).

The names most callers need are importable from this package directly.
"""

from __future__ import annotations

from server.services.alumni.categories import (
    CATEGORY_NAMES,
    category_keys,
    give_category,
    take_category,
)
from server.services.alumni.forms import (
    AlumniFormError,
    intake,
    request_unregister_link,
    unregister,
    unregister_by_link,
    unregister_link,
)
from server.services.alumni.persons import MergeResult, merge_persons, registration_candidates
from server.services.alumni.processing import (
    RETRY_BASE,
    RETRY_MAX,
    PendingSummary,
    ProcessOutcome,
    process_pending,
    process_registration,
    retry_delay,
)

__all__ = [
    "CATEGORY_NAMES",
    "RETRY_BASE",
    "RETRY_MAX",
    "AlumniFormError",
    "MergeResult",
    "PendingSummary",
    "ProcessOutcome",
    "category_keys",
    "give_category",
    "intake",
    "merge_persons",
    "process_pending",
    "process_registration",
    "registration_candidates",
    "request_unregister_link",
    "retry_delay",
    "take_category",
    "unregister",
    "unregister_by_link",
    "unregister_link",
]
