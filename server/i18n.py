"""The server's languages: gettext catalogs and the current language of what is being made.

Texts are English in code, marked with ``gettext()`` / ``_()`` (``N_()`` for
module-level constants, translated where they are used);
``server/locale/sv/LC_MESSAGES/messages.mo`` holds the Swedish, compiled from
``messages.po`` by ``server/locale/update.py``. Only the standard library's
:mod:`gettext` reads it at runtime. Web pages choose the language per request
(:mod:`server.web.i18n`); mails are written in their tenant's language
(``with use_language(tenant.language)``).
"""

from __future__ import annotations

import gettext as _gettext
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from models.bundle import data_path
from models.errors import DomainError

log = logging.getLogger(__name__)

LOCALE_DIR = data_path("server", "locale")
DOMAIN = "messages"
LANGUAGES = ("en", "sv")
DEFAULT_LANGUAGE = "en"

_language: ContextVar[str] = ContextVar("kansli_web_language", default=DEFAULT_LANGUAGE)


@cache
def translations(language: str) -> _gettext.NullTranslations:
    """The catalog of ``language`` (English is the source text: no catalog)."""
    if language == DEFAULT_LANGUAGE:
        return _gettext.NullTranslations()
    try:
        return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[language])
    except OSError:
        log.warning("web pages: no %s catalog in %s; pages show English", language, LOCALE_DIR)
        return _gettext.NullTranslations()


def current_language() -> str:
    """The language of the page being made ("en" outside a request)."""
    return _language.get()


@contextmanager
def use_language(language: str) -> Iterator[None]:
    """Make ``language`` the current one for the ``with`` block."""
    token = _language.set(language if language in LANGUAGES else DEFAULT_LANGUAGE)
    try:
        yield
    finally:
        _language.reset(token)


def gettext(message: str) -> str:
    """``message`` in the current language."""
    return translations(_language.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n``, in the current language."""
    return translations(_language.get()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, for its ``context`` (one word, several meanings)."""
    return translations(_language.get()).pgettext(context, message)


_ = gettext


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it (module-level constants)."""
    return message


def valid_language(value: str | None) -> str | None:
    """``value`` if it names a language we have (``sv``, ``EN``), else None."""
    value = (value or "").strip().lower()
    return value if value in LANGUAGES else None


def domain_text(exc: DomainError) -> str:
    """A domain error's message in the current language, when the catalog has it.

    The catalog holds the templates of the messages pages show (``"This link
    expired on {day}. …"``, extracted from the services by ``update.py``); the
    error's values fill in the translation. Other messages stay as they are.
    """
    translated = gettext(exc.template)
    if not exc.params:
        return translated
    try:
        return translated.format(**exc.params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return exc.message
