"""The JSON-LD documents of digital badges, before signing: plain functions of plain values.

* ``achievement_credential``: a certificate as an Open Badges 3.0 ``OpenBadgeCredential``
  (W3C Verifiable Credentials 2.0 data model, 1EdTech Open Badges 3.0 context);
* ``issuer_profile``: the program site as the badge's issuer (an OB ``Profile``);
* ``key_document``: the issuer's public key as a ``Multikey`` whose controller is the issuer;
* ``status_list_credential``: the site's revocation list, a ``BitstringStatusListCredential``
  (W3C Bitstring Status List v1.0), with ``encode_status_list``/``status_bit`` for its bits.

Every term used is defined by the bundled contexts; ``proof.sign`` refuses anything else.
"""
from __future__ import annotations

import base64
import gzip
from dataclasses import dataclass
from datetime import date, datetime, timezone

from .loader import MULTIKEY_V1, OB_V3P0, VC_V2

CONTEXT = [VC_V2, OB_V3P0]
# 16 KB of bits, the spec's minimum: a list this long gives each holder "herd privacy".
STATUS_LIST_LENGTH = 131_072


def timestamp(moment: datetime) -> str:
    """An XML Schema dateTimeStamp in UTC, to the second: ``2026-03-01T14:05:00Z``."""
    return moment.astimezone(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def hours(minutes: int) -> float:
    """Minutes as hours with one decimal, as the certificate prints them."""
    return round(minutes / 60, 1)


@dataclass(frozen=True)
class Issuer:
    id: str  # the issuer profile's URL
    name: str
    url: str  # the program site's home page
    email: str = ""


@dataclass(frozen=True)
class Alignment:
    """A competency of a board's framework that a domain's hours count toward."""

    name: str
    framework: str
    url: str
    code: str


@dataclass(frozen=True)
class BadgeFacts:
    """What the badge states: the certificate's frozen facts."""

    id: str  # the certificate's public verification page
    achievement_id: str
    course_title: str
    course_code: str
    language: str
    legal_name: str
    total_minutes: int
    domain_minutes: tuple[tuple[str, int], ...]
    completed_on: date
    issued_at: datetime
    criteria: str
    description: str
    certificate_number: str
    alignments: tuple[Alignment, ...] = ()


def _slug(text: str) -> str:
    return "".join(char if char.isalnum() else "-" for char in text.lower()).strip("-") or "domain"


def issuer_profile(issuer: Issuer) -> dict:
    profile = {"id": issuer.id, "type": ["Profile"], "name": issuer.name, "url": issuer.url}
    if issuer.email:
        profile["email"] = issuer.email
    return profile


def achievement_credential(facts: BadgeFacts, issuer: Issuer, *, status_list_url: str, status_index: int) -> dict:
    """The unsigned ``OpenBadgeCredential`` of a certificate.

    The achievement is the course: its criteria, its contact hours as ``creditsAvailable`` and one
    ``ResultDescription`` per competency domain; the subject (named by legal name) earned the
    hours as ``creditsEarned`` with one ``Result`` per domain. Alignments name the boards'
    competencies the domains count toward. A training certificate does not expire, so the
    credential has ``validFrom`` (its issue) and no ``validUntil``.
    """
    results, descriptions = [], []
    for name, minutes in facts.domain_minutes:
        description_id = f"{facts.achievement_id}#hours-{_slug(name)}"
        descriptions.append(
            {"id": description_id, "type": ["ResultDescription"], "name": name, "resultType": "Result"}
        )
        results.append({"type": ["Result"], "resultDescription": description_id, "value": f"{hours(minutes):.1f}"})
    achievement = {
        "id": facts.achievement_id,
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": facts.course_title,
        "description": facts.description,
        "criteria": {"narrative": facts.criteria},
        "creditsAvailable": hours(facts.total_minutes),
        "humanCode": facts.course_code,
        "inLanguage": facts.language,
        "resultDescription": descriptions,
    }
    if facts.alignments:
        achievement["alignment"] = [
            {"type": ["Alignment"], "targetName": a.name, "targetFramework": a.framework, "targetUrl": a.url,
             "targetCode": a.code}
            for a in facts.alignments
        ]
    return {
        "@context": list(CONTEXT),
        "id": facts.id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": facts.course_title,
        "issuer": issuer_profile(issuer),
        "validFrom": timestamp(facts.issued_at),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": facts.legal_name}
            ],
            "achievement": achievement,
            "creditsEarned": hours(facts.total_minutes),
            "activityEndDate": timestamp(datetime.combine(facts.completed_on, datetime.min.time(), timezone.utc)),
            "result": results,
            "licenseNumber": facts.certificate_number,
        },
        "credentialStatus": {
            "id": f"{status_list_url}#{status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(status_index),
            "statusListCredential": status_list_url,
        },
    }


def key_document(*, key_id: str, controller: str, public_key_multibase: str) -> dict:
    return {
        "@context": [MULTIKEY_V1],
        "id": key_id,
        "type": "Multikey",
        "controller": controller,
        "publicKeyMultibase": public_key_multibase,
    }


def encode_status_list(indices, length: int = STATUS_LIST_LENGTH) -> str:
    """The ``encodedList`` of a bitstring with ``indices`` set: GZIP, then multibase base64url
    without padding (prefix ``u``). Bit 0 is the first byte's most significant bit."""
    bits = bytearray(length // 8)
    for index in indices:
        if 0 <= index < length:
            bits[index // 8] |= 0x80 >> (index % 8)
    packed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(packed).decode("ascii").rstrip("=")


def status_bit(encoded_list: str, index: int) -> bool:
    """Whether bit ``index`` of an ``encodedList`` is set (a revoked credential)."""
    if not encoded_list.startswith("u"):
        raise ValueError("not a base64url multibase value")
    data = encoded_list[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
    if not 0 <= index < len(bits) * 8:
        raise ValueError("index outside the list")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_credential(*, url: str, issuer: Issuer, revoked_indices, valid_from: datetime) -> dict:
    """The unsigned revocation list of a site: the bits of its revoked badges set."""
    return {
        "@context": [VC_V2],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer.id,
        "validFrom": timestamp(valid_from),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_status_list(revoked_indices),
        },
    }
