"""The language a person reads the site in: English or Spanish, among those the site offers.

Anonymous visitors get the language of the switch (a cookie) or of their browser, chosen by
Django's ``LocaleMiddleware``. A signed-in person's choice is saved on their profile (Wagtail's
``UserProfile.preferred_language``, the same field the admin uses), copied into the session at
log-in so that requests need no extra query, and used for what reaches them outside a request:
e-mails and PDFs (``user_language``).

Each site offers the languages ticked in its program settings (``ProgramSettings.languages``);
a language the site does not offer gives way to the site's first. The languages of each host are
kept in the cache until program settings or sites change, so requests pay no query for them.
"""
from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.core.cache import cache
from django.db import transaction
from django.dispatch import receiver
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from wagtail.models import Site
from wagtail.users.models import UserProfile

from .models import ProgramSettings

SESSION_KEY = "language"
HOSTS_KEY = "programs:site-languages"  # {host: languages offered}
MAX_HOSTS = 200  # past this many host names the map starts afresh (hosts are limited by ALLOWED_HOSTS)
TIMEOUT = 5 * 60  # bounds how stale a process without a shared cache can be


def supported(code: str | None) -> str | None:
    """``code`` if the site speaks it (``es-MX`` counts as ``es``), else None."""
    if not code:
        return None
    try:
        return translation.get_supported_language_variant(code)
    except LookupError:
        return None


def saved_language(user) -> str | None:
    """The language saved on ``user``'s profile, if the site speaks it."""
    return supported(UserProfile.objects.filter(user=user).values_list("preferred_language", flat=True).first())


def user_language(user, offered=None) -> str:
    """The language to write to ``user`` in: their saved choice if it is ``offered`` (by default,
    any the platform speaks), else the first offered, else the platform's default."""
    code = saved_language(user)
    if offered:
        return code if code in offered else offered[0]
    return code or settings.LANGUAGE_CODE


def site_languages(request) -> tuple[str, ...]:
    """The languages the request's site offers (``ProgramSettings.offered_languages``)."""
    host = request.get_host()
    hosts = cache.get(HOSTS_KEY) or {}
    if host not in hosts:
        site = Site.find_for_request(request)
        hosts = {} if len(hosts) >= MAX_HOSTS else hosts
        hosts[host] = ProgramSettings.for_site(site).offered_languages() if site else (settings.LANGUAGE_CODE,)
        cache.set(HOSTS_KEY, hosts, TIMEOUT)
    return hosts[host]


def site_languages_changed(sender=None, **kwargs) -> None:
    """Signal receiver (program settings or a site saved or deleted): forget every host's languages,
    now and after the commit (a request in between may have read the rows from before it)."""
    cache.delete(HOSTS_KEY)
    transaction.on_commit(lambda: cache.delete(HOSTS_KEY))


def user_language_save(user, code: str) -> None:
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": code})


class SiteLanguageMiddleware:
    """After authentication: a signed-in person reads the site in the language saved on their
    profile; before each view, anyone whose language the site does not offer gets the site's first
    language. ``request.site_languages`` holds the languages the site offers (for the switch)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and (code := supported(request.session.get(SESSION_KEY))):
            translation.activate(code)
            request.LANGUAGE_CODE = code
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "site_language_exempt", False):
            return None
        request.site_languages = offered = site_languages(request)
        if translation.get_language() not in offered:
            translation.activate(offered[0])
            request.LANGUAGE_CODE = offered[0]
        return None


def site_language_exempt(view):
    """Marks a view that shows no text (a health check): it runs without a look at the site's
    languages, so it touches no database."""
    view.site_language_exempt = True
    return view


@receiver(user_logged_in, dispatch_uid="programs.language.on_login")
def _on_login(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    code = saved_language(user)
    if code:
        request.session[SESSION_KEY] = code
    else:
        # No choice saved yet: keep the language they were reading in, and remember it.
        code = supported(translation.get_language()) or settings.LANGUAGE_CODE
        request.session[SESSION_KEY] = code
        user_language_save(user, code)


@require_POST
def set_language(request):
    """The visible switch: remembers the choice in a cookie, and on the profile when signed in."""
    code = supported(request.POST.get("language"))
    if code is None or code not in site_languages(request):
        return HttpResponseBadRequest(translation.gettext("This site is not available in that language."))
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME, code, max_age=settings.LANGUAGE_COOKIE_AGE, samesite="Lax", secure=request.is_secure()
    )
    if request.user.is_authenticated:
        request.session[SESSION_KEY] = code
        user_language_save(request.user, code)
    return response
