"""What the certificate and the transcript share: the data callers pass in, fonts, text fitting,
images, binary streams and the QR code (see the package docstring)."""
from __future__ import annotations

import collections
import contextlib
import datetime
import hashlib
import io
import logging
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image as PILImage
from PIL import ImageOps
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

from courses.display import hours_text

logger = logging.getLogger(__name__)

hours = hours_text  # how both documents write hours

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
    approvals: tuple[tuple[str, str], ...] = ()  # (board, approval number), e.g. ("NY OASAS", "CRPA-0042")
    approval_badges: tuple[bytes, ...] = ()  # the boards' approved-provider badges, PNG/JPEG bytes


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
# The words printed: in the caller's active language
# --------------------------------------------------------------------------------------------
#
# The documents are drawn in the language the caller has active (Django's ``translation``), so
# the words are looked up at render time, never at import time. This module never imports Django
# itself: when the caller runs without Django (or before Django is set up), the English text is
# printed as written. The helpers have gettext's names so ``makemessages`` extracts the strings.


def _django(module: str):
    """``django.utils.<module>`` if the caller runs Django with its apps loaded, else None."""
    apps = getattr(sys.modules.get("django.apps"), "apps", None)
    if apps is None or not apps.ready:
        return None
    if module == "translation":
        from django.utils import translation

        return translation
    from django.utils import formats

    return formats


def gettext(message: str) -> str:
    translation = _django("translation")
    return translation.gettext(message) if translation else message


def ngettext(singular: str, plural: str, number: int) -> str:
    translation = _django("translation")
    if translation:
        return translation.ngettext(singular, plural, number)
    return singular if number == 1 else plural


def pgettext(context: str, message: str) -> str:
    translation = _django("translation")
    return translation.pgettext(context, message) if translation else message


def document_language() -> str:
    """The language the document is printed in, for its metadata (the PDF catalog's /Lang)."""
    translation = _django("translation")
    return (translation.get_language() if translation else None) or "en"


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def _date(d: datetime.date) -> str:
    """'November 23, 2026': the active language's DATE_FORMAT under Django (English:
    ``coachtraining/formats/en``, the same text), else English; never the process locale."""
    formats = _django("formats")
    if formats:
        return formats.date_format(d, "DATE_FORMAT")
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

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"

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


def ensure_fonts() -> None:
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


# Colours of both documents
NAVY = colors.HexColor("#1d3557")
GOLD = colors.HexColor("#b08d57")
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#5f6b7a")
