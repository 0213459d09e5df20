"""The embedded default under concurrent writers: several processes writing one SQLite file.

Whatever database the suite runs on, this test uses its own SQLite file in WAL
mode with the busy timeout (coachtraining.settings.base), like `make run` with
a worker beside the web process. Four processes complete courses at once
(with double clicks); none may fail with "database is locked", and every
ledger total must equal the sum of its entries and the course's minutes.
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 4
TRAINEES = 24


def run(args, env):
    return subprocess.run([sys.executable, "tests/sqlite_writer.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_four_writer_processes_on_one_sqlite_file(tmp_path):
    database = tmp_path / "shared.sqlite3"
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL"}},
        "DJANGO_SETTINGS_MODULE": "coachtraining.settings.base",
        "DATABASE_URL": f"sqlite:///{database}",
        "DEBUG": "1",
        "SECRET_KEY": "test-only",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "LOG_LEVEL": "WARNING",
    }
    migrate = subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=300)
    assert migrate.returncode == 0, migrate.stderr
    seeded = run(["seed", str(TRAINEES)], env)
    assert seeded.returncode == 0, seeded.stderr

    writers = [
        subprocess.Popen([sys.executable, "tests/sqlite_writer.py", "write", str(i), str(WRITERS)], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for i in range(WRITERS)
    ]
    outcomes = [w.communicate(timeout=300) for w in writers]
    for writer, (_, stderr) in zip(writers, outcomes):
        assert writer.returncode == 0, stderr
        assert "database is locked" not in stderr

    check = subprocess.run(
        [sys.executable, "-c", (
            "import os, django; django.setup();"
            "from django.db.models import Sum, Count;"
            "from courses.models import Enrollment, HourEntry, CoursePage;"
            "from certificates.models import Certificate;"
            "course = CoursePage.objects.get();"
            "rows = Enrollment.objects.annotate(m=Sum('hour_entries__minutes'), n=Count('hour_entries'));"
            "print(sorted({(r.m, r.n, r.status) for r in rows}), course.required_minutes,"
            " Certificate.objects.filter(status='issued').count(), HourEntry.objects.count())"
        )],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert check.returncode == 0, check.stderr
    totals, required, certificates, entries = check.stdout.rsplit(" ", 3)
    # Every enrollment: the course's exact minutes from 6 lessons + 2 quizzes, completed, certificate issued.
    assert totals == f"[({int(required)}, 8, 'completed')]"
    assert int(certificates) == TRAINEES
    assert int(entries) == TRAINEES * 8
