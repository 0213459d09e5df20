"""A trainee completes a course in the browser, downloads the certificate and opens its verification page."""
import io
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from certificates.models import Certificate
from courses import services as course_services
from tests import factories
from tests.browser.test_learning_flow import serve_site_from


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_complete_course_download_certificate_and_verify_it(live_server, page, screenshot, settings):
    settings.PUBLIC_URL_SCHEME = "http"  # the live server speaks plain HTTP
    domain = factories.make_domain("advocacy", "Advocacy")
    course = factories.make_course(title="Ethics essentials", domain=domain, lessons_per_module=1, min_engaged_seconds=1)
    serve_site_from(live_server)
    user = factories.make_user(email="cert.browser@example.org", first_name="Zoë", last_name="Ørsted")
    course_services.enrollment_create(user=user, course=course)

    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Log in").click()

    # The lesson, then the quiz: the course completes.
    page.goto(live_server.url + course.url)
    page.get_by_role("link", name="Lesson 1.1", exact=True).click()
    time.sleep(1.5)
    page.get_by_role("button", name="Mark complete").click()
    expect(page.get_by_role("heading", name="Quiz 1", level=1)).to_be_visible()
    page.get_by_label("Peers", exact=True).check()
    page.get_by_label("Methadone", exact=True).check()
    page.get_by_label("Buprenorphine", exact=True).check()
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", name="Passed", exact=True)).to_be_visible()

    # The dashboard shows the certificate once it is issued.
    page.get_by_role("link", name="My learning").click()
    download_link = page.get_by_role("link", name="Download certificate for Ethics essentials")
    for _ in range(20):
        if download_link.count():
            break
        time.sleep(0.5)
        page.reload()
    expect(download_link).to_be_visible()
    screenshot(page, "20-dashboard-certificate")

    with page.expect_download() as info:
        download_link.click()
    pdf = Path(info.value.path()).read_bytes()
    certificate = Certificate.objects.get(enrollment__user=user)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Zoë Ørsted" in text and "Ethics essentials" in text and certificate.number in text

    # The verification page, from the dashboard link.
    page.get_by_role("link", name="Verification page").click()
    expect(page.get_by_role("heading", name="✓ Valid certificate")).to_be_visible()
    expect(page.locator("dd", has_text="Zoë Ørsted")).to_be_visible()
    assert page.url.rstrip("/").endswith(certificate.verification_code)
    screenshot(page, "21-verify")
