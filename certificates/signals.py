"""Signals of the certificates app.

``certificate_pending`` is sent after the commit that leaves a certificate waiting to be issued
(created, or found stuck by the sweep); ``certificates.receivers`` hands it to Celery.
"""
from django.dispatch import Signal

certificate_pending = Signal()  # kwargs: certificate_id
