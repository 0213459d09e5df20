"""The load benchmark's measurements (scripts/bench_load.py): wrk driving a scenario's requests,
the time each request spent inside gunicorn, the CPU each process of the stack spent per request,
and the guardrails report.
"""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from bench_load_data import Req, Scenario


# --------------------------------------------------------------------------
# Load: wrk replays each scenario's requests
# --------------------------------------------------------------------------

LUA = r"""
local reqs = dofile("%(data)s")
local threads_started = 0
function setup(thread)
  thread:set("tid", threads_started)
  threads_started = threads_started + 1
end
function init(args)
  nthreads = %(threads)d
  formatted = {}
  for i, r in ipairs(reqs) do
    local headers = {["Host"] = r[3]}
    if r[4] ~= "" then headers["Cookie"] = r[4] end
    if r[6] ~= "" then headers["X-CSRFToken"] = r[6] end
    if r[1] == "POST" then headers["Content-Type"] = "application/x-www-form-urlencoded" end
    formatted[i] = wrk.format(r[1], r[2], headers, r[5])
  end
  index = tid
end
function request()
  local r = formatted[(index %% #formatted) + 1]
  index = index + nthreads
  return r
end
function done(summary, latency, requests)
  io.write(string.format(
    "RESULT {\"requests\": %%d, \"duration_us\": %%d, \"status_errors\": %%d, \"socket_errors\": %%d, " ..
    "\"p50_us\": %%d, \"p95_us\": %%d, \"p99_us\": %%d, \"max_us\": %%d, \"mean_us\": %%.1f}\n",
    summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
end
"""


def lua_string(value: str) -> str:
    return json.dumps(value)  # a JSON string literal is a valid Lua string literal for this ASCII data


def write_lua(workdir: Path, scenario: Scenario, requests: list[Req], threads: int, suffix: str) -> Path:
    data = workdir / f"{scenario.name}-{suffix}-data.lua"
    with data.open("w") as out:
        out.write("return {\n")
        for r in requests:
            fields = (r.method, r.path, r.host, r.cookie, r.body, r.csrf)
            out.write("{" + ",".join(lua_string(f) for f in fields) + "},\n")
        out.write("}\n")
    script = workdir / f"{scenario.name}-{suffix}.lua"
    script.write_text(LUA % {"data": data, "threads": threads})
    return script


def run_wrk(port: int, script: Path, connections: int, threads: int, seconds: float) -> dict:
    threads = min(threads, connections)
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "10s", "-s", str(script),
         f"http://127.0.0.1:{port}"],
        capture_output=True, text=True,
    )
    if output.returncode:
        raise SystemExit(f"wrk failed: {output.stderr or output.stdout}")
    output = output.stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    result = json.loads(line[len("RESULT "):])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


# --------------------------------------------------------------------------
# What a run cost: the time inside gunicorn, the CPU of each process
# --------------------------------------------------------------------------

CPU_GROUPS = {"gunicorn": "gunicorn (Django)", "postgres": "PostgreSQL", "redis-server": "Redis",
              "celery": "Celery (worker and beat)", "honcho": "honcho (log relay)", "wrk": "wrk (load)"}


def service_times(log: Path, offset: int) -> dict | None:
    """How long gunicorn spent on each request answered since ``offset`` (the stack log's size when
    the measured run started), from its JSON access log's ``duration_ms``: the page's own time, from
    reading the request to sending the last byte. wrk's latency adds the wait for a free worker (20
    connections share 3 workers), so the gap between the two is queueing. None without access lines."""
    durations = []
    with open(log, "rb") as handle:
        handle.seek(offset)
        for line in handle:
            start = line.find(b"{")
            if start < 0 or b'"gunicorn.access"' not in line:
                continue
            try:
                milliseconds = json.loads(line[start:]).get("http", {}).get("duration_ms")
            except ValueError:  # a line cut by a process's exit
                continue
            if isinstance(milliseconds, int):
                durations.append(milliseconds)
    if not durations:
        return None
    durations.sort()

    def pick(quantile: float) -> int:
        return durations[min(len(durations) - 1, int(quantile * len(durations)))]

    return {"requests": len(durations), "p50_ms": pick(0.50), "p95_ms": pick(0.95), "p99_ms": pick(0.99)}


def cpu_ticks() -> dict[int, tuple[str, int]]:
    """CPU time (clock ticks, user + system) used so far by each process of the stack, by pid.

    Read from /proc before and after a measured run: the difference divided by the
    number of requests is where each request's CPU went. wrk runs as our child, so
    its time is read from our own children's times once it has exited (pid 0).
    A process that exits during the run (a database connection reopened after
    ``CONN_MAX_AGE``) takes its ticks with it: those few are not counted.
    """
    ticks = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        group = next((g for g in CPU_GROUPS if name.startswith(g)), "celery" if "celery" in name else None)
        if group and group != "wrk":
            ticks[int(entry.name)] = (group, int(fields[11]) + int(fields[12]))
    own = os.times()
    ticks[0] = ("wrk", round((own.children_user + own.children_system) * os.sysconf("SC_CLK_TCK")))
    return ticks


def cpu_per_request(before: dict, after: dict, requests: int) -> dict[str, float]:
    """Milliseconds of CPU per request, by process group (processes alive at the end of the run)."""
    ms_per_tick = 1000 / os.sysconf("SC_CLK_TCK")
    totals = dict.fromkeys(CPU_GROUPS, 0)
    for pid, (group, ticks) in after.items():
        previous = before.get(pid)
        totals[group] += ticks - (previous[1] if previous and previous[0] == group else 0)
    return {g: round(t * ms_per_tick / max(1, requests), 3) for g, t in totals.items()}


# The guardrails: each page's CPU per request (every process of the stack together) at most this
# many times the empty signed-in page's (floor_page), measured in the same run.
GUARDRAILS = {"lesson_page": 3, "lesson_complete": 3, "dashboard": 4, "quiz_submit": 4, "verify": 2, "supervisor": 15}


def report_targets(results: list[dict], before: dict, after: dict) -> None:
    by_name = {r["name"]: r for r in results}
    bare = by_name.get("bare")
    floor = by_name.get("floor_page")
    floor_cpu = sum((floor or {}).get("cpu_ms_per_request", {}).values()) if floor else 0
    print("\nguardrails: CPU per request against the empty signed-in page (floor_page), same run")
    for name, limit in GUARDRAILS.items():
        r = by_name.get(name)
        if not r or not floor_cpu:
            continue
        ratio = sum(r.get("cpu_ms_per_request", {}).values()) / floor_cpu
        print(f"  {name:<16} {ratio:5.2f}x floor_page (at most {limit}x)  {'ok' if ratio <= limit else 'MISSED'}"
              f"   p50 {r['p50_us'] / 1000:6.1f} ms, p95 {r['p95_us'] / 1000:6.1f} ms at {r['connections']} connections"
              + (f", {r['rps'] / bare['rps']:.2f} of the bare view's req/s" if bare else ""))
    bare_end = by_name.get("bare_end")
    if bare and bare_end:
        print(f"  the bare view moved from {bare['rps']:,.0f} to {bare_end['rps']:,.0f} req/s during the run "
              f"({bare_end['rps'] / bare['rps'] - 1:+.0%})")
    print("\nCPU per request (ms), by process: what each page costs the 2 cores")
    print(f"  {'':<16}" + "".join(f"{label.split(' ')[0]:>12}" for label in CPU_GROUPS.values()) + f"{'total':>10}")
    for r in results:
        cpu = r.get("cpu_ms_per_request") or {}
        print(f"  {r['name']:<16}" + "".join(f"{cpu.get(g, 0):12.2f}" for g in CPU_GROUPS)
              + f"{sum(cpu.values()):10.2f}")
    completed = after["lessons_completed"] - before["lessons_completed"]
    submitted = after["quiz_attempts_submitted"] - before["quiz_attempts_submitted"]
    print(f"\nledger: +{completed} lessons completed, +{submitted} quiz attempts submitted, "
          f"+{after['hour_entries'] - before['hour_entries']} hour entries, duplicate keys {after['duplicate_keys']}")
    if after["duplicate_keys"]:
        raise SystemExit("a ledger key was credited twice")
