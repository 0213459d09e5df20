"""Long-lived objects are kept out of the garbage collector's full collections: gunicorn workers
(coachtraining/gunicorn_config.py) and Celery pool processes (coachtraining/celery.py) freeze what
they have loaded before serving."""
import gc
import subprocess
import sys
import urllib.request

from celery.signals import worker_process_init

from tests.processes import ROOT, die_with_parent, free_port, wait_for


def _answer(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
            return response.read().decode()
    except OSError:
        return None


def test_a_gunicorn_worker_freezes_what_it_loaded_before_serving():
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "tests.gc_wsgi:application", "-c", "python:coachtraining.gunicorn_config",
         "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=die_with_parent,
    )
    try:
        answer = wait_for(lambda: _answer(port), timeout=30, message="gunicorn to answer")
        assert int(answer) > 1000  # the interpreter, gunicorn and the config: thousands of objects
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_celery_pool_process_freezes_what_it_loaded():
    import coachtraining.celery  # noqa: F401  (connects the receiver, as the worker does)

    gc.unfreeze()
    try:
        worker_process_init.send(sender=None)
        assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()
