"""Real services for integration tests: a redis-server and Celery worker processes.

Nothing here skips: if redis-server is missing the test fails, because CI
must prove the production path (``scripts/system-deps.sh`` installs it).
"""
from __future__ import annotations

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def die_with_parent() -> None:
    """``preexec_fn`` of the servers and workers tests start: the child gets SIGTERM when the test
    process dies, however it dies. A pytest killed from outside (``scripts/test.sh``'s clean-up on
    an interrupted run) runs no fixture teardown, and its redis-server would outlive it."""
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG (Linux)


def parent_pids() -> dict[int, int]:
    """{pid: parent pid} of every process now running (from /proc)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rpartition(")")[2].split()[1])  # after the name: state, ppid
        except (OSError, ValueError):
            continue
    return parents


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, *, timeout: float, interval: float = 0.05, message: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {message}")


class RedisServer:
    def __init__(self, directory: Path):
        self.binary = shutil.which("redis-server")
        assert self.binary, "redis-server is not installed (scripts/system-deps.sh installs it)"
        self.port = free_port()
        self.directory = directory
        self.start()

    def start(self):
        """Start (or restart, after ``stop``) the server on its port."""
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port", str(self.port),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
                "--dir", str(self.directory),
                "--maxmemory-policy", "noeviction",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=die_with_parent,
        )
        wait_for(self.ping, timeout=10, message="redis-server to answer PING")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                s.sendall(b"PING\r\n")
                return s.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def database_url_for_workers(connection) -> str:
    """A DATABASE_URL naming the *test* database this process is using."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    user = settings.get("USER") or ""
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    auth = f"{user}{password}@" if user else ""
    port = f":{settings['PORT']}" if settings.get("PORT") else ""
    return f"postgres://{auth}{settings.get('HOST') or '127.0.0.1'}{port}/{settings['NAME']}"


class CeleryWorker:
    def __init__(self, *, broker_url: str, database_url: str, media_root: Path, email_dir: Path, log: Path,
                 concurrency: int = 2, extra_env: dict | None = None):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
            "CELERY_BROKER_URL": broker_url,
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(media_root),
            "TEST_EMAIL_DIR": str(email_dir),
            **(extra_env or {}),
        }
        self.log = log
        self.handle = open(log, "wb")
        self.process = subprocess.Popen(
            [
                sys.executable, str(ROOT / "tests" / "celery_worker_entry.py"),
                "--loglevel", "INFO",
                "--concurrency", str(concurrency),
                "--pool", "prefork",
                "--without-gossip", "--without-mingle", "--without-heartbeat",
                "--hostname", f"test-{os.getpid()}-{time.monotonic_ns()}@localhost",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.handle,
            stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent,
        )
        wait_for(self.ready, timeout=60, message=f"the Celery worker to start (log: {log})")

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def ready(self) -> bool:
        if self.process.poll() is not None:
            raise AssertionError(f"Celery worker exited early:\n{self.output()}")
        return "ready." in self.output()

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.handle.close()


def count_emails(directory: Path) -> int:
    """Messages written by Django's file-based e-mail backend (several may share one file)."""
    return sum(path.read_text(errors="replace").count("\nSubject: ") + path.read_text(errors="replace").startswith("Subject: ")
               for path in directory.iterdir())


def _reset_producer_pools(app):
    """Drop pooled broker connections, so the next publish connects to the current broker."""
    from kombu import pools

    pools.reset()
    app._pool = None
    app.amqp._producer_pool = None


@contextmanager
def celery_publishing_to(url: str):
    """Make this process's Celery producer publish to ``url`` (not eager), then restore eager mode.

    Change only the Celery app's configuration here, never Django's
    ``CELERY_*`` settings: the app reads through to them, so a setting changed
    before entering would be captured as the value to restore.
    """
    from coachtraining.celery import app

    previous = {"broker_url": app.conf.broker_url, "task_always_eager": app.conf.task_always_eager}
    _reset_producer_pools(app)
    app.conf.update(broker_url=url, task_always_eager=False)
    try:
        yield app
    finally:
        _reset_producer_pools(app)
        app.conf.update(**previous)
