"""Formatting helpers for learning pages: hours to one decimal, durations, dict lookup,
rich text cleaned on output, and lesson bodies (their static parts kept in the cache)."""
from functools import lru_cache

from django import template
from django.conf import settings
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from courses.blocks import ACTIVITY_TYPES

from courses.caching import TIMEOUT, content_key
from courses.display import duration_text, hours_text

register = template.Library()


@register.filter
def hours(minutes):
    """Minutes as hours with one decimal (``courses.display.hours_text``); "" for a non-number."""
    try:
        return hours_text(int(minutes))
    except (TypeError, ValueError):
        return ""


@register.filter
def duration(seconds):
    """Seconds as "3 min 20 s" in the active language (``courses.display.duration_text``)."""
    try:
        seconds = int(seconds)
    except (TypeError, ValueError):
        return ""
    return duration_text(seconds)


@register.filter
def activities_to_do(activities):
    """The required activities not yet done, from ``selectors.lesson_activities``."""
    return [state for state in activities or () if state.required and not state.done]


@register.filter
def get_item(mapping, key):
    """``mapping[key]`` in a template, or None."""
    try:
        return mapping.get(key)
    except AttributeError:
        return None


class Untranslated:
    """A page without a translation in the reader's language, named on a page in that language: it
    reads as the page, and prints as its title marked with the page's own language (WCAG 3.1.2),
    so it is printed in text only; in an attribute or ``<title>``, print its ``title``."""

    def __init__(self, page):
        self.page = page
        self.lang = settings.LANGUAGE_CODE  # pages without a translation are the default language's

    def __getattr__(self, name):
        return getattr(self.page, name)

    def __str__(self):
        return format_html('<span lang="{}">{}</span>', self.lang, self.page.title)


@register.filter
def translated(page, translations):
    """``page`` as lists show it in the reader's language: its translation's title (printed), a
    course's ``summary``, a module's ``intro``; ``{{ page|translated:page_translations }}``, with
    ``page_translations`` from ``courses.context_processors``. Without a translation, the page
    itself; when the reader's language is another, wrapped in ``Untranslated`` (marked with its own)."""
    if not translations:  # the default language, or no translations in the context
        return page
    found = translations.get(page.translation_key)
    return found if found is not None else Untranslated(page)


@register.filter
def lang_attr(shown):
    """`` lang="en"`` for what ``translated`` found without a translation, else nothing."""
    lang = getattr(shown, "lang", "")
    return format_html(' lang="{}"', lang) if lang else ""


@register.filter
def clean_richtext(value):
    """Wagtail's ``richtext`` filter, then only the tags and attributes rich text may hold.

    Wagtail filters rich text when it is edited in the admin, not when it is rendered, so
    HTML that reached the database another way (an import, a script, a replicated copy)
    would be served as is. Here ``<script>``, event handlers, ``javascript:`` links,
    iframes and the like are dropped on output (their text, if any, stays as text).
    """
    from wagtail.templatetags.wagtailcore_tags import richtext

    return mark_safe(_whitelisted(str(richtext(value))))


@lru_cache(maxsize=4096)
def _whitelisted(html: str) -> str:
    """Cleaning is a pure function of the HTML (and parses it: ~1 ms), so the same text is cleaned once."""
    from wagtail.whitelist import Whitelister

    return Whitelister().clean(html)


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    """A live lesson's body. What is the same for every trainee (text, callouts, media) is kept in
    the cache until content changes (``courses.caching``); activities are rendered for this
    trainee, with their answers (``activities`` in the context, from ``selectors.lesson_activities``).
    Previews render the draft in the template instead."""

    def render_static():
        return [
            None if child.block_type in ACTIVITY_TYPES else str(child.render_as_block()) for child in page.body
        ]

    # Keyed by language too: the static parts hold interface text (e.g. a video's "Transcript").
    parts = cache.get_or_set(content_key("lesson-body", page.pk, get_language()), render_static, TIMEOUT)
    states = {state.id: state for state in context.get("activities") or ()}
    request = context.get("request")
    html = []
    for part, child in zip(parts, page.body):
        if part is not None:
            html.append(part)
            continue
        state = states.get(str(child.id))
        html.append(
            str(
                child.render_as_block(
                    context={
                        "activity": state,
                        "page": page,
                        "request": request,
                        "csrf_token": get_token(request) if request is not None else "",
                    }
                )
            )
        )
    return mark_safe("".join(html))
