"""The load benchmark's URLconf (``coachtraining.settings.bench``): the site's URLs, plus two
signed-in views that do nothing a page could leave out, to measure what every signed-in page
costs before it does its own work (``docs/benchmarks.md``: the guardrails are set against it).

- ``bench/floor/user/``: loads the session and the user (the authentication middleware), and
  answers with the user's id as plain text.
- ``bench/floor/page/``: the same, and renders the site's ``base.html`` (navigation, footer)
  with nothing in its content block, as every signed-in page of the site does around its own.

Both answer anonymous requests with the login redirect, as any signed-in page does. They
exist only in this URLconf: production serves ``coachtraining.urls``.
"""
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.views.decorators.http import require_GET

from .urls import urlpatterns as site_urlpatterns


@login_required
@require_GET
def floor_user(request):
    return HttpResponse(f"user {request.user.pk}", content_type="text/plain; charset=utf-8")


@login_required
@require_GET
def floor_page(request):
    return TemplateResponse(request, "base.html", {})


urlpatterns = [
    path("bench/floor/user/", floor_user, name="bench_floor_user"),
    path("bench/floor/page/", floor_page, name="bench_floor_page"),
    *site_urlpatterns,  # the Wagtail pages' catch-all stays last
]
