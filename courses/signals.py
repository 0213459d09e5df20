"""Signals other apps listen to.

``enrollment_completed`` is sent exactly once per enrollment, inside the
transaction that marks it complete (``courses.services.enrollment_evaluate_completion``).
Receivers that enqueue background work must do so with ``transaction.on_commit``.
This is the hook the certificates app uses to issue a certificate.
"""
from django.dispatch import Signal

enrollment_completed = Signal()  # kwargs: enrollment
