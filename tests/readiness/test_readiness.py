"""Credential frameworks: the seeded data, and readiness computed from the hours ledger."""
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cohorts import services as cohorts
from courses import services
from courses.models import CompetencyDomain, CoursePage, DeliveryMode, HourEntry, ModulePage
from programs.roles import Role
from readiness.models import CredentialFramework, FrameworkRequirement
from readiness.selectors import frameworks_for_choice, readiness
from supervision.models import PracticeEntry
from tests import factories
from tests.factories import cohorts as fc
from tests.factories import readiness as fr

pytestmark = pytest.mark.django_db

H = 60


@pytest.fixture
def loaded(db):
    call_command("load_curriculum", stdout=io.StringIO())


def _framework(slug):
    return next(f for f in frameworks_for_choice() if f.slug == slug)


def _lines(result):
    return {line.label: line for line in result.lines}


def complete_curriculum(user):
    """Attend every module of the three trainings live, as their facilitator guides deliver them:
    one cohort per course, one session per module scheduled from its guide, full attendance."""
    site = fc.default_site()
    facilitator = fc.make_staff(site, Role.FACILITATOR, first_name="Fay", last_name="Facilitator")
    for course in CoursePage.objects.live().filter(locale=Locale.get_default()).order_by("path"):
        cohort = fc.make_cohort(site=site, course=course, facilitators=[facilitator])
        enrollment, _ = fc.add_member(cohort=cohort, user=user, actor=facilitator)
        for module in ModulePage.objects.live().child_of(course).order_by("path"):
            session = fc.schedule_module(cohort=cohort, module=module, actor=facilitator)
            cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=module.live_minutes, actor=facilitator)


def curriculum_minutes_by_domain():
    """Live minutes of the three trainings by domain id, as their guides split them."""
    totals = {}
    for module in ModulePage.objects.live().filter(locale=Locale.get_default()):
        for domain_id, minutes in module.domain_split().items():
            totals[domain_id] = totals.get(domain_id, 0) + minutes
    return totals


# --- seeds --------------------------------------------------------------------------------------


def test_seeded_icrc_peer_recovery_has_exact_hours(loaded):
    framework = CredentialFramework.objects.get(slug="icrc-peer-recovery")
    assert (framework.training_minutes, framework.experience_minutes, framework.supervision_minutes) == (
        46 * H, 500 * H, 25 * H,
    )
    requirements = [(r.label, r.minutes, r.domain.slug, r.course_code) for r in framework.requirements.filter(stage="initial")]
    assert requirements == [
        ("Advocacy", 10 * H, "advocacy", ""),
        ("Mentoring/Education", 10 * H, "mentoring-education", ""),
        ("Recovery/Wellness Support", 10 * H, "recovery-wellness-support", ""),
        ("Ethical Responsibility", 16 * H, "ethical-responsibility", ""),
    ]
    assert sum(r.minutes for r in framework.requirements.filter(stage="initial")) == framework.training_minutes
    assert (framework.renewal_months, framework.renewal_minutes) == (24, 20 * H)
    assert [(r.label, r.minutes) for r in framework.requirements.filter(stage="renewal")] == [("Ethics", 6 * H)]


def test_seeded_ny_crpa_has_exact_hours(loaded):
    framework = CredentialFramework.objects.get(slug="ny-crpa")
    assert (framework.training_minutes, framework.experience_minutes, framework.supervision_minutes) == (
        50 * H, 500 * H, 25 * H,
    )
    requirements = [
        (r.label, r.minutes, r.domain.slug if r.domain else None, r.course_code)
        for r in framework.requirements.filter(stage="initial")
    ]
    assert requirements == [
        ("Ethics", 16 * H, "ethical-responsibility", ""),
        ("Medication Supported Recovery", 4 * H, None, "MAT4"),
    ]


def test_seeding_twice_changes_nothing(loaded):
    out = io.StringIO()
    call_command("load_curriculum", stdout=out)
    assert CredentialFramework.objects.count() == 5
    assert FrameworkRequirement.objects.count() == 14  # 11 for the first credential, 3 for renewal
    assert "exists   IC&RC Peer Recovery (PR)" in out.getvalue()


def test_seeding_never_overwrites_admin_edits(loaded):
    framework = CredentialFramework.objects.get(slug="ny-crpa")
    framework.training_minutes = 55 * H
    framework.save()
    framework.requirements.filter(course_code="MAT4").delete()
    call_command("load_curriculum", stdout=io.StringIO())
    framework.refresh_from_db()
    assert framework.training_minutes == 55 * H
    assert list(framework.requirements.values_list("label", "stage")) == [("Ethics", "initial"), ("Ethics", "renewal")]


def test_curriculum_check_accepts_the_frameworks():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "courses/curriculum/check.py"], cwd=root, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout
    assert "ny-crpa: training 50.0 h" in result.stdout


# --- readiness with the real curriculum ---------------------------------------------------------


def test_completed_curriculum_is_one_hour_short_of_ny_crpa(loaded, trainee):
    complete_curriculum(trainee)
    result = readiness(user=trainee, framework=_framework("ny-crpa"))
    lines = _lines(result)
    assert (lines["Training hours"].earned, lines["Training hours"].required) == (49 * H, 50 * H)
    assert lines["Training hours"].missing == H and not lines["Training hours"].met
    assert lines["Medication Supported Recovery"].earned == 4 * H and lines["Medication Supported Recovery"].met
    ethics_minutes = curriculum_minutes_by_domain()[CompetencyDomain.objects.get(slug="ethical-responsibility").pk]
    assert lines["Ethics"].earned == ethics_minutes
    assert lines["Ethics"].met == (ethics_minutes >= 16 * H)
    assert not result.met
    assert "Training hours" in result.summary


def test_the_three_trainings_attended_live_meet_icrc_training_by_domain(loaded, trainee):
    complete_curriculum(trainee)
    result = readiness(user=trainee, framework=_framework("icrc-peer-recovery"))
    lines = _lines(result)
    by_domain = curriculum_minutes_by_domain()
    domains = {d.slug: d.pk for d in CompetencyDomain.objects.all()}
    assert lines["Training hours"].earned == 49 * H and lines["Training hours"].met
    advocacy = lines["Advocacy"]
    assert advocacy.earned == by_domain[domains["advocacy"]] == 10 * H and advocacy.met
    assert lines["Ethical Responsibility"].earned == by_domain[domains["ethical-responsibility"]]
    assert lines["Ethical Responsibility"].required == 16 * H
    assert lines["Mentoring/Education"].earned == by_domain[domains["mentoring-education"]]
    assert lines["Recovery/Wellness Support"].earned == by_domain[domains["recovery-wellness-support"]]
    assert lines["Experience hours"].earned == 0 and lines["Supervision hours"].earned == 0
    assert not result.met
    assert all(lines[label].met for label in ("Mentoring/Education", "Recovery/Wellness Support", "Ethical Responsibility"))
    assert {line.label for line in result.missing_lines} == {"Experience hours", "Supervision hours"}


# --- what counts ----------------------------------------------------------------------------------


def _simple_framework(domain, **extra):
    framework = CredentialFramework.objects.create(
        slug="test-fw", name="Test credential", training_minutes=10 * H,
        experience_minutes=extra.get("experience", 2 * H), supervision_minutes=extra.get("supervision", H),
    )
    FrameworkRequirement.objects.create(framework=framework, label="Domain", minutes=5 * H, domain=domain)
    return _framework("test-fw")


def test_practice_counts_only_once_in_the_ledger(trainee, domain):
    framework = _simple_framework(domain)
    site = fr.default_site()
    # A logged but unapproved practice entry is not in the ledger, so it does not count.
    PracticeEntry.objects.create(
        site=site, trainee=trainee, performed_on="2026-01-05", minutes=90, domain=domain,
        service_type=PracticeEntry.ServiceType.DIRECT, description="Group facilitation",
    )
    assert readiness(user=trainee, framework=framework).experience.earned == 0
    fr.credit(trainee, domain=domain, minutes=90, source=HourEntry.Source.PRACTICE)
    result = readiness(user=trainee, framework=framework)
    assert result.experience.earned == 90 and result.training.earned == 0
    assert _lines(result)["Domain"].earned == 0


def test_supervision_counts_toward_supervision_only(trainee, domain):
    framework = _simple_framework(domain)
    fr.credit(trainee, domain=domain, minutes=H, source=HourEntry.Source.SUPERVISION)
    result = readiness(user=trainee, framework=framework)
    assert result.supervision.earned == H and result.supervision.met
    assert result.training.earned == 0


def test_negative_adjustment_reduces_totals(trainee, domain):
    framework = _simple_framework(domain)
    fr.credit(trainee, domain=domain, minutes=5 * H)
    assert _lines(readiness(user=trainee, framework=framework))["Domain"].met
    fr.credit(trainee, domain=domain, minutes=-30, source=HourEntry.Source.ADJUSTMENT)
    result = readiness(user=trainee, framework=framework)
    line = _lines(result)["Domain"]
    assert (line.earned, line.met, line.missing) == (4 * H + 30, False, 30)
    assert result.training.earned == 4 * H + 30


def test_only_negative_entries_show_zero_percent_and_full_gap(trainee, domain):
    framework = _simple_framework(domain)
    fr.credit(trainee, domain=domain, minutes=-30, source=HourEntry.Source.ADJUSTMENT)
    line = _lines(readiness(user=trainee, framework=framework))["Domain"]
    assert (line.percent, line.missing) == (0, 5 * H)


def test_course_code_requirement_counts_only_that_course(trainee, domain):
    mat = factories.make_course(domain=domain, title="MAT")
    CoursePage.objects.filter(pk=mat.pk).update(code="MAT4")
    other = factories.make_course(domain=domain, title="Other")
    framework = CredentialFramework.objects.create(slug="code-fw", name="Code", training_minutes=8 * H)
    FrameworkRequirement.objects.create(framework=framework, label="MSR", minutes=4 * H, course_code="MAT4")
    mat_enrollment, _ = services.enrollment_create(user=trainee, course=mat)
    other_enrollment, _ = services.enrollment_create(user=trainee, course=other)
    fr.credit(trainee, domain=domain, minutes=3 * H, enrollment=mat_enrollment)
    fr.credit(trainee, domain=domain, minutes=30, enrollment=mat_enrollment, source=HourEntry.Source.ATTENDANCE,
              mode=DeliveryMode.IN_PERSON)
    fr.credit(trainee, domain=domain, minutes=5 * H, enrollment=other_enrollment)
    result = readiness(user=trainee, framework=_framework("code-fw"))
    line = _lines(result)["MSR"]
    assert (line.earned, line.missing) == (3 * H + 30, 30)
    assert result.training.earned == 8 * H + 30 and result.training.met


def test_other_trainees_hours_never_count(trainee, other_trainee, domain):
    framework = _simple_framework(domain)
    fr.credit(other_trainee, domain=domain, minutes=10 * H)
    assert readiness(user=trainee, framework=framework).training.earned == 0


def test_everything_met_reports_ready(trainee, domain):
    framework = _simple_framework(domain)
    fr.credit(trainee, domain=domain, minutes=10 * H)
    fr.credit(trainee, domain=domain, minutes=2 * H, source=HourEntry.Source.PRACTICE)
    fr.credit(trainee, domain=domain, minutes=H, source=HourEntry.Source.SUPERVISION)
    result = readiness(user=trainee, framework=framework)
    assert result.met and result.missing_lines == []
    assert result.summary == "Every requirement of Test credential is met."


def test_face_to_face_share_of_training(trainee, domain):
    framework = _simple_framework(domain)
    assert readiness(user=trainee, framework=framework).in_person_percent == 0
    fr.credit(trainee, domain=domain, minutes=H, source=HourEntry.Source.ATTENDANCE, mode=DeliveryMode.IN_PERSON)
    fr.credit(trainee, domain=domain, minutes=2 * H, source=HourEntry.Source.ATTENDANCE, mode=DeliveryMode.LIVE_VIRTUAL)
    fr.credit(trainee, domain=domain, minutes=H)
    # Supervision in person is not training, so it does not change the share.
    fr.credit(trainee, domain=domain, minutes=H, source=HourEntry.Source.SUPERVISION, mode=DeliveryMode.IN_PERSON)
    result = readiness(user=trainee, framework=framework)
    assert (result.in_person_minutes, result.in_person_percent) == (H, 25)


def test_framework_without_experience_or_supervision_has_no_such_lines(trainee, domain):
    framework = _simple_framework(domain, experience=0, supervision=0)
    result = readiness(user=trainee, framework=framework)
    assert [line.kind for line in result.lines] == ["training", "requirement"]


@pytest.mark.parametrize("rows", [1, 500])
def test_readiness_runs_a_fixed_number_of_queries(trainee, domain, rows):
    _simple_framework(domain)
    fr.bulk_ledger(trainee, domain=domain, rows=rows)
    with CaptureQueriesContext(connection) as queries:
        framework = _framework("test-fw")
        result = readiness(user=trainee, framework=framework)
        _ = [line.percent for line in result.lines]
    assert len(queries) == 3  # frameworks, their requirements, the ledger aggregate
    assert result.training.earned == rows * 5


# --- the snippet editor -------------------------------------------------------------------------


def test_snippet_editor_edits_requirements_inline(client, loaded):
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    client.force_login(factories.make_user(is_superuser=True, is_staff=True))
    framework = CredentialFramework.objects.get(slug="ny-crpa")
    url = reverse("wagtailsnippets_readiness_credentialframework:edit", args=[framework.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert "requirements-TOTAL_FORMS" in response.content.decode()

    framework.requirements.filter(stage=FrameworkRequirement.Stage.RENEWAL).delete()
    ethics, msr = framework.requirements.all()
    domain = CompetencyDomain.objects.get(slug="advocacy")
    data = nested_form_data({
        "name": framework.name, "slug": framework.slug, "family": framework.family, "version": framework.version,
        "board": framework.board, "source_url": framework.source_url, "effective_from": "2022-04-01",
        "training_minutes": 50 * H, "experience_minutes": 500 * H, "supervision_minutes": 25 * H,
        "renewal_months": 36, "renewal_minutes": 28 * H, "notes": framework.notes,
        "requirements": inline_formset([
            {"id": ethics.pk, "stage": "initial", "label": "Ethics", "minutes": 16 * H, "sort_order": 0,
             "domain": ethics.domain_id, "course_code": ""},
            {"id": msr.pk, "stage": "initial", "label": "Medication Supported Recovery", "minutes": 4 * H, "sort_order": 1,
             "domain": "", "course_code": "MAT4", "DELETE": "1"},
            {"stage": "renewal", "label": "Advocacy", "minutes": 2 * H, "sort_order": 2, "domain": domain.pk, "course_code": ""},
        ], initial=2),
    })
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert list(framework.requirements.values_list("label", "minutes", "stage")) == [
        ("Ethics", 16 * H, "initial"), ("Advocacy", 2 * H, "renewal"),
    ]
