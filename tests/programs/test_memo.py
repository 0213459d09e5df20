"""The per-process memo: values are built once, and a version bump in the shared cache
(from this or another process) or old age makes every process rebuild."""
import pytest
from django.core.cache import cache

from programs import memo as memo_module
from programs.memo import ProcessMemo


@pytest.fixture
def clock(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(memo_module.time, "monotonic", lambda: now[0])
    return now


def _counter():
    calls = []

    def build():
        calls.append(1)
        return len(calls)

    return build, calls


def test_a_value_is_built_once(clock):
    memo = ProcessMemo("test-once")
    build, calls = _counter()
    assert memo.get("k", build) == 1
    assert memo.get("k", build) == 1
    assert len(calls) == 1


def test_a_bump_in_this_process_rebuilds_at_once(clock):
    memo = ProcessMemo("test-bump")
    build, calls = _counter()
    memo.get("k", build)
    memo.bump()
    assert memo.get("k", build) == 2


def test_a_bump_by_another_process_is_seen_within_a_second(clock):
    memo = ProcessMemo("test-other")
    build, calls = _counter()
    memo.get("k", build)
    cache.set(memo.key, "changed-elsewhere", None)  # what another process's bump() does
    assert memo.get("k", build) == 1  # the version is re-read at most once a second
    clock[0] += memo_module.VERSION_CHECK_SECONDS + 0.01
    assert memo.get("k", build) == 2


def test_entries_expire_even_without_a_shared_cache(clock, settings):
    settings.MEMO_MAX_AGE_SECONDS = 60
    memo = ProcessMemo("test-age")
    build, calls = _counter()
    memo.get("k", build)
    clock[0] += 59
    assert memo.get("k", build) == 1
    clock[0] += 2
    assert memo.get("k", build) == 2


def test_the_memo_is_bounded(clock):
    memo = ProcessMemo("test-bound", max_entries=3)
    for key in range(10):
        memo.get(key, lambda: key)
    assert len(memo._entries) <= 3


def test_get_many_builds_only_the_missing_keys(clock):
    memo = ProcessMemo("test-many")
    built = []

    def build(keys):
        built.append(list(keys))
        return {key: key * 10 for key in keys}

    assert memo.get_many([1, 2], build) == {1: 10, 2: 20}
    assert memo.get_many([1, 2, 3], build) == {1: 10, 2: 20, 3: 30}
    assert built == [[1, 2], [3]]
