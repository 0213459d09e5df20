"""Bulk download of certificates: who may get which certificates, the filters, the 303/409/200
flow, the ZIP's content, the audit log, bad input, a certificate revoked before the build, an
idempotent build, and one ZIP built end to end by a real Celery worker over a real Redis broker.
"""
import csv
import io
import zipfile
from datetime import date, timedelta

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone

from certificates import bulk, services
from certificates.models import BulkDownload, Certificate
from programs.models import AuditEvent, SupervisorAssignment
from programs.roles import Role
from tests import factories
from tests.certificates.conftest import complete_course, issued
from tests.factories import cohorts as factories_cohorts
from tests.factories import sites as factories_sites
from tests.factories import supervision as fs
from tests.processes import wait_for

pytestmark = pytest.mark.django_db

FORM = "certificates:bulk_download"
BLANK = {"course": "", "cohort": "", "completed_from": "", "completed_to": ""}


class World:
    """Site A (default) with two courses and a cohort, site B with one course, and people."""


@pytest.fixture
def w(domain, django_capture_on_commit_callbacks):
    world = World()
    world.site_a = factories_sites.default_site()
    world.site_b = factories_sites.second_site(hostname="b.example.org", name="Program B")
    world.course_a1 = factories.make_course(domain=domain, title="Course A1")
    world.course_a2 = factories.make_course(domain=domain, title="Course A2")
    world.course_b = factories_sites.make_course_in(world.site_b, domain=domain, title="Course B")
    world.admin_a = factories_sites.site_admin(world.site_a, first_name="Admin", last_name="A")
    world.admin_b = factories_sites.site_admin(world.site_b, first_name="Admin", last_name="B")
    world.root = factories.make_user(first_name="Platform", last_name="Admin", is_superuser=True)
    world.t1, world.t2, world.t3, world.t4 = (factories.make_user(first_name=f"T{i}", last_name="Trainee") for i in range(1, 5))
    world.cohort = factories_cohorts.make_cohort(site=world.site_a, course=world.course_a1, actor=world.admin_a, name="Spring")
    world.cohort_b = factories_cohorts.make_cohort(site=world.site_b, course=world.course_b, actor=world.admin_b, name="B cohort")
    factories_cohorts.add_member(cohort=world.cohort, user=world.t1, actor=world.admin_a)
    with django_capture_on_commit_callbacks(execute=True):
        for user, course in ((world.t1, world.course_a1), (world.t2, world.course_a1), (world.t3, world.course_a2),
                             (world.t4, world.course_b)):
            complete_course(user, course)
    cert = {c.enrollment.user_id: c for c in Certificate.objects.select_related("enrollment")}
    world.c1, world.c2, world.c3, world.c4 = (cert[u.pk] for u in (world.t1, world.t2, world.t3, world.t4))
    assert all(c.status == Certificate.Status.ISSUED and c.pdf for c in (world.c1, world.c2, world.c3, world.c4))
    assert world.c4.site == world.site_b and world.c1.site == world.site_a
    world.supervisor = fs.make_supervisor(world.site_a)
    fs.assign(world.supervisor, world.t1, world.site_a)
    world.trainee_on_b = fs.assign(world.supervisor, world.t4, world.site_a)  # t4's certificate is site B's
    return world


def _ids(user, **filters):
    return sorted(bulk.bulk_selection(user=user, filters=bulk.BulkFilters(**filters)).values_list("pk", flat=True))


def _post(client, user, data=None, capture=None):
    client.force_login(user)
    if capture is None:
        return client.post(reverse(FORM), {**BLANK, **(data or {})})
    with capture(execute=True):
        return client.post(reverse(FORM), {**BLANK, **(data or {})})


def _zip(response) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def _file_url(download):
    return reverse("certificates:bulk_download_file", args=[download.pk])


# --------------------------------------------------------------------------
# Who gets which certificates
# --------------------------------------------------------------------------


def test_site_admin_of_a_gets_only_site_as_certificates(client, w, django_capture_on_commit_callbacks):
    assert _ids(w.admin_a) == sorted([w.c1.pk, w.c2.pk, w.c3.pk])
    assert _ids(w.admin_b) == [w.c4.pk]
    response = _post(client, w.admin_a, capture=django_capture_on_commit_callbacks)
    download = BulkDownload.objects.get(requested_by=w.admin_a)
    assert response.status_code == 303 and response["Location"] == reverse("certificates:bulk_download_status", args=[download.pk])
    with _zip(client.get(_file_url(download))) as archive:
        assert set(archive.namelist()) == {f"{c.number}-v1.pdf" for c in (w.c1, w.c2, w.c3)} | {"manifest.csv"}
    assert download.site_id == w.site_a.pk and download.included_count == 3


def test_site_admin_of_b_cannot_get_site_as_certificates_by_filter(client, w, django_capture_on_commit_callbacks):
    response = _post(client, w.admin_b, {"course": w.course_a1.pk}, capture=django_capture_on_commit_callbacks)
    assert response.status_code == 400 and not BulkDownload.objects.exists()
    _post(client, w.admin_b, capture=django_capture_on_commit_callbacks)
    download = BulkDownload.objects.get(requested_by=w.admin_b)
    assert download.certificate_ids == [w.c4.pk]
    with _zip(client.get(_file_url(download))) as archive, w.c4.pdf.open("rb") as stored:
        assert archive.read(f"{w.c4.number}-v1.pdf") == stored.read()
        assert len(archive.namelist()) == 2


def test_platform_admin_gets_every_site(w):
    assert _ids(w.root) == sorted(c.pk for c in (w.c1, w.c2, w.c3, w.c4))


def test_supervisor_gets_their_visible_trainees_only(w):
    assert _ids(w.supervisor) == [w.c1.pk]  # t4's certificate is site B's: not shared
    w.trainee_on_b.shares_other_programs_since = timezone.now()
    w.trainee_on_b.save()
    assert _ids(w.supervisor) == sorted([w.c1.pk, w.c4.pk])


def test_supervisor_who_lost_the_role_sees_nothing(client, w):
    from programs.roles import role_revoke

    role_revoke(user=w.supervisor, site=w.site_a, role=Role.SUPERVISOR)
    assert _ids(w.supervisor) == []
    client.force_login(w.supervisor)
    assert client.get(reverse(FORM)).status_code == 403


@pytest.mark.parametrize("who", ["t1", "outsider"])
def test_trainees_and_others_are_refused(client, w, who):
    user = w.t1 if who == "t1" else factories.make_user()
    client.force_login(user)
    assert client.get(reverse(FORM)).status_code == 403
    assert client.post(reverse(FORM), BLANK).status_code == 403
    assert not BulkDownload.objects.exists()


def test_anonymous_goes_to_login(client, w):
    response = client.get(reverse(FORM))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_another_users_download_is_404(client, w, django_capture_on_commit_callbacks):
    _post(client, w.admin_a, capture=django_capture_on_commit_callbacks)
    download = BulkDownload.objects.get()
    for other in (w.admin_b, w.supervisor, w.root):
        client.force_login(other)
        assert client.get(reverse("certificates:bulk_download_status", args=[download.pk])).status_code == 404
        assert client.get(_file_url(download)).status_code == 404
    assert not AuditEvent.objects.filter(action=bulk.AUDIT_ACTION).exists()


# --------------------------------------------------------------------------
# Filters
# --------------------------------------------------------------------------


def test_filter_by_course(w):
    assert _ids(w.admin_a, course=w.course_a1.pk) == sorted([w.c1.pk, w.c2.pk])
    assert _ids(w.admin_a, course=w.course_a2.pk) == [w.c3.pk]


def test_filter_by_cohort(w):
    assert _ids(w.admin_a, cohort=w.cohort.pk) == [w.c1.pk]


def test_filter_by_completion_dates(w):
    Certificate.objects.filter(pk=w.c1.pk).update(completed_on=date(2026, 1, 10))
    Certificate.objects.filter(pk=w.c2.pk).update(completed_on=date(2026, 2, 10))
    Certificate.objects.filter(pk=w.c3.pk).update(completed_on=date(2026, 3, 10))
    assert _ids(w.admin_a, completed_from=date(2026, 2, 1)) == sorted([w.c2.pk, w.c3.pk])
    assert _ids(w.admin_a, completed_to=date(2026, 2, 10)) == sorted([w.c1.pk, w.c2.pk])
    assert _ids(w.admin_a, completed_from=date(2026, 2, 10), completed_to=date(2026, 2, 10)) == [w.c2.pk]


def test_the_form_stores_the_filters(client, w):
    Certificate.objects.filter(pk=w.c1.pk).update(completed_on=date(2026, 1, 10))
    response = _post(client, w.admin_a, {"course": w.course_a1.pk, "cohort": w.cohort.pk,
                                         "completed_from": "2026-01-01", "completed_to": "2026-01-31"})
    assert response.status_code == 303
    download = BulkDownload.objects.get()
    assert download.certificate_ids == [w.c1.pk] and download.status == BulkDownload.Status.PENDING
    assert download.filters == {"site": None, "course": w.course_a1.pk, "cohort": w.cohort.pk,
                                "completed_from": "2026-01-01", "completed_to": "2026-01-31"}


def test_revoked_and_pending_certificates_are_never_selected(w):
    services.certificate_revoke(certificate=w.c2, actor=w.admin_a, reason="Error")
    Certificate.objects.filter(pk=w.c3.pk).update(status=Certificate.Status.PENDING)
    assert _ids(w.admin_a) == [w.c1.pk]


# --------------------------------------------------------------------------
# Bad input, empty selections, the limit
# --------------------------------------------------------------------------

BAD = [
    ({"course": "999999"}, "Unknown course."),
    ({"course": "abc"}, "Unknown course."),
    ({"course": "9" * 40}, "Unknown course."),
    ({"cohort": "1.5"}, "Unknown cohort."),
    ({"cohort": "a\x00b"}, "Unknown cohort."),
    ({"completed_from": "2026-02-01", "completed_to": "2026-01-01"}, "The end of the period comes before its start."),
    ({"completed_from": "9999-12-31"}, "Enter a date between 1900 and 2100."),
    ({"completed_to": "2026-02-30"}, "Enter a valid date."),
]


@pytest.mark.parametrize("data,message", BAD, ids=[str(i) for i in range(len(BAD))])
def test_bad_input_is_a_form_error(client, w, data, message):
    response = _post(client, w.admin_a, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not BulkDownload.objects.exists()


def test_a_cohort_of_another_site_is_a_form_error(client, w):
    response = _post(client, w.admin_a, {"cohort": w.cohort_b.pk})
    assert response.status_code == 400 and "Unknown cohort." in response.content.decode()
    response = _post(client, w.root, {"site": w.site_a.pk, "cohort": w.cohort_b.pk})
    assert response.status_code == 400 and "This cohort belongs to another program site." in response.content.decode()
    assert not BulkDownload.objects.exists()


def test_an_empty_selection_is_said_and_creates_nothing(client, w):
    response = _post(client, w.admin_a, {"completed_from": "2100-01-01"})
    assert response.status_code == 200
    assert "No issued certificates match these filters" in response.content.decode()
    assert not BulkDownload.objects.exists()


def test_more_than_the_limit_is_said_and_creates_nothing(client, w, settings):
    settings.CERTIFICATES_BULK_MAX = 2
    body = _post(client, w.admin_a).content.decode()
    assert "More than 2 certificates match these filters" in body
    assert not BulkDownload.objects.exists()
    assert _post(client, w.admin_a, {"course": w.course_a1.pk}).status_code == 303


def test_the_form_states_the_limit(client, w):
    client.force_login(w.supervisor)
    response = client.get(reverse(FORM))
    body = response.content.decode()
    assert response.status_code == 200 and "at most 2000 certificates" in body
    assert 'for="id_completed_from"' in body and w.cohort.name in body


def test_too_many_waiting_downloads_are_refused(client, w):
    for _ in range(bulk.MAX_ACTIVE_PER_USER):
        assert _post(client, w.admin_a).status_code == 303
    assert "being prepared" in _post(client, w.admin_a).content.decode()
    assert BulkDownload.objects.count() == bulk.MAX_ACTIVE_PER_USER


# --------------------------------------------------------------------------
# The 303 / 409 / 200 flow, the ZIP, the audit log
# --------------------------------------------------------------------------


def test_409_until_built_then_the_zip_and_an_audit_row(client, w):
    response = _post(client, w.admin_a, {"course": w.course_a1.pk})  # on-commit build not run
    download = BulkDownload.objects.get()
    status_page = client.get(response["Location"])
    assert status_page.status_code == 200
    assert f'data-poll-url="{_file_url(download)}"' in status_page.content.decode()
    assert 'http-equiv="refresh"' in status_page.content.decode()
    waiting = client.get(_file_url(download))
    assert waiting.status_code == 409 and waiting.json()["status"] == "pending" and waiting["Retry-After"]
    assert client.head(_file_url(download)).status_code == 409

    bulk.bulk_download_build(download_id=download.pk)
    download.refresh_from_db()
    assert download.status == BulkDownload.Status.READY
    assert download.file.name == f"bulk-downloads/{download.pk}/certificates-{download.pk}.zip"
    assert client.head(_file_url(download)).status_code == 200
    assert not AuditEvent.objects.filter(action=bulk.AUDIT_ACTION).exists()  # HEAD is not a download
    assert "data-poll-url" not in client.get(response["Location"]).content.decode()

    ready = client.get(_file_url(download))
    assert ready.status_code == 200 and ready["Content-Type"] == "application/zip"
    assert ready["Content-Disposition"] == f'attachment; filename="certificates-{download.pk}.zip"'
    with _zip(ready) as archive:
        expected = {f"{c.number}-v{c.version}.pdf": c for c in (w.c1, w.c2)}
        assert set(archive.namelist()) == {*expected, "manifest.csv"}
        for name, certificate in expected.items():
            with certificate.pdf.open("rb") as stored:
                assert archive.read(name) == stored.read()
        rows = list(csv.reader(io.StringIO(archive.read("manifest.csv").decode())))
    assert rows[0] == ["Number", "Name", "Course", "Hours", "Completed", "Status", "File"]
    by_number = {row[0]: row for row in rows[1:]}
    assert set(by_number) == {w.c1.number, w.c2.number}
    assert by_number[w.c1.number] == [w.c1.number, w.c1.name_on_certificate, w.c1.course_title,
                                      f"{w.c1.total_minutes / 60:.2f}", w.c1.completed_on.isoformat(), "Issued",
                                      f"{w.c1.number}-v1.pdf"]
    event = AuditEvent.objects.get(action="certificate.bulk_downloaded")
    assert event.actor == w.admin_a and event.site_id == w.site_a.pk
    assert event.details["certificates"] == 2 and event.details["download"] == download.pk
    _zip(client.get(_file_url(download))).close()
    assert AuditEvent.objects.filter(action=bulk.AUDIT_ACTION).count() == 2  # every download


def test_a_certificate_revoked_before_the_build_is_left_out(client, w):
    _post(client, w.admin_a)
    download = BulkDownload.objects.get()
    services.certificate_revoke(certificate=w.c2, actor=w.admin_a, reason="Issued in error")
    bulk.bulk_download_build(download_id=download.pk)
    download.refresh_from_db()
    assert (download.requested_count, download.included_count, download.skipped_count) == (3, 2, 1)
    with _zip(client.get(_file_url(download))) as archive:
        assert f"{w.c2.number}-v1.pdf" not in archive.namelist()
        assert w.c2.number not in archive.read("manifest.csv").decode()
    assert "1 selected certificate was left out" in client.get(
        reverse("certificates:bulk_download_status", args=[download.pk])).content.decode()


def test_a_trainee_no_longer_visible_is_left_out(client, w):
    _post(client, w.supervisor)
    download = BulkDownload.objects.get()
    assert download.certificate_ids == [w.c1.pk]
    SupervisorAssignment.objects.filter(supervisor=w.supervisor, trainee=w.t1).delete()  # still supervises t4
    bulk.bulk_download_build(download_id=download.pk)
    download.refresh_from_db()
    assert download.status == BulkDownload.Status.FAILED and download.skipped_count == 1 and not download.file
    client.force_login(w.supervisor)
    assert client.get(_file_url(download)).status_code == 410
    assert "None of the selected certificates can be included" in client.get(
        reverse("certificates:bulk_download_status", args=[download.pk])).content.decode()


def test_a_second_build_does_nothing(client, w):
    _post(client, w.admin_a)
    download = BulkDownload.objects.get()
    first = bulk.bulk_download_build(download_id=download.pk)
    again = bulk.bulk_download_build(download_id=download.pk)
    assert again.file.name == first.file.name and again.finished_at == first.finished_at
    assert default_storage.listdir(f"bulk-downloads/{download.pk}")[1] == [f"certificates-{download.pk}.zip"]


def test_a_build_held_by_another_run_is_left_alone_until_its_claim_lapses(client, w, settings):
    _post(client, w.admin_a)
    download = BulkDownload.objects.get()
    BulkDownload.objects.filter(pk=download.pk).update(status=BulkDownload.Status.RUNNING, started_at=timezone.now())
    held = bulk.bulk_download_build(download_id=download.pk)
    assert held.status == BulkDownload.Status.RUNNING and not held.file
    assert 1 < bulk.claim_expires_in(held) <= bulk.claim_seconds() + 1
    lapsed = timezone.now() - timedelta(seconds=bulk.claim_seconds() + 1)
    BulkDownload.objects.filter(pk=download.pk).update(started_at=lapsed)
    assert bulk.bulk_download_build(download_id=download.pk).status == BulkDownload.Status.READY


def test_a_run_that_lost_its_claim_keeps_nothing(w, client):
    _post(client, w.admin_a)
    download = BulkDownload.objects.get()
    original = bulk._write_zip

    def stolen(job, handle):  # another run takes the job over while this one writes
        result = original(job, handle)
        BulkDownload.objects.filter(pk=job.pk).update(started_at=timezone.now() + timedelta(seconds=1))
        return result

    bulk._write_zip = stolen
    try:
        result = bulk.bulk_download_build(download_id=download.pk)
    finally:
        bulk._write_zip = original
    assert result.status == BulkDownload.Status.RUNNING and not result.file
    assert not default_storage.exists(f"bulk-downloads/{download.pk}/certificates-{download.pk}.zip")


def test_old_zips_are_deleted(client, w):
    _post(client, w.admin_a)
    download = bulk.bulk_download_build(download_id=BulkDownload.objects.get().pk)
    name = download.file.name
    assert default_storage.exists(name)
    BulkDownload.objects.filter(pk=download.pk).update(finished_at=timezone.now() - timedelta(hours=25))
    assert bulk.bulk_download_expire() == 1
    download.refresh_from_db()
    assert download.status == BulkDownload.Status.EXPIRED and not download.file and not default_storage.exists(name)
    response = client.get(_file_url(download))
    assert response.status_code == 410


def test_same_numbers_on_two_sites_get_distinct_names(w):
    Certificate.objects.filter(pk=w.c4.pk).update(number=w.c1.number)
    w.c4.refresh_from_db()
    taken = set()
    assert bulk.entry_name(w.c1, taken) == f"{w.c1.number}-v1.pdf"
    assert bulk.entry_name(w.c4, taken) == f"{w.c1.number}-v1-site{w.site_b.pk}.pdf"
    w.c4.number = "../../etc/passwd"
    assert "/" not in bulk.entry_name(w.c4, taken)


# --------------------------------------------------------------------------
# End to end with a real worker and broker
# --------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_builds_the_zip(make_worker, client, domain):
    worker = make_worker(concurrency=1)
    site = factories_sites.default_site()
    course = factories.make_course(domain=domain)
    admin = factories_sites.site_admin(site)
    trainee = factories.make_user(first_name="Wendy", last_name="Worker")
    certificate = Certificate.objects.get(enrollment=complete_course(trainee, course))
    certificate = wait_for(lambda: issued(certificate.pk), timeout=30, message=f"issue\n{worker.output()}")
    client.force_login(admin)
    response = client.post(reverse(FORM), BLANK)
    assert response.status_code == 303
    download = BulkDownload.objects.get()
    url = _file_url(download)
    ready = wait_for(lambda: (r := client.get(url)).status_code == 200 and r, timeout=30, interval=0.5,
                     message=f"the ZIP\n{worker.output()}")
    with _zip(ready) as archive:
        with certificate.pdf.open("rb") as stored:
            assert archive.read(f"{certificate.number}-v1.pdf") == stored.read()
    assert "certificates.tasks.build_bulk_download" in worker.output()
    assert AuditEvent.objects.filter(action=bulk.AUDIT_ACTION, actor=admin).count() == 1


def test_the_sweep_builds_a_job_whose_message_was_lost(w):
    """The broker was down when it was asked for: the beat sweep enqueues it again."""
    from certificates.tasks import sweep_pending_certificates

    download = bulk.bulk_download_request(user=w.admin_a, filters=bulk.BulkFilters(site=w.site_a.pk))
    assert download.status == BulkDownload.Status.PENDING  # no message was sent
    sweep_pending_certificates()
    assert BulkDownload.objects.get(pk=download.pk).status == BulkDownload.Status.PENDING  # within its grace
    BulkDownload.objects.filter(pk=download.pk).update(created_at=timezone.now() - timedelta(hours=1))
    sweep_pending_certificates()  # eager here: built at once
    assert BulkDownload.objects.get(pk=download.pk).status == BulkDownload.Status.READY
