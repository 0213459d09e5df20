"""The supervisor dashboard's table rows, rendered in Python.

A supervisor may show up to 1,000 trainees on one page (``supervision.MAX_PER_PAGE``), each with
three courses and a dozen domains: tens of thousands of template variables. Django's template
engine spent about 0.2 ms a row on them, more than half of the page's CPU, so the rows are built
here, as Django's admin builds its change list (``items_for_result``): every value is escaped
as ``{{ value }}`` would escape it (``_escape`` below). The page around the rows (filters, table
head, pagination, the message when there are no rows) stays in
``templates/courses/supervision/dashboard.html``. Measured by ``scripts/bench_supervisor.py``;
``tests/courses/test_supervision_rows.py`` holds the output to the template markup it replaced.
"""

import html

from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe

from courses.supervision import activity_date_text

register = template.Library()


def _escape(value) -> str:
    """``django.utils.html.conditional_escape``, returning a plain ``str``: the same characters
    escaped (``html.escape`` with quotes) and safe strings left alone, without wrapping each of
    ~45,000 values of a 1,000-trainee page in a ``SafeString``."""
    if hasattr(value, "__html__"):
        return value.__html__()
    text = str(value)
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return html.escape(text)
    return text  # nothing to escape: most of the page's texts (numbers, hours, dates)


def _course_cell(course_row, certificate_url: str) -> str:
    c = course_row
    title = _escape(c.course.title)
    percent = c.percent_text
    quiz_text = c.quiz_text
    quizzes = f'<p class="meta">Quiz scores: {_escape(quiz_text)}</p>' if quiz_text else ""
    certificate = c.certificate
    if not certificate:
        certificate_html = "none yet"
    elif certificate["status"] == "issued":
        certificate_html = (
            f'<a href="{certificate_url}{certificate["pk"]}/pdf/">{_escape(certificate["number"])}'
            '<span class="visually-hidden"> (download PDF)</span></a> issued'
        )
    else:
        certificate_html = _escape(certificate["status"])
    return (
        '<div class="course-cell">\n'
        f"        <p><strong>{title}</strong> · {_escape(c.heading_text)}</p>\n"
        '        <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" '
        f'aria-valuenow="{percent}" aria-label="{title}: contact hours"><div class="progress-fill" '
        f'style="width: {percent}%"></div></div>\n'
        f"        <p>{_escape(c.summary_text)}</p>\n"
        f"        {quizzes}\n"
        f'        <p class="meta">Certificate: {certificate_html}</p>\n'
        "      </div>"
    )


@register.simple_tag(takes_context=True)
def supervision_rows(context, rows):
    """One ``<tr>`` per ``supervision.TraineeRow``. Links start from the view's ``trainee_url``,
    ``certificate_url`` and ``review_url`` (reversed once per page); ``filters`` words the
    message of a trainee with no courses."""
    trainee_url = _escape(context["trainee_url"])
    certificate_url = _escape(context["certificate_url"])
    review_url = _escape(context["review_url"])
    no_courses = (
        "<p>No courses matching the filters.</p>"
        if context["filters"].filters_enrollments
        else "<p>No courses.</p>"
    )
    zone = timezone.get_current_timezone()  # once per page: asking for it costs 4 µs a row
    out = []
    for row in rows:
        courses = "".join(_course_cell(c, certificate_url) for c in row.courses) or no_courses
        domain_texts = row.domain_texts
        domains = (
            "<ul>" + "".join(f"<li>{_escape(text)}</li>" for text in domain_texts) + "</ul>"
            if domain_texts
            else "—"
        )
        support = _escape(row.support_text)
        if pending := row.practice_pending:
            support += f'<br><a href="{review_url}">{pending} entr{"y" if pending == 1 else "ies"} to review</a>'
        if row.last_activity:
            local = timezone.localtime(row.last_activity, zone)  # row.last_activity_local, once
            activity = f'<time datetime="{local.isoformat()}">{_escape(activity_date_text(local))}</time>'
        else:
            activity = "none yet"
        out.append(
            "\n    <tr>\n"
            f'      <th scope="row"><a href="{trainee_url}{row.trainee.pk}/">{_escape(row.name)}</a></th>\n'
            f'      <td data-label="Courses">{courses}</td>\n'
            f'      <td data-label="Hours by domain">{domains}</td>\n'
            f'      <td data-label="Supervision and practice">{support}</td>\n'
            f'      <td data-label="Last activity">{activity}</td>\n'
            "    </tr>\n  "
        )
    return mark_safe("".join(out))
