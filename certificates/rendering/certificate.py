"""The certificate: one landscape US Letter page (see the package docstring)."""
from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas as rl_canvas

from .base import (
    CREATOR,
    CertificateData,
    GOLD,
    INK,
    MUTED,
    NAVY,
    SANS,
    SERIF_BOLD,
    SERIF_ITALIC,
    _binary_streams,
    _clean,
    _date,
    _draw_image_fit,
    _draw_qr,
    _prepared_image,
    ensure_fonts,
    _fit,
    _width,
    document_language,
    gettext as _,
    hours,
    ngettext,
)


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


def _domain_items(pairs: tuple[tuple[str, int], ...]) -> list[str]:
    # Translators: one item of the certificate's hours by domain (or delivery mode), e.g. "Advocacy 3.7 h".
    return [_("%(name)s %(hours)s h") % {"name": _clean(name), "hours": hours(minutes)} for name, minutes in pairs]


def _middle_block(d: CertificateData, width: float, scale: float) -> list[_Line]:
    """The centred column from the heading down to the hours, at a given scale."""

    def fit(text, font, size, min_size, max_lines=1, single_min=None, items=None, sep=" "):
        return _fit(text, font, size * scale, width, min_size=min_size * scale,
                    max_lines=max_lines, single_min=single_min and single_min * scale,
                    items=items, sep=sep)

    out: list[_Line] = []
    size, lines = fit(_("Certificate of Completion"), SERIF_BOLD, 36, 20)
    out.append(_Line(lines, SERIF_BOLD, size, NAVY, 0))
    size = 13 * scale
    out.append(_Line([_("This certifies that")], SERIF_ITALIC, size, MUTED, 12 * scale))
    name = _clean(d.trainee_name)
    size, lines = fit(name, SERIF_BOLD, 32, 16, max_lines=2, single_min=22)
    out.append(_Line(lines, SERIF_BOLD, size, INK, 8 * scale, leading=1.15, rule_after=True))
    out.append(_Line([_("has successfully completed")], SERIF_ITALIC, 13 * scale, MUTED, 16 * scale))
    title = _clean(d.course_title)
    size, lines = fit(title, SERIF_BOLD, 21, 11, max_lines=3, single_min=16)
    out.append(_Line(lines, SERIF_BOLD, size, NAVY, 6 * scale, leading=1.2))
    meta = []
    if _clean(d.course_code):
        meta.append(_("Course %(code)s") % {"code": _clean(d.course_code)})
    meta.append(_("Completed %(date)s") % {"date": _date(d.completion_date)})
    meta_text = "   \u00b7   ".join(meta)
    size, lines = fit(meta_text, SANS, 10.5, 7)
    out.append(_Line(lines, SANS, size, INK, 4 * scale))
    out.append(
        _Line([_("%(hours)s contact hours") % {"hours": hours(d.total_minutes)}], SERIF_BOLD, 17 * scale, NAVY, 12 * scale)
    )
    if d.domains:
        items = _domain_items(d.domains)
        label = _("Hours by domain:")
        text = f"{label}  " + "   \u00b7   ".join(items)
        size, lines = fit(text, SANS, 9.5, 6.5, max_lines=4,
                          items=_prefixed(label, items), sep="   \u00b7   ")
        out.append(_Line(lines, SANS, size, INK, 5 * scale, leading=1.35))
    if d.delivery_modes:
        items = _domain_items(d.delivery_modes)
        label = ngettext("Delivery mode:", "Delivery modes:", len(items))
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
    ensure_fonts()
    with _binary_streams():
        return _render_certificate(data)


def _render_certificate(data: CertificateData) -> bytes:
    d = data
    W, H = CERT_PAGE
    buf = io.BytesIO()
    c = rl_canvas.Canvas(
        buf, pagesize=CERT_PAGE, invariant=1, pageCompression=1, initialFontName=SANS, lang=document_language()
    )
    name = _clean(d.trainee_name)
    c.setTitle(_("Certificate of Completion — %(name)s — %(course)s") % {"name": name, "course": _clean(d.course_title)})
    c.setAuthor(_clean(d.provider_name) or _clean(d.site_name))
    c.setSubject(_("Certificate %(number)s") % {"number": _clean(d.certificate_number)})
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
    details = [_Line([_("Provider")], SANS, 8, MUTED, 0)]
    size, lines = _fit(_clean(d.provider_name), SERIF_BOLD, 11.5, pw, min_size=7, max_lines=2)
    details.append(_Line(lines, SERIF_BOLD, size, INK, 1, leading=1.2))
    if _clean(d.provider_number):
        text = _("Provider / approval no. %(number)s") % {"number": _clean(d.provider_number)}
        size, lines = _fit(text, SANS, 8.5, pw,
                           min_size=6, max_lines=2, single_min=7.5)
        details.append(_Line(lines, SANS, size, INK, 1, leading=1.3))
    for board, approval_number in d.approvals:
        # Translators: a line of the certificate, e.g. "Approved by NY OASAS: CRPA-0042".
        text = _("Approved by %(board)s: %(number)s") % {"board": _clean(board), "number": _clean(approval_number)}
        size, lines = _fit(text, SANS, 8.5, pw, min_size=6, max_lines=2, single_min=7.5)
        details.append(_Line(lines, SANS, size, INK, 1, leading=1.3))
    details.append(_Line([_("Issued %(date)s") % {"date": _date(d.issued_date)}], SANS, 9, INK, 4, leading=1.3))
    number = _("Certificate no. %(number)s") % {"number": _clean(d.certificate_number)}
    size, lines = _fit(number, SERIF_BOLD, 9.5, pw, min_size=5)
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

    # Between the details and the QR code: the boards' approval badges.
    _draw_badges(c, d.approval_badges, left=pcx + pw / 2 + 16, right=qr_x - 14, bottom=qr_y, top=qr_y + qr_size)
    _centred_fit(c, _("Scan to verify"), SANS, 7.5, qr_size, qr_x + qr_size / 2, qr_y - 2, MUTED)

    # Footer: the verification URL in full, as text.
    _centred_fit(c, _("Verify this certificate at %(url)s") % {"url": url}, SANS, 8.5, inner_w, cx, 38, INK,
                 min_size=3)

    c.showPage()
    c.save()
    return buf.getvalue()


MAX_BADGES = 4  # two rows of two; more would be too small to read


def _draw_badges(c: rl_canvas.Canvas, badges: tuple[bytes, ...], *, left: float, right: float, bottom: float,
                 top: float) -> None:
    """Up to ``MAX_BADGES`` badge images in a grid of at most two columns inside the box, each
    fitted to its cell and centred in it; rows fill from the top."""
    badges = badges[:MAX_BADGES]
    if not badges:
        return
    gap = 6.0
    cols = min(len(badges), 2)
    rows = (len(badges) + 1) // 2
    cell_w = (right - left - gap * (cols - 1)) / cols
    cell_h = min(56.0, (top - bottom - gap * (rows - 1)) / rows)
    row_top = (bottom + top) / 2 + (rows * cell_h + (rows - 1) * gap) / 2  # the grid centred in the box
    for index, data in enumerate(badges):
        row, col = divmod(index, cols)
        cell_bottom = row_top - (row + 1) * cell_h - row * gap
        # A last row with one badge centres it under the two above.
        count = min(cols, len(badges) - row * cols)
        cell_cx = (left + right) / 2 + (col - (count - 1) / 2) * (cell_w + gap)
        image = _prepared_image(bytes(data), cell_w, cell_h)  # cached: drawing it below decodes nothing again
        if image is None:
            continue
        height = image.height * min(cell_w / image.width, cell_h / image.height)
        _draw_image_fit(c, data, cell_cx, cell_bottom + (cell_h - height) / 2, cell_w, cell_h)


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
    s, _lines = _fit(text, font, size, width, min_size=min_size)
    c.setFont(font, s)
    c.setFillColor(color)
    c.drawCentredString(x, y, text)


