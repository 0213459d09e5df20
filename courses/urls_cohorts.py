"""URLs of the cohorts screens (mounted at /learn/cohorts/)."""
from django.urls import path  # noqa: F401

app_name = "cohorts"

urlpatterns = []
