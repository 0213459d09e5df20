"""Who may see which of a trainee's records: the one rule every view, export and download asks.

Each record of a trainee belongs to one program site: an enrollment (and its progress,
attempts and certificate) to the site of its course, a ledger row to ``HourEntry.site``, a
practice entry or supervision session to its ``site``. Records stay in the program that
holds them:

- the trainee sees all of their own records, and platform admins see everything;
- a site admin sees the records of their site(s) for a person who is a trainee there;
- a supervisor sees the records of the site(s) where the trainee is assigned to them,
  as long as they still hold the supervisor role there;
- a trainee may share their records from other programs with a supervisor: a consent on
  that one assignment (``sharing_grant``), which they can take back (``sharing_revoke``);
  both are audited. While it stands, that supervisor sees all of the trainee's records.

Nobody else sees anything of the trainee; views answer 404, as for an unknown person.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Site

from programs.audit import audit_record
from programs.models import SiteRole
from programs.roles import Role

from .models import SupervisorAssignment


@dataclass(frozen=True)
class RecordScope:
    """The part of one trainee's records a viewer may see: some sites, or all (``site_ids`` None)."""

    trainee_id: int
    site_ids: frozenset[int] | None

    @property
    def all_sites(self) -> bool:
        return self.site_ids is None

    def includes(self, site_id: int | None) -> bool:
        """May the viewer see a record held by ``site_id``? (A record of no site: only with all sites.)"""
        return self.all_sites or site_id in self.site_ids

    def q(self, site_field: str = "site") -> Q:
        """A filter for records with a site column, e.g. ``HourEntry``, ``PracticeEntry``, ``Certificate``."""
        return Q() if self.all_sites else Q(**{f"{site_field}__in": sorted(self.site_ids)})

    def course_q(self, course_field: str, root_paths: dict[int, str]) -> Q:
        """A filter for records of a course (e.g. ``Enrollment``): courses under the root pages of
        the scope's sites (``root_paths``: site id -> its root page's path)."""
        if self.all_sites:
            return Q()
        query = Q(pk__in=[])
        for site_id in sorted(self.site_ids):
            if site_id in root_paths:
                query |= Q(**{f"{course_field}__path__startswith": root_paths[site_id]})
        return query


def record_scopes(*, viewer, trainee_ids) -> dict[int, RecordScope]:
    """What ``viewer`` sees, as a program's staff (site admin, supervisor) or platform admin, of
    each of ``trainee_ids`` (a list or a flat values queryset); trainees they may not see are
    absent. The supervision screens ask this. A fixed number of queries."""
    if not viewer.is_authenticated or not viewer.is_active:
        return {}
    if viewer.is_superuser:
        ids = trainee_ids if isinstance(trainee_ids, (list, tuple, set)) else list(trainee_ids)
        return {pk: RecordScope(pk, None) for pk in ids}
    own_roles = defaultdict(set)
    for site_id, role in SiteRole.objects.filter(user=viewer).values_list("site_id", "role"):
        own_roles[role].add(site_id)
    sites = defaultdict(set)
    shared = set()
    admin_sites = own_roles[Role.SITE_ADMIN]
    if admin_sites:
        for trainee_id, site_id in SiteRole.objects.filter(
            user_id__in=trainee_ids, role=Role.TRAINEE, site_id__in=sorted(admin_sites)
        ).values_list("user_id", "site_id"):
            sites[trainee_id].add(site_id)
    supervisor_sites = own_roles[Role.SUPERVISOR]
    if supervisor_sites:
        for trainee_id, site_id, shared_since in SupervisorAssignment.objects.filter(
            supervisor=viewer, trainee_id__in=trainee_ids, site_id__in=sorted(supervisor_sites)
        ).values_list("trainee_id", "site_id", "shares_other_programs_since"):
            sites[trainee_id].add(site_id)
            if shared_since is not None:
                shared.add(trainee_id)
    scopes = {
        trainee_id: RecordScope(trainee_id, None if trainee_id in shared else frozenset(site_ids))
        for trainee_id, site_ids in sites.items()
    }
    return scopes


def record_scope(*, viewer, trainee_id: int) -> RecordScope | None:
    """What of trainee ``trainee_id``'s records ``viewer`` may see (all of them for the trainee
    themself; else as ``record_scopes``), or None for nothing at all."""
    if viewer.is_authenticated and viewer.pk == trainee_id and viewer.is_active:
        return RecordScope(trainee_id, None)
    return record_scopes(viewer=viewer, trainee_ids=[trainee_id]).get(trainee_id)


def can_see_record(*, viewer, trainee_id: int, site_id: int | None) -> bool:
    """May ``viewer`` see one record of ``trainee_id`` held by site ``site_id``?"""
    scope = record_scope(viewer=viewer, trainee_id=trainee_id)
    return scope is not None and scope.includes(site_id)


def enrollments_q(scopes: dict[int, RecordScope], user_field: str = "user_id", course_field: str = "course") -> Q:
    """Enrollments (or rows of a course) of several trainees, each within their scope: one ``Q``
    with one term per distinct scope (trainees of one site share theirs). One query, for the
    sites' root paths."""
    site_ids = set().union(*(scope.site_ids for scope in scopes.values() if not scope.all_sites))
    root_paths = dict(Site.objects.filter(pk__in=sorted(site_ids)).values_list("pk", "root_page__path")) if site_ids else {}
    return _grouped_q(scopes, user_field, lambda scope: scope.course_q(course_field, root_paths))


def records_q(scopes: dict[int, RecordScope], user_field: str = "user_id", site_field: str = "site") -> Q:
    """Records with a site column of several trainees, each within their scope (see ``enrollments_q``)."""
    return _grouped_q(scopes, user_field, lambda scope: scope.q(site_field))


def _grouped_q(scopes, user_field, scope_q) -> Q:
    groups = defaultdict(list)
    for trainee_id, scope in scopes.items():
        groups[scope.site_ids].append(trainee_id)
    query = Q(pk__in=[])
    for site_ids, trainee_ids in groups.items():
        query |= Q(**{f"{user_field}__in": sorted(trainee_ids)}) & scope_q(RecordScope(0, site_ids))
    return query


# --------------------------------------------------------------------------
# The trainee's consent to share records from other programs
# --------------------------------------------------------------------------


def assignments_of_trainee(*, trainee):
    """The trainee's supervisors, with site and whether each sees the other programs' records."""
    return (
        SupervisorAssignment.objects.filter(trainee=trainee)
        .select_related("site", "supervisor")
        .order_by("site__site_name", "supervisor__last_name", "supervisor__first_name", "pk")
    )


def _sharing_set(*, assignment: SupervisorAssignment, trainee, share: bool) -> bool:
    if assignment.trainee_id != trainee.pk:
        raise PermissionDenied("Only the trainee decides what their supervisor sees.")
    with transaction.atomic():
        locked = SupervisorAssignment.objects.select_for_update().get(pk=assignment.pk)
        if (locked.shares_other_programs_since is not None) == share:
            return False
        locked.shares_other_programs_since = timezone.now() if share else None
        locked.save(update_fields=["shares_other_programs_since"])
        audit_record(
            action="sharing.granted" if share else "sharing.revoked",
            target=f"{trainee.get_username()} → {locked.supervisor.get_username()}",
            actor=trainee,
            site=locked.site_id,
            details={"assignment": locked.pk},
        )
    assignment.shares_other_programs_since = locked.shares_other_programs_since
    return True


def sharing_grant(*, assignment: SupervisorAssignment, trainee) -> bool:
    """The trainee lets this supervisor see their records from every program. True if it changed."""
    return _sharing_set(assignment=assignment, trainee=trainee, share=True)


def sharing_revoke(*, assignment: SupervisorAssignment, trainee) -> bool:
    """The trainee takes the consent back: the supervisor sees their site's records only again."""
    return _sharing_set(assignment=assignment, trainee=trainee, share=False)
