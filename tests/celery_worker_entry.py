"""Start a real Celery worker for integration tests, optionally with a slow render.

Run as ``python tests/celery_worker_entry.py [celery worker args]``. With
``SLOW_RENDER_MARKER_DIR`` set, the first render in the whole run writes
``<dir>/started-<pid>`` and then sleeps ``SLOW_RENDER_SECONDS``, so a test can
kill that pool process in the middle of a task. Later renders run normally.
"""
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.worker_settings")

import django  # noqa: E402

django.setup()

from certificates import rendering  # noqa: E402
from coachtraining.celery import app  # noqa: E402

marker_dir = os.environ.get("SLOW_RENDER_MARKER_DIR")
if marker_dir:
    original = rendering.render_certificate

    def slow_render(data):
        directory = Path(marker_dir)
        if not any(directory.glob("started-*")):
            (directory / f"started-{os.getpid()}").write_text("render started")
            time.sleep(float(os.environ.get("SLOW_RENDER_SECONDS", "30")))
        return original(data)

    rendering.render_certificate = slow_render

if __name__ == "__main__":
    app.worker_main(["worker", *sys.argv[1:]])
