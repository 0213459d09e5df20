from django.apps import AppConfig


class CoachtrainingConfig(AppConfig):
    name = "coachtraining"
    verbose_name = "coachtraining platform"

    def ready(self):
        from .converters import register

        register()  # before any URL module is loaded: ``<id:…>`` (see converters.py)

        from .memo import connect_signals

        connect_signals()  # per-process memos of pages and sites follow every change (see memo.py)
