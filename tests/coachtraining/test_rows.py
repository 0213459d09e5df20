"""``coachtraining.rows.get`` builds exactly the instance the ORM builds, on SQLite and PostgreSQL."""
from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from coachtraining import rows
from courses.models import CoursePage, DeliveryMode, Enrollment, HourEntry, LessonProgress, QuizAttempt
from courses.services import enrollment_create
from tests import factories

User = get_user_model()


def assert_same(found, expected):
    """Same model, same primary key, and every concrete field equal in value and in type."""
    assert type(found) is type(expected)
    assert found._state.adding is False and found._state.db == expected._state.db
    for field in expected._meta.concrete_fields:
        mine, theirs = getattr(found, field.attname), getattr(expected, field.attname)
        assert mine == theirs, field.name
        assert type(mine) is type(theirs), field.name


@pytest.fixture
def world(db):
    domain = factories.make_domain("advocacy")
    course = factories.make_course(domain=domain)
    now = timezone.now().replace(microsecond=123456)
    trainee = factories.make_user(email="rows@example.org", first_name="Ré", last_name="O'Neil")
    trainee.last_login = now
    trainee.save()
    never = factories.make_user(email="never@example.org")  # last_login NULL
    enrollment, _ = enrollment_create(user=trainee, course=course)
    Enrollment.objects.filter(pk=enrollment.pk).update(completed_at=now - timedelta(days=1))
    lesson = factories.lessons_of(course)[0]
    quiz = factories.quizzes_of(course)[0]
    progress = LessonProgress.objects.create(
        enrollment=enrollment, lesson=lesson, first_viewed_at=now, last_seen_at=now, engaged_seconds=42
    )
    attempt = QuizAttempt.objects.create(
        enrollment=enrollment, quiz=quiz, number=1, started_at=now, submitted_at=now, score=75, passed=True,
        answers={"q1": ["c2", "c3"]}, feedback={"q1": {"correct": False, "note": "<b>é</b>"}},
    )
    open_attempt = QuizAttempt.objects.create(enrollment=enrollment, quiz=quiz, number=2, started_at=now)
    entry = HourEntry.objects.create(
        user=trainee, enrollment=None, domain=domain, minutes=-30, source=HourEntry.Source.ADJUSTMENT,
        delivery_mode=DeliveryMode.ONLINE, description="no course", key="rows:1", occurred_at=now,
    )
    return {
        "trainee": trainee, "never": never, "enrollment": enrollment, "course": course, "progress": progress,
        "attempt": attempt, "open_attempt": open_attempt, "entry": entry,
    }


def test_every_kind_of_field_as_the_orm_gives_it(world):
    # datetimes (set and NULL), booleans, text, integers, JSON, NULL foreign keys, choices.
    for model, obj in [
        (User, world["trainee"]), (User, world["never"]), (Enrollment, world["enrollment"]),
        (LessonProgress, world["progress"]), (QuizAttempt, world["attempt"]), (QuizAttempt, world["open_attempt"]),
        (HourEntry, world["entry"]),
    ]:
        assert_same(rows.get(model, pk=obj.pk), model.objects.get(pk=obj.pk))


def test_lookups_by_instance_by_id_and_several_fields(world):
    trainee, course, enrollment = world["trainee"], world["course"], world["enrollment"]
    expected = Enrollment.objects.get(pk=enrollment.pk)
    assert_same(rows.get(Enrollment, user=trainee, course=course), expected)
    assert_same(rows.get(Enrollment, user=trainee.pk, course=course.pk), expected)
    assert_same(rows.get(Enrollment, user=str(trainee.pk), course=course.pk), expected)  # as a session stores it
    assert rows.get(Enrollment, user=world["never"], course=course) is None
    assert rows.get(User, pk=10**9) is None


def test_a_joined_relation_is_loaded_and_filters(world, django_assert_num_queries):
    attempt, trainee = world["attempt"], world["trainee"]
    with django_assert_num_queries(1):
        found = rows.get(QuizAttempt, pk=attempt.pk, enrollment__user=trainee.pk, related=("enrollment",))
        assert found.enrollment.user_id == trainee.pk  # loaded by the same query
    assert_same(found, QuizAttempt.objects.get(pk=attempt.pk))
    assert_same(found.enrollment, Enrollment.objects.get(pk=attempt.enrollment_id))
    # Another user's attempt: nothing, as the view's 404 needs.
    assert rows.get(QuizAttempt, pk=attempt.pk, enrollment__user=world["never"].pk, related=("enrollment",)) is None
    # A nullable key with no row behind it: cached as None (no query when read).
    entry = rows.get(HourEntry, pk=world["entry"].pk, related=("enrollment", "domain"))
    with django_assert_num_queries(0):
        assert entry.enrollment is None
        assert entry.domain.slug == "advocacy"


def test_one_query_and_the_sql_built_once(world, django_assert_num_queries):
    rows._shape.cache_clear()
    with django_assert_num_queries(2):
        rows.get(User, pk=world["trainee"].pk)
        rows.get(User, pk=world["never"].pk)
    info = rows._shape.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_refuses_what_it_does_not_do(world):
    with pytest.raises(User.MultipleObjectsReturned):
        rows.get(User, is_active=True)
    with pytest.raises(ValueError):
        rows.get(User, pk=None)
    with pytest.raises(ValueError):
        rows.get(CoursePage, pk=world["course"].pk)  # multi-table inheritance: the ORM's job
    with pytest.raises(ValueError):
        rows.get(QuizAttempt, enrollment__user=world["trainee"].pk)  # a join not asked for
    with pytest.raises(ValueError):
        rows.get(QuizAttempt, pk=1, related=("enrollment",), for_update=True)


@pytest.mark.django_db(transaction=True)
def test_for_update_holds_the_row_lock(transactional_db):
    """On PostgreSQL another transaction cannot lock the row while it is held (on SQLite the
    IMMEDIATE transaction itself is the lock, and FOR UPDATE is left out as Django does)."""
    user = factories.make_user(email="locked@example.org")
    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        locked = rows.get(User, pk=user.pk, for_update=True)
        assert locked.pk == user.pk
        if connection.vendor != "postgresql":
            assert "FOR UPDATE" not in queries[-1]["sql"]
            return
        assert queries[-1]["sql"].endswith("FOR UPDATE")
        outcome = []

        def other():
            try:
                with transaction.atomic():
                    User.objects.select_for_update(nowait=True).get(pk=user.pk)
                outcome.append("locked it")
            except DatabaseError:
                outcome.append("refused")
            finally:
                connection.close()

        thread = threading.Thread(target=other)
        thread.start()
        thread.join(timeout=30)
    assert outcome == ["refused"]


def test_update_writes_what_queryset_update_writes(world):
    attempt, open_attempt = world["attempt"], world["open_attempt"]
    now = timezone.now().replace(microsecond=654321)
    graded = {"answers": {"q9": ["a", "é"]}, "feedback": {"q9": {"correct": True}}, "score": 100, "passed": True, "submitted_at": now}
    # Only while the attempt is open: the submitted one matches nothing.
    assert rows.update(QuizAttempt, graded, pk=attempt.pk, submitted_at__isnull=True) == 0
    assert rows.update(QuizAttempt, graded, pk=open_attempt.pk, submitted_at__isnull=True) == 1
    assert rows.update(QuizAttempt, graded, pk=open_attempt.pk, submitted_at__isnull=True) == 0
    written = QuizAttempt.objects.get(pk=open_attempt.pk)
    assert (written.answers, written.feedback, written.score, written.passed, written.submitted_at) == (
        graded["answers"], graded["feedback"], 100, True, now,
    )
    # NULL back in, and __isnull=False; a foreign key set from an instance.
    assert rows.update(QuizAttempt, {"passed": None, "score": None}, pk=open_attempt.pk, submitted_at__isnull=False) == 1
    assert QuizAttempt.objects.filter(pk=open_attempt.pk, passed__isnull=True, score__isnull=True).exists()
    other = factories.make_user(email="other-rows@example.org")
    assert rows.update(HourEntry, {"recorded_by": other}, key="rows:1") == 1
    assert HourEntry.objects.get(key="rows:1").recorded_by_id == other.pk


def test_update_compares_a_datetime_exactly(world):
    """The lesson view's compare-and-set: applied only while last_seen_at is the value read."""
    progress = world["progress"]
    seen = LessonProgress.objects.get(pk=progress.pk).last_seen_at
    later = seen + timedelta(seconds=30)
    values = {"engaged_seconds": 72, "last_seen_at": later}
    assert rows.update(LessonProgress, values, pk=progress.pk, last_seen_at=seen - timedelta(microseconds=1)) == 0
    assert rows.update(LessonProgress, values, pk=progress.pk, last_seen_at=seen, completed_at__isnull=True) == 1
    assert rows.update(LessonProgress, values, pk=progress.pk, last_seen_at=seen, completed_at__isnull=True) == 0
    assert LessonProgress.objects.filter(pk=progress.pk, engaged_seconds=72, last_seen_at=later).exists()


def test_update_refuses_what_it_does_not_do(world):
    from django.db.models import F

    progress = world["progress"]
    with pytest.raises(ValueError):
        rows.update(LessonProgress, {"engaged_seconds": F("engaged_seconds") + 1}, pk=progress.pk)
    with pytest.raises(ValueError):
        rows.update(LessonProgress, {"id": 5}, pk=progress.pk)
    with pytest.raises(ValueError):
        rows.update(LessonProgress, {}, pk=progress.pk)
    with pytest.raises(ValueError):
        rows.update(LessonProgress, {"engaged_seconds": 1}, completed_at=None)
    with pytest.raises(ValueError):
        rows.update(CoursePage, {"title": "x"}, pk=world["course"].pk)
    assert LessonProgress.objects.get(pk=progress.pk).engaged_seconds == 42


def test_create_inserts_what_the_orm_inserts_and_leaves_a_duplicate_key_alone(world, django_assert_num_queries):
    trainee, enrollment, course = world["trainee"], world["enrollment"], world["course"]
    domain = HourEntry.objects.get(key="rows:1").domain
    lesson = factories.lessons_of(course)[0]
    now = timezone.now().replace(microsecond=987654)

    def entry(key, minutes):
        return HourEntry(
            user_id=trainee.pk, enrollment=enrollment, domain_id=domain.pk, minutes=minutes, source=HourEntry.Source.LESSON,
            delivery_mode=DeliveryMode.ONLINE, key=key, page=lesson, description="Lesson: <i>é</i>", occurred_at=now,
        )

    new = entry("rows:2", 20)
    with django_assert_num_queries(1):
        assert rows.create(new, unless_conflict_on="key") is True
    assert new.pk is not None and new._state.adding is False and new.created_at is not None  # auto_now_add
    assert_same(rows.get(HourEntry, pk=new.pk), HourEntry.objects.get(pk=new.pk))
    stored = HourEntry.objects.get(pk=new.pk)
    assert (stored.minutes, stored.page_id, stored.enrollment_id, stored.occurred_at, stored.created_at) == (
        20, lesson.pk, enrollment.pk, now, new.created_at,
    )
    # The same key again: nothing written, nothing raised, and the transaction still usable.
    with transaction.atomic():
        again = entry("rows:2", 999)
        assert rows.create(again, unless_conflict_on="key") is False
        assert again.pk is None
        assert HourEntry.objects.filter(key="rows:2").count() == 1
    assert HourEntry.objects.get(key="rows:2").minutes == 20
    # Without unless_conflict_on a duplicate is the database's IntegrityError, as with the ORM.
    from django.db import IntegrityError

    with pytest.raises(IntegrityError), transaction.atomic():
        rows.create(entry("rows:2", 5))
    with pytest.raises(ValueError):
        rows.create(entry("rows:3", 5), unless_conflict_on="minutes")  # not unique


def test_select_returns_the_orm_list_in_its_order(world, django_assert_num_queries):
    trainee, course = world["trainee"], world["course"]
    other_course = factories.make_course(domain=HourEntry.objects.get(key="rows:1").domain)
    second, _ = enrollment_create(user=trainee, course=other_course)
    Enrollment.objects.filter(pk=second.pk).update(enrolled_at=world["enrollment"].enrolled_at - timedelta(days=3))
    for order_by in [("enrolled_at", "pk"), ("-enrolled_at",), ("-pk",), ()]:
        with django_assert_num_queries(1):
            found = rows.select(Enrollment, user=trainee.pk, order_by=order_by)
        expected = list(Enrollment.objects.filter(user=trainee).order_by(*order_by or ("pk",)))
        if not order_by:  # no ORDER BY: any order, the same rows
            found.sort(key=lambda e: e.pk)
        assert [e.pk for e in found] == [e.pk for e in expected]
        for mine, theirs in zip(found, expected):
            assert_same(mine, theirs)
    assert rows.select(Enrollment, user=world["never"].pk) == []
    attempts = rows.select(QuizAttempt, enrollment__user=trainee.pk, related=("enrollment",), order_by=("-number",))
    assert [a.number for a in attempts] == [2, 1]
    with django_assert_num_queries(0):
        assert {a.enrollment.course_id for a in attempts} == {course.pk}


def test_increment_creates_at_one_then_counts_up_per_key(world, django_assert_num_queries):
    from certificates.models import CertificateSequence

    site = factories.default_site()
    with django_assert_num_queries(1):
        assert rows.increment(CertificateSequence, "last", site=site, prefix="RC30-2026") == 1
    assert rows.increment(CertificateSequence, "last", site=site.pk, prefix="RC30-2026") == 2
    assert rows.increment(CertificateSequence, "last", site=site, prefix="MAT4-2026") == 1  # another key
    CertificateSequence.objects.filter(prefix="RC30-2026").update(last=41)  # e.g. restored by import_records
    assert rows.increment(CertificateSequence, "last", site=site, prefix="RC30-2026") == 42
    assert dict(CertificateSequence.objects.values_list("prefix", "last")) == {"RC30-2026": 42, "MAT4-2026": 1}
    with transaction.atomic():  # rolled back with its transaction, as the ORM's UPDATE would be
        assert rows.increment(CertificateSequence, "last", site=site, prefix="RC30-2026") == 43
        transaction.set_rollback(True)
    assert CertificateSequence.objects.get(prefix="RC30-2026").last == 42


def test_increment_refuses_what_it_does_not_do(world):
    from certificates.models import CertificateSequence

    with pytest.raises(ValueError):
        rows.increment(CertificateSequence, "last", prefix="RC30-2026")  # not a unique set of fields
    with pytest.raises(ValueError):
        rows.increment(HourEntry, "minutes", key="rows:1")  # the model has other fields to fill
    with pytest.raises(ValueError):
        rows.increment(CertificateSequence, "last", site__isnull=False, prefix="x")


def test_increment_at_once_gives_consecutive_values(transactional_db):
    """Six transactions incrementing one counter at once each get their own value (the row
    stays locked until each commits); none is lost or repeated."""
    from certificates.models import CertificateSequence

    site = factories.default_site()
    barrier = threading.Barrier(6)
    values, errors = [], []

    def worker():
        try:
            barrier.wait()
            with transaction.atomic():
                values.append(rows.increment(CertificateSequence, "last", site=site, prefix="RC30-2026"))
        except Exception as error:  # collected for the assertion
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert sorted(values) == [1, 2, 3, 4, 5, 6]
    assert CertificateSequence.objects.get(prefix="RC30-2026").last == 6
