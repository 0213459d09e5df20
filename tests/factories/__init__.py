"""Builders for test data: users, domains and small course trees.

Page trees are built the Wagtail way (``parent.add_child(instance=...)``) and
re-read from the database so StreamField ids are the stored ones.
"""
from __future__ import annotations

import itertools

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from courses.models import CompetencyDomain, CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage

_seq = itertools.count(1)
PASSWORD = "correct-horse-battery-9"


def make_user(*, email=None, first_name="Jordan", last_name="Lee", **extra):
    n = next(_seq)
    email = email or f"trainee{n}@example.org"
    User = get_user_model()
    user = User.objects.create_user(
        username=email, email=email, password=PASSWORD, first_name=first_name, last_name=last_name, **extra
    )
    return user


def make_domain(slug="advocacy", name=None):
    domain, _ = CompetencyDomain.objects.get_or_create(slug=slug, defaults={"name": name or slug.title()})
    return domain


def site_index() -> CourseIndexPage:
    """The catalog page, made the default site's root (created once per test)."""
    existing = CourseIndexPage.objects.first()
    if existing:
        return existing
    root = Page.get_first_root_node()
    if root is None:  # transactional tests flush the rows the migrations made
        Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    index = root.add_child(instance=CourseIndexPage(title="Trainings", slug=f"trainings-{next(_seq)}"))
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page = index
        site.save()
    else:
        Site.objects.create(hostname="localhost", root_page=index, is_default_site=True)
    return index


def default_site() -> Site:
    """The default Wagtail site, whose root is the catalog made by ``site_index``."""
    site_index()
    return Site.objects.get(is_default_site=True)


def question(prompt, choices, *, multiple=False, explanation=""):
    return (
        "question",
        {
            "prompt": prompt,
            "multiple": multiple,
            "choices": [{"text": text, "correct": correct} for text, correct in choices],
            "explanation": explanation,
        },
    )


DEFAULT_QUESTIONS = [
    question("Who leads a peer-run program?", [("Peers", True), ("Nobody", False), ("A robot", False)], explanation="Peers run it."),
    question(
        "Which are medications for opioid use disorder?",
        [("Methadone", True), ("Buprenorphine", True), ("Aspirin", False)],
        multiple=True,
        explanation="Methadone and buprenorphine.",
    ),
]


def make_course(
    *,
    modules=1,
    lessons_per_module=2,
    lesson_minutes=20,
    quiz_minutes=10,
    min_engaged_seconds=0,
    questions=None,
    pass_mark=100,
    max_attempts=3,
    shuffle=False,
    domain=None,
    title="Test course",
) -> CoursePage:
    """A live course; ``required_minutes`` equals the sum of its credit minutes."""
    domain = domain or make_domain()
    index = site_index()
    n = next(_seq)
    required = modules * (lessons_per_module * lesson_minutes + quiz_minutes)
    course = index.add_child(
        instance=CoursePage(title=title, slug=f"course-{n}", code=f"T{n}", summary="A test course.", required_minutes=required)
    )
    for m in range(modules):
        module = course.add_child(instance=ModulePage(title=f"Module {m + 1}", slug=f"module-{m + 1}", default_domain=domain))
        for i in range(lessons_per_module):
            module.add_child(
                instance=LessonPage(
                    title=f"Lesson {m + 1}.{i + 1}",
                    slug=f"lesson-{i + 1}",
                    credit_minutes=lesson_minutes,
                    min_engaged_seconds=min_engaged_seconds,
                    body=[("rich_text", RichText(f"<p>Body of lesson {m + 1}.{i + 1}</p>"))],
                )
            )
        module.add_child(
            instance=QuizPage(
                title=f"Quiz {m + 1}",
                slug="quiz",
                credit_minutes=quiz_minutes,
                pass_mark=pass_mark,
                max_attempts=max_attempts,
                shuffle=shuffle,
                questions=list(questions or DEFAULT_QUESTIONS),
            )
        )
    return CoursePage.objects.get(pk=course.pk)


def lessons_of(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def quizzes_of(course):
    return list(QuizPage.objects.descendant_of(course).order_by("path"))


def answers_for(quiz, *, correct=True):
    """Form-style answers {question_id: [choice_ids]}: all right, or all wrong."""
    from courses.grading import questions_from_stream

    answers = {}
    for q in questions_from_stream(quiz.questions):
        if correct:
            answers[q.id] = [c.id for c in q.choices if c.correct]
        else:
            answers[q.id] = [next(c.id for c in q.choices if not c.correct)]
    return answers
