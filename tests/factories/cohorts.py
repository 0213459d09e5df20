"""Builders for cohort tests: a second program site, staff with roles, cohorts and sessions."""
from __future__ import annotations

import itertools
from datetime import date, datetime, timezone as dt_timezone

from wagtail.models import Page, Site

from cohorts import services as cohorts
from courses.models import CourseIndexPage, CoursePage, DeliveryMode
from programs.roles import Role, role_grant
from tests import factories

_seq = itertools.count(1)


def make_site(hostname=None, name=None) -> Site:
    """Another program site with its own catalog root (the default site comes from factories.site_index)."""
    factories.site_index()  # the default site first, so it stays the default
    n = next(_seq)
    root = Page.get_first_root_node()
    index = root.add_child(instance=CourseIndexPage(title=f"Program {n}", slug=f"program-{n}"))
    return Site.objects.create(
        hostname=hostname or f"program{n}.example.org", port=80, root_page=index, site_name=name or f"Program {n}"
    )


default_site = factories.default_site


def make_course_on(site: Site, **kwargs) -> CoursePage:
    """A course (see factories.make_course) moved under ``site``'s catalog."""
    course = factories.make_course(**kwargs)
    if site.root_page_id != factories.site_index().pk:
        course.move(site.root_page, pos="last-child")
    return CoursePage.objects.get(pk=course.pk)


def make_staff(site: Site, *roles: str, **kwargs):
    user = factories.make_user(**kwargs)
    for role in roles:
        role_grant(user=user, site=site, role=role)
    return user


def make_cohort(*, site: Site, course: CoursePage, facilitators=(), name=None, actor=None):
    admin = actor or make_staff(site, Role.SITE_ADMIN, first_name="Site", last_name="Admin")
    return cohorts.cohort_create(
        site=site, course=course, name=name or f"Cohort {next(_seq)}", starts_on=date(2027, 3, 1),
        facilitators=list(facilitators), actor=admin,
    )


def make_session(*, cohort, actor, duration=60, mode=DeliveryMode.IN_PERSON, domain=None, covers=(), title="Session"):
    return cohorts.live_session_schedule(
        cohort=cohort, title=title, starts_at=datetime(2027, 3, 2, 18, 0, tzinfo=dt_timezone.utc),
        duration_minutes=duration, delivery_mode=mode, domain=domain or factories.make_domain(),
        covers=covers, actor=actor,
    )


def add_member(*, cohort, user, actor):
    """Add ``user`` to ``cohort`` as after accepting an invitation: a trainee of its site first
    (``cohort_add_trainee`` adds only people who joined the program)."""
    role_grant(user=user, site=cohort.site, role=Role.TRAINEE)
    return cohorts.cohort_add_trainee(cohort=cohort, user=user, actor=actor)


def segment(title, minutes, *, method="presentation", domain=None, **extra):
    """An agenda segment of a facilitator guide, as the StreamField takes it."""
    value = {
        "title": title, "minutes": minutes, "method": method, "domain": domain, "description": "What the facilitator does, step by step.",
        "materials": [], "questions": [], "roles": [], "script": "", "observer_checklist": [],
    }
    value.update(extra)
    return ("segment", value)


def add_guide(module, *, live_minutes, segments, objectives=("Describe what was taught",), handouts=()):
    """Give ``module`` live minutes and a facilitator guide; returns it fresh from the database."""
    module.live_minutes = live_minutes
    module.guide_objectives = [("objective", text) for text in objectives]
    module.guide_agenda = list(segments)
    module.guide_handouts = [("handout", {"title": title, "text": text}) for title, text in handouts]
    module.save()
    return type(module).objects.get(pk=module.pk)


def schedule_module(*, cohort, module, actor, mode=DeliveryMode.IN_PERSON):
    return cohorts.live_session_schedule_module(
        cohort=cohort, module=module, starts_at=datetime(2027, 3, 2, 18, 0, tzinfo=dt_timezone.utc),
        delivery_mode=mode, actor=actor,
    )
