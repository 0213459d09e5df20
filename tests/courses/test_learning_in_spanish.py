"""Learning the MAT training in Spanish earns hours toward the same course: one enrollment, one
set of progress, attempts and ledger rows, all on the default language's pages, whichever
language each page was read in."""
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale

from courses.grading import questions_from_stream
from courses.models import ActivityResponse, CoursePage, Enrollment, HourEntry, LessonPage, LessonProgress, QuizAttempt, QuizPage
from programs.language import user_language_save
from tests import factories

pytestmark = pytest.mark.django_db

SPANISH = {"HTTP_ACCEPT_LANGUAGE": "es"}


@pytest.fixture
def mat():
    call_command("load_curriculum", stdout=io.StringIO())
    course = CoursePage.objects.get(slug="medication-assisted-treatment", locale=Locale.get_default())
    LessonPage.objects.descendant_of(course).update(min_engaged_seconds=0)  # no waiting here
    return course


def spanish(page):
    return page.get_translation(Locale.objects.get(language_code="es")).specific


def test_a_spanish_reader_enrolls_learns_and_passes_a_quiz_on_the_one_course(client, mat):
    trainee = factories.make_user(first_name="Lucía", last_name="Ramírez")
    user_language_save(trainee, "es")
    client.force_login(trainee)

    # The course page in Spanish; enrolling from it enrolls in the course.
    page = client.get(mat.url, **SPANISH).content.decode()
    assert f"<h1>{spanish(mat).title}</h1>" in page
    client.post(reverse("courses:enroll", args=[spanish(mat).pk]), **SPANISH)
    enrollment = Enrollment.objects.get(user=trainee)
    assert enrollment.course_id == mat.pk

    # A lesson read in Spanish: its text in Spanish, its progress and credit on the course's lesson.
    lesson = LessonPage.objects.descendant_of(mat).order_by("path").first()
    page = client.get(lesson.url, **SPANISH).content.decode()
    assert spanish(lesson).title in page and lesson.title not in page
    for block in lesson.activity_blocks():
        assert str(block.id) in page  # the same activities, answered on the course's lesson
    # The Spanish page's forms carry its own id; the answers land on the course's lesson.
    assert reverse("courses:lesson_complete", args=[spanish(lesson).pk]) in page
    reflection = next(b for b in lesson.activity_blocks() if b.block_type == "reflection")
    client.post(reverse("courses:activity_answer", args=[spanish(lesson).pk, reflection.id]),
                {"kind": "reflection", "text": "palabra " * 80}, **SPANISH)
    assert LessonProgress.objects.filter(enrollment=enrollment, lesson=lesson).exists()
    assert not LessonProgress.objects.filter(lesson=spanish(lesson)).exists()
    assert ActivityResponse.objects.filter(user=trainee, lesson=lesson, completed_at__isnull=False).count() == 1

    # A quiz in Spanish: the attempt's questions in Spanish, graded on the course's quiz.
    quiz = QuizPage.objects.descendant_of(mat).order_by("path").first()
    page = client.get(quiz.url, **SPANISH).content.decode()
    attempt = QuizAttempt.objects.get(enrollment=enrollment, quiz=quiz)
    asked = quiz.attempt_questions(attempt)
    translated = {q.id: q for q in questions_from_stream(spanish(quiz).questions)}
    assert asked and all(translated[q.id].prompt.replace("“", "").split()[0] in page for q in asked)
    answers = {f"q-{q.id}": [c.id for c in q.choices if c.correct] for q in asked}
    client.post(reverse("courses:quiz_submit", args=[attempt.pk]), answers, **SPANISH)
    attempt.refresh_from_db()
    assert attempt.passed
    credited_pages = set(HourEntry.objects.filter(user=trainee).values_list("page_id", flat=True))
    assert credited_pages == {quiz.pk}
    assert Enrollment.objects.filter(user=trainee).count() == 1

    # Read again in English: the same enrollment and the same passed quiz.
    page = client.get(quiz.url, HTTP_ACCEPT_LANGUAGE="en")
    assert QuizAttempt.objects.filter(enrollment__user=trainee).count() == 1
    assert Enrollment.objects.filter(user=trainee).count() == 1


def test_an_english_reader_of_the_same_course_pays_no_extra_query_for_translations(client, mat, django_assert_max_num_queries):
    """Translations are looked up only for pages in another language (the default locale is cached)."""
    from courses.selectors import source_page

    lesson = LessonPage.objects.descendant_of(mat).first()
    source_page(lesson)  # warm the cache
    with django_assert_max_num_queries(0):
        assert source_page(lesson) is lesson
    assert source_page(spanish(lesson)).pk == lesson.pk


def _titles(pages):
    return [page.title for page in pages]


def test_lists_name_every_page_in_the_readers_language(client, mat):
    """Catalog, outline, dashboard, lesson navigation and messages name the pages in Spanish for a
    Spanish reader, and in English for an English one."""
    from django.contrib.messages import get_messages
    from django.utils.html import escape

    from courses.models import ModulePage

    trainee = factories.make_user()
    user_language_save(trainee, "es")
    client.force_login(trainee)
    modules = list(ModulePage.objects.child_of(mat).live().order_by("path"))
    lessons = list(LessonPage.objects.descendant_of(mat).live().order_by("path"))

    catalog = client.get("/", **SPANISH).content.decode()
    assert escape(spanish(mat).title) in catalog and escape(spanish(mat).summary) in catalog
    assert escape(mat.summary) not in catalog

    response = client.post(reverse("courses:enroll", args=[mat.pk]), **SPANISH)
    assert [str(m) for m in get_messages(response.wsgi_request)] == [f"Ya está inscrito/a en {spanish(mat).title}."]

    outline = client.get(mat.url, **SPANISH).content.decode()
    for module in modules:
        assert escape(spanish(module).title) in outline and escape(module.title) not in outline
        assert escape(spanish(module).intro) in outline
    for lesson in lessons:
        assert escape(spanish(lesson).title) in outline

    dashboard = client.get(reverse("courses:dashboard"), **SPANISH).content.decode()
    assert escape(spanish(mat).title) in dashboard and "Siguiente: " + escape(spanish(lessons[0]).title) in dashboard

    second = client.get(lessons[1].url, **SPANISH).content.decode()
    assert "← " + escape(spanish(lessons[0]).title) in second and escape(spanish(lessons[2]).title) + " →" in second
    assert f"› {escape(spanish(modules[0]).title)}</nav>" in second

    # The same pages for an English reader: English titles only.
    reader = factories.make_user()
    user_language_save(reader, "en")
    client.force_login(reader)
    outline = client.get(mat.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert all(escape(module.title) in outline for module in modules)
    assert not any(escape(spanish(lesson).title) in outline for lesson in lessons)


def test_translated_titles_follow_a_published_change(mat, django_assert_num_queries):
    """The translations are kept in the cache until content changes, and cost nothing in English."""
    from courses.selectors import translation_of

    lesson = LessonPage.objects.descendant_of(mat).live().first()
    with django_assert_num_queries(0):
        assert translation_of(lesson, "en") is lesson
    assert translation_of(lesson, "es").title == spanish(lesson).title
    with django_assert_num_queries(0):
        translation_of(lesson, "es")  # from the cache
    translated = spanish(lesson)
    translated.title = "Un título nuevo"
    translated.save_revision().publish()
    assert translation_of(lesson, "es").title == "Un título nuevo"


def test_pages_without_a_translation_are_marked_as_english_on_spanish_pages(client, mat):
    """WCAG 3.1.2: an English lesson named or shown on a Spanish page carries ``lang="en"``."""
    from django.utils.html import escape

    rc = CoursePage.objects.get(code="RC30", locale=Locale.get_default())
    trainee = factories.make_user()
    user_language_save(trainee, "es")
    client.force_login(trainee)
    client.post(reverse("courses:enroll", args=[rc.pk]), **SPANISH)
    lesson = LessonPage.objects.descendant_of(rc).live().order_by("path").first()

    outline = client.get(rc.url, **SPANISH).content.decode()
    assert '<html lang="es">' in outline
    assert f'<span lang="en">{escape(lesson.title)}</span>' in outline
    page = client.get(lesson.url, **SPANISH).content.decode()
    assert '<article class="lesson" lang="en">' in page
    # The MAT training is translated: nothing on its Spanish pages is marked English.
    client.post(reverse("courses:enroll", args=[mat.pk]), **SPANISH)
    assert 'lang="en"' not in client.get(mat.url, **SPANISH).content.decode().split("</header>")[1]
