from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "programs"
    verbose_name = "Program sites, people and roles"

    def ready(self):
        from .converters import register

        register()  # before any URL module is loaded: ``<id:…>`` (see converters.py)

        from django.db.models.signals import post_delete, post_save

        from . import memo
        from .models import SiteRole

        memo.connect_signals()  # per-process memos of pages and sites follow every change (see memo.py)
        for signal in (post_save, post_delete):
            signal.connect(memo.roles_changed, sender=SiteRole, dispatch_uid=f"memo-roles-{id(signal)}")
