"""PDF rendering for certificates and hours transcripts: plain data in, PDF bytes out.

This module is the ReportLab layer only. It knows nothing about Django, the database or
storage: callers (the certificate issuing service / Celery task, the transcript download view)
gather the facts, freeze them into :class:`CertificateData` or :class:`TranscriptData`, and
call :func:`render_certificate` or :func:`render_transcript`. What they do with the bytes
(store them, hash them, mail them) is their business. Everything here is importable and
testable without Django settings or a database.

What a certificate shows (what boards ask for, see DOMAIN.md): program site name and logo,
"Certificate of Completion", the participant's name, the exact course title and code, total
contact hours and hours by domain, completion and issue dates, delivery mode(s) with hours,
provider organisation and approval/provider number, the signatory's name, title and signature,
a unique certificate number, the verification URL as text and as a QR code encoding exactly
that URL, and a reissue note when the certificate replaces an earlier one. It is one page of
US Letter, landscape. Long names and titles are shrunk (and titles wrapped) to fit; nothing
ever leaves the page.

Guarantees the callers can rely on:

* **User text is never markup.** Certificate text is drawn with ``drawString`` (no parsing);
  transcript text that goes through platypus ``Paragraph`` is escaped first. A name such as
  ``<b>Eve</b> & Co`` prints literally.
* **Deterministic output.** Same data, same bytes (ReportLab's ``invariant`` mode: fixed
  timestamps and document id), so the SHA-256 stored with a certificate is reproducible.
* **Fonts are embedded.** DejaVu Sans/Serif (shipped in ``certificates/fonts/`` with their
  licence) are subset-embedded, so Latin (with accents), Greek and Cyrillic names render and
  can be extracted as text.
* **Fast.** A certificate with logo, signature and QR code renders in ~9 ms on one core
  (``scripts/bench_render.py``), ~7 ms without images. Most of that is ReportLab subsetting
  and embedding the three font faces (~5 ms; installing the optional C accelerator
  ``rl_accel`` takes ~1.3 ms off with identical bytes). The QR code comes from zxing-cpp (a
  maintained C++ library that also reads codes back, which the tests do) and is drawn as one
  filled path of merged horizontal runs instead of a graphics ``Drawing`` of hundreds of
  ``Rect`` shapes (ReportLab's ``QrCodeWidget``: ~18 ms). Logos and
  signatures are decoded, flattened and downscaled once per process (cached by digest).
  Streams are written as plain Flate, without ReportLab's default pure-Python ASCII85 layer
  (see :func:`_binary_streams`: a process-global ReportLab switch, flipped under a lock).

Known limitations:

* **No CJK.** DejaVu has no Chinese/Japanese/Korean glyphs; such characters render as empty
  boxes (rendering does not fail, and the rest of the certificate is intact). We deliberately
  do not ship multi-megabyte CJK fonts; if a program needs them, add a font with that
  coverage and a per-character fallback here.
* **No right-to-left scripts.** Arabic and Hebrew are not supported: the serif faces lack
  their glyphs and text is drawn left-to-right without shaping or bidi.
* Domain hours are rounded individually to one decimal, so they may not add up exactly to the
  rounded total (which is computed from the total minutes, never from the rounded parts).
* An image (logo, signature) that cannot be decoded is left out and logged, rather than
  failing the whole certificate; validate uploads where they are made.
"""

from __future__ import annotations

import datetime
import collections
import contextlib
import hashlib
import io
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
import zxingcpp
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

__all__ = [
    "CertificateData",
    "TranscriptCertificate",
    "TranscriptCourse",
    "TranscriptData",
    "hours",
    "qr_matrix",
    "render_certificate",
    "render_transcript",
]

logger = logging.getLogger(__name__)

CREATOR = "coachtraining"

# --------------------------------------------------------------------------------------------
# Data passed in by callers
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateData:
    """Everything printed on one certificate, frozen at issue time."""

    trainee_name: str
    course_title: str
    course_code: str
    total_minutes: int
    domains: tuple[tuple[str, int], ...]  # (domain name, minutes), e.g. ("Advocacy", 220)
    delivery_modes: tuple[tuple[str, int], ...]  # (label, minutes), e.g. ("Online (self-paced)", 1800)
    completion_date: datetime.date
    issued_date: datetime.date
    site_name: str  # program site display name
    provider_name: str  # provider organisation
    provider_number: str  # provider / approval number(s), may be ""
    signatory_name: str
    signatory_title: str
    certificate_number: str  # e.g. "RC30-2026-000123"
    verification_url: str  # absolute https URL
    signature_image: bytes | None = None  # PNG/JPEG bytes
    logo_image: bytes | None = None  # PNG/JPEG bytes
    reissue_note: str = ""  # e.g. "Reissued 2026-11-23; replaces RC30-2026-000100"


@dataclass(frozen=True)
class TranscriptCourse:
    title: str
    code: str
    status: str  # "Completed", "In progress"
    completed_on: datetime.date | None
    total_minutes: int
    required_minutes: int
    domains: tuple[tuple[str, int], ...]
    delivery_modes: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class TranscriptCertificate:
    number: str
    course_title: str
    issued_on: datetime.date
    status: str
    verification_url: str


@dataclass(frozen=True)
class TranscriptData:
    trainee_name: str
    site_name: str
    generated_on: datetime.date
    courses: tuple[TranscriptCourse, ...]
    domain_totals: tuple[tuple[str, int], ...]  # all courses together
    certificates: tuple[TranscriptCertificate, ...]
    other_hours: tuple[tuple[str, int], ...] = ()  # e.g. ("Supervision", 120) — may be empty


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def hours(minutes: int) -> str:
    """Minutes as hours with one decimal, rounded half up: ``hours(1800) == "30.0"``.

    Integer arithmetic, so 9 minutes is "0.2" (0.15 rounded up), not float's "0.1".
    """
    sign = "-" if minutes < 0 else ""
    tenths = (abs(int(minutes)) + 3) // 6  # minutes / 6 tenths of an hour, half up
    return f"{sign}{tenths // 10}.{tenths % 10}"


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def _date(d: datetime.date) -> str:
    """'November 23, 2026' — independent of the process locale."""
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_SPACES = re.compile(r"\s+")


def _clean(text: str) -> str:
    """One line of printable text: NFC, control characters and runs of whitespace → a space."""
    text = unicodedata.normalize("NFC", str(text))
    return _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()


# --------------------------------------------------------------------------------------------
# Fonts (registered once per process, lazily)
# --------------------------------------------------------------------------------------------

FONT_DIR = Path(__file__).resolve().parent / "fonts"

SANS = "CoachTraining-DejaVuSans"
SANS_BOLD = "CoachTraining-DejaVuSans-Bold"
SERIF_BOLD = "CoachTraining-DejaVuSerif-Bold"
SERIF_ITALIC = "CoachTraining-DejaVuSerif-Italic"

_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
}

_fonts_lock = threading.Lock()
_fonts_ready = False


def _ensure_fonts() -> None:
    global _fonts_ready
    if _fonts_ready:
        return
    with _fonts_lock:
        if _fonts_ready:
            return
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
        _fonts_ready = True


def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


# --------------------------------------------------------------------------------------------
# Binary streams
# --------------------------------------------------------------------------------------------

_render_lock = threading.RLock()


@contextlib.contextmanager
def _binary_streams():
    """Render with plain Flate streams, without ReportLab's default ASCII85 layer on top.

    ASCII85 only makes PDFs 7-bit clean (pointless today), 25 % larger, and ReportLab encodes it
    in pure Python: ~1 ms per 10 kB, the biggest single cost of a certificate with a logo and a
    signature. The switch (``rl_config.useA85``) is process-global and read while rendering, so
    it is flipped under a lock for the duration of our render only and restored afterwards.
    Rendering is CPU-bound Python, so the lock costs no parallelism the GIL would allow.
    """
    with _render_lock:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


# --------------------------------------------------------------------------------------------
# QR code: zxing-cpp's encoder, drawn as one path
# --------------------------------------------------------------------------------------------

QR_LEVEL = "M"  # 15 % damage tolerance: plenty for paper, keeps the code small
QR_QUIET_ZONE = 4  # modules of white margin the standard requires around the symbol

_DARK_RUN = re.compile(r"1+")
_MODULE_BITS = bytes.maketrans(b"\x00\xff", b"10")  # zxing-cpp's image: 0 dark, 255 light


def qr_matrix(data: str, level: str = QR_LEVEL) -> tuple[str, ...]:
    """The QR code for ``data`` (byte mode, UTF-8) as rows of '1' (dark) / '0' (light), quiet zone
    excluded, from zxing-cpp's encoder. Raises ``ValueError`` if the data does not fit a QR code."""
    barcode = zxingcpp.create_barcode(data, zxingcpp.BarcodeFormat.QRCode, ec_level=level)
    image = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))
    size = image.shape[1]
    modules = image.tobytes().translate(_MODULE_BITS).decode("ascii")
    return tuple(modules[start:start + size] for start in range(0, len(modules), size))


def _qr_path_ops(matrix: tuple[str, ...]) -> str:
    """PDF path operators for the dark modules, in module units (column, row from the top).

    Each horizontal run of dark modules is one ``re``; the whole symbol is one path filled
    once (``f``), so there are no hairline seams between modules and nothing is stroked.
    """
    ops = []
    for r, row in enumerate(matrix):
        for m in _DARK_RUN.finditer(row):
            ops.append(f"{m.start()} {r} {m.end() - m.start()} 1 re")
    ops.append("f")
    return "\n".join(ops)


def _draw_qr(c: rl_canvas.Canvas, data: str, x: float, y: float, size: float) -> None:
    """Draw the QR symbol for ``data``, quiet zone included, in the square (x, y, size).

    The path is written in module units under one transformation matrix (scale by the module
    size, y pointing down from the symbol's top-left corner), so its operators are small
    integers: much cheaper than formatting hundreds of floats through ReportLab's path API.
    """
    matrix = qr_matrix(data)
    n = len(matrix)
    module = size / (n + 2 * QR_QUIET_ZONE)
    left = x + QR_QUIET_ZONE * module
    top = y + size - QR_QUIET_ZONE * module
    c.saveState()
    c.setFillColor(colors.white)
    c.rect(x, y, size, size, stroke=0, fill=1)  # the quiet zone stays white whatever is behind
    c.setFillColor(colors.black)
    c.addLiteral(f"{fp_str(module, 0, 0, -module, left, top)} cm\n{_qr_path_ops(matrix)}")
    c.restoreState()


# --------------------------------------------------------------------------------------------
# Text fitting
# --------------------------------------------------------------------------------------------


def _split_balanced(words: list[str], font: str, size: float) -> list[str]:
    """Two lines whose longer one is as short as possible."""
    best, best_w = None, None
    for i in range(1, len(words)):
        a, b = " ".join(words[:i]), " ".join(words[i:])
        w = max(_width(a, font, size), _width(b, font, size))
        if best_w is None or w < best_w:
            best, best_w = [a, b], w
    return best


def _wrap_greedy(items: list[str], sep: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for item in items:
        candidate = f"{current}{sep}{item}" if current else item
        if current and _width(candidate, font, size) > width:
            lines.append(current)
            current = item
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _fit(
    text: str,
    font: str,
    size: float,
    width: float,
    *,
    min_size: float,
    max_lines: int = 1,
    single_min: float | None = None,
    items: list[str] | None = None,
    sep: str = " ",
) -> tuple[float, list[str]]:
    """Font size ≤ ``size`` and the lines at which ``text`` fits ``width``.

    One line is kept while the size stays ≥ ``single_min`` (default ``min_size``); then the
    text wraps into at most ``max_lines`` lines at the largest size ≥ ``min_size`` that fits
    (two lines are balanced). ``items`` wraps at item boundaries joined by ``sep`` instead of
    at spaces. If nothing fits, one line is scaled to fit exactly: however long the text, it
    never leaves its box.
    """
    if not text:
        return size, []
    single_min = max(single_min or min_size, min_size)
    s = size
    while s >= single_min - 1e-9:
        if _width(text, font, s) <= width:
            return s, [text]
        s *= 0.95
    units = items if items is not None else text.split(" ")
    if max_lines > 1 and len(units) > 1:
        s = size
        while s >= min_size - 1e-9:
            lines = _wrap_greedy(units, sep, font, s, width)
            if len(lines) == 2 and items is None:
                lines = _split_balanced(units, font, s)
            if len(lines) <= max_lines and all(_width(line, font, s) <= width for line in lines):
                return s, lines
            s *= 0.95
    return min(size, width / max(_width(text, font, 1), 1e-6)), [text]


IMAGE_DPI = 200  # resolution images are resampled to (at most) for the size they print at


_IMAGE_CACHE_SIZE = 16
_image_cache: collections.OrderedDict[tuple, PILImage.Image] = collections.OrderedDict()


def _prepared_image(data: bytes, box_w: float, box_h: float) -> PILImage.Image | None:
    """Decoded once per distinct image: upright, flattened on white, no larger than needed.

    Logos and signatures are the same on every certificate of a site, so the work (decoding,
    dropping the alpha channel — the page under them is white — and downscaling a 3000-pixel
    original to print resolution) is cached, keyed by a digest so that no upload is kept
    alive. ReportLab then has far fewer pixels to compress. Called under ``_render_lock``.
    """
    key = (hashlib.blake2b(data, digest_size=16).digest(), len(data), box_w, box_h)
    im = _image_cache.get(key)
    if im is not None:
        _image_cache.move_to_end(key)
        return im
    try:
        im = PILImage.open(io.BytesIO(data))
        im.load()
    except Exception:  # noqa: BLE001 - any undecodable or unsupported upload (not cached)
        logger.warning("certificate image could not be decoded; leaving it out", exc_info=True)
        return None
    try:
        im = ImageOps.exif_transpose(im)
    except Exception:  # noqa: BLE001 - broken EXIF: keep the image as stored
        pass
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        im = PILImage.new("RGB", rgba.size, "white")
        im.paste(rgba, mask=rgba.getchannel("A"))
    elif im.mode not in ("RGB", "L"):
        im = im.convert("RGB")
    max_px = (max(1, round(box_w / 72 * IMAGE_DPI)), max(1, round(box_h / 72 * IMAGE_DPI)))
    if im.width > max_px[0] or im.height > max_px[1]:
        im = im.copy()
        im.thumbnail(max_px, PILImage.LANCZOS)
    _image_cache[key] = im
    while len(_image_cache) > _IMAGE_CACHE_SIZE:
        _image_cache.popitem(last=False)
    return im


def _draw_image_fit(
    c: rl_canvas.Canvas, data: bytes | None, cx: float, y: float, max_w: float, max_h: float
) -> float:
    """Draw an image inside max_w x max_h, centred on ``cx``, bottom at ``y``; returns its height."""
    if not data:
        return 0.0
    im = _prepared_image(bytes(data), max_w, max_h)
    if im is None:
        return 0.0
    iw, ih = im.size
    scale = min(max_w / iw, max_h / ih)
    w, h = iw * scale, ih * scale
    c.drawImage(ImageReader(im), cx - w / 2, y, w, h)
    return h


# --------------------------------------------------------------------------------------------
# Certificate
# --------------------------------------------------------------------------------------------

NAVY = colors.HexColor("#1d3557")
GOLD = colors.HexColor("#b08d57")
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#5f6b7a")
CERT_PAGE = landscape(letter)  # 792 x 612 pt


@dataclass
class _Line:
    text_lines: list[str]
    font: str
    size: float
    color: colors.Color
    space_before: float
    leading: float = 1.22
    rule_after: bool = False

    @property
    def height(self) -> float:
        return self.space_before + self.size * self.leading * len(self.text_lines)


def _domain_items(pairs: tuple[tuple[str, int], ...], unit: str = " h") -> list[str]:
    return [f"{_clean(name)} {hours(minutes)}{unit}" for name, minutes in pairs]


def _middle_block(d: CertificateData, width: float, scale: float) -> list[_Line]:
    """The centred column from the heading down to the hours, at a given scale."""

    def fit(text, font, size, min_size, max_lines=1, single_min=None, items=None, sep=" "):
        return _fit(text, font, size * scale, width, min_size=min_size * scale,
                    max_lines=max_lines, single_min=single_min and single_min * scale,
                    items=items, sep=sep)

    out: list[_Line] = []
    size, lines = fit("Certificate of Completion", SERIF_BOLD, 36, 20)
    out.append(_Line(lines, SERIF_BOLD, size, NAVY, 0))
    size = 13 * scale
    out.append(_Line(["This certifies that"], SERIF_ITALIC, size, MUTED, 12 * scale))
    name = _clean(d.trainee_name)
    size, lines = fit(name, SERIF_BOLD, 32, 16, max_lines=2, single_min=22)
    out.append(_Line(lines, SERIF_BOLD, size, INK, 8 * scale, leading=1.15, rule_after=True))
    out.append(_Line(["has successfully completed"], SERIF_ITALIC, 13 * scale, MUTED, 16 * scale))
    title = _clean(d.course_title)
    size, lines = fit(title, SERIF_BOLD, 21, 11, max_lines=3, single_min=16)
    out.append(_Line(lines, SERIF_BOLD, size, NAVY, 6 * scale, leading=1.2))
    meta = []
    if _clean(d.course_code):
        meta.append(f"Course {_clean(d.course_code)}")
    meta.append(f"Completed {_date(d.completion_date)}")
    meta_text = "   \u00b7   ".join(meta)
    size, lines = fit(meta_text, SANS, 10.5, 7)
    out.append(_Line(lines, SANS, size, INK, 4 * scale))
    out.append(
        _Line([f"{hours(d.total_minutes)} contact hours"], SERIF_BOLD, 17 * scale, NAVY, 12 * scale)
    )
    if d.domains:
        items = _domain_items(d.domains)
        text = "Hours by domain:  " + "   \u00b7   ".join(items)
        size, lines = fit(text, SANS, 9.5, 6.5, max_lines=4,
                          items=_prefixed("Hours by domain:", items), sep="   \u00b7   ")
        out.append(_Line(lines, SANS, size, INK, 5 * scale, leading=1.35))
    if d.delivery_modes:
        items = _domain_items(d.delivery_modes)
        label = "Delivery mode:" if len(items) == 1 else "Delivery modes:"
        text = f"{label}  " + "   \u00b7   ".join(items)
        size, lines = fit(text, SANS, 9.5, 6.5, max_lines=2, items=_prefixed(label, items),
                          sep="   \u00b7   ")
        out.append(_Line(lines, SANS, size, INK, 3 * scale, leading=1.35))
    return out


def _prefixed(label: str, items: list[str]) -> list[str]:
    """Glue the label to the first item so a wrapped list never leaves it alone on a line."""
    if not items:
        return [label]
    return [f"{label}  {items[0]}", *items[1:]]


def render_certificate(data: CertificateData) -> bytes:
    """One-page US Letter landscape PDF certificate. Deterministic: same data, same bytes."""
    _ensure_fonts()
    with _binary_streams():
        return _render_certificate(data)


def _render_certificate(data: CertificateData) -> bytes:
    d = data
    W, H = CERT_PAGE
    buf = io.BytesIO()
    c = rl_canvas.Canvas(
        buf, pagesize=CERT_PAGE, invariant=1, pageCompression=1, initialFontName=SANS
    )
    name = _clean(d.trainee_name)
    c.setTitle(f"Certificate of Completion — {name} — {_clean(d.course_title)}")
    c.setAuthor(_clean(d.provider_name) or _clean(d.site_name))
    c.setSubject(f"Certificate {_clean(d.certificate_number)}")
    c.setCreator(CREATOR)
    c.setProducer(CREATOR)

    # Frame: thick navy outer border, thin gold inner border, small corner diamonds.
    c.setStrokeColor(NAVY)
    c.setLineWidth(3)
    c.rect(22, 22, W - 44, H - 44, stroke=1, fill=0)
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    c.rect(30, 30, W - 60, H - 60, stroke=1, fill=0)
    c.setFillColor(GOLD)
    for cx, cy in ((30, 30), (W - 30, 30), (30, H - 30), (W - 30, H - 30)):
        p = c.beginPath()
        p.moveTo(cx, cy - 5)
        p.lineTo(cx + 5, cy)
        p.lineTo(cx, cy + 5)
        p.lineTo(cx - 5, cy)
        p.close()
        c.drawPath(p, stroke=0, fill=1)

    inner_w = W - 60 - 2 * 40  # text column width inside the inner border
    cx = W / 2

    # Header: logo, then site name.
    y = H - 48
    logo_h = _draw_image_fit(c, d.logo_image, cx, y - 50, 200, 50)
    if logo_h:
        y -= 50 + 12
    site = _clean(d.site_name).upper()
    if site:
        size, lines = _fit(site, SERIF_BOLD, 11, inner_w - 60, min_size=6)
        c.setFont(SERIF_BOLD, size)
        c.setFillColor(NAVY)
        charspace = 1.6 if _width(site, SERIF_BOLD, size) + 1.6 * len(site) <= inner_w - 60 else 0
        c.drawCentredString(cx, y - size, site, charSpace=charspace)
        y -= size + 6
    else:
        y -= 6

    # Bottom band: signature | provider and certificate details | QR code.
    # The centre column is bottom-aligned just above the footer; it may grow upwards (long
    # provider names wrap), and the middle block gets whatever is left above the band.
    pcx, pw = cx, 250.0
    details = [_Line(["Provider"], SANS, 8, MUTED, 0)]
    size, lines = _fit(_clean(d.provider_name), SERIF_BOLD, 11.5, pw, min_size=7, max_lines=2)
    details.append(_Line(lines, SERIF_BOLD, size, INK, 1, leading=1.2))
    if _clean(d.provider_number):
        size, lines = _fit(f"Provider / approval no. {_clean(d.provider_number)}", SANS, 8.5, pw,
                           min_size=6, max_lines=2, single_min=7.5)
        details.append(_Line(lines, SANS, size, INK, 1, leading=1.3))
    details.append(_Line([f"Issued {_date(d.issued_date)}"], SANS, 9, INK, 4, leading=1.3))
    size, lines = _fit(f"Certificate no. {_clean(d.certificate_number)}", SERIF_BOLD, 9.5, pw,
                       min_size=5)
    details.append(_Line(lines, SERIF_BOLD, size, NAVY, 1, leading=1.3))
    note = _clean(d.reissue_note)
    if note:
        size, lines = _fit(note, SERIF_ITALIC, 8.5, pw + 20, min_size=6, max_lines=2)
        details.append(_Line(lines, SERIF_ITALIC, size, colors.HexColor("#8a1c1c"), 2))
    details_h = sum(line.height for line in details)
    details_bottom = 52.0
    band_top = max(140.0, details_bottom + details_h)

    # Middle block: shrink as a whole until it fits between header and bottom band.
    available = y - band_top - 12
    scale = 1.0
    while True:
        block = _middle_block(d, inner_w, scale)
        total = sum(line.height for line in block) + 10  # + rule under the name
        if total <= available or scale < 0.4:
            break
        scale *= 0.93
    # Centre the block vertically in the space it has.
    y -= max(0.0, (available - total) * 0.45)
    _draw_lines(c, block, cx, y, rule_width=inner_w)

    _draw_lines(c, details, pcx, details_bottom + details_h)

    # Bottom left: signature image over a line, name, title.
    sig_cx, col_w = 160.0, 200.0
    line_y = 90.0
    _draw_image_fit(c, d.signature_image, sig_cx, line_y + 2, col_w - 10, 50)
    c.setStrokeColor(INK)
    c.setLineWidth(0.7)
    c.line(sig_cx - col_w / 2, line_y, sig_cx + col_w / 2, line_y)
    _centred_fit(c, _clean(d.signatory_name), SERIF_BOLD, 10, col_w, sig_cx, line_y - 14, INK)
    _centred_fit(c, _clean(d.signatory_title), SANS, 9, col_w, sig_cx, line_y - 26, MUTED)

    # Bottom right: QR code (encoding exactly the verification URL) with a caption.
    url = d.verification_url.strip()
    qr_size = 92.0
    qr_x = W - 48 - qr_size
    qr_y = 56.0
    _draw_qr(c, url, qr_x, qr_y, qr_size)
    _centred_fit(c, "Scan to verify", SANS, 7.5, qr_size, qr_x + qr_size / 2, qr_y - 2, MUTED)

    # Footer: the verification URL in full, as text.
    _centred_fit(c, f"Verify this certificate at {url}", SANS, 8.5, inner_w, cx, 38, INK,
                 min_size=3)

    c.showPage()
    c.save()
    return buf.getvalue()


def _draw_lines(
    c: rl_canvas.Canvas, lines: list[_Line], cx: float, y: float, rule_width: float = 0
) -> float:
    """Draw centred lines downwards from ``y`` (top of the first line); returns the new y."""
    for line in lines:
        y -= line.space_before
        c.setFont(line.font, line.size)
        c.setFillColor(line.color)
        for text in line.text_lines:
            y -= line.size * line.leading * 0.82
            c.drawCentredString(cx, y, text)
            y -= line.size * line.leading * 0.18
        if line.rule_after and line.text_lines:
            widest = max(_width(t, line.font, line.size) for t in line.text_lines)
            half = min(max(widest / 2 + 30, 170), rule_width / 2)
            y -= 6
            c.setStrokeColor(GOLD)
            c.setLineWidth(0.8)
            c.line(cx - half, y, cx + half, y)
            y -= 4
    return y


def _centred_fit(
    c: rl_canvas.Canvas, text: str, font: str, size: float, width: float, x: float, y: float,
    color, min_size: float = 5,
) -> None:
    if not text:
        return
    s, _ = _fit(text, font, size, width, min_size=min_size)
    c.setFont(font, s)
    c.setFillColor(color)
    c.drawCentredString(x, y, text)


# --------------------------------------------------------------------------------------------
# Transcript
# --------------------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12.5, textColor=INK,
                          alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=SANS_BOLD, fontSize=9,
                                    leading=11.5),
        "url": ParagraphStyle("url", parent=base, fontSize=7.5, leading=9.5, splitLongWords=1),
        "title": ParagraphStyle("title", parent=base, fontName=SERIF_BOLD, fontSize=20,
                                leading=25, textColor=NAVY),
        "h2": ParagraphStyle("h2", parent=base, fontName=SERIF_BOLD, fontSize=13.5, leading=17,
                             textColor=NAVY, spaceBefore=14, spaceAfter=5),
        "h3": ParagraphStyle("h3", parent=base, fontName=SERIF_BOLD, fontSize=11.5, leading=14.5,
                             textColor=INK, spaceBefore=4, spaceAfter=3),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of literal text (escaped: user text is never markup)."""
    return Paragraph(escape(_clean(text)), style)


_TABLE_STYLE = [
    ("FONT", (0, 0), (-1, -1), SANS, 9),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c9ced6")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef1f5")),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 5),
    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
]


def _table(header: list[str], rows: list[list], widths: list[float], st, numeric_cols=()) -> Table:
    """A table of literal text; ``numeric_cols`` are right-aligned."""
    right = ParagraphStyle("cell_right", parent=st["cell"], alignment=2)
    right_bold = ParagraphStyle("cell_bold_right", parent=st["cell_bold"], alignment=2)
    data = [[_p(h, right_bold if i in numeric_cols else st["cell_bold"]) for i, h in enumerate(header)]]
    for row in rows:
        data.append([
            cell if isinstance(cell, Paragraph)
            else _p(str(cell), right if i in numeric_cols else st["cell"])
            for i, cell in enumerate(row)
        ])
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(_TABLE_STYLE))
    return table


def _hours_table(label: str, pairs, st, width: float, total: int | None = None) -> Table:
    num = ParagraphStyle("num", parent=st["cell"], alignment=2)
    num_bold = ParagraphStyle("num_bold", parent=st["cell_bold"], alignment=2)
    rows = [[_p(name, st["cell"]), Paragraph(hours(m), num)] for name, m in pairs]
    if total is not None:
        rows.append([_p("Total", st["cell_bold"]), Paragraph(hours(total), num_bold)])
    data = [[_p(label, st["cell_bold"]), Paragraph("Hours", num_bold)], *rows]
    table = Table(data, colWidths=[width - 70, 70], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(_TABLE_STYLE))
    return table


def render_transcript(data: TranscriptData) -> bytes:
    """Portrait US Letter hours transcript (may span pages). Deterministic."""
    _ensure_fonts()
    with _binary_streams():
        return _render_transcript(data)


def _render_transcript(data: TranscriptData) -> bytes:
    d = data
    st = _styles()
    buf = io.BytesIO()
    margin = 0.75 * inch
    name = _clean(d.trainee_name)
    site = _clean(d.site_name)
    doc = SimpleDocTemplate(
        buf,
        pagesize=letter,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"Training hours transcript — {name}",
        author=site,
        subject="Training hours transcript",
        creator=CREATOR,
        producer=CREATOR,
        invariant=1,
        initialFontName=SANS,
    )
    width = doc.width

    def on_page(c: rl_canvas.Canvas, _doc) -> None:
        c.saveState()
        c.setStrokeColor(GOLD)
        c.setLineWidth(0.6)
        c.line(margin, 0.55 * inch, letter[0] - margin, 0.55 * inch)
        c.setFillColor(MUTED)
        footer = f"{name} \u00b7 {site} \u00b7 generated {_date(d.generated_on)}"
        s, _ = _fit(footer, SANS, 7.5, width - 60, min_size=4)
        c.setFont(SANS, s)
        c.drawString(margin, 0.4 * inch, footer)
        c.setFont(SANS, 7.5)
        c.drawRightString(letter[0] - margin, 0.4 * inch, f"Page {c.getPageNumber()}")
        c.restoreState()

    story: list = [
        _p(site.upper(), ParagraphStyle("site", parent=st["small"], fontName=SANS_BOLD,
                                        textColor=NAVY)),
        Spacer(1, 2),
        Paragraph("Training Hours Transcript", st["title"]),
        Spacer(1, 4),
        _p(name, ParagraphStyle("name", parent=st["body"], fontName=SERIF_BOLD, fontSize=14,
                                leading=18)),
        _p(f"Generated {_date(d.generated_on)}", st["small"]),
        Spacer(1, 6),
    ]

    story.append(Paragraph("Courses", st["h2"]))
    if not d.courses:
        story.append(Paragraph("No course activity recorded yet.", st["body"]))
    half = (width - 12) / 2
    for course in d.courses:
        head = _clean(course.title)
        if _clean(course.code):
            head = f"{head} ({_clean(course.code)})"
        status = _clean(course.status)
        if course.completed_on:
            status = f"{status} on {_date(course.completed_on)}"
        summary = _table(
            ["Status", "Hours earned", "Hours required"],
            [[status, hours(course.total_minutes), hours(course.required_minutes)]],
            [width - 200, 100, 100],
            st,
            numeric_cols=(1, 2),
        )
        parts = [Spacer(1, 4), _p(head, st["h3"]), summary, Spacer(1, 5)]
        domains = _hours_table("Domain", course.domains, st, half) if course.domains else None
        modes = (
            _hours_table("Delivery mode", course.delivery_modes, st, half)
            if course.delivery_modes else None
        )
        if domains or modes:
            side = Table(
                [[domains or "", modes or ""]], colWidths=[half + 12, half], hAlign="LEFT",
                style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]),
            )
            parts.append(side)
        story.append(KeepTogether(parts))

    story.append(Paragraph("Hours by domain, all courses", st["h2"]))
    if d.domain_totals:
        total = sum(m for _, m in d.domain_totals)
        story.append(_hours_table("Domain", d.domain_totals, st, min(width, 360), total=total))
    else:
        story.append(Paragraph("No hours recorded yet.", st["body"]))

    if d.other_hours:
        story.append(Paragraph("Other hours", st["h2"]))
        story.append(_hours_table("Kind", d.other_hours, st, min(width, 360)))

    story.append(Paragraph("Certificates", st["h2"]))
    if d.certificates:
        rows = [
            [
                _p(cert.number, st["cell"]),
                _p(cert.course_title, st["cell"]),
                _p(_date(cert.issued_on), st["cell"]),
                _p(cert.status, st["cell"]),
                _p(cert.verification_url.strip(), st["url"]),
            ]
            for cert in d.certificates
        ]
        story.append(
            _table(["Number", "Course", "Issued", "Status", "Verify at"], rows,
                   [124, 120, 80, 52, width - 376], st)
        )
    else:
        story.append(Paragraph("No certificates issued yet.", st["body"]))

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()

