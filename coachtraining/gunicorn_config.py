"""gunicorn settings the ``Procfile`` loads (``-c python:coachtraining.gunicorn_config``).

With ``LOG_FORMAT=json`` (``make up``'s default), gunicorn's own logs — its error log and the
access log — are JSON lines like the application's (``coachtraining.logfmt``), so one log
shipper reads every process of the stack; an access record also carries the request's method,
path, status, size and duration as fields. Otherwise gunicorn keeps its usual text formats.
Each worker also takes what it has loaded out of the garbage collector's sight (``post_worker_init``).
The rest (bind address, workers, timeouts) stays on the Procfile's command line.
"""
import gc
import os


def post_worker_init(worker):
    """Once the worker has loaded the application, move every object it has made (Django, Wagtail,
    the models, settings) into the collector's permanent generation: they live as long as the
    worker, and a full collection no longer walks them. Pages that build many objects — the
    supervisor dashboard with 1,000 trainees — trigger full collections; they cost about a fifth
    less CPU with this (docs/benchmarks.md, session 13)."""
    gc.freeze()

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
