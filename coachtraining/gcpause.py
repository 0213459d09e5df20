"""Pausing the cyclic garbage collector while a request builds a large structure.

The collector runs every few hundred new container objects and, now and then, walks every object
that has lived a while. A page that builds hundreds of thousands of small objects that all stay
alive until it is rendered (the supervisor dashboard's rows for 1,000 trainees) pays for walks
that can free nothing: ~11% of that page's CPU, more once a worker's caches have grown
(docs/benchmarks.md, session 16). Reference counting still frees everything as usual while the
collector is paused; cycles made meanwhile are collected once it runs again.

Use as a context manager or a decorator: ``with paused(): ...``. It restores the collector's
previous state, so nesting (or another thread pausing it too) never leaves it off by mistake.
"""
import gc
from contextlib import contextmanager


@contextmanager
def paused():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
