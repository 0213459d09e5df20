"""The language a person reads the site in: English or Spanish.

Anonymous visitors get the language of the switch (a cookie) or of their browser, chosen by
Django's ``LocaleMiddleware``. A signed-in person's choice is saved on their profile (Wagtail's
``UserProfile.preferred_language``, the same field the admin uses), copied into the session at
log-in so that requests need no extra query, and used for what reaches them outside a request:
e-mails and PDFs (``user_language``).
"""
from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from wagtail.users.models import UserProfile

SESSION_KEY = "language"


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


def user_language(user) -> str:
    """The language to write to ``user`` in: their saved choice, else the site's default."""
    return saved_language(user) or settings.LANGUAGE_CODE


def user_language_save(user, code: str) -> None:
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": code})


class ProfileLanguageMiddleware:
    """After authentication: a signed-in person reads the site in the language saved on their profile."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and (code := supported(request.session.get(SESSION_KEY))):
            translation.activate(code)
            request.LANGUAGE_CODE = code
        return self.get_response(request)


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
    if code is None:
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
