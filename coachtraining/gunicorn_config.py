"""gunicorn settings the ``Procfile`` loads (``-c python:coachtraining.gunicorn_config``).

With ``LOG_FORMAT=json`` (``make up``'s default), gunicorn's own logs — its error log and the
access log — are JSON lines like the application's (``coachtraining.logfmt``), so one log
shipper reads every process of the stack; an access record also carries the request's method,
path, status, size and duration as fields. Otherwise gunicorn keeps its usual text formats.
The rest (bind address, workers, timeouts) stays on the Procfile's command line.
"""
import os

if os.environ.get("LOG_FORMAT") == "json":
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "coachtraining.logfmt.JsonFormatter"}},
        "handlers": {
            "stdout": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"},
            "stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"},
        },
        "root": {"level": "INFO", "handlers": ["stderr"]},
        "loggers": {
            "gunicorn.error": {"level": "INFO", "handlers": ["stderr"], "propagate": False},
            "gunicorn.access": {"level": "INFO", "handlers": ["stdout"], "propagate": False},
        },
    }
