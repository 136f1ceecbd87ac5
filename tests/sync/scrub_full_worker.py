"""A scrub on a full disk, in its own process (tests/sync/test_store_encryption.py).

``python -m tests.sync.scrub_full_worker <db> <key hex>``: opens the encrypted store,
notes that it is to be scrubbed, then lets no file grow (``RLIMIT_FSIZE`` 0, SIGXFSZ
ignored: every write fails as on a full disk, see tests/sync/disk_full_worker.py) and
scrubs. Prints one JSON line: whether the note is still there for the next sync.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from pathlib import Path

from sync import erasure
from sync.store import ClientStore


def main(db: str, key: str) -> None:
    store = ClientStore(Path(db), key=bytes.fromhex(key))
    store.set_state(erasure.SCRUB, "1")
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))
    store.scrub()  # must not raise: the disk is full
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    print(json.dumps({"pending": store.scrub_pending()}), flush=True)
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
