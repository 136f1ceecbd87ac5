"""What a mail made from a shipped default template says (issue 16), to compare with a mail
received over SMTP byte for byte.

:func:`expected` fills the default's subject and body in a language with the values of
the event, as :func:`models.notifications.render` does, and wraps the body's lines at 78
characters as Kansli's mails always were (a link or another long word stays whole).
:func:`assert_mail` compares a received mail with it.
"""

from __future__ import annotations

import difflib
import textwrap
import time
from collections.abc import Callable, Mapping
from email.message import EmailMessage

from models.notifications import Language, render
from server.services.message_defaults import DEFAULTS

BY_KEY = {default.key: default for default in DEFAULTS}


def wrapped(text: str) -> str:
    """``text`` with each line longer than 78 characters wrapped at its spaces."""
    out: list[str] = []
    for line in text.split("\n"):
        out += textwrap.wrap(line, 78, break_on_hyphens=False, break_long_words=False) or [""]
    return "\n".join(out)


def expected(key: str, language: str, values: Mapping[str, object]) -> tuple[str, str]:
    """The subject and body of the default ``key`` in ``language`` filled with ``values``."""
    texts = BY_KEY[key].texts[Language(language)]
    return render(texts.subject, values), wrapped(render(texts.email_body, values))


def assert_mail(mail: EmailMessage, key: str, language: str, values: Mapping[str, object]) -> None:
    """``mail`` is the default ``key``'s text in ``language`` with ``values``, exactly (the
    body's last line ends with the line break MIME gives every text part)."""
    subject, body = expected(key, language, values)
    got = (str(mail["Subject"]), mail.get_content().replace("\r\n", "\n"))
    want = (subject, body.rstrip("\n") + "\n")
    assert got == want, "\n".join(
        difflib.ndiff("\n".join(want).split("\n"), "\n".join(got).split("\n"))
    )


def mail_of(
    mails: list[EmailMessage], to: str, key: str, language: str, values: Mapping[str, object]
) -> EmailMessage:
    """The one mail of ``mails`` to ``to`` with the subject of the default ``key``."""
    subject = expected(key, language, values)[0]
    found = [m for m in mails if str(m["To"]) == to and str(m["Subject"]) == subject]
    assert len(found) == 1, (subject, [(str(m["To"]), str(m["Subject"])) for m in mails])
    return found[0]


def assert_sent(
    mails: list[EmailMessage], to: str, key: str, language: str, values: Mapping[str, object]
) -> None:
    """One of ``mails`` went to ``to`` and is the default ``key``'s text with ``values``."""
    assert_mail(mail_of(mails, to, key, language, values), key, language, values)


def wait_for_mails(
    run: Callable[[], object], arrived: Callable[[], list[EmailMessage]], count: int
) -> list[EmailMessage]:
    """Run the mail worker (``run``) until ``count`` mails ``arrived`` (30 s at most)."""
    deadline = time.monotonic() + 30
    while len(found := arrived()) < count:
        assert time.monotonic() < deadline, f"{len(found)} of {count} mails arrived"
        run()
        time.sleep(0.05)  # polling a condition with a deadline
    return found
