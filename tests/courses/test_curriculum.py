"""`load_curriculum` builds the three trainings with exact hours, and running it twice changes nothing."""
import io
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db.models import Sum
from wagtail.models import Locale, Page, Site

from courses.curriculum import COURSES
from courses.blocks import body_engagement
from courses.grading import questions_from_stream
from courses.models import CompetencyDomain, CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage

pytestmark = pytest.mark.django_db

EXPECTED = {"RC30": 1800, "ETH15": 900, "MAT4": 240}


@pytest.fixture
def loaded(db):
    call_command("load_curriculum", stdout=io.StringIO())


def test_the_three_trainings_are_published_under_the_default_site(loaded):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, CourseIndexPage)
    courses = CoursePage.objects.child_of(site.root_page).live()
    assert {c.code: c.required_minutes for c in courses} == EXPECTED


@pytest.mark.parametrize("code, minutes", EXPECTED.items())
def test_live_minutes_add_up_exactly_and_online_credit_never_exceeds_them(loaded, code, minutes):
    """Every module can be delivered live for its minutes; online, a course credits what its
    lessons and quizzes hold (the engagement model), at most the module's minutes."""
    course = CoursePage.objects.get(code=code, locale=Locale.get_default())
    modules = ModulePage.objects.child_of(course)
    assert sum(module.live_minutes for module in modules) == minutes
    for module in modules:
        lessons = LessonPage.objects.child_of(module).aggregate(m=Sum("credit_minutes"))["m"]
        quizzes = QuizPage.objects.child_of(module).aggregate(m=Sum("credit_minutes"))["m"]
        assert lessons + quizzes <= module.live_minutes


def test_the_mat_training_is_wholly_online_with_activities_pools_and_sources(loaded):
    mat = CoursePage.objects.get(code="MAT4", locale=Locale.get_default())
    lessons = LessonPage.objects.descendant_of(mat)
    quizzes = QuizPage.objects.descendant_of(mat)
    online = sum(lesson.credit_minutes for lesson in lessons) + sum(quiz.credit_minutes for quiz in quizzes)
    assert online == 240
    kinds = {block.block_type for lesson in lessons for block in lesson.body}
    assert {"reflection", "scenario", "self_check"} <= kinds
    for lesson in lessons:
        measured = body_engagement(lesson.body)
        assert lesson.credit_minutes <= measured.modeled_minutes, lesson
        assert lesson.min_engaged_seconds >= lesson.credit_minutes * 60 * 0.6, lesson
    for quiz in quizzes:
        assert quiz.questions_per_attempt == 5 and len(questions_from_stream(quiz.questions)) >= 8
    assert len(mat.source_list) >= 5 and any("TIP 63" in source for source in mat.source_list)


def test_every_module_ends_in_a_quiz_of_real_questions(loaded):
    for module in ModulePage.objects.all():
        children = list(module.get_children().specific())
        assert len(children) >= 2, module
        assert isinstance(children[-1], QuizPage), module
        assert all(isinstance(child, LessonPage) for child in children[:-1]), module
        questions = questions_from_stream(children[-1].questions)
        assert len(questions) >= 3
        for question in questions:
            assert question.prompt and question.correct_ids
            assert len(question.choices) >= 3
            assert question.id and all(choice.id for choice in question.choices)


def test_lessons_have_content_and_a_minimum_engaged_time(loaded):
    for lesson in LessonPage.objects.all():
        assert len(lesson.body) >= 1, lesson
        assert 0 < lesson.min_engaged_seconds <= lesson.credit_minutes * 60, lesson


def test_domains_are_data_and_every_credit_has_one(loaded):
    assert list(CompetencyDomain.objects.values_list("name", flat=True)) == [
        "Advocacy",
        "Mentoring/Education",
        "Recovery/Wellness Support",
        "Ethical Responsibility",
        "Harm Reduction",
    ]
    for module in ModulePage.objects.all():
        assert module.default_domain_id


def test_harm_reduction_lessons_credit_the_harm_reduction_domain(loaded):
    credited = set(
        LessonPage.objects.filter(locale=Locale.get_default(), domain__slug="harm-reduction").values_list("slug", flat=True)
    )
    assert credited == {
        "tolerance-withdrawal-and-overdose-risk", "fentanyl-xylazine-and-safer-use",
        "talking-about-harm-reduction-without-judgment", "xylazine-test-strips-and-harm-reduction",
    }


def test_the_mat_course_covers_the_three_medications(loaded):
    mat = CoursePage.objects.get(code="MAT4", locale=Locale.get_default())
    text = " ".join(str(lesson.body) for lesson in LessonPage.objects.descendant_of(mat)).lower()
    for word in ("methadone", "buprenorphine", "naltrexone", "stigma"):
        assert word in text


def test_running_twice_changes_nothing(loaded):
    before = list(Page.objects.order_by("path").values_list("path", "title", "latest_revision_id", "last_published_at"))
    domains = list(CompetencyDomain.objects.values_list("pk", "name"))
    call_command("load_curriculum", stdout=io.StringIO())
    after = list(Page.objects.order_by("path").values_list("path", "title", "latest_revision_id", "last_published_at"))
    assert before == after
    assert domains == list(CompetencyDomain.objects.values_list("pk", "name"))


def test_course_data_matches_the_page_tree(loaded):
    for data in COURSES:
        course = CoursePage.objects.get(slug=data["slug"], locale=Locale.get_default())
        assert ModulePage.objects.child_of(course).count() == len(data["modules"])


def test_the_curriculum_pages_render(client, loaded):
    response = client.get("/")
    assert response.status_code == 200
    for course in CoursePage.objects.all():
        assert client.get(course.url).status_code == 200


def test_curriculum_data_passes_its_checker():
    """The content checker (structure, exact minutes, allowed HTML, person-first language) passes."""
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "courses/curriculum/check.py"], cwd=root, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
