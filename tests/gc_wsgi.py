"""A WSGI application for tests/coachtraining/test_gc_freeze.py: answers with how many objects
the serving process has moved to the garbage collector's permanent generation."""
import gc


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [str(gc.get_freeze_count()).encode()]
