"""Printed materials in the reader's language: a Spanish reader's facilitator guide and workbook
print the Spanish pages' text (each page's own where it has no translation), with the course's
permissions and outline, whichever language's page id the link names."""
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Locale, Site

from courses import services
from courses.models import CoursePage, LessonPage, ModulePage
from programs.language import user_language_save
from programs.roles import Role
from tests import factories
from tests.factories import cohorts as fc
from tests.materials.test_materials import text_of

pytestmark = pytest.mark.django_db

SPANISH = {"HTTP_ACCEPT_LANGUAGE": "es"}


@pytest.fixture
def curriculum():
    call_command("load_curriculum", stdout=io.StringIO())
    default = Locale.get_default()
    return {
        code: CoursePage.objects.get(code=code, locale=default) for code in ("MAT4", "RC30")
    }


def spanish(page):
    return page.get_translation(Locale.objects.get(language_code="es")).specific


def _words(text):
    return " ".join(text.split())


def _reader(language, *roles):
    site = Site.objects.get(is_default_site=True)
    user = fc.make_staff(site, *roles) if roles else factories.make_user()
    user_language_save(user, language)
    return user


def test_a_spanish_facilitator_prints_the_spanish_guide(client, curriculum):
    mat = curriculum["MAT4"]
    module = ModulePage.objects.child_of(mat).live().order_by("path").first()
    first_segment = spanish(module).guide_agenda[0].value["title"]
    client.force_login(_reader("es", Role.FACILITATOR))

    text = text_of(client.get(reverse("materials:guide_pdf", args=[module.pk]), **SPANISH))
    assert "Guía para facilitadores" in text
    assert _words(spanish(module).title) in text and _words(module.title) not in text
    assert _words(first_segment) in text
    assert _words(spanish(LessonPage.objects.child_of(module).live().first()).title) in text
    # The Spanish module's id names the same guide.
    same = text_of(client.get(reverse("materials:guide_pdf", args=[spanish(module).pk]), **SPANISH))
    assert same == text

    client.force_login(_reader("en", Role.FACILITATOR))
    text = text_of(client.get(reverse("materials:guide_pdf", args=[module.pk]), HTTP_ACCEPT_LANGUAGE="en"))
    assert "Facilitator guide" in text and _words(module.title) in text


def test_a_spanish_trainee_prints_the_workbook_in_spanish_where_pages_are_translated(client, curriculum):
    mat, rc = curriculum["MAT4"], curriculum["RC30"]
    trainee = _reader("es")
    for course in (mat, rc):
        services.enrollment_create(user=trainee, course=course)
    client.force_login(trainee)

    lessons = list(LessonPage.objects.descendant_of(mat).live().order_by("path"))
    text = text_of(client.get(reverse("materials:workbook_pdf", args=[spanish(mat).pk]), **SPANISH))
    assert "Cuaderno de trabajo para participantes" in text
    assert _words(spanish(mat).title) in text
    assert all(_words(spanish(lesson).title) in text for lesson in lessons[:5])

    # The Recovery Coach lessons are not translated: their English text, under Spanish labels.
    lesson = LessonPage.objects.descendant_of(rc).live().order_by("path").first()
    text = text_of(client.get(reverse("materials:workbook_pdf", args=[rc.pk]), **SPANISH))
    assert "Cuaderno de trabajo para participantes" in text and _words(lesson.title) in text
    assert _words(spanish(rc).title) in text


def test_the_materials_page_lists_each_course_once_in_the_readers_language(client, curriculum):
    mat = curriculum["MAT4"]
    client.force_login(_reader("es", Role.FACILITATOR))
    page = client.get(reverse("materials:index"), **SPANISH).content.decode()
    assert page.count(f'id="course-{mat.pk}"') == 1 and f'id="course-{spanish(mat).pk}"' not in page
    assert escape(spanish(mat).title) in page
    module = ModulePage.objects.child_of(mat).live().order_by("path").first()
    assert escape(spanish(module).title) in page
