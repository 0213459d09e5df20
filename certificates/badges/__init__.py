"""Open Badges 3.0 credentials secured with a W3C Data Integrity proof (cryptosuite
``eddsa-rdfc-2022``): signing, verification and the offline JSON-LD contexts they need."""
