"""Template context for the site navigation: its links, and which role-based sections to show.

The links (``nav_urls``) are reversed once per process and script prefix: every page
shows them, and a ``{% url %}`` costs about as much as a small query's Python.
A logged-in user's distinct roles are read only when a template asks. They only
decide which links show: every view checks the database for its own permission.
"""
from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.functional import SimpleLazyObject

from .models import SiteRole


# The navigation's links: template name -> URL name.
NAV_URLS = {
    "dashboard": "courses:dashboard",
    "certificates": "certificates:mine",
    "readiness": "readiness:mine",
    "practice": "supervision:my_practice",
    "cohorts": "cohorts:list",
    "materials": "materials:index",
    "supervision": "supervision:dashboard",
    "admin": "wagtailadmin_home",
    "names": "account_names",
    "login": "login",
    "logout": "logout",
    "signup": "signup",
    "verify": "certificates:verify_lookup",
    "language": "set_language",
}


@lru_cache(maxsize=16)
def _nav_urls(script_prefix: str, urlconf) -> dict[str, str]:
    # reverse() reads the current script prefix and URLconf, which are the key.
    return {key: reverse(name, urlconf=urlconf) for key, name in NAV_URLS.items()}


def _nav_roles(user):
    if not user.is_authenticated:
        return frozenset()
    if user.is_superuser:
        return frozenset(SiteRole.Role.values)
    return frozenset(SiteRole.objects.filter(user=user).values_list("role", flat=True))


def navigation(request):
    nav = {
        "nav_urls": _nav_urls(get_script_prefix(), get_urlconf()),
        # The switch offers the site's languages (set by ``programs.language.SiteLanguageMiddleware``).
        "site_languages": getattr(request, "site_languages", [code for code, _name in settings.LANGUAGES]),
    }
    user = getattr(request, "user", None)
    if user is not None:
        nav["nav_roles"] = SimpleLazyObject(lambda: _nav_roles(user))
    return nav
