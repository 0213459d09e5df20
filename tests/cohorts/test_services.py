"""Cohort services: membership, roster import, live sessions and attendance credited to the ledger."""
import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Sum

from certificates.models import Certificate
from cohorts import invitations
from cohorts import selectors as cohort_selectors
from cohorts import services as cohorts
from cohorts.models import Attendance, CohortInvitation
from courses import services
from courses.models import DeliveryMode, Enrollment, HourEntry, LessonProgress
from programs.roles import Role
from tests import factories
from tests.factories import cohorts as fc
from tests.factories import supervision as fs

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    return fc.default_site()


@pytest.fixture
def facilitator(site):
    return fc.make_staff(site, Role.FACILITATOR, first_name="Fay", last_name="Facilitator")


@pytest.fixture
def cohort(site, course, facilitator):
    return fc.make_cohort(site=site, course=course, facilitators=[facilitator])


def ledger(enrollment):
    return list(HourEntry.objects.filter(enrollment=enrollment).order_by("pk"))


def total(enrollment):
    return HourEntry.objects.filter(enrollment=enrollment).aggregate(t=Sum("minutes"))["t"] or 0


def member(cohort, facilitator, **kwargs):
    user = factories.make_user(**kwargs)
    enrollment, _ = fc.add_member(cohort=cohort, user=user, actor=facilitator)
    return enrollment


def csv_file(text, name="roster.csv", encoding="utf-8"):
    return SimpleUploadedFile(name, text.encode(encoding) if isinstance(text, str) else text, content_type="text/csv")


# --- cohorts and members ---------------------------------------------------------------------


def test_cohort_create_refuses_a_course_of_another_site(site, domain):
    other = fc.make_site()
    foreign_course = fc.make_course_on(other, domain=domain)
    admin = fc.make_staff(site, Role.SITE_ADMIN)
    with pytest.raises(cohorts.CohortError, match="not offered on this site"):
        cohorts.cohort_create(site=site, course=foreign_course, name="X", starts_on=date(2027, 1, 1), facilitators=[], actor=admin)


def test_cohort_create_requires_a_role_on_the_site(site, course):
    other = fc.make_site()
    outsider = fc.make_staff(other, Role.SITE_ADMIN)
    with pytest.raises(cohorts.CohortPermissionDenied):
        cohorts.cohort_create(site=site, course=course, name="X", starts_on=date(2027, 1, 1), facilitators=[], actor=outsider)


def test_cohort_create_refuses_facilitators_without_the_role(site, course):
    admin = fc.make_staff(site, Role.SITE_ADMIN)
    trainee = factories.make_user()
    with pytest.raises(cohorts.CohortError, match="not a facilitator"):
        cohorts.cohort_create(site=site, course=course, name="X", starts_on=date(2027, 1, 1), facilitators=[trainee], actor=admin)


def test_cohort_create_refuses_end_before_start_and_duplicate_names(site, course, cohort):
    admin = fc.make_staff(site, Role.SITE_ADMIN)
    with pytest.raises(cohorts.CohortError, match="end date"):
        cohorts.cohort_create(site=site, course=course, name="Y", starts_on=date(2027, 2, 1), ends_on=date(2027, 1, 1), facilitators=[], actor=admin)
    with pytest.raises(cohorts.CohortError, match="already has a cohort"):
        cohorts.cohort_create(site=site, course=course, name=cohort.name.upper(), starts_on=date(2027, 2, 1), facilitators=[], actor=admin)


def test_add_trainee_enrolls_and_sets_the_cohort(cohort, facilitator, trainee, site):
    enrollment, added = fc.add_member(cohort=cohort, user=trainee, actor=facilitator)
    assert added and enrollment.cohort_id == cohort.pk
    assert Enrollment.objects.get(user=trainee, course=cohort.course).cohort_id == cohort.pk
    again, added_again = fc.add_member(cohort=cohort, user=trainee, actor=facilitator)
    assert again.pk == enrollment.pk and not added_again


def test_add_trainee_already_in_another_cohort_is_refused(site, course, cohort, facilitator, trainee):
    second = fc.make_cohort(site=site, course=course, facilitators=[facilitator], name="Second")
    fc.add_member(cohort=cohort, user=trainee, actor=facilitator)
    with pytest.raises(cohorts.CohortError, match="already in another cohort"):
        fc.add_member(cohort=second, user=trainee, actor=facilitator)
    assert Enrollment.objects.get(user=trainee).cohort_id == cohort.pk


def test_facilitator_of_the_site_who_does_not_run_the_cohort_cannot_add(site, cohort, trainee):
    colleague = fc.make_staff(site, Role.FACILITATOR)
    with pytest.raises(cohorts.CohortPermissionDenied):
        fc.add_member(cohort=cohort, user=trainee, actor=colleague)
    assert not Enrollment.objects.exists()


def test_site_admin_manages_every_cohort_of_the_site_only(site, cohort):
    admin = fc.make_staff(site, Role.SITE_ADMIN)
    other_admin = fc.make_staff(fc.make_site(), Role.SITE_ADMIN)
    assert cohort_selectors.can_manage_cohort(admin, cohort)
    assert not cohort_selectors.can_manage_cohort(other_admin, cohort)
    assert list(cohort_selectors.manageable_cohorts(admin)) == [cohort]
    assert list(cohort_selectors.manageable_cohorts(other_admin)) == []


def test_facilitator_role_on_another_site_does_not_count(site, course, domain):
    other = fc.make_site()
    person = fc.make_staff(other, Role.FACILITATOR)
    fc.make_staff(site, Role.TRAINEE)
    cohort = fc.make_cohort(site=site, course=course)
    cohort.facilitators.add(person)  # listed, but holds no facilitator role on this site
    assert not cohort_selectors.can_manage_cohort(person, cohort)
    assert list(cohort_selectors.manageable_cohorts(person)) == []


# --- roster ----------------------------------------------------------------------------------


def test_valid_roster_adds_every_trainee_of_the_site(site, cohort, facilitator):
    users = [fs.with_role(factories.make_user(email=f"r{i}@example.org"), site, Role.TRAINEE) for i in range(3)]
    text = "\ufeffemail,first_name,last_name\r\nr0@example.org,A,B\r\nR1@Example.org,C,D\r\n\r\nr2@example.org,,\r\n"
    report = invitations.roster_import(cohort=cohort, file=csv_file(text), actor=facilitator)
    assert report.ok, report.problems
    assert sorted(report.added) == ["r0@example.org", "r1@example.org", "r2@example.org"]
    assert Enrollment.objects.filter(cohort=cohort).count() == 3
    assert {e.user for e in Enrollment.objects.filter(cohort=cohort)} == set(users)


def test_roster_with_only_email_column_and_existing_members(site, cohort, facilitator):
    fs.with_role(factories.make_user(email="a@example.org"), site, Role.TRAINEE)
    existing = member(cohort, facilitator, email="b@example.org")
    report = invitations.roster_import(cohort=cohort, file=csv_file("email\na@example.org\nb@example.org\n"), actor=facilitator)
    assert report.ok
    assert report.added == ["a@example.org"] and report.already_members == ["b@example.org"]
    assert Enrollment.objects.get(pk=existing.pk).cohort_id == cohort.pk


def test_roster_invites_everyone_who_has_not_joined_the_program(site, cohort, facilitator):
    elsewhere = factories.make_user(email="elsewhere@example.org")  # an account, not a trainee of this site
    joined = fs.with_role(factories.make_user(email="joined@example.org"), site, Role.TRAINEE)
    text = "email\nelsewhere@example.org\nnew@example.org\njoined@example.org\n"
    report = invitations.roster_import(cohort=cohort, file=csv_file(text), actor=facilitator)
    assert report.ok, report.problems
    assert report.added == ["joined@example.org"]
    assert report.invited == ["elsewhere@example.org", "new@example.org"]
    assert {e.user for e in Enrollment.objects.filter(cohort=cohort)} == {joined}
    assert not Enrollment.objects.filter(user=elsewhere).exists()
    assert sorted(CohortInvitation.objects.filter(cohort=cohort).values_list("email", flat=True)) == [
        "elsewhere@example.org", "new@example.org"
    ]


def _assert_refused(cohort, facilitator, file, *expected):
    before = Enrollment.objects.count(), Enrollment.objects.filter(cohort__isnull=False).count()
    report = invitations.roster_import(cohort=cohort, file=file, actor=facilitator)
    assert not report.ok
    assert not report.added
    messages = [(p.line, p.message) for p in report.problems]
    for line, fragment in expected:
        assert any(l == line and fragment in m for l, m in messages), messages
    assert (Enrollment.objects.count(), Enrollment.objects.filter(cohort__isnull=False).count()) == before
    return report


def test_roster_reports_every_bad_row_with_its_line_and_changes_nothing(site, course, cohort, facilitator):
    factories.make_user(email="ok@example.org")
    factories.make_user(email="dup@example.org")
    taken = factories.make_user(email="taken@example.org")
    other_cohort = fc.make_cohort(site=site, course=course, facilitators=[facilitator], name="Other")
    fc.add_member(cohort=other_cohort, user=taken, actor=facilitator)
    text = (
        "email,first_name,last_name\n"
        "ok@example.org,Ok,Person\n"  # 2: fine
        "not-an-email,X,Y\n"  # 3
        "dup@example.org,D,U\n"  # 4
        "DUP@example.org,D,U\n"  # 5 duplicate of 4
        "nobody@example.org,N,O\n"  # 6 no account: would be invited
        "taken@example.org,T,K\n"  # 7 in another cohort
        ",No,Email\n"  # 8
        "a@example.org,too,many,values\n"  # 9
    )
    report = _assert_refused(
        cohort, facilitator, csv_file(text),
        (3, "not a valid email"), (5, "listed twice (first on line 4)"),
        (7, "already in another cohort"), (8, "email is missing"), (9, "Expected 3 values"),
    )
    assert [p.line for p in report.problems] == [3, 5, 7, 8, 9]
    assert not Enrollment.objects.filter(user__email="ok@example.org").exists()
    assert not CohortInvitation.objects.exists()


def test_roster_of_binary_junk_is_refused(cohort, facilitator):
    _assert_refused(cohort, facilitator, csv_file(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), (0, "binary"))


def test_roster_not_utf8_is_refused(cohort, facilitator):
    factories.make_user(email="jose@example.org")
    _assert_refused(cohort, facilitator, csv_file("email,first_name\njose@example.org,José\n", encoding="latin-1"), (2, "not UTF-8"))


def test_roster_without_header_is_refused(cohort, facilitator):
    factories.make_user(email="a@example.org")
    _assert_refused(cohort, facilitator, csv_file("a@example.org,Ana,Lee\n"), (1, "first line must be the header"))


def test_roster_with_semicolons_is_refused_with_a_hint(cohort, facilitator):
    factories.make_user(email="a@example.org")
    _assert_refused(cohort, facilitator, csv_file("email;first_name;last_name\na@example.org;Ana;Lee\n"), (1, "separated by commas"))


def test_roster_with_unknown_columns_or_unbalanced_quotes_is_refused(cohort, facilitator):
    _assert_refused(cohort, facilitator, csv_file("email,phone\na@example.org,123\n"), (1, "Unexpected or repeated column"))
    _assert_refused(cohort, facilitator, csv_file('email,first_name\n"a@example.org,Ana\n'), (2, "malformed"))


def test_empty_roster_and_header_only_are_refused(cohort, facilitator):
    _assert_refused(cohort, facilitator, csv_file(""), (0, "empty"))
    _assert_refused(cohort, facilitator, csv_file("email,first_name,last_name\n"), (0, "no trainees"))


def test_huge_roster_is_refused(cohort, facilitator):
    factories.make_user(email="a@example.org")
    text = "email\n" + "a@example.org\n" + ("x" * 100 + "\n") * 11000
    _assert_refused(cohort, facilitator, csv_file(text), (0, "too large"))
    # A stream without a size is measured while reading.
    _assert_refused(cohort, facilitator, io.BytesIO(text.encode()), (0, "too large"))


def test_roster_with_too_many_rows_is_refused(cohort, facilitator):
    text = "email\n" + "".join(f"p{i}@example.org\n" for i in range(cohorts.ROSTER_MAX_ROWS + 1))
    _assert_refused(cohort, facilitator, csv_file(text), (0, "the limit is 2000"))


def test_roster_needs_a_manager(site, cohort):
    colleague = fc.make_staff(site, Role.FACILITATOR)
    factories.make_user(email="a@example.org")
    with pytest.raises(cohorts.CohortPermissionDenied):
        invitations.roster_import(cohort=cohort, file=csv_file("email\na@example.org\n"), actor=colleague)
    assert not Enrollment.objects.exists()


# --- sessions ----------------------------------------------------------------------------------


def test_session_can_only_cover_lessons_of_the_cohorts_course(cohort, facilitator, domain):
    other_course = factories.make_course(domain=domain)
    with pytest.raises(cohorts.CohortError, match="only cover lessons"):
        fc.make_session(cohort=cohort, actor=facilitator, covers=factories.lessons_of(other_course))


@pytest.mark.parametrize("duration", [0, -5, 12 * 60 + 1])
def test_session_duration_is_bounded(cohort, facilitator, duration):
    with pytest.raises(cohorts.CohortError, match="duration"):
        fc.make_session(cohort=cohort, actor=facilitator, duration=duration)


def test_session_mode_must_be_live(cohort, facilitator):
    with pytest.raises(cohorts.CohortError, match="in person or live virtual"):
        fc.make_session(cohort=cohort, actor=facilitator, mode=DeliveryMode.ONLINE)


# --- attendance --------------------------------------------------------------------------------


def test_attendance_credits_the_ledger_with_the_sessions_domain_and_mode(cohort, facilitator):
    mentoring = factories.make_domain("mentoring")
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=90, mode=DeliveryMode.LIVE_VIRTUAL, domain=mentoring)
    enrollment = member(cohort, facilitator)
    outcome = cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=90, actor=facilitator)
    [entry] = ledger(enrollment)
    assert outcome.minutes_credited == 90 and outcome.entry == entry
    assert entry.minutes == 90 and entry.domain == mentoring
    assert entry.delivery_mode == DeliveryMode.LIVE_VIRTUAL and entry.source == HourEntry.Source.ATTENDANCE
    assert entry.recorded_by == facilitator and entry.user_id == enrollment.user_id
    assert entry.key == f"attendance:{outcome.attendance.pk}:1"


def test_partial_attendance_credits_only_the_minutes_attended(cohort, facilitator):
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=120)
    enrollment = member(cohort, facilitator)
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=75, actor=facilitator)
    assert total(enrollment) == 75


def test_attendance_minutes_are_capped_to_the_session(cohort, facilitator):
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=60)
    enrollment = member(cohort, facilitator)
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=500, actor=facilitator)
    assert total(enrollment) == 60
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=-30, actor=facilitator)
    assert total(enrollment) == 0
    assert Attendance.objects.get().minutes_attended == 0


def test_correcting_attendance_adds_a_correcting_entry(cohort, facilitator):
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=60)
    enrollment = member(cohort, facilitator)
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=60, actor=facilitator)
    outcome = cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=45, actor=facilitator)
    entries = ledger(enrollment)
    assert [e.minutes for e in entries] == [60, -15]
    assert total(enrollment) == 45
    assert outcome.minutes_credited == -15 and outcome.attendance.revision == 2
    assert entries[1].description.startswith("Correction")
    assert Attendance.objects.get().minutes_attended == 45


def test_resaving_unchanged_attendance_adds_nothing(cohort, facilitator):
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=60)
    enrollment = member(cohort, facilitator)
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=50, actor=facilitator)
    outcome = cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=50, actor=facilitator)
    assert outcome.minutes_credited == 0 and outcome.entry is None
    assert len(ledger(enrollment)) == 1 and Attendance.objects.get().revision == 1


def test_correction_up_and_down_again_keeps_the_ledger_equal_to_the_record(cohort, facilitator):
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=60)
    enrollment = member(cohort, facilitator)
    for minutes in (0, 30, 60, 10, 10, 60):
        cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=minutes, actor=facilitator)
        assert total(enrollment) == minutes
    assert [e.minutes for e in ledger(enrollment)] == [30, 30, -50, 50]


def test_attendance_of_someone_outside_the_cohort_is_refused(site, course, cohort, facilitator, trainee):
    session = fc.make_session(cohort=cohort, actor=facilitator)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    with pytest.raises(cohorts.CohortError, match="not a member"):
        cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=60, actor=facilitator)
    assert not Attendance.objects.exists() and not HourEntry.objects.exists()


def test_attendance_needs_a_manager(site, cohort, facilitator):
    session = fc.make_session(cohort=cohort, actor=facilitator)
    enrollment = member(cohort, facilitator)
    for outsider in (fc.make_staff(site, Role.FACILITATOR), fc.make_staff(site, Role.SUPERVISOR), enrollment.user):
        with pytest.raises(cohorts.CohortPermissionDenied):
            cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=60, actor=outsider)
    assert not HourEntry.objects.exists()


def test_full_attendance_completes_covered_lessons_without_their_online_credit(cohort, facilitator):
    first, second = factories.lessons_of(cohort.course)
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=60, covers=[first])
    enrollment = member(cohort, facilitator)
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=59, actor=facilitator)
    assert not LessonProgress.objects.filter(enrollment=enrollment, completed_at__isnull=False).exists()
    outcome = cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=60, actor=facilitator)
    assert outcome.lessons_completed == 1
    progress = LessonProgress.objects.get(enrollment=enrollment)
    assert progress.lesson_id == first.pk and progress.completed_at is not None
    assert total(enrollment) == 60
    assert not HourEntry.objects.filter(source=HourEntry.Source.LESSON).exists()
    # Completing the lesson online later credits nothing more.
    services.lesson_complete(enrollment=enrollment, lesson=first)
    assert total(enrollment) == 60


def _pass_quizzes(enrollment):
    for quiz in factories.quizzes_of(enrollment.course):
        attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
        services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz))


def test_course_completed_through_live_sessions_and_quizzes_gets_a_certificate(site, domain, facilitator):
    course = factories.make_course(domain=domain, modules=2, lessons_per_module=2, lesson_minutes=30, quiz_minutes=10)
    cohort = fc.make_cohort(site=site, course=course, facilitators=[facilitator])
    enrollment = member(cohort, facilitator)
    lessons = factories.lessons_of(course)
    day_one = fc.make_session(cohort=cohort, actor=facilitator, duration=60, covers=lessons[:2], title="Day 1")
    day_two = fc.make_session(cohort=cohort, actor=facilitator, duration=60, covers=lessons[2:], title="Day 2")
    _pass_quizzes(enrollment)
    cohorts.attendance_record(session=day_one, enrollment=enrollment, minutes_attended=60, actor=facilitator)
    enrollment.refresh_from_db()
    assert enrollment.completed_at is None
    cohorts.attendance_record(session=day_two, enrollment=enrollment, minutes_attended=60, actor=facilitator)
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None and enrollment.status == Enrollment.Status.COMPLETED
    assert total(enrollment) == course.required_minutes == 140
    assert Certificate.objects.filter(enrollment=enrollment, status__in=Certificate.LIVE_STATUSES).count() == 1


def test_course_completed_by_a_mix_of_online_lessons_and_sessions(site, domain, facilitator):
    course = factories.make_course(domain=domain, modules=1, lessons_per_module=2, lesson_minutes=20, quiz_minutes=10)
    cohort = fc.make_cohort(site=site, course=course, facilitators=[facilitator])
    enrollment = member(cohort, facilitator)
    online, live = factories.lessons_of(course)
    services.lesson_record_engagement(enrollment=enrollment, lesson=online)
    services.lesson_complete(enrollment=enrollment, lesson=online)
    _pass_quizzes(enrollment)
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=20, covers=[live])
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=20, actor=facilitator)
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None
    modes = dict(
        HourEntry.objects.filter(enrollment=enrollment).values_list("delivery_mode").annotate(m=Sum("minutes")).order_by()
    )
    assert modes == {DeliveryMode.ONLINE: 30, DeliveryMode.IN_PERSON: 20}
    assert Certificate.objects.filter(enrollment=enrollment).exists()


def test_partial_attendance_does_not_complete_lessons_or_the_course(site, domain, facilitator):
    course = factories.make_course(domain=domain, modules=1, lessons_per_module=1, lesson_minutes=30, quiz_minutes=10)
    cohort = fc.make_cohort(site=site, course=course, facilitators=[facilitator])
    enrollment = member(cohort, facilitator)
    _pass_quizzes(enrollment)
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=60, covers=factories.lessons_of(course))
    cohorts.attendance_record(session=session, enrollment=enrollment, minutes_attended=50, actor=facilitator)
    enrollment.refresh_from_db()
    assert enrollment.completed_at is None  # 60 minutes earned, but the lesson is not complete
    assert not Certificate.objects.exists()


# --- selectors ---------------------------------------------------------------------------------


def test_cohort_detail_reports_hours_and_progress_per_member(cohort, facilitator):
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=30)
    enrollments = [member(cohort, facilitator) for _ in range(3)]
    cohorts.attendance_record(session=session, enrollment=enrollments[0], minutes_attended=30, actor=facilitator)
    detail = cohort_selectors.cohort_detail(cohort=cohort)
    minutes = {m.enrollment.pk: m.progress.minutes_earned for m in detail["members"]}
    assert minutes == {enrollments[0].pk: 30, enrollments[1].pk: 0, enrollments[2].pk: 0}
    assert detail["sessions"][0].present == 1


def test_attendance_sheet_shows_records_and_credited_minutes(cohort, facilitator):
    session = fc.make_session(cohort=cohort, actor=facilitator, duration=60)
    other_session = fc.make_session(cohort=cohort, actor=facilitator, duration=60)
    a, b = member(cohort, facilitator), member(cohort, facilitator)
    cohorts.attendance_record(session=session, enrollment=a, minutes_attended=60, actor=facilitator)
    cohorts.attendance_record(session=session, enrollment=a, minutes_attended=40, actor=facilitator)
    cohorts.attendance_record(session=other_session, enrollment=a, minutes_attended=60, actor=facilitator)
    rows = {row.enrollment.pk: row for row in cohort_selectors.attendance_sheet(session=session)}
    assert rows[a.pk].minutes == 40 and rows[a.pk].credited_minutes == 40
    assert rows[b.pk].attendance is None and rows[b.pk].credited_minutes == 0
