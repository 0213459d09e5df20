"""A trainee's credential journey in the browser: record a credential held and see its renewal gap,
download the board packet and the digital badge, and check the badge on the verification page."""
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from certificates.models import Certificate
from programs.models import LegalName
from readiness.models import CredentialFramework, FrameworkRequirement
from tests import factories
from tests.browser.test_accessibility import AXE_OPTIONS
from tests.browser.test_learning_flow import serve_site_from
from tests.certificates.conftest import complete_course


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages).split())


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_record_a_credential_download_the_packet_and_badge_and_verify_the_badge(
    live_server, page, screenshot, settings
):
    settings.PUBLIC_URL_SCHEME = "http"  # the live server speaks plain HTTP
    ethics = factories.make_domain("ethical-responsibility", "Ethical Responsibility")
    course = factories.make_course(title="Ethics for Recovery Coaches", domain=ethics, lessons_per_module=1)
    serve_site_from(live_server)
    framework = CredentialFramework.objects.create(
        slug="crpa-browser", family="crpa-browser", name="NY CRPA (test)", board="NYCB", training_minutes=600,
        source_url="https://asapnys.org/renewal-program", renewal_months=36, renewal_minutes=28 * 60,
    )
    FrameworkRequirement.objects.create(framework=framework, label="Ethical Responsibility", minutes=600, domain=ethics)
    FrameworkRequirement.objects.create(
        framework=framework, label="Ethics", minutes=4 * 60, domain=ethics, stage=FrameworkRequirement.Stage.RENEWAL
    )
    user = factories.make_user(email="journey@example.org", first_name="Dee", last_name="Navarro")
    LegalName.objects.create(user=user, name="Delfina Navarro Ruiz")
    complete_course(user, course)  # eager tasks: the certificate and its badge are issued
    certificate = Certificate.objects.get(enrollment__user=user, status="issued")

    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Log in").click()

    # Record the credential held; its renewal cycle shows what is missing.
    page.get_by_role("link", name="Readiness").click()
    page.get_by_text("Record a credential you hold").click()
    today = timezone.localdate()
    page.get_by_label("Board credential").select_option(label="NY CRPA (test)")
    page.get_by_label("Credential number").fill("CRPA-20417")
    page.get_by_label("Issued on").fill((today - timedelta(days=400)).isoformat())
    page.get_by_label("Expires on").fill((today + timedelta(days=700)).isoformat())
    page.get_by_role("button", name="Record the credential").click()
    held = page.locator("article.held-credential", has_text="CRPA-20417")
    expect(held).to_be_visible()
    expect(held).to_contain_text("Current renewal cycle")
    expect(held.locator("li.missing").first).to_contain_text("Missing")
    screenshot(page, "40-readiness-renewal-gap")

    # The board packet for this framework: the legal name, the certificate and its link.
    page.goto(live_server.url + f"/learn/readiness/?framework={framework.slug}")
    with page.expect_download() as info:
        page.locator("#board-packet").get_by_role("link", name="Download PDF").click()
    packet = _pdf_text(Path(info.value.path()).read_bytes())
    assert "Delfina Navarro Ruiz" in packet and certificate.number in packet and "NY CRPA (test)" in packet
    with page.expect_download() as info:
        page.locator("#board-packet").get_by_role("link", name="Download CSV").click()
    assert certificate.number in Path(info.value.path()).read_text(encoding="utf-8-sig")

    # The digital badge, from My certificates.
    page.get_by_role("link", name="Certificates", exact=True).click()
    with page.expect_download() as info:
        page.get_by_role("link", name="Download digital badge").click()
    badge_path = Path(info.value.path())
    badge = json.loads(badge_path.read_text(encoding="utf-8"))
    assert badge["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert badge["credentialSubject"]["identifier"][0]["identityHash"] == "Delfina Navarro Ruiz"

    # Anyone can check it on the verification page.
    page.get_by_role("link", name="Verify a certificate").click()
    page.get_by_label("Badge file (.json)").set_input_files(str(badge_path))
    page.get_by_role("button", name="Check the badge").click()
    expect(page.get_by_role("heading", name="✓ Valid badge")).to_be_visible()
    expect(page.locator("dd", has_text="Delfina Navarro Ruiz")).to_be_visible()
    screenshot(page, "41-badge-valid")
    assert Axe().run(page, options=AXE_OPTIONS).response["violations"] == []

    # The same badge with a changed number of hours is refused.
    badge["credentialSubject"]["creditsEarned"] = 99.0
    page.goto(live_server.url + "/verify/")
    page.get_by_label("Or paste the badge's text").fill(json.dumps(badge))
    page.get_by_role("button", name="Check the badge").click()
    expect(page.get_by_role("heading", name="✗ Altered badge")).to_be_visible()
    assert Axe().run(page, options=AXE_OPTIONS).response["violations"] == []
