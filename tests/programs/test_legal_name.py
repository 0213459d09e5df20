"""Legal and preferred names: the legal name is printed on records, the other shown everywhere else."""
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from certificates.models import Certificate, ReissueRequest
from courses.selectors import legal_name, legal_names
from programs.models import AuditEvent, LegalName
from tests import factories
from tests.certificates.conftest import complete_course
from tests.certificates.test_rendering import pdf_text

pytestmark = pytest.mark.django_db

SIGNUP = {
    "first_name": "Jo",
    "last_name": "Rivera",
    "email": "jo@example.org",
    "password1": "a-long-passphrase-42",
    "password2": "a-long-passphrase-42",
}


def _issued(user, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        enrollment = complete_course(user, course)
    return Certificate.objects.get(enrollment=enrollment, status="issued")


def test_signup_records_a_legal_name_only_when_it_differs(client):
    client.post(reverse("signup"), {**SIGNUP, "legal_name": "  Josefina   Rivera Soto "})
    user = get_user_model().objects.get()
    assert LegalName.objects.get(user=user).name == "Josefina Rivera Soto"
    assert legal_name(user) == "Josefina Rivera Soto"
    client.logout()
    client.post(reverse("signup"), {**SIGNUP, "email": "sam@example.org", "legal_name": "Jo Rivera"})
    same = get_user_model().objects.get(email="sam@example.org")
    assert not LegalName.objects.filter(user=same).exists() and legal_name(same) == "Jo Rivera"


def test_certificates_and_the_transcript_print_the_legal_name_pages_show_the_other(
    client, trainee, course, django_capture_on_commit_callbacks
):
    LegalName.objects.create(user=trainee, name="Ana María Gómez Ruiz")
    certificate = _issued(trainee, course, django_capture_on_commit_callbacks)
    assert certificate.name_on_certificate == "Ana María Gómez Ruiz"
    with certificate.pdf.open("rb") as handle:
        assert "Ana María Gómez Ruiz" in pdf_text(handle.read())
    client.force_login(trainee)
    assert "Ana María Gómez Ruiz" in pdf_text(client.get(reverse("certificates:transcript")).content)
    dashboard = client.get(reverse("courses:dashboard")).content.decode()
    assert "Ana Gómez" in dashboard and "Ana María Gómez Ruiz" not in dashboard


def test_legal_names_reads_many_people_in_one_query(trainee, other_trainee, django_assert_num_queries):
    LegalName.objects.create(user=trainee, name="Ana María Gómez")
    with django_assert_num_queries(1):
        names = legal_names([trainee, other_trainee])
    assert names == {trainee.pk: "Ana María Gómez", other_trainee.pk: "Sam Other"}


def test_the_names_page_needs_a_login(client):
    response = client.get(reverse("account_names"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_changing_the_legal_name_offers_a_reissue(client, trainee, course, django_capture_on_commit_callbacks):
    certificate = _issued(trainee, course, django_capture_on_commit_callbacks)
    client.force_login(trainee)
    page = client.get(reverse("account_names"))
    assert page.status_code == 200 and 'name="legal_name"' in page.content.decode()
    response = client.post(
        reverse("account_names"), {"first_name": "Ana", "last_name": "Gómez", "legal_name": "Ana Gómez-Ruiz"}
    )
    assert response.status_code == 302 and response["Location"] == reverse("certificates:mine")
    assert AuditEvent.objects.filter(action="account.legal_name_changed", actor=trainee).count() == 1
    mine = client.get(reverse("certificates:mine")).content.decode()
    assert "your legal name is now “Ana Gómez-Ruiz”" in mine
    assert 'value="Ana Gómez-Ruiz"' in mine and "<details open>" in mine
    # The offered reissue goes to a site admin like any other request.
    client.post(
        reverse("certificates:request_reissue", args=[certificate.pk]),
        {"requested_name": "Ana Gómez-Ruiz", "reason": "My legal name changed."},
    )
    assert ReissueRequest.objects.get(certificate=certificate).requested_name == "Ana Gómez-Ruiz"
    assert "waiting for a program administrator" in client.get(reverse("certificates:mine")).content.decode()


def test_changing_the_name_one_goes_by_keeps_the_printed_name(client, trainee):
    LegalName.objects.create(user=trainee, name="Ana María Gómez")
    client.force_login(trainee)
    response = client.post(
        reverse("account_names"), {"first_name": "Annie", "last_name": "Gómez", "legal_name": "Ana María Gómez"}
    )
    assert response.status_code == 302 and response["Location"] == reverse("account_names")
    trainee.refresh_from_db()
    assert trainee.get_full_name() == "Annie Gómez" and legal_name(trainee) == "Ana María Gómez"
    assert not AuditEvent.objects.filter(action="account.legal_name_changed").exists()


def test_a_legal_name_like_the_full_name_removes_the_record(client, trainee):
    LegalName.objects.create(user=trainee, name="Ana María Gómez")
    client.force_login(trainee)
    client.post(reverse("account_names"), {"first_name": "Ana", "last_name": "Gómez", "legal_name": "Ana Gómez"})
    assert not LegalName.objects.filter(user=trainee).exists()


def test_without_a_legal_name_changing_the_full_name_changes_the_printed_name(client, trainee):
    client.force_login(trainee)
    response = client.post(reverse("account_names"), {"first_name": "Ana", "last_name": "Ruiz", "legal_name": ""})
    assert response["Location"] == reverse("certificates:mine")
    trainee.refresh_from_db()
    assert legal_name(trainee) == "Ana Ruiz"


@pytest.mark.parametrize(
    "data",
    [
        {"first_name": "", "last_name": "Gómez", "legal_name": ""},
        {"first_name": "Ana", "last_name": "Gómez", "legal_name": "Ana\x00Gómez"},
        {"first_name": "Ana", "last_name": "Gómez", "legal_name": "x" * 201},
    ],
)
def test_bad_names_are_refused_with_a_message(client, trainee, data):
    client.force_login(trainee)
    response = client.post(reverse("account_names"), data)
    assert response.status_code == 400 and 'role="alert"' in response.content.decode()
    trainee.refresh_from_db()
    assert trainee.first_name == "Ana" and not LegalName.objects.exists()


def test_other_people_cannot_change_my_names(client, trainee, other_trainee):
    client.force_login(other_trainee)
    client.post(reverse("account_names"), {"first_name": "X", "last_name": "Y", "legal_name": "Z"})
    trainee.refresh_from_db()
    assert trainee.get_full_name() == "Ana Gómez" and not LegalName.objects.filter(user=trainee).exists()


def test_the_header_links_to_the_names_page(client):
    client.force_login(factories.make_user())
    assert reverse("account_names") in client.get(reverse("courses:dashboard")).content.decode()
