"""Template context for pages that list course pages: their translations in the reader's language.

``page_translations`` is read only when a template asks (``{{ page|translated:page_translations }}``,
see ``courses.templatetags.course_tags``), and costs nothing for readers of the default language.
"""
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from .selectors import translated_pages


def page_translations(request):
    return {"page_translations": SimpleLazyObject(lambda: translated_pages(get_language()))}
