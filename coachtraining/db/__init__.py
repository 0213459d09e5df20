"""Database backends of the project (selected in ``coachtraining/settings/base.py``)."""
