"""The Redis cache backend (coachtraining/cache.py): Django's, with one redis-py client per
connection pool instead of one per cache call. Against real redis-servers."""
import multiprocessing

import pytest
import redis

from coachtraining.cache import RedisCache
from tests.processes import RedisServer


@pytest.fixture
def server(tmp_path):
    server = RedisServer(tmp_path)
    yield server
    server.stop()


def _counting_clients(monkeypatch):
    made = []
    original = redis.Redis.__init__
    monkeypatch.setattr(redis.Redis, "__init__", lambda self, *a, **k: (made.append(self), original(self, *a, **k))[1])
    return made


def test_every_call_reuses_one_client_and_behaves_as_djangos(server, monkeypatch):
    cache = RedisCache(server.url, {})
    made = _counting_clients(monkeypatch)
    cache.set("a", {"n": 1}, timeout=30)
    assert cache.get("a") == {"n": 1}
    assert cache.add("a", "other") is False and cache.add("b", 5) is True
    assert cache.incr("b", 2) == 7
    cache.set_many({"c": "x", "d": [1, 2]})
    assert cache.get_many(["a", "c", "d", "missing"]) == {"a": {"n": 1}, "c": "x", "d": [1, 2]}
    assert cache.touch("a", 60) and 0 < redis.Redis.from_url(server.url).ttl(cache.make_key("a")) <= 60
    cache.delete_many(["c", "d"])
    assert cache.get("c") is None and cache.has_key("a")
    assert len(made) == 2  # ours (once) and the test's own for the TTL; Django's makes one per call
    assert cache._cache.get_client() is cache._cache.get_client(write=True)


def test_reads_and_writes_keep_a_client_per_server(tmp_path, monkeypatch):
    """Several servers: writes go to the first, reads to the others, each through its own pool."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    primary, replica = RedisServer(tmp_path / "a"), RedisServer(tmp_path / "b")
    try:
        cache = RedisCache([primary.url, replica.url], {})
        writer, reader = cache._cache.get_client(write=True), cache._cache.get_client()
        assert writer is not reader
        assert writer.connection_pool.connection_kwargs["port"] == primary.port
        assert reader.connection_pool.connection_kwargs["port"] == replica.port
        made = _counting_clients(monkeypatch)
        for _ in range(5):
            assert cache._cache.get_client(write=True) is writer and cache._cache.get_client() is reader
        assert made == []
    finally:
        primary.stop()
        replica.stop()


def _read_in_child(cache, queue):
    queue.put(cache.get("before-fork"))
    cache.set("from-child", "hello")


def test_a_client_made_before_a_fork_serves_the_child(server):
    """gunicorn and Celery fork after the parent may have used the cache: the shared client's
    pool opens the child's own connections."""
    cache = RedisCache(server.url, {})
    cache.set("before-fork", 41)
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_read_in_child, args=(cache, queue))
    child.start()
    child.join(timeout=30)
    assert child.exitcode == 0
    assert queue.get(timeout=5) == 41
    assert cache.get("from-child") == "hello" and cache.get("before-fork") == 41
