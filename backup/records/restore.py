"""``records_import``: checks a records file and the target database, then restores the file in one transaction.

The file's header, version and closing counts are checked here; each record
in between is handed to ``Importer``. Any problem raises ``RecordsError`` and
rolls everything back, including the certificate PDFs already saved.
"""
from __future__ import annotations

import json
from collections import Counter

from django.db import IntegrityError, transaction

from certificates.models import Certificate, CertificateEvent, ReissueRequest
from cohorts.models import Attendance, Cohort, CohortInvitation, LiveSession
from courses.models import ActivityResponse, Enrollment, HourEntry, LessonProgress, QuizAttempt
from programs.models import SiteRole
from programs.models import SupervisorAssignment
from readiness.models import HeldCredential, RenewalReminder
from supervision.models import DigestPreference, DigestSent, PracticeEntry, SupervisionSession

from .format import FORMAT, VERSION, RecordsError
from .importer import Importer

# Models whose rows make a database "non-empty" for an import.
TRAINEE_MODELS = (
    Enrollment, HourEntry, LessonProgress, QuizAttempt, ActivityResponse, Attendance, LiveSession, Cohort, CohortInvitation,
    SupervisionSession, SupervisorAssignment, PracticeEntry, Certificate, CertificateEvent, ReissueRequest, SiteRole,
    HeldCredential, RenewalReminder, DigestPreference, DigestSent,
)


def _lines(stream):
    for number, line in enumerate(stream, start=1):
        if isinstance(line, bytes):
            line = line.decode("utf-8")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            raise RecordsError(f"Line {number} is not valid JSON ({error}).") from None
        if not isinstance(record, dict):
            raise RecordsError(f"Line {number} is not a record.")
        yield number, record


def records_import(*, stream) -> Counter:
    """Restore the records written by ``records_export`` into a database without trainee records.

    Returns the count of each record type imported. Raises ``RecordsError``
    (nothing changed, no file left behind) when the file or the database is not right.
    """
    lines = _lines(stream)
    try:
        _, header = next(lines)
    except StopIteration:
        raise RecordsError("The file is empty.") from None
    except UnicodeDecodeError:
        raise RecordsError("The file is not UTF-8 text.") from None
    if header.get("type") != "header" or header.get("format") != FORMAT:
        raise RecordsError(f"This is not a {FORMAT} file (its first line is not the expected header).")
    if header.get("version") != VERSION:
        raise RecordsError(
            f"Unsupported {FORMAT} version {header.get('version')!r}; this program reads version {VERSION}."
        )

    importer = None
    try:
        with transaction.atomic():
            non_empty = [str(m._meta.verbose_name_plural) for m in TRAINEE_MODELS if m.objects.exists()]
            if non_empty:
                raise RecordsError(
                    "This database already holds trainee records (" + ", ".join(non_empty) + "); "
                    "import only into a database that has the curriculum but no trainee records."
                )
            importer = Importer()
            end = None
            for number, record in lines:
                if end is not None:
                    raise RecordsError(f"Line {number} follows the end record.")
                if record.get("type") == "end":
                    end = record
                    continue
                try:
                    importer.handle(record)
                except RecordsError:
                    raise
                except IntegrityError as error:
                    raise RecordsError(f"Line {number} ({record.get('type')}) conflicts with another record: {error}.") from None
                except (KeyError, TypeError, ValueError) as error:
                    raise RecordsError(
                        f"Line {number} ({record.get('type')}) is malformed: {error.__class__.__name__} {error}."
                    ) from None
            if end is None:
                raise RecordsError("The file is incomplete: it has no end record (was the export interrupted?).")
            if dict(end.get("counts", {})) != dict(importer.counts):
                raise RecordsError(
                    f"The file is inconsistent: its end record counts {end.get('counts')}, "
                    f"but it holds {dict(importer.counts)}."
                )
            problems = importer.report()
            if problems:
                raise RecordsError("Nothing was imported:\n" + "\n".join(problems))
    except UnicodeDecodeError:
        if importer:
            importer.delete_saved_files()
        raise RecordsError("The file is not UTF-8 text.") from None
    except BaseException:
        if importer:
            importer.delete_saved_files()
        raise
    return importer.counts
