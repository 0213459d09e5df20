"""Builders for supervision tests: a second program site, people with roles, and bulk trainees.

``bulk_trainees`` uses ``bulk_create`` throughout so a thousand trainees with
enrollments and ledger rows take well under a second; the benchmark script
(scripts/bench_supervisor.py) uses it too.
"""
from __future__ import annotations

import itertools

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page, Site

from courses.models import (
    CourseIndexPage,
    Enrollment,
    HourEntry,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    QuizPage,
)
from programs.models import SiteRole
from programs.models import SupervisorAssignment
from tests import factories

_seq = itertools.count(1)
Role = SiteRole.Role


default_site = factories.default_site


def make_site(name="Second program") -> Site:
    """Another program site with its own catalog root (as ``factories.site_index`` builds the default one)."""
    factories.site_index()
    n = next(_seq)
    index = Page.get_first_root_node().add_child(instance=CourseIndexPage(title=name, slug=f"second-{n}"))
    return Site.objects.create(hostname=f"site{n}.example.org", port=80, root_page=index, site_name=name)


def course_on(site: Site, **kwargs):
    """A course (as ``factories.make_course``) moved under ``site``'s catalog."""
    course = factories.make_course(**kwargs)
    if site.root_page_id != factories.site_index().pk:
        course.move(site.root_page, pos="last-child")
    return type(course).objects.get(pk=course.pk)


def with_role(user, site: Site, role: str):
    SiteRole.objects.get_or_create(user=user, site=site, role=role)
    return user


def make_supervisor(site: Site, **kwargs):
    kwargs.setdefault("first_name", "Sue")
    kwargs.setdefault("last_name", f"Pervisor{next(_seq)}")
    return with_role(factories.make_user(**kwargs), site, Role.SUPERVISOR)


def make_trainee(site: Site, **kwargs):
    return with_role(factories.make_user(**kwargs), site, Role.TRAINEE)


def assign(supervisor, trainee, site: Site) -> SupervisorAssignment:
    return SupervisorAssignment.objects.get_or_create(site=site, supervisor=supervisor, trainee=trainee)[0]


def bulk_trainees(*, n: int, site: Site, supervisor, courses, domain, minutes: int = 30, prefix: str = "bulk"):
    """``n`` trainees on ``site`` assigned to ``supervisor``, each enrolled in every course with some progress:
    one ledger row, one completed lesson and one quiz attempt per enrollment."""
    User = get_user_model()
    tag = next(_seq)
    users = User.objects.bulk_create(
        [
            User(
                username=f"{prefix}{tag}-{i}@example.org", email=f"{prefix}{tag}-{i}@example.org",
                first_name="Trainee", last_name=f"{prefix.title()} {i:04d}",
            )
            for i in range(n)
        ]
    )
    if not all(u.pk for u in users):  # backends that do not return ids from bulk_create
        users = list(User.objects.filter(username__startswith=f"{prefix}{tag}-").order_by("pk"))
    SiteRole.objects.bulk_create([SiteRole(user=u, site=site, role=Role.TRAINEE) for u in users])
    SupervisorAssignment.objects.bulk_create(
        [SupervisorAssignment(site=site, supervisor=supervisor, trainee=u) for u in users]
    )
    now = timezone.now()
    enrollments = Enrollment.objects.bulk_create([Enrollment(user=u, course=c) for u in users for c in courses])
    if not all(e.pk for e in enrollments):
        enrollments = list(Enrollment.objects.filter(user__in=users).order_by("pk"))
    lessons = {c.pk: LessonPage.objects.descendant_of(c).order_by("path").first() for c in courses}
    quizzes = {c.pk: QuizPage.objects.descendant_of(c).order_by("path").first() for c in courses}
    HourEntry.objects.bulk_create(
        [
            HourEntry(
                user_id=e.user_id, enrollment=e, site=site, domain=domain, minutes=minutes, source=HourEntry.Source.LESSON,
                delivery_mode="online", key=f"{prefix}{tag}:{e.pk}", description="Lesson", occurred_at=now,
            )
            for e in enrollments
        ]
    )
    LessonProgress.objects.bulk_create(
        [
            LessonProgress(
                enrollment=e, lesson=lessons[e.course_id], first_viewed_at=now, last_seen_at=now,
                engaged_seconds=600, completed_at=now,
            )
            for e in enrollments
            if lessons[e.course_id]
        ]
    )
    QuizAttempt.objects.bulk_create(
        [
            QuizAttempt(
                enrollment=e, quiz=quizzes[e.course_id], number=1, started_at=now, submitted_at=now,
                score=50, passed=False,
            )
            for e in enrollments
            if quizzes[e.course_id]
        ]
    )
    return users
