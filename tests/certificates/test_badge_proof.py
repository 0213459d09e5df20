"""The eddsa-rdfc-2022 Data Integrity cryptosuite for Open Badges 3.0 (certificates.badges).

Published vectors: the W3C one (vc-di-eddsa Recommendation 2025-05-15, Appendix B.1, examples 7-17), end to end;
1EdTech's (OB 3.0 Implementation Guide, "Linked Data Proof Test Vector for Open Badges 3.0", openbadges-specification
ob_v3p0/impl/) as far as it is consistent: its canonical N-Quads are its VC 2.0 credential's, while its hashes,
signature and proofValue are still those of the page's earlier VC 1.1 revision, checked from that revision's N-Quads.
"""
import copy
import functools
import hashlib
import re
import socket

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings, strategies as st
from pyld import jsonld

from certificates.badges import proof
from certificates.badges.loader import BUNDLED_CONTEXTS, OB_V3P0, VC_EXAMPLES_V2, VC_V2, UnknownContextError, load_context


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted: every JSON-LD context must come from the bundle")
    for owner, name in ((socket.socket, "connect"), (socket, "create_connection"), (socket, "getaddrinfo")):
        monkeypatch.setattr(owner, name, refuse)


def key_from_secret_multibase(value):
    """secretKeyMultibase: multicodec ed25519-priv (varint 0x80 0x26), the seed (W3C) or seed and public key (1EdTech)."""
    data = proof.multibase_decode(value)
    assert data[:2] == b"\x80\x26" and len(data) in (34, 66)
    return Ed25519PrivateKey.from_private_bytes(data[2:34])


def sha256(text):
    return hashlib.sha256(text.encode()).hexdigest()


# -- W3C vc-di-eddsa, Appendix B.1 -------------------------------------------------------------
W3C_PUBLIC = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
W3C_SECRET = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"
W3C_CREDENTIAL = {
    "@context": [VC_V2, VC_EXAMPLES_V2], "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
    "type": ["VerifiableCredential", "AlumniCredential"], "name": "Alumni Credential",
    "description": "A minimum viable example of an Alumni Credential.", "issuer": "https://vc.example/issuers/5678",
    "validFrom": "2023-01-01T00:00:00Z", "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"}}
W3C_CANONICAL_DOCUMENT = """\
<did:example:abcdefgh> <https://www.w3.org/ns/credentials/examples#alumniOf> "The School of Examples" .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/2018/credentials#VerifiableCredential> .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/ns/credentials/examples#AlumniCredential> .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/description> "A minimum viable example of an Alumni Credential." .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/name> "Alumni Credential" .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#credentialSubject> <did:example:abcdefgh> .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#issuer> <https://vc.example/issuers/5678> .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#validFrom> "2023-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
"""
W3C_DOCUMENT_HASH = "517744132ae165a5349155bef0bb0cf2258fff99dfe1dbd914b938d775a36017"
W3C_VM = f"did:key:{W3C_PUBLIC}#{W3C_PUBLIC}"
W3C_PROOF_OPTIONS = {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022",
                     "created": "2023-02-24T23:36:38Z", "verificationMethod": W3C_VM, "proofPurpose": "assertionMethod"}
W3C_CANONICAL_PROOF = f"""\
_:c14n0 <http://purl.org/dc/terms/created> "2023-02-24T23:36:38Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> .
_:c14n0 <https://w3id.org/security#cryptosuite> "eddsa-rdfc-2022"^^<https://w3id.org/security#cryptosuiteString> .
_:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .
_:c14n0 <https://w3id.org/security#verificationMethod> <{W3C_VM}> .
"""
W3C_PROOF_HASH = "bea7b7acfbad0126b135104024a5f1733e705108f42d59668b05c0c50004c6b0"
W3C_SIGNATURE = "4d8e53c2d5b3f2a7891753eb16ca993325bdb0d3cfc5be1093d0a18426f5ef8578cadc0fd4b5f4dd0d1ce0aefd15ab120b7a894d0eb094ffda4e6553cd1ed50d"
W3C_PROOF_VALUE = "z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme"
W3C_SIGNED = {**W3C_CREDENTIAL, "proof": {**W3C_PROOF_OPTIONS, "proofValue": W3C_PROOF_VALUE}}  # Example 17

# -- 1EdTech, Open Badges 3.0 Implementation Guide ---------------------------------------------
OB_PUBLIC = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
OB_SECRET = "zrv2bqTbNwCTsRrHFcJCPjVAduh4Ezcnoq1A3ZxH1GWTNkxipLVuaAoMFmze2gFN9oNXfJjufxSHWVZzsJiUsMHFMcx"
OB_VM = f"https://example.edu/issuers/565049#{OB_PUBLIC}"
OB_PROOF_OPTIONS = {**W3C_PROOF_OPTIONS, "created": "2010-01-01T19:23:24Z", "verificationMethod": OB_VM}
# The guide names the OB context by an older URL (context/ob_v3p0.jsonld); its published canonical form is the one
# context-3.0.3.json gives.
OB_EXAMPLE = {
    "@context": [VC_V2, OB_V3P0], "id": "http://example.com/credentials/3527", "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "issuer": {"id": "https://example.edu/issuers/565049", "type": ["Profile"], "url": "https://www.imsglobal.org", "name": "Example Corp"},
    "validFrom": "2010-01-01T00:00:00Z", "name": "Teamwork Badge",
    "credentialSubject": {"id": "did:example:ebfeb1f712ebc6f1c276e12ec21", "type": ["AchievementSubject"], "achievement": {
        "id": "https://example.com/achievements/21st-century-skills/teamwork", "type": ["Achievement"],
        "criteria": {"narrative": "Team members are nominated for this badge by their peers and recognized upon review "
                                  "by Example Corp management."},
        "description": "This badge recognizes the development of the capacity to collaborate within a group environment.",
        "name": "Teamwork"}},
}
OB_CANONICAL_DOCUMENT = """\
<did:example:ebfeb1f712ebc6f1c276e12ec21> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#AchievementSubject> .
<did:example:ebfeb1f712ebc6f1c276e12ec21> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievement> <https://example.com/achievements/21st-century-skills/teamwork> .
<http://example.com/credentials/3527> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential> .
<http://example.com/credentials/3527> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/2018/credentials#VerifiableCredential> .
<http://example.com/credentials/3527> <https://schema.org/name> "Teamwork Badge" .
<http://example.com/credentials/3527> <https://www.w3.org/2018/credentials#credentialSubject> <did:example:ebfeb1f712ebc6f1c276e12ec21> .
<http://example.com/credentials/3527> <https://www.w3.org/2018/credentials#issuer> <https://example.edu/issuers/565049> .
<http://example.com/credentials/3527> <https://www.w3.org/2018/credentials#validFrom> "2010-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
<https://example.com/achievements/21st-century-skills/teamwork> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#Achievement> .
<https://example.com/achievements/21st-century-skills/teamwork> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#Criteria> _:c14n0 .
<https://example.com/achievements/21st-century-skills/teamwork> <https://schema.org/description> "This badge recognizes the development of the capacity to collaborate within a group environment." .
<https://example.com/achievements/21st-century-skills/teamwork> <https://schema.org/name> "Teamwork" .
<https://example.edu/issuers/565049> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#Profile> .
<https://example.edu/issuers/565049> <https://schema.org/name> "Example Corp" .
<https://example.edu/issuers/565049> <https://schema.org/url> "https://www.imsglobal.org"^^<https://www.w3.org/2001/XMLSchema#anyURI> .
_:c14n0 <https://purl.imsglobal.org/spec/vc/ob/vocab.html#narrative> "Team members are nominated for this badge by their peers and recognized upon review by Example Corp management." .
"""
OB_CANONICAL_PROOF = f"""\
_:c14n0 <http://purl.org/dc/terms/created> "2010-01-01T19:23:24Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> .
_:c14n0 <https://w3id.org/security#cryptosuite> "eddsa-rdfc-2022"^^<https://w3id.org/security#cryptosuiteString> .
_:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .
_:c14n0 <https://w3id.org/security#verificationMethod> <{OB_VM}> .
"""
# The earlier (VC 1.1) revision's canonical forms state the same: with "Achievement" as property, "issuanceDate",
# strings typed xsd:string and the cryptosuite untyped. Their SHA-256 is the published hash: these are its bytes.
OB_EARLIER_DOCUMENT = "".join(sorted(re.sub(r'" \.$', '"^^<https://www.w3.org/2001/XMLSchema#string> .', line) + "\n" for line in (
    OB_CANONICAL_DOCUMENT.replace("#achievement>", "#Achievement>").replace("#validFrom>", "#issuanceDate>").splitlines())))
OB_EARLIER_PROOF = OB_CANONICAL_PROOF.replace('"^^<https://w3id.org/security#cryptosuiteString>', '"')


# -- an OpenBadgeCredential as this platform will issue them ------------------------------------
RESULT_DESCRIPTION = "urn:uuid:a1f0c2d4-1b2c-4d5e-8f90-123456789abc"
COACH_BADGE = {
    "@context": [VC_V2, OB_V3P0], "id": "urn:uuid:2f6b1b9e-6a55-4c59-9a39-7d3c1f0e8a10",
    "type": ["VerifiableCredential", "OpenBadgeCredential"], "name": "Peer Recovery Coach \u2014 Foundations",
    "issuer": {"id": "https://coaching.example.org/issuers/1", "type": ["Profile"], "name": "Example Recovery Coach Academy",
               "url": "https://coaching.example.org"},
    "validFrom": "2025-03-01T09:30:00Z", "credentialSubject": {
        "id": "did:example:learner-42", "type": ["AchievementSubject"], "creditsEarned": 4.5, "activityEndDate": "2025-02-28",
        "achievement": {
            "id": "https://coaching.example.org/achievements/foundations", "type": ["Achievement"],
            "achievementType": "Certificate", "name": "Foundations of Peer Recovery Coaching", "creditsAvailable": 4.5,
            "description": "Completed all lessons and the final assessment.",
            "criteria": {"narrative": "Complete every lesson, then score at least 80% in the final assessment."},
            "resultDescription": [{"id": RESULT_DESCRIPTION, "type": ["ResultDescription"], "name": "Final assessment",
                                   "resultType": "Percent", "requiredValue": "80"}]},
        "result": [{"type": ["Result"], "resultDescription": RESULT_DESCRIPTION, "value": "92"}]}}
# SHA-256 of COACH_BADGE's canonical N-Quads as computed independently by jsonld.js 9.0.0 with rdf-canonize 5.0.0
# (algorithm RDFC-1.0, safe mode) from the same bundled contexts.
COACH_BADGE_CANONICAL_SHA256 = "edfeeef6f0e50abd683b1a1041f95ddbdfc9c302afe9a5ec4b9393cba6f5e2d0"
ISSUER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
ISSUER_VM = f"https://coaching.example.org/issuers/1#{proof.public_key_multibase(ISSUER_KEY.public_key())}"
CREATED = "2025-03-01T09:30:05Z"


def signed_badge():
    return proof.sign(COACH_BADGE, private_key=ISSUER_KEY, verification_method=ISSUER_VM, created=CREATED)


def test_w3c_vector():
    document = proof.canonicalize(W3C_CREDENTIAL)
    assert document == W3C_CANONICAL_DOCUMENT and sha256(document) == W3C_DOCUMENT_HASH
    config = proof.canonical_proof_configuration(W3C_CREDENTIAL, W3C_PROOF_OPTIONS)
    assert config == W3C_CANONICAL_PROOF and sha256(config) == W3C_PROOF_HASH
    assert proof.hash_data(config, document) == bytes.fromhex(W3C_PROOF_HASH + W3C_DOCUMENT_HASH)
    # pyld's own normalize (URDNA2015) gives RDFC-1.0's bytes here.
    assert jsonld.normalize(W3C_CREDENTIAL, {"algorithm": "URDNA2015", "format": "application/n-quads",
                                             "documentLoader": load_context}) == W3C_CANONICAL_DOCUMENT
    key = key_from_secret_multibase(W3C_SECRET)
    assert proof.public_key_multibase(key.public_key()) == W3C_PUBLIC
    assert key.sign(bytes.fromhex(W3C_PROOF_HASH + W3C_DOCUMENT_HASH)).hex() == W3C_SIGNATURE
    assert proof.multibase_encode(bytes.fromhex(W3C_SIGNATURE)) == W3C_PROOF_VALUE
    assert proof.sign(W3C_CREDENTIAL, private_key=key, verification_method=W3C_VM, created="2023-02-24T23:36:38Z") == W3C_SIGNED
    assert proof.verify(W3C_SIGNED, public_key=proof.public_key_from_multibase(W3C_PUBLIC))


def test_1edtech_vector():
    # test-vectors/obv3p0/document-canon.txt and proof-canon.txt, byte for byte
    assert proof.canonicalize(OB_EXAMPLE) == OB_CANONICAL_DOCUMENT
    assert proof.canonical_proof_configuration(OB_EXAMPLE, OB_PROOF_OPTIONS) == OB_CANONICAL_PROOF
    assert sha256(OB_EARLIER_DOCUMENT) == "d994aebd5e53f4af4495dbe9e1155410bae683811107c26acf83671075c163b3"
    assert sha256(OB_EARLIER_PROOF) == "3cf3c265b6c8ebb29b4d5ea310b87d2f31c79b633eff8af561d2e8c97a85c8cb"
    key = key_from_secret_multibase(OB_SECRET)
    assert key.public_key().public_bytes_raw().hex() == "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5"
    assert proof.public_key_multibase(key.public_key()) == OB_PUBLIC
    signature = key.sign(proof.hash_data(OB_EARLIER_PROOF, OB_EARLIER_DOCUMENT))
    assert signature.hex() == "17a898a91832fa58bd66433e18dc8256522bcf84382994c395c23c26cba71ff8060a2587390e5ed20c4decec45c0c0c9eec1f7d2d1ce91e1ffc992983a74a300"
    assert proof.multibase_encode(signature) == "zUSD5bjo6mYV1n9i9E6ZwUiHuj4JyZDjCDfDqoJcPi9XJrc9LYstik9mdBvutdwBdquWXjWrwJDVGJrAarvRs8uD"
    signed = proof.sign(OB_EXAMPLE, private_key=key, verification_method=OB_VM, created="2010-01-01T19:23:24Z")
    assert proof.verify(signed, public_key=proof.public_key_from_multibase(OB_PUBLIC))  # their credential, our proof


def test_open_badge_round_trip():
    original = copy.deepcopy(COACH_BADGE)
    signed = signed_badge()
    assert COACH_BADGE == original and {key: value for key, value in signed.items() if key != "proof"} == original
    assert signed["proof"] == {**W3C_PROOF_OPTIONS, "created": CREATED, "verificationMethod": ISSUER_VM,
                               "proofValue": signed["proof"]["proofValue"]}
    assert len(proof.multibase_decode(signed["proof"]["proofValue"])) == 64
    assert sha256(proof.canonicalize(COACH_BADGE)) == COACH_BADGE_CANONICAL_SHA256
    assert proof.verify(signed, public_key=ISSUER_KEY.public_key())
    assert proof.verify(copy.deepcopy(signed), public_key=proof.public_key_from_multibase(ISSUER_VM.split("#")[1]))


def _set(path, value):
    def change(document):
        functools.reduce(lambda node, key: node[key], path[:-1], document)[path[-1]] = value
    return change


TAMPERINGS = {
    "achievement name": _set(["credentialSubject", "achievement", "name"], "Advanced Peer Recovery Coaching"),
    "creditsEarned": _set(["credentialSubject", "creditsEarned"], 45),
    "result value": _set(["credentialSubject", "result", 0, "value"], "100"),
    "subject": _set(["credentialSubject", "id"], "did:example:someone-else"),
    "validFrom": _set(["validFrom"], "2024-03-01T09:30:00Z"), "issuer": _set(["issuer", "id"], "https://mill.example.com/i"),
    "undefined term added": _set(["credentialSubject", "grade"], "A+"),
    "subject type removed": lambda document: document["credentialSubject"].pop("type"),
    "proofValue": _set(["proof", "proofValue"], W3C_PROOF_VALUE),
    "proofValue last character": lambda document: document["proof"].update(
        proofValue=document["proof"]["proofValue"][:-1] + ("3" if document["proof"]["proofValue"].endswith("2") else "2")),
    "created": _set(["proof", "created"], "2025-03-02T09:30:05Z"),
    "verificationMethod": _set(["proof", "verificationMethod"], "https://coaching.example.org/issuers/1#key-2"),
    "cryptosuite eddsa-jcs-2022": _set(["proof", "cryptosuite"], "eddsa-jcs-2022"),
    "cryptosuite ecdsa-rdfc-2019": _set(["proof", "cryptosuite"], "ecdsa-rdfc-2019"),
    "proof type": _set(["proof", "type"], "Ed25519Signature2020"), "proofPurpose": _set(["proof", "proofPurpose"], "authentication"),
    "proof @context not a prefix": _set(["proof", "@context"], [VC_EXAMPLES_V2]),
    "proof removed": lambda document: document.pop("proof"), "proof set": lambda document: document.update(proof=[document["proof"]]),
}


@pytest.mark.parametrize("tamper", TAMPERINGS.values(), ids=TAMPERINGS.keys())
def test_tampering_fails_verification(tamper):
    document = signed_badge()
    tamper(document)
    assert proof.verify(document, public_key=ISSUER_KEY.public_key()) is False


@pytest.mark.parametrize("key", [Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33))).public_key(), None])
def test_another_key_fails_verification(key):
    assert proof.verify(signed_badge(), public_key=key) is False


def _clique(size):
    """Blank nodes all linked to each other: RDFC-1.0's example of dataset poisoning."""
    return [{"@id": f"_:b{i}", "https://example.org/knows": [{"@id": f"_:b{j}"} for j in range(size) if j != i]}
            for i in range(size)]


DEEP = functools.reduce(lambda node, _: {"credentialSubject": node}, range(5000), {})
GARBAGE = [None, "", "a string", 42, [], {}, {"proof": "x"}, {"@context": 5, "proof": {}},
           *({**W3C_SIGNED, "proof": {**W3C_SIGNED["proof"], **change}} for change in (  # a malformed proof
               {"proofValue": "z0OIl"}, {"proofValue": "u" + "A" * 86}, {"proofValue": "z" + "2" * 5000}, {"created": "yesterday"})),
           {**W3C_SIGNED, "@context": ["https://attacker.example/context"]},
           {**W3C_SIGNED, "@context": [VC_V2, {"@import": "https://attacker.example/context"}]},
           {**W3C_SIGNED, "@graph": _clique(8)}, {**W3C_SIGNED, **DEEP}]


@pytest.mark.parametrize("document", GARBAGE)
def test_garbage_is_refused_without_an_exception(document):
    assert proof.verify(document, public_key=proof.public_key_from_multibase(W3C_PUBLIC)) is False


def test_loader_serves_only_the_bundled_contexts():
    for url in BUNDLED_CONTEXTS:
        assert load_context(url)["document"]["@context"]
    with pytest.raises(UnknownContextError, match="is not bundled .* never fetched"):
        load_context("https://www.w3.org/2018/credentials/v1")
    with pytest.raises(proof.ProofError, match="context-3.0.2.json' is not bundled"):
        proof.sign({**COACH_BADGE, "@context": [VC_V2, "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"]},
                   private_key=ISSUER_KEY, verification_method=ISSUER_VM, created=CREATED)


@pytest.mark.parametrize("change, created, message", [
    (_set(["credentialSubject", "grade"], "A+"), CREATED, "'grade' is not defined"),
    (_set(["credentialSubject", "id"], "learner-42"), CREATED, "'learner-42' is not an absolute IRI"),
    (_set(["type"], ["VerifiableCredential", "Badge"]), CREATED, "'Badge' is not an absolute IRI"),
    (_set(["name"], "Tab\tis fine, bell\x07 is not"), CREATED, "control character"),
    (_set(["proof"], {}), CREATED, "already has a proof"),
    (lambda document: document.pop("@context"), CREATED, "with an @context"),
    (lambda document: document.update({"@graph": _clique(8)}), CREATED, "dataset poisoning"),
    *((lambda document: None, created, "dateTimeStamp")
      for created in ["2025-02-30T00:00:00Z", "2025-03-01T09:30:05", "2025-03-01", "soon"]),
])
def test_documents_that_cannot_be_signed_faithfully_are_refused(change, created, message):
    document = copy.deepcopy(COACH_BADGE)
    change(document)
    with pytest.raises(proof.ProofError, match=message):
        proof.sign(document, private_key=ISSUER_KEY, verification_method=ISSUER_VM, created=created)


@settings(max_examples=200, deadline=None, database=None)
@given(st.binary(max_size=80))
def test_multibase_round_trip(data):
    encoded = proof.multibase_encode(data)
    assert encoded.startswith("z") and proof.multibase_decode(encoded) == data


def test_multikey_round_trip_and_refusals():
    public, encoded = ISSUER_KEY.public_key(), proof.public_key_multibase(ISSUER_KEY.public_key())
    assert encoded.startswith("z6Mk") and proof.public_key_from_multibase(encoded).public_bytes_raw() == public.public_bytes_raw()
    for bad in ["", "6Mk", "z6Mk0", proof.multibase_encode(b"\x80\x26" + bytes(32)), encoded[:-2]]:
        with pytest.raises(ValueError):
            proof.public_key_from_multibase(bad)
