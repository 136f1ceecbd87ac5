"""The bundle's one program: the desktop app, or (``--kansli-server ARGS``) the server.

A frozen bundle has no ``python -m server``: the desktop's embedded demo starts its
server by running this same executable with ``--kansli-server`` first
(``models.bundle.server_command``), and the .deb's ``kansli-server`` link does the same.
"""

import multiprocessing
import os
import sys


def main() -> int:
    # uvicorn's worker processes (``serve --workers``) start this executable again.
    multiprocessing.freeze_support()
    name = os.path.basename(sys.argv[0]).lower()
    if name.startswith("kansli-server") or sys.argv[1:2] == ["--kansli-server"]:
        if sys.argv[1:2] == ["--kansli-server"]:
            del sys.argv[1]
        from server.cli import main as server_main

        return server_main()
    from desktop.app import main as desktop_main

    return desktop_main()


if __name__ == "__main__":
    sys.exit(main())
