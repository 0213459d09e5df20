"""Time certificate rendering (no Django, no database): `.venv/bin/python scripts/bench_render.py`.

Prints the median and 95th percentile, in milliseconds, over N renders (default 200) of:
the full certificate (logo, signature, QR); the QR code alone as certificates/rendering.py
draws it (encode + one filled path) and, for comparison, ReportLab's QrCodeWidget drawn into
the same canvas; and a plain page with just text in the same embedded fonts.

Options: -n N (renders per case).
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageDraw  # noqa: E402
from reportlab.graphics import renderPDF  # noqa: E402
from reportlab.graphics.barcode.qr import QrCodeWidget  # noqa: E402
from reportlab.graphics.shapes import Drawing  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

from certificates import rendering  # noqa: E402

URL = "https://bronx.mars-training.example.org/verify/Xk3v9QpZr7LmN2bT8wYc4A/"
QR_SIZE = 92.0


def png(width: int, height: int) -> bytes:
    im = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    ImageDraw.Draw(im).line([(20, height - 20), (width // 3, 30), (width // 2, height - 40),
                             (width - 20, 40)], fill=(20, 30, 90, 255), width=8)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


DATA = rendering.CertificateData(
    trainee_name="Renée Ñúñez-Øberg",
    course_title="Recovery Coach Training (MARS Model)",
    course_code="RC30",
    total_minutes=1800,
    domains=(("Advocacy", 600), ("Mentoring/Education", 480), ("Recovery/Wellness Support", 520),
             ("Ethical Responsibility", 200)),
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
    logo_image=png(400, 120),
)
NO_IMAGES = dataclasses.replace(DATA, signature_image=None, logo_image=None)


def new_canvas() -> rl_canvas.Canvas:
    return rl_canvas.Canvas(io.BytesIO(), pagesize=rendering.CERT_PAGE, invariant=1)


def full_certificate() -> None:
    rendering.render_certificate(DATA)


def full_certificate_no_images() -> None:
    rendering.render_certificate(NO_IMAGES)


def qr_ours() -> None:
    c = new_canvas()
    rendering._draw_qr(c, URL, 100, 100, QR_SIZE)


def qr_reportlab_widget() -> None:
    c = new_canvas()
    widget = QrCodeWidget(URL, barLevel=rendering.QR_LEVEL, barWidth=QR_SIZE, barHeight=QR_SIZE)
    drawing = Drawing(QR_SIZE, QR_SIZE)
    drawing.add(widget)
    renderPDF.draw(drawing, c, 100, 100)


def text_page() -> None:
    buf = io.BytesIO()
    with rendering._binary_streams():
        c = rl_canvas.Canvas(buf, pagesize=rendering.CERT_PAGE, invariant=1,
                             initialFontName=rendering.SANS)
        lines = [
            (rendering.SERIF_BOLD, 34, "Certificate of Completion"),
            (rendering.SERIF_ITALIC, 13, "This certifies that"),
            (rendering.SERIF_BOLD, 32, DATA.trainee_name),
            (rendering.SERIF_BOLD, 21, DATA.course_title),
            (rendering.SANS, 10, f"Course {DATA.course_code} · Completed November 20, 2026"),
            (rendering.SANS, 9.5, "Hours by domain: Advocacy 10.0 h · Mentoring/Education 8.0 h"),
            (rendering.SANS, 8.5, f"Verify this certificate at {URL}"),
        ]
        y = 520
        for font, size, text in lines:
            c.setFont(font, size)
            c.drawCentredString(396, y, text)
            y -= size * 2
        c.showPage()
        c.save()


def measure(fn, n: int) -> tuple[float, float]:
    for _ in range(5):  # warm up: fonts registered, caches filled
        fn()
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="renders per case (default 200)")
    args = parser.parse_args()
    rendering.ensure_fonts()
    cases = [
        ("full certificate (logo, signature, QR)", full_certificate),
        ("full certificate, no images", full_certificate_no_images),
        ("QR alone: ours (encode + one path)", qr_ours),
        ("QR alone: ReportLab QrCodeWidget", qr_reportlab_widget),
        ("plain page, text only (3 embedded fonts)", text_page),
    ]
    print(f"{args.n} renders each; milliseconds")
    print(f"{'case':<44}{'median':>9}{'p95':>9}")
    results = {}
    for label, fn in cases:
        median, p95 = measure(fn, args.n)
        results[label] = median
        print(f"{label:<44}{median:>9.2f}{p95:>9.2f}")
    full = results[cases[0][0]]
    print(f"\nfull certificate: about {1000 / full:.0f} renders/s per core")


if __name__ == "__main__":
    main()
