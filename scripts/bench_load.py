#!/usr/bin/env python
"""`make bench-load` (part of `make bench`): the production stack under load.

1. Starts the `make up` stack (scripts/up.sh: PostgreSQL, Redis, gunicorn,
   Celery worker and beat under honcho) on loopback, with its data in a
   throw-away folder (var/bench-load by default).
2. Seeds a realistic data set through the ORM: 2 program sites, 5,000 trainees
   (half on each site), each enrolled in all three trainings with a random
   amount of progress (lessons, passed quizzes and their ledger rows), the
   completed enrollments' certificates issued, and one supervisor with 1,000
   trainees. Every trainee gets a logged-in session. Then VACUUM ANALYZE and
   CHECKPOINT, so no catch-up maintenance of the bulk load runs while measuring.
3. Drives each scenario with wrk (20 connections, no think time, a fixed
   duration after a short warm-up) and prints requests per second and
   p50/p95/p99 latency, plus the same for `/livez`, a bare Django view through
   the same stack and middleware: the ceiling to compare against (measured first
   and last); and, before the last, two signed-in views that do nothing but what
   every signed-in page does (the session and the user; and the site's base
   template around an empty page), the floor under any signed-in page
   (coachtraining/bench_urls.py). Beside wrk's
   latency, it prints the time each request spent inside gunicorn (the access
   log's duration): with 20 connections on 3 workers, most of the latency is
   the wait for a free worker, and this tells the two apart.

Every request is checked before it is timed: a preflight fetches a few of each
scenario's requests and asserts the status and that the page is the trainee's
own (not a login redirect). One-shot actions (a lesson completion, a quiz
submission) are never repeated: each request completes a different lesson or
submits a different open attempt, and the ledger is checked afterwards.

Usage: .venv/bin/python scripts/bench_load.py [--duration 15] [--connections 20]
Results go to stdout and, as JSON, to <workdir>/results.json. Copy the table to
docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

# The seed and the database checks around each run (bench_load_data), and the load itself: wrk,
# the time inside gunicorn, CPU per request and the guardrails (bench_load_measure).
from bench_load_data import (
    SITE2_HOST, Scenario, certificates_requested, ledger_check, seed, settle_background, settle_database,
)
from bench_load_measure import cpu_per_request, cpu_ticks, report_targets, run_wrk, service_times, write_lua

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# --------------------------------------------------------------------------
# The stack
# --------------------------------------------------------------------------


BENCH_SETTINGS = "coachtraining.settings.bench"


def stack_env(workdir: Path, port: int, workers: int) -> dict:
    env = dict(os.environ)
    for name in ("DATABASE_URL", "CELERY_BROKER_URL", "CACHE_URL", "SECRET_KEY", "EMAIL_HOST"):
        env.pop(name, None)
    env.update(
        # Production settings with the benchmark's URLconf: the site's URLs and the two floor views.
        DJANGO_SETTINGS_MODULE=BENCH_SETTINGS,
        VAR_DIR=str(workdir),
        PG_PORT=str(port + 10),
        REDIS_PORT=str(port + 20),
        WEB_BIND=f"127.0.0.1:{port}",
        WEB_WORKERS=str(workers),
        ALLOWED_HOSTS=f"127.0.0.1,localhost,{SITE2_HOST}",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        # One client address sends every verification: lift the per-address limit for the run.
        CERTIFICATES_VERIFY_RATE_PER_MINUTE="100000000",
        LOG_FORMAT="json",
        # E-mail leaves a production stack by SMTP, not through the process log: files here.
        EMAIL_FILE_PATH=str(workdir / "mail"),
    )
    return env


def start_stack(workdir: Path, env: dict) -> subprocess.Popen:
    log = open(workdir / "stack.log", "ab")
    process = subprocess.Popen(
        ["bash", "scripts/up.sh"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    log.close()
    return process


def get(port: int, path: str, host: str = "127.0.0.1", headers: dict | None = None, method="GET", body=""):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body or None, headers={"Host": host, **(headers or {})})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def wait_healthy(port: int, process: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the stack exited while starting; see stack.log in the work folder")
        try:
            status, _, body = get(port, "/healthz")
            if status == 200 and json.loads(body).get("broker") == "ok":
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("the stack did not become healthy")


def stop_stack(process: subprocess.Popen, env: dict) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)  # honcho stops gunicorn and the workers gracefully
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    subprocess.run(["bash", "scripts/down.sh"], cwd=ROOT, env=env, check=False)


# --------------------------------------------------------------------------
# Django in this process, pointed at the stack's database (for the seed and the checks)
# --------------------------------------------------------------------------


def django_setup(workdir: Path, env: dict) -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE=BENCH_SETTINGS,
        DEBUG="0",
        SECRET_KEY=(workdir / "secret_key").read_text().strip(),
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{env['PG_PORT']}/coachtraining",
        CACHE_URL=f"redis://127.0.0.1:{env['REDIS_PORT']}/1",
        ALLOWED_HOSTS=env["ALLOWED_HOSTS"],
        MEDIA_ROOT=env["MEDIA_ROOT"],
        STATIC_ROOT=env["STATIC_ROOT"],
        SECURE_SSL_REDIRECT="0",
        LOG_LEVEL="WARNING",
    )
    os.environ.pop("CELERY_BROKER_URL", None)  # certificates for the seed are issued in-process
    import django

    django.setup()
    from django.conf import settings

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


# --------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------


def preflight(port: int, scenario: Scenario, count: int = 3) -> None:
    for r in scenario.requests[:count]:
        headers = {"Cookie": r.cookie} if r.cookie else {}
        if r.csrf:
            headers["X-CSRFToken"] = r.csrf
        if r.method == "POST":
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        status, response_headers, body = get(port, r.path, r.host, headers, r.method, r.body)
        assert status == scenario.expect, f"{scenario.name}: {r.method} {r.path} -> {status}, expected {scenario.expect}"
        location = response_headers.get("Location", "")
        assert "login" not in location, f"{scenario.name}: redirected to log in ({location})"
        if scenario.check:
            assert scenario.check.encode() in body, f"{scenario.name}: {scenario.check!r} missing from {r.path}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trainees", type=int, default=5000)
    parser.add_argument("--supervised", type=int, default=1000)
    parser.add_argument("--duration", type=float, default=15, help="seconds of measured load per scenario")
    parser.add_argument("--warmup", type=float, default=3, help="seconds of unmeasured load before each")
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    # cores + 1 (the Procfile's default on 2 cores): with PostgreSQL, Redis and the load generator on
    # the same cores, gunicorn's "2 x cores + 1" spends more CPU per request (5 workers on 2 cores:
    # 8-10 ms of worker CPU per lesson page against 5-6 ms with 2-3 workers; docs/benchmarks.md).
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_WORKERS", (os.cpu_count() or 1) + 1)))
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--workdir", type=Path, default=ROOT / "var" / "bench-load")
    parser.add_argument("--only", help="comma-separated scenario names")
    parser.add_argument("--keep", action="store_true", help="leave the stack running and the work folder in place")
    args = parser.parse_args()

    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: `bash scripts/system-deps.sh bench` installs it")
    env = stack_env(args.workdir, args.port, args.workers)
    for port in (args.port, args.port + 10, args.port + 20):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except OSError:
            continue
        raise SystemExit(f"port {port} is in use (a stack left by --keep? stop it first)")
    subprocess.run(["bash", "scripts/down.sh"], cwd=ROOT, env=env, check=False)  # a previous run's servers
    shutil.rmtree(args.workdir, ignore_errors=True)
    args.workdir.mkdir(parents=True)
    os.chmod(args.workdir, 0o755)
    print(f"starting the production stack on 127.0.0.1:{args.port} ({args.workers} gunicorn workers) ...", flush=True)
    stack = start_stack(args.workdir, env)
    try:
        wait_healthy(args.port, stack)
        django_setup(args.workdir, env)
        print(f"seeding {args.trainees:,} trainees on 2 sites ...", flush=True)
        seeded = seed(trainees=args.trainees, supervised=args.supervised, port=args.port, rng=random.Random(2026))
        print("  " + ", ".join(f"{k}={v:,}" for k, v in seeded["counts"].items()), flush=True)
        from django.db import connections

        settle_database()
        before = ledger_check()
        connections.close_all()
        only = set(args.only.split(",")) if args.only else None
        results = []
        for scenario in seeded["scenarios"]:
            if only and scenario.name not in only:
                continue
            connections_n = scenario.connections or args.connections
            preflight(args.port, scenario)
            requests = scenario.requests[3:] if scenario.one_shot else scenario.requests
            if scenario.one_shot:
                # Disjoint slices: the warm-up never spends the requests the measured run needs.
                split = max(1, len(requests) // 6)
                warm, measured = requests[:split], requests[split:]
            else:
                warm = measured = requests
            run_wrk(args.port, write_lua(args.workdir, scenario, warm, args.threads, "warm"), connections_n,
                    args.threads, args.warmup)
            certificates = certificates_requested()
            log_offset = (args.workdir / "stack.log").stat().st_size
            ticks = cpu_ticks()
            result = run_wrk(args.port, write_lua(args.workdir, scenario, measured, args.threads, "run"),
                             connections_n, args.threads, args.duration)
            ticks_end = cpu_ticks()
            result["cpu_ms_per_request"] = cpu_per_request(ticks, ticks_end, result["requests"])
            result["certificates_requested"] = certificates_requested() - certificates
            pending, waited = settle_background()
            result["inside_gunicorn"] = service_times(args.workdir / "stack.log", log_offset)
            if pending:  # issued after the run: their CPU per request of the run, by process
                result["after_run"] = {"pending_certificates": pending, "seconds": round(waited, 1),
                                       "cpu_ms_per_request": cpu_per_request(ticks_end, cpu_ticks(), result["requests"])}
            result.update(name=scenario.name, label=scenario.label, connections=connections_n, distinct=len(measured))
            if scenario.one_shot and result["requests"] > len(measured):
                result["note"] = f"only {len(measured)} distinct requests: some repeated"
            results.append(result)
            print(
                f"  {scenario.label:<72} {result['rps']:8.1f} req/s  p50 {result['p50_us'] / 1000:7.1f} ms  "
                f"p95 {result['p95_us'] / 1000:7.1f} ms  p99 {result['p99_us'] / 1000:7.1f} ms  "
                f"errors {result['status_errors'] + result['socket_errors']}",
                flush=True,
            )
            if inside := result["inside_gunicorn"]:
                queued = f" (the rest: waiting for one of {args.workers} workers)" if connections_n > args.workers else ""
                print(f"  {'':<72} inside gunicorn: p50 {inside['p50_ms']} ms, p95 {inside['p95_ms']} ms, "
                      f"p99 {inside['p99_ms']} ms{queued}", flush=True)
            if result["certificates_requested"]:
                print(f"  {'':<72} {result['certificates_requested']} courses completed, a certificate requested for "
                      f"each ({100 * result['certificates_requested'] / max(1, result['requests']):.1f} per 100 "
                      "requests)", flush=True)
            if "after_run" in result:
                after_run = result["after_run"]
                print(f"  {'':<72} {after_run['pending_certificates']} certificates still pending at the end, issued "
                      f"{after_run['seconds']:.1f} s later ({after_run['cpu_ms_per_request'].get('celery', 0):.2f} ms "
                      "of Celery CPU per request)", flush=True)
        after = ledger_check()
        report = {
            "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()},
            "settings": {k: v for k, v in vars(args).items() if k != "workdir"},
            "seed": seeded["counts"],
            "ledger_before": before,
            "ledger_after": after,
            "results": results,
        }
        (args.workdir / "results.json").write_text(json.dumps(report, indent=2, default=str))
        report_targets(results, before, after)
    finally:
        if not args.keep:
            stop_stack(stack, env)


if __name__ == "__main__":
    main()
