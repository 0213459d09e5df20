#!/usr/bin/env python
"""`make bench`: time the supervisor dashboard for 1,000 trainees × 3 courses (and its CSV export).

Seeds a throw-away SQLite database (or BENCH_DATABASE_URL, an empty
PostgreSQL database) with one supervisor and N trainees (default 1,000), each
enrolled in 3 courses with a ledger row, a completed lesson and a quiz attempt
per enrollment (bulk_create), then requests the dashboard's first page (50
trainees) and the CSV export of all of them (streamed) through Django's test Client,
as the supervisor, and prints the median and p95 milliseconds over R runs
(default 10) after one warm-up. Copy the figures to docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _time(fn, runs: int) -> dict:
    fn()  # warm caches (templates, content types, site root paths)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return {"median_ms": statistics.median(timings), "p95_ms": timings[max(0, int(len(timings) * 0.95) - 1)]}


def bench(trainees: int, runs: int, workdir: Path) -> dict:
    os.environ["DJANGO_SETTINGS_MODULE"] = "coachtraining.settings.test"
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(workdir / "media")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    from tests import factories
    from tests.factories import supervision as fs

    setup_test_environment()  # ALLOWED_HOSTS for the test client; no database switching
    call_command("migrate", verbosity=0)
    domain = factories.make_domain()
    site = fs.default_site()
    supervisor = fs.make_supervisor(site)
    courses = [factories.make_course(domain=domain, modules=2, lessons_per_module=4, title=f"Course {i}") for i in range(3)]
    start = time.perf_counter()
    fs.bulk_trainees(n=trainees, site=site, supervisor=supervisor, courses=courses, domain=domain)
    seed_seconds = time.perf_counter() - start

    client = Client()
    client.force_login(supervisor)
    dashboard_url = reverse("supervision:dashboard")
    export_url = reverse("supervision:export")

    def dashboard():
        response = client.get(dashboard_url)
        assert response.status_code == 200, response.status_code
        assert response.content.count(b'role="progressbar"') == min(trainees, 50) * 3

    def export():
        response = client.get(export_url)
        assert response.status_code == 200, response.status_code
        assert b"".join(response.streaming_content).count(b"\n") == trainees * 3 + 1

    return {
        "trainees": trainees,
        "seed_seconds": seed_seconds,
        "dashboard": _time(dashboard, runs),
        "export": _time(export, runs),
        "database": os.environ["DATABASE_URL"].split(":", 1)[0],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="coachtraining-bench-supervisor-") as tmp:
        result = bench(args.trainees, args.runs, Path(tmp))
    n = result["trainees"]
    print()
    print("| measure | result |")
    print("|---|---|")
    print(
        f"| supervisor dashboard, first page of 50 of {n} trainees × 3 courses ({result['database']}), median | "
        f"**{result['dashboard']['median_ms']:.0f} ms** (p95 {result['dashboard']['p95_ms']:.0f} ms) |"
    )
    print(
        f"| CSV export of the same {n} trainees × 3 courses, median | "
        f"{result['export']['median_ms']:.0f} ms (p95 {result['export']['p95_ms']:.0f} ms) |"
    )


if __name__ == "__main__":
    main()
