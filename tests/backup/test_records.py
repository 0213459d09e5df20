"""export_records / import_records: every trainee record round-trips through a portable file."""
import hashlib
import io
import json
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import models
from django.db.models import Sum
from django.utils import timezone
from wagtail.models import Page, Site

from backup.records import RecordsError, records_export, records_import
from certificates import services as certificate_services
from certificates.badges import issuing
from certificates.models import Badge, Certificate, CertificateEvent, CertificateSequence, IssuerKey, ReissueRequest
from cohorts import invitations
from cohorts import services as cohorts
from cohorts.models import Attendance, Cohort, CohortInvitation, LiveSession
from courses import services as course_services
from courses.models import ActivityResponse, CompetencyDomain, CoursePage, Enrollment, HourEntry, LessonProgress, ModulePage, QuizAttempt
from programs import access
from programs.models import AuditEvent, LegalName, SiteRole
from programs.models import SupervisorAssignment
from programs.roles import Role
from readiness import services as readiness
from readiness.models import CredentialFramework, HeldCredential, RenewalReminder
from supervision import services as supervision
from supervision.models import DigestPreference, DigestSent, PracticeEntry, SupervisionSession
from tests import factories
from tests.certificates.conftest import complete_course
from tests.factories import activities as factories_activities
from tests.factories import cohorts as factories_cohorts
from tests.factories import sites as factories_sites

pytestmark = pytest.mark.django_db

User = get_user_model()

# Children first: the order the wipe deletes in.
RECORD_MODELS = [
    AuditEvent, ReissueRequest, CertificateEvent, Badge, IssuerKey, Certificate, CertificateSequence, Attendance, LiveSession, HourEntry,
    LessonProgress, QuizAttempt, ActivityResponse, Enrollment, CohortInvitation, Cohort, PracticeEntry, SupervisionSession,
    SupervisorAssignment, SiteRole, HeldCredential, RenewalReminder, DigestPreference, DigestSent, LegalName, User,
]


# --------------------------------------------------------------------------
# A canonical dump by natural keys, independent of the export code
# --------------------------------------------------------------------------


def _natural(obj):
    if obj is None:
        return None
    if isinstance(obj, User):
        return obj.username
    if isinstance(obj, Site):
        return f"{obj.hostname}:{obj.port}"
    if isinstance(obj, Page):
        return obj.url_path
    if isinstance(obj, CompetencyDomain):
        return obj.slug
    if isinstance(obj, Group):
        return obj.name
    if isinstance(obj, Enrollment):
        return (obj.user.username, obj.course.url_path)
    if isinstance(obj, Cohort):
        return (_natural(obj.site), obj.course.url_path, obj.name)
    if isinstance(obj, LiveSession):
        return (_natural(obj.cohort), obj.title, obj.starts_at.isoformat())
    if isinstance(obj, SupervisionSession):
        return (obj.supervisor.username, obj.held_on.isoformat(), obj.created_at.isoformat())
    if isinstance(obj, Certificate):
        return obj.verification_code
    if isinstance(obj, CredentialFramework):
        return obj.slug
    if isinstance(obj, IssuerKey):
        return obj.public_key_multibase
    if isinstance(obj, HeldCredential):
        return (obj.user.username, obj.framework.slug, obj.number)
    raise AssertionError(f"no natural key for {type(obj)}")


def _value(obj, field):
    if isinstance(field, models.ForeignKey):
        return _natural(getattr(obj, field.name))
    value = getattr(obj, field.attname)
    if isinstance(field, models.FileField):
        if not value:
            return None
        with value.open("rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return json.dumps(value, sort_keys=True) if isinstance(value, (dict, list)) else value


def canonical_dump():
    dump = {}
    for model in RECORD_MODELS:
        rows = []
        for obj in model.objects.all():
            row = {f.name: _value(obj, f) for f in model._meta.concrete_fields if not f.primary_key or f.is_relation}
            for m2m in model._meta.many_to_many:
                row[m2m.name] = sorted(str(_natural(o)) for o in getattr(obj, m2m.name).all())
            rows.append(json.dumps(row, sort_keys=True, default=str))
        dump[model.__name__] = sorted(rows)
    return dump


def ledger_totals():
    return sorted(
        HourEntry.objects.values_list("user__username", "domain__slug").annotate(m=Sum("minutes")).values_list(
            "user__username", "domain__slug", "m"
        )
    )


# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------


@pytest.fixture
def rich(trainee, other_trainee, course, domain, django_capture_on_commit_callbacks):
    """Roles, a cohort with attendance and a correction, a failed then passed quiz, supervision, practice,
    a completed course with an issued certificate reissued after a name change."""
    site = factories_cohorts.default_site()
    mentoring = factories.make_domain("mentoring", "Mentoring/Education")
    group = Group.objects.create(name="Demo: editors")
    admin = factories_cohorts.make_staff(site, Role.SITE_ADMIN, first_name="Site", last_name="Admin")
    admin.groups.add(group)
    facilitator = factories_cohorts.make_staff(site, Role.FACILITATOR, first_name="Fay", last_name="Cilitator")
    supervisor = factories_cohorts.make_staff(site, Role.SUPERVISOR, first_name="Sue", last_name="Pervisor")
    LegalName.objects.create(user=other_trainee, name="Samuel Other")  # goes by Sam
    cohort = factories_cohorts.make_cohort(site=site, course=course, facilitators=[facilitator], actor=admin)
    factories_cohorts.add_member(cohort=cohort, user=trainee, actor=admin)
    factories_cohorts.add_member(cohort=cohort, user=other_trainee, actor=admin)
    lesson = factories_activities.add_activities(factories.lessons_of(course)[0])
    session = factories_cohorts.make_session(cohort=cohort, actor=facilitator, duration=60, domain=mentoring)
    other_enrollment = Enrollment.objects.get(user=other_trainee, course=course)
    cohorts.attendance_record(session=session, enrollment=other_enrollment, minutes_attended=60, actor=facilitator)
    cohorts.attendance_record(session=session, enrollment=other_enrollment, minutes_attended=45, actor=facilitator)
    # A session from a module's guide, its minutes split over two domains, partly attended.
    module = factories_cohorts.add_guide(
        ModulePage.objects.child_of(course).first(), live_minutes=90,
        segments=[factories_cohorts.segment("Opening", 60), factories_cohorts.segment("Practice", 30, domain=mentoring)],
    )
    guided = factories_cohorts.schedule_module(cohort=cohort, module=module, actor=facilitator)
    cohorts.attendance_record(session=guided, enrollment=other_enrollment, minutes_attended=45, actor=facilitator)
    course_services.lesson_record_engagement(enrollment=other_enrollment, lesson=lesson)
    # What trainees wrote: one reflection shared with the facilitators, one scenario half done.
    factories_activities.do_all(
        Enrollment.objects.get(user=trainee, course=course), lesson, text="Mi familia volvió a confiar en mí.",
        share_facilitators=True,
    )
    scenario = factories_activities.block(lesson, "scenario")
    course_services.scenario_choose(
        enrollment=other_enrollment, lesson=lesson, block_id=str(scenario.id),
        choice_id=factories_activities.choice_ids(scenario.value["choices"])[0],
    )

    enrollment = Enrollment.objects.get(user=trainee, course=course)
    quiz = factories.quizzes_of(course)[0]
    failed = course_services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    course_services.quiz_attempt_submit(attempt=failed, answers=factories.answers_for(quiz, correct=False))
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.status == Certificate.Status.ISSUED and certificate.pdf
    issuing.badge_issue(certificate)  # the trainee downloaded the badge before the name change
    request = certificate_services.reissue_request_create(
        certificate=certificate, user=trainee, requested_name="Ana Gómez-Ruiz", reason="Married."
    )
    with django_capture_on_commit_callbacks(execute=True):
        certificate_services.reissue_request_decide(request=request, actor=admin, approve=True, note="OK")
    issuing.badge_issue(Certificate.objects.get(enrollment=enrollment, status="issued"))

    assignment, _ = supervision.assignment_create(site=site, supervisor=supervisor, trainee=trainee, by=admin)
    access.sharing_grant(assignment=assignment, trainee=trainee)
    # An invitation waiting for an answer, and one answered.
    invitations.cohort_invite(cohort=cohort, email="not-yet@example.org", actor=facilitator)
    newcomer = factories.make_user(email="newcomer@example.org")
    invited = invitations.cohort_invite(cohort=cohort, email=newcomer.email, actor=facilitator)
    invitations.invitation_decline(invitation=invited.invitation, user=newcomer)
    supervision.supervision_session_log(
        supervisor=supervisor, site=site, trainees=[trainee], held_on=timezone.localdate() - timedelta(days=1),
        minutes=50, format="individual", domains=[domain, mentoring], notes="Boundaries.",
    )
    approved = supervision.practice_entry_create(
        trainee=trainee, site=site, performed_on=timezone.localdate(), minutes=90, domain=mentoring,
        service_type="direct", description="Peer support group",
    )
    supervision.practice_entry_decide(entry=approved, reviewer=supervisor, approve=True)
    supervision.practice_entry_create(
        trainee=trainee, site=site, performed_on=timezone.localdate(), minutes=30, domain=domain,
        service_type="indirect", description="Paperwork",
    )
    # A course on a second program site (the replicated curriculum): pages are found by url_path.
    program = factories_sites.replicated_site()
    copy = CoursePage.objects.descendant_of(program.root_page).get()
    copy_enrollment, _ = course_services.enrollment_create(user=other_trainee, course=copy)
    copy_lesson = factories.lessons_of(copy)[0]
    course_services.lesson_record_engagement(enrollment=copy_enrollment, lesson=copy_lesson)
    factories_activities.do_all(copy_enrollment, copy_lesson)  # the copy keeps the lesson's activities
    course_services.lesson_complete(enrollment=copy_enrollment, lesson=copy_lesson)
    assert HourEntry.objects.filter(enrollment=copy_enrollment, page=copy_lesson).exists()
    # A credential held, verified by the site admin, with its 90-day reminder sent.
    framework = CredentialFramework.objects.create(slug="crpa", name="CRPA", training_minutes=3000, renewal_months=36,
                                                   renewal_minutes=1680)
    credential = readiness.held_credential_record(user=trainee, framework=framework, number="CRPA-1",
                                                  issued_on=timezone.localdate() - timedelta(days=1000),
                                                  expires_on=timezone.localdate() + timedelta(days=80))
    admin = factories_sites.site_admin(site)
    readiness.held_credential_verify(actor=admin, credential=credential)
    assert readiness.renewal_reminders_send() == 1
    # The supervisor's digest day, and a week's digest sent.
    DigestPreference.objects.create(user=supervisor, weekday=3)
    DigestSent.objects.create(supervisor=supervisor, week="2026-W10", items=2)
    return {"site": site, "course": course, "trainee": trainee}


def wipe_records():
    """Delete every trainee record and user (and certificate files), keeping the curriculum and sites."""
    for cert in Certificate.objects.exclude(pdf=""):
        cert.pdf.storage.delete(cert.pdf.name)
    for model in RECORD_MODELS[:5]:
        model.objects.all().delete()
    Certificate.objects.update(replaces=None)
    for model in RECORD_MODELS[5:]:
        model.objects.all().delete()


def export_text():
    out = io.StringIO()
    records_export(stream=out)
    return out.getvalue()


# --------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------


def test_round_trip_restores_every_record(rich, client, tmp_path):
    before = canonical_dump()
    totals = ledger_totals()
    assert HourEntry.objects.filter(minutes__lt=0).exists()  # the attendance correction
    assert QuizAttempt.objects.filter(passed=False).exists() and QuizAttempt.objects.filter(passed=True).exists()
    assert Certificate.objects.filter(replaces__isnull=False, status="issued").exists()
    assert AuditEvent.objects.exists()
    assert ActivityResponse.objects.filter(shared_with_facilitators=True, text__startswith="Mi familia").exists()
    assert ActivityResponse.objects.filter(completed_at__isnull=True).exists()
    guided = {(s.title, s.module.url_path, tuple((d.domain.slug, d.minutes) for d in s.domain_split.all()))
              for s in LiveSession.objects.filter(module__isnull=False)}
    assert guided
    certs = {}
    for c in Certificate.objects.exclude(pdf=""):
        with c.pdf.open("rb") as handle:
            certs[c.verification_code] = (c.pdf_sha256, handle.read())
    assert len(certs) == 2
    old_ids = set(Enrollment.objects.values_list("pk", flat=True))

    path = tmp_path / "records.jsonl"
    call_command("export_records", output=str(path), stderr=io.StringIO())
    text = path.read_text(encoding="utf-8")
    header = json.loads(text.splitlines()[0])
    assert header["format"] == "coachtraining-records" and header["version"] == 1
    assert "Gómez" in text  # UTF-8, not escaped
    for line in text.splitlines():  # no database ids anywhere
        assert not any(key == "id" or key.endswith("_id") for key in json.loads(line))

    wipe_records()
    assert not User.objects.exists() and not HourEntry.objects.exists()
    out = io.StringIO()
    call_command("import_records", str(path), stdout=out)
    assert "Imported" in out.getvalue()

    assert canonical_dump() == before
    assert ledger_totals() == totals
    assert guided == {(s.title, s.module.url_path, tuple((d.domain.slug, d.minutes) for d in s.domain_split.all()))
                      for s in LiveSession.objects.filter(module__isnull=False)}
    assert not old_ids & set(Enrollment.objects.values_list("pk", flat=True))  # new ids, same records
    for code, (sha, data) in certs.items():
        cert = Certificate.objects.get(verification_code=code)
        with cert.pdf.open("rb") as handle:
            restored = handle.read()
        assert restored == data and hashlib.sha256(restored).hexdigest() == sha == cert.pdf_sha256

    live = Certificate.objects.get(status="issued")
    response = client.get(f"/verify/{live.verification_code}/")
    assert response.status_code == 200
    assert live.number in response.content.decode()
    # The badges handed out before still verify: the keys came back with them.
    assert {b.certificate.status: issuing.badge_check(b.document).state for b in Badge.objects.all()} == {
        "issued": "valid", "superseded": "revoked"}
    # The restored password hash still logs the trainee in.
    assert User.objects.get(username=rich["trainee"].username).check_password(factories.PASSWORD)
    # A second export of the restored database holds the same records.
    assert _records_only(export_text()) == _records_only(text)


def _records_only(text):
    rows = [json.loads(line) for line in text.splitlines()[1:]]
    for row in rows:
        row.pop("ref", None)
        row.pop("session", None)
    return sorted(json.dumps(r, sort_keys=True) for r in rows)


def test_import_into_non_empty_database_is_refused_and_changes_nothing(rich, tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text(export_text(), encoding="utf-8")
    before = canonical_dump()
    with pytest.raises(CommandError, match="already holds trainee records"):
        call_command("import_records", str(path))
    assert canonical_dump() == before


def test_existing_username_is_refused(rich):
    text = export_text()
    wipe_records()
    factories.make_user(email=rich["trainee"].username)
    with pytest.raises(RecordsError, match=f"user named {rich['trainee'].username} already exists"):
        records_import(stream=io.StringIO(text))
    assert User.objects.count() == 1 and not Enrollment.objects.exists()


def test_missing_pages_and_domains_are_listed_and_nothing_changes(rich, settings):
    text = export_text()
    wipe_records()
    course = rich["course"]
    course.slug = "renamed-course"
    course.save_revision().publish()
    CompetencyDomain.objects.filter(slug="mentoring").update(slug="mentoring-2")
    with pytest.raises(RecordsError) as error:
        records_import(stream=io.StringIO(text))
    message = str(error.value)
    assert "Missing pages" in message and "Missing competency domains in this database: mentoring" in message
    assert not User.objects.exists() and not Certificate.objects.exists()
    media = settings.MEDIA_ROOT / "certificates"
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))  # no orphan PDFs


def test_a_ledger_entry_of_someone_elses_enrollment_is_refused(rich):
    """A file whose ledger entry names one trainee and an enrollment of another (edited by hand, or
    from a database where that had happened) is refused: totals sum by enrollment, hours by user."""
    rows = [json.loads(line) for line in export_text().splitlines()]
    entry = next(r for r in rows if r["type"] == "hour_entry" and r["enrollment"] is not None)
    other = next(r["username"] for r in rows if r["type"] == "user" and r["username"] != entry["user"])
    entry["user"] = other
    wipe_records()
    with pytest.raises(RecordsError, match=f"Ledger entry {entry['key']} is {other}'s but names an enrollment of"):
        records_import(stream=io.StringIO("".join(json.dumps(r) + "\n" for r in rows)))
    assert not User.objects.exists() and not HourEntry.objects.exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("not json\n", "not valid JSON"),
        ('{"type": "header", "format": "something-else", "version": 1}\n', "not a coachtraining-records file"),
        ('{"type": "header", "format": "coachtraining-records", "version": 2}\n', "Unsupported .* version 2"),
        ('{"type": "header", "format": "coachtraining-records", "version": 1}\n', "no end record"),
    ],
)
def test_malformed_or_wrong_version_file_is_refused(db, text, message):
    with pytest.raises(RecordsError, match=message):
        records_import(stream=io.StringIO(text))


def test_truncated_file_is_refused(rich):
    lines = export_text().splitlines(keepends=True)
    wipe_records()
    with pytest.raises(RecordsError, match="no end record"):
        records_import(stream=io.StringIO("".join(lines[:-1])))
    assert not User.objects.exists()


def test_command_errors_are_one_line(tmp_path, db):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "header", "format": "coachtraining-records", "version": 9}\n', encoding="utf-8")
    with pytest.raises(CommandError, match="Unsupported"):
        call_command("import_records", str(bad))
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_records", str(tmp_path / "absent.jsonl"))


def test_export_to_stdout(rich):
    out = io.StringIO()
    call_command("export_records", stdout=out)
    lines = out.getvalue().splitlines()
    assert json.loads(lines[0])["type"] == "header" and json.loads(lines[-1])["type"] == "end"
    assert json.loads(lines[-1])["counts"]["hour_entry"] == HourEntry.objects.count()


def test_every_model_holding_people_is_exported_or_knowingly_left_out():
    """A new model that points at users must be added to the export (or to this list, with a reason)."""
    from django.apps import apps

    from certificates.models import BulkDownload
    from supervision.models import ExportLog

    left_out = {ExportLog}  # a log of CSV downloads, not a trainee record
    left_out.add(BulkDownload)  # a ZIP of certificates kept a day: a transient artefact, not a record
    for model in apps.get_models():
        if model._meta.app_label not in {"programs", "courses", "cohorts", "supervision", "readiness", "certificates"} or issubclass(model, Page):
            continue  # pages are curriculum (their owner fields come from Wagtail)
        fields = [*model._meta.concrete_fields, *model._meta.many_to_many]
        if any(getattr(f, "related_model", None) is User for f in fields):
            assert model in RECORD_MODELS or model in left_out, f"{model.__name__} is not in export_records"
