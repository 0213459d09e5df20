"""A small fixed-window rate limiter on the cache, keyed by client address.

Used by the public verification endpoints so certificate codes cannot be
guessed by brute force. With several web processes, point ``CACHE_URL`` at
Redis so they share the counters.
"""
from time import time as _clock

from django.core.cache import cache


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def hit(*, scope: str, key: str, limit: int, window: int = 60) -> bool:
    """Count one request; True while the caller is within ``limit`` per ``window`` seconds."""
    bucket = int(_clock() // window)
    cache_key = f"rl:{scope}:{key}:{bucket}"
    if cache.add(cache_key, 1, timeout=window + 5):
        count = 1
    else:
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add and incr
            cache.add(cache_key, 1, timeout=window + 5)
            count = 1
    return count <= limit
