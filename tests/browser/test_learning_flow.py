"""The whole learning flow in headless Chromium, against a live server.

Signs up, enrolls, completes a lesson, fails then passes a quiz, and checks the
hours on the dashboard and in the ledger. Screenshots of each page (desktop and
phone width) go to test-artifacts/ for review.
"""
import re
import time
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Site

from courses.models import Enrollment, HourEntry, QuizAttempt
from tests import factories

LESSON_MINUTES = 20
QUIZ_MINUTES = 10
EMAIL = "riley.browser@example.org"


def hours(minutes):
    return f"{minutes / 60:.1f}"


def serve_site_from(live_server):
    """Make the default Wagtail site (whose root is the catalog) the live server's host and port."""
    url = urlsplit(live_server.url)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = url.hostname, url.port
    site.save()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_sign_up_enroll_complete_lesson_fail_then_pass_quiz_and_see_hours(live_server, page, screenshot):
    domain = factories.make_domain("advocacy", "Advocacy")
    course = factories.make_course(
        title="Recovery coaching basics",
        domain=domain,
        min_engaged_seconds=2,
        lesson_minutes=LESSON_MINUTES,
        quiz_minutes=QUIZ_MINUTES,
    )
    serve_site_from(live_server)
    required = course.required_minutes  # 2 lessons + 1 quiz = 50 minutes
    earned = LESSON_MINUTES + QUIZ_MINUTES  # one lesson and the quiz

    # Catalog, then sign up.
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", name="Trainings", level=1)).to_be_visible()
    expect(page.get_by_role("link", name=course.title, exact=True)).to_be_visible()
    screenshot(page, "01-catalog")
    page.get_by_role("link", name="Sign up").click()
    expect(page.get_by_role("heading", name="Create your account")).to_be_visible()
    page.get_by_label("First name").fill("Riley")
    page.get_by_label("Last name").fill("Nakamura")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password", exact=True).fill(factories.PASSWORD)
    page.get_by_label("Password confirmation").fill(factories.PASSWORD)
    screenshot(page, "02-signup")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("link", name="My learning")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile(r"^Log out"))).to_be_visible()

    # Course page, enroll.
    page.get_by_role("link", name=course.title, exact=True).click()
    expect(page.get_by_role("heading", name=course.title, level=1)).to_be_visible()
    screenshot(page, "03-course")
    page.get_by_role("button", name="Enroll in this course").click()
    expect(page.get_by_text(f"You are enrolled in {course.title}.")).to_be_visible()
    expect(page.get_by_text(f"0.0 of {hours(required)} hours")).to_be_visible()
    screenshot(page, "04-course-enrolled")

    # First lesson: the server measures the time before it accepts "Mark complete".
    page.get_by_role("link", name="Lesson 1.1", exact=True).click()
    expect(page.get_by_role("heading", name="Lesson 1.1", level=1)).to_be_visible()
    expect(page.get_by_text("Body of lesson 1.1")).to_be_visible()
    screenshot(page, "05-lesson")
    time.sleep(2.5)
    page.get_by_role("button", name="Mark complete").click()
    expect(page.get_by_text(f"“Lesson 1.1” is complete: {LESSON_MINUTES} minutes credited.")).to_be_visible()
    expect(page.get_by_role("heading", name="Lesson 1.2", level=1)).to_be_visible()
    screenshot(page, "06-lesson-completed")

    # Quiz: a wrong attempt first.
    page.get_by_role("navigation", name="Course navigation").get_by_role("link", name="Quiz 1").click()
    expect(page.get_by_role("heading", name="Quiz 1", level=1)).to_be_visible()
    page.get_by_label("Nobody", exact=True).check()
    page.get_by_label("Aspirin", exact=True).check()
    screenshot(page, "07-quiz")
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", name="Not passed")).to_be_visible()
    expect(page.get_by_text("You have 2 attempts left.")).to_be_visible()
    screenshot(page, "08-result-failed")

    # Then the right answers.
    page.get_by_role("link", name="Try again").click()
    expect(page.get_by_text("Attempt 2")).to_be_visible()
    page.get_by_label("Peers", exact=True).check()
    page.get_by_label("Methadone", exact=True).check()
    page.get_by_label("Buprenorphine", exact=True).check()
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", name="Passed", exact=True)).to_be_visible()
    expect(page.get_by_text(f"{QUIZ_MINUTES} minutes have been credited to your hours.")).to_be_visible()
    screenshot(page, "09-result-passed")

    # Dashboard: hours, in total and by domain.
    page.get_by_role("link", name="My learning").click()
    expect(page.get_by_role("heading", name="My learning", level=1)).to_be_visible()
    expect(page.get_by_text(f"{hours(earned)} of {hours(required)} hours")).to_be_visible()
    expect(page.get_by_role("progressbar", name="Contact hours earned")).to_have_attribute(
        "aria-valuenow", str(earned * 100 // required)
    )
    expect(page.get_by_text("1/2 lessons · 1/1 quizzes passed")).to_be_visible()
    row = page.get_by_role("row", name=re.compile(r"^Advocacy\b"))
    expect(row.get_by_role("cell")).to_have_text([f"{hours(earned)} h", f"{hours(required)} h"])
    screenshot(page, "10-dashboard")

    # The ledger agrees with what was shown.
    user = get_user_model().objects.get(email=EMAIL)
    assert (user.first_name, user.last_name, user.username) == ("Riley", "Nakamura", EMAIL)
    enrollment = Enrollment.objects.get(user=user, course=course)
    assert enrollment.completed_at is None
    entries = list(HourEntry.objects.filter(user=user).order_by("occurred_at", "pk"))
    assert [(e.source, e.minutes, e.domain_id, e.enrollment_id) for e in entries] == [
        (HourEntry.Source.LESSON, LESSON_MINUTES, domain.pk, enrollment.pk),
        (HourEntry.Source.QUIZ, QUIZ_MINUTES, domain.pk, enrollment.pk),
    ]
    attempts = QuizAttempt.objects.filter(enrollment=enrollment).order_by("number")
    assert [(a.number, a.passed) for a in attempts] == [(1, False), (2, True)]
