"""Security headers: a strict Content-Security-Policy on the public site, clickjacking protection."""
import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def test_public_pages_send_a_strict_content_security_policy(client, course):
    for url in ("/", course.url, reverse("login"), reverse("certificates:verify_lookup")):
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style-src-attr")[0]
        assert "frame-ancestors 'none'" in policy
        assert response["X-Frame-Options"] == "DENY"


def test_our_pages_have_no_inline_scripts(client, course, trainee):
    """The policy forbids inline scripts, so none of our templates may rely on one."""
    from courses import services

    client.force_login(trainee)
    services.enrollment_create(user=trainee, course=course)
    lesson = factories.lessons_of(course)[0]
    for url in ("/", course.url, lesson.url, reverse("courses:dashboard"), reverse("certificates:mine")):
        body = client.get(url).content.decode()
        for tag in body.split("<script")[1:]:
            assert tag.split(">", 1)[0].strip().startswith("src=") or " src=" in tag.split(">", 1)[0], url


def test_the_wagtail_admin_is_exempt(client):
    client.force_login(factories.make_user(email="root@example.org", is_superuser=True, is_staff=True))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
