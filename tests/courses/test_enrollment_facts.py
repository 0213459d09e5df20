"""The per-enrollment facts (plain SQL in ``courses.enrollment_facts``) give exactly what the
ORM gives, on SQLite and on PostgreSQL."""
from __future__ import annotations

import random
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Count, Max, Q, Sum
from django.utils import timezone

from courses import enrollment_facts as facts
from courses.models import DeliveryMode, Enrollment, HourEntry, LessonProgress, QuizAttempt
from courses.services import enrollment_create
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def ledger_world():
    """Three trainees in two courses with random attempts (submitted or not, passed, failed or
    unknown) and ledger entries (corrections, several domains, one without an enrollment)."""
    rng = random.Random(7)
    domains = [factories.make_domain("advocacy"), factories.make_domain("ethics")]
    courses = [factories.make_course(domain=domains[0], modules=2), factories.make_course(domain=domains[1])]
    quizzes = [q for course in courses for q in factories.quizzes_of(course)]
    now = timezone.now()
    enrollments = []
    for n in range(3):
        user = factories.make_user(email=f"agg{n}@example.org")
        for course in courses[: n + 1] if n < 2 else courses:
            enrollment, _ = enrollment_create(user=user, course=course)
            enrollments.append(enrollment)
    key = 0
    for enrollment in enrollments:
        for quiz in quizzes:
            if quiz.get_parent().get_parent().pk != enrollment.course_id:
                continue
            for number in range(1, rng.randint(0, 4) + 1):
                submitted = rng.random() < 0.8
                QuizAttempt.objects.create(
                    enrollment=enrollment, quiz=quiz, number=number, started_at=now,
                    submitted_at=now - timedelta(minutes=rng.randint(0, 10_000)) if submitted else None,
                    score=rng.choice([None, 0, 40, 75, 100]) if submitted else None,
                    passed=rng.choice([True, False, None]) if submitted else None,
                )
        for _ in range(rng.randint(0, 6)):
            key += 1
            HourEntry.objects.create(
                user=enrollment.user, enrollment=enrollment, domain=rng.choice(domains),
                minutes=rng.choice([-30, 5, 20, 90]), source=HourEntry.Source.ADJUSTMENT,
                delivery_mode=DeliveryMode.ONLINE, description="test", key=f"agg:{key}", occurred_at=now,
            )
    HourEntry.objects.create(
        user=enrollments[0].user, enrollment=None, domain=domains[0], minutes=45,
        source=HourEntry.Source.PRACTICE, delivery_mode=DeliveryMode.IN_PERSON, description="no course", key="agg:none", occurred_at=now,
    )
    return enrollments


def _orm_quiz_stats(ids):
    return {
        (row["enrollment_id"], row["quiz_id"]): row
        for row in QuizAttempt.objects.filter(enrollment_id__in=ids, submitted_at__isnull=False)
        .values("enrollment_id", "quiz_id")
        .annotate(attempts=Count("id"), best=Max("score"), passes=Count("id", filter=Q(passed=True)))
        .order_by()
    }


def _orm_minutes(ids):
    minutes = {}
    for row in (
        HourEntry.objects.filter(enrollment_id__in=ids).values("enrollment_id", "domain_id")
        .annotate(minutes=Sum("minutes")).order_by()
    ):
        minutes.setdefault(row["enrollment_id"], {})[row["domain_id"]] = row["minutes"]
    return minutes


def test_quiz_stats_equal_the_orm_aggregate_for_a_list_and_a_subquery(ledger_world):
    ids = [e.pk for e in ledger_world]
    expected = _orm_quiz_stats(ids)
    assert expected, "the fixture made submitted attempts"
    for source in (ids, Enrollment.objects.filter(pk__in=ids).values("pk")):
        assert facts.quiz_stats_by_enrollment(source) == expected
    subset = ids[:2]
    assert facts.quiz_stats_by_enrollment(subset) == _orm_quiz_stats(subset)


def _orm_last_submissions(ids):
    return dict(
        QuizAttempt.objects.filter(enrollment_id__in=ids, submitted_at__isnull=False)
        .values("enrollment_id").annotate(last=Max("submitted_at")).order_by().values_list("enrollment_id", "last")
    )


def test_quiz_stats_and_last_submission_equal_the_orm_from_one_query(ledger_world, django_assert_num_queries):
    ids = [e.pk for e in ledger_world]
    expected = _orm_last_submissions(ids)
    assert expected and QuizAttempt.objects.filter(submitted_at__isnull=True).exists()
    # The latest submission is picked across quizzes: some enrollment's quizzes have different latest times.
    per_quiz = QuizAttempt.objects.filter(enrollment_id__in=ids, submitted_at__isnull=False).values(
        "enrollment_id", "quiz_id").annotate(last=Max("submitted_at")).order_by()
    latest_by_enrollment = {}
    for row in per_quiz:
        latest_by_enrollment.setdefault(row["enrollment_id"], set()).add(row["last"])
    assert any(len(times) > 1 for times in latest_by_enrollment.values())
    padded = ids + list(range(10**9, 10**9 + facts.ARRAY_FROM))  # bound as one array on PostgreSQL
    for source in (ids, padded, Enrollment.objects.filter(pk__in=ids).values("pk")):
        with django_assert_num_queries(1):
            stats, found = facts.quiz_stats_and_last_submission(source)
        assert stats == _orm_quiz_stats(ids) == facts.quiz_stats_by_enrollment(source)
        assert found == expected and all(moment.tzinfo is not None for moment in found.values())
    stats, found = facts.quiz_stats_and_last_submission(ids[:1])
    assert found == {k: v for k, v in expected.items() if k == ids[0]}
    assert facts.quiz_stats_and_last_submission([]) == ({}, {})


def test_last_submission_of_a_whole_second_against_a_fraction_of_it(ledger_world):
    """The latest time is chosen among the raw values: on SQLite, text that drops ``.000000`` when
    the microseconds are zero. 10:00:00.250 is later than 10:00:00, whichever quiz holds it."""
    enrollment = ledger_world[0]  # in the course with two modules, a quiz each
    QuizAttempt.objects.filter(enrollment=enrollment).delete()
    first, second = factories.quizzes_of(enrollment.course)
    whole = timezone.now().replace(microsecond=0) + timedelta(days=1)
    for quiz, moment in ((first, whole + timedelta(milliseconds=250)), (second, whole)):
        QuizAttempt.objects.create(enrollment=enrollment, quiz=quiz, number=1, started_at=whole,
                                   submitted_at=moment, score=50, passed=False)
    assert facts.quiz_stats_and_last_submission([enrollment.pk])[1] == {enrollment.pk: whole + timedelta(milliseconds=250)}
    QuizAttempt.objects.filter(quiz=first, enrollment=enrollment).update(submitted_at=whole - timedelta(milliseconds=250))
    assert facts.quiz_stats_and_last_submission([enrollment.pk])[1] == {enrollment.pk: whole}


def test_minutes_equal_the_orm_sum_for_a_list_and_a_subquery(ledger_world):
    ids = [e.pk for e in ledger_world]
    expected = _orm_minutes(ids)
    assert expected, "the fixture made ledger entries"
    padded = ids + list(range(10**9, 10**9 + facts.ARRAY_FROM))
    for source in (ids, padded, Enrollment.objects.filter(pk__in=ids).values("pk")):
        assert dict(facts.minutes_by_enrollment_and_domain(source)) == expected
    assert None not in facts.minutes_by_enrollment_and_domain(ids)  # entries outside a course are not counted


def test_completed_lessons_equal_the_orm_query(ledger_world):
    ids = [e.pk for e in ledger_world]
    now = timezone.now()
    for n, enrollment in enumerate(ledger_world):
        for m, lesson in enumerate(factories.lessons_of(enrollment.course)):
            if (n + m) % 3:
                LessonProgress.objects.create(
                    enrollment=enrollment, lesson=lesson, first_viewed_at=now, last_seen_at=now,
                    completed_at=now if (n + m) % 3 == 1 else None,  # some viewed only
                )
    expected = {}
    for enrollment_id, lesson_id in LessonProgress.objects.filter(
        enrollment_id__in=ids, completed_at__isnull=False
    ).values_list("enrollment_id", "lesson_id"):
        expected.setdefault(enrollment_id, set()).add(lesson_id)
    assert expected and LessonProgress.objects.filter(completed_at__isnull=True).exists()
    for source in (ids, Enrollment.objects.filter(pk__in=ids).values("pk")):
        assert dict(facts.completed_lessons_by_enrollment(source)) == expected


def test_no_enrollments_give_empty_results_without_a_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert facts.quiz_stats_by_enrollment([]) == {}
        assert facts.minutes_by_enrollment_and_domain([]) == {}
        assert facts.completed_lessons_by_enrollment([]) == {}
        assert facts.quiz_stats_and_last_submission([]) == ({}, {})
        # A subquery that cannot match (the ORM compiles no SQL for it).
        assert facts.quiz_stats_by_enrollment(Enrollment.objects.filter(course_id__in=[]).values("pk")) == {}
        assert facts.minutes_by_enrollment_and_domain(Enrollment.objects.none().values("pk")) == {}
    assert facts.quiz_stats_by_enrollment(Enrollment.objects.filter(pk=-1).values("pk")) == {}
    assert facts.minutes_by_enrollment_and_domain(Enrollment.objects.filter(pk=-1).values("pk")) == {}


def test_minutes_total_equals_the_orm_sum(ledger_world):
    for enrollment in ledger_world:
        expected = HourEntry.objects.filter(enrollment=enrollment).aggregate(t=Sum("minutes"))["t"] or 0
        assert facts.minutes_total(enrollment.pk) == expected
    assert facts.minutes_total(-1) == 0  # no entries


def test_minutes_by_domain_and_mode_equal_the_orm_sum(ledger_world):
    HourEntry.objects.create(
        user=ledger_world[0].user, enrollment=ledger_world[0], domain=HourEntry.objects.first().domain, minutes=60,
        source=HourEntry.Source.ATTENDANCE, delivery_mode=DeliveryMode.IN_PERSON, description="a session",
        key="agg:session", occurred_at=timezone.now(),
    )
    for enrollment in ledger_world:
        expected = {
            (row["domain_id"], row["delivery_mode"]): row["minutes"]
            for row in HourEntry.objects.filter(enrollment=enrollment)
            .values("domain_id", "delivery_mode").annotate(minutes=Sum("minutes")).order_by()
        }
        found = facts.minutes_by_domain_and_mode(enrollment.pk)
        assert {(domain, mode): minutes for domain, mode, minutes in found} == expected
        assert len(found) == len(expected)
    assert len({mode for _, mode, _ in facts.minutes_by_domain_and_mode(ledger_world[0].pk)}) == 2
    assert facts.minutes_by_domain_and_mode(-1) == []


def test_lesson_progress_equals_the_orm_aggregate(ledger_world):
    """Lessons completed among those asked for, and the latest view, to the microsecond."""
    ids = [e.pk for e in ledger_world]
    base = timezone.now().replace(microsecond=999_999)
    all_lessons = set()
    for n, enrollment in enumerate(ledger_world):
        for m, lesson in enumerate(factories.lessons_of(enrollment.course)):
            all_lessons.add(lesson.pk)
            if (n + m) % 3:
                seen = base - timedelta(days=n, seconds=m, microseconds=7 * m + n)
                LessonProgress.objects.create(
                    enrollment=enrollment, lesson=lesson, first_viewed_at=seen, last_seen_at=seen,
                    completed_at=seen if (n + m) % 3 == 1 else None,
                )
    counted = sorted(all_lessons)[1:]  # one lesson left out of the count (say, no longer in the course)

    def orm(lessons):
        return {
            row["enrollment_id"]: (row["done"], row["last"])
            for row in LessonProgress.objects.filter(enrollment_id__in=ids)
            .values("enrollment_id")
            .annotate(done=Count("id", filter=Q(completed_at__isnull=False, lesson_id__in=lessons)), last=Max("last_seen_at"))
            .order_by()
        }

    expected = orm(counted)
    assert len(expected) == len(ledger_world) and any(done for done, _ in expected.values())
    assert len({last.microsecond for _, last in expected.values()}) > 1
    padded = ids + list(range(10**9, 10**9 + facts.ARRAY_FROM))  # long enough to be bound as one array
    for source in (ids, padded, Enrollment.objects.filter(pk__in=ids).values("pk")):
        found = facts.lesson_progress_by_enrollment(source, counted)
        assert found == expected
        assert all(last.tzinfo is not None and last.utcoffset() == timedelta(0) for _, last in found.values())
    assert facts.lesson_progress_by_enrollment(ids, []) == {k: (0, last) for k, (_, last) in expected.items()}
    assert facts.lesson_progress_by_enrollment(ids[:1], set(counted)) == {ids[0]: expected[ids[0]]}


def test_ledger_by_user_equals_the_orm_aggregate(ledger_world):
    """Minutes outside any enrollment, by source, and the latest entry of any kind, per user."""
    users = sorted({e.user_id for e in ledger_world})
    now = timezone.now()
    domain = HourEntry.objects.first().domain
    for n, (user_id, source, minutes, enrolled) in enumerate([
        (users[0], HourEntry.Source.SUPERVISION, 60, False),
        (users[0], HourEntry.Source.SUPERVISION, -15, False),  # a correction
        (users[1], HourEntry.Source.PRACTICE, 30, False),
        (users[1], HourEntry.Source.ADJUSTMENT, 20, True),  # in a course: not counted here, but the latest
    ]):
        enrollment = next(e for e in ledger_world if e.user_id == user_id) if enrolled else None
        HourEntry.objects.create(
            user_id=user_id, enrollment=enrollment, domain=domain, minutes=minutes, source=source,
            delivery_mode=DeliveryMode.IN_PERSON, description="test", key=f"by-user:{n}",
            occurred_at=now + timedelta(hours=n + 1, microseconds=n * 101 + 3),
        )
    expected_minutes, expected_last = {}, {}
    for row in (
        HourEntry.objects.filter(user_id__in=users).values("user_id", "source")
        .annotate(minutes=Sum("minutes", filter=Q(enrollment__isnull=True)), last=Max("occurred_at")).order_by()
    ):
        if row["minutes"]:
            expected_minutes.setdefault(row["user_id"], {})[row["source"]] = row["minutes"]
        expected_last[row["user_id"]] = max(expected_last.get(row["user_id"], row["last"]), row["last"])
    assert expected_minutes[users[0]][HourEntry.Source.SUPERVISION] == 45
    assert expected_last[users[1]] == now + timedelta(hours=4, microseconds=306)
    padded = users + list(range(10**9, 10**9 + facts.ARRAY_FROM))
    for source in (users, padded, get_user_model().objects.filter(pk__in=users).values("pk")):
        minutes, last = facts.ledger_by_user(source)
        assert minutes == expected_minutes and last == expected_last


def test_no_users_or_enrollments_give_empty_results_without_a_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert facts.ledger_by_user([]) == ({}, {})
        assert facts.lesson_progress_by_enrollment([], [1, 2]) == {}
        assert facts.lesson_progress_by_enrollment(Enrollment.objects.none().values("pk"), [1]) == {}


def test_ids_or_subquery_keeps_the_ids_unless_sqlite_would_bind_too_many(ledger_world):
    from django.db import connection

    ids = [e.pk for e in ledger_world]
    query = Enrollment.objects.filter(pk__in=ids).values("pk")
    assert facts.ids_or_subquery(ids, query) is ids
    long = ids + list(range(10**9, 10**9 + facts.SUBQUERY_FROM))
    chosen = facts.ids_or_subquery(long, query)
    if connection.vendor == "postgresql":
        assert chosen is long  # one array parameter, however long
    else:
        assert chosen is query  # SQLite limits bound parameters
    # Either way the facts are the same.
    assert facts.minutes_by_enrollment_and_domain(chosen) == _orm_minutes(ids)
