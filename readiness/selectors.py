"""Credential readiness: a trainee's hours ledger measured against a credential framework.

Read-side only (selectors). The readiness views (``readiness.views``)
call ``readiness`` for the trainee being shown, ``frameworks_for_choice`` for
the framework menu, and ``readiness_trainee_for`` / ``supervised_trainees``
to decide whose readiness a viewer may see. Like every total in the product,
readiness is derived from the ledger (``HourEntry``) alone: one grouped
aggregate per trainee whatever the number of entries, so a page runs a fixed
number of queries.

What counts:
- training: lesson, quiz, attendance and adjustment entries, on any site (a
  board does not care which program taught the hours);
- a requirement: training minutes in its competency domain, and/or from
  enrollments in courses whose code is its ``course_code`` (both set: both must
  match; neither: all training minutes);
- experience: practice entries (the ledger holds only approved practice);
- supervision: supervision entries (recorded sessions).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Prefetch, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.display import percent
from courses.models import DeliveryMode, HourEntry
from programs.access import record_scope
from programs.models import SupervisorAssignment

from .models import CredentialFramework, FrameworkRequirement, HeldCredential

__all__ = [
    "TRAINING_SOURCES",
    "Readiness",
    "ReadinessLine",
    "RenewalStatus",
    "frameworks_for_choice",
    "held_credentials",
    "readiness",
    "renewal_status",
    "readiness_trainee_for",
    "supervised_trainees",
]

TRAINING_SOURCES = (
    HourEntry.Source.LESSON,
    HourEntry.Source.QUIZ,
    HourEntry.Source.ATTENDANCE,
    HourEntry.Source.ADJUSTMENT,
)


@dataclass(frozen=True)
class ReadinessLine:
    """One requirement of a framework and how far the ledger goes toward it (minutes)."""

    kind: str  # "training" | "requirement" | "experience" | "supervision"
    label: str
    earned: int
    required: int
    detail: str = ""

    @property
    def met(self) -> bool:
        return self.earned >= self.required

    @property
    def missing(self) -> int:
        return max(0, self.required - max(0, self.earned))

    @property
    def percent(self) -> int:
        return percent(self.earned, self.required)


@dataclass
class Readiness:
    framework: CredentialFramework
    user: object
    training: ReadinessLine
    requirements: list[ReadinessLine] = field(default_factory=list)
    experience: ReadinessLine | None = None
    supervision: ReadinessLine | None = None
    in_person_minutes: int = 0

    @property
    def lines(self) -> list[ReadinessLine]:
        extra = [line for line in (self.experience, self.supervision) if line is not None]
        return [self.training, *self.requirements, *extra]

    @property
    def met(self) -> bool:
        return all(line.met for line in self.lines)

    @property
    def missing_lines(self) -> list[ReadinessLine]:
        return [line for line in self.lines if not line.met]

    @property
    def met_count(self) -> int:
        return sum(line.met for line in self.lines)

    @property
    def in_person_percent(self) -> int:
        """Share of the training hours taught face to face (some boards require at least half)."""
        if self.training.earned <= 0:
            return 0
        return percent(self.in_person_minutes, self.training.earned)

    @property
    def summary(self) -> str:
        """One sentence for the page, in the active language."""
        name = self.framework.name
        if self.met:
            return _("Every requirement of %(name)s is met.") % {"name": name}
        missing = self.missing_lines
        total = len(self.lines)
        labels = ", ".join(line.label for line in missing)
        # Translators: the plural follows the total number of requirements (never 0).
        return ngettext(
            "%(met)s of %(total)s requirements of %(name)s are met; still missing: %(missing)s.",
            "%(met)s of %(total)s requirements of %(name)s are met; still missing: %(missing)s.",
            total,
        ) % {"met": total - len(missing), "total": total, "name": name, "missing": labels}


def _with_requirements(frameworks):
    requirements = FrameworkRequirement.objects.select_related("domain").order_by("sort_order", "pk")
    return frameworks.prefetch_related(Prefetch("requirements", queryset=requirements))


def frameworks_for_choice(today: date | None = None) -> list[CredentialFramework]:
    """The current version of each credential (the latest whose ``effective_from`` has come; one
    without a date counts as the oldest), with its requirements and their domains (two queries)."""
    today = today or timezone.localdate()
    current = {}
    for framework in _with_requirements(CredentialFramework.objects.all()):
        if framework.effective_from and framework.effective_from > today:
            continue
        family = framework.family or framework.slug
        best = current.get(family)
        if best is None or (framework.effective_from or date.min) > (best.effective_from or date.min):
            current[family] = framework
    return sorted(current.values(), key=lambda framework: (framework.name, framework.pk))


def _stage(framework, stage) -> list[FrameworkRequirement]:
    return [requirement for requirement in framework.requirements.all() if requirement.stage == stage]


def _earned(requirement, rows) -> int:
    """Training minutes of ``rows`` (ledger groups) that count toward ``requirement``."""
    return sum(
        row["minutes"]
        for row in rows
        if (not requirement.domain_id or row["domain_id"] == requirement.domain_id)
        and (not requirement.course_code or row["enrollment__course__code"] == requirement.course_code)
    )


def _ledger_groups(user, scope=None) -> list[dict]:
    """The user's ledger (what ``scope`` allows, if given) summed by source, domain, delivery mode
    and course code: one query."""
    return list(
        HourEntry.objects.filter(scope.q("site") if scope is not None else Q(), user=user)
        .values("source", "domain_id", "delivery_mode", "enrollment__course__code")
        .annotate(minutes=Sum("minutes"))
        .order_by()
    )


def _requirement_detail(requirement: FrameworkRequirement) -> str:
    """What counts toward a requirement, in the active language."""
    if requirement.domain_id and requirement.course_code:
        return _("Training hours in the %(domain)s domain and hours from %(code)s courses") % {
            "domain": requirement.domain.name,
            "code": requirement.course_code,
        }
    if requirement.domain_id:
        return _("Training hours in the %(domain)s domain") % {"domain": requirement.domain.name}
    if requirement.course_code:
        return _("Hours from %(code)s courses") % {"code": requirement.course_code}
    return _("All training hours")


def readiness(*, user, framework: CredentialFramework, scope=None) -> Readiness:
    """How far ``user``'s ledger goes toward ``framework``, line by line.

    Pass a framework from ``frameworks_for_choice`` (requirements prefetched)
    to keep the query count fixed; otherwise its requirements are read once.
    """
    by_source = defaultdict(int)
    training_rows = []
    in_person = 0
    for row in _ledger_groups(user, scope):
        by_source[row["source"]] += row["minutes"]
        if row["source"] in TRAINING_SOURCES:
            training_rows.append(row)
            if row["delivery_mode"] == DeliveryMode.IN_PERSON:
                in_person += row["minutes"]

    training_total = sum(row["minutes"] for row in training_rows)
    lines = []
    for requirement in _stage(framework, FrameworkRequirement.Stage.INITIAL):
        lines.append(
            ReadinessLine(
                kind="requirement",
                label=requirement.label,
                earned=_earned(requirement, training_rows),
                required=requirement.minutes,
                detail=_requirement_detail(requirement),
            )
        )
    result = Readiness(
        framework=framework,
        user=user,
        training=ReadinessLine(
            kind="training",
            label=_("Training hours"),
            earned=training_total,
            required=framework.training_minutes,
            detail=_("Lessons, quizzes and live sessions, on any program site")
            if scope is None or scope.all_sites
            else _("Lessons, quizzes and live sessions, on the program sites you can see"),
        ),
        requirements=lines,
        in_person_minutes=max(0, in_person),
    )
    # A framework that asks for no experience or supervision shows no line for it.
    if framework.experience_minutes:
        result.experience = ReadinessLine(
            kind="experience",
            label=_("Experience hours"),
            earned=by_source[HourEntry.Source.PRACTICE],
            required=framework.experience_minutes,
            detail=_("Practice hours approved by a supervisor"),
        )
    if framework.supervision_minutes:
        result.supervision = ReadinessLine(
            kind="supervision",
            label=_("Supervision hours"),
            earned=by_source[HourEntry.Source.SUPERVISION],
            required=framework.supervision_minutes,
            detail=_("Supervision sessions recorded by a supervisor"),
        )
    return result


def readiness_trainee_for(*, viewer, user_id: int):
    """(user, scope) if ``viewer`` may see trainee ``user_id``'s readiness, else None.

    The scope (``programs.access``) says which sites' hours count on the page the viewer sees.
    Unknown and forbidden users look the same, so a 404 reveals nothing.
    """
    scope = record_scope(viewer=viewer, trainee_id=user_id)
    if scope is None:
        return None
    user = get_user_model().objects.filter(pk=user_id).first()
    return (user, scope) if user is not None else None


def supervised_trainees(*, viewer) -> list:
    """Trainees assigned to ``viewer`` as supervisor on any site, by name (one query)."""
    User = get_user_model()
    if not viewer.is_authenticated:
        return []
    assigned = SupervisorAssignment.objects.filter(supervisor=viewer, trainee=OuterRef("pk"))
    return list(User.objects.filter(Exists(assigned)).order_by("last_name", "first_name", "pk"))


# --------------------------------------------------------------------------
# Credentials held, and their renewal
# --------------------------------------------------------------------------


def _months_before(day: date, months: int) -> date:
    """``day`` moved ``months`` back, on the same day of the month or the month's last."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has a 28th


@dataclass
class RenewalStatus:
    """A held credential's current renewal cycle: CE hours earned in it, by required topic."""

    credential: HeldCredential
    cycle_start: date | None = None  # None: the board's renewal rules are not known
    lines: list[ReadinessLine] = field(default_factory=list)
    today: date = field(default_factory=timezone.localdate)

    @property
    def deadline(self) -> date:
        return self.credential.expires_on

    @property
    def days_left(self) -> int:
        return (self.deadline - self.today).days

    @property
    def expired(self) -> bool:
        return self.days_left < 0

    @property
    def known(self) -> bool:
        return self.cycle_start is not None

    @property
    def met(self) -> bool:
        return self.known and all(line.met for line in self.lines)

    @property
    def missing_lines(self) -> list[ReadinessLine]:
        return [line for line in self.lines if not line.met]


def held_credentials(user) -> list[HeldCredential]:
    """The credentials ``user`` holds, soonest expiry first, with their frameworks' requirements."""
    frameworks = _with_requirements(CredentialFramework.objects.all())
    return list(
        HeldCredential.objects.filter(user=user)
        .select_related("verified_by")
        .prefetch_related(Prefetch("framework", queryset=frameworks))
    )


def renewal_status(credential: HeldCredential, today: date | None = None) -> RenewalStatus:
    """The current cycle of ``credential`` (the renewal period that ends on its expiry, from its
    issue date at the earliest) and the continuing education the ledger holds in it: training
    entries of any course or live session dated within the cycle, in total and per required topic."""
    status = RenewalStatus(credential=credential, today=today or timezone.localdate())
    framework = credential.framework
    if not framework.renews:
        return status
    start = max(credential.issued_on, _months_before(credential.expires_on, framework.renewal_months))
    status.cycle_start = start
    rows = list(
        HourEntry.objects.filter(
            user_id=credential.user_id,
            source__in=TRAINING_SOURCES,
            occurred_at__date__gte=start,
            occurred_at__date__lte=credential.expires_on,
        )
        .values("domain_id", "enrollment__course__code")
        .annotate(minutes=Sum("minutes"))
        .order_by()
    )
    status.lines.append(
        ReadinessLine(
            kind="renewal",
            label=_("Continuing education hours"),
            earned=sum(row["minutes"] for row in rows),
            required=framework.renewal_minutes,
            detail=_("Lessons, quizzes and live sessions completed in this cycle"),
        )
    )
    for requirement in _stage(framework, FrameworkRequirement.Stage.RENEWAL):
        status.lines.append(
            ReadinessLine(
                kind="renewal",
                label=requirement.label,
                earned=_earned(requirement, rows),
                required=requirement.minutes,
                detail=_requirement_detail(requirement),
            )
        )
    return status
