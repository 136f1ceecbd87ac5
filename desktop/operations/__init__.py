"""Operations: database work on one executor, network work on a pool, results on the GUI thread.

Domain factories (``request_approvals(parent=..., ids=...) -> DbOp``) live in
the modules of this package; the caller adds callbacks and runs them.
"""

from desktop.operations.executor import (
    Cancelled,
    DbOp,
    EngineLike,
    Latest,
    NetOp,
    OneAtATime,
    OpContext,
    Operations,
)
from desktop.operations.reloader import Reloader
from sync.changes import Changes

__all__ = [
    "Cancelled",
    "Changes",
    "DbOp",
    "EngineLike",
    "Latest",
    "NetOp",
    "OneAtATime",
    "OpContext",
    "Operations",
    "Reloader",
]
