"""Wagtail hooks of the learning flow: which view answers each page type."""
from wagtail import hooks

from . import views
from .models import CourseIndexPage, CoursePage, LessonPage, QuizPage

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
    renders the page's template with its ``get_context``."""

    def serve(page, request, args, kwargs):
        view = PAGE_VIEWS.get(type(page))
        if view is None:
            return serve_next(page, request, args, kwargs)
        return view(request, page, *args, **kwargs)

    return serve
