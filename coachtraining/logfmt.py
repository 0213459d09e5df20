"""Structured (JSON lines) log formatting, selected with ``LOG_FORMAT=json``.

One JSON object per line — time, level, logger, message, process, and the
exception if any — so a log shipper can index them without parsing text. The
web server's access records (``gunicorn.access``, see ``gunicorn_config.py``)
also carry the request as fields under ``http``.
"""
import json
import logging
from collections.abc import Mapping
from datetime import datetime, timezone

# gunicorn's access-log atoms (``record.args``) and the field each becomes.
ACCESS_FIELDS = {"m": "method", "U": "path", "s": "status", "B": "bytes", "M": "duration_ms", "h": "remote_addr",
                 "a": "user_agent"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "time": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "process": record.process,
        }
        if record.name == "gunicorn.access" and isinstance(record.args, Mapping):
            payload["http"] = {name: _number(record.args.get(atom)) for atom, name in ACCESS_FIELDS.items()}
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False, default=str)


def _number(value):
    """Status codes and sizes arrive as text ("302"): numbers in the JSON."""
    return int(value) if isinstance(value, str) and value.isdigit() else value
