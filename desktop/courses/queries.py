"""SQL of the Courses tab (run on the database executor)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypedDict

from sqlalchemy import Row, select, text
from sqlalchemy.orm import Session

from desktop.common.values import Record, day
from desktop.local_index import SORT_TABLE
from desktop.operations import OpContext
from models.courses import Registration, RegistrationStatus

#: A round's key numbers (registered, approved, waiting for approval, …) of the rounds ``cr``,
#: from the Participants list's sort keys (one row per live registration, ``status_class``
#: its registered/approved/cancelled state, :mod:`desktop.local_index`): counted
#: in the index on (round_id, status_class), without reading 100,000 registrations. The
#: other statuses (class -1) are few; their registrations are read.
_SORT_COUNTS = f"""
    sum(ps.status_class BETWEEN 0 AND 2) AS registered,
    sum(ps.status_class = 2) AS approved,
    sum(ps.status_class = 1) AS waiting,
    sum(ps.status_class = 0) AS not_requested,
    sum(ps.status_class = 3) AS cancelled,
    (SELECT count(*) FROM {SORT_TABLE} o JOIN registration r ON r.id = o.id
       WHERE o.round_id = cr.id AND o.status_class = -1
         AND r.status IN ('waiting', 'offered')) AS waiting_list,
    (SELECT count(*) FROM {SORT_TABLE} o JOIN registration r ON r.id = o.id
       WHERE o.round_id = cr.id AND o.status_class = -1 AND r.status = 'review') AS review
"""
_SORT_JOIN = f"LEFT JOIN {SORT_TABLE} ps ON ps.round_id = cr.id"

#: The key numbers ``_SORT_COUNTS`` names.
_COUNT_KEYS = (
    "registered",
    "approved",
    "waiting",
    "not_requested",
    "cancelled",
    "waiting_list",
    "review",
)


def _as_dict(row: Row[Any], *, days: tuple[str, ...] = (), counts: tuple[str, ...] = ()) -> Record:
    """A result row by column name: the ``days`` columns as dates, the ``counts`` 0 for none."""
    out = dict(row._mapping)
    out.update({k: day(out[k]) for k in days})
    out.update({k: out[k] or 0 for k in counts})
    return out


def _json_list(value: object) -> list[object]:
    """A JSON column read with raw SQL comes back as text."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    return list(value) if isinstance(value, list) else []


def _like(search: str) -> str:
    return "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def load_terms(ctx: OpContext) -> list[str]:
    with ctx.read() as s:
        rows = s.execute(
            text(
                "SELECT DISTINCT term FROM course_round WHERE deleted_at IS NULL AND term != '' "
                "ORDER BY substr(term, 3) DESC, term"
            )
        )
        return [r[0] for r in rows]


def load_courses(
    ctx: OpContext, *, search: str = "", term: str = "", archived: bool = False
) -> list[Record]:
    """Courses (with their number of rounds and the names of the courses they require)
    matching the search, having a round in ``term``; archived courses only with
    ``archived``."""
    where = ["c.deleted_at IS NULL"] + ([] if archived else ["NOT c.archived"])
    params: dict[str, str] = {}
    round_cond = "cr.course_id = c.id AND cr.deleted_at IS NULL"
    if term:
        round_cond += " AND cr.term = :term"
        params["term"] = term
    if search:
        where.append(
            "(c.name LIKE :like ESCAPE '\\' OR c.code LIKE :like ESCAPE '\\' OR EXISTS ("
            "SELECT 1 FROM course_round x WHERE x.course_id = c.id AND x.deleted_at IS NULL "
            "AND x.name LIKE :like ESCAPE '\\'))"
        )
        params["like"] = _like(search)
    sql = f"""
        SELECT c.id AS id, c.code AS code, c.name AS name, c.archived AS archived,
               count(cr.id) AS rounds,
               min(cr.starts_on) AS first_start, max(cr.ends_on) AS last_end,
               (SELECT group_concat(rc.name, ', ') FROM course_prerequisite p
                JOIN course rc ON rc.id = p.required_course_id
                WHERE p.course_id = c.id AND p.deleted_at IS NULL AND rc.deleted_at IS NULL
               ) AS requires
        FROM course c LEFT JOIN course_round cr ON {round_cond}
        WHERE {" AND ".join(where)}
        GROUP BY c.id {"HAVING count(cr.id) > 0" if term else ""}
        ORDER BY c.name COLLATE NOCASE
    """
    with ctx.read() as s:
        return [_as_dict(r, days=("first_start", "last_end")) for r in s.execute(text(sql), params)]


def review_count(ctx: OpContext) -> int:
    """How many sign-ups wait for review (issue 17: a booking's check failed)."""
    with ctx.read() as s:
        found = s.execute(
            text("SELECT count(*) FROM registration WHERE status = 'review' AND deleted_at IS NULL")
        ).scalar()
        return int(found or 0)


def round_choices(ctx: OpContext) -> list[tuple[str, str]]:
    """Every live round as (id, name), the latest first (the round pickers' choices)."""
    with ctx.read() as s:
        rows = s.execute(
            text(
                "SELECT id, name FROM course_round WHERE deleted_at IS NULL "
                "ORDER BY starts_on DESC, name"
            )
        )
        return [(r[0], r[1]) for r in rows]


def load_rounds(
    ctx: OpContext,
    *,
    course_id: str | None = None,
    term: str = "",
    status: str = "",
    search: str = "",
    archived: bool = False,
) -> list[Record]:
    """Rounds with their key numbers (registered, approved, waiting for approval); archived
    rounds (and those of archived courses) only with ``archived``."""
    where = ["cr.deleted_at IS NULL"] + ([] if archived else ["NOT cr.archived", "NOT c.archived"])
    params: dict[str, str] = {}
    if course_id:
        where.append("cr.course_id = :course_id")
        params["course_id"] = course_id
    if term:
        where.append("cr.term = :term")
        params["term"] = term
    if status:
        where.append("cr.status = :status")
        params["status"] = status
    if search and not course_id:
        where.append("(cr.name LIKE :like ESCAPE '\\' OR c.name LIKE :like ESCAPE '\\')")
        params["like"] = _like(search)
    sql = f"""
        SELECT cr.id AS id, cr.name AS name, c.name AS course, cr.term AS term,
               cr.starts_on AS starts_on, cr.ends_on AS ends_on, cr.place AS place,
               cr.seats AS seats, cr.status AS status, cr.archived AS archived, {_SORT_COUNTS}
        FROM course_round cr JOIN course c ON c.id = cr.course_id
        {_SORT_JOIN}
        WHERE {" AND ".join(where)}
        GROUP BY cr.id ORDER BY cr.starts_on, cr.name
    """
    with ctx.read() as s:
        return [
            _as_dict(r, days=("starts_on", "ends_on"), counts=_COUNT_KEYS)
            for r in s.execute(text(sql), params)
        ]


class SignupForm(TypedDict):
    """A round's sign-up form as its page shows it."""

    id: str
    heading: str
    intro: str
    confirmation: str
    published: bool


@dataclass
class RoundInfo:
    """A round's page: the round, its key numbers, its sign-up form."""

    id: str
    name: str
    course: str
    course_code: str
    term: str
    starts_on: date | None
    ends_on: date | None
    place: str
    seats: int
    status: str
    counts: dict[str, int]
    form: SignupForm | None
    elements: list[Record] = field(default_factory=list)
    price_ore: int | None = None
    registration_opens_on: date | None = None
    registration_closes_on: date | None = None
    #: Pairs sign up together (issue 17).
    partner_course: bool = False


def round_row(s: Session, sql: str, round_id: str) -> Row[*tuple[Any, ...]]:
    """The first row ``sql`` finds for the round ``:id``; LookupError when there is none
    (the round is gone)."""
    row = s.execute(text(sql), {"id": round_id}).first()
    if row is None:
        raise LookupError("round not found")
    return row


def load_round(ctx: OpContext, round_id: str) -> RoundInfo:
    with ctx.read() as s:
        r = round_row(
            s,
            f"""SELECT cr.id, cr.name, c.name, c.code, cr.term, cr.starts_on, cr.ends_on,
                           cr.place, cr.seats, cr.status, cr.price_ore AS price_ore,
                           cr.registration_opens_on AS opens, cr.registration_closes_on AS closes,
                           cr.partner_course AS partner_course,
                           {_SORT_COUNTS}
                    FROM course_round cr JOIN course c ON c.id = cr.course_id
                    {_SORT_JOIN}
                    WHERE cr.id = :id GROUP BY cr.id""",
            round_id,
        )
        form = s.execute(
            text(
                "SELECT id, heading, intro, confirmation_text, published FROM signup_form "
                "WHERE round_id = :id AND deleted_at IS NULL LIMIT 1"
            ),
            {"id": round_id},
        ).first()
        elements: list[Record] = []
        if form is not None:
            elements = [
                {
                    "id": e[0],
                    "kind": e[1],
                    "label": e[2],
                    "required": bool(e[3]),
                    "require_email_confirmation": bool(e[4]),
                    "options": _json_list(e[5]),
                }
                for e in s.execute(
                    text(
                        "SELECT id, kind, label, required, require_email_confirmation, options "
                        "FROM form_element WHERE form_id = :f AND deleted_at IS NULL "
                        "ORDER BY position"
                    ),
                    {"f": form[0]},
                )
            ]
    return RoundInfo(
        id=r[0],
        name=r[1],
        course=r[2],
        course_code=r[3],
        term=r[4],
        starts_on=day(r[5]),
        ends_on=day(r[6]),
        place=r[7],
        seats=r[8] or 0,
        status=r[9],
        counts={k: r._mapping[k] or 0 for k in _COUNT_KEYS},
        price_ore=r._mapping["price_ore"],
        registration_opens_on=day(r._mapping["opens"]),
        registration_closes_on=day(r._mapping["closes"]),
        partner_course=bool(r._mapping["partner_course"]),
        form=(
            {
                "id": form[0],
                "heading": form[1],
                "intro": form[2],
                "confirmation": form[3],
                "published": bool(form[4]),
            }
            if form is not None
            else None
        ),
        elements=elements,
    )


def not_approved_ids(ctx: OpContext, round_id: str) -> list[str]:
    """The round's registered sign-ups not yet approved, oldest first."""
    query = (
        select(Registration.id)
        .where(Registration.round_id == round_id, Registration.deleted_at.is_(None))
        .where(Registration.status == RegistrationStatus.REGISTERED)
        .where(Registration.approved_at.is_(None))
        .order_by(Registration.created_at)
    )
    with ctx.read() as s:
        return list(s.scalars(query))
