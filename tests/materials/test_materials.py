"""Printed materials: a module's facilitator guide for its site's facilitators and site admins
only; a course's participant workbook for them and the course's trainees."""
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from courses import services
from courses.models import ModulePage
from programs.roles import Role
from tests import factories
from tests.factories import cohorts as fc
from tests.factories import sites as fs
from tests.factories.activities import add_activities

pytestmark = pytest.mark.django_db

SCRIPT = "Ms. Okafor says: my dose wears off by evening & I feel sick <b>every</b> day."


@pytest.fixture
def site(db):
    return fc.default_site()


@pytest.fixture
def module(course):
    module = ModulePage.objects.child_of(course).get()
    return fc.add_guide(
        module, live_minutes=60, objectives=["Describe a dose that wears off"],
        segments=[
            fc.segment("Opening circle", 15, method="discussion", questions=["What brought you here?", "What do you hope for?"]),
            fc.segment("Describing a dose that wears off", 45, method="role_play", roles=["Coach", "Participant"],
                       script=SCRIPT, observer_checklist=["Open question", "No dose advice", "Summary"]),
        ],
        handouts=[("My dose log", "Write down:\n\n- when you dose\n- when you feel sick")],
    )


def text_of(response) -> str:
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_a_facilitator_of_the_site_prints_the_guide(client, site, module):
    client.force_login(fc.make_staff(site, Role.FACILITATOR))
    text = text_of(client.get(reverse("materials:guide_pdf", args=[module.pk])))
    for expected in ("Facilitator guide", module.title, "Opening circle", "What do you hope for?", "Observer checklist",
                     "Ms. Okafor says: my dose wears off by evening & I feel sick <b>every</b> day.", "My dose log", "when you feel sick"):
        assert expected in text
    assert "0:15" in text  # the agenda's clock


def test_a_site_admin_prints_the_guide(client, site, module):
    client.force_login(fc.make_staff(site, Role.SITE_ADMIN))
    assert client.get(reverse("materials:guide_pdf", args=[module.pk])).status_code == 200


@pytest.mark.parametrize("who", ["trainee", "supervisor", "other_programs_facilitator"])
def test_nobody_else_sees_the_guide(client, site, module, course, who):
    if who == "trainee":
        user = factories.make_user()
        services.enrollment_create(user=user, course=course)
    elif who == "supervisor":
        user = fc.make_staff(site, Role.SUPERVISOR)
    else:
        user = fc.make_staff(fs.second_site(), Role.FACILITATOR, Role.SITE_ADMIN)
    client.force_login(user)
    assert client.get(reverse("materials:guide_pdf", args=[module.pk])).status_code == 404


def test_signed_out_visitors_are_sent_to_log_in(client, module):
    response = client.get(reverse("materials:guide_pdf", args=[module.pk]))
    assert response.status_code == 302 and "/login" in response["Location"]


def test_an_enrolled_trainee_prints_the_workbook(client, course, module):
    lesson = factories.lessons_of(course)[0]
    add_activities(lesson)
    user = factories.make_user()
    services.enrollment_create(user=user, course=course)
    client.force_login(user)
    text = text_of(client.get(reverse("materials:workbook_pdf", args=[course.pk])))
    assert "participant workbook" in text and "Reading text. Reading text." in text and "Body of lesson 1.2" in text
    reflection = next(b.value for b in lesson.specific.body if b.block_type == "reflection")
    assert " ".join(reflection["prompt"].split()) in text
    assert "My dose log" in text  # the module's handouts


def test_the_workbook_is_not_for_people_outside_the_course(client, site, course):
    client.force_login(factories.make_user())
    assert client.get(reverse("materials:workbook_pdf", args=[course.pk])).status_code == 404
    client.force_login(fc.make_staff(fs.second_site(), Role.FACILITATOR))
    assert client.get(reverse("materials:workbook_pdf", args=[course.pk])).status_code == 404
    client.force_login(fc.make_staff(site, Role.FACILITATOR))
    assert client.get(reverse("materials:workbook_pdf", args=[course.pk])).status_code == 200


def test_the_materials_page_lists_what_each_person_may_print(client, site, course, module):
    trainee = factories.make_user()
    services.enrollment_create(user=trainee, course=course)
    client.force_login(trainee)
    page = client.get(reverse("materials:index")).content.decode()
    assert reverse("materials:workbook_pdf", args=[course.pk]) in page
    assert reverse("materials:guide_pdf", args=[module.pk]) not in page
    client.force_login(fc.make_staff(site, Role.FACILITATOR))
    page = client.get(reverse("materials:index")).content.decode()
    assert reverse("materials:guide_pdf", args=[module.pk]) in page


def test_an_edit_prints_a_new_guide(client, site, module):
    client.force_login(fc.make_staff(site, Role.FACILITATOR))
    url = reverse("materials:guide_pdf", args=[module.pk])
    assert "Opening circle" in text_of(client.get(url))
    module.guide_agenda[0].value["title"] = "Welcome round"
    module.save_revision().publish()
    text = text_of(client.get(url))
    assert "Welcome round" in text and "Opening circle" not in text


def test_editors_edit_the_guide_in_its_own_tab(admin_client, module):
    body = admin_client.get(reverse("wagtailadmin_pages:edit", args=[module.pk])).content.decode()
    assert "Facilitator guide" in body and "Describing a dose that wears off" in body and "My dose log" in body
