"""Live sessions scheduled from a module's facilitator guide: the module's minutes, the guide's
domain split and the module's lessons; one module never credits a trainee more than its live
minutes, whatever the mix of online and live."""
import pytest
from django.core.exceptions import ValidationError
from django.db.models import Sum

from cohorts import services as cohorts
from cohorts.models import LiveSession
from courses import services
from courses.models import HourEntry, LessonProgress, ModulePage
from programs.roles import Role
from tests import factories
from tests.factories import cohorts as fc

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    return fc.default_site()


@pytest.fixture
def facilitator(site):
    return fc.make_staff(site, Role.FACILITATOR, first_name="Fay", last_name="Facilitator")


@pytest.fixture
def mentoring(db):
    return factories.make_domain("mentoring-education", "Mentoring/Education")


@pytest.fixture
def module(course, domain, mentoring):
    """Lessons 20 + 20 and a 10-minute quiz online (50 min); 90 minutes live, 60 of them in the
    module's domain and 30 in Mentoring/Education."""
    module = ModulePage.objects.child_of(course).get()
    return fc.add_guide(
        module, live_minutes=90,
        segments=[fc.segment("Welcome", 20), fc.segment("Practice", 30, method="small_group", domain=mentoring), fc.segment("Skills", 40)],
    )


@pytest.fixture
def cohort(site, course, facilitator):
    return fc.make_cohort(site=site, course=course, facilitators=[facilitator])


def member(cohort, facilitator):
    enrollment, _ = fc.add_member(cohort=cohort, user=factories.make_user(), actor=facilitator)
    return enrollment


def complete_online(enrollment, lesson):
    services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
    services.lesson_complete(enrollment=enrollment, lesson=lesson)


def by_domain(enrollment):
    rows = HourEntry.objects.filter(enrollment=enrollment).values("domain__slug").annotate(total=Sum("minutes"))
    return {row["domain__slug"]: row["total"] for row in rows if row["total"]}


def test_a_guide_splits_the_module_minutes_by_domain(module, domain, mentoring):
    assert module.guide_agenda_minutes() == 90
    assert module.domain_split() == {domain.pk: 60, mentoring.pk: 30}


def test_a_module_without_a_guide_credits_its_domain(course, domain):
    module = ModulePage.objects.child_of(course).get()
    module.live_minutes = 45
    assert module.domain_split() == {domain.pk: 45}


def test_a_guide_must_fill_the_module_minutes(module):
    module.live_minutes = 120
    with pytest.raises(ValidationError, match="adds up to 90 minutes"):
        module.full_clean()


def test_scheduling_from_a_guide_takes_its_minutes_domains_and_lessons(cohort, module, facilitator, domain, mentoring):
    session = fc.schedule_module(cohort=cohort, module=module, actor=facilitator)
    assert (session.title, session.duration_minutes, session.module_id) == (module.title, 90, module.pk)
    assert {s.domain_id: s.minutes for s in session.domain_split.all()} == {domain.pk: 60, mentoring.pk: 30}
    assert set(session.covers.all()) == set(factories.lessons_of(module))


def test_only_a_module_of_the_cohorts_course_can_be_scheduled(cohort, facilitator, site):
    other = fc.make_course_on(site)
    with pytest.raises(cohorts.CohortError, match="module of the cohort's course"):
        fc.schedule_module(cohort=cohort, module=ModulePage.objects.child_of(other).get(), actor=facilitator)
    assert not LiveSession.objects.exists()


def test_only_the_cohorts_staff_schedule_from_a_guide(cohort, module, site):
    outsider = fc.make_staff(site, Role.FACILITATOR)
    with pytest.raises(cohorts.CohortPermissionDenied):
        fc.schedule_module(cohort=cohort, module=module, actor=outsider)


def test_full_attendance_credits_the_guides_split_and_completes_the_lessons(cohort, module, facilitator):
    enrollment = member(cohort, facilitator)
    session = fc.schedule_module(cohort=cohort, module=module, actor=facilitator)
    outcome = cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=90, actor=facilitator)
    assert outcome.minutes_credited == 90 and outcome.lessons_completed == 2
    assert by_domain(enrollment) == {"advocacy": 60, "mentoring-education": 30}
    assert set(HourEntry.objects.filter(enrollment=enrollment).values_list("page_id", flat=True)) == {module.pk}


def test_partial_attendance_splits_in_proportion_and_corrections_add_the_difference(cohort, module, facilitator):
    enrollment = member(cohort, facilitator)
    session = fc.schedule_module(cohort=cohort, module=module, actor=facilitator)
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=45, actor=facilitator)
    assert by_domain(enrollment) == {"advocacy": 30, "mentoring-education": 15}
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=90, actor=facilitator)
    assert by_domain(enrollment) == {"advocacy": 60, "mentoring-education": 30}
    again = cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=90, actor=facilitator)
    assert again.minutes_credited == 0 and HourEntry.objects.filter(enrollment=enrollment).count() == 4
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=0, actor=facilitator)
    assert by_domain(enrollment) == {}


def test_online_credit_first_then_the_session_credits_only_the_rest(cohort, module, facilitator):
    enrollment = member(cohort, facilitator)
    first = factories.lessons_of(module)[0]
    complete_online(enrollment, first)
    session = fc.schedule_module(cohort=cohort, module=module, actor=facilitator)
    outcome = cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=90, actor=facilitator)
    assert outcome.minutes_credited == 70
    assert sum(by_domain(enrollment).values()) == 90  # the module's live minutes, not 90 + 20


def test_the_session_first_then_online_work_adds_nothing_more(cohort, module, facilitator, course):
    enrollment = member(cohort, facilitator)
    session = fc.schedule_module(cohort=cohort, module=module, actor=facilitator)
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=90, actor=facilitator)
    assert LessonProgress.objects.filter(enrollment=enrollment, completed_at__isnull=False).count() == 2
    quiz = factories.quizzes_of(course)[0]
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz))
    assert sum(by_domain(enrollment).values()) == 90
    assert not HourEntry.objects.filter(enrollment=enrollment, source=HourEntry.Source.QUIZ).exists()


def test_part_of_a_session_then_online_work_fills_the_module_and_no_more(cohort, module, facilitator, course):
    enrollment = member(cohort, facilitator)
    session = fc.schedule_module(cohort=cohort, module=module, actor=facilitator)
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=60, actor=facilitator)
    for lesson in factories.lessons_of(module):
        complete_online(enrollment, lesson)
    quiz = factories.quizzes_of(course)[0]
    services.quiz_attempt_submit(attempt=services.quiz_attempt_start(enrollment=enrollment, quiz=quiz), answers=factories.answers_for(quiz))
    assert sum(by_domain(enrollment).values()) == 90  # 60 live + 20 + 10 of the 50 online minutes
