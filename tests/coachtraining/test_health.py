"""/healthz reports the database and the broker, with a real redis-server started and stopped."""
import pytest

from coachtraining import health
from tests.processes import RedisServer, celery_publishing_to

pytestmark = pytest.mark.django_db


def test_healthy_in_the_embedded_default(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "broker": "not used (tasks run in-process)"}
    assert "no-cache" in response["Cache-Control"]


def test_a_database_failure_is_a_503_not_a_500(client, monkeypatch):
    class DatabaseDown:
        def cursor(self):
            raise RuntimeError("could not connect to server")

    monkeypatch.setattr(health, "connection", DatabaseDown())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_wrong_method_is_refused(client):
    assert client.post("/healthz").status_code == 405


@pytest.fixture
def real_broker(tmp_path):
    server = RedisServer(tmp_path)
    with celery_publishing_to(server.url):
        yield server
    server.stop()


def test_the_broker_is_checked_for_real(client, real_broker):
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "broker": "ok"}
    real_broker.stop()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["broker"] == "unavailable"
    assert health.check_database() == "ok"


def test_liveness_touches_no_database_even_when_it_is_down(client, monkeypatch, django_assert_num_queries):
    class DatabaseDown:
        def cursor(self):
            raise RuntimeError("could not connect to server")

    monkeypatch.setattr(health, "connection", DatabaseDown())
    with django_assert_num_queries(0):
        response = client.get("/livez")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]
    assert client.post("/livez").status_code == 405
