"""Sign up, log in with e-mail, log out, reset a password."""
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

SIGNUP = {
    "first_name": "Renée",
    "last_name": "Okafor",
    "email": "Renee.Okafor@Example.org",
    "password1": "a-long-passphrase-42",
    "password2": "a-long-passphrase-42",
}


def test_signup_creates_a_user_logs_in_and_follows_next(client):
    response = client.post(reverse("signup"), {**SIGNUP, "next": "/learn/"})
    assert response.status_code == 302 and response["Location"] == "/learn/"
    user = get_user_model().objects.get()
    assert (user.username, user.email, user.first_name) == ("renee.okafor@example.org",) * 2 + ("Renée",)
    assert client.get(reverse("courses:dashboard")).status_code == 200


def test_signup_refuses_an_external_next(client):
    response = client.post(reverse("signup"), {**SIGNUP, "next": "https://evil.example.com/"})
    assert response["Location"] == "/"


@pytest.mark.parametrize(
    "change, field",
    [
        ({"email": "not-an-email"}, "email"),
        ({"password2": "different-passphrase-42"}, "password2"),
        ({"password1": "short", "password2": "short"}, "password2"),
        ({"first_name": ""}, "first_name"),
    ],
)
def test_signup_errors_are_shown_and_nothing_is_created(client, change, field):
    response = client.post(reverse("signup"), {**SIGNUP, **change})
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert not get_user_model().objects.exists()


def test_signup_with_an_existing_email_is_refused(client):
    factories.make_user(email="renee.okafor@example.org")
    response = client.post(reverse("signup"), SIGNUP)
    assert response.status_code == 400
    assert "already exists" in response.content.decode()


def test_login_by_email_is_case_insensitive_and_logout_works(client):
    factories.make_user(email="case@example.org")
    response = client.post(reverse("login"), {"username": "  CASE@example.org", "password": factories.PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("courses:dashboard")).status_code == 200
    client.post(reverse("logout"))
    assert client.get(reverse("courses:dashboard")).status_code == 302


def test_wrong_password_shows_an_error(client):
    factories.make_user(email="x@example.org")
    response = client.post(reverse("login"), {"username": "x@example.org", "password": "nope"})
    assert response.status_code == 200
    assert "correct" in response.content.decode().lower()


def test_password_reset_sends_a_working_link(client):
    user = factories.make_user(email="forgot@example.org")
    client.post(reverse("password_reset"), {"email": "forgot@example.org"})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    response = client.post(
        response.redirect_chain[-1][0], {"new_password1": "brand-new-phrase-77", "new_password2": "brand-new-phrase-77"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("brand-new-phrase-77")


def test_auth_pages_render(client):
    for name in ("login", "signup", "password_reset"):
        assert client.get(reverse(name)).status_code == 200


def test_repeated_failed_logins_lock_the_account_from_that_address(client, settings):
    """After the failure limit, even the right password is refused (429) until the cool-off ends."""
    factories.make_user(email="target@example.org")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(reverse("login"), {"username": "Target@Example.org ", "password": f"guess-{attempt}"})
        assert response.status_code in (200, 429)
    response = client.post(reverse("login"), {"username": "target@example.org", "password": factories.PASSWORD})
    assert response.status_code == 429
    assert "Too many failed log-in attempts" in response.content.decode()
    assert client.get(reverse("courses:dashboard")).status_code == 302  # not logged in


def test_a_successful_login_resets_the_failure_count(client, settings):
    factories.make_user(email="forgetful@example.org")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post(reverse("login"), {"username": "forgetful@example.org", "password": "wrong"})
    assert client.post(reverse("login"), {"username": "forgetful@example.org", "password": factories.PASSWORD}).status_code == 302
    client.post(reverse("logout"))
    client.post(reverse("login"), {"username": "forgetful@example.org", "password": "wrong"})
    assert client.post(reverse("login"), {"username": "forgetful@example.org", "password": factories.PASSWORD}).status_code == 302
