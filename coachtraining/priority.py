"""Background work gives way to web requests for CPU.

A certificate render costs about 10 ms of CPU, and nobody waits for it at that moment: the
trainee has their answer page already and gets an e-mail when the PDF is ready. On a machine
that also serves pages, a render running beside the requests stretches the ones it overlaps:
in the load benchmark (docs/benchmarks.md) the quiz submission's p95 was 106-115 ms with the
worker issuing certificates at normal priority, 76 ms with it paused. So the Celery worker
lowers its own CPU priority when it starts (setting ``WORKER_NICE``, 19 by default; 0 leaves
it as started): it takes whatever CPU the web processes leave, and all of a core when they are
idle.

``nice`` alone is not enough on Linux with autogroup (``/proc/sys/kernel/sched_autogroup_enabled``,
on in many distributions' kernels): CPU is shared between *sessions* first, and a process's nice
value only ranks it among the processes of its own session. A niced worker in a session of its
own would still get as much CPU as all of gunicorn's workers together. So when the worker leads
its own session, as a process manager starts it (honcho: the Procfile line ``exec``s it;
systemd), it nices that session's group too. A worker started from a terminal shares the
terminal's session, whose group is left alone. With cgroups (systemd units, containers), give the
worker's unit a low ``CPUWeight=`` as well; on separate worker hosts none of this matters.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

logger = logging.getLogger(__name__)

AUTOGROUP = Path("/proc/self/autogroup")
NICEST = 19


def lower_cpu_priority(nice: int, *, autogroup: Path = AUTOGROUP) -> None:
    """Lower this process's CPU priority by ``nice`` (clamped to 19), and its session's
    autogroup's to the same value when the process leads its session. Call it from the main
    thread before forking workers: on Linux a nice value is per thread, inherited by what the
    thread starts."""
    if nice <= 0:
        return
    nice = min(nice, NICEST)
    os.nice(nice)
    grouped = False
    if os.getsid(0) == os.getpid():
        try:
            autogroup.write_text(f"{nice}\n")
            grouped = True
        except OSError:  # a kernel without autogroup, or not Linux
            pass
    logger.info("background CPU priority: nice %s%s", nice, ", and its session's autogroup" if grouped else "")
