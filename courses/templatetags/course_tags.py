"""Formatting helpers for learning pages: hours to one decimal, durations, dict lookup,
rich text cleaned on output, and lesson bodies rendered once per process."""
from functools import lru_cache

from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe

from courses.caching import TIMEOUT, content_key
from courses.display import hours_text

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
    try:
        seconds = int(seconds)
    except (TypeError, ValueError):
        return ""
    minutes, seconds = divmod(seconds, 60)
    if minutes and seconds:
        return f"{minutes} min {seconds} s"
    if minutes:
        return f"{minutes} min"
    return f"{seconds} s"


@register.filter
def get_item(mapping, key):
    """``mapping[key]`` in a template, or None."""
    try:
        return mapping.get(key)
    except AttributeError:
        return None


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


@register.simple_tag
def lesson_body(page):
    """A live lesson's body, kept in the cache until content changes (``courses.caching``). Block
    templates use only their own value, so the HTML is the same for every trainee. Previews
    render the draft in the template instead."""

    def render():
        return "".join(str(child.render_as_block()) for child in page.body)

    return mark_safe(cache.get_or_set(content_key("lesson-body", page.pk), render, TIMEOUT))
