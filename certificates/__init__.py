"""Certificates: issue on course completion (Celery + ReportLab), public verification, transcripts.

Listens to ``courses.signals.enrollment_completed`` (connected in ``apps.py``).
"""
