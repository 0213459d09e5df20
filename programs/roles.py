"""Roles per program site: who may do what where. Every view and export asks here.

Roles are rows of ``SiteRole`` (site admin, facilitator, supervisor,
trainee); a user may hold several, on several sites. Platform admins
(superusers) may do everything everywhere. Trainees get their role on a site
when they first enroll in one of its courses.

Granting or revoking the site-admin role also adds the user to (or removes
them from) the site's Wagtail "site admins" group, whose page, collection and
settings permissions stop at that site (see ``programs.replication``).
"""
from __future__ import annotations

from django.db import IntegrityError, transaction
from wagtail.models import Site

from .audit import audit_record
from .models import SiteRole

Role = SiteRole.Role


def is_platform_admin(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


def has_role(user, site: Site | int, *roles: str) -> bool:
    """True if ``user`` holds any of ``roles`` on ``site`` (platform admins hold every role)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    site_id = site if isinstance(site, int) else site.pk
    return SiteRole.objects.filter(user=user, site_id=site_id, role__in=roles).exists()


def sites_for(user, *roles: str):
    """Sites on which ``user`` holds any of ``roles`` (every site for platform admins)."""
    if not user.is_authenticated or not user.is_active:
        return Site.objects.none()
    if user.is_superuser:
        return Site.objects.all()
    return Site.objects.filter(roles__user=user, roles__role__in=roles).distinct()


def can_manage_site(user, site: Site | int) -> bool:
    """Site admins of ``site`` and platform admins manage its staff roles, cohorts and certificates."""
    return has_role(user, site, Role.SITE_ADMIN)


def role_grant(*, user, site: Site, role: str, actor=None) -> SiteRole:
    """Give ``user`` ``role`` on ``site`` (idempotent); a new grant is audited."""
    if role not in Role.values:
        raise ValueError(f"Unknown role {role!r}")
    try:
        with transaction.atomic():
            site_role, created = SiteRole.objects.get_or_create(user=user, site=site, role=role)
            if created:
                audit_record(action="role.granted", target=f"{user.get_username()}: {role}", actor=actor, site=site)
    except IntegrityError:
        site_role = SiteRole.objects.get(user=user, site=site, role=role)
    if role == Role.SITE_ADMIN:
        _sync_admin_group(user=user, site=site)
    return site_role


def role_revoke(*, user, site: Site, role: str, actor=None) -> None:
    with transaction.atomic():
        deleted, _ = SiteRole.objects.filter(user=user, site=site, role=role).delete()
        if deleted:
            audit_record(action="role.revoked", target=f"{user.get_username()}: {role}", actor=actor, site=site)
    if role == Role.SITE_ADMIN:
        _sync_admin_group(user=user, site=site)


def _sync_admin_group(*, user, site: Site) -> None:
    """Wagtail group membership follows the site-admin role (page permissions come from the group)."""
    from .replication import site_admin_group, site_staff_groups_ensure

    if SiteRole.objects.filter(user=user, site=site, role=Role.SITE_ADMIN).exists():
        user.groups.add(site_staff_groups_ensure(site=site).site_admins)
    else:
        group = site_admin_group(site)
        if group is not None:
            user.groups.remove(group)
