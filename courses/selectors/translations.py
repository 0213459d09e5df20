"""Course pages in the reader's language: which page records point at (``source_page``), and
what lists and printed materials show of a page in another language.

Every record (enrollment, progress, answers, attempts, hours) points at the default language's
page; a translation is shown in its place. Lists name pages through ``translated_pages`` (one
cached lookup per language, nothing for the default one); printed materials take each page's text
from its live translation (``in_language``).
"""
from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from ..caching import TIMEOUT as CONTENT_TIMEOUT
from ..caching import content_key
from ..models import CoursePage, LessonPage, ModulePage, QuizPage


def default_locale_id() -> int:
    """The id of the default language's locale (the one course records point at), from the cache."""
    return cache.get_or_set("courses:default-locale", lambda: Locale.get_default().pk, CONTENT_TIMEOUT)


def source_page(page):
    """The page every record points at: ``page`` itself, or, for a translation (a course page,
    lesson or quiz in another language), the default language's page it translates. Enrollments,
    progress, answers, attempts and hours belong to the course whatever language it is read in."""
    default_id = default_locale_id()
    if page.locale_id == default_id:
        return page
    source = type(page).objects.live().filter(translation_key=page.translation_key, locale_id=default_id).first()
    return source or page


@dataclass(frozen=True)
class PageText:
    """What lists show of a page in another language; printed, it is its title (as a page is)."""

    title: str
    summary: str = ""  # a course's
    intro: str = ""  # a module's

    def __str__(self):
        return self.title


def translated_pages(language: str | None) -> dict:
    """The live course, module, lesson and quiz pages of ``language`` as lists show them
    (``PageText``), by translation key; empty for the default language. Kept in the cache until
    content changes (``courses.caching``). Pages are looked up with ``translation_of`` or the
    ``translated`` template filter."""
    if not language or language == settings.LANGUAGE_CODE:
        return {}

    def build():
        pages = {}
        for model, fields in (
            (CoursePage, ("title", "summary")),
            (ModulePage, ("title", "intro")),
            (LessonPage, ("title",)),
            (QuizPage, ("title",)),
        ):
            for row in model.objects.live().filter(locale__language_code=language).values("translation_key", *fields):
                key = row.pop("translation_key")
                pages[key] = PageText(**row)
        return pages

    return cache.get_or_set(content_key("translations", language), build, CONTENT_TIMEOUT)


def translation_of(page, language: str | None = None):
    """``page`` as lists show it in ``language`` (the active one by default): its translation's
    ``PageText``, else the page itself."""
    return translated_pages(language or get_language()).get(page.translation_key, page)


def in_language(pages, language: str | None = None) -> dict:
    """Each of ``pages`` (by id) as printed in ``language`` (the active one by default): its live
    translation (the specific page), else itself. One query per page type."""
    language = language or get_language()
    if not pages or language == settings.LANGUAGE_CODE:
        return {page.pk: page for page in pages}
    keys = [page.translation_key for page in pages]
    found = {
        page.translation_key: page
        for page in Page.objects.live().filter(locale__language_code=language, translation_key__in=keys).specific()
    }
    return {page.pk: found.get(page.translation_key, page) for page in pages}
