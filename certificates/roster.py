"""The CE roster: the completions (issued certificates) of a date range, as a board or an
employer asks a training provider for them, in CSV and in XLSX.

A row is one issued certificate whose completion date falls in the range: the name as printed
(the trainee's legal name, frozen on the certificate), the credential number(s) the trainee holds,
the course, its hours, the completion date, the provider number and the certificate number.
Superseded and revoked certificates are left out, so a reissued certificate counts once (its
current version). The caller passes the certificates the viewer may see
(``selectors.managed_certificates``); the rows are read in two queries whatever their number.

Both files neutralise spreadsheet formulas (``csv_safe``: a text cell starting with ``=``, ``+``,
``-``, ``@``, TAB or CR gets a leading apostrophe), and the board packet's CSV
(``readiness.packet``) uses the same helper.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.apps import apps
from django.utils.translation import gettext as _

from courses.display import csv_safe, hours_text
from programs.audit import audit_record

from .models import Certificate

@dataclass(frozen=True)
class RosterRow:
    name: str
    credential_numbers: str
    course: str
    minutes: int
    completed_on: date
    provider_number: str
    certificate_number: str
    program: str

    @property
    def hours(self) -> str:
        return hours_text(self.minutes)


def _credential_numbers(user_ids) -> dict[int, str]:
    """The credential numbers each trainee holds, e.g. "CRPA-1042 (NY CRPA)", joined by "; " (one query).

    Held credentials belong to the readiness app, which sits above certificates: the model is
    looked up by name, so this module does not import it.
    """
    held_credential = apps.get_model("readiness", "HeldCredential")
    numbers: dict[int, list[str]] = {}
    for user_id, number, framework in (
        held_credential.objects.filter(user_id__in=sorted(set(user_ids)))
        .order_by("user_id", "expires_on", "pk")
        .values_list("user_id", "number", "framework__name")
    ):
        numbers.setdefault(user_id, []).append(f"{number} ({framework})")
    return {user_id: "; ".join(items) for user_id, items in numbers.items()}


def roster_rows(*, certificates, start: date, end: date, site_id: int | None = None) -> list[RosterRow]:
    """Issued certificates among ``certificates`` completed from ``start`` to ``end`` (both
    included), of site ``site_id`` if given, by completion date then name (two queries)."""
    query = certificates.filter(status=Certificate.Status.ISSUED, completed_on__gte=start, completed_on__lte=end)
    if site_id is not None:
        query = query.filter(site_id=site_id)
    found = list(
        query.order_by("completed_on", "name_on_certificate", "pk").values(
            "name_on_certificate", "enrollment__user_id", "course_title", "total_minutes", "completed_on",
            "provider_number", "number", "site_name",
        )
    )
    numbers = _credential_numbers(row["enrollment__user_id"] for row in found) if found else {}
    return [
        RosterRow(
            name=row["name_on_certificate"],
            credential_numbers=numbers.get(row["enrollment__user_id"], ""),
            course=row["course_title"],
            minutes=row["total_minutes"],
            completed_on=row["completed_on"],
            provider_number=row["provider_number"],
            certificate_number=row["number"],
            program=row["site_name"],
        )
        for row in found
    ]


def roster_header() -> list[str]:
    """The column headings, in the active language."""
    # Translators: column headings of the CE roster (CSV and Excel) a site admin downloads.
    return [_("Name"), _("Credential number"), _("Course"), _("Hours"), _("Completion date"), _("Provider number"),
            _("Certificate number"), _("Program")]


def roster_csv(rows: list[RosterRow]) -> str:
    """The roster as CSV text (the view sends it as UTF-8 with a byte order mark, for Excel)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([csv_safe(cell) for cell in roster_header()])
    for row in rows:
        writer.writerow([
            csv_safe(cell)
            for cell in (row.name, row.credential_numbers, row.course, row.hours, row.completed_on.isoformat(),
                         row.provider_number, row.certificate_number, row.program)
        ])
    return buffer.getvalue()


def roster_xlsx(rows: list[RosterRow], *, title: str) -> bytes:
    """The roster as an Excel workbook: one sheet, hours as numbers, dates as dates."""
    from openpyxl import Workbook  # imported when a workbook is asked for: it is slow to import
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_sheet_title(title))
    for column, width in zip("ABCDEFGH", (28, 28, 40, 8, 14, 22, 22, 24)):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for text in roster_header():
        cell = WriteOnlyCell(sheet, value=csv_safe(text))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        completed = WriteOnlyCell(sheet, value=row.completed_on)
        completed.number_format = "yyyy-mm-dd"
        hours = WriteOnlyCell(sheet, value=Decimal(row.hours))
        hours.number_format = "0.0"
        sheet.append([
            csv_safe(row.name), csv_safe(row.credential_numbers), csv_safe(row.course), hours, completed,
            csv_safe(row.provider_number), csv_safe(row.certificate_number), csv_safe(row.program),
        ])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_title(title: str) -> str:
    """A valid worksheet name: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = "".join(" " if char in "[]:*?/\\" else char for char in title).strip()
    return cleaned[:31] or "Roster"


def roster_export_record(*, user, start: date, end: date, site_id: int | None, kind: str, rows: int) -> None:
    """Audit a roster download: who took which completions, when (``programs.audit``)."""
    audit_record(
        action="export.roster",
        target=f"CE roster {start.isoformat()} to {end.isoformat()} ({rows} completions, {kind})",
        actor=user,
        site=site_id,
        details={"start": start.isoformat(), "end": end.isoformat(), "format": kind, "rows": rows},
    )
