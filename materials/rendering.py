"""The facilitator guide and the participant workbook as PDFs: plain data in, PDF bytes out.

ReportLab only (no Django): ``materials.selectors`` gathers the data. Text is always escaped
before it reaches a ``Paragraph``, so nothing an editor types is read as markup. The fonts are
the certificates' embedded DejaVu faces, so accents and non-Latin names print. The words that are
not course content (headings, labels, the footer) are printed in the caller's active language,
looked up at render time (``certificates.rendering.base.gettext``).
"""
from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from certificates.rendering.base import (
    CREATOR,
    INK,
    MUTED,
    NAVY,
    SANS,
    SANS_BOLD,
    SERIF_BOLD,
    document_language,
    ensure_fonts,
)
from certificates.rendering.base import gettext as _
from certificates.rendering.base import ngettext, pgettext

from .selectors import GuideData, Handout, WorkbookData

LINED_ANSWER_LINES = 6


def _styles() -> dict[str, ParagraphStyle]:
    ensure_fonts()  # before any Paragraph is made with them
    body = ParagraphStyle("body", fontName=SANS, fontSize=10.5, leading=14.5, textColor=INK, alignment=TA_LEFT, spaceAfter=6)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=12, textColor=MUTED),
        "label": ParagraphStyle("label", parent=body, fontName=SANS_BOLD, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=SERIF_BOLD, fontSize=22, leading=27, textColor=NAVY, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName=SERIF_BOLD, fontSize=17, leading=21, textColor=NAVY, spaceBefore=6, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName=SERIF_BOLD, fontSize=13.5, leading=17, textColor=NAVY, spaceBefore=10, spaceAfter=5),
        "h3": ParagraphStyle("h3", parent=body, fontName=SANS_BOLD, fontSize=11, leading=14, spaceBefore=6, spaceAfter=3),
        "box": ParagraphStyle("box", parent=body, fontSize=10, leading=13.5, spaceAfter=3),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of literal text (escaped; line breaks kept)."""
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def _bullets(items, style, *, numbered=False) -> ListFlowable:
    return ListFlowable(
        [ListItem(_p(item, style), leftIndent=14) for item in items],
        bulletType="1" if numbered else "bullet", start=None if numbered else "•", bulletFormat="%s." if numbered else None,
        leftIndent=14, bulletFontName=SANS,
        bulletFontSize=style.fontSize,
    )


def _box(flowables, *, background="#eef3f8") -> Table:
    table = Table([[flowables]], colWidths=[6.5 * inch])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("BOX", (0, 0), (-1, -1), 0.5, "#9fb3c8"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _answer_lines(lines: int = LINED_ANSWER_LINES) -> Table:
    table = Table([[""]] * lines, colWidths=[6.5 * inch], rowHeights=[0.32 * inch] * lines)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, "#9aa5b1")]))
    return table


def _plain_text(text: str, s) -> list:
    """Handout text: paragraphs split by blank lines; lines starting with "- " become a list."""
    out = []
    for chunk in (part.strip() for part in str(text).split("\n\n")):
        if not chunk:
            continue
        lines = chunk.splitlines()
        if all(line.lstrip().startswith("- ") for line in lines):
            out.append(_bullets([line.lstrip()[2:] for line in lines], s["body"]))
        else:
            out.append(_p(chunk, s["body"]))
    return out


def _handouts(handouts: tuple[Handout, ...], s, heading: str) -> list:
    out = []
    for handout in handouts:
        out += [PageBreak(), _p(heading, s["small"]), _p(handout.title, s["h1"]), *_plain_text(handout.text, s)]
    return out


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _minutes(minutes: int) -> str:
    # Translators: a duration in minutes, abbreviated, e.g. "15 min".
    return _("%(minutes)s min") % {"minutes": minutes}


def _minutes_of(name: str, minutes: int) -> str:
    # Translators: minutes credited to a competency domain, e.g. "Advocacy 30 min".
    return _("%(domain)s %(minutes)s min") % {"domain": name, "minutes": minutes}


def _module_heading(number: int, title: str) -> str:
    return _("Module %(number)s. %(title)s") % {"number": number, "title": title}


def _handout_heading(number: int, title: str) -> str:
    return _("Handout · Module %(number)s. %(title)s") % {"number": number, "title": title}


def _build(story, *, title: str, footer: str, subject: str) -> bytes:
    buffer = io.BytesIO()

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(doc.leftMargin, 0.5 * inch, footer[:120])
        canvas.drawRightString(letter[0] - doc.rightMargin, 0.5 * inch, _("Page %(number)s") % {"number": doc.page})
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer, pagesize=letter, leftMargin=inch, rightMargin=inch, topMargin=0.9 * inch, bottomMargin=0.9 * inch,
        title=title, author=footer, subject=subject, creator=CREATOR, invariant=1, lang=document_language(),
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def render_guide(data: GuideData) -> bytes:
    """A module's facilitator guide: objectives, the timed agenda, each segment in full, handouts."""
    s = _styles()
    hours = ", ".join(_minutes_of(name, minutes) for name, minutes in data.domain_split)
    live = ngettext(
        "Live session of %(minutes)s minute (breaks not included). Credits: %(credits)s.",
        "Live session of %(minutes)s minutes (breaks not included). Credits: %(credits)s.",
        data.live_minutes,
    ) % {"minutes": data.live_minutes, "credits": hours}
    story = [
        _p(f"{data.site_name} · {data.course_title} ({data.course_code})", s["small"]),
        _p(_("Facilitator guide: Module %(number)s. %(title)s") % {"number": data.module_number, "title": data.module_title},
           s["title"]),
        _p(live, s["body"]),
    ]
    if data.module_intro:
        story.append(_p(data.module_intro, s["body"]))
    if data.objectives:
        story += [_p(_("Objectives"), s["h2"]), _bullets(data.objectives, s["body"])]
    if data.segments:
        rows = [[
            _p(pgettext("agenda column: when a segment starts", "Time"), s["label"]),
            _p(pgettext("agenda column", "Segment"), s["label"]),
            _p(pgettext("agenda column: teaching method", "Method"), s["label"]),
            _p(pgettext("agenda column: minutes, abbreviated", "Min"), s["label"]),
        ]]
        rows += [
            [_p(_clock(seg.starts_at), s["cell"]), _p(seg.title, s["cell"]), _p(seg.method, s["cell"]), _p(str(seg.minutes), s["cell"])]
            for seg in data.segments
        ]
        table = Table(rows, colWidths=[0.6 * inch, 3.7 * inch, 1.6 * inch, 0.6 * inch], repeatRows=1)
        table.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY), ("LINEBELOW", (0, 1), (-1, -1), 0.3, "#c8d1da"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story += [_p(_("Agenda"), s["h2"]), table]
    for number, seg in enumerate(data.segments, start=1):
        part = [
            _p(f"{number}. {seg.title}", s["h2"]),
            _p(f"{_clock(seg.starts_at)} · {_minutes(seg.minutes)} · {seg.method} · {seg.domain}", s["small"]),
            *_plain_text(seg.description, s),
        ]
        if seg.roles:
            part += [_p(pgettext("role-play roles", "Roles"), s["h3"]), _bullets(seg.roles, s["body"])]
        if seg.script:
            part += [_p(pgettext("what the facilitator says", "Script"), s["h3"]), _box(_plain_text(seg.script, s))]
        if seg.observer_checklist:
            part += [_p(_("Observer checklist"), s["h3"]),
                     _bullets([f"☐ {item}" for item in seg.observer_checklist], s["body"])]
        if seg.questions:
            part += [_p(_("Questions"), s["h3"]), _bullets(seg.questions, s["body"], numbered=True)]
        if seg.materials:
            part += [_p(_("Materials"), s["h3"]), _bullets(seg.materials, s["body"])]
        story.append(KeepTogether(part[:3]))
        story += part[3:]
    if data.lessons:
        story += [_p(_("Lessons this session covers"), s["h2"]),
                  _p(_("Full attendance completes these online lessons for each participant."), s["small"]),
                  _bullets(data.lessons, s["body"])]
    story += _handouts(data.handouts, s, _handout_heading(data.module_number, data.module_title))
    return _build(
        story,
        title=_("Facilitator guide: %(title)s") % {"title": data.module_title},
        subject=_("Facilitator guide"),
        footer=_("%(site)s · %(course)s · Facilitator guide") % {"site": data.site_name, "course": data.course_title},
    )


def _lesson_story(lesson, s) -> list:
    story = [_p(lesson.title, s["h2"])]
    for kind, value in lesson.blocks:
        if kind in ("h2", "h3"):
            story.append(_p(value, s["h3"]))
        elif kind == "p":
            story.append(_p(value, s["body"]))
        elif kind in ("ul", "ol"):
            story.append(_bullets(value, s["body"], numbered=kind == "ol"))
        elif kind == "callout":
            title, text = value
            story.append(_box([_p(title, s["label"]), _p(text, s["box"])]))
            story.append(Spacer(1, 6))
        elif kind == "reflection":
            story.append(KeepTogether([_p(_("Reflection"), s["h3"]), _p(value, s["body"]), _answer_lines()]))
        elif kind == "scenario":
            title, situation, question, choices = value
            story.append(KeepTogether([
                _p(_("Scenario: %(title)s") % {"title": title}, s["h3"]), _p(situation, s["body"]), _p(question, s["label"]),
                _bullets([f"☐ {choice}" for choice in choices], s["body"]),
                _p(_("Talk through your choice with your facilitator or group, or do the scenario online for feedback."),
                   s["small"]),
            ]))
        elif kind == "self_check":
            part = [_p(_("Check yourself"), s["h3"])]
            for prompt, choices in value:
                part += [_p(prompt, s["body"]), _bullets([f"☐ {choice}" for choice in choices], s["body"])]
            story.append(KeepTogether(part))
    return story


def render_workbook(data: WorkbookData) -> bytes:
    """A course's participant workbook: every lesson's text, its activities with room to write, and
    the handouts of each module."""
    s = _styles()
    title = _("%(course)s: participant workbook") % {"course": data.course_title}
    story = [
        _p(data.site_name, s["small"]),
        _p(title, s["title"]),
        _p(
            _(
                "%(code)s · %(hours)s contact hours. This workbook holds the lessons of the course, their "
                "reflections and scenarios with room to write, and the handouts used in live sessions. Reading it "
                "does not record hours: hours are credited online or by your facilitator for live sessions."
            ) % {"code": data.course_code, "hours": f"{data.required_minutes / 60:.1f}"},
            s["body"],
        ),
        _p(_("Contents"), s["h2"]),
        _bullets([_module_heading(m.number, m.title) for m in data.modules], s["body"]),
    ]
    for module in data.modules:
        story += [PageBreak(), _p(_("Module %(number)s") % {"number": module.number}, s["small"]), _p(module.title, s["h1"])]
        if module.intro:
            story.append(_p(module.intro, s["body"]))
        for lesson in module.lessons:
            story += _lesson_story(lesson, s)
        story += _handouts(module.handouts, s, _handout_heading(module.number, module.title))
    return _build(
        story,
        title=title,
        subject=_("Participant workbook"),
        footer=_("%(site)s · %(course)s · Participant workbook") % {"site": data.site_name, "course": data.course_title},
    )
