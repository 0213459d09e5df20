"""Issuing, numbering, idempotency, revocation and reissue of certificates."""
import hashlib
import io

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from certificates import services
from certificates.models import Certificate, CertificateEvent, ReissueRequest
from certificates.tasks import issue_certificate
from tests import factories
from tests.certificates.conftest import complete_course

pytestmark = pytest.mark.django_db


def test_completion_issues_one_certificate_with_frozen_data(completed, trainee, course):
    certificate = Certificate.objects.get()
    assert certificate.status == Certificate.Status.ISSUED
    assert certificate.name_on_certificate == "Ana Gómez"
    assert certificate.course_title == course.title
    assert certificate.total_minutes == course.required_minutes
    assert certificate.domain_minutes == [["Advocacy", course.required_minutes]]
    assert certificate.delivery_minutes == [["Online (self-paced)", course.required_minutes]]
    assert certificate.number == f"{course.code}-{certificate.completed_on.year}-000001"
    assert len(certificate.verification_code) == 26
    with certificate.pdf.open("rb") as handle:
        data = handle.read()
    assert data.startswith(b"%PDF")
    assert hashlib.sha256(data).hexdigest() == certificate.pdf_sha256
    assert [e.action for e in certificate.events.all()] == ["created", "issued", "emailed"]


def test_the_trainee_gets_one_email_with_links_not_the_pdf(completed):
    certificate = Certificate.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [completed.user.email]
    assert not message.attachments
    assert f"/verify/{certificate.verification_code}/" in message.body
    assert "/learn/certificates/" in message.body


def test_running_the_task_again_changes_nothing(completed):
    certificate = Certificate.objects.get()
    before = (certificate.pdf.name, certificate.pdf_sha256, certificate.issued_at)
    issue_certificate.delay(certificate.pk)
    issue_certificate(certificate.pk)
    certificate.refresh_from_db()
    assert (certificate.pdf.name, certificate.pdf_sha256, certificate.issued_at) == before
    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1


def test_requesting_again_returns_the_live_certificate(completed):
    first = Certificate.objects.get()
    assert services.certificate_request(enrollment=completed).pk == first.pk
    assert Certificate.objects.count() == 1


def test_the_database_allows_one_live_certificate_per_enrollment(completed):
    certificate = Certificate.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            enrollment=completed,
            site=certificate.site,
            number="X-1",
            name_on_certificate="x",
            course_title="x",
            course_code="x",
            total_minutes=1,
            completed_on=certificate.completed_on,
            site_name="x",
        )


def test_numbers_count_up_per_site_and_course(trainee, other_trainee, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
        complete_course(other_trainee, course)
    numbers = sorted(Certificate.objects.values_list("number", flat=True))
    assert [n[-6:] for n in numbers] == ["000001", "000002"]


def test_an_incomplete_enrollment_gets_no_certificate(trainee, course):
    from courses import services as course_services

    enrollment, _ = course_services.enrollment_create(user=trainee, course=course)
    assert services.certificate_request(enrollment=enrollment) is None
    assert not Certificate.objects.exists()


def test_revoke_needs_a_reason_and_is_recorded(completed, settings):
    admin = factories.make_user(email="admin@example.org", is_superuser=True, is_staff=True)
    certificate = Certificate.objects.get()
    with pytest.raises(services.CertificateError):
        services.certificate_revoke(certificate=certificate, actor=admin, reason="  ")
    services.certificate_revoke(certificate=certificate, actor=admin, reason="Attendance records were falsified")
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    event = certificate.events.get(action=CertificateEvent.Action.REVOKED)
    assert (event.actor, event.note) == (admin, "Attendance records were falsified")
    with pytest.raises(services.CertificateError):
        services.certificate_revoke(certificate=certificate, actor=admin, reason="again")


def test_reissue_supersedes_and_issues_a_new_version(completed, django_capture_on_commit_callbacks):
    admin = factories.make_user(email="admin@example.org", is_superuser=True)
    old = Certificate.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        new = services.certificate_reissue(certificate=old, actor=admin, note="Typo in name")
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.status == Certificate.Status.SUPERSEDED
    assert (new.status, new.version, new.replaces_id) == (Certificate.Status.ISSUED, 2, old.pk)
    assert new.number != old.number and new.verification_code != old.verification_code
    with pytest.raises(services.CertificateError):
        services.certificate_reissue(certificate=old, actor=admin)


def test_name_change_request_approved_by_an_admin(completed, trainee, django_capture_on_commit_callbacks):
    admin = factories.make_user(email="admin@example.org", is_superuser=True)
    certificate = Certificate.objects.get()
    request = services.reissue_request_create(
        certificate=certificate, user=trainee, requested_name="Ana Gómez-Ruiz", reason="Married"
    )
    with pytest.raises(services.CertificateError):
        services.reissue_request_create(certificate=certificate, user=trainee, requested_name="Other", reason="x")
    with django_capture_on_commit_callbacks(execute=True):
        new = services.reissue_request_decide(request=request, actor=admin, approve=True)
    new.refresh_from_db()
    assert new.name_on_certificate == "Ana Gómez-Ruiz" and new.status == Certificate.Status.ISSUED
    request.refresh_from_db()
    assert (request.status, request.decided_by) == (ReissueRequest.Status.APPROVED, admin)
    with pytest.raises(services.CertificateError):
        services.reissue_request_decide(request=request, actor=admin, approve=False)


def test_only_the_owner_may_request_a_reissue(completed, other_trainee):
    with pytest.raises(services.CertificateError):
        services.reissue_request_create(
            certificate=Certificate.objects.get(), user=other_trainee, requested_name="X", reason="y"
        )
    assert not ReissueRequest.objects.exists()


def test_rejected_request_leaves_the_certificate_alone(completed, trainee):
    admin = factories.make_user(email="admin@example.org", is_superuser=True)
    certificate = Certificate.objects.get()
    request = services.reissue_request_create(certificate=certificate, user=trainee, requested_name="Z", reason="y")
    assert services.reissue_request_decide(request=request, actor=admin, approve=False, note="Send proof") is None
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED
    assert Certificate.objects.count() == 1


def test_sweep_reenqueues_stuck_certificates(trainee, course, django_capture_on_commit_callbacks, monkeypatch):
    # The broker is down at completion: the enqueue fails quietly, the row stays pending.
    def broker_down(*args, **kwargs):
        raise ConnectionError("redis unreachable")

    monkeypatch.setattr(issue_certificate, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
    certificate = Certificate.objects.get()
    assert certificate.status == Certificate.Status.PENDING
    monkeypatch.undo()
    assert services.certificate_sweep_pending(older_than_seconds=3600) == []
    assert services.certificate_sweep_pending(older_than_seconds=0) == [certificate.pk]
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED
    assert len(mail.outbox) == 1


def test_a_failed_email_is_released_for_the_retry(trainee, course, django_capture_on_commit_callbacks, monkeypatch):
    from smtplib import SMTPException

    from certificates import services as certificate_services

    def smtp_down(**kwargs):
        raise SMTPException("mail server unreachable")

    monkeypatch.setattr(certificate_services, "send_mail", smtp_down)
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)  # the trainee's request never fails for it
    certificate = Certificate.objects.get()
    assert certificate.status == Certificate.Status.ISSUED and certificate.emailed_at is None
    monkeypatch.undo()
    issue_certificate(certificate.pk)  # the task's retry
    certificate.refresh_from_db()
    assert certificate.emailed_at is not None
    assert len(mail.outbox) == 1


def test_the_sites_program_settings_are_printed(trainee, course, django_capture_on_commit_callbacks):
    from pypdf import PdfReader
    from wagtail.models import Site

    from programs.models import ProgramSettings

    program = ProgramSettings.for_site(Site.objects.get(is_default_site=True))
    program.display_name = "Harbor Peer Recovery Program"
    program.provider_name = "Harbor Recovery Alliance"
    program.provider_number = "Approved Provider #4471"
    program.signatory_name = "Dana Whitfield"
    program.signatory_title = "Training Director"
    program.save()
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
    certificate = Certificate.objects.get()
    assert (certificate.site_name, certificate.provider_number) == ("Harbor Peer Recovery Program", "Approved Provider #4471")
    with certificate.pdf.open("rb") as handle:
        text = PdfReader(io.BytesIO(handle.read())).pages[0].extract_text()
    assert "HARBOR PEER RECOVERY PROGRAM" in text  # the header prints the site name in capitals
    for expected in ("Harbor Recovery Alliance", "#4471", "Dana Whitfield", "Training Director",
                     certificate.number, f"/verify/{certificate.verification_code}/", "Ana Gómez", course.title):
        assert expected in text, expected


def test_the_hours_are_frozen_by_domain_in_the_domains_order_and_by_mode(
    trainee, course, domain, django_capture_on_commit_callbacks
):
    """Every domain and mode the ledger holds, in the domains' order (then name); a domain
    whose entries cancel out (a correction) is left out, as is a mode that sums to zero."""
    from courses import services as course_services
    from courses.models import CompetencyDomain, DeliveryMode, HourEntry

    first = factories.make_domain("ethics", name="Ethical Responsibility")
    last = factories.make_domain("wellness", name="Recovery and Wellness")
    cancelled = factories.make_domain("mentoring", name="Mentoring")
    CompetencyDomain.objects.filter(pk=first.pk).update(sort_order=0)
    CompetencyDomain.objects.filter(pk__in=[last.pk, cancelled.pk]).update(sort_order=9)
    CompetencyDomain.objects.filter(pk=domain.pk).update(sort_order=5)  # the course's: Advocacy
    enrollment, _ = course_services.enrollment_create(user=trainee, course=course)
    for n, (domain, minutes, mode) in enumerate([
        (first, 60, DeliveryMode.IN_PERSON), (last, 45, DeliveryMode.LIVE_VIRTUAL),
        (cancelled, 30, DeliveryMode.IN_PERSON), (cancelled, -30, DeliveryMode.IN_PERSON),
    ]):
        HourEntry.objects.create(
            user=trainee, enrollment=enrollment, domain=domain, minutes=minutes, source=HourEntry.Source.ATTENDANCE,
            delivery_mode=mode, description="session", key=f"frozen:{n}", occurred_at=timezone.now(),
        )
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
    certificate = Certificate.objects.get()
    advocacy = course.required_minutes
    assert certificate.domain_minutes == [
        ["Ethical Responsibility", 60], ["Advocacy", advocacy], ["Recovery and Wellness", 45]
    ]
    assert certificate.delivery_minutes == [["In person", 60], ["Live virtual", 45], ["Online (self-paced)", advocacy]]
    assert certificate.total_minutes == advocacy + 105


def test_changed_program_settings_are_frozen_into_the_next_certificate(
    trainee, other_trainee, course, django_capture_on_commit_callbacks
):
    """Saved program settings reach the next certificate; the earlier one keeps what it froze."""
    from wagtail.models import Site

    from programs.models import ProgramSettings

    program = ProgramSettings.for_site(Site.objects.get(is_default_site=True))
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
    program.signatory_name = "Dana Whitfield"
    program.provider_number = "Approved Provider #4471"
    program.save()
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(other_trainee, course)
    first, second = Certificate.objects.order_by("pk")
    assert (first.signatory_name, first.provider_number) == ("", "")
    assert (second.signatory_name, second.provider_number) == ("Dana Whitfield", "Approved Provider #4471")


def test_the_issue_reads_the_programs_images_as_they_are_now(trainee, course, django_capture_on_commit_callbacks):
    """The program's images are read at each issue: an editor who replaces the signature's file
    (the same image row) gets the new one on the next certificate, not a file Wagtail has since
    deleted."""
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model
    from wagtail.models import Site

    from programs.models import ProgramSettings
    from tests.certificates.test_rendering import png

    site = Site.objects.get(is_default_site=True)
    old, new = png(120, 40), png(160, 50, color=(150, 20, 20, 255))
    image = get_image_model().objects.create(title="Signature", file=ImageFile(io.BytesIO(old), name="signature.png"))
    program = ProgramSettings.for_site(site)
    program.signature = image
    program.save()
    assert ProgramSettings.for_site(site).signature_id == image.pk
    image.file = ImageFile(io.BytesIO(new), name="signature-new.png")  # the edit view's "replace file"
    image.save()
    with django_capture_on_commit_callbacks(execute=False):
        enrollment = complete_course(trainee, course)
    certificate = Certificate.objects.get(enrollment=enrollment)
    data = services.certificate_data(certificate)
    assert (data.signature_image, data.logo_image) == (new, None)


def test_a_changed_hostname_reaches_the_next_certificates_links(trainee, other_trainee, course, django_capture_on_commit_callbacks):
    """A site's new hostname shows in the next certificate's links at once."""
    from wagtail.models import Site

    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
    site = Site.objects.get(is_default_site=True)
    site.hostname = "harbor.example.org"
    site.save()
    with django_capture_on_commit_callbacks(execute=True):
        enrollment = complete_course(other_trainee, course)
    first, second = mail.outbox
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert "://harbor.example.org" not in first.body
    assert f"://harbor.example.org/verify/{certificate.verification_code}/" in second.body


def test_certificates_work_with_a_storage_that_has_no_local_files(
    client, settings, trainee, course, django_capture_on_commit_callbacks
):
    """A remote storage (e.g. S3 through django-storages, MEDIA_STORAGE_BACKEND) has no paths on
    this machine: the issue writes, and the download reads, through the storage API only."""
    from django.urls import reverse

    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"}}
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
    certificate = Certificate.objects.get()
    assert certificate.status == Certificate.Status.ISSUED
    assert not list(settings.MEDIA_ROOT.rglob("*.pdf"))  # nothing on the local disk
    client.force_login(trainee)
    response = client.get(reverse("certificates:download", args=[certificate.pk]))
    data = b"".join(response.streaming_content)
    assert response.status_code == 200 and data.startswith(b"%PDF")
    assert hashlib.sha256(data).hexdigest() == certificate.pdf_sha256
