"""The load benchmark's reading of gunicorn's access log (scripts/bench_load.py, ``service_times``):
only the access lines written since the measured run began, through honcho's prefixes, past
lines cut short or from other loggers."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bench_load  # noqa: E402


def _access(ms: int) -> str:
    record = {"time": "2026-11-26T07:30:00.000+00:00", "level": "INFO", "logger": "gunicorn.access",
              "message": "GET /learn/ 200", "http": {"method": "GET", "path": "/learn/", "status": 200,
                                                     "duration_ms": ms}}
    return f"07:30:00 web.1    | {json.dumps(record)}\n"


def test_service_times_reads_the_access_lines_after_the_offset(tmp_path):
    log = tmp_path / "stack.log"
    log.write_text("".join(_access(900) for _ in range(50)))  # the warm-up: before the offset
    offset = log.stat().st_size
    with log.open("a") as handle:
        for ms in range(1, 101):  # 1..100 ms, shuffled among other lines
            handle.write(_access(ms))
            if ms % 10 == 0:
                handle.write('07:30:00 worker.1 | {"logger": "celery", "message": "certificate issued"}\n')
                handle.write("07:30:00 system   | sending SIGTERM to web.1\n")
        handle.write('07:30:01 web.1    | {"logger": "gunicorn.access", "http": {"duration_')  # cut short

    times = bench_load.service_times(log, offset)

    assert times == {"requests": 100, "p50_ms": 51, "p95_ms": 96, "p99_ms": 100}


def test_service_times_is_none_without_access_lines(tmp_path):
    log = tmp_path / "stack.log"
    log.write_text('07:30:00 worker.1 | {"logger": "celery"}\n')
    assert bench_load.service_times(log, 0) is None


def test_the_stack_runs_the_production_settings_with_the_benchmarks_urlconf(tmp_path, monkeypatch):
    monkeypatch.setenv("DJANGO_SETTINGS_MODULE", "coachtraining.settings.test")
    env = bench_load.stack_env(tmp_path, 8100, 3)
    assert env["DJANGO_SETTINGS_MODULE"] == "coachtraining.settings.bench"
