from django.apps import AppConfig


def request_certificate(sender, enrollment, **kwargs):
    """``enrollment_completed`` receiver: create the pending certificate (issued on commit)."""
    from . import services

    services.certificate_request(enrollment=enrollment)


class CertificatesConfig(AppConfig):
    name = "certificates"

    def ready(self):
        from courses.signals import enrollment_completed

        enrollment_completed.connect(request_certificate, dispatch_uid="certificates.request_certificate")
