"""URLs of the credential readiness screens (mounted at /learn/readiness/)."""
from django.urls import path

from . import views as views_readiness

app_name = "readiness"

urlpatterns = [
    path("", views_readiness.mine, name="mine"),
    path("trainees/<id:user_id>/", views_readiness.trainee, name="trainee"),
    path("credentials/", views_readiness.credential_add, name="credential_add"),
    path("credentials/<id:credential_id>/verify/", views_readiness.credential_verify, name="credential_verify"),
]
