"""Wagtail content: the page tree rules, the admin an author uses, and question validation."""
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Page

from courses.blocks import QuestionBlock
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage
from tests import factories

pytestmark = pytest.mark.django_db


def test_page_tree_is_restricted_both_ways():
    assert CourseIndexPage.allowed_subpage_models() == [CoursePage]
    assert CoursePage.allowed_subpage_models() == [ModulePage]
    assert set(ModulePage.allowed_subpage_models()) == {LessonPage, QuizPage}
    assert LessonPage.allowed_subpage_models() == []
    assert QuizPage.allowed_parent_page_models() == [ModulePage]
    assert not LessonPage.can_create_at(Page.get_first_root_node())


@pytest.fixture
def admin_client(client, db):
    user = factories.make_user(email="editor@example.org", is_staff=True, is_superuser=True)
    client.force_login(user)
    return client


def test_author_can_open_every_course_page_in_the_admin(admin_client, course):
    pages = [course, *ModulePage.objects.descendant_of(course), *factories.lessons_of(course), *factories.quizzes_of(course)]
    for page in pages:
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page


def test_author_can_open_the_add_forms(admin_client, course):
    module = ModulePage.objects.descendant_of(course).first()
    for model in ("lessonpage", "quizpage"):
        response = admin_client.get(reverse("wagtailadmin_pages:add", args=["courses", model, module.pk]))
        assert response.status_code == 200


def test_quiz_edit_form_shows_choices_with_their_correct_flags(admin_client, course):
    quiz = factories.quizzes_of(course)[0]
    body = admin_client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk])).content.decode()
    assert "Methadone" in body and "correct" in body


def _question(choices, multiple=False):
    block = QuestionBlock()
    return block, block.to_python(
        {
            "prompt": "Q?",
            "multiple": multiple,
            "choices": [{"text": text, "correct": correct} for text, correct in choices],
            "explanation": "",
        }
    )


def test_a_question_needs_a_correct_choice():
    block, value = _question([("A", False), ("B", False)])
    with pytest.raises(ValidationError):
        block.clean(value)


def test_a_single_answer_question_has_exactly_one_correct_choice():
    block, value = _question([("A", True), ("B", True)])
    with pytest.raises(ValidationError):
        block.clean(value)
    block, value = _question([("A", True), ("B", True)], multiple=True)
    block.clean(value)


def test_stream_ids_are_stable_across_saves(course):
    quiz = factories.quizzes_of(course)[0]
    from courses.grading import questions_from_stream

    before = questions_from_stream(quiz.questions)
    quiz.save_revision().publish()
    after = questions_from_stream(QuizPage.objects.get(pk=quiz.pk).questions)
    assert [q.id for q in before] == [q.id for q in after]
    assert [c.id for q in before for c in q.choices] == [c.id for q in after for c in q.choices]
    assert all(q.id and all(c.id for c in q.choices) for q in after)
