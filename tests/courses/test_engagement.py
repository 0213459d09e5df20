"""The engagement model in the editor (modeled minutes shown; over-credit refused on publish) and
quizzes drawn from a pool (a retake asks other questions)."""
import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses import services
from courses.blocks import body_engagement
from courses.curriculum import engagement
from courses.grading import drawn_questions, questions_from_stream
from courses.models import LessonPage
from tests import factories
from tests.factories import activities as acts

pytestmark = pytest.mark.django_db


def test_the_model_counts_reading_activities_and_transcribed_media_only(course):
    lesson = acts.add_activities(factories.lessons_of(course)[0])
    measured = body_engagement(lesson.body)
    assert measured.words == 60  # "Reading text." × 30
    assert measured.activity_minutes == 5 + 6 + 1  # reflection, scenario (two decisions), one self-check question
    assert measured.modeled_minutes == 12
    assert engagement.lesson_modeled_minutes(words=999, activity_minutes=0) == 4
    assert engagement.min_engaged_seconds(10) == 360


@pytest.fixture
def editor(client):
    admin = factories.make_user(email="editor@example.org", is_superuser=True, is_staff=True)
    client.force_login(admin)
    return client


def _form(lesson, *, credit, engaged, publish):
    data = nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "credit_minutes": credit,
            "domain": "",
            "min_engaged_seconds": engaged,
            "body": streamfield([("rich_text", rich_text("<p>" + "word " * 400 + "</p>"))]),  # 2 minutes of reading
        }
    )
    if publish:
        data["action-publish"] = "publish"
    return data


def test_the_editor_shows_modeled_minutes_and_refuses_to_publish_an_over_credit(editor, course):
    lesson = factories.lessons_of(course)[0]
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    assert "Engagement model" in editor.get(url).content.decode()

    refused = editor.post(url, _form(lesson, credit=20, engaged=720, publish=True))
    assert refused.status_code == 200
    assert "This lesson holds 2 minutes" in refused.content.decode()
    assert LessonPage.objects.get(pk=lesson.pk).credit_minutes == 20 and not LessonPage.objects.get(pk=lesson.pk).has_unpublished_changes

    draft = editor.post(url, _form(lesson, credit=20, engaged=720, publish=False))
    assert draft.status_code == 302  # a draft may be saved while the content is written
    assert LessonPage.objects.get(pk=lesson.pk).has_unpublished_changes

    too_quick = editor.post(url, _form(lesson, credit=2, engaged=30, publish=True))
    assert "needs at least 72 seconds" in too_quick.content.decode()

    published = editor.post(url, _form(lesson, credit=2, engaged=72, publish=True))
    assert published.status_code == 302
    assert LessonPage.objects.get(pk=lesson.pk).credit_minutes == 2


def _pool(n):
    return [factories.question(f"Question {i}?", [("Yes", True), ("No", False), ("Maybe", False)]) for i in range(n)]


def test_each_attempt_draws_from_the_pool_and_a_retake_asks_others(trainee, domain):
    course = factories.make_course(domain=domain, questions=_pool(9), max_attempts=3)
    quiz = factories.quizzes_of(course)[0]
    quiz.questions_per_attempt = 4
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    enrollment = services.enrollment_create(user=trainee, course=course)[0]

    first = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    asked_first = {q.id for q in quiz.attempt_questions(first)}
    assert len(asked_first) == 4
    wrong = {q.id: [next(c.id for c in q.choices if not c.correct)] for q in quiz.attempt_questions(first)}
    services.quiz_attempt_submit(attempt=first, answers=wrong)
    second = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    asked_second = {q.id for q in quiz.attempt_questions(second)}
    assert len(asked_second) == 4 and not asked_first & asked_second  # 9 in the pool: all new

    # Only the drawn questions are answered and graded.
    right = {q.id: [c.id for c in q.choices if c.correct] for q in quiz.attempt_questions(second)}
    graded = services.quiz_attempt_submit(attempt=second, answers=right)
    assert graded.passed and len(graded.feedback) == 4


def test_drawing_is_stable_and_everything_when_the_pool_is_small():
    pool = questions_from_stream_like(6)
    assert drawn_questions(pool, count=0, seed="s", number=1) == pool
    assert drawn_questions(pool, count=10, seed="s", number=1) == pool
    one = drawn_questions(pool, count=3, seed="s", number=1)
    assert one == drawn_questions(pool, count=3, seed="s", number=1)
    two = drawn_questions(pool, count=3, seed="s", number=2)
    assert set(one) | set(two) == set(pool)


def questions_from_stream_like(n):
    from courses.grading import Choice, Question

    return [Question(id=str(i), prompt=f"Q{i}", multiple=False, choices=(Choice("a", "A", True),)) for i in range(n)]


def test_an_attempt_refuses_answers_to_questions_it_did_not_ask(trainee, domain):
    course = factories.make_course(domain=domain, questions=_pool(8))
    quiz = factories.quizzes_of(course)[0]
    quiz.questions_per_attempt = 4
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    enrollment = services.enrollment_create(user=trainee, course=course)[0]
    attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
    every = {q.id: [c.id for c in q.choices if c.correct] for q in questions_from_stream(quiz.questions)}
    with pytest.raises(services.InvalidAnswers):
        services.quiz_attempt_submit(attempt=attempt, answers=every)
