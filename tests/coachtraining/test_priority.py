"""The worker's CPU priority: nice, and its session's autogroup only when the session is its own."""
import os

from coachtraining.priority import lower_cpu_priority


def _patch(monkeypatch, *, leader: bool):
    calls = []
    monkeypatch.setattr(os, "nice", lambda increment: calls.append(increment))
    monkeypatch.setattr(os, "getsid", lambda pid: os.getpid() if leader else os.getpid() + 1)
    return calls


def test_zero_changes_nothing(monkeypatch, tmp_path):
    calls = _patch(monkeypatch, leader=True)
    lower_cpu_priority(0, autogroup=tmp_path / "autogroup")
    assert calls == [] and not (tmp_path / "autogroup").exists()


def test_a_session_leader_nices_itself_and_its_sessions_group(monkeypatch, tmp_path):
    calls = _patch(monkeypatch, leader=True)
    lower_cpu_priority(25, autogroup=tmp_path / "autogroup")  # clamped to the lowest priority, 19
    assert calls == [19] and (tmp_path / "autogroup").read_text() == "19\n"


def test_a_process_in_someone_elses_session_leaves_its_group_alone(monkeypatch, tmp_path):
    """Started from a terminal, the session (and its autogroup) is the terminal's."""
    calls = _patch(monkeypatch, leader=False)
    lower_cpu_priority(19, autogroup=tmp_path / "autogroup")
    assert calls == [19] and not (tmp_path / "autogroup").exists()


def test_a_kernel_without_autogroup_is_no_error(monkeypatch, tmp_path):
    calls = _patch(monkeypatch, leader=True)
    lower_cpu_priority(10, autogroup=tmp_path / "no-such-dir" / "autogroup")
    assert calls == [10]


def test_the_production_default_is_the_lowest_priority(settings):
    assert settings.WORKER_NICE == 19
