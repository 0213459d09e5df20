"""Learning-flow pages and endpoints: permissions, tampered input, and what reaches the browser."""
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses import services
from courses.grading import questions_from_stream
from courses.models import Enrollment, HourEntry, LessonProgress, QuizAttempt
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(client, trainee, course):
    client.force_login(trainee)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    return enrollment


def quiz_post_data(answers):
    data = {}
    for qid, choice_ids in answers.items():
        data[f"q-{qid}"] = choice_ids
    return data


# --- catalog, course page, enrollment ------------------------------------------------------


def test_catalog_lists_live_courses_for_anonymous_visitors(client, course):
    response = client.get("/")
    assert response.status_code == 200
    assert course.title in response.content.decode()


def test_course_page_shows_outline_and_hours_to_anonymous_visitors(client, course):
    response = client.get(course.url)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Lesson 1.1" in body and "Quiz 1" in body
    assert "Sign up to enroll" in body


def test_enroll_requires_login_and_post(client, trainee, course):
    url = reverse("courses:enroll", args=[course.pk])
    assert client.get(url).status_code == 405
    response = client.post(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(trainee)
    response = client.post(url)
    assert response.status_code == 302
    assert Enrollment.objects.filter(user=trainee, course=course).count() == 1
    client.post(url)
    assert Enrollment.objects.filter(user=trainee, course=course).count() == 1


@pytest.mark.parametrize("page_id", [0, 999999])
def test_enroll_in_unknown_course_is_404(client, trainee, page_id):
    client.force_login(trainee)
    assert client.post(reverse("courses:enroll", args=[page_id])).status_code == 404


def test_enroll_with_a_lesson_id_is_404(client, trainee, course):
    client.force_login(trainee)
    lesson = factories.lessons_of(course)[0]
    assert client.post(reverse("courses:enroll", args=[lesson.pk])).status_code == 404
    assert not Enrollment.objects.exists()


def test_course_page_shows_progress_to_an_enrolled_trainee(client, enrolled, course):
    response = client.get(course.url)
    body = response.content.decode()
    assert "Your progress" in body
    assert "0.0 of 0.8 hours" in body
    assert 'role="progressbar"' in body and 'aria-valuenow="0"' in body


# --- lessons ----------------------------------------------------------------------------------


def test_lesson_requires_login(client, course):
    lesson = factories.lessons_of(course)[0]
    response = client.get(lesson.url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_lesson_requires_enrollment(client, trainee, course):
    client.force_login(trainee)
    lesson = factories.lessons_of(course)[0]
    response = client.get(lesson.url)
    assert response.status_code == 302 and response["Location"] == course.url
    assert not LessonProgress.objects.exists()


def test_lesson_page_records_the_view_and_links_neighbours(client, enrolled, course):
    first, second = factories.lessons_of(course)
    response = client.get(second.url)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Body of lesson 1.2" in body
    assert f'href="{first.url}"' in body and 'rel="prev"' in body
    assert LessonProgress.objects.filter(enrollment=enrolled, lesson=second).exists()


def test_completing_a_lesson_early_is_refused_with_a_message(client, trainee, domain):
    course = factories.make_course(domain=domain, min_engaged_seconds=600)
    client.force_login(trainee)
    services.enrollment_create(user=trainee, course=course)
    lesson = factories.lessons_of(course)[0]
    client.get(lesson.url)
    response = client.post(reverse("courses:lesson_complete", args=[lesson.pk]), follow=True)
    assert "Spend a little more time" in response.content.decode()
    assert not HourEntry.objects.exists()


def test_completing_a_lesson_credits_hours_and_moves_on(client, enrolled, course):
    first, second = factories.lessons_of(course)
    client.get(first.url)
    response = client.post(reverse("courses:lesson_complete", args=[first.pk]))
    assert response.status_code == 302 and response["Location"] == second.url
    client.post(reverse("courses:lesson_complete", args=[first.pk]))
    assert HourEntry.objects.filter(enrollment=enrolled).count() == 1


def test_heartbeat_reports_remaining_time(client, trainee, domain):
    course = factories.make_course(domain=domain, min_engaged_seconds=300)
    client.force_login(trainee)
    services.enrollment_create(user=trainee, course=course)
    lesson = factories.lessons_of(course)[0]
    client.get(lesson.url)
    LessonProgress.objects.update(last_seen_at=timezone.now() - timedelta(seconds=40))
    data = client.post(reverse("courses:lesson_heartbeat", args=[lesson.pk])).json()
    assert 40 <= data["engaged_seconds"] <= 42
    assert data["seconds_remaining"] == 300 - data["engaged_seconds"]


def test_heartbeat_refuses_anonymous_and_unenrolled(client, trainee, course):
    lesson = factories.lessons_of(course)[0]
    url = reverse("courses:lesson_heartbeat", args=[lesson.pk])
    assert client.post(url).status_code == 401
    client.force_login(trainee)
    assert client.post(url).status_code == 403
    assert client.get(url).status_code == 405


def test_cannot_complete_a_lesson_of_a_course_not_enrolled_in(client, enrolled, domain):
    other = factories.make_course(domain=domain)
    lesson = factories.lessons_of(other)[0]
    response = client.post(reverse("courses:lesson_complete", args=[lesson.pk]))
    assert response.status_code == 302 and response["Location"] == other.url
    assert not HourEntry.objects.exists()


# --- quizzes ------------------------------------------------------------------------------------


def test_quiz_page_never_sends_correct_answers(client, enrolled, course):
    quiz = factories.quizzes_of(course)[0]
    body = client.get(quiz.url).content.decode()
    questions = questions_from_stream(quiz.questions)
    assert all(c.id in body for q in questions for c in q.choices)
    assert "correct" not in body.lower()
    assert "Peers run it" not in body  # explanations only after submitting


def test_quiz_requires_enrollment(client, trainee, course):
    client.force_login(trainee)
    quiz = factories.quizzes_of(course)[0]
    response = client.get(quiz.url)
    assert response.status_code == 302 and response["Location"] == course.url
    assert not QuizAttempt.objects.exists()


def test_failing_then_passing_a_quiz(client, enrolled, course):
    quiz = factories.quizzes_of(course)[0]
    client.get(quiz.url)
    attempt = QuizAttempt.objects.get()
    url = reverse("courses:quiz_submit", args=[attempt.pk])
    response = client.post(url, quiz_post_data(factories.answers_for(quiz, correct=False)))
    assert response.status_code == 302
    result = client.get(response["Location"]).content.decode()
    assert "Not passed" in result and "0%" in result and "2 attempts left" in result
    assert "(correct answer)" not in result  # answers are not revealed while attempts remain
    client.get(quiz.url)
    second = QuizAttempt.objects.get(submitted_at__isnull=True)
    response = client.post(reverse("courses:quiz_submit", args=[second.pk]), quiz_post_data(factories.answers_for(quiz)))
    result = client.get(response["Location"]).content.decode()
    assert "Passed" in result and "100%" in result and "Peers run it." in result
    assert HourEntry.objects.get().minutes == quiz.credit_minutes


def test_double_submit_keeps_one_result(client, enrolled, course):
    quiz = factories.quizzes_of(course)[0]
    client.get(quiz.url)
    attempt = QuizAttempt.objects.get()
    url = reverse("courses:quiz_submit", args=[attempt.pk])
    client.post(url, quiz_post_data(factories.answers_for(quiz)))
    response = client.post(url, quiz_post_data(factories.answers_for(quiz, correct=False)))
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.passed is True
    assert QuizAttempt.objects.count() == 1 and HourEntry.objects.count() == 1


@pytest.mark.parametrize(
    "tamper",
    ["missing", "unknown_choice", "other_question_choice", "two_for_single", "unknown_question", "empty"],
)
def test_tampered_quiz_answers_get_400_and_change_nothing(client, enrolled, course, tamper):
    quiz = factories.quizzes_of(course)[0]
    client.get(quiz.url)
    attempt = QuizAttempt.objects.get()
    q1, q2 = questions_from_stream(quiz.questions)
    good = factories.answers_for(quiz)
    data = {
        "missing": {q1.id: good[q1.id]},
        "unknown_choice": {q1.id: ["not-a-choice"], q2.id: good[q2.id]},
        "other_question_choice": {q1.id: [q2.choices[0].id], q2.id: good[q2.id]},
        "two_for_single": {q1.id: [c.id for c in q1.choices], q2.id: good[q2.id]},
        "unknown_question": {**good, "bogus": ["x"]},
        "empty": {},
    }[tamper]
    response = client.post(reverse("courses:quiz_submit", args=[attempt.pk]), quiz_post_data(data))
    assert response.status_code == 400
    assert "Your answers were not submitted" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None
    assert not HourEntry.objects.exists()


def test_oversized_quiz_submission_is_rejected(client, enrolled, course):
    quiz = factories.quizzes_of(course)[0]
    client.get(quiz.url)
    attempt = QuizAttempt.objects.get()
    url = reverse("courses:quiz_submit", args=[attempt.pk])
    huge = {"q-x": ["y" * 2_000_000]}
    assert client.post(url, huge).status_code == 400
    many = {f"q-{i}": "x" for i in range(2000)}
    assert client.post(url, many).status_code == 400
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_another_trainees_attempt_is_not_found(client, enrolled, course, other_trainee):
    quiz = factories.quizzes_of(course)[0]
    client.get(quiz.url)
    attempt = QuizAttempt.objects.get()
    client.force_login(other_trainee)
    services.enrollment_create(user=other_trainee, course=course)
    url = reverse("courses:quiz_submit", args=[attempt.pk])
    assert client.post(url, quiz_post_data(factories.answers_for(quiz))).status_code == 404
    attempt.refresh_from_db()
    assert attempt.submitted_at is None
    services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz))
    assert client.get(reverse("courses:attempt", args=[attempt.pk])).status_code == 404


def test_attempt_result_of_unknown_or_open_attempt_is_404(client, enrolled, course):
    assert client.get(reverse("courses:attempt", args=[424242])).status_code == 404
    quiz = factories.quizzes_of(course)[0]
    client.get(quiz.url)
    attempt = QuizAttempt.objects.get()
    assert client.get(reverse("courses:attempt", args=[attempt.pk])).status_code == 404


def test_no_attempts_left_shows_a_message(client, trainee, domain):
    course = factories.make_course(domain=domain, max_attempts=1)
    client.force_login(trainee)
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    quiz = factories.quizzes_of(course)[0]
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz, correct=False))
    body = client.get(quiz.url).content.decode()
    assert "You have used every attempt" in body
    assert "Submit answers" not in body
    result = client.get(reverse("courses:attempt", args=[attempt.pk])).content.decode()
    assert "(correct answer)" in result  # revealed once no attempt is left


# --- dashboard ----------------------------------------------------------------------------------


def test_dashboard_requires_login(client):
    response = client.get(reverse("courses:dashboard"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_dashboard_shows_hours_by_domain_and_next_step(client, enrolled, course):
    lesson = factories.lessons_of(course)[0]
    client.get(lesson.url)
    client.post(reverse("courses:lesson_complete", args=[lesson.pk]))
    body = client.get(reverse("courses:dashboard")).content.decode()
    assert course.title in body
    assert "0.3 of 0.8 hours" in body
    assert "Next: Lesson 1.2" in body
    assert "Advocacy" in body


def test_dashboard_shows_only_the_users_own_courses(client, enrolled, course, other_trainee, domain):
    other_course = factories.make_course(domain=domain, title="Someone else's course")
    services.enrollment_create(user=other_trainee, course=other_course)
    body = client.get(reverse("courses:dashboard")).content.decode()
    assert course.title in body and "Someone else" not in body
