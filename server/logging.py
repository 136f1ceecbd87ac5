"""Structured logs: one JSON object per line, through the stdlib ``logging`` module.

What may be logged is decided where a log call is made: ids (user, tenant,
command, mail), names of things (route templates, command names), counts,
durations and status codes. Never request bodies, mail bodies, e-mail
addresses, personnummer or tokens. Fields are passed as
``log.info("msg", extra={"fields": {...}})``.
"""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime
from typing import Any

import orjson


class JsonFormatter(logging.Formatter):
    """Formats a record as a JSON line: time, level, logger, message and its fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        if record.exc_info and record.exc_info[0] is not None:
            # The type and where it happened, not the message: messages of
            # database errors quote the values that failed.
            exc_type, _exc, tb = record.exc_info
            entry["error"] = exc_type.__name__
            frames = []
            while tb is not None:
                code = tb.tb_frame.f_code
                frames.append(
                    f"{code.co_filename.rsplit('/', 2)[-1]}:{tb.tb_lineno}:{code.co_name}"
                )
                tb = tb.tb_next
            entry["trace"] = frames[-8:]
        return orjson.dumps(entry, default=str).decode()


def configure_logging(level: str = "INFO", *, stream: Any = None) -> None:
    """Send every log record of the process as a JSON line to ``stream`` (stderr)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_kansli", False):
            root.removeHandler(old)
    handler._kansli = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level.upper())
    # uvicorn's own loggers go through the root handler; its access log is
    # replaced by ours (route templates, no raw paths: those can hold tokens).
    for name in ("uvicorn", "uvicorn.error"):
        lg = logging.getLogger(name)
        lg.handlers.clear()
        lg.propagate = True
    logging.getLogger("uvicorn.access").disabled = True
    # aiosmtpd logs peers and envelopes (e-mail addresses) at INFO.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    # httpx logs every request's URL at INFO: FS's person search has the e-mail address
    # in its query, Ladok's the personnummer in its path.
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
