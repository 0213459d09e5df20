"""Django's Redis cache backend, with one redis-py client per connection pool.

Django's ``RedisCacheClient.get_client`` builds a new ``redis.Redis`` for every cache call. With
redis-py 8 that costs ~60 µs (the client copies its table of response callbacks), more than a
GET on loopback takes, and every signed-in request makes at least one (its session). A client
only wraps its pool, holds no connection of its own and is safe to share between threads, so
one is kept per pool. Connections still come from the pool for each command, and redis-py
resets a pool that finds itself in a forked process.

``CACHE_URL`` selects this backend (``coachtraining/settings/base.py``). It builds on the client's
``_get_connection_pool`` and ``_client`` (Django 5.2, pinned below 5.3); ``tests/coachtraining/
test_cache.py`` fails if a Django upgrade changes them.
"""
from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
