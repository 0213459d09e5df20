"""Export every trainee record to a portable file, and restore it into an empty database.

The file is UTF-8 JSON Lines: a header ``{"type": "header", "format":
"coachtraining-records", "version": 1, "exported_at": ...}``, one line per
record in dependency order, and an ``end`` line with the count of each record
type (a truncated file is refused). Records never carry database ids: people
are named by username, sites by ``hostname:port``, pages by their ``url_path``
(plus type, title and course code), domains by slug, groups by name,
certificates by verification code and enrollments by (username, course path).
(Audit events' free-form ``details`` are copied as they are.)
Rows without a natural key (live and supervision sessions) get a reference
local to the file.

``records_import`` needs the curriculum in place (``migrate``,
``load_curriculum`` and ``replicate_program`` for other sites) and no trainee
records yet. It runs in one transaction: anything wrong (format, version,
existing records or usernames, missing pages, domains, sites or groups) raises
``RecordsError`` listing every problem, and nothing is changed.

The modules, in the order a reader needs them:

- ``format``: the format name and version, ``RecordsError`` and the value helpers both directions share;
- ``export``: ``records_export``, which writes every record;
- ``restore``: ``records_import``, which checks the file and the database and runs the import;
- ``importer``: ``Importer``, which turns each record back into rows.
"""
from .export import records_export
from .format import FORMAT, VERSION, RecordsError
from .restore import TRAINEE_MODELS, records_import

__all__ = ["FORMAT", "VERSION", "TRAINEE_MODELS", "RecordsError", "records_export", "records_import"]
