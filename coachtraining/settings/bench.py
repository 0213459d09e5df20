"""Settings for the load benchmark's stack (``scripts/bench_load.py``): the production settings,
with the benchmark's URLconf (``coachtraining.bench_urls``: the site's URLs plus two views that
measure the floor under every signed-in page). Nothing else differs, and nothing else uses it."""
from .base import *  # noqa: F401,F403

ROOT_URLCONF = "coachtraining.bench_urls"
