"""Form errors are tied to their fields: a field with an error is marked ``aria-invalid`` and points
(``aria-describedby``) at the element holding its error text, and the form announces that there
are errors (``role="alert"``). Checked on the forms people fill in most: sign-up, practice hours,
supervision sessions, a new cohort, a live session."""
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from programs.roles import Role
from tests import factories
from tests.factories import cohorts as factories_cohorts
from tests.factories import supervision as factories_supervision

pytestmark = pytest.mark.django_db


class Fields(HTMLParser):
    """Collects each element's id, text and ARIA attributes. Radio buttons and checkboxes are
    described by their fieldset (its legend names the group, its description the error)."""

    def __init__(self):
        super().__init__()
        self.elements, self.text_of, self.open, self.alerts, self.fieldsets = [], {}, [], 0, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") in ("radio", "checkbox") and self.fieldsets:
            attrs.setdefault("aria-describedby", self.fieldsets[-1])
        if tag == "fieldset":
            self.fieldsets.append(attrs.get("aria-describedby", ""))
        self.elements.append((tag, attrs))
        if attrs.get("role") == "alert":
            self.alerts += 1
        if tag not in ("input", "br", "img", "meta", "link"):
            self.open.append(attrs.get("id"))

    def handle_endtag(self, tag):
        if tag == "fieldset" and self.fieldsets:
            self.fieldsets.pop()
        if tag not in ("input", "br", "img", "meta", "link") and self.open:
            self.open.pop()

    def handle_data(self, data):
        for element_id in self.open:
            if element_id:
                self.text_of[element_id] = self.text_of.get(element_id, "") + data


def check_errors_tied(html: str, expected_invalid: int = 1) -> list[str]:
    """The problems found; also asserts at least ``expected_invalid`` invalid fields were found."""
    page = Fields()
    page.feed(html)
    problems, invalid = [], 0
    error_ids = {attrs["id"] for _tag, attrs in page.elements if "field-error" in attrs.get("class", "") and "id" in attrs}
    described = set()
    for tag, attrs in page.elements:
        ids = attrs.get("aria-describedby", "").split()
        described.update(ids)
        if attrs.get("aria-invalid") == "true" or any(i in error_ids for i in ids):
            invalid += 1
            errors = [i for i in ids if i in error_ids]
            if not errors:
                problems.append(f"<{tag} id={attrs.get('id')}> is invalid but describes no error")
            for i in ids:
                if i not in page.text_of or not page.text_of[i].strip():
                    problems.append(f"<{tag} id={attrs.get('id')}> points at #{i}, which is missing or empty")
    problems += [f"error #{i} is tied to no field" for i in error_ids - described]
    if not page.alerts:
        problems.append("no role=alert announces the errors")
    assert invalid >= expected_invalid, f"only {invalid} invalid fields found"
    return problems


def test_sign_up_errors(client):
    response = client.post(reverse("signup"), {"first_name": "", "last_name": "Lee", "email": "not-an-email",
                                               "password1": "a", "password2": "b"})
    assert response.status_code == 400
    assert check_errors_tied(response.content.decode(), expected_invalid=3) == []


def test_practice_and_supervision_session_errors(client):
    site = factories.default_site()
    trainee = factories_supervision.make_trainee(site)
    client.force_login(trainee)
    response = client.post(reverse("supervision:my_practice"), {"site": site.pk, "minutes": "-5", "performed_on": "soon"})
    assert check_errors_tied(response.content.decode(), expected_invalid=2) == []

    supervisor = factories_supervision.make_supervisor(site)
    factories_supervision.assign(supervisor, trainee, site)
    client.force_login(supervisor)
    response = client.post(reverse("supervision:sessions"), {"site": site.pk, "minutes": "0"})
    assert check_errors_tied(response.content.decode(), expected_invalid=2) == []


def test_cohort_and_session_form_errors(client):
    site = factories.default_site()
    course = factories_cohorts.make_course_on(site)
    admin = factories_cohorts.make_staff(site, Role.SITE_ADMIN)
    client.force_login(admin)
    response = client.post(reverse("cohorts:new"), {"site": site.pk, "course": course.pk, "name": "", "starts_on": "x"})
    assert check_errors_tied(response.content.decode(), expected_invalid=1) == []
    cohort = factories_cohorts.make_cohort(site=site, course=course, actor=admin)
    response = client.post(reverse("cohorts:session_new", args=[cohort.pk]), {"title": "", "duration_minutes": "-1"})
    assert check_errors_tied(response.content.decode(), expected_invalid=1) == []


def test_the_check_catches_an_error_tied_to_nothing():
    html = ('<div role="alert"></div><input id="id_a" aria-invalid="true">'
            '<div class="field-error" id="id_a_error"><p>Required.</p></div>')
    assert check_errors_tied(html) == ["<input id=id_a> is invalid but describes no error", "error #id_a_error is tied to no field"]
