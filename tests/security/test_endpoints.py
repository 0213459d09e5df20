"""Every endpoint of ours, systematically: inventory, wrong methods, anonymous and wrong-role access,
objects of another site, and ids that do not exist or cannot exist.

The table lives in ``tests/security/routes.py``; the world (two program sites) in ``conftest.py``.
"""
from __future__ import annotations

import pytest
from django.urls import reverse

from .conftest import fetch, login, snapshot
from .routes import LOGIN, POST_CHANGES, PUBLIC, ROUTES, TESTED_METHODS, VALID_POST, our_routes, resolve_user

pytestmark = pytest.mark.django_db

LOGIN_PATHS = ("/accounts/login/", "/admin/login/")


def _url(name, kwargs):
    return reverse(name, kwargs=kwargs)


def _body(name, world, site_world, method):
    if method != "POST":
        return None
    return VALID_POST[name](world, site_world) if name in VALID_POST else {}


def _is_login_redirect(response):
    return response.status_code == 302 and response["Location"].startswith(LOGIN_PATHS)


def _same_path(url, other):
    from urllib.parse import urlsplit

    return urlsplit(url).path == urlsplit(other).path


def _is_refusal(response, route, name=None, world=None):
    """403/404, a 401 for the JSON heartbeat, or (Wagtail admin) a redirect to the admin home/login."""
    if response.status_code in (401, 403, 404):
        return True
    if name == "courses:lesson_complete" and response.status_code == 302:
        # Not enrolled in the lesson's course: sent to the (public) course page to enroll.
        return _same_path(response["Location"], world.a.course2.full_url)
    if route.admin and response.status_code == 302:
        return response["Location"].startswith(("/admin/login/", "/admin/"))
    return False


# --------------------------------------------------------------------------------------------
# 1. Inventory
# --------------------------------------------------------------------------------------------


def test_every_route_of_ours_is_in_the_table():
    found = our_routes()
    missing = sorted(set(found) - set(ROUTES))
    stale = sorted(set(ROUTES) - set(found))
    assert not missing, f"new routes not in tests/security/routes.py ROUTES (add them): {missing}"
    assert not stale, f"routes in the table that no longer exist: {stale}"


def test_every_post_route_has_a_valid_body():
    posting = {name for name, route in ROUTES.items() if "POST" in route.methods}
    assert posting - set(VALID_POST) == set()
    assert POST_CHANGES <= posting


def test_database_ids_in_our_urls_use_the_bounded_converter():
    """``<id:…>`` (programs.converters) turns an id past the 64-bit range into a 404, not a 500."""
    assert not [pattern for pattern in our_routes().values() if "<int:" in pattern]


def test_the_inventory_sees_our_wagtail_admin_screens():
    found = our_routes()
    assert found["programs_admin:audit"] == "admin/programs/audit/"
    assert found["certificates_admin:decide"] == "admin/certificates/requests/<id:pk>/decide/"
    assert not any(name.startswith(("wagtail", "admin:")) for name in found)


# --------------------------------------------------------------------------------------------
# 2. Wrong methods
# --------------------------------------------------------------------------------------------

WRONG_METHODS = [
    (name, method) for name, route in ROUTES.items() for method in TESTED_METHODS if method not in route.methods
]


@pytest.mark.parametrize("name,method", WRONG_METHODS, ids=[f"{n}-{m}" for n, m in WRONG_METHODS])
def test_wrong_method_is_405_and_changes_nothing(client, world, name, method):
    route = ROUTES[name]
    login(client, route.who(world, world.a))
    before = snapshot()
    response = fetch(client, method, _url(name, route.kwargs(world.a)), _body(name, world, world.a, "POST"))
    assert response.status_code == 405, (name, method, response.status_code)
    assert snapshot() == before


# --------------------------------------------------------------------------------------------
# 3. Anonymous and wrong-role access
# --------------------------------------------------------------------------------------------

ANONYMOUS = [(name, method) for name, route in ROUTES.items() if route.access != PUBLIC for method in route.methods
             if method in TESTED_METHODS]


@pytest.mark.parametrize("name,method", ANONYMOUS, ids=[f"{n}-{m}" for n, m in ANONYMOUS])
def test_anonymous_is_sent_to_login_and_changes_nothing(client, world, name, method):
    route = ROUTES[name]
    before = snapshot()
    response = fetch(client, method, _url(name, route.kwargs(world.a)), _body(name, world, world.a, method))
    assert _is_login_redirect(response) or response.status_code in (401, 403, 404), (name, response.status_code)
    assert snapshot() == before


PUBLIC_ROUTES = [(name, method) for name, route in ROUTES.items() if route.access == PUBLIC for method in route.methods]


@pytest.mark.parametrize("name,method", PUBLIC_ROUTES, ids=[f"{n}-{m}" for n, m in PUBLIC_ROUTES])
def test_public_routes_serve_anonymous_people(client, world, name, method):
    route = ROUTES[name]
    response = fetch(client, method, _url(name, route.kwargs(world.a)))
    assert response.status_code in ((200,) if method == "GET" else (200, 400)), (name, response.status_code)


WRONG_ROLE = [
    (name, method, denied)
    for name, route in ROUTES.items()
    for denied in route.denied_names()
    for method in route.methods
    if method in TESTED_METHODS
]


@pytest.mark.parametrize("name,method,denied", WRONG_ROLE, ids=[f"{n}-{m}-{d}" for n, m, d in WRONG_ROLE])
def test_wrong_role_is_refused_and_changes_nothing(client, world, name, method, denied):
    route = ROUTES[name]
    login(client, resolve_user(world, denied))
    before = snapshot()
    response = fetch(client, method, _url(name, route.kwargs(world.a)), _body(name, world, world.a, method))
    assert _is_refusal(response, route, name, world), (name, denied, response.status_code, response.get("Location"))
    assert snapshot() == before


OPEN_TO_ALL = [name for name, route in ROUTES.items() if route.access == LOGIN and "GET" in route.methods]


@pytest.mark.parametrize("name", OPEN_TO_ALL)
def test_pages_for_everyone_show_nobody_elses_data(client, world, name):
    route = ROUTES[name]
    login(client, world.outsider)
    response = fetch(client, "GET", _url(name, route.kwargs(world.a)))
    assert response.status_code == 200
    if response["Content-Type"].startswith("text/html"):
        body = response.body.decode()
        for secret in (world.b.trainee.first_name, world.b.certificate.number, world.a.certificate.number,
                       world.b.cohort.name, "&lt;script&gt;alert(1)"):
            assert secret not in body, (name, secret)


# --------------------------------------------------------------------------------------------
# Positive controls: the authorised user gets in (so the refusals above mean something)
# --------------------------------------------------------------------------------------------

GETS = [name for name, route in ROUTES.items() if "GET" in route.methods and route.ok]


@pytest.mark.parametrize("name", GETS)
@pytest.mark.parametrize("site", ["a", "b"])
def test_authorised_get_works(client, world, name, site):
    route = ROUTES[name]
    site_world = getattr(world, site)
    login(client, route.who(world, site_world))
    response = fetch(client, "GET", _url(name, route.kwargs(site_world)))
    assert response.status_code == route.ok, (name, response.status_code, response.get("Location"))


@pytest.mark.parametrize("name", sorted(POST_CHANGES))
def test_authorised_valid_post_changes_the_database(client, world, name):
    route = ROUTES[name]
    login(client, route.who(world, world.a))
    if name == "courses:lesson_complete":  # a lesson is opened before it can be completed
        from courses import services

        enrollment = services.enrollment_for(user=world.a.trainee, page=world.a.lesson2)
        services.lesson_record_engagement(enrollment=enrollment, lesson=world.a.lesson2)
    before = snapshot()
    response = fetch(client, "POST", _url(name, route.kwargs(world.a)), VALID_POST[name](world, world.a))
    assert response.status_code in (200, 302, 303), (name, response.status_code)  # 303: the bulk download's job
    assert snapshot() != before, name


# --------------------------------------------------------------------------------------------
# 4. Objects of another site, and ids that do not exist
# --------------------------------------------------------------------------------------------

# Routes whose objects belong to one site and must stay invisible to the other site's people.
# Not here: public verification (a code is public by design), enroll (anyone may join any
# program's live course), uploaded images (public files; certificates are never served by path)
# and what a badge verifier fetches (each site's issuer profile, key and revocation list).
CROSS_SITE_EXEMPT = {
    "certificates:verify", "certificates:verify_json", "courses:enroll", "media", "certificates:badge_issuer",
    "certificates:badge_key", "certificates:badge_status_list",
}


def _routes_with_ids(world):
    return {name: route for name, route in ROUTES.items() if route.kwargs(world.a)}


ID_ROUTES = [
    "certificates:detail", "certificates:download", "certificates:request_reissue", "cohorts:detail", "cohorts:add_trainee", "cohorts:roster",
    "cohorts:session_new", "cohorts:attendance", "supervision:trainee", "supervision:transcript", "supervision:decide",
    "readiness:trainee", "courses:lesson_heartbeat", "courses:lesson_complete", "courses:quiz_submit", "courses:attempt",
    "programs_admin:roles", "programs_admin:revoke", "certificates_admin:detail", "certificates_admin:revoke",
    "certificates_admin:reissue", "certificates_admin:decide", "cohorts:cancel_invitation", "cohorts:invitation",
    "courses:activity_answer", "courses:journal_share", "materials:guide_pdf", "materials:workbook_pdf",
    "readiness:credential_verify", "readiness:trainee_packet_pdf", "readiness:trainee_packet_csv",
    "certificates:bulk_download_status", "certificates:bulk_download_file", "certificates:badge_download",
]
TAMPER = [(name, method) for name in ID_ROUTES for method in ROUTES[name].methods]


def test_id_routes_cover_every_route_with_arguments(world):
    assert set(_routes_with_ids(world)) - CROSS_SITE_EXEMPT == set(ID_ROUTES)


@pytest.mark.parametrize("name,method", TAMPER, ids=[f"{n}-{m}" for n, m in TAMPER])
def test_another_sites_object_is_404_and_changes_nothing(client, world, name, method):
    route = ROUTES[name]
    login(client, route.who(world, world.a))
    variants = [route.kwargs(world.b)] + [mix(world.a, world.b) for mix in route.mixed]
    for kwargs in variants:
        before = snapshot()
        response = fetch(client, method, _url(name, kwargs), _body(name, world, world.b, method))
        if name == "courses:lesson_complete":
            # Not enrolled in that course: sent to the course page to enroll, nothing credited.
            assert response.status_code == 302, response.status_code
            assert _same_path(response["Location"], world.b.course2.full_url)
        else:
            assert response.status_code in (403, 404), (name, kwargs, response.status_code)
        assert snapshot() == before, (name, kwargs)


BAD_INTS = ["0", "999999999", str(2**31), str(2**63 - 1), str(2**63), str(2**64), "9" * 40]
BAD_SEGMENTS = ["-1", "abc", "1e3", "%C2%B3", "1%00", "..%2F..%2Fetc%2Fpasswd", "0x1F", " 1"]


def _bad_id_cases():
    cases = []
    for name in ID_ROUTES:
        route = ROUTES[name]
        for value in BAD_INTS + BAD_SEGMENTS:
            cases.append((name, value))
    return cases


BAD_ID_CASES = _bad_id_cases()


@pytest.mark.parametrize("name,value", BAD_ID_CASES, ids=[f"{n}-{v}" for n, v in BAD_ID_CASES])
def test_impossible_ids_are_404_never_500(client, world, name, value):
    route = ROUTES[name]
    login(client, route.who(world, world.a))
    kwargs = route.kwargs(world.a)
    method = route.methods[0]
    before = snapshot()
    for key in kwargs:  # spoil one argument at a time
        marker = 987654321
        url = _url(name, {**kwargs, key: marker}).replace(str(marker), value)
        response = fetch(client, method, url, _body(name, world, world.a, method))
        assert response.status_code in (403, 404), (name, key, value, response.status_code)
    assert snapshot() == before


BAD_CODES = ["", "x", "a" * 19, "a" * 33, "A" * 26, "a" * 5000, "<script>alert(1)</script>", "%00" * 26,
             "aaaaaaaaaaaaaaaaaaaaaaaa%00", "' OR 1=1 --", "..%2F..%2F", "%E2%80%AE" * 10, "ä" * 26, "1" * 26]


@pytest.mark.parametrize("name", ["certificates:verify", "certificates:verify_json"])
@pytest.mark.parametrize("code", BAD_CODES)
def test_malformed_verification_codes_are_404(client, world, name, code):
    url = _url(name, {"code": "placeholdercode"}).replace("placeholdercode", code)
    response = fetch(client, "GET", url)
    assert response.status_code == 404, (code, response.status_code)
    assert b"<script>alert" not in response.body


def test_valid_code_of_another_site_still_verifies_publicly(client, world):
    response = fetch(client, "GET", _url("certificates:verify_json", {"code": world.b.certificate.verification_code}))
    assert response.status_code == 200 and response.json()["number"] == world.b.certificate.number
