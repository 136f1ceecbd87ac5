"""A keyring backend of the benchmarks: the key of an encrypted benchmark store handed to
the app (``PYTHON_KEYRING_BACKEND=bench.keyring_file.BenchKeyring``, the file named by
``KANSLI_BENCH_KEYRING``), as the OS keyring hands it over in use. Never imported by the
app itself; only a benchmark's environment names it."""

from __future__ import annotations

import os
from pathlib import Path

from keyring.backend import KeyringBackend

from desktop.demo import FolderKeyring


class BenchKeyring(FolderKeyring, KeyringBackend):
    """:class:`desktop.demo.FolderKeyring` on the file ``$KANSLI_BENCH_KEYRING``."""

    priority = 1

    def __init__(self) -> None:
        FolderKeyring.__init__(self, Path(os.environ["KANSLI_BENCH_KEYRING"]))
