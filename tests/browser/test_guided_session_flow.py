"""A facilitator delivers a module live from its facilitator guide, in headless Chromium.

The facilitator opens the module's guide (PDF) from the materials page, schedules the cohort's
session from the guide (it takes the module's minutes, the guide's domain split and the module's
lessons), and records a trainee's full attendance. The trainee then sees the hours on their
dashboard, split by domain as the guide says, and the module's lessons complete.
"""
import io
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader
from wagtail.models import Site

from cohorts import services as cohorts
from courses import services as course_services
from courses.models import ModulePage
from programs.roles import Role, role_grant
from tests import factories
from tests.browser.test_learning_flow import serve_site_from
from tests.browser.test_staff_flow import log_in, main_nav
from tests.factories import cohorts as fc

TRAINEE = "Rosa Delgado"
MODULE_MINUTES = 90


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_schedule_a_session_from_a_guide_record_attendance_and_see_the_hours(live_server, page, chromium, screenshot):
    advocacy = factories.make_domain("advocacy", "Advocacy")
    mentoring = factories.make_domain("mentoring-education", "Mentoring/Education")
    course = factories.make_course(title="Peer support foundations", domain=advocacy, lessons_per_module=2, lesson_minutes=20)
    module = ModulePage.objects.child_of(course).get()
    module.title = "Rights and advocacy"
    module = fc.add_guide(
        module, live_minutes=MODULE_MINUTES,
        segments=[
            fc.segment("Welcome round", 15, method="discussion", questions=["What brought you here?", "What do you hope for?"]),
            fc.segment("Speaking up together", 45, method="role_play", roles=["Coach", "Participant"],
                       script="The clinic says your dose will be cut next week.", observer_checklist=["Asks", "Reflects", "Plans"]),
            fc.segment("Teaching a family member", 30, method="teach_back", domain=mentoring),
        ],
    )
    module.save_revision().publish()
    course.required_minutes = MODULE_MINUTES
    course.save_revision().publish()
    serve_site_from(live_server)
    site = Site.objects.get(is_default_site=True)

    facilitator = factories.make_user(email="fran.facilitator@example.org", first_name="Fran", last_name="Okafor")
    role_grant(user=facilitator, site=site, role=Role.FACILITATOR)
    trainee = factories.make_user(email="rosa.trainee@example.org", first_name="Rosa", last_name="Delgado")
    course_services.enrollment_create(user=trainee, course=course)
    cohort = cohorts.cohort_create(
        site=site, course=course, name="Spring evenings", starts_on=timezone.localdate() - timedelta(days=7),
        facilitators=[facilitator], actor=facilitator,
    )
    fc.add_member(cohort=cohort, user=trainee, actor=facilitator)
    base = live_server.url

    # ---- The facilitator finds the guide on the materials page and prints it.
    fac = log_in(chromium, base, facilitator)
    try:
        main_nav(fac).get_by_role("link", name="Materials").click()
        expect(fac.get_by_role("heading", name="Course materials", level=1)).to_be_visible()
        guide_link = fac.get_by_role("link", name=re.compile(r"^Rights and advocacy\s*facilitator guide \(PDF\)$"))
        expect(guide_link).to_be_visible()
        pdf = fac.request.get(base + guide_link.get_attribute("href"))
        assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.body())).pages)
        assert "Speaking up together" in text and "The clinic says your dose will be cut next week." in text
        screenshot(fac, "40-materials")

        # ---- It schedules the session from the guide.
        main_nav(fac).get_by_role("link", name="Cohorts").click()
        fac.get_by_role("link", name=cohort.name, exact=True).click()
        fac.get_by_role("link", name="Schedule a session").click()
        expect(fac.get_by_role("heading", name="Schedule a live session", level=1)).to_be_visible()
        fac.get_by_label("Module delivered").select_option(label=f"Rights and advocacy ({MODULE_MINUTES} min)")
        fac.get_by_label("Starts at").fill((timezone.localtime() - timedelta(days=1)).strftime("%Y-%m-%dT18:00"))
        fac.get_by_label("In person").check()
        screenshot(fac, "41-schedule-from-guide")
        fac.get_by_role("button", name="Schedule session").click()
        expect(fac.get_by_role("status")).to_contain_text("Session “Rights and advocacy” scheduled.")
        row = fac.get_by_role("row", name=re.compile(r"^Rights and advocacy"))
        expect(row).to_contain_text(f"{MODULE_MINUTES} min")
        expect(row).to_contain_text("Advocacy 60 min")
        expect(row).to_contain_text("Mentoring/Education 30 min")

        # ---- Attendance: the whole session.
        fac.get_by_role("link", name=re.compile(r"^Rights and advocacy\s*: attendance$")).click()
        sheet = fac.get_by_role("table", name="Minutes attended per trainee")
        sheet.get_by_label(TRAINEE, exact=True).fill(str(MODULE_MINUTES))
        expect(fac.get_by_text("Advocacy 60 min, Mentoring/Education 30 min")).to_be_visible()
        fac.get_by_role("button", name="Save attendance").click()
        expect(fac.get_by_role("status")).to_contain_text(
            f"{TRAINEE}: +{MODULE_MINUTES} min credited (now {MODULE_MINUTES} of {MODULE_MINUTES} min)."
        )
        expect(sheet.get_by_role("row", name=re.compile(TRAINEE)).get_by_role("cell").last).to_have_text(f"{MODULE_MINUTES} min")
        screenshot(fac, "42-guided-attendance")
    finally:
        fac.context.close()

    # ---- The trainee sees the hours, split as the guide says, and the lessons done.
    page.goto(base + "/accounts/login/")
    page.get_by_label("Email").fill(trainee.email)
    page.get_by_label("Password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Log in").click()
    main_nav(page).get_by_role("link", name="My learning").click()
    expect(page.get_by_text("1.5 of 1.5 hours")).to_be_visible()
    domains = page.get_by_role("table", name=re.compile("hours by competency domain", re.I))
    expect(domains.get_by_role("row", name=re.compile("^Advocacy"))).to_contain_text("1.0 h")
    expect(domains.get_by_role("row", name=re.compile("^Mentoring"))).to_contain_text("0.5 h")
    screenshot(page, "43-trainee-hours-from-guided-session")
