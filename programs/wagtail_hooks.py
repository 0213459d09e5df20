"""Wagtail admin integration: *Program sites* (platform admins) and *Site roles* (site admins).

The screens live in ``programs.admin_views``.
"""
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .roles import Role, is_platform_admin, sites_for


@hooks.register("register_admin_urls")
def register_program_site_urls():
    urls = [
        path("", admin_views.ProgramSiteIndexView.as_view(), name="sites"),
        path("replicate/", admin_views.ReplicateView.as_view(), name="replicate"),
        path("roles/", admin_views.MySitesView.as_view(), name="my_sites"),
        path("<id:site_id>/roles/", admin_views.SiteRolesView.as_view(), name="roles"),
        path("<id:site_id>/roles/<id:role_id>/revoke/", admin_views.role_revoke_view, name="revoke"),
        path("audit/", admin_views.AuditLogView.as_view(), name="audit"),
    ]
    return [path("programs/", include((urls, "programs_admin"), namespace="programs_admin"))]


class ProgramSitesMenuItem(MenuItem):
    def is_shown(self, request):
        return is_platform_admin(request.user)


class SiteRolesMenuItem(MenuItem):
    def is_shown(self, request):
        # Platform admins reach every site's roles from *Program sites*.
        return not is_platform_admin(request.user) and sites_for(request.user, Role.SITE_ADMIN).exists()


# Names are given: Wagtail would otherwise derive them from the label, in whatever language is active.
@hooks.register("register_admin_menu_item")
def register_program_sites_menu_item():
    return ProgramSitesMenuItem(
        gettext_lazy("Program sites"), reverse("programs_admin:sites"), name="program-sites", icon_name="site", order=310
    )


@hooks.register("register_admin_menu_item")
def register_site_roles_menu_item():
    return SiteRolesMenuItem(
        gettext_lazy("Site roles"), reverse("programs_admin:my_sites"), name="site-roles", icon_name="group", order=311
    )


class AuditLogMenuItem(MenuItem):
    def is_shown(self, request):
        return is_platform_admin(request.user) or sites_for(request.user, Role.SITE_ADMIN).exists()


@hooks.register("register_admin_menu_item")
def register_audit_log_menu_item():
    return AuditLogMenuItem(
        gettext_lazy("Audit log"), reverse("programs_admin:audit"), name="audit-log", icon_name="history", order=312
    )
