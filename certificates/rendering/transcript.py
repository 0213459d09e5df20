"""The hours transcript: a trainee's courses, hours by domain and certificates (see the package docstring)."""
from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .base import (
    CREATOR,
    GOLD,
    INK,
    MUTED,
    NAVY,
    SANS,
    SANS_BOLD,
    SERIF_BOLD,
    TranscriptData,
    _binary_streams,
    _clean,
    _date,
    document_language,
    ensure_fonts,
    _fit,
    gettext as _,
    hours,
    pgettext,
)


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
        rows.append([_p(_("Total"), st["cell_bold"]), Paragraph(hours(total), num_bold)])
    data = [[_p(label, st["cell_bold"]), _p(_("Hours"), num_bold)], *rows]
    table = Table(data, colWidths=[width - 70, 70], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(_TABLE_STYLE))
    return table


def page_footer(footer: str, *, margin: float, width: float):
    """The ``onPage`` callback of a letter-size document: a gold rule, ``footer`` (shrunk to fit)
    and the page number."""

    def on_page(c: rl_canvas.Canvas, _doc) -> None:
        c.saveState()
        c.setStrokeColor(GOLD)
        c.setLineWidth(0.6)
        c.line(margin, 0.55 * inch, letter[0] - margin, 0.55 * inch)
        c.setFillColor(MUTED)
        size, _lines = _fit(footer, SANS, 7.5, width - 60, min_size=4)
        c.setFont(SANS, size)
        c.drawString(margin, 0.4 * inch, footer)
        c.setFont(SANS, 7.5)
        c.drawRightString(letter[0] - margin, 0.4 * inch, _("Page %(number)s") % {"number": c.getPageNumber()})
        c.restoreState()

    return on_page


def render_transcript(data: TranscriptData) -> bytes:
    """Portrait US Letter hours transcript (may span pages). Deterministic."""
    ensure_fonts()
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
        title=_("Training hours transcript — %(name)s") % {"name": name},
        author=site,
        subject=_("Training hours transcript"),
        creator=CREATOR,
        producer=CREATOR,
        invariant=1,
        initialFontName=SANS,
        lang=document_language(),
    )
    width = doc.width

    on_page = page_footer(
        _("%(name)s · %(site)s · generated %(date)s") % {"name": name, "site": site, "date": _date(d.generated_on)},
        margin=margin, width=width,
    )

    story: list = [
        _p(site.upper(), ParagraphStyle("site", parent=st["small"], fontName=SANS_BOLD,
                                        textColor=NAVY)),
        Spacer(1, 2),
        _p(_("Training Hours Transcript"), st["title"]),
        Spacer(1, 4),
        _p(name, ParagraphStyle("name", parent=st["body"], fontName=SERIF_BOLD, fontSize=14,
                                leading=18)),
        _p(_("Generated %(date)s") % {"date": _date(d.generated_on)}, st["small"]),
        Spacer(1, 6),
    ]

    story.append(_p(_("Courses"), st["h2"]))
    if not d.courses:
        story.append(_p(_("No course activity recorded yet."), st["body"]))
    half = (width - 12) / 2
    for course in d.courses:
        head = _clean(course.title)
        if _clean(course.code):
            head = f"{head} ({_clean(course.code)})"
        status = _clean(course.status)
        if course.completed_on:
            # Translators: a course's status in the hours transcript, e.g. "Completed on November 20, 2026".
            status = _("%(status)s on %(date)s") % {"status": status, "date": _date(course.completed_on)}
        summary = _table(
            [_("Status"), _("Hours earned"), _("Hours required")],
            [[status, hours(course.total_minutes), hours(course.required_minutes)]],
            [width - 200, 100, 100],
            st,
            numeric_cols=(1, 2),
        )
        parts = [Spacer(1, 4), _p(head, st["h3"]), summary, Spacer(1, 5)]
        domains = _hours_table(_("Domain"), course.domains, st, half) if course.domains else None
        modes = (
            _hours_table(_("Delivery mode"), course.delivery_modes, st, half)
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

    story.append(_p(_("Hours by domain, all courses"), st["h2"]))
    if d.domain_totals:
        total = sum(m for _name, m in d.domain_totals)
        story.append(_hours_table(_("Domain"), d.domain_totals, st, min(width, 360), total=total))
    else:
        story.append(_p(_("No hours recorded yet."), st["body"]))

    if d.other_hours:
        story.append(_p(_("Other hours"), st["h2"]))
        # Translators: column heading of the transcript's other hours (e.g. supervision, practice).
        story.append(_hours_table(pgettext("kind of hours", "Kind"), d.other_hours, st, min(width, 360)))

    story.append(_p(_("Certificates"), st["h2"]))
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
            _table([_("Number"), _("Course"), _("Issued"), _("Status"), _("Verify at")], rows,
                   [124, 120, 80, 52, width - 376], st)
        )
    else:
        story.append(_p(_("No certificates issued yet."), st["body"]))

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()

