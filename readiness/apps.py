from django.apps import AppConfig


class ReadinessConfig(AppConfig):
    name = "readiness"
    verbose_name = "Credential readiness"

    def ready(self):
        from certificates.signals import badge_alignments
        from courses.signals import curriculum_loaded

        from .receivers import badge_alignments as answer_badge_alignments
        from .services import frameworks_load

        curriculum_loaded.connect(frameworks_load, dispatch_uid="readiness.frameworks_load")
        badge_alignments.connect(answer_badge_alignments, dispatch_uid="readiness.badge_alignments")
