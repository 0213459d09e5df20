from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("courses/<id:page_id>/enroll/", views.enroll, name="enroll"),
    path("lessons/<id:page_id>/heartbeat/", views.lesson_heartbeat, name="lesson_heartbeat"),
    path("lessons/<id:page_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path("lessons/<id:page_id>/activities/<slug:block_id>/", views.activity_answer, name="activity_answer"),
    path("journal/", views.journal, name="journal"),
    path("journal/<id:response_id>/share/", views.journal_share, name="journal_share"),
    path("attempts/<id:attempt_id>/submit/", views.quiz_submit, name="quiz_submit"),
    path("attempts/<id:attempt_id>/", views.attempt_result, name="attempt"),
]
