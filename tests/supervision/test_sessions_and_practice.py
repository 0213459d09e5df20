"""Supervision sessions (a supervisor logs one; each trainee is credited once) and practice hours
(a trainee logs them; a supervisor of theirs approves or rejects)."""
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import HourEntry
from supervision import services as supervision
from supervision.models import PracticeEntry, SupervisionSession
from tests import factories
from tests.factories import supervision as fs

pytestmark = pytest.mark.django_db


# --- supervision sessions ----------------------------------------------------------------------


class _days_from_today:
    """A date relative to the day the test runs, not the day it was collected: a run that crosses
    midnight (in TIME_ZONE) would otherwise post yesterday's "tomorrow", which is today."""

    def __init__(self, days):
        self.days = days

    def __call__(self):
        return (timezone.localdate() + timedelta(days=self.days)).isoformat()

    def __repr__(self):
        return f"today{self.days:+d}"


def _resolved(data, overrides):
    data.update({key: value() if isinstance(value, _days_from_today) else value for key, value in overrides.items()})
    return data


def _session_post(world, domain, **overrides):
    data = {
        "site": world["site_a"].pk, "trainees": [world["trainee_a"].pk], "held_on": timezone.localdate().isoformat(),
        "minutes": "60", "format": "individual", "domains": [domain.pk], "notes": "Discussed boundaries.",
    }
    return _resolved(data, overrides)


def test_session_log_credits_each_trainee_once(client, world, domain):
    other = factories.make_user(first_name="Cid", last_name="Charlie")
    fs.with_role(other, world["site_a"], supervision.Role.TRAINEE)
    fs.assign(world["sup_a"], other, world["site_a"])
    client.force_login(world["sup_a"])
    response = client.post(
        reverse("supervision:sessions"),
        _session_post(world, domain, trainees=[world["trainee_a"].pk, other.pk], format="group"),
    )
    assert response.status_code == 302
    session = SupervisionSession.objects.get()
    entries = HourEntry.objects.filter(source=HourEntry.Source.SUPERVISION)
    assert sorted(entries.values_list("user_id", flat=True)) == sorted([world["trainee_a"].pk, other.pk])
    entry = entries.get(user=other)
    assert entry.key == f"supervision:{session.pk}:{other.pk}" and entry.minutes == 60 and entry.enrollment is None
    assert entry.delivery_mode == "in_person" and entry.domain == domain
    assert supervision.supervision_session_credit(session=session) == 0
    assert entries.count() == 2
    body = client.get(reverse("supervision:sessions")).content.decode()
    assert "Discussed boundaries." in body


def test_session_credits_first_domain_by_sort_order(world, domain):
    domain.sort_order = 5
    domain.save()
    first = factories.make_domain("ethics", "Ethics")
    first.sort_order = 1
    first.save()
    session = supervision.supervision_session_log(
        supervisor=world["sup_a"], site=world["site_a"], trainees=[world["trainee_a"]],
        held_on=timezone.localdate(), minutes=30, format="individual", domains=[domain, first],
    )
    assert HourEntry.objects.get(key=f"supervision:{session.pk}:{world['trainee_a'].pk}").domain == first


@pytest.mark.parametrize(
    "overrides",
    [
        {"minutes": "0"}, {"minutes": "-5"}, {"minutes": "100000"}, {"minutes": "abc"},
        {"held_on": "2026-13-40"}, {"held_on": _days_from_today(2)},
        {"domains": []}, {"domains": ["999999"]}, {"trainees": []}, {"format": "party"},
        {"site": "999999"}, {"format": "individual", "trainees": ["T"]},
    ],
)
def test_session_malformed_input_is_400_and_changes_nothing(client, world, domain, overrides):
    client.force_login(world["sup_a"])
    response = client.post(reverse("supervision:sessions"), _session_post(world, domain, **overrides))
    assert response.status_code == 400
    assert not SupervisionSession.objects.exists() and not HourEntry.objects.filter(source="supervision").exists()


def test_session_with_unassigned_trainee_is_refused(client, world, domain):
    client.force_login(world["sup_a"])
    response = client.post(reverse("supervision:sessions"), _session_post(world, domain, trainees=[world["trainee_b"].pk]))
    assert response.status_code == 400
    assert not SupervisionSession.objects.exists()


def test_session_log_by_non_supervisor_is_forbidden(client, world, domain):
    client.force_login(world["trainee_a"])
    assert client.post(reverse("supervision:sessions"), _session_post(world, domain)).status_code == 403
    assert not SupervisionSession.objects.exists()


def test_sessions_page_rejects_other_methods(client, world):
    client.force_login(world["sup_a"])
    assert client.put(reverse("supervision:sessions")).status_code == 405


# --- practice hours -------------------------------------------------------------------------------


def _practice_post(world, the_domain, **overrides):
    data = {
        "site": world["site_a"].pk, "performed_on": timezone.localdate().isoformat(), "minutes": "90",
        "domain": the_domain.pk, "service_type": "direct", "description": "Peer support group co-facilitation",
    }
    return _resolved(data, overrides)


def _entry(world, domain, trainee="trainee_a", site="site_a"):
    return supervision.practice_entry_create(
        trainee=world[trainee], site=world[site], performed_on=timezone.localdate(), minutes=90, domain=domain,
        service_type="direct", description="Outreach",
    )


def test_trainee_logs_practice_and_sees_status(client, world, domain):
    client.force_login(world["trainee_a"])
    response = client.post(reverse("supervision:my_practice"), _practice_post(world, domain))
    assert response.status_code == 302
    entry = PracticeEntry.objects.get()
    assert entry.trainee == world["trainee_a"] and entry.status == "pending" and entry.minutes == 90
    body = client.get(reverse("supervision:my_practice")).content.decode()
    assert "Waiting for review" in body


@pytest.mark.parametrize(
    "overrides",
    [
        {"minutes": "0"}, {"minutes": "1441"}, {"minutes": ""}, {"domain": "999999"}, {"service_type": "x"},
        {"description": ""}, {"performed_on": "yesterday"},
        {"performed_on": _days_from_today(1)},
        {"site": "999999"},
    ],
)
def test_practice_malformed_input_is_400(client, world, domain, overrides):
    client.force_login(world["trainee_a"])
    assert client.post(reverse("supervision:my_practice"), _practice_post(world, domain, **overrides)).status_code == 400
    assert not PracticeEntry.objects.exists()


def test_practice_for_a_site_where_not_a_trainee_is_400(client, world, domain):
    client.force_login(world["trainee_a"])
    response = client.post(reverse("supervision:my_practice"), _practice_post(world, domain, site=world["site_b"].pk))
    assert response.status_code == 400
    assert not PracticeEntry.objects.exists()


def test_practice_approve_credits_the_ledger_once(client, world, domain):
    entry = _entry(world, domain)
    client.force_login(world["sup_a"])
    assert entry.description in client.get(reverse("supervision:review")).content.decode()
    url = reverse("supervision:decide", args=[entry.pk])
    response = client.post(url, {"decision": "approve", "comment": "Well documented."})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.status == "approved" and entry.reviewed_by == world["sup_a"] and entry.review_comment == "Well documented."
    credit = HourEntry.objects.get(key=f"practice:{entry.pk}")
    assert credit.user == world["trainee_a"] and credit.minutes == 90 and credit.enrollment is None
    assert credit.source == "practice" and credit.approved_by == world["sup_a"]
    response = client.post(url, {"decision": "reject", "comment": "Changed my mind"})
    assert response.status_code == 409
    entry.refresh_from_db()
    assert entry.status == "approved"
    assert HourEntry.objects.filter(source="practice").count() == 1
    client.force_login(world["trainee_a"])
    assert "Approved" in client.get(reverse("supervision:my_practice")).content.decode()


def test_practice_reject_needs_a_comment_and_credits_nothing(client, world, domain):
    entry = _entry(world, domain)
    client.force_login(world["sup_a"])
    url = reverse("supervision:decide", args=[entry.pk])
    assert client.post(url, {"decision": "reject"}).status_code == 400
    entry.refresh_from_db()
    assert entry.status == "pending"
    assert client.post(url, {"decision": "reject", "comment": "Please add the date."}).status_code == 302
    entry.refresh_from_db()
    assert entry.status == "rejected"
    assert not HourEntry.objects.filter(source="practice").exists()
    client.force_login(world["trainee_a"])
    body = client.get(reverse("supervision:my_practice")).content.decode()
    assert "Rejected" in body and "Please add the date." in body


def test_practice_decide_by_others_is_404(client, world, domain):
    entry = _entry(world, domain)
    url = reverse("supervision:decide", args=[entry.pk])
    unassigned = fs.make_supervisor(world["site_a"])
    other_admin = fs.with_role(factories.make_user(), world["site_b"], supervision.Role.SITE_ADMIN)
    for user in (world["sup_b"], unassigned, other_admin, world["trainee_a"], world["trainee_b"]):
        client.force_login(user)
        assert client.post(url, {"decision": "approve"}).status_code == 404
    entry.refresh_from_db()
    assert entry.status == "pending"
    assert client.get(url).status_code == 405
    assert client.post(reverse("supervision:decide", args=[999999]), {"decision": "approve"}).status_code == 404


def test_practice_decide_by_site_admin_and_platform_admin(client, world, domain):
    admin = fs.with_role(factories.make_user(), world["site_a"], supervision.Role.SITE_ADMIN)
    first, second = _entry(world, domain), _entry(world, domain)
    client.force_login(admin)
    assert client.post(reverse("supervision:decide", args=[first.pk]), {"decision": "approve"}).status_code == 302
    root = factories.make_user(is_superuser=True)
    client.force_login(root)
    assert client.post(reverse("supervision:decide", args=[second.pk]), {"decision": "approve"}).status_code == 302
    assert HourEntry.objects.filter(source="practice").count() == 2


def test_practice_bad_decision_is_400(client, world, domain):
    entry = _entry(world, domain)
    client.force_login(world["sup_a"])
    assert client.post(reverse("supervision:decide", args=[entry.pk]), {"decision": "maybe"}).status_code == 400
    entry.refresh_from_db()
    assert entry.status == "pending"


def test_supervisor_cannot_review_own_entry(world, domain):
    fs.with_role(world["sup_a"], world["site_a"], supervision.Role.TRAINEE)
    entry = _entry(world, domain, trainee="sup_a")
    with pytest.raises(supervision.SupervisionError):
        supervision.practice_entry_decide(entry=entry, reviewer=world["sup_a"], approve=True)
