"""A lesson's activities in headless Chromium: a reflection (too short first, then saved and
shared), a scenario's two decisions, a self-check; then the lesson completes and the credit shows,
and the journal holds the answer."""
import re
import time

import pytest
from playwright.sync_api import expect

from courses import services
from courses.models import ActivityResponse, HourEntry
from tests import factories
from tests.browser.test_learning_flow import serve_site_from
from tests.factories import activities as acts


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_reflection_scenario_and_self_check_then_the_lesson_completes(live_server, page, screenshot):
    course = factories.make_course(title="Medication-assisted recovery", min_engaged_seconds=2, lesson_minutes=12)
    lesson = acts.add_activities(factories.lessons_of(course)[0])
    trainee = factories.make_user(email="marisol@example.org", first_name="Marisol", last_name="Reyes")
    services.enrollment_create(user=trainee, course=course)
    serve_site_from(live_server)

    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email").fill(trainee.email)
    page.get_by_label("Password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(live_server.url + lesson.url)
    expect(page.get_by_role("heading", name=lesson.title, level=1)).to_be_visible()
    screenshot(page, "activities-01-lesson")

    # Completing before the activities are done is refused, with links to them.
    time.sleep(2.5)
    page.get_by_role("button", name="Mark complete").click()
    expect(page.get_by_text("Finish this lesson's activities before marking it complete")).to_be_visible()

    # The reflection: too short keeps the text and says why; then saved, shared with the facilitators.
    reflection = page.locator("section.reflection")
    reflection.get_by_label(re.compile("^Your answer")).fill("Too short")
    reflection.get_by_role("button", name="Save my answer").click()
    expect(page.get_by_text("Write at least 5 words (you have 2).")).to_be_visible()
    expect(page.locator("section.reflection textarea")).to_have_value("Too short")
    page.locator("section.reflection").get_by_label(re.compile("^Your answer")).fill(
        "Recovery means my kids trust me again and I keep my appointments."
    )
    page.locator("section.reflection").get_by_label("the facilitators of my cohort").check()
    page.locator("section.reflection").get_by_role("button", name="Save my answer").click()
    expect(page.get_by_text("Your reflection is saved in your journal.")).to_be_visible()

    # The scenario: a first decision with its feedback and what happens next, then the follow-up.
    scenario = page.locator("section.scenario")
    scenario.get_by_label("Tell her to taper").check()
    scenario.get_by_role("button", name="Choose").click()
    scenario = page.locator("section.scenario")
    expect(scenario.get_by_text("That is medical advice.")).to_be_visible()
    expect(scenario.get_by_text("She goes quiet.")).to_be_visible()
    expect(scenario.get_by_text("The most helpful first step")).to_be_visible()
    scenario.get_by_label("Look for a medication-friendly home together").check()
    screenshot(page, "activities-02-scenario")
    scenario.get_by_role("button", name="Choose").click()
    expect(page.locator("section.scenario").get_by_text("Scenario done.")).to_be_visible()

    # The self-check: practice, answered at once.
    check = page.locator("section.self-check")
    check.get_by_label("The person and their prescriber").check()
    check.get_by_role("button", name="Check my answers").click()
    expect(page.locator("section.self-check").get_by_text("Coaches never judge doses.")).to_be_visible()
    screenshot(page, "activities-03-done")

    page.get_by_role("button", name="Mark complete").click()
    expect(page.get_by_text(f"“{lesson.title}” is complete: 12 minutes credited.")).to_be_visible()
    assert HourEntry.objects.get(page=lesson).minutes == 12
    assert ActivityResponse.objects.filter(user=trainee, completed_at__isnull=False).count() == 3

    page.goto(live_server.url + "/learn/journal/")
    expect(page.get_by_role("heading", name="My journal", level=1)).to_be_visible()
    expect(page.get_by_text("Recovery means my kids trust me again")).to_be_visible()
    expect(page.get_by_label("the facilitators of my cohort")).to_be_checked()
    screenshot(page, "activities-04-journal")
