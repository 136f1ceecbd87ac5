"""``python -m server``: the same as ``kansli-server``."""

import sys

from server.cli import main

sys.exit(main())
