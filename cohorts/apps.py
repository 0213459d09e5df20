from django.apps import AppConfig


class CohortsConfig(AppConfig):
    name = "cohorts"
    verbose_name = "Cohorts and live sessions"

    def ready(self):
        from . import receivers
        from .signals import invitation_created

        invitation_created.connect(receivers.enqueue_invitation_email, dispatch_uid="cohorts.enqueue_invitation_email")
