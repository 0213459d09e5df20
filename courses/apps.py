from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses and hours"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.documents import get_document_model
        from wagtail.models import Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .caching import content_changed
        from .models import CompetencyDomain

        # Cached outlines, routes and lesson bodies follow every change of what they are built from.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(content_changed, dispatch_uid=f"courses-content-{id(signal)}")
        watched = [Site, PageViewRestriction, get_document_model(), CompetencyDomain]
        watched += [model for model in self.apps.get_models() if issubclass(model, Page)]
        for model in watched:
            for signal in (post_save, post_delete):
                signal.connect(content_changed, sender=model, dispatch_uid=f"courses-content-{id(signal)}-{model._meta.label}")
