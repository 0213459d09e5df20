"""Certificates: issuing, rendering and verification (built in the certificates issue).

It will listen to ``courses.signals.enrollment_completed``.
"""
