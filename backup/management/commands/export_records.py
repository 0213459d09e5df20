"""`manage.py export_records [--output FILE]`: every trainee record to a portable JSON Lines file.

A thin wrapper around ``backup.records.records_export``; writes to
standard output unless ``--output`` names a file (written to a temporary name
and renamed on success, so an interrupted export never leaves a partial file).
"""
import os

from django.core.management.base import BaseCommand, CommandError

from backup.records import records_export


class Command(BaseCommand):
    help = "Export users, roles, enrollments, progress, the hours ledger, cohorts, supervision and certificates."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="File to write (default: standard output).")

    def handle(self, *args, output=None, **options):
        if not output or output == "-":
            records_export(stream=self.stdout)
            return
        partial = f"{output}.partial"
        try:
            with open(partial, "w", encoding="utf-8", newline="\n") as handle:
                counts = records_export(stream=handle)
            os.replace(partial, output)
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error.strerror or error}") from None
        finally:
            if os.path.exists(partial):
                os.remove(partial)
        total = sum(counts.values())
        self.stderr.write(f"Exported {total} records to {output}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
