"""The load benchmark's data (scripts/bench_load.py): the seed and its scenarios, and the checks of
the stack's database around each measured run.

Everything here runs in the benchmark's own process against the stack's database, once
``bench_load.django_setup`` has pointed Django at it (so Django is imported inside the functions).
"""
from __future__ import annotations

import random
import secrets
import string
import time
from dataclasses import dataclass
from urllib.parse import urlencode

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
# Seeding (in this process, against the stack's database)
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# The database around each measured run
# --------------------------------------------------------------------------


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
