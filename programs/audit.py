"""The audit log of sensitive actions (issue: production path, security).

Services call ``audit_record`` inside the transaction of the action they
record, so an action and its audit row commit (or roll back) together:
hour corrections and attendance changes, practice approvals, supervision
sessions, exports, certificate revocation and reissue, role and assignment
changes. Rows are append-only (see ``AuditEvent``).
"""
from __future__ import annotations

from .models import AuditEvent


def audit_record(*, action: str, target: str, actor=None, site=None, details: dict | None = None) -> AuditEvent:
    site_id = site if isinstance(site, int) or site is None else site.pk
    actor_id = getattr(actor, "pk", None) if actor is not None and getattr(actor, "is_authenticated", True) else None
    return AuditEvent.objects.create(
        action=action, target=target[:255], actor_id=actor_id, site_id=site_id, details=details or {}
    )


def events_for(*, user, site_ids=None):
    """Events the user may read: platform admins all, site admins those of their sites."""
    from .roles import Role, sites_for

    queryset = AuditEvent.objects.select_related("actor", "site")
    if not user.is_superuser:
        queryset = queryset.filter(site__in=sites_for(user, Role.SITE_ADMIN))
    if site_ids:
        queryset = queryset.filter(site_id__in=site_ids)
    return queryset
