"""Credential readiness pages: how far a trainee's hours go toward a credential.

``/learn/readiness/`` shows the logged-in user's own readiness (and links to
the trainees they supervise); ``/learn/readiness/trainees/<id>/`` shows a
trainee's readiness to their supervisor, to an admin of a site where they
train, or to a platform admin. Anyone else gets a 404, exactly as for an
unknown user. ``?framework=<slug>`` picks the credential (default: the first).
"""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from .selectors import frameworks_for_choice, readiness, readiness_trainee_for, supervised_trainees


def _chosen_framework(request, frameworks):
    """The framework named by ``?framework=``, the first one by default; an unknown slug is a 404."""
    slug = request.GET.get("framework", "").strip()
    if not slug:
        return frameworks[0] if frameworks else None
    for framework in frameworks:
        if framework.slug == slug:
            return framework
    raise Http404("No such credential framework.")


def _render(request, *, trainee, scope=None, extra=None):
    frameworks = frameworks_for_choice()
    framework = _chosen_framework(request, frameworks)
    context = {
        "trainee": trainee,
        "is_self": trainee.pk == request.user.pk,
        "frameworks": frameworks,
        "framework": framework,
        "scope": scope,
        "readiness": readiness(user=trainee, framework=framework, scope=scope) if framework else None,
    }
    context.update(extra or {})
    return TemplateResponse(request, "readiness/readiness.html", context)


@require_safe
@login_required
def mine(request):
    return _render(request, trainee=request.user, extra={"supervised": supervised_trainees(viewer=request.user)})


@require_safe
@login_required
def trainee(request, user_id: int):
    shown = readiness_trainee_for(viewer=request.user, user_id=user_id)
    if shown is None:
        raise Http404("No such trainee.")
    person, scope = shown
    return _render(request, trainee=person, scope=None if person.pk == request.user.pk else scope)
