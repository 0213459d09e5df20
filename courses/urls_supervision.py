"""URLs of the supervision screens (mounted at /learn/supervision/)."""
from django.urls import path  # noqa: F401

app_name = "supervision"

urlpatterns = []
