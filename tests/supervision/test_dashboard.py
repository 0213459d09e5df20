"""Supervision dashboard: who sees which trainees (two sites), the CSV export, and who assigns supervisors."""
import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate
from courses import services
from courses.display import csv_safe
from courses.models import HourEntry
from programs.models import SupervisorAssignment
from supervision import dashboard as supervision_dashboard
from supervision import services as supervision
from supervision.models import ExportLog
from tests import factories
from tests.factories import supervision as fs

pytestmark = pytest.mark.django_db


def _rows(response):
    assert response.streaming  # the export streams, whatever its length
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


# --- who sees whom ---------------------------------------------------------------------------


def test_dashboard_supervisors_see_only_their_trainees(client, world):
    client.force_login(world["sup_a"])
    body = client.get(reverse("supervision:dashboard")).content.decode()
    assert "Ana Alpha" in body and "Ben Bravo" not in body
    client.force_login(world["sup_b"])
    body = client.get(reverse("supervision:dashboard")).content.decode()
    assert "Ben Bravo" in body and "Ana Alpha" not in body


def test_dashboard_shows_progress_hours_and_quiz_results(client, world, course):
    enrollment = services.enrollment_for(user=world["trainee_a"], page=course)
    lesson = factories.lessons_of(course)[0]
    services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
    services.lesson_complete(enrollment=enrollment, lesson=lesson)
    quiz = factories.quizzes_of(course)[0]
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz, correct=False))
    client.force_login(world["sup_a"])
    response = client.get(reverse("supervision:dashboard"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "0.3 of 0.8 h (40%)" in body
    assert 'role="progressbar"' in body and 'aria-valuenow="40"' in body
    assert "1/2 lessons" in body and "0/1 quizzes passed" in body
    assert "Quiz 1: 0%" in body
    assert "Advocacy: 0.3 / 0.8 h" in body


def test_dashboard_last_activity_is_the_latest_view_submission_or_credit(client, world, course, domain):
    """Last activity: the latest lesson view or quiz submission in a listed enrollment, or credit
    of any kind to the trainee's ledger (a supervision session has no enrollment)."""
    trainee = world["trainee_a"]
    enrollment = services.enrollment_for(user=trainee, page=course)

    def last_activity():
        [row] = supervision_dashboard.trainee_rows(
            viewer=world["sup_a"], trainees=[trainee], filters=supervision_dashboard.DashboardFilters()
        )
        return row.last_activity

    assert last_activity() is None
    client.force_login(world["sup_a"])
    assert '<td data-label="Last activity">none yet</td>' in client.get(reverse("supervision:dashboard")).content.decode()

    start = timezone.now() - timedelta(days=10)
    services.lesson_record_engagement(enrollment=enrollment, lesson=factories.lessons_of(course)[0], now=start)
    assert last_activity() == start
    quiz = factories.quizzes_of(course)[0]
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz, now=start + timedelta(days=1))
    services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz, correct=False),
                                 now=start + timedelta(days=2))  # failed: no credit, the submission counts
    assert last_activity() == start + timedelta(days=2)
    services.hour_entry_credit(
        enrollment=None, user=trainee, domain_id=domain.pk, minutes=60, source=HourEntry.Source.SUPERVISION,
        delivery_mode="in_person", key="test:supervision", description="Group supervision",
        occurred_at=start + timedelta(days=3), site_id=world["site_a"].pk,
    )
    assert last_activity() == start + timedelta(days=3)
    shown = timezone.localtime(start + timedelta(days=3))
    body = client.get(reverse("supervision:dashboard")).content.decode()
    assert f'<time datetime="{shown.isoformat()}">{shown:%b} {shown.day}, {shown.year}</time>' in body


def test_dashboard_without_supervisor_role_is_forbidden(client, world):
    client.force_login(world["trainee_a"])
    assert client.get(reverse("supervision:dashboard")).status_code == 403
    assert client.get(reverse("supervision:export")).status_code == 403


def test_dashboard_requires_login(client, world):
    response = client.get(reverse("supervision:dashboard"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_dashboard_ignores_assignments_when_supervisor_role_revoked(client, world):
    from programs.roles import role_revoke

    role_revoke(user=world["sup_a"], site=world["site_a"], role=supervision.Role.SUPERVISOR)
    fs.with_role(world["sup_a"], world["site_b"], supervision.Role.SUPERVISOR)
    client.force_login(world["sup_a"])
    body = client.get(reverse("supervision:dashboard")).content.decode()
    assert "Ana Alpha" not in body


def test_site_admin_sees_every_assignment_of_their_site_only(client, world):
    admin = fs.with_role(factories.make_user(), world["site_a"], supervision.Role.SITE_ADMIN)
    client.force_login(admin)
    body = client.get(reverse("supervision:dashboard")).content.decode()
    assert "Ana Alpha" in body and "Ben Bravo" not in body


def test_dashboard_filters_search_and_site(client, world):
    fs.with_role(world["sup_a"], world["site_b"], supervision.Role.SUPERVISOR)
    fs.assign(world["sup_a"], world["trainee_b"], world["site_b"])
    client.force_login(world["sup_a"])
    url = reverse("supervision:dashboard")
    body = client.get(url).content.decode()
    assert "Ana Alpha" in body and "Ben Bravo" in body
    body = client.get(url, {"q": "bravo"}).content.decode()
    assert "Ana Alpha" not in body and "Ben Bravo" in body
    body = client.get(url, {"site": world["site_a"].pk}).content.decode()
    assert "Ana Alpha" in body and "Ben Bravo" not in body
    body = client.get(url, {"course": world["course_b"].pk}).content.decode()
    assert "Ana Alpha" not in body and "Ben Bravo" in body
    body = client.get(url, {"status": "completed"}).content.decode()
    assert "Ana Alpha" not in body and "Ben Bravo" not in body


@pytest.mark.parametrize(
    "params",
    [{"site": "abc"}, {"site": "999999"}, {"cohort": "-1"}, {"course": "999999"}, {"status": "nope"},
     {"per_page": "0"}, {"per_page": "101"}, {"per_page": "x"}, {"q": "x" * 101}],
)
def test_dashboard_malformed_filters_are_400(client, world, params):
    client.force_login(world["sup_a"])
    assert client.get(reverse("supervision:dashboard"), params).status_code == 400
    assert client.get(reverse("supervision:export"), params).status_code == 400
    assert not ExportLog.objects.exists()


def test_dashboard_filter_options_follow_new_courses_sites_and_roles(client, world, domain):
    """A new course or site, and a role granted or taken away, show in the filters at once."""
    client.force_login(world["sup_a"])
    url = reverse("supervision:dashboard")
    assert "Course C" not in client.get(url).content.decode()
    course_c = fs.course_on(world["site_a"], domain=domain, title="Course C")
    body = client.get(url).content.decode()
    assert f'<option value="{course_c.pk}">Course C</option>' in body
    assert client.get(url, {"course": course_c.pk}).status_code == 200
    site_c = fs.make_site("Third program")
    fs.with_role(world["sup_a"], site_c, supervision.Role.SUPERVISOR)
    body = client.get(url).content.decode()
    assert f'<option value="{site_c.pk}">Third program</option>' in body
    supervision.SiteRole.objects.filter(user=world["sup_a"], site=site_c).delete()
    assert "Third program" not in client.get(url).content.decode()
    assert client.get(url, {"site": site_c.pk}).status_code == 400
    supervision.SiteRole.objects.filter(user=world["sup_a"]).delete()
    assert client.get(url).status_code == 403


def test_dashboard_filter_on_another_sites_course_is_400(client, world):
    client.force_login(world["sup_a"])
    assert client.get(reverse("supervision:dashboard"), {"site": world["site_b"].pk}).status_code == 400


def test_dashboard_filters_by_cohort_of_own_sites_only(client, world):
    from cohorts.models import Cohort
    from courses.models import Enrollment

    cohort_a = Cohort.objects.create(site=world["site_a"], course=world["course_a"], name="Spring A", starts_on=timezone.localdate())
    cohort_b = Cohort.objects.create(site=world["site_b"], course=world["course_b"], name="Spring B", starts_on=timezone.localdate())
    Enrollment.objects.filter(user=world["trainee_a"]).update(cohort=cohort_a)
    other = fs.make_trainee(world["site_a"], first_name="Otto", last_name="Nocohort")
    services.enrollment_create(user=other, course=world["course_a"])
    fs.assign(world["sup_a"], other, world["site_a"])
    client.force_login(world["sup_a"])
    url = reverse("supervision:dashboard")
    body = client.get(url, {"cohort": cohort_a.pk}).content.decode()
    assert "Ana Alpha" in body and "Otto Nocohort" not in body and "Spring A" in body
    assert client.get(url, {"cohort": cohort_b.pk}).status_code == 400


def test_dashboard_paginates(client, world, domain):
    fs.bulk_trainees(n=7, site=world["site_a"], supervisor=world["sup_a"], courses=[world["course_a"]], domain=domain)
    client.force_login(world["sup_a"])
    url = reverse("supervision:dashboard")
    body = client.get(url, {"per_page": 3}).content.decode()
    assert "page 1 of 3" in body and "Next page" in body and "Ana Alpha" in body  # ordered by last name
    body = client.get(url, {"per_page": 3, "page": 3}).content.decode()
    assert "Bulk 0006" in body and "Ana Alpha" not in body
    assert client.get(url, {"page": "zzz"}).status_code == 200  # a bad page number shows the first page


def test_trainee_detail_shows_ledger_for_supervisor_only(client, world, course):
    enrollment = services.enrollment_for(user=world["trainee_a"], page=course)
    lesson = factories.lessons_of(course)[0]
    services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
    services.lesson_complete(enrollment=enrollment, lesson=lesson)
    url = reverse("supervision:trainee", args=[world["trainee_a"].pk])
    client.force_login(world["sup_a"])
    response = client.get(url)
    assert response.status_code == 200
    assert "Lesson: Lesson 1.1" in response.content.decode()
    client.force_login(world["sup_b"])
    assert client.get(url).status_code == 404
    assert client.get(reverse("supervision:trainee", args=[999999])).status_code == 404
    client.force_login(world["trainee_b"])
    assert client.get(url).status_code == 404


def test_supervisor_downloads_transcript_of_own_trainee_only(client, world):
    client.force_login(world["sup_a"])
    response = client.get(reverse("supervision:transcript", args=[world["trainee_a"].pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert client.get(reverse("supervision:transcript", args=[world["trainee_b"].pk])).status_code == 404


def _issued_certificate(enrollment):
    return Certificate.objects.create(
        enrollment=enrollment, site=fs.default_site(), number=f"T-{enrollment.pk}", status=Certificate.Status.ISSUED,
        name_on_certificate="Ana Alpha", course_title="Test course", course_code="T", total_minutes=50,
        completed_on=timezone.localdate(), site_name="Test", issued_at=timezone.now(),
    )


def test_supervisor_may_download_certificates_of_own_trainees_only(client, world, course):
    from django.core.files.base import ContentFile

    enrollment = services.enrollment_for(user=world["trainee_a"], page=course)
    certificate = _issued_certificate(enrollment)
    certificate.pdf.save("c.pdf", ContentFile(b"%PDF-1.4 test"), save=True)
    url = reverse("certificates:download", args=[certificate.pk])
    client.force_login(world["sup_b"])
    assert client.get(url).status_code == 404
    client.force_login(world["sup_a"])
    body = client.get(reverse("supervision:dashboard")).content.decode()
    assert certificate.number in body and url in body
    response = client.get(url)
    assert b"".join(response.streaming_content) == b"%PDF-1.4 test"
    response.close()  # last: closing the response ends the request (and its database use)


# --- CSV export --------------------------------------------------------------------------------


def test_export_contains_dashboard_rows_and_is_logged(client, world, course):
    client.force_login(world["sup_a"])
    response = client.get(reverse("supervision:export"), {"q": "ana"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = _rows(response)
    header, data = rows[0], rows[1:]
    assert len(data) == 1
    record = dict(zip(header, data[0]))
    assert record["Trainee"] == "Ana Alpha"
    assert record["Course"] == course.title
    assert record["Hours earned"] == "0.0" and record["Hours required"] == "0.8"
    assert record["Lessons total"] == "2" and record["Quizzes total"] == "1"
    assert not any("Ben Bravo" in cell for line in rows for cell in line)
    log = ExportLog.objects.get()
    assert log.user == world["sup_a"] and log.kind == "supervisor_dashboard"
    assert log.filters == {"q": "ana"} and log.row_count == 1


def test_export_neutralises_formula_injection(client, world):
    trainee = world["trainee_a"]
    trainee.first_name, trainee.last_name = "=HYPERLINK(\"http://x\")", "+1"
    trainee.save()
    world["course_a"].title = "@SUM(A1)"
    world["course_a"].save_revision().publish()
    client.force_login(world["sup_a"])
    rows = _rows(client.get(reverse("supervision:export")))
    record = dict(zip(rows[0], rows[1]))
    assert record["Trainee"].startswith("'=HYPERLINK")
    assert record["Course"] == "'@SUM(A1)"


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
def test_csv_safe_prefixes_dangerous_cells(value):
    assert csv_safe(value) == "'" + value


def test_csv_safe_leaves_plain_values():
    assert csv_safe("Ana") == "Ana"
    assert csv_safe(5) == 5


# --- assignments --------------------------------------------------------------------------------


def test_site_admin_assigns_and_removes_supervisors(client, world):
    admin = fs.with_role(factories.make_user(), world["site_a"], supervision.Role.SITE_ADMIN)
    new_sup = fs.make_supervisor(world["site_a"], first_name="Nia", last_name="New")
    client.force_login(admin)
    url = reverse("supervision:assignments")
    body = client.get(url).content.decode()
    assert "Nia New" in body and "Second program" not in body
    response = client.post(
        url, {"action": "add", "site": world["site_a"].pk, "supervisor": new_sup.pk, "trainee": world["trainee_a"].pk}
    )
    assert response.status_code == 302
    assignment = SupervisorAssignment.objects.get(supervisor=new_sup)
    client.post(url, {"action": "add", "site": world["site_a"].pk, "supervisor": new_sup.pk, "trainee": world["trainee_a"].pk})
    assert SupervisorAssignment.objects.filter(supervisor=new_sup).count() == 1
    assert client.post(url, {"action": "remove", "assignment": assignment.pk}).status_code == 302
    assert not SupervisorAssignment.objects.filter(supervisor=new_sup).exists()


def test_assignments_refuse_other_sites_and_bad_input(client, world):
    admin = fs.with_role(factories.make_user(), world["site_a"], supervision.Role.SITE_ADMIN)
    client.force_login(admin)
    url = reverse("supervision:assignments")
    other = SupervisorAssignment.objects.get(site=world["site_b"])
    assert client.post(url, {"action": "remove", "assignment": other.pk}).status_code == 404
    assert client.post(
        url, {"action": "add", "site": world["site_b"].pk, "supervisor": world["sup_b"].pk, "trainee": world["trainee_b"].pk}
    ).status_code == 404
    # A supervisor of another site, or a person who is no trainee here, cannot be assigned.
    assert client.post(
        url, {"action": "add", "site": world["site_a"].pk, "supervisor": world["sup_b"].pk, "trainee": world["trainee_a"].pk}
    ).status_code == 400
    assert client.post(
        url, {"action": "add", "site": world["site_a"].pk, "supervisor": world["sup_a"].pk, "trainee": world["trainee_b"].pk}
    ).status_code == 400
    for data in ({"action": "add", "site": "x"}, {"action": "add", "site": world["site_a"].pk, "supervisor": "999999", "trainee": "1"},
                 {"action": "fly"}):
        assert client.post(url, data).status_code in (400, 404)
    assert SupervisorAssignment.objects.count() == 2
    assert SupervisorAssignment.objects.filter(pk=other.pk).exists()


def test_assignments_forbidden_to_supervisors(client, world):
    client.force_login(world["sup_a"])
    assert client.get(reverse("supervision:assignments")).status_code == 403
