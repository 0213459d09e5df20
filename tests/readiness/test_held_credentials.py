"""Credentials held and their renewal: a trainee records one, a site admin verifies it, the page
shows the current cycle and the CE hours earned in it by required topic, and reminders go out
90 and 30 days before expiry, each once. Framework versions: the current one is offered."""
from datetime import date, datetime, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from programs.models import AuditEvent
from programs.roles import Role, role_grant
from readiness import services
from readiness.models import CredentialFramework, FrameworkRequirement, HeldCredential, RenewalReminder
from readiness.selectors import frameworks_for_choice, renewal_status
from tests import factories
from tests.factories import readiness as fr
from tests.factories import sites as fs

pytestmark = pytest.mark.django_db

H = 60
MINE = reverse("readiness:mine")


@pytest.fixture
def ethics(db):
    return factories.make_domain("ethical-responsibility", "Ethical Responsibility")


@pytest.fixture
def framework(domain, ethics):
    framework = CredentialFramework.objects.create(
        slug="crpa-2024", family="crpa", version="2024", name="Peer Advocate", training_minutes=50 * H,
        renewal_months=36, renewal_minutes=28 * H, source_url="https://board.example.org/crpa.pdf",
        source_title="CRPA requirements", effective_from=date(2024, 1, 1),
    )
    FrameworkRequirement.objects.create(framework=framework, label="Ethics", minutes=16 * H, domain=ethics)
    FrameworkRequirement.objects.create(
        framework=framework, stage=FrameworkRequirement.Stage.RENEWAL, label="Ethics CE", minutes=4 * H, domain=ethics
    )
    return framework


def at(day: date):
    return timezone.make_aware(datetime(day.year, day.month, day.day, 12))


def hold(user, framework, *, issued=date(2024, 3, 1), expires=date(2027, 3, 1), number="CRPA-123"):
    return services.held_credential_record(user=user, framework=framework, number=number, issued_on=issued, expires_on=expires)


def test_the_current_version_of_each_credential_is_offered(framework):
    CredentialFramework.objects.create(slug="crpa-2020", family="crpa", version="2020", name="Peer Advocate",
                                       training_minutes=46 * H, effective_from=date(2020, 1, 1))
    CredentialFramework.objects.create(slug="crpa-2030", family="crpa", version="2030", name="Peer Advocate",
                                       training_minutes=60 * H, effective_from=date(2030, 1, 1))
    assert [f.slug for f in frameworks_for_choice(today=date(2026, 12, 1))] == ["crpa-2024"]
    assert [f.slug for f in frameworks_for_choice(today=date(2030, 6, 1))] == ["crpa-2030"]


def test_renewal_requirements_do_not_count_toward_the_first_credential(client, trainee, framework):
    client.force_login(trainee)
    body = client.get(MINE).content.decode()
    assert "Ethics CE" not in body.split('id="framework-heading"')[1]
    assert "CRPA requirements" in body and "https://board.example.org/crpa.pdf" in body


def test_the_cycle_counts_ce_hours_dated_within_it_by_required_topic(trainee, framework, domain, ethics):
    credential = hold(trainee, framework, issued=date(2020, 3, 1), expires=date(2027, 3, 1))
    fr.credit(trainee, domain=ethics, minutes=3 * H, occurred_at=at(date(2024, 2, 28)))  # before the cycle
    fr.credit(trainee, domain=ethics, minutes=2 * H, occurred_at=at(date(2024, 3, 1)))
    fr.credit(trainee, domain=domain, minutes=10 * H, occurred_at=at(date(2026, 11, 30)))
    status = renewal_status(credential, today=date(2026, 12, 1))
    assert (status.cycle_start, status.deadline, status.days_left) == (date(2024, 3, 1), date(2027, 3, 1), 90)
    lines = {line.label: (line.earned, line.required, line.missing) for line in status.lines}
    assert lines == {"Continuing education hours": (12 * H, 28 * H, 16 * H), "Ethics CE": (2 * H, 4 * H, 2 * H)}
    assert not status.met


def test_a_board_without_known_renewal_rules_says_so(client, trainee, framework):
    framework.renewal_months, framework.renewal_minutes = None, 0
    framework.save()
    hold(trainee, framework)
    client.force_login(trainee)
    body = client.get(MINE).content.decode()
    assert "Our sources do not confirm this board" in body and "Current renewal cycle" not in body


def test_a_trainee_records_a_credential_and_sees_its_cycle(client, trainee, framework):
    client.force_login(trainee)
    response = client.post(reverse("readiness:credential_add"), {
        "framework": framework.pk, "number": " CRPA-777 ", "issued_on": "2025-01-15", "expires_on": "2028-01-15",
    })
    assert response.status_code == 302
    credential = HeldCredential.objects.get(user=trainee)
    assert (credential.number, credential.verified_at) == ("CRPA-777", None)
    body = client.get(MINE).content.decode()
    assert "Peer Advocate · CRPA-777" in body and "Not verified yet." in body
    assert "Current renewal cycle" in body and "Ethics CE" in body
    assert AuditEvent.objects.filter(action="credential.recorded").count() == 1


@pytest.mark.parametrize("data, message", [
    ({"number": "X1", "issued_on": "2025-01-15", "expires_on": "2024-01-15"}, "The expiry date must come after the issue date."),
    ({"number": "  ", "issued_on": "2025-01-15", "expires_on": "2026-01-15"}, "This field is required."),
    ({"number": "X1", "issued_on": "not a date", "expires_on": "2026-01-15"}, "Enter a valid date."),
])
def test_bad_input_is_a_form_error_and_nothing_is_saved(client, trainee, framework, data, message):
    client.force_login(trainee)
    response = client.post(reverse("readiness:credential_add"), {"framework": framework.pk, **data})
    assert response.status_code == 400 and message in response.content.decode()
    assert not HeldCredential.objects.exists()


def test_the_same_credential_cannot_be_recorded_twice(client, trainee, framework):
    hold(trainee, framework)
    client.force_login(trainee)
    response = client.post(reverse("readiness:credential_add"), {
        "framework": framework.pk, "number": "CRPA-123", "issued_on": "2024-03-01", "expires_on": "2027-03-01",
    })
    assert response.status_code == 400 and "You have already recorded this credential." in response.content.decode()


def test_a_site_admin_of_the_trainees_site_verifies_it_and_nobody_else(client, trainee, framework):
    site = fr.default_site()
    role_grant(user=trainee, site=site, role=Role.TRAINEE)
    credential = hold(trainee, framework)
    url = reverse("readiness:credential_verify", args=[credential.pk])

    other_admin = fs.site_admin(fs.second_site())
    client.force_login(other_admin)
    assert client.post(url).status_code == 404
    client.force_login(trainee)
    assert client.post(url).status_code == 404  # holders do not verify their own
    credential.refresh_from_db()
    assert credential.verified_at is None

    admin = fs.site_admin(site)
    client.force_login(admin)
    page = client.get(reverse("readiness:trainee", args=[trainee.pk])).content.decode()
    assert "Mark verified" in page
    assert client.post(url).status_code == 302
    credential.refresh_from_db()
    assert credential.verified_by == admin and credential.verified_at is not None
    assert AuditEvent.objects.filter(action="credential.verified").count() == 1
    assert client.get(url).status_code == 405


def test_reminders_go_90_and_30_days_before_expiry_each_once(trainee, framework):
    credential = hold(trainee, framework, issued=date(2024, 3, 1), expires=date(2027, 3, 1))
    expires = credential.expires_on
    assert services.renewal_reminders_send(today=expires - timedelta(days=91)) == 0
    assert services.renewal_reminders_send(today=expires - timedelta(days=90)) == 1
    assert services.renewal_reminders_send(today=expires - timedelta(days=89)) == 0
    assert services.renewal_reminders_send(today=expires - timedelta(days=30)) == 1
    assert services.renewal_reminders_send(today=expires - timedelta(days=10)) == 0
    assert services.renewal_reminders_send(today=expires + timedelta(days=1)) == 0
    assert len(mail.outbox) == 2 and all(trainee.email in m.to for m in mail.outbox)
    assert "Peer Advocate" in mail.outbox[0].subject and "90 days" in mail.outbox[0].body
    assert "Ethics CE" in mail.outbox[0].body
    assert sorted(RenewalReminder.objects.values_list("days_before", flat=True)) == [30, 90]


def test_a_credential_recorded_late_gets_only_the_nearer_reminder(trainee, framework):
    credential = hold(trainee, framework, issued=date(2024, 3, 1), expires=date(2027, 3, 1))
    assert services.renewal_reminders_send(today=credential.expires_on - timedelta(days=20)) == 1
    assert services.renewal_reminders_send(today=credential.expires_on - timedelta(days=5)) == 0
    assert list(RenewalReminder.objects.values_list("days_before", flat=True)) == [30]


def test_a_failed_send_is_retried_on_the_next_run(trainee, framework, monkeypatch):
    credential = hold(trainee, framework)

    def broken(**kwargs):
        raise ConnectionError("mail server down")

    monkeypatch.setattr(services, "send_mail", broken)
    with pytest.raises(ConnectionError):
        services.renewal_reminders_send(today=credential.expires_on - timedelta(days=60))
    assert not RenewalReminder.objects.exists()
    monkeypatch.undo()
    assert services.renewal_reminders_send(today=credential.expires_on - timedelta(days=60)) == 1
