"""A small fixed-window rate limiter on the cache, keyed by client address.

Used by the public verification endpoints so certificate codes cannot be
guessed by brute force. With several web processes, point ``CACHE_URL`` at
Redis so they share the counters.

On Redis a hit is one round trip: ``SET key 0 EX … NX`` and ``INCR key`` in one
pipeline. Through Django's generic cache API it would be three (``add``, then
``incr``, which itself checks that the key exists first), on every request of a
public page.
"""
from time import time as _clock

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _count(cache_key: str, timeout: int) -> int:
    """Add one to the counter ``cache_key`` (created with ``timeout``); its new value."""
    backend = caches["default"]
    if isinstance(backend, RedisCache):
        key = backend.make_and_validate_key(cache_key)
        pipeline = backend._cache.get_client(key, write=True).pipeline(transaction=False)
        pipeline.set(key, 0, ex=timeout, nx=True)
        pipeline.incr(key)
        return pipeline.execute()[1]
    if backend.add(cache_key, 1, timeout=timeout):
        return 1
    try:
        return backend.incr(cache_key)
    except ValueError:  # expired between add and incr
        backend.add(cache_key, 1, timeout=timeout)
        return 1


def hit(*, scope: str, key: str, limit: int, window: int = 60) -> bool:
    """Count one request; True while the caller is within ``limit`` per ``window`` seconds."""
    bucket = int(_clock() // window)
    return _count(f"rl:{scope}:{key}:{bucket}", window + 5) <= limit
