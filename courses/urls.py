from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("courses/<id:page_id>/enroll/", views.enroll, name="enroll"),
    path("lessons/<id:page_id>/heartbeat/", views.lesson_heartbeat, name="lesson_heartbeat"),
    path("lessons/<id:page_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path("attempts/<id:attempt_id>/submit/", views.quiz_submit, name="quiz_submit"),
    path("attempts/<id:attempt_id>/", views.attempt_result, name="attempt"),
]
