"""HTTP layer of the learning flow: parse the request, call a service, render.

Catalog, course, lesson and quiz pages are Wagtail pages answered by ``serve_catalog``,
``serve_course``, ``serve_lesson`` and ``serve_quiz`` here (through the ``on_serve_page`` hook in
``courses.wagtail_hooks``). Every view that touches progress
fetches the enrollment *of the requesting user*, so one trainee can never
read or change another's data (another user's attempt id is a 404).
"""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST



from . import services
from .grading import InvalidAnswers, presentation_order
from .models import ActivityResponse, CourseIndexPage, CoursePage, LessonPage, QuizAttempt, QuizPage
from .selectors import (
    catalog_for_user,
    course_detail,
    course_outlines,
    dashboard_for_user,
    journal_for,
    lesson_activities,
    live_credited_page,
    source_page,
    translation_of,
)


def _page_or_404(model, page_id):
    return source_page(get_object_or_404(model.objects.live(), pk=page_id))


def _shown(request, page):
    """The page as the reader reads it: its translation when one was served (see ``courses.wagtail_hooks``)."""
    return getattr(request, "content_page", page)


def _neighbours(page):
    """Previous and next lesson/quiz in the course, in outline order."""
    course = page.course
    items = [item.page for module in course_outlines([course])[course.pk] for item in module.items]
    ids = [item.pk for item in items]
    if page.pk not in ids:
        return None, None
    index = ids.index(page.pk)
    previous_item = items[index - 1] if index > 0 else None
    next_item = items[index + 1] if index + 1 < len(items) else None
    return previous_item, next_item


def _require_enrollment(request, page):
    """The requester's enrollment for ``page``'s course, or a response sending them where they can get one."""
    if not request.user.is_authenticated:
        return None, redirect_to_login(request.get_full_path())
    try:
        return services.enrollment_for(user=request.user, page=page), None
    except services.NotEnrolled as error:
        messages.info(request, str(error))
        return None, redirect(page.course.get_url(request))


# --------------------------------------------------------------------------
# Pages (answered through the ``on_serve_page`` hook, see courses.wagtail_hooks)
# --------------------------------------------------------------------------


def serve_catalog(request, index_page: CourseIndexPage, *args, **kwargs):
    """A program's catalog: its live courses, with the viewer's enrollments."""
    context = _shown(request, index_page).get_context(request)
    context["catalog"] = catalog_for_user(index_page=index_page, user=request.user)
    return TemplateResponse(request, index_page.get_template(request), context)


def serve_course(request, course: CoursePage, *args, **kwargs):
    """A course: its outline, and the viewer's progress when enrolled."""
    context = _shown(request, course).get_context(request)
    context.update(course_detail(course=course, user=request.user))
    return TemplateResponse(request, course.get_template(request), context)


# --------------------------------------------------------------------------
# Lessons
# --------------------------------------------------------------------------


def serve_lesson(request, lesson: LessonPage, *args, **kwargs):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])  # completion and heartbeats have their own URLs
    enrollment, response = _require_enrollment(request, lesson)
    if response:
        return response
    progress = services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
    previous_item, next_item = _neighbours(lesson)
    context = _shown(request, lesson).get_context(request)
    context.update(
        {
            "course": lesson.course,
            "module": lesson.module,
            "enrollment": enrollment,
            "progress": progress,
            "seconds_remaining": max(0, lesson.min_engaged_seconds - progress.engaged_seconds),
            "activities": _activities_with_drafts(request, lesson),
            "previous_item": previous_item,
            "next_item": next_item,
        }
    )
    return TemplateResponse(request, lesson.get_template(request), context)


def _activities_with_drafts(request, lesson):
    activities = lesson_activities(lesson=lesson, user=request.user, shown=_shown(request, lesson))
    for state in activities:
        state.draft = request.session.pop(f"draft:{lesson.pk}:{state.id}", None)
    return activities


@require_POST
def lesson_heartbeat(request, page_id):
    """Called every ~30 s by an open lesson tab; the server measures the time itself."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": _("Log in to record your progress.")}, status=401)
    lesson = live_credited_page(LessonPage, page_id)
    try:
        enrollment = services.enrollment_for(user=request.user, page=lesson)
    except services.NotEnrolled as error:
        return JsonResponse({"error": str(error)}, status=403)
    progress = services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
    return JsonResponse(
        {
            "engaged_seconds": progress.engaged_seconds,
            "seconds_remaining": max(0, lesson.min_engaged_seconds - progress.engaged_seconds),
            "completed": progress.completed_at is not None,
        }
    )


@require_POST
def lesson_complete(request, page_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    lesson = live_credited_page(LessonPage, page_id)
    enrollment, response = _require_enrollment(request, lesson)
    if response:
        return response
    try:
        progress = services.lesson_complete(enrollment=enrollment, lesson=lesson)
    except (services.LessonNotReady, services.ActivitiesNotDone) as error:
        messages.warning(request, str(error))
        return redirect(lesson.get_url(request))
    messages.success(
        request,
        ngettext(
            "“%(title)s” is complete: %(minutes)s minute credited.",
            "“%(title)s” is complete: %(minutes)s minutes credited.",
            lesson.credit_minutes,
        )
        % {"title": translation_of(lesson).title, "minutes": lesson.credit_minutes},
    )
    _previous, next_item = _neighbours(lesson)
    if progress.enrollment.completed_at or next_item is None:
        return redirect(lesson.course.get_url(request))
    return redirect(next_item.get_url(request))


@require_POST
def activity_answer(request, page_id, block_id):
    """A trainee's answer to one activity of a lesson (the form under the activity); back to it."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    lesson = live_credited_page(LessonPage, page_id)
    if not any(str(block.id) == block_id for block in lesson.activity_blocks()):
        raise Http404("No such activity in this lesson.")
    try:
        enrollment = services.enrollment_for(user=request.user, page=lesson)
    except services.NotEnrolled as error:
        raise PermissionDenied(str(error)) from None
    kind = request.POST.get("kind", "")
    arguments = {"enrollment": enrollment, "lesson": lesson, "block_id": block_id}
    try:
        if kind == "reflection":
            services.reflection_save(
                **arguments,
                text=request.POST.get("text", ""),
                share_with_facilitators=bool(request.POST.get("share_facilitators")),
                share_with_supervisors=bool(request.POST.get("share_supervisors")),
            )
            messages.success(request, _("Your reflection is saved in your journal."))
        elif kind == "scenario":
            services.scenario_choose(**arguments, choice_id=request.POST.get("choice", ""))
        elif kind == "self_check":
            answers = {name[2:]: request.POST.get(name) for name in request.POST if name.startswith("q-")}
            services.self_check_answer(**arguments, answers=answers)
        else:
            raise services.ActivityError(_("This activity is not part of the lesson (it may have been changed); reload the page."))
    except services.ActivityError as error:
        messages.error(request, str(error))
        if kind == "reflection":
            # Keep what they wrote: it goes back into the box.
            request.session[f"draft:{lesson.pk}:{block_id}"] = request.POST.get("text", "")[: services.REFLECTION_MAX_CHARACTERS]
    return redirect(f"{lesson.get_url(request)}#activity-{block_id}")


@login_required
@require_GET
def journal(request):
    """The trainee's own answers: reflections (with whom each is shared), scenarios, self-checks."""
    return TemplateResponse(request, "courses/journal.html", {"groups": journal_for(user=request.user)})


@login_required
@require_POST
def journal_share(request, response_id):
    answer = get_object_or_404(ActivityResponse, pk=response_id, user=request.user)
    try:
        services.reflection_share(
            user=request.user,
            response=answer,
            with_facilitators=bool(request.POST.get("share_facilitators")),
            with_supervisors=bool(request.POST.get("share_supervisors")),
        )
    except services.ActivityError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Sharing updated."))
    return redirect(f"{reverse('courses:journal')}#response-{answer.pk}")


# --------------------------------------------------------------------------
# Quizzes
# --------------------------------------------------------------------------


def _quiz_context(request, quiz, enrollment, attempt, errors=None, selected=None):
    questions = []
    if attempt is not None:
        # The same questions (the same ids) in the reader's language.
        shown = _shown(request, quiz)
        questions = presentation_order(shown.attempt_questions(attempt), seed=attempt.pk, shuffle=quiz.shuffle)
    previous = list(
        QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz, submitted_at__isnull=False).order_by("number")
    )
    previous_item, next_item = _neighbours(quiz)
    context = _shown(request, quiz).get_context(request)
    context.update(
        {
            "course": quiz.course,
            "module": quiz.module,
            "enrollment": enrollment,
            "attempt": attempt,
            "questions": questions,
            "errors": errors or {},
            "selected": selected or {},
            "previous_attempts": previous,
            "passed": any(a.passed for a in previous),
            "attempts_left": services.quiz_attempts_left(enrollment=enrollment, quiz=quiz, used=len(previous)),
            "previous_item": previous_item,
            "next_item": next_item,
        }
    )
    return context


def serve_quiz(request, quiz: QuizPage, *args, **kwargs):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])  # answers go to the attempt's submit URL
    enrollment, response = _require_enrollment(request, quiz)
    if response:
        return response
    previous = QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz, passed=True)
    attempt = None
    if not previous.exists():
        try:
            attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
        except services.NoAttemptsLeft as error:
            messages.warning(request, str(error))
    return TemplateResponse(request, quiz.get_template(request), _quiz_context(request, quiz, enrollment, attempt))


def _answers_from_post(post) -> dict[str, list[str]]:
    answers = {}
    for name in post:
        if name.startswith("q-"):
            answers[name[2:]] = post.getlist(name)
    return answers


@require_POST
def quiz_submit(request, attempt_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attempt = get_object_or_404(QuizAttempt.objects.select_related("enrollment"), pk=attempt_id, enrollment__user=request.user)
    attempt.quiz = quiz = live_credited_page(QuizPage, attempt.quiz_id)  # 404 unless live; module and course known
    attempt.enrollment.course = quiz.course
    attempt.enrollment.user = request.user  # its owner, checked in the query above
    answers = _answers_from_post(request.POST)
    try:
        attempt = services.quiz_attempt_submit(attempt=attempt, answers=answers)
    except InvalidAnswers as error:
        if attempt.is_submitted:
            return redirect("courses:attempt", attempt_id=attempt.pk)
        context = _quiz_context(request, quiz, attempt.enrollment, attempt, errors=error.errors, selected=answers)
        return TemplateResponse(request, quiz.get_template(request), context, status=400)
    except services.AttemptAlreadySubmitted:
        messages.info(request, _("That attempt was already submitted; here is its result."))
    return redirect("courses:attempt", attempt_id=attempt.pk)


@login_required
@require_GET
def attempt_result(request, attempt_id):
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("enrollment", "quiz"),
        pk=attempt_id,
        enrollment__user=request.user,
        submitted_at__isnull=False,
    )
    quiz = attempt.quiz
    used = QuizAttempt.objects.filter(enrollment=attempt.enrollment, quiz=quiz, submitted_at__isnull=False).count()
    attempts_left = services.quiz_attempts_left(enrollment=attempt.enrollment, quiz=quiz, used=used)
    # Correct answers are revealed only once they can no longer help a retry.
    reveal = attempt.passed or attempts_left == 0
    _previous, next_item = _neighbours(quiz)
    return TemplateResponse(
        request,
        "courses/attempt_result.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "course": quiz.course,
            "attempts_left": attempts_left,
            "reveal": reveal,
            "next_item": next_item,
        },
    )


# --------------------------------------------------------------------------
# Enrollment and dashboard
# --------------------------------------------------------------------------


@require_POST
def enroll(request, page_id):
    course = _page_or_404(CoursePage, page_id)
    if not request.user.is_authenticated:
        return redirect_to_login(course.get_url(request))
    try:
        _enrollment, created = services.enrollment_create(user=request.user, course=course)
    except services.CourseNotOpen as error:
        messages.error(request, str(error))
        return redirect("courses:dashboard")
    if created:
        messages.success(request, _("You are enrolled in %(course)s.") % {"course": translation_of(course).title})
    return redirect(course.get_url(request))


@login_required
@require_GET
def dashboard(request):
    return TemplateResponse(
        request,
        "courses/dashboard.html",
        {"courses": dashboard_for_user(user=request.user)},
    )
