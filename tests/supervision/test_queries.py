"""The supervisor dashboard and export run a fixed number of queries, whatever the number of trainees or courses."""
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from programs.roles import Role
from supervision import dashboard as board
from tests import factories
from tests.factories import supervision as fs

pytestmark = pytest.mark.django_db

# Pinned: a change here means the page started doing per-row queries (or got cheaper: update it).
# Each includes what ``programs.access`` reads to keep every trainee's records to the viewer's sites:
# the viewer's roles and assignments, and the sites' root paths.
DASHBOARD_QUERIES = 22
# The session, the filters' choices, the count, the ExportLog row and its audit event, and the
# first hundred trainees' rows; then each further hundred. Measured after a first page has filled
# the per-process caches (the sites' root paths and languages), as the other counts here are.
EXPORT_QUERIES = 27
EXPORT_QUERIES_PER_CHUNK = 15
TRAINEE_PAGE_QUERIES = 16  # + the reflections shared with supervisors: the viewer's assignments, the reflections


def _count(client, url, params=None):
    client.get(url, params)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), response


@pytest.fixture
def supervisor(db):
    return fs.make_supervisor(fs.default_site())


@pytest.mark.parametrize("trainees", [10, 1000])
def test_dashboard_query_count_is_fixed_for_any_number_of_trainees(client, supervisor, domain, trainees):
    courses = [factories.make_course(domain=domain, title=f"Course {i}") for i in range(3)]
    fs.bulk_trainees(n=trainees, site=fs.default_site(), supervisor=supervisor, courses=courses, domain=domain)
    client.force_login(supervisor)
    count, response = _count(client, reverse("supervision:dashboard"))  # the first page: 50 trainees
    assert response.content.decode().count('role="progressbar"') == min(trainees, 50) * 3
    assert count == DASHBOARD_QUERIES
    count, response = _count(client, reverse("supervision:dashboard"), {"per_page": 100, "page": 2})
    assert response.content.decode().count('role="progressbar"') == min(trainees, 100) * 3  # 10: the last page
    assert count == DASHBOARD_QUERIES


def test_dashboard_and_export_read_only_the_trainee_columns_they_show(client, supervisor, domain):
    """Id, name and email, not each trainee's password hash; and no query per trainee for a
    deferred column (the pinned counts)."""
    course = factories.make_course(domain=domain)
    fs.bulk_trainees(n=30, site=fs.default_site(), supervisor=supervisor, courses=[course], domain=domain)
    client.force_login(supervisor)
    for name in ("supervision:dashboard", "supervision:export"):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse(name))
            if response.streaming:
                b"".join(response.streaming_content)
        assert response.status_code == 200
        listed = [q["sql"] for q in queries if re.search(r'ORDER BY "auth_user"\."last_name"', q["sql"])]
        assert len(listed) == 1, name
        assert '"password"' not in listed[0] and '"date_joined"' not in listed[0] and '"email"' in listed[0]


@pytest.mark.parametrize("courses, modules", [(1, 1), (6, 3)])
def test_dashboard_full_page_query_count_is_fixed_for_any_number_of_courses(client, supervisor, domain, courses, modules):
    other = factories.make_domain("ethics", "Ethics")
    made = [
        factories.make_course(domain=domain if i % 2 else other, modules=modules, title=f"Course {i}") for i in range(courses)
    ]
    fs.bulk_trainees(n=60, site=fs.default_site(), supervisor=supervisor, courses=made, domain=domain)
    client.force_login(supervisor)
    count, response = _count(client, reverse("supervision:dashboard"))
    assert "page 1 of 2" in response.content.decode()
    assert response.content.decode().count('role="progressbar"') == 50 * courses
    assert count == DASHBOARD_QUERIES


@pytest.mark.parametrize("trainees", [5, 100, 300])
def test_export_streams_every_trainee_with_a_fixed_number_of_queries_per_hundred(client, supervisor, domain, trainees):
    courses = [factories.make_course(domain=domain, title=f"Course {i}") for i in range(2)]
    fs.bulk_trainees(n=trainees, site=fs.default_site(), supervisor=supervisor, courses=courses, domain=domain)
    client.force_login(supervisor)
    client.get(reverse("supervision:dashboard"))  # warm per-process caches (the site's languages)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("supervision:export"))
        assert response.streaming
        body = b"".join(response.streaming_content).decode()
    assert len(body.strip().splitlines()) == 1 + trainees * 2
    chunks = -(-trainees // board.EXPORT_CHUNK)
    assert len(queries) == EXPORT_QUERIES + EXPORT_QUERIES_PER_CHUNK * (chunks - 1)


@pytest.mark.parametrize("courses", [1, 4])
def test_trainee_page_query_count_is_fixed(client, supervisor, domain, courses):
    made = [factories.make_course(domain=domain, title=f"Course {i}") for i in range(courses)]
    trainee = fs.bulk_trainees(n=1, site=fs.default_site(), supervisor=supervisor, courses=made, domain=domain)[0]
    client.force_login(supervisor)
    count, response = _count(client, reverse("supervision:trainee", args=[trainee.pk]))
    assert response.content.decode().count('role="progressbar"') == courses
    assert count == TRAINEE_PAGE_QUERIES


def test_trainees_of_several_sites_cost_no_more_queries(client, supervisor, domain):
    """Trainees seen through different sites (so different record scopes) share one query for
    the sites' root paths: the count is the one-site page's."""
    from tests.factories import cohorts as fc

    other = fc.make_site()
    fs.with_role(supervisor, other, Role.SUPERVISOR)
    here = fs.bulk_trainees(n=3, site=fs.default_site(), supervisor=supervisor,
                            courses=[factories.make_course(domain=domain)], domain=domain)
    there = fs.bulk_trainees(n=3, site=other, supervisor=supervisor,
                             courses=[fc.make_course_on(other, domain=domain)], domain=domain, prefix="there")
    client.force_login(supervisor)
    count, response = _count(client, reverse("supervision:dashboard"))
    assert response.content.decode().count('role="progressbar"') == len(here) + len(there)
    assert count == DASHBOARD_QUERIES
