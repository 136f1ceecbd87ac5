"""Refresh the translations: ``python resources/translations/update.py``.

1. ``pyside6-lupdate`` collects the strings of ``desktop/`` into ``kansli_sv.ts``
   and ``kansli_en.ts`` (existing translations are kept);
2. Swedish texts from ``sv_strings.py`` fill every message still unfinished;
   English plural forms are derived from the source ("%n order(s)"); every plural
   form shows its count grouped in the reader's locale (``%Ln``: "2 900", "2,900");
3. ``pyside6-lrelease`` compiles both to ``.qm``.

A string missing from ``sv_strings.py`` is listed and the script fails, so a
new UI string cannot ship untranslated.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(HERE))

from sv_strings import SV  # noqa: E402


def lupdate(ts: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run(  # noqa: S603  (the venv's own tool)
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def english_plural(source: str) -> tuple[str, str]:
    """English singular and plural of a ``%n`` text: "%n order(s)" -> "%n order", "%n orders"."""
    one = re.sub(r"\(s\)", "", source)
    many = re.sub(r"\(s\)", "s", source)
    one = one.replace("need attention", "needs attention")
    many = many.replace("needs attention", "need attention")
    one = one.replace("The list has %n rows", "The list has %n row")
    return one, many


def fill(ts: Path, language: str) -> list[str]:
    tree = ET.parse(ts)  # noqa: S314  (our own .ts file)
    missing = []
    root = tree.getroot()
    root.set("language", "sv_SE" if language == "sv" else "en_GB")
    for context in root.iter("context"):
        ctx = context.find("name").text or ""
        for message in context.iter("message"):
            source = message.find("source").text or ""
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            if language == "en":
                if not numerus:  # English is the source: the text stays as it is
                    translation.attrib.pop("type", None)
                    translation.text = source
                    continue
                forms = english_plural(source)
            else:
                value = SV.get((ctx, source), SV.get(source))
                if value is None:
                    missing.append(f"{ctx}: {source!r}")
                    continue
                forms = value if isinstance(value, tuple) else (value,)
            translation.attrib.pop("type", None)
            if numerus:
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms if len(forms) == 2 else (forms[0], forms[0]):
                    # %Ln: the count in the reader's locale, grouped ("2 900", "2,900").
                    ET.SubElement(translation, "numerusform").text = form.replace("%n", "%Ln")
            else:
                translation.text = forms[0]
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def lrelease(ts: Path) -> None:
    subprocess.run(  # noqa: S603  (the venv's own tool)
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def main() -> int:
    failed = []
    for language in ("sv", "en"):
        ts = HERE / f"kansli_{language}.ts"
        lupdate(ts)
        failed += fill(ts, language)
        lrelease(ts)
    if failed:
        print("No Swedish translation for:\n  " + "\n  ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
