"""The plain text of Kansli's mails: "Label: value" facts in a column, a round's facts,
the greeting, paragraphs wrapped at 78 characters (in the current language:
:func:`server.i18n.use_language`)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from models.courses import Course, CourseRound
from models.pricing import LINE_TEXTS, Line, kronor_text
from server.i18n import gettext


def facts(rows: list[tuple[str, str]]) -> list[str]:
    """Indented "Label: value" lines with the values in one column."""
    shown = [(label + ":", value) for label, value in rows if value]
    width = max((len(label) for label, _ in shown), default=0) + 1
    return [f"  {label.ljust(width)}{value}".rstrip() for label, value in shown]


def round_lines(
    course: Course | None,
    round_: CourseRound | None,
    *,
    first: Sequence[tuple[str, str]] = (),
) -> list[str]:
    """The course and round facts a mail names (after ``first``), in the current language."""
    rows = list(first)
    if course is not None:
        rows.append((gettext("Course"), course.name))
    if round_ is not None:
        rows.append((gettext("Course round"), round_.name))
        dates = " – ".join(d.isoformat() for d in (round_.starts_on, round_.ends_on) if d)
        rows += [(gettext("Dates"), dates), (gettext("Place"), round_.place or "")]
    return facts(rows)


def greeting(name: str) -> str:
    """A mail's first line, in the current language ("Hello Anna," or "Hello,")."""
    return gettext("Hello {name},").format(name=name).replace(" ,", ",")


def paragraph(text: str) -> list[str]:
    """``text`` as mail lines of at most 78 characters."""
    return textwrap.wrap(text, width=78, break_on_hyphens=False) or [""]


def mail_text(name: str | None, *blocks: str | list[str], signature: str | None = None) -> str:
    """A mail's text: the greeting to ``name`` (none when None), then each block and a
    blank line after it (a string is a paragraph, wrapped; a list is lines as they are),
    then ``signature`` if given."""
    lines = [greeting(name), ""] if name is not None else []
    for block in blocks:
        lines += paragraph(block) if isinstance(block, str) else block
        lines.append("")
    if signature is not None:
        lines.append(signature)
    return "\n".join(lines)


def line_text(line: Line) -> str:
    """A price line in the current language."""
    params = {
        key: kronor_text(value) if key == "amount" and isinstance(value, int) else value
        for key, value in line.params.items()
    }
    return gettext(LINE_TEXTS[line.text]).format(**params)
