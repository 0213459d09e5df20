"""URL configuration: accounts, the learning flow, Wagtail admin, and Wagtail pages last."""
import re

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.decorators.http import require_http_methods
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from programs import accounts, language

from . import health, media

urlpatterns = [
    # Health checks show no text: they run without the site's languages (and so without the database).
    path("healthz", language.site_language_exempt(health.healthz), name="healthz"),
    path("livez", language.site_language_exempt(health.livez), name="livez"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("language/", language.set_language, name="set_language"),
    path("accounts/signup/", accounts.signup, name="signup"),
    path(
        "accounts/login/",
        # GET and POST only (Django's LoginView would handle PUT like POST).
        require_http_methods(["GET", "POST"])(
            auth_views.LoginView.as_view(authentication_form=accounts.EmailAuthenticationForm)
        ),
        name="login",
    ),
    path("accounts/names/", accounts.names, name="account_names"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("certificates.urls")),
    path("learn/cohorts/", include("cohorts.urls")),
    path("learn/materials/", include("materials.urls")),
    path("learn/supervision/", include("supervision.urls")),
    path("learn/readiness/", include("readiness.urls")),
    path("learn/", include("courses.urls")),
]

if settings.MEDIA_URL.startswith("/"):  # uploaded images, unless they are served from elsewhere
    urlpatterns.append(
        re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", media.public_media, name="media")
    )

urlpatterns += [path("", include(wagtail_urls))]
