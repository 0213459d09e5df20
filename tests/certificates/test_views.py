"""Public verification, downloads and the transcript: who may see what."""
import pytest
from django.core.cache import cache
from django.urls import reverse

from certificates import services
from certificates.models import Certificate
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_rate_limits():
    cache.clear()


@pytest.fixture
def certificate(completed):
    return Certificate.objects.get()


def test_verification_page_shows_only_the_public_record(client, certificate):
    response = client.get(reverse("certificates:verify", args=[certificate.verification_code]))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Valid certificate" in body
    for text in ("Ana Gómez", certificate.course_title, "0.8", certificate.number):
        assert text in body
    assert certificate.enrollment.user.email not in body
    assert response["X-Robots-Tag"].startswith("noindex")


def test_verification_json(client, certificate):
    data = client.get(reverse("certificates:verify_json", args=[certificate.verification_code])).json()
    assert data == {
        "status": "valid",
        "name": "Ana Gómez",
        "course": certificate.course_title,
        "hours": 0.8,
        "completed_on": certificate.completed_on.isoformat(),
        "issued_on": data["issued_on"],
        "site": certificate.site_name,
        "number": certificate.number,
        "provider": certificate.provider_name,
        "provider_number": certificate.provider_number,
        "hours_by_domain": [["Advocacy", 0.8]],
        "hours_by_delivery": [["Online (self-paced)", 0.8]],
        "language": "en",
    }


def test_a_revoked_certificate_verifies_as_revoked(client, certificate):
    admin = factories.make_user(email="admin@example.org", is_superuser=True)
    services.certificate_revoke(certificate=certificate, actor=admin, reason="Issued in error")
    body = client.get(reverse("certificates:verify", args=[certificate.verification_code])).content.decode()
    assert "Revoked" in body and "Valid certificate" not in body
    data = client.get(reverse("certificates:verify_json", args=[certificate.verification_code])).json()
    assert data["status"] == "revoked"


def test_a_superseded_certificate_says_so(client, certificate):
    admin = factories.make_user(email="admin@example.org", is_superuser=True)
    services.certificate_reissue(certificate=certificate, actor=admin)
    data = client.get(reverse("certificates:verify_json", args=[certificate.verification_code])).json()
    assert data["status"] == "superseded"


@pytest.mark.parametrize("code", ["a" * 26, "not-a-code", "x" * 200, "%00", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"])
def test_unknown_codes_get_a_plain_404(client, certificate, code):
    response = client.get(f"/verify/{code}/")
    assert response.status_code == 404
    assert "No certificate matches" in response.content.decode()
    assert client.get(f"/verify/{code}/json/").status_code == 404


def test_a_pending_certificate_is_not_public(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(status=Certificate.Status.PENDING)
    assert client.get(reverse("certificates:verify", args=[certificate.verification_code])).status_code == 404


def test_verification_is_rate_limited(client, certificate, settings, monkeypatch):
    settings.CERTIFICATES_VERIFY_RATE_PER_MINUTE = 5
    # One fixed window for the whole test (the limiter counts per clock minute).
    monkeypatch.setattr("certificates.ratelimit._clock", lambda: 1_800_000_000.0)
    codes = ["b" * 26] * 5
    for code in codes:
        assert client.get(f"/verify/{code}/").status_code == 404
    response = client.get(reverse("certificates:verify", args=[certificate.verification_code]))
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert client.get(f"/verify/{'c' * 26}/json/").status_code == 429


def test_lookup_form_redirects_to_the_code(client):
    assert client.get(reverse("certificates:verify_lookup")).status_code == 200
    response = client.get(reverse("certificates:verify_lookup"), {"code": " ABCDEF "})
    assert response["Location"] == "/verify/abcdef/"


def test_owner_downloads_the_stored_file(client, certificate, trainee):
    client.force_login(trainee)
    response = client.get(reverse("certificates:download", args=[certificate.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    body = b"".join(response.streaming_content)
    response.close()
    with certificate.pdf.open("rb") as handle:
        assert body == handle.read()


def test_others_cannot_download(client, certificate, other_trainee):
    url = reverse("certificates:download", args=[certificate.pk])
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(other_trainee)
    assert client.get(url).status_code == 404
    staff = factories.make_user(email="staff@example.org", is_staff=True)
    client.force_login(staff)
    assert client.get(url).status_code == 404


def test_platform_admin_can_download(client, certificate):
    client.force_login(factories.make_user(email="root@example.org", is_superuser=True, is_staff=True))
    response = client.get(reverse("certificates:download", args=[certificate.pk]))
    response.close()
    assert response.status_code == 200


def test_my_certificates_lists_only_mine(client, certificate, trainee, other_trainee):
    client.force_login(other_trainee)
    assert certificate.number not in client.get(reverse("certificates:mine")).content.decode()
    client.force_login(trainee)
    body = client.get(reverse("certificates:mine")).content.decode()
    assert certificate.number in body and "Download PDF" in body


def test_trainee_requests_a_reissue_from_the_page(client, certificate, trainee, other_trainee):
    url = reverse("certificates:request_reissue", args=[certificate.pk])
    client.force_login(other_trainee)
    assert client.post(url, {"requested_name": "X", "reason": "y"}).status_code == 404
    client.force_login(trainee)
    response = client.post(url, {"requested_name": "", "reason": ""}, follow=True)
    assert "Give the name" in response.content.decode()
    response = client.post(url, {"requested_name": "Ana Gómez-Ruiz", "reason": "Married"}, follow=True)
    assert "waiting for a program administrator" in response.content.decode()


def test_transcript_is_a_pdf_of_my_hours(client, certificate, trainee):
    from pypdf import PdfReader
    import io

    client.force_login(trainee)
    response = client.get(reverse("certificates:transcript"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Ana Gómez" in text and certificate.course_title in text
    assert certificate.number in text


def test_transcript_requires_login(client):
    assert client.get(reverse("certificates:transcript")).status_code == 302


def test_site_admins_download_only_their_own_sites_certificates(client, certificate):
    """The issuing site's admin may download it; another program site's admin gets a 404."""
    from tests.factories import sites as factories_sites

    url = reverse("certificates:download", args=[certificate.pk])
    other_admin = factories_sites.site_admin(factories_sites.second_site())
    client.force_login(other_admin)
    assert client.get(url).status_code == 404
    own_admin = factories_sites.site_admin(factories_sites.default_site())
    client.force_login(own_admin)
    response = client.get(url)
    response.close()
    assert response.status_code == 200


def test_the_rate_limit_counts_in_redis_in_one_round_trip(tmp_path, settings, monkeypatch):
    """With Redis as the shared cache (production), each hit is one pipelined round trip; the
    counter expires with its window, and every process sees the same count."""
    import redis

    from certificates import ratelimit
    from django.core.cache import caches
    from tests.processes import RedisServer

    server = RedisServer(tmp_path)
    try:
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": server.url}}
        monkeypatch.setattr("certificates.ratelimit._clock", lambda: 1_800_000_000.0)
        sent = []
        original = redis.connection.Connection.send_packed_command
        monkeypatch.setattr(
            redis.connection.Connection, "send_packed_command",
            lambda self, command, *a, **k: (sent.append(command), original(self, command, *a, **k))[1],
        )
        assert [ratelimit.hit(scope="verify", key="203.0.113.9", limit=3) for _ in range(5)] == [True] * 3 + [False] * 2
        hits = [b"".join(command) for command in sent if b"rl:verify" in b"".join(command)]
        assert len(hits) == 5  # one write per hit, with the SET NX and the INCR in it
        assert all(b"SET" in packet and b"INCRBY" in packet for packet in hits)
        assert ratelimit.hit(scope="verify", key="203.0.113.10", limit=3)  # another address, its own count
        key = caches["default"].make_and_validate_key(f"rl:verify:203.0.113.9:{1_800_000_000 // 60}")
        client = redis.Redis.from_url(server.url)
        assert int(client.get(key)) == 5
        assert 0 < client.ttl(key) <= 65
        assert caches["default"].get(f"rl:verify:203.0.113.9:{1_800_000_000 // 60}") == 5  # readable as the cache's own int
    finally:
        server.stop()
