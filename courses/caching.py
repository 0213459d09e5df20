"""Course content kept in Django's cache: outlines, routes and rendered lesson bodies.

Building a course's outline loads every live page of the course, and every trainee page needs
it; content changes only when an editor publishes, moves or deletes a page, or changes a site,
a document or a competency domain. Entries are stored under the *content version*, a token in
the cache that ``content_changed`` (connected in ``apps.py`` to those changes) replaces: every
process reads the new token on its next request and builds afresh, and the old entries expire.
With ``CACHE_URL`` (Redis) all processes share one cache; the embedded default is each
process's local memory, which is right for a single process.
"""
from __future__ import annotations

import uuid

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "courses:content-version"
TIMEOUT = 60 * 60  # entries of a replaced version are left to expire


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY, "")
    return version


def content_key(*parts) -> str:
    """A cache key for content built from the current pages, e.g. ``content_key("outline", 12)``."""
    return ":".join(["courses", content_version(), *map(str, parts)])


def content_changed(sender=None, **kwargs) -> None:
    """Signal receiver: start a new content version, now and again after the commit (a request
    that built an entry in between read the pages from before the commit)."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)
    transaction.on_commit(lambda: cache.set(VERSION_KEY, uuid.uuid4().hex, None))
