"""The board packet: what a trainee attaches to a certification board's application (see the
package docstring for the guarantees every document here keeps).

One portrait US Letter document, possibly several pages: the credential applied for (board,
credential, version, the board's source document), the trainee's legal name, their training hours
against each of the board's requirements, every course with its certificate (provider, the
provider's approval number from that board, completion date, hours, certificate number and the
address where the board can verify it), and the supervised practice and supervision hours with
who signed them off and when. The readiness app gathers the facts (``readiness.packet``).
"""
from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .base import (
    CREATOR,
    NAVY,
    SANS,
    SANS_BOLD,
    SERIF_BOLD,
    _binary_streams,
    _clean,
    _date,
    document_language,
    ensure_fonts,
    gettext as _,
    hours,
    pgettext,
)
from .transcript import _TABLE_STYLE, _p, _styles, _table, page_footer


@dataclass(frozen=True)
class PacketHours:
    """One requirement of the board and how far the trainee's hours go toward it (minutes)."""

    label: str
    detail: str
    earned: int
    required: int
    missing: int  # as the readiness page reckons it

    @property
    def met(self) -> bool:
        return self.missing == 0


@dataclass(frozen=True)
class PacketCourse:
    """A completed course, as its certificate states it."""

    course_title: str
    provider_name: str
    approval_number: str  # the provider's number from this board (or its provider number)
    completed_on: datetime.date
    minutes: int
    certificate_number: str
    verification_url: str


@dataclass(frozen=True)
class PacketActivity:
    """Supervised practice or supervision, as the ledger holds it once a supervisor signed it off."""

    kind: str  # e.g. "Practice hours", "Supervision"
    on: datetime.date
    minutes: int
    description: str
    supervisor: str
    signed_off: datetime.date | None


@dataclass(frozen=True)
class PacketData:
    trainee_name: str
    generated_on: datetime.date
    framework_name: str
    board: str
    credential: str
    version: str
    effective_from: datetime.date | None
    source_title: str
    source_url: str
    summary: str  # one sentence: ready, or what is missing
    hours: tuple[PacketHours, ...]
    training_minutes: int
    in_person_minutes: int
    courses: tuple[PacketCourse, ...] = ()
    activities: tuple[PacketActivity, ...] = ()


# The key/value table of the credential's facts: the tables' lines and spacing, without a header row.
_FACTS_STYLE = [style for style in _TABLE_STYLE if style[0] != "BACKGROUND" and style[0:3] != ("LINEBELOW", (0, 0), (-1, 0))]


def render_packet(data: PacketData) -> bytes:
    """Portrait US Letter board packet (may span pages). Deterministic."""
    ensure_fonts()
    with _binary_streams():
        return _render_packet(data)


def _cell(lines: list[tuple[str, ParagraphStyle]]) -> Paragraph:
    """One table cell of several literal lines, each in its own style's font (escaped)."""
    parts = []
    for text, style in lines:
        text = _clean(text)
        if text:
            parts.append(f'<font name="{style.fontName}" size="{style.fontSize}">{escape(text)}</font>')
    return Paragraph("<br/>".join(parts), lines[0][1])


def _status(line: PacketHours) -> str:
    if line.met:
        return pgettext("credential requirement", "Met")
    return _("Missing %(hours)s h") % {"hours": hours(line.missing)}


def _render_packet(d: PacketData) -> bytes:
    st = _styles()
    buf = io.BytesIO()
    margin = 0.75 * inch
    name = _clean(d.trainee_name)
    framework = _clean(d.framework_name)
    doc = SimpleDocTemplate(
        buf, pagesize=letter, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin,
        title=_("Board application packet — %(name)s — %(credential)s") % {"name": name, "credential": framework},
        author=name, subject=_("Board application packet"), creator=CREATOR, producer=CREATOR, invariant=1,
        initialFontName=SANS, lang=document_language(),
    )
    width = doc.width

    on_page = page_footer(
        _("%(name)s · %(credential)s · generated %(date)s") % {
            "name": name, "credential": framework, "date": _date(d.generated_on),
        },
        margin=margin, width=width,
    )

    small = st["small"]
    story: list = [
        _p(_("Board application packet").upper(), ParagraphStyle("kicker", parent=small, fontName=SANS_BOLD, textColor=NAVY)),
        Spacer(1, 2),
        _p(framework, st["title"]),
        Spacer(1, 4),
        _p(name, ParagraphStyle("name", parent=st["body"], fontName=SERIF_BOLD, fontSize=14, leading=18)),
        _p(_("Generated %(date)s") % {"date": _date(d.generated_on)}, small),
        Spacer(1, 6),
    ]

    facts = [
        (_("Board"), d.board, st["cell"]), (_("Credential"), d.credential, st["cell"]),
        (_("Version"), d.version, st["cell"]),
        (_("In effect from"), _date(d.effective_from) if d.effective_from else "", st["cell"]),
        (_("Source"), d.source_title, st["cell"]), (_("Source address"), d.source_url, st["url"]),
    ]
    rows = [[_p(label, st["cell_bold"]), _p(value, style)] for label, value, style in facts if _clean(value)]
    if rows:
        table = Table(rows, colWidths=[110, width - 110], hAlign="LEFT")
        table.setStyle(TableStyle(_FACTS_STYLE))
        story.append(table)

    story.append(_p(_("Hours by requirement"), st["h2"]))
    story.append(_p(d.summary, st["body"]))
    story.append(Spacer(1, 5))
    story.append(_table(
        [_("Requirement"), _("What counts"), _("Earned"), _("Required"), _("Status")],
        [[line.label, line.detail, hours(line.earned), hours(line.required), _status(line)] for line in d.hours],
        [120, width - 340, 60, 60, 100], st, numeric_cols=(2, 3),
    ))
    story.append(Spacer(1, 4))
    story.append(_p(
        _("Face to face: %(in_person)s of %(training)s training hours were taught in person.")
        % {"in_person": hours(d.in_person_minutes), "training": hours(d.training_minutes)},
        small,
    ))

    story.append(_p(_("Courses and certificates"), st["h2"]))
    if d.courses:
        rows = [
            [
                _cell([(course.course_title, st["cell"]), (course.provider_name, small)]),
                _p(course.approval_number or "—", st["cell"]),
                _p(_date(course.completed_on), st["cell"]),
                _p(hours(course.minutes), ParagraphStyle("num", parent=st["cell"], alignment=2)),
                _cell([(course.certificate_number, st["cell"]), (course.verification_url, st["url"])]),
            ]
            for course in d.courses
        ]
        story.append(_table(
            [_("Course and provider"), _("Approval no."), _("Completed"), _("Hours"), _("Certificate and verification")],
            rows, [130, 70, 104, 42, width - 346], st, numeric_cols=(3,),
        ))
    else:
        story.append(_p(_("No certificates issued yet."), st["body"]))

    story.append(_p(_("Supervised practice and supervision"), st["h2"]))
    if d.activities:
        rows = [
            [
                _p(activity.kind, st["cell"]), _p(_date(activity.on), st["cell"]),
                Paragraph(hours(activity.minutes), ParagraphStyle("num", parent=st["cell"], alignment=2)),
                _p(activity.description, st["cell"]),
                _cell([(activity.supervisor or "—", st["cell"]),
                       (_date(activity.signed_off) if activity.signed_off else "", small)]),
            ]
            for activity in d.activities
        ]
        totals: dict[str, int] = {}
        for activity in d.activities:
            totals[activity.kind] = totals.get(activity.kind, 0) + activity.minutes
        story.append(_table(
            [_("Kind"), _("Date"), _("Hours"), _("Description"), _("Signed off by, on")],
            rows, [64, 104, 42, width - 322, 112], st, numeric_cols=(2,),
        ))
        story.append(Spacer(1, 4))
        for kind, minutes in totals.items():
            # Translators: a total under the packet's practice and supervision table, e.g. "Supervision: 25.0 h in total".
            story.append(_p(_("%(kind)s: %(hours)s h in total") % {"kind": kind, "hours": hours(minutes)}, st["body"]))
    else:
        story.append(_p(_("No supervised practice or supervision recorded yet."), st["body"]))

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()
