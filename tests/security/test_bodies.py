"""Oversized and malformed bodies: never a 500, never a row written.

* Bodies past ``DATA_UPLOAD_MAX_MEMORY_SIZE`` or with more than ``DATA_UPLOAD_MAX_NUMBER_FIELDS``
  fields are a 400 on every POST route (sent with CSRF checks on, as a browser would: the CSRF
  middleware is what reads the body first in production).
* Garbage in each field of each form (strings for numbers, huge and negative numbers, impossible
  dates, NUL bytes, text past the column's length, unknown choices, another site's ids) is a
  form error (a 200/400 re-render, or the view's error redirect) and the database is unchanged.
"""
from __future__ import annotations

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.test import Client
from django.urls import reverse

from certificates.models import ReissueRequest

from .conftest import fetch, login, snapshot
from .routes import ROUTES, VALID_POST

pytestmark = pytest.mark.django_db

POST_ROUTES = sorted(name for name, route in ROUTES.items() if "POST" in route.methods)


def _csrf_client(user):
    client = Client(enforce_csrf_checks=True)
    if user is not None:
        client.force_login(user)
    token = "s" * 32  # a CSRF secret; the bare secret is also a valid form token
    client.cookies[django_settings.CSRF_COOKIE_NAME] = token
    return client, token


def _assert_no_nul_reached_the_database(queries):
    """PostgreSQL refuses NUL in text parameters (a 500 there); SQLite stores it. Catch it on both."""
    offending = [q["sql"] for q in queries.captured_queries if "\x00" in q["sql"]]
    assert not offending, offending[:1]


def _url(name, world):
    return reverse(name, kwargs=ROUTES[name].kwargs(world.a))


@pytest.mark.parametrize("name", POST_ROUTES)
def test_body_over_the_memory_limit_is_400(world, name, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024
    route = ROUTES[name]
    client, token = _csrf_client(route.who(world, world.a))
    body = {"csrfmiddlewaretoken": token, "padding": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)}
    before = snapshot()
    response = client.post(_url(name, world), body)
    assert response.status_code == 400, (name, response.status_code)
    assert snapshot() == before


@pytest.mark.parametrize("name", POST_ROUTES)
def test_too_many_fields_is_400(world, name, settings):
    route = ROUTES[name]
    client, token = _csrf_client(route.who(world, world.a))
    body = {"csrfmiddlewaretoken": token, **{f"f{i}": "1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}}
    before = snapshot()
    response = client.post(_url(name, world), body)
    assert response.status_code == 400, (name, response.status_code)
    assert snapshot() == before


@pytest.mark.parametrize("name", POST_ROUTES)
def test_valid_body_passes_the_csrf_client(world, name):
    """Control for the two tests above: with a token and a normal body the request gets through."""
    route = ROUTES[name]
    client, token = _csrf_client(route.who(world, world.a))
    response = client.post(_url(name, world), {"csrfmiddlewaretoken": token, **VALID_POST[name](world, world.a)})
    assert response.status_code in (200, 302, 303), (name, response.status_code)  # 303: the bulk download's job


def test_roster_file_over_one_megabyte_is_refused(client, world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    login(client, world.a.facilitator)
    big = b"email\n" + b"x@example.org\n" * 90_000  # ~1.2 MB
    before = snapshot()
    response = fetch(client, "POST", reverse("cohorts:roster", kwargs={"cohort_id": world.a.cohort.pk}),
                     {"file": SimpleUploadedFile("r.csv", big, content_type="text/csv")})
    assert response.status_code == 400 and b"too large" in response.body
    assert snapshot() == before


# --------------------------------------------------------------------------------------------
# Garbage per field
# --------------------------------------------------------------------------------------------

NUL = "a\x00b"
HUGE = "9" * 40
BAD_DATES = ["9999-99-99", "2027-02-30", "0000-00-00", "tomorrow", "99999-01-01", NUL]
BAD_POSITIVE_INTS = ["abc", "-5", "0", "1.5", HUGE, "1e3", NUL, ""]


def _cases():
    """(route, field, value, site of the body's objects): one field spoiled in an otherwise valid body."""
    c = []

    def add(name, field, values):
        for value in values:
            c.append((name, field, value))

    add("signup", "first_name", [NUL, "x" * 151, ""])
    add("signup", "last_name", [NUL, "x" * 151])
    add("signup", "email", ["not-an-email", NUL + "@example.org", "x" * 150 + "@example.org", "a@b@c"])
    add("signup", "password2", ["different-Passphrase-1", NUL])
    add("login", "username", [NUL, "x" * 10_000, ""])
    add("login", "password", [NUL, "x" * 10_000, "wrong"])
    add("cohorts:new", "name", [NUL, "x" * 151, "   "])
    add("cohorts:new", "starts_on", BAD_DATES)
    add("cohorts:new", "ends_on", BAD_DATES + ["2026-01-01"])  # also: before the start
    add("cohorts:new", "site", ["abc", HUGE, "-1", "@b.site"])
    add("cohorts:new", "course", ["abc", HUGE, "@b.course", "@a.lesson"])
    add("cohorts:new", "facilitators", ["abc", HUGE, "@b.facilitator", "@a.trainee"])
    add("cohorts:add_trainee", "email", [NUL, "not-an-email", "x" * 300 + "@example.org", "two@@example.org"])
    add("cohorts:session_new", "title", [NUL, "x" * 201, ""])
    add("cohorts:session_new", "starts_at", ["9999-99-99T99:99", "2027-13-01T10:00", "now", NUL])
    add("cohorts:session_new", "duration_minutes", BAD_POSITIVE_INTS + ["721", "100000"])
    add("cohorts:session_new", "delivery_mode", ["teleport", "online", NUL])  # online is not a live mode
    add("cohorts:session_new", "domain", ["abc", HUGE, "999999"])
    add("cohorts:session_new", "covers", ["abc", HUGE, "@b.lesson"])
    add("cohorts:attendance", "minutes", ["-5", "abc", "1.5", HUGE, NUL, "61", "1e2", " 5 5"])
    add("cohorts:attendance", "enrollment", ["@b.enrollment", "abc", HUGE])
    add("supervision:sessions", "site", ["@b.site", "abc", HUGE])
    add("supervision:sessions", "trainees", ["@b.trainee", "@a.supervisor", "abc", HUGE])
    add("supervision:sessions", "held_on", BAD_DATES + ["2999-01-01"])
    add("supervision:sessions", "minutes", BAD_POSITIVE_INTS + ["721"])
    add("supervision:sessions", "format", ["solo", NUL])
    add("supervision:sessions", "domains", ["abc", HUGE, "999999"])
    add("supervision:sessions", "notes", [NUL, "x" * 4001])
    add("supervision:my_practice", "site", ["@b.site", "abc", HUGE])
    add("supervision:my_practice", "performed_on", BAD_DATES + ["2999-01-01"])
    add("supervision:my_practice", "minutes", BAD_POSITIVE_INTS + ["1441"])
    add("supervision:my_practice", "domain", ["abc", HUGE, "999999"])
    add("supervision:my_practice", "service_type", ["both", NUL])
    add("supervision:my_practice", "description", [NUL, "x" * 501, "   "])
    add("supervision:decide", "decision", ["maybe", "", NUL, "APPROVE"])
    add("supervision:decide", "comment", [NUL])
    add("supervision:assignments", "assignment", ["@b.assignment", "abc", HUGE, NUL, "-1"])
    add("supervision:assignments", "action", ["delete", NUL])
    add("supervision:assignments", "add.site", ["@b.site", "abc", HUGE])
    add("supervision:assignments", "add.supervisor", ["@b.supervisor", "abc", HUGE, ""])
    add("supervision:assignments", "add.trainee", ["@b.trainee", "abc", HUGE, ""])
    add("certificates:request_reissue", "requested_name", [NUL, "", "   "])
    add("certificates:request_reissue", "reason", [NUL, ""])
    add("programs_admin:replicate", "name", [NUL, "x" * 300, ""])
    add("programs_admin:replicate", "hostname", [NUL, "bad host!", "x" * 300, "", "@a.hostname"])
    add("programs_admin:replicate", "port", ["0", "65536", "abc", HUGE, "-80", NUL])
    add("programs_admin:replicate", "source", ["abc", HUGE, "999999"])
    add("programs_admin:roles", "email", [NUL, "not-an-email", "nobody@example.org", "x" * 300 + "@example.org"])
    add("programs_admin:roles", "role", ["trainee", "superuser", NUL, ""])
    add("certificates_admin:revoke", "reason", [NUL, "", "x" * 2001])
    add("certificates_admin:reissue", "name", [NUL, "x" * 201])
    add("certificates_admin:reissue", "note", [NUL, "x" * 501])
    add("certificates_admin:decide", "decision", ["maybe", NUL, ""])
    add("certificates_admin:decide", "note", [NUL, "x" * 1001])
    return c


CASES = _cases()


def _resolve(value, world):
    """``@b.site`` → site B's id (another site's object); plain values as they are."""
    if not isinstance(value, str) or not value.startswith("@"):
        return value
    site, attr = value[1:].split(".")
    site_world = getattr(world, site)
    if attr == "hostname":
        return site_world.site.hostname
    return str(getattr(site_world, attr).pk)


def _spoiled_body(name, field, value, world):
    body = dict(VALID_POST[name](world, world.a))
    value = _resolve(value, world)
    if name == "cohorts:attendance":
        key = f"minutes-{world.a.enrollment.pk}"
        if field == "minutes":
            body[key] = value
        else:  # someone else's (or no) enrollment in the sheet
            body = {f"minutes-{value}": "10"}
        return body
    if name == "supervision:assignments" and field.startswith("add."):
        body = {"action": "add", "site": world.a.site.pk, "supervisor": world.a.supervisor.pk,
                "trainee": world.outsider.pk}
        body[field[4:]] = value
        return body
    body[field] = value
    return body


@pytest.mark.parametrize("name,field,value", CASES, ids=[f"{n}-{f}-{v[:12]!r}" for n, f, v in CASES])
def test_garbage_in_a_field_is_a_form_error_and_writes_nothing(client, world, name, field, value):
    route = ROUTES[name]
    user = route.who(world, world.a)
    if name == "signup":
        user = None
    if name == "certificates:request_reissue":  # let the request reach the service (no pending one)
        ReissueRequest.objects.filter(certificate=world.a.certificate).delete()
    login(client, user)
    before = snapshot()
    with CaptureQueriesContext(connection) as queries:
        response = fetch(client, "POST", reverse(name, kwargs=route.kwargs(world.a)), _spoiled_body(name, field, value, world))
    _assert_no_nul_reached_the_database(queries)
    assert response.status_code in (200, 302, 400, 403, 404), (name, field, response.status_code)
    if name == "login":
        assert response.status_code == 200 and "_auth_user_id" not in client.session
        return
    assert snapshot() == before, (name, field, value)


CONTROLS = sorted({n for n, _, _ in CASES} - {"login", "certificates:request_reissue"})


@pytest.mark.parametrize("name", CONTROLS)
def test_garbage_controls_the_unspoiled_bodies_do_write(client, world, name):
    """The bodies spoiled above are valid as they are (else the tests above would prove nothing)."""
    if True:
        route = ROUTES[name]
        login(client, None if name == "signup" else route.who(world, world.a))
        before = snapshot()
        body = VALID_POST[name](world, world.a)
        if name == "supervision:assignments":
            body = {"action": "add", "site": world.a.site.pk, "supervisor": world.a.supervisor.pk,
                    "trainee": world.b.trainee.pk}
            from programs.roles import Role, role_grant

            role_grant(user=world.b.trainee, site=world.a.site, role=Role.TRAINEE)
            before = snapshot()
        response = fetch(client, "POST", reverse(name, kwargs=route.kwargs(world.a)), body)
        assert response.status_code == 302, (name, response.status_code)
        assert snapshot() != before, name


def test_reissue_request_control(client, world):
    ReissueRequest.objects.filter(certificate=world.a.certificate).delete()
    login(client, world.a.trainee)
    fetch(client, "POST", reverse("certificates:request_reissue", kwargs={"certificate_id": world.a.certificate.pk}),
          VALID_POST["certificates:request_reissue"](world, world.a))
    assert ReissueRequest.objects.filter(certificate=world.a.certificate, requested_name="Another Name").exists()


# --------------------------------------------------------------------------------------------
# Quiz submission
# --------------------------------------------------------------------------------------------


def _quiz_url(world):
    return reverse("courses:quiz_submit", kwargs={"attempt_id": world.a.attempt_open.pk})


def _other_quiz_answers(world):
    from tests import factories

    return {f"q-{q}": c for q, c in factories.answers_for(world.b.attempt_open.quiz).items()}


QUIZ_BODIES = {
    "empty": lambda w: {},
    "unknown choice": lambda w: {k: ["no-such-choice"] for k in _valid_quiz(w)},
    "unknown question": lambda w: {**_valid_quiz(w), "q-no-such-question": ["x"]},
    "another quiz's answers": _other_quiz_answers,
    "nul": lambda w: {k: ["\x00"] for k in _valid_quiz(w)},
    "huge choice id": lambda w: {k: ["x" * 100_000] for k in _valid_quiz(w)},
    "many choices": lambda w: {k: [str(i) for i in range(400)] for k in _valid_quiz(w)},
    "two answers to single choice": lambda w: {k: (v + ["other"]) for k, v in _valid_quiz(w).items()},
}


def _valid_quiz(world):
    from .routes import _quiz_answers

    return _quiz_answers(world.a.attempt_open)


@pytest.mark.parametrize("case", sorted(QUIZ_BODIES))
def test_quiz_submission_garbage_is_refused(client, world, case):
    login(client, world.a.trainee)
    before = snapshot()
    response = fetch(client, "POST", _quiz_url(world), QUIZ_BODIES[case](world))
    assert response.status_code == 400, (case, response.status_code)
    assert snapshot() == before


def test_quiz_duplicate_choice_ids_count_once(client, world):
    """The same choice twice is one answer: graded like the plain answers, no extra credit."""
    from courses.models import HourEntry, QuizAttempt

    login(client, world.a.trainee)
    hours_before = HourEntry.objects.filter(user=world.a.trainee).count()
    body = {k: v + v for k, v in _valid_quiz(world).items()}
    response = fetch(client, "POST", _quiz_url(world), body)
    assert response.status_code == 302
    attempt = QuizAttempt.objects.get(pk=world.a.attempt_open.pk)
    assert attempt.submitted_at is not None and attempt.score == 100
    assert HourEntry.objects.filter(user=world.a.trainee).count() == hours_before + 1


def test_quiz_double_submission_counts_once(client, world):
    login(client, world.a.trainee)
    body = _valid_quiz(world)
    first = fetch(client, "POST", _quiz_url(world), body)
    after_first = snapshot()
    second = fetch(client, "POST", _quiz_url(world), body)
    assert first.status_code == 302 and second.status_code == 302
    assert snapshot() == after_first


def test_lesson_routes_ignore_junk_fields(client, world):
    login(client, world.a.trainee)
    for name in ("courses:lesson_heartbeat", "courses:enroll"):
        kwargs = {"page_id": world.a.lesson.pk if "lesson" in name else world.a.course.pk}
        response = fetch(client, "POST", reverse(name, kwargs=kwargs), {"seconds": HUGE, "engaged": "-1", "x": NUL})
        assert response.status_code in (200, 302)
    # Wrong page type: a lesson id where a course is expected, a course id where a lesson is.
    before = snapshot()
    assert fetch(client, "POST", reverse("courses:enroll", kwargs={"page_id": world.a.lesson.pk})).status_code == 404
    assert fetch(client, "POST", reverse("courses:lesson_complete", kwargs={"page_id": world.a.course.pk})).status_code == 404
    assert fetch(client, "POST", reverse("courses:lesson_heartbeat", kwargs={"page_id": world.a.site.root_page_id})).status_code == 404
    assert snapshot() == before


# --------------------------------------------------------------------------------------------
# Query strings
# --------------------------------------------------------------------------------------------

QUERIES = [
    ("supervision:dashboard", "supervisor", {"q": NUL}),
    ("supervision:dashboard", "supervisor", {"q": "x" * 5000}),
    ("supervision:dashboard", "supervisor", {"site": HUGE, "cohort": "abc", "course": "-1"}),
    ("supervision:dashboard", "supervisor", {"site": "@b.site"}),
    ("supervision:dashboard", "supervisor", {"status": NUL, "per_page": "-1", "page": "abc"}),
    ("supervision:dashboard", "supervisor", {"page": HUGE, "per_page": HUGE}),
    ("supervision:export", "supervisor", {"q": NUL}),
    ("supervision:export", "supervisor", {"site": "@b.site"}),
    ("supervision:export", "supervisor", {"course": HUGE, "per_page": "0"}),
    ("certificates_admin:index", "admin", {"q": NUL}),
    ("certificates_admin:index", "admin", {"q": "x" * 5000, "status": NUL, "p": HUGE}),
    ("certificates_admin:index", "admin", {"p": "-1"}),
    ("programs_admin:audit", "admin", {"action": NUL}),
    ("programs_admin:audit", "admin", {"action": "x" * 5000, "p": HUGE}),
    ("readiness:mine", "trainee", {"framework": NUL}),
    ("readiness:mine", "trainee", {"framework": "x" * 5000}),
    ("readiness:trainee", "supervisor", {"framework": "nope"}),
    ("certificates:verify_lookup", None, {"code": NUL}),
    ("certificates:verify_lookup", None, {"code": "x" * 100_000}),
    ("certificates:verify_lookup", None, {"code": "a/b"}),
    ("certificates:verify_lookup", None, {"code": "../../etc/passwd"}),
    ("certificates:verify_lookup", None, {"code": "%2F"}),
    ("certificates:verify_lookup", None, {"code": "<script>alert(1)</script>"}),
    ("certificates:verify_lookup", None, {"code": "   "}),
]


@pytest.mark.parametrize("name,who,params", QUERIES, ids=[f"{n}-{sorted(p)}-{i}" for i, (n, _, p) in enumerate(QUERIES)])
def test_junk_query_strings_never_500(client, world, name, who, params):
    route = ROUTES[name]
    login(client, getattr(world.a, who) if who else None)
    params = {k: _resolve(v, world) for k, v in params.items()}
    before_exports = snapshot()["exports"]
    with CaptureQueriesContext(connection) as queries:
        response = fetch(client, "GET", reverse(name, kwargs=route.kwargs(world.a)), params)
        if response.status_code == 302:  # the lookup form redirects to the code's page
            response = fetch(client, "GET", response["Location"])
    _assert_no_nul_reached_the_database(queries)
    assert response.status_code in (200, 400, 404), (name, params, response.status_code)
    assert b"<script>alert(1)</script>" not in response.body
    if response.status_code != 200:
        assert snapshot()["exports"] == before_exports  # a refused export is not logged


def test_export_of_another_sites_filter_is_refused_and_not_logged(client, world):
    login(client, world.a.supervisor)
    before = snapshot()
    response = fetch(client, "GET", reverse("supervision:export"), {"site": world.b.site.pk})
    assert response.status_code == 400
    assert snapshot() == before
