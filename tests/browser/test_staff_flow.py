"""Staff move a trainee's credential readiness, in headless Chromium against a live server.

The trainee logs practice hours; a facilitator records their attendance at a
live session; their supervisor approves the practice hours. The trainee's
readiness page shows the training (and Advocacy) lines grown by the attended
hours and the experience line grown by the approved practice hours. Each
person has their own browser context (their own session cookie); every action
goes through the real pages, found by role and label.
"""
import re
from datetime import datetime, timedelta, timezone as dt_timezone

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Site

from cohorts import services as cohorts
from courses import services as course_services
from courses.models import DeliveryMode, HourEntry
from programs.models import SupervisorAssignment
from programs.roles import Role, role_grant
from readiness.models import CredentialFramework, FrameworkRequirement
from supervision.models import PracticeEntry
from tests import factories
from tests.browser.conftest import DESKTOP
from tests.browser.test_learning_flow import serve_site_from
from tests.factories import cohorts as factories_cohorts

SESSION_MINUTES = 60
PRACTICE_MINUTES = 120
TRAINEE = "Taylor Brooks"
SITE_NAME = "Harbor Recovery Program"
FRAMEWORK = "Peer Recovery Specialist"
PRACTICE_TEXT = "Co-facilitated a mutual-aid meeting at the drop-in center."
COMMENT = "Confirmed with the site log. Well done."


def log_in(chromium, base_url, user):
    """A fresh browser context (own cookies) with ``user`` logged in; returns its page."""
    context = chromium.new_context(viewport=DESKTOP, locale="en-US")
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto(base_url + "/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name=re.compile(r"^Log out"))).to_be_visible()
    return page


def main_nav(page):
    return page.get_by_role("navigation", name="Main")


def readiness_line(page, label):
    """The readiness list item whose heading is ``label``."""
    return page.get_by_role("listitem").filter(has=page.get_by_role("heading", name=label, level=3, exact=True))


def expect_line(page, label, text, verdict):
    """A readiness line shows ``text`` ("x.x of y.y h") in its progress bar and its text, and ``verdict``."""
    expect(page.get_by_role("progressbar", name=label, exact=True)).to_have_attribute("aria-valuetext", text)
    line = readiness_line(page, label)
    expect(line.locator(".progress-text")).to_contain_text(text)
    expect(line.locator(".verdict")).to_have_text(verdict)


def open_readiness(page):
    main_nav(page).get_by_role("link", name="Readiness").click()
    expect(page.get_by_role("heading", name="Credential readiness", level=1)).to_be_visible()
    page.get_by_label("Credential", exact=True).select_option(label=FRAMEWORK)
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("heading", name=FRAMEWORK, level=2)).to_be_visible()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_attendance_and_approved_practice_move_the_trainees_readiness(live_server, page, chromium, screenshot):
    # ---- Setup: domains, two frameworks, a course, staff with roles, a cohort and a session.
    advocacy = factories.make_domain("advocacy", "Advocacy")
    ethics = factories.make_domain("ethical-responsibility", "Ethical Responsibility")
    other = CredentialFramework.objects.create(
        slug="cpa", name="Certified Peer Advocate", training_minutes=46 * 60, experience_minutes=500 * 60
    )
    framework = CredentialFramework.objects.create(
        slug="prs", name=FRAMEWORK, board="Test certification board",
        training_minutes=2 * 60, experience_minutes=2 * 60, supervision_minutes=60,
    )
    FrameworkRequirement.objects.create(framework=framework, label="Advocacy training", minutes=60, domain=advocacy, sort_order=1)
    FrameworkRequirement.objects.create(framework=framework, label="Ethics training", minutes=60, domain=ethics, sort_order=2)
    assert other.name < framework.name  # the default choice is the other one: the trainee has to pick

    course = factories.make_course(title="Peer support foundations", domain=advocacy)
    serve_site_from(live_server)
    site = Site.objects.get(is_default_site=True)
    site.site_name = SITE_NAME
    site.save()

    facilitator = factories.make_user(email="fran.facilitator@example.org", first_name="Fran", last_name="Okafor")
    role_grant(user=facilitator, site=site, role=Role.FACILITATOR)
    supervisor = factories.make_user(email="sam.supervisor@example.org", first_name="Sam", last_name="Reyes")
    role_grant(user=supervisor, site=site, role=Role.SUPERVISOR)
    trainee = factories.make_user(email="taylor.trainee@example.org", first_name="Taylor", last_name="Brooks")
    course_services.enrollment_create(user=trainee, course=course)  # grants the trainee role on the site
    SupervisorAssignment.objects.create(site=site, supervisor=supervisor, trainee=trainee)

    cohort = cohorts.cohort_create(
        site=site, course=course, name="Autumn 2026 evenings", starts_on=timezone.localdate() - timedelta(days=30),
        facilitators=[facilitator], actor=facilitator,
    )
    factories_cohorts.add_member(cohort=cohort, user=trainee, actor=facilitator)
    session = cohorts.live_session_schedule(
        cohort=cohort, title="Advocacy circle", starts_at=datetime(2026, 11, 2, 23, 0, tzinfo=dt_timezone.utc),
        duration_minutes=SESSION_MINUTES, delivery_mode=DeliveryMode.IN_PERSON, domain=advocacy, actor=facilitator,
    )
    base = live_server.url

    # ---- The trainee logs practice hours, then looks at their readiness.
    page.goto(base + "/accounts/login/")
    page.get_by_label("Email").fill(trainee.email)
    page.get_by_label("Password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Log in").click()
    nav = main_nav(page)
    expect(nav.get_by_role("link", name="Practice hours")).to_be_visible()
    expect(nav.get_by_role("link", name="Cohorts")).to_have_count(0)
    expect(nav.get_by_role("link", name="Supervision")).to_have_count(0)

    nav.get_by_role("link", name="Practice hours").click()
    expect(page.get_by_role("heading", name="My practice hours", level=1)).to_be_visible()
    expect(page.get_by_text("Approved so far: 0.0 hours")).to_be_visible()
    performed_on = timezone.localdate() - timedelta(days=3)
    page.get_by_label("Program").select_option(label=SITE_NAME)
    page.get_by_label("Date").fill(performed_on.isoformat())
    page.get_by_label("Minutes").fill(str(PRACTICE_MINUTES))
    page.get_by_label("Competency domain").select_option(label="Ethical Responsibility")
    page.get_by_role("group", name="Type of service").get_by_label("Direct service", exact=True).check()
    page.get_by_label("What you did").fill(PRACTICE_TEXT)
    page.get_by_role("button", name="Send for review").click()
    expect(page.get_by_text("Your practice hours were sent to your supervisor for review.")).to_be_visible()
    entries = page.get_by_role("table", name="Practice hours you logged, newest first")
    row = entries.get_by_role("row").filter(has_text=PRACTICE_TEXT)
    expect(row).to_contain_text("Waiting for review")
    expect(row).to_contain_text("2.0")
    screenshot(page, "30-trainee-practice-logged")

    open_readiness(page)
    expect(page.locator("#readiness-summary")).to_contain_text("Not ready yet:")
    expect(page.locator("#readiness-summary")).to_contain_text(f"0 of 5 requirements of {FRAMEWORK} are met")
    expect_line(page, "Training hours", "0.0 of 2.0 h", "Missing 2.0 h")
    expect_line(page, "Advocacy training", "0.0 of 1.0 h", "Missing 1.0 h")
    expect_line(page, "Ethics training", "0.0 of 1.0 h", "Missing 1.0 h")
    expect_line(page, "Experience hours", "0.0 of 2.0 h", "Missing 2.0 h")  # pending practice does not count
    expect_line(page, "Supervision hours", "0.0 of 1.0 h", "Missing 1.0 h")
    screenshot(page, "31-readiness-before")

    # ---- The facilitator records the trainee's attendance at the whole session.
    fac = log_in(chromium, base, facilitator)
    try:
        nav = main_nav(fac)
        expect(nav.get_by_role("link", name="Supervision")).to_have_count(0)
        nav.get_by_role("link", name="Cohorts").click()
        expect(fac.get_by_role("heading", name="Cohorts", level=1)).to_be_visible()
        fac.get_by_role("link", name=cohort.name, exact=True).click()
        expect(fac.get_by_role("heading", name=cohort.name, level=1)).to_be_visible()
        expect(fac.get_by_role("row", name=re.compile(TRAINEE))).to_contain_text(trainee.email)
        # Chromium names the link "Advocacy circle : attendance" (the hidden span is absolutely positioned).
        fac.get_by_role("link", name=re.compile(rf"^{re.escape(session.title)}\s*: attendance$")).click()
        expect(fac.get_by_role("heading", name=f"Attendance: {session.title}", level=1)).to_be_visible()
        sheet = fac.get_by_role("table", name="Minutes attended per trainee")
        trainee_row = sheet.get_by_role("row", name=re.compile(TRAINEE))
        expect(trainee_row.get_by_role("cell").last).to_have_text("—")
        sheet.get_by_label(TRAINEE, exact=True).fill(str(SESSION_MINUTES))
        expect(sheet.get_by_label(f"{TRAINEE}: present for the whole session")).not_to_be_checked()
        fac.get_by_role("button", name="Save attendance").click()
        expect(fac.get_by_role("status")).to_contain_text(
            f"{TRAINEE}: +{SESSION_MINUTES} min credited (now {SESSION_MINUTES} of {SESSION_MINUTES} min)."
        )
        expect(sheet.get_by_label(TRAINEE, exact=True)).to_have_value(str(SESSION_MINUTES))
        expect(trainee_row.get_by_role("cell").last).to_have_text(f"{SESSION_MINUTES} min")
        screenshot(fac, "32-facilitator-attendance-saved")
    finally:
        fac.context.close()

    # ---- The supervisor approves the practice entry with a comment.
    sup = log_in(chromium, base, supervisor)
    try:
        nav = main_nav(sup)
        expect(nav.get_by_role("link", name="Cohorts")).to_have_count(0)
        nav.get_by_role("link", name="Supervision").click()
        sup.get_by_role("navigation", name="Supervision").get_by_role("link", name="Practice hours to review").click()
        expect(sup.get_by_role("heading", name="Practice hours to review", level=1)).to_be_visible()
        pending = sup.get_by_role("table", name="Practice entries waiting for review, oldest first")
        entry_row = pending.get_by_role("row").filter(has_text=PRACTICE_TEXT)
        expect(entry_row.get_by_role("rowheader")).to_contain_text(TRAINEE)
        expect(entry_row).to_contain_text("Ethical Responsibility")
        entry_row.get_by_label("Comment").fill(COMMENT)
        screenshot(sup, "33-supervisor-review-pending")
        entry_row.get_by_role("button", name=f"Approve 2.0 hours for {TRAINEE}").click()
        expect(sup.get_by_role("status")).to_contain_text(
            f"Approved: {PRACTICE_MINUTES} minutes of practice by {TRAINEE} credited to their hours."
        )
        expect(sup.get_by_text("Nothing is waiting for review.")).to_be_visible()
        reviewed = sup.get_by_role("table", name="Recently reviewed practice entries")
        expect(reviewed.get_by_role("row", name=re.compile(TRAINEE))).to_contain_text(f"Approved: {COMMENT}")
        screenshot(sup, "34-supervisor-approved")
    finally:
        sup.context.close()

    # ---- The trainee's readiness has moved: +1.0 h training (Advocacy), +2.0 h experience.
    open_readiness(page)
    expect_line(page, "Training hours", "1.0 of 2.0 h", "Missing 1.0 h")
    expect_line(page, "Advocacy training", "1.0 of 1.0 h", "Met")
    expect_line(page, "Ethics training", "0.0 of 1.0 h", "Missing 1.0 h")  # practice is experience, not training
    expect_line(page, "Experience hours", "2.0 of 2.0 h", "Met")
    expect_line(page, "Supervision hours", "0.0 of 1.0 h", "Missing 1.0 h")
    expect(page.locator("#readiness-summary")).to_contain_text(f"2 of 5 requirements of {FRAMEWORK} are met")
    expect(page.locator("#face-to-face")).to_contain_text("Face to face: 1.0 of 1.0 training hours (100%)")
    screenshot(page, "35-readiness-after")

    main_nav(page).get_by_role("link", name="Practice hours").click()
    row = page.get_by_role("table", name="Practice hours you logged, newest first").get_by_role("row").filter(has_text=PRACTICE_TEXT)
    expect(row).to_contain_text("Approved")
    expect(row).to_contain_text(COMMENT)
    expect(page.get_by_text("Approved so far: 2.0 hours")).to_be_visible()
    screenshot(page, "36-trainee-practice-approved")

    # ---- The ledger agrees.
    practice = PracticeEntry.objects.get(trainee=trainee)
    assert (practice.status, practice.reviewed_by, practice.review_comment) == (
        PracticeEntry.Status.APPROVED, supervisor, COMMENT,
    )
    rows = sorted(
        HourEntry.objects.filter(user=trainee).values_list("source", "minutes", "domain_id", "recorded_by_id", "approved_by_id")
    )
    assert rows == [
        (HourEntry.Source.ATTENDANCE, SESSION_MINUTES, advocacy.pk, facilitator.pk, None),
        (HourEntry.Source.PRACTICE, PRACTICE_MINUTES, ethics.pk, trainee.pk, supervisor.pk),
    ]
