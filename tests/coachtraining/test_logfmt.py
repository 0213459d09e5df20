"""LOG_FORMAT=json gives one parseable JSON object per log line."""
import json
import logging
import sys

from coachtraining.logfmt import JsonFormatter


def test_json_lines_carry_level_logger_message_and_exception():
    formatter = JsonFormatter()
    record = logging.LogRecord("certificates.services", logging.INFO, __file__, 1, "issued %s", ("RC30-1",), None)
    data = json.loads(formatter.format(record))
    assert (data["level"], data["logger"], data["message"]) == ("INFO", "certificates.services", "issued RC30-1")
    assert data["time"].endswith("+00:00")
    try:
        raise ValueError("boom «ü»")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    line = formatter.format(record)
    assert "\n" not in line
    assert "boom «ü»" in json.loads(line)["exception"]


def test_an_access_record_carries_the_request_as_fields():
    """gunicorn logs each request with its atoms as the record's arguments (gunicorn_config.py)."""
    atoms = {"h": "127.0.0.1", "r": "POST /learn/attempts/7/submit/?next=x HTTP/1.1", "m": "POST",
             "U": "/learn/attempts/7/submit/", "q": "next=x", "s": "302", "B": 0, "b": "0", "M": 41,
             "a": "Mozilla/5.0", "t": "[26/Nov/2026:03:30:00 +0000]"}
    record = logging.LogRecord("gunicorn.access", logging.INFO, __file__, 1, '%(h)s "%(r)s" %(s)s', (atoms,), None)
    data = json.loads(JsonFormatter().format(record))
    assert data["message"] == '127.0.0.1 "POST /learn/attempts/7/submit/?next=x HTTP/1.1" 302'
    assert data["http"] == {"method": "POST", "path": "/learn/attempts/7/submit/", "status": 302, "bytes": 0,
                            "duration_ms": 41, "remote_addr": "127.0.0.1", "user_agent": "Mozilla/5.0"}
