"""``python -m desktop``: the same as ``kansli``."""

import sys

from desktop.app import main

sys.exit(main())
