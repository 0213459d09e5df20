"""Two reviewers deciding one practice entry at once: one decision wins, the ledger is credited at most once."""
import pytest
from django.utils import timezone

from courses.models import HourEntry
from supervision import services as supervision
from supervision.models import PracticeEntry
from tests import factories
from tests.courses.test_concurrency import run_together
from tests.factories import supervision as fs

pytestmark = pytest.mark.django_db(transaction=True)


def test_concurrent_decisions_on_one_entry_decide_once(domain):
    site = fs.default_site()
    trainee = fs.make_trainee(site)
    supervisor = fs.make_supervisor(site)
    fs.assign(supervisor, trainee, site)
    admin = fs.with_role(factories.make_user(), site, supervision.Role.SITE_ADMIN)
    entry = supervision.practice_entry_create(
        trainee=trainee, site=site, performed_on=timezone.localdate(), minutes=60, domain=domain,
        service_type="direct", description="Outreach",
    )
    results = run_together(
        [
            lambda: supervision.practice_entry_decide(entry=entry, reviewer=supervisor, approve=True),
            lambda: supervision.practice_entry_decide(entry=entry, reviewer=admin, approve=True),
            lambda: supervision.practice_entry_decide(entry=entry, reviewer=admin, approve=False, comment="No"),
        ]
    )
    unexpected = [r for r in results if isinstance(r, Exception) and not isinstance(r, supervision.SupervisionError)]
    assert not unexpected
    assert sum(1 for r in results if isinstance(r, PracticeEntry)) == 1
    entry.refresh_from_db()
    credited = HourEntry.objects.filter(key=f"practice:{entry.pk}").count()
    assert credited == (1 if entry.status == PracticeEntry.Status.APPROVED else 0)
