"""Certificates issued by a real Celery worker over a real Redis broker (not eager mode).

Each test starts redis-server and worker processes that share this test's
database, media folder and an e-mail folder, completes a course through the
services, and checks that exactly one certificate, one PDF and one e-mail
come out, even with duplicate messages or a worker killed mid-render.
"""
import hashlib
import os
import signal
from pathlib import Path

import pytest

from certificates.models import Certificate
from certificates.tasks import issue_certificate
from coachtraining.celery import app as celery_app
from tests import factories
from tests.certificates.conftest import complete_course, emails, issued
from tests.processes import wait_for

pytestmark = pytest.mark.django_db(transaction=True)


def test_worker_issues_the_certificate_of_a_completed_course(make_worker, settings, trainee, domain):
    worker = make_worker()
    course = factories.make_course(domain=domain)
    enrollment = complete_course(trainee, course)
    certificate = Certificate.objects.get(enrollment=enrollment)
    certificate = wait_for(lambda: issued(certificate.pk), timeout=30, message=f"issue\n{worker.output()}")
    path = Path(settings.MEDIA_ROOT) / certificate.pdf.name
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert hashlib.sha256(data).hexdigest() == certificate.pdf_sha256
    assert "certificates.tasks.issue_certificate" in worker.output()
    wait_for(lambda: emails(make_worker.email_dir) == 1, timeout=10, message="the e-mail")


def test_duplicate_messages_across_two_workers_yield_one_certificate(make_worker, settings, trainee, domain):
    make_worker(concurrency=2)
    make_worker(concurrency=2)
    course = factories.make_course(domain=domain)
    enrollment = complete_course(trainee, course)
    certificate = Certificate.objects.get(enrollment=enrollment)
    for _ in range(8):
        issue_certificate.delay(certificate.pk)
    certificate = wait_for(lambda: issued(certificate.pk), timeout=30, message="issue")
    # Let every duplicate be consumed before counting.
    wait_for(lambda: _queue_empty(settings), timeout=20, message="the queue to drain")
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1
    files = list((Path(settings.MEDIA_ROOT) / "certificates").rglob("*.pdf"))
    assert [f.name for f in files] == [Path(certificate.pdf.name).name]
    wait_for(lambda: emails(make_worker.email_dir) == 1, timeout=10, message="the e-mail")
    assert emails(make_worker.email_dir) == 1


def _queue_empty(settings):
    with celery_app.connection_for_write() as conn:
        return conn.default_channel.client.llen("celery") == 0 and not conn.default_channel.client.hlen("unacked")


def test_a_worker_killed_mid_render_still_ends_with_one_certificate(make_worker, settings, tmp_path, trainee, domain):
    markers = tmp_path / "markers"
    markers.mkdir()
    worker = make_worker(
        concurrency=1, extra_env={"SLOW_RENDER_MARKER_DIR": str(markers), "SLOW_RENDER_SECONDS": "60"}
    )
    course = factories.make_course(domain=domain)
    enrollment = complete_course(trainee, course)
    started = wait_for(lambda: list(markers.glob("started-*")), timeout=30, message="the render to start")
    pool_pid = int(started[0].name.split("-")[1])
    os.kill(pool_pid, signal.SIGKILL)  # the process rendering the certificate dies mid-task
    certificate = Certificate.objects.get(enrollment=enrollment)
    certificate = wait_for(lambda: issued(certificate.pk), timeout=60, message=f"re-delivery\n{worker.output()}")
    assert "WorkerLostError" in worker.output() or "SIGKILL" in worker.output()
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1
    assert len(list((Path(settings.MEDIA_ROOT) / "certificates").rglob("*.pdf"))) == 1
    # emailed_at is claimed just before the message is written: wait for the file.
    wait_for(lambda: emails(make_worker.email_dir) == 1, timeout=10, message="the e-mail")
    assert emails(make_worker.email_dir) == 1
