"""The Spanish curriculum: the MAT training mirrors the English one exactly, and loads as Wagtail
translations of the same pages (same slugs, same block ids) that the site serves in Spanish."""
import io
import re

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from courses.curriculum import COURSES, MAT, TRANSLATIONS
from courses.models import CoursePage, LessonPage, QuizPage

IDENTIFIER = re.compile(r"^[a-z0-9_-]+$")
TAGS = re.compile(r"</?([a-zA-Z0-9]+)")


def differences(english, spanish, path="module"):
    """Where the Spanish data leaves the English shape, or leaves a text untranslated."""
    if type(english) is not type(spanish):
        return [f"{path}: {type(english).__name__} became {type(spanish).__name__}"]
    found = []
    if isinstance(english, dict):
        if set(english) != set(spanish):
            found.append(f"{path}: keys {sorted(set(english) ^ set(spanish))} differ")
        for key in english.keys() & spanish.keys():
            if key != "sources":  # citations of English-language publications stay as they are
                found += differences(english[key], spanish[key], f"{path}.{key}")
    elif isinstance(english, (list, tuple)):
        if len(english) != len(spanish):
            found.append(f"{path}: {len(english)} items became {len(spanish)}")
        for i, (a, b) in enumerate(zip(english, spanish)):
            found += differences(a, b, f"{path}[{i}]")
    elif isinstance(english, str):
        if path.endswith(".slug") or IDENTIFIER.match(english):
            if english != spanish:
                found.append(f"{path}: identifier {english!r} became {spanish!r}")
        elif TAGS.findall(english) != TAGS.findall(spanish):
            found.append(f"{path}: HTML tags differ")
        elif english == spanish and len(english) > 25:
            found.append(f"{path}: not translated")
    elif english != spanish:
        found.append(f"{path}: {english!r} became {spanish!r}")
    return found


@pytest.mark.parametrize("number", range(1, len(MAT["modules"]) + 1))
def test_each_spanish_mat_module_mirrors_the_english_one(number):
    english = MAT["modules"][number - 1]
    spanish = TRANSLATIONS["es"][MAT["slug"]]["modules"][number - 1]
    assert differences(english, spanish) == []


def test_the_comparison_catches_a_changed_answer_an_untranslated_text_and_a_lost_tag():
    english = {"slug": "a", "choices": [("Methadone is medicine, taken every day", True)], "body": "<p>Hi there</p>"}
    spanish = {"slug": "a", "choices": [("Methadone is medicine, taken every day", False)], "body": "Hola"}
    assert len(differences(english, spanish)) == 3


def test_every_course_has_a_spanish_page():
    assert {course["slug"] for course in COURSES} <= set(TRANSLATIONS["es"])
    for course in COURSES:
        text = TRANSLATIONS["es"][course["slug"]]
        assert text["title"] != course["title"] and text["intro"] != course["intro"]


@pytest.mark.django_db
def test_loading_makes_spanish_translations_with_the_same_slugs_and_block_ids(client):
    call_command("load_curriculum", stdout=io.StringIO())
    spanish = Locale.objects.get(language_code="es")
    assert CoursePage.objects.filter(locale=spanish).count() == 3
    lessons = LessonPage.objects.filter(locale=spanish)
    assert lessons.count() == sum(len(m["lessons"]) for m in MAT["modules"])
    for page in list(lessons) + list(QuizPage.objects.filter(locale=spanish)):
        source = page.get_translation(Locale.get_default())
        assert (page.slug, page.live) == (source.slug, True)
        field = "body" if isinstance(page, LessonPage) else "questions"
        assert [b.id for b in getattr(page, field)] == [b.id for b in getattr(source, field)]
        assert page.title != source.title
    # Loading again adds nothing.
    count = Page.objects.count()
    call_command("load_curriculum", stdout=io.StringIO())
    assert Page.objects.count() == count

    # One address, the reader's language.
    course = CoursePage.objects.get(locale=spanish, slug=MAT["slug"])
    url = course.get_translation(Locale.get_default()).url
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    in_spanish = client.get(url, HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert f"<h1>{MAT['title']}</h1>" in english and '<html lang="en">' in english
    assert f"<h1>{course.title}</h1>" in in_spanish and '<html lang="es">' in in_spanish
