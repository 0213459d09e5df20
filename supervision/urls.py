"""URLs of the supervision screens (mounted at /learn/supervision/)."""
from django.urls import path

from . import views
from . import views_digest
from . import views_practice

app_name = "supervision"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("export.csv", views.export, name="export"),
    path("trainees/<id:user_id>/", views.trainee, name="trainee"),
    path("trainees/<id:user_id>/transcript.pdf", views.transcript, name="transcript"),
    path("sessions/", views.sessions, name="sessions"),
    path("practice/", views_practice.my_practice, name="my_practice"),
    path("my-supervisors/", views_practice.my_supervisors, name="my_supervisors"),
    path("practice/review/", views.review, name="review"),
    path("practice/<id:entry_id>/decide/", views.decide, name="decide"),
    path("assignments/", views.assignments, name="assignments"),
    path("digest/", views_digest.digest_settings, name="digest_settings"),
]
