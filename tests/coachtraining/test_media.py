"""Uploaded images are served from MEDIA_ROOT (SERVE_MEDIA); certificate PDFs never are, by any path."""
import gc
import io

import pytest
from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from tests.certificates.test_rendering import png

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    return get_image_model().objects.create(title="Logo", file=ImageFile(io.BytesIO(png(60, 30)), name="logo.png"))


@pytest.fixture
def certificate_file(settings):
    path = settings.MEDIA_ROOT / "certificates" / "1"
    path.mkdir(parents=True)
    (path / "RC30-2026-000001-v1.pdf").write_bytes(b"%PDF-1.4 private")
    return "certificates/1/RC30-2026-000001-v1.pdf"


# Wagtail leaves a temporary file of the rendition's generation to the garbage collector.
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_uploaded_image_and_its_renditions_are_served(client, image):
    rendition = image.get_rendition("fill-20x10")
    gc.collect()
    for url in (image.file.url, rendition.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "image/png"
        assert b"".join(response.streaming_content).startswith(b"\x89PNG")


@pytest.mark.parametrize("path", [
    "{f}",
    "images/../{f}",
    "original_images/../../media/{f}",
    "images/%2e%2e/{f}",
    "/{f}",
])
def test_certificate_pdfs_are_never_served_by_path(client, certificate_file, path):
    response = client.get("/media/" + path.format(f=certificate_file))
    assert response.status_code == 404
    assert b"private" not in response.content


def test_nothing_outside_the_media_folder_is_served(client, image):
    for path in ("images/../../../etc/passwd", "original_images/../../coachtraining.sqlite3", "images/"):
        assert client.get("/media/" + path).status_code == 404, path


def test_only_safe_methods(client, image):
    assert client.post(image.file.url).status_code == 405


def test_turned_off_when_a_proxy_serves_media(client, image, settings):
    settings.SERVE_MEDIA = False
    assert client.get(image.file.url).status_code == 404
