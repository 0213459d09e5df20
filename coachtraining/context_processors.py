"""Template context for the site navigation: which role-based sections to show.

One query per page for a logged-in user (their distinct roles), evaluated only
when a template asks; anonymous visitors cost nothing.
"""
from django.utils.functional import SimpleLazyObject

from .models import SiteRole


def _nav_roles(user):
    if not user.is_authenticated:
        return frozenset()
    if user.is_superuser:
        return frozenset(SiteRole.Role.values)
    return frozenset(SiteRole.objects.filter(user=user).values_list("role", flat=True).distinct())


def navigation(request):
    user = getattr(request, "user", None)
    if user is None:
        return {}
    return {"nav_roles": SimpleLazyObject(lambda: _nav_roles(user))}
