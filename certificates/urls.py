from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_lookup, name="verify_lookup"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("verify/<str:code>/json/", views.verify_json, name="verify_json"),
    path("learn/certificates/", views.my_certificates, name="mine"),
    path("learn/certificates/<id:certificate_id>/", views.detail, name="detail"),
    path("learn/certificates/<id:certificate_id>/pdf/", views.download, name="download"),
    path("learn/certificates/<id:certificate_id>/reissue/", views.request_reissue, name="request_reissue"),
    path("learn/transcript.pdf", views.transcript, name="transcript"),
]
