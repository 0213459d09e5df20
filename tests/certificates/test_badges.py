"""Open Badges 3.0: each issued certificate as a signed OpenBadgeCredential, the issuer's profile,
key and revocation list as a verifier fetches them, the trainee's download, and /verify/ checking one."""
import copy
import json

from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from certificates import services
from certificates.badges import document, issuing, proof
from certificates.models import Badge, Certificate, IssuerKey
from courses.models import CoursePage
from readiness.models import CredentialFramework, FrameworkRequirement
from tests.certificates.conftest import complete_course
from tests.factories import sites as factories_sites

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_rate_limits():
    cache.clear()


@pytest.fixture
def framework(domain):
    framework = CredentialFramework.objects.create(
        slug="icrc-pr-test", family="icrc-pr-test", name="IC&RC Peer Recovery", board="IC&RC", training_minutes=2760,
        source_url="https://internationalcredentialing.org/icrc-credentials/pr",
    )
    FrameworkRequirement.objects.create(framework=framework, label="Advocacy", minutes=600, domain=domain)
    return framework


@pytest.fixture
def certificate(framework, completed):
    return Certificate.objects.select_related("site", "enrollment__course").get()


def _path(url):
    return urlsplit(url).path


def _fetch(client, url):
    response = client.get(_path(url))
    assert response.status_code == 200 and response["Content-Type"].startswith("application/ld+json")
    return response.json()


def _badge(certificate):
    """The certificate's badge, signed now if nobody asked for it yet."""
    return json.loads(issuing.badge_issue(certificate).document)


def _check(client, data, *, as_file=True):
    text = data if isinstance(data, str) else json.dumps(data)
    payload = (
        {"file": SimpleUploadedFile("badge.json", text.encode(), content_type="application/json")}
        if as_file else {"text": text}
    )
    return client.post(reverse("certificates:verify_badge"), payload)


def test_an_issued_certificate_has_a_signed_open_badge(client, certificate, domain):
    badge = _badge(certificate)
    assert badge["@context"] == [
        "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
    ]
    assert badge["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert badge["id"].endswith(f"/verify/{certificate.verification_code}/")
    assert badge["validFrom"] == document.timestamp(certificate.issued_at) and "validUntil" not in badge
    subject = badge["credentialSubject"]
    assert subject["identifier"] == [
        {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": "Ana Gómez"}
    ]
    achievement = subject["achievement"]
    assert achievement["name"] == certificate.course_title and achievement["humanCode"] == certificate.course_code
    assert achievement["criteria"]["narrative"].startswith(f"Completed “{certificate.course_title}”")
    hours = round(certificate.total_minutes / 60, 1)
    assert achievement["creditsAvailable"] == subject["creditsEarned"] == hours
    # One result per competency domain, each pointing at its description.
    descriptions = {d["id"]: d["name"] for d in achievement["resultDescription"]}
    assert [(descriptions[r["resultDescription"]], r["value"]) for r in subject["result"]] == [
        (name, f"{minutes / 60:.1f}") for name, minutes in certificate.domain_minutes
    ]
    assert achievement["alignment"] == [{
        "type": ["Alignment"], "targetName": "Advocacy", "targetFramework": "IC&RC Peer Recovery",
        "targetUrl": "https://internationalcredentialing.org/icrc-credentials/pr", "targetCode": "icrc-pr-test:advocacy",
    }]
    assert subject["licenseNumber"] == certificate.number
    status = badge["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry" and status["statusPurpose"] == "revocation"
    assert int(status["statusListIndex"]) == Badge.objects.get().status_index
    assert badge["proof"]["cryptosuite"] == "eddsa-rdfc-2022"


def test_the_issuer_serves_its_profile_key_and_revocation_list(client, certificate):
    badge = _badge(certificate)
    issuer = _fetch(client, badge["issuer"]["id"])
    assert issuer["id"] == badge["issuer"]["id"] and issuer["type"] == ["Profile"]
    assert issuer["name"] == badge["issuer"]["name"]
    key = _fetch(client, badge["proof"]["verificationMethod"])
    assert key["id"] == badge["proof"]["verificationMethod"] and key["type"] == "Multikey"
    assert key["controller"] == issuer["id"]  # the key belongs to the issuer that names itself
    public_key = proof.public_key_from_multibase(key["publicKeyMultibase"])
    assert proof.verify(badge, public_key=public_key)
    # The revocation list is itself a signed credential, and the badge's bit is clear.
    status_list = _fetch(client, badge["credentialStatus"]["statusListCredential"])
    assert status_list["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert status_list["issuer"] == issuer["id"] and proof.verify(status_list, public_key=public_key)
    encoded = status_list["credentialSubject"]["encodedList"]
    assert not document.status_bit(encoded, int(badge["credentialStatus"]["statusListIndex"]))


def test_a_changed_field_fails_verification(certificate):
    badge = _badge(certificate)
    key = IssuerKey.objects.get()
    public_key = proof.public_key_from_multibase(key.public_key_multibase)
    assert proof.verify(badge, public_key=public_key)
    for path, value in [
        (("credentialSubject", "creditsEarned"), 99.0),
        (("credentialSubject", "identifier", 0, "identityHash"), "Someone Else"),
        (("credentialSubject", "achievement", "name"), "Another course"),
        (("validFrom",), "2020-01-01T00:00:00Z"),
        (("credentialStatus", "statusListIndex"), "7"),
    ]:
        changed = copy.deepcopy(badge)
        node = changed
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value
        assert not proof.verify(changed, public_key=public_key), path


def test_the_trainee_downloads_the_badge_others_cannot(client, certificate, other_trainee):
    url = reverse("certificates:badge_download", args=[certificate.pk])
    assert client.get(url).status_code == 302  # log in first
    client.force_login(certificate.enrollment.user)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{certificate.number}-badge.json"'
    assert response.content.decode() == Badge.objects.get().document
    assert reverse("certificates:badge_download", args=[certificate.pk]) in client.get(
        reverse("certificates:mine")
    ).content.decode()
    client.force_login(other_trainee)
    assert client.get(url).status_code == 404


def test_the_badge_is_signed_on_its_first_download_once(client, certificate):
    assert not Badge.objects.exists() and not IssuerKey.objects.exists()  # issuing signs nothing
    client.force_login(certificate.enrollment.user)
    response = client.get(reverse("certificates:badge_download", args=[certificate.pk]))
    assert response.status_code == 200 and json.loads(response.content)["proof"]
    assert issuing.badge_issue(certificate).pk == Badge.objects.get().pk  # once
    assert IssuerKey.objects.count() == 1


def test_verify_says_valid_for_the_downloaded_badge(client, certificate):
    response = _check(client, issuing.badge_issue(certificate).document)
    body = response.content.decode()
    assert response.status_code == 200 and "Valid badge" in body
    assert certificate.number in body and "Ana Gómez" in body
    pasted = _check(client, Badge.objects.get().document, as_file=False)
    assert pasted.status_code == 200 and "Valid badge" in pasted.content.decode()


def test_verify_says_tampered_when_a_field_changed(client, certificate):
    badge = _badge(certificate)
    badge["credentialSubject"]["creditsEarned"] = 45.0
    response = _check(client, badge)
    assert response.status_code == 422 and "Altered badge" in response.content.decode()


def test_a_revoked_certificate_shows_revoked_in_the_list_and_on_verify(client, certificate):
    badge = _badge(certificate)
    index = int(badge["credentialStatus"]["statusListIndex"])
    services.certificate_revoke(certificate=certificate, actor=None, reason="Issued in error")
    status_list = _fetch(client, badge["credentialStatus"]["statusListCredential"])
    assert document.status_bit(status_list["credentialSubject"]["encodedList"], index)
    response = _check(client, badge)
    assert response.status_code == 200 and "Revoked badge" in response.content.decode()
    assert "has revoked this certificate" in response.content.decode()


def test_a_reissued_certificate_revokes_the_old_badge(client, certificate, django_capture_on_commit_callbacks):
    old = _badge(certificate)
    with django_capture_on_commit_callbacks(execute=True):
        new = services.certificate_reissue(certificate=certificate, actor=None, name="Ana Gómez-Ruiz")
    new.refresh_from_db()  # issued on commit
    response = _check(client, old)
    assert "Revoked badge" in response.content.decode() and "replaced by a newer version" in response.content.decode()
    new_badge = _badge(new)
    assert new_badge["credentialSubject"]["identifier"][0]["identityHash"] == "Ana Gómez-Ruiz"
    assert "Valid badge" in _check(client, new_badge).content.decode()


def test_verify_says_not_issued_here_for_another_key(client, certificate):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    badge = _badge(certificate)
    badge.pop("proof")
    forged = proof.sign(badge, private_key=Ed25519PrivateKey.generate(), verification_method="did:key:z6MkForged",
                        created="2026-01-01T00:00:00Z")
    response = _check(client, forged)
    assert response.status_code == 422 and "Not issued here" in response.content.decode()
    # Our key's address, someone else's signature: the signature fails.
    forged["proof"]["verificationMethod"] = _badge(certificate)["proof"]["verificationMethod"]
    assert "Altered badge" in _check(client, forged).content.decode()


@pytest.mark.parametrize("text", ["not json", "[]", '{"proof": 1}', json.dumps({"@context": [], "proof": {}})])
def test_verify_refuses_what_is_not_a_badge_without_an_error(client, text):
    response = _check(client, text)
    assert response.status_code == 422 and ("Not a badge" in response.content.decode()
                                            or "Not issued here" in response.content.decode())


def test_verify_asks_for_a_file_or_text(client):
    response = client.post(reverse("certificates:verify_badge"), {})
    assert response.status_code == 400 and "Choose a badge file or paste its text." in response.content.decode()
    assert client.get(reverse("certificates:verify_lookup")).content.decode().count('name="file"') == 1


def test_a_large_upload_is_refused(client):
    big = SimpleUploadedFile("badge.json", b" " * (issuing.MAX_BADGE_BYTES + 1))
    response = client.post(reverse("certificates:verify_badge"), {"file": big})
    assert response.status_code == 400 and "too large" in response.content.decode()


def test_unknown_issuer_key_and_list_ids_are_404(client):
    for name in ("badge_issuer", "badge_status_list"):
        assert client.get(reverse(f"certificates:{name}", args=[999999])).status_code == 404
    assert client.get(reverse("certificates:badge_key", args=["z6MkUnknown"])).status_code == 404


def test_the_status_list_is_signed_again_only_when_its_bits_change(client, certificate, django_assert_num_queries):
    site = certificate.site
    issuing.badge_issue(certificate)  # a badge handed out, whose bit the list carries
    first = issuing.status_list(site)
    with django_assert_num_queries(1):  # the revoked bits; the signed list comes from the cache
        assert issuing.status_list(site) == first
    services.certificate_revoke(certificate=certificate, actor=None, reason="Fraud")
    assert issuing.status_list(site) != first


def test_encoded_lists_round_trip_and_have_the_minimum_length():
    encoded = document.encode_status_list([0, 7, 131_071])
    assert [document.status_bit(encoded, i) for i in (0, 1, 7, 8, 131_071)] == [True, False, True, False, True]
    with pytest.raises(ValueError):
        document.status_bit(encoded, 131_072)


def test_each_site_signs_with_its_own_key(client, trainee, course, django_capture_on_commit_callbacks):
    program = factories_sites.replicated_site()
    copy_course = CoursePage.objects.descendant_of(program.root_page).get()
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(trainee, copy_course)
    certificate = Certificate.objects.get(site=program)
    badge = _badge(certificate)
    key = IssuerKey.objects.get(site=program)
    assert badge["proof"]["verificationMethod"].endswith(reverse("certificates:badge_key", args=[key.public_key_multibase]))
    assert badge["issuer"]["id"].endswith(reverse("certificates:badge_issuer", args=[program.pk]))
    assert "Valid badge" in _check(client, badge).content.decode()
