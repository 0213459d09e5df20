"""Create fictional demo accounts for a local trial (idempotent).

Accounts: ``admin@example.org`` (platform admin, Wagtail admin) and
``trainee@example.org`` (a trainee). The password is ``DEMO_PASSWORD`` from
the environment, or a fixed demo value when DEBUG is on. Existing accounts are
never changed. Refuses to run with DEBUG off unless DEMO_PASSWORD is set.
"""
import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_USERS = [
    {"email": "admin@example.org", "first_name": "Ada", "last_name": "Admin", "superuser": True},
    {"email": "trainee@example.org", "first_name": "Tomás", "last_name": "Rivera", "superuser": False},
]
DEV_PASSWORD = "demo-coach-2026"


class Command(BaseCommand):
    help = "Create the demo admin and trainee accounts (fictional people)."

    def handle(self, *args, **options):
        password = os.environ.get("DEMO_PASSWORD") or (DEV_PASSWORD if settings.DEBUG else "")
        if not password:
            raise CommandError("Set DEMO_PASSWORD to create demo accounts outside DEBUG mode.")
        User = get_user_model()
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
            self.stdout.write(f"{'created' if created else 'exists '}  {data['email']}")
        if password == DEV_PASSWORD:
            self.stdout.write(f"Demo password: {DEV_PASSWORD}")
