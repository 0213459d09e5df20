from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "programs"
    verbose_name = "Program sites, people and roles"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site

        from .converters import register
        from .language import site_languages_changed  # importing it also connects its log-in receiver
        from .models import ProgramSettings

        # The languages each site offers are cached: forget them when what they come from changes.
        for model in (ProgramSettings, Site):
            for signal in (post_save, post_delete):
                signal.connect(site_languages_changed, sender=model, dispatch_uid=f"programs-languages-{id(signal)}-{model._meta.label}")

        register()  # before any URL module is loaded: ``<id:…>`` (see converters.py)
