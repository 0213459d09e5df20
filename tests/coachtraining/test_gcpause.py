"""coachtraining.gcpause: the collector is off inside, back to its previous state after (also after
an error, and when it was already off), and the supervisor dashboard builds its rows inside."""
import gc

import pytest

from coachtraining.gcpause import paused


@pytest.fixture(autouse=True)
def collector_on():
    gc.enable()
    yield
    gc.enable()


def test_the_collector_is_off_inside_and_on_after():
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_turns_it_back_on():
    with pytest.raises(ZeroDivisionError):
        with paused():
            1 / 0
    assert gc.isenabled()


def test_nested_pauses_and_an_already_paused_collector_are_left_as_found():
    with paused():
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner one found it off
    assert gc.isenabled()
    gc.disable()
    with paused():
        pass
    assert not gc.isenabled()


def test_as_a_decorator_each_call_pauses_anew():
    @paused()
    def state():
        return gc.isenabled()

    assert state() is False and state() is False and gc.isenabled()


@pytest.mark.django_db
def test_the_dashboard_rows_are_built_with_the_collector_paused(monkeypatch):
    from courses import supervision
    from tests import factories

    seen = []
    original = supervision.lesson_progress_by_enrollment

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(supervision, "lesson_progress_by_enrollment", spy)
    trainee = factories.make_user()
    assert supervision.trainee_rows(viewer=trainee, trainees=[trainee], filters=supervision.DashboardFilters())
    assert seen == [False] and gc.isenabled()
