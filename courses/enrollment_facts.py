"""Per-enrollment facts from the hours ledger, lesson progress and quiz attempts: one aggregate
query each.

The progress builder (``selectors.progress_for``: course page, trainee dashboard, cohort page,
supervisor dashboard and its CSV), the completion check (``services``) and the certificate
(``certificates.services``) read them from here. ``enrollment_ids``: a list of ids, or a queryset
of ``pk`` values (a subquery).
"""
from __future__ import annotations

from collections import defaultdict

from django.db.models import Count, Max, Q, Sum

from .models import HourEntry, LessonProgress, QuizAttempt


def completed_lessons_by_enrollment(enrollment_ids) -> defaultdict[int, set[int]]:
    """The ids of the lessons each enrollment has completed."""
    completed = defaultdict(set)
    for enrollment_id, lesson_id in LessonProgress.objects.filter(
        enrollment_id__in=enrollment_ids, completed_at__isnull=False
    ).values_list("enrollment_id", "lesson_id"):
        completed[enrollment_id].add(lesson_id)
    return completed


def last_seen_by_enrollment(enrollment_ids) -> dict[int, object]:
    """When each enrollment was last seen on any of its lessons."""
    return dict(
        LessonProgress.objects.filter(enrollment_id__in=enrollment_ids)
        .values("enrollment_id")
        .annotate(last=Max("last_seen_at"))
        .order_by()
        .values_list("enrollment_id", "last")
    )


def quiz_stats_by_enrollment(enrollment_ids) -> dict[tuple[int, int], dict]:
    """Submitted attempts per (enrollment, quiz): ``attempts``, ``best`` score, ``passes`` and
    ``last`` (when the latest was submitted)."""
    return {
        (row["enrollment_id"], row["quiz_id"]): row
        for row in QuizAttempt.objects.filter(enrollment_id__in=enrollment_ids, submitted_at__isnull=False)
        .values("enrollment_id", "quiz_id")
        .annotate(attempts=Count("id"), best=Max("score"), passes=Count("id", filter=Q(passed=True)),
                  last=Max("submitted_at"))
        .order_by()
    }


def minutes_by_enrollment_and_domain(enrollment_ids) -> defaultdict[int, dict[int, int]]:
    """The ledger's minutes per enrollment and competency domain (the sum of its entries)."""
    minutes = defaultdict(dict)
    for enrollment_id, domain_id, total in (
        HourEntry.objects.filter(enrollment_id__in=enrollment_ids)
        .values("enrollment_id", "domain_id")
        .annotate(total=Sum("minutes"))
        .order_by()
        .values_list("enrollment_id", "domain_id", "total")
    ):
        minutes[enrollment_id][domain_id] = total
    return minutes


def minutes_total(enrollment_id: int) -> int:
    """The sum of one enrollment's ledger entries (corrections included), in minutes."""
    return HourEntry.objects.filter(enrollment_id=enrollment_id).aggregate(total=Sum("minutes"))["total"] or 0


def minutes_by_domain_and_mode(enrollment_id: int) -> list[tuple[int, str, int]]:
    """One enrollment's ledger as (domain id, delivery mode, minutes) sums: what its certificate
    freezes, by domain and by mode."""
    return list(
        HourEntry.objects.filter(enrollment_id=enrollment_id)
        .values("domain_id", "delivery_mode")
        .annotate(total=Sum("minutes"))
        .order_by()
        .values_list("domain_id", "delivery_mode", "total")
    )
