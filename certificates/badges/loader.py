"""A JSON-LD document loader that serves only the contexts bundled in ``contexts/``.

Canonicalizing a credential needs the JSON-LD contexts it names. Fetching them at run time
would make a signature depend on whatever a remote server answers (and on the network being
up), so every context the badges need is kept here as a file, byte for byte as published, with
the SHA-256 digest of those bytes. Any other URL raises :class:`UnknownContextError`; nothing is
ever fetched.

Sources of the bundled bytes (for the W3C documents, the digests are those of the documents
as served at their URLs):

- ``https://www.w3.org/ns/credentials/v2``: VC Data Model 2.0 (W3C Recommendation
  2025-05-15), whose Appendix B.1 publishes this SHA-256 digest.
- ``https://www.w3.org/ns/credentials/examples/v2``: w3c/vc-data-model,
  ``contexts/credentials/examples/v2``.
- ``https://w3id.org/security/data-integrity/v2`` and ``https://w3id.org/security/multikey/v1``:
  VC Data Integrity 1.0 (W3C Recommendation), as served by w3.org.
- ``https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json``: 1EdTech
  openbadges-specification, ``ob_v3p0/context-3.0.3.json`` at commit ``60896ea35c13``. 1EdTech
  amends this URL in place with additive terms only (``endorsementJwt`` was added after this
  copy); a term missing here makes signing and verification fail, it never drops data silently.
"""
from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from types import MappingProxyType
from typing import Any

CONTEXTS_DIR = Path(__file__).with_name("contexts")

VC_V2 = "https://www.w3.org/ns/credentials/v2"
VC_EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2"
DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2"
MULTIKEY_V1 = "https://w3id.org/security/multikey/v1"
OB_V3P0 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"

#: URL -> (file in ``contexts/``, SHA-256 of its bytes).
BUNDLED_CONTEXTS = MappingProxyType(
    {
        VC_V2: (
            "credentials-v2.jsonld",
            "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734",
        ),
        VC_EXAMPLES_V2: (
            "credentials-examples-v2.jsonld",
            "57393fbc69d6efb9b9b5dc9cb6b9880b0944360abfe2eaf459c9e58cf2279d7c",
        ),
        DATA_INTEGRITY_V2: (
            "data-integrity-v2.jsonld",
            "67f21e6e33a6c14e5ccfd2fc7865f7474fb71a04af7e94136cb399dfac8ae8f4",
        ),
        MULTIKEY_V1: (
            "multikey-v1.jsonld",
            "ba2c182de2d92f7e47184bcca8fcf0beaee6d3986c527bf664c195bbc7c58597",
        ),
        OB_V3P0: (
            "ob-context-3.0.3.json",
            "01d87cc8b5357af557bfb09428f603c4691c49ef8a6089945a70bda1b96b1db2",
        ),
    }
)


class UnknownContextError(LookupError):
    """A JSON-LD document named a context URL that is not bundled (and will not be fetched)."""

    def __init__(self, url: object) -> None:
        self.url = url
        super().__init__(
            f"JSON-LD context {url!r} is not bundled in {CONTEXTS_DIR}; remote documents are "
            "never fetched. Bundle the context (with its SHA-256) to use it."
        )


class ContextIntegrityError(RuntimeError):
    """A bundled context file no longer has the bytes it was bundled with."""


@functools.cache
def _context_text(url: str) -> str:
    """The bundled context for ``url``, as text, after checking its SHA-256 digest."""
    filename, expected = BUNDLED_CONTEXTS[url]
    data = (CONTEXTS_DIR / filename).read_bytes()
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected:
        raise ContextIntegrityError(
            f"{filename} has SHA-256 {actual}, expected {expected}: the bundled copy of {url} "
            "was altered"
        )
    return data.decode("utf-8")


def load_context(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """A pyld document loader: the bundled document for ``url``, or :class:`UnknownContextError`.

    Each call returns a fresh parse, so pyld cannot alter the cached copy. The ``static`` tag lets
    a pyld ``ContextResolver`` cache the processed context across operations.
    """
    if not isinstance(url, str) or url not in BUNDLED_CONTEXTS:
        raise UnknownContextError(url)
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": json.loads(_context_text(url)),
        "tag": "static",
    }
