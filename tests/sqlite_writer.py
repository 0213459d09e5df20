"""A writer process for tests/courses/test_sqlite_writers.py: completes courses for a slice of trainees.

Run as ``python tests/sqlite_writer.py seed N`` (creates a course and N
enrolled trainees) or ``python tests/sqlite_writer.py write I K`` (completes
the course for trainees I, I+K, I+2K, …). Settings come from the environment
(``DATABASE_URL`` names the shared SQLite file). Exits non-zero on any error,
"database is locked" included.
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coachtraining.settings.base")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402

from courses import services  # noqa: E402
from courses.models import CoursePage, Enrollment  # noqa: E402
from tests import factories  # noqa: E402


def seed(n):
    course = factories.make_course(modules=2, lessons_per_module=3, min_engaged_seconds=0)
    for i in range(n):
        user = factories.make_user(email=f"writer{i}@example.org")
        services.enrollment_create(user=user, course=course)


def write(start, step):
    course = CoursePage.objects.get()
    users = get_user_model().objects.filter(username__startswith="writer").order_by("pk")[start::step]
    for user in users:
        enrollment = Enrollment.objects.get(user=user, course=course)
        for lesson in factories.lessons_of(course):
            services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
            services.lesson_complete(enrollment=enrollment, lesson=lesson)
            services.lesson_complete(enrollment=enrollment, lesson=lesson)  # a double click
        for quiz in factories.quizzes_of(course):
            attempt = services.quiz_attempt_start(enrollment=enrollment, quiz=quiz)
            services.quiz_attempt_submit(attempt=attempt, answers=factories.answers_for(quiz))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "seed":
        seed(int(args[0]))
    else:
        write(int(args[0]), int(args[1]))
