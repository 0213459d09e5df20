"""Board approvals: a program site's approval number (and badge) from each certification board,
edited by its site admins under Settings → Program, and only for their own site."""
import io

import pytest
from django.urls import reverse

from certificates import services
from certificates.models import Certificate
from programs.models import BoardApproval, ProgramSettings, board_choices
from readiness.models import CredentialFramework
from tests import factories
from tests.certificates.conftest import complete_course
from tests.factories import sites as factories_sites

pytestmark = pytest.mark.django_db

PREFIX = "board_approvals"


@pytest.fixture
def boards(db):
    CredentialFramework.objects.create(
        slug="ny-crpa-2022", family="ny-crpa", version="2022", name="New York CRPA", board="NY OASAS",
        training_minutes=46 * 60,
    )
    CredentialFramework.objects.create(
        slug="icrc-peer-recovery", name="IC&RC Peer Recovery (PR)", board="IC&RC", training_minutes=46 * 60,
    )


def settings_url(site):
    return reverse("wagtailsettings:edit", args=["programs", "programsettings", site.pk])


def body(*approvals, existing=0, **fields):
    """A Settings → Program post with the given approval rows (dicts of the inline's fields)."""
    data = {"display_name": "Harbor Peer Program", "languages": ["en", "es"], **fields,
            f"{PREFIX}-TOTAL_FORMS": str(len(approvals)), f"{PREFIX}-INITIAL_FORMS": str(existing),
            f"{PREFIX}-MIN_NUM_FORMS": "0", f"{PREFIX}-MAX_NUM_FORMS": "1000"}
    for index, approval in enumerate(approvals):
        row = {"id": "", "board": "", "board_name": "", "approval_number": "", "badge": "", "ORDER": str(index + 1),
               **approval}
        data.update({f"{PREFIX}-{index}-{name}": value for name, value in row.items()})
    return data


def test_the_board_menu_lists_one_board_per_credential_family(boards):
    assert board_choices() == [("", "---------"), ("icrc-peer-recovery", "IC&RC Peer Recovery (PR)"),
                               ("ny-crpa", "New York CRPA")]


def test_site_admins_record_their_approvals_in_the_program_settings(client, boards):
    site = factories.default_site()
    client.force_login(factories_sites.site_admin(site))
    form = client.get(settings_url(site)).content.decode()
    assert "Board approvals" in form and 'value="ny-crpa"' in form and "New York CRPA" in form

    response = client.post(settings_url(site), body(
        {"board": "ny-crpa", "approval_number": "  CRPA-0042 "},
        {"board": "icrc-peer-recovery", "board_name": "IC&RC (via NY)", "approval_number": "PR-7"},
    ))
    assert response.status_code == 302, response.content.decode()[:2000]
    rows = list(BoardApproval.objects.for_sites([site.pk]).values_list("board", "board_name", "approval_number"))
    # An empty board name takes the board the credential names; the numbers are trimmed.
    assert rows == [("ny-crpa", "NY OASAS", "CRPA-0042"), ("icrc-peer-recovery", "IC&RC (via NY)", "PR-7")]


def test_an_unknown_board_or_the_same_board_twice_is_a_form_error(client, boards):
    site = factories.default_site()
    client.force_login(factories_sites.site_admin(site))
    response = client.post(settings_url(site), body({"board": "made-up-board", "approval_number": "X-1"}))
    assert response.status_code == 200 and "Choose a board from the list." in response.content.decode()
    response = client.post(settings_url(site), body(
        {"board": "ny-crpa", "approval_number": "A-1"}, {"board": "ny-crpa", "approval_number": "A-2"},
    ))
    assert response.status_code == 200
    assert not BoardApproval.objects.exists()


def test_a_post_without_the_approvals_leaves_them_as_they_are(client, boards):
    site = factories.default_site()
    program = ProgramSettings.for_site(site)
    BoardApproval.objects.create(program=program, board="ny-crpa", board_name="NY OASAS", approval_number="CRPA-1")
    client.force_login(factories_sites.site_admin(site))
    response = client.post(settings_url(site), {"display_name": "Renamed", "languages": ["en"]})
    assert response.status_code == 302
    assert list(BoardApproval.objects.values_list("approval_number", flat=True)) == ["CRPA-1"]
    assert ProgramSettings.for_site(site).display_name == "Renamed"
    ProgramSettings.for_site(site).save()  # saving the settings elsewhere (e.g. a script) keeps them too
    assert BoardApproval.objects.count() == 1


def test_a_site_admin_cannot_touch_another_sites_approvals(client, boards):
    site_a = factories.default_site()
    site_b = factories_sites.second_site()
    program_b = ProgramSettings.for_site(site_b)
    BoardApproval.objects.create(program=program_b, board="ny-crpa", board_name="NY OASAS", approval_number="B-1")
    client.force_login(factories_sites.site_admin(site_a))
    assert client.get(settings_url(site_b)).status_code in (302, 403)
    response = client.post(settings_url(site_b), body({"board": "icrc-peer-recovery", "approval_number": "EVIL"}))
    assert response.status_code in (302, 403)
    assert list(BoardApproval.objects.values_list("approval_number", flat=True)) == ["B-1"]
    # Their own settings page shows their site's approvals only.
    assert "B-1" not in client.get(settings_url(site_a)).content.decode()


# --- frozen on certificates, printed, and shown to whoever verifies them ---------------------------


def _pdf(certificate):
    from pypdf import PdfReader

    with certificate.pdf.open("rb") as handle:
        return PdfReader(io.BytesIO(handle.read()))


def test_certificates_freeze_the_sites_approvals_and_print_them_with_the_badges(
    client, boards, trainee, course, django_capture_on_commit_callbacks
):
    site = factories.default_site()
    badge = factories_sites.make_image("oasas-badge", 200, 200)
    factories_sites.board_approval(site, board="ny-crpa", name="NY OASAS", number="CRPA-0042", badge=badge)
    factories_sites.board_approval(site, board="icrc-peer-recovery", name="IC&RC", number="PR-7")
    factories_sites.board_approval(factories_sites.second_site(), board="ny-crpa", name="NY OASAS", number="OTHER-SITE")
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
    certificate = Certificate.objects.get()
    assert certificate.approvals == [
        ["NY OASAS", "CRPA-0042", badge.pk, "ny-crpa"], ["IC&RC", "PR-7", None, "icrc-peer-recovery"],
    ]

    reader = _pdf(certificate)
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Approved by NY OASAS: CRPA-0042" in text and "Approved by IC&RC: PR-7" in text
    assert "OTHER-SITE" not in text
    # The badge is embedded (no logo or signature is set up, so it is the page's only image).
    images = reader.pages[0].images
    assert len(images) == 1 and images[0].image.width == images[0].image.height

    # Shown on the public record, page and JSON.
    page = client.get(reverse("certificates:verify", args=[certificate.verification_code])).content.decode()
    assert "Approved by NY OASAS" in page and "CRPA-0042" in page and "PR-7" in page
    data = client.get(reverse("certificates:verify_json", args=[certificate.verification_code])).json()
    assert data["approvals"] == [["NY OASAS", "CRPA-0042"], ["IC&RC", "PR-7"]]


def test_a_later_change_of_the_approvals_changes_only_new_certificates(
    boards, trainee, course, django_capture_on_commit_callbacks
):
    site = factories.default_site()
    approval = factories_sites.board_approval(site, board="ny-crpa", name="NY OASAS", number="CRPA-0042")
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
    first = Certificate.objects.get()
    approval.approval_number = "CRPA-2030"
    approval.save()
    first.refresh_from_db()
    assert first.approvals[0][1] == "CRPA-0042"
    admin = factories.make_user(email="root@example.org", is_superuser=True)
    with django_capture_on_commit_callbacks(execute=True):
        second = services.certificate_reissue(certificate=first, actor=admin)
    second.refresh_from_db()
    assert second.approvals[0][1] == "CRPA-2030"
    assert "Approved by NY OASAS: CRPA-2030" in " ".join(_pdf(second).pages[0].extract_text().split())


def test_a_certificate_without_approvals_prints_none(trainee, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, course)
    certificate = Certificate.objects.get()
    assert certificate.approvals == []
    assert "Approved by" not in _pdf(certificate).pages[0].extract_text()
