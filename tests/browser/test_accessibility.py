"""WCAG 2.1 AA, checked by axe-core over every page of the site, at desktop and phone width.

The pages are those of the hostile-input suite's world (two program sites with every kind of
record, see ``tests/security/conftest.py``): every GET route of ours that answers with HTML
(``tests/security/routes.py``, so a new page joins this check by joining that table), each seen
as the person it is for (public, trainee, facilitator, supervisor, site admin, platform admin),
plus the Wagtail pages (catalog, course, lesson with activities, quiz), a form with errors and the
404 page. Each is checked at 1280 px and 390 px:

* axe-core (bundled with ``axe-playwright-python``, nothing fetched) finds no violation of the
  ``wcag2a``, ``wcag2aa``, ``wcag21a`` and ``wcag21aa`` rules; on our Wagtail admin screens the
  check covers our content (the admin's own frame is Wagtail's);
* nothing scrolls sideways: the document is no wider than the window.

A report of the pages checked and their violation counts goes to test-artifacts/accessibility.txt.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import transaction
from django.test import Client
from django.urls import reverse

from tests.browser.conftest import ARTIFACTS
from tests.browser.test_learning_flow import serve_site_from
from tests.factories import quizzes_of
from tests.security.conftest import build_world
from tests.security.routes import ROUTES

WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
# Our screens inside the Wagtail admin: the part of the page our templates draw.
ADMIN_CONTENT = {"include": [["#main"]]}


@dataclass(frozen=True)
class View:
    name: str
    url: str
    who: object  # the user, or None for a visitor
    admin: bool = False


def route_views(world) -> list[View]:
    """Every GET route of ours (site A's objects), as the person it is for."""
    views = []
    for name, route in sorted(ROUTES.items()):
        if "GET" in route.methods and route.ok == 200:
            url = reverse(name, kwargs=route.kwargs(world.a))
            views.append(View(name, url, route.who(world, world.a), admin=route.admin))
    return views


def wagtail_views(world) -> list[View]:
    a = world.a

    def url(page):
        return page.relative_url(a.site)

    return [
        View("catalog", "/", None),
        View("course (visitor)", url(a.course), None),
        View("course (enrolled)", url(a.course2), a.trainee),
        View("lesson with activities", url(a.activity_lesson), a.trainee),
        View("quiz", url(quizzes_of(a.course2)[0]), a.trainee),
        View("password reset", "/accounts/password_reset/", None),
        View("not found", "/no-such-page/", None),
    ]


def log_in(context, base_url, user):
    context.clear_cookies()
    if user is not None:
        client = Client()
        client.force_login(user)
        context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base_url}])


def check(page, view: View) -> list[str]:
    """The violations and overflow of the page now shown, as readable lines."""
    results = Axe().run(page, context=ADMIN_CONTENT if view.admin else None, options=AXE_OPTIONS)
    problems = [
        f"{v['id']} ({v['impact']}): {v['help']} at {', '.join(str(n['target']) for n in v['nodes'][:3])}"
        for v in results.response["violations"]
    ]
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    if width[0] > width[1]:
        wide = page.evaluate(
            """() => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))"""
        )
        problems.append(f"scrolls sideways: {width[0]} px wide in a {width[1]} px window ({', '.join(wide)})")
    return problems


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_every_page_meets_wcag_21_aa_at_desktop_and_phone_width(live_server, chromium, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    settings.CERTIFICATES_VERIFY_RATE_PER_MINUTE = 10_000
    with transaction.atomic():  # as in the security suite: tasks queued on commit run after it
        world = build_world()
    serve_site_from(live_server)
    world.a.site.refresh_from_db()
    views = route_views(world) + wagtail_views(world)
    context = chromium.new_context(locale="en-US")
    context.set_default_timeout(15_000)
    page = context.new_page()
    report, failures, checked = [], {}, 0
    try:
        for view in views:
            log_in(context, live_server.url, view.who)
            head = context.request.get(live_server.url + view.url, max_redirects=0)
            if not head.headers.get("content-type", "").startswith("text/html") or head.status in (301, 302, 303):
                continue  # files (PDF, CSV, JSON) and redirects are not pages
            for label, size in WIDTHS.items():
                page.set_viewport_size(size)
                page.goto(live_server.url + view.url)
                problems = check(page, view)
                checked += 1
                report.append(f"{len(problems)}  {label:7}  {view.name}  {view.url}")
                if problems:
                    failures[f"{view.name} at {label}"] = problems
    finally:
        context.close()
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "accessibility.txt").write_text(
            "violations  width  page  url\n" + "\n".join(report) + "\n"
        )
    assert checked >= 2 * 35, f"only {checked} page views were checked"
    assert not failures, "\n".join(f"{where}:\n  " + "\n  ".join(found) for where, found in failures.items())
