"""The weekly supervisor digest: what each of its four sections reports, that it shows nothing the
supervisor may not see, the day each supervisor chose (or none), once a week only (also with a
real Celery worker over Redis), a failed send retried, the e-mail in the supervisor's language, a
fixed number of queries, and the settings page."""
import re
from datetime import date, timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from courses import services
from courses.display import hours_text
from courses.models import HourEntry
from programs import access
from programs.language import user_language_save
from programs.models import SupervisorAssignment
from programs.roles import Role
from readiness.models import CredentialFramework, HeldCredential
from supervision import digest
from supervision import services as supervision
from supervision.models import DigestPreference, DigestSent, PracticeEntry
from supervision.tasks import send_supervisor_digests
from tests import factories
from tests.certificates import conftest as certificate_fixtures
from tests.certificates.conftest import complete_course
from tests.factories import supervision as fs
from tests.processes import count_emails, wait_for

pytestmark = pytest.mark.django_db

# The real broker and worker of the certificate tests.
redis_server = certificate_fixtures.redis_server
broker = certificate_fixtures.broker
make_worker = certificate_fixtures.make_worker

SETTINGS_URL = reverse("supervision:digest_settings")
# Pinned: the supervisor's assignments, the dashboard's rows of their trainees (15, with what
# ``programs.access`` reads) and one query each for practice to review and expiring credentials.
DIGEST_QUERIES = 17


def _monday(weeks_ahead: int = 0) -> date:
    """The next Monday (today, if it is one), plus ``weeks_ahead`` weeks."""
    today = timezone.localdate()
    return today + timedelta(days=(7 - today.weekday()) % 7 + 7 * weeks_ahead)


def _assigned_long_ago():
    """Every assignment is a month old (a trainee without activity then counts as inactive)."""
    SupervisorAssignment.objects.update(created_at=timezone.now() - timedelta(days=30))


def _credit(trainee, site, domain, *, days_ago: int):
    services.hour_entry_credit(
        enrollment=None, user=trainee, domain_id=domain.pk, minutes=30, source=HourEntry.Source.SUPERVISION,
        delivery_mode="in_person", key=f"test:digest:{trainee.pk}:{days_ago}", description="Supervision",
        occurred_at=timezone.now() - timedelta(days=days_ago), site_id=site.pk,
    )


def _practice(trainee, site, domain, minutes=30):
    return supervision.practice_entry_create(
        trainee=trainee, site=site, performed_on=timezone.localdate() - timedelta(days=1), minutes=minutes,
        domain=domain, service_type=PracticeEntry.ServiceType.DIRECT, description="Peer support group",
    )


def _framework():
    return CredentialFramework.objects.get_or_create(
        slug="crpa-2024", defaults={"name": "Peer Advocate", "training_minutes": 50 * 60}
    )[0]


def _credential(user, *, expires_on, number="CRPA-1"):
    return HeldCredential.objects.create(
        user=user, framework=_framework(), number=number, issued_on=expires_on - timedelta(days=3 * 365),
        expires_on=expires_on,
    )


def _complete(trainee, course, django_capture_on_commit_callbacks):
    """The trainee completes ``course`` and gets its certificate (issued by the eager task); the
    certificate's e-mail to the trainee is left out of the outbox."""
    with django_capture_on_commit_callbacks(execute=True):
        enrollment = complete_course(trainee, course)
    mail.outbox.clear()
    return enrollment


@pytest.fixture
def quiet(world, domain):
    """Everyone assigned a month ago and active yesterday: nothing to report yet."""
    _assigned_long_ago()
    _credit(world["trainee_a"], world["site_a"], domain, days_ago=1)
    _credit(world["trainee_b"], world["site_b"], domain, days_ago=1)
    return world


# --- the four sections ---------------------------------------------------------------------


def test_completions_of_the_past_seven_days_with_their_certificate(quiet, django_capture_on_commit_callbacks):
    world = quiet
    enrollment = _complete(world["trainee_a"], world["course_a"], django_capture_on_commit_callbacks)
    certificate = enrollment.certificates.get()
    report = digest.supervisor_digest(supervisor=world["sup_a"])
    [completion] = report.completions
    assert (completion.name, completion.course_title) == ("Ana Alpha", world["course_a"].title)
    assert completion.certificate_number == certificate.number and certificate.number
    assert digest.digest_send_due(today=_monday()) == 1
    [message] = mail.outbox
    assert message.to == [world["sup_a"].email]
    assert f"- Ana Alpha: {world['course_a'].title} (" in message.body and certificate.number in message.body
    # Eight days later it is old news.
    enrollment.__class__.objects.filter(pk=enrollment.pk).update(completed_at=timezone.now() - timedelta(days=8))
    assert digest.supervisor_digest(supervisor=world["sup_a"]).completions == []


def test_inactive_trainees_by_the_dashboards_last_activity(world, domain):
    site, sup = world["site_a"], world["sup_a"]
    recent = fs.make_trainee(site, first_name="Rita", last_name="Recent")
    new = fs.make_trainee(site, first_name="Nina", last_name="New")
    never = fs.make_trainee(site, first_name="Ned", last_name="Never")
    for trainee in (recent, never):
        fs.assign(sup, trainee, site)
    _assigned_long_ago()
    fs.assign(sup, new, site)  # assigned today, nothing done yet: not flagged in their first two weeks
    _credit(world["trainee_a"], site, domain, days_ago=20)
    _credit(recent, site, domain, days_ago=13)
    report = digest.supervisor_digest(supervisor=sup)
    assert [(t.name, t.last_activity is None) for t in report.inactive] == [("Ana Alpha", False), ("Ned Never", True)]
    digest.digest_send(supervisor=sup, today=_monday())
    body = mail.outbox[0].body
    twenty = date_format(timezone.localtime(timezone.now() - timedelta(days=20)), "DATE_FORMAT")
    assert f"- Ana Alpha: last active on {twenty}" in body and "- Ned Never: no activity yet" in body
    assert "Rita" not in body and "Nina" not in body


def test_practice_waiting_for_review_per_trainee(quiet, domain):
    world = quiet
    _practice(world["trainee_a"], world["site_a"], domain, minutes=30)
    _practice(world["trainee_a"], world["site_a"], domain, minutes=45)
    decided = _practice(world["trainee_a"], world["site_a"], domain, minutes=600)
    supervision.practice_entry_decide(entry=decided, reviewer=world["sup_a"], approve=True)
    [pending] = digest.supervisor_digest(supervisor=world["sup_a"]).practice
    assert (pending.name, pending.entries, pending.minutes) == ("Ana Alpha", 2, 75)
    digest.digest_send(supervisor=world["sup_a"], today=_monday())
    body = mail.outbox[0].body
    assert f"- Ana Alpha: 2 entries, {hours_text(75)} h" in body and reverse("supervision:review") in body


def test_credentials_expiring_within_ninety_days(quiet):
    world, today = quiet, _monday()
    _credential(world["trainee_a"], expires_on=today + timedelta(days=30), number="SOON-1")
    _credential(world["trainee_a"], expires_on=today + timedelta(days=91), number="LATER-1")
    _credential(world["trainee_a"], expires_on=today - timedelta(days=1), number="GONE-1")
    report = digest.supervisor_digest(supervisor=world["sup_a"], today=today)
    assert [(e.name, e.number, e.days_left) for e in report.expiring] == [("Ana Alpha", "SOON-1", 30)]
    digest.digest_send(supervisor=world["sup_a"], today=today)
    body = mail.outbox[0].body
    assert "- Ana Alpha: Peer Advocate (number SOON-1) expires on" in body and "in 30 days" in body
    assert "LATER-1" not in body and "GONE-1" not in body


def test_a_quiet_week_sends_nothing_and_is_logged_once(quiet):
    world, monday = quiet, _monday()
    assert digest.digest_send_due(today=monday) == 0
    assert mail.outbox == []
    assert set(DigestSent.objects.values_list("supervisor_id", "week", "items")) == {
        (world["sup_a"].pk, digest.iso_week(monday), 0), (world["sup_b"].pk, digest.iso_week(monday), 0),
    }
    assert list(digest.supervisors_due(monday)) == []  # not built again that week


# --- nothing the supervisor may not see ----------------------------------------------------


def test_another_supervisors_trainee_never_appears(quiet, domain, django_capture_on_commit_callbacks):
    world, today = quiet, _monday()
    _complete(world["trainee_b"], world["course_b"], django_capture_on_commit_callbacks)
    _practice(world["trainee_b"], world["site_b"], domain)
    _credential(world["trainee_b"], expires_on=today + timedelta(days=10))
    other = fs.make_trainee(world["site_a"], first_name="Olga", last_name="Otherone")
    colleague = fs.make_supervisor(world["site_a"])
    fs.assign(colleague, other, world["site_a"])  # same site, another supervisor
    _credential(other, expires_on=today + timedelta(days=10), number="OTHER-1")
    assert digest.supervisor_digest(supervisor=world["sup_a"], today=today).items == 0
    assert digest.digest_send_due(today=today) == 2
    bodies = {m.to[0]: m.body for m in mail.outbox}
    assert set(bodies) == {world["sup_b"].email, colleague.email}  # none for sup_a: nothing of theirs
    assert "Ben Bravo" in bodies[world["sup_b"].email] and "Olga" not in bodies[world["sup_b"].email]
    assert "Olga Otherone" in bodies[colleague.email] and "Ben" not in bodies[colleague.email]
    assert "Ana Alpha" not in "".join(bodies.values())


def test_another_programs_records_only_with_the_trainees_consent(quiet, domain, django_capture_on_commit_callbacks):
    """Ana trains with program B too: her supervisor in A sees nothing of it until she shares it
    (as on the dashboard); practice on B is B's supervisor's to review, shared or not."""
    world = quiet
    _complete(world["trainee_a"], world["course_b"], django_capture_on_commit_callbacks)
    _practice(world["trainee_a"], world["site_b"], domain)
    assert digest.supervisor_digest(supervisor=world["sup_a"]).items == 0
    assert world["trainee_a"].pk not in access.record_scopes(viewer=world["sup_b"], trainee_ids=[world["trainee_a"].pk])
    assignment = SupervisorAssignment.objects.get(supervisor=world["sup_a"], trainee=world["trainee_a"])
    access.sharing_grant(assignment=assignment, trainee=world["trainee_a"])
    report = digest.supervisor_digest(supervisor=world["sup_a"])
    assert [c.course_title for c in report.completions] == [world["course_b"].title]
    assert report.practice == []


def test_assignments_without_the_supervisor_role_are_ignored(quiet):
    from programs.roles import role_revoke

    world = quiet
    _credential(world["trainee_a"], expires_on=_monday() + timedelta(days=10))
    role_revoke(user=world["sup_a"], site=world["site_a"], role=Role.SUPERVISOR)
    assert digest.supervisor_digest(supervisor=world["sup_a"], today=_monday()).trainees == 0
    assert world["sup_a"] not in digest.supervisors_due(_monday())


# --- the day, once a week, failures ----------------------------------------------------------


def test_monday_by_default_another_day_or_none(quiet):
    world, monday = quiet, _monday()
    thursday = monday + timedelta(days=3)
    assert set(digest.supervisors_due(monday)) == {world["sup_a"], world["sup_b"]}
    assert list(digest.supervisors_due(monday + timedelta(days=1))) == []
    digest.digest_weekday_set(user=world["sup_a"], weekday=3)
    digest.digest_weekday_set(user=world["sup_b"], weekday=None)
    assert (digest.digest_weekday(world["sup_a"]), digest.digest_weekday(world["sup_b"])) == (3, None)
    assert list(digest.supervisors_due(monday)) == []
    assert list(digest.supervisors_due(thursday)) == [world["sup_a"]]
    for day in range(7):
        assert world["sup_b"] not in digest.supervisors_due(monday + timedelta(days=day))
    with pytest.raises(ValueError):
        digest.digest_weekday_set(user=world["sup_a"], weekday=7)


def test_once_a_week_however_often_it_runs(quiet):
    world, monday = quiet, _monday()
    _credential(world["trainee_a"], expires_on=monday + timedelta(days=60))
    assert digest.digest_send_due(today=monday) == 1
    assert digest.digest_send_due(today=monday) == 0
    assert digest.digest_send(supervisor=world["sup_a"], today=monday + timedelta(days=2)) is False  # same week
    assert len(mail.outbox) == 1
    assert digest.digest_send_due(today=_monday(weeks_ahead=1)) == 1  # next week: again
    assert len(mail.outbox) == 2
    assert list(DigestSent.objects.filter(supervisor=world["sup_a"]).order_by("week").values_list("week", flat=True)) == [
        digest.iso_week(monday), digest.iso_week(_monday(weeks_ahead=1)),
    ]


def test_the_beat_task_sends_the_digests_due_today(quiet, settings):
    world, today = quiet, timezone.localdate()
    assert settings.CELERY_BEAT_SCHEDULE["send-supervisor-digests"]["task"] == send_supervisor_digests.name
    digest.digest_weekday_set(user=world["sup_a"], weekday=today.weekday())
    _credential(world["trainee_a"], expires_on=today + timedelta(days=5))
    assert send_supervisor_digests.delay().get() == 1
    assert send_supervisor_digests.delay().get() == 0
    assert [m.to for m in mail.outbox] == [[world["sup_a"].email]]


def test_a_failed_send_leaves_no_row_and_is_retried(quiet, domain, monkeypatch):
    world, monday = quiet, _monday()
    _practice(world["trainee_a"], world["site_a"], domain)
    _practice(world["trainee_b"], world["site_b"], domain)
    real_send = digest.send_mail

    def failing_for_a(**kwargs):
        if kwargs["recipient_list"] == [world["sup_a"].email]:
            raise ConnectionError("mail server down")
        return real_send(**kwargs)

    monkeypatch.setattr(digest, "send_mail", failing_for_a)
    with pytest.raises(ConnectionError):
        digest.digest_send_due(today=monday)
    assert [m.to for m in mail.outbox] == [[world["sup_b"].email]]  # the others still get theirs
    assert list(DigestSent.objects.values_list("supervisor_id", flat=True)) == [world["sup_b"].pk]
    monkeypatch.undo()
    assert digest.digest_send_due(today=monday) == 1
    assert [m.to for m in mail.outbox] == [[world["sup_b"].email], [world["sup_a"].email]]


def test_the_email_is_in_the_supervisors_language(quiet, django_capture_on_commit_callbacks):
    world = quiet
    user_language_save(world["sup_a"], "es")
    enrollment = _complete(world["trainee_a"], world["course_a"], django_capture_on_commit_callbacks)
    digest.digest_send(supervisor=world["sup_a"], today=_monday())
    body = mail.outbox[0].body
    assert body.startswith("Hola, Alma Supa:")
    with translation.override("es"):
        completed = date_format(timezone.localtime(enrollment.completed_at), "DATE_FORMAT")
    assert f"({completed})" in body and " de " in completed
    assert translation.get_language() == "en"  # the override ends with the e-mail


def test_digest_runs_a_fixed_number_of_queries(world, domain, django_assert_max_num_queries):
    courses = [factories.make_course(domain=domain, title=f"Course {i}") for i in range(2)]
    site, today = fs.default_site(), _monday()
    counts = []
    for n in (3, 12):
        supervisor = fs.make_supervisor(site)
        trainees = fs.bulk_trainees(n=n, site=site, supervisor=supervisor, courses=courses, domain=domain)
        PracticeEntry.objects.bulk_create(
            PracticeEntry(site=site, trainee=t, performed_on=timezone.localdate(), minutes=30, domain=domain,
                          service_type=PracticeEntry.ServiceType.DIRECT, description="x")
            for t in trainees
        )
        for t in trainees:
            _credential(t, expires_on=today + timedelta(days=20))
        _assigned_long_ago()
        HourEntry.objects.filter(user__in=trainees).update(occurred_at=timezone.now() - timedelta(days=20))
        digest.supervisor_digest(supervisor=supervisor, today=today)  # warm the per-process caches
        with CaptureQueriesContext(connection) as queries:
            report = digest.supervisor_digest(supervisor=supervisor, today=today)
        assert (len(report.practice), len(report.expiring), report.trainees) == (n, n, n)
        counts.append(len(queries))
        with django_assert_max_num_queries(DIGEST_QUERIES):
            digest.supervisor_digest(supervisor=supervisor, today=today)
    assert counts[0] == counts[1]


# --- the settings page -------------------------------------------------------------------------


def test_a_supervisor_chooses_the_day_or_turns_it_off(client, world):
    client.force_login(world["sup_a"])
    response = client.get(SETTINGS_URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert _checked(body) == "0"  # Monday, the default
    assert "<legend>Send me the weekly digest on</legend>" in body
    response = client.post(SETTINGS_URL, {"weekday": "4"}, follow=True)
    assert response.redirect_chain == [(SETTINGS_URL, 302)]
    assert "Your weekly digest will come on Friday." in response.content.decode()
    assert DigestPreference.objects.get(user=world["sup_a"]).weekday == 4
    response = client.post(SETTINGS_URL, {"weekday": "off"}, follow=True)
    assert "The weekly digest is turned off." in response.content.decode()
    assert DigestPreference.objects.get(user=world["sup_a"]).weekday is None
    assert _checked(client.get(SETTINGS_URL).content.decode()) == "off"


def _checked(body: str) -> str:
    """The value of the weekday radio button that is checked."""
    [value] = re.findall(r'<input type="radio" name="weekday" value="([^"]*)"[^>]*\bchecked\b', body)
    return value


@pytest.mark.parametrize("value", ["9", "-1", "abc", "", "1.5", "a\x00b", "9" * 40])
def test_bad_input_is_a_form_error(client, world, value):
    client.force_login(world["sup_a"])
    response = client.post(SETTINGS_URL, {"weekday": value})
    assert response.status_code == 400
    assert 'class="field-error" id="id_weekday_error"' in response.content.decode()
    assert not DigestPreference.objects.exists()


def test_only_supervisors_with_trainees_may_open_it(client, world):
    assert client.get(SETTINGS_URL)["Location"].startswith("/accounts/login/")
    client.force_login(world["trainee_a"])
    for response in (client.get(SETTINGS_URL), client.post(SETTINGS_URL, {"weekday": "2"})):
        assert response.status_code == 403  # what the dashboard gives them
        assert "This page is for supervisors and program administrators." in response.content.decode()
    assert client.get(reverse("supervision:dashboard")).status_code == 403
    admin = fs.with_role(factories.make_user(first_name="Ada", last_name="Admin"), world["site_a"], Role.SITE_ADMIN)
    lonely = fs.make_supervisor(world["site_a"])
    for user in (admin, lonely):  # they open the dashboard, but supervise nobody
        client.force_login(user)
        assert client.get(reverse("supervision:dashboard")).status_code == 200
        assert client.post(SETTINGS_URL, {"weekday": "2"}).status_code == 403
    assert not DigestPreference.objects.exists()


def test_the_dashboard_links_to_it(client, world):
    client.force_login(world["sup_a"])
    assert f'href="{SETTINGS_URL}"' in client.get(reverse("supervision:dashboard")).content.decode()


# --- a real worker over Redis --------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_one_digest_when_the_task_is_sent_twice(make_worker, world, domain):
    workers = [make_worker(concurrency=2), make_worker(concurrency=2)]
    today = timezone.localdate()
    digest.digest_weekday_set(user=world["sup_a"], weekday=today.weekday())
    digest.digest_weekday_set(user=world["sup_b"], weekday=None)
    _practice(world["trainee_a"], world["site_a"], domain)
    for _ in range(2):
        send_supervisor_digests.delay()
    # Both messages run (in either worker): one sends the digest, the other finds it in the sent-log.
    results = wait_for(lambda: _results(workers), timeout=30, message="both tasks to run")
    assert results == ["0", "1"], "".join(w.output() for w in workers)
    wait_for(lambda: _queue_empty(), timeout=20, message="the queue to drain")
    assert count_emails(make_worker.email_dir) == 1
    assert list(DigestSent.objects.values_list("supervisor_id", "week", "items")) == [
        (world["sup_a"].pk, digest.iso_week(today), 1)
    ]


def _results(workers) -> list[str] | None:
    """What the workers' runs of the digest task returned (e-mails sent), once both have run."""
    output = "".join(worker.output() for worker in workers)
    found = re.findall(r"send_supervisor_digests\[[^\]]+\] succeeded in [0-9.e-]+s: (\d+)", output)
    return sorted(found) if len(found) >= 2 else None


def _queue_empty() -> bool:
    from coachtraining.celery import app

    with app.connection_for_write() as conn:
        client = conn.default_channel.client
        return client.llen("celery") == 0 and not client.hlen("unacked")
