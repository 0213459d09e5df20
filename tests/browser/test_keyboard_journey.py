"""The trainee journey with the keyboard only, and a visible focus at every step.

Sign up, enroll, a lesson with its three activities, a quiz, and the certificate: every link,
field and button is reached with Tab (radio groups with the arrow keys) and used with Enter, Space
or typing; no mouse click. Each time focus moves, the focused element must show a focus indicator
(an outline or a box shadow), and it must be on screen.
"""
import re
import time

import pytest
from playwright.sync_api import expect

from tests import factories
from tests.browser.test_learning_flow import serve_site_from
from tests.factories import activities as acts

EMAIL = "kai.keyboard@example.org"
MAX_TABS = 80

FOCUS_STATE = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow && style.boxShadow !== 'none';
    const onScreen = box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
    const name = (el.getAttribute('aria-label') || el.innerText || el.value || el.name || el.id || '').trim();
    return {tag: el.tagName.toLowerCase(), name: name.slice(0, 60), visible: outline || shadow, onScreen};
}"""


def expect_visible_focus(page):
    state = page.evaluate(FOCUS_STATE)
    assert state is not None, "focus was lost (on the page body)"
    assert state["visible"], f"no visible focus indicator on {state}"
    assert state["onScreen"], f"the focused element is off screen: {state}"


def is_focused(locator) -> bool:
    return locator.evaluate("el => el === document.activeElement")


def tab_to(page, locator, *, backwards=False):
    """Press Tab until ``locator`` has focus, checking the focus indicator at every stop."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(MAX_TABS):
        page.keyboard.press(key)
        expect_visible_focus(page)
        if is_focused(locator):
            return
    raise AssertionError(f"{locator} was not reached with {MAX_TABS} presses of {key}")


def activate(page, locator):
    """Reach ``locator`` with Tab, then press Enter."""
    tab_to(page, locator)
    page.keyboard.press("Enter")


def choose(page, radio):
    """Select ``radio`` in its group: Tab into the group, then the arrow keys."""
    name = radio.get_attribute("name")
    group = page.locator(f'input[type=radio][name="{name}"]')
    tab_to(page, group.first)
    for _ in range(group.count()):
        if radio.is_checked():
            return
        page.keyboard.press("ArrowDown")
        expect_visible_focus(page)
    assert radio.is_checked(), f"{radio} was not selected with the arrow keys"


def tick(page, checkbox):
    tab_to(page, checkbox)
    page.keyboard.press("Space")
    expect(checkbox).to_be_checked()


def type_into(page, field, text):
    tab_to(page, field)
    page.keyboard.type(text)


def start(page):
    """Put focus at the top of the page, as a fresh load does for a keyboard user."""
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    page.keyboard.press("Escape")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_trainee_signs_up_learns_and_gets_the_certificate_with_the_keyboard_only(live_server, page, settings):
    settings.PUBLIC_URL_SCHEME = "http"
    course = factories.make_course(
        title="Keyboard-friendly recovery coaching", domain=factories.make_domain("advocacy", "Advocacy"),
        lessons_per_module=1, min_engaged_seconds=2, lesson_minutes=12,
    )
    lesson = acts.add_activities(factories.lessons_of(course)[0])
    serve_site_from(live_server)

    # Catalog -> sign up.
    page.goto(live_server.url + "/")
    activate(page, page.get_by_role("link", name="Sign up"))
    expect(page.get_by_role("heading", name="Create your account")).to_be_visible()
    for label, text in (("First name", "Kai"), ("Last name", "Okafor"), ("Email", EMAIL)):
        type_into(page, page.get_by_label(label), text)
    type_into(page, page.get_by_label("Password", exact=True), factories.PASSWORD)
    type_into(page, page.get_by_label("Password confirmation"), factories.PASSWORD)
    activate(page, page.get_by_role("button", name="Sign up"))
    expect(page.get_by_role("button", name=re.compile(r"^Log out"))).to_be_visible()

    # Course -> enroll (the confirmation is a status message, announced without moving focus).
    start(page)
    activate(page, page.get_by_role("link", name=course.title, exact=True))
    expect(page.get_by_role("heading", name=course.title, level=1)).to_be_visible()
    start(page)
    activate(page, page.get_by_role("button", name="Enroll in this course"))
    expect(page.get_by_role("status")).to_contain_text(f"You are enrolled in {course.title}.")

    # The lesson and its activities.
    start(page)
    activate(page, page.get_by_role("link", name=lesson.title, exact=True))
    expect(page.get_by_role("heading", name=lesson.title, level=1)).to_be_visible()
    start(page)
    reflection = page.locator("section.reflection")
    type_into(page, reflection.get_by_label(re.compile("^Your answer")), "Recovery means keeping my promises to my family.")
    activate(page, reflection.get_by_role("button", name="Save my answer"))
    expect(page.get_by_role("status")).to_contain_text("Your reflection is saved in your journal.")

    start(page)
    scenario = page.locator("section.scenario")
    choose(page, scenario.get_by_label("Ask what she wants"))
    activate(page, scenario.get_by_role("button", name="Choose"))
    scenario = page.locator("section.scenario")
    expect(scenario.get_by_text("Her goals lead.")).to_be_visible()
    choose(page, scenario.get_by_label("Look for a medication-friendly home together"))
    activate(page, scenario.get_by_role("button", name="Choose"))
    expect(page.locator("section.scenario").get_by_text("Scenario done.")).to_be_visible()

    start(page)
    check = page.locator("section.self-check")
    choose_or_tick = check.get_by_label("The person and their prescriber")
    if choose_or_tick.get_attribute("type") == "radio":
        choose(page, choose_or_tick)
    else:
        tick(page, choose_or_tick)
    activate(page, check.get_by_role("button", name="Check my answers"))
    expect(page.locator("section.self-check").get_by_text("Coaches never judge doses.")).to_be_visible()

    time.sleep(2.2)  # the lesson's minimum engaged time
    start(page)
    activate(page, page.get_by_role("button", name="Mark complete"))
    expect(page.get_by_role("status")).to_contain_text(f"“{lesson.title}” is complete: 12 minutes credited.")

    # The quiz (completing the lesson leads to it).
    expect(page.get_by_role("heading", name="Quiz 1", level=1)).to_be_visible()
    start(page)
    choose(page, page.get_by_label("Peers", exact=True))
    tick(page, page.get_by_label("Methadone", exact=True))
    tick(page, page.get_by_label("Buprenorphine", exact=True))
    activate(page, page.get_by_role("button", name="Submit answers"))
    expect(page.get_by_role("heading", name="Passed", exact=True)).to_be_visible()

    # The certificate: its page, then the PDF.
    for _ in range(20):
        start(page)
        activate(page, page.get_by_role("navigation", name="Main").get_by_role("link", name="Certificates"))
        if page.get_by_role("link", name=re.compile("^View certificate")).count():
            break
        time.sleep(0.5)
    start(page)
    activate(page, page.get_by_role("link", name=re.compile("^View certificate")))
    expect(page.get_by_role("heading", name=course.title, level=1)).to_be_visible()
    expect(page.locator("dd").get_by_text("Kai Okafor", exact=True)).to_be_visible()
    start(page)
    with page.expect_download() as download:
        activate(page, page.get_by_role("link", name=re.compile("^Download PDF")))
    assert download.value.suggested_filename.endswith(".pdf")
