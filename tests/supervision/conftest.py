"""Fixtures shared by the supervision tests."""
import pytest

from courses import services
from tests import factories
from tests.factories import supervision as fs


@pytest.fixture
def world(domain, course):
    """Two sites, each with a supervisor and an assigned trainee enrolled in a course."""
    site_a = fs.default_site()
    site_b = fs.make_site("Second program")
    course_b = fs.course_on(site_b, domain=domain, title="Course B")
    sup_a = fs.make_supervisor(site_a, first_name="Alma", last_name="Supa")
    sup_b = fs.make_supervisor(site_b, first_name="Bert", last_name="Supb")
    trainee_a = factories.make_user(first_name="Ana", last_name="Alpha")
    trainee_b = factories.make_user(first_name="Ben", last_name="Bravo")
    services.enrollment_create(user=trainee_a, course=course)  # grants the trainee role on site A
    services.enrollment_create(user=trainee_b, course=course_b)
    fs.assign(sup_a, trainee_a, site_a)
    fs.assign(sup_b, trainee_b, site_b)
    return {
        "site_a": site_a, "site_b": site_b, "course_a": course, "course_b": course_b,
        "sup_a": sup_a, "sup_b": sup_b, "trainee_a": trainee_a, "trainee_b": trainee_b,
    }
