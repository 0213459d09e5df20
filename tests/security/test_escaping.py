"""Script in names, titles, notes and rich text comes out escaped (HTML) or literal (PDF).

Site A's trainee is named ``<script>alert(1)</script>`` ``"><img src=x onerror=alert(1)>``; site A,
its cohort, live session, practice entry and supervision notes carry the same payloads (see
``conftest.py``). Every page that shows them is rendered and searched for the raw markup.
"""
from __future__ import annotations

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from certificates import rendering
from programs.audit import audit_record

from .conftest import RAW_MARKERS, XSS_IMG, XSS_SCRIPT, fetch, login

pytestmark = pytest.mark.django_db

ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"

# (route, kwargs from site A's world, who, must the payload be shown here?)
PAGES = [
    ("courses:dashboard", lambda a: {}, "trainee", False),
    ("certificates:mine", lambda a: {}, "trainee", False),
    ("certificates:detail", lambda a: {"certificate_id": a.certificate.pk}, "trainee", True),
    ("supervision:my_practice", lambda a: {}, "trainee", True),
    ("supervision:dashboard", lambda a: {}, "supervisor", True),
    ("supervision:trainee", lambda a: {"user_id": a.trainee.pk}, "supervisor", True),
    ("supervision:sessions", lambda a: {}, "supervisor", True),
    ("supervision:review", lambda a: {}, "supervisor", True),
    ("supervision:assignments", lambda a: {}, "admin", True),
    ("readiness:mine", lambda a: {}, "supervisor", True),
    ("readiness:trainee", lambda a: {"user_id": a.trainee.pk}, "supervisor", True),
    ("cohorts:list", lambda a: {}, "facilitator", True),
    ("cohorts:detail", lambda a: {"cohort_id": a.cohort.pk}, "facilitator", True),
    ("cohorts:attendance", lambda a: {"cohort_id": a.cohort.pk, "session_id": a.session.pk}, "facilitator", True),
    ("cohorts:session_new", lambda a: {"cohort_id": a.cohort.pk}, "facilitator", True),
    ("cohorts:new", lambda a: {}, "admin", True),
    ("certificates:verify", lambda a: {"code": a.certificate.verification_code}, None, True),
    ("programs_admin:audit", lambda a: {}, "admin", True),
    ("programs_admin:roles", lambda a: {"site_id": a.site.pk}, "admin", True),
    ("programs_admin:sites", lambda a: {}, "platform_admin", True),
    ("certificates_admin:index", lambda a: {}, "admin", True),
    ("certificates_admin:detail", lambda a: {"pk": a.certificate.pk}, "admin", True),
    ("certificates_admin:requests", lambda a: {}, "admin", True),
]


def _user(world, who):
    if who is None:
        return None
    if who == "platform_admin":
        return world.platform_admin
    return getattr(world.a, who)


def _assert_escaped(body: str, *, shown: bool, where: str):
    for marker in RAW_MARKERS:
        assert marker not in body, f"{where}: raw {marker!r} in the page"
    if shown:
        assert "&lt;script&gt;alert(1)" in body or "&lt;img src=x onerror" in body, f"{where}: payload not shown"


@pytest.mark.parametrize("name,kwargs,who,shown", PAGES, ids=[p[0] for p in PAGES])
def test_script_payloads_are_escaped_on_every_page(client, world, name, kwargs, who, shown):
    audit_record(action="test.xss", target=XSS_SCRIPT, actor=world.a.admin, site=world.a.site,
                 details={"note": XSS_IMG, XSS_SCRIPT: "key"})
    login(client, _user(world, who))
    response = fetch(client, "GET", reverse(name, kwargs=kwargs(world.a)))
    assert response.status_code == 200, (name, response.status_code)
    _assert_escaped(response.body.decode(), shown=shown, where=name)


def test_messages_naming_a_hostile_trainee_are_escaped(client, world):
    login(client, world.a.facilitator)
    url = reverse("cohorts:attendance", kwargs={"cohort_id": world.a.cohort.pk, "session_id": world.a.session.pk})
    response = fetch(client, "POST", url, {f"minutes-{world.a.enrollment.pk}": "50"})
    assert response.status_code == 302
    page = fetch(client, "GET", url).body.decode()  # shows the flash message with the trainee's name
    assert "+20 min credited" in page
    _assert_escaped(page, shown=True, where="attendance message")


def test_form_errors_echoing_hostile_input_are_escaped(client, world):
    login(client, world.a.facilitator)
    response = fetch(client, "POST", reverse("cohorts:add_trainee", kwargs={"cohort_id": world.a.cohort.pk}),
                     {"email": XSS_IMG})
    assert response.status_code == 400
    _assert_escaped(response.body.decode(), shown=False, where="add trainee error")
    response = fetch(client, "POST", reverse("cohorts:attendance", kwargs={"cohort_id": world.a.cohort.pk,
                                                                          "session_id": world.a.session.pk}),
                     {f"minutes-{world.a.enrollment.pk}": XSS_SCRIPT})
    assert response.status_code == 400
    _assert_escaped(response.body.decode(), shown=True, where="attendance error")


def test_signup_with_script_name_then_dashboard_is_escaped(client, world):
    response = fetch(client, "POST", reverse("signup"), {
        "first_name": XSS_SCRIPT, "last_name": XSS_IMG, "email": "xss@example.org",
        "password1": "a-long-Passphrase-42", "password2": "a-long-Passphrase-42"})
    assert response.status_code == 302
    for name in ("courses:dashboard", "certificates:mine", "readiness:mine", "supervision:my_practice"):
        _assert_escaped(fetch(client, "GET", reverse(name)).body.decode(), shown=False, where=name)


def test_verify_json_is_json_not_html(client, world):
    response = fetch(client, "GET", reverse("certificates:verify_json",
                                            kwargs={"code": world.a.certificate.verification_code}))
    assert response["Content-Type"] == "application/json"
    assert response.json()["name"] == world.a.certificate.name_on_certificate
    assert world.a.certificate.name_on_certificate.startswith(XSS_SCRIPT)


# --------------------------------------------------------------------------------------------
# Rich text in lesson bodies
# --------------------------------------------------------------------------------------------


def test_script_in_lesson_rich_text_and_blocks_is_not_rendered(client, world):
    from wagtail.rich_text import RichText

    from courses.models import LessonPage

    lesson = LessonPage.objects.get(pk=world.a.lesson2.pk)
    lesson.body = [
        ("rich_text", RichText(
            '<p>Safe <b>bold</b></p><script>alert(1)</script><img src=x onerror=alert(1)>'
            '<p onclick="alert(1)">click</p><a href="javascript:alert(1)">link</a>'
            '<iframe src="https://evil.example"></iframe>'
        )),
        ("callout", {"title": XSS_IMG, "text": XSS_SCRIPT, "tone": "info"}),
        ("reflection", {"prompt": XSS_SCRIPT}),
    ]
    lesson.save()
    login(client, world.a.trainee)
    response = fetch(client, "GET", lesson.url)
    assert response.status_code == 200
    body = response.body.decode()
    assert "<b>bold</b>" in body  # allowed formatting survives
    for raw in (*RAW_MARKERS, "onclick=", "javascript:alert", "<iframe"):
        assert raw not in body, raw
    assert ESCAPED_SCRIPT in body  # the callout's and the reflection's plain text


# --------------------------------------------------------------------------------------------
# PDFs: names are text, never markup
# --------------------------------------------------------------------------------------------

MARKUP_NAMES = [
    "<b>Bold</b> & Co",
    "<para>Para</para>",
    '<font color="red">Unclosed',
    "<br/><img src='x'/> &amp; &lt;",
    XSS_SCRIPT,
    XSS_IMG,
    "Ann <i>O'Brien & Sons",
]


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def _certificate_data(name):
    import datetime

    return rendering.CertificateData(
        trainee_name=name, course_title=f"{name} course", course_code="RC30", total_minutes=1800,
        domains=((name, 600), ("Advocacy", 1200)), delivery_modes=(("Online (self-paced)", 1800),),
        completion_date=datetime.date(2026, 11, 1), issued_date=datetime.date(2026, 11, 2), site_name=name,
        provider_name=name, provider_number="P-1", signatory_name=name, signatory_title="Director",
        certificate_number="RC30-2026-000001", verification_url="https://example.org/verify/abc/",
        reissue_note=name,
    )


def _transcript_data(name):
    import datetime

    course = rendering.TranscriptCourse(
        title=name, code="<C>", status="Completed", completed_on=datetime.date(2026, 11, 1), total_minutes=60,
        required_minutes=60, domains=((name, 60),), delivery_modes=(("Online", 60),))
    cert = rendering.TranscriptCertificate(number=name, course_title=name, issued_on=datetime.date(2026, 11, 2),
                                           status="Issued", verification_url="https://example.org/v/<x>/")
    return rendering.TranscriptData(trainee_name=name, site_name=name, generated_on=datetime.date(2026, 11, 3),
                                    courses=(course,), domain_totals=((name, 60),), certificates=(cert,),
                                    other_hours=((name, 30),))


@pytest.mark.parametrize("name", MARKUP_NAMES)
def test_markup_in_names_prints_literally_on_certificates(name):
    text = pdf_text(rendering.render_certificate(_certificate_data(name)))
    assert " ".join(name.split()) in text


@pytest.mark.parametrize("name", MARKUP_NAMES)
def test_markup_in_names_prints_literally_on_transcripts(name):
    text = pdf_text(rendering.render_transcript(_transcript_data(name)))
    assert " ".join(name.split()) in text
    assert "<C>" in text


def test_transcript_download_prints_the_hostile_name_literally(client, world):
    login(client, world.a.trainee)
    response = fetch(client, "GET", reverse("certificates:transcript"))
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.body)
    assert XSS_SCRIPT in text and XSS_IMG in text


def test_supervisor_transcript_prints_the_hostile_name_literally(client, world):
    login(client, world.a.supervisor)
    response = fetch(client, "GET", reverse("supervision:transcript", kwargs={"user_id": world.a.trainee.pk}))
    assert XSS_SCRIPT in pdf_text(response.body)


def test_stored_certificate_prints_the_hostile_name_literally(client, world):
    login(client, world.a.trainee)
    response = fetch(client, "GET", reverse("certificates:download", kwargs={"certificate_id": world.a.certificate.pk}))
    assert response.status_code == 200
    text = pdf_text(response.body)
    assert XSS_SCRIPT in text
