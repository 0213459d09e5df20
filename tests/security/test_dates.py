"""Dates people type are bounded (1900–2100, in the site's time zone): extreme or malformed dates
in every form with a date or time field are a form error, never a 500, and write nothing.

The table ``DATE_FIELDS`` names every such field; ``test_the_table_names_every_date_field`` finds
them all in our forms, so a new date field has to join it (and use the bounded form fields).
"""
from __future__ import annotations

import importlib
import pkgutil

import pytest
from django import forms
from django.urls import reverse

from programs.fields import BoundedDateField, BoundedDateTimeField

from .conftest import fetch, login, snapshot
from .routes import ROUTES, VALID_POST

pytestmark = pytest.mark.django_db

# (route, field): the form behind each route, and its date or time fields.
DATE_FIELDS = {
    ("cohorts:new", "starts_on"): "date",
    ("cohorts:new", "ends_on"): "date",
    ("cohorts:session_new", "starts_at"): "datetime",
    ("supervision:sessions", "held_on"): "date",
    ("supervision:my_practice", "performed_on"): "date",
    ("readiness:credential_add", "issued_on"): "date",
    ("readiness:credential_add", "expires_on"): "date",
    ("certificates:bulk_download", "completed_from"): "date",
    ("certificates:bulk_download", "completed_to"): "date",
}
# The form classes those routes use, by field: what the inventory below must find, and nothing else.
FORM_FIELDS = {
    ("cohorts.views.CohortForm", "starts_on"),
    ("cohorts.views.CohortForm", "ends_on"),
    ("cohorts.views.SessionForm", "starts_at"),
    ("supervision.views.SessionForm", "held_on"),
    ("supervision.views_practice.PracticeForm", "performed_on"),
    ("readiness.views.HeldCredentialForm", "issued_on"),
    ("readiness.views.HeldCredentialForm", "expires_on"),
    ("certificates.bulk_views.BulkDownloadForm", "completed_from"),
    ("certificates.bulk_views.BulkDownloadForm", "completed_to"),
    # The CE roster's range: a GET form (bad dates: tests/certificates/test_roster.py).
    ("certificates.admin_views.RosterForm", "start"),
    ("certificates.admin_views.RosterForm", "end"),
}

EXTREME = {
    "date": ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01", "10000-01-01", "2027-02-30", "31/12/2027",
             "not a date"],
    "datetime": ["0001-01-01T00:00", "9999-12-31T23:59", "9999-12-31T23:59:59", "9999-12-31 23:59",
                 "1899-12-31T23:59", "2101-01-01T00:00", "2027-02-30T10:00", "2027-03-03T25:00", "not a date"],
}
CASES = [(name, field, value) for (name, field), kind in DATE_FIELDS.items() for value in EXTREME[kind]]


def _our_forms():
    for package in ("coachtraining", "programs", "courses", "cohorts", "materials", "supervision", "readiness", "certificates", "backup", "demo"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, f"{package}."):
            if ".migrations" in info.name or ".curriculum" in info.name:
                continue
            importlib.import_module(info.name)
    seen, stack = set(), list(forms.BaseForm.__subclasses__())
    while stack:
        cls = stack.pop()
        if cls in seen:
            continue
        seen.add(cls)
        stack.extend(cls.__subclasses__())
        if cls.__module__.split(".")[0] in ("coachtraining", "programs", "courses", "cohorts", "supervision", "readiness", "certificates", "backup", "demo"):
            yield cls


def test_the_table_names_every_date_field_and_each_is_bounded():
    found = set()
    for form in _our_forms():
        for name, field in form.base_fields.items():
            if isinstance(field, (forms.DateField, forms.DateTimeField, forms.SplitDateTimeField)):
                found.add((f"{form.__module__}.{form.__qualname__}", name))
                assert isinstance(field, (BoundedDateField, BoundedDateTimeField)), (form, name)
    assert found == FORM_FIELDS


@pytest.mark.parametrize("zone", ["America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago"])
@pytest.mark.parametrize("name,field,value", CASES, ids=[f"{n}-{f}-{v}" for n, f, v in CASES])
def test_extreme_dates_are_a_form_error(client, world, settings, zone, name, field, value):
    """In zones far west (UTC−11) and far east (UTC+14), where a conversion to UTC leaves Python's range."""
    settings.TIME_ZONE = zone
    route = ROUTES[name]
    login(client, route.who(world, world.a))
    body = dict(VALID_POST[name](world, world.a))
    body[field] = value
    before = snapshot()
    response = fetch(client, "POST", reverse(name, kwargs=route.kwargs(world.a)), body)
    assert response.status_code == 400, (name, field, value, response.status_code)
    text = response.body.decode()
    assert "Enter a date between 1900 and 2100." in text or "Enter a valid date" in text, (name, field, value)
    assert snapshot() == before


@pytest.mark.parametrize("name,field", list(DATE_FIELDS), ids=[f"{n}-{f}" for n, f in DATE_FIELDS])
def test_the_edges_of_the_range_are_accepted(client, world, name, field):
    """Positive control: the bodies are valid, so the refusals above are about the date alone."""
    route = ROUTES[name]
    login(client, route.who(world, world.a))
    body = dict(VALID_POST[name](world, world.a))
    if DATE_FIELDS[(name, field)] == "datetime":
        body[field] = "2100-12-31T23:59"
    elif name in ("supervision:sessions", "supervision:my_practice") or field in ("issued_on", "completed_from"):
        body[field] = "1900-01-01"  # these refuse future dates; an issue date comes before the expiry;
        # nothing was completed after 2100, and an empty selection of certificates creates no download
    else:
        body[field] = "2100-12-31"
        if field == "starts_on":
            body["ends_on"] = ""
    before = snapshot()
    response = fetch(client, "POST", reverse(name, kwargs=route.kwargs(world.a)), body)
    assert response.status_code in (302, 303), (name, field, response.status_code)  # 303: the bulk download's job
    assert snapshot() != before
