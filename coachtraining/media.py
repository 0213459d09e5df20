"""Uploaded images served from ``MEDIA_ROOT`` when nothing in front of the site does.

Wagtail writes uploaded images (``original_images/``) and their renditions (``images/``) to the
default storage and links to them under ``MEDIA_URL``. With the file-system storage and no web
server or CDN in front (``make up``), this view serves them (``SERVE_MEDIA``, on by default;
turn it off when a proxy serves ``MEDIA_URL``, or when the storage is remote and links
elsewhere). Only those public folders: the storage also holds certificate PDFs, which are
served only to their owner and staff through the certificate views, never by path.
"""
from __future__ import annotations

import posixpath

from django.conf import settings
from django.http import Http404
from django.views.decorators.http import require_safe
from django.views.static import serve


@require_safe
def public_media(request, path: str):
    path = posixpath.normpath(path).lstrip("/")  # "images/../certificates/…" is "certificates/…"
    if not settings.SERVE_MEDIA or not path.startswith(tuple(settings.MEDIA_PUBLIC_PREFIXES)):
        raise Http404("No such file.")
    return serve(request, path, document_root=settings.MEDIA_ROOT)
