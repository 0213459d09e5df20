"""Formatting helpers for learning pages: hours to one decimal, durations, dict lookup."""
from django import template

register = template.Library()


@register.filter
def hours(minutes):
    """Minutes as hours with one decimal (design: minutes stored as integers, hours shown to 0.1)."""
    try:
        return f"{int(minutes) / 60:.1f}"
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
