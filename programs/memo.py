"""Per-process memos of rarely-changing structure, invalidated everywhere at once.

Course outlines, the site a host name maps to, whether any page has a view
restriction: every request needs them, and they change only when an editor
changes pages or sites. A :class:`ProcessMemo` keeps such values in the memory
of each process, tagged with a version number held in the shared cache
(``CACHE_URL``, Redis in production). ``bump()`` (called from signal
receivers) changes the version, and every process rebuilds on its next use.

Without a shared cache (the embedded default, ``LocMemCache``), another process
cannot see a bump, so entries also expire after ``max_age`` seconds (setting
``MEMO_MAX_AGE_SECONDS``): a change then shows everywhere within that delay.
The version itself is read from the shared cache at most once a second per
process, so a busy process pays about one cache round trip per second, not
one per request; the process that bumps sees its own change at once.
Values handed out are shared by every request of the process: read-only.
"""
from __future__ import annotations

import threading
import time
import uuid
from typing import Any, Callable, Hashable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

_MISSING = object()
VERSION_CHECK_SECONDS = 1.0


class ProcessMemo:
    def __init__(self, name: str, *, max_entries: int = 1024):
        self.key = f"memo-version:{name}"
        self.max_entries = max_entries
        self._entries: dict[Hashable, tuple[str, float, Any]] = {}
        self._lock = threading.Lock()
        self._version: tuple[float, str] | None = None  # (read at, version)

    def version(self) -> str:
        now = time.monotonic()
        if self._version is not None and now - self._version[0] < VERSION_CHECK_SECONDS:
            return self._version[1]
        version = cache.get(self.key)
        if version is None:
            cache.add(self.key, uuid.uuid4().hex, None)
            version = cache.get(self.key, "")
        self._version = (now, version)
        return version

    def get_many(self, keys, build: Callable[[list], dict], *, version: str | None = None) -> dict:
        """Values for ``keys``; ``build(missing_keys)`` returns a dict for those not memoised."""
        version = self.version() if version is None else version
        now = time.monotonic()
        max_age = getattr(settings, "MEMO_MAX_AGE_SECONDS", 60)
        found, missing = {}, []
        for key in keys:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == version and now - entry[1] < max_age:
                found[key] = entry[2]
            else:
                missing.append(key)
        if missing:
            built = build(missing)
            with self._lock:
                if len(self._entries) + len(built) > self.max_entries:
                    self._entries.clear()
                for key in missing:
                    value = built.get(key, _MISSING)
                    if value is not _MISSING:
                        self._entries[key] = (version, now, value)
                        found[key] = value
        return found

    def get(self, key: Hashable, build: Callable[[], Any]) -> Any:
        return self.get_many([key], lambda missing: {key: build()})[key]

    def bump(self) -> None:
        version = uuid.uuid4().hex
        with self._lock:
            self._entries.clear()
            self._version = (time.monotonic(), version)
        cache.set(self.key, version, None)

    def clear_local(self) -> None:
        with self._lock:
            self._entries.clear()
            self._version = None


# Pages, sites, view restrictions and documents: what routing, outlines and lesson bodies are built from.
content = ProcessMemo("content")


# Each user's site roles, for the navigation (programs.context_processors): one small
# entry per active user, dropped everywhere when any role is granted or revoked.
roles = ProcessMemo("site-roles", max_entries=100_000)


def roles_changed(sender=None, **kwargs) -> None:
    roles.bump()
    transaction.on_commit(roles.bump)


def content_changed(sender=None, **kwargs) -> None:
    """Signal receiver (connected only to the watched models, see ``connect_signals``): bump ``content``."""
    # Now (this process, at once) and again after the commit: another process that
    # rebuilt in between read the data from before the commit.
    content.bump()
    transaction.on_commit(content.bump)


def _content_models() -> list[type]:
    """Pages (every page type), sites, view restrictions, documents, and models marked
    ``memo_content = True`` (e.g. competency domains): what ``content`` is built from."""
    from django.apps import apps
    from wagtail.documents.models import AbstractDocument
    from wagtail.models import Page, PageViewRestriction, Site

    watched = (Page, Site, PageViewRestriction, AbstractDocument)
    return [
        model
        for model in apps.get_models()
        if issubclass(model, watched) or getattr(model, "memo_content", False)
    ]


def connect_signals() -> None:
    """Connect the receivers to the models they watch only: other writes (the hours ledger,
    progress, sessions) pay nothing."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for model in _content_models():
        for signal in (post_save, post_delete):
            signal.connect(content_changed, sender=model, dispatch_uid=f"memo-content-{id(signal)}-{model._meta.label}")
    for signal in (page_published, page_unpublished, post_page_move):  # sent for pages only
        signal.connect(content_changed, dispatch_uid=f"memo-content-{id(signal)}")
