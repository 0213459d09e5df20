"""Wagtail admin integration: the Certificates menu and its screens (see admin_views.py)."""
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_certificate_urls():
    urls = [
        path("", admin_views.CertificateIndexView.as_view(), name="index"),
        path("<id:pk>/", admin_views.CertificateDetailView.as_view(), name="detail"),
        path("<id:pk>/revoke/", admin_views.revoke, name="revoke"),
        path("<id:pk>/reissue/", admin_views.reissue, name="reissue"),
        path("requests/", admin_views.ReissueRequestIndexView.as_view(), name="requests"),
        path("requests/<id:pk>/decide/", admin_views.decide, name="decide"),
        path("roster/", admin_views.RosterView.as_view(), name="roster"),
    ]
    return [path("certificates/", include((urls, "certificates_admin"), namespace="certificates_admin"))]


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.user_can_manage(request.user)


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return CertificatesMenuItem(gettext_lazy("Certificates"), reverse("certificates_admin:index"), icon_name="doc-full", order=300)


@hooks.register("register_admin_menu_item")
def register_roster_menu_item():
    return CertificatesMenuItem(
        gettext_lazy("CE roster"), reverse("certificates_admin:roster"), name="ce-roster", icon_name="table", order=301
    )
