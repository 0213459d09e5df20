"""Signals of the certificates app.

``certificate_pending`` is sent after the commit that leaves a certificate waiting to be issued
(created, or found stuck by the sweep); ``certificates.receivers`` hands it to Celery.
"""
from django.dispatch import Signal

certificate_pending = Signal()  # kwargs: certificate_id

# Sent while a badge is signed, with ``domains`` (the certificate's competency domain names); each
# receiver returns ``certificates.badges.document.Alignment``s: the boards' competencies those
# domains count toward (``readiness.receivers`` answers from its credential frameworks).
badge_alignments = Signal()
