"""`load_demo_users` creates fictional demo accounts once and never changes them."""
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_demo_users_are_created_once(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    call_command("load_demo_users", stdout=io.StringIO())
    User = get_user_model()
    admin = User.objects.get(username="admin@example.org")
    assert admin.is_superuser and admin.check_password("demo-coach-2026")
    admin.set_password("changed-by-the-admin-1")
    admin.save()
    call_command("load_demo_users", stdout=io.StringIO())
    assert User.objects.count() == 4
    admin.refresh_from_db()
    assert admin.check_password("changed-by-the-admin-1")


def test_demo_users_need_a_password_outside_debug(settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    with pytest.raises(CommandError):
        call_command("load_demo_users")
    assert not get_user_model().objects.exists()


def test_demo_data_gives_every_role_something_to_see(settings, monkeypatch):
    from programs.models import SiteRole
    from cohorts.models import Cohort
    from courses.models import Enrollment
    from programs.models import SupervisorAssignment

    settings.DEBUG = True
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    call_command("load_curriculum", stdout=io.StringIO())
    call_command("load_demo_users", stdout=io.StringIO())
    call_command("load_demo_users", stdout=io.StringIO())  # idempotent
    cohort = Cohort.objects.get()
    assert cohort.course.code == "RC30"
    assert [u.email for u in cohort.facilitators.all()] == ["facilitator@example.org"]
    assert Enrollment.objects.get(cohort=cohort).user.email == "trainee@example.org"
    assignment = SupervisorAssignment.objects.get()
    assert (assignment.supervisor.email, assignment.trainee.email) == ("supervisor@example.org", "trainee@example.org")
    assert set(SiteRole.objects.values_list("role", flat=True)) == {"trainee", "facilitator", "supervisor"}
