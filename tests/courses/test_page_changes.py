"""Every editorial change (a page renamed, published, unpublished or restricted; a site's host
name) shows on the very next request, and no page serves another site's pages or a draft."""
import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction, Site
from wagtail.rich_text import RichText

from courses import services
from courses.models import CourseIndexPage, LessonPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(client, trainee, course):
    services.enrollment_create(user=trainee, course=course)
    client.force_login(trainee)
    return course


def _lesson(course, index=0):
    return factories.lessons_of(course)[index]


def test_the_memoised_lesson_body_is_what_wagtail_renders(client, enrolled):
    lesson = _lesson(enrolled)
    lesson.body = [
        ("rich_text", RichText("<p>First <b>block</b></p>")),
        ("callout", {"title": "Remember", "text": "A tip", "tone": "tip"}),
    ]
    lesson.save_revision().publish()
    from django.template import Context, Template

    expected = Template("{% load wagtailcore_tags %}{% for b in page.body %}{% include_block b %}{% endfor %}").render(
        Context({"page": LessonPage.objects.get(pk=lesson.pk)})
    )
    html = client.get(lesson.url).content.decode()
    assert expected.strip() and expected in html
    assert client.get(lesson.url).content.decode().count(expected) == 1  # memo hit renders the same


def test_a_published_edit_shows_on_the_next_request(client, enrolled):
    lesson = _lesson(enrolled)
    assert "Body of lesson 1.1" in client.get(lesson.url).content.decode()
    lesson.title = "Renamed lesson"
    lesson.body = [("rich_text", RichText("<p>Rewritten body</p>"))]
    lesson.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert "Rewritten body" in html and "Renamed lesson" in html
    assert "Renamed lesson" in client.get(enrolled.url).content.decode()  # the course outline too


def test_a_draft_is_not_served_but_its_preview_is_not_memoised(client, enrolled):
    lesson = _lesson(enrolled)
    client.get(lesson.url)  # memoise the live body
    lesson.body = [("rich_text", RichText("<p>Draft only</p>"))]
    lesson.save_revision()  # not published
    assert "Draft only" not in client.get(lesson.url).content.decode()


def test_an_unpublished_lesson_leaves_the_outline_and_its_url(client, enrolled):
    lesson = _lesson(enrolled)
    assert client.get(lesson.url).status_code == 200
    url = lesson.url
    lesson.unpublish()
    assert client.get(url).status_code == 404
    assert lesson.title not in client.get(enrolled.url).content.decode()


def test_a_new_lesson_appears_and_routes(client, enrolled):
    module = _lesson(enrolled).get_parent()
    client.get(enrolled.url)
    new = module.add_child(instance=LessonPage(title="Brand new lesson", slug="brand-new", credit_minutes=5))
    assert "Brand new lesson" in client.get(enrolled.url).content.decode()
    assert client.get(new.url).status_code == 200


def test_a_deleted_lesson_is_gone(client, enrolled):
    lesson = _lesson(enrolled)
    url = lesson.url
    assert client.get(url).status_code == 200
    lesson.delete()
    assert client.get(url).status_code == 404


def test_a_moved_course_routes_at_its_new_address(client, enrolled, trainee):
    old_url = _lesson(enrolled).url
    assert client.get(old_url).status_code == 200
    index = CourseIndexPage.objects.get(pk=enrolled.get_parent().pk)
    other = index.get_parent().add_child(instance=CourseIndexPage(title="Elsewhere", slug="elsewhere"))
    enrolled.move(other, pos="last-child")
    assert client.get(old_url).status_code == 404


def test_a_view_restriction_added_later_is_enforced(client, enrolled):
    lesson = _lesson(enrolled)
    assert client.get(lesson.url).status_code == 200  # memoised: no restriction anywhere
    restriction = PageViewRestriction.objects.create(page=enrolled, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Restricted readers"))
    assert client.get(lesson.url).status_code in (302, 403)


def test_sites_are_told_apart_and_a_changed_host_name_follows(client, trainee):
    domain = factories.make_domain()
    course = factories.make_course(domain=domain, title="Home course")
    site = Site.objects.get(is_default_site=True)
    other_index = site.root_page.get_parent().add_child(instance=CourseIndexPage(title="Other program", slug="other-program"))
    Site.objects.create(hostname="other.example.org", port=80, root_page=other_index, site_name="Other")
    home = client.get("/", HTTP_HOST="localhost")
    other = client.get("/", HTTP_HOST="other.example.org")
    assert "Home course" in home.content.decode()
    assert "Home course" not in other.content.decode()
    moved = Site.objects.get(hostname="other.example.org")
    moved.hostname = "renamed.example.org"
    moved.save()
    assert "Home course" in client.get("/", HTTP_HOST="other.example.org").content.decode()  # now the default site
    assert "Home course" not in client.get("/", HTTP_HOST="renamed.example.org").content.decode()
    assert course.pk


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_lesson_and_quiz_pages_answer_only_get(client, enrolled, method):
    from courses.models import LessonProgress

    lesson, quiz = _lesson(enrolled), factories.quizzes_of(enrolled)[0]
    for page in (lesson, quiz):
        assert getattr(client, method)(page.url).status_code == 405
    assert not LessonProgress.objects.filter(lesson=lesson).exists()  # no engagement recorded


def test_a_renamed_domain_shows_at_once(client, enrolled, domain):
    client.get("/learn/")
    domain.name = "Advocacy renamed"
    domain.save()
    assert "Advocacy renamed" in client.get("/learn/").content.decode()


def test_completion_counts_the_lessons_of_the_outline(trainee, course):
    """A lesson published after enrollment must be completed too (the memoised outline follows)."""
    enrollment, _ = services.enrollment_create(user=trainee, course=course)
    for lesson in factories.lessons_of(course):
        services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)
        services.lesson_complete(enrollment=enrollment, lesson=lesson)
    module = factories.lessons_of(course)[0].get_parent()
    module.add_child(instance=LessonPage(title="Late addition", slug="late", credit_minutes=5))
    facts = services.enrollment_completion_facts(enrollment=enrollment)
    assert facts.lessons_total == len(factories.lessons_of(course))
    assert facts.lessons_completed == facts.lessons_total - 1


def test_navigation_follows_a_role_grant_and_revocation_at_once(client, trainee):
    from programs.roles import Role, role_grant, role_revoke

    site = factories.default_site()
    client.force_login(trainee)
    supervision_link = 'href="/learn/supervision/"'
    assert supervision_link not in client.get("/learn/").content.decode()
    role_grant(user=trainee, site=site, role=Role.SUPERVISOR)
    assert supervision_link in client.get("/learn/").content.decode()
    role_revoke(user=trainee, site=site, role=Role.SUPERVISOR)
    assert supervision_link not in client.get("/learn/").content.decode()
