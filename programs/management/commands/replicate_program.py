"""`manage.py replicate_program --name ... --hostname ...`: a new program site with a copy of the curriculum.

A thin wrapper around ``programs.replication.program_replicate``; a
refusal is reported as a one-line error (exit code 1), never a traceback.
"""
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from programs.replication import ReplicationError, program_replicate
from programs.sites import site_url


class Command(BaseCommand):
    help = "Create a program site with its own copy of the standard curriculum, settings and staff groups."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="Program name, e.g. 'MARS Albany'.")
        parser.add_argument("--hostname", required=True, help="Host name of the new site, e.g. albany.example.org.")
        parser.add_argument("--port", type=int, default=80, help="Port of the new site (default 80).")
        parser.add_argument(
            "--source-hostname",
            help="Copy the catalog of the site with this host name instead of the default site.",
        )

    def handle(self, *args, name, hostname, port, source_hostname=None, **options):
        source = None
        if source_hostname:
            source = Site.objects.filter(hostname=source_hostname.strip().lower()).order_by("pk").first()
            if source is None:
                raise CommandError(f"No site has the host name {source_hostname}.")
        try:
            site = program_replicate(name=name, hostname=hostname, port=port, source_site=source)
        except ReplicationError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Created program site “{site.site_name}”: {site_url(site)}"))
