"""The ``eddsa-rdfc-2022`` Data Integrity cryptosuite (W3C "Data Integrity EdDSA Cryptosuites
v1.0", section 3.2) for Verifiable Credentials such as Open Badges 3.0 ``OpenBadgeCredential``s.

Signing: the proof options (type ``DataIntegrityProof``, cryptosuite, created,
verificationMethod, proofPurpose) are given the document's ``@context`` and canonicalized with
RDF Dataset Canonicalization (RDFC-1.0), as is the document without its proof; hashData is
SHA-256(canonical proof configuration) followed by SHA-256(canonical document), signed with
Ed25519; ``proofValue`` is the signature in base58-btc multibase (``z...``).

Canonicalization refuses, rather than signs or accepts, what would not be carried faithfully:
data the RDF would silently drop while the JSON still shows it (an undefined term, a relative
``id`` or ``type``: JSON-LD "safe mode", as VC Data Integrity asks) and blank-node structures
that make RDFC-1.0 labelling explode ("dataset poisoning", as RDFC-1.0 asks).
"""
from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyld import jsonld
from pyld.canon import URDNA2015
from pyld.context_resolver import ContextResolver

from .loader import load_context

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
ED25519_PUB_MULTICODEC = b"\xed\x01"  # varint of 0xed, the multicodec of ed25519-pub

_B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {char: value for value, char in enumerate(_B58_ALPHABET)}
_ABSOLUTE_IRI = re.compile(r'^([A-Za-z][A-Za-z0-9+.-]*|_):[^\x00-\x20<>"{}|^`\\]*$')
# Control characters that RDFC-1.0 canonical N-Quads escapes (\b, \f, \uXXXX) but pyld writes raw.
_UNSUPPORTED_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# XML Schema 1.1 dateTimeStamp: a dateTime with a time zone (VC Data Integrity 1.0, "created").
_DATETIME_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


class ProofError(ValueError):
    """A document cannot be signed (or canonicalized) as asked; the message says why."""


# -- multibase / multikey ----------------------------------------------------------------------


def multibase_encode(data: bytes) -> str:
    """``data`` as multibase base58-btc: ``"z"`` followed by Bitcoin's base58 alphabet."""
    number = int.from_bytes(data, "big")
    digits = []
    while number:
        number, remainder = divmod(number, 58)
        digits.append(_B58_ALPHABET[remainder])
    zeros = len(data) - len(data.lstrip(b"\0"))  # each leading zero byte is written as "1"
    return "z" + "1" * zeros + "".join(reversed(digits))


def multibase_decode(text: str) -> bytes:
    """The bytes of a multibase base58-btc string; :class:`ValueError` for anything else."""
    if not isinstance(text, str) or not text.startswith("z"):
        raise ValueError("not a base58-btc multibase value (it must start with 'z')")
    body = text[1:]
    number = 0
    for char in body:
        try:
            number = number * 58 + _B58_INDEX[char]
        except KeyError:
            raise ValueError(f"{char!r} is not a base58-btc character") from None
    zeros = len(body) - len(body.lstrip("1"))
    return b"\0" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")


def public_key_multibase(public_key: Ed25519PublicKey) -> str:
    """The Multikey ``publicKeyMultibase`` of an Ed25519 key (``"z6Mk..."``)."""
    return multibase_encode(ED25519_PUB_MULTICODEC + public_key.public_bytes_raw())


def public_key_from_multibase(value: str) -> Ed25519PublicKey:
    """The Ed25519 key of a Multikey ``publicKeyMultibase``; :class:`ValueError` if not one."""
    data = multibase_decode(value)
    if len(data) != 34 or not data.startswith(ED25519_PUB_MULTICODEC):
        raise ValueError("not an Ed25519 publicKeyMultibase (multicodec 0xed01 + 32 bytes)")
    return Ed25519PublicKey.from_public_bytes(data[2:])


# -- canonicalization --------------------------------------------------------------------------


class _BoundedCache(dict):
    """pyld's cache of processed contexts, emptied when full: inline contexts of untrusted
    documents land in it too. Private, so no other pyld user's contexts can reach it."""

    def __setitem__(self, key: Any, value: Any) -> None:
        if len(self) >= 256:
            self.clear()
        super().__setitem__(key, value)


_RESOLVED_CONTEXTS = _BoundedCache()


class _BoundedURDNA2015(URDNA2015):
    """RDFC-1.0 (pyld's URDNA2015) that aborts on dataset poisoning: as rdf-canonize does by
    default, no blank node goes through Hash N-Degree Quads more often than there are blank
    nodes left to label."""

    def hash_n_degree_quads(self, id_: str, issuer: Any) -> Any:
        if not hasattr(self, "_calls"):
            self._calls: dict[str, int] = {}
            self._max_calls = max(1, sum(
                1 for node in self.blank_node_info if not self.canonical_issuer.has_id(node)))
        self._calls[id_] = self._calls.get(id_, 0) + 1
        if self._calls[id_] > self._max_calls:
            raise ProofError("the blank nodes are too symmetric to canonicalize (dataset poisoning)")
        return super().hash_n_degree_quads(id_, issuer)


def _refuse_dropped(term: str | None) -> None:
    raise ProofError(f"{term!r} is not defined by the document's JSON-LD contexts; it would be "
                     "left out of the canonical form, and so out of the signature")


def _refuse_lossy(node: Any) -> None:
    """Raise if expanded JSON-LD holds what the canonical form would not carry faithfully: an
    ``@id``, ``@type`` or property that is not an absolute IRI (RDF drops it), a base direction
    (dropped too), or a control character other than tab, line feed or carriage return."""
    if isinstance(node, list):
        for item in node:
            _refuse_lossy(item)
        return
    if not isinstance(node, dict):
        return
    iris = [key for key in node if not key.startswith("@")]
    if "@id" in node:
        iris.append(node["@id"])
    if "@type" in node and node["@type"] != "@json":
        iris.extend(node["@type"] if isinstance(node["@type"], list) else [node["@type"]])
    for iri in iris:
        if not isinstance(iri, str) or not _ABSOLUTE_IRI.match(iri):
            raise ProofError(f"{iri!r} is not an absolute IRI; it would be left out of the "
                             "canonical form, and so out of the signature")
    if "@direction" in node:
        raise ProofError("a base direction (@direction) would be left out of the canonical form")
    if isinstance(node.get("@value"), str) and _UNSUPPORTED_CONTROL.search(node["@value"]):
        raise ProofError(f"{node['@value']!r} holds a control character RDFC-1.0 would escape")
    for key, item in node.items():
        if key not in ("@id", "@type", "@value", "@language", "@index"):
            _refuse_lossy(item)


def canonicalize(document: Mapping[str, Any]) -> str:
    """The RDFC-1.0 canonical N-Quads of a JSON-LD document, using only the bundled contexts.

    The same as ``pyld.jsonld.normalize(document, {"algorithm": "URDNA2015", "format":
    "application/n-quads", "documentLoader": load_context})`` (pyld's URDNA2015 is RDFC-1.0),
    but raises :class:`ProofError` where that would drop or alter data (pyld resolves relative
    IRIs against ``http://example.org/base/``) or do unbounded work.
    """
    options = {
        "base": None,  # a relative IRI stays relative (and is refused), not pyld's example.org base
        "documentLoader": load_context,
        "contextResolver": ContextResolver(_RESOLVED_CONTEXTS, load_context),
    }
    processor = jsonld.JsonLdProcessor(on_property_dropped=_refuse_dropped)
    try:
        expanded = processor.expand(dict(document), options)
        _refuse_lossy(expanded)
        dataset = processor.to_rdf(expanded, options)
    except jsonld.JsonLdError as error:
        cause: BaseException = error
        while cause.__cause__ is not None:  # pyld wraps the error that says what went wrong
            cause = cause.__cause__
        raise ProofError(f"the document cannot be processed as JSON-LD: {cause}") from error
    return _BoundedURDNA2015().main(dataset, {"format": "application/n-quads"})


def canonical_proof_configuration(document: Mapping[str, Any], options: Mapping[str, Any]) -> str:
    """Proof Configuration (section 3.2.5): the proof options, without ``proofValue``, under the
    document's ``@context``, canonicalized."""
    if options.get("type") != PROOF_TYPE or options.get("cryptosuite") != CRYPTOSUITE:
        raise ProofError(f"proof options must have type {PROOF_TYPE} and cryptosuite {CRYPTOSUITE}")
    if "created" in options and not _is_datetime_stamp(options["created"]):
        raise ProofError(f"created {options['created']!r} is not an XML Schema dateTimeStamp")
    config = {key: value for key, value in options.items() if key not in ("@context", "proofValue")}
    return canonicalize({**config, "@context": document["@context"]})


def _is_datetime_stamp(value: object) -> bool:
    if not isinstance(value, str) or not _DATETIME_STAMP.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:  # e.g. 2023-02-30
        return False
    return True


def hash_data(canonical_proof_config: str, canonical_document: str) -> bytes:
    """Hashing (section 3.2.4): SHA-256 of the proof configuration, then of the document."""
    return (hashlib.sha256(canonical_proof_config.encode("utf-8")).digest()
            + hashlib.sha256(canonical_document.encode("utf-8")).digest())


# -- sign / verify -----------------------------------------------------------------------------


def sign(
    document: Mapping[str, Any],
    *,
    private_key: Ed25519PrivateKey,
    verification_method: str,
    created: str,
    proof_purpose: str = "assertionMethod",
) -> dict[str, Any]:
    """A copy of ``document`` with an ``eddsa-rdfc-2022`` ``DataIntegrityProof`` (section 3.2.1).

    ``verification_method`` is the URL of the public key (e.g. ``did:key:z6Mk...#z6Mk...`` or
    ``https://issuer.example/keys/1``); ``created`` an XML Schema dateTimeStamp such as
    ``"2025-01-31T12:00:00Z"``. Raises :class:`ProofError` if the document cannot be signed
    faithfully (unknown context or term, relative IRI, existing proof, bad option).
    """
    if not isinstance(document, Mapping) or "@context" not in document:
        raise ProofError("the document must be a JSON object with an @context")
    if "proof" in document:
        raise ProofError("the document already has a proof")
    if not isinstance(verification_method, str) or not _ABSOLUTE_IRI.match(verification_method):
        raise ProofError(f"verification method {verification_method!r} is not a URL")
    if not isinstance(proof_purpose, str) or not proof_purpose:
        raise ProofError(f"proof purpose {proof_purpose!r} is not a term such as 'assertionMethod'")
    unsecured = copy.deepcopy(dict(document))
    proof: dict[str, Any] = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": proof_purpose,
    }
    data = hash_data(canonical_proof_configuration(unsecured, proof), canonicalize(unsecured))
    proof["proofValue"] = multibase_encode(private_key.sign(data))
    return {**unsecured, "proof": proof}


def verify(
    document: Mapping[str, Any],
    *,
    public_key: Ed25519PublicKey,
    proof_purpose: str = "assertionMethod",
) -> bool:
    """Whether ``document`` carries a valid ``eddsa-rdfc-2022`` proof by ``public_key`` for
    ``proof_purpose`` (section 3.2.2).

    Never raises: a changed document, another key, a malformed or foreign proof, data the
    canonical form would not carry, or input that is no credential at all give ``False``.
    Which key belongs to ``proof.verificationMethod`` is the caller's to decide.
    """
    try:
        return _verify(document, public_key, proof_purpose)
    except Exception:  # any failure on untrusted input means "not verified"
        return False


def _verify(document: Any, public_key: Any, proof_purpose: str) -> bool:
    if not isinstance(document, Mapping) or not isinstance(public_key, Ed25519PublicKey):
        return False
    proof = document.get("proof")
    if not isinstance(proof, Mapping) or "@context" not in document:
        return False  # absent, or a proof set (a list), which this suite does not verify
    if proof.get("type") != PROOF_TYPE or proof.get("cryptosuite") != CRYPTOSUITE:
        return False
    if proof.get("proofPurpose") != proof_purpose:
        return False
    proof_value = proof.get("proofValue")
    if not isinstance(proof_value, str) or len(proof_value) > 100:
        return False
    signature = multibase_decode(proof_value)
    if len(signature) != 64:
        return False
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    if "@context" in proof and not _starts_with(unsecured["@context"], proof["@context"]):
        return False
    data = hash_data(canonical_proof_configuration(unsecured, proof), canonicalize(unsecured))
    try:
        public_key.verify(signature, data)
    except InvalidSignature:
        return False
    return True


def _starts_with(context: Any, prefix: Any) -> bool:
    """Whether the document's ``@context`` begins with the proof's (VC Data Integrity 1.0, 4.4)."""
    context = context if isinstance(context, list) else [context]
    prefix = prefix if isinstance(prefix, list) else [prefix]
    return context[: len(prefix)] == prefix
