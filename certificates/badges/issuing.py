"""Digital badges of certificates: the site's keys, signing, the revocation list, verification.

``badge_issue`` signs the ``OpenBadgeCredential`` of an issued certificate once, when it is first
asked for (the trainee's download): the credential states only what the certificate froze, so
signing it later changes nothing it says, and issuing stays as fast as rendering allows. Each program site is an
issuer: its profile, its public key and its revocation list are served at addresses built here
(``issuer_url``, ``key_url``, ``status_list_url``), which is where a verifier looks them up.
A revoked or superseded certificate's bit is set in its site's list; ``badge_check`` says whether
a badge someone hands in is valid, revoked, tampered with, or not one of ours.
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from courses.display import hours_text
from programs.models import ProgramSettings
from programs.sites import site_base_url

from ..models import Badge, Certificate, IssuerKey
from ..selectors import verification_url
from ..signals import badge_alignments
from . import document, proof

logger = logging.getLogger(__name__)

# A badge handed in for checking is a few kilobytes; anything much larger is not one of ours.
MAX_BADGE_BYTES = 256 * 1024
STATUS_LIST_CACHE_SECONDS = 24 * 60 * 60


# -- addresses -------------------------------------------------------------------------------------


# A key is named by its public key, so its address survives a restore of the records into another
# database; a site by its id (its address moves with its hostname anyway).
def issuer_url(site_id: int, base: str) -> str:
    return base + reverse("certificates:badge_issuer", args=[site_id])


def key_url(key: IssuerKey, base: str) -> str:
    return base + reverse("certificates:badge_key", args=[key.public_key_multibase])


def status_list_url(site_id: int, base: str) -> str:
    return base + reverse("certificates:badge_status_list", args=[site_id])


def issuer_of(site: Site) -> document.Issuer:
    program = ProgramSettings.for_site(site)
    base = site_base_url(site)
    return document.Issuer(id=issuer_url(site.pk, base), name=program.name, url=base + "/", email=program.contact_email)


# -- keys ------------------------------------------------------------------------------------------


def active_key(site: Site) -> IssuerKey:
    """The site's signing key, made on first use (two workers racing end with the same one)."""
    key = IssuerKey.objects.filter(site=site, retired_at__isnull=True).first()
    if key is not None:
        return key
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    try:
        with transaction.atomic():
            return IssuerKey.objects.create(
                site=site,
                public_key_multibase=proof.public_key_multibase(private.public_key()),
                private_key=base64.b64encode(raw).decode("ascii"),
            )
    except IntegrityError:  # another process made the site's key meanwhile
        return IssuerKey.objects.get(site=site, retired_at__isnull=True)


def _private_key(key: IssuerKey) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(key.private_key))


def key_record(key: IssuerKey) -> dict:
    """The key document the site serves: the public key, controlled by the issuer."""
    base = site_base_url(key.site)
    return document.key_document(
        key_id=key_url(key, base), controller=issuer_url(key.site_id, base), public_key_multibase=key.public_key_multibase
    )


# -- issuing -----------------------------------------------------------------------------------------


def _alignments(certificate: Certificate) -> tuple[document.Alignment, ...]:
    """The boards' competencies the certificate's domains count toward, from whoever answers
    ``badge_alignments`` (the readiness app, with its credential frameworks)."""
    domains = [name for name, _minutes in certificate.domain_minutes]
    found = []
    for _receiver, response in badge_alignments.send(sender=Certificate, domains=domains):
        found.extend(response or ())
    return tuple(found)


def _course_path(course, code: str) -> str:
    parts = course.get_url_parts()
    return parts[2] if parts else f"/#{code}"


def _facts(certificate: Certificate) -> document.BadgeFacts:
    course = certificate.enrollment.course
    base = site_base_url(certificate.site)
    hours = hours_text(certificate.total_minutes)
    with translation.override(certificate.language):
        criteria = _(
            "Completed “%(course)s”: every lesson with its learning activities, and every quiz passed. "
            "Its %(hours)s contact hours were recorded as the trainee learned, online and in live sessions."
        ) % {"course": certificate.course_title, "hours": hours}
        description = _("%(hours)s contact hours of peer recovery coach training, from %(provider)s.") % {
            "hours": hours,
            "provider": certificate.provider_name or certificate.site_name,
        }
        domains = tuple((_(name), minutes) for name, minutes in certificate.domain_minutes)
    return document.BadgeFacts(
        id=verification_url(certificate),
        achievement_id=base + _course_path(course, certificate.course_code),
        course_title=certificate.course_title,
        course_code=certificate.course_code,
        language=certificate.language,
        legal_name=certificate.name_on_certificate,
        total_minutes=certificate.total_minutes,
        domain_minutes=domains,
        completed_on=certificate.completed_on,
        issued_at=certificate.issued_at,
        criteria=criteria,
        description=description,
        certificate_number=certificate.number,
        alignments=_alignments(certificate),
    )


def badge_issue(certificate: Certificate) -> Badge:
    """The signed badge of an issued certificate, made once. Raises ``ValueError`` for a
    certificate that is not issued."""
    existing = Badge.objects.filter(certificate=certificate).first()
    if existing is not None:
        return existing
    if certificate.status != Certificate.Status.ISSUED or certificate.issued_at is None:
        raise ValueError("only an issued certificate has a badge")
    site = certificate.site
    key = active_key(site)
    base = site_base_url(site)
    # The issuer as the certificate names it (frozen when it was created).
    facts = _facts(certificate)
    issuer = document.Issuer(id=issuer_url(site.pk, base), name=certificate.site_name, url=base + "/")
    for _attempt in range(20):  # a random free bit: with 131,072 of them, a clash is rare
        index = secrets.randbelow(document.STATUS_LIST_LENGTH)
        unsigned = document.achievement_credential(
            facts, issuer, status_list_url=status_list_url(site.pk, base), status_index=index
        )
        signed = proof.sign(
            unsigned, private_key=_private_key(key), verification_method=key_url(key, base),
            created=document.timestamp(timezone.now()),
        )
        try:
            with transaction.atomic():
                return Badge.objects.create(
                    certificate=certificate, site=site, key=key, status_index=index,
                    document=json.dumps(signed, ensure_ascii=False, indent=2),
                )
        except IntegrityError:
            existing = Badge.objects.filter(certificate=certificate).first()
            if existing is not None:  # another worker signed it meanwhile
                return existing
    raise RuntimeError(f"no free status list bit found for certificate {certificate.pk}")


# -- revocation list ---------------------------------------------------------------------------------


def revoked_indices(site_id: int) -> list[int]:
    """The bits of the site's badges whose certificate is no longer valid (revoked, or superseded
    by a reissue)."""
    return sorted(
        Badge.objects.filter(site_id=site_id)
        .exclude(certificate__status=Certificate.Status.ISSUED)
        .values_list("status_index", flat=True)
    )


def status_list(site: Site) -> dict:
    """The site's signed revocation list. Signed again only when its bits change (one query
    otherwise): the cache key holds a digest of the bits."""
    indices = revoked_indices(site.pk)
    digest = hashlib.sha256(json.dumps(indices).encode()).hexdigest()[:32]
    cache_key = f"badges:status-list:{site.pk}:{digest}"
    signed = cache.get(cache_key)
    if signed is None:
        key = active_key(site)
        base = site_base_url(site)
        unsigned = document.status_list_credential(
            url=status_list_url(site.pk, base), issuer=issuer_of(site), revoked_indices=indices,
            valid_from=timezone.now(),
        )
        signed = proof.sign(
            unsigned, private_key=_private_key(key), verification_method=key_url(key, base),
            created=document.timestamp(timezone.now()),
        )
        cache.set(cache_key, signed, STATUS_LIST_CACHE_SECONDS)
    return signed


# -- verification --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BadgeCheck:
    """What ``badge_check`` found: ``state`` is "valid", "revoked", "tampered", "unknown" (not
    signed by a key of ours) or "unreadable" (not a credential)."""

    state: str
    certificate: Certificate | None = None


def _route(url, name: str) -> dict | None:
    """The arguments of ``url`` if it is one of our addresses named ``name``."""
    if not isinstance(url, str):
        return None
    try:
        match = resolve(urlsplit(url).path)
    except Resolver404:
        return None
    return match.kwargs if match.view_name == name else None


def badge_check(raw: bytes | str) -> BadgeCheck:
    """Check a badge handed in: its proof against the key its issuer publishes here, then its
    bit in the issuer's revocation list."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_BADGE_BYTES:
            return BadgeCheck("unreadable")
        raw = raw.decode("utf-8", errors="replace")
    try:
        credential = json.loads(raw)
    except ValueError:
        return BadgeCheck("unreadable")
    if not isinstance(credential, dict) or not isinstance(credential.get("proof"), dict):
        return BadgeCheck("unreadable")
    key_args = _route(credential["proof"].get("verificationMethod"), "certificates:badge_key")
    key = (
        IssuerKey.objects.select_related("site").filter(public_key_multibase=key_args["public_key"][:64]).first()
        if key_args else None
    )
    if key is None:
        return BadgeCheck("unknown")
    if not proof.verify(credential, public_key=proof.public_key_from_multibase(key.public_key_multibase)):
        return BadgeCheck("tampered")
    code = _route(credential.get("id"), "certificates:verify")
    badge = (
        Badge.objects.select_related("certificate").filter(key=key, certificate__verification_code=code["code"]).first()
        if code else None
    )
    issuer = credential.get("issuer")
    if badge is None or not isinstance(issuer, dict) or issuer.get("id") != issuer_url(key.site_id, site_base_url(key.site)):
        return BadgeCheck("unknown")  # signed with our key, yet not a badge we issued (or another issuer's)
    status = credential.get("credentialStatus") or {}
    try:
        index = int(status.get("statusListIndex"))
        revoked = document.status_bit(status_list(key.site)["credentialSubject"]["encodedList"], index)
    except (TypeError, ValueError):
        return BadgeCheck("tampered")
    return BadgeCheck("revoked" if revoked else "valid", badge.certificate)
