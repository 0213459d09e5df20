"""`make up`'s stack for real: PostgreSQL, Redis, gunicorn + WhiteNoise, Celery worker and beat.

Starts scripts/up.sh in a temporary var/ folder on free ports, waits for
/healthz to report the database and the broker, requests pages and a static
file through gunicorn, checks Redis keeps an append-only file, then stops it
all with SIGTERM (graceful) and scripts/down.sh.
"""
import json
import os
import shutil
import signal
import subprocess
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.processes import die_with_parent, free_port, parent_pids, wait_for

ROOT = Path(__file__).resolve().parent.parent


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
    except OSError:
        return None, ""


@pytest.fixture
def stack(tmp_path):
    # Not under pytest's private tmp folder: as root the server runs as the postgres user, which must reach it.
    var = Path(tempfile.mkdtemp(prefix="coachtraining-up-"))
    os.chmod(var, 0o755)
    web_port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DEBUG"}},
        "VAR_DIR": str(var),
        "WEB_BIND": f"127.0.0.1:{web_port}",
        "PG_PORT": str(free_port()),
        "REDIS_PORT": str(free_port()),
        "WEB_WORKERS": "2",
        "WORKER_CONCURRENCY": "1",
    }
    log = open(tmp_path / "up.log", "wb")
    process = subprocess.Popen(
        ["bash", "scripts/up.sh"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        preexec_fn=die_with_parent,  # honcho (up.sh execs it) stops the stack if this test process is killed
    )
    base = f"http://127.0.0.1:{web_port}"
    try:
        wait_for(lambda: fetch(base + "/healthz")[0] == 200 or process.poll() is not None, timeout=240, interval=0.5,
                 message="the stack to answer /healthz")
        assert process.poll() is None, (tmp_path / "up.log").read_text(errors="replace")
        yield {"base": base, "process": process, "var": var, "log": tmp_path / "up.log", "pg_port": env["PG_PORT"]}
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        subprocess.run(["bash", "scripts/down.sh"], cwd=ROOT, env=env, timeout=60)
        log.close()
        shutil.rmtree(var, ignore_errors=True)


def _descendants(pid: int) -> dict[int, str]:
    """Every process below ``pid``, with its command line."""
    parents = parent_pids()
    found, frontier = {}, {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier}
        for child in frontier:
            try:
                found[child] = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                pass
    return found


def test_make_up_serves_the_platform_with_workers_and_stops_gracefully(stack):
    status, body = fetch(stack["base"] + "/healthz")
    assert status == 200 and '"broker": "ok"' in body and '"database": "ok"' in body
    status, home = fetch(stack["base"] + "/")
    assert status == 200
    for title in ("Recovery Coach Training", "Ethics for Recovery Coaches", "Medication-Assisted Treatment (MAT)"):
        assert title in home
    static = [link.split('"', 1)[0] for link in home.split('href="/static/')[1:]]
    css = next(name for name in static if name.endswith(".css"))
    assert css.count(".") >= 2  # hashed name from the manifest
    for name in static:  # the stylesheet and the favicon
        assert fetch(stack["base"] + "/static/" + name)[0] == 200, name
    assert fetch(stack["base"] + "/verify/" + "a" * 26 + "/")[0] == 404
    assert (stack["var"] / "redis" / "appendonlydir").is_dir()  # queued work survives a Redis restart
    # PostgreSQL plans for data in memory or on SSD (up.sh's PG_TUNING; README).
    shown = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-p", stack["pg_port"], "-U", "postgres", "-tAc", "SHOW random_page_cost"],
        capture_output=True, text=True, timeout=30,
    )
    assert shown.stdout.strip() == "1.1", shown.stderr
    # Uploaded images are served (coachtraining/media.py); certificate PDFs in the same storage never are.
    for folder, content in (("images", b"\x89PNG\r\n\x1a\n rendition"), ("certificates/1", b"%PDF private")):
        (stack["var"] / "media" / folder).mkdir(parents=True)
        (stack["var"] / "media" / folder / "file.bin").write_bytes(content)
    assert fetch(stack["base"] + "/media/images/file.bin")[0] == 200
    for path in ("certificates/1/file.bin", "images/../certificates/1/file.bin", "images/%2e%2e/certificates/1/file.bin"):
        assert fetch(stack["base"] + "/media/" + path)[0] == 404, path

    # Certificate renders give way to the web requests: the Procfile starts the worker (and so its
    # pool) under `nice -n 19`; gunicorn at normal priority.
    # /healthz answers once one gunicorn worker does; the Celery worker forks its pool process only
    # after loading the app and connecting to the broker, seconds later on a busy machine.
    def roles():
        processes = _descendants(stack["process"].pid)
        workers = [pid for pid, command in processes.items() if "celery" in command and " worker " in command]
        web = [pid for pid, command in processes.items() if "gunicorn" in command and not command.startswith("/bin/sh")]
        # the worker and its one pool process; the master and 2 workers
        return (workers, web) if len(workers) == 2 and len(web) == 3 else None

    workers, web = wait_for(roles, timeout=120, interval=0.2, message="the Celery pool process and 2 gunicorn workers")
    assert {os.getpriority(os.PRIO_PROCESS, pid) for pid in workers} == {19}
    assert {os.getpriority(os.PRIO_PROCESS, pid) for pid in web} == {0}

    os.killpg(stack["process"].pid, signal.SIGTERM)
    assert stack["process"].wait(timeout=60) is not None
    log = stack["log"].read_text(errors="replace")
    for name in ("web.1", "worker.1", "beat.1"):
        assert f"{name} stopped" in log

    # LOG_FORMAT=json (make up's default): every line of gunicorn, the worker and beat is one JSON
    # object, access records with the request as fields. Celery prints one line of its own as the
    # worker stops; nothing else is plain text.
    records, plain = [], []
    for line in log.splitlines():
        prefix, bar, text = line.partition(" | ")
        if not bar or prefix.split()[-1] == "system" or not text.strip():
            continue  # honcho's own lines, and blank output
        try:
            records.append((prefix.split()[-1], json.loads(text)))
        except ValueError:
            plain.append(line)
    assert [line.partition(" | ")[2] for line in plain] == ["worker: Warm shutdown (MainProcess)"], plain
    assert {name for name, _ in records} == {"web.1", "worker.1", "beat.1"}
    access = [record["http"] for name, record in records if record["logger"] == "gunicorn.access"]
    assert {"method": "GET", "path": "/healthz", "status": 200} in [
        {key: entry[key] for key in ("method", "path", "status")} for entry in access
    ]
