"""A trainee learns in Spanish in the browser: the catalog, the course, a lesson and its quiz in
Spanish, the hours and the certificate on the one course, the certificate printed in Spanish, and
its verification page read in Spanish and in English. The Spanish pages meet WCAG 2.1 AA too."""
import io
import json
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader
from wagtail.models import Locale

from certificates.models import Certificate
from courses.models import Enrollment, HourEntry
from tests import factories
from tests.browser.conftest import DESKTOP
from tests.browser.test_accessibility import View, check
from tests.browser.test_learning_flow import serve_site_from

COURSE_ES = "Fundamentos del apoyo entre pares"
LESSON_ES = "Escuchar sin juzgar"
QUIZ_ES = "Prueba del módulo 1"
SPANISH_TEXT = {
    "Who leads a peer-run program?": "¿Quién dirige un programa gestionado por pares?",
    "Peers": "Pares", "Nobody": "Nadie", "A robot": "Un robot", "Peers run it.": "Lo dirigen los pares.",
    "Which are medications for opioid use disorder?": "¿Cuáles son medicamentos para el trastorno por consumo de opioides?",
    "Methadone": "Metadona", "Buprenorphine": "Buprenorfina", "Aspirin": "Aspirina",
    "Methadone and buprenorphine.": "La metadona y la buprenorfina.",
}


def _in_spanish(value):
    """The quiz's stored questions with every text in Spanish (block ids kept)."""
    if isinstance(value, dict):
        return {key: _in_spanish(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_in_spanish(item) for item in value]
    return SPANISH_TEXT.get(value, value) if isinstance(value, str) else value


def translate(page, locale, **fields):
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def spanish_course(course):
    """The course, its module, lesson and quiz translated into Spanish, as an editor would."""
    locale, _ = Locale.objects.get_or_create(language_code="es")
    translate(course.get_parent().specific, locale, title="Capacitaciones")
    translate(course, locale, title=COURSE_ES, summary="Un curso breve para coaches.")
    module = course.get_children().specific().get()
    translate(module, locale, title="Módulo 1: escuchar")
    lesson, quiz = factories.lessons_of(course)[0], factories.quizzes_of(course)[0]
    translate(lesson, locale, title=LESSON_ES, body=json.dumps([
        {"type": "rich_text", "value": "<p>Escuchar es el primer apoyo que damos.</p>", "id": lesson.body[0].id}
    ]))
    translate(quiz, locale, title=QUIZ_ES, questions=json.dumps(_in_spanish(list(quiz.questions.raw_data))))


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_trainee_learns_in_spanish_and_the_certificate_verifies_in_both_languages(live_server, chromium, settings):
    settings.PUBLIC_URL_SCHEME = "http"  # the live server speaks plain HTTP
    domain = factories.make_domain("advocacy", "Advocacy")
    course = factories.make_course(title="Peer support basics", domain=domain, lessons_per_module=1, min_engaged_seconds=1)
    spanish_course(course)
    serve_site_from(live_server)
    user = factories.make_user(email="lucia.browser@example.org", first_name="Lucía", last_name="Ramírez")
    context = chromium.new_context(viewport=DESKTOP, locale="es-ES")
    context.set_default_timeout(10_000)
    page = context.new_page()
    problems = {}

    # A Spanish browser: the log-in page in Spanish; signing in saves the language on the profile.
    page.goto(live_server.url + "/accounts/login/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    page.get_by_label("Correo electrónico").fill(user.email)
    page.get_by_label("Contraseña").fill(factories.PASSWORD)
    page.get_by_role("button", name="Iniciar sesión").click()

    # The catalog and the course in Spanish; enrolling from them enrolls in the course.
    page.goto(live_server.url + "/")
    page.get_by_role("link", name=COURSE_ES, exact=True).click()
    expect(page.get_by_role("heading", name=COURSE_ES, level=1)).to_be_visible()
    page.get_by_role("button", name="Inscribirse en este curso").click()
    expect(page.get_by_text(f"Ya está inscrito/a en {COURSE_ES}.")).to_be_visible()
    expect(page.get_by_role("heading", name="Módulo 1: escuchar")).to_be_visible()

    # The lesson and the quiz in Spanish.
    page.get_by_role("link", name=LESSON_ES, exact=True).click()
    expect(page.get_by_text("Escuchar es el primer apoyo que damos.")).to_be_visible()
    problems["lesson"] = check(page, View("lesson (es)", page.url, user))
    time.sleep(1.5)
    page.get_by_role("button", name="Marcar como completada").click()
    expect(page.get_by_role("heading", name=QUIZ_ES, level=1)).to_be_visible()
    problems["quiz"] = check(page, View("quiz (es)", page.url, user))
    page.get_by_label("Pares", exact=True).check()
    page.get_by_label("Metadona", exact=True).check()
    page.get_by_label("Buprenorfina", exact=True).check()
    page.get_by_role("button", name="Enviar respuestas").click()
    expect(page.get_by_role("heading", name="Aprobado", exact=True)).to_be_visible()

    # One enrollment, its hours on the course's own pages.
    enrollment = Enrollment.objects.get(user=user)
    assert enrollment.course_id == course.pk and enrollment.completed_at is not None
    assert set(HourEntry.objects.filter(user=user).values_list("page__locale__language_code", flat=True)) == {"en"}

    # The certificate, printed in Spanish.
    page.get_by_role("link", name="Mi aprendizaje").click()
    download = page.get_by_role("link", name=f"Descargar certificado de {COURSE_ES}")
    for _ in range(20):
        if download.count():
            break
        time.sleep(0.5)
        page.reload()
    with page.expect_download() as info:
        download.click()
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert (certificate.language, certificate.course_title) == ("es", COURSE_ES)
    text = PdfReader(io.BytesIO(Path(info.value.path()).read_bytes())).pages[0].extract_text()
    assert "Lucía Ramírez" in text and COURSE_ES in text and certificate.number in text
    assert "Certificate of Completion" not in text

    # Its verification page, in Spanish, then in English with the switch.
    page.get_by_role("link", name="Página de verificación").click()
    expect(page.get_by_role("heading", name="✓ Certificado válido")).to_be_visible()
    expect(page.locator("dd", has_text="Lucía Ramírez")).to_be_visible()
    problems["verification"] = check(page, View("verification (es)", page.url, None))
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name="✓ Valid certificate")).to_be_visible()
    expect(page.locator('[lang="es"]', has_text=COURSE_ES).first).to_be_visible()

    # A board reading it with an English browser, signed out.
    board = chromium.new_context(viewport=DESKTOP, locale="en-US")
    public = board.new_page()
    public.goto(page.url)
    expect(public.get_by_role("heading", name="✓ Valid certificate")).to_be_visible()
    expect(public.locator("dd", has_text="Lucía Ramírez")).to_be_visible()
    board.close()
    context.close()
    assert problems == {"lesson": [], "quiz": [], "verification": []}
