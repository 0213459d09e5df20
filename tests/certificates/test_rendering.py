"""PDF rendering of certificates and transcripts: plain data in, PDF bytes out. No database.

Text is checked by extracting it with pypdf; the QR code by reading its matrix back with
zxing-cpp and, end to end, by rasterising the PDF (pdftoppm, Debian poppler-utils) and
reading the page with zxing-cpp.
"""
import dataclasses
import datetime
import hashlib
import io
import logging
import os
import random
import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab import rl_config
import zxingcpp

from certificates import rendering
from certificates.rendering import (
    CertificateData,
    TranscriptCertificate,
    TranscriptCourse,
    TranscriptData,
    hours,
    qr_matrix,
    render_certificate,
    render_transcript,
)

ROOT = Path(__file__).resolve().parents[2]
URL = "https://bronx.mars-training.example.org/verify/Xk3v9QpZr7LmN2bT8wYc4A/"
MARKUP = "<b>Eve</b> & <font size=80>X</font>"


def png(width, height, color=(20, 30, 90, 255)) -> bytes:
    """A small deterministic PNG with transparency (like an uploaded signature or logo)."""
    im = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    ImageDraw.Draw(im).line([(10, height - 10), (width // 2, 10), (width - 10, height - 20)],
                            fill=color, width=6)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def sample_certificate(**changes) -> CertificateData:
    data = CertificateData(
        trainee_name="Ana Gómez",
        course_title="Recovery Coach Training (MARS Model)",
        course_code="RC30",
        total_minutes=1800,
        domains=(
            ("Advocacy", 600),
            ("Mentoring/Education", 480),
            ("Recovery/Wellness Support", 520),
            ("Ethical Responsibility", 200),
        ),
        delivery_modes=(("Online (self-paced)", 1200), ("Live virtual", 600)),
        completion_date=datetime.date(2026, 11, 20),
        issued_date=datetime.date(2026, 11, 23),
        site_name="MARS Project Bronx",
        provider_name="Beyond MARS Training Institute",
        provider_number="NY OASAS Provider 1234",
        signatory_name="Jordan Rivera",
        signatory_title="Training Director",
        certificate_number="RC30-2026-000123",
        verification_url=URL,
        signature_image=png(600, 180),
        logo_image=png(300, 120, color=(180, 140, 80, 255)),
    )
    return dataclasses.replace(data, **changes)


def sample_transcript(**changes) -> TranscriptData:
    d = datetime.date
    data = TranscriptData(
        trainee_name="Ana Gómez",
        site_name="MARS Project Bronx",
        generated_on=d(2026, 11, 23),
        courses=(
            TranscriptCourse(
                title="Recovery Coach Training (MARS Model)", code="RC30", status="Completed",
                completed_on=d(2026, 11, 20), total_minutes=1800, required_minutes=1800,
                domains=(("Advocacy", 600), ("Mentoring/Education", 1200)),
                delivery_modes=(("Online (self-paced)", 1200), ("Live virtual", 600)),
            ),
            TranscriptCourse(
                title="Ethics for Recovery Coaches", code="ETH15", status="In progress",
                completed_on=None, total_minutes=400, required_minutes=900,
                domains=(("Ethical Responsibility", 400),), delivery_modes=(("In person", 400),),
            ),
        ),
        domain_totals=(("Advocacy", 600), ("Mentoring/Education", 1200),
                       ("Ethical Responsibility", 400)),
        certificates=(
            TranscriptCertificate(number="RC30-2026-000123",
                                  course_title="Recovery Coach Training (MARS Model)",
                                  issued_on=d(2026, 11, 23), status="Issued", verification_url=URL),
            TranscriptCertificate(number="RC30-2026-000100",
                                  course_title="Recovery Coach Training (MARS Model)",
                                  issued_on=d(2026, 11, 21), status="Revoked",
                                  verification_url=URL.replace("Xk3v", "Ab12")),
        ),
        other_hours=(("Supervision", 120),),
    )
    return dataclasses.replace(data, **changes)


def pdf_text(pdf: bytes) -> str:
    """All pages' text, whitespace collapsed to single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


# --- hours -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "shown"),
    [(0, "0.0"), (1800, "30.0"), (60, "1.0"), (220, "3.7"), (9, "0.2"), (3, "0.1"), (2, "0.0"),
     (2999, "50.0"), (-90, "-1.5"), (100_000, "1666.7")],
)
def test_hours_one_decimal_rounded_half_up(minutes, shown):
    assert hours(minutes) == shown


# --- certificate content ---------------------------------------------------------------------


def test_certificate_shows_what_a_board_needs():
    pdf = render_certificate(sample_certificate())
    assert pdf.startswith(b"%PDF-")
    text = pdf_text(pdf)
    for expected in [
        "MARS PROJECT BRONX",
        "Certificate of Completion",
        "Ana Gómez",
        "Recovery Coach Training (MARS Model)",
        "Course RC30",
        "30.0 contact hours",
        "Advocacy 10.0 h",
        "Mentoring/Education 8.0 h",
        "Recovery/Wellness Support 8.7 h",
        "Ethical Responsibility 3.3 h",
        "Online (self-paced) 20.0 h",
        "Live virtual 10.0 h",
        "Completed November 20, 2026",
        "Issued November 23, 2026",
        "Beyond MARS Training Institute",
        "NY OASAS Provider 1234",
        "Jordan Rivera",
        "Training Director",
        "RC30-2026-000123",
        URL,
    ]:
        assert expected in text, expected


def test_certificate_is_one_landscape_letter_page():
    reader = PdfReader(io.BytesIO(render_certificate(sample_certificate())))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == (792.0, 612.0)


def test_certificate_embeds_logo_and_signature_images():
    reader = PdfReader(io.BytesIO(render_certificate(sample_certificate())))
    assert len(reader.pages[0].images) == 2
    plain = render_certificate(sample_certificate(signature_image=None, logo_image=None))
    assert len(PdfReader(io.BytesIO(plain)).pages[0].images) == 0


def test_undecodable_image_is_left_out_not_fatal(caplog):
    with caplog.at_level(logging.WARNING, logger="certificates.rendering"):
        pdf = render_certificate(sample_certificate(logo_image=b"not an image"))
    assert "Ana Gómez" in pdf_text(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 1  # the signature only
    assert "could not be decoded" in caplog.text


def test_reissue_note_and_empty_optional_fields():
    pdf = render_certificate(sample_certificate(
        reissue_note="Reissued 2026-11-23; replaces RC30-2026-000100",
        provider_number="", domains=(), delivery_modes=(), course_code="",
    ))
    text = pdf_text(pdf)
    assert "Reissued 2026-11-23; replaces RC30-2026-000100" in text
    assert "Provider / approval no." not in text
    assert "Hours by domain" not in text
    assert page_count(pdf) == 1


def test_fonts_are_embedded():
    pdf = render_certificate(sample_certificate())
    reader = PdfReader(io.BytesIO(pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert "DejaVu" in font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # TrueType program embedded


@pytest.mark.parametrize(
    "name",
    ["Renée Ñúñez-Øberg", "Пётр Ильич Чайковский", "Σωκράτης Παπαδόπουλος", "Zoë Łukasiewicz-Dvořák"],
)
def test_unicode_names_render_and_extract(name):
    pdf = render_certificate(sample_certificate(trainee_name=name))
    assert name in pdf_text(pdf)


def test_user_text_is_never_markup():
    pdf = render_certificate(sample_certificate(trainee_name=MARKUP, course_title=MARKUP,
                                                site_name=MARKUP, provider_name=MARKUP))
    text = pdf_text(pdf)
    assert MARKUP in text
    assert MARKUP.upper() in text  # the site name is shown in capitals


def test_control_characters_and_whitespace_are_flattened():
    pdf = render_certificate(sample_certificate(trainee_name="  Ana\n\tGómez\x00 "))
    assert "Ana Gómez" in pdf_text(pdf)


# --- determinism -----------------------------------------------------------------------------


def test_same_data_same_bytes():
    data = sample_certificate()
    assert render_certificate(data) == render_certificate(data)
    assert render_certificate(data) != render_certificate(sample_certificate(trainee_name="Ana Gomez"))
    transcript = sample_transcript()
    assert render_transcript(transcript) == render_transcript(transcript)


def test_same_bytes_across_processes():
    """The stored SHA-256 can be reproduced by any worker (different hash seeds, fresh fonts)."""
    script = (
        "import hashlib, sys\n"
        "from certificates.rendering import render_certificate, render_transcript\n"
        "from tests.certificates.test_rendering import sample_certificate, sample_transcript\n"
        "print(hashlib.sha256(render_certificate(sample_certificate())).hexdigest())\n"
        "print(hashlib.sha256(render_transcript(sample_transcript())).hexdigest())\n"
    )
    here = "\n".join([
        hashlib.sha256(render_certificate(sample_certificate())).hexdigest(),
        hashlib.sha256(render_transcript(sample_transcript())).hexdigest(),
    ])
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        env.pop("DJANGO_SETTINGS_MODULE", None)
        out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=True, timeout=120)
        assert out.stdout.strip() == here


def test_rendering_leaves_reportlab_settings_as_found():
    before = rl_config.useA85
    render_certificate(sample_certificate())
    render_transcript(sample_transcript())
    assert rl_config.useA85 == before


def test_module_does_not_import_django():
    script = (
        "import sys\n"
        "import certificates.rendering\n"
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "assert not bad, bad\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True, timeout=60)


# --- long text -------------------------------------------------------------------------------

LONG_NAME = ("Maria Fernanda de los Ángeles Guadalupe Rodríguez-Hernández y "
             "Castellanos-Villalobos de la Santísima Trinidad")
LONG_TITLE = ("Ethics for Recovery Coaches and Their Supervisors: Boundaries, Confidentiality "
              "(42 CFR Part 2, HIPAA), Dual Relationships, Social Media and Ethical "
              "Decision-Making in Medication-Assisted Recovery")


@pytest.mark.parametrize(
    "changes",
    [
        {"trainee_name": LONG_NAME, "course_title": LONG_TITLE},
        {"trainee_name": "W" * 300, "course_title": "Title " * 120, "site_name": "S" * 200,
         "provider_name": "P" * 200, "provider_number": "N " * 150, "signatory_name": "Q" * 150,
         "signatory_title": "T" * 150, "certificate_number": "9" * 120,
         "reissue_note": "R " * 200, "verification_url": "https://example.org/verify/" + "a" * 300,
         "domains": tuple((f"Domain {i} " + "x" * 40, 60 * i) for i in range(20)),
         "delivery_modes": tuple((f"Mode {i} " + "y" * 40, 30 * i) for i in range(10))},
    ],
    ids=["long", "absurd"],
)
def test_long_text_shrinks_and_stays_on_one_page(changes):
    data = sample_certificate(**changes)
    pdf = render_certificate(data)
    assert page_count(pdf) == 1
    text = pdf_text(pdf)
    # Shrunk or wrapped, never cut: the whole name and title are there.
    assert " ".join(data.trainee_name.split()) in text
    assert " ".join(data.course_title.split()) in text


def test_fitted_text_never_exceeds_its_width():
    rendering.ensure_fonts()
    width = 632.0
    cases = [
        (LONG_NAME, 32, 16, 2, 22),
        (LONG_TITLE, 21, 11, 3, 16),
        ("W" * 300, 32, 16, 2, 22),
        ("Short", 32, 16, 2, 22),
        (" ".join(["Supercalifragilistic"] * 60), 21, 11, 3, 16),
    ]
    for text, size, min_size, max_lines, single_min in cases:
        fitted, lines = rendering._fit(text, rendering.SERIF_BOLD, size, width, min_size=min_size,
                                       max_lines=max_lines, single_min=single_min)
        assert 0 < fitted <= size
        assert 1 <= len(lines) <= max_lines
        assert " ".join(lines) == text
        for line in lines:
            assert rendering._width(line, rendering.SERIF_BOLD, fitted) <= width + 1e-6


def test_text_starts_inside_the_page():
    """Every text run of an absurd certificate starts within the inner border."""
    data = sample_certificate(trainee_name="W" * 300, course_title="Title " * 120,
                              verification_url="https://example.org/verify/" + "a" * 300)
    page = PdfReader(io.BytesIO(render_certificate(data))).pages[0]
    starts = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            starts.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    assert starts
    for x, y in starts:
        assert 30 <= x <= 762 and 30 <= y <= 582, (x, y)


# --- QR code ---------------------------------------------------------------------------------


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_qr_matrix_reads_back_with_its_level(level):
    """zxing-cpp's reader decodes each matrix (drawn 4 pixels a module, quiet zone included) to its
    data, at the error-correction level asked for, from one module up to version info (>= 7)."""
    rnd = random.Random(20261123)
    alphabet = string.ascii_letters + string.digits + "/:.-_?=&%~"
    payloads = [URL, "https://example.org/verify/" + "a" * 300, "x", "é Пётр ✓"]
    payloads += ["".join(rnd.choice(alphabet) for _ in range(rnd.choice([8, 60, 140, 330]))) for _ in range(20)]
    sizes = set()
    for payload in payloads:
        matrix = qr_matrix(payload, level)
        sizes.add(len(matrix))
        assert all(len(row) == len(matrix) for row in matrix)
        image = _matrix_image(matrix)
        [read] = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        assert read.text == payload and read.ec_level == level
    assert min(sizes) <= 25 and max(sizes) >= 45  # versions 1-2 up to 7 and more


def _matrix_image(matrix, scale=4, quiet=4):
    n = len(matrix) + 2 * quiet
    image = Image.new("L", (n * scale, n * scale), 255)
    for r, row in enumerate(matrix):
        for c, bit in enumerate(row):
            if bit == "1":
                image.paste(0, ((c + quiet) * scale, (r + quiet) * scale, (c + quiet + 1) * scale, (r + quiet + 1) * scale))
    return image


def test_qr_matrix_refuses_data_too_long_for_a_qr_code():
    with pytest.raises(ValueError):
        qr_matrix("x" * 5000)


def test_qr_is_drawn_as_one_filled_path():
    ops = rendering._qr_path_ops(qr_matrix(URL))
    assert ops.endswith("\nf") and ops.count("f") == 1 and " S" not in ops
    dark = sum(row.count("1") for row in qr_matrix(URL))
    covered = sum(int(line.split()[2]) for line in ops.splitlines()[:-1])
    assert covered == dark  # each run once, nothing missing


def _decode_qr(pdf: bytes, tmp_path: Path) -> list[str]:
    """The QR codes on the rendered page (pdftoppm at 150 dpi, read by zxing-cpp)."""
    if shutil.which("pdftoppm") is None:
        pytest.fail("missing pdftoppm: install the Debian package poppler-utils (scripts/system-deps.sh)")
    (tmp_path / "cert.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(tmp_path / "cert.pdf"),
                    str(tmp_path / "cert")], check=True, timeout=60)
    with Image.open(tmp_path / "cert.png") as image:
        return [code.text for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


@pytest.mark.parametrize(
    "url",
    [URL, "https://coach-training.example.org/verify/" + "Zq9" * 40 + "/"],
    ids=["typical", "long"],
)
def test_qr_on_the_rendered_certificate_decodes_to_the_verification_url(url, tmp_path):
    pdf = render_certificate(sample_certificate(verification_url=url))
    assert _decode_qr(pdf, tmp_path) == [url]


# --- transcript ------------------------------------------------------------------------------


def test_transcript_lists_courses_hours_and_certificates():
    data = sample_transcript()
    pdf = render_transcript(data)
    text = pdf_text(pdf)
    squashed = re.sub(r"\s+", "", text)
    for expected in [
        "Training Hours Transcript",
        "Ana Gómez",
        "MARS PROJECT BRONX",
        "Generated November 23, 2026",
        "Recovery Coach Training (MARS Model) (RC30)",
        "Completed on November 20, 2026",
        "Ethics for Recovery Coaches (ETH15)",
        "In progress",
        "6.7", "15.0", "30.0",
        "Online (self-paced)",
        "Hours by domain, all courses",
        "Ethical Responsibility",
        "Other hours",
        "Supervision",
        "RC30-2026-000123",
        "RC30-2026-000100",
        "Revoked",
    ]:
        assert expected in text, expected
    for cert in data.certificates:
        assert cert.verification_url in squashed  # long URLs wrap inside their cell
    assert PdfReader(io.BytesIO(pdf)).pages[0].mediabox.height == 792


def test_transcript_with_nothing_yet():
    pdf = render_transcript(sample_transcript(courses=(), domain_totals=(), certificates=(),
                                              other_hours=()))
    text = pdf_text(pdf)
    assert page_count(pdf) == 1
    assert "No course activity recorded yet." in text
    assert "No certificates issued yet." in text
    assert "Other hours" not in text


def test_transcript_spans_pages_and_escapes_markup():
    course = sample_transcript().courses[0]
    courses = tuple(dataclasses.replace(course, title=f"{MARKUP} {i}") for i in range(25))
    pdf = render_transcript(sample_transcript(trainee_name=MARKUP, courses=courses))
    text = pdf_text(pdf)
    assert page_count(pdf) > 1
    assert f"{MARKUP} 24" in text
    assert MARKUP in text


def test_scripts_without_glyphs_do_not_break_rendering():
    """DejaVu has no CJK (documented limitation): such names print as boxes, nothing fails."""
    pdf = render_certificate(sample_certificate(trainee_name="王小明 😀"))
    assert page_count(pdf) == 1
    assert "RC30-2026-000123" in pdf_text(pdf)
