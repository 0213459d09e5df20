"""Wagtail hooks of the learning flow: which view answers each page type."""
from wagtail import hooks

from . import views
from .models import CourseIndexPage, CoursePage, LessonPage, QuizPage
from .selectors import source_page

PAGE_VIEWS = {
    CourseIndexPage: views.serve_catalog,
    CoursePage: views.serve_course,
    LessonPage: views.serve_lesson,
    QuizPage: views.serve_quiz,
}


# Innermost of the serve chain (hooks of a lower order wrap it): Wagtail's check of the page's view
# restrictions (an ``on_serve_page`` hook of order 0) runs first.
@hooks.register("on_serve_page", order=100)
def serve_learning_pages(serve_next):
    """Serve catalog, course, lesson and quiz pages with their view in ``courses.views``.

    Wagtail runs the serve chain only for pages served to visitors: a preview in the editor
    renders the page's template with its ``get_context``. A translation is served as the page it
    translates (records belong to that one), shown in the reader's language (``request.content_page``)."""

    def serve(page, request, args, kwargs):
        view = PAGE_VIEWS.get(type(page))
        if view is None:
            return serve_next(page, request, args, kwargs)
        source = source_page(page)
        if source.pk != page.pk:
            request.content_page = page
        return view(request, source, *args, **kwargs)

    return serve
