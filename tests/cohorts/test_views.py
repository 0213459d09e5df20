"""Cohort screens: the permission matrix across two sites, forms, roster reports and attendance sheets."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.db.models import Sum
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cohorts import services as cohorts
from cohorts.models import Attendance, Cohort, CohortInvitation, LiveSession
from courses.models import DeliveryMode, Enrollment, HourEntry
from programs.roles import Role
from tests import factories
from tests.factories import cohorts as fc
from tests.factories import supervision as fs

pytestmark = pytest.mark.django_db


class World:
    """Two program sites, each with a course, a cohort (one member, one session) and its staff."""

    def __init__(self):
        self.domain = factories.make_domain()
        self.site_a = fc.default_site()
        self.site_b = fc.make_site()
        self.course_a = fc.make_course_on(self.site_a, domain=self.domain)
        self.course_b = fc.make_course_on(self.site_b, domain=self.domain)
        self.fac_a = fc.make_staff(self.site_a, Role.FACILITATOR, first_name="Fay")
        self.fac_b = fc.make_staff(self.site_b, Role.FACILITATOR, first_name="Finn")
        self.admin_a = fc.make_staff(self.site_a, Role.SITE_ADMIN, first_name="Ada")
        self.supervisor_a = fc.make_staff(self.site_a, Role.SUPERVISOR, first_name="Sue")
        self.trainee_a = fc.make_staff(self.site_a, Role.TRAINEE, first_name="Tia")
        self.cohort_a = fc.make_cohort(site=self.site_a, course=self.course_a, facilitators=[self.fac_a], actor=self.admin_a)
        self.cohort_b = fc.make_cohort(site=self.site_b, course=self.course_b, facilitators=[self.fac_b])
        self.session_a = fc.make_session(cohort=self.cohort_a, actor=self.fac_a, domain=self.domain)
        self.session_b = fc.make_session(cohort=self.cohort_b, actor=self.fac_b, domain=self.domain)
        self.member_a, _ = fc.add_member(cohort=self.cohort_a, user=self.trainee_a, actor=self.fac_a)
        self.member_b, _ = fc.add_member(cohort=self.cohort_b, user=factories.make_user(), actor=self.fac_b)


@pytest.fixture
def world(db):
    return World()


def urls(cohort, session):
    return {
        "detail": reverse("cohorts:detail", args=[cohort.pk]),
        "add_trainee": reverse("cohorts:add_trainee", args=[cohort.pk]),
        "roster": reverse("cohorts:roster", args=[cohort.pk]),
        "session_new": reverse("cohorts:session_new", args=[cohort.pk]),
        "attendance": reverse("cohorts:attendance", args=[cohort.pk, session.pk]),
    }


def session_data(competency, **overrides):
    data = {
        "title": "Motivational interviewing", "starts_at": "2027-04-01T18:30", "duration_minutes": "90",
        "delivery_mode": DeliveryMode.IN_PERSON, "domain": str(competency.pk),
    }
    data.update(overrides)
    return data


def csv_upload(text, name="roster.csv"):
    return SimpleUploadedFile(name, text.encode() if isinstance(text, str) else text, content_type="text/csv")


def state():
    """Everything the cohort screens can change, to prove a refused request changed nothing."""
    return (
        Cohort.objects.count(),
        LiveSession.objects.count(),
        list(Enrollment.objects.order_by("pk").values_list("pk", "cohort_id")),
        list(Attendance.objects.order_by("pk").values_list("pk", "minutes_attended", "revision")),
        HourEntry.objects.count(),
    )


def post_everything(client, world, cohort, session, member):
    """POST a valid request to every write URL of ``cohort``; returns {name: response}."""
    u = urls(cohort, session)
    # People who joined the program already (anyone else would get an invitation instead).
    newcomer = fs.with_role(factories.make_user(), cohort.site, Role.TRAINEE)
    roster_user = fs.with_role(factories.make_user(), cohort.site, Role.TRAINEE)
    return {
        "add_trainee": client.post(u["add_trainee"], {"email": newcomer.email}),
        "roster": client.post(u["roster"], {"file": csv_upload(f"email\n{roster_user.email}\n")}),
        "session_new": client.post(u["session_new"], session_data(world.domain)),
        "attendance": client.post(u["attendance"], {f"minutes-{member.pk}": "30"}),
    }


# --- permission matrix ---------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["fac_a", "admin_a"])
def test_managers_can_use_every_url_of_their_cohort(client, world, who):
    client.force_login(getattr(world, who))
    for name, url in urls(world.cohort_a, world.session_a).items():
        if name in ("detail", "session_new", "attendance"):
            assert client.get(url).status_code == 200, name
    responses = post_everything(client, world, world.cohort_a, world.session_a, world.member_a)
    assert {name: r.status_code for name, r in responses.items()} == dict.fromkeys(responses, 302)
    assert Enrollment.objects.filter(cohort=world.cohort_a).count() == 3
    assert LiveSession.objects.filter(cohort=world.cohort_a).count() == 2
    assert HourEntry.objects.get(enrollment=world.member_a).minutes == 30


@pytest.mark.parametrize("who", ["fac_a", "admin_a", "supervisor_a", "trainee_a", "colleague", "fac_b_listed_on_a"])
def test_nobody_else_can_see_or_change_a_cohort(client, world, who):
    """Another site's staff, staff without the right role, and a same-site facilitator who does not run it: 404."""
    if who == "colleague":
        user, cohort, session, member = fc.make_staff(world.site_a, Role.FACILITATOR), world.cohort_a, world.session_a, world.member_a
    elif who == "fac_b_listed_on_a":
        # Listed as a facilitator of A's cohort, but holds the role only on site B.
        world.cohort_a.facilitators.add(world.fac_b)
        user, cohort, session, member = world.fac_b, world.cohort_a, world.session_a, world.member_a
    elif who in ("fac_a", "admin_a"):
        user, cohort, session, member = getattr(world, who), world.cohort_b, world.session_b, world.member_b
    else:
        user, cohort, session, member = getattr(world, who), world.cohort_a, world.session_a, world.member_a
    client.force_login(user)
    before = state()
    for name, url in urls(cohort, session).items():
        if name in ("detail", "session_new", "attendance"):
            assert client.get(url).status_code == 404, name
    responses = post_everything(client, world, cohort, session, member)
    assert {name: r.status_code for name, r in responses.items()} == dict.fromkeys(responses, 404)
    assert state() == before
    assert Enrollment.objects.filter(cohort=cohort).count() == 1


def test_anonymous_visitors_are_sent_to_log_in(client, world):
    before = state()
    all_urls = list(urls(world.cohort_a, world.session_a).values()) + [reverse("cohorts:list"), reverse("cohorts:new")]
    for url in all_urls:
        response = client.get(url)
        assert response.status_code in (302, 405) and (response.status_code == 405 or "/accounts/login/" in response["Location"]), url
        response = client.post(url, {"email": world.trainee_a.email})
        assert response.status_code in (302, 405), url
        if response.status_code == 302:
            assert "/accounts/login/" in response["Location"]
    assert state() == before


def test_list_shows_only_cohorts_the_user_runs(client, world):
    client.force_login(world.fac_a)
    body = client.get(reverse("cohorts:list")).content.decode()
    assert world.cohort_a.name in body and world.cohort_b.name not in body
    client.force_login(world.admin_a)
    body = client.get(reverse("cohorts:list")).content.decode()
    assert world.cohort_a.name in body and world.cohort_b.name not in body


@pytest.mark.parametrize("who", ["supervisor_a", "trainee_a"])
def test_list_and_new_are_forbidden_to_people_who_run_no_cohorts(client, world, who):
    client.force_login(getattr(world, who))
    assert client.get(reverse("cohorts:list")).status_code == 403
    assert client.get(reverse("cohorts:new")).status_code == 403
    before = state()
    response = client.post(reverse("cohorts:new"), {"site": world.site_a.pk, "course": world.course_a.pk, "name": "X", "starts_on": "2027-01-01"})
    assert response.status_code == 403 and state() == before


# --- methods and tampered ids -----------------------------------------------------------------


def test_wrong_methods_are_405(client, world):
    client.force_login(world.fac_a)
    u = urls(world.cohort_a, world.session_a)
    assert client.post(reverse("cohorts:list")).status_code == 405
    assert client.post(u["detail"]).status_code == 405
    assert client.get(u["add_trainee"]).status_code == 405
    assert client.get(u["roster"]).status_code == 405
    for url in u.values():
        assert client.put(url).status_code == 405
        assert client.delete(url).status_code == 405


def test_tampered_ids_are_404(client, world):
    client.force_login(world.fac_a)
    before = state()
    # A session of another cohort addressed through this cohort, and unknown ids.
    assert client.get(reverse("cohorts:attendance", args=[world.cohort_a.pk, world.session_b.pk])).status_code == 404
    assert client.post(reverse("cohorts:attendance", args=[world.cohort_a.pk, world.session_b.pk]), {f"minutes-{world.member_b.pk}": "10"}).status_code == 404
    assert client.get(reverse("cohorts:attendance", args=[world.cohort_a.pk, 999999])).status_code == 404
    assert client.get(reverse("cohorts:detail", args=[999999])).status_code == 404
    assert client.get("/learn/cohorts/abc/").status_code == 404
    assert state() == before


def test_attendance_naming_someone_outside_the_cohort_is_refused(client, world):
    client.force_login(world.fac_a)
    before = state()
    response = client.post(
        urls(world.cohort_a, world.session_a)["attendance"],
        {f"minutes-{world.member_a.pk}": "30", f"minutes-{world.member_b.pk}": "30"},
    )
    assert response.status_code == 400
    assert "not in this cohort" in response.content.decode()
    assert state() == before


@pytest.mark.parametrize("value", ["abc", "-5", "61", "1e3", "99999999999", "30.5"])
def test_bad_attendance_minutes_are_refused_and_nothing_changes(client, world, value):
    other = factories.make_user()
    second, _ = fc.add_member(cohort=world.cohort_a, user=other, actor=world.fac_a)
    client.force_login(world.fac_a)
    before = state()
    response = client.post(
        urls(world.cohort_a, world.session_a)["attendance"],
        {f"minutes-{second.pk}": "60", f"minutes-{world.member_a.pk}": value},
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "Nothing was saved" in body
    assert f'value="{value[:10]}"' in body  # what was typed is shown back
    assert state() == before


# --- forms ------------------------------------------------------------------------------------


def test_facilitator_creates_a_cohort_and_runs_it(client, world):
    client.force_login(world.fac_a)
    response = client.get(reverse("cohorts:new"))
    body = response.content.decode()
    assert response.status_code == 200
    assert world.course_a.title in body and f'value="{world.course_b.pk}"' not in body
    response = client.post(
        reverse("cohorts:new"),
        {"site": world.site_a.pk, "course": world.course_a.pk, "name": "Evening group", "starts_on": "2027-05-01"},
    )
    cohort = Cohort.objects.get(name="Evening group")
    assert response.status_code == 302 and response["Location"] == reverse("cohorts:detail", args=[cohort.pk])
    assert list(cohort.facilitators.all()) == [world.fac_a]
    assert client.get(response["Location"]).status_code == 200


def test_new_cohort_refuses_another_sites_course_and_bad_input(client, world):
    client.force_login(world.fac_a)
    before = state()
    cases = [
        {"site": world.site_a.pk, "course": world.course_b.pk, "name": "X", "starts_on": "2027-05-01"},
        {"site": world.site_b.pk, "course": world.course_a.pk, "name": "X", "starts_on": "2027-05-01"},
        {"site": world.site_a.pk, "course": world.course_a.pk, "name": "X", "starts_on": "not a date"},
        {"site": world.site_a.pk, "course": world.course_a.pk, "name": "", "starts_on": "2027-05-01"},
        {"site": world.site_a.pk, "course": world.course_a.pk, "name": "X", "starts_on": "2027-05-01", "ends_on": "2027-04-01"},
        {"site": world.site_a.pk, "course": world.course_a.pk, "name": "X", "starts_on": "2027-05-01", "facilitators": [world.fac_b.pk]},
        {"site": "abc", "course": "999999", "name": "X", "starts_on": "2027-05-01"},
    ]
    for data in cases:
        response = client.post(reverse("cohorts:new"), data)
        assert response.status_code == 400, data
        assert 'class="field-error"' in response.content.decode() or 'class="message error"' in response.content.decode()
    assert state() == before


def test_schedule_session_form(client, world):
    client.force_login(world.fac_a)
    url = urls(world.cohort_a, world.session_a)["session_new"]
    body = client.get(url).content.decode()
    assert "Lesson 1.1" in body and 'type="datetime-local"' in body
    lesson = factories.lessons_of(world.course_a)[0]
    response = client.post(url, session_data(world.domain, covers=[lesson.pk], delivery_mode=DeliveryMode.LIVE_VIRTUAL))
    assert response.status_code == 302
    session = LiveSession.objects.get(title="Motivational interviewing")
    assert session.delivery_mode == DeliveryMode.LIVE_VIRTUAL and list(session.covers.all()) == [lesson]
    assert session.starts_at.tzinfo is not None


@pytest.mark.parametrize(
    "overrides",
    [
        {"duration_minutes": "0"}, {"duration_minutes": "-10"}, {"duration_minutes": "721"}, {"duration_minutes": "lots"},
        {"starts_at": "tomorrow"}, {"delivery_mode": DeliveryMode.ONLINE}, {"domain": "999999"}, {"title": ""},
        {"covers": ["999999"]},
    ],
)
def test_schedule_session_refuses_bad_input(client, world, overrides):
    client.force_login(world.fac_a)
    before = state()
    response = client.post(urls(world.cohort_a, world.session_a)["session_new"], session_data(world.domain, **overrides))
    assert response.status_code == 400
    assert 'class="field-error"' in response.content.decode()
    assert state() == before


def test_schedule_session_cannot_cover_another_courses_lessons(client, world):
    client.force_login(world.fac_a)
    foreign = factories.lessons_of(world.course_b)[0]
    before = state()
    response = client.post(urls(world.cohort_a, world.session_a)["session_new"], session_data(world.domain, covers=[foreign.pk]))
    assert response.status_code == 400 and state() == before


def test_add_trainee_by_email(client, world):
    client.force_login(world.fac_a)
    url = urls(world.cohort_a, world.session_a)["add_trainee"]
    newcomer = factories.make_user(first_name="Nia", last_name="New", email="nia@example.org")
    fs.with_role(newcomer, world.site_a, Role.TRAINEE)
    response = client.post(url, {"email": "  NIA@example.org "}, follow=True)
    assert "Nia New joined the cohort" in response.content.decode()
    assert Enrollment.objects.get(user=newcomer).cohort_id == world.cohort_a.pk
    response = client.post(url, {"email": "nobody@example.org"}, follow=True)
    assert "Invitation sent to nobody@example.org" in response.content.decode()
    assert CohortInvitation.objects.filter(cohort=world.cohort_a, email="nobody@example.org").exists()
    response = client.post(url, {"email": "not an email"})
    assert response.status_code == 400
    # Already in another cohort of the same course.
    second = fc.make_cohort(site=world.site_a, course=world.course_a, facilitators=[world.fac_a], name="Second")
    response = client.post(urls(second, world.session_a)["add_trainee"], {"email": "nia@example.org"})
    assert response.status_code == 400 and "already in another cohort" in response.content.decode()
    assert Enrollment.objects.get(user=newcomer).cohort_id == world.cohort_a.pk


def test_roster_upload_adds_everyone(client, world):
    client.force_login(world.fac_a)
    for i in range(3):
        fs.with_role(factories.make_user(email=f"r{i}@example.org"), world.site_a, Role.TRAINEE)
    text = "\ufeffemail,first_name,last_name\nr0@example.org,A,B\nr1@example.org,C,D\nr2@example.org,E,F\n"
    response = client.post(urls(world.cohort_a, world.session_a)["roster"], {"file": csv_upload(text)}, follow=True)
    assert "Roster imported: 3 trainees added" in response.content.decode()
    assert Enrollment.objects.filter(cohort=world.cohort_a).count() == 4


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"\x00\x01\x02binary\xff\xfe", "binary data"),
        ("a@example.org,Ana,Lee\n", "Line 1: The first line must be the header"),
        ("email;first_name\nr0@example.org;A\n", "separated by commas"),
        ("email\nr0@example.org\nr0@example.org\n", "Line 3: r0@example.org is listed twice (first on line 2)"),
        ("email\n" + "r0@example.org\n" * 1 + ("x" * 200 + "\n") * 6000, "too large"),
        ("email\n" + "".join(f"p{i}@example.org\n" for i in range(2001)), "the limit is 2000"),
    ],
)
def test_bad_roster_shows_a_report_and_changes_nothing(client, world, content, expected):
    factories.make_user(email="r0@example.org")
    client.force_login(world.fac_a)
    before = state()
    response = client.post(urls(world.cohort_a, world.session_a)["roster"], {"file": csv_upload(content)})
    body = response.content.decode()
    assert response.status_code == 400
    assert "Nobody was added or invited" in body and expected in body
    assert state() == before


def test_roster_upload_without_a_file_is_refused(client, world):
    client.force_login(world.fac_a)
    response = client.post(urls(world.cohort_a, world.session_a)["roster"], {})
    assert response.status_code == 400 and 'class="field-error"' in response.content.decode()


# --- attendance sheet ----------------------------------------------------------------------------


def test_attendance_sheet_credits_and_corrects(client, world):
    second, _ = fc.add_member(cohort=world.cohort_a, user=factories.make_user(first_name="Ola", last_name="Two"), actor=world.fac_a)
    client.force_login(world.fac_a)
    url = urls(world.cohort_a, world.session_a)["attendance"]
    body = client.get(url).content.decode()
    assert f'name="minutes-{world.member_a.pk}"' in body and f'name="full-{second.pk}"' in body
    assert '<label for="minutes-' in body
    response = client.post(url, {f"full-{world.member_a.pk}": "1", f"minutes-{second.pk}": "45"}, follow=True)
    body = response.content.decode()
    assert "+60 min credited" in body and "+45 min credited" in body
    assert f'value="60"' in body and f'value="45"' in body  # the sheet is prefilled
    response = client.post(url, {f"minutes-{world.member_a.pk}": "60", f"minutes-{second.pk}": "30"}, follow=True)
    body = response.content.decode()
    assert "−15 min corrected" in body and "+60" not in body
    totals = dict(HourEntry.objects.values_list("enrollment_id").annotate(m=Sum("minutes")).order_by())
    assert totals == {world.member_a.pk: 60, second.pk: 30}
    assert HourEntry.objects.filter(enrollment=second).count() == 2
    response = client.post(url, {f"minutes-{world.member_a.pk}": "60", f"minutes-{second.pk}": "30"}, follow=True)
    assert "no hours changed" in response.content.decode()
    assert HourEntry.objects.count() == 3


def test_blank_attendance_is_not_recorded(client, world):
    client.force_login(world.fac_a)
    response = client.post(urls(world.cohort_a, world.session_a)["attendance"], {f"minutes-{world.member_a.pk}": ""})
    assert response.status_code == 302
    assert not Attendance.objects.exists()


def test_detail_page_shows_members_progress_and_sessions(client, world):
    cohorts.attendance_record(session=world.session_a, enrollment=world.member_a, minutes_attended=30, actor=world.fac_a)
    client.force_login(world.fac_a)
    body = client.get(urls(world.cohort_a, world.session_a)["detail"]).content.decode()
    assert world.trainee_a.email in body
    assert "0.5 of 0.8 h" in body
    assert 'role="progressbar"' in body and 'aria-valuenow="60"' in body
    assert world.session_a.title in body and 'scope="col"' in body


def _detail_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_detail_page_query_count_does_not_grow_with_members(client, world):
    client.force_login(world.fac_a)
    url = urls(world.cohort_a, world.session_a)["detail"]
    few = _detail_queries(client, url)
    for _ in range(6):
        enrollment, _ = fc.add_member(cohort=world.cohort_a, user=factories.make_user(), actor=world.fac_a)
        cohorts.attendance_record(session=world.session_a, enrollment=enrollment, minutes_attended=20, actor=world.fac_a)
    fc.make_session(cohort=world.cohort_a, actor=world.fac_a, domain=world.domain)
    assert _detail_queries(client, url) == few


def test_attendance_sheet_query_count_does_not_grow_with_members(client, world):
    cohorts.attendance_record(session=world.session_a, enrollment=world.member_a, minutes_attended=20, actor=world.fac_a)
    client.force_login(world.fac_a)
    url = urls(world.cohort_a, world.session_a)["attendance"]
    few = _detail_queries(client, url)
    for _ in range(6):
        enrollment, _ = fc.add_member(cohort=world.cohort_a, user=factories.make_user(), actor=world.fac_a)
        cohorts.attendance_record(session=world.session_a, enrollment=enrollment, minutes_attended=20, actor=world.fac_a)
    assert _detail_queries(client, url) == few
