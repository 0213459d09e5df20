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
import secrets
import shutil
import signal
import socket
import string
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SITE2_HOST = "site2.localhost"


@dataclass
class Req:
    method: str
    path: str
    host: str
    cookie: str = ""
    body: str = ""
    csrf: str = ""


@dataclass
class Scenario:
    name: str
    label: str
    requests: list[Req]
    expect: int  # status of every response
    one_shot: bool = False
    connections: int | None = None
    check: str = ""  # a byte string every preflight body must contain


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
# Seeding (in this process, against the stack's database)
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


def _random_token(n: int = 32) -> str:
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(n))


def seed(*, trainees: int, supervised: int, port: int, rng: random.Random) -> dict:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.auth.hashers import make_password
    from django.conf import settings
    from django.contrib.sessions.backends.cached_db import SessionStore as CachedSessionStore
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.cache import caches
    from django.contrib.sessions.models import Session
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Site

    from certificates.models import Certificate
    from programs import accounts
    from programs.models import SiteRole
    from programs.replication import program_replicate
    from courses import services
    from courses.grading import questions_from_stream
    from courses.models import CoursePage, Enrollment, HourEntry, LessonProgress, QuizAttempt
    from programs.models import SupervisorAssignment
    from courses.selectors import course_outlines

    User = get_user_model()
    Role = SiteRole.Role
    now = timezone.now()
    started = time.perf_counter()
    site1 = Site.objects.get(is_default_site=True)
    site2 = Site.objects.filter(hostname=SITE2_HOST).first() or program_replicate(
        name="MARS Bench Two", hostname=SITE2_HOST, port=port
    )
    hosts = {site1.pk: f"127.0.0.1:{port}", site2.pk: f"{SITE2_HOST}:{port}"}

    def site_courses(site):
        return list(CoursePage.objects.live().descendant_of(site.root_page).specific().order_by("path"))

    plan = {}
    for site in (site1, site2):
        courses = site_courses(site)
        assert len(courses) == 3, f"{site} has {len(courses)} courses"
        outlines = course_outlines(courses)
        plan[site.pk] = [(course, [item for module in outlines[course.pk] for item in module.items]) for course in courses]

    answers = {}  # quiz id -> urlencoded correct answers
    for site_plan in plan.values():
        for _, items in site_plan:
            for item in items:
                if item.kind == "quiz":
                    questions = questions_from_stream(item.page.questions)
                    answers[item.page.pk] = urlencode(
                        [(f"q-{q.id}", c.id) for q in questions for c in q.choices if c.correct]
                    )

    password = make_password(_random_token())
    users = User.objects.bulk_create(
        [
            User(
                username=f"trainee{i:05d}@bench.example.org", email=f"trainee{i:05d}@bench.example.org",
                first_name=rng.choice(["Alex", "Sam", "Jordan", "Casey", "Riley", "Morgan", "Jamie", "Taylor"]),
                last_name=f"Bench {i:05d}", password=password,
            )
            for i in range(trainees)
        ],
        batch_size=1000,
    )
    user_site = {u.pk: (site1 if i % 2 == 0 else site2) for i, u in enumerate(users)}
    SiteRole.objects.bulk_create([SiteRole(user=u, site=user_site[u.pk], role=Role.TRAINEE) for u in users], batch_size=2000)

    enrollments = Enrollment.objects.bulk_create(
        [Enrollment(user=u, course=course) for u in users for course, _ in plan[user_site[u.pk].pk]], batch_size=2000
    )
    items_of = {course.pk: items for site_plan in plan.values() for course, items in site_plan}

    progress, ledger, attempts = [], [], []
    pending_lessons, open_attempts, complete = [], [], []
    for enrollment in enrollments:
        items = items_of[enrollment.course_id]
        done = rng.randint(0, len(items))
        for item in items[:done]:
            at = now - timezone.timedelta(days=rng.randint(1, 60))
            if item.kind == "lesson":
                progress.append(
                    LessonProgress(
                        enrollment=enrollment, lesson_id=item.page.pk, first_viewed_at=at, last_seen_at=at,
                        engaged_seconds=max(item.page.min_engaged_seconds, 60), completed_at=at,
                    )
                )
            else:
                attempts.append(
                    QuizAttempt(
                        enrollment=enrollment, quiz_id=item.page.pk, number=1, started_at=at, submitted_at=at,
                        score=100, passed=True,
                    )
                )
            ledger.append(
                HourEntry(
                    user_id=enrollment.user_id, enrollment=enrollment, site_id=user_site[enrollment.user_id].pk,
                    domain_id=item.domain_id, minutes=item.minutes,
                    source=HourEntry.Source.LESSON if item.kind == "lesson" else HourEntry.Source.QUIZ,
                    delivery_mode="online", page_id=item.page.pk,
                    key=f"{item.kind}:{enrollment.pk}:{item.page.pk}", description=f"{item.kind}: {item.page.title}"[:255],
                    occurred_at=at,
                )
            )
        rest = items[done:]
        if not rest:
            complete.append(enrollment)
            continue
        # The next lesson, read long enough to be completed; the next quiz, an attempt open.
        lesson = next((item for item in rest if item.kind == "lesson"), None)
        if lesson is not None:
            progress.append(
                LessonProgress(
                    enrollment=enrollment, lesson_id=lesson.page.pk, first_viewed_at=now, last_seen_at=now,
                    engaged_seconds=lesson.page.min_engaged_seconds,
                )
            )
            pending_lessons.append((enrollment.user_id, lesson.page))
        quiz = next((item for item in rest if item.kind == "quiz"), None)
        if quiz is not None:
            attempts.append(QuizAttempt(enrollment=enrollment, quiz_id=quiz.page.pk, number=1, started_at=now))
            open_attempts.append((enrollment.user_id, quiz.page.pk))
    LessonProgress.objects.bulk_create(progress, batch_size=5000)
    HourEntry.objects.bulk_create(ledger, batch_size=5000)
    created_attempts = QuizAttempt.objects.bulk_create(attempts, batch_size=5000)
    open_attempt_ids = {(a.enrollment.user_id, a.quiz_id): a.pk for a in created_attempts if a.submitted_at is None}

    # Completed enrollments: the real completion service, which issues the certificate (in-process here).
    for enrollment in complete:
        with transaction.atomic():
            services.enrollment_evaluate_completion(enrollment=enrollment, now=now)
    certificates = list(
        Certificate.objects.filter(status=Certificate.Status.ISSUED).values_list("verification_code", "site_id")
    )

    supervisor = User.objects.create(
        username="supervisor@bench.example.org", email="supervisor@bench.example.org", first_name="Pat",
        last_name="Supervisor", password=password,
    )
    SiteRole.objects.create(user=supervisor, site=site1, role=Role.SUPERVISOR)
    site1_trainees = [u for u in users if user_site[u.pk] == site1][:supervised]
    SupervisorAssignment.objects.bulk_create(
        [SupervisorAssignment(site=site1, supervisor=supervisor, trainee=u) for u in site1_trainees]
    )

    # A logged-in session (and a CSRF token) for every user, stored as a login stores it: in the
    # database and, with the cached_db engine the stack uses, in Redis too.
    cookies = {}
    sessions = []
    cached_sessions = {}
    expire = now + timezone.timedelta(days=1)
    store = SessionStore()
    for user in [*users, supervisor]:
        key, csrf = _random_token(), _random_token()
        data = {SESSION_KEY: str(user.pk), BACKEND_SESSION_KEY: accounts.BACKEND,
                HASH_SESSION_KEY: user.get_session_auth_hash()}
        sessions.append(Session(session_key=key, session_data=store.encode(data), expire_date=expire))
        cookies[user.pk] = (f"sessionid={key}; csrftoken={csrf}", csrf)
        cached_sessions[CachedSessionStore.cache_key_prefix + key] = data
    Session.objects.bulk_create(sessions, batch_size=2000)
    if settings.SESSION_ENGINE == CachedSessionStore.__module__:
        caches[settings.SESSION_CACHE_ALIAS].set_many(cached_sessions, timeout=86400)

    counts = {
        "users": User.objects.count(),
        "enrollments": Enrollment.objects.count(),
        "hour_entries": HourEntry.objects.count(),
        "lesson_progress": LessonProgress.objects.count(),
        "quiz_attempts": QuizAttempt.objects.count(),
        "certificates_issued": len(certificates),
        "supervised_trainees": len(site1_trainees),
        "seed_seconds": round(time.perf_counter() - started, 1),
    }

    # Scenario requests.
    def req(method, path, user_pk, body=""):
        cookie, csrf = cookies[user_pk]
        return Req(method, path, hosts[user_site[user_pk].pk] if user_pk in user_site else hosts[site1.pk], cookie, body, csrf)

    def page_path(page):
        return page.get_url_parts()[2]

    rng.shuffle(pending_lessons)
    half = len(pending_lessons) // 2
    views = [req("GET", page_path(lesson), user_pk) for user_pk, lesson in pending_lessons[:half]]
    completions = [
        req("POST", f"/learn/lessons/{lesson.pk}/complete/", user_pk) for user_pk, lesson in pending_lessons[half:]
    ]
    rng.shuffle(open_attempts)
    submissions = [
        req("POST", f"/learn/attempts/{open_attempt_ids[(user_pk, quiz_pk)]}/submit/", user_pk, answers[quiz_pk])
        for user_pk, quiz_pk in open_attempts
    ]
    dashboards = [req("GET", "/learn/", u.pk) for u in rng.sample(users, len(users))]
    supervisor_cookie, supervisor_csrf = cookies[supervisor.pk]
    verifications = [
        Req("GET", f"/verify/{code}/", hosts[site_id]) for code, site_id in rng.sample(certificates, len(certificates))
    ]
    scenarios = [
        Scenario("bare", "bare Django view (/livez), the ceiling", [Req("GET", "/livez", hosts[site1.pk])], 200,
                 check='"ok"'),
        Scenario("lesson_page", "lesson page", views, 200, check="complete-form"),
        Scenario("lesson_complete", "lesson completion (POST)", completions, 302, one_shot=True),
        Scenario("quiz_submit", "quiz submission (POST)", submissions, 302, one_shot=True),
        Scenario("dashboard", "trainee dashboard", dashboards, 200, check="Bench"),
        Scenario(
            "supervisor", f"supervisor dashboard ({len(site1_trainees):,} trainees, first page)",
            [Req("GET", "/learn/supervision/", hosts[site1.pk], supervisor_cookie, "", supervisor_csrf)], 200,
            check="Bench",
        ),
        Scenario(
            "supervisor_2", f"supervisor dashboard ({len(site1_trainees):,} trainees, first page), 2 connections",
            [Req("GET", "/learn/supervision/", hosts[site1.pk], supervisor_cookie, "", supervisor_csrf)], 200,
            connections=2, check="Bench",
        ),
        Scenario("verify", "certificate verification page (public)", verifications, 200, check="Valid"),
        # The floor under every signed-in page, a different trainee's session each request as in
        # the trainee scenarios, and compared with the ceiling measured right after it (the same
        # speed of the VM). Last, so the trainee pages meet each worker's per-process memos (the
        # navigation's roles) as cold as they always have, and the floor meets them warm, as a
        # returning user's request does.
        Scenario("floor_user", "signed-in floor: the session and the user, no page",
                 [req("GET", "/bench/floor/user/", u.pk) for u in rng.sample(users, len(users))], 200, check="user "),
        Scenario("floor_page", "signed-in floor: the site's base template, nothing in it",
                 [req("GET", "/bench/floor/page/", u.pk) for u in rng.sample(users, len(users))], 200,
                 check="Log out"),
        # The ceiling again, last: the VM's speed drifts during a run (shared host, sustained load),
        # and a page measured late is compared with the ceiling measured early.
        Scenario("bare_end", "bare Django view again, after the others (the VM's drift)",
                 [Req("GET", "/livez", hosts[site1.pk])], 200, check='"ok"'),
    ]
    return {"counts": counts, "scenarios": scenarios}


def settle_database() -> None:
    """``VACUUM ANALYZE`` and ``CHECKPOINT`` after the bulk seed, as pgbench vacuums before a run:
    otherwise autovacuum, autoanalyze and the checkpointer work through half a million freshly
    inserted rows during the first measured scenarios, which a database in service is not doing."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
        cursor.execute("CHECKPOINT")


def settle_background(timeout: float = 120) -> tuple[int, float]:
    """Wait until no certificate is pending: the worker renders at a low CPU priority
    (``WORKER_NICE``), so under a saturating load it falls behind, and its backlog would otherwise
    be rendered during (and charged to) the next scenario. Returns how many were pending when
    called and how long they took."""
    from certificates.models import Certificate

    start = time.monotonic()
    pending = Certificate.objects.filter(status=Certificate.Status.PENDING).count()
    while pending and time.monotonic() - start < timeout:
        time.sleep(0.25)
        if not Certificate.objects.filter(status=Certificate.Status.PENDING).exists():
            break
    return pending, time.monotonic() - start


def certificates_requested() -> int:
    """How many certificates exist: counted around a measured run, the courses its requests
    completed (each one a render for the worker)."""
    from certificates.models import Certificate

    return Certificate.objects.count()


def ledger_check() -> dict:
    """Every enrollment's ledger total equals the sum of its entries; no key was credited twice."""
    from django.db.models import Count, Sum

    from courses.models import HourEntry, LessonProgress, QuizAttempt

    duplicates = HourEntry.objects.values("key").annotate(n=Count("id")).filter(n__gt=1).count()
    return {
        "hour_entries": HourEntry.objects.count(),
        "minutes": HourEntry.objects.aggregate(total=Sum("minutes"))["total"],
        "lessons_completed": LessonProgress.objects.filter(completed_at__isnull=False).count(),
        "quiz_attempts_submitted": QuizAttempt.objects.filter(submitted_at__isnull=False).count(),
        "duplicate_keys": duplicates,
    }


# --------------------------------------------------------------------------
# Load
# --------------------------------------------------------------------------

LUA = r"""
local reqs = dofile("%(data)s")
local threads_started = 0
function setup(thread)
  thread:set("tid", threads_started)
  threads_started = threads_started + 1
end
function init(args)
  nthreads = %(threads)d
  formatted = {}
  for i, r in ipairs(reqs) do
    local headers = {["Host"] = r[3]}
    if r[4] ~= "" then headers["Cookie"] = r[4] end
    if r[6] ~= "" then headers["X-CSRFToken"] = r[6] end
    if r[1] == "POST" then headers["Content-Type"] = "application/x-www-form-urlencoded" end
    formatted[i] = wrk.format(r[1], r[2], headers, r[5])
  end
  index = tid
end
function request()
  local r = formatted[(index %% #formatted) + 1]
  index = index + nthreads
  return r
end
function done(summary, latency, requests)
  io.write(string.format(
    "RESULT {\"requests\": %%d, \"duration_us\": %%d, \"status_errors\": %%d, \"socket_errors\": %%d, " ..
    "\"p50_us\": %%d, \"p95_us\": %%d, \"p99_us\": %%d, \"max_us\": %%d, \"mean_us\": %%.1f}\n",
    summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
end
"""


def lua_string(value: str) -> str:
    return json.dumps(value)  # a JSON string literal is a valid Lua string literal for this ASCII data


def write_lua(workdir: Path, scenario: Scenario, requests: list[Req], threads: int, suffix: str) -> Path:
    data = workdir / f"{scenario.name}-{suffix}-data.lua"
    with data.open("w") as out:
        out.write("return {\n")
        for r in requests:
            fields = (r.method, r.path, r.host, r.cookie, r.body, r.csrf)
            out.write("{" + ",".join(lua_string(f) for f in fields) + "},\n")
        out.write("}\n")
    script = workdir / f"{scenario.name}-{suffix}.lua"
    script.write_text(LUA % {"data": data, "threads": threads})
    return script


def run_wrk(port: int, script: Path, connections: int, threads: int, seconds: float) -> dict:
    threads = min(threads, connections)
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "10s", "-s", str(script),
         f"http://127.0.0.1:{port}"],
        capture_output=True, text=True,
    )
    if output.returncode:
        raise SystemExit(f"wrk failed: {output.stderr or output.stdout}")
    output = output.stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    result = json.loads(line[len("RESULT "):])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


CPU_GROUPS = {"gunicorn": "gunicorn (Django)", "postgres": "PostgreSQL", "redis-server": "Redis",
              "celery": "Celery (worker and beat)", "honcho": "honcho (log relay)", "wrk": "wrk (load)"}


def service_times(log: Path, offset: int) -> dict | None:
    """How long gunicorn spent on each request answered since ``offset`` (the stack log's size when
    the measured run started), from its JSON access log's ``duration_ms``: the page's own time, from
    reading the request to sending the last byte. wrk's latency adds the wait for a free worker (20
    connections share 3 workers), so the gap between the two is queueing. None without access lines."""
    durations = []
    with open(log, "rb") as handle:
        handle.seek(offset)
        for line in handle:
            start = line.find(b"{")
            if start < 0 or b'"gunicorn.access"' not in line:
                continue
            try:
                milliseconds = json.loads(line[start:]).get("http", {}).get("duration_ms")
            except ValueError:  # a line cut by a process's exit
                continue
            if isinstance(milliseconds, int):
                durations.append(milliseconds)
    if not durations:
        return None
    durations.sort()

    def pick(quantile: float) -> int:
        return durations[min(len(durations) - 1, int(quantile * len(durations)))]

    return {"requests": len(durations), "p50_ms": pick(0.50), "p95_ms": pick(0.95), "p99_ms": pick(0.99)}


def cpu_ticks() -> dict[int, tuple[str, int]]:
    """CPU time (clock ticks, user + system) used so far by each process of the stack, by pid.

    Read from /proc before and after a measured run: the difference divided by the
    number of requests is where each request's CPU went. wrk runs as our child, so
    its time is read from our own children's times once it has exited (pid 0).
    A process that exits during the run (a database connection reopened after
    ``CONN_MAX_AGE``) takes its ticks with it: those few are not counted.
    """
    ticks = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        group = next((g for g in CPU_GROUPS if name.startswith(g)), "celery" if "celery" in name else None)
        if group and group != "wrk":
            ticks[int(entry.name)] = (group, int(fields[11]) + int(fields[12]))
    own = os.times()
    ticks[0] = ("wrk", round((own.children_user + own.children_system) * os.sysconf("SC_CLK_TCK")))
    return ticks


def cpu_per_request(before: dict, after: dict, requests: int) -> dict[str, float]:
    """Milliseconds of CPU per request, by process group (processes alive at the end of the run)."""
    ms_per_tick = 1000 / os.sysconf("SC_CLK_TCK")
    totals = dict.fromkeys(CPU_GROUPS, 0)
    for pid, (group, ticks) in after.items():
        previous = before.get(pid)
        totals[group] += ticks - (previous[1] if previous and previous[0] == group else 0)
    return {g: round(t * ms_per_tick / max(1, requests), 3) for g, t in totals.items()}


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


# The guardrails: each page's CPU per request (every process of the stack together) at most this
# many times the empty signed-in page's (floor_page), measured in the same run.
GUARDRAILS = {"lesson_page": 3, "lesson_complete": 3, "dashboard": 4, "quiz_submit": 4, "verify": 2, "supervisor": 15}


def report_targets(results: list[dict], before: dict, after: dict) -> None:
    by_name = {r["name"]: r for r in results}
    bare = by_name.get("bare")
    floor = by_name.get("floor_page")
    floor_cpu = sum((floor or {}).get("cpu_ms_per_request", {}).values()) if floor else 0
    print("\nguardrails: CPU per request against the empty signed-in page (floor_page), same run")
    for name, limit in GUARDRAILS.items():
        r = by_name.get(name)
        if not r or not floor_cpu:
            continue
        ratio = sum(r.get("cpu_ms_per_request", {}).values()) / floor_cpu
        print(f"  {name:<16} {ratio:5.2f}x floor_page (at most {limit}x)  {'ok' if ratio <= limit else 'MISSED'}"
              f"   p50 {r['p50_us'] / 1000:6.1f} ms, p95 {r['p95_us'] / 1000:6.1f} ms at {r['connections']} connections"
              + (f", {r['rps'] / bare['rps']:.2f} of the bare view's req/s" if bare else ""))
    bare_end = by_name.get("bare_end")
    if bare and bare_end:
        print(f"  the bare view moved from {bare['rps']:,.0f} to {bare_end['rps']:,.0f} req/s during the run "
              f"({bare_end['rps'] / bare['rps'] - 1:+.0%})")
    print("\nCPU per request (ms), by process: what each page costs the 2 cores")
    print(f"  {'':<16}" + "".join(f"{label.split(' ')[0]:>12}" for label in CPU_GROUPS.values()) + f"{'total':>10}")
    for r in results:
        cpu = r.get("cpu_ms_per_request") or {}
        print(f"  {r['name']:<16}" + "".join(f"{cpu.get(g, 0):12.2f}" for g in CPU_GROUPS)
              + f"{sum(cpu.values()):10.2f}")
    completed = after["lessons_completed"] - before["lessons_completed"]
    submitted = after["quiz_attempts_submitted"] - before["quiz_attempts_submitted"]
    print(f"\nledger: +{completed} lessons completed, +{submitted} quiz attempts submitted, "
          f"+{after['hour_entries'] - before['hour_entries']} hour entries, duplicate keys {after['duplicate_keys']}")
    if after["duplicate_keys"]:
        raise SystemExit("a ledger key was credited twice")


if __name__ == "__main__":
    main()
