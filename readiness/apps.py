from django.apps import AppConfig


class ReadinessConfig(AppConfig):
    name = "readiness"
    verbose_name = "Credential readiness"

    def ready(self):
        from courses.signals import curriculum_loaded

        from .services import frameworks_load

        curriculum_loaded.connect(frameworks_load, dispatch_uid="readiness.frameworks_load")
