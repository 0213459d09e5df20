"""Property-based tests (Hypothesis) for the hours arithmetic: the ledger, attendance corrections,
lesson and quiz credit, course completion, and the ``hours`` template filter.

The database tests run several examples inside one test transaction: each example makes its own
trainee (and session), so examples never see each other's rows.
"""
from __future__ import annotations

import pytest
from django.db.models import Sum
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from cohorts import services as cohorts
from courses import services
from courses.grading import questions_from_stream
from courses.models import HourEntry
from courses.selectors import CompletionFacts, course_completion_missing
from courses.templatetags.course_tags import hours
from programs.roles import Role
from tests import factories
from tests.factories import cohorts as fc

DB = settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

SESSION_MINUTES = 90


# --- the hours filter (pure) --------------------------------------------------------------------


@settings(max_examples=500, deadline=None, database=None)
@given(st.integers(min_value=-(2**31), max_value=2**31 - 1))
def test_hours_filter_is_within_a_twentieth_of_an_hour(minutes):
    shown = hours(minutes)
    assert shown == f"{float(shown):.1f}"  # always one decimal
    assert abs(float(shown) - minutes / 60) <= 0.05 + 1e-9


@settings(max_examples=200, deadline=None, database=None)
@given(st.integers(min_value=-(10**6), max_value=10**6))
def test_hours_filter_accepts_numeric_strings(minutes):
    assert hours(str(minutes)) == hours(minutes)


# --- attendance corrections -----------------------------------------------------------------------


@pytest.fixture
def attendance_world(db):
    site = fc.default_site()
    course = factories.make_course(domain=factories.make_domain())
    facilitator = fc.make_staff(site, Role.FACILITATOR, first_name="Fay", last_name="Facilitator")
    cohort = fc.make_cohort(site=site, course=course, facilitators=[facilitator])
    return cohort, facilitator


def _attendance_total(attendance) -> int:
    return (
        HourEntry.objects.filter(key__startswith=f"attendance:{attendance.pk}:").aggregate(t=Sum("minutes"))["t"] or 0
    )


@pytest.mark.django_db
@DB
@given(
    st.lists(
        st.one_of(
            st.integers(min_value=0, max_value=SESSION_MINUTES),
            st.sampled_from([0, SESSION_MINUTES, SESSION_MINUTES + 1, 10_000, -5]),
        ),
        min_size=1,
        max_size=8,
    ).flatmap(lambda xs: st.permutations(xs + xs[: len(xs) // 2]))  # repeated values, in any order
)
def test_attendance_ledger_always_sums_to_the_last_recorded_minutes(attendance_world, recordings):
    cohort, facilitator = attendance_world
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=SESSION_MINUTES)
    enrollment, _ = fc.add_member(cohort=cohort, user=factories.make_user(), actor=facilitator)
    before = list(HourEntry.objects.filter(enrollment=enrollment).order_by("pk").values())
    assert before == []
    last = None
    for raw in recordings:
        capped = max(0, min(raw, SESSION_MINUTES))
        outcome = cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=raw, actor=facilitator)
        rows = list(HourEntry.objects.filter(enrollment=enrollment).order_by("pk").values())
        # Entries are only ever added, never edited or removed.
        assert rows[: len(before)] == before
        added = len(rows) - len(before)
        assert added in (0, 1)
        previous_total = sum(r["minutes"] for r in before)
        if capped == previous_total:
            assert added == 0, f"re-recording {capped} min added a row"
            assert outcome.minutes_credited == 0
        else:
            assert added == 1
            assert rows[-1]["minutes"] == capped - previous_total == outcome.minutes_credited
            if rows[-1]["minutes"] < 0:
                event("negative correction")
        assert outcome.attendance.minutes_attended == capped
        assert _attendance_total(outcome.attendance) == capped
        assert sum(r["minutes"] for r in rows) == capped
        before = rows
        last = capped
    assert last is not None


# --- lessons, quizzes and course completion ----------------------------------------------------------

LESSON_MINUTES = 20
QUIZ_MINUTES = 10
PASS_MARK = 50


@pytest.fixture
def learning_course(db):
    course = factories.make_course(
        modules=2,
        lessons_per_module=2,
        lesson_minutes=LESSON_MINUTES,
        quiz_minutes=QUIZ_MINUTES,
        min_engaged_seconds=0,
        pass_mark=PASS_MARK,
        max_attempts=0,  # unlimited
        shuffle=False,
    )
    lessons = factories.lessons_of(course)
    quizzes = factories.quizzes_of(course)
    questions = {quiz.pk: questions_from_stream(quiz.questions) for quiz in quizzes}
    return course, lessons, quizzes, questions


@st.composite
def answer_choices(draw):
    """For each of the default quiz's two questions: answer right (True) or with a wrong valid answer."""
    return [draw(st.booleans()) for _ in range(len(factories.DEFAULT_QUESTIONS))]


def _answers(questions, rights):
    answers = {}
    for q, right in zip(questions, rights):
        if right:
            answers[q.id] = [c.id for c in q.choices if c.correct]
        else:
            answers[q.id] = [next(c.id for c in q.choices if not c.correct)]
    return answers


steps = st.one_of(
    st.tuples(st.just("lesson"), st.integers(0, 3)),
    st.tuples(st.just("quiz"), st.integers(0, 1), answer_choices()),
)


@pytest.mark.django_db
@DB
@given(st.lists(steps, min_size=1, max_size=12))
def test_ledger_total_and_completion_follow_distinct_lessons_and_passed_quizzes(learning_course, actions):
    course, lessons, quizzes, questions = learning_course
    enrollment, _ = services.enrollment_create(user=factories.make_user(), course=course)
    completed_lessons: set[int] = set()
    passed_quizzes: set[int] = set()
    for action in actions:
        if action[0] == "lesson":
            lesson = lessons[action[1]]
            services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
            services.lesson_complete(enrollment=enrollment, lesson=lesson)
            completed_lessons.add(lesson.pk)
        else:
            quiz = quizzes[action[1]]
            rights = action[2]
            attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
            attempt = services.quiz_attempt_submit(attempt=attempt, answers=_answers(questions[quiz.pk], rights))
            score = 100 * sum(rights) // len(rights)
            assert attempt.score == score
            assert attempt.passed is (score >= PASS_MARK)
            if attempt.passed:
                passed_quizzes.add(quiz.pk)

        expected = LESSON_MINUTES * len(completed_lessons) + QUIZ_MINUTES * len(passed_quizzes)
        total = HourEntry.objects.filter(enrollment=enrollment).aggregate(t=Sum("minutes"))["t"] or 0
        assert total == expected
        assert HourEntry.objects.filter(enrollment=enrollment).count() == len(completed_lessons) + len(passed_quizzes)

        facts = CompletionFacts(
            minutes_earned=expected,
            lessons_completed=len(completed_lessons),
            lessons_total=len(lessons),
            quizzes_passed=len(passed_quizzes),
            quizzes_total=len(quizzes),
        )
        assert services.enrollment_completion_facts(enrollment=enrollment) == facts
        enrollment.refresh_from_db()
        assert (enrollment.completed_at is not None) == (not course_completion_missing(course=course, facts=facts))
    event("course completed" if enrollment.completed_at else "course not completed")
