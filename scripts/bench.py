#!/usr/bin/env python
"""`make bench`: certificate rendering speed and issuing throughput through real Celery workers.

1. Median/p95 milliseconds to render one certificate PDF (no database).
2. Certificates per second issued by real Celery worker processes over a real
   redis-server, for a batch of N (default 500): pending certificates are
   created first, the workers started, then every issue task is enqueued and
   the clock runs until the last certificate is issued and e-mailed.

Uses a throw-away SQLite database in a temporary folder unless
BENCH_DATABASE_URL names an (empty) PostgreSQL database. Prints a summary
table; copy the figures to docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def bench_render(samples: int) -> dict:
    from certificates.rendering import CertificateData, render_certificate

    data = CertificateData(
        trainee_name="Renée Ñúñez-Øberg",
        course_title="Recovery Coach Training",
        course_code="RC30",
        total_minutes=1800,
        domains=(("Advocacy", 220), ("Mentoring/Education", 755), ("Recovery/Wellness Support", 705), ("Ethical Responsibility", 120)),
        delivery_modes=(("Online (self-paced)", 1800),),
        completion_date=date(2026, 11, 23),
        issued_date=date(2026, 11, 23),
        site_name="Bronx Peer Recovery Program",
        provider_name="Bronx Peer Recovery Program",
        provider_number="Provider #1234",
        signatory_name="Dana Whitfield",
        signatory_title="Training Director",
        certificate_number="RC30-2026-000123",
        verification_url="https://coach.example.org/verify/abcdefghijklmnopqrstuvwxyz/",
    )
    render_certificate(data)  # warm fonts
    timings = []
    for _ in range(samples):
        start = time.perf_counter()
        render_certificate(data)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return {"median_ms": statistics.median(timings), "p95_ms": timings[int(len(timings) * 0.95) - 1]}


def bench_issue(batch: int, concurrency: int, workdir: Path) -> dict:
    email_dir = workdir / "emails"
    email_dir.mkdir()
    media = workdir / "media"
    database_url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{workdir / 'bench.sqlite3'}"

    from tests.processes import CeleryWorker, RedisServer, wait_for

    redis = RedisServer(workdir)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
            "DATABASE_URL": database_url,
            "CELERY_BROKER_URL": redis.url,
            "MEDIA_ROOT": str(media),
            "TEST_EMAIL_DIR": str(email_dir),
            "WORKER_CONN_MAX_AGE": "600",
            "WORKER_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
    )
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from certificates import services
    from certificates.models import Certificate, CertificateEvent
    from certificates.tasks import issue_certificate
    from courses.models import Enrollment, HourEntry
    from tests import factories

    worker = None
    try:
        call_command("migrate", verbosity=0)
        course = factories.make_course(domain=factories.make_domain())
        User = get_user_model()
        users = User.objects.bulk_create(
            [User(username=f"bench{i}@example.org", email=f"bench{i}@example.org", first_name="Bench", last_name=f"Trainee {i}") for i in range(batch)]
        )
        now = timezone.now()
        enrollments = Enrollment.objects.bulk_create(
            [Enrollment(user=u, course=course, status="completed", completed_at=now) for u in users]
        )
        HourEntry.objects.bulk_create(
            [
                HourEntry(user_id=e.user_id, enrollment=e, domain=factories.make_domain(), minutes=course.required_minutes,
                          source="lesson", delivery_mode="online", key=f"bench:{e.pk}", description="bench", occurred_at=now)
                for e in enrollments
            ]
        )
        services._announce_pending = lambda certificate_id: None  # create all pending rows first; enqueue below
        for enrollment in Enrollment.objects.filter(pk__in=[e.pk for e in enrollments]).select_related("course", "user"):
            services.certificate_request(enrollment=enrollment)
        ids = list(Certificate.objects.values_list("pk", flat=True))
        worker = CeleryWorker(
            broker_url=redis.url, database_url=database_url, media_root=media, email_dir=email_dir,
            log=workdir / "worker.log", concurrency=concurrency,
        )
        start = time.perf_counter()
        for certificate_id in ids:
            issue_certificate.delay(certificate_id)
        enqueued = time.perf_counter() - start
        # Done when every e-mail has gone: its event is written after the send (``emailed_at`` is
        # claimed earlier, when the certificate is marked issued, before its badge is signed).
        wait_for(
            lambda: CertificateEvent.objects.filter(action="emailed").count() == batch,
            timeout=600, interval=0.02, message="every certificate to be issued and e-mailed",
        )
        elapsed = time.perf_counter() - start
        issued = Certificate.objects.filter(status="issued").count()
        emails = CertificateEvent.objects.filter(action="emailed").count()
        assert issued == batch and emails == batch, (issued, emails)
        return {
            "batch": batch, "concurrency": concurrency, "seconds": elapsed, "enqueue_seconds": enqueued,
            "per_second": batch / elapsed, "database": database_url.split(":", 1)[0],
        }
    finally:
        if worker:
            worker.stop()
        redis.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    render = bench_render(args.samples)
    with tempfile.TemporaryDirectory(prefix="coachtraining-bench-") as tmp:
        issue = bench_issue(args.batch, args.concurrency, Path(tmp))
    print()
    print("| measure | result |")
    print("|---|---|")
    print(f"| render one certificate, median | {render['median_ms']:.2f} ms |")
    print(f"| render one certificate, p95 | {render['p95_ms']:.2f} ms |")
    print(
        f"| issue {issue['batch']} certificates through a real worker ({issue['concurrency']} processes, "
        f"{issue['database']}) | {issue['seconds']:.2f} s = **{issue['per_second']:.0f} certificates/s** |"
    )
    print(f"| (of which enqueueing {issue['batch']} tasks) | {issue['enqueue_seconds']:.2f} s |")


if __name__ == "__main__":
    main()
