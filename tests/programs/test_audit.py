"""The audit log: sensitive actions are recorded with who, what and when; append-only; per site."""
import pytest
from django.urls import reverse

from certificates import services as certificate_services
from certificates.models import Certificate
from cohorts import services as cohorts
from programs.models import AuditEvent
from programs.roles import Role
from supervision import services as supervision
from supervision.models import PracticeEntry
from tests import factories
from tests.certificates.conftest import complete_course
from tests.factories import cohorts as fc
from tests.factories import sites as fs

pytestmark = pytest.mark.django_db


def actions(**filters):
    return list(AuditEvent.objects.filter(**filters).order_by("pk").values_list("action", flat=True))


def test_events_are_append_only():
    event = AuditEvent.objects.create(action="x.y", target="t")
    event.target = "changed"
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()
    assert AuditEvent.objects.get().target == "t"


def test_role_changes_from_the_admin_are_recorded_with_the_actor(client):
    site = fs.default_site()
    admin = fs.site_admin(site)
    person = factories.make_user(email="new.facilitator@example.org")
    client.force_login(admin)
    client.post(reverse("programs_admin:roles", args=[site.pk]), {"email": person.email, "role": Role.FACILITATOR})
    event = AuditEvent.objects.filter(action="role.granted", actor=admin).get()
    assert (event.site, event.target) == (site, "new.facilitator@example.org: facilitator")


def test_attendance_and_its_correction_are_recorded(domain):
    site = fc.default_site()
    course = factories.make_course(domain=domain)
    facilitator = fc.make_staff(site, Role.FACILITATOR)
    cohort = fc.make_cohort(site=site, course=course, facilitators=[facilitator])
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=60, domain=domain)
    enrollment, _ = fc.add_member(cohort=cohort, user=factories.make_user(), actor=facilitator)
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=60, actor=facilitator)
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=60, actor=facilitator)
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=45, actor=facilitator)
    assert actions(actor=facilitator, action__startswith="attendance.") == ["attendance.recorded", "attendance.corrected"]
    assert AuditEvent.objects.get(action="attendance.corrected").details["difference"] == -15


def test_practice_decisions_and_exports_are_recorded(client):
    from tests.factories import supervision as fsup

    site = fsup.default_site()
    supervisor = fsup.make_supervisor(site)
    trainee = fsup.make_trainee(site)
    fsup.assign(supervisor, trainee, site)
    entry = PracticeEntry.objects.create(
        site=site, trainee=trainee, performed_on="2026-11-20", minutes=90, domain=factories.make_domain(),
        service_type="direct", description="Peer support group co-facilitation",
    )
    supervision.practice_entry_decide(entry=entry, reviewer=supervisor, approve=True, comment="Well documented")
    client.force_login(supervisor)
    assert client.get(reverse("supervision:export")).status_code == 200
    assert actions(actor=supervisor) == ["practice.approved", "export.csv"]


def test_certificate_revocation_is_recorded(trainee, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
    certificate = Certificate.objects.get()
    admin = fs.site_admin(fs.default_site())
    certificate_services.certificate_revoke(certificate=certificate, actor=admin, reason="Issued in error")
    event = AuditEvent.objects.get(action="certificate.revoked")
    assert (event.actor, event.site_id, event.details["note"]) == (admin, certificate.site_id, "Issued in error")


def test_site_admins_read_only_their_sites_events(client):
    site_a, site_b = fs.default_site(), fs.second_site()
    AuditEvent.objects.create(action="role.granted", target="visible-to-a", site=site_a)
    AuditEvent.objects.create(action="role.granted", target="visible-to-b", site=site_b)
    url = reverse("programs_admin:audit")
    client.force_login(fs.site_admin(site_b))
    body = client.get(url).content.decode()
    assert "visible-to-b" in body and "visible-to-a" not in body
    trainee = factories.make_user(email="curious.trainee@example.org", is_staff=True)
    client.force_login(trainee)
    assert client.get(url).status_code in (302, 403)
