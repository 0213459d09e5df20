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
