"""Wagtail admin screens for program sites: list sites, replicate the curriculum, manage staff roles.

Registered by ``programs.wagtail_hooks``. *Program sites* and *Replicate
the curriculum* are for platform admins only (403 for anyone else). *Site
roles* is for the site admins of that one site (and platform admins); a site
the user does not manage is a 404, so its existence is not revealed. Every
grant and revoke goes through ``programs.roles``; replication through
``programs.replication``.
"""
from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Site

from .models import AuditEvent, SiteRole
from .replication import NAME_MAX_LENGTH, ReplicationError, program_replicate
from .roles import Role, can_manage_site, is_platform_admin, role_grant, role_revoke, sites_for
from .sites import site_url

# Roles a site admin grants here; trainees get theirs by enrolling.
STAFF_ROLES = (Role.FACILITATOR, Role.SUPERVISOR, Role.SITE_ADMIN)


class AdminScreen(WagtailAdminTemplateMixin):
    """Admin page furniture with breadcrumbs ending in this screen's title (Wagtail shows the last one)."""

    def get_breadcrumbs_items(self):
        items = list(self.breadcrumbs_items)
        if is_platform_admin(self.request.user) and not isinstance(self, ProgramSiteIndexView):
            items.append({"url": reverse("programs_admin:sites"), "label": _("Program sites")})
        return items + [{"url": "", "label": self.get_page_title()}]


def _require_platform_admin(request):
    if not is_platform_admin(request.user):
        raise PermissionDenied


def _managed_site(request, site_id) -> Site:
    """The site ``site_id`` if the user manages it, else 404 (never reveal another program's existence)."""
    site = Site.objects.filter(pk=site_id).select_related("root_page").first()
    if site is None or not can_manage_site(request.user, site):
        raise Http404("No such program site.")
    return site


def _role_counts():
    return {
        f"{role.value}_count": Count("roles", filter=Q(roles__role=role.value), distinct=True)
        for role in Role
    }


class ReplicateForm(forms.Form):
    name = forms.CharField(
        max_length=NAME_MAX_LENGTH,
        label=gettext_lazy("Program name"),
        help_text=gettext_lazy("Shown on the site and on its certificates."),
    )
    hostname = forms.CharField(
        max_length=253,
        label=gettext_lazy("Host name"),
        help_text=gettext_lazy("The address of the new site, e.g. albany.example.org."),
    )
    port = forms.IntegerField(min_value=1, max_value=65535, initial=80, label=gettext_lazy("Port"))
    source = forms.ModelChoiceField(
        queryset=Site.objects.order_by("site_name", "hostname"),
        required=False,
        empty_label=gettext_lazy("The default site (standard curriculum)"),
        label=gettext_lazy("Copy the courses of"),
    )


class GrantForm(forms.Form):
    email = forms.EmailField(max_length=254, label=gettext_lazy("E-mail address of an existing account"))
    role = forms.ChoiceField(
        choices=[("", gettext_lazy("Choose a role"))] + [(role.value, role.label) for role in STAFF_ROLES],
        label=gettext_lazy("Role"),
    )

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        users = list(get_user_model().objects.filter(Q(email__iexact=email) | Q(username__iexact=email))[:2])
        if not users:
            raise forms.ValidationError(_("No account uses this e-mail address; ask the person to sign up first."))
        if len(users) > 1:
            raise forms.ValidationError(_("Several accounts use this e-mail address; ask a platform admin."))
        if not users[0].is_active:
            raise forms.ValidationError(_("This account is deactivated."))
        self.user = users[0]
        return email


class PlatformAdminScreen(AdminScreen):
    """An admin screen for platform admins only."""

    def dispatch(self, request, *args, **kwargs):
        _require_platform_admin(request)
        return super().dispatch(request, *args, **kwargs)


class ProgramSiteIndexView(PlatformAdminScreen, TemplateView):
    template_name = "programs/admin/sites.html"
    page_title = gettext_lazy("Program sites")
    header_icon = "site"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sites = Site.objects.select_related("root_page").annotate(**_role_counts()).order_by("hostname", "port")
        context["sites"] = [{"site": site, "url": site_url(site)} for site in sites]
        return context


class ReplicateView(PlatformAdminScreen, TemplateView):
    template_name = "programs/admin/replicate.html"
    page_title = gettext_lazy("Replicate the curriculum")
    header_icon = "copy"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ReplicateForm())
        return context

    def post(self, request, *args, **kwargs):
        form = ReplicateForm(request.POST)
        if form.is_valid():
            try:
                site = program_replicate(
                    name=form.cleaned_data["name"],
                    hostname=form.cleaned_data["hostname"],
                    port=form.cleaned_data["port"],
                    source_site=form.cleaned_data["source"],
                    actor=request.user,
                )
            except ReplicationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _("Created the program site “%(name)s” at %(url)s.")
                    % {"name": site.site_name, "url": site_url(site)},
                )
                return redirect("programs_admin:sites")
        return self.render_to_response(self.get_context_data(form=form), status=400)


class MySitesView(AdminScreen, TemplateView):
    """Entry point of the *Site roles* menu: the sites the user administers."""

    template_name = "programs/admin/my_sites.html"
    page_title = gettext_lazy("Site roles")
    header_icon = "group"

    http_method_names = ["get", "head"]

    def dispatch(self, request, *args, **kwargs):
        if request.method.lower() not in self.http_method_names:
            return self.http_method_not_allowed(request, *args, **kwargs)
        self.sites = list(sites_for(request.user, Role.SITE_ADMIN).order_by("hostname", "port"))
        if not self.sites:
            raise PermissionDenied
        if len(self.sites) == 1:
            return redirect("programs_admin:roles", site_id=self.sites[0].pk)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sites"] = self.sites
        return context


class SiteRolesView(AdminScreen, TemplateView):
    template_name = "programs/admin/roles.html"
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        self.site = _managed_site(request, kwargs["site_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Site roles: %(site)s") % {"site": self.site.site_name or self.site.hostname}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "site": self.site,
                "staff_roles": SiteRole.objects.filter(site=self.site, role__in=STAFF_ROLES)
                .select_related("user")
                .order_by("role", "user__email"),
                "trainee_count": SiteRole.objects.filter(site=self.site, role=Role.TRAINEE).count(),
                "grant_form": kwargs.get("grant_form") or GrantForm(),
                "settings_url": reverse("wagtailsettings:edit", args=["programs", "programsettings", self.site.pk]),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        form = GrantForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(grant_form=form), status=400)
        role = form.cleaned_data["role"]
        role_grant(user=form.user, site=self.site, role=role, actor=self.request.user)
        messages.success(
            request,
            _("%(email)s is now %(role)s of this site.")
            % {"email": form.user.email, "role": Role(role).label.lower()},
        )
        return redirect("programs_admin:roles", site_id=self.site.pk)


@require_POST
def role_revoke_view(request, site_id, role_id):
    site = _managed_site(request, site_id)
    site_role = get_object_or_404(
        SiteRole.objects.select_related("user"), pk=role_id, site=site, role__in=STAFF_ROLES
    )
    if site_role.user_id == request.user.pk and site_role.role == Role.SITE_ADMIN and not is_platform_admin(request.user):
        # Without this a site admin could lock themselves (and perhaps everyone) out of the site.
        messages.error(request, _("You cannot revoke your own site-admin role; ask another site admin."))
        return redirect("programs_admin:roles", site_id=site.pk)
    role_revoke(user=site_role.user, site=site, role=site_role.role, actor=request.user)
    messages.success(
        request,
        _("Revoked: %(email)s as %(role)s.")
        % {"email": site_role.user.email, "role": site_role.get_role_display().lower()},
    )
    return redirect("programs_admin:roles", site_id=site.pk)


class AuditLogView(AdminScreen, TemplateView):
    """The audit log: every sensitive action on the sites the user administers (platform admins: all)."""

    template_name = "programs/admin/audit.html"
    page_title = gettext_lazy("Audit log")
    header_icon = "history"

    def dispatch(self, request, *args, **kwargs):
        if not (is_platform_admin(request.user) or sites_for(request.user, Role.SITE_ADMIN).exists()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        from django.core.paginator import Paginator

        context = super().get_context_data(**kwargs)
        events = events_for(user=self.request.user)
        action = self.request.GET.get("action", "").replace("\x00", "").strip()[:50]  # PostgreSQL refuses NUL
        if action:
            events = events.filter(action__startswith=action)
        context["page_obj"] = Paginator(events, 100).get_page(self.request.GET.get("p"))
        context["action"] = action
        return context


def events_for(*, user, site_ids=None):
    """Events the user may read: platform admins all, site admins those of their sites."""
    queryset = AuditEvent.objects.select_related("actor", "site")
    if not user.is_superuser:
        queryset = queryset.filter(site__in=sites_for(user, Role.SITE_ADMIN))
    if site_ids:
        queryset = queryset.filter(site_id__in=site_ids)
    return queryset
