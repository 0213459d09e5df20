"""What the records file is: its format name and version, the error a refused import raises,
and how values are written (the export) and read back (the import).

Dates and datetimes are ISO 8601 text, datetimes always with their time zone; a
site is named by ``hostname:port``.
"""
from __future__ import annotations

from datetime import date, datetime

from django.utils import timezone
from wagtail.models import Site

FORMAT = "coachtraining-records"
VERSION = 1


class RecordsError(Exception):
    """The file cannot be imported; ``str()`` says why (every problem found)."""


def datetime_text(value: datetime | None) -> str | None:
    if value is None:
        return None
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value.isoformat()


def date_text(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_datetime(value):
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if timezone.is_naive(parsed):
        raise ValueError(f"datetime without a time zone: {value}")
    return parsed


def parse_date(value):
    return date.fromisoformat(value) if value is not None else None


def site_key(site: Site) -> str:
    return f"{site.hostname}:{site.port}"
