"""Refresh the web pages' translations: ``python server/locale/update.py [--check]``.

1. Extract every marked text of the web pages (``_()``, ``ngettext()``,
   ``pgettext()``, ``N_()`` in ``server/web/*.py``; ``{% trans %}`` and ``_()``
   in ``server/templates/``) with Babel, as the runtime sees them (Jinja's
   ``trimmed`` policy: whitespace inside ``{% trans %}`` collapsed);
2. merge them into ``sv/LC_MESSAGES/messages.po``: new texts come in empty,
   texts no longer in the code are dropped (and listed), translations kept;
3. compile the ``.po`` to ``messages.mo`` beside it (the runtime reads it with
   the standard library's :mod:`gettext`; Babel is needed only here).

A text without a Swedish translation (or marked fuzzy) is listed and the
script fails without compiling: translate it in the ``.po`` and run again.
``--check`` changes nothing and fails when the ``.po`` or ``.mo`` is not up
to date with the code.

Babel is a test dependency (``pip install -e .[test]``).
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("sv",)
DOMAIN = "messages"
METHOD_MAP = [
    ("server/web/**.py", "python"),
    ("server/templates/**.html", "jinja2.ext:babel_extract"),
]
OPTIONS_MAP = {
    "server/templates/**.html": {
        "extensions": "jinja2.ext.i18n",
        "trimmed": "true",
        "trim_blocks": "true",
        "lstrip_blocks": "true",
    }
}


HEADER_COMMENT = """\
# The web pages of the Kansli server in Swedish.
# Written by hand; refreshed and compiled by server/locale/update.py."""


def po_path(language: str) -> Path:
    return HERE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return HERE / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


#: Texts of the services: mails (``gettext``, ``N_``) and the messages that pages show as
#: they are (``domain_text`` in server/web/i18n.py translates them): the raising of
#: these error classes.
SERVICE_METHOD_MAP = [
    ("server/services/**.py", "python"),
    ("server/signing/bankid.py", "python"),  # BankID's user messages (RFA texts)
    ("models/validators.py", "python"),
]
SERVICE_KEYWORDS: dict[str, None] = {
    "gettext": None,
    "N_": None,
    "LinkProblem": None,
    "ValidationError": None,
}


def extract() -> Catalog:
    """Every text the web pages mark for translation (a template catalog)."""
    template = Catalog(project="Kansli web pages", charset="utf-8")
    found = [
        *extract_from_dir(str(ROOT), METHOD_MAP, OPTIONS_MAP),
        *extract_from_dir(str(ROOT), SERVICE_METHOD_MAP, keywords=SERVICE_KEYWORDS),
    ]
    for filename, lineno, message, comments, context in found:
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def committed(language: str) -> Catalog | None:
    """The committed ``.po`` of ``language`` (None if there is none yet)."""
    path = po_path(language)
    if not path.exists():
        return None
    with path.open("rb") as f:
        return read_po(f, locale=language, domain=DOMAIN)


def merged(language: str, template: Catalog) -> tuple[Catalog, list[str]]:
    """The language's catalog updated to ``template``, and the texts it dropped."""
    catalog = committed(language) or Catalog(
        locale=language,
        domain=DOMAIN,
        header_comment=HEADER_COMMENT,
        project="Kansli",
        version="web pages",
        copyright_holder="Kansli",
        msgid_bugs_address="",
        last_translator="Kansli",
        language_team="Svenska",
        fuzzy=False,
    )
    created = catalog.creation_date
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    catalog.creation_date = created  # the header changes only when the texts do
    dropped = [str(m.id) for m in catalog.obsolete.values()]
    catalog.obsolete.clear()
    return catalog, dropped


def contents(catalog: Catalog | None) -> list[tuple[object, ...]]:
    """What a ``.po`` says, header aside: each text with its translation and where it is used."""
    if catalog is None:
        return []
    return sorted(
        (
            str(m.context or ""),
            str(m.id),
            str(m.string),
            str(sorted({path for path, _line in m.locations})),
            m.fuzzy,
        )
        for m in catalog
        if m.id
    )


def ids(catalog: Catalog | None) -> set[tuple[str, str]]:
    """The texts of ``catalog`` (context, id)."""
    return {(str(m.context or ""), str(m.id)) for m in catalog or () if m.id}


def texts(value: object) -> tuple[str, ...]:
    """A message's id or string as a tuple (one text, or the plural forms)."""
    if value is None:
        return ()
    if isinstance(value, bytes):  # read_mo gives contexts as bytes
        return (value.decode("utf-8"),)
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)  # type: ignore[attr-defined]


def untranslated(catalog: Catalog) -> list[str]:
    """The texts of ``catalog`` without a (non-fuzzy) translation."""
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = texts(message.string)
        if message.fuzzy or not strings or not all(s.strip() for s in strings):
            missing.append(texts(message.id)[0])
    return missing


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    # No line numbers: moving code does not churn the file.
    write_po(out, catalog, width=100, include_lineno=False, ignore_obsolete=True)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def compiled_messages(catalog: Catalog) -> dict[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """``{(context, id): string}`` of what a ``.mo`` of ``catalog`` holds (header left out)."""
    return {
        (texts(m.context), texts(m.id)): texts(m.string)
        for m in catalog
        if m.id and not m.fuzzy and texts(m.string) and all(texts(m.string))
    }


def committed_mo_matches(language: str, catalog: Catalog) -> bool:
    """Whether the committed ``.mo`` holds exactly the translations of ``catalog``."""
    path = mo_path(language)
    if not path.exists():
        return False
    with path.open("rb") as f:
        compiled = read_mo(f)
    return compiled_messages(compiled) == compiled_messages(catalog)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail if stale")
    args = parser.parse_args(argv)
    template = extract()
    failed = False
    for language in LANGUAGES:
        catalog, dropped = merged(language, template)
        for text in dropped:
            print(f"{language}: dropped (no longer in the code): {text!r}")
        missing = untranslated(catalog)
        for text in missing:
            print(f"{language}: not translated: {text!r}")
        current = committed(language)
        if args.check:
            if ids(catalog) != ids(current):
                print(f"{language}: {po_path(language)} is not up to date with the code")
                failed = True
            if not committed_mo_matches(language, catalog):
                print(f"{language}: {mo_path(language)} does not match the .po")
                failed = True
            failed = failed or bool(missing)
            continue
        po_path(language).parent.mkdir(parents=True, exist_ok=True)
        if contents(catalog) != contents(current):
            catalog.revision_date = datetime.now(UTC)
            po_path(language).write_bytes(po_bytes(catalog))
        if missing:
            failed = True
            print(f"{language}: translate the texts above in {po_path(language)}, then run again")
            continue
        if not committed_mo_matches(language, catalog):
            mo_path(language).write_bytes(mo_bytes(catalog))
        print(f"{language}: {len(compiled_messages(catalog))} texts compiled")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
