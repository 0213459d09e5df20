"""A certificate as a web page (the copy for screen readers and sharing) and as a PDF that says what
it is: title, author, subject and language in its metadata, text that extracts in reading order.
A trainee who reads the site in Spanish gets the certificate, its PDF and its e-mail in Spanish."""
import io

import pytest
from django.core import mail
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import Locale

from certificates.models import Certificate
from programs.language import user_language_save
from tests import factories
from tests.certificates.conftest import complete_course

pytestmark = pytest.mark.django_db


def pdf_of(certificate):
    with certificate.pdf.open("rb") as handle:
        return PdfReader(io.BytesIO(handle.read()))


def in_order(text, parts):
    """Each of ``parts`` occurs in ``text`` after the one before it."""
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} not found after position {position} in:\n{text}"
        position = found + len(part)


def test_the_certificate_page_states_what_the_pdf_and_the_verification_page_state(client, completed, trainee, other_trainee):
    certificate = Certificate.objects.get(enrollment=completed)
    url = reverse("certificates:detail", args=[certificate.pk])
    client.force_login(trainee)
    page = client.get(url).content.decode()
    public = client.get(reverse("certificates:verify", args=[certificate.verification_code])).content.decode()
    for fact in ("Ana Gómez", certificate.course_title, certificate.number, f"{certificate.hours:.1f}", "Advocacy",
                 "Hours by competency domain", "Online (self-paced)"):
        assert fact in page and fact in public, fact
    assert reverse("certificates:download", args=[certificate.pk]) in page
    assert certificate.verification_code in page
    assert f'<h1 id="certificate-title">{certificate.course_title}</h1>' in page
    # From the list of certificates.
    assert url in client.get(reverse("certificates:mine")).content.decode()
    # Only for those who may download it.
    client.force_login(other_trainee)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_the_pdf_carries_its_metadata_and_reads_in_order(completed):
    certificate = Certificate.objects.get(enrollment=completed)
    reader = pdf_of(certificate)
    info = reader.metadata
    assert certificate.course_title in info.title and "Ana Gómez" in info.title
    assert info.author and info.subject == f"Certificate {certificate.number}"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    text = reader.pages[0].extract_text()
    in_order(text, ["Certificate of Completion", "Ana Gómez", certificate.course_title, certificate.number])


def test_a_spanish_reader_gets_the_certificate_pdf_and_email_in_spanish(client, course, django_capture_on_commit_callbacks):
    spanish, _ = Locale.objects.get_or_create(language_code="es")
    translation = course.copy_for_translation(spanish, copy_parents=True)
    translation.title = spanish_title = "Curso de prueba en español"
    translation.save_revision().publish()
    trainee = factories.make_user(first_name="Lucía", last_name="Ramírez")
    user_language_save(trainee, "es")
    with django_capture_on_commit_callbacks(execute=True):
        enrollment = complete_course(trainee, course)
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert (certificate.language, certificate.course_title, certificate.status) == ("es", spanish_title, "issued")

    reader = pdf_of(certificate)
    assert reader.trailer["/Root"]["/Lang"] == "es"
    text = reader.pages[0].extract_text()
    assert "Certificate of Completion" not in text
    in_order(text, ["Lucía Ramírez", spanish_title, certificate.number])

    message = mail.outbox[-1]
    assert spanish_title in message.subject and "Your certificate" not in message.subject
    assert "certificado" in message.body.lower()

    # The page speaks the reader's language; the course title stays as printed, marked as Spanish.
    client.force_login(trainee)
    page = client.get(reverse("certificates:detail", args=[certificate.pk]), HTTP_ACCEPT_LANGUAGE="en")
    assert spanish_title in page.content.decode()
