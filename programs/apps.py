from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "programs"
    verbose_name = "Program sites, people and roles"

    def ready(self):
        from . import language  # noqa: F401  (its log-in receiver)
        from .converters import register

        register()  # before any URL module is loaded: ``<id:…>`` (see converters.py)
