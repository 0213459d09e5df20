from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"

    def ready(self):
        from courses.signals import enrollment_completed

        from . import receivers
        from .signals import certificate_pending

        enrollment_completed.connect(receivers.request_certificate, dispatch_uid="certificates.request_certificate")
        certificate_pending.connect(receivers.enqueue_issue, dispatch_uid="certificates.enqueue_issue")
