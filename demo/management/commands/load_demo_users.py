"""Create fictional demo accounts and a little demo data for a local trial (idempotent).

Accounts (all fictional): ``admin@example.org`` (platform admin),
``trainee@example.org`` (a trainee), ``facilitator@example.org`` and
``supervisor@example.org`` (staff of the default program site). The trainee is
enrolled in the Recovery Coach course, is a member of a demo cohort run by the
facilitator, and is assigned to the supervisor. The password is
``DEMO_PASSWORD`` from the environment, or a fixed demo value when DEBUG is on.
Existing accounts are never changed. Refuses to run with DEBUG off unless
DEMO_PASSWORD is set. Run ``load_curriculum`` first.
"""
import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from cohorts import services as cohorts
from cohorts.models import Cohort
from courses.models import CoursePage
from programs.roles import Role, role_grant
from supervision import services as supervision

DEMO_USERS = [
    {"email": "admin@example.org", "first_name": "Ada", "last_name": "Admin", "superuser": True, "role": None},
    {"email": "trainee@example.org", "first_name": "Tomás", "last_name": "Rivera", "superuser": False, "role": Role.TRAINEE},
    {"email": "facilitator@example.org", "first_name": "Fatima", "last_name": "Okoye", "superuser": False, "role": Role.FACILITATOR},
    {"email": "supervisor@example.org", "first_name": "Sam", "last_name": "Lindqvist", "superuser": False, "role": Role.SUPERVISOR},
]
DEV_PASSWORD = "demo-coach-2026"
DEMO_COHORT = "Demo cohort"


class Command(BaseCommand):
    help = "Create the demo accounts (fictional people), a demo cohort and a supervisor assignment."

    def handle(self, *args, **options):
        password = os.environ.get("DEMO_PASSWORD") or (DEV_PASSWORD if settings.DEBUG else "")
        if not password:
            raise CommandError("Set DEMO_PASSWORD to create demo accounts outside DEBUG mode.")
        User = get_user_model()
        site = Site.objects.filter(is_default_site=True).first()
        users = {}
        with transaction.atomic():
            for data in DEMO_USERS:
                user, created = User.objects.get_or_create(
                    username=data["email"],
                    defaults={
                        "email": data["email"],
                        "first_name": data["first_name"],
                        "last_name": data["last_name"],
                        "is_staff": data["superuser"],
                        "is_superuser": data["superuser"],
                    },
                )
                if created:
                    user.set_password(password)
                    user.save(update_fields=["password"])
                if data["role"] and site:
                    role_grant(user=user, site=site, role=data["role"])
                users[data["email"]] = user
                self.stdout.write(f"{'created' if created else 'exists '}  {data['email']}")
            course = CoursePage.objects.filter(code="RC30").first() if site else None
            if course is not None and not Cohort.objects.filter(site=site, course=course, name=DEMO_COHORT).exists():
                facilitator = users["facilitator@example.org"]
                cohort = cohorts.cohort_create(
                    site=site, course=course, name=DEMO_COHORT, starts_on=timezone.localdate(),
                    facilitators=[facilitator], actor=users["admin@example.org"],
                )
                cohorts.cohort_add_trainee(cohort=cohort, user=users["trainee@example.org"], actor=facilitator)
                self.stdout.write(f"created  cohort “{DEMO_COHORT}” in {course.title}")
            if site:
                supervision.assignment_create(
                    site=site, supervisor=users["supervisor@example.org"], trainee=users["trainee@example.org"],
                    by=users["admin@example.org"],
                )
        if password == DEV_PASSWORD:
            self.stdout.write(f"Demo password: {DEV_PASSWORD}")
