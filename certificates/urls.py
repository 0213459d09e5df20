from django.urls import path

from . import badge_views, bulk_views, views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_lookup, name="verify_lookup"),
    path("verify/badge/", badge_views.verify_badge, name="verify_badge"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("verify/<str:code>/json/", views.verify_json, name="verify_json"),
    path("learn/certificates/", views.my_certificates, name="mine"),
    path("learn/certificates/<id:certificate_id>/", views.detail, name="detail"),
    path("learn/certificates/<id:certificate_id>/pdf/", views.download, name="download"),
    path("learn/certificates/<id:certificate_id>/badge.json", badge_views.download, name="badge_download"),
    path("credentials/issuers/<id:site_id>", badge_views.issuer, name="badge_issuer"),
    path("credentials/keys/<str:public_key>", badge_views.key, name="badge_key"),
    path("credentials/status/<id:site_id>", badge_views.status_list, name="badge_status_list"),
    path("learn/certificates/<id:certificate_id>/reissue/", views.request_reissue, name="request_reissue"),
    path("learn/transcript.pdf", views.transcript, name="transcript"),
    path("learn/certificates/bulk/", bulk_views.bulk_download, name="bulk_download"),
    path("learn/certificates/bulk/<id:download_id>/", bulk_views.bulk_download_status, name="bulk_download_status"),
    path("learn/certificates/bulk/<id:download_id>/zip/", bulk_views.bulk_download_file, name="bulk_download_file"),
]
