"""The audit log of sensitive actions.

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
