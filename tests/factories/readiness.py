"""Builders for the readiness tests: a second program site, roles, and hand-made ledger rows."""
from __future__ import annotations

import itertools

from django.utils import timezone
from wagtail.models import Page, Site

from courses import services
from courses.models import CourseIndexPage, DeliveryMode, HourEntry
from programs.models import SupervisorAssignment
from programs.roles import Role, role_grant
from tests import factories

_seq = itertools.count(1)


def default_site() -> Site:
    factories.site_index()
    return Site.objects.get(is_default_site=True)


def other_site() -> Site:
    """A second program site with its own catalog page as root."""
    factories.site_index()  # make sure the tree has a root and the default site exists
    n = next(_seq)
    root = Page.get_first_root_node()
    index = root.add_child(instance=CourseIndexPage(title=f"Other program {n}", slug=f"other-program-{n}"))
    return Site.objects.create(hostname=f"other{n}.example.org", port=80, root_page=index, site_name=f"Other {n}")


def assign_supervisor(*, supervisor, trainee, site) -> SupervisorAssignment:
    role_grant(user=supervisor, site=site, role=Role.SUPERVISOR)
    role_grant(user=trainee, site=site, role=Role.TRAINEE)
    return SupervisorAssignment.objects.create(site=site, supervisor=supervisor, trainee=trainee)


def credit(user, *, domain, minutes, source=HourEntry.Source.LESSON, mode=DeliveryMode.ONLINE, enrollment=None, page=None,
           site=None, occurred_at=None):
    """One ledger row through the real service (unique key each call), held by ``site`` (by default
    the enrollment's site, or the default site)."""
    entry, created = services.hour_entry_credit(
        enrollment=enrollment,
        user=user,
        domain_id=domain.pk,
        minutes=minutes,
        source=source,
        delivery_mode=mode,
        key=f"test-readiness-{next(_seq)}",
        description=f"Test {source} credit",
        occurred_at=occurred_at or timezone.now(),
        page=page,
        site_id=site.pk if site is not None else (None if enrollment is not None else default_site().pk),
    )
    assert created
    return entry


def bulk_ledger(user, *, domain, rows, minutes=5):
    """``rows`` training rows at once (for query-count tests)."""
    now = timezone.now()
    start = next(_seq) * 100000
    site = default_site()
    HourEntry.objects.bulk_create(
        HourEntry(
            user=user,
            site=site,
            domain=domain,
            minutes=minutes,
            source=HourEntry.Source.LESSON,
            delivery_mode=DeliveryMode.ONLINE,
            description="Bulk test credit",
            key=f"test-bulk-{start + i}",
            occurred_at=now,
        )
        for i in range(rows)
    )
