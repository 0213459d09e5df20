"""URLs of the cohorts screens (mounted at /learn/cohorts/)."""
from django.urls import path

from . import views

app_name = "cohorts"

urlpatterns = [
    path("", views.cohort_list, name="list"),
    path("new/", views.cohort_new, name="new"),
    path("<id:cohort_id>/", views.cohort_detail, name="detail"),
    path("<id:cohort_id>/trainees/add/", views.cohort_add_trainee, name="add_trainee"),
    path("<id:cohort_id>/roster/", views.cohort_roster, name="roster"),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
    path("<id:cohort_id>/invitations/<id:invitation_id>/cancel/", views.invitation_cancel, name="cancel_invitation"),
    path("<id:cohort_id>/sessions/new/", views.session_new, name="session_new"),
    path("<id:cohort_id>/sessions/<id:session_id>/attendance/", views.attendance, name="attendance"),
]
