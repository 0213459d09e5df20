"""Records stay in the program that holds them.

The path that used to expose a trainee of program B to program A's staff: A's facilitator adds
B's trainee to an A cohort by e-mail (or roster), A's site admin assigns them to an A supervisor,
and A's supervisor and admin read the B records. Each step now fails without the person's
consent; after they accept an invitation only A's records show; with their consent to share,
A's supervisor sees B's records too, until they take it back.
"""
from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from certificates.models import Certificate
from cohorts import invitations
from cohorts.models import CohortInvitation
from courses.models import Enrollment
from programs import access
from programs.models import AuditEvent, SiteRole
from programs.models import SupervisorAssignment
from programs.roles import Role
from readiness.models import CredentialFramework
from supervision import services as supervision
from supervision.models import PracticeEntry, SupervisionFormat
from tests import factories
from tests.certificates.conftest import complete_course
from tests.factories import cohorts as factories_cohorts
from tests.factories import supervision as fs

pytestmark = pytest.mark.django_db


class Programs:
    """Site A (the requester's program) and site B (where the person trains), with their people."""

    def __init__(self, capture):
        self.domain = factories.make_domain()
        CredentialFramework.objects.create(slug="test-fw", name="Test credential", training_minutes=600,
                                           experience_minutes=120, supervision_minutes=60)
        self.site_a = factories_cohorts.default_site()
        self.site_b = factories_cohorts.make_site(hostname="program-b.example.org", name="Program B")
        self.course_a = factories_cohorts.make_course_on(self.site_a, domain=self.domain, title="Course of program A")
        self.course_b = factories_cohorts.make_course_on(self.site_b, domain=self.domain, title="Course of program B")
        self.admin_a = factories_cohorts.make_staff(self.site_a, Role.SITE_ADMIN, first_name="Ada", last_name="Admin")
        self.facilitator_a = factories_cohorts.make_staff(self.site_a, Role.FACILITATOR, first_name="Fay", last_name="Fac")
        self.supervisor_a = fs.make_supervisor(self.site_a, first_name="Sam", last_name="Supa")
        self.cohort_a = factories_cohorts.make_cohort(
            site=self.site_a, course=self.course_a, facilitators=[self.facilitator_a], actor=self.admin_a, name="Evenings"
        )
        # The person: a trainee of program B only, with B records of every kind.
        self.person = factories.make_user(first_name="Priscilla", last_name="Private", email="priscilla@example.org")
        self.supervisor_b = fs.make_supervisor(self.site_b, first_name="Bea", last_name="Reviewer")
        with capture(execute=True):
            complete_course(self.person, self.course_b)
        self.certificate_b = Certificate.objects.get(enrollment__user=self.person, status=Certificate.Status.ISSUED)
        fs.assign(self.supervisor_b, self.person, self.site_b)
        entry = supervision.practice_entry_create(
            trainee=self.person, site=self.site_b, performed_on=timezone.localdate() - timedelta(days=3), minutes=90,
            domain=self.domain, service_type=PracticeEntry.ServiceType.DIRECT, description="Outreach shift at program B",
        )
        supervision.practice_entry_decide(entry=entry, reviewer=self.supervisor_b, approve=True,
                                          comment="Comment only program B may read")
        supervision.supervision_session_log(
            supervisor=self.supervisor_b, site=self.site_b, trainees=[self.person],
            held_on=timezone.localdate() - timedelta(days=2), minutes=45, format=SupervisionFormat.INDIVIDUAL,
            domains=[self.domain],
        )

    def url_trainee(self):
        return reverse("supervision:trainee", args=[self.person.pk])


@pytest.fixture
def programs(django_capture_on_commit_callbacks):
    return Programs(django_capture_on_commit_callbacks)


def _get(client, user, url):
    client.force_login(user)
    response = client.get(url)
    if response.streaming:  # a file download: read it through, which closes the file
        response.body = b"".join(response.streaming_content)
    return response


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _person_in_view(client, programs, viewer) -> dict:
    """Status of every view of the person's records, as ``viewer`` sees them."""
    person = programs.person
    return {
        "trainee": _get(client, viewer, programs.url_trainee()).status_code,
        "transcript": _get(client, viewer, reverse("supervision:transcript", args=[person.pk])).status_code,
        "readiness": _get(client, viewer, reverse("readiness:trainee", args=[person.pk])).status_code,
        "certificate": _get(client, viewer, reverse("certificates:download", args=[programs.certificate_b.pk])).status_code,
    }


# --------------------------------------------------------------------------
# The exact path, step by step
# --------------------------------------------------------------------------


def test_adding_another_programs_trainee_sends_an_invitation_and_reveals_nothing(
    client, programs, django_capture_on_commit_callbacks
):
    client.force_login(programs.facilitator_a)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("cohorts:add_trainee", args=[programs.cohort_a.pk]),
                               {"email": "Priscilla@Example.org"}, follow=True)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Invitation sent to priscilla@example.org" in text
    assert "Priscilla" not in text.replace("Priscilla@", "").replace("priscilla@", "")
    assert "Private" not in text
    assert not Enrollment.objects.filter(user=programs.person, course=programs.course_a).exists()
    assert not SiteRole.objects.filter(user=programs.person, site=programs.site_a).exists()
    invitation = CohortInvitation.objects.get(cohort=programs.cohort_a)
    assert invitation.email == "priscilla@example.org" and invitation.status == CohortInvitation.Status.PENDING
    # The e-mail went to the address typed, with the link to answer.
    [message] = mail.outbox
    assert message.to == ["priscilla@example.org"]
    assert reverse("cohorts:invitation", args=[invitation.token]) in message.body
    # An address no account uses gets the very same answer.
    response = client.post(reverse("cohorts:add_trainee", args=[programs.cohort_a.pk]),
                           {"email": "nobody-yet@example.org"}, follow=True)
    assert "Invitation sent to nobody-yet@example.org" in response.content.decode()


def test_a_roster_invites_another_programs_trainee_instead_of_enrolling_them(client, programs):
    client.force_login(programs.facilitator_a)
    roster = SimpleUploadedFile("roster.csv", b"email\npriscilla@example.org\n", content_type="text/csv")
    response = client.post(reverse("cohorts:roster", args=[programs.cohort_a.pk]), {"file": roster}, follow=True)
    assert "1 invited by e-mail" in response.content.decode()
    assert "Priscilla" not in response.content.decode().replace("priscilla@", "")
    assert not Enrollment.objects.filter(user=programs.person, course=programs.course_a).exists()
    assert not SiteRole.objects.filter(user=programs.person, site=programs.site_a).exists()
    assert CohortInvitation.objects.filter(cohort=programs.cohort_a, email="priscilla@example.org").exists()


def test_the_service_refuses_to_add_a_person_who_has_not_joined_the_program(programs):
    from cohorts import services as cohorts

    with pytest.raises(cohorts.CohortError):
        cohorts.cohort_add_trainee(cohort=programs.cohort_a, user=programs.person, actor=programs.admin_a)
    assert not Enrollment.objects.filter(user=programs.person, course=programs.course_a).exists()


def test_site_admin_cannot_assign_a_person_who_has_not_joined(client, programs):
    client.force_login(programs.facilitator_a)
    client.post(reverse("cohorts:add_trainee", args=[programs.cohort_a.pk]), {"email": "priscilla@example.org"})
    client.force_login(programs.admin_a)
    response = client.post(reverse("supervision:assignments"), {
        "action": "add", "site": programs.site_a.pk, "supervisor": programs.supervisor_a.pk, "trainee": programs.person.pk,
    })
    assert response.status_code == 400
    assert not SupervisorAssignment.objects.filter(site=programs.site_a, trainee=programs.person).exists()


def test_before_acceptance_nothing_of_theirs_is_visible_to_site_a(client, programs):
    client.force_login(programs.facilitator_a)
    client.post(reverse("cohorts:add_trainee", args=[programs.cohort_a.pk]), {"email": "priscilla@example.org"})
    for viewer in (programs.supervisor_a, programs.admin_a, programs.facilitator_a):
        assert set(_person_in_view(client, programs, viewer).values()) == {404}, viewer
    # Nor does the cohort page list them, nor the admin's assignment choices.
    response = _get(client, programs.facilitator_a, reverse("cohorts:detail", args=[programs.cohort_a.pk]))
    assert "Priscilla" not in response.content.decode().replace("priscilla@", "")
    response = _get(client, programs.admin_a, reverse("supervision:assignments"))
    assert "Priscilla" not in response.content.decode()


# --------------------------------------------------------------------------
# After accepting: site A sees only site A's records
# --------------------------------------------------------------------------


def _accept_and_assign(client, programs):
    client.force_login(programs.facilitator_a)
    client.post(reverse("cohorts:add_trainee", args=[programs.cohort_a.pk]), {"email": "priscilla@example.org"})
    invitation = CohortInvitation.objects.get(cohort=programs.cohort_a)
    client.force_login(programs.person)
    page = client.get(reverse("courses:dashboard"))
    assert reverse("cohorts:invitation", args=[invitation.token]) in page.content.decode()
    response = client.post(reverse("cohorts:invitation", args=[invitation.token]), {"action": "accept"})
    assert response.status_code == 302
    enrollment = Enrollment.objects.get(user=programs.person, course=programs.course_a)
    assert enrollment.cohort_id == programs.cohort_a.pk
    assert SiteRole.objects.filter(user=programs.person, site=programs.site_a, role=Role.TRAINEE).exists()
    assert AuditEvent.objects.filter(action="invitation.accepted", site=programs.site_a).exists()
    client.force_login(programs.admin_a)
    response = client.post(reverse("supervision:assignments"), {
        "action": "add", "site": programs.site_a.pk, "supervisor": programs.supervisor_a.pk, "trainee": programs.person.pk,
    })
    assert response.status_code == 302
    return SupervisorAssignment.objects.get(site=programs.site_a, trainee=programs.person)


def _sees_site_b(client, programs, viewer) -> dict[str, bool]:
    """For each view, whether ``viewer`` sees anything of site B's records in it."""
    person = programs.person
    page = _get(client, viewer, programs.url_trainee()).content.decode()
    transcript = _pdf_text(_get(client, viewer, reverse("supervision:transcript", args=[person.pk])).content)
    readiness = _get(client, viewer, reverse("readiness:trainee", args=[person.pk]))
    export = _get(client, viewer, reverse("supervision:export")).body.decode()
    dashboard = _get(client, viewer, reverse("supervision:dashboard")).content.decode()
    certificate = _get(client, viewer, reverse("certificates:download", args=[programs.certificate_b.pk]))
    earned = readiness.context_data["readiness"].training.earned
    return {
        "trainee page": "Course of program B" in page or "Comment only program B" in page or "Outreach shift" in page,
        "transcript": "Course of program B" in transcript,
        "readiness hours": earned,
        "export": "Course of program B" in export,
        "dashboard": "Course of program B" in dashboard,
        "certificate": certificate.status_code == 200,
    }


def test_after_accepting_only_site_a_records_are_visible(client, programs):
    _accept_and_assign(client, programs)
    for viewer in (programs.supervisor_a, programs.admin_a):
        seen = _sees_site_b(client, programs, viewer)
        assert seen["readiness hours"] == 0, viewer  # nothing earned in A yet; B's hours do not count
        assert not any(v for k, v in seen.items() if k != "readiness hours"), (viewer, seen)
        # Site A's course is there.
        assert "Course of program A" in _get(client, viewer, programs.url_trainee()).content.decode()
    # The trainee's own views still show everything that is theirs.
    client.force_login(programs.person)
    mine = client.get(reverse("courses:dashboard")).content.decode()
    assert "Course of program A" in mine and "Course of program B" in mine
    transcript = _pdf_text(client.get(reverse("certificates:transcript")).content)
    assert "Course of program B" in transcript
    assert _get(client, programs.person, reverse("certificates:download", args=[programs.certificate_b.pk])).status_code == 200
    assert client.get(reverse("readiness:mine")).context_data["readiness"].training.earned > 0


def test_consent_to_share_shows_other_programs_and_revoking_hides_them_again(client, programs):
    assignment = _accept_and_assign(client, programs)
    client.force_login(programs.person)
    page = client.get(reverse("supervision:my_supervisors"))
    assert "Sam Supa" in page.content.decode() and "Bea Reviewer" in page.content.decode()
    response = client.post(reverse("supervision:my_supervisors"), {"assignment": assignment.pk, "action": "share"})
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="sharing.granted", actor=programs.person, site=programs.site_a).count() == 1

    seen = _sees_site_b(client, programs, programs.supervisor_a)
    assert all(seen[k] for k in ("trainee page", "transcript", "export", "dashboard", "certificate")), seen
    assert seen["readiness hours"] > 0
    # The consent is for that supervisor only: site A's admin still sees site A's records only.
    assert not any(v for k, v in _sees_site_b(client, programs, programs.admin_a).items() if k != "readiness hours")

    client.force_login(programs.person)
    client.post(reverse("supervision:my_supervisors"), {"assignment": assignment.pk, "action": "stop"})
    assert AuditEvent.objects.filter(action="sharing.revoked", actor=programs.person).count() == 1
    seen = _sees_site_b(client, programs, programs.supervisor_a)
    assert not any(v for k, v in seen.items() if k != "readiness hours"), seen


def test_only_the_trainee_changes_what_their_supervisor_sees(client, programs):
    assignment = _accept_and_assign(client, programs)
    for someone in (programs.supervisor_a, programs.admin_a, programs.supervisor_b):
        client.force_login(someone)
        response = client.post(reverse("supervision:my_supervisors"), {"assignment": assignment.pk, "action": "share"})
        assert response.status_code == 404
    with pytest.raises(Exception):
        access.sharing_grant(assignment=assignment, trainee=programs.supervisor_a)
    assignment.refresh_from_db()
    assert assignment.shares_other_programs_since is None


# --------------------------------------------------------------------------
# Invitations: answering them
# --------------------------------------------------------------------------


def test_an_invitation_to_a_new_address_lets_them_sign_up_and_join(client, programs):
    client.force_login(programs.facilitator_a)
    client.post(reverse("cohorts:add_trainee", args=[programs.cohort_a.pk]), {"email": "newcomer@example.org"})
    invitation = CohortInvitation.objects.get(email="newcomer@example.org")
    client.logout()
    url = reverse("cohorts:invitation", args=[invitation.token])
    to_login = client.get(url)  # sent to log in; the login page offers to create an account
    assert to_login.status_code == 302 and to_login["Location"].startswith(reverse("login"))
    login_page = client.get(to_login["Location"]).content.decode()
    assert f'{reverse("signup")}?next=' in login_page and "Create an account" in login_page
    response = client.post(f"{reverse('signup')}?next={url}", {
        "first_name": "New", "last_name": "Comer", "email": "newcomer@example.org",
        "password1": "a-long-Passphrase-42", "password2": "a-long-Passphrase-42", "next": url,
    })
    assert response.status_code == 302 and response["Location"] == url
    assert "Accept and join" in client.get(url).content.decode()
    assert client.post(url, {"action": "accept"}).status_code == 302
    invitation.refresh_from_db()
    assert invitation.status == CohortInvitation.Status.ACCEPTED
    assert Enrollment.objects.get(user__email="newcomer@example.org").cohort_id == programs.cohort_a.pk


def test_another_account_cannot_answer_and_a_declined_invitation_changes_nothing(client, programs):
    client.force_login(programs.facilitator_a)
    client.post(reverse("cohorts:add_trainee", args=[programs.cohort_a.pk]), {"email": "priscilla@example.org"})
    invitation = CohortInvitation.objects.get()
    url = reverse("cohorts:invitation", args=[invitation.token])
    client.force_login(programs.supervisor_a)  # holding the link is not enough
    assert client.get(url).status_code == 403
    response = client.post(url, {"action": "accept"})
    assert response.status_code == 403
    assert not Enrollment.objects.filter(course=programs.course_a).exists()
    client.force_login(programs.person)
    assert client.post(url, {"action": "decline"}).status_code == 302
    invitation.refresh_from_db()
    assert invitation.status == CohortInvitation.Status.DECLINED
    assert client.post(url, {"action": "accept"}).status_code == 409  # answered already
    assert not SiteRole.objects.filter(user=programs.person, site=programs.site_a).exists()
    assert client.get(reverse("cohorts:invitation", args=["not-a-token"])).status_code == 404


def test_expired_and_withdrawn_invitations_cannot_be_accepted(client, programs):
    outcome = invitations.cohort_invite(cohort=programs.cohort_a, email="priscilla@example.org", actor=programs.facilitator_a)
    CohortInvitation.objects.filter(pk=outcome.invitation.pk).update(
        created_at=timezone.now() - timedelta(days=invitations.VALID_DAYS + 1)
    )
    client.force_login(programs.person)
    url = reverse("cohorts:invitation", args=[outcome.invitation.token])
    assert client.post(url, {"action": "accept"}).status_code == 409
    assert invitations.pending_invitations_for(user=programs.person) == []
    fresh = invitations.cohort_invite(cohort=programs.cohort_a, email="priscilla@example.org", actor=programs.facilitator_a)
    client.force_login(programs.facilitator_a)
    response = client.post(reverse("cohorts:cancel_invitation", args=[programs.cohort_a.pk, fresh.invitation.pk]))
    assert response.status_code == 302
    client.force_login(programs.person)
    assert client.post(reverse("cohorts:invitation", args=[fresh.invitation.token]), {"action": "accept"}).status_code == 409
    assert not Enrollment.objects.filter(user=programs.person, course=programs.course_a).exists()


def test_a_trainee_of_the_site_is_added_directly(client, programs):
    member = fs.make_trainee(programs.site_a, first_name="Known", last_name="Member")
    client.force_login(programs.facilitator_a)
    response = client.post(reverse("cohorts:add_trainee", args=[programs.cohort_a.pk]), {"email": member.email}, follow=True)
    assert "Known Member joined the cohort" in response.content.decode()
    assert Enrollment.objects.get(user=member, course=programs.course_a).cohort_id == programs.cohort_a.pk
    assert not CohortInvitation.objects.exists()


def test_the_rule_in_one_place(programs):
    """``record_scope`` is what every view asks: the same answer for each kind of viewer."""
    person = programs.person
    assert access.record_scope(viewer=programs.supervisor_a, trainee_id=person.pk) is None
    assert access.record_scope(viewer=programs.admin_a, trainee_id=person.pk) is None
    assert access.record_scope(viewer=programs.supervisor_b, trainee_id=person.pk).site_ids == {programs.site_b.pk}
    assert access.record_scope(viewer=person, trainee_id=person.pk).all_sites
    b_admin = factories_cohorts.make_staff(programs.site_b, Role.SITE_ADMIN)
    assert access.record_scope(viewer=b_admin, trainee_id=person.pk).site_ids == {programs.site_b.pk}
    # A supervisor who loses the role loses the view.
    SiteRole.objects.filter(user=programs.supervisor_b, role=Role.SUPERVISOR).delete()
    assert access.record_scope(viewer=programs.supervisor_b, trainee_id=person.pk) is None
