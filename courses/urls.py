from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("courses/<int:page_id>/enroll/", views.enroll, name="enroll"),
    path("lessons/<int:page_id>/heartbeat/", views.lesson_heartbeat, name="lesson_heartbeat"),
    path("lessons/<int:page_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path("attempts/<int:attempt_id>/submit/", views.quiz_submit, name="quiz_submit"),
    path("attempts/<int:attempt_id>/", views.attempt_result, name="attempt"),
]
