"""The data files the workstation bundle collects, as (glob, folder in the bundle).

Both relative to the source tree's root; the bundle keeps the tree's layout so that
``models.bundle.data_path`` finds them under ``sys._MEIPASS``. Read by
``installer/kansli.spec`` and checked by tests/deploy/test_bundle.py.
"""

DATAS = [
    # The desktop: Qt translations and the manual.
    ("resources/translations/*.qm", "resources/translations"),
    ("resources/help/*.html", "resources/help"),
    # The embedded demo server: page templates, page texts, the password list.
    ("server/templates/*/*.html", None),
    ("server/locale/*/LC_MESSAGES/*.mo", None),
    ("server/services/common_passwords.json", "server/services"),
    # Alembic reads the migrations as files (env.py, the versions, the script template).
    ("server/migrations/*.py", "server/migrations"),
    ("server/migrations/script.py.mako", "server/migrations"),
    ("server/migrations/versions/*.py", "server/migrations/versions"),
]

#: The packages whose every module the bundle holds (some are imported by name).
PACKAGES = ["models", "sync", "server", "desktop"]


def expand(root):
    """The (source file, folder in the bundle) pairs PyInstaller's ``datas`` wants."""
    from pathlib import Path

    root = Path(root)
    pairs = []
    for pattern, folder in DATAS:
        matched = sorted(root.glob(pattern))
        if not matched:
            raise FileNotFoundError(f"bundle data {pattern!r} matches nothing under {root}")
        for path in matched:
            rel = path.relative_to(root)
            pairs.append((str(path), folder or str(rel.parent)))
    return pairs
