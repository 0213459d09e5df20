"""PDF rendering for certificates and hours transcripts: plain data in, PDF bytes out.

This module is the ReportLab layer only. It knows nothing about Django, the database or
storage: callers (the certificate issuing service / Celery task, the transcript download view)
gather the facts, freeze them into :class:`CertificateData` or :class:`TranscriptData`, and
call :func:`render_certificate` or :func:`render_transcript` (the board packet of
``packet.py``: :func:`packet.render_packet`). What they do with the bytes
(store them, hash them, mail them) is their business. Everything here is importable and
testable without Django settings or a database. The words the documents print (headings,
labels, dates) are looked up at render time in the caller's active Django language when Django
is running (``base.gettext``, ``base._date``), and printed in English otherwise.

What a certificate shows (what credential boards ask for): program site name and logo,
"Certificate of Completion", the participant's name, the exact course title and code, total
contact hours and hours by domain, completion and issue dates, delivery mode(s) with hours,
provider organisation and approval/provider number, each board's approval ("Approved by <board>:
<number>") with up to four of the boards' badges, the signatory's name, title and signature,
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

from .base import (
    QR_LEVEL,
    SANS,
    SANS_BOLD,
    SERIF_BOLD,
    SERIF_ITALIC,
    CertificateData,
    TranscriptCertificate,
    TranscriptCourse,
    TranscriptData,
    _binary_streams,
    _draw_qr,
    ensure_fonts,
    _fit,
    _qr_path_ops,
    _width,
    hours,
    qr_matrix,
)
from .certificate import CERT_PAGE, render_certificate
from .transcript import render_transcript

__all__ = [
    "CertificateData",
    "TranscriptCertificate",
    "TranscriptCourse",
    "TranscriptData",
    "hours",
    "qr_matrix",
    "render_certificate",
    "render_transcript",
    # Helpers the benchmark and tests use directly.
    "CERT_PAGE", "QR_LEVEL", "SANS", "SANS_BOLD", "SERIF_BOLD", "SERIF_ITALIC",
    "_binary_streams", "_draw_qr", "ensure_fonts", "_fit", "_qr_path_ops", "_width",
]
