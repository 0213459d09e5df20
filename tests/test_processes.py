"""The servers and workers tests start die with the test process, however it dies."""
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.processes import wait_for

ROOT = Path(__file__).resolve().parent.parent

STARTER = """
import sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from tests.processes import RedisServer
server = RedisServer(Path(sys.argv[2]))
print(server.process.pid, flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's wait is missing


def test_a_killed_test_process_takes_its_redis_server_with_it(tmp_path):
    """``kill -9`` of the process that started it (no fixture teardown can run) stops it too."""
    with subprocess.Popen([sys.executable, "-c", STARTER, str(ROOT), str(tmp_path)], stdout=subprocess.PIPE,
                          text=True) as starter:
        redis_pid = int(starter.stdout.readline())
        assert _alive(redis_pid)
        os.kill(starter.pid, signal.SIGKILL)
        starter.wait(timeout=10)
    try:
        wait_for(lambda: not _alive(redis_pid), timeout=10, message="the orphaned redis-server to stop")
    finally:
        if _alive(redis_pid):
            os.kill(redis_pid, signal.SIGKILL)
