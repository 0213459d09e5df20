"""Faults with real services: Redis goes away while trainees complete courses.

Completion must still succeed (the trainee's request never fails for the
broker); the certificate stays pending, and once Redis is back the beat sweep
re-enqueues it and the real worker issues exactly one certificate.
"""
import time

import pytest

from certificates import services
from certificates.models import Certificate
from tests import factories
from tests.certificates.conftest import complete_course, issued
from tests.processes import wait_for

pytestmark = pytest.mark.django_db(transaction=True)


def test_completions_during_a_redis_outage_get_their_certificates_when_it_returns(make_worker, broker, domain):
    worker = make_worker()
    course = factories.make_course(domain=domain)
    broker.stop()  # Redis goes down

    started = time.monotonic()
    enrollments = [complete_course(factories.make_user(), course) for _ in range(3)]
    assert time.monotonic() - started < 30, "publishing must fail fast while the broker is down"
    assert all(e.completed_at for e in enrollments)
    pending = list(Certificate.objects.filter(enrollment__in=enrollments))
    assert [c.status for c in pending] == ["pending"] * 3

    broker.start()  # Redis is back (empty: the failed publishes were never queued)
    assert sorted(services.certificate_sweep_pending(older_than_seconds=0)) == sorted(c.pk for c in pending)
    for certificate in pending:
        wait_for(lambda: issued(certificate.pk), timeout=60, message=f"issue after the outage\n{worker.output()}")
    assert Certificate.objects.filter(enrollment__in=enrollments).count() == 3
    assert Certificate.objects.filter(status="issued").count() == 3
