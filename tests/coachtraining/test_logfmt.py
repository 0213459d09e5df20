"""LOG_FORMAT=json gives one parseable JSON object per log line."""
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

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


def _stderr_records(code: str) -> list[dict]:
    """Run ``code`` in a fresh Python with LOG_FORMAT=json; every non-blank stderr line must be a
    JSON object: the records, in order."""
    env = {**{k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DEBUG"}},
           "LOG_FORMAT": "json", "DEBUG": "1", "SECRET_KEY": "x"}
    result = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2], env=env,
                            capture_output=True, text=True, timeout=60)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines and all(line.startswith("{") for line in lines), result.stderr
    return [json.loads(line) for line in lines]


def test_a_web_process_logs_python_warnings_as_json_lines():
    """With LOG_FORMAT=json, a warning in a web process (coachtraining.wsgi) is one JSON line too."""
    code = "import warnings, coachtraining.wsgi; warnings.warn('deprecated «thing»\\nsecond line')"
    record = _stderr_records(code)[-1]
    assert record["logger"] == "py.warnings" and "deprecated «thing»" in record["message"]


def test_the_worker_pools_own_messages_are_json_lines_too():
    """billiard's pool logger does not propagate; the worker's logging set-up sends it to ours."""
    record = _stderr_records(
        "from coachtraining.celery import _log_as_the_project_does; import django; django.setup(); "
        "_log_as_the_project_does(); from billiard import util; "
        "util.error('Process %r pid:%r exited with %r', 'ForkPoolWorker-1', 42, 'exitcode 15')"
    )[-1]
    assert record["message"] == "Process 'ForkPoolWorker-1' pid:42 exited with 'exitcode 15'"
