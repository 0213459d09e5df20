"""Reads of the supervision screens: whose assignments, sessions and practice entries a person sees."""
from __future__ import annotations

from collections import defaultdict

from django.db.models import Exists, OuterRef, Q
from wagtail.models import Site

from courses.models import HourEntry
from courses.selectors import course_site_ids, shared_responses
from programs.models import SiteRole, SupervisorAssignment
from programs.roles import Role, has_role, is_platform_admin

from .models import PracticeEntry, SupervisionSession


def _role_sites(user, role):
    return SiteRole.objects.filter(user=user, role=role).values("site_id")


def visible_assignments(*, user):
    """Assignments ``user`` may see (see the module docstring)."""
    if not user.is_authenticated or not user.is_active:
        return SupervisorAssignment.objects.none()
    if is_platform_admin(user):
        return SupervisorAssignment.objects.all()
    return SupervisorAssignment.objects.filter(
        Q(supervisor=user, site_id__in=_role_sites(user, Role.SUPERVISOR))
        | Q(site_id__in=_role_sites(user, Role.SITE_ADMIN))
    )


def dashboard_sites(*, user) -> list[Site]:
    """Sites whose supervision screens ``user`` may open (supervisor or site admin there), by name:
    the screens' permission check."""
    if not user.is_authenticated or not user.is_active:
        return []
    sites = Site.objects.select_related("root_page").order_by("site_name", "hostname")
    if not is_platform_admin(user):
        sites = sites.filter(pk__in=SiteRole.objects.filter(user=user, role__in=(Role.SUPERVISOR, Role.SITE_ADMIN))
                             .values("site_id"))
    return list(sites)


def can_review_practice(*, user, entry: PracticeEntry) -> bool:
    """An assigned supervisor on the entry's site, a site admin of that site, or a platform admin.

    Nobody reviews their own entry.
    """
    if not user.is_authenticated or not user.is_active or entry.trainee_id == user.pk:
        return False
    if is_platform_admin(user) or has_role(user, entry.site_id, Role.SITE_ADMIN):
        return True
    return has_role(user, entry.site_id, Role.SUPERVISOR) and SupervisorAssignment.objects.filter(
        site_id=entry.site_id, supervisor=user, trainee_id=entry.trainee_id
    ).exists()


def _reviewable_q(user) -> Q:
    if is_platform_admin(user):
        return Q()
    assigned = SupervisorAssignment.objects.filter(
        site_id=OuterRef("site_id"), trainee_id=OuterRef("trainee_id"), supervisor=user
    )
    return Q(site_id__in=_role_sites(user, Role.SITE_ADMIN)) | (
        Q(site_id__in=_role_sites(user, Role.SUPERVISOR)) & Q(Exists(assigned))
    )


def trainee_ledger(*, trainee, scope=None):
    """The trainee's ledger rows (those ``scope`` allows, if given), oldest first, with what they came from."""
    return list(
        HourEntry.objects.filter(scope.q("site") if scope is not None else Q(), user=trainee)
        .select_related("domain", "enrollment__course", "recorded_by", "approved_by")
        .order_by("occurred_at", "pk")
    )


def admin_sites(*, user) -> list[Site]:
    """Sites whose assignments ``user`` manages (site admin there, or platform admin)."""
    if is_platform_admin(user):
        return list(Site.objects.order_by("site_name", "hostname"))
    return list(
        Site.objects.filter(roles__user=user, roles__role=Role.SITE_ADMIN).distinct().order_by("site_name", "hostname")
    )


def site_people(*, site_ids: list[int], role: str) -> dict[int, list]:
    """Users holding ``role`` on each site, by name."""
    people = defaultdict(list)
    for site_role in (
        SiteRole.objects.filter(site_id__in=site_ids, role=role)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__pk")
    ):
        people[site_role.site_id].append(site_role.user)
    return people


def own_trainees_by_site(*, supervisor) -> dict[int, list]:
    """Trainees assigned to ``supervisor`` on each site where they hold the supervisor role."""
    by_site = defaultdict(list)
    for assignment in (
        SupervisorAssignment.objects.in_force()
        .filter(supervisor=supervisor)
        .select_related("trainee")
        .order_by("trainee__last_name", "trainee__first_name", "trainee__pk")
    ):
        by_site[assignment.site_id].append(assignment.trainee)
    return by_site


def sessions_for(*, user):
    """Sessions ``user`` logged, plus every session of sites they administer (newest first)."""
    if is_platform_admin(user):
        sessions = SupervisionSession.objects.all()
    else:
        sessions = SupervisionSession.objects.filter(
            Q(supervisor=user) | Q(site_id__in=_role_sites(user, Role.SITE_ADMIN))
        )
    return sessions.select_related("site", "supervisor").prefetch_related("trainees", "domains").order_by("-held_on", "-pk")


def trainee_sites(*, user) -> list[Site]:
    """Sites where ``user`` is a trainee (where they may log practice hours)."""
    if not user.is_authenticated:
        return []
    return list(
        Site.objects.filter(roles__user=user, roles__role=Role.TRAINEE).distinct().order_by("site_name", "hostname")
    )


def practice_review_queue(*, user):
    """Entries ``user`` may review: pending first, then recently decided ones."""
    entries = PracticeEntry.objects.filter(_reviewable_q(user)).exclude(trainee=user)
    return entries.select_related("trainee", "site", "domain", "reviewed_by")


def shared_reflections(*, viewer, trainee) -> list:
    """Reflections ``trainee`` chose to share with their supervisors, shown to ``viewer`` only if
    they supervise the trainee, and only from courses of the sites where they do (two queries)."""
    site_ids = set(SupervisorAssignment.objects.filter(supervisor=viewer, trainee=trainee).values_list("site_id", flat=True))
    shared = shared_responses(audience="supervisors", users=[trainee.pk])
    sites = course_site_ids({response.course for response in shared})
    return [response for response in shared if sites[response.course_id] in site_ids]
