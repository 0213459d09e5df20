"""Signals other apps listen to.

``enrollment_completed`` is sent exactly once per enrollment, inside the
transaction that marks it complete (``courses.services.enrollment_evaluate_completion``).
Receivers that enqueue background work must do so with ``transaction.on_commit``.
This is the hook the certificates app uses to issue a certificate.

``curriculum_loaded`` is sent by ``manage.py load_curriculum`` inside its transaction, once the
competency domains and courses exist; each receiver returns a list of (title, created) pairs
for the command's report. The readiness app adds the credential frameworks on it.
"""
from django.dispatch import Signal

enrollment_completed = Signal()  # kwargs: enrollment
curriculum_loaded = Signal()  # kwargs: domains (slug -> CompetencyDomain)
