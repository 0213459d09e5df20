"""Replicating the curriculum to a new program site: the copy, its settings, groups and permissions."""
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db.models import Sum
from wagtail.models import GroupPagePermission, Page, Site

from courses import services
from courses.models import ModulePage, CourseIndexPage, CoursePage, LessonPage, QuizPage
from programs.models import ProgramSettings, SiteRole
from programs.replication import ReplicationError, program_replicate, site_admin_group
from programs.roles import Role, role_grant, role_revoke
from tests import factories
from tests.factories import sites as factories_sites

pytestmark = pytest.mark.django_db


@pytest.fixture
def source(course):
    """The default site's catalog holding one small course."""
    return course


def _copied_course(site):
    return CoursePage.objects.descendant_of(site.root_page).get()


def test_replication_creates_site_settings_and_groups(source):
    site = program_replicate(name="MARS Albany", hostname="Albany.Example.org")
    assert (site.hostname, site.port, site.site_name, site.is_default_site) == (
        "albany.example.org", 80, "MARS Albany", False,
    )
    assert isinstance(site.root_page.specific, CourseIndexPage)
    assert site.root_page.title == "MARS Albany" and site.root_page.live
    assert ProgramSettings.for_site(site).display_name == "MARS Albany"
    admins = Group.objects.get(name="MARS Albany: site admins")
    editors = Group.objects.get(name="MARS Albany: editors")
    assert site_admin_group(site) == admins
    assert admins.permissions.filter(codename="access_admin").exists()
    assert admins.permissions.filter(codename="change_certificate").exists()
    assert set(
        GroupPagePermission.objects.filter(group=admins).values_list("page_id", "permission__codename")
    ) == {(site.root_page_id, f"{p}_page") for p in ("add", "change", "publish", "lock", "unlock")}
    assert set(GroupPagePermission.objects.filter(group=editors).values_list("page_id", flat=True)) == {
        site.root_page_id
    }


def test_copy_has_same_structure_and_credit_minutes(source):
    site = program_replicate(name="Program B", hostname="b.example.org")
    copy = _copied_course(site)
    assert copy.pk != source.pk and copy.title == source.title and copy.live
    assert copy.required_minutes == source.required_minutes
    for model in (LessonPage, QuizPage):
        original = model.objects.descendant_of(source).aggregate(m=Sum("credit_minutes"))["m"]
        copied = model.objects.descendant_of(copy).aggregate(m=Sum("credit_minutes"))["m"]
        assert original == copied and original
    assert list(factories.quizzes_of(copy)[0].questions.raw_data) == list(factories.quizzes_of(source)[0].questions.raw_data)


def test_copy_is_independent_of_the_original(source):
    site = program_replicate(name="Program B", hostname="b.example.org")
    copy = _copied_course(site)
    copy.title = "Renamed in B"
    copy.required_minutes = 999
    copy.save_revision().publish()
    lesson = factories.lessons_of(copy)[0]
    lesson.credit_minutes = 59
    lesson.save_revision().publish()
    source.refresh_from_db()
    assert (source.title, source.required_minutes) == ("Test course", 50)
    assert {lesson.credit_minutes for lesson in factories.lessons_of(source)} == {20}
    # and the other way round: a new course in the original does not appear in the copy
    factories.make_course(title="Only in the original")
    assert not CoursePage.objects.descendant_of(site.root_page).filter(title="Only in the original").exists()


@pytest.mark.parametrize("hostname", ["b.example.org", "B.EXAMPLE.ORG", " b.example.org "])
def test_same_hostname_twice_is_refused_and_creates_nothing(source, hostname):
    program_replicate(name="Program B", hostname="b.example.org")
    counts = (Site.objects.count(), Page.objects.count(), Group.objects.count(), ProgramSettings.objects.count())
    with pytest.raises(ReplicationError, match="host name b.example.org already exists"):
        program_replicate(name="Program C", hostname=hostname)
    assert counts == (
        Site.objects.count(), Page.objects.count(), Group.objects.count(), ProgramSettings.objects.count()
    )


def test_same_hostname_on_another_port_is_a_different_site(source):
    program_replicate(name="Program B", hostname="b.example.org")
    site = program_replicate(name="Program B staging", hostname="b.example.org", port=8080)
    assert site.port == 8080


@pytest.mark.parametrize(
    "name, hostname, message",
    [
        ("", "c.example.org", "name"),
        ("   ", "c.example.org", "name"),
        ("x" * 101, "c.example.org", "too long"),
        ("Program C", "", "host name"),
        ("Program C", "https://c.example.org", "not a valid host name"),
        ("Program C", "c.example.org/path", "not a valid host name"),
        ("Program C", "-c.example.org", "not a valid host name"),
        ("Program C", "c..example.org", "not a valid host name"),
        ("Program C", "c.example.org:8000", "not a valid host name"),
        ("Program C", "ünïcode.example.org", "not a valid host name"),
    ],
)
def test_bad_name_or_hostname_is_refused(source, name, hostname, message):
    sites = Site.objects.count()
    with pytest.raises(ReplicationError, match=message):
        program_replicate(name=name, hostname=hostname)
    assert Site.objects.count() == sites


@pytest.mark.parametrize("port", [0, 70000, "abc"])
def test_bad_port_is_refused(source, port):
    with pytest.raises(ReplicationError, match="port"):
        program_replicate(name="Program C", hostname="c.example.org", port=port)


def test_same_program_name_twice_is_refused(source):
    program_replicate(name="Program B", hostname="b.example.org")
    with pytest.raises(ReplicationError, match="named “program b” already exists"):
        program_replicate(name="program b", hostname="c.example.org")


def test_source_without_a_catalog_is_refused(db):
    Site.objects.filter(is_default_site=True).update(root_page=Page.get_first_root_node().get_children().first())
    with pytest.raises(ReplicationError, match="load_curriculum"):
        program_replicate(name="Program C", hostname="c.example.org")


def test_replicating_a_replicated_site(source):
    b = program_replicate(name="Program B", hostname="b.example.org")
    c = program_replicate(name="Program C", hostname="c.example.org", source_site=b)
    assert _copied_course(c).title == source.title
    assert c.root_page.slug != b.root_page.slug


def test_site_admin_edits_only_their_own_tree(source):
    site = program_replicate(name="Program B", hostname="b.example.org")
    admin_b = factories.make_user()
    role_grant(user=admin_b, site=site, role=Role.SITE_ADMIN)
    copy = _copied_course(site)
    assert copy.permissions_for_user(admin_b).can_edit()
    assert copy.permissions_for_user(admin_b).can_publish()
    assert factories.lessons_of(copy)[0].permissions_for_user(admin_b).can_edit()
    assert not source.permissions_for_user(admin_b).can_edit()
    assert not factories.lessons_of(source)[0].permissions_for_user(admin_b).can_edit()
    assert not Page.objects.get(pk=source.get_parent().pk).permissions_for_user(admin_b).can_add_subpage()


def test_revoking_site_admin_removes_the_page_permissions(source):
    site = program_replicate(name="Program B", hostname="b.example.org")
    user = factories.make_user()
    role_grant(user=user, site=site, role=Role.SITE_ADMIN)
    role_revoke(user=user, site=site, role=Role.SITE_ADMIN)
    user = type(user).objects.get(pk=user.pk)  # fresh permission caches
    assert not user.groups.exists()
    assert not _copied_course(site).permissions_for_user(user).can_edit()


def test_site_admin_of_the_default_site_gets_a_group_limited_to_it(source):
    """The default site was not replicated: its groups are made when its first site admin is named."""
    default = factories_sites.default_site()
    other = program_replicate(name="Program B", hostname="b.example.org")
    user = factories.make_user()
    role_grant(user=user, site=default, role=Role.SITE_ADMIN)
    role_grant(user=user, site=default, role=Role.SITE_ADMIN)  # twice: still one group
    assert user.groups.count() == 1 and site_admin_group(default) == user.groups.get()
    assert source.permissions_for_user(user).can_edit()
    assert not _copied_course(other).permissions_for_user(user).can_edit()


def test_enrolling_in_a_copied_course_grants_the_trainee_role_on_that_site_only(source, trainee):
    site = program_replicate(name="Program B", hostname="b.example.org")
    services.enrollment_create(user=trainee, course=_copied_course(site))
    assert list(SiteRole.objects.filter(user=trainee).values_list("site_id", "role")) == [(site.pk, Role.TRAINEE)]


def test_catalog_for_each_hostname_shows_its_own_courses(client, source):
    site = program_replicate(name="Program B", hostname="b.example.org")
    copy = _copied_course(site)
    copy.title = "Recovery coaching, Program B edition"
    copy.save_revision().publish()
    body_b = client.get("/", HTTP_HOST="b.example.org").content.decode()
    assert "Recovery coaching, Program B edition" in body_b and "Test course" not in body_b
    body_default = client.get("/", HTTP_HOST="localhost").content.decode()
    assert "Test course" in body_default and "Program B edition" not in body_default


# --- the management command ----------------------------------------------------------------


def test_command_creates_the_site_and_prints_its_url(source):
    out = io.StringIO()
    call_command("replicate_program", "--name", "MARS Troy", "--hostname", "troy.example.org", stdout=out)
    site = Site.objects.get(hostname="troy.example.org")
    assert site.site_name == "MARS Troy"
    assert "https://troy.example.org/" in out.getvalue()


def test_command_refuses_a_taken_hostname_cleanly(source):
    call_command("replicate_program", "--name", "MARS Troy", "--hostname", "troy.example.org", stdout=io.StringIO())
    with pytest.raises(CommandError, match="troy.example.org already exists"):
        call_command("replicate_program", "--name", "Other", "--hostname", "troy.example.org", stdout=io.StringIO())
    with pytest.raises(CommandError, match="No site has the host name"):
        call_command(
            "replicate_program", "--name", "Other", "--hostname", "x.example.org",
            "--source-hostname", "nowhere.example.org",
        )
    assert Site.objects.count() == 2


def test_command_exit_code_and_message_without_traceback(source, capsys):
    from django.core.management import ManagementUtility

    call_command("replicate_program", "--name", "MARS Troy", "--hostname", "troy.example.org", stdout=io.StringIO())
    with pytest.raises(SystemExit) as exit_info:
        ManagementUtility(
            ["manage.py", "replicate_program", "--name", "Other", "--hostname", "troy.example.org"]
        ).execute()
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "Traceback" not in err


def test_replicating_the_real_curriculum_keeps_its_totals(db):
    call_command("load_curriculum", stdout=io.StringIO())
    site = program_replicate(name="Program B", hostname="b.example.org")
    copies = {c.code: c for c in CoursePage.objects.descendant_of(site.root_page)}
    originals = {c.code: c for c in CoursePage.objects.descendant_of(Site.objects.get(is_default_site=True).root_page)}
    assert sorted(c.required_minutes for c in copies.values()) == [240, 900, 1800]
    for code, copy in copies.items():
        credited = sum(
            model.objects.descendant_of(copy).aggregate(m=Sum("credit_minutes"))["m"] or 0
            for model in (LessonPage, QuizPage)
        )
        original = originals[code]
        assert copy.required_minutes == original.required_minutes
        assert credited == sum(
            model.objects.descendant_of(original).aggregate(m=Sum("credit_minutes"))["m"] or 0
            for model in (LessonPage, QuizPage)
        )
        assert credited <= copy.required_minutes  # online holds what its lessons hold; the rest is live
        live = ModulePage.objects.child_of(copy).aggregate(m=Sum("live_minutes"))["m"]
        assert live == copy.required_minutes
