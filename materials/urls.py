"""URLs of the printed materials (mounted at /learn/materials/)."""
from django.urls import path

from . import views

app_name = "materials"

urlpatterns = [
    path("", views.index, name="index"),
    path("guides/<id:module_id>.pdf", views.guide_pdf, name="guide_pdf"),
    path("workbooks/<id:course_id>.pdf", views.workbook_pdf, name="workbook_pdf"),
]
