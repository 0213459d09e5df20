"""`manage.py import_records FILE`: restore a file written by `export_records` into an empty database.

A thin wrapper around ``backup.records.records_import``: the target must
have the curriculum (``migrate``, ``load_curriculum``, ``replicate_program``)
and no trainee records. A refusal is a one-line-per-problem error (exit code
1), never a traceback, and changes nothing.
"""
from django.core.management.base import BaseCommand, CommandError

from backup.records import RecordsError, records_import


class Command(BaseCommand):
    help = "Import trainee records exported by export_records into a database without trainee records."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A file written by export_records ('-' for standard input).")

    def handle(self, *args, file, **options):
        try:
            if file == "-":
                import sys

                counts = records_import(stream=sys.stdin)
            else:
                with open(file, encoding="utf-8") as handle:
                    counts = records_import(stream=handle)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror or error}") from None
        except RecordsError as error:
            raise CommandError(str(error)) from None
        total = sum(counts.values())
        self.stdout.write(
            self.style.SUCCESS(f"Imported {total} records: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        )
