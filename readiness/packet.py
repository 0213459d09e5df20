"""The board packet of a trainee and a credential framework: the facts their board application
asks for, as a PDF (``certificates.rendering.packet``) and as a CSV.

``packet_data`` gathers them once, so the two files never disagree:

- the trainee's legal name (``courses.selectors.legal_name``);
- the framework: board, credential, version, effective date and the board's source document;
- the training, experience and supervision hours against each requirement, exactly as the
  readiness page computes them (``selectors.readiness``, with the same record scope);
- every issued certificate: course, provider, the provider's approval number from this board
  (the approvals frozen on the certificate, else the site's current ``BoardApproval`` for the
  board, else the certificate's provider number), completion date, hours, certificate number and
  verification address;
- the supervised practice and supervision hours, from the ledger rows the supervision app writes
  when a supervisor approves a practice entry or records a session: each row names the supervisor
  who signed it off (``approved_by``) and was written when they did (``created_at``). Readiness
  reads them there because it may not import the supervision app (see the import contracts), and
  because those rows are what the readiness figures count.

A supervisor or site admin who may see the trainee's readiness gets the packet of what their
``RecordScope`` allows, like the page. A fixed number of queries, whatever the number of rows.
"""
from __future__ import annotations

import csv
import io

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from certificates.models import Certificate
from certificates.rendering.packet import PacketActivity, PacketCourse, PacketData, PacketHours, render_packet
from certificates.selectors import verification_url
from courses.display import csv_safe, hours_text
from courses.models import HourEntry
from courses.selectors import legal_name, legal_names
from programs.models import BoardApproval

from .models import CredentialFramework
from .selectors import readiness

__all__ = ["packet_csv", "packet_data", "packet_pdf"]

SIGNED_OFF_SOURCES = (HourEntry.Source.PRACTICE, HourEntry.Source.SUPERVISION)


def _approval_number(certificate: Certificate, family: str, current: dict[int, str]) -> str:
    """The provider's number from the board of ``family`` for ``certificate``: as the certificate
    froze it, else the site's current approval, else the provider number it states."""
    for row in certificate.approvals or ():
        if len(row) > 3 and row[3] == family and row[1]:
            return row[1]
    return current.get(certificate.site_id) or certificate.provider_number


def _courses(user, family: str, records: Q) -> tuple[PacketCourse, ...]:
    """The trainee's issued certificates (two queries: certificates, the sites' current approvals)."""
    certificates = list(
        Certificate.objects.filter(records, enrollment__user=user, status=Certificate.Status.ISSUED)
        .select_related("site")
        .order_by("completed_on", "pk")
    )
    if not certificates:
        return ()
    current = dict(
        BoardApproval.objects.for_sites(sorted({c.site_id for c in certificates}))
        .filter(board=family)
        .values_list("program__site_id", "approval_number")
    )
    return tuple(
        PacketCourse(
            course_title=certificate.course_title,
            provider_name=certificate.provider_name or certificate.site_name,
            approval_number=_approval_number(certificate, family, current),
            completed_on=certificate.completed_on,
            minutes=certificate.total_minutes,
            certificate_number=certificate.number,
            verification_url=verification_url(certificate),
        )
        for certificate in certificates
    )


def _activities(user, records: Q) -> tuple[PacketActivity, ...]:
    """Signed-off practice and supervision rows of the ledger, oldest first (two queries: the rows
    with their supervisors, and the supervisors' legal names)."""
    entries = list(
        HourEntry.objects.filter(records, user=user, source__in=SIGNED_OFF_SOURCES)
        .select_related("approved_by")
        .order_by("occurred_at", "pk")
    )
    supervisors = legal_names({entry.approved_by for entry in entries if entry.approved_by is not None})
    return tuple(
        PacketActivity(
            kind=entry.get_source_display(),
            on=timezone.localdate(entry.occurred_at),
            minutes=entry.minutes,
            description=entry.description,
            supervisor=supervisors.get(entry.approved_by_id, ""),
            signed_off=timezone.localdate(entry.created_at) if entry.approved_by_id else None,
        )
        for entry in entries
    )


def packet_data(*, user, framework: CredentialFramework, scope=None) -> PacketData:
    """Everything the packet states for ``user`` and ``framework`` (what ``scope`` allows, if given),
    in the active language."""
    records = scope.q("site") if scope is not None else Q()
    result = readiness(user=user, framework=framework, scope=scope)
    return PacketData(
        trainee_name=legal_name(user),
        generated_on=timezone.localdate(),
        framework_name=framework.name,
        board=framework.board,
        credential=framework.credential,
        version=framework.version,
        effective_from=framework.effective_from,
        source_title=framework.source_title,
        source_url=framework.source_url,
        summary=result.summary,
        hours=tuple(
            PacketHours(
                label=line.label, detail=line.detail, earned=line.earned, required=line.required, missing=line.missing
            )
            for line in result.lines
        ),
        training_minutes=result.training.earned,
        in_person_minutes=result.in_person_minutes,
        courses=_courses(user, framework.family or framework.slug, records),
        activities=_activities(user, records),
    )


def packet_pdf(data: PacketData) -> bytes:
    return render_packet(data)


def _date(day) -> str:
    return day.isoformat() if day else ""


def packet_csv(data: PacketData) -> str:
    """The packet as CSV text in sections, each with its own heading line; every cell is safe from
    spreadsheet formulas (``csv_safe``). Hours with one decimal, dates as YYYY-MM-DD."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def write(*cells):
        writer.writerow([csv_safe(str(cell)) for cell in cells])

    write(_("Board application packet"))
    write(_("Name"), data.trainee_name)
    write(_("Credential"), data.framework_name)
    write(_("Board"), data.board)
    write(_("Credential name"), data.credential)
    write(_("Version"), data.version)
    write(_("In effect from"), _date(data.effective_from))
    write(_("Source"), data.source_title)
    write(_("Source address"), data.source_url)
    write(_("Generated"), _date(data.generated_on))
    write(_("Status"), data.summary)
    write()
    write(_("Hours by requirement"))
    write(_("Requirement"), _("What counts"), _("Hours earned"), _("Hours required"), _("Status"))
    for line in data.hours:
        status = pgettext("credential requirement", "Met") if line.met else _("Missing %(hours)s h") % {
            "hours": hours_text(line.missing)
        }
        write(line.label, line.detail, hours_text(line.earned), hours_text(line.required), status)
    write(_("Face-to-face training hours"), "", hours_text(data.in_person_minutes))
    write()
    write(_("Courses and certificates"))
    write(_("Course"), _("Provider"), _("Approval number"), _("Completion date"), _("Hours"), _("Certificate number"),
          _("Verification link"))
    for course in data.courses:
        write(course.course_title, course.provider_name, course.approval_number, _date(course.completed_on),
              hours_text(course.minutes), course.certificate_number, course.verification_url)
    write()
    write(_("Supervised practice and supervision"))
    write(_("Kind"), _("Date"), _("Hours"), _("Description"), _("Signed off by"), _("Signed off on"))
    for activity in data.activities:
        write(activity.kind, _date(activity.on), hours_text(activity.minutes), activity.description,
              activity.supervisor, _date(activity.signed_off))
    return buffer.getvalue()
