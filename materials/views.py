"""Printed course materials: the list of what a user may print, and the PDFs.

A guide or workbook the user may not print answers 404, like a page that is not there (its
existence is not revealed). A translated page's id names the page it translates: permissions and
the outline are those of the course, the text is printed in the reader's language. PDFs are cached per content version and language (their headings and
labels are printed in the active language): editing any page starts a new version.
"""
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from courses.caching import TIMEOUT as CONTENT_TIMEOUT
from courses.caching import content_key
from courses.models import CoursePage, ModulePage
from courses.selectors import source_page

from . import rendering, selectors


def _pdf(key: str, render, filename: str) -> HttpResponse:
    """The PDF cached under ``key`` (made with ``render()`` when missing), served inline."""
    body = cache.get(key)
    if body is None:
        body = render()
        cache.set(key, body, CONTENT_TIMEOUT)
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def index(request):
    return TemplateResponse(request, "materials/index.html", {"rows": selectors.materials_for(request.user)})


@login_required
@require_GET
def guide_pdf(request, module_id):
    module = source_page(get_object_or_404(ModulePage.objects.live(), pk=module_id))
    course = module.get_parent().specific
    if not selectors.can_print_guides(request.user, course):
        raise Http404
    return _pdf(
        content_key("guide-pdf", module.pk, get_language()),
        lambda: rendering.render_guide(selectors.guide_data(module, course)),
        f"guide-{slugify(module.title)[:60]}.pdf",
    )


@login_required
@require_GET
def workbook_pdf(request, course_id):
    course = source_page(get_object_or_404(CoursePage.objects.live(), pk=course_id))
    if not selectors.can_print_workbook(request.user, course):
        raise Http404
    return _pdf(
        content_key("workbook-pdf", course.pk, get_language()),
        lambda: rendering.render_workbook(selectors.workbook_data(course)),
        f"workbook-{slugify(course.code)}.pdf",
    )
