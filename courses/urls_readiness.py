"""URLs of the credential readiness screens (mounted at /learn/readiness/)."""
from django.urls import path  # noqa: F401

app_name = "readiness"

urlpatterns = []
