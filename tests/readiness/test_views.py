"""Readiness pages: who may see whose readiness, what the page says, and a fixed query count."""
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import HourEntry
from programs.roles import Role, role_grant
from readiness.models import CredentialFramework, FrameworkRequirement
from tests import factories
from tests.factories import readiness as fr

pytestmark = pytest.mark.django_db

H = 60
MINE = reverse("readiness:mine")
# Pinned: a change means the page started doing per-row queries (or got cheaper: update it).
# Session, user, nav roles, supervised trainees, frameworks, requirements, ledger, credentials held.
READINESS_PAGE_QUERIES = 8
# Session, user, nav roles, the viewer's roles and assignments (programs.access), the trainee,
# frameworks, requirements, ledger, credentials held, and whether the viewer may verify them (one
# query: the trainee's roles on the viewer's admin sites).
TRAINEE_PAGE_QUERIES = 11


def trainee_url(user):
    return reverse("readiness:trainee", args=[user.pk])


@pytest.fixture
def frameworks(domain):
    first = CredentialFramework.objects.create(
        slug="alpha", name="Alpha credential", board="Alpha board", training_minutes=10 * H,
        experience_minutes=5 * H, supervision_minutes=H, notes="Alpha notes.",
    )
    FrameworkRequirement.objects.create(framework=first, label="Alpha domain", minutes=4 * H, domain=domain)
    second = CredentialFramework.objects.create(slug="beta", name="Beta credential", training_minutes=2 * H)
    return first, second


@pytest.fixture
def site():
    return fr.default_site()


@pytest.fixture
def trained(trainee, domain, site):
    role_grant(user=trainee, site=site, role=Role.TRAINEE)
    fr.credit(trainee, domain=domain, minutes=3 * H)
    fr.credit(trainee, domain=domain, minutes=2 * H, source=HourEntry.Source.PRACTICE)
    return trainee


# --- the trainee's own page ---------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_login(client, trainee, frameworks):
    for url in (MINE, trainee_url(trainee)):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_own_page_shows_every_line_with_progress_and_text(client, trained, frameworks):
    client.force_login(trained)
    response = client.get(MINE)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Alpha credential" in body  # the first framework by default
    assert body.count('role="progressbar"') == 4  # training, one requirement, experience, supervision
    assert 'aria-valuenow="30"' in body and 'aria-valuetext="3.0 of 10.0 h"' in body
    assert "3.0 of 10.0 h" in body and "Missing 7.0 h" in body
    assert "Missing 1.0 h" in body  # the domain requirement: 3 of 4 h
    assert "2.0 of 5.0 h" in body  # experience from practice
    assert "0 of 4 requirements of Alpha credential are met" in body
    assert "Face to face: 0.0 of 3.0 training hours" in body


def test_met_lines_say_met_in_words(client, trained, frameworks):
    client.force_login(trained)
    body = client.get(MINE, {"framework": "beta"}).content.decode()
    assert "Beta credential" in body
    assert re.search(r'class="verdict">Met<', body)
    assert "Every requirement of Beta credential is met." in body


def test_unknown_framework_is_404(client, trained, frameworks):
    client.force_login(trained)
    assert client.get(MINE, {"framework": "nope"}).status_code == 404
    assert client.get(trainee_url(trained), {"framework": "nope"}).status_code == 404


def test_page_without_frameworks_explains(client, trainee):
    client.force_login(trainee)
    response = client.get(MINE)
    assert response.status_code == 200
    assert "No credential framework has been set up yet" in response.content.decode()


def test_post_is_not_allowed(client, trainee, frameworks):
    client.force_login(trainee)
    assert client.post(MINE).status_code == 405
    assert client.post(trainee_url(trainee)).status_code == 405


# --- someone else's page ------------------------------------------------------------------------


def test_trainee_sees_only_their_own(client, trained, other_trainee, frameworks):
    client.force_login(other_trainee)
    assert client.get(trainee_url(trained)).status_code == 404
    assert client.get(trainee_url(other_trainee)).status_code == 200


def test_assigned_supervisor_sees_trainee(client, trained, site, frameworks):
    supervisor = factories.make_user(first_name="Sue", last_name="Pervisor")
    fr.assign_supervisor(supervisor=supervisor, trainee=trained, site=site)
    client.force_login(supervisor)
    response = client.get(trainee_url(trained), {"framework": "alpha"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "Credential readiness: Ana Gómez" in body and "3.0 of 10.0 h" in body
    mine = client.get(MINE).content.decode()
    assert "Trainees you supervise" in mine and trainee_url(trained) in mine


def test_assignment_on_another_site_still_counts(client, trained, frameworks):
    supervisor = factories.make_user()
    fr.assign_supervisor(supervisor=supervisor, trainee=trained, site=fr.other_site())
    client.force_login(supervisor)
    assert client.get(trainee_url(trained)).status_code == 200


def test_unassigned_supervisor_gets_404(client, trained, other_trainee, site, frameworks):
    supervisor = factories.make_user()
    fr.assign_supervisor(supervisor=supervisor, trainee=other_trainee, site=site)
    client.force_login(supervisor)
    assert client.get(trainee_url(trained)).status_code == 404
    assert client.get(trainee_url(other_trainee)).status_code == 200


def test_site_admin_sees_trainees_of_their_site_only(client, trained, site, frameworks):
    admin = factories.make_user()
    role_grant(user=admin, site=site, role=Role.SITE_ADMIN)
    client.force_login(admin)
    assert client.get(trainee_url(trained)).status_code == 200

    other_admin = factories.make_user()
    role_grant(user=other_admin, site=fr.other_site(), role=Role.SITE_ADMIN)
    client.force_login(other_admin)
    assert client.get(trainee_url(trained)).status_code == 404


def test_site_admin_does_not_see_staff_without_trainee_role(client, site, frameworks):
    admin = factories.make_user()
    role_grant(user=admin, site=site, role=Role.SITE_ADMIN)
    facilitator = factories.make_user()
    role_grant(user=facilitator, site=site, role=Role.FACILITATOR)
    client.force_login(admin)
    assert client.get(trainee_url(facilitator)).status_code == 404


def test_platform_admin_sees_anyone(client, trained, frameworks):
    client.force_login(factories.make_user(is_superuser=True, is_staff=True))
    assert client.get(trainee_url(trained)).status_code == 200


@pytest.mark.parametrize("user_id", [0, 999999, 2**63 + 5, 10**30])
def test_unknown_or_huge_user_ids_are_404(client, trainee, frameworks, user_id):
    client.force_login(factories.make_user(is_superuser=True, is_staff=True))
    assert client.get(f"/learn/readiness/trainees/{user_id}/").status_code == 404


def test_malformed_user_id_is_404(client, trainee):
    client.force_login(trainee)
    assert client.get("/learn/readiness/trainees/abc/").status_code == 404
    assert client.get("/learn/readiness/trainees/-1/").status_code == 404


# --- query counts -------------------------------------------------------------------------------


def _count(client, url):
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("rows", [1, 500])
def test_own_page_query_count_is_fixed(client, trainee, domain, frameworks, rows):
    fr.bulk_ledger(trainee, domain=domain, rows=rows)
    client.force_login(trainee)
    assert _count(client, MINE) == READINESS_PAGE_QUERIES


@pytest.mark.parametrize("rows, trainees", [(1, 1), (500, 8)])
def test_supervisor_page_query_count_is_fixed(client, domain, site, frameworks, rows, trainees):
    supervisor = factories.make_user()
    people = [factories.make_user() for _ in range(trainees)]
    for person in people:
        fr.assign_supervisor(supervisor=supervisor, trainee=person, site=site)
        fr.bulk_ledger(person, domain=domain, rows=rows)
    client.force_login(supervisor)
    assert _count(client, MINE) == READINESS_PAGE_QUERIES
    assert _count(client, trainee_url(people[0])) == TRAINEE_PAGE_QUERIES
