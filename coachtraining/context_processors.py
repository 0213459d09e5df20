"""Template context for the site navigation: which role-based sections to show.

A logged-in user's distinct roles, evaluated only when a template asks, kept
per process in ``memo.roles`` (any role granted or revoked anywhere clears it
in every process within a second). They only decide which links show: every
view checks the database for its own permission.
"""
from django.utils.functional import SimpleLazyObject

from . import memo
from .models import SiteRole


def _nav_roles(user):
    if not user.is_authenticated:
        return frozenset()
    if user.is_superuser:
        return frozenset(SiteRole.Role.values)
    return memo.roles.get(
        user.pk, lambda: frozenset(SiteRole.objects.filter(user=user).values_list("role", flat=True).distinct())
    )


def navigation(request):
    user = getattr(request, "user", None)
    if user is None:
        return {}
    return {"nav_roles": SimpleLazyObject(lambda: _nav_roles(user))}
