"""The supervisor dashboard's rows, rendered in Python (courses/templatetags/supervision_tags.py),
print exactly what the template markup they replaced printed, in every branch: escaped names,
titles and texts; issued, pending and revoked certificates; one or several entries to review;
no courses (with and without enrollment filters); no domains; no activity yet."""
from datetime import datetime, timezone as dt_timezone
from html import escape
from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.urls import reverse

from courses import supervision
from courses.supervision import CourseRow, DashboardFilters, DomainCell, QuizResult, TraineeRow
from tests import factories
from tests import factories_supervision as fs

# The row markup as it stood in templates/courses/supervision/dashboard.html, kept as the oracle.
REFERENCE = Template(
    """{% for row in rows %}
    <tr>
      <th scope="row"><a href="{{ trainee_url }}{{ row.trainee.pk }}/">{{ row.name }}</a></th>
      <td data-label="Courses">{% for c in row.courses %}<div class="course-cell">
        <p><strong>{{ c.course.title }}</strong> · {{ c.heading_text }}</p>
        <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="{{ c.percent_text }}" aria-label="{{ c.course.title }}: contact hours"><div class="progress-fill" style="width: {{ c.percent_text }}%"></div></div>
        <p>{{ c.summary_text }}</p>
        {% with text=c.quiz_text %}{% if text %}<p class="meta">Quiz scores: {{ text }}</p>{% endif %}{% endwith %}
        <p class="meta">Certificate: {% if c.certificate %}{% if c.certificate.status == "issued" %}<a href="{{ certificate_url }}{{ c.certificate.pk }}/pdf/">{{ c.certificate.number }}<span class="visually-hidden"> (download PDF)</span></a> issued{% else %}{{ c.certificate.status }}{% endif %}{% else %}none yet{% endif %}</p>
      </div>{% empty %}<p>No courses{% if filters.filters_enrollments %} matching the filters{% endif %}.</p>{% endfor %}</td>
      <td data-label="Hours by domain">{% for text in row.domain_texts %}{% if forloop.first %}<ul>{% endif %}<li>{{ text }}</li>{% if forloop.last %}</ul>{% endif %}{% empty %}—{% endfor %}</td>
      <td data-label="Supervision and practice">{{ row.support_text }}{% if row.practice_pending %}<br><a href="{{ review_url }}">{{ row.practice_pending }} entr{{ row.practice_pending|pluralize:"y,ies" }} to review</a>{% endif %}</td>
      <td data-label="Last activity">{% if row.last_activity %}<time datetime="{{ row.last_activity_local.isoformat }}">{{ row.last_activity_text }}</time>{% else %}none yet{% endif %}</td>
    </tr>
  {% endfor %}"""
)
TAG = Template("{% load supervision_tags %}{% supervision_rows rows %}")

HOSTILE = "<script>alert('x')</script> & \"Ö\""


def _trainee(pk, first="", last="", email="t@example.org"):
    return SimpleNamespace(pk=pk, email=email, get_full_name=lambda: f"{first} {last}")


def _course(title, **kwargs):
    values = {"enrollment_id": 1, "status": "active", "cohort_name": "", "required_minutes": 600}
    values.update(kwargs)
    return CourseRow(course=SimpleNamespace(title=title), **values)


def _rows():
    hostile_course = _course(
        HOSTILE, cohort_name=HOSTILE, minutes_earned=250, lessons_completed=3, lessons_total=9,
        quizzes=[QuizResult(HOSTILE, 80, 2, True), QuizResult("Not taken", None, 0, False),
                 QuizResult("Ethics & <b>law</b>", 40, 1, False)],
        certificate={"pk": 7, "status": "issued", "number": f"RC30-2026-{HOSTILE}"},
    )
    pending = _course("Recovery Coach Training", status="completed", minutes_earned=1800, required_minutes=1800,
                      certificate={"pk": 8, "status": "pending", "number": "RC30-2026-000002"})
    revoked = _course("MAT", status="withdrawn", required_minutes=0,
                      certificate={"pk": 9, "status": "revoked", "number": "MAT-2026-000001"})
    unstarted = _course("Ethics", quizzes=[QuizResult("Quiz", None, 0, False)])
    domain = SimpleNamespace(pk=1, name=f"Ethics {HOSTILE}")
    other = SimpleNamespace(pk=2, name="Advocacy")
    return [
        TraineeRow(trainee=_trainee(1, HOSTILE, "Last"), courses=[hostile_course, pending],
                   domains=[DomainCell(domain, 90, 600), DomainCell(other, 0, 120)],
                   supervision_minutes=95, practice_minutes=30, practice_pending=1,
                   last_activity=datetime(2026, 11, 26, 3, 30, tzinfo=dt_timezone.utc)),
        TraineeRow(trainee=_trainee(2, email=f"{HOSTILE}@example.org"), courses=[revoked, unstarted],
                   practice_pending=3),
        TraineeRow(trainee=_trainee(3, "No", "Courses")),
    ]


@pytest.mark.parametrize("filters", [DashboardFilters(), DashboardFilters(status="active")])
def test_rows_render_as_the_template_did(filters):
    context = {
        "rows": _rows(), "filters": filters, "trainee_url": "/learn/supervision/trainees/",
        "certificate_url": "/certificates/", "review_url": "/learn/supervision/review/",
    }
    expected = REFERENCE.render(Context(context))
    assert TAG.render(Context(context)) == expected
    # The oracle itself covers what it should: every branch appears, and nothing unescaped.
    for text in ("1 entry to review", "3 entries to review", "Certificate: pending", "Certificate: revoked",
                 '/certificates/7/pdf/', "Quiz scores:", "<ul><li>", "—", "none yet", "<time datetime="):
        assert text in expected
    assert ("No courses matching the filters." in expected) == filters.filters_enrollments
    assert "<script>" not in expected and "&lt;script&gt;" in expected


@pytest.mark.parametrize("text", ["Tom & Jerry", "a < b", "a > b", 'say "hi"', "O'Neil", "&amp;", "plain"])
def test_each_character_that_needs_escaping_is_escaped_alone(text):
    """The tag skips escaping texts with none of & < > " ' in them: each one alone still counts."""
    course = _course(text, cohort_name=text, quizzes=[QuizResult(text, 50, 1, False)],
                     certificate={"pk": 1, "status": "issued", "number": text})
    rows = [TraineeRow(trainee=_trainee(1, text, text, email=text), courses=[course],
                       domains=[DomainCell(SimpleNamespace(pk=1, name=text), 30, 60)])]
    context = {
        "rows": rows, "filters": DashboardFilters(), "trainee_url": "/t/", "certificate_url": "/c/", "review_url": "/r/",
    }
    expected = REFERENCE.render(Context(context))
    assert TAG.render(Context(context)) == expected
    assert escape(text) in expected and (text in expected) == (text in ("plain", "&amp;"))  # "&amp;amp;" holds it


@pytest.mark.django_db
def test_dashboard_page_renders_rows_through_the_tag(client):
    """The view's context names what the tag reads (a missing key would be a KeyError, a 500)."""
    site = fs.default_site()
    supervisor = fs.make_supervisor(site)
    trainee = factories.make_user(first_name="Ana", last_name=HOSTILE)
    fs.assign(supervisor, trainee, site)
    client.force_login(supervisor)
    body = client.get(reverse("supervision:dashboard")).content.decode()
    link = reverse("supervision:trainee", args=[trainee.pk])
    assert f'<a href="{link}">Ana &lt;script&gt;' in body


@pytest.mark.parametrize("month", range(1, 13))
def test_activity_dates_read_as_strftime_writes_them(month):
    """The rows' dates use a table of month names, not strftime's slower %b: the same text."""
    moment = datetime(2026, month, 3 + month, 15, 30, tzinfo=dt_timezone.utc)
    assert supervision.activity_date_text(moment) == moment.strftime("%b %d, %Y").replace(" 0", " ")


@pytest.mark.parametrize("minutes, text", [(None, "0.0"), (0, "0.0"), (90, "1.5"), (-30, "-0.5"), (25, "0.4"), (1801, "30.0")])
def test_hours_text_is_the_same_from_the_per_process_memo(minutes, text):
    assert supervision._h(minutes) == text
    assert supervision._h(minutes) == text  # the second time, from the memo


@pytest.mark.django_db
def test_rows_share_results_and_requirements_without_mixing_trainees_up():
    """trainee_rows makes each distinct quiz result once and sums each set of courses' requirement by
    domain once: trainees with other courses, or other results, still get their own."""
    from django.utils import timezone

    from courses.models import QuizAttempt
    from courses.selectors import course_outlines
    from courses.services import enrollment_create

    advocacy, ethics = factories.make_domain("advocacy"), factories.make_domain("ethics")
    first = factories.make_course(domain=advocacy, title="First", modules=2)
    second = factories.make_course(domain=ethics, title="Second")
    people = {name: factories.make_user(first_name=name, last_name="Row") for name in ("both", "same", "other", "none")}
    plans = {"both": [first, second], "same": [second], "other": [second, first]}
    now = timezone.now()
    for name, courses in plans.items():
        for course in courses:
            enrollment, _ = enrollment_create(user=people[name], course=course)
            for quiz in factories.quizzes_of(course):
                score = 40 if name == "other" else 100
                QuizAttempt.objects.create(enrollment=enrollment, quiz=quiz, number=1, started_at=now,
                                           submitted_at=now, score=score, passed=score == 100)
    rows = {row.trainee.first_name: row for row in
            supervision.trainee_rows(viewer=factories.make_user(is_superuser=True), trainees=list(people.values()),
                                     filters=DashboardFilters())}

    def required(courses):
        totals = {}
        for modules in course_outlines(courses).values():
            for item in (item for module in modules for item in module.items):
                totals[item.domain_id] = totals.get(item.domain_id, 0) + item.minutes
        return totals

    for name, row in rows.items():
        courses = plans.get(name, [])
        assert {cell.domain.pk: cell.required_minutes for cell in row.domains} == required(courses), name
        assert [c.course.pk for c in row.courses] == [c.pk for c in courses]
        for course_row in row.courses:
            expected = [(q.title, 40 if name == "other" else 100, 1, name != "other")
                        for q in factories.quizzes_of(course_row.course)]
            assert [(q.title, q.best_score, q.attempts, q.passed) for q in course_row.quizzes] == expected, name
    assert rows["none"].courses == [] and rows["none"].domains == []
    # "both" and "same" passed the second course's quiz alike: one result, shared.
    assert rows["both"].courses[1].quizzes[0] is rows["same"].courses[0].quizzes[0]
    assert rows["other"].courses[0].quizzes[0] != rows["same"].courses[0].quizzes[0]
