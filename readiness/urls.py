"""URLs of the credential readiness screens (mounted at /learn/readiness/)."""
from django.urls import path

from . import views as views_readiness

app_name = "readiness"

urlpatterns = [
    path("", views_readiness.mine, name="mine"),
    path("trainees/<id:user_id>/", views_readiness.trainee, name="trainee"),
    path("packet.pdf", views_readiness.packet_pdf, name="packet_pdf"),
    path("packet.csv", views_readiness.packet_csv, name="packet_csv"),
    path("trainees/<id:user_id>/packet.pdf", views_readiness.trainee_packet_pdf, name="trainee_packet_pdf"),
    path("trainees/<id:user_id>/packet.csv", views_readiness.trainee_packet_csv, name="trainee_packet_csv"),
    path("credentials/", views_readiness.credential_add, name="credential_add"),
    path("credentials/<id:credential_id>/verify/", views_readiness.credential_verify, name="credential_verify"),
]
