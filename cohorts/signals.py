"""Signals of the cohorts app.

``invitation_created`` is sent after the commit that creates a cohort invitation;
``cohorts.receivers`` e-mails it through Celery.
"""
from django.dispatch import Signal

invitation_created = Signal()  # kwargs: invitation_id
